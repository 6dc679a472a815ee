//! The API's integration tests: one binary, one fresh database per test.

mod harness;

mod auth;
mod bad_input;
mod cli;
mod freshness;
mod intake;
mod issues;
mod operations;
mod outage;
mod people;
mod permissions;
mod sync;
