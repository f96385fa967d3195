//! The forms, their response schemas, and stateless validation and scoring.

use super::problem::Problem;
use super::{json, params};
use crate::{AppState, LANGUAGES};
use arvio_core::render::Texts;
use arvio_core::{Form, Part, Response, score as score_report, validate_part};
use arvio_forms::{builtin_ids, builtin_versions};
use arvio_i18n::Localizer;
use arvio_i18n::json::{errors_json, score_json};
use axum::body::Bytes;
use axum::extract::rejection::BytesRejection;
use axum::extract::{Path, RawQuery, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response as HttpResponse};
use serde::Serialize;
use std::sync::Arc;
use utoipa::ToSchema;

/// A form's title in each language.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct Titles {
    fi: String,
    sv: String,
    en: String,
}

/// A built-in form.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct FormInfo {
    /// The form's id.
    #[schema(example = "family-self-assessment")]
    id: String,
    /// Its newest version (new assessments use it unless they name another).
    version: String,
    /// Every version, newest first.
    versions: Vec<String>,
    /// The languages it can be filled in.
    languages: Vec<String>,
    /// Its title in each language.
    title: Titles,
}

/// The result of validating a response.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct ValidationResult {
    /// Whether the response has no error.
    valid: bool,
    /// The errors, as `arvio validate --json` reports them (path, kind and its parameters,
    /// question, message): never an answer's content.
    #[schema(value_type = Vec<Object>)]
    errors: Vec<serde_json::Value>,
}

fn form_info(form: &Form) -> FormInfo {
    let title = |lang: &str| Localizer::new(&[lang]).message(&form.title);
    FormInfo {
        id: form.id.clone(),
        version: form.version.to_string(),
        versions: builtin_versions(&form.id)
            .iter()
            .map(ToString::to_string)
            .collect(),
        languages: LANGUAGES.iter().map(|l| (*l).to_string()).collect(),
        title: Titles {
            fi: title("fi"),
            sv: title("sv"),
            en: title("en"),
        },
    }
}

/// The built-in forms.
#[utoipa::path(
    get,
    path = "/api/v1/forms",
    tag = "forms",
    responses(
        (status = 200, description = "Every built-in form.", body = [FormInfo]),
        super::KeyedErrors,
    )
)]
pub(crate) async fn list_forms(State(state): State<AppState>) -> HttpResponse {
    let forms: Vec<FormInfo> = builtin_ids()
        .filter_map(|id| state.form(id))
        .map(|f| form_info(&f))
        .collect();
    json(StatusCode::OK, &forms)
}

/// One built-in form.
#[utoipa::path(
    get,
    path = "/api/v1/forms/{id}",
    tag = "forms",
    params(("id" = String, Path, description = "The form's id.")),
    responses(
        (status = 200, description = "The form.", body = FormInfo),
        (status = 404, description = "No such form (`not-found`).", body = Problem, content_type = "application/problem+json"),
        super::KeyedErrors,
    )
)]
pub(crate) async fn get_form(
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> HttpResponse {
    match state.form(&id) {
        Some(f) => json(StatusCode::OK, &form_info(&f)),
        None => Problem::not_found()
            .detail("There is no form with that id.")
            .into_response(),
    }
}

/// The JSON Schema of a response to the form's newest version, with texts in `lang`.
#[utoipa::path(
    get,
    path = "/api/v1/forms/{id}/schema",
    tag = "forms",
    params(
        ("id" = String, Path, description = "The form's id."),
        ("lang" = Option<String>, Query, description = "`fi` (default), `sv` or `en`: the language of the schema's titles."),
    ),
    responses(
        (status = 200, description = "The response JSON Schema (draft 2020-12).", body = Object),
        (status = 400, description = "Unknown language or query parameter (`bad-request`).", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such form (`not-found`).", body = Problem, content_type = "application/problem+json"),
        super::KeyedErrors,
    )
)]
pub(crate) async fn form_schema(
    State(state): State<AppState>,
    Path(id): Path<String>,
    RawQuery(q): RawQuery,
) -> HttpResponse {
    let p = match params(q.as_deref(), &["lang"]) {
        Ok(p) => p,
        Err(e) => return e.into_response(),
    };
    let lang = p.get("lang").map_or("fi", String::as_str);
    if !LANGUAGES.contains(&lang) {
        return Problem::bad_request("lang", "The language is not one of fi, sv, en.")
            .into_response();
    }
    let Some(form) = state.form(&id) else {
        return Problem::not_found()
            .detail("There is no form with that id.")
            .into_response();
    };
    let t = Localizer::new(&[lang]);
    json(StatusCode::OK, &arvio_schema::response_schema(&form, &t))
}

/// A response from a request body, and its form.
fn response_and_form(
    state: &AppState,
    body: Result<Bytes, BytesRejection>,
) -> Result<(Response, Arc<Form>), Box<Problem>> {
    let bytes = super::body(body)?;
    let response = Response::from_slice(&bytes).map_err(|e| {
        let mut p = Problem::new(StatusCode::BAD_REQUEST, "invalid-json", "Invalid JSON body")
            .detail(e.to_string());
        p.line = Some(e.line);
        p.column = Some(e.column);
        p.field = e.field.clone();
        p
    })?;
    let form = state
        .form_for(&response.form, &response.form_version)
        .ok_or_else(|| {
            Problem::unknown_form("form").detail("The response names no built-in form.")
        })?;
    Ok((response, form))
}

/// The texts for a response's language (Finnish when it is not one served).
fn texts_for(response: &Response) -> Localizer {
    let lang = if LANGUAGES.contains(&response.language.as_str()) {
        response.language.as_str()
    } else {
        "fi"
    };
    Localizer::new(&[lang])
}

/// Validates a response (not stored).
#[utoipa::path(
    post,
    path = "/api/v1/validate",
    tag = "forms",
    params(("part" = Option<String>, Query, description = "`all` (default), `family` or `worker`: the part whose required questions must be answered.")),
    request_body(content = Object, description = "A response JSON (`form`, `form_version`, `language`, `status`, `answers`).", content_type = "application/json"),
    responses(
        (status = 200, description = "Whether the response is valid, and its errors.", body = ValidationResult),
        (status = 400, description = "Not a response (`invalid-json`, with line and column) or an unknown part (`bad-request`).", body = Problem, content_type = "application/problem+json"),
        (status = 413, description = "Body too large (`too-large`).", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "The response names no built-in form (`unknown-form`).", body = Problem, content_type = "application/problem+json"),
        super::KeyedErrors,
    )
)]
pub(crate) async fn validate(
    State(state): State<AppState>,
    RawQuery(q): RawQuery,
    body: Result<Bytes, BytesRejection>,
) -> HttpResponse {
    let p = match params(q.as_deref(), &["part"]) {
        Ok(p) => p,
        Err(e) => return e.into_response(),
    };
    let part = match p.get("part").map(String::as_str) {
        None | Some("all") => Part::All,
        Some("family") => Part::Family,
        Some("worker") => Part::Worker,
        Some(_) => {
            return Problem::bad_request("part", "The part is one of all, family, worker.")
                .into_response();
        }
    };
    let (response, form) = match response_and_form(&state, body) {
        Ok(x) => x,
        Err(e) => return e.into_response(),
    };
    let t = texts_for(&response);
    let v = validate_part(&form, &response, state.today(), part);
    json(
        StatusCode::OK,
        &ValidationResult {
            valid: v.is_valid(),
            errors: errors_json(&form, &v, &t),
        },
    )
}

/// Validates and scores a response (not stored).
#[utoipa::path(
    post,
    path = "/api/v1/score",
    tag = "forms",
    request_body(content = Object, description = "A response JSON.", content_type = "application/json"),
    responses(
        (status = 200, description = "The score report, as `arvio score --json` writes it (`form`, `form_version`, `language`, `valid`, `errors`, `scores`).", body = Object),
        (status = 400, description = "Not a response (`invalid-json`, with line and column).", body = Problem, content_type = "application/problem+json"),
        (status = 413, description = "Body too large (`too-large`).", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "The response names no built-in form (`unknown-form`).", body = Problem, content_type = "application/problem+json"),
        super::KeyedErrors,
    )
)]
pub(crate) async fn score(
    State(state): State<AppState>,
    body: Result<Bytes, BytesRejection>,
) -> HttpResponse {
    let (response, form) = match response_and_form(&state, body) {
        Ok(x) => x,
        Err(e) => return e.into_response(),
    };
    let t = texts_for(&response);
    let v = validate_part(&form, &response, state.today(), Part::All);
    let report = score_report(&form, &v.answers);
    json(StatusCode::OK, &score_json(&form, &report, &v, &t))
}
