//! A fresh PostgreSQL database for a test that runs `arvio` itself (whose `--data` takes a
//! database, not a schema): made with `psql` in the server `ARVIO_POSTGRES` names, dropped
//! when the test ends.
//!
//! Without `ARVIO_POSTGRES` a test that needs PostgreSQL passes with a note, unless
//! `ARVIO_REQUIRE_POSTGRES=1` (`scripts/test-all` sets both), when it fails.

#![allow(dead_code)] // each test binary uses its own part of these

use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};

/// A database made for one test; dropped (with its connections) when this is.
pub struct Database {
    /// Its address: `ARVIO_POSTGRES` with the database name replaced.
    pub url: String,
    /// Its name.
    pub name: String,
    /// The address it was made through (`ARVIO_POSTGRES`).
    admin: String,
}

/// `ARVIO_POSTGRES`, if set; panics when it is not and `ARVIO_REQUIRE_POSTGRES=1`.
pub fn server() -> Option<String> {
    let url = std::env::var("ARVIO_POSTGRES")
        .ok()
        .filter(|u| !u.is_empty());
    if url.is_none() && std::env::var("ARVIO_REQUIRE_POSTGRES").as_deref() == Ok("1") {
        panic!("ARVIO_REQUIRE_POSTGRES=1 but ARVIO_POSTGRES names no server");
    }
    url
}

/// `url` with its database name replaced by `name` (`postgres://u@h:p/db?x` →
/// `postgres://u@h:p/NAME?x`).
pub fn with_database(url: &str, name: &str) -> String {
    let (scheme, rest) = url.split_once("://").expect("a postgres:// address");
    let (rest, query) = match rest.split_once('?') {
        Some((r, q)) => (r, format!("?{q}")),
        None => (rest, String::new()),
    };
    let authority = rest.split_once('/').map_or(rest, |(a, _)| a);
    format!("{scheme}://{authority}/{name}{query}")
}

/// Runs one SQL statement through `psql` on `url`; panics when it fails.
pub fn psql(url: &str, sql: &str) {
    let out = Command::new("psql")
        .args(["-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", url, "-c", sql])
        .output()
        .expect("psql runs (install postgresql-client)");
    assert!(
        out.status.success(),
        "psql {sql}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

impl Database {
    /// A new empty database named after `tag`, or `None` without `ARVIO_POSTGRES`.
    pub fn fresh(tag: &str) -> Option<Database> {
        static N: AtomicUsize = AtomicUsize::new(0);
        let admin = server()?;
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.subsec_nanos());
        let name = format!(
            "arvio_t_{tag}_{}_{}_{nanos}",
            std::process::id(),
            N.fetch_add(1, Ordering::Relaxed)
        );
        psql(&admin, &format!("CREATE DATABASE {name}"));
        Some(Database {
            url: with_database(&admin, &name),
            name,
            admin,
        })
    }
}

impl Drop for Database {
    fn drop(&mut self) {
        let sql = format!("DROP DATABASE IF EXISTS {} WITH (FORCE)", self.name);
        let out = Command::new("psql")
            .args([
                "-X",
                "-q",
                "-v",
                "ON_ERROR_STOP=1",
                "-d",
                &self.admin,
                "-c",
                &sql,
            ])
            .output();
        let ok = matches!(&out, Ok(o) if o.status.success());
        // A failed drop fails the test, but not one failing already: a second panic would
        // abort and hide the first.
        if !ok && !std::thread::panicking() {
            panic!("cannot drop the test database {}", self.name);
        }
    }
}
