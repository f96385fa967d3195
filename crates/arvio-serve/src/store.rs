//! Responses and drafts in SQLite, under unguessable tokens, with a revision counter.
//!
//! - One write connection (behind a lock: SQLite has one writer at a time) and a few read
//!   connections: in WAL mode a read never waits behind a write, so pages keep opening while
//!   a draft is being saved. An in-memory store (tests) has the one connection only.
//! - A write that waits longer than the busy timeout for SQLite's write lock fails with
//!   [`StoreError::Busy`]; the page answers a retryable `503` that keeps what was typed.
//! - The database file, and with it its WAL and shared-memory files (SQLite gives them the
//!   database file's mode), is created readable and writable by its owner only (`0600`), and
//!   an existing one is narrowed to that.
//! - A sent response carries a receipt (a reference number) and the revision it was sent
//!   from; a repeated send from that revision with the same content gets the same receipt.
//! - Unsent drafts not saved for `draft_days` days are no longer found and are deleted.

use rusqlite::{Connection, ErrorCode, OptionalExtension, params};
use std::path::Path;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Mutex, MutexGuard, PoisonError};
use std::time::Duration;

/// Why the store failed. Carries no answer content.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum StoreError {
    /// The database's write lock was held longer than the busy timeout (retryable).
    #[error("database busy (SQLite code {0})")]
    Busy(i32),
    /// SQLite reported an error (opening, creating the table, reading or writing).
    #[error("database error: {0}")]
    Sqlite(#[from] rusqlite::Error),
    /// The database file's permissions could not be set.
    #[error("cannot set the database file's permissions: {0}")]
    Permissions(std::io::Error),
    /// The system random number generator failed.
    #[error("no randomness available for a token")]
    Random,
}

impl StoreError {
    /// What is logged of the failure: its kind and SQLite's numeric (extended) result code
    /// with its name; never a statement, a parameter or anything stored.
    pub fn code(&self) -> String {
        match self {
            StoreError::Busy(code) => format!("busy (SQLite code {code})"),
            StoreError::Sqlite(e) => match e.sqlite_error() {
                Some(f) => format!("database (SQLite code {}: {:?})", f.extended_code, f.code),
                None => "database (no SQLite code)".to_string(),
            },
            StoreError::Permissions(e) => format!("permissions ({:?})", e.kind()),
            StoreError::Random => "randomness".to_string(),
        }
    }

    /// The short name of SQLite's result code, for a metrics label (`busy`, `io`, ...).
    pub fn label(&self) -> &'static str {
        match self {
            StoreError::Busy(_) => "busy",
            StoreError::Sqlite(e) => match e.sqlite_error_code() {
                Some(ErrorCode::ConstraintViolation) => "constraint",
                Some(ErrorCode::DiskFull) => "full",
                Some(ErrorCode::SystemIoFailure) => "io",
                Some(ErrorCode::ReadOnly) => "readonly",
                Some(ErrorCode::DatabaseCorrupt) | Some(ErrorCode::NotADatabase) => "corrupt",
                Some(ErrorCode::CannotOpen) => "cannot_open",
                Some(_) => "other",
                None => "library",
            },
            StoreError::Permissions(_) => "permissions",
            StoreError::Random => "random",
        }
    }

    /// Whether the failure is SQLite's write lock held too long: worth a retry.
    pub fn is_busy(&self) -> bool {
        matches!(self, StoreError::Busy(_))
    }
}

/// A SQLite error, with "busy" and "locked" told apart from the rest.
fn sql(e: rusqlite::Error) -> StoreError {
    match e.sqlite_error() {
        Some(f) if matches!(f.code, ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked) => {
            StoreError::Busy(f.extended_code)
        }
        _ => StoreError::Sqlite(e),
    }
}

/// What a write found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Write {
    /// Written; the token and the new revision (and the receipt when it was a send).
    Ok {
        token: String,
        revision: i64,
        receipt: Option<String>,
    },
    /// The same send again (same revision, same content): the receipt it got the first time.
    Again { token: String, receipt: String },
    /// The same draft again from a blank page (same content): its token and revision.
    Same { token: String, revision: i64 },
    /// The stored revision is newer than the one the page was made from (or the response was
    /// sent with other content).
    Stale { token: Option<String> },
    /// No response under that token.
    Missing,
}

/// A stored response.
pub(crate) struct Stored {
    pub form: String,
    pub revision: i64,
    /// `draft` or `submitted`, as written with the body.
    pub status: String,
    pub body: String,
    /// The reference number of a sent response.
    pub receipt: Option<String>,
}

/// How the store is opened: timeouts and expiry.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Settings {
    /// How long a write waits for the write lock.
    pub busy_timeout: Duration,
    /// Unsent drafts older than this many days are gone (0: kept).
    pub draft_days: u32,
    /// Read connections beside the write connection (file stores only).
    pub readers: usize,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            busy_timeout: Duration::from_secs(5),
            draft_days: 90,
            readers: 4,
        }
    }
}

/// A response found by its one-time key: token, revision, status, body, receipt and the
/// revision it was sent from.
type Found = (String, i64, String, String, Option<String>, Option<i64>);

pub(crate) struct Store {
    writer: Mutex<Connection>,
    readers: Vec<Mutex<Connection>>,
    next: AtomicUsize,
    /// How old an unsent draft may be, as an SQLite date modifier (`-90 days`); `None` when
    /// drafts never expire. Every lookup binds it: `?n IS NULL OR` keeps every row then.
    age: Option<String>,
}

/// A new token: 128 random bits, URL-safe base64 without padding (22 characters).
pub(crate) fn new_token() -> Result<String, StoreError> {
    let mut bytes = [0u8; 16];
    getrandom::fill(&mut bytes).map_err(|_| StoreError::Random)?;
    Ok(base64url(&bytes))
}

/// Whether `s` looks like a token ([`new_token`]'s shape), checked before any lookup.
pub(crate) fn is_token(s: &str) -> bool {
    s.len() == 22
        && s.bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

/// A new receipt: 40 random bits as eight characters of Crockford's base32 (no I, L, O or
/// U, so it reads unambiguously over the phone), in two groups: `7KQ2-M9XD`.
pub(crate) fn new_receipt() -> Result<String, StoreError> {
    const A: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    let mut bytes = [0u8; 5];
    getrandom::fill(&mut bytes).map_err(|_| StoreError::Random)?;
    let n = bytes.iter().fold(0u64, |n, &b| (n << 8) | u64::from(b));
    let mut out = String::with_capacity(9);
    for i in 0..8 {
        if i == 4 {
            out.push('-');
        }
        out.push(A[((n >> (35 - 5 * i)) & 31) as usize] as char);
    }
    Ok(out)
}

fn base64url(bytes: &[u8]) -> String {
    const A: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    let mut out = String::with_capacity(bytes.len() * 4 / 3 + 2);
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            chunk.get(1).copied().unwrap_or(0),
            chunk.get(2).copied().unwrap_or(0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        let chars = chunk.len() + 1;
        for i in 0..chars {
            out.push(A[((n >> (18 - 6 * i)) & 63) as usize] as char);
        }
    }
    out
}

/// Creates the database file readable and writable by its owner only, or narrows an
/// existing one (and its WAL and shared-memory files) to that. SQLite creates the WAL and
/// shared-memory files with the database file's mode.
#[cfg(unix)]
fn private_file(path: &Path) -> Result<(), StoreError> {
    use std::os::unix::fs::{OpenOptionsExt, PermissionsExt};
    std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .mode(0o600)
        .open(path)
        .map_err(StoreError::Permissions)?;
    let mut paths = vec![path.to_path_buf()];
    for suffix in ["-wal", "-shm"] {
        let mut p = path.as_os_str().to_owned();
        p.push(suffix);
        paths.push(p.into());
    }
    for p in paths {
        match std::fs::metadata(&p) {
            Ok(m) if m.permissions().mode() & 0o077 != 0 => {
                std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o600))
                    .map_err(StoreError::Permissions)?;
            }
            Ok(_) => {}
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => return Err(StoreError::Permissions(e)),
        }
    }
    Ok(())
}

#[cfg(not(unix))]
fn private_file(_path: &Path) -> Result<(), StoreError> {
    Ok(())
}

/// Tables and columns, created or added; `PRAGMA user_version` counts the steps taken.
fn migrate(conn: &Connection) -> Result<(), StoreError> {
    let version: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
    if version < 1 {
        conn.execute_batch(
            "BEGIN IMMEDIATE;
             CREATE TABLE IF NOT EXISTS responses (
                 token      TEXT PRIMARY KEY,
                 form       TEXT NOT NULL,
                 revision   INTEGER NOT NULL,
                 status     TEXT NOT NULL,
                 body       TEXT NOT NULL,
                 updated_at TEXT NOT NULL DEFAULT (datetime('now'))
             );
             ALTER TABLE responses ADD COLUMN receipt TEXT;
             ALTER TABLE responses ADD COLUMN sent_from INTEGER;
             ALTER TABLE responses ADD COLUMN once TEXT;
             CREATE UNIQUE INDEX IF NOT EXISTS responses_receipt ON responses (receipt);
             CREATE UNIQUE INDEX IF NOT EXISTS responses_once ON responses (once);
             CREATE INDEX IF NOT EXISTS responses_drafts ON responses (updated_at)
                 WHERE status = 'draft';
             PRAGMA user_version = 1;
             COMMIT;",
        )
        .map_err(|e| {
            let _ = conn.execute_batch("ROLLBACK");
            sql(e)
        })?;
    }
    Ok(())
}

fn connection(conn: Connection, busy: Duration) -> Result<Connection, StoreError> {
    conn.busy_timeout(busy)?;
    conn.execute_batch("PRAGMA secure_delete = ON; PRAGMA foreign_keys = ON;")?;
    Ok(conn)
}

/// The condition of a lookup by token that hides an expired draft, with the drafts' age
/// ([`Store::age`]) as `?2` (a literal, for `concat!`: the statements stay constant).
macro_rules! live {
    () => {
        "AND (?2 IS NULL OR status != 'draft' OR updated_at >= datetime('now', ?2))"
    };
}

/// The age after which an unsent draft is gone, as an SQLite date modifier (`-90 days`);
/// `None` for `0` (drafts kept).
fn age(days: u32) -> Option<String> {
    (days != 0).then(|| format!("-{days} days"))
}

impl Store {
    /// Opens (or creates) the database file, private to its owner, in WAL mode with every
    /// commit synced to disk (`synchronous = FULL`): an acknowledged send survives a power
    /// cut, not only a crash of the server.
    pub fn open(path: &Path, settings: Settings) -> Result<Store, StoreError> {
        private_file(path)?;
        let writer = connection(Connection::open(path).map_err(sql)?, settings.busy_timeout)?;
        writer
            .execute_batch("PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;")
            .map_err(sql)?;
        migrate(&writer)?;
        let readers = (0..settings.readers)
            .map(|_| {
                let c = Connection::open_with_flags(
                    path,
                    rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY
                        | rusqlite::OpenFlags::SQLITE_OPEN_NO_MUTEX
                        | rusqlite::OpenFlags::SQLITE_OPEN_URI,
                )?;
                c.busy_timeout(settings.busy_timeout)?;
                Ok(Mutex::new(c))
            })
            .collect::<Result<Vec<_>, StoreError>>()?;
        private_file(path)?;
        let store = Store {
            writer: Mutex::new(writer),
            readers,
            next: AtomicUsize::new(0),
            age: age(settings.draft_days),
        };
        store.expire()?;
        Ok(store)
    }

    /// An in-memory store: one connection for reads and writes (for tests).
    pub fn in_memory(settings: Settings) -> Result<Store, StoreError> {
        let conn = connection(Connection::open_in_memory()?, settings.busy_timeout)?;
        migrate(&conn)?;
        Ok(Store {
            writer: Mutex::new(conn),
            readers: Vec::new(),
            next: AtomicUsize::new(0),
            age: age(settings.draft_days),
        })
    }

    fn writer(&self) -> MutexGuard<'_, Connection> {
        self.writer.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// A read connection (round robin), or the writer when there are none.
    fn reader(&self) -> MutexGuard<'_, Connection> {
        if self.readers.is_empty() {
            return self.writer();
        }
        let i = self.next.fetch_add(1, Ordering::Relaxed) % self.readers.len();
        self.readers[i]
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
    }

    /// Deletes the unsent drafts not saved for `draft_days` days; the number deleted.
    pub fn expire(&self) -> Result<usize, StoreError> {
        let Some(age) = &self.age else {
            return Ok(0);
        };
        self.writer()
            .execute(
                "DELETE FROM responses WHERE status = 'draft' AND updated_at < datetime('now', ?1)",
                params![age],
            )
            .map_err(sql)
    }

    /// Whether the database answers.
    pub fn ping(&self) -> Result<(), StoreError> {
        self.reader()
            .query_row("SELECT 1", [], |_| Ok(()))
            .map_err(sql)
    }

    /// Stores a new response under a new token, at revision 1. `once` is the blank page's
    /// one-time key: a second post from the same page (a retry after a lost answer) finds
    /// the first instead of making a second response.
    pub fn insert(
        &self,
        form: &str,
        status: &str,
        body: &str,
        once: Option<&str>,
    ) -> Result<Write, StoreError> {
        let receipt = (status == "submitted").then(new_receipt).transpose()?;
        let conn = self.writer();
        if let Some(once) = once {
            let found: Option<Found> = conn
                .query_row(
                    "SELECT token, revision, status, body, receipt, sent_from FROM responses
                     WHERE once = ?1",
                    params![once],
                    |r| {
                        Ok((
                            r.get(0)?,
                            r.get(1)?,
                            r.get(2)?,
                            r.get(3)?,
                            r.get(4)?,
                            r.get(5)?,
                        ))
                    },
                )
                .optional()
                .map_err(sql)?;
            if let Some((token, revision, stored_status, stored, receipt, sent_from)) = found {
                return Ok(match (stored == body, stored_status.as_str(), receipt) {
                    (true, "submitted", Some(receipt))
                        if status == "submitted" && sent_from == Some(0) =>
                    {
                        Write::Again { token, receipt }
                    }
                    (true, "draft", None) if status == "draft" && revision == 1 => {
                        Write::Same { token, revision }
                    }
                    // The blank page was posted before with other content: its link is
                    // not given out here (the one-time key alone does not open a response).
                    _ => Write::Stale { token: None },
                });
            }
        }
        let token = new_token()?;
        conn.execute(
            "INSERT INTO responses (token, form, revision, status, body, receipt, sent_from, once)
             VALUES (?1, ?2, 1, ?3, ?4, ?5, CASE WHEN ?5 IS NULL THEN NULL ELSE 0 END, ?6)",
            params![token, form, status, body, receipt, once],
        )
        .map_err(sql)?;
        Ok(Write::Ok {
            token,
            revision: 1,
            receipt,
        })
    }

    /// Replaces the response under `token` if it is still at `revision` and not yet sent (a
    /// sent response is final). The same send again (from the same revision, with the same
    /// content) gets the receipt of the first.
    pub fn update(
        &self,
        token: &str,
        revision: i64,
        status: &str,
        body: &str,
    ) -> Result<Write, StoreError> {
        let receipt = (status == "submitted").then(new_receipt).transpose()?;
        let conn = self.writer();
        let changed = conn
            .prepare_cached(
                "UPDATE responses SET revision = revision + 1, status = ?3, body = ?4,
                     receipt = ?5, sent_from = CASE WHEN ?5 IS NULL THEN NULL ELSE ?2 END,
                     updated_at = datetime('now')
                 WHERE token = ?1 AND revision = ?2 AND status != 'submitted'
                     AND (?6 IS NULL OR status != 'draft' OR updated_at >= datetime('now', ?6))",
            )
            .and_then(|mut st| {
                st.execute(params![token, revision, status, body, receipt, self.age])
            })
            .map_err(sql)?;
        if changed == 1 {
            return Ok(Write::Ok {
                token: token.to_string(),
                revision: revision + 1,
                receipt,
            });
        }
        let found: Option<(String, String, Option<String>, Option<i64>)> = conn
            .prepare_cached(concat!(
                "SELECT status, body, receipt, sent_from FROM responses WHERE token = ?1 ",
                live!()
            ))
            .and_then(|mut st| {
                st.query_row(params![token, self.age], |r| {
                    Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))
                })
                .optional()
            })
            .map_err(sql)?;
        Ok(match found {
            None => Write::Missing,
            Some((stored_status, stored, Some(receipt), sent_from))
                if stored_status == "submitted"
                    && status == "submitted"
                    && sent_from == Some(revision)
                    && stored == body =>
            {
                Write::Again {
                    token: token.to_string(),
                    receipt,
                }
            }
            Some(_) => Write::Stale {
                token: Some(token.to_string()),
            },
        })
    }

    /// The response under `token` (an expired draft is not found).
    pub fn get(&self, token: &str) -> Result<Option<Stored>, StoreError> {
        self.reader()
            .prepare_cached(concat!(
                "SELECT form, revision, status, body, receipt FROM responses WHERE token = ?1 ",
                live!()
            ))
            .and_then(|mut st| {
                st.query_row(params![token, self.age], |r| {
                    Ok(Stored {
                        form: r.get(0)?,
                        revision: r.get(1)?,
                        status: r.get(2)?,
                        body: r.get(3)?,
                        receipt: r.get(4)?,
                    })
                })
                .optional()
            })
            .map_err(sql)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_128_bit_url_safe_and_distinct() {
        let tokens: std::collections::BTreeSet<String> =
            (0..1000).map(|_| new_token().unwrap()).collect();
        assert_eq!(tokens.len(), 1000);
        assert!(tokens.iter().all(|t| t.len() == 22 && is_token(t)));
        // 16 bytes: the last character carries 2 bits, so it is one of four.
        assert!(tokens.iter().all(|t| t.ends_with(['A', 'Q', 'g', 'w'])));
        assert_eq!(base64url(&[0xfb, 0xff]), "-_8");
        assert!(!is_token("../../etc/passwd"));
    }

    #[test]
    fn receipts_are_two_groups_of_four_unambiguous_characters() {
        let receipts: std::collections::BTreeSet<String> =
            (0..1000).map(|_| new_receipt().unwrap()).collect();
        assert_eq!(receipts.len(), 1000);
        for r in &receipts {
            assert_eq!(r.len(), 9, "{r}");
            assert_eq!(&r[4..5], "-");
            assert!(
                r.chars()
                    .filter(|&c| c != '-')
                    .all(|c| c.is_ascii_digit() || c.is_ascii_uppercase()),
                "{r}"
            );
            assert!(!r.contains(['I', 'L', 'O', 'U']), "{r}");
        }
    }

    fn ok(w: Write) -> (String, i64, Option<String>) {
        match w {
            Write::Ok {
                token,
                revision,
                receipt,
            } => (token, revision, receipt),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn stale_writes_are_refused() {
        let s = Store::in_memory(Settings::default()).unwrap();
        let (t, r1, receipt) = ok(s.insert("f", "draft", "{}", None).unwrap());
        assert_eq!((r1, receipt), (1, None));
        assert_eq!(ok(s.update(&t, 1, "draft", "{\"a\":1}").unwrap()).1, 2);
        assert_eq!(
            s.update(&t, 1, "draft", "{\"old\":1}").unwrap(),
            Write::Stale {
                token: Some(t.clone())
            }
        );
        assert_eq!(s.get(&t).unwrap().unwrap().body, "{\"a\":1}");
        assert_eq!(s.update("x", 1, "draft", "{}").unwrap(), Write::Missing);
    }

    #[test]
    fn a_repeated_send_gets_the_same_receipt_and_other_content_a_conflict() {
        let s = Store::in_memory(Settings::default()).unwrap();
        let (t, _, _) = ok(s.insert("f", "draft", "{}", None).unwrap());
        let (_, rev, receipt) = ok(s.update(&t, 1, "submitted", "{\"a\":1}").unwrap());
        let receipt = receipt.unwrap();
        assert_eq!(rev, 2);
        assert_eq!(
            s.update(&t, 1, "submitted", "{\"a\":1}").unwrap(),
            Write::Again {
                token: t.clone(),
                receipt: receipt.clone()
            }
        );
        assert_eq!(
            s.update(&t, 1, "submitted", "{\"a\":2}").unwrap(),
            Write::Stale {
                token: Some(t.clone())
            }
        );
        // A draft save after the send, or a send from another revision, is stale too.
        assert!(matches!(
            s.update(&t, 1, "draft", "{\"a\":1}").unwrap(),
            Write::Stale { .. }
        ));
        assert!(matches!(
            s.update(&t, 2, "submitted", "{\"a\":1}").unwrap(),
            Write::Stale { .. }
        ));
        let stored = s.get(&t).unwrap().unwrap();
        assert_eq!(
            (stored.status.as_str(), stored.receipt),
            ("submitted", Some(receipt))
        );
    }

    #[test]
    fn a_blank_page_posted_twice_makes_one_response() {
        let s = Store::in_memory(Settings::default()).unwrap();
        let once = Some("k1");
        let (t, _, receipt) = ok(s.insert("f", "submitted", "{}", once).unwrap());
        let receipt = receipt.unwrap();
        assert_eq!(
            s.insert("f", "submitted", "{}", once).unwrap(),
            Write::Again {
                token: t.clone(),
                receipt
            }
        );
        assert_eq!(
            s.insert("f", "submitted", "{\"x\":1}", once).unwrap(),
            Write::Stale { token: None }
        );
        let (d, _, _) = ok(s.insert("f", "draft", "{}", Some("k2")).unwrap());
        assert_eq!(
            s.insert("f", "draft", "{}", Some("k2")).unwrap(),
            Write::Same {
                token: d.clone(),
                revision: 1
            }
        );
        // Without a key, every post is a new response.
        let (a, _, _) = ok(s.insert("f", "draft", "{}", None).unwrap());
        let (b, _, _) = ok(s.insert("f", "draft", "{}", None).unwrap());
        assert_ne!(a, b);
    }

    /// A held write lock: the write fails as busy after the busy timeout, and what is logged
    /// of it is the code alone; reads still answer.
    #[test]
    fn a_held_write_lock_is_busy_and_logged_by_its_code() {
        let dir = std::env::temp_dir().join(format!("arvio-store-busy-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("a.sqlite3");
        let s = Store::open(
            &path,
            Settings {
                busy_timeout: Duration::from_millis(100),
                ..Settings::default()
            },
        )
        .unwrap();
        let (t, _, _) = ok(s.insert("f", "draft", "{}", None).unwrap());
        let holder = Connection::open(&path).unwrap();
        holder.execute_batch("BEGIN IMMEDIATE").unwrap();
        let err = s
            .update(&t, 1, "draft", "{\"secret\":\"Matti\"}")
            .unwrap_err();
        assert!(err.is_busy());
        assert_eq!(err.code(), "busy (SQLite code 5)");
        assert_eq!(err.label(), "busy");
        assert!(!err.to_string().contains("Matti"));
        assert_eq!(s.get(&t).unwrap().unwrap().body, "{}");
        holder.execute_batch("ROLLBACK").unwrap();
        assert!(matches!(
            s.update(&t, 1, "draft", "{}").unwrap(),
            Write::Ok { revision: 2, .. }
        ));
        let _ = std::fs::remove_dir_all(&dir);
    }
}
