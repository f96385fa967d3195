//! Tests of the JSON API (`/api/v1`): keys, the whole round trip of an assessment (the family
//! fills its part through its link's pages, the worker through the API), problems, the
//! OpenAPI document (checked by `openapi-spec-validator`), link expiry, and that no answer
//! and no case reference reaches a problem or the log.

use arvio_core::Part;
use arvio_core::chrono::{DateTime, Duration, NaiveDate, Utc};
use arvio_forms::builtin;
use arvio_serve::{AppState, BODY_LIMIT, router};
use axum::body::{Body, to_bytes};
use axum::http::{HeaderMap, Method, Request, StatusCode, header};
use serde_json::{Map, Value, json};
use std::process::Command;
use tower::ServiceExt;

mod common;

const CASE_REF: &str = "DNRO-2026-SALAINEN-0042";
/// A worker's free-text answer in the caregiver-support example.
const WORKER_TEXT: &str = "Lapsen etu on asua kotona";
/// The start of a family's free-text answer in the same example.
const FAMILY_TEXT: &str = "Lapsella on CP-vamma";

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()
}

fn now() -> DateTime<Utc> {
    "2026-11-23T10:00:00Z".parse().unwrap()
}

fn state() -> AppState {
    common::state().with_today(today()).with_now(now())
}

struct Reply {
    status: StatusCode,
    headers: HeaderMap,
    body: Vec<u8>,
}

impl Reply {
    fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }
    fn json(&self) -> Value {
        serde_json::from_slice(&self.body)
            .unwrap_or_else(|e| panic!("not JSON ({e}): {}", self.text()))
    }
    fn header(&self, name: header::HeaderName) -> String {
        self.headers
            .get(name)
            .map(|v| v.to_str().unwrap().to_string())
            .unwrap_or_default()
    }
    /// Asserts a problem of `kind` with `status`, and returns it.
    fn problem(&self, status: StatusCode, kind: &str) -> Value {
        assert_eq!(self.status, status, "{}", self.text());
        assert_eq!(
            self.header(header::CONTENT_TYPE),
            "application/problem+json"
        );
        let p = self.json();
        assert_eq!(p["type"], format!("urn:arvio:problem:{kind}"), "{p}");
        assert_eq!(p["status"], status.as_u16());
        assert!(p["title"].as_str().is_some_and(|t| !t.is_empty()));
        let text = self.text();
        assert!(!text.contains(CASE_REF), "{text}");
        assert!(!text.contains("perheensä"), "{text}");
        p
    }
}

async fn send(app: &axum::Router, req: Request<Body>) -> Reply {
    let res = app.clone().oneshot(req).await.unwrap();
    let status = res.status();
    let headers = res.headers().clone();
    let body = to_bytes(res.into_body(), usize::MAX)
        .await
        .unwrap()
        .to_vec();
    Reply {
        status,
        headers,
        body,
    }
}

fn req(method: Method, uri: &str, key: Option<&str>, body: Option<&Value>) -> Request<Body> {
    let mut b = Request::builder().method(method).uri(uri);
    if let Some(k) = key {
        b = b.header(header::AUTHORIZATION, format!("Bearer {k}"));
    }
    match body {
        Some(v) => b
            .header(header::CONTENT_TYPE, "application/json")
            .body(Body::from(v.to_string()))
            .unwrap(),
        None => b.body(Body::empty()).unwrap(),
    }
}

fn put_worker(uri: &str, key: &str, if_match: Option<&str>, body: &Value) -> Request<Body> {
    let mut b = Request::put(uri)
        .header(header::AUTHORIZATION, format!("Bearer {key}"))
        .header(header::CONTENT_TYPE, "application/json");
    if let Some(m) = if_match {
        b = b.header(header::IF_MATCH, m);
    }
    b.body(Body::from(body.to_string())).unwrap()
}

fn form_post(uri: &str, body: String) -> Request<Body> {
    Request::post(uri)
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .body(Body::from(body))
        .unwrap()
}

use common::{example, part_answers};

/// Answers as a browser posts them, after the revision and the button.
fn encode(rev: &str, action: &str, answers: &Map<String, Value>) -> String {
    let mut out = form_urlencoded::Serializer::new(String::new());
    out.append_pair("_rev", rev).append_pair("_action", action);
    common::encode_answers(&mut out, answers);
    out.finish()
}

/// A state, its router and a key named `case-system`.
async fn setup() -> (AppState, axum::Router, String) {
    let state = state();
    let key = state.add_api_key("case-system").await.unwrap();
    (state.clone(), router(state), key)
}

async fn create(app: &axum::Router, key: &str, body: Value) -> Value {
    let r = send(
        app,
        req(Method::POST, "/api/v1/assessments", Some(key), Some(&body)),
    )
    .await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.text());
    r.json()
}

/// The round trip: create, the family fills in and sends its part through its link, the
/// worker reads it and writes theirs, summaries, revoke, delete, audit.
#[tokio::test]
async fn an_assessment_round_trip() {
    let (_, app, key) = setup().await;
    let form = builtin("caregiver-support").unwrap();

    // Created.
    let r = send(
        &app,
        req(
            Method::POST,
            "/api/v1/assessments",
            Some(&key),
            Some(&json!({"form": "caregiver-support", "language": "fi", "case_ref": CASE_REF, "expires_in_days": 14})),
        ),
    )
    .await;
    assert_eq!(r.status, StatusCode::CREATED, "{}", r.text());
    assert_eq!(r.header(header::CONTENT_TYPE), "application/json");
    let created = r.json();
    let id = created["id"].as_str().unwrap().to_string();
    assert_eq!(id.len(), 22);
    assert_eq!(
        r.header(header::LOCATION),
        format!("/api/v1/assessments/{id}")
    );
    assert_eq!(r.header(header::ETAG), "\"1\"");
    assert_eq!(created["revision"], 1);
    assert_eq!(created["expires_at"], "2026-12-07T10:00:00Z");
    let link = created["family_url"].as_str().unwrap().to_string();
    assert!(
        link.starts_with("/fi/r/") && link.len() == "/fi/r/".len() + 22,
        "{link}"
    );
    assert_eq!(
        created.as_object().unwrap().keys().collect::<Vec<_>>(),
        ["expires_at", "family_url", "id", "revision"]
    );

    // Not started.
    let uri = format!("/api/v1/assessments/{id}");
    let r = send(&app, req(Method::GET, &uri, Some(&key), None)).await;
    assert_eq!(r.status, StatusCode::OK);
    assert_eq!(r.header(header::ETAG), "\"1\"");
    let a = r.json();
    assert_eq!(a["id"], id.as_str());
    assert_eq!(a["form"], "caregiver-support");
    assert_eq!(a["version"], form.version.to_string());
    assert_eq!(a["language"], "fi");
    assert_eq!(a["case_ref"], CASE_REF);
    assert_eq!(a["created_at"], "2026-11-23T10:00:00Z");
    assert_eq!(a["expires_at"], "2026-12-07T10:00:00Z");
    assert_eq!(a["family_url"], link.as_str());
    assert_eq!(a["link"], "active");
    assert_eq!(a["revision"], 1);
    assert_eq!(
        a["parts"],
        json!({"family": {"status": "not_started", "revision": 1},
               "worker": {"status": "not_started", "revision": 0}})
    );
    assert_eq!(a["answers"], json!({}));
    assert_eq!(a["valid"], false);
    assert!(!a["errors"].as_array().unwrap().is_empty());

    // The family fills in its part through its link: a draft, then sent.
    let family = part_answers(&form, "caregiver-support-fi", Part::Family);
    let worker = part_answers(&form, "caregiver-support-fi", Part::Worker);
    assert!(worker.contains_key("best_interest") && worker.contains_key("home_verdict"));
    assert!(
        family["care_need_reason"]
            .as_str()
            .unwrap()
            .starts_with(FAMILY_TEXT)
    );
    let page = send(&app, req(Method::GET, &link, None, None)).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.text().contains("name=\"_rev\" value=\"1\""));
    let r = send(&app, form_post(&link, encode("1", "submit", &family))).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.text());

    let r = send(&app, req(Method::GET, &uri, Some(&key), None)).await;
    assert_eq!(r.header(header::ETAG), "\"2\"");
    let a = r.json();
    assert_eq!(a["revision"], 2);
    assert_eq!(a["parts"]["family"]["status"], "sent");
    assert_eq!(a["parts"]["family"]["revision"], 2);
    let receipt = a["parts"]["family"]["receipt"].as_str().unwrap();
    assert_eq!(receipt.len(), 9);
    assert_eq!(a["parts"]["worker"]["status"], "not_started");
    assert_eq!(a["answers"]["care_need_reason"], family["care_need_reason"]);
    assert_eq!(a["answers"]["guardians"], family["guardians"]);
    assert!(a["answers"].get("best_interest").is_none());
    assert_eq!(a["valid"], false, "the worker's part is still to do");
    let scores = a["scores"].as_array().unwrap();
    assert!(!scores.is_empty());
    assert!(
        scores
            .iter()
            .all(|s| s["id"].is_string() && s["name"].is_string())
    );

    // The worker writes theirs: If-Match required, a stale one refused.
    let answers_uri = format!("{uri}/answers?part=worker");
    let body = json!({"answers": worker});
    let r = send(&app, put_worker(&answers_uri, &key, None, &body)).await;
    r.problem(StatusCode::PRECONDITION_REQUIRED, "precondition-required");
    let r = send(&app, put_worker(&answers_uri, &key, Some("\"1\""), &body)).await;
    let p = r.problem(StatusCode::PRECONDITION_FAILED, "stale-revision");
    assert_eq!(p["revision"], 2);
    let r = send(&app, put_worker(&answers_uri, &key, Some("\"2\""), &body)).await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text());
    assert_eq!(r.json(), json!({"revision": 3}));
    assert_eq!(r.header(header::ETAG), "\"3\"");
    // The old ETag is stale now.
    let r = send(&app, put_worker(&answers_uri, &key, Some("\"2\""), &body)).await;
    assert_eq!(
        r.problem(StatusCode::PRECONDITION_FAILED, "stale-revision")["revision"],
        3
    );

    let r = send(&app, req(Method::GET, &uri, Some(&key), None)).await;
    assert_eq!(r.header(header::ETAG), "\"3\"");
    let a = r.json();
    assert_eq!(
        a["parts"]["worker"],
        json!({"status": "complete", "revision": 1})
    );
    assert_eq!(a["answers"]["best_interest"], WORKER_TEXT_JSON());
    assert_eq!(a["valid"], true, "{}", a["errors"]);
    assert_eq!(a["errors"], json!([]));
    // The scores of the whole response, as `score --json` gives them.
    let full = example("caregiver-support-fi");
    let score = send(
        &app,
        req(Method::POST, "/api/v1/score", Some(&key), Some(&full)),
    )
    .await;
    assert_eq!(score.status, StatusCode::OK);
    assert_eq!(a["scores"], score.json()["scores"]);

    // Summaries.
    let s = |q: &str| format!("{uri}/summary{q}");
    let r = send(&app, req(Method::GET, &s(""), Some(&key), None)).await;
    assert_eq!(r.status, StatusCode::OK);
    assert_eq!(r.header(header::CONTENT_TYPE), "application/pdf");
    assert!(r.body.starts_with(b"%PDF"));
    let r = send(&app, req(Method::GET, &s("?format=html"), Some(&key), None)).await;
    assert_eq!(r.header(header::CONTENT_TYPE), "text/html; charset=utf-8");
    let html = r.text();
    assert!(
        html.contains(WORKER_TEXT),
        "worker copy has the worker's answer"
    );
    assert!(html.contains(FAMILY_TEXT));
    let r = send(&app, req(Method::GET, &s("?format=text"), Some(&key), None)).await;
    assert_eq!(r.header(header::CONTENT_TYPE), "text/plain; charset=utf-8");
    assert!(r.text().contains(WORKER_TEXT));
    assert!(r.text().contains(receipt) || r.text().contains(FAMILY_TEXT));
    let r = send(&app, req(Method::GET, &s("?format=json"), Some(&key), None)).await;
    assert_eq!(r.header(header::CONTENT_TYPE), "application/json");
    let j = r.json();
    assert_eq!(j["copy"], "worker");
    assert_eq!(j["form"], "caregiver-support");
    assert_eq!(j["language"], "fi");
    assert_eq!(j["answers"]["best_interest"], WORKER_TEXT_JSON());
    assert_eq!(j["scores"], score.json()["scores"]);
    // The family's copy: no worker-only answer, in any format.
    for format in ["html", "text", "json"] {
        let r = send(
            &app,
            req(
                Method::GET,
                &s(&format!("?format={format}&copy=family")),
                Some(&key),
                None,
            ),
        )
        .await;
        assert_eq!(r.status, StatusCode::OK);
        let text = r.text();
        assert!(!text.contains(WORKER_TEXT), "{format}: {text}");
        assert!(text.contains(FAMILY_TEXT), "{format}");
    }
    let r = send(
        &app,
        req(
            Method::GET,
            &s("?format=json&copy=family"),
            Some(&key),
            None,
        ),
    )
    .await;
    let j = r.json();
    assert_eq!(j["copy"], "family");
    let shown: Vec<&String> = j["answers"].as_object().unwrap().keys().collect();
    for qid in shown {
        let q = form.question(qid).unwrap();
        assert!(arvio_core::CopyFor::Family.shows(q), "{qid}");
    }
    // In Swedish on request.
    let r = send(
        &app,
        req(Method::GET, &s("?format=json&lang=sv"), Some(&key), None),
    )
    .await;
    assert_eq!(r.json()["language"], "sv");
    let r = send(&app, req(Method::GET, &s("?format=docx"), Some(&key), None)).await;
    assert_eq!(
        r.problem(StatusCode::BAD_REQUEST, "unsupported-format")["field"],
        "format"
    );
    let r = send(&app, req(Method::GET, &s("?copy=child"), Some(&key), None)).await;
    r.problem(StatusCode::BAD_REQUEST, "bad-request");

    // Revoked: the family's link answers 410 and shows nothing of the answers.
    let r = send(
        &app,
        req(Method::POST, &format!("{uri}/revoke"), Some(&key), None),
    )
    .await;
    assert_eq!(r.status, StatusCode::NO_CONTENT);
    assert!(r.body.is_empty());
    let page = send(&app, req(Method::GET, &link, None, None)).await;
    assert_eq!(page.status, StatusCode::GONE);
    assert!(!page.text().contains(FAMILY_TEXT));
    assert!(!page.text().contains(receipt));
    let r = send(&app, form_post(&link, encode("2", "draft", &family))).await;
    assert_eq!(r.status, StatusCode::GONE);
    let r = send(&app, req(Method::GET, &uri, Some(&key), None)).await;
    assert_eq!(r.json()["link"], "revoked");

    // Deleted: gone, and the audit log keeps only ids and actions.
    let r = send(&app, req(Method::DELETE, &uri, Some(&key), None)).await;
    assert_eq!(r.status, StatusCode::NO_CONTENT);
    let r = send(&app, req(Method::GET, &uri, Some(&key), None)).await;
    r.problem(StatusCode::NOT_FOUND, "not-found");
    let r = send(&app, req(Method::DELETE, &uri, Some(&key), None)).await;
    r.problem(StatusCode::NOT_FOUND, "not-found");
    let r = send(&app, req(Method::GET, &s("?format=text"), Some(&key), None)).await;
    r.problem(StatusCode::NOT_FOUND, "not-found");
    let page = send(&app, req(Method::GET, &link, None, None)).await;
    assert_eq!(page.status, StatusCode::NOT_FOUND);

    let r = send(
        &app,
        req(Method::GET, &format!("{uri}/audit"), Some(&key), None),
    )
    .await;
    assert_eq!(r.status, StatusCode::OK);
    let text = r.text();
    assert!(!text.contains(CASE_REF) && !text.contains(FAMILY_TEXT) && !text.contains(receipt));
    let lines: Vec<String> = r
        .json()
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            let keys: Vec<&String> = e.as_object().unwrap().keys().collect();
            for k in &keys {
                assert!(
                    ["seq", "at", "actor", "action", "part", "format"].contains(&k.as_str()),
                    "{k}"
                );
            }
            format!(
                "{} {} {} {}",
                e["actor"].as_str().unwrap(),
                e["action"].as_str().unwrap(),
                e["part"].as_str().unwrap_or("-"),
                e["format"].as_str().unwrap_or("-")
            )
        })
        .collect();
    assert_eq!(
        lines,
        [
            "case-system created - -",
            "case-system read - -",
            "family link read family -",
            "family link sent family -",
            "case-system read - -",
            "case-system wrote worker -",
            "case-system read - -",
            "case-system printed worker pdf",
            "case-system printed worker html",
            "case-system printed worker text",
            "case-system printed worker json",
            "case-system printed family html",
            "case-system printed family text",
            "case-system printed family json",
            "case-system printed family json",
            "case-system printed worker json",
            "case-system revoked - -",
            "case-system read - -",
            "case-system deleted - -",
        ]
    );
    let seqs: Vec<i64> = r
        .json()
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["seq"].as_i64().unwrap())
        .collect();
    assert!(seqs.windows(2).all(|w| w[0] < w[1]));
}

#[allow(non_snake_case)]
fn WORKER_TEXT_JSON() -> Value {
    let v = example("caregiver-support-fi")["answers"]["best_interest"].clone();
    assert!(v.as_str().unwrap().starts_with(WORKER_TEXT));
    v
}

/// No key, a malformed one, a wrong or unknown one, a revoked one: `401` with
/// `WWW-Authenticate: Bearer`, the same answer whatever was wrong.
#[tokio::test]
async fn requests_without_a_valid_key_get_401() {
    let (state, app, key) = setup().await;
    let other = state.add_api_key("other").await.unwrap();
    let mut wrong_secret = key.clone();
    let last = if key.ends_with('A') { "B" } else { "A" };
    wrong_secret.replace_range(key.len() - 1.., last);
    // A well-formed key whose id is unknown (compared against a dummy hash).
    let unknown_id = format!("arvio_AAAAAAAA_{}", &key[15..]);
    assert_eq!(unknown_id.len(), key.len());
    let mut answers = Vec::new();
    let r = send(&app, req(Method::GET, "/api/v1/forms", None, None)).await;
    answers.push(r);
    for bad in [
        "",
        "nonsense",
        "arvio_",
        &key[..key.len() - 1],
        &wrong_secret,
        &unknown_id,
    ] {
        answers.push(send(&app, req(Method::GET, "/api/v1/forms", Some(bad), None)).await);
    }
    // Basic is not Bearer.
    answers.push(
        send(
            &app,
            Request::get("/api/v1/forms")
                .header(header::AUTHORIZATION, format!("Basic {key}"))
                .body(Body::empty())
                .unwrap(),
        )
        .await,
    );
    state.revoke_api_key("other").await.unwrap();
    answers.push(send(&app, req(Method::GET, "/api/v1/forms", Some(&other), None)).await);
    let first = answers[0].json();
    for r in &answers {
        r.problem(StatusCode::UNAUTHORIZED, "unauthorized");
        assert_eq!(r.header(header::WWW_AUTHENTICATE), "Bearer");
        assert_eq!(r.json(), first, "every refusal reads the same");
    }
    // Every endpoint but the document needs a key.
    for (method, path) in ROUTES {
        if *path == "/api/v1/openapi.json" {
            continue;
        }
        let uri = path.replace("{id}", "AAAAAAAAAAAAAAAAAAAAAA");
        let uri = uri.replace("/forms/AAAAAAAAAAAAAAAAAAAAAA", "/forms/caregiver-support");
        let r = send(&app, req(method.clone(), &uri, None, None)).await;
        r.problem(StatusCode::UNAUTHORIZED, "unauthorized");
    }
    // The valid key works; a key name is checked.
    let r = send(&app, req(Method::GET, "/api/v1/forms", Some(&key), None)).await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(matches!(
        state.add_api_key("no spaces").await,
        Err(arvio_serve::keys::KeyError::BadName)
    ));
    assert!(matches!(
        state.add_api_key("case-system").await,
        Err(arvio_serve::keys::KeyError::NameTaken(_))
    ));
    assert!(matches!(
        state.revoke_api_key("other").await,
        Err(arvio_serve::keys::KeyError::NotFound(_))
    ));
}

/// Every route of the API, as the router has them.
const ROUTES: &[(Method, &str)] = &[
    (Method::GET, "/api/v1/openapi.json"),
    (Method::GET, "/api/v1/forms"),
    (Method::GET, "/api/v1/forms/{id}"),
    (Method::GET, "/api/v1/forms/{id}/schema"),
    (Method::POST, "/api/v1/validate"),
    (Method::POST, "/api/v1/score"),
    (Method::POST, "/api/v1/assessments"),
    (Method::GET, "/api/v1/assessments/{id}"),
    (Method::DELETE, "/api/v1/assessments/{id}"),
    (Method::PUT, "/api/v1/assessments/{id}/answers"),
    (Method::GET, "/api/v1/assessments/{id}/summary"),
    (Method::POST, "/api/v1/assessments/{id}/revoke"),
    (Method::GET, "/api/v1/assessments/{id}/audit"),
];

/// The document is valid OpenAPI 3.1 (by `openapi-spec-validator`), and describes every
/// route, and only those.
#[tokio::test]
async fn the_openapi_document_is_valid_and_describes_every_route() {
    let (_, app, key) = setup().await;
    let r = send(&app, req(Method::GET, "/api/v1/openapi.json", None, None)).await;
    assert_eq!(r.status, StatusCode::OK);
    assert_eq!(r.header(header::CONTENT_TYPE), "application/json");
    let doc = r.json();
    assert!(doc["openapi"].as_str().unwrap().starts_with("3.1"));

    const SCRIPT: &str = r#"
import json, sys
from openapi_spec_validator import validate
validate(json.load(sys.stdin))
print("ok")
"#;
    let out = common::python(SCRIPT, &r.body);
    assert!(
        out.status.success(),
        "openapi-spec-validator refused the document ({}):\n{}",
        out.status,
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(String::from_utf8_lossy(&out.stdout).trim(), "ok");

    // Every route, and nothing else.
    let mut documented: Vec<String> = Vec::new();
    for (path, item) in doc["paths"].as_object().unwrap() {
        for (method, op) in item.as_object().unwrap() {
            documented.push(format!("{} {path}", method.to_uppercase()));
            // Every operation documents its problems as problem+json, and 401 unless it is
            // the document itself.
            let responses = op["responses"].as_object().unwrap();
            for (status, res) in responses {
                if status.starts_with('4') || status.starts_with('5') {
                    assert!(
                        res["content"].get("application/problem+json").is_some(),
                        "{method} {path} {status}"
                    );
                }
            }
            if path != "/api/v1/openapi.json" {
                assert!(responses.contains_key("401"), "{method} {path}");
                assert!(responses.contains_key("503"), "{method} {path}");
            } else {
                assert_eq!(op["security"], json!([]));
            }
        }
    }
    documented.sort();
    let mut routes: Vec<String> = ROUTES.iter().map(|(m, p)| format!("{m} {p}")).collect();
    routes.sort();
    assert_eq!(documented, routes);
    assert_eq!(
        doc["components"]["securitySchemes"]["bearer"],
        json!({"type": "http", "scheme": "bearer", "bearerFormat": "arvio_<id>_<secret>",
               "description": "An API key made with `arvio keys create NAME` (only its hash is stored)."})
    );
    assert_eq!(doc["security"], json!([{"bearer": []}]));

    // And the router has each route: a request to it is not the API's 404 or 405.
    for (method, path) in ROUTES {
        let uri = path.replace("{id}", "AAAAAAAAAAAAAAAAAAAAAA");
        let uri = uri.replace("/forms/AAAAAAAAAAAAAAAAAAAAAA", "/forms/caregiver-support");
        let r = send(
            &app,
            req(method.clone(), &uri, Some(&key), Some(&json!({}))),
        )
        .await;
        assert_ne!(r.status, StatusCode::METHOD_NOT_ALLOWED, "{method} {uri}");
        if r.status == StatusCode::NOT_FOUND {
            // An assessment that does not exist, not an unknown route.
            assert_eq!(
                r.json()["detail"],
                "There is no assessment with that id.",
                "{method} {uri}"
            );
        }
    }
    // Not routes: the API's own problems.
    let r = send(&app, req(Method::GET, "/api/v1/nothing", Some(&key), None)).await;
    r.problem(StatusCode::NOT_FOUND, "not-found");
    let r = send(&app, req(Method::PATCH, "/api/v1/forms", Some(&key), None)).await;
    r.problem(StatusCode::METHOD_NOT_ALLOWED, "method-not-allowed");
}

#[tokio::test]
async fn forms_and_their_schemas() {
    let (_, app, key) = setup().await;
    let r = send(&app, req(Method::GET, "/api/v1/forms", Some(&key), None)).await;
    assert_eq!(r.status, StatusCode::OK);
    let forms = r.json();
    let ids: Vec<&str> = forms
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["id"].as_str().unwrap())
        .collect();
    let builtin_ids: Vec<&str> = arvio_forms::builtin_ids().collect();
    assert_eq!(ids, builtin_ids);
    let r = send(
        &app,
        req(
            Method::GET,
            "/api/v1/forms/family-self-assessment",
            Some(&key),
            None,
        ),
    )
    .await;
    let f = r.json();
    let versions: Vec<String> = arvio_forms::builtin_versions("family-self-assessment")
        .iter()
        .map(ToString::to_string)
        .collect();
    assert_eq!(f["version"], versions[0].as_str());
    assert_eq!(f["versions"], json!(versions));
    assert_eq!(f["languages"], json!(["fi", "sv", "en"]));
    assert_eq!(
        f.as_object().unwrap().keys().collect::<Vec<_>>(),
        ["id", "languages", "title", "version", "versions"]
    );
    for lang in ["fi", "sv", "en"] {
        assert!(f["title"][lang].as_str().is_some_and(|t| !t.is_empty()));
    }
    assert_ne!(f["title"]["fi"], f["title"]["en"]);
    assert_eq!(
        forms[ids
            .iter()
            .position(|i| *i == "family-self-assessment")
            .unwrap()],
        f
    );

    let r = send(
        &app,
        req(Method::GET, "/api/v1/forms/nope", Some(&key), None),
    )
    .await;
    r.problem(StatusCode::NOT_FOUND, "not-found");
    let r = send(
        &app,
        req(
            Method::GET,
            "/api/v1/forms/service-need/schema",
            Some(&key),
            None,
        ),
    )
    .await;
    assert_eq!(r.status, StatusCode::OK);
    let form = builtin("service-need").unwrap();
    let t = arvio_i18n::Localizer::new(&["fi"]);
    assert_eq!(r.json(), arvio_schema::response_schema(&form, &t));
    let r = send(
        &app,
        req(
            Method::GET,
            "/api/v1/forms/service-need/schema?lang=sv",
            Some(&key),
            None,
        ),
    )
    .await;
    let t = arvio_i18n::Localizer::new(&["sv"]);
    assert_eq!(r.json(), arvio_schema::response_schema(&form, &t));
    let r = send(
        &app,
        req(
            Method::GET,
            "/api/v1/forms/service-need/schema?lang=de",
            Some(&key),
            None,
        ),
    )
    .await;
    assert_eq!(
        r.problem(StatusCode::BAD_REQUEST, "bad-request")["field"],
        "lang"
    );
    let r = send(
        &app,
        req(Method::GET, "/api/v1/forms/nope/schema", Some(&key), None),
    )
    .await;
    r.problem(StatusCode::NOT_FOUND, "not-found");
}

/// Validation and scoring without storing: the shapes of `arvio validate --json` and
/// `arvio score --json`.
#[tokio::test]
async fn stateless_validation_and_scoring() {
    let (_, app, key) = setup().await;
    let full = example("family-self-assessment-fi");
    let form = builtin("family-self-assessment").unwrap();
    let response = arvio_core::Response::from_value(full.clone()).unwrap();
    let t = arvio_i18n::Localizer::new(&["fi"]);
    let v = arvio_core::validate_part(&form, &response, today(), Part::All);
    let r = send(
        &app,
        req(Method::POST, "/api/v1/validate", Some(&key), Some(&full)),
    )
    .await;
    assert_eq!(r.status, StatusCode::OK);
    assert_eq!(r.json(), arvio_i18n::json::validation_json(&form, &v, &t));
    let report = arvio_core::score(&form, &v.answers);
    let r = send(
        &app,
        req(Method::POST, "/api/v1/score", Some(&key), Some(&full)),
    )
    .await;
    assert_eq!(
        r.json(),
        arvio_i18n::json::score_json(&form, &report, &v, &t)
    );

    // One error, named by path and kind, never with the answer.
    let mut bad = full.clone();
    bad["answers"]["safety_private"] = json!("perheensä salaisuus");
    let r = send(
        &app,
        req(
            Method::POST,
            "/api/v1/validate?part=family",
            Some(&key),
            Some(&bad),
        ),
    )
    .await;
    let out = r.json();
    assert_eq!(out["valid"], false);
    assert_eq!(out["errors"].as_array().unwrap().len(), 1);
    assert_eq!(out["errors"][0]["path"], "safety_private");
    assert!(!r.text().contains("salaisuus"));

    let r = send(
        &app,
        req(
            Method::POST,
            "/api/v1/validate?part=some",
            Some(&key),
            Some(&full),
        ),
    )
    .await;
    assert_eq!(
        r.problem(StatusCode::BAD_REQUEST, "bad-request")["field"],
        "part"
    );
    let mut unknown = full.clone();
    unknown["form"] = json!("no-such-form");
    for path in ["/api/v1/validate", "/api/v1/score"] {
        let r = send(&app, req(Method::POST, path, Some(&key), Some(&unknown))).await;
        r.problem(StatusCode::UNPROCESSABLE_ENTITY, "unknown-form");
        let r = send(
            &app,
            Request::post(path)
                .header(header::AUTHORIZATION, format!("Bearer {key}"))
                .body(Body::from("{\"form\": \"perheensä\",\n  nope"))
                .unwrap(),
        )
        .await;
        let p = r.problem(StatusCode::BAD_REQUEST, "invalid-json");
        assert_eq!(p["line"], 2);
        assert!(p["column"].as_u64().unwrap() > 0);
    }
}

/// Creation's checks: each refusal names the field, never its value.
#[tokio::test]
async fn creating_checks_every_field() {
    let (_, app, key) = setup().await;
    let cases = [
        (
            json!({"form": "nope", "language": "fi"}),
            "unknown-form",
            "form",
        ),
        (
            json!({"form": "nope", "version": "1.0.0", "language": "fi"}),
            "unknown-form",
            "form",
        ),
        (
            json!({"form": "service-need", "version": "9.9.9", "language": "fi"}),
            "unknown-form",
            "version",
        ),
        (
            json!({"form": "service-need", "language": "de"}),
            "invalid-field",
            "language",
        ),
        (
            json!({"form": "service-need", "language": "fi", "case_ref": "x".repeat(101)}),
            "invalid-field",
            "case_ref",
        ),
        (
            json!({"form": "service-need", "language": "fi", "case_ref": format!("{CASE_REF}\u{7}")}),
            "invalid-field",
            "case_ref",
        ),
        (
            json!({"form": "service-need", "language": "fi", "expires_in_days": 0}),
            "invalid-field",
            "expires_in_days",
        ),
        (
            json!({"form": "service-need", "language": "fi", "expires_in_days": 366}),
            "invalid-field",
            "expires_in_days",
        ),
    ];
    for (body, kind, field) in cases {
        let r = send(
            &app,
            req(Method::POST, "/api/v1/assessments", Some(&key), Some(&body)),
        )
        .await;
        let p = r.problem(StatusCode::UNPROCESSABLE_ENTITY, kind);
        assert_eq!(p["field"], field, "{body}");
    }
    // Not JSON, or not the shape: 400 with where.
    let r = send(
        &app,
        req(
            Method::POST,
            "/api/v1/assessments",
            Some(&key),
            Some(&json!({"form": 1})),
        ),
    )
    .await;
    r.problem(StatusCode::BAD_REQUEST, "invalid-json");
    let r = send(
        &app,
        req(
            Method::POST,
            "/api/v1/assessments",
            Some(&key),
            Some(&json!({"form": "service-need", "language": "fi", "case_reff": CASE_REF})),
        ),
    )
    .await;
    r.problem(StatusCode::BAD_REQUEST, "invalid-json");
    // Too large.
    let big = json!({"form": "service-need", "language": "fi", "case_ref": "x".repeat(BODY_LIMIT)});
    let r = send(
        &app,
        req(Method::POST, "/api/v1/assessments", Some(&key), Some(&big)),
    )
    .await;
    r.problem(StatusCode::PAYLOAD_TOO_LARGE, "too-large");
    // An older version, the longest case reference, the longest link.
    let old = arvio_forms::builtin_versions("service-need")
        .last()
        .unwrap()
        .to_string();
    let c = create(
        &app,
        &key,
        json!({"form": "service-need", "version": old, "language": "sv", "case_ref": "ä".repeat(100), "expires_in_days": 365}),
    )
    .await;
    assert_eq!(c["expires_at"], "2027-11-23T10:00:00Z");
    assert!(c["family_url"].as_str().unwrap().starts_with("/sv/r/"));
    let r = send(
        &app,
        req(
            Method::GET,
            &format!("/api/v1/assessments/{}", c["id"].as_str().unwrap()),
            Some(&key),
            None,
        ),
    )
    .await;
    assert_eq!(r.json()["version"], old.as_str());
    assert_eq!(r.json()["language"], "sv");
    // Default expiry: the server's link days (30).
    let c = create(
        &app,
        &key,
        json!({"form": "service-need", "language": "en"}),
    )
    .await;
    assert_eq!(c["expires_at"], "2026-12-23T10:00:00Z");
}

/// The worker's writes: only the worker's part, only the form's questions, nothing over the
/// limits; other errors are stored and shown.
#[tokio::test]
async fn worker_writes_are_checked() {
    let (_, app, key) = setup().await;
    let c = create(
        &app,
        &key,
        json!({"form": "caregiver-support", "language": "fi", "case_ref": CASE_REF}),
    )
    .await;
    let id = c["id"].as_str().unwrap();
    let uri = format!("/api/v1/assessments/{id}/answers?part=worker");
    let put = |body: Value, tag: &str| put_worker(&uri, &key, Some(tag), &body);

    let r = send(&app, put(json!({"answers": {"care_need_reason": "perheensä asia", "nope": 1, "ei id:tä": 2, "home_verdict": "suitable"}}), "\"1\"")).await;
    let p = r.problem(StatusCode::UNPROCESSABLE_ENTITY, "not-in-part");
    // Named by id, or by position when not shaped like one (the order is the body's).
    let mut named: Vec<&str> = p["questions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|q| q.as_str().unwrap())
        .collect();
    named.sort_unstable();
    assert_eq!(named.len(), 3, "{p}");
    assert_eq!(&named[1..], ["care_need_reason", "nope"]);
    assert!(
        named[0].starts_with("<key ") && named[0].ends_with('>'),
        "{p}"
    );

    let long = "perheensä ".repeat(2000);
    let r = send(
        &app,
        put(json!({"answers": {"best_interest": long}}), "\"1\""),
    )
    .await;
    let p = r.problem(StatusCode::UNPROCESSABLE_ENTITY, "over-limit");
    let errors = p["errors"].as_array().unwrap();
    assert_eq!(errors.len(), 1);
    assert_eq!(errors[0]["path"], "best_interest");
    assert_eq!(errors[0]["kind"], "too-long");
    let r = send(
        &app,
        put(json!({"answers": {"best_interest": "a\u{1}b"}}), "\"1\""),
    )
    .await;
    r.problem(StatusCode::UNPROCESSABLE_ENTITY, "over-limit");

    for q in ["", "?part=family", "?part=all", "?part=worker&x=1"] {
        let u = format!("/api/v1/assessments/{id}/answers{q}");
        let r = send(
            &app,
            put_worker(&u, &key, Some("\"1\""), &json!({"answers": {}})),
        )
        .await;
        r.problem(StatusCode::BAD_REQUEST, "bad-request");
    }
    let r = send(&app, put(json!({"answer": {}}), "\"1\"")).await;
    r.problem(StatusCode::BAD_REQUEST, "invalid-json");
    // A key given twice, at the top of the answers or inside one, is refused.
    for body in [
        "{\"answers\": {\"home_verdict\": \"suitable\", \"home_verdict\": \"unsuitable\"}}",
        "{\"answers\": {\"environment_views\": [{\"setting\": \"early_education\", \"setting\": \"school\"}]}}",
    ] {
        let r = send(
            &app,
            Request::put(&uri)
                .header(header::AUTHORIZATION, format!("Bearer {key}"))
                .header(header::IF_MATCH, "\"1\"")
                .body(Body::from(body))
                .unwrap(),
        )
        .await;
        let p = r.problem(StatusCode::BAD_REQUEST, "invalid-json");
        assert_eq!(p["line"], 1, "{p}");
        let column = p["column"].as_u64().unwrap() as usize;
        assert!(column > 0 && column <= body.len(), "{p}");
        assert!(!r.text().contains("suitable") && !r.text().contains("school"));
    }
    // A malformed If-Match is a precondition that fails.
    let r = send(&app, put(json!({"answers": {}}), "W/xyz")).await;
    assert_eq!(
        r.problem(StatusCode::PRECONDITION_FAILED, "stale-revision")["revision"],
        1
    );
    // Nothing above was stored.
    let r = send(
        &app,
        req(
            Method::GET,
            &format!("/api/v1/assessments/{id}"),
            Some(&key),
            None,
        ),
    )
    .await;
    assert_eq!(r.json()["revision"], 1);

    // A wrong option code is stored, and shown as an error.
    let r = send(
        &app,
        put(
            json!({"answers": {"home_verdict": "no_such_code"}}),
            "\"1\"",
        ),
    )
    .await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.text());
    let a = send(
        &app,
        req(
            Method::GET,
            &format!("/api/v1/assessments/{id}"),
            Some(&key),
            None,
        ),
    )
    .await
    .json();
    assert_eq!(
        a["parts"]["worker"],
        json!({"status": "in_progress", "revision": 1})
    );
    assert_eq!(a["answers"]["home_verdict"], "no_such_code");
    assert!(
        a["errors"]
            .as_array()
            .unwrap()
            .iter()
            .any(|e| e["path"] == "home_verdict")
    );

    // Unknown ids: 404 without a store call, whatever their shape.
    for bad in ["nope", "../../etc/passwd", "AAAAAAAAAAAAAAAAAAAAAA"] {
        let u = format!(
            "/api/v1/assessments/{}/answers?part=worker",
            bad.replace('/', "%2F")
        );
        let r = send(
            &app,
            put_worker(&u, &key, Some("\"1\""), &json!({"answers": {}})),
        )
        .await;
        r.problem(StatusCode::NOT_FOUND, "not-found");
        let r = send(
            &app,
            req(
                Method::GET,
                &format!("/api/v1/assessments/{}/audit", bad.replace('/', "%2F")),
                Some(&key),
                None,
            ),
        )
        .await;
        r.problem(StatusCode::NOT_FOUND, "not-found");
    }
}

/// A link past its expiry answers 410; the API shows it expired.
#[tokio::test]
async fn a_link_past_its_expiry_is_gone() {
    let state = state();
    let key = state.add_api_key("case-system").await.unwrap();
    let app = router(state.clone());
    let c = create(
        &app,
        &key,
        json!({"form": "family-self-assessment", "language": "en", "expires_in_days": 1}),
    )
    .await;
    let link = c["family_url"].as_str().unwrap();
    let uri = format!("/api/v1/assessments/{}", c["id"].as_str().unwrap());
    let r = send(&app, req(Method::GET, link, None, None)).await;
    assert_eq!(r.status, StatusCode::OK);
    // A day and a second later, on the same store.
    let later = router(
        state
            .clone()
            .with_now(now() + Duration::days(1) + Duration::seconds(1)),
    );
    let r = send(&later, req(Method::GET, link, None, None)).await;
    assert_eq!(r.status, StatusCode::GONE);
    let r = send(&later, form_post(link, "_rev=1&_action=draft".to_string())).await;
    assert_eq!(r.status, StatusCode::GONE);
    let r = send(&later, req(Method::GET, &uri, Some(&key), None)).await;
    assert_eq!(r.json()["link"], "expired");
    // Exactly at the expiry, it is gone too.
    let at = router(state.with_now(now() + Duration::days(1)));
    let r = send(&at, req(Method::GET, link, None, None)).await;
    assert_eq!(r.status, StatusCode::GONE);
}

/// The API is not rate limited per address (its callers are authenticated).
#[tokio::test]
async fn the_api_is_not_rate_limited() {
    let state = state().with_rate_limit(1);
    let key = state.add_api_key("case-system").await.unwrap();
    let app = router(state);
    let addr: std::net::SocketAddr = "192.0.2.1:1234".parse().unwrap();
    for _ in 0..5 {
        let mut r = req(Method::GET, "/api/v1/forms", Some(&key), None);
        r.extensions_mut().insert(axum::extract::ConnectInfo(addr));
        assert_eq!(send(&app, r).await.status, StatusCode::OK);
    }
    let mut statuses = Vec::new();
    for _ in 0..3 {
        let mut r = req(Method::GET, "/", None, None);
        r.extensions_mut().insert(axum::extract::ConnectInfo(addr));
        statuses.push(send(&app, r).await.status);
    }
    assert_eq!(
        statuses,
        [
            StatusCode::OK,
            StatusCode::TOO_MANY_REQUESTS,
            StatusCode::TOO_MANY_REQUESTS
        ]
    );
}

/// The round trip run again in a process of its own, its standard error captured: no answer,
/// no case reference, no key is ever logged.
#[test]
fn nothing_of_the_answers_reaches_the_log() {
    if std::env::var_os("ARVIO_API_INNER").is_some() {
        return;
    }
    let out = Command::new(std::env::current_exe().unwrap())
        .args([
            "--exact",
            "an_assessment_round_trip",
            "--nocapture",
            "--test-threads=1",
        ])
        .env("ARVIO_API_INNER", "1")
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stdout}\n{stderr}");
    assert!(stdout.contains("1 passed"), "{stdout}");
    for secret in [CASE_REF, "perheensä", FAMILY_TEXT, WORKER_TEXT, "arvio_"] {
        assert!(!stderr.contains(secret), "{secret} in {stderr}");
    }
}

/// The command line's blocking key functions, over a SQLite file (or the test PostgreSQL
/// database): made, listed (never the key), used by a server over the same data, revoked.
#[test]
fn keys_are_made_listed_and_revoked_from_the_command_line() {
    use arvio_serve::keys::{KeyError, create_key, list_keys, revoke_key};
    let dir = std::env::temp_dir().join(format!("arvio-api-keys-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let data =
        common::data().unwrap_or_else(|| arvio_serve::DataSource::Sqlite(dir.join("keys.sqlite3")));
    assert_eq!(list_keys(&data).unwrap(), []);
    let key = create_key(&data, "county-case-system").unwrap();
    assert!(key.starts_with("arvio_") && key.len() == 58, "{key}");
    let other = create_key(&data, "another").unwrap();
    assert_ne!(key, other);
    assert!(matches!(
        create_key(&data, "another"),
        Err(KeyError::NameTaken(n)) if n == "another"
    ));
    assert!(matches!(
        create_key(&data, "bad name"),
        Err(KeyError::BadName)
    ));
    let listed = list_keys(&data).unwrap();
    let names: Vec<&str> = listed.iter().map(|k| k.name.as_str()).collect();
    assert_eq!(names, ["another", "county-case-system"]);
    assert!(
        listed
            .iter()
            .all(|k| k.revoked_at.is_none() && k.created_at.ends_with('Z'))
    );
    revoke_key(&data, "another").unwrap();
    assert!(matches!(
        revoke_key(&data, "another"),
        Err(KeyError::NotFound(n)) if n == "another"
    ));
    assert!(matches!(
        revoke_key(&data, "nobody"),
        Err(KeyError::NotFound(_))
    ));
    assert!(list_keys(&data).unwrap()[0].revoked_at.is_some());

    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    rt.block_on(async {
        let state = AppState::connect(&data, &arvio_serve::Limits::default()).unwrap();
        state.ready().await.unwrap();
        let app = router(state);
        let r = send(&app, req(Method::GET, "/api/v1/forms", Some(&key), None)).await;
        assert_eq!(r.status, StatusCode::OK);
        let r = send(&app, req(Method::GET, "/api/v1/forms", Some(&other), None)).await;
        r.problem(StatusCode::UNAUTHORIZED, "unauthorized");
    });
    let _ = std::fs::remove_dir_all(&dir);
}
