//! Operations: `GET /healthz` (does the database answer?) and `GET /metrics` (Prometheus /
//! OpenMetrics text), with the middleware that counts and times every request.
//!
//! Labels are bounded and carry no secret: the HTTP method (one of the standard ones, else
//! `other`), the matched route *template* (`/{lang}/r/{token}`, never the concrete path, since
//! tokens are secrets; `none` when no route matched), the numeric status, and SQLite error
//! code names. Never a token, a query string, an answer or a client address.

use crate::AppState;
use axum::extract::{MatchedPath, Request, State};
use axum::http::{HeaderValue, Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use prometheus_client::encoding::EncodeLabelSet;
use prometheus_client::metrics::counter::Counter;
use prometheus_client::metrics::family::Family;
use prometheus_client::metrics::histogram::Histogram;
use prometheus_client::registry::{Registry, Unit};
use std::time::Instant;

/// The path of the health check.
pub(crate) const HEALTH_PATH: &str = "/healthz";
/// The path of the metrics.
pub(crate) const METRICS_PATH: &str = "/metrics";

/// The content type of the metrics, as prometheus-client encodes them.
const OPENMETRICS: &str = "application/openmetrics-text; version=1.0.0; charset=utf-8";

/// Upper bounds of the request-duration buckets, in seconds: 0.5 ms to 10 s.
const BUCKETS: [f64; 14] = [
    0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0,
];

/// Labels of `arvio_http_requests`.
#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct RequestLabels {
    method: &'static str,
    route: String,
    status: u16,
}

/// Labels of `arvio_http_request_duration_seconds`.
#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct RouteLabels {
    method: &'static str,
    route: String,
}

/// Labels of `arvio_store_errors`.
#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct CodeLabels {
    code: String,
}

fn duration_histogram() -> Histogram {
    Histogram::new(BUCKETS)
}

/// The server's metrics and the registry that encodes them.
pub(crate) struct Metrics {
    registry: Registry,
    requests: Family<RequestLabels, Counter>,
    durations: Family<RouteLabels, Histogram, fn() -> Histogram>,
    rate_limited: Counter,
    store_errors: Family<CodeLabels, Counter>,
}

impl std::fmt::Debug for Metrics {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Metrics").finish_non_exhaustive()
    }
}

impl Metrics {
    /// A registry with every metric at zero.
    pub(crate) fn new() -> Metrics {
        let mut registry = Registry::default();
        let requests = Family::<RequestLabels, Counter>::default();
        registry.register(
            "arvio_http_requests",
            "HTTP requests answered, by method, route template and status",
            requests.clone(),
        );
        let durations = Family::<RouteLabels, Histogram, fn() -> Histogram>::new_with_constructor(
            duration_histogram,
        );
        registry.register_with_unit(
            "arvio_http_request_duration",
            "Time to answer an HTTP request (until the response head), by method and route template",
            Unit::Seconds,
            durations.clone(),
        );
        let rate_limited = Counter::default();
        registry.register(
            "arvio_http_rate_limited",
            "Requests refused with 429 by the per-client rate limit",
            rate_limited.clone(),
        );
        let store_errors = Family::<CodeLabels, Counter>::default();
        registry.register(
            "arvio_store_errors",
            "Storage failures, by SQLite error code name",
            store_errors.clone(),
        );
        Metrics {
            registry,
            requests,
            durations,
            rate_limited,
            store_errors,
        }
    }

    /// Counts one storage failure under its short code name ([`crate::StoreError::label`]:
    /// `busy`, `io`, `full`, ...). A `code` that is not a
    /// short identifier (ASCII letters, digits, `_`; at most 40) is counted as `other`, so a
    /// label can never carry anything else.
    pub(crate) fn store_error(&self, code: &str) {
        let ok = !code.is_empty()
            && code.len() <= 40
            && code.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_');
        let code = if ok { code } else { "other" };
        self.store_errors
            .get_or_create(&CodeLabels {
                code: code.to_string(),
            })
            .inc();
    }

    /// Counts one request refused by the rate limit.
    pub(crate) fn rate_limited(&self) {
        self.rate_limited.inc();
    }

    /// Records one answered request.
    fn request(&self, method: &'static str, route: String, status: u16, seconds: f64) {
        self.durations
            .get_or_create(&RouteLabels {
                method,
                route: route.clone(),
            })
            .observe(seconds);
        self.requests
            .get_or_create(&RequestLabels {
                method,
                route,
                status,
            })
            .inc();
    }

    /// The OpenMetrics text of every metric.
    fn encode(&self) -> Result<String, std::fmt::Error> {
        let mut out = String::new();
        prometheus_client::encoding::text::encode(&mut out, &self.registry)?;
        Ok(out)
    }
}

/// A method as a label: the standard ones by name, any other as `other` (a client can send
/// any token as a method; the label set stays bounded).
fn method_label(m: &Method) -> &'static str {
    match *m {
        Method::GET => "GET",
        Method::HEAD => "HEAD",
        Method::POST => "POST",
        Method::PUT => "PUT",
        Method::DELETE => "DELETE",
        Method::OPTIONS => "OPTIONS",
        Method::PATCH => "PATCH",
        Method::TRACE => "TRACE",
        Method::CONNECT => "CONNECT",
        _ => "other",
    }
}

/// Middleware: counts and times every request under its route template.
pub(crate) async fn track(State(state): State<AppState>, req: Request, next: Next) -> Response {
    let method = method_label(req.method());
    let route = req
        .extensions()
        .get::<MatchedPath>()
        .map_or_else(|| "none".to_string(), |p| p.as_str().to_string());
    let start = Instant::now();
    let res = next.run(req).await;
    state.inner.metrics.request(
        method,
        route,
        res.status().as_u16(),
        start.elapsed().as_secs_f64(),
    );
    res
}

fn plain(status: StatusCode, text: &'static str) -> Response {
    (
        status,
        [(
            header::CONTENT_TYPE,
            HeaderValue::from_static("text/plain; charset=utf-8"),
        )],
        text,
    )
        .into_response()
}

/// `GET /healthz`: `200 ok` when the database answers a `SELECT 1`, else `503 unavailable`
/// (the failure is logged and counted like any storage failure).
pub(crate) async fn healthz(State(state): State<AppState>) -> Response {
    match state.store().ping().await {
        Ok(()) => plain(StatusCode::OK, "ok\n"),
        Err(e) => {
            state.log_store_error(&e);
            plain(StatusCode::SERVICE_UNAVAILABLE, "unavailable\n")
        }
    }
}

/// `GET /metrics`: every metric in the OpenMetrics text format.
pub(crate) async fn metrics(State(state): State<AppState>) -> Response {
    match state.inner.metrics.encode() {
        Ok(text) => (
            StatusCode::OK,
            [(header::CONTENT_TYPE, HeaderValue::from_static(OPENMETRICS))],
            text,
        )
            .into_response(),
        Err(_) => plain(StatusCode::INTERNAL_SERVER_ERROR, "error\n"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn store_error_codes_are_bounded_identifiers() {
        let m = Metrics::new();
        m.store_error("DatabaseBusy");
        m.store_error("DatabaseBusy");
        m.store_error("token=AAAAAAAAAAAAAAAAAAAAAA and more");
        m.store_error("");
        let text = m.encode().unwrap();
        assert!(text.contains("arvio_store_errors_total{code=\"DatabaseBusy\"} 2\n"));
        assert!(text.contains("arvio_store_errors_total{code=\"other\"} 2\n"));
        assert!(!text.contains("AAAA"));
    }

    #[test]
    fn unknown_methods_are_other() {
        assert_eq!(method_label(&Method::GET), "GET");
        assert_eq!(
            method_label(&Method::from_bytes(b"SECRETTOKEN").unwrap()),
            "other"
        );
    }
}
