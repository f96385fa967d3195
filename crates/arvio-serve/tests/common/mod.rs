//! What the server and API test suites share: the store they run against.
//!
//! Every suite runs against SQLite (in memory) by default, and against PostgreSQL when
//! `ARVIO_TEST_STORE=postgres`, at the address in `ARVIO_POSTGRES` (`scripts/test-all`
//! starts a PostgreSQL server, sets `ARVIO_POSTGRES` for the whole run, and runs the server
//! suites a second time with `ARVIO_TEST_STORE=postgres`). Each state gets a schema of its
//! own, so tests do not see each other's data.

#![allow(dead_code)]

use arvio_serve::{AppState, DataSource, Limits};
use std::sync::atomic::{AtomicUsize, Ordering};

/// The test PostgreSQL server's address (`ARVIO_POSTGRES`), if there is one. Without one,
/// a test that needs PostgreSQL itself passes with a note, unless `ARVIO_REQUIRE_POSTGRES=1`
/// (`scripts/test-all` sets it), when it fails.
pub fn postgres_url() -> Option<String> {
    let url = std::env::var("ARVIO_POSTGRES")
        .ok()
        .filter(|u| !u.is_empty());
    if url.is_none() && std::env::var("ARVIO_REQUIRE_POSTGRES").as_deref() == Ok("1") {
        panic!("ARVIO_REQUIRE_POSTGRES=1 but ARVIO_POSTGRES names no server");
    }
    url
}

/// The PostgreSQL address the shared suites run against: `ARVIO_POSTGRES` when
/// `ARVIO_TEST_STORE=postgres`, else none (SQLite).
pub fn postgres() -> Option<String> {
    if std::env::var("ARVIO_TEST_STORE").as_deref() != Ok("postgres") {
        return None;
    }
    Some(postgres_url().expect("ARVIO_TEST_STORE=postgres needs ARVIO_POSTGRES"))
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
