// The cache schema is embedded by `sqlx::migrate!`; rebuild when a migration is added or edited.
fn main() {
    println!("cargo:rerun-if-changed=../../migrations/cache");
}
