//! The API's integration tests: one binary, one fresh database per test.

mod harness;
mod http_layer;

mod auth;
mod bad_input;
mod cli;
mod feed_limits;
mod freshness;
mod intake;
mod issues;
mod live;
mod operations;
mod outage;
mod people;
mod permissions;
mod sync;
mod vendor_mail;
