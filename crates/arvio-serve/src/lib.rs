//! # arvio-serve
//!
//! A web server with two halves over one store:
//!
//! - **the family's pages**: pick a form (or open the link a worker sent), fill it in in
//!   Finnish, Swedish or English (no JavaScript needed), get the errors shown next to the
//!   answers, and the summary with scores once it is complete. Drafts and responses are kept
//!   under an unguessable token (128 random bits), so a family can save a draft and come back
//!   by link;
//! - **the JSON API** (`/api/v1`, described by an OpenAPI 3.1 document at
//!   `/api/v1/openapi.json`) that a case-management system drives with an API key: create an
//!   assessment and get the family's link, read the answers, errors and scores, write the
//!   worker's part, print a summary (PDF, HTML, text, JSON), revoke the link, erase the
//!   assessment, read its audit log.
//!
//! The store is SQLite (a file; the default) or PostgreSQL (`postgres://…`, for more than one
//! server on one database): [`DataSource`].
//!
//! - An assessment's family link expires ([`Limits::link_days`]) and can be revoked; then it
//!   answers `410` with a page that says so and shows nothing of the answers. Every action on
//!   an assessment is in its append-only audit log (who, what, when; never content).
//!
//! - A stored response is never overwritten by an older page: every page carries the
//!   revision it was made from, and a write from an older revision gets a `409` page. A
//!   sent response is final: any write to it gets a `409` page saying it was already sent.
//! - A sent response has a receipt, a reference number shown to the family (`7KQ2-M9XD`). A
//!   send repeated after a lost answer (same page, same content) gets the same receipt and
//!   makes no second response; a blank page's one-time key does the same for a new form.
//! - Nothing over the form's limits is stored, not even as a draft: a text over its length,
//!   too many rows or selections, a forbidden control character ([`arvio_core::chars`]) get
//!   a `422` page with the errors and everything typed. A link stores at most
//!   [`Limits::link_bytes`]; unsent drafts expire after [`Limits::draft_days`].
//! - A busy database (its write lock held past [`Limits::busy_timeout`]) gets a retryable
//!   `503` page that keeps what was typed; reads have their own connections and do not wait
//!   behind writes. The database file is created readable by its owner only (`0600`).
//! - Bodies over [`BODY_LIMIT`] get a `413` page; malformed requests a `4xx` page; nothing
//!   panics on bad input.
//! - Every page is sent with a strict Content-Security-Policy (`default-src 'none'`, inline
//!   styles only), `no-referrer` (tokens are in URLs), `no-store` caching and `nosniff`.
//! - Nothing from the answers is ever logged.
//! - The server is for families: its pages offer only the family's (and the child's)
//!   questions ([`Part::Family`](arvio_core::Part::Family)), a response is complete when
//!   that part is, and a post naming a worker question gets a `400` page and stores nothing.
//!   A sent response's summary is the family's copy ([`CopyFor::Family`]): no worker-only
//!   question, no private answer.
//! - A stored response keeps the form version it was started on: its pages, validation and
//!   summary use that version ([`arvio_forms::for_response`]), new forms the newest.
//!
//! A command line calls [`run`] (blocking; serves until Ctrl-C or `SIGTERM`), or [`serve`]
//! from its own Tokio runtime:
//!
//! ```no_run
//! use arvio_serve::{ServeConfig, run};
//! // Defaults: 127.0.0.1:8080 and ./arvio.sqlite3.
//! let config = ServeConfig { data: "/var/lib/arvio".into(), ..ServeConfig::default() };
//! run(config)?;
//! # Ok::<(), arvio_serve::ServeError>(())
//! ```
//!
//! For tests, [`router`] gives the [`axum::Router`] over an in-memory store:
//!
//! ```
//! use arvio_serve::{AppState, router};
//! let app = router(AppState::in_memory().unwrap());
//! # let _ = app;
//! ```

mod api;
mod family;
pub mod keys;
mod net;
mod ops;
mod ratelimit;
mod store;
mod texts;

use arvio_core::chrono::{DateTime, Local, NaiveDate, Utc};
use arvio_core::render::{Filled, RenderContext, Renderer, Texts};
use arvio_core::{CopyFor, ErrorKind, Form, Response, Status, score, validate_part};
use arvio_forms::{builtin, builtin_ids, for_response};
use arvio_html::{FormAction, HtmlRenderer, Link, SimplePage, parse_submission};
use arvio_i18n::Localizer;
use axum::Router;
use axum::body::Bytes;
use axum::extract::rejection::BytesRejection;
use axum::extract::{DefaultBodyLimit, Path, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{Html, IntoResponse, Redirect};
use axum::routing::get;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;
use std::time::Instant;
pub use store::StoreError;
use store::{Settings, Store, Write, is_token};

/// Where the data is kept: a SQLite file (the embedded default) or a PostgreSQL database
/// (for more than one server on one database).
#[derive(Clone, PartialEq, Eq)]
pub enum DataSource {
    /// A SQLite file, created if missing (a directory means `arvio.sqlite3` in it).
    Sqlite(PathBuf),
    /// A PostgreSQL database.
    Postgres {
        /// Its address, `postgres://user:password@host:port/database` (or a key=value
        /// connection string). Never printed whole: [`DataSource`]'s `Display` and `Debug`
        /// leave out the user and password.
        url: String,
        /// The schema that holds arvio's tables (created if missing); `None` for the
        /// connection's default (`public`).
        schema: Option<String>,
    },
}

impl DataSource {
    /// `postgres://…` or `postgresql://…` is a PostgreSQL database; anything else a SQLite
    /// file.
    pub fn parse(s: &str) -> DataSource {
        if s.starts_with("postgres://") || s.starts_with("postgresql://") {
            DataSource::Postgres {
                url: s.to_string(),
                schema: None,
            }
        } else {
            DataSource::Sqlite(PathBuf::from(s))
        }
    }
}

impl From<PathBuf> for DataSource {
    fn from(p: PathBuf) -> Self {
        DataSource::Sqlite(p)
    }
}

impl From<&str> for DataSource {
    fn from(s: &str) -> Self {
        DataSource::parse(s)
    }
}

impl std::fmt::Display for DataSource {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            DataSource::Sqlite(p) => write!(f, "{}", p.display()),
            DataSource::Postgres { url, schema } => {
                // The scheme, host, port and database; never the user or password.
                let rest = url.split_once("://").map_or("", |(_, r)| r);
                let host = rest.rsplit_once('@').map_or(rest, |(_, h)| h);
                let host = host.split('?').next().unwrap_or("");
                write!(f, "postgres://{host}")?;
                if let Some(s) = schema {
                    write!(f, " (schema {s})")?;
                }
                Ok(())
            }
        }
    }
}

impl std::fmt::Debug for DataSource {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "DataSource({self})")
    }
}

/// Largest request body accepted (256 KiB); larger ones get a `413` page.
pub const BODY_LIMIT: usize = 256 * 1024;

/// The languages served.
pub const LANGUAGES: &[&str] = &["fi", "sv", "en"];

/// The Content-Security-Policy sent with every page.
pub const CSP: &str = "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

/// Where to listen, where to keep the data, and the server's limits.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ServeConfig {
    /// Address to listen on (default `127.0.0.1:8080`).
    pub addr: SocketAddr,
    /// Where the data is kept: a SQLite file (created if missing; a directory means
    /// `arvio.sqlite3` in it) or a PostgreSQL database.
    pub data: DataSource,
    /// Timeouts, connection and request limits, storage caps and expiry.
    pub limits: Limits,
}

impl Default for ServeConfig {
    fn default() -> Self {
        ServeConfig {
            addr: SocketAddr::from(([127, 0, 0, 1], 8080)),
            data: DataSource::Sqlite(PathBuf::from("arvio.sqlite3")),
            limits: Limits::default(),
        }
    }
}

/// The server's limits: every one has a default that suits a county's family pages, and every
/// one can be set (`arvio serve --help`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Limits {
    /// A request whose headers are not complete this long after the connection opened (or
    /// after the previous response on it) is closed (default 20 s).
    pub header_timeout: Duration,
    /// A request whose body is not complete this long after its headers is answered `408`
    /// and closed (default 20 s).
    pub body_timeout: Duration,
    /// A connection with no request under way and no byte read or written for this long is
    /// shut down gracefully, and dropped if nothing moves for as long again (default 20 s).
    pub idle_timeout: Duration,
    /// At most this many connections are served at once; more wait in the listen queue
    /// (default 256, well below the usual limit of 1,024 open files).
    pub max_connections: usize,
    /// On Ctrl-C or `SIGTERM`, requests under way get this long to finish; then the server
    /// stops, whatever a stalled client is doing (default 5 s).
    pub shutdown_grace: Duration,
    /// Requests a minute from one client address (its IP address) before `429`; `0` turns
    /// the limit off, e.g. for benchmarks (default 300).
    pub requests_per_minute: u32,
    /// How long a write waits for the database's write lock before the page answers a
    /// retryable `503` that keeps what was typed (default 5 s).
    pub busy_timeout: Duration,
    /// Largest stored response per link, in bytes of its JSON (default 512 KiB): a larger
    /// one is refused with `413` and not stored.
    pub link_bytes: usize,
    /// Unsent drafts not saved for this many days are deleted (default 90; `0` keeps them).
    /// An assessment's family part is kept until the case system deletes it.
    pub draft_days: u32,
    /// Days an assessment's family link works when its creator names none (default 30).
    pub link_days: u32,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            header_timeout: Duration::from_secs(20),
            body_timeout: Duration::from_secs(20),
            idle_timeout: Duration::from_secs(20),
            max_connections: 256,
            shutdown_grace: Duration::from_secs(5),
            requests_per_minute: 300,
            busy_timeout: Duration::from_secs(5),
            link_bytes: 512 * 1024,
            draft_days: 90,
            link_days: 30,
        }
    }
}

/// Why the server could not start or stopped.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ServeError {
    /// The database could not be opened or prepared.
    #[error("cannot open the database {data}: {source}")]
    Store {
        /// The database (its `Display` leaves out a PostgreSQL user and password).
        data: DataSource,
        /// What went wrong.
        source: StoreError,
    },
    /// The address could not be bound.
    #[error("cannot listen on {addr}: {source}")]
    Bind {
        /// The address.
        addr: SocketAddr,
        /// What went wrong.
        source: std::io::Error,
    },
    /// The server stopped with an IO error.
    #[error("server error: {0}")]
    Io(#[from] std::io::Error),
}

/// The server's shared state: the store and the forms.
#[derive(Clone)]
pub struct AppState {
    inner: Arc<Inner>,
    today: Option<NaiveDate>,
    /// A fixed time for link expiry (tests); the system clock otherwise.
    now: Option<DateTime<Utc>>,
    /// The per-client rate limit (none unless [`AppState::with_rate_limit`] sets one).
    rate: Option<Arc<ratelimit::RateLimit>>,
}

struct Inner {
    store: Store,
    /// The largest stored response per link ([`Limits::link_bytes`]).
    link_bytes: usize,
    /// Days a family link works by default ([`Limits::link_days`]).
    link_days: u32,
    /// When expired drafts are next deleted.
    next_sweep: Mutex<Instant>,
    /// The newest version of every built-in form.
    forms: Vec<Arc<Form>>,
    /// The Prometheus metrics (`/metrics`).
    metrics: ops::Metrics,
}

impl std::fmt::Debug for AppState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AppState")
            .field("forms", &self.inner.forms.len())
            .finish_non_exhaustive()
    }
}

impl AppState {
    /// State over the SQLite file at `path` (a directory means `arvio.sqlite3` in it), with
    /// the default [`Limits`].
    pub fn open(path: impl Into<PathBuf>) -> Result<AppState, ServeError> {
        Self::open_with(path, &Limits::default())
    }

    /// State over the SQLite file at `path` with the store's limits from `limits` (busy
    /// timeout, storage per link, draft expiry). The file is created private to its owner.
    pub fn open_with(path: impl Into<PathBuf>, limits: &Limits) -> Result<AppState, ServeError> {
        Self::connect(&DataSource::Sqlite(path.into()), limits)
    }

    /// State over `data`, a SQLite file or a PostgreSQL database. A SQLite file is opened
    /// (and its tables made) at once; PostgreSQL is connected to on first use, or by
    /// [`AppState::ready`], which [`serve`] calls before it listens.
    pub fn connect(data: &DataSource, limits: &Limits) -> Result<AppState, ServeError> {
        let failed = |source| ServeError::Store {
            data: data.clone(),
            source,
        };
        let store = match data {
            DataSource::Sqlite(path) => {
                let mut path = path.clone();
                if path.is_dir() {
                    path.push("arvio.sqlite3");
                }
                Store::sqlite(&path, settings(limits)).map_err(|source| ServeError::Store {
                    data: DataSource::Sqlite(path),
                    source,
                })?
            }
            DataSource::Postgres { url, schema } => {
                Store::postgres(url, schema.as_deref(), settings(limits)).map_err(failed)?
            }
        };
        Ok(Self::with_store(store, limits))
    }

    /// Connects to the database and creates or updates its tables (a PostgreSQL store
    /// otherwise does so on first use; a SQLite one did when opened).
    pub async fn ready(&self) -> Result<(), StoreError> {
        self.inner.store.ready().await
    }

    /// State over an in-memory database (for tests; forgotten when dropped).
    pub fn in_memory() -> Result<AppState, ServeError> {
        Self::in_memory_with(&Limits::default())
    }

    /// As [`AppState::in_memory`], with the store's limits from `limits`.
    pub fn in_memory_with(limits: &Limits) -> Result<AppState, ServeError> {
        let store = Store::memory(settings(limits)).map_err(|source| ServeError::Store {
            data: DataSource::Sqlite(PathBuf::from(":memory:")),
            source,
        })?;
        Ok(Self::with_store(store, limits))
    }

    fn with_store(store: Store, limits: &Limits) -> AppState {
        AppState {
            inner: Arc::new(Inner {
                store,
                link_bytes: limits.link_bytes,
                link_days: limits.link_days,
                next_sweep: Mutex::new(Instant::now() + SWEEP),
                forms: builtin_ids().filter_map(builtin).map(Arc::new).collect(),
                metrics: ops::Metrics::new(),
            }),
            today: None,
            now: None,
            rate: None,
        }
    }

    /// Fixes the time used for the family links' expiry (the system clock by default).
    pub fn with_now(mut self, now: DateTime<Utc>) -> AppState {
        self.now = Some(now);
        self
    }

    /// The time now (for link expiry and the audit log).
    pub(crate) fn now(&self) -> DateTime<Utc> {
        self.now.unwrap_or_else(Utc::now)
    }

    /// The store.
    pub(crate) fn store(&self) -> &Store {
        &self.inner.store
    }

    /// Days a family link works by default.
    pub(crate) fn link_days(&self) -> u32 {
        self.inner.link_days
    }

    /// Fixes the date used for validation and deadlines (the system date by default).
    pub fn with_today(mut self, today: NaiveDate) -> AppState {
        self.today = Some(today);
        self
    }

    pub(crate) fn today(&self) -> NaiveDate {
        self.today.unwrap_or_else(|| Local::now().date_naive())
    }

    /// The newest version of a form (for a new response).
    pub(crate) fn form(&self, id: &str) -> Option<Arc<Form>> {
        self.inner.forms.iter().find(|f| f.id == id).cloned()
    }

    /// The version of a form a stored response names (the newest when that version is not
    /// known; validation then reports the mismatch).
    pub(crate) fn form_for(&self, id: &str, version: &str) -> Option<Arc<Form>> {
        match self.form(id) {
            Some(f) if f.version.to_string() == version => Some(f),
            _ => for_response(id, version).map(Arc::new),
        }
    }

    /// Deletes expired drafts if the last sweep was [`SWEEP`] ago (reads never find them in
    /// the meantime).
    async fn sweep(&self) {
        {
            let mut next = self
                .inner
                .next_sweep
                .lock()
                .unwrap_or_else(PoisonError::into_inner);
            let now = Instant::now();
            if now < *next {
                return;
            }
            *next = now + SWEEP;
        }
        if let Err(e) = self.inner.store.expire().await {
            self.log_store_error(&e);
        }
    }
}

/// How often expired drafts are deleted.
const SWEEP: Duration = Duration::from_secs(3600);

fn settings(limits: &Limits) -> Settings {
    Settings {
        busy_timeout: limits.busy_timeout,
        draft_days: limits.draft_days,
        ..Settings::default()
    }
}

/// Listens on `config.addr` and serves until Ctrl-C (or, on Unix, `SIGTERM`); then stops
/// accepting connections, finishes the requests under way and returns `Ok(())`, after at
/// most [`Limits::shutdown_grace`] whatever a stalled client is doing.
///
/// Every connection is bounded by `config.limits`: header, body and idle timeouts, and at
/// most [`Limits::max_connections`] served at once (more wait in the listen queue). Each
/// request carries its peer's address as an [`axum::extract::ConnectInfo<SocketAddr>`]
/// extension.
///
/// Prints one line to standard error when listening (`arvio serve: listening on
/// http://127.0.0.1:8080/`). Must run inside a Tokio runtime with IO and time enabled
/// (`#[tokio::main]`); [`run`] makes one.
pub async fn serve(config: ServeConfig) -> Result<(), ServeError> {
    serve_until(config, shutdown_signal()).await
}

/// As [`serve`], stopping when `shutdown` completes instead of on a signal.
pub async fn serve_until(
    config: ServeConfig,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> Result<(), ServeError> {
    let state = AppState::connect(&config.data, &config.limits)?
        .with_rate_limit(config.limits.requests_per_minute);
    state.ready().await.map_err(|source| ServeError::Store {
        data: config.data.clone(),
        source,
    })?;
    let listener = tokio::net::TcpListener::bind(config.addr)
        .await
        .map_err(|source| ServeError::Bind {
            addr: config.addr,
            source,
        })?;
    let addr = listener.local_addr()?;
    eprintln!("arvio serve: listening on http://{addr}/");
    net::serve_connections(listener, router(state), &config.limits, shutdown).await;
    Ok(())
}

/// Blocking [`serve`]: starts a multi-threaded Tokio runtime, serves until Ctrl-C (or
/// `SIGTERM`) and returns. For a command line's `main`:
///
/// ```no_run
/// let config = arvio_serve::ServeConfig {
///     addr: "127.0.0.1:8080".parse().unwrap(),
///     data: "arvio.sqlite3".into(),
///     ..Default::default()
/// };
/// if let Err(e) = arvio_serve::run(config) {
///     eprintln!("arvio: {e}");
///     std::process::exit(2);
/// }
/// ```
pub fn run(config: ServeConfig) -> Result<(), ServeError> {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?;
    let result = runtime.block_on(serve(config));
    // A database call still under way (at most its busy timeout) does not hold up the exit.
    runtime.shutdown_timeout(Duration::from_secs(1));
    result
}

/// Completes on Ctrl-C or, on Unix, `SIGTERM`. If a handler cannot be installed, that signal
/// is never waited for (the other still is).
async fn shutdown_signal() {
    let ctrl_c = async {
        if tokio::signal::ctrl_c().await.is_err() {
            std::future::pending::<()>().await;
        }
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {}
        () = terminate => {}
    }
}

/// The routes:
///
/// - `GET /`: the forms in every language;
/// - `GET /{lang}/{form}`: a blank form; `POST` to it sends or saves it;
/// - `GET /{lang}/r/{token}`: a saved draft (the form) or a sent response (its summary);
///   `POST` to it saves a newer revision;
/// - `GET /healthz`: `200 ok` when the database answers, else `503 unavailable` (plain text);
/// - `GET /metrics`: request counts, durations, rate-limit refusals and storage failures in
///   the OpenMetrics text format (labels: method, route template, status, SQLite code name;
///   never a token, a query, an address or an answer).
///
/// - `/api/v1/…`: the JSON API for case-management systems, with API keys (its OpenAPI 3.1
///   document at `GET /api/v1/openapi.json`).
///
/// Every request except `/healthz`, `/metrics` and the API's (whose callers are
/// authenticated) counts against its client's rate limit, when the state has one
/// ([`AppState::with_rate_limit`]).
pub fn router(state: AppState) -> Router {
    Router::new()
        .route("/", get(index))
        .route("/{lang}/{form}", get(blank).post(post_new))
        .route("/{lang}/r/{token}", get(show).post(post_existing))
        .route(ops::HEALTH_PATH, get(ops::healthz))
        .route(ops::METRICS_PATH, get(ops::metrics))
        .nest(api::PREFIX, api::routes(state.clone()))
        .fallback(not_found)
        .method_not_allowed_fallback(method_not_allowed)
        .layer(DefaultBodyLimit::max(BODY_LIMIT))
        // The rate limit inside the metrics, so that a 429 is counted too.
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            ratelimit::limit,
        ))
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            ops::track,
        ))
        .layer(axum::middleware::map_response(security_headers))
        .with_state(state)
}

async fn security_headers(mut res: axum::response::Response) -> axum::response::Response {
    let h = res.headers_mut();
    h.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(CSP),
    );
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    h.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    h.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    res
}

type Page = (StatusCode, Html<String>);

fn message_page(
    status: StatusCode,
    lang: &str,
    title: &str,
    text: &str,
    link: Option<Link>,
) -> Page {
    let lang = if LANGUAGES.contains(&lang) {
        lang
    } else {
        "fi"
    };
    let mut page =
        SimplePage::new(lang, texts::text(lang, title)).paragraph(texts::text(lang, text));
    if let Some(l) = link {
        page = page.link(l);
    }
    page = page.link(Link::new("/", texts::text(lang, "all-forms")));
    (status, Html(page.render()))
}

fn not_found_page(lang: &str) -> Page {
    message_page(
        StatusCode::NOT_FOUND,
        lang,
        "not-found",
        "not-found-text",
        None,
    )
}

/// The page for a request the family's pages could not have sent (400).
fn bad_request_page(lang: &str) -> Page {
    message_page(
        StatusCode::BAD_REQUEST,
        lang,
        "bad-request",
        "bad-request-text",
        None,
    )
}

async fn not_found() -> Page {
    not_found_page("fi")
}

async fn method_not_allowed() -> Page {
    message_page(
        StatusCode::METHOD_NOT_ALLOWED,
        "fi",
        "bad-request",
        "bad-request-text",
        None,
    )
}

fn server_error(state: &AppState, lang: &str, e: &StoreError) -> Page {
    state.log_store_error(e);
    message_page(
        StatusCode::INTERNAL_SERVER_ERROR,
        lang,
        "server-error",
        "server-error-text",
        None,
    )
}

impl AppState {
    /// Logs a store failure by its code (never a statement, a parameter or content) and
    /// counts it in the metrics.
    pub(crate) fn log_store_error(&self, e: &StoreError) {
        eprintln!("arvio serve: storage failure: {}", e.code());
        self.inner.metrics.store_error(e.label());
    }
}

async fn index(State(state): State<AppState>) -> Page {
    let mut page = SimplePage::new("fi", texts::text("fi", "forms"))
        .paragraph(texts::text("fi", "forms-intro"))
        .paragraph(texts::text("sv", "forms-intro"))
        .paragraph(texts::text("en", "forms-intro"));
    for lang in LANGUAGES {
        let t = Localizer::new(&[lang]);
        for f in &state.inner.forms {
            let name = t.message(&format!("arvio-language-name-{lang}"));
            page = page.link(Link::new(
                format!("/{lang}/{}", f.id),
                format!("{} ({name})", t.message(&f.title)),
            ));
        }
    }
    // Each link is in its own language: SimplePage marks the page Finnish; the names carry
    // the language in words.
    (StatusCode::OK, Html(page.render()))
}

fn lang_ok(lang: &str) -> bool {
    LANGUAGES.contains(&lang)
}

async fn blank(
    State(state): State<AppState>,
    path: Result<Path<(String, String)>, axum::extract::rejection::PathRejection>,
) -> axum::response::Response {
    let Ok(Path((lang, form_id))) = path else {
        return not_found_page("fi").into_response();
    };
    let Some(form) = state.form(&form_id).filter(|_| lang_ok(&lang)) else {
        return not_found_page(&lang).into_response();
    };
    let t = Localizer::new(&[lang.as_str()]);
    let mut r = HtmlRenderer::new()
        .with_nav(Link::new("/", texts::text(&lang, "all-forms")))
        .with_hidden("_rev", "0");
    // The page's one-time key: posting it twice (a retry after a lost answer) makes one
    // response, not two. Without randomness the page still works, without that guarantee.
    if let Ok(once) = store::new_token() {
        r = r.with_hidden("_once", once);
    }
    render(
        &r,
        &RenderContext::blank(&form, &t).with_part(family::PART),
        StatusCode::OK,
    )
}

fn render(
    r: &HtmlRenderer,
    cx: &RenderContext<'_>,
    status: StatusCode,
) -> axum::response::Response {
    match r.render(cx) {
        Ok(out) => (
            status,
            Html(String::from_utf8(out.into_bytes()).unwrap_or_default()),
        )
            .into_response(),
        Err(_) => message_page(
            StatusCode::INTERNAL_SERVER_ERROR,
            cx.texts.language(),
            "server-error",
            "server-error-text",
            None,
        )
        .into_response(),
    }
}

async fn show(
    State(state): State<AppState>,
    path: Result<Path<(String, String)>, axum::extract::rejection::PathRejection>,
) -> axum::response::Response {
    let Ok(Path((lang, token))) = path else {
        return not_found_page("fi").into_response();
    };
    if !lang_ok(&lang) || !is_token(&token) {
        return not_found_page(&lang).into_response();
    }
    let stored = match state.store().get(token.clone()).await {
        Ok(Some(s)) => s,
        Ok(None) => return not_found_page(&lang).into_response(),
        Err(e) => return server_error(&state, &lang, &e).into_response(),
    };
    if state.link_gone(&stored) {
        return link_gone_page(&lang).into_response();
    }
    if let Some(id) = &stored.assessment {
        // The family opened its link: audited (who and when, nothing of the answers).
        state.audit_family(id, "read").await;
    }
    let Some((form, mut response)) = stored_response(&state, &stored) else {
        return not_found_page(&lang).into_response();
    };
    if response.status != Status::Submitted {
        // The family's page has no field for a worker's answer (only a draft stored before
        // the server offered the family's part alone can have one).
        family::family_answers(&form, &mut response);
    }
    let today = state.today();
    if response.status == Status::Submitted {
        let t = Localizer::new(&[lang.as_str()]);
        let validation = validate_part(&form, &response, today, family::PART);
        let scores = score(&form, &validation.answers);
        let filled = Filled::new(&response, &validation, &scores);
        let mut r = HtmlRenderer::new()
            .with_today(today)
            .with_nav(Link::new("/", texts::text(&lang, "all-forms")));
        if let Some(receipt) = &stored.receipt {
            r = r.with_notice(
                texts::text_with(&lang, "sent", &[("receipt", receipt)]),
                None,
            );
        }
        render(
            &r,
            &RenderContext::summary(&form, &t, filled).with_copy(CopyFor::Family),
            StatusCode::OK,
        )
    } else {
        let here = format!("/{lang}/r/{token}");
        let page = Refill {
            form: &form,
            lang: &lang,
            here: &here,
            revision: stored.revision,
            once: None,
            today,
        };
        page.render(&response, Some(page.draft_saved()), StatusCode::OK)
    }
}

/// A stored response with the version of its form it names.
fn stored_response(state: &AppState, stored: &store::Stored) -> Option<(Arc<Form>, Response)> {
    let response = Response::from_json(&stored.body).ok()?;
    let form = state.form_for(&stored.form, &response.form_version)?;
    Some((form, response))
}

async fn post_new(
    State(state): State<AppState>,
    path: Result<Path<(String, String)>, axum::extract::rejection::PathRejection>,
    body: Result<Bytes, BytesRejection>,
) -> axum::response::Response {
    let Ok(Path((lang, form_id))) = path else {
        return not_found_page("fi").into_response();
    };
    let Some(form) = state.form(&form_id).filter(|_| lang_ok(&lang)) else {
        return not_found_page(&lang).into_response();
    };
    post(state, lang, form, None, body, false).await
}

async fn post_existing(
    State(state): State<AppState>,
    path: Result<Path<(String, String)>, axum::extract::rejection::PathRejection>,
    body: Result<Bytes, BytesRejection>,
) -> axum::response::Response {
    let Ok(Path((lang, token))) = path else {
        return not_found_page("fi").into_response();
    };
    if !lang_ok(&lang) || !is_token(&token) {
        return not_found_page(&lang).into_response();
    }
    let stored = match state.store().get(token.clone()).await {
        Ok(Some(s)) => s,
        Ok(None) => return not_found_page(&lang).into_response(),
        Err(e) => return server_error(&state, &lang, &e).into_response(),
    };
    if state.link_gone(&stored) {
        return link_gone_page(&lang).into_response();
    }
    // A draft is saved in the version of the form it was started on.
    let Some((form, _)) = stored_response(&state, &stored) else {
        return not_found_page(&lang).into_response();
    };
    let sent = stored.status == "submitted";
    post(state, lang, form, Some(token), body, sent).await
}

/// The page for a family link that was revoked or has expired (410): it says so, in the
/// link's language, and shows nothing of the answers.
fn link_gone_page(lang: &str) -> Page {
    message_page(StatusCode::GONE, lang, "link-gone", "link-gone-text", None)
}

impl AppState {
    /// Whether a stored response is an assessment whose family link was revoked or has
    /// expired.
    fn link_gone(&self, stored: &store::Stored) -> bool {
        stored.revoked
            || stored
                .expires_at
                .as_deref()
                .is_some_and(|at| at <= store::rfc3339(self.now()).as_str())
    }

    /// Appends the family link's `action` on assessment `id` to the audit log; a failure is
    /// logged by its code (the page is still served).
    async fn audit_family(&self, id: &str, action: &'static str) {
        let entry = store::NewAudit {
            actor: store::FAMILY_ACTOR.to_string(),
            action,
            assessment: id.to_string(),
            part: Some("family"),
            format: None,
        };
        if let Err(e) = self.store().record(entry, store::rfc3339(self.now())).await {
            self.log_store_error(&e);
        }
    }
}

/// The page for a post to a sent response: final, no request changes it.
fn already_sent_page(lang: &str, token: &str) -> axum::response::Response {
    message_page(
        StatusCode::CONFLICT,
        lang,
        "already-sent",
        "already-sent-text",
        Some(Link::new(
            format!("/{lang}/r/{token}"),
            texts::text(lang, "latest"),
        )),
    )
    .into_response()
}

/// Whether a validation error is over one of the form's limits (a text's length, a group's
/// rows, a choice's selections) or breaks the character policy: a draft with one is not
/// stored. Other errors (a missing answer, a date not yet right) are for the family to fix
/// in a draft at their own pace.
fn over_limit(kind: &ErrorKind) -> bool {
    matches!(
        kind,
        ErrorKind::TooLong { .. }
            | ErrorKind::TooManyRows { .. }
            | ErrorKind::TooManySelections { .. }
            | ErrorKind::ControlCharacter { .. }
    )
}

/// The family's form page filled with a response: its errors, a notice, and the revision
/// (and one-time key) it posts, so that a page shown again after a failed post sends the
/// same post.
struct Refill<'a> {
    form: &'a Form,
    lang: &'a str,
    /// Where the page posts to.
    here: &'a str,
    revision: i64,
    once: Option<&'a str>,
    today: NaiveDate,
}

impl Refill<'_> {
    /// The "draft saved" notice, with the link to the page.
    fn draft_saved(&self) -> (String, Option<Link>) {
        (
            texts::text(self.lang, "draft-saved"),
            Some(Link::new(self.here, texts::text(self.lang, "draft-link"))),
        )
    }

    fn render(
        &self,
        response: &Response,
        notice: Option<(String, Option<Link>)>,
        status: StatusCode,
    ) -> axum::response::Response {
        let validation = validate_part(self.form, response, self.today, family::PART);
        let scores = score(self.form, &validation.answers);
        let t = Localizer::new(&[self.lang]);
        let mut r = HtmlRenderer::new()
            .with_today(self.today)
            .with_nav(Link::new("/", texts::text(self.lang, "all-forms")))
            .with_action(self.here)
            .with_hidden("_rev", self.revision.to_string());
        if let Some(once) = self.once {
            r = r.with_hidden("_once", once);
        }
        if let Some((text, link)) = notice {
            r = r.with_notice(text, link);
        }
        let filled = Filled::new(response, &validation, &scores);
        render(
            &r,
            &RenderContext::refill(self.form, &t, filled).with_part(family::PART),
            status,
        )
    }
}

/// Saves or sends a post of `form`'s page (new, or the draft under `token`). A post to a
/// response already `sent` changes nothing: the same send again (from the revision it was
/// sent from, with the same content) finds its receipt, anything else the "already sent" page.
async fn post(
    state: AppState,
    lang: String,
    form: Arc<Form>,
    token: Option<String>,
    body: Result<Bytes, BytesRejection>,
    sent: bool,
) -> axum::response::Response {
    let form_id = form.id.clone();
    let body = match body {
        Ok(b) => b,
        Err(rej) if rej.status() == StatusCode::PAYLOAD_TOO_LARGE => {
            return message_page(
                StatusCode::PAYLOAD_TOO_LARGE,
                &lang,
                "too-large",
                "too-large-text",
                None,
            )
            .into_response();
        }
        Err(_) => {
            return bad_request_page(&lang).into_response();
        }
    };
    let Ok(sub) = parse_submission(&form, &body, &lang) else {
        return bad_request_page(&lang).into_response();
    };
    if let (true, Some(tok)) = (sent, &token)
        && sub.action != FormAction::Submit
    {
        return already_sent_page(&lang, tok);
    }
    // A field for a worker question is never on the family's page: refused, nothing stored
    // (see `family`).
    if family::names_worker_field(&form, &body, &sub.action) {
        return bad_request_page(&lang).into_response();
    }
    let revision: i64 = match sub.fields.get("_rev").map(|r| r.parse()) {
        Some(Ok(r)) if r >= 0 => r,
        _ => {
            return bad_request_page(&lang).into_response();
        }
    };
    // The blank page's one-time key (only a new response has one; a malformed one is refused).
    let once = match (sub.fields.get("_once"), &token) {
        (None, _) => None,
        (Some(k), None) if is_token(k) => Some(k.clone()),
        _ => return bad_request_page(&lang).into_response(),
    };
    let today = state.today();
    let here = match &token {
        Some(tok) => format!("/{lang}/r/{tok}"),
        None => format!("/{lang}/{form_id}"),
    };
    let again = Refill {
        form: &form,
        lang: &lang,
        here: &here,
        revision,
        once: once.as_deref(),
        today,
    };
    let mut response = sub.response;

    if matches!(
        sub.action,
        FormAction::AddRow { .. } | FormAction::RemoveRow { .. }
    ) {
        // Shown again with one row more or less; nothing stored, nothing lost.
        return again.render(&response, None, StatusCode::OK);
    }

    let validation = validate_part(&form, &response, today, family::PART);
    let complete = sub.action == FormAction::Submit && validation.is_valid();
    if !complete {
        // Drafts, and sent forms with errors, are kept as drafts.
        response.status = Status::Draft;
    }
    // Over the form's limits: refused with the errors shown and nothing stored (a page made
    // by the server cannot send this; a tampered one or a script can).
    if validation.errors.iter().any(|e| over_limit(&e.kind)) {
        return again.render(
            &response,
            Some((texts::text(&lang, "over-limit"), None)),
            StatusCode::UNPROCESSABLE_ENTITY,
        );
    }
    let status = if complete { "submitted" } else { "draft" };
    let json = response.to_json();
    if json.len() > state.inner.link_bytes {
        return again.render(
            &response,
            Some((texts::text(&lang, "too-large-text"), None)),
            StatusCode::PAYLOAD_TOO_LARGE,
        );
    }
    state.sweep().await;
    let written = match token.clone() {
        None => {
            state
                .store()
                .insert(form_id, status, json, once.clone())
                .await
        }
        Some(tok) => {
            let now = store::rfc3339(state.now());
            state.store().update(tok, revision, status, json, now).await
        }
    };
    let (token, new_rev) = match written {
        Ok(Write::Ok {
            token, revision, ..
        }) => (token, revision),
        // The same post again (a retry after a lost answer): where the first one went.
        Ok(Write::Again { token, .. } | Write::Same { token, .. }) => {
            return Redirect::to(&format!("/{lang}/r/{token}")).into_response();
        }
        Ok(Write::Stale { token: Some(tok) }) if sent => return already_sent_page(&lang, &tok),
        Ok(Write::Stale { token }) => {
            return message_page(
                StatusCode::CONFLICT,
                &lang,
                "conflict",
                "conflict-text",
                token
                    .map(|tok| Link::new(format!("/{lang}/r/{tok}"), texts::text(&lang, "latest"))),
            )
            .into_response();
        }
        Ok(Write::Missing) => return not_found_page(&lang).into_response(),
        Ok(Write::Gone) => return link_gone_page(&lang).into_response(),
        Err(e) => {
            // Nothing was stored: the page comes back with everything typed, to send again.
            state.log_store_error(&e);
            let (status, text) = if e.is_busy() {
                (StatusCode::SERVICE_UNAVAILABLE, "busy-text")
            } else {
                (StatusCode::INTERNAL_SERVER_ERROR, "server-error-text")
            };
            let mut page = again.render(&response, Some((texts::text(&lang, text), None)), status);
            if e.is_busy() {
                page.headers_mut()
                    .insert(header::RETRY_AFTER, HeaderValue::from_static("2"));
            }
            return page;
        }
    };
    let link = format!("/{lang}/r/{token}");
    if sub.action == FormAction::Submit && !complete {
        // Show the errors now, with everything typed; the draft is saved under its link.
        let mut shown = response;
        shown.status = Status::Submitted;
        let page = Refill {
            here: &link,
            revision: new_rev,
            once: None,
            ..again
        };
        return page.render(
            &shown,
            Some(page.draft_saved()),
            StatusCode::UNPROCESSABLE_ENTITY,
        );
    }
    Redirect::to(&link).into_response()
}
