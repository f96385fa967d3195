//! The JSON API for case-management systems (`/api/v1`), described by OpenAPI 3.1
//! (`GET /api/v1/openapi.json`, generated from these handlers with `utoipa`).
//!
//! Every endpoint but the document itself needs `Authorization: Bearer <key>` (see
//! [`crate::keys`]); errors are problem details ([`problem`]). A case system creates an
//! assessment, sends the family its link (`family_url`), reads the family's answers back with
//! the scores, writes the worker's own answers (guarded by `If-Match`), prints summaries,
//! revokes the link and deletes the assessment; every read, write and print is in the audit
//! log under the key's name.

mod assessments;
mod forms;
pub(crate) mod problem;

use crate::AppState;
use crate::keys::{self, Checked};
use axum::Router;
use axum::body::Bytes;
use axum::extract::rejection::BytesRejection;
use axum::extract::{Request, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post, put};
use problem::Problem;
use serde::de::DeserializeOwned;
use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
use utoipa::{Modify, OpenApi};

/// Where the API is.
pub(crate) const PREFIX: &str = "/api/v1";

/// The OpenAPI document.
#[derive(OpenApi)]
#[openapi(
    info(
        title = "arvio API",
        description = "Assessments of Finnish family social services for case-management systems: \
            create an assessment, send the family its link, read the answers and scores back, \
            write the worker's part, print summaries, revoke and delete. Errors are RFC 9457 \
            problem details (`application/problem+json`).",
    ),
    paths(
        openapi_json,
        forms::list_forms,
        forms::get_form,
        forms::form_schema,
        forms::validate,
        forms::score,
        assessments::create,
        assessments::get_assessment,
        assessments::put_answers,
        assessments::summary,
        assessments::revoke,
        assessments::delete,
        assessments::audit,
    ),
    components(schemas(
        Problem,
        forms::FormInfo,
        forms::Titles,
        forms::ValidationResult,
        assessments::CreateAssessment,
        assessments::Created,
        assessments::Assessment,
        assessments::LinkState,
        assessments::Parts,
        assessments::FamilyPart,
        assessments::FamilyStatus,
        assessments::WorkerPart,
        assessments::WorkerStatus,
        assessments::WorkerAnswers,
        assessments::Revision,
        assessments::AuditItem,
    )),
    modifiers(&Security),
    security(("bearer" = [])),
    tags(
        (name = "forms", description = "The built-in forms, and stateless validation and scoring."),
        (name = "assessments", description = "Assessments: the family's link, the worker's part, summaries, the audit log."),
        (name = "meta", description = "This document."),
    )
)]
struct ApiDoc;

/// Adds the bearer scheme, and takes the document itself out of it.
struct Security;

impl Modify for Security {
    fn modify(&self, api: &mut utoipa::openapi::OpenApi) {
        let components = api.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "bearer",
            SecurityScheme::Http(
                HttpBuilder::new()
                    .scheme(HttpAuthScheme::Bearer)
                    .bearer_format("arvio_<id>_<secret>")
                    .description(Some(
                        "An API key made with `arvio keys create NAME` (only its hash is stored).",
                    ))
                    .build(),
            ),
        );
        if let Some(op) = api
            .paths
            .paths
            .get_mut(&format!("{PREFIX}/openapi.json"))
            .and_then(|p| p.get.as_mut())
        {
            op.security = Some(Vec::new());
        }
    }
}

/// The problems every endpoint that needs a key can answer: no valid key, and the store
/// failing (the key is checked against it). Listed in each endpoint's responses.
#[derive(utoipa::IntoResponses)]
#[allow(dead_code)]
pub(crate) enum KeyedErrors {
    /// No valid API key (`unauthorized`).
    #[response(
        status = 401,
        content_type = "application/problem+json",
        headers(("WWW-Authenticate" = String, description = "`Bearer`"))
    )]
    Unauthorized(Problem),
    /// The database failed (`store-failure`).
    #[response(status = 500, content_type = "application/problem+json")]
    StoreFailure(Problem),
    /// The database is busy (`store-busy`); try again after `Retry-After` seconds.
    #[response(
        status = 503,
        content_type = "application/problem+json",
        headers(("Retry-After" = String, description = "Seconds to wait."))
    )]
    StoreBusy(Problem),
}

/// The document as JSON.
pub(crate) fn document() -> String {
    ApiDoc::openapi().to_json().unwrap_or_default()
}

/// The API's routes, under `/api/v1`.
pub(crate) fn routes(state: AppState) -> Router<AppState> {
    let authenticated = Router::new()
        .route("/forms", get(forms::list_forms))
        .route("/forms/{id}", get(forms::get_form))
        .route("/forms/{id}/schema", get(forms::form_schema))
        .route("/validate", post(forms::validate))
        .route("/score", post(forms::score))
        .route("/assessments", post(assessments::create))
        .route(
            "/assessments/{id}",
            get(assessments::get_assessment).delete(assessments::delete),
        )
        .route("/assessments/{id}/answers", put(assessments::put_answers))
        .route("/assessments/{id}/summary", get(assessments::summary))
        .route("/assessments/{id}/revoke", post(assessments::revoke))
        .route("/assessments/{id}/audit", get(assessments::audit))
        .route_layer(axum::middleware::from_fn_with_state(state, authenticate));
    Router::new()
        .route("/openapi.json", get(openapi_json))
        .merge(authenticated)
        .fallback(not_found)
        .method_not_allowed_fallback(method_not_allowed)
}

async fn not_found() -> Problem {
    Problem::not_found()
}

async fn method_not_allowed() -> Problem {
    Problem::method_not_allowed()
}

/// The caller: the name of the API key the request came with (the audit log's actor).
#[derive(Debug, Clone)]
pub(crate) struct Caller(pub String);

/// Middleware: a request needs a valid, unrevoked key; its name goes in the extensions.
async fn authenticate(State(state): State<AppState>, mut req: Request, next: Next) -> Response {
    let presented = req
        .headers()
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| {
            let (scheme, key) = v.split_once(' ')?;
            scheme.eq_ignore_ascii_case("bearer").then(|| key.trim())
        })
        .map(str::to_string);
    let Some(key) = presented else {
        return Problem::unauthorized().into_response();
    };
    match keys::check(&state, &key).await {
        Ok(Checked::Valid(name)) => {
            req.extensions_mut().insert(Caller(name));
            next.run(req).await
        }
        Ok(Checked::Invalid) => Problem::unauthorized().into_response(),
        Err(e) => Problem::store(&state, &e).into_response(),
    }
}

/// The OpenAPI 3.1 document of this API (no key needed).
#[utoipa::path(
    get,
    path = "/api/v1/openapi.json",
    tag = "meta",
    responses(
        (status = 200, description = "The OpenAPI 3.1 document of the API.", content_type = "application/json", body = Object),
    )
)]
pub(crate) async fn openapi_json() -> Response {
    let mut res = document().into_response();
    res.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/json"),
    );
    res
}

/// A JSON response with `status`.
pub(crate) fn json(status: StatusCode, value: &impl serde::Serialize) -> Response {
    let body = serde_json::to_vec(value).unwrap_or_default();
    let mut res = (status, body).into_response();
    res.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/json"),
    );
    res
}

/// A request body: `413` over the limit, `400` otherwise unreadable.
pub(crate) fn body(body: Result<Bytes, BytesRejection>) -> Result<Bytes, Box<Problem>> {
    match body {
        Ok(b) => Ok(b),
        Err(rej) if rej.status() == StatusCode::PAYLOAD_TOO_LARGE => Err(Problem::too_large()
            .detail(format!(
                "A request body holds at most {} bytes.",
                crate::BODY_LIMIT
            ))
            .into()),
        Err(_) => Err(Problem::bad_request("body", "The request body could not be read.").into()),
    }
}

/// A JSON request body of type `T`.
pub(crate) fn json_body<T: DeserializeOwned>(
    b: Result<Bytes, BytesRejection>,
) -> Result<T, Box<Problem>> {
    let bytes = body(b)?;
    serde_json::from_slice(&bytes).map_err(|e| Box::new(Problem::invalid_json(&e)))
}

/// The query's parameters (the last of a name wins; names are fixed, values checked by the
/// caller).
pub(crate) fn query(raw: Option<&str>) -> Vec<(String, String)> {
    form_urlencoded::parse(raw.unwrap_or("").as_bytes())
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect()
}

/// One query parameter, checked against the known names: an unknown name is a `400`.
pub(crate) fn params<'a>(
    raw: Option<&str>,
    known: &[&'a str],
) -> Result<std::collections::BTreeMap<&'a str, String>, Box<Problem>> {
    let mut out = std::collections::BTreeMap::new();
    for (k, v) in query(raw) {
        match known.iter().find(|n| **n == k) {
            Some(n) => {
                out.insert(*n, v);
            }
            None => {
                return Err(Problem::bad_request(
                    "query",
                    "The query has a parameter this endpoint does not take.",
                )
                .into());
            }
        }
    }
    Ok(out)
}

/// The `If-Match` revision: `None` when the header is missing, `Some(None)` when it is not
/// one revision (`"3"`).
pub(crate) fn if_match(headers: &HeaderMap) -> Option<Option<i64>> {
    let v = headers.get(header::IF_MATCH)?;
    Some(
        v.to_str()
            .ok()
            .and_then(|s| s.trim().strip_prefix('"')?.strip_suffix('"')?.parse().ok()),
    )
}

/// The `ETag` of a revision.
pub(crate) fn etag(revision: i64) -> HeaderValue {
    HeaderValue::from_str(&format!("\"{revision}\"")).unwrap_or(HeaderValue::from_static("\"0\""))
}
