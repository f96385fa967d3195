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

/// An example response, `examples/responses/<name>.json`.
pub fn example(name: &str) -> serde_json::Value {
    let path = format!(
        "{}/../../examples/responses/{name}.json",
        env!("CARGO_MANIFEST_DIR")
    );
    serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap()
}

/// The answers of an example response to the top-level questions of one part.
pub fn part_answers(
    form: &arvio_core::Form,
    name: &str,
    part: arvio_core::Part,
) -> serde_json::Map<String, serde_json::Value> {
    let mut answers = example(name)["answers"].as_object().unwrap().clone();
    answers.retain(|id, _| form.question(id).is_some_and(|q| part.covers(q.audience)));
    answers
}

/// Appends answers as a browser posts them: a group's rows as `group[i].sub`, choices as one
/// field per code, everything else as its text.
pub fn encode_answers(
    out: &mut form_urlencoded::Serializer<'_, String>,
    answers: &serde_json::Map<String, serde_json::Value>,
) {
    use serde_json::Value;
    fn text(v: &Value) -> String {
        v.as_str().map_or(v.to_string(), str::to_string)
    }
    for (k, v) in answers {
        match v {
            Value::Array(items) => {
                for (i, item) in items.iter().enumerate() {
                    match item {
                        Value::Object(row) => {
                            for (sub, sv) in row {
                                out.append_pair(&format!("{k}[{i}].{sub}"), &text(sv));
                            }
                        }
                        other => {
                            out.append_pair(k, &text(other));
                        }
                    }
                }
            }
            other => {
                out.append_pair(k, &text(other));
            }
        }
    }
}

/// Runs a Python script (an outside checker from `crates/arvio-fhir/tests/requirements.txt`,
/// which `scripts/test-all` installs) with `input` on its standard input.
pub fn python(script: &str, input: &[u8]) -> std::process::Output {
    use std::io::Write;
    use std::process::{Command, Stdio};
    let mut child = Command::new("python3")
        .args(["-c", script])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect(
            "python3 runs (scripts/test-all installs crates/arvio-fhir/tests/requirements.txt)",
        );
    child.stdin.take().unwrap().write_all(input).unwrap();
    child.wait_with_output().unwrap()
}
