//! Tests of `/healthz`, `/metrics` and the per-client rate limit, in-process through the
//! router (requests carry `ConnectInfo` as the server's accept loop adds it).

use arvio_core::chrono::NaiveDate;
use arvio_serve::{AppState, router};
use axum::body::{Body, to_bytes};
use axum::extract::ConnectInfo;
use axum::http::{HeaderMap, Request, StatusCode, header};
use std::net::SocketAddr;
use tower::ServiceExt;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()
}

mod common;

fn state() -> AppState {
    common::state().with_today(today())
}

async fn send(app: &axum::Router, req: Request<Body>) -> (StatusCode, HeaderMap, String) {
    let res = app.clone().oneshot(req).await.unwrap();
    let status = res.status();
    let headers = res.headers().clone();
    let body = to_bytes(res.into_body(), usize::MAX).await.unwrap();
    (status, headers, String::from_utf8(body.to_vec()).unwrap())
}

fn get(uri: &str) -> Request<Body> {
    Request::get(uri).body(Body::empty()).unwrap()
}

/// A GET as it arrives from the client at `ip` (port 40000).
fn get_from(uri: &str, ip: [u8; 4]) -> Request<Body> {
    let mut req = get(uri);
    req.extensions_mut()
        .insert(ConnectInfo(SocketAddr::from((ip, 40000))));
    req
}

fn post(uri: &str, body: impl Into<Body>) -> Request<Body> {
    Request::post(uri)
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .body(body.into())
        .unwrap()
}

/// The lines of `text` that start with `prefix`, sorted.
fn lines_of(text: &str, prefix: &str) -> Vec<String> {
    let mut v: Vec<String> = text
        .lines()
        .filter(|l| l.starts_with(prefix))
        .map(str::to_string)
        .collect();
    v.sort();
    v
}

#[tokio::test]
async fn healthz_says_ok_in_plain_text() {
    let app = router(state());
    let (status, h, body) = send(&app, get("/healthz")).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(body, "ok\n");
    assert_eq!(h[header::CONTENT_TYPE], "text/plain; charset=utf-8");
}

/// A free-text answer that must never reach the metrics.
const SECRET_ANSWER: &str = "Salainen vastaus kuusikymmentäkaksi";

/// A blank form, two 404s (one under a route, one under none), a saved draft and its page;
/// returns the metrics text afterwards and the draft's token.
async fn some_traffic(app: &axum::Router) -> (String, String) {
    let (status, _, _) = send(app, get("/fi/family-self-assessment")).await;
    assert_eq!(status, StatusCode::OK);
    let (status, _, _) = send(app, get("/fi/nope")).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (status, _, _) = send(app, get("/x/y/z/w")).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let body = form_urlencoded::Serializer::new(String::new())
        .append_pair("_rev", "0")
        .append_pair("_action", "draft")
        .append_pair("routines_change", SECRET_ANSWER)
        .finish();
    let (status, h, _) = send(app, post("/fi/family-self-assessment", body)).await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    let location = h[header::LOCATION].to_str().unwrap().to_string();
    let token = location.strip_prefix("/fi/r/").unwrap().to_string();
    assert_eq!(token.len(), 22);
    let (status, _, page) = send(app, get(&format!("{location}?from=mail"))).await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains("kuusikymmentäkaksi"));

    let (status, h, text) = send(app, get("/metrics")).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(
        h[header::CONTENT_TYPE],
        "application/openmetrics-text; version=1.0.0; charset=utf-8"
    );
    (text, token)
}

#[tokio::test]
async fn metrics_count_requests_by_route_template_and_carry_no_secret() {
    let app = router(state());
    let (text, token) = some_traffic(&app).await;
    assert_eq!(
        lines_of(&text, "arvio_http_requests_total"),
        [
            r#"arvio_http_requests_total{method="GET",route="/{lang}/r/{token}",status="200"} 1"#,
            r#"arvio_http_requests_total{method="GET",route="/{lang}/{form}",status="200"} 1"#,
            r#"arvio_http_requests_total{method="GET",route="/{lang}/{form}",status="404"} 1"#,
            r#"arvio_http_requests_total{method="GET",route="none",status="404"} 1"#,
            r#"arvio_http_requests_total{method="POST",route="/{lang}/{form}",status="303"} 1"#,
        ]
    );
    assert_eq!(
        lines_of(&text, "arvio_http_request_duration_seconds_count"),
        [
            r#"arvio_http_request_duration_seconds_count{method="GET",route="/{lang}/r/{token}"} 1"#,
            r#"arvio_http_request_duration_seconds_count{method="GET",route="/{lang}/{form}"} 2"#,
            r#"arvio_http_request_duration_seconds_count{method="GET",route="none"} 1"#,
            r#"arvio_http_request_duration_seconds_count{method="POST",route="/{lang}/{form}"} 1"#,
        ]
    );
    // Buckets from 0.5 ms to 10 s, and +Inf.
    let buckets = lines_of(
        &text,
        r#"arvio_http_request_duration_seconds_bucket{le="0.0005",method="POST""#,
    );
    assert_eq!(buckets.len(), 1, "{text}");
    assert!(text.contains(
        r#"arvio_http_request_duration_seconds_bucket{le="10.0",method="POST",route="/{lang}/{form}"} 1"#
    ));
    assert!(text.contains(
        r#"arvio_http_request_duration_seconds_bucket{le="+Inf",method="POST",route="/{lang}/{form}"} 1"#
    ));
    assert!(text.contains("# UNIT arvio_http_request_duration_seconds seconds\n"));
    assert_eq!(
        lines_of(&text, "arvio_http_rate_limited_total"),
        ["arvio_http_rate_limited_total 0"]
    );
    // No storage failure yet: prometheus-client leaves out a family with no label set.
    assert!(!text.contains("arvio_store_errors"), "{text}");
    assert!(text.ends_with("# EOF\n"));
    // No token, no query, no answer.
    assert!(!text.contains(&token), "{text}");
    assert!(!text.contains(&token[..8]), "{text}");
    assert!(
        !text.contains("from=mail") && !text.contains("mail"),
        "{text}"
    );
    assert!(
        !text.contains("Salainen") && !text.contains("kuusi"),
        "{text}"
    );

    // The scrape counts itself once it is answered.
    let (_, _, again) = send(&app, get("/metrics")).await;
    assert_eq!(
        lines_of(
            &again,
            r#"arvio_http_requests_total{method="GET",route="/metrics""#
        ),
        [r#"arvio_http_requests_total{method="GET",route="/metrics",status="200"} 1"#]
    );
}

/// Parses the OpenMetrics text with the Prometheus project's Python client (an outside
/// parser) and returns `{family: {type, unit, samples: [[name, labels, value]]}}`.
fn python_families(text: &str) -> serde_json::Value {
    const SCRIPT: &str = r#"
import json, sys
from prometheus_client.openmetrics.parser import text_string_to_metric_families
out = {}
for f in text_string_to_metric_families(sys.stdin.read()):
    out[f.name] = {"type": f.type, "unit": f.unit,
                   "samples": [[s.name, s.labels, s.value] for s in f.samples]}
print(json.dumps(out))
"#;
    let out = common::python(SCRIPT, text.as_bytes());
    assert!(
        out.status.success(),
        "prometheus_client could not parse the metrics ({}):\n{}\n{text}",
        out.status,
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

#[tokio::test]
async fn metrics_parse_with_the_prometheus_python_client() {
    let app = router(state());
    let (text, _) = some_traffic(&app).await;
    let families = python_families(&text);
    let names: Vec<&String> = families.as_object().unwrap().keys().collect();
    assert_eq!(
        names,
        [
            "arvio_http_rate_limited",
            "arvio_http_request_duration_seconds",
            "arvio_http_requests",
        ]
    );
    let f = &families["arvio_http_requests"];
    assert_eq!(f["type"], "counter");
    let mut samples: Vec<String> = f["samples"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            format!(
                "{} {} {} {} {}",
                s[0].as_str().unwrap(),
                s[1]["method"].as_str().unwrap(),
                s[1]["route"].as_str().unwrap(),
                s[1]["status"].as_str().unwrap(),
                s[2].as_f64().unwrap()
            )
        })
        .collect();
    samples.sort();
    assert_eq!(
        samples,
        [
            "arvio_http_requests_total GET /{lang}/r/{token} 200 1",
            "arvio_http_requests_total GET /{lang}/{form} 200 1",
            "arvio_http_requests_total GET /{lang}/{form} 404 1",
            "arvio_http_requests_total GET none 404 1",
            "arvio_http_requests_total POST /{lang}/{form} 303 1",
        ]
    );
    let h = &families["arvio_http_request_duration_seconds"];
    assert_eq!(h["type"], "histogram");
    assert_eq!(h["unit"], "seconds");
    // Per (method, route): 14 buckets and +Inf, a count and a sum; four label sets.
    assert_eq!(h["samples"].as_array().unwrap().len(), 4 * (15 + 2));
    let r = &families["arvio_http_rate_limited"];
    assert_eq!(r["type"], "counter");
    let r = r["samples"].as_array().unwrap();
    assert_eq!(r.len(), 1);
    assert_eq!(r[0][0], "arvio_http_rate_limited_total");
    assert_eq!(r[0][1], serde_json::json!({}));
    assert_eq!(r[0][2].as_f64(), Some(0.0));
}

#[tokio::test]
async fn healthz_and_metrics_are_not_html_and_not_limited() {
    let app = router(state().with_rate_limit(60));
    for _ in 0..100 {
        let (status, _, body) = send(&app, get_from("/healthz", [10, 0, 0, 9])).await;
        assert_eq!((status, body.as_str()), (StatusCode::OK, "ok\n"));
    }
    for _ in 0..100 {
        let (status, _, body) = send(&app, get_from("/metrics", [10, 0, 0, 9])).await;
        assert_eq!(status, StatusCode::OK);
        assert!(!body.contains("<"));
    }
}

#[tokio::test]
async fn a_client_over_its_rate_gets_429_with_retry_after_in_its_language() {
    let app = router(state().with_rate_limit(60));
    // 60 a minute: a burst of 12. Cheap pages, so the burst is used long before the next
    // request is allowed (one a second).
    for i in 0..12 {
        let (status, _, _) = send(&app, get_from("/sv/x/y", [10, 0, 0, 1])).await;
        assert_eq!(status, StatusCode::NOT_FOUND, "request {i}");
    }
    let (status, h, page) = send(&app, get_from("/sv/family-self-assessment", [10, 0, 0, 1])).await;
    assert_eq!(status, StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(h[header::RETRY_AFTER], "1");
    assert_eq!(h[header::CONTENT_TYPE], "text/html; charset=utf-8");
    assert_eq!(h[header::CACHE_CONTROL], "no-store");
    assert!(page.contains("<html lang=\"sv\">"), "{page}");
    assert!(page.contains("<h1>För många förfrågningar</h1>"), "{page}");
    assert!(page.contains("skicka blanketten igen"), "{page}");
    // A path in no language gets the Finnish page.
    let (status, _, page) = send(&app, get_from("/", [10, 0, 0, 1])).await;
    assert_eq!(status, StatusCode::TOO_MANY_REQUESTS);
    assert!(page.contains("<h1>Liian monta pyyntöä</h1>"), "{page}");

    // Another client at the same moment, and a request without a client address (not
    // limited), are served.
    let (status, _, _) = send(&app, get_from("/sv/family-self-assessment", [10, 0, 0, 2])).await;
    assert_eq!(status, StatusCode::OK);
    let (status, _, _) = send(&app, get("/sv/family-self-assessment")).await;
    assert_eq!(status, StatusCode::OK);

    let (_, _, text) = send(&app, get_from("/metrics", [10, 0, 0, 1])).await;
    assert_eq!(
        lines_of(&text, "arvio_http_rate_limited_total"),
        ["arvio_http_rate_limited_total 2"]
    );
    assert_eq!(
        lines_of(
            &text,
            r#"arvio_http_requests_total{method="GET",route="/{lang}/{form}""#
        ),
        [
            r#"arvio_http_requests_total{method="GET",route="/{lang}/{form}",status="200"} 2"#,
            r#"arvio_http_requests_total{method="GET",route="/{lang}/{form}",status="429"} 1"#,
        ]
    );
    assert!(!text.contains("10.0.0"), "{text}");
}

#[tokio::test]
async fn rate_zero_and_the_default_never_limit() {
    // 500 requests at once: far over any burst (the default 300 a minute allows 60).
    let app = router(state().with_rate_limit(0));
    for i in 0..500 {
        let (status, _, _) = send(&app, get_from("/fi/x/y", [10, 0, 0, 1])).await;
        assert_eq!(status, StatusCode::NOT_FOUND, "request {i}");
    }
    // A state that was never given a rate (as the router tests use) has none: more than
    // the default's burst of 60 pass.
    let app = router(state());
    for i in 0..100 {
        let (status, _, _) = send(&app, get_from("/fi/x/y", [10, 0, 0, 1])).await;
        assert_eq!(status, StatusCode::NOT_FOUND, "request {i}");
    }
}

mod labels {
    use super::*;
    use proptest::prelude::*;

    /// The route label of every `arvio_http_requests_total` line of `text`.
    fn routes(text: &str) -> Vec<String> {
        text.lines()
            .filter(|l| l.starts_with("arvio_http_requests_total{"))
            .map(|l| {
                let start = l.find("route=\"").unwrap() + 7;
                let end = start + l[start..].find('"').unwrap();
                l[start..end].to_string()
            })
            .collect()
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(48))]

        /// Whatever path and method a client sends, the labels are route templates and
        /// standard methods: nothing of the path itself reaches the metrics.
        #[test]
        fn labels_are_templates_whatever_the_path(
            segments in proptest::collection::vec("[A-Za-z0-9_~-]{1,24}", 1..5),
            method in prop_oneof![Just("GET"), Just("POST"), Just("BREW"), Just("DELETE")],
            query in "[a-z]{1,8}=[A-Za-z0-9]{1,16}",
        ) {
            let path = format!("/{}?{query}", segments.join("/"));
            let rt = tokio::runtime::Builder::new_current_thread().build().unwrap();
            rt.block_on(async {
                let app = router(state());
                let req = Request::builder()
                    .method(method)
                    .uri(&path)
                    .body(Body::empty())
                    .unwrap();
                let _ = send(&app, req).await;
                let (_, _, text) = send(&app, get("/metrics")).await;
                for route in routes(&text) {
                    prop_assert!(
                        ["/", "/{lang}/{form}", "/{lang}/r/{token}", "/healthz", "/metrics", "none"]
                            .contains(&route.as_str()),
                        "{route}"
                    );
                }
                prop_assert_eq!(routes(&text).len(), 1);
                prop_assert!(!text.contains(&query), "{}", text);
                for label in text.lines().filter_map(|l| l.split_once("method=\"")) {
                    let m = &label.1[..label.1.find('"').unwrap()];
                    prop_assert!(["GET", "POST", "DELETE", "other"].contains(&m), "{}", m);
                }
                Ok(())
            })?;
        }
    }
}
