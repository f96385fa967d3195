//! # arvio-serve
//!
//! A small web server for filling in arvio's forms in Finnish, Swedish or English: pick a
//! form, fill it in (no JavaScript needed), get the errors shown next to the answers, and the
//! summary with scores once it is complete. Drafts and responses are stored in SQLite under
//! an unguessable token (128 random bits), so a family can save a draft and come back by link.
//!
//! - A stored response is never overwritten by an older page: every page carries the
//!   revision it was made from, and a write from an older revision gets a `409` page. A
//!   sent response is final: any write to it gets a `409` page saying it was already sent.
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

mod family;
mod store;
mod texts;

use arvio_core::chrono::{Local, NaiveDate};
use arvio_core::render::{Filled, RenderContext, Renderer, Texts};
use arvio_core::{CopyFor, Form, Response, Status, score, validate_part};
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
pub use store::StoreError;
use store::{Store, Write, is_token};

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
    /// The SQLite database file (created if missing). A directory means `arvio.sqlite3` in it.
    pub data: PathBuf,
    /// Timeouts, connection and request limits, storage caps and expiry.
    pub limits: Limits,
}

impl Default for ServeConfig {
    fn default() -> Self {
        ServeConfig {
            addr: SocketAddr::from(([127, 0, 0, 1], 8080)),
            data: PathBuf::from("arvio.sqlite3"),
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
    /// A kept-alive connection with no request for this long is closed (default 20 s).
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
    pub draft_days: u32,
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
        }
    }
}

/// Why the server could not start or stopped.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ServeError {
    /// The database could not be opened or prepared.
    #[error("cannot open the database {path}: {source}")]
    Store {
        /// The database file.
        path: PathBuf,
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
}

struct Inner {
    store: Mutex<Store>,
    /// The newest version of every built-in form.
    forms: Vec<Arc<Form>>,
}

impl std::fmt::Debug for AppState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AppState")
            .field("forms", &self.inner.forms.len())
            .finish_non_exhaustive()
    }
}

impl AppState {
    /// State over the SQLite file at `path` (a directory means `arvio.sqlite3` in it).
    pub fn open(path: impl Into<PathBuf>) -> Result<AppState, ServeError> {
        let mut path = path.into();
        if path.is_dir() {
            path.push("arvio.sqlite3");
        }
        let store = Store::open(&path).map_err(|source| ServeError::Store { path, source })?;
        Ok(Self::with_store(store))
    }

    /// State over an in-memory database (for tests; forgotten when dropped).
    pub fn in_memory() -> Result<AppState, ServeError> {
        let store = Store::in_memory().map_err(|source| ServeError::Store {
            path: PathBuf::from(":memory:"),
            source,
        })?;
        Ok(Self::with_store(store))
    }

    fn with_store(store: Store) -> AppState {
        AppState {
            inner: Arc::new(Inner {
                store: Mutex::new(store),
                forms: builtin_ids().filter_map(builtin).map(Arc::new).collect(),
            }),
            today: None,
        }
    }

    /// Fixes the date used for validation and deadlines (the system date by default).
    pub fn with_today(mut self, today: NaiveDate) -> AppState {
        self.today = Some(today);
        self
    }

    fn today(&self) -> NaiveDate {
        self.today.unwrap_or_else(|| Local::now().date_naive())
    }

    /// The newest version of a form (for a new response).
    fn form(&self, id: &str) -> Option<Arc<Form>> {
        self.inner.forms.iter().find(|f| f.id == id).cloned()
    }

    /// The version of a form a stored response names (the newest when that version is not
    /// known; validation then reports the mismatch).
    fn form_for(&self, id: &str, version: &str) -> Option<Arc<Form>> {
        match self.form(id) {
            Some(f) if f.version.to_string() == version => Some(f),
            _ => for_response(id, version).map(Arc::new),
        }
    }

    async fn db<T: Send + 'static>(
        &self,
        f: impl FnOnce(&Store) -> Result<T, StoreError> + Send + 'static,
    ) -> Result<T, StoreError> {
        let state = self.clone();
        tokio::task::spawn_blocking(move || {
            let store = state
                .inner
                .store
                .lock()
                .unwrap_or_else(PoisonError::into_inner);
            f(&store)
        })
        .await
        .unwrap_or(Err(StoreError::Random))
    }
}

/// Listens on `config.addr` and serves until Ctrl-C (or, on Unix, `SIGTERM`); then stops
/// accepting connections, finishes the requests under way and returns `Ok(())`.
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
    let state = AppState::open(&config.data)?;
    let listener = tokio::net::TcpListener::bind(config.addr)
        .await
        .map_err(|source| ServeError::Bind {
            addr: config.addr,
            source,
        })?;
    let addr = listener.local_addr()?;
    eprintln!("arvio serve: listening on http://{addr}/");
    axum::serve(listener, router(state))
        .with_graceful_shutdown(shutdown)
        .await?;
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
    tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?
        .block_on(serve(config))
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
///   `POST` to it saves a newer revision.
pub fn router(state: AppState) -> Router {
    Router::new()
        .route("/", get(index))
        .route("/{lang}/{form}", get(blank).post(post_new))
        .route("/{lang}/r/{token}", get(show).post(post_existing))
        .fallback(not_found)
        .method_not_allowed_fallback(method_not_allowed)
        .layer(DefaultBodyLimit::max(BODY_LIMIT))
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

fn server_error(lang: &str, e: &StoreError) -> Page {
    // Only the kind of failure is logged, never request content.
    eprintln!(
        "arvio serve: storage failure: {}",
        match e {
            StoreError::Sqlite(_) => "database",
            StoreError::Random => "randomness",
        }
    );
    message_page(
        StatusCode::INTERNAL_SERVER_ERROR,
        lang,
        "server-error",
        "server-error-text",
        None,
    )
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
    let r = HtmlRenderer::new()
        .with_nav(Link::new("/", texts::text(&lang, "all-forms")))
        .with_hidden("_rev", "0");
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
    let tok = token.clone();
    let stored = match state.db(move |s| s.get(&tok)).await {
        Ok(Some(s)) => s,
        Ok(None) => return not_found_page(&lang).into_response(),
        Err(e) => return server_error(&lang, &e).into_response(),
    };
    let Some((form, mut response)) = stored_response(&state, &stored) else {
        return not_found_page(&lang).into_response();
    };
    if response.status != Status::Submitted {
        // The family's page has no field for a worker's answer (only a draft stored before
        // the server offered the family's part alone can have one).
        family::family_answers(&form, &mut response);
    }
    let t = Localizer::new(&[lang.as_str()]);
    let today = state.today();
    let validation = validate_part(&form, &response, today, family::PART);
    let scores = score(&form, &validation.answers);
    let filled = Filled::new(&response, &validation, &scores);
    let here = format!("/{lang}/r/{token}");
    let mut r = HtmlRenderer::new()
        .with_today(today)
        .with_nav(Link::new("/", texts::text(&lang, "all-forms")));
    if response.status == Status::Submitted {
        render(
            &r,
            &RenderContext::summary(&form, &t, filled).with_copy(CopyFor::Family),
            StatusCode::OK,
        )
    } else {
        r = r
            .with_action(here.clone())
            .with_hidden("_rev", stored.revision.to_string())
            .with_notice(
                texts::text(&lang, "draft-saved"),
                Some(Link::new(here, texts::text(&lang, "draft-link"))),
            );
        render(
            &r,
            &RenderContext::refill(&form, &t, filled).with_part(family::PART),
            StatusCode::OK,
        )
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
    post(state, lang, form, None, body).await
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
    let tok = token.clone();
    let stored = match state.db(move |s| s.get(&tok)).await {
        Ok(Some(s)) => s,
        Ok(None) => return not_found_page(&lang).into_response(),
        Err(e) => return server_error(&lang, &e).into_response(),
    };
    // A sent response is final: its page has no form, and no request changes it.
    if stored.status == "submitted" {
        return message_page(
            StatusCode::CONFLICT,
            &lang,
            "already-sent",
            "already-sent-text",
            Some(Link::new(
                format!("/{lang}/r/{token}"),
                texts::text(&lang, "latest"),
            )),
        )
        .into_response();
    }
    // A draft is saved in the version of the form it was started on.
    let Some((form, _)) = stored_response(&state, &stored) else {
        return not_found_page(&lang).into_response();
    };
    post(state, lang, form, Some(token), body).await
}

/// Saves or sends a post of `form`'s page (new, or the draft under `token`).
async fn post(
    state: AppState,
    lang: String,
    form: Arc<Form>,
    token: Option<String>,
    body: Result<Bytes, BytesRejection>,
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
    let t = Localizer::new(&[lang.as_str()]);
    let today = state.today();
    let here = match &token {
        Some(tok) => format!("/{lang}/r/{tok}"),
        None => format!("/{lang}/{form_id}"),
    };
    let nav = Link::new("/", texts::text(&lang, "all-forms"));
    let mut response = sub.response;

    if matches!(
        sub.action,
        FormAction::AddRow { .. } | FormAction::RemoveRow { .. }
    ) {
        // Shown again with one row more or less; nothing stored, nothing lost.
        let validation = validate_part(&form, &response, today, family::PART);
        let scores = score(&form, &validation.answers);
        let r = HtmlRenderer::new()
            .with_today(today)
            .with_nav(nav)
            .with_action(here)
            .with_hidden("_rev", revision.to_string());
        let filled = Filled::new(&response, &validation, &scores);
        return render(
            &r,
            &RenderContext::refill(&form, &t, filled).with_part(family::PART),
            StatusCode::OK,
        );
    }

    let validation = validate_part(&form, &response, today, family::PART);
    let complete = sub.action == FormAction::Submit && validation.is_valid();
    if !complete {
        // Drafts, and sent forms with errors, are kept as drafts.
        response.status = Status::Draft;
    }
    let status = if complete { "submitted" } else { "draft" };
    let json = response.to_json();
    let written = match token.clone() {
        None => {
            state
                .db(move |s| {
                    s.insert(&form_id, status, &json)
                        .map(|(t, r)| (t, Write::Ok(r)))
                })
                .await
        }
        Some(tok) => {
            let t2 = tok.clone();
            state
                .db(move |s| s.update(&t2, revision, status, &json))
                .await
                .map(|w| (tok, w))
        }
    };
    let (token, new_rev) = match written {
        Ok((tok, Write::Ok(r))) => (tok, r),
        Ok((tok, Write::Stale)) => {
            return message_page(
                StatusCode::CONFLICT,
                &lang,
                "conflict",
                "conflict-text",
                Some(Link::new(
                    format!("/{lang}/r/{tok}"),
                    texts::text(&lang, "latest"),
                )),
            )
            .into_response();
        }
        Ok((_, Write::Missing)) => return not_found_page(&lang).into_response(),
        Err(e) => return server_error(&lang, &e).into_response(),
    };
    let link = format!("/{lang}/r/{token}");
    if sub.action == FormAction::Submit && !complete {
        // Show the errors now, with everything typed; the draft is saved under its link.
        let mut shown = response.clone();
        shown.status = Status::Submitted;
        let validation = validate_part(&form, &shown, today, family::PART);
        let scores = score(&form, &validation.answers);
        let r = HtmlRenderer::new()
            .with_today(today)
            .with_nav(nav)
            .with_action(link.clone())
            .with_hidden("_rev", new_rev.to_string())
            .with_notice(
                texts::text(&lang, "draft-saved"),
                Some(Link::new(link, texts::text(&lang, "draft-link"))),
            );
        let filled = Filled::new(&shown, &validation, &scores);
        return render(
            &r,
            &RenderContext::refill(&form, &t, filled).with_part(family::PART),
            StatusCode::UNPROCESSABLE_ENTITY,
        );
    }
    Redirect::to(&link).into_response()
}
