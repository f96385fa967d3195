//! Tests of the server: HTTP behaviour in-process, and the browser suite (headless Chromium,
//! axe-core, vnu) against a server started on 127.0.0.1:0.

use arvio_core::chrono::NaiveDate;
use arvio_serve::{AppState, BODY_LIMIT, CSP, router};
use axum::body::{Body, to_bytes};
use axum::http::{Request, StatusCode, header};
use tower::ServiceExt;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()
}

fn app() -> axum::Router {
    router(AppState::in_memory().unwrap().with_today(today()))
}

async fn send(
    app: &axum::Router,
    req: Request<Body>,
) -> (StatusCode, axum::http::HeaderMap, String) {
    let res = app.clone().oneshot(req).await.unwrap();
    let status = res.status();
    let headers = res.headers().clone();
    let body = to_bytes(res.into_body(), usize::MAX).await.unwrap();
    (status, headers, String::from_utf8(body.to_vec()).unwrap())
}

fn get(uri: &str) -> Request<Body> {
    Request::get(uri).body(Body::empty()).unwrap()
}

fn post(uri: &str, body: impl Into<Body>) -> Request<Body> {
    Request::post(uri)
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .body(body.into())
        .unwrap()
}

mod http {
    use super::*;

    #[tokio::test]
    async fn pages_carry_security_headers() {
        let app = app();
        let (status, h, body) = send(&app, get("/fi/family-self-assessment")).await;
        assert_eq!(status, StatusCode::OK);
        assert_eq!(h[header::CONTENT_SECURITY_POLICY], CSP);
        assert_eq!(h[header::REFERRER_POLICY], "no-referrer");
        assert_eq!(h[header::X_CONTENT_TYPE_OPTIONS], "nosniff");
        assert_eq!(h[header::CACHE_CONTROL], "no-store");
        assert_eq!(h[header::CONTENT_TYPE], "text/html; charset=utf-8");
        assert!(body.contains("<html lang=\"fi\">"));
        assert!(body.contains("<input type=\"hidden\" name=\"_rev\" value=\"0\">"));
    }

    #[tokio::test]
    async fn unknown_things_get_html_404_pages() {
        let app = app();
        for uri in [
            "/fi/nope",
            "/de/family-self-assessment",
            "/fi/r/short",
            "/fi/r/AAAAAAAAAAAAAAAAAAAAAA",
            "/x/y/z/w",
            "/fi/%FF",
        ] {
            let (status, h, body) = send(&app, get(uri)).await;
            assert_eq!(status, StatusCode::NOT_FOUND, "{uri}");
            assert_eq!(h[header::CONTENT_SECURITY_POLICY], CSP);
            assert!(body.starts_with("<!DOCTYPE html>"), "{uri}");
        }
        let (status, _, body) = send(&app, Request::delete("/").body(Body::empty()).unwrap()).await;
        assert_eq!(status, StatusCode::METHOD_NOT_ALLOWED);
        assert!(body.starts_with("<!DOCTYPE html>"));
    }

    #[tokio::test]
    async fn too_large_bodies_get_413() {
        let app = app();
        let body = format!(
            "_rev=0&_action=draft&children_count={}",
            "1".repeat(BODY_LIMIT)
        );
        let (status, _, page) = send(&app, post("/fi/family-self-assessment", body)).await;
        assert_eq!(status, StatusCode::PAYLOAD_TOO_LARGE);
        assert!(page.contains("<h1>Lomake on liian suuri</h1>"));
    }

    #[tokio::test]
    async fn malformed_bodies_get_400() {
        let app = app();
        for body in [
            &b"_rev=0&nope=1"[..],
            b"_rev=0&_action=boom",
            b"_action=draft",
            b"_rev=-1&_action=draft",
            b"\xff\xfe\x00=%%%",
        ] {
            let (status, _, page) =
                send(&app, post("/sv/family-self-assessment", body.to_vec())).await;
            assert_eq!(status, StatusCode::BAD_REQUEST);
            assert!(page.contains("<h1>Blanketten kunde inte läsas</h1>"));
        }
    }

    fn location(h: &axum::http::HeaderMap) -> String {
        h[header::LOCATION].to_str().unwrap().to_string()
    }

    #[tokio::test]
    async fn drafts_are_kept_by_link_and_stale_writes_refused() {
        let app = app();
        let (status, h, _) = send(
            &app,
            post(
                "/fi/family-self-assessment",
                "_rev=0&_action=draft&children_count=kaksi&phase=start",
            ),
        )
        .await;
        assert_eq!(status, StatusCode::SEE_OTHER);
        let link = location(&h);
        assert!(
            link.starts_with("/fi/r/") && link.len() == "/fi/r/".len() + 22,
            "{link}"
        );
        let (status, _, page) = send(&app, get(&link)).await;
        assert_eq!(status, StatusCode::OK);
        assert!(page.contains("value=\"kaksi\""), "raw text kept");
        assert!(page.contains("name=\"phase\" value=\"start\" checked"));
        assert!(page.contains("<input type=\"hidden\" name=\"_rev\" value=\"1\">"));
        assert!(page.contains("class=\"notice\""));
        // Revision 1 saves; a second write from revision 1 is stale.
        let (status, _, _) = send(&app, post(&link, "_rev=1&_action=draft&children_count=2")).await;
        assert_eq!(status, StatusCode::SEE_OTHER);
        let (status, _, page) =
            send(&app, post(&link, "_rev=1&_action=draft&children_count=9")).await;
        assert_eq!(status, StatusCode::CONFLICT);
        assert!(page.contains(&format!("<a href=\"{link}\">Avaa uusin versio</a>")));
        let (_, _, page) = send(&app, get(&link)).await;
        assert!(page.contains("name=\"children_count\" aria-required=\"true\" value=\"2\""));
    }

    #[tokio::test]
    async fn sending_with_errors_keeps_everything_and_sending_complete_shows_the_summary() {
        let app = app();
        let (status, _, page) = send(
            &app,
            post(
                "/en/family-self-assessment",
                "_rev=0&_action=submit&children_count=2",
            ),
        )
        .await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(page.contains("role=\"alert\""));
        assert!(page.contains("name=\"children_count\" aria-required=\"true\" value=\"2\""));
        // Saved as a draft under a link, with the next revision in the page.
        assert!(page.contains("<input type=\"hidden\" name=\"_rev\" value=\"1\">"));
        assert!(page.contains("action=\"/en/r/"));
    }

    #[tokio::test]
    async fn group_rows_are_added_without_storing() {
        let app = app();
        let (status, _, page) = send(
            &app,
            post("/fi/caregiver-support", "_rev=0&_action=add:guardians"),
        )
        .await;
        assert_eq!(status, StatusCode::OK);
        assert!(page.contains("name=\"guardians[0].name\"") || page.contains("guardians[0]."));
        assert!(page.contains("id=\"q-guardians-1\""), "a second row");
    }

    #[tokio::test]
    async fn the_index_lists_every_form_in_every_language() {
        let app = app();
        let (status, _, page) = send(&app, get("/")).await;
        assert_eq!(status, StatusCode::OK);
        for id in arvio_core::builtin_ids() {
            for lang in ["fi", "sv", "en"] {
                assert!(
                    page.contains(&format!("href=\"/{lang}/{id}\"")),
                    "{lang}/{id}"
                );
            }
        }
    }
}

mod browser {
    use super::*;
    use arvio_core::render::{Filled, RenderContext, Renderer};
    use arvio_core::{Response, Status, builtin, builtin_ids, score, validate};
    use arvio_html::HtmlRenderer;
    use arvio_i18n::Localizer;
    use std::path::{Path, PathBuf};

    fn root() -> PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
    }

    /// Renders blank, errors and summary documents of every form in every language.
    fn render_documents(dir: &Path) {
        std::fs::create_dir_all(dir).unwrap();
        let r = HtmlRenderer::new().with_today(today());
        for id in builtin_ids() {
            let form = builtin(id).unwrap();
            for lang in ["fi", "sv", "en"] {
                let t = Localizer::new(&[lang]);
                let write = |kind: &str, cx: &RenderContext<'_>| {
                    let out = r.render(cx).unwrap().into_bytes();
                    std::fs::write(dir.join(format!("{id}-{lang}-{kind}.html")), out).unwrap();
                };
                write("blank", &RenderContext::blank(&form, &t));
                let mut empty = Response::new(&form, lang);
                empty.status = Status::Submitted;
                let v = validate(&form, &empty, today());
                let s = score(&form, &v.answers);
                write(
                    "errors",
                    &RenderContext::refill(&form, &t, Filled::new(&empty, &v, &s)),
                );
                let path = root().join(format!("examples/responses/{id}-{lang}.json"));
                if let Ok(text) = std::fs::read_to_string(path) {
                    let resp = Response::from_json(&text).unwrap();
                    let v = validate(&form, &resp, today());
                    let s = score(&form, &v.answers);
                    write(
                        "summary",
                        &RenderContext::summary(&form, &t, Filled::new(&resp, &v, &s)),
                    );
                }
            }
        }
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn chromium_axe_and_vnu() {
        let browser = root().join("tests/browser");
        assert!(
            browser.join("node_modules/playwright-core").is_dir()
                && browser.join("node_modules/axe-core").is_dir()
                && browser.join("node_modules/vnu-jar").is_dir(),
            "tests/browser/node_modules is missing: run `npm ci --prefix tests/browser` \
             (and `apt-get install -y chromium default-jre-headless` if /usr/bin/chromium or java is missing)"
        );
        let docs = std::env::temp_dir().join(format!("arvio-browser-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&docs);
        render_documents(&docs);

        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let server = tokio::spawn(async move {
            axum::serve(listener, app()).await.unwrap();
        });
        let base = format!("http://{addr}");
        let script = browser.join("e2e.mjs");
        let docs2 = docs.clone();
        let out = tokio::task::spawn_blocking(move || {
            std::process::Command::new("node")
                .arg(script)
                .arg(base)
                .arg(&docs2)
                .output()
        })
        .await
        .unwrap()
        .expect("node must be installed to run the browser tests");
        server.abort();
        let stdout = String::from_utf8_lossy(&out.stdout);
        let stderr = String::from_utf8_lossy(&out.stderr);
        println!("{stdout}");
        eprintln!("{stderr}");
        assert!(out.status.success(), "browser tests failed:\n{stderr}");
        let _ = std::fs::remove_dir_all(&docs);
    }
}
