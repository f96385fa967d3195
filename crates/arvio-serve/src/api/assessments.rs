//! Assessments: created by a case system, the family's part filled in through its link, the
//! worker's part written here, summaries printed, the link revoked, the whole erased; every
//! step audited under the API key's name.

use super::problem::Problem;
use super::{Caller, etag, if_match, json, json_body, params};
use crate::store::{
    self, AssessmentRow, NewAssessment, NewAudit, StoreError, WorkerWrite, is_token,
};
use crate::{AppState, LANGUAGES, over_limit};
use arvio_core::render::{Filled, RenderContext, Renderer};
use arvio_core::semver::Version;
use arvio_core::{AnswerValue, CopyFor, Form, Part, Response, Status, score, validate_part};
use arvio_forms::{builtin_version, builtin_versions};
use arvio_i18n::Localizer;
use arvio_i18n::json::{errors_json, scores_json, summary_json};
use axum::Extension;
use axum::body::Bytes;
use axum::extract::rejection::BytesRejection;
use axum::extract::{Path, RawQuery, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response as HttpResponse};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use std::sync::Arc;
use utoipa::ToSchema;

/// Longest case reference, in characters.
const CASE_REF_MAX: usize = 100;

/// A new assessment.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct CreateAssessment {
    /// The form's id (`GET /api/v1/forms`).
    #[schema(example = "family-self-assessment")]
    form: String,
    /// The form's version (default: the newest).
    #[serde(default)]
    version: Option<String>,
    /// The family's language: `fi`, `sv` or `en`.
    #[schema(example = "fi")]
    language: String,
    /// The case system's reference (at most 100 characters, no control characters): stored
    /// and returned, never logged.
    #[serde(default)]
    case_ref: Option<String>,
    /// Days the family's link works (1 to 365; default: the server's `--link-days`).
    #[serde(default)]
    #[schema(minimum = 1, maximum = 365)]
    expires_in_days: Option<u32>,
}

/// A created assessment.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct Created {
    /// The assessment's id.
    id: String,
    /// The family's link, relative to the server's address (`/fi/r/<token>`).
    family_url: String,
    /// When the family's link stops working (RFC 3339, UTC).
    expires_at: String,
    /// The assessment's revision (1).
    revision: i64,
}

/// The state of the family's link.
#[derive(Debug, Clone, Copy, Serialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub(crate) enum LinkState {
    /// It works.
    Active,
    /// Its time is up.
    Expired,
    /// The case system revoked it.
    Revoked,
}

/// The family part's state.
#[derive(Debug, Clone, Copy, Serialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub(crate) enum FamilyStatus {
    /// Nothing saved yet.
    NotStarted,
    /// A draft is saved.
    Draft,
    /// The family sent its part.
    Sent,
}

/// The worker part's state.
#[derive(Debug, Clone, Copy, Serialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub(crate) enum WorkerStatus {
    /// Nothing written yet.
    NotStarted,
    /// Written, but the worker's part does not validate yet.
    InProgress,
    /// Every worker question that applies is answered, without error.
    Complete,
}

/// The family's part.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct FamilyPart {
    status: FamilyStatus,
    /// The family part's revision (1 when never saved).
    revision: i64,
    /// The reference number the family got when it sent its part.
    #[serde(skip_serializing_if = "Option::is_none")]
    receipt: Option<String>,
}

/// The worker's part.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct WorkerPart {
    status: WorkerStatus,
    /// The worker part's revision (0 when never written).
    revision: i64,
}

/// Both parts.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct Parts {
    family: FamilyPart,
    worker: WorkerPart,
}

/// An assessment: its parts, the answers of both, their validation over the whole form and
/// the scores.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct Assessment {
    id: String,
    form: String,
    /// The form version the assessment is filled in.
    version: String,
    language: String,
    case_ref: Option<String>,
    /// When it was created (RFC 3339, UTC).
    created_at: String,
    /// When the family's link stops working (RFC 3339, UTC).
    expires_at: String,
    /// The family's link, relative to the server's address (as when created).
    family_url: String,
    link: LinkState,
    /// The assessment's revision (the `ETag`): the family part's plus the worker part's.
    revision: i64,
    parts: Parts,
    /// The answers of both parts, by question id (as in a response JSON).
    #[schema(value_type = Object)]
    answers: Map<String, Value>,
    /// Whether the whole form is complete and without error.
    valid: bool,
    /// The errors over the whole form, as `arvio validate --json` reports them.
    #[schema(value_type = Vec<Object>)]
    errors: Vec<Value>,
    /// The scores, as in `arvio score --json`.
    #[schema(value_type = Vec<Object>)]
    scores: Vec<Value>,
}

/// The worker's answers (they replace the worker part's answers as a whole).
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct WorkerAnswers {
    /// Answers by question id: only the form's worker questions.
    #[schema(value_type = Object)]
    answers: Map<String, Value>,
}

/// An assessment's new revision.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct Revision {
    revision: i64,
}

/// One line of the audit log: who did what, when. Never content.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct AuditItem {
    /// Order of the entries.
    seq: i64,
    /// When (RFC 3339, UTC).
    at: String,
    /// An API key's name, or `family link`.
    actor: String,
    /// `created`, `read`, `wrote`, `sent`, `printed`, `revoked` or `deleted`.
    action: String,
    /// The part written, or the copy printed (`family`, `worker`).
    #[serde(skip_serializing_if = "Option::is_none")]
    part: Option<String>,
    /// The format printed (`pdf`, `html`, `text`, `json`).
    #[serde(skip_serializing_if = "Option::is_none")]
    format: Option<String>,
}

/// `204` when the assessment was there (and is now revoked or erased), `404` when not.
fn no_content(state: &AppState, done: Result<bool, StoreError>) -> HttpResponse {
    match done {
        Ok(true) => StatusCode::NO_CONTENT.into_response(),
        Ok(false) => missing().into_response(),
        Err(e) => Problem::store(state, &e).into_response(),
    }
}

fn missing() -> Problem {
    Problem::not_found().detail("There is no assessment with that id.")
}

/// The assessment `id`, or the problem to answer.
async fn load(state: &AppState, id: &str) -> Result<AssessmentRow, Box<Problem>> {
    if !is_token(id) {
        return Err(missing().into());
    }
    match state.store().assessment(id.to_string()).await {
        Ok(Some(row)) => Ok(row),
        Ok(None) => Err(missing().into()),
        Err(e) => Err(Problem::store(state, &e).into()),
    }
}

/// Appends an audit line by the caller; a failure is logged by its code.
async fn audit_line(
    state: &AppState,
    caller: &Caller,
    id: &str,
    action: &'static str,
    part: Option<&'static str>,
    format: Option<&'static str>,
) {
    let entry = NewAudit {
        actor: caller.0.clone(),
        action,
        assessment: id.to_string(),
        part,
        format,
    };
    if let Err(e) = state
        .store()
        .record(entry, store::rfc3339(state.now()))
        .await
    {
        state.log_store_error(&e);
    }
}

/// The family's response with the worker's answers, as one response (status `submitted`, so
/// that every required question that applies counts), and its form version.
struct Merged {
    form: Arc<Form>,
    response: Response,
    family_sent: bool,
}

fn merged(state: &AppState, row: &AssessmentRow, worker: &Map<String, Value>) -> Option<Merged> {
    let mut response = Response::from_json(&row.body).ok()?;
    let form = state.form_for(&row.form, &response.form_version)?;
    let family_sent = row.status == "submitted";
    for (k, v) in worker {
        response.answers.insert(k.clone(), AnswerValue(v.clone()));
    }
    response.status = Status::Submitted;
    Some(Merged {
        form,
        response,
        family_sent,
    })
}

fn worker_answers(row: &AssessmentRow) -> Map<String, Value> {
    row.worker_body
        .as_deref()
        .and_then(|b| serde_json::from_str::<Map<String, Value>>(b).ok())
        .unwrap_or_default()
}

/// A stored assessment that cannot be read back (its form is gone): a store failure.
fn unreadable() -> Problem {
    Problem::new(
        StatusCode::INTERNAL_SERVER_ERROR,
        "store-failure",
        "The database failed",
    )
    .detail("The stored assessment cannot be read.")
}

fn with_etag(mut res: HttpResponse, revision: i64) -> HttpResponse {
    res.headers_mut().insert(header::ETAG, etag(revision));
    res
}

/// Creates an assessment: the family's link, blank, at revision 1.
#[utoipa::path(
    post,
    path = "/api/v1/assessments",
    tag = "assessments",
    request_body(content = CreateAssessment, content_type = "application/json"),
    responses(
        (status = 201, description = "Created.", body = Created,
            headers(
                ("Location" = String, description = "`/api/v1/assessments/{id}`"),
                ("ETag" = String, description = "The revision, quoted: `\"1\"`."),
            )),
        (status = 400, description = "The body is not JSON of the expected shape (`invalid-json`, with line and column).", body = Problem, content_type = "application/problem+json"),
        (status = 413, description = "Body too large (`too-large`).", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Unknown form or version (`unknown-form`), or a language, case reference or expiry not allowed (`invalid-field`); `field` names it.", body = Problem, content_type = "application/problem+json"),
        super::KeyedErrors,
    )
)]
pub(crate) async fn create(
    State(state): State<AppState>,
    Extension(caller): Extension<Caller>,
    body: Result<Bytes, BytesRejection>,
) -> HttpResponse {
    let new: CreateAssessment = match json_body(body) {
        Ok(n) => n,
        Err(p) => return p.into_response(),
    };
    let form: Arc<Form> = match &new.version {
        None => match state.form(&new.form) {
            Some(f) => f,
            None => {
                return Problem::unknown_form("form")
                    .detail("There is no built-in form with that id.")
                    .into_response();
            }
        },
        Some(v) => {
            if builtin_versions(&new.form).is_empty() {
                return Problem::unknown_form("form")
                    .detail("There is no built-in form with that id.")
                    .into_response();
            }
            match Version::parse(v)
                .ok()
                .and_then(|v| builtin_version(&new.form, &v))
            {
                Some(f) => Arc::new(f),
                None => {
                    return Problem::unknown_form("version")
                        .detail("The form has no such version.")
                        .into_response();
                }
            }
        }
    };
    if !LANGUAGES.contains(&new.language.as_str()) {
        return Problem::invalid_field("language", "The language is one of fi, sv, en.")
            .into_response();
    }
    if let Some(c) = &new.case_ref
        && (c.chars().count() > CASE_REF_MAX || arvio_core::chars::first_disallowed(c).is_some())
    {
        return Problem::invalid_field(
            "case_ref",
            "A case reference is at most 100 characters, without control characters.",
        )
        .into_response();
    }
    let days = new.expires_in_days.unwrap_or(state.link_days());
    if !(1..=365).contains(&days) {
        return Problem::invalid_field("expires_in_days", "The link works 1 to 365 days.")
            .into_response();
    }
    let (id, token) = match (store::new_token(), store::new_token()) {
        (Ok(i), Ok(t)) => (i, t),
        (Err(e), _) | (_, Err(e)) => return Problem::store(&state, &e).into_response(),
    };
    let now = state.now();
    let expires_at = store::rfc3339(now + arvio_core::chrono::Duration::days(i64::from(days)));
    let row = NewAssessment {
        id: id.clone(),
        token: token.clone(),
        form: form.id.clone(),
        language: new.language.clone(),
        case_ref: new.case_ref,
        body: Response::new(&form, &new.language).to_json(),
        created_at: store::rfc3339(now),
        expires_at: expires_at.clone(),
        actor: caller.0,
    };
    if let Err(e) = state.store().create(row).await {
        return Problem::store(&state, &e).into_response();
    }
    let mut res = json(
        StatusCode::CREATED,
        &Created {
            id: id.clone(),
            family_url: format!("/{}/r/{token}", new.language),
            expires_at,
            revision: 1,
        },
    );
    if let Ok(loc) = HeaderValue::from_str(&format!("{}/assessments/{id}", super::PREFIX)) {
        res.headers_mut().insert(header::LOCATION, loc);
    }
    with_etag(res, 1)
}

/// An assessment: both parts, the answers, their validation and the scores. Audited (`read`).
#[utoipa::path(
    get,
    path = "/api/v1/assessments/{id}",
    tag = "assessments",
    params(("id" = String, Path, description = "The assessment's id.")),
    responses(
        (status = 200, description = "The assessment.", body = Assessment,
            headers(("ETag" = String, description = "The revision, quoted."))),
        (status = 404, description = "No such assessment (`not-found`).", body = Problem, content_type = "application/problem+json"),
        super::KeyedErrors,
    )
)]
pub(crate) async fn get_assessment(
    State(state): State<AppState>,
    Extension(caller): Extension<Caller>,
    Path(id): Path<String>,
) -> HttpResponse {
    let row = match load(&state, &id).await {
        Ok(r) => r,
        Err(p) => return p.into_response(),
    };
    let worker = worker_answers(&row);
    let Some(m) = merged(&state, &row, &worker) else {
        return unreadable().into_response();
    };
    let today = state.today();
    let t = Localizer::new(&[row.language.as_str()]);
    let all = validate_part(&m.form, &m.response, today, Part::All);
    let report = score(&m.form, &all.answers);
    let worker_status = if row.worker_revision == 0 {
        WorkerStatus::NotStarted
    } else if validate_part(&m.form, &m.response, today, Part::Worker).is_valid() {
        WorkerStatus::Complete
    } else {
        WorkerStatus::InProgress
    };
    let family_status = if m.family_sent {
        FamilyStatus::Sent
    } else if row.family_revision <= 1 {
        FamilyStatus::NotStarted
    } else {
        FamilyStatus::Draft
    };
    let link = if row.revoked {
        LinkState::Revoked
    } else if row.expires_at.as_str() <= store::rfc3339(state.now()).as_str() {
        LinkState::Expired
    } else {
        LinkState::Active
    };
    let answers: Map<String, Value> = m
        .response
        .answers
        .iter()
        .map(|(k, AnswerValue(v))| (k.clone(), v.clone()))
        .collect();
    let out = Assessment {
        id: row.id.clone(),
        form: row.form.clone(),
        version: m.response.form_version.clone(),
        language: row.language.clone(),
        case_ref: row.case_ref.clone(),
        created_at: row.created_at.clone(),
        expires_at: row.expires_at.clone(),
        family_url: format!("/{}/r/{}", row.language, row.token),
        link,
        revision: row.revision(),
        parts: Parts {
            family: FamilyPart {
                status: family_status,
                revision: row.family_revision,
                receipt: row.receipt.clone(),
            },
            worker: WorkerPart {
                status: worker_status,
                revision: row.worker_revision,
            },
        },
        answers,
        valid: all.is_valid(),
        errors: errors_json(&m.form, &all, &t),
        scores: scores_json(&report, &t),
    };
    audit_line(&state, &caller, &row.id, "read", None, None).await;
    with_etag(json(StatusCode::OK, &out), row.revision())
}

/// A key not shaped like an id is named by its position.
fn key_name(i: usize, k: &str) -> String {
    let id_like = !k.is_empty()
        && k.len() <= 64
        && k.bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-');
    if id_like {
        k.to_string()
    } else {
        format!("<key {}>", i + 1)
    }
}

/// Replaces the worker's answers, if the assessment is still at the `If-Match` revision.
#[utoipa::path(
    put,
    path = "/api/v1/assessments/{id}/answers",
    tag = "assessments",
    params(
        ("id" = String, Path, description = "The assessment's id."),
        ("part" = String, Query, description = "`worker`: the only part written here (the family writes through its link)."),
        ("If-Match" = String, Header, description = "The revision the answers were made from, quoted (`\"3\"`): the `ETag` of the last read."),
    ),
    request_body(content = WorkerAnswers, content_type = "application/json"),
    responses(
        (status = 200, description = "Written: the new revision.", body = Revision,
            headers(("ETag" = String, description = "The new revision, quoted."))),
        (status = 400, description = "A part other than `worker` or a bad query (`bad-request`), or a body not of the expected shape (`invalid-json`).", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such assessment (`not-found`).", body = Problem, content_type = "application/problem+json"),
        (status = 412, description = "The assessment is at another revision (`stale-revision`; `revision` is the current one).", body = Problem, content_type = "application/problem+json"),
        (status = 413, description = "Body too large, or the answers over what a link stores (`too-large`).", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "An answer to a question not in the worker's part or not in the form (`not-in-part`; `questions` lists them), or over the form's limits (`over-limit`; `errors` lists them).", body = Problem, content_type = "application/problem+json"),
        (status = 428, description = "No `If-Match` (`precondition-required`).", body = Problem, content_type = "application/problem+json"),
        super::KeyedErrors,
    )
)]
pub(crate) async fn put_answers(
    State(state): State<AppState>,
    Extension(caller): Extension<Caller>,
    Path(id): Path<String>,
    RawQuery(q): RawQuery,
    headers: HeaderMap,
    body: Result<Bytes, BytesRejection>,
) -> HttpResponse {
    match put_answers_inner(&state, &caller, &id, q.as_deref(), &headers, body).await {
        Ok(res) => res,
        Err(p) => p.into_response(),
    }
}

async fn put_answers_inner(
    state: &AppState,
    caller: &Caller,
    id: &str,
    q: Option<&str>,
    headers: &HeaderMap,
    body: Result<Bytes, BytesRejection>,
) -> Result<HttpResponse, Box<Problem>> {
    if !is_token(id) {
        return Err(missing().into());
    }
    let p = params(q, &["part"])?;
    if p.get("part").map(String::as_str) != Some("worker") {
        return Err(Problem::bad_request(
            "part",
            "Only the worker's part is written here (`part=worker`); the family writes through its link.",
        ).into());
    }
    let Some(revision) = if_match(headers) else {
        return Err(Problem::new(
            StatusCode::PRECONDITION_REQUIRED,
            "precondition-required",
            "If-Match is required",
        )
        .detail("Send `If-Match` with the ETag of the assessment the answers were made from.")
        .into());
    };
    let bytes = super::body(body)?;
    let new: WorkerAnswers =
        serde_json::from_slice(&bytes).map_err(|e| Box::new(Problem::invalid_json(&e)))?;
    let row = load(state, id).await?;
    let response = Response::from_json(&row.body).map_err(|_| unreadable())?;
    strict(&bytes, &response)?;
    let form = state
        .form_for(&row.form, &response.form_version)
        .ok_or_else(unreadable)?;
    let outside: Vec<String> = new
        .answers
        .keys()
        .enumerate()
        .filter(|(_, k)| {
            form.question(k)
                .is_none_or(|q| !Part::Worker.covers(q.audience))
        })
        .map(|(i, k)| key_name(i, k))
        .collect();
    if !outside.is_empty() {
        let mut p = Problem::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            "not-in-part",
            "Answers outside the worker's part",
        )
        .detail("Only the form's worker questions are answered here.");
        p.questions = Some(outside);
        return Err(p.into());
    }
    let m = merged(state, &row, &new.answers).ok_or_else(unreadable)?;
    let v = validate_part(&m.form, &m.response, state.today(), Part::Worker);
    if v.errors.iter().any(|e| over_limit(&e.kind)) {
        let t = Localizer::new(&[row.language.as_str()]);
        let over = arvio_core::Validation {
            errors: v
                .errors
                .iter()
                .filter(|e| over_limit(&e.kind))
                .cloned()
                .collect(),
            answers: Default::default(),
        };
        let mut p = Problem::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            "over-limit",
            "Answers over the form's limits",
        )
        .detail("Nothing was stored.");
        p.errors = Some(errors_json(&m.form, &over, &t));
        return Err(p.into());
    }
    let text = Value::Object(new.answers).to_string();
    if text.len() > state.inner.link_bytes {
        return Err(Problem::too_large()
            .detail("The answers are larger than an assessment stores. Nothing was stored.")
            .into());
    }
    let written = state
        .store()
        .write_worker(
            id.to_string(),
            revision.unwrap_or(-1),
            text,
            caller.0.clone(),
            store::rfc3339(state.now()),
        )
        .await;
    match written {
        Ok(WorkerWrite::Ok { revision }) => Ok(with_etag(
            json(StatusCode::OK, &Revision { revision }),
            revision,
        )),
        Ok(WorkerWrite::Stale { revision }) => {
            let mut p = Problem::new(
                StatusCode::PRECONDITION_FAILED,
                "stale-revision",
                "The assessment has changed",
            )
            .detail("The assessment is at another revision: read it again.");
            p.revision = Some(revision);
            Err(p.into())
        }
        Ok(WorkerWrite::Missing) => Err(missing().into()),
        Err(e) => Err(Problem::store(state, &e).into()),
    }
}

/// Reads the worker's body again as a response's answers, with the response parser's strict
/// rules: a key given twice in any object (which JSON parsers resolve differently, so that a
/// repeated key could change a score unseen) is refused with `400 invalid-json`.
fn strict(body: &[u8], family: &Response) -> Result<(), Box<Problem>> {
    let text = std::str::from_utf8(body).unwrap_or("").trim_start();
    let Some(rest) = text.strip_prefix('{') else {
        return Ok(());
    };
    let quote = |s: &str| serde_json::to_string(s).unwrap_or_default();
    let prefix = format!(
        "{{\"form\":{},\"form_version\":{},\"language\":{},\"status\":\"draft\",",
        quote(&family.form),
        quote(&family.form_version),
        quote(&family.language)
    );
    // On the body's first line, columns are shifted by what was put before it.
    let shift = prefix.len() - 1 + (body.len() - text.len());
    match Response::from_json(&format!("{prefix}{rest}")) {
        Ok(_) => Ok(()),
        Err(e) => {
            let mut p = Problem::new(StatusCode::BAD_REQUEST, "invalid-json", "Invalid JSON body")
                .detail(e.to_string());
            p.line = Some(e.line);
            p.column = Some(if e.line == 1 {
                e.column.saturating_sub(shift)
            } else {
                e.column
            });
            Err(p.into())
        }
    }
}

/// The summary's formats.
#[derive(Clone, Copy)]
enum Format {
    Pdf,
    Html,
    Text,
    Json,
}

impl Format {
    fn name(self) -> &'static str {
        match self {
            Format::Pdf => "pdf",
            Format::Html => "html",
            Format::Text => "text",
            Format::Json => "json",
        }
    }
    fn content_type(self) -> &'static str {
        match self {
            Format::Pdf => "application/pdf",
            Format::Html => "text/html; charset=utf-8",
            Format::Text => "text/plain; charset=utf-8",
            Format::Json => "application/json",
        }
    }
}

/// The summary of an assessment (both parts), as the worker's or the family's copy.
/// Audited (`printed`, with the copy and the format).
#[utoipa::path(
    get,
    path = "/api/v1/assessments/{id}/summary",
    tag = "assessments",
    params(
        ("id" = String, Path, description = "The assessment's id."),
        ("format" = Option<String>, Query, description = "`pdf` (default), `html`, `text` or `json` (the score report and the copy's answers)."),
        ("copy" = Option<String>, Query, description = "`worker` (default: everything) or `family` (no worker-only question, no private answer)."),
        ("lang" = Option<String>, Query, description = "`fi`, `sv` or `en` (default: the assessment's language)."),
    ),
    responses(
        (status = 200, description = "The summary.", content(
            ("application/pdf"),
            ("text/html"),
            ("text/plain"),
            (Object = "application/json"),
        )),
        (status = 400, description = "Unknown format (`unsupported-format`), or unknown copy, language or query parameter (`bad-request`); `field` names it.", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such assessment (`not-found`).", body = Problem, content_type = "application/problem+json"),
        super::KeyedErrors,
    )
)]
pub(crate) async fn summary(
    State(state): State<AppState>,
    Extension(caller): Extension<Caller>,
    Path(id): Path<String>,
    RawQuery(q): RawQuery,
) -> HttpResponse {
    match summary_inner(&state, &caller, &id, q.as_deref()).await {
        Ok(res) => res,
        Err(p) => p.into_response(),
    }
}

async fn summary_inner(
    state: &AppState,
    caller: &Caller,
    id: &str,
    q: Option<&str>,
) -> Result<HttpResponse, Box<Problem>> {
    if !is_token(id) {
        return Err(missing().into());
    }
    let p = params(q, &["format", "copy", "lang"])?;
    let format = match p.get("format").map(String::as_str) {
        None | Some("pdf") => Format::Pdf,
        Some("html") => Format::Html,
        Some("text") => Format::Text,
        Some("json") => Format::Json,
        Some(_) => {
            return Err(Problem::new(
                StatusCode::BAD_REQUEST,
                "unsupported-format",
                "Unsupported format",
            )
            .field("format")
            .detail("The format is one of pdf, html, text, json.")
            .into());
        }
    };
    let copy = match p.get("copy").map(String::as_str) {
        None | Some("worker") => CopyFor::Worker,
        Some("family") => CopyFor::Family,
        Some(_) => {
            return Err(Problem::bad_request("copy", "The copy is one of worker, family.").into());
        }
    };
    let lang = match p.get("lang") {
        Some(l) if LANGUAGES.contains(&l.as_str()) => Some(l.clone()),
        Some(_) => {
            return Err(Problem::bad_request("lang", "The language is one of fi, sv, en.").into());
        }
        None => None,
    };
    let row = load(state, id).await?;
    let lang = lang.unwrap_or_else(|| row.language.clone());
    let worker = worker_answers(&row);
    let m = merged(state, &row, &worker).ok_or_else(unreadable)?;
    let today = state.today();
    let t = Localizer::new(&[lang.as_str()]);
    let v = validate_part(&m.form, &m.response, today, Part::All);
    let report = score(&m.form, &v.answers);
    let bytes = match format {
        Format::Json => {
            let out = summary_json(&m.form, &report, &v, &m.response, copy, &t);
            serde_json::to_vec(&out).unwrap_or_default()
        }
        _ => {
            let blocks = arvio_forms::blocks::summary_blocks(&m.form, &v.answers, copy, &t, today);
            let filled = Filled::new(&m.response, &v, &report);
            let cx = RenderContext::summary(&m.form, &t, filled)
                .with_copy(copy)
                .with_blocks(&blocks);
            let rendered = match format {
                Format::Pdf => arvio_pdf::PdfRenderer::new()
                    .today(today)
                    .render_pdf(&cx)
                    .map(|d| d.bytes),
                Format::Html => arvio_html::HtmlRenderer::new()
                    .with_today(today)
                    .render(&cx)
                    .map(|o| o.into_bytes()),
                _ => arvio_text::TextRenderer.render(&cx).map(|o| o.into_bytes()),
            };
            rendered.map_err(|_| {
                Problem::new(
                    StatusCode::INTERNAL_SERVER_ERROR,
                    "store-failure",
                    "The summary could not be made",
                )
            })?
        }
    };
    let part = match copy {
        CopyFor::Worker => "worker",
        CopyFor::Family => "family",
    };
    audit_line(
        state,
        caller,
        &row.id,
        "printed",
        Some(part),
        Some(format.name()),
    )
    .await;
    let mut res = (StatusCode::OK, bytes).into_response();
    res.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static(format.content_type()),
    );
    Ok(res)
}

/// Revokes the family's link: from then on it answers `410`. Audited (`revoked`).
#[utoipa::path(
    post,
    path = "/api/v1/assessments/{id}/revoke",
    tag = "assessments",
    params(("id" = String, Path, description = "The assessment's id.")),
    responses(
        (status = 204, description = "Revoked."),
        (status = 404, description = "No such assessment (`not-found`).", body = Problem, content_type = "application/problem+json"),
        super::KeyedErrors,
    )
)]
pub(crate) async fn revoke(
    State(state): State<AppState>,
    Extension(caller): Extension<Caller>,
    Path(id): Path<String>,
) -> HttpResponse {
    if !is_token(&id) {
        return missing().into_response();
    }
    let done = state
        .store()
        .revoke(id, caller.0, store::rfc3339(state.now()))
        .await;
    no_content(&state, done)
}

/// Erases the assessment (both parts); the audit log keeps only its id. Audited (`deleted`).
#[utoipa::path(
    delete,
    path = "/api/v1/assessments/{id}",
    tag = "assessments",
    params(("id" = String, Path, description = "The assessment's id.")),
    responses(
        (status = 204, description = "Deleted."),
        (status = 404, description = "No such assessment (`not-found`).", body = Problem, content_type = "application/problem+json"),
        super::KeyedErrors,
    )
)]
pub(crate) async fn delete(
    State(state): State<AppState>,
    Extension(caller): Extension<Caller>,
    Path(id): Path<String>,
) -> HttpResponse {
    if !is_token(&id) {
        return missing().into_response();
    }
    let done = state
        .store()
        .delete(id, caller.0, store::rfc3339(state.now()))
        .await;
    no_content(&state, done)
}

/// The assessment's audit log, oldest first (kept after the assessment is deleted).
#[utoipa::path(
    get,
    path = "/api/v1/assessments/{id}/audit",
    tag = "assessments",
    params(("id" = String, Path, description = "The assessment's id.")),
    responses(
        (status = 200, description = "The audit log.", body = [AuditItem]),
        (status = 404, description = "No audit entry for that id (`not-found`).", body = Problem, content_type = "application/problem+json"),
        super::KeyedErrors,
    )
)]
pub(crate) async fn audit(State(state): State<AppState>, Path(id): Path<String>) -> HttpResponse {
    if !is_token(&id) {
        return missing().into_response();
    }
    match state.store().audit(id).await {
        Ok(entries) if entries.is_empty() => missing().into_response(),
        Ok(entries) => {
            let items: Vec<AuditItem> = entries
                .into_iter()
                .map(|e| AuditItem {
                    seq: e.seq,
                    at: e.at,
                    actor: e.actor,
                    action: e.action,
                    part: e.part,
                    format: e.format,
                })
                .collect();
            json(StatusCode::OK, &items)
        }
        Err(e) => Problem::store(&state, &e).into_response(),
    }
}
