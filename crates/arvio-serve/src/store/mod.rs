//! The store: responses and drafts under unguessable tokens, assessments that a case system
//! creates (with the family's link, its expiry and revocation, and the worker's answers),
//! API keys (their hashes only) and the append-only audit log.
//!
//! Two back ends behave the same, under the same tests:
//!
//! - **SQLite** ([`sqlite`]), the embedded default: one file, one write connection and a few
//!   read connections, every call on Tokio's blocking pool;
//! - **PostgreSQL** ([`pg`]), for more than one server on one database: a connection pool,
//!   every write a single statement or a transaction, so that two servers writing to one
//!   assessment resolve by revision (one wins, the other is told it is stale).
//!
//! [`Store`] is the one entry point; each of its methods calls the same-named method of the
//! back end. A new back end is a module with those methods and a variant here.
//!
//! Nothing in an error's `Display` or [`StoreError::code`] comes from what is stored.

mod pg;
mod sqlite;

pub(crate) use sqlite::Settings;
use std::sync::Arc;

/// Why the store failed. Carries no answer content, no statement, no parameter.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum StoreError {
    /// The database's write lock was held longer than the busy timeout (retryable).
    #[error("database busy (SQLite code {0})")]
    Busy(i32),
    /// SQLite reported an error (opening, creating the table, reading or writing).
    #[error("database error: {0}")]
    Sqlite(#[from] rusqlite::Error),
    /// PostgreSQL reported an error, or the connection to it failed: only its SQLSTATE code
    /// (or the kind of failure) is shown, since the server's own message can quote a value.
    #[error("database error ({})", pg::describe(.0))]
    Postgres(#[source] tokio_postgres::Error),
    /// No PostgreSQL connection could be had from the pool (the server is down, or every
    /// connection is in use past the busy timeout).
    #[error("database unavailable ({0})")]
    Pool(&'static str),
    /// The database's address (`postgres://…`) or schema name is not one that can be used.
    #[error("bad database address: {0}")]
    Address(&'static str),
    /// The database file's permissions could not be set.
    #[error("cannot set the database file's permissions: {0}")]
    Permissions(std::io::Error),
    /// The system random number generator failed.
    #[error("no randomness available for a token")]
    Random,
    /// A database call did not finish (its thread panicked or was cancelled).
    #[error("a database call did not finish")]
    Task,
}

impl StoreError {
    /// What is logged of the failure: its kind and the database's numeric result code (SQLite
    /// extended code, PostgreSQL SQLSTATE); never a statement, a parameter or anything stored.
    pub fn code(&self) -> String {
        match self {
            StoreError::Busy(code) => format!("busy (SQLite code {code})"),
            StoreError::Sqlite(e) => match e.sqlite_error() {
                Some(f) => format!("database (SQLite code {}: {:?})", f.extended_code, f.code),
                None => "database (no SQLite code)".to_string(),
            },
            StoreError::Postgres(e) => format!("database (PostgreSQL {})", pg::describe(e)),
            StoreError::Pool(why) => format!("unavailable (PostgreSQL pool: {why})"),
            StoreError::Address(why) => format!("address ({why})"),
            StoreError::Permissions(e) => format!("permissions ({:?})", e.kind()),
            StoreError::Random => "randomness".to_string(),
            StoreError::Task => "task".to_string(),
        }
    }

    /// A short name of the failure, for a metrics label (`busy`, `io`, `constraint`, ...).
    pub fn label(&self) -> &'static str {
        use rusqlite::ErrorCode;
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
            StoreError::Postgres(e) => pg::label(e),
            StoreError::Pool(_) => "unavailable",
            StoreError::Address(_) => "address",
            StoreError::Permissions(_) => "permissions",
            StoreError::Random => "random",
            StoreError::Task => "task",
        }
    }

    /// Whether the failure is worth a retry: SQLite's write lock held too long, PostgreSQL's
    /// lock or serialization conflict, or no pooled connection free in time.
    pub fn is_busy(&self) -> bool {
        match self {
            StoreError::Busy(_) | StoreError::Pool(_) => true,
            StoreError::Postgres(e) => pg::is_busy(e),
            _ => false,
        }
    }
}

/// What a write of the family's part found.
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
    /// The token is an assessment's family link that was revoked or has expired: nothing was
    /// written.
    Gone,
}

/// A stored response, as the family's link finds it.
#[derive(Debug, Clone)]
pub(crate) struct Stored {
    pub form: String,
    /// The family part's revision.
    pub revision: i64,
    /// `draft` or `submitted`, as written with the body.
    pub status: String,
    /// The family's response (JSON); an assessment's worker answers are kept apart.
    pub body: String,
    /// The reference number of a sent response.
    pub receipt: Option<String>,
    /// The assessment's id when the response is one a case system created.
    pub assessment: Option<String>,
    /// When the family's link stops working (RFC 3339, UTC), for an assessment.
    pub expires_at: Option<String>,
    /// Whether the family's link was revoked.
    pub revoked: bool,
}

/// A new assessment, with its id, token and times made by the caller.
#[derive(Debug, Clone)]
pub(crate) struct NewAssessment {
    pub id: String,
    /// The family's link token.
    pub token: String,
    pub form: String,
    pub language: String,
    pub case_ref: Option<String>,
    /// The family's blank response (JSON), at revision 1.
    pub body: String,
    pub created_at: String,
    pub expires_at: String,
    /// Who creates it (an API key's name), for the audit log.
    pub actor: String,
}

/// An assessment as stored: the family's part and the worker's part, each with its revision.
/// The assessment's revision is the sum of the two: it grows with every write to either.
#[derive(Debug, Clone)]
pub(crate) struct AssessmentRow {
    pub id: String,
    pub token: String,
    pub form: String,
    pub language: String,
    pub case_ref: Option<String>,
    pub created_at: String,
    pub expires_at: String,
    pub revoked: bool,
    /// The family part: revision (1 when never written), status, response JSON, receipt.
    pub family_revision: i64,
    pub status: String,
    pub body: String,
    pub receipt: Option<String>,
    /// The worker part: revision (0 when never written) and its answers (a JSON object).
    pub worker_revision: i64,
    pub worker_body: Option<String>,
}

impl AssessmentRow {
    /// The assessment's revision: grows with every write to either part.
    pub fn revision(&self) -> i64 {
        self.family_revision + self.worker_revision
    }
}

/// What a write of the worker's part found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum WorkerWrite {
    /// Written: the assessment's new revision.
    Ok { revision: i64 },
    /// The assessment is no longer at the revision given: its revision now.
    Stale { revision: i64 },
    /// No such assessment.
    Missing,
}

/// One line of the audit log: who did what to which assessment, when. Never content.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct AuditEntry {
    /// Order of entries (grows).
    pub seq: i64,
    /// When (RFC 3339, UTC).
    pub at: String,
    /// An API key's name, or `family link`.
    pub actor: String,
    /// `created`, `read`, `wrote`, `sent`, `printed`, `revoked` or `deleted`.
    pub action: String,
    pub assessment: String,
    /// The part written or read (`family`, `worker`), or the copy printed.
    pub part: Option<String>,
    /// The format printed (`pdf`, `html`, `text`, `json`).
    pub format: Option<String>,
}

/// An audit line to append (its `seq` and time are the store's).
#[derive(Debug, Clone)]
pub(crate) struct NewAudit {
    pub actor: String,
    pub action: &'static str,
    pub assessment: String,
    pub part: Option<&'static str>,
    pub format: Option<&'static str>,
}

/// The actor of what the family does through its link.
pub(crate) const FAMILY_ACTOR: &str = "family link";

/// An API key as stored: its name, public id, the SHA-256 of the whole key, and when it was
/// made and revoked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct KeyRecord {
    pub name: String,
    pub key_id: String,
    pub hash: Vec<u8>,
    pub created_at: String,
    pub revoked_at: Option<String>,
}

/// Where the data is: a SQLite file (or memory) or a PostgreSQL database.
#[derive(Clone)]
pub(crate) enum Store {
    Sqlite(Arc<sqlite::Sqlite>),
    Postgres(Arc<pg::Pg>),
}

/// Runs a SQLite call on the blocking pool, or awaits the PostgreSQL one.
macro_rules! call {
    ($self:expr, $s:ident => $sync:expr, $p:ident => $async:expr) => {
        match $self {
            Store::Sqlite(db) => {
                let $s = Arc::clone(db);
                tokio::task::spawn_blocking(move || $sync)
                    .await
                    .unwrap_or(Err(StoreError::Task))
            }
            Store::Postgres($p) => $async.await,
        }
    };
}

impl Store {
    /// A SQLite file (created private to its owner).
    pub fn sqlite(path: &std::path::Path, settings: Settings) -> Result<Store, StoreError> {
        Ok(Store::Sqlite(Arc::new(sqlite::Sqlite::open(
            path, settings,
        )?)))
    }

    /// An in-memory SQLite database (tests).
    pub fn memory(settings: Settings) -> Result<Store, StoreError> {
        Ok(Store::Sqlite(Arc::new(sqlite::Sqlite::in_memory(
            settings,
        )?)))
    }

    /// A PostgreSQL database at `url` (`postgres://…`), its tables in `schema` (created if
    /// missing) or the default `public`. Connects lazily: [`Store::ready`] connects and
    /// creates the tables.
    pub fn postgres(
        url: &str,
        schema: Option<&str>,
        settings: Settings,
    ) -> Result<Store, StoreError> {
        Ok(Store::Postgres(Arc::new(pg::Pg::new(
            url, schema, settings,
        )?)))
    }

    /// Connects and creates or updates the tables (SQLite did so when opened).
    pub async fn ready(&self) -> Result<(), StoreError> {
        match self {
            Store::Sqlite(_) => Ok(()),
            Store::Postgres(p) => p.ready().await,
        }
    }

    /// Deletes the unsent anonymous drafts not saved for `draft_days` days; the number deleted.
    pub async fn expire(&self) -> Result<usize, StoreError> {
        call!(self, s => s.expire(), p => p.expire())
    }

    /// Whether the database answers.
    pub async fn ping(&self) -> Result<(), StoreError> {
        call!(self, s => s.ping(), p => p.ping())
    }

    /// Stores a new anonymous response (no assessment) under a new token, at revision 1.
    /// `once` is the blank page's one-time key: a second post from the same page finds the
    /// first instead of making a second response.
    pub async fn insert(
        &self,
        form: String,
        status: &'static str,
        body: String,
        once: Option<String>,
    ) -> Result<Write, StoreError> {
        call!(self,
            s => s.insert(&form, status, &body, once.as_deref()),
            p => p.insert(&form, status, &body, once.as_deref()))
    }

    /// Replaces the family's response under `token` if it is still at `revision`, not yet
    /// sent, and (for an assessment) its link neither revoked nor expired at `now` (RFC
    /// 3339). An assessment's write is audited (`wrote` or `sent`, by the family link) in the
    /// same transaction.
    pub async fn update(
        &self,
        token: String,
        revision: i64,
        status: &'static str,
        body: String,
        now: String,
    ) -> Result<Write, StoreError> {
        call!(self,
            s => s.update(&token, revision, status, &body, &now),
            p => p.update(&token, revision, status, &body, &now))
    }

    /// The response under `token` (an expired anonymous draft is not found; an assessment's
    /// is found with its link's state, for the caller to answer `410`).
    pub async fn get(&self, token: String) -> Result<Option<Stored>, StoreError> {
        call!(self, s => s.get(&token), p => p.get(&token))
    }

    /// Creates an assessment (and audits it) in one transaction.
    pub async fn create(&self, new: NewAssessment) -> Result<(), StoreError> {
        call!(self, s => s.create(&new), p => p.create(&new))
    }

    /// The assessment with this id.
    pub async fn assessment(&self, id: String) -> Result<Option<AssessmentRow>, StoreError> {
        call!(self, s => s.assessment(&id), p => p.assessment(&id))
    }

    /// Replaces the worker's answers if the assessment is still at `revision` (the sum of
    /// both parts' revisions), audited (`wrote`, part `worker`) in the same transaction.
    pub async fn write_worker(
        &self,
        id: String,
        revision: i64,
        body: String,
        actor: String,
        now: String,
    ) -> Result<WorkerWrite, StoreError> {
        call!(self,
            s => s.write_worker(&id, revision, &body, &actor, &now),
            p => p.write_worker(&id, revision, &body, &actor, &now))
    }

    /// Revokes the family's link (audited); whether the assessment exists.
    pub async fn revoke(&self, id: String, actor: String, now: String) -> Result<bool, StoreError> {
        call!(self, s => s.revoke(&id, &actor, &now), p => p.revoke(&id, &actor, &now))
    }

    /// Erases the assessment: its row is deleted (the audit log keeps only its id, and
    /// records the deletion); whether it existed.
    pub async fn delete(&self, id: String, actor: String, now: String) -> Result<bool, StoreError> {
        call!(self, s => s.delete(&id, &actor, &now), p => p.delete(&id, &actor, &now))
    }

    /// Appends a line to the audit log, at `now` (RFC 3339).
    pub async fn record(&self, entry: NewAudit, now: String) -> Result<(), StoreError> {
        call!(self, s => s.record(&entry, &now), p => p.record(&entry, &now))
    }

    /// The audit log of one assessment, oldest first.
    pub async fn audit(&self, id: String) -> Result<Vec<AuditEntry>, StoreError> {
        call!(self, s => s.audit(&id), p => p.audit(&id))
    }

    /// Adds an API key; `false` when a key of that name exists already.
    pub async fn add_key(&self, key: KeyRecord) -> Result<bool, StoreError> {
        call!(self, s => s.add_key(&key), p => p.add_key(&key))
    }

    /// Every API key, by name.
    pub async fn keys(&self) -> Result<Vec<KeyRecord>, StoreError> {
        call!(self, s => s.keys(), p => p.keys())
    }

    /// Revokes the key of that name at `now`; `false` when there is none (or it was revoked).
    pub async fn revoke_key(&self, name: String, now: String) -> Result<bool, StoreError> {
        call!(self, s => s.revoke_key(&name, &now), p => p.revoke_key(&name, &now))
    }

    /// The key with this public id.
    pub async fn key(&self, key_id: String) -> Result<Option<KeyRecord>, StoreError> {
        call!(self, s => s.key(&key_id), p => p.key(&key_id))
    }
}

/// The time now as RFC 3339 in UTC, to the second (`2026-11-29T20:40:00Z`): every time the
/// store keeps is in this form, so that times compare as text.
pub(crate) fn rfc3339(t: arvio_core::chrono::DateTime<arvio_core::chrono::Utc>) -> String {
    t.format("%Y-%m-%dT%H:%M:%SZ").to_string()
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

pub(crate) fn base64url(bytes: &[u8]) -> String {
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
}
