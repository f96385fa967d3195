//! The PostgreSQL back end: for more than one server on one database.
//!
//! - A pool of connections (16), made lazily: [`Pg::new`] only reads the address;
//!   [`Pg::ready`] connects and creates or updates the tables (once; every other call makes
//!   sure of it first). Waiting for a free connection longer than the busy timeout fails with
//!   [`StoreError::Pool`] (retryable); so does a server that cannot be reached.
//! - Every connection has `lock_timeout` set to the busy timeout: a write that waits that long
//!   for a row lock fails with SQLSTATE `55P03`, which [`is_busy`] counts as retryable.
//! - Every write is a single statement (an audited write is one statement too: the write and
//!   its audit line as data-modifying `WITH` parts, which commit or fail together). Under
//!   `READ COMMITTED` an `UPDATE … WHERE token = $1 AND revision = $2` that waited for another
//!   server's write of the same row re-checks its condition on the new row, finds it no longer
//!   holds and changes nothing: two servers writing from one revision resolve with one write
//!   and one `Stale`, never a lost write.
//! - The blank page's one-time key is a unique column: `INSERT … ON CONFLICT (once) DO
//!   NOTHING`, then the row that holds the key is read and answered as SQLite does.
//! - The tables are created in one transaction under an advisory lock (two servers starting
//!   at once on one database take turns), and `arvio_schema_version` records the steps taken.
//! - Times are the RFC 3339 text the callers give, compared as text (columns collated `"C"`);
//!   `updated_at` alone is the database's `now()`, for the draft expiry.
//! - The audit table refuses `UPDATE`, `DELETE` and `TRUNCATE` (triggers).
//! - An erased assessment's row is deleted; PostgreSQL keeps the dead row version in the
//!   table's pages until (auto)vacuum reclaims it (and in its write-ahead log and backups
//!   until they are recycled).
//! - Connections are made without TLS (a local or otherwise protected network);
//!   `sslmode=require` in the address is refused.

use super::{
    AssessmentRow, AuditEntry, FAMILY_ACTOR, KeyRecord, NewAssessment, NewAudit, Settings,
    StoreError, Stored, WorkerWrite, Write, new_receipt, new_token,
};
use deadpool_postgres::{
    Manager, ManagerConfig, Object, Pool, PoolError, RecyclingMethod, Runtime, TimeoutType,
};
use std::str::FromStr;
use std::time::Duration;
use tokio_postgres::{NoTls, Row};

/// The SQLSTATE code (or kind of failure) of a PostgreSQL error, never its message (which can
/// quote a stored value).
pub(super) fn describe(e: &tokio_postgres::Error) -> String {
    match e.code() {
        Some(code) => format!("SQLSTATE {}", code.code()),
        None => kind(e).to_string(),
    }
}

/// The kind of a failure that is not the server's error: a fixed word from the client's own
/// (fixed) description of it.
fn kind(e: &tokio_postgres::Error) -> &'static str {
    if e.is_closed() {
        return "closed";
    }
    let text = e.to_string();
    let kinds: [(&str, &'static str); 15] = [
        ("error communicating with the server", "io"),
        ("unexpected message from server", "protocol"),
        ("error parsing response from server", "protocol"),
        ("error encoding message to server", "protocol"),
        ("error performing TLS handshake", "tls"),
        ("error serializing parameter", "encode"),
        ("error deserializing column", "decode"),
        ("invalid column", "column"),
        ("query returned an unexpected number of columns", "column"),
        ("query returned an unexpected number of rows", "rows"),
        ("expected ", "parameters"),
        ("authentication error", "authentication"),
        ("invalid connection string", "config"),
        ("invalid configuration", "config"),
        ("error connecting to server", "connect"),
    ];
    if text.starts_with("timeout waiting for server") {
        return "timeout";
    }
    kinds
        .iter()
        .find(|(prefix, _)| text.starts_with(prefix))
        .map_or("other", |&(_, word)| word)
}

/// Whether the failure is the connection's (the server gone, unreachable or not answering),
/// not a statement's.
fn connection_failed(e: &tokio_postgres::Error) -> bool {
    e.code().is_none() && matches!(kind(e), "closed" | "io" | "connect" | "timeout")
}

/// A metrics label for a PostgreSQL error.
pub(super) fn label(e: &tokio_postgres::Error) -> &'static str {
    let Some(code) = e.code() else {
        return if connection_failed(e) {
            "unavailable"
        } else {
            "library"
        };
    };
    match code.code() {
        "40001" | "40P01" | "55P03" => "busy",
        "53300" => "unavailable",
        "53100" => "full",
        "25006" => "readonly",
        "57014" => "cancelled",
        c if c.starts_with("08") || c.starts_with("57P") => "unavailable",
        c if c.starts_with("23") => "constraint",
        c if c.starts_with("53") || c.starts_with("54") => "resources",
        c if c.starts_with("28") => "authentication",
        c if c.starts_with("42") || c.starts_with("3F") || c.starts_with("3D") => "schema",
        _ => "other",
    }
}

/// Whether a PostgreSQL error is worth a retry: a serialization failure or deadlock, a row
/// lock held past `lock_timeout`, too many connections, a server starting or shutting down,
/// or the connection itself failing.
pub(super) fn is_busy(e: &tokio_postgres::Error) -> bool {
    match e.code() {
        Some(code) => {
            let code = code.code();
            matches!(
                code,
                "40001" | "40P01" | "55P03" | "53300" | "57P01" | "57P02" | "57P03"
            ) || code.starts_with("08")
        }
        None => connection_failed(e),
    }
}

fn pg(e: tokio_postgres::Error) -> StoreError {
    StoreError::Postgres(e)
}

/// A failure to get a pooled connection: the server's own refusal (bad password, no such
/// database) keeps its SQLSTATE; the rest is [`StoreError::Pool`] (retryable).
fn pool(e: PoolError) -> StoreError {
    match e {
        PoolError::Timeout(TimeoutType::Wait) => StoreError::Pool("no connection free in time"),
        PoolError::Timeout(TimeoutType::Create) => StoreError::Pool("connecting timed out"),
        PoolError::Timeout(TimeoutType::Recycle) => StoreError::Pool("recycling timed out"),
        PoolError::Backend(e) if e.code().is_some() => StoreError::Postgres(e),
        PoolError::Backend(_) => StoreError::Pool("cannot connect"),
        PoolError::Closed => StoreError::Pool("closed"),
        PoolError::NoRuntimeSpecified => StoreError::Pool("no runtime"),
        PoolError::PostCreateHook(_) => StoreError::Pool("connection setup failed"),
    }
}

/// The pool's size.
const POOL_SIZE: usize = 16;

/// The first key of the advisory lock the table creation takes (`arvi`); the second is the
/// schema's name hashed ([`lock_key`]).
const LOCK_CLASS: i32 = 0x6172_7669;

/// The schema's name hashed (32-bit FNV-1a): the same in every server, whatever its version.
fn lock_key(schema: &str) -> i32 {
    let h = schema.bytes().fold(0x811c_9dc5_u32, |h, b| {
        (h ^ u32::from(b)).wrapping_mul(0x0100_0193)
    });
    i32::from_ne_bytes(h.to_ne_bytes())
}

/// The steps of the tables' creation, in order: `arvio_schema_version` holds the number of
/// each one taken.
const STEPS: &[&str] = &[
    // 1: responses (anonymous and assessments), the audit log, API keys.
    "CREATE TABLE responses (
         token           text PRIMARY KEY,
         form            text NOT NULL,
         revision        bigint NOT NULL,
         status          text NOT NULL,
         body            text NOT NULL,
         updated_at      timestamptz NOT NULL DEFAULT now(),
         receipt         text,
         sent_from       bigint,
         once            text,
         id              text,
         case_ref        text,
         language        text,
         created_at      text COLLATE \"C\",
         expires_at      text COLLATE \"C\",
         revoked         boolean NOT NULL DEFAULT false,
         worker_revision bigint NOT NULL DEFAULT 0,
         worker_body     text
     );
     CREATE UNIQUE INDEX responses_receipt ON responses (receipt);
     CREATE UNIQUE INDEX responses_once ON responses (once);
     CREATE UNIQUE INDEX responses_id ON responses (id);
     CREATE INDEX responses_drafts ON responses (updated_at)
         WHERE status = 'draft' AND id IS NULL;
     CREATE TABLE audit (
         seq        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
         at         text COLLATE \"C\" NOT NULL,
         actor      text NOT NULL,
         action     text NOT NULL,
         assessment text NOT NULL,
         part       text,
         format     text
     );
     CREATE INDEX audit_assessment ON audit (assessment, seq);
     CREATE FUNCTION arvio_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
         BEGIN RAISE EXCEPTION 'the audit log is append-only'; END $$;
     CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
         FOR EACH ROW EXECUTE FUNCTION arvio_audit_append_only();
     CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
         FOR EACH ROW EXECUTE FUNCTION arvio_audit_append_only();
     CREATE TRIGGER audit_no_truncate BEFORE TRUNCATE ON audit
         FOR EACH STATEMENT EXECUTE FUNCTION arvio_audit_append_only();
     CREATE TABLE api_keys (
         name       text COLLATE \"C\" PRIMARY KEY,
         key_id     text NOT NULL UNIQUE,
         hash       bytea NOT NULL,
         created_at text COLLATE \"C\" NOT NULL,
         revoked_at text COLLATE \"C\"
     );",
];

/// The condition of a lookup by token that hides an expired anonymous draft, with the
/// drafts' age in days as `$2` (`NULL`: kept). A literal, for `concat!`: statements stay
/// constant (and cached).
macro_rules! live {
    () => {
        "AND ($2::integer IS NULL OR status <> 'draft' OR id IS NOT NULL
              OR updated_at >= now() - make_interval(days => $2::integer))"
    };
}

const GET: &str = concat!(
    "SELECT form, revision, status, body, receipt, id, expires_at, revoked
     FROM responses WHERE token = $1 ",
    live!()
);

const FOUND: &str = concat!(
    "SELECT status, body, receipt, sent_from, revoked, expires_at
     FROM responses WHERE token = $1 ",
    live!()
);

const INSERT: &str =
    "INSERT INTO responses (token, form, revision, status, body, receipt, sent_from, once)
     VALUES ($1, $2, 1, $3, $4, $5::text, CASE WHEN $5::text IS NULL THEN NULL ELSE 0 END, $6)
     ON CONFLICT (once) DO NOTHING
     RETURNING token";

const BY_ONCE: &str =
    "SELECT token, revision, status, body, receipt, sent_from FROM responses WHERE once = $1";

/// The family's write and, for an assessment, its audit line: one statement.
const UPDATE: &str = "WITH u AS (
         UPDATE responses SET revision = revision + 1, status = $3, body = $4,
             receipt = $5::text,
             sent_from = CASE WHEN $5::text IS NULL THEN NULL ELSE $2::bigint END,
             updated_at = now()
         WHERE token = $1 AND revision = $2::bigint AND status <> 'submitted'
             AND ($6::integer IS NULL OR status <> 'draft' OR id IS NOT NULL
                  OR updated_at >= now() - make_interval(days => $6::integer))
             AND NOT revoked AND (expires_at IS NULL OR expires_at > $7::text)
         RETURNING id
     ), a AS (
         INSERT INTO audit (at, actor, action, assessment, part)
         SELECT $7::text, $8::text, CASE WHEN $5::text IS NULL THEN 'wrote' ELSE 'sent' END,
             id, 'family'
         FROM u WHERE id IS NOT NULL
     )
     SELECT id FROM u";

const CREATE: &str = "WITH i AS (
         INSERT INTO responses (token, form, revision, status, body, id, case_ref, language,
             created_at, expires_at)
         VALUES ($1, $2, 1, 'draft', $3, $4, $5, $6, $7::text, $8)
         RETURNING id
     )
     INSERT INTO audit (at, actor, action, assessment)
     SELECT $7::text, $9, 'created', id FROM i";

const ASSESSMENT: &str =
    "SELECT id, token, form, language, case_ref, created_at, expires_at, revoked,
         revision, status, body, receipt, worker_revision, worker_body
     FROM responses WHERE id = $1";

const WRITE_WORKER: &str = "WITH u AS (
         UPDATE responses SET worker_revision = worker_revision + 1, worker_body = $3,
             updated_at = now()
         WHERE id = $1 AND revision + worker_revision = $2
         RETURNING id, revision + worker_revision AS revision
     ), a AS (
         INSERT INTO audit (at, actor, action, assessment, part)
         SELECT $5, $4, 'wrote', id, 'worker' FROM u
     )
     SELECT revision FROM u";

const REVOKE: &str = "WITH u AS (
         UPDATE responses SET revoked = true WHERE id = $1 RETURNING id
     ), a AS (
         INSERT INTO audit (at, actor, action, assessment) SELECT $3, $2, 'revoked', id FROM u
     )
     SELECT id FROM u";

const DELETE: &str = "WITH d AS (
         DELETE FROM responses WHERE id = $1 RETURNING id
     ), a AS (
         INSERT INTO audit (at, actor, action, assessment) SELECT $3, $2, 'deleted', id FROM d
     )
     SELECT id FROM d";

const KEY_COLUMNS: &str = "name, key_id, hash, created_at, revoked_at";

pub(crate) struct Pg {
    pool: Pool,
    /// The schema the tables are in (`None`: the connection's default, `public`).
    schema: Option<String>,
    /// How old an unsent anonymous draft may be, in days; `None` when drafts never expire.
    age: Option<i32>,
    /// Set once the tables are there.
    ready: tokio::sync::OnceCell<()>,
}

/// Whether `s` is a schema name used as is: `[a-z_][a-z0-9_]{0,62}`, not PostgreSQL's own
/// (`pg_…`).
fn plain_identifier(s: &str) -> bool {
    let b = s.as_bytes();
    !b.is_empty()
        && b.len() <= 63
        && (b[0].is_ascii_lowercase() || b[0] == b'_')
        && b.iter()
            .all(|&c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == b'_')
        && !s.starts_with("pg_")
}

impl Pg {
    /// A pool of connections to the database at `url`, its tables in `schema` (created if
    /// missing) or the default. Does not connect: [`Pg::ready`] does.
    pub fn new(url: &str, schema: Option<&str>, settings: Settings) -> Result<Pg, StoreError> {
        let mut config = tokio_postgres::Config::from_str(url)
            .map_err(|_| StoreError::Address("not a PostgreSQL address"))?;
        if config.get_hosts().is_empty() {
            return Err(StoreError::Address("no host in the PostgreSQL address"));
        }
        if config.get_ssl_mode() == tokio_postgres::config::SslMode::Require {
            return Err(StoreError::Address(
                "sslmode=require: connections without TLS only",
            ));
        }
        if let Some(s) = schema
            && !plain_identifier(s)
        {
            return Err(StoreError::Address(
                "the schema name must be [a-z_][a-z0-9_]*, at most 63 characters, not pg_…",
            ));
        }
        let busy = settings.busy_timeout;
        // `lock_timeout = 0` would wait for ever: at least one millisecond.
        let lock_ms = busy.as_millis().clamp(1, i32::MAX as u128);
        let mut options = config.get_options().unwrap_or_default().to_string();
        if !options.is_empty() {
            options.push(' ');
        }
        options.push_str(&format!("-c lock_timeout={lock_ms}"));
        if let Some(s) = schema {
            options.push_str(&format!(" -c search_path={s}"));
        }
        config.options(options);
        if config.get_application_name().is_none() {
            config.application_name("arvio-serve");
        }
        let manager = Manager::from_config(
            config,
            NoTls,
            ManagerConfig {
                recycling_method: RecyclingMethod::Fast,
            },
        );
        // Connecting is given at least two seconds, whatever the busy timeout.
        let connect = busy.max(Duration::from_secs(2));
        let pool = Pool::builder(manager)
            .max_size(POOL_SIZE)
            .runtime(Runtime::Tokio1)
            .wait_timeout(Some(busy))
            .create_timeout(Some(connect))
            .recycle_timeout(Some(connect))
            .build()
            .map_err(|_| StoreError::Pool("cannot build the pool"))?;
        Ok(Pg {
            pool,
            schema: schema.map(str::to_string),
            age: (settings.draft_days != 0)
                .then(|| i32::try_from(settings.draft_days).unwrap_or(i32::MAX)),
            ready: tokio::sync::OnceCell::new(),
        })
    }

    /// Connects and creates or updates the tables (the first time; later calls return at
    /// once).
    pub async fn ready(&self) -> Result<(), StoreError> {
        self.ready
            .get_or_try_init(|| self.migrate())
            .await
            .map(|_| ())
    }

    /// The tables' creation: one transaction, under an advisory lock on the schema's name so
    /// that two servers starting at once take turns.
    async fn migrate(&self) -> Result<(), StoreError> {
        let mut client = self.pool.get().await.map_err(pool)?;
        let tx = client.transaction().await.map_err(pg)?;
        // The lock may be held by another server creating the tables: wait for it longer
        // than for a row.
        tx.batch_execute("SET LOCAL lock_timeout = '60s'")
            .await
            .map_err(pg)?;
        let key = lock_key(self.schema.as_deref().unwrap_or(""));
        tx.execute("SELECT pg_advisory_xact_lock($1, $2)", &[&LOCK_CLASS, &key])
            .await
            .map_err(pg)?;
        if let Some(s) = &self.schema {
            // Checked first: `CREATE SCHEMA IF NOT EXISTS` wants the right to create one
            // even when it exists.
            let exists = tx
                .query_opt("SELECT 1 FROM pg_namespace WHERE nspname = $1", &[s])
                .await
                .map_err(pg)?
                .is_some();
            if !exists {
                tx.batch_execute(&format!("CREATE SCHEMA \"{s}\""))
                    .await
                    .map_err(pg)?;
            }
            tx.batch_execute(&format!("SET LOCAL search_path TO \"{s}\""))
                .await
                .map_err(pg)?;
        }
        let versioned = tx
            .query_one(
                "SELECT to_regclass('arvio_schema_version') IS NOT NULL",
                &[],
            )
            .await
            .map_err(pg)?
            .try_get::<_, bool>(0)
            .map_err(pg)?;
        if !versioned {
            tx.batch_execute(
                "CREATE TABLE arvio_schema_version (
                     version    integer PRIMARY KEY,
                     applied_at timestamptz NOT NULL DEFAULT now()
                 )",
            )
            .await
            .map_err(pg)?;
        }
        let version: i32 = tx
            .query_one(
                "SELECT coalesce(max(version), 0) FROM arvio_schema_version",
                &[],
            )
            .await
            .map_err(pg)?
            .try_get(0)
            .map_err(pg)?;
        for (i, step) in STEPS.iter().enumerate() {
            let n = i32::try_from(i + 1).unwrap_or(i32::MAX);
            if n <= version {
                continue;
            }
            tx.batch_execute(step).await.map_err(pg)?;
            tx.execute(
                "INSERT INTO arvio_schema_version (version) VALUES ($1)",
                &[&n],
            )
            .await
            .map_err(pg)?;
        }
        tx.commit().await.map_err(pg)
    }

    /// A pooled connection, the tables being there.
    async fn client(&self) -> Result<Object, StoreError> {
        self.ready().await?;
        self.pool.get().await.map_err(pool)
    }

    /// Deletes the unsent anonymous drafts not saved for `draft_days` days; the number
    /// deleted.
    pub async fn expire(&self) -> Result<usize, StoreError> {
        let client = self.client().await?;
        let Some(age) = self.age else {
            return Ok(0);
        };
        let n = client
            .execute(
                "DELETE FROM responses WHERE status = 'draft' AND id IS NULL
                     AND updated_at < now() - make_interval(days => $1::integer)",
                &[&age],
            )
            .await
            .map_err(pg)?;
        Ok(usize::try_from(n).unwrap_or(usize::MAX))
    }

    /// Whether the database answers.
    pub async fn ping(&self) -> Result<(), StoreError> {
        let client = self.client().await?;
        let st = client.prepare_cached("SELECT 1").await.map_err(pg)?;
        client.query_one(&st, &[]).await.map(|_| ()).map_err(pg)
    }

    /// Stores a new response under a new token, at revision 1; with a one-time key already
    /// used, answers from the response that holds it (as SQLite does).
    pub async fn insert(
        &self,
        form: &str,
        status: &str,
        body: &str,
        once: Option<&str>,
    ) -> Result<Write, StoreError> {
        let receipt = (status == "submitted").then(new_receipt).transpose()?;
        let client = self.client().await?;
        let insert = client.prepare_cached(INSERT).await.map_err(pg)?;
        // The row holding the key can be deleted (expired) between the insert that met it
        // and the lookup: then the insert is tried again.
        for _ in 0..3 {
            let token = new_token()?;
            let inserted = client
                .query_opt(&insert, &[&token, &form, &status, &body, &receipt, &once])
                .await
                .map_err(pg)?;
            if inserted.is_some() {
                return Ok(Write::Ok {
                    token,
                    revision: 1,
                    receipt,
                });
            }
            let Some(once) = once else { continue };
            let by_once = client.prepare_cached(BY_ONCE).await.map_err(pg)?;
            let Some(row) = client.query_opt(&by_once, &[&once]).await.map_err(pg)? else {
                continue;
            };
            let token: String = row.try_get(0).map_err(pg)?;
            let revision: i64 = row.try_get(1).map_err(pg)?;
            let stored_status: String = row.try_get(2).map_err(pg)?;
            let stored: String = row.try_get(3).map_err(pg)?;
            let stored_receipt: Option<String> = row.try_get(4).map_err(pg)?;
            let sent_from: Option<i64> = row.try_get(5).map_err(pg)?;
            return Ok(
                match (stored == body, stored_status.as_str(), stored_receipt) {
                    (true, "submitted", Some(receipt))
                        if status == "submitted" && sent_from == Some(0) =>
                    {
                        Write::Again { token, receipt }
                    }
                    (true, "draft", None) if status == "draft" && revision == 1 => {
                        Write::Same { token, revision }
                    }
                    // The blank page was posted before with other content: its link is not
                    // given out here (the one-time key alone does not open a response).
                    _ => Write::Stale { token: None },
                },
            );
        }
        Ok(Write::Stale { token: None })
    }

    /// Replaces the family's response under `token` if it is still at `revision`, not yet
    /// sent and, for an assessment, its link neither revoked nor expired at `now`; an
    /// assessment's write is audited in the same statement.
    pub async fn update(
        &self,
        token: &str,
        revision: i64,
        status: &str,
        body: &str,
        now: &str,
    ) -> Result<Write, StoreError> {
        let receipt = (status == "submitted").then(new_receipt).transpose()?;
        let client = self.client().await?;
        let st = client.prepare_cached(UPDATE).await.map_err(pg)?;
        let changed = client
            .query_opt(
                &st,
                &[
                    &token,
                    &revision,
                    &status,
                    &body,
                    &receipt,
                    &self.age,
                    &now,
                    &FAMILY_ACTOR,
                ],
            )
            .await
            .map_err(pg)?;
        if changed.is_some() {
            return Ok(Write::Ok {
                token: token.to_string(),
                revision: revision + 1,
                receipt,
            });
        }
        let st = client.prepare_cached(FOUND).await.map_err(pg)?;
        let Some(row) = client
            .query_opt(&st, &[&token, &self.age])
            .await
            .map_err(pg)?
        else {
            return Ok(Write::Missing);
        };
        let stored_status: String = row.try_get(0).map_err(pg)?;
        let stored: String = row.try_get(1).map_err(pg)?;
        let stored_receipt: Option<String> = row.try_get(2).map_err(pg)?;
        let sent_from: Option<i64> = row.try_get(3).map_err(pg)?;
        let revoked: bool = row.try_get(4).map_err(pg)?;
        let expires_at: Option<String> = row.try_get(5).map_err(pg)?;
        if revoked || expires_at.as_deref().is_some_and(|e| e <= now) {
            return Ok(Write::Gone);
        }
        Ok(match stored_receipt {
            Some(receipt)
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
            _ => Write::Stale {
                token: Some(token.to_string()),
            },
        })
    }

    /// The response under `token` (an expired anonymous draft is not found).
    pub async fn get(&self, token: &str) -> Result<Option<Stored>, StoreError> {
        let client = self.client().await?;
        let st = client.prepare_cached(GET).await.map_err(pg)?;
        let Some(r) = client
            .query_opt(&st, &[&token, &self.age])
            .await
            .map_err(pg)?
        else {
            return Ok(None);
        };
        stored(&r).map(Some).map_err(pg)
    }

    /// Creates an assessment: the family's blank response at revision 1 and the audit line,
    /// in one statement.
    pub async fn create(&self, new: &NewAssessment) -> Result<(), StoreError> {
        let client = self.client().await?;
        let st = client.prepare_cached(CREATE).await.map_err(pg)?;
        client
            .execute(
                &st,
                &[
                    &new.token,
                    &new.form,
                    &new.body,
                    &new.id,
                    &new.case_ref,
                    &new.language,
                    &new.created_at,
                    &new.expires_at,
                    &new.actor,
                ],
            )
            .await
            .map(|_| ())
            .map_err(pg)
    }

    /// The assessment with this id.
    pub async fn assessment(&self, id: &str) -> Result<Option<AssessmentRow>, StoreError> {
        let client = self.client().await?;
        let st = client.prepare_cached(ASSESSMENT).await.map_err(pg)?;
        let Some(r) = client.query_opt(&st, &[&id]).await.map_err(pg)? else {
            return Ok(None);
        };
        assessment_row(&r).map(Some).map_err(pg)
    }

    /// Replaces the worker's answers if the assessment is at `revision`; audited in the same
    /// statement.
    pub async fn write_worker(
        &self,
        id: &str,
        revision: i64,
        body: &str,
        actor: &str,
        now: &str,
    ) -> Result<WorkerWrite, StoreError> {
        let client = self.client().await?;
        let st = client.prepare_cached(WRITE_WORKER).await.map_err(pg)?;
        if let Some(r) = client
            .query_opt(&st, &[&id, &revision, &body, &actor, &now])
            .await
            .map_err(pg)?
        {
            return Ok(WorkerWrite::Ok {
                revision: r.try_get(0).map_err(pg)?,
            });
        }
        let st = client
            .prepare_cached("SELECT revision + worker_revision FROM responses WHERE id = $1")
            .await
            .map_err(pg)?;
        Ok(match client.query_opt(&st, &[&id]).await.map_err(pg)? {
            Some(r) => WorkerWrite::Stale {
                revision: r.try_get(0).map_err(pg)?,
            },
            None => WorkerWrite::Missing,
        })
    }

    /// Revokes the family's link; audited. Whether the assessment exists.
    pub async fn revoke(&self, id: &str, actor: &str, now: &str) -> Result<bool, StoreError> {
        let client = self.client().await?;
        let st = client.prepare_cached(REVOKE).await.map_err(pg)?;
        let found = client
            .query_opt(&st, &[&id, &actor, &now])
            .await
            .map_err(pg)?;
        Ok(found.is_some())
    }

    /// Erases the assessment (the audit log keeps its id and records the deletion). The dead
    /// row version stays in the table's pages until (auto)vacuum reclaims it.
    pub async fn delete(&self, id: &str, actor: &str, now: &str) -> Result<bool, StoreError> {
        let client = self.client().await?;
        let st = client.prepare_cached(DELETE).await.map_err(pg)?;
        let found = client
            .query_opt(&st, &[&id, &actor, &now])
            .await
            .map_err(pg)?;
        Ok(found.is_some())
    }

    /// Appends an audit line.
    pub async fn record(&self, entry: &NewAudit, now: &str) -> Result<(), StoreError> {
        let client = self.client().await?;
        let st = client
            .prepare_cached(
                "INSERT INTO audit (at, actor, action, assessment, part, format)
                 VALUES ($1, $2, $3, $4, $5, $6)",
            )
            .await
            .map_err(pg)?;
        client
            .execute(
                &st,
                &[
                    &now,
                    &entry.actor,
                    &entry.action,
                    &entry.assessment,
                    &entry.part,
                    &entry.format,
                ],
            )
            .await
            .map(|_| ())
            .map_err(pg)
    }

    /// The audit log of one assessment, oldest first.
    pub async fn audit(&self, id: &str) -> Result<Vec<AuditEntry>, StoreError> {
        let client = self.client().await?;
        let st = client
            .prepare_cached(
                "SELECT seq, at, actor, action, assessment, part, format FROM audit
                 WHERE assessment = $1 ORDER BY seq",
            )
            .await
            .map_err(pg)?;
        let rows = client.query(&st, &[&id]).await.map_err(pg)?;
        rows.iter()
            .map(|r| {
                Ok(AuditEntry {
                    seq: r.try_get(0)?,
                    at: r.try_get(1)?,
                    actor: r.try_get(2)?,
                    action: r.try_get(3)?,
                    assessment: r.try_get(4)?,
                    part: r.try_get(5)?,
                    format: r.try_get(6)?,
                })
            })
            .collect::<Result<_, tokio_postgres::Error>>()
            .map_err(pg)
    }

    /// Adds an API key; `false` when the name is taken.
    pub async fn add_key(&self, key: &KeyRecord) -> Result<bool, StoreError> {
        let client = self.client().await?;
        let st = client
            .prepare_cached(
                "INSERT INTO api_keys (name, key_id, hash, created_at) VALUES ($1, $2, $3, $4)
                 ON CONFLICT (name) DO NOTHING",
            )
            .await
            .map_err(pg)?;
        let n = client
            .execute(&st, &[&key.name, &key.key_id, &key.hash, &key.created_at])
            .await
            .map_err(pg)?;
        Ok(n == 1)
    }

    /// Every API key, by name.
    pub async fn keys(&self) -> Result<Vec<KeyRecord>, StoreError> {
        let client = self.client().await?;
        let st = client
            .prepare_cached(&format!("SELECT {KEY_COLUMNS} FROM api_keys ORDER BY name"))
            .await
            .map_err(pg)?;
        let rows = client.query(&st, &[]).await.map_err(pg)?;
        rows.iter()
            .map(key_record)
            .collect::<Result<_, _>>()
            .map_err(pg)
    }

    /// Revokes the key of that name; `false` when there is none not yet revoked.
    pub async fn revoke_key(&self, name: &str, now: &str) -> Result<bool, StoreError> {
        let client = self.client().await?;
        let st = client
            .prepare_cached(
                "UPDATE api_keys SET revoked_at = $2 WHERE name = $1 AND revoked_at IS NULL",
            )
            .await
            .map_err(pg)?;
        let n = client.execute(&st, &[&name, &now]).await.map_err(pg)?;
        Ok(n == 1)
    }

    /// The key with this public id.
    pub async fn key(&self, key_id: &str) -> Result<Option<KeyRecord>, StoreError> {
        let client = self.client().await?;
        let st = client
            .prepare_cached(&format!(
                "SELECT {KEY_COLUMNS} FROM api_keys WHERE key_id = $1"
            ))
            .await
            .map_err(pg)?;
        match client.query_opt(&st, &[&key_id]).await.map_err(pg)? {
            Some(r) => key_record(&r).map(Some).map_err(pg),
            None => Ok(None),
        }
    }
}

fn stored(r: &Row) -> Result<Stored, tokio_postgres::Error> {
    Ok(Stored {
        form: r.try_get(0)?,
        revision: r.try_get(1)?,
        status: r.try_get(2)?,
        body: r.try_get(3)?,
        receipt: r.try_get(4)?,
        assessment: r.try_get(5)?,
        expires_at: r.try_get(6)?,
        revoked: r.try_get(7)?,
    })
}

fn assessment_row(r: &Row) -> Result<AssessmentRow, tokio_postgres::Error> {
    Ok(AssessmentRow {
        id: r.try_get(0)?,
        token: r.try_get(1)?,
        form: r.try_get(2)?,
        language: r.try_get(3)?,
        case_ref: r.try_get(4)?,
        created_at: r.try_get(5)?,
        expires_at: r.try_get(6)?,
        revoked: r.try_get(7)?,
        family_revision: r.try_get(8)?,
        status: r.try_get(9)?,
        body: r.try_get(10)?,
        receipt: r.try_get(11)?,
        worker_revision: r.try_get(12)?,
        worker_body: r.try_get(13)?,
    })
}

fn key_record(r: &Row) -> Result<KeyRecord, tokio_postgres::Error> {
    Ok(KeyRecord {
        name: r.try_get(0)?,
        key_id: r.try_get(1)?,
        hash: r.try_get(2)?,
        created_at: r.try_get(3)?,
        revoked_at: r.try_get(4)?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Arc;
    use std::sync::atomic::{AtomicUsize, Ordering};

    const NOW: &str = "2026-11-29T12:00:00Z";
    const LATER: &str = "2026-12-01T12:00:00Z";

    /// The test server's address (`ARVIO_POSTGRES`); without one, the test passes with a
    /// note, unless `ARVIO_REQUIRE_POSTGRES=1`.
    fn url() -> Option<String> {
        let url = std::env::var("ARVIO_POSTGRES")
            .ok()
            .filter(|u| !u.is_empty());
        if url.is_none() {
            assert!(
                std::env::var("ARVIO_REQUIRE_POSTGRES").as_deref() != Ok("1"),
                "ARVIO_REQUIRE_POSTGRES=1 but ARVIO_POSTGRES names no server"
            );
            eprintln!("note: ARVIO_POSTGRES is not set; the PostgreSQL test is skipped");
        }
        url
    }

    /// A schema name no other test (in this process or another) uses.
    fn fresh_schema() -> String {
        static N: AtomicUsize = AtomicUsize::new(0);
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.subsec_nanos());
        format!(
            "t_pg_{}_{}_{nanos}",
            std::process::id(),
            N.fetch_add(1, Ordering::Relaxed)
        )
    }

    /// A ready store in a fresh schema, and the schema's name.
    async fn store_with(settings: Settings) -> Option<(Pg, String)> {
        let url = url()?;
        let schema = fresh_schema();
        let p = Pg::new(&url, Some(&schema), settings).unwrap();
        p.ready().await.unwrap();
        Some((p, schema))
    }

    async fn store() -> Option<(Pg, String)> {
        store_with(Settings::default()).await
    }

    /// Drops the test's schema (tables, triggers and all).
    async fn drop_schema(p: &Pg, schema: &str) {
        let client = p.pool.get().await.unwrap();
        client
            .batch_execute(&format!("DROP SCHEMA \"{schema}\" CASCADE"))
            .await
            .unwrap();
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

    fn assessment(id: &str, token: &str, expires_at: &str) -> NewAssessment {
        NewAssessment {
            id: id.to_string(),
            token: token.to_string(),
            form: "f".to_string(),
            language: "fi".to_string(),
            case_ref: Some("CASE-1".to_string()),
            body: "{}".to_string(),
            created_at: NOW.to_string(),
            expires_at: expires_at.to_string(),
            actor: "case system".to_string(),
        }
    }

    fn key(name: &str, key_id: &str) -> KeyRecord {
        KeyRecord {
            name: name.to_string(),
            key_id: key_id.to_string(),
            hash: vec![0, 1, 2, 255],
            created_at: NOW.to_string(),
            revoked_at: None,
        }
    }

    #[test]
    fn bad_addresses_and_schema_names_are_refused_without_echoing_them() {
        let s = Settings::default();
        let err = Pg::new("postgres://user:s3cret@[::1", None, s)
            .err()
            .unwrap();
        assert!(matches!(err, StoreError::Address(_)), "{err:?}");
        assert!(!err.to_string().contains("s3cret"));
        assert!(!err.code().contains("s3cret"));
        for schema in [
            "",
            "Public",
            "a-b",
            "x;drop",
            "pg_temp",
            "1a",
            &"a".repeat(64),
        ] {
            let err = Pg::new("postgres://u@localhost/db", Some(schema), s)
                .err()
                .unwrap();
            assert!(matches!(err, StoreError::Address(_)), "{schema}: {err:?}");
        }
        let err = Pg::new("postgres://u@localhost/db?sslmode=require", None, s)
            .err()
            .unwrap();
        assert!(matches!(err, StoreError::Address(_)), "{err:?}");
        assert!(Pg::new("postgres://u@localhost/db", Some("_a1"), s).is_ok());
        assert!(Pg::new("postgres://u@localhost/db", Some(&"a".repeat(63)), s).is_ok());
    }

    /// A server that cannot be reached: every call fails as unavailable (retryable), and
    /// what is shown of it names neither the address nor the password.
    #[tokio::test]
    async fn an_unreachable_server_is_unavailable_and_retryable() {
        let p = Pg::new(
            "postgres://user:s3cret@127.0.0.1:1/db",
            Some("s"),
            Settings::default(),
        )
        .unwrap();
        let err = p.ready().await.unwrap_err();
        assert!(matches!(err, StoreError::Pool("cannot connect")), "{err:?}");
        assert!(err.is_busy());
        assert_eq!(err.label(), "unavailable");
        assert_eq!(err.to_string(), "database unavailable (cannot connect)");
        let err = p.get("t").await.unwrap_err();
        assert!(matches!(err, StoreError::Pool(_)), "{err:?}");
    }

    #[tokio::test]
    async fn stale_writes_are_refused() {
        let Some((s, schema)) = store().await else {
            return;
        };
        let (t, r1, receipt) = ok(s.insert("f", "draft", "{}", None).await.unwrap());
        assert_eq!((r1, receipt), (1, None));
        assert_eq!(
            ok(s.update(&t, 1, "draft", "{\"a\":1}", NOW).await.unwrap()).1,
            2
        );
        assert_eq!(
            s.update(&t, 1, "draft", "{\"old\":1}", NOW).await.unwrap(),
            Write::Stale {
                token: Some(t.clone())
            }
        );
        let stored = s.get(&t).await.unwrap().unwrap();
        assert_eq!(
            (
                stored.form.as_str(),
                stored.revision,
                stored.status.as_str()
            ),
            ("f", 2, "draft")
        );
        assert_eq!(stored.body, "{\"a\":1}");
        assert_eq!(
            (stored.assessment, stored.expires_at, stored.revoked),
            (None, None, false)
        );
        assert_eq!(
            s.update("x", 1, "draft", "{}", NOW).await.unwrap(),
            Write::Missing
        );
        assert!(s.get("x").await.unwrap().is_none());
        s.ping().await.unwrap();
        drop_schema(&s, &schema).await;
    }

    #[tokio::test]
    async fn a_repeated_send_gets_the_same_receipt_and_other_content_a_conflict() {
        let Some((s, schema)) = store().await else {
            return;
        };
        let (t, _, _) = ok(s.insert("f", "draft", "{}", None).await.unwrap());
        let (_, rev, receipt) = ok(s
            .update(&t, 1, "submitted", "{\"a\":1}", NOW)
            .await
            .unwrap());
        let receipt = receipt.unwrap();
        assert_eq!(rev, 2);
        assert_eq!(
            s.update(&t, 1, "submitted", "{\"a\":1}", NOW)
                .await
                .unwrap(),
            Write::Again {
                token: t.clone(),
                receipt: receipt.clone()
            }
        );
        assert_eq!(
            s.update(&t, 1, "submitted", "{\"a\":2}", NOW)
                .await
                .unwrap(),
            Write::Stale {
                token: Some(t.clone())
            }
        );
        // A draft save after the send, or a send from another revision, is stale too.
        assert_eq!(
            s.update(&t, 1, "draft", "{\"a\":1}", NOW).await.unwrap(),
            Write::Stale {
                token: Some(t.clone())
            }
        );
        assert_eq!(
            s.update(&t, 2, "submitted", "{\"a\":1}", NOW)
                .await
                .unwrap(),
            Write::Stale {
                token: Some(t.clone())
            }
        );
        let stored = s.get(&t).await.unwrap().unwrap();
        assert_eq!(
            (stored.status.as_str(), stored.revision, stored.receipt),
            ("submitted", 2, Some(receipt))
        );
        drop_schema(&s, &schema).await;
    }

    #[tokio::test]
    async fn a_blank_page_posted_twice_makes_one_response() {
        let Some((s, schema)) = store().await else {
            return;
        };
        let once = Some("k1");
        let (t, rev, receipt) = ok(s.insert("f", "submitted", "{}", once).await.unwrap());
        assert_eq!(rev, 1);
        let receipt = receipt.unwrap();
        assert_eq!(
            s.insert("f", "submitted", "{}", once).await.unwrap(),
            Write::Again {
                token: t.clone(),
                receipt
            }
        );
        assert_eq!(
            s.insert("f", "submitted", "{\"x\":1}", once).await.unwrap(),
            Write::Stale { token: None }
        );
        assert_eq!(
            s.insert("f", "draft", "{}", once).await.unwrap(),
            Write::Stale { token: None }
        );
        let (d, _, none) = ok(s.insert("f", "draft", "{}", Some("k2")).await.unwrap());
        assert_eq!(none, None);
        assert_eq!(
            s.insert("f", "draft", "{}", Some("k2")).await.unwrap(),
            Write::Same {
                token: d.clone(),
                revision: 1
            }
        );
        // Once the draft was saved again, the blank page's second post is stale.
        ok(s.update(&d, 1, "draft", "{}", NOW).await.unwrap());
        assert_eq!(
            s.insert("f", "draft", "{}", Some("k2")).await.unwrap(),
            Write::Stale { token: None }
        );
        // Without a key, every post is a new response.
        let (a, _, _) = ok(s.insert("f", "draft", "{}", None).await.unwrap());
        let (b, _, _) = ok(s.insert("f", "draft", "{}", None).await.unwrap());
        assert_ne!(a, b);
        drop_schema(&s, &schema).await;
    }

    /// Two servers posting one blank page at once: one response, one `Ok`, the other
    /// `Again` with the same receipt.
    #[tokio::test(flavor = "multi_thread", worker_threads = 4)]
    async fn a_blank_page_posted_twice_at_once_makes_one_response() {
        let Some((s, schema)) = store().await else {
            return;
        };
        let s = Arc::new(s);
        for round in 0..20 {
            let once = format!("k{round}");
            let barrier = Arc::new(tokio::sync::Barrier::new(2));
            let tasks: Vec<_> = (0..2)
                .map(|_| {
                    let (s, once, barrier) = (Arc::clone(&s), once.clone(), Arc::clone(&barrier));
                    tokio::spawn(async move {
                        barrier.wait().await;
                        s.insert("f", "submitted", "{}", Some(&once)).await.unwrap()
                    })
                })
                .collect();
            let mut results = Vec::new();
            for t in tasks {
                results.push(t.await.unwrap());
            }
            results.sort_by_key(|w| !matches!(w, Write::Ok { .. }));
            let (token, _, receipt) = ok(results[0].clone());
            assert_eq!(
                results[1],
                Write::Again {
                    token,
                    receipt: receipt.unwrap()
                },
                "round {round}"
            );
        }
        drop_schema(&s, &schema).await;
    }

    #[tokio::test]
    async fn an_assessment_lives_is_audited_and_erased() {
        let Some((s, schema)) = store().await else {
            return;
        };
        let token = new_token().unwrap();
        s.create(&assessment("A1", &token, LATER)).await.unwrap();
        let row = s.assessment("A1").await.unwrap().unwrap();
        assert_eq!(
            (
                row.id.as_str(),
                row.token.as_str(),
                row.form.as_str(),
                row.language.as_str(),
                row.case_ref.as_deref(),
                row.created_at.as_str(),
                row.expires_at.as_str(),
                row.revoked,
            ),
            (
                "A1",
                token.as_str(),
                "f",
                "fi",
                Some("CASE-1"),
                NOW,
                LATER,
                false
            )
        );
        assert_eq!(
            (
                row.family_revision,
                row.status.as_str(),
                row.body.as_str(),
                row.receipt.as_deref(),
                row.worker_revision,
                row.worker_body.as_deref(),
                row.revision()
            ),
            (1, "draft", "{}", None, 0, None, 1)
        );
        let stored = s.get(&token).await.unwrap().unwrap();
        assert_eq!(
            (stored.assessment.as_deref(), stored.expires_at.as_deref()),
            (Some("A1"), Some(LATER))
        );
        // The family writes and sends through its link.
        assert_eq!(
            ok(s.update(&token, 1, "draft", "{\"a\":1}", NOW)
                .await
                .unwrap())
            .1,
            2
        );
        assert_eq!(
            s.write_worker("A1", 2, "{\"w\":1}", "worker key", NOW)
                .await
                .unwrap(),
            WorkerWrite::Ok { revision: 3 }
        );
        assert_eq!(
            s.write_worker("A1", 2, "{\"w\":2}", "worker key", NOW)
                .await
                .unwrap(),
            WorkerWrite::Stale { revision: 3 }
        );
        assert_eq!(
            s.write_worker("nope", 2, "{}", "worker key", NOW)
                .await
                .unwrap(),
            WorkerWrite::Missing
        );
        let (_, rev, receipt) = ok(s
            .update(&token, 2, "submitted", "{\"a\":2}", NOW)
            .await
            .unwrap());
        assert_eq!(rev, 3);
        let row = s.assessment("A1").await.unwrap().unwrap();
        assert_eq!(
            (
                row.family_revision,
                row.status.as_str(),
                row.body.as_str(),
                row.receipt.clone(),
                row.worker_revision,
                row.worker_body.as_deref(),
                row.revision()
            ),
            (
                3,
                "submitted",
                "{\"a\":2}",
                receipt,
                1,
                Some("{\"w\":1}"),
                4
            )
        );
        s.record(
            &NewAudit {
                actor: "worker key".to_string(),
                action: "printed",
                assessment: "A1".to_string(),
                part: Some("family"),
                format: Some("pdf"),
            },
            NOW,
        )
        .await
        .unwrap();
        assert!(s.revoke("A1", "worker key", NOW).await.unwrap());
        assert!(!s.revoke("nope", "worker key", NOW).await.unwrap());
        assert!(s.get(&token).await.unwrap().unwrap().revoked);
        assert_eq!(
            s.update(&token, 3, "draft", "{}", NOW).await.unwrap(),
            Write::Gone
        );
        assert!(s.delete("A1", "worker key", LATER).await.unwrap());
        assert!(!s.delete("A1", "worker key", LATER).await.unwrap());
        assert!(s.assessment("A1").await.unwrap().is_none());
        assert!(s.get(&token).await.unwrap().is_none());
        let log = s.audit("A1").await.unwrap();
        let lines: Vec<_> = log
            .iter()
            .map(|e| {
                (
                    e.at.as_str(),
                    e.actor.as_str(),
                    e.action.as_str(),
                    e.assessment.as_str(),
                    e.part.as_deref(),
                    e.format.as_deref(),
                )
            })
            .collect();
        assert_eq!(
            lines,
            [
                (NOW, "case system", "created", "A1", None, None),
                (NOW, FAMILY_ACTOR, "wrote", "A1", Some("family"), None),
                (NOW, "worker key", "wrote", "A1", Some("worker"), None),
                (NOW, FAMILY_ACTOR, "sent", "A1", Some("family"), None),
                (
                    NOW,
                    "worker key",
                    "printed",
                    "A1",
                    Some("family"),
                    Some("pdf")
                ),
                (NOW, "worker key", "revoked", "A1", None, None),
                (LATER, "worker key", "deleted", "A1", None, None),
            ]
        );
        assert!(log.windows(2).all(|w| w[0].seq < w[1].seq));
        assert!(s.audit("nope").await.unwrap().is_empty());
        drop_schema(&s, &schema).await;
    }

    /// An expired link is gone (nothing written, not audited); an old anonymous draft is no
    /// longer found and is deleted; an assessment never expires by the draft's age.
    #[tokio::test]
    async fn expired_links_and_old_drafts() {
        let Some((s, schema)) = store().await else {
            return;
        };
        let token = new_token().unwrap();
        s.create(&assessment("A2", &token, NOW)).await.unwrap();
        assert_eq!(
            s.update(&token, 1, "draft", "{\"a\":1}", NOW)
                .await
                .unwrap(),
            Write::Gone
        );
        assert_eq!(
            s.update(&token, 1, "draft", "{\"a\":1}", LATER)
                .await
                .unwrap(),
            Write::Gone
        );
        assert_eq!(
            s.update(&token, 1, "draft", "{\"a\":1}", "2026-11-29T11:59:59Z")
                .await
                .unwrap(),
            Write::Ok {
                token: token.clone(),
                revision: 2,
                receipt: None
            }
        );
        let (old, _, _) = ok(s.insert("f", "draft", "{}", None).await.unwrap());
        let (sent, _, _) = ok(s.insert("f", "submitted", "{}", None).await.unwrap());
        let (fresh, _, _) = ok(s.insert("f", "draft", "{}", None).await.unwrap());
        let client = s.pool.get().await.unwrap();
        client
            .execute(
                "UPDATE responses SET updated_at = now() - interval '91 days'
                 WHERE token = ANY($1)",
                &[&vec![old.clone(), sent.clone(), token.clone()]],
            )
            .await
            .unwrap();
        assert!(s.get(&old).await.unwrap().is_none());
        assert_eq!(
            s.update(&old, 1, "draft", "{}", NOW).await.unwrap(),
            Write::Missing
        );
        assert!(s.get(&sent).await.unwrap().is_some());
        assert!(s.get(&token).await.unwrap().is_some());
        assert!(s.get(&fresh).await.unwrap().is_some());
        assert_eq!(s.expire().await.unwrap(), 1);
        assert_eq!(s.expire().await.unwrap(), 0);
        assert!(s.assessment("A2").await.unwrap().is_some());
        let audit: Vec<_> = s
            .audit("A2")
            .await
            .unwrap()
            .into_iter()
            .map(|e| e.action)
            .collect();
        assert_eq!(audit, ["created", "wrote"]);
        // With `draft_days = 0` drafts are kept.
        let kept = Pg::new(
            &url().unwrap(),
            Some(&schema),
            Settings {
                draft_days: 0,
                ..Settings::default()
            },
        )
        .unwrap();
        client
            .execute(
                "UPDATE responses SET updated_at = now() - interval '91 days' WHERE token = $1",
                &[&fresh],
            )
            .await
            .unwrap();
        assert!(kept.get(&fresh).await.unwrap().is_some());
        assert_eq!(kept.expire().await.unwrap(), 0);
        assert!(s.get(&fresh).await.unwrap().is_none());
        drop(client);
        drop_schema(&s, &schema).await;
    }

    #[tokio::test]
    async fn keys_are_added_once_listed_revoked_and_found() {
        let Some((s, schema)) = store().await else {
            return;
        };
        assert!(s.keys().await.unwrap().is_empty());
        assert!(s.add_key(&key("b", "kb")).await.unwrap());
        assert!(s.add_key(&key("a", "ka")).await.unwrap());
        assert!(s.add_key(&key("B", "kB")).await.unwrap());
        assert!(!s.add_key(&key("a", "other")).await.unwrap());
        let names: Vec<_> = s
            .keys()
            .await
            .unwrap()
            .into_iter()
            .map(|k| k.name)
            .collect();
        assert_eq!(names, ["B", "a", "b"]);
        assert_eq!(s.key("ka").await.unwrap(), Some(key("a", "ka")));
        assert_eq!(s.key("other").await.unwrap(), None);
        assert!(s.revoke_key("a", LATER).await.unwrap());
        assert!(!s.revoke_key("a", LATER).await.unwrap());
        assert!(!s.revoke_key("nope", LATER).await.unwrap());
        assert_eq!(
            s.key("ka").await.unwrap(),
            Some(KeyRecord {
                revoked_at: Some(LATER.to_string()),
                ..key("a", "ka")
            })
        );
        drop_schema(&s, &schema).await;
    }

    /// A unique violation (a key id taken under another name) is an error whose Display and
    /// code give the SQLSTATE alone, not the value the server's message quotes.
    #[tokio::test]
    async fn a_unique_violation_shows_its_code_not_the_value() {
        let Some((s, schema)) = store().await else {
            return;
        };
        assert!(s.add_key(&key("a", "secret-key-id")).await.unwrap());
        let err = s.add_key(&key("b", "secret-key-id")).await.unwrap_err();
        assert_eq!(err.to_string(), "database error (SQLSTATE 23505)");
        assert_eq!(err.code(), "database (PostgreSQL SQLSTATE 23505)");
        assert_eq!(err.label(), "constraint");
        assert!(!err.is_busy());
        let token = new_token().unwrap();
        s.create(&assessment("Matti-1", &token, LATER))
            .await
            .unwrap();
        let err = s
            .create(&assessment("Matti-1", &new_token().unwrap(), LATER))
            .await
            .unwrap_err();
        assert_eq!(err.to_string(), "database error (SQLSTATE 23505)");
        assert!(!err.code().contains("Matti"));
        // Nothing of the failed creation was kept, not its audit line either.
        assert_eq!(s.audit("Matti-1").await.unwrap().len(), 1);
        drop_schema(&s, &schema).await;
    }

    #[tokio::test]
    async fn the_audit_table_is_append_only() {
        let Some((s, schema)) = store().await else {
            return;
        };
        s.create(&assessment("A3", &new_token().unwrap(), LATER))
            .await
            .unwrap();
        let client = s.pool.get().await.unwrap();
        for statement in [
            "UPDATE audit SET actor = 'someone else'",
            "DELETE FROM audit",
            "TRUNCATE audit",
        ] {
            let err = client.batch_execute(statement).await.unwrap_err();
            assert_eq!(describe(&err), "SQLSTATE P0001", "{statement}");
        }
        drop(client);
        assert_eq!(s.audit("A3").await.unwrap().len(), 1);
        // Erasing the assessment leaves its audit lines.
        assert!(s.delete("A3", "k", NOW).await.unwrap());
        assert_eq!(s.audit("A3").await.unwrap().len(), 2);
        drop_schema(&s, &schema).await;
    }

    /// Two servers saving one draft from one revision, many times: each time exactly one
    /// write wins and the other is told it is stale.
    #[tokio::test(flavor = "multi_thread", worker_threads = 4)]
    async fn two_servers_writing_one_revision_resolve_by_revision() {
        let Some((a, schema)) = store().await else {
            return;
        };
        let b = Pg::new(&url().unwrap(), Some(&schema), Settings::default()).unwrap();
        let (a, b) = (Arc::new(a), Arc::new(b));
        let token = new_token().unwrap();
        a.create(&assessment("A4", &token, LATER)).await.unwrap();
        let rounds = 50;
        for round in 0..rounds {
            let revision = round + 1;
            let barrier = Arc::new(tokio::sync::Barrier::new(2));
            let tasks: Vec<_> = [Arc::clone(&a), Arc::clone(&b)]
                .into_iter()
                .enumerate()
                .map(|(i, s)| {
                    let (token, barrier) = (token.clone(), Arc::clone(&barrier));
                    tokio::spawn(async move {
                        barrier.wait().await;
                        let body = format!("{{\"server\":{i},\"round\":{round}}}");
                        s.update(&token, revision, "draft", &body, NOW)
                            .await
                            .unwrap()
                    })
                })
                .collect();
            let mut results = Vec::new();
            for t in tasks {
                results.push(t.await.unwrap());
            }
            let won: Vec<_> = results
                .iter()
                .filter(|w| matches!(w, Write::Ok { .. }))
                .collect();
            assert_eq!(
                won,
                [&Write::Ok {
                    token: token.clone(),
                    revision: revision + 1,
                    receipt: None
                }],
                "round {round}: {results:?}"
            );
            assert!(
                results.contains(&Write::Stale {
                    token: Some(token.clone())
                }),
                "round {round}: {results:?}"
            );
        }
        let row = a.assessment("A4").await.unwrap().unwrap();
        assert_eq!(row.family_revision, rounds + 1);
        // One audit line per write that won.
        let log = a.audit("A4").await.unwrap();
        assert_eq!(log.len(), 1 + usize::try_from(rounds).unwrap());
        drop_schema(&a, &schema).await;
    }

    /// Two servers starting at once on a fresh schema: both ready, the tables made once.
    #[tokio::test(flavor = "multi_thread", worker_threads = 4)]
    async fn two_servers_starting_at_once_both_get_ready() {
        let Some(url) = url() else {
            return;
        };
        for _ in 0..5 {
            let schema = fresh_schema();
            let a = Pg::new(&url, Some(&schema), Settings::default()).unwrap();
            let b = Pg::new(&url, Some(&schema), Settings::default()).unwrap();
            let (ra, rb) = tokio::join!(a.ready(), b.ready());
            ra.unwrap();
            rb.unwrap();
            a.ready().await.unwrap();
            let client = a.pool.get().await.unwrap();
            let versions: Vec<i32> = client
                .query(
                    "SELECT version FROM arvio_schema_version ORDER BY version",
                    &[],
                )
                .await
                .unwrap()
                .iter()
                .map(|r| r.get(0))
                .collect();
            assert_eq!(versions, [1]);
            drop(client);
            // A third server on the ready schema finds it as it is.
            let c = Pg::new(&url, Some(&schema), Settings::default()).unwrap();
            c.ping().await.unwrap();
            drop_schema(&a, &schema).await;
        }
    }

    /// A row lock held past the busy timeout: the write fails as busy (SQLSTATE 55P03), with
    /// nothing of its content in what is shown; reads still answer.
    #[tokio::test]
    async fn a_held_row_lock_is_busy_and_logged_by_its_code() {
        let Some((s, schema)) = store_with(Settings {
            busy_timeout: Duration::from_millis(100),
            ..Settings::default()
        })
        .await
        else {
            return;
        };
        let (t, _, _) = ok(s.insert("f", "draft", "{}", None).await.unwrap());
        let mut holder = s.pool.get().await.unwrap();
        let tx = holder.transaction().await.unwrap();
        tx.execute("SELECT 1 FROM responses WHERE token = $1 FOR UPDATE", &[&t])
            .await
            .unwrap();
        let err = s
            .update(&t, 1, "draft", "{\"secret\":\"Matti\"}", NOW)
            .await
            .unwrap_err();
        assert!(err.is_busy());
        assert_eq!(err.code(), "database (PostgreSQL SQLSTATE 55P03)");
        assert_eq!(err.label(), "busy");
        assert!(!err.to_string().contains("Matti"));
        assert_eq!(s.get(&t).await.unwrap().unwrap().body, "{}");
        tx.rollback().await.unwrap();
        drop(holder);
        assert!(matches!(
            s.update(&t, 1, "draft", "{}", NOW).await.unwrap(),
            Write::Ok { revision: 2, .. }
        ));
        drop_schema(&s, &schema).await;
    }
}
