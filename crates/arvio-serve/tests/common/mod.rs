//! What the server and API test suites share: the store they run against.
//!
//! Every suite runs against SQLite (in memory) by default, and against PostgreSQL when
//! `ARVIO_TEST_POSTGRES` holds a database address (`scripts/test-all` starts a server and
//! runs the suites a second time so). Each state gets a schema of its own, so tests do not
//! see each other's data.

#![allow(dead_code)]

use arvio_serve::{AppState, DataSource, Limits};
use std::sync::atomic::{AtomicUsize, Ordering};

/// The PostgreSQL address the suites run against, if any.
pub fn postgres() -> Option<String> {
    std::env::var("ARVIO_TEST_POSTGRES")
        .ok()
        .filter(|u| !u.is_empty())
}

/// A schema name no other test (in this process or another) uses.
pub fn fresh_schema() -> String {
    static N: AtomicUsize = AtomicUsize::new(0);
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.subsec_nanos());
    format!(
        "t_{}_{}_{nanos}",
        std::process::id(),
        N.fetch_add(1, Ordering::Relaxed)
    )
}

/// A fresh, empty store: an in-memory SQLite database, or a new schema in the test
/// PostgreSQL database.
pub fn data() -> Option<DataSource> {
    postgres().map(|url| DataSource::Postgres {
        url,
        schema: Some(fresh_schema()),
    })
}

/// State over a fresh, empty store with `limits`.
pub fn state_with(limits: &Limits) -> AppState {
    match data() {
        Some(d) => AppState::connect(&d, limits).unwrap(),
        None => AppState::in_memory_with(limits).unwrap(),
    }
}

/// State over a fresh, empty store with the default limits.
pub fn state() -> AppState {
    state_with(&Limits::default())
}

/// Which store the suite runs against, for messages: `sqlite` or `postgres`.
pub fn store_name() -> &'static str {
    if postgres().is_some() {
        "postgres"
    } else {
        "sqlite"
    }
}
