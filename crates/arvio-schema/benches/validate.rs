//! Placeholder: the schema benchmark is written in issue 4.
fn main() {}
