pub mod app;
mod first_run;
mod login;
mod welcome;
mod workspace;
