//! The transport against real servers: Postfix (SMTP, STARTTLS and implicit TLS, AUTH checked
//! by Dovecot) and Dovecot (IMAPS, IDLE), started for each test by `scripts/mail-fixture.sh`.
//! Without Dovecot and Postfix installed these tests fail (they never skip).

mod loop_round_trip;
mod reconnect;
mod sink;
mod smtp_errors;
