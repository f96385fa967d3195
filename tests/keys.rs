//! `arvio keys create|list|revoke` through the real binary, on a SQLite file and (when
//! `ARVIO_POSTGRES` names a server) on a fresh PostgreSQL database: the key is printed once,
//! alone, in its format, and never stored as text; names are unique and checked; a revoked
//! key is listed as revoked; exit codes 1 (taken or unknown name) and 2 (bad name, bad store).

mod pg;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const BIN: &str = env!("CARGO_BIN_EXE_arvio");

/// Runs `arvio keys ARGS --data DATA`.
fn keys(data: &str, args: &[&str]) -> Output {
    Command::new(BIN)
        .arg("keys")
        .args(args)
        .arg("--data")
        .arg(data)
        .output()
        .expect("runs")
}

fn code(o: &Output) -> i32 {
    o.status.code().expect("exited")
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).expect("UTF-8 output")
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// `^arvio_[A-Za-z0-9_-]{8}_[A-Za-z0-9_-]{43}$`
fn is_key(s: &str) -> bool {
    let ok = |c: u8| c.is_ascii_alphanumeric() || c == b'_' || c == b'-';
    let b = s.as_bytes();
    b.len() == 6 + 8 + 1 + 43
        && s.starts_with("arvio_")
        && b[14] == b'_'
        && b[6..14].iter().all(|&c| ok(c))
        && b[15..].iter().all(|&c| ok(c))
}

/// Makes a key and returns it, checking that stdout is exactly one line: the key.
fn create(data: &str, name: &str) -> String {
    let o = keys(data, &["create", name]);
    assert_eq!(code(&o), 0, "create {name}: {}", stderr(&o));
    let out = stdout(&o);
    let key = out
        .strip_suffix('\n')
        .unwrap_or_else(|| panic!("create {name}: no newline at the end: {out:?}"));
    assert!(!key.contains('\n'), "create {name}: more than one line");
    assert!(is_key(key), "create {name}: not a key: {key:?}");
    key.to_string()
}

/// `arvio keys list`: (name, created, revoked) per line.
fn list(data: &str) -> Vec<(String, String, String)> {
    let o = keys(data, &["list"]);
    assert_eq!(code(&o), 0, "list: {}", stderr(&o));
    stdout(&o)
        .lines()
        .map(|l| {
            let f: Vec<&str> = l.split('\t').collect();
            assert_eq!(f.len(), 3, "list line {l:?}");
            (f[0].to_string(), f[1].to_string(), f[2].to_string())
        })
        .collect()
}

/// An RFC 3339 time in UTC, as the store writes it (`2026-11-29T20:31:21Z`, fractions
/// allowed).
fn is_utc_time(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() >= 20
        && b[4] == b'-'
        && b[7] == b'-'
        && b[10] == b'T'
        && b[13] == b':'
        && b[16] == b':'
        && (s.ends_with('Z') || s.ends_with("+00:00"))
        && s[..4].bytes().all(|c| c.is_ascii_digit())
}

/// The whole sequence on one empty store; `files` are the store's files on disk (SQLite:
/// the database and its journals), checked not to hold a key.
fn check_keys(data: &str, files: &dyn Fn() -> Vec<PathBuf>) {
    assert!(list(data).is_empty(), "a new store lists no keys");

    let a = create(data, "case-system.A_1");
    let b = create(data, "other");
    assert_ne!(a, b);
    let long = "x".repeat(64);
    let c = create(data, &long);
    assert!(![&a, &b].contains(&&c));

    for path in files() {
        let bytes = std::fs::read(&path).unwrap();
        for key in [&a, &b, &c] {
            let secret = &key[15..];
            assert!(
                !bytes.windows(secret.len()).any(|w| w == secret.as_bytes()),
                "{} holds a key's secret",
                path.display()
            );
        }
    }

    let listed = list(data);
    let names: Vec<&str> = listed.iter().map(|(n, _, _)| n.as_str()).collect();
    assert_eq!(names, ["case-system.A_1", "other", long.as_str()]);
    for (name, created, revoked) in &listed {
        assert!(is_utc_time(created), "{name}: created {created:?}");
        assert_eq!(revoked, "-", "{name}");
    }
    let text = stdout(&keys(data, &["list"]));
    for key in [&a, &b, &c] {
        assert!(!text.contains(&key[15..]), "list shows a key");
    }

    // A name is taken: exit 1, nothing on stdout, the first key stays.
    let o = keys(data, &["create", "other"]);
    assert_eq!(code(&o), 1, "{}", stderr(&o));
    assert_eq!(stdout(&o), "");
    assert!(
        stderr(&o).contains("`other` exists already"),
        "{}",
        stderr(&o)
    );
    assert_eq!(list(data).len(), 3);

    // Revoke: listed as revoked, with a time; a second revoke and an unknown name exit 1.
    let o = keys(data, &["revoke", "other"]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert_eq!(stdout(&o), "");
    let listed = list(data);
    let other = listed.iter().find(|(n, _, _)| n == "other").unwrap();
    assert!(is_utc_time(&other.2), "revoked {:?}", other.2);
    for (name, _, revoked) in &listed {
        if name != "other" {
            assert_eq!(revoked, "-", "{name}");
        }
    }
    for name in ["other", "nobody"] {
        let o = keys(data, &["revoke", name]);
        assert_eq!(code(&o), 1, "revoke {name}: {}", stderr(&o));
        assert!(
            stderr(&o).contains(&format!("no key named `{name}`")),
            "{}",
            stderr(&o)
        );
    }
    // A revoked key keeps its name.
    let o = keys(data, &["create", "other"]);
    assert_eq!(code(&o), 1, "{}", stderr(&o));
    assert_eq!(stdout(&o), "");

    // Bad names: exit 2, nothing made.
    let too_long = "y".repeat(65);
    for bad in [
        "",
        "has space",
        "ääkkönen",
        too_long.as_str(),
        "semi;colon",
        "new\nline",
        "slash/",
        "esc\u{1b}[31m",
    ] {
        for verb in ["create", "revoke"] {
            let o = keys(data, &[verb, bad]);
            assert_eq!(code(&o), 2, "{verb} {bad:?}: {}", stderr(&o));
            assert_eq!(stdout(&o), "", "{verb} {bad:?}");
            assert!(stderr(&o).contains("1 to 64 characters"), "{}", stderr(&o));
        }
    }
    assert_eq!(list(data).len(), 3);
}

/// The SQLite file and its journals, whichever exist.
fn sqlite_files(db: &Path) -> Vec<PathBuf> {
    ["", "-wal", "-journal", "-shm"]
        .iter()
        .map(|s| PathBuf::from(format!("{}{s}", db.display())))
        .filter(|p| p.exists())
        .collect()
}

#[test]
fn keys_on_sqlite() {
    let dir = std::env::temp_dir().join(format!("arvio-keys-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let db = dir.join("keys.sqlite3");
    let data = db.to_str().unwrap().to_string();
    check_keys(&data, &|| sqlite_files(&db));
    assert!(db.exists());
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn keys_on_postgres() {
    let Some(db) = pg::Database::fresh("keys") else {
        eprintln!("keys_on_postgres: skipped, ARVIO_POSTGRES names no server");
        return;
    };
    check_keys(&db.url, &Vec::new);
}

#[test]
fn a_store_that_cannot_be_opened_exits_2_without_the_password() {
    // A closed port: the connection is refused.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let url = format!("postgres://arvio:s3cret-pw@127.0.0.1:{port}/nowhere");
    for args in [&["list"][..], &["create", "x"], &["revoke", "x"]] {
        let o = keys(&url, args);
        assert_eq!(code(&o), 2, "{args:?}: {}", stderr(&o));
        assert_eq!(stdout(&o), "");
        let err = stderr(&o);
        assert!(err.starts_with("arvio: "), "{err}");
        assert!(err.contains(&format!("127.0.0.1:{port}/nowhere")), "{err}");
        assert!(!err.contains("s3cret"), "{err}");
        assert!(!err.contains("arvio:s3cret"), "{err}");
    }
    // A SQLite file in a directory that does not exist.
    let o = keys("/nonexistent-arvio-dir/x.sqlite3", &["list"]);
    assert_eq!(code(&o), 2, "{}", stderr(&o));
    assert_eq!(stdout(&o), "");
    // An empty --data is a usage error.
    let o = keys("", &["list"]);
    assert_eq!(code(&o), 2, "{}", stderr(&o));
}
