//! The SQLite back end: the embedded default.
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
//! - Unsent anonymous drafts not saved for `draft_days` days are no longer found and are
//!   deleted; an assessment's family part is kept until the case system deletes it.
//! - A write and its audit line are one transaction; the audit table refuses updates and
//!   deletes (triggers). An erased assessment is overwritten on disk (`secure_delete`) and the
//!   WAL is checkpointed and truncated, so its content is left in neither file.

use super::{
    AssessmentRow, AuditEntry, KeyRecord, NewAssessment, NewAudit, StoreError, Stored, WorkerWrite,
    Write, new_receipt, new_token,
};
use rusqlite::{Connection, ErrorCode, OptionalExtension, Row, TransactionBehavior, params};
use std::path::Path;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Mutex, MutexGuard, PoisonError};
use std::time::Duration;

/// A SQLite error, with "busy" and "locked" told apart from the rest.
fn sql(e: rusqlite::Error) -> StoreError {
    match e.sqlite_error() {
        Some(f) if matches!(f.code, ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked) => {
            StoreError::Busy(f.extended_code)
        }
        _ => StoreError::Sqlite(e),
    }
}

/// How the store is opened: timeouts and expiry.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Settings {
    /// How long a write waits for the write lock (SQLite), or for a pooled connection
    /// (PostgreSQL).
    pub busy_timeout: Duration,
    /// Unsent anonymous drafts older than this many days are gone (0: kept).
    pub draft_days: u32,
    /// Read connections beside the write connection (SQLite file stores; PostgreSQL pools
    /// a fixed number of connections).
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

pub(crate) struct Sqlite {
    writer: Mutex<Connection>,
    readers: Vec<Mutex<Connection>>,
    next: AtomicUsize,
    /// How old an unsent draft may be, as an SQLite date modifier (`-90 days`); `None` when
    /// drafts never expire. Every lookup binds it: `?n IS NULL OR` keeps every row then.
    age: Option<String>,
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
    if version < 2 {
        conn.execute_batch(
            "BEGIN IMMEDIATE;
             ALTER TABLE responses ADD COLUMN id TEXT;
             ALTER TABLE responses ADD COLUMN case_ref TEXT;
             ALTER TABLE responses ADD COLUMN language TEXT;
             ALTER TABLE responses ADD COLUMN created_at TEXT;
             ALTER TABLE responses ADD COLUMN expires_at TEXT;
             ALTER TABLE responses ADD COLUMN revoked INTEGER NOT NULL DEFAULT 0;
             ALTER TABLE responses ADD COLUMN worker_revision INTEGER NOT NULL DEFAULT 0;
             ALTER TABLE responses ADD COLUMN worker_body TEXT;
             CREATE UNIQUE INDEX IF NOT EXISTS responses_id ON responses (id);
             CREATE TABLE IF NOT EXISTS audit (
                 seq        INTEGER PRIMARY KEY,
                 at         TEXT NOT NULL,
                 actor      TEXT NOT NULL,
                 action     TEXT NOT NULL,
                 assessment TEXT NOT NULL,
                 part       TEXT,
                 format     TEXT
             );
             CREATE INDEX IF NOT EXISTS audit_assessment ON audit (assessment, seq);
             -- No AUTOINCREMENT: rows are never deleted (the triggers), so the next rowid is
             -- always above every earlier one, without a write to sqlite_sequence per line.
             CREATE TRIGGER IF NOT EXISTS audit_no_update BEFORE UPDATE ON audit
                 BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
             CREATE TRIGGER IF NOT EXISTS audit_no_delete BEFORE DELETE ON audit
                 BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
             CREATE TABLE IF NOT EXISTS api_keys (
                 name       TEXT PRIMARY KEY,
                 key_id     TEXT NOT NULL UNIQUE,
                 hash       BLOB NOT NULL,
                 created_at TEXT NOT NULL,
                 revoked_at TEXT
             );
             PRAGMA user_version = 2;
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
        "AND (?2 IS NULL OR status != 'draft' OR id IS NOT NULL
              OR updated_at >= datetime('now', ?2))"
    };
}

/// The age after which an unsent draft is gone, as an SQLite date modifier (`-90 days`);
/// `None` for `0` (drafts kept).
fn age(days: u32) -> Option<String> {
    (days != 0).then(|| format!("-{days} days"))
}

impl Sqlite {
    /// Opens (or creates) the database file, private to its owner, in WAL mode with every
    /// commit synced to disk (`synchronous = FULL`): an acknowledged send survives a power
    /// cut, not only a crash of the server.
    pub fn open(path: &Path, settings: Settings) -> Result<Sqlite, StoreError> {
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
        let store = Sqlite {
            writer: Mutex::new(writer),
            readers,
            next: AtomicUsize::new(0),
            age: age(settings.draft_days),
        };
        store.expire()?;
        Ok(store)
    }

    /// An in-memory store: one connection for reads and writes (for tests).
    pub fn in_memory(settings: Settings) -> Result<Sqlite, StoreError> {
        let conn = connection(Connection::open_in_memory()?, settings.busy_timeout)?;
        migrate(&conn)?;
        Ok(Sqlite {
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
                "DELETE FROM responses
                 WHERE status = 'draft' AND id IS NULL AND updated_at < datetime('now', ?1)",
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

    /// Replaces the family's response under `token` if it is still at `revision`, not yet
    /// sent (a sent response is final) and, for an assessment, its link neither revoked nor
    /// expired at `now`. The same send again (from the same revision, with the same content)
    /// gets the receipt of the first. An assessment's write is audited in the same
    /// transaction.
    pub fn update(
        &self,
        token: &str,
        revision: i64,
        status: &str,
        body: &str,
        now: &str,
    ) -> Result<Write, StoreError> {
        let receipt = (status == "submitted").then(new_receipt).transpose()?;
        let mut conn = self.writer();
        let tx = conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(sql)?;
        let changed: Option<Option<String>> = tx
            .prepare_cached(
                "UPDATE responses SET revision = revision + 1, status = ?3, body = ?4,
                     receipt = ?5, sent_from = CASE WHEN ?5 IS NULL THEN NULL ELSE ?2 END,
                     updated_at = datetime('now')
                 WHERE token = ?1 AND revision = ?2 AND status != 'submitted'
                     AND (?6 IS NULL OR status != 'draft' OR id IS NOT NULL
                          OR updated_at >= datetime('now', ?6))
                     AND revoked = 0 AND (expires_at IS NULL OR expires_at > ?7)
                 RETURNING id",
            )
            .and_then(|mut st| {
                st.query_row(
                    params![token, revision, status, body, receipt, self.age, now],
                    |r| r.get(0),
                )
                .optional()
            })
            .map_err(sql)?;
        if let Some(id) = changed {
            if let Some(id) = id {
                let action = if receipt.is_some() { "sent" } else { "wrote" };
                append(
                    &tx,
                    &audit_line(super::FAMILY_ACTOR, action, &id, Some("family")),
                    now,
                )?;
            }
            tx.commit().map_err(sql)?;
            return Ok(Write::Ok {
                token: token.to_string(),
                revision: revision + 1,
                receipt,
            });
        }
        type Row = (
            String,
            String,
            Option<String>,
            Option<i64>,
            bool,
            Option<String>,
        );
        let found: Option<Row> = tx
            .prepare_cached(concat!(
                "SELECT status, body, receipt, sent_from, revoked, expires_at
                 FROM responses WHERE token = ?1 ",
                live!()
            ))
            .and_then(|mut st| {
                st.query_row(params![token, self.age], |r| {
                    Ok((
                        r.get(0)?,
                        r.get(1)?,
                        r.get(2)?,
                        r.get(3)?,
                        r.get(4)?,
                        r.get(5)?,
                    ))
                })
                .optional()
            })
            .map_err(sql)?;
        drop(tx);
        Ok(match found {
            None => Write::Missing,
            Some((_, _, _, _, revoked, expires_at))
                if revoked || expires_at.as_deref().is_some_and(|e| e <= now) =>
            {
                Write::Gone
            }
            Some((stored_status, stored, Some(receipt), sent_from, _, _))
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

    /// The response under `token` (an expired anonymous draft is not found).
    pub fn get(&self, token: &str) -> Result<Option<Stored>, StoreError> {
        self.reader()
            .prepare_cached(concat!(
                "SELECT form, revision, status, body, receipt, id, expires_at, revoked
                 FROM responses WHERE token = ?1 ",
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
                        assessment: r.get(5)?,
                        expires_at: r.get(6)?,
                        revoked: r.get(7)?,
                    })
                })
                .optional()
            })
            .map_err(sql)
    }

    /// Creates an assessment: the family's blank response at revision 1 under its token, and
    /// the audit line, in one transaction.
    pub fn create(&self, new: &NewAssessment) -> Result<(), StoreError> {
        let mut conn = self.writer();
        let tx = conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(sql)?;
        tx.prepare_cached(
            "INSERT INTO responses (token, form, revision, status, body, id, case_ref, language,
                 created_at, expires_at)
             VALUES (?1, ?2, 1, 'draft', ?3, ?4, ?5, ?6, ?7, ?8)",
        )
        .and_then(|mut st| {
            st.execute(params![
                new.token,
                new.form,
                new.body,
                new.id,
                new.case_ref,
                new.language,
                new.created_at,
                new.expires_at
            ])
        })
        .map_err(sql)?;
        append(
            &tx,
            &audit_line(&new.actor, "created", &new.id, None),
            &new.created_at,
        )?;
        tx.commit().map_err(sql)
    }

    /// The assessment with this id.
    pub fn assessment(&self, id: &str) -> Result<Option<AssessmentRow>, StoreError> {
        self.reader()
            .prepare_cached(
                "SELECT id, token, form, language, case_ref, created_at, expires_at, revoked,
                     revision, status, body, receipt, worker_revision, worker_body
                 FROM responses WHERE id = ?1",
            )
            .and_then(|mut st| st.query_row(params![id], assessment_row).optional())
            .map_err(sql)
    }

    /// Replaces the worker's answers if the assessment is at `revision`; audited.
    pub fn write_worker(
        &self,
        id: &str,
        revision: i64,
        body: &str,
        actor: &str,
        now: &str,
    ) -> Result<WorkerWrite, StoreError> {
        let mut conn = self.writer();
        let tx = conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(sql)?;
        let written: Option<i64> = tx
            .prepare_cached(
                "UPDATE responses SET worker_revision = worker_revision + 1, worker_body = ?3,
                     updated_at = datetime('now')
                 WHERE id = ?1 AND revision + worker_revision = ?2
                 RETURNING revision + worker_revision",
            )
            .and_then(|mut st| {
                st.query_row(params![id, revision, body], |r| r.get(0))
                    .optional()
            })
            .map_err(sql)?;
        if let Some(revision) = written {
            append(&tx, &audit_line(actor, "wrote", id, Some("worker")), now)?;
            tx.commit().map_err(sql)?;
            return Ok(WorkerWrite::Ok { revision });
        }
        let current: Option<i64> = tx
            .query_row(
                "SELECT revision + worker_revision FROM responses WHERE id = ?1",
                params![id],
                |r| r.get(0),
            )
            .optional()
            .map_err(sql)?;
        Ok(match current {
            Some(revision) => WorkerWrite::Stale { revision },
            None => WorkerWrite::Missing,
        })
    }

    /// Revokes the family's link; audited. Whether the assessment exists.
    pub fn revoke(&self, id: &str, actor: &str, now: &str) -> Result<bool, StoreError> {
        let mut conn = self.writer();
        let tx = conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(sql)?;
        let n = tx
            .execute(
                "UPDATE responses SET revoked = 1 WHERE id = ?1",
                params![id],
            )
            .map_err(sql)?;
        if n == 0 {
            return Ok(false);
        }
        append(&tx, &audit_line(actor, "revoked", id, None), now)?;
        tx.commit().map_err(sql)?;
        Ok(true)
    }

    /// Erases the assessment (the audit log keeps its id and records the deletion), then
    /// checkpoints and truncates the WAL so that no old copy of its pages is left there.
    pub fn delete(&self, id: &str, actor: &str, now: &str) -> Result<bool, StoreError> {
        let mut conn = self.writer();
        let tx = conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(sql)?;
        let n = tx
            .execute("DELETE FROM responses WHERE id = ?1", params![id])
            .map_err(sql)?;
        if n == 0 {
            return Ok(false);
        }
        append(&tx, &audit_line(actor, "deleted", id, None), now)?;
        tx.commit().map_err(sql)?;
        // Best effort: a reader holding an old snapshot can keep the checkpoint from
        // finishing; the next erasure (or SQLite's own checkpoints) completes it.
        let _ = conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()));
        Ok(true)
    }

    /// Appends an audit line.
    pub fn record(&self, entry: &NewAudit, now: &str) -> Result<(), StoreError> {
        append(&self.writer(), entry, now)
    }

    /// The audit log of one assessment, oldest first.
    pub fn audit(&self, id: &str) -> Result<Vec<AuditEntry>, StoreError> {
        let conn = self.reader();
        let mut st = conn
            .prepare_cached(
                "SELECT seq, at, actor, action, assessment, part, format FROM audit
                 WHERE assessment = ?1 ORDER BY seq",
            )
            .map_err(sql)?;
        st.query_map(params![id], |r| {
            Ok(AuditEntry {
                seq: r.get(0)?,
                at: r.get(1)?,
                actor: r.get(2)?,
                action: r.get(3)?,
                assessment: r.get(4)?,
                part: r.get(5)?,
                format: r.get(6)?,
            })
        })
        .and_then(|rows| rows.collect())
        .map_err(sql)
    }

    /// Adds an API key; `false` when the name is taken.
    pub fn add_key(&self, key: &KeyRecord) -> Result<bool, StoreError> {
        let n = self
            .writer()
            .execute(
                "INSERT INTO api_keys (name, key_id, hash, created_at) VALUES (?1, ?2, ?3, ?4)
                 ON CONFLICT (name) DO NOTHING",
                params![key.name, key.key_id, key.hash, key.created_at],
            )
            .map_err(sql)?;
        Ok(n == 1)
    }

    /// Every API key, by name.
    pub fn keys(&self) -> Result<Vec<KeyRecord>, StoreError> {
        let conn = self.reader();
        let mut st = conn
            .prepare_cached(
                "SELECT name, key_id, hash, created_at, revoked_at FROM api_keys ORDER BY name",
            )
            .map_err(sql)?;
        st.query_map([], key_record)
            .and_then(|rows| rows.collect())
            .map_err(sql)
    }

    /// Revokes the key of that name; `false` when there is none not yet revoked.
    pub fn revoke_key(&self, name: &str, now: &str) -> Result<bool, StoreError> {
        let n = self
            .writer()
            .execute(
                "UPDATE api_keys SET revoked_at = ?2 WHERE name = ?1 AND revoked_at IS NULL",
                params![name, now],
            )
            .map_err(sql)?;
        Ok(n == 1)
    }

    /// The key with this public id.
    pub fn key(&self, key_id: &str) -> Result<Option<KeyRecord>, StoreError> {
        self.reader()
            .prepare_cached(
                "SELECT name, key_id, hash, created_at, revoked_at FROM api_keys WHERE key_id = ?1",
            )
            .and_then(|mut st| st.query_row(params![key_id], key_record).optional())
            .map_err(sql)
    }
}

fn audit_line(actor: &str, action: &'static str, id: &str, part: Option<&'static str>) -> NewAudit {
    NewAudit {
        actor: actor.to_string(),
        action,
        assessment: id.to_string(),
        part,
        format: None,
    }
}

/// Appends an audit line on `conn` (inside the caller's transaction, if any).
fn append(conn: &Connection, e: &NewAudit, now: &str) -> Result<(), StoreError> {
    conn.prepare_cached(
        "INSERT INTO audit (at, actor, action, assessment, part, format)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )
    .and_then(|mut st| {
        st.execute(params![
            now,
            e.actor,
            e.action,
            e.assessment,
            e.part,
            e.format
        ])
    })
    .map(|_| ())
    .map_err(sql)
}

fn assessment_row(r: &Row<'_>) -> rusqlite::Result<AssessmentRow> {
    Ok(AssessmentRow {
        id: r.get(0)?,
        token: r.get(1)?,
        form: r.get(2)?,
        language: r.get(3)?,
        case_ref: r.get(4)?,
        created_at: r.get(5)?,
        expires_at: r.get(6)?,
        revoked: r.get(7)?,
        family_revision: r.get(8)?,
        status: r.get(9)?,
        body: r.get(10)?,
        receipt: r.get(11)?,
        worker_revision: r.get(12)?,
        worker_body: r.get(13)?,
    })
}

fn key_record(r: &Row<'_>) -> rusqlite::Result<KeyRecord> {
    Ok(KeyRecord {
        name: r.get(0)?,
        key_id: r.get(1)?,
        hash: r.get(2)?,
        created_at: r.get(3)?,
        revoked_at: r.get(4)?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const NOW: &str = "2026-11-29T12:00:00Z";

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
        let s = Sqlite::in_memory(Settings::default()).unwrap();
        let (t, r1, receipt) = ok(s.insert("f", "draft", "{}", None).unwrap());
        assert_eq!((r1, receipt), (1, None));
        assert_eq!(ok(s.update(&t, 1, "draft", "{\"a\":1}", NOW).unwrap()).1, 2);
        assert_eq!(
            s.update(&t, 1, "draft", "{\"old\":1}", NOW).unwrap(),
            Write::Stale {
                token: Some(t.clone())
            }
        );
        assert_eq!(s.get(&t).unwrap().unwrap().body, "{\"a\":1}");
        assert_eq!(
            s.update("x", 1, "draft", "{}", NOW).unwrap(),
            Write::Missing
        );
    }

    #[test]
    fn a_repeated_send_gets_the_same_receipt_and_other_content_a_conflict() {
        let s = Sqlite::in_memory(Settings::default()).unwrap();
        let (t, _, _) = ok(s.insert("f", "draft", "{}", None).unwrap());
        let (_, rev, receipt) = ok(s.update(&t, 1, "submitted", "{\"a\":1}", NOW).unwrap());
        let receipt = receipt.unwrap();
        assert_eq!(rev, 2);
        assert_eq!(
            s.update(&t, 1, "submitted", "{\"a\":1}", NOW).unwrap(),
            Write::Again {
                token: t.clone(),
                receipt: receipt.clone()
            }
        );
        assert_eq!(
            s.update(&t, 1, "submitted", "{\"a\":2}", NOW).unwrap(),
            Write::Stale {
                token: Some(t.clone())
            }
        );
        // A draft save after the send, or a send from another revision, is stale too.
        assert!(matches!(
            s.update(&t, 1, "draft", "{\"a\":1}", NOW).unwrap(),
            Write::Stale { .. }
        ));
        assert!(matches!(
            s.update(&t, 2, "submitted", "{\"a\":1}", NOW).unwrap(),
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
        let s = Sqlite::in_memory(Settings::default()).unwrap();
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
        let s = Sqlite::open(
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
            .update(&t, 1, "draft", "{\"secret\":\"Matti\"}", NOW)
            .unwrap_err();
        assert!(err.is_busy());
        assert_eq!(err.code(), "busy (SQLite code 5)");
        assert_eq!(err.label(), "busy");
        assert!(!err.to_string().contains("Matti"));
        assert_eq!(s.get(&t).unwrap().unwrap().body, "{}");
        holder.execute_batch("ROLLBACK").unwrap();
        assert!(matches!(
            s.update(&t, 1, "draft", "{}", NOW).unwrap(),
            Write::Ok { revision: 2, .. }
        ));
        let _ = std::fs::remove_dir_all(&dir);
    }

    fn new_assessment(id: &str, token: &str, expires_at: &str) -> NewAssessment {
        NewAssessment {
            id: id.to_string(),
            token: token.to_string(),
            form: "f".to_string(),
            language: "fi".to_string(),
            case_ref: Some("CASE-1".to_string()),
            body: "{}".to_string(),
            created_at: NOW.to_string(),
            expires_at: expires_at.to_string(),
            actor: "case-system".to_string(),
        }
    }

    fn actions(s: &Sqlite, id: &str) -> Vec<(String, String, Option<String>)> {
        s.audit(id)
            .unwrap()
            .into_iter()
            .map(|e| (e.actor, e.action, e.part))
            .collect()
    }

    /// An assessment from creation to erasure: the family's writes through its link, the
    /// worker's by revision, revocation, and an audit line for each, in order.
    #[test]
    fn an_assessment_lives_and_is_erased_with_its_audit_kept() {
        let s = Sqlite::in_memory(Settings::default()).unwrap();
        s.create(&new_assessment("A1", "T1", "2026-12-29T12:00:00Z"))
            .unwrap();
        let row = s.assessment("A1").unwrap().unwrap();
        assert_eq!(
            (row.revision(), row.family_revision, row.worker_revision),
            (1, 1, 0)
        );
        assert_eq!(row.case_ref.as_deref(), Some("CASE-1"));
        assert_eq!(
            s.get("T1").unwrap().unwrap().assessment.as_deref(),
            Some("A1")
        );
        // The family saves a draft; the worker writes from the revision it read.
        assert_eq!(
            ok(s.update("T1", 1, "draft", "{\"a\":1}", NOW).unwrap()).1,
            2
        );
        assert_eq!(
            s.write_worker("A1", 1, "{\"w\":1}", "case-system", NOW)
                .unwrap(),
            WorkerWrite::Stale { revision: 2 }
        );
        assert_eq!(
            s.write_worker("A1", 2, "{\"w\":1}", "case-system", NOW)
                .unwrap(),
            WorkerWrite::Ok { revision: 3 }
        );
        assert_eq!(
            s.write_worker("X", 2, "{}", "case-system", NOW).unwrap(),
            WorkerWrite::Missing
        );
        // A family send does not touch the worker's part.
        let (_, _, receipt) = ok(s.update("T1", 2, "submitted", "{\"a\":2}", NOW).unwrap());
        assert!(receipt.is_some());
        let row = s.assessment("A1").unwrap().unwrap();
        assert_eq!(
            (
                row.body.as_str(),
                row.worker_body.as_deref(),
                row.revision()
            ),
            ("{\"a\":2}", Some("{\"w\":1}"), 4)
        );
        assert!(s.revoke("A1", "case-system", NOW).unwrap());
        assert!(!s.revoke("X", "case-system", NOW).unwrap());
        assert!(s.get("T1").unwrap().unwrap().revoked);
        assert!(s.delete("A1", "case-system", NOW).unwrap());
        assert!(!s.delete("A1", "case-system", NOW).unwrap());
        assert!(s.assessment("A1").unwrap().is_none());
        assert!(s.get("T1").unwrap().is_none());
        let family = || super::super::FAMILY_ACTOR.to_string();
        let worker = || "case-system".to_string();
        assert_eq!(
            actions(&s, "A1"),
            vec![
                (worker(), "created".into(), None),
                (family(), "wrote".into(), Some("family".into())),
                (worker(), "wrote".into(), Some("worker".into())),
                (family(), "sent".into(), Some("family".into())),
                (worker(), "revoked".into(), None),
                (worker(), "deleted".into(), None),
            ]
        );
    }

    /// A revoked or expired family link writes nothing: `Gone`.
    #[test]
    fn a_revoked_or_expired_link_writes_nothing() {
        let s = Sqlite::in_memory(Settings::default()).unwrap();
        s.create(&new_assessment("A1", "T1", "2026-11-30T00:00:00Z"))
            .unwrap();
        s.create(&new_assessment("A2", "T2", "2026-12-30T00:00:00Z"))
            .unwrap();
        assert_eq!(
            s.update("T1", 1, "draft", "{\"a\":1}", "2026-11-30T00:00:00Z")
                .unwrap(),
            Write::Gone
        );
        assert!(s.revoke("A2", "k", NOW).unwrap());
        assert_eq!(
            s.update("T2", 1, "draft", "{\"a\":1}", NOW).unwrap(),
            Write::Gone
        );
        assert_eq!(s.assessment("A1").unwrap().unwrap().body, "{}");
        assert_eq!(s.assessment("A2").unwrap().unwrap().body, "{}");
    }

    /// An assessment's family part never expires by draft age; anonymous drafts do.
    #[test]
    fn assessments_are_not_swept_as_old_drafts() {
        let s = Sqlite::in_memory(Settings::default()).unwrap();
        s.create(&new_assessment("A1", "T1", "2027-01-01T00:00:00Z"))
            .unwrap();
        let (anon, _, _) = ok(s.insert("f", "draft", "{}", None).unwrap());
        s.writer()
            .execute_batch("UPDATE responses SET updated_at = datetime('now', '-100 days')")
            .unwrap();
        assert!(s.get(&anon).unwrap().is_none());
        assert!(s.get("T1").unwrap().is_some());
        assert_eq!(s.expire().unwrap(), 1);
        assert!(s.assessment("A1").unwrap().is_some());
    }

    #[test]
    fn the_audit_log_is_append_only() {
        let s = Sqlite::in_memory(Settings::default()).unwrap();
        s.create(&new_assessment("A1", "T1", "2027-01-01T00:00:00Z"))
            .unwrap();
        let w = s.writer();
        for sql in [
            "UPDATE audit SET actor = 'someone else'",
            "DELETE FROM audit",
        ] {
            let e = w.execute_batch(sql).unwrap_err();
            assert!(
                e.to_string().contains("the audit log is append-only"),
                "{e}"
            );
        }
        drop(w);
        assert_eq!(s.audit("A1").unwrap().len(), 1);
    }

    #[test]
    fn keys_have_unique_names_and_are_revoked_once() {
        let s = Sqlite::in_memory(Settings::default()).unwrap();
        let key = |name: &str, id: &str| KeyRecord {
            name: name.to_string(),
            key_id: id.to_string(),
            hash: vec![7; 32],
            created_at: NOW.to_string(),
            revoked_at: None,
        };
        assert!(s.add_key(&key("a", "id1")).unwrap());
        assert!(!s.add_key(&key("a", "id2")).unwrap());
        assert!(s.add_key(&key("b", "id3")).unwrap());
        assert_eq!(s.key("id1").unwrap(), Some(key("a", "id1")));
        assert!(s.key("id2").unwrap().is_none());
        assert!(s.revoke_key("a", NOW).unwrap());
        assert!(!s.revoke_key("a", NOW).unwrap());
        assert!(!s.revoke_key("zz", NOW).unwrap());
        let names: Vec<(String, Option<String>)> = s
            .keys()
            .unwrap()
            .into_iter()
            .map(|k| (k.name, k.revoked_at))
            .collect();
        assert_eq!(
            names,
            vec![("a".into(), Some(NOW.into())), ("b".into(), None)]
        );
    }

    /// Erasure leaves nothing of the assessment's answers or case reference in the database
    /// file or its WAL: the freed pages are overwritten and the WAL truncated.
    #[test]
    fn an_erased_assessment_leaves_nothing_on_disk() {
        let dir = std::env::temp_dir().join(format!("arvio-store-erase-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("a.sqlite3");
        let s = Sqlite::open(&path, Settings::default()).unwrap();
        let mut a = new_assessment("A1", "TOKENERASED7Q", "2027-01-01T00:00:00Z");
        a.case_ref = Some("CASEREF-QX7Z".into());
        s.create(&a).unwrap();
        s.create(&new_assessment("A2", "T2", "2027-01-01T00:00:00Z"))
            .unwrap();
        ok(s.update(
            "TOKENERASED7Q",
            1,
            "draft",
            "{\"a\":\"SECRETANSWER-9K\"}",
            NOW,
        )
        .unwrap());
        s.write_worker("A1", 2, "{\"w\":\"WORKERNOTE-5P\"}", "k", NOW)
            .unwrap();
        let on_disk = |needle: &str| {
            ["", "-wal"].iter().any(|suffix| {
                let mut p = path.as_os_str().to_owned();
                p.push(suffix);
                std::fs::read(&p)
                    .is_ok_and(|bytes| bytes.windows(needle.len()).any(|w| w == needle.as_bytes()))
            })
        };
        assert!(on_disk("SECRETANSWER-9K"));
        assert!(s.delete("A1", "k", NOW).unwrap());
        for needle in [
            "SECRETANSWER-9K",
            "WORKERNOTE-5P",
            "CASEREF-QX7Z",
            "TOKENERASED7Q",
        ] {
            assert!(!on_disk(needle), "{needle} is still on disk");
        }
        assert!(s.assessment("A2").unwrap().is_some());
        drop(s);
        let _ = std::fs::remove_dir_all(&dir);
    }
}
