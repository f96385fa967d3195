//! Problem details (RFC 9457): every error of the API, as `application/problem+json`.
//!
//! Each kind has its own `type` (`urn:arvio:problem:<kind>`). A problem never holds an
//! answer's content nor a case reference: details are fixed sentences, and the members
//! added to them are revisions, field names, question ids and validation errors as data.

use crate::AppState;
use crate::store::StoreError;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::Serialize;
use serde_json::Value;
use utoipa::ToSchema;

/// The media type of a problem.
pub(crate) const PROBLEM_JSON: &str = "application/problem+json";

/// A problem as sent (RFC 9457), with the extension members some kinds carry.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub(crate) struct Problem {
    /// `urn:arvio:problem:<kind>`: one of `not-found`, `unauthorized`, `bad-request`,
    /// `invalid-json`, `unknown-form`, `invalid-field`, `precondition-required`,
    /// `stale-revision`, `not-in-part`, `over-limit`, `unsupported-format`, `too-large`,
    /// `method-not-allowed`, `store-busy`, `store-failure`.
    #[serde(rename = "type")]
    #[schema(example = "urn:arvio:problem:not-found")]
    pub kind: String,
    /// A short summary of the kind (the same for every problem of one kind).
    pub title: String,
    /// The HTTP status code.
    pub status: u16,
    /// What went wrong in this case (never an answer's content or a case reference).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,
    /// `stale-revision`: the assessment's current revision.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub revision: Option<i64>,
    /// `invalid-field`, `unknown-form`, `bad-request`: the request field or parameter at fault.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub field: Option<String>,
    /// `not-in-part`: the answers' question ids that are not the worker's questions of the
    /// form (a key not shaped like an id is named by its position, `<key 3>`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub questions: Option<Vec<String>>,
    /// `over-limit`: the validation errors over the form's limits (as `arvio validate
    /// --json` reports them).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(value_type = Option<Vec<Object>>)]
    pub errors: Option<Vec<Value>>,
    /// `invalid-json`: the 1-based line of the fault.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub line: Option<usize>,
    /// `invalid-json`: the 1-based column of the fault.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub column: Option<usize>,
}

impl Problem {
    /// A problem of `kind` (the last part of its type) with `status` and `title`.
    pub(crate) fn new(status: StatusCode, kind: &str, title: &str) -> Problem {
        Problem {
            kind: format!("urn:arvio:problem:{kind}"),
            title: title.to_string(),
            status: status.as_u16(),
            detail: None,
            revision: None,
            field: None,
            questions: None,
            errors: None,
            line: None,
            column: None,
        }
    }

    /// With a detail (a fixed sentence: never content from the request or the store).
    pub(crate) fn detail(mut self, detail: impl Into<String>) -> Problem {
        self.detail = Some(detail.into());
        self
    }

    /// With the request field at fault.
    pub(crate) fn field(mut self, field: &str) -> Problem {
        self.field = Some(field.to_string());
        self
    }

    pub(crate) fn not_found() -> Problem {
        Problem::new(StatusCode::NOT_FOUND, "not-found", "Not found")
    }

    pub(crate) fn unauthorized() -> Problem {
        Problem::new(
            StatusCode::UNAUTHORIZED,
            "unauthorized",
            "A valid API key is needed",
        )
        .detail("Send `Authorization: Bearer <key>` with a key that has not been revoked.")
    }

    pub(crate) fn bad_request(field: &str, detail: &str) -> Problem {
        Problem::new(StatusCode::BAD_REQUEST, "bad-request", "Bad request")
            .field(field)
            .detail(detail)
    }

    pub(crate) fn unknown_form(field: &str) -> Problem {
        Problem::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            "unknown-form",
            "Unknown form or version",
        )
        .field(field)
    }

    pub(crate) fn invalid_field(field: &str, detail: &str) -> Problem {
        Problem::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            "invalid-field",
            "A field's value is not allowed",
        )
        .field(field)
        .detail(detail)
    }

    pub(crate) fn too_large() -> Problem {
        Problem::new(
            StatusCode::PAYLOAD_TOO_LARGE,
            "too-large",
            "Request body too large",
        )
    }

    pub(crate) fn method_not_allowed() -> Problem {
        Problem::new(
            StatusCode::METHOD_NOT_ALLOWED,
            "method-not-allowed",
            "Method not allowed",
        )
    }

    /// A JSON body that could not be read: where, and in general terms why (never the text).
    pub(crate) fn invalid_json(e: &serde_json::Error) -> Problem {
        use serde_json::error::Category;
        let detail = match e.classify() {
            Category::Syntax => "The body is not well-formed JSON.",
            Category::Eof => "The body ends before its JSON does.",
            Category::Io => "The body could not be read.",
            Category::Data => "The body's JSON is not of the expected shape.",
        };
        let mut p = Problem::new(StatusCode::BAD_REQUEST, "invalid-json", "Invalid JSON body")
            .detail(detail);
        p.line = Some(e.line());
        p.column = Some(e.column());
        p
    }

    /// A store failure: logged by its code only; `503` (retry) when busy, else `500`.
    pub(crate) fn store(state: &AppState, e: &StoreError) -> Problem {
        state.log_store_error(e);
        if e.is_busy() {
            Problem::new(
                StatusCode::SERVICE_UNAVAILABLE,
                "store-busy",
                "The database is busy",
            )
            .detail("Try again in a moment.")
        } else {
            Problem::new(
                StatusCode::INTERNAL_SERVER_ERROR,
                "store-failure",
                "The database failed",
            )
        }
    }
}

impl IntoResponse for Problem {
    fn into_response(self) -> Response {
        let status = StatusCode::from_u16(self.status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
        let body = serde_json::to_vec(&self).unwrap_or_default();
        let mut res = (status, body).into_response();
        let h = res.headers_mut();
        h.insert(header::CONTENT_TYPE, HeaderValue::from_static(PROBLEM_JSON));
        if status == StatusCode::UNAUTHORIZED {
            h.insert(header::WWW_AUTHENTICATE, HeaderValue::from_static("Bearer"));
        }
        if status == StatusCode::SERVICE_UNAVAILABLE {
            h.insert(header::RETRY_AFTER, HeaderValue::from_static("2"));
        }
        res
    }
}

impl IntoResponse for Box<Problem> {
    fn into_response(self) -> Response {
        (*self).into_response()
    }
}
