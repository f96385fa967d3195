//! Tests of the server: HTTP behaviour in-process, and the browser suite (headless Chromium,
//! axe-core, vnu) against a server started on 127.0.0.1:0.

use arvio_core::chrono::NaiveDate;
use arvio_serve::{AppState, BODY_LIMIT, CSP, router};
use axum::body::{Body, to_bytes};
use axum::http::{Request, StatusCode, header};
use tower::ServiceExt;

mod common;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()
}

fn app() -> axum::Router {
    router(common::state().with_today(today()))
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

use common::{encode_answers, example};

/// The answers of an example response that the family gives (the server offers only the
/// family's part of a form).
fn family_answers(
    form: &arvio_core::Form,
    name: &str,
) -> serde_json::Map<String, serde_json::Value> {
    common::part_answers(form, name, arvio_core::Part::Family)
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
        // Just under the limit is read: the answer is over the form's length, so the draft is
        // refused with the error shown and the text kept on the page.
        let head = "_rev=0&_action=draft&routines_change=";
        let body = format!("{head}{}", "a".repeat(BODY_LIMIT - head.len()));
        assert_eq!(body.len(), BODY_LIMIT);
        let (status, _, page) = send(&app, post("/fi/family-self-assessment", body)).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(page.contains("Lomaketta ei tallennettu"));
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

    /// Two windows open the same draft; one sends it complete; the other, older, page can
    /// neither save over the sent response nor send it again.
    #[tokio::test]
    async fn a_sent_response_is_final() {
        let app = app();
        let (_, h, _) = send(
            &app,
            post(
                "/fi/family-self-assessment",
                "_rev=0&_action=draft&phase=start",
            ),
        )
        .await;
        let link = location(&h);
        // The family's answers (the server offers only the family's part).
        let answers = family_answers(
            &arvio_forms::builtin("family-self-assessment").unwrap(),
            "family-self-assessment-fi",
        );
        let mut complete = form_urlencoded::Serializer::new(String::new());
        complete
            .append_pair("_rev", "1")
            .append_pair("_action", "submit");
        encode_answers(&mut complete, &answers);
        let (status, h, _) = send(&app, post(&link, complete.finish())).await;
        assert_eq!(status, StatusCode::SEE_OTHER, "sent complete");
        assert_eq!(location(&h), link);
        let (_, _, summary) = send(&app, get(&link)).await;
        assert!(summary.contains(" class=\"scores\"") && !summary.contains("<form"));
        // A sent response is final: older pages and even the current revision are refused.
        for stale in [
            "_rev=1&_action=draft&phase=review",
            "_rev=1&_action=submit&phase=review",
            "_rev=0&_action=draft",
            "_rev=2&_action=draft&phase=review",
            "_rev=2&_action=submit&phase=review",
        ] {
            let (status, _, page) = send(&app, post(&link, stale)).await;
            assert_eq!(status, StatusCode::CONFLICT, "{stale}");
            assert!(page.contains("<h1>Lomake on jo lähetetty</h1>"), "{page}");
        }
        let (_, _, after) = send(&app, get(&link)).await;
        assert_eq!(after, summary, "the sent response is unchanged");
    }

    #[tokio::test]
    async fn every_draft_gets_its_own_unguessable_link() {
        let app = app();
        let mut links = std::collections::BTreeSet::new();
        for _ in 0..50 {
            let (status, h, _) = send(&app, post("/en/service-need", "_rev=0&_action=draft")).await;
            assert_eq!(status, StatusCode::SEE_OTHER);
            let link = location(&h);
            let token = link.strip_prefix("/en/r/").unwrap();
            // 22 URL-safe base64 characters: 128 random bits (and 4 zero bits).
            assert_eq!(token.len(), 22);
            assert!(
                token
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
            );
            links.insert(link);
        }
        assert_eq!(links.len(), 50);
        // A link differing in one character finds nothing.
        let first = links.iter().next().unwrap().clone();
        let last = first.chars().last().unwrap();
        let other = format!(
            "{}{}",
            &first[..first.len() - 1],
            if last == 'A' { 'B' } else { 'A' }
        );
        assert_eq!(send(&app, get(&other)).await.0, StatusCode::NOT_FOUND);
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
        for id in arvio_forms::builtin_ids() {
            for lang in ["fi", "sv", "en"] {
                assert!(
                    page.contains(&format!("href=\"/{lang}/{id}\"")),
                    "{lang}/{id}"
                );
            }
        }
    }
}

/// The server is for families: the family's part only, and the family's copy of a summary.
mod family {
    use super::*;
    use arvio_core::{Form, Part, QuestionKind};
    use arvio_forms::builtin;
    use serde_json::{Map, Value};

    fn location(h: &axum::http::HeaderMap) -> String {
        h[header::LOCATION].to_str().unwrap().to_string()
    }

    /// The field names of the questions outside the family's part (top-level questions, and
    /// a group's sub-questions as `group[`), from the form model.
    fn worker_fields(form: &Form) -> Vec<String> {
        let mut ids = Vec::new();
        for (_, q) in form.questions() {
            if !q.takes_answer() {
                continue;
            }
            if !Part::Family.covers(q.audience) {
                ids.push(format!("name=\"{}\"", q.id));
                ids.push(format!("name=\"{}[", q.id));
            } else if let QuestionKind::Group { questions, .. } = &q.kind {
                for sq in questions {
                    if !Part::Family.covers(sq.audience) {
                        ids.push(format!("].{}\"", sq.id));
                    }
                }
            }
        }
        ids
    }

    /// The `value` of the (first) input named `name` in a page.
    fn field_value(page: &str, name: &str) -> Option<String> {
        let at = page.find(&format!("name=\"{name}\""))?;
        let tag = &page[at..at + page[at..].find('>')?];
        let v = &tag[tag.find(" value=\"")? + 8..];
        Some(v[..v.find('"')?].to_string())
    }

    fn assert_no_worker_field(form: &Form, page: &str, what: &str) {
        let fields = worker_fields(form);
        assert!(!fields.is_empty(), "{}: has worker questions", form.id);
        for f in &fields {
            assert!(!page.contains(f), "{what}: the family's page has {f}");
        }
        assert!(page.contains("<form"), "{what}: a form");
    }

    fn body(rev: &str, action: &str, answers: &Map<String, Value>) -> String {
        let mut out = form_urlencoded::Serializer::new(String::new());
        out.append_pair("_rev", rev).append_pair("_action", action);
        encode_answers(&mut out, answers);
        out.finish()
    }

    #[tokio::test]
    async fn the_family_pages_offer_no_worker_question() {
        let app = app();
        for id in ["caregiver-support", "service-need"] {
            let form = builtin(id).unwrap();
            let (status, _, page) = send(&app, get(&format!("/fi/{id}"))).await;
            assert_eq!(status, StatusCode::OK);
            assert_no_worker_field(&form, &page, &format!("{id} blank"));
            // The family's own questions are there.
            let family = form
                .questions()
                .find(|(_, q)| q.takes_answer() && Part::Family.covers(q.audience))
                .unwrap()
                .1;
            assert!(page.contains(&format!("name=\"{}", family.id)), "{id}");

            // Sent with errors: the page shown again.
            let (status, h, page) =
                send(&app, post(&format!("/fi/{id}"), "_rev=0&_action=submit")).await;
            assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{id}");
            assert!(h.get(header::LOCATION).is_none());
            assert_no_worker_field(&form, &page, &format!("{id} errors"));
            // The error summary names no worker question either.
            for (_, q) in form
                .questions()
                .filter(|(_, q)| !Part::Family.covers(q.audience))
            {
                assert!(
                    !page.contains(&format!("href=\"#q-{}\"", q.id)),
                    "{id}: {}",
                    q.id
                );
            }

            // A stored draft.
            let (status, h, _) =
                send(&app, post(&format!("/fi/{id}"), "_rev=0&_action=draft")).await;
            assert_eq!(status, StatusCode::SEE_OTHER);
            let (status, _, page) = send(&app, get(&location(&h))).await;
            assert_eq!(status, StatusCode::OK);
            assert_no_worker_field(&form, &page, &format!("{id} draft"));
        }
        // A row added to a family group.
        let form = builtin("caregiver-support").unwrap();
        let (status, _, page) = send(
            &app,
            post("/fi/caregiver-support", "_rev=0&_action=add:guardians"),
        )
        .await;
        assert_eq!(status, StatusCode::OK);
        assert_no_worker_field(&form, &page, "caregiver-support add row");
    }

    /// The example minus the worker's answers is complete: the family sends its part, and the
    /// worker's questions wait for the worker.
    #[tokio::test]
    async fn the_family_part_alone_can_be_sent() {
        let app = app();
        let form = builtin("caregiver-support").unwrap();
        let answers = family_answers(&form, "caregiver-support-fi");
        assert!(
            answers.len()
                < example("caregiver-support-fi")["answers"]
                    .as_object()
                    .unwrap()
                    .len()
        );
        let (status, h, page) = send(
            &app,
            post("/fi/caregiver-support", body("0", "submit", &answers)),
        )
        .await;
        assert_eq!(status, StatusCode::SEE_OTHER, "{page}");
        let link = location(&h);
        let (status, _, summary) = send(&app, get(&link)).await;
        assert_eq!(status, StatusCode::OK);
        assert!(
            !summary.contains("<form"),
            "sent: the summary, not the form"
        );
        assert!(!summary.contains("class=\"error"));
        // Final, as any sent response.
        let (status, _, _) = send(&app, post(&link, "_rev=1&_action=draft")).await;
        assert_eq!(status, StatusCode::CONFLICT);
    }

    /// A field for a worker question, whatever its value or the button, is refused with a
    /// `400` page; nothing is stored (the draft keeps its revision and answers).
    #[tokio::test]
    async fn a_post_naming_a_worker_question_is_refused_and_not_stored() {
        let app = app();
        let form = builtin("caregiver-support").unwrap();
        let answers = family_answers(&form, "caregiver-support-fi");
        let (status, h, _) = send(
            &app,
            post("/fi/caregiver-support", "_rev=0&_action=draft&siblings=1"),
        )
        .await;
        assert_eq!(status, StatusCode::SEE_OTHER);
        let link = location(&h);
        let workers: Vec<&str> = form
            .questions()
            .filter(|(_, q)| q.takes_answer() && !Part::Family.covers(q.audience))
            .map(|(_, q)| q.id.as_str())
            .collect();
        assert!(workers.contains(&"service_unit") && workers.contains(&"home_verdict"));
        let full = example("caregiver-support-fi");
        for worker in &workers {
            let value = &full["answers"][*worker];
            let mut tampered = answers.clone();
            tampered.insert((*worker).to_string(), value.clone());
            for action in ["submit", "draft"] {
                for uri in ["/fi/caregiver-support", link.as_str()] {
                    let (status, h, page) =
                        send(&app, post(uri, body("1", action, &tampered))).await;
                    assert_eq!(status, StatusCode::BAD_REQUEST, "{worker} {action} {uri}");
                    assert!(h.get(header::LOCATION).is_none());
                    assert!(page.contains("<h1>Lomaketta ei voitu lukea</h1>"), "{page}");
                }
            }
        }
        // A worker field left empty is refused too: the family's page never has one.
        for tampered in [
            "_rev=1&_action=draft&siblings=2&service_unit=",
            "_rev=1&_action=draft&service_unit=disability_services",
        ] {
            let (status, _, _) = send(&app, post(&link, tampered)).await;
            assert_eq!(status, StatusCode::BAD_REQUEST, "{tampered}");
        }
        // Nothing was stored: the draft is still at revision 1 with its one answer.
        let (_, _, page) = send(&app, get(&link)).await;
        assert!(page.contains("<input type=\"hidden\" name=\"_rev\" value=\"1\">"));
        assert_eq!(field_value(&page, "siblings").as_deref(), Some("1"));
        assert!(!page.contains("disability_services\" checked"));
        let (status, _, _) = send(&app, post(&link, body("1", "submit", &answers))).await;
        assert_eq!(
            status,
            StatusCode::SEE_OTHER,
            "revision 1 is still the newest"
        );
    }

    /// The summary a family sees after sending is the family's copy: a private answer is
    /// neither shown nor hinted at.
    #[tokio::test]
    async fn the_summary_after_sending_is_the_familys_copy() {
        let app = app();
        let form = builtin("family-self-assessment").unwrap();
        let q = form.question("safety_private").unwrap();
        assert!(
            q.private,
            "family-self-assessment: safety_private is a private question"
        );
        let mut answers = family_answers(&form, "family-self-assessment-fi");
        answers.insert("safety_private".into(), Value::Bool(true));
        let (status, h, page) = send(
            &app,
            post("/fi/family-self-assessment", body("0", "submit", &answers)),
        )
        .await;
        assert_eq!(status, StatusCode::SEE_OTHER, "{page}");
        let (status, _, summary) = send(&app, get(&location(&h))).await;
        assert_eq!(status, StatusCode::OK);
        assert!(summary.contains(" class=\"scores\""), "a summary");
        let t = arvio_i18n::Localizer::new(&["fi"]);
        use arvio_core::render::Texts;
        let label = t.message(&q.label);
        assert!(label.len() > 20, "{label}");
        let escaped = label
            .replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;");
        assert!(
            !summary.contains(&label) && !summary.contains(&escaped),
            "the private question is left out"
        );
        if let Some(help) = &q.help {
            assert!(!summary.contains(&t.message(help)));
        }
        assert!(!summary.contains("Vain työntekijälle"), "no private marker");
        assert!(!summary.contains(&t.message("arvio-private")));
        // The family's own answers are there (another question of the same section).
        let other = form.question("safety_home").unwrap();
        assert!(summary.contains(&t.message(&other.label)));
    }

    /// A draft started on an older version of a form is shown, saved and sent in that
    /// version (the database is written directly, as an older server left it, with a worker's
    /// answer the family's page neither shows nor keeps).
    #[tokio::test]
    async fn a_stored_draft_keeps_its_form_version() {
        let dir = std::env::temp_dir().join(format!("arvio-serve-version-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        let state = AppState::open(&dir).unwrap().with_today(today());
        let app = router(state);
        let id = "caregiver-support";
        let versions = arvio_forms::builtin_versions(id);
        let oldest = versions.last().unwrap().clone();
        assert_ne!(&oldest, &versions[0], "{id} has an older version");
        let old = arvio_forms::builtin_version(id, &oldest).unwrap();
        let mut draft = arvio_core::Response::new(&old, "fi");
        draft.answers.insert(
            "siblings".into(),
            arvio_core::AnswerValue(serde_json::json!(3)),
        );
        let worker = old
            .questions()
            .find(|(_, q)| q.takes_answer() && !Part::Family.covers(q.audience))
            .unwrap()
            .1;
        let full = example("caregiver-support-fi");
        draft.answers.insert(
            worker.id.clone(),
            arvio_core::AnswerValue(full["answers"][&worker.id].clone()),
        );
        let token = "AAAAAAAAAAAAAAAAAAAAAA";
        let db = rusqlite::Connection::open(dir.join("arvio.sqlite3")).unwrap();
        db.execute(
            "INSERT INTO responses (token, form, revision, status, body) VALUES (?1, ?2, 1, 'draft', ?3)",
            rusqlite::params![token, id, draft.to_json()],
        )
        .unwrap();
        let link = format!("/fi/r/{token}");
        let (status, _, page) = send(&app, get(&link)).await;
        assert_eq!(status, StatusCode::OK);
        assert_eq!(field_value(&page, "siblings").as_deref(), Some("3"));
        assert!(
            !page.contains("role=\"alert\""),
            "no version mismatch reported"
        );
        assert_no_worker_field(&old, &page, "an older version's draft");
        for (_, q) in old.questions() {
            if q.takes_answer()
                && Part::Family.covers(q.audience)
                && !matches!(q.kind, QuestionKind::Group { .. })
                && q.applies_if.is_none()
            {
                assert!(page.contains(&format!("name=\"{}\"", q.id)), "{}", q.id);
            }
        }
        let answers = family_answers(&old, "caregiver-support-fi");
        let (status, h, page) = send(&app, post(&link, body("1", "submit", &answers))).await;
        assert_eq!(status, StatusCode::SEE_OTHER, "{page}");
        assert_eq!(location(&h), link);
        let stored: String = db
            .query_row(
                "SELECT body FROM responses WHERE token = ?1",
                rusqlite::params![token],
                |r| r.get(0),
            )
            .unwrap();
        let stored = arvio_core::Response::from_json(&stored).unwrap();
        assert_eq!(stored.form_version, oldest.to_string());
        assert_eq!(stored.status, arvio_core::Status::Submitted);
        assert!(!stored.answers.contains_key(&worker.id));
        let (status, _, summary) = send(&app, get(&link)).await;
        assert_eq!(status, StatusCode::OK);
        assert!(!summary.contains("<form"));
        drop(db);
        let _ = std::fs::remove_dir_all(&dir);
    }
}

mod lifecycle {
    use arvio_serve::{ServeConfig, ServeError, serve_until};
    use std::io::{Read, Write};
    use std::net::{SocketAddr, TcpListener, TcpStream};
    use std::path::PathBuf;

    fn free_addr() -> SocketAddr {
        TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
    }

    /// One HTTP/1.1 request over a plain socket; the whole response as text.
    fn http(addr: SocketAddr, method: &str, path: &str, body: &str) -> String {
        let mut s = TcpStream::connect(addr).unwrap();
        write!(
            s,
            "{method} {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\
             Content-Type: application/x-www-form-urlencoded\r\nContent-Length: {}\r\n\r\n{body}",
            body.len()
        )
        .unwrap();
        let mut out = String::new();
        s.read_to_string(&mut out).unwrap();
        out
    }

    fn temp_dir(name: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("arvio-serve-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        dir
    }

    /// Starts the server on `addr` over `data`; the sender stops it.
    fn start(
        addr: SocketAddr,
        data: PathBuf,
    ) -> (
        tokio::sync::oneshot::Sender<()>,
        tokio::task::JoinHandle<Result<(), ServeError>>,
    ) {
        let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
        let server = tokio::spawn(serve_until(
            ServeConfig {
                addr,
                data: data.into(),
                ..ServeConfig::default()
            },
            async {
                let _ = stopped.await;
            },
        ));
        (stop, server)
    }

    async fn wait_listening(addr: SocketAddr) {
        for _ in 0..500 {
            if TcpStream::connect(addr).is_ok() {
                return;
            }
            tokio::time::sleep(std::time::Duration::from_millis(10)).await;
        }
        panic!("the server did not start listening on {addr}");
    }

    #[test]
    fn the_default_config_is_local_port_8080() {
        let c = ServeConfig::default();
        assert_eq!(c.addr, "127.0.0.1:8080".parse().unwrap());
        assert_eq!(c.data, PathBuf::from("arvio.sqlite3").into());
    }

    /// A draft saved before a shutdown is there after a restart on the same data directory;
    /// the server stops cleanly (returns `Ok`) when told to.
    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn serves_from_a_file_stops_cleanly_and_keeps_drafts_across_restarts() {
        let dir = temp_dir("restart");
        let addr = free_addr();
        let (stop, server) = start(addr, dir.clone());
        wait_listening(addr).await;
        let res = tokio::task::spawn_blocking(move || {
            http(
                addr,
                "POST",
                "/sv/family-self-assessment",
                "_rev=0&_action=draft&children_count=4",
            )
        })
        .await
        .unwrap();
        assert!(res.starts_with("HTTP/1.1 303 "), "{res}");
        let link = res
            .lines()
            .find_map(|l| l.strip_prefix("location: "))
            .unwrap()
            .trim()
            .to_string();
        stop.send(()).unwrap();
        server.await.unwrap().unwrap();
        assert!(
            dir.join("arvio.sqlite3").is_file(),
            "a directory means arvio.sqlite3 in it"
        );

        let (stop, server) = start(addr, dir.clone());
        wait_listening(addr).await;
        let l2 = link.clone();
        let res = tokio::task::spawn_blocking(move || http(addr, "GET", &l2, ""))
            .await
            .unwrap();
        assert!(res.starts_with("HTTP/1.1 200 "), "{res}");
        assert!(res.contains("name=\"children_count\" aria-required=\"true\" value=\"4\""));
        assert!(res.contains("<html lang=\"sv\">"));
        stop.send(()).unwrap();
        server.await.unwrap().unwrap();
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[tokio::test]
    async fn an_address_in_use_is_a_bind_error() {
        let taken = TcpListener::bind("127.0.0.1:0").unwrap();
        let addr = taken.local_addr().unwrap();
        let dir = temp_dir("bind");
        let err = serve_until(
            ServeConfig {
                addr,
                data: dir.clone().into(),
                ..ServeConfig::default()
            },
            async {},
        )
        .await
        .unwrap_err();
        assert!(
            matches!(err, ServeError::Bind { addr: a, .. } if a == addr),
            "{err}"
        );
        assert_eq!(
            err.to_string().split(':').next(),
            Some("cannot listen on 127.0.0.1")
        );
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[tokio::test]
    async fn an_unopenable_database_is_a_store_error() {
        let dir = temp_dir("store");
        let data = dir.join("missing-dir/arvio.sqlite3");
        let err = serve_until(
            ServeConfig {
                addr: "127.0.0.1:0".parse().unwrap(),
                data: data.clone().into(),
                ..ServeConfig::default()
            },
            async {},
        )
        .await
        .unwrap_err();
        assert!(
            matches!(&err, ServeError::Store { data: d, .. } if *d == data.clone().into()),
            "{err}"
        );
        let _ = std::fs::remove_dir_all(&dir);
    }
}

mod robustness {
    use super::*;
    use proptest::prelude::*;

    const PATHS: &[&str] = &[
        "/fi/family-self-assessment",
        "/sv/caregiver-support",
        "/en/service-need",
        "/de/service-need",
        "/fi/r/AAAAAAAAAAAAAAAAAAAAAA",
        "/fi/r/x",
    ];
    const NAMES: &[&str] = &[
        "_rev",
        "_action",
        "_other",
        "children_count",
        "phase",
        "respondents",
        "filled_on",
        "network_contacts[0].organisation",
        "network_contacts[99999999999999999999].role",
        "network_contacts[-1].role",
        "network_contacts[0]",
        "guardians[1].name",
        "home_language",
        "interview_date",
        "initiated_on",
        "household[3].member",
        "x<script>",
        "",
    ];
    const VALUES: &[&str] = &[
        "0",
        "1",
        "-1",
        "99999999999999999999",
        "submit",
        "draft",
        "add:network_contacts",
        "add:guardians",
        "remove:network_contacts:0",
        "remove:network_contacts:99999999999999999999",
        "remove:guardians:x",
        "add:phase",
        "2,5",
        "1e309",
        "NaN",
        "31.02.2026",
        "2026-02-31",
        "start",
        "<script>alert(1)</script>",
        "%FF%FE",
        "\u{0}",
        "",
    ];

    fn pair() -> impl Strategy<Value = String> {
        (0..NAMES.len(), 0..VALUES.len()).prop_map(|(n, v)| {
            form_urlencoded::Serializer::new(String::new())
                .append_pair(NAMES[n], VALUES[v])
                .finish()
        })
    }

    fn body() -> impl Strategy<Value = Vec<u8>> {
        prop_oneof![
            proptest::collection::vec(pair(), 0..12).prop_map(|p| p.join("&").into_bytes()),
            proptest::collection::vec(any::<u8>(), 0..300),
        ]
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

        /// Whatever is posted wherever, the answer is a page (or a redirect to a response's
        /// link) with a 2xx, 3xx or 4xx status: never a 5xx, never a panic.
        #[test]
        fn any_post_gets_a_page_or_a_redirect_never_a_server_error(
            path in 0..PATHS.len() + 1,
            body in body(),
        ) {
            let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
            rt.block_on(async {
                let app = app();
                // The last "path" is an existing draft's link.
                let uri = if path == PATHS.len() {
                    let (_, h, _) = send(&app, post("/fi/family-self-assessment", "_rev=0&_action=draft")).await;
                    h[header::LOCATION].to_str().unwrap().to_string()
                } else {
                    PATHS[path].to_string()
                };
                let (status, h, page) = send(&app, post(&uri, body)).await;
                prop_assert!(
                    [200, 303, 400, 404, 409, 413, 422].contains(&status.as_u16()),
                    "{uri}: {status}"
                );
                if status == StatusCode::SEE_OTHER {
                    let to = h[header::LOCATION].to_str().unwrap();
                    let lang = &uri[..4];
                    prop_assert!(to.starts_with(&format!("{lang}r/")) && to.len() == 28, "{to}");
                } else {
                    prop_assert!(page.starts_with("<!DOCTYPE html>\n<html lang=\""), "{uri}: {status}");
                    prop_assert!(page.ends_with("</html>\n"));
                }
                Ok(())
            })?;
        }
    }
}

mod browser {
    use super::*;
    use arvio_core::render::{Filled, RenderContext, Renderer};
    use arvio_core::{CopyFor, Part, Response, Status, score, validate, validate_part};
    use arvio_forms::{builtin, builtin_ids};
    use arvio_html::HtmlRenderer;
    use arvio_i18n::Localizer;
    use std::path::{Path, PathBuf};

    fn root() -> PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
    }

    /// Puts the codes of every multiple-choice answer in the form's option order, the order a
    /// browser sends checkboxes in (the summary lists them as stored).
    fn in_page_order(form: &arvio_core::Form, resp: &mut Response) {
        use arvio_core::QuestionKind;
        fn order(q: &arvio_core::Question, v: &mut serde_json::Value) {
            if let (QuestionKind::MultipleChoice { options, .. }, serde_json::Value::Array(codes)) =
                (&q.kind, v)
            {
                codes.sort_by_key(|c| options.iter().position(|o| c.as_str() == Some(&o.code)));
            }
        }
        for (_, q) in form.questions() {
            let Some(v) = resp.answers.get_mut(&q.id) else {
                continue;
            };
            if let QuestionKind::Group { questions, .. } = &q.kind {
                let serde_json::Value::Array(rows) = &mut v.0 else {
                    continue;
                };
                for row in rows.iter_mut().filter_map(|r| r.as_object_mut()) {
                    for sq in questions {
                        if let Some(sv) = row.get_mut(&sq.id) {
                            order(sq, sv);
                        }
                    }
                }
            } else {
                order(q, &mut v.0);
            }
        }
    }

    /// Renders blank, blank-family (the family's part), errors, summary and summary-family
    /// (both copies, with their blocks) and compare and compare-family documents of every form
    /// in every language (from the example response `examples/responses/<form>-<lang>.json`,
    /// which must exist, and its `-review-` example where there is one). Returns how many were
    /// written.
    fn render_documents(dir: &Path) -> usize {
        std::fs::create_dir_all(dir).unwrap();
        let r = HtmlRenderer::new().with_today(today());
        let mut written = 0;
        for id in builtin_ids() {
            let form = builtin(id).unwrap();
            for lang in ["fi", "sv", "en"] {
                let t = Localizer::new(&[lang]);
                let mut write = |kind: &str, cx: &RenderContext<'_>| {
                    let out = r.render(cx).unwrap().into_bytes();
                    std::fs::write(dir.join(format!("{id}-{lang}-{kind}.html")), out).unwrap();
                    written += 1;
                };
                write("blank", &RenderContext::blank(&form, &t));
                let mut empty = Response::new(&form, lang);
                empty.status = Status::Submitted;
                let v = validate(&form, &empty, today());
                assert!(!v.is_valid(), "{id}: an empty response has errors");
                let s = score(&form, &v.answers);
                write(
                    "errors",
                    &RenderContext::refill(&form, &t, Filled::new(&empty, &v, &s)),
                );
                let path = root().join(format!("examples/responses/{id}-{lang}.json"));
                let text = std::fs::read_to_string(&path)
                    .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
                let mut resp = Response::from_json(&text).unwrap();
                in_page_order(&form, &mut resp);
                let v = validate(&form, &resp, today());
                assert!(v.is_valid(), "{id}-{lang}: the example is valid");
                let s = score(&form, &v.answers);
                let filled = Filled::new(&resp, &v, &s);
                for copy in [CopyFor::Worker, CopyFor::Family] {
                    let suffix = if copy == CopyFor::Family {
                        "-family"
                    } else {
                        ""
                    };
                    let blocks =
                        arvio_forms::blocks::summary_blocks(&form, &v.answers, copy, &t, today());
                    write(
                        &format!("summary{suffix}"),
                        &RenderContext::summary(&form, &t, filled)
                            .with_copy(copy)
                            .with_blocks(&blocks),
                    );
                    // The start and final review side by side: the family self-assessment's
                    // own review example, the other forms' example compared with itself.
                    let review_path =
                        root().join(format!("examples/responses/{id}-review-{lang}.json"));
                    let review = match std::fs::read_to_string(&review_path) {
                        Ok(text) => Response::from_json(&text).unwrap(),
                        Err(_) => resp.clone(),
                    };
                    let rv = validate(&form, &review, today());
                    assert!(rv.is_valid(), "{id}-{lang}: the review example is valid");
                    let rs = score(&form, &rv.answers);
                    let blocks = arvio_forms::blocks::comparison_blocks(
                        &form,
                        &v.answers,
                        &rv.answers,
                        copy,
                        &t,
                    );
                    write(
                        &format!("compare{suffix}"),
                        &RenderContext::compare(&form, &t, Filled::new(&review, &rv, &rs), &blocks)
                            .with_copy(copy),
                    );
                }
                write(
                    "blank-family",
                    &RenderContext::blank(&form, &t).with_part(Part::Family),
                );
                // What the server's family sends and sees: the example without the worker's
                // answers (`family-answers-<form>-<lang>.json`, for the browser to type in),
                // and the family's copy of its summary (`family-<form>-<lang>-summary.html`,
                // what the live summary must say). Not counted: checked through the live pages.
                resp.answers.retain(|id, _| {
                    form.question(id)
                        .is_none_or(|q| Part::Family.covers(q.audience))
                });
                std::fs::write(
                    dir.join(format!("family-answers-{id}-{lang}.json")),
                    resp.to_json(),
                )
                .unwrap();
                let v = validate_part(&form, &resp, today(), Part::Family);
                assert!(
                    v.is_valid(),
                    "{id}-{lang}: the family's part of the example is complete"
                );
                let s = score(&form, &v.answers);
                let cx = RenderContext::summary(&form, &t, Filled::new(&resp, &v, &s))
                    .with_copy(CopyFor::Family);
                std::fs::write(
                    dir.join(format!("family-{id}-{lang}-summary.html")),
                    r.render(&cx).unwrap().into_bytes(),
                )
                .unwrap();
            }
        }
        written
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
        let documents = render_documents(&docs);
        let forms: Vec<&str> = builtin_ids().collect();
        // Three forms × fi, sv, en × blank, blank-family, errors, summary, summary-family,
        // compare, compare-family.
        assert_eq!(documents, forms.len() * 3 * 7);
        assert!(documents >= 63, "{documents} documents");

        // A revoked family link (Swedish), for the 410 page.
        let state = common::state().with_today(today());
        let key = state.add_api_key("browser-test").await.unwrap();
        let app = router(state);
        let auth = format!("Bearer {key}");
        let created = Request::post("/api/v1/assessments")
            .header(header::AUTHORIZATION, &auth)
            .header(header::CONTENT_TYPE, "application/json")
            .body(Body::from(
                r#"{"form": "family-self-assessment", "language": "sv"}"#,
            ))
            .unwrap();
        let (status, _, created) = send(&app, created).await;
        assert_eq!(status, StatusCode::CREATED, "{created}");
        let created: serde_json::Value = serde_json::from_str(&created).unwrap();
        let revoke = Request::post(format!(
            "/api/v1/assessments/{}/revoke",
            created["id"].as_str().unwrap()
        ))
        .header(header::AUTHORIZATION, &auth)
        .body(Body::empty())
        .unwrap();
        assert_eq!(send(&app, revoke).await.0, StatusCode::NO_CONTENT);
        let gone = created["family_url"].as_str().unwrap().to_string();

        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let server = tokio::spawn(async move {
            axum::serve(listener, app).await.unwrap();
        });
        let base = format!("http://{addr}");
        let script = browser.join("e2e.mjs");
        let docs2 = docs.clone();
        let form_list = forms.join(",");
        let out = tokio::task::spawn_blocking(move || {
            std::process::Command::new("node")
                .arg(script)
                .arg(base)
                .arg(&docs2)
                .arg(form_list)
                .arg(gone)
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
        // Every rendered document was checked by each checker, and the live pages too.
        let result = stdout
            .lines()
            .rev()
            .find_map(|l| l.strip_prefix("RESULT "))
            .expect("the browser script reports what it checked");
        let result: serde_json::Value = serde_json::from_str(result).unwrap();
        assert_eq!(result["failures"], 0);
        assert_eq!(result["axe_documents"], documents);
        assert_eq!(result["mobile_documents"], documents);
        assert_eq!(result["vnu_documents"], documents);
        // Live: index, 404, 409, 410, a blank form per form, errors and summary of two forms.
        let live = 4 + forms.len() + 4;
        assert_eq!(result["axe_pages"], documents + live);
        assert_eq!(result["vnu_pages"], documents + live);
        // Live on a phone: blank form and summary of the two forms sent.
        assert_eq!(result["mobile_pages"], documents + 4);
        let _ = std::fs::remove_dir_all(&docs);
    }
}

/// Limits on what is stored, sends that can be repeated, the database's files and a busy
/// database (issue 13).
mod hardening {
    use super::*;
    use arvio_forms::builtin;
    use arvio_serve::Limits;
    use std::path::PathBuf;
    use std::time::Duration;

    fn location(h: &axum::http::HeaderMap) -> String {
        h[header::LOCATION].to_str().unwrap().to_string()
    }

    /// A new directory under the system's temporary directory.
    fn temp_dir(name: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!(
            "arvio-hardening-{name}-{}-{}",
            std::process::id(),
            arvio_core::chrono::Utc::now()
                .timestamp_nanos_opt()
                .unwrap_or(0)
        ));
        std::fs::create_dir_all(&dir).unwrap();
        dir
    }

    fn file_app(db: &std::path::Path, limits: &Limits) -> axum::Router {
        router(AppState::open_with(db, limits).unwrap().with_today(today()))
    }

    /// Saves a new draft of the family self-assessment with one text answer; its link.
    async fn new_draft(app: &axum::Router, text: &str) -> String {
        let body = format!("_rev=0&_action=draft&routines_change={text}");
        let (status, h, _) = send(app, post("/fi/family-self-assessment", body)).await;
        assert_eq!(status, StatusCode::SEE_OTHER);
        location(&h)
    }

    fn rows(db: &std::path::Path) -> i64 {
        let c = rusqlite::Connection::open(db).unwrap();
        c.query_row("SELECT count(*) FROM responses", [], |r| r.get(0))
            .unwrap()
    }

    /// The blank page's one-time key.
    fn once_of(page: &str) -> String {
        let at = page
            .find("name=\"_once\" value=\"")
            .expect("a one-time key")
            + 20;
        page[at..at + 22].to_string()
    }

    /// A complete family-part send of the family self-assessment's example.
    fn complete(rev: &str, once: Option<&str>, change: Option<&str>) -> String {
        let form = builtin("family-self-assessment").unwrap();
        let mut answers = family_answers(&form, "family-self-assessment-fi");
        if let Some(text) = change {
            answers.insert("routines_change".into(), text.into());
        }
        let mut out = form_urlencoded::Serializer::new(String::new());
        out.append_pair("_rev", rev)
            .append_pair("_action", "submit");
        if let Some(k) = once {
            out.append_pair("_once", k);
        }
        encode_answers(&mut out, &answers);
        out.finish()
    }

    /// A draft over the form's limits (four texts of 60,000 characters where 2,000 are
    /// allowed; 800 group rows where 15 are) is refused with the errors shown and the text
    /// kept on the page, and nothing is stored.
    #[tokio::test]
    async fn an_over_limit_draft_is_refused_with_its_errors_and_not_stored() {
        let dir = temp_dir("limits");
        let db = dir.join("a.sqlite3");
        let app = file_app(&db, &Limits::default());
        let long = "x".repeat(60_000);
        let mut out = form_urlencoded::Serializer::new(String::new());
        out.append_pair("_rev", "0").append_pair("_action", "draft");
        for id in [
            "routines_change",
            "parenting_change",
            "relationship_change",
            "coping_change",
        ] {
            out.append_pair(id, &long);
        }
        let body = out.finish();
        assert!(body.len() < BODY_LIMIT);
        let (status, _, page) = send(&app, post("/fi/family-self-assessment", body)).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(page.contains("Lomaketta ei tallennettu"), "the notice");
        assert_eq!(page.matches("class=\"error\"").count(), 4, "one error each");
        assert!(page.contains(&long), "what was typed is on the page");
        assert!(
            page.contains("_rev\" value=\"0\""),
            "the page can be sent again"
        );
        assert_eq!(rows(&db), 0);

        let mut out = form_urlencoded::Serializer::new(String::new());
        out.append_pair("_rev", "0").append_pair("_action", "draft");
        for i in 0..800 {
            out.append_pair(&format!("network_contacts[{i}].organisation"), "o");
        }
        let (status, _, page) = send(&app, post("/fi/family-self-assessment", out.finish())).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(page.contains("Lomaketta ei tallennettu"));
        assert_eq!(rows(&db), 0);

        // Within the limits, the same draft is stored.
        let (status, _, _) = send(
            &app,
            post(
                "/fi/family-self-assessment",
                "_rev=0&_action=draft&routines_change=ok&network_contacts[0].organisation=o",
            ),
        )
        .await;
        assert_eq!(status, StatusCode::SEE_OTHER);
        assert_eq!(rows(&db), 1);
        let _ = std::fs::remove_dir_all(&dir);
    }

    /// A link stores at most `link_bytes` of JSON: more is refused with `413`, the text kept.
    #[tokio::test]
    async fn a_link_stores_at_most_its_cap() {
        let limits = Limits {
            link_bytes: 1500,
            ..Limits::default()
        };
        let app = router(common::state_with(&limits).with_today(today()));
        let text = "y".repeat(1800);
        let body = format!("_rev=0&_action=draft&routines_change={text}");
        let (status, _, page) = send(&app, post("/fi/family-self-assessment", body)).await;
        assert_eq!(status, StatusCode::PAYLOAD_TOO_LARGE);
        assert!(page.contains(&text));
        let (status, _, _) = send(
            &app,
            post(
                "/fi/family-self-assessment",
                "_rev=0&_action=draft&routines_change=ok",
            ),
        )
        .await;
        assert_eq!(status, StatusCode::SEE_OTHER);
    }

    /// A send repeated after a lost answer (same page, same content) gets the same receipt
    /// and makes no second response; other content from that page gets `409`. For a new
    /// form (its blank page's one-time key) and for a saved draft (its revision).
    #[tokio::test]
    async fn a_repeated_send_gets_the_same_receipt() {
        let dir = temp_dir("receipt");
        let db = dir.join("a.sqlite3");
        let app = file_app(&db, &Limits::default());
        let (_, _, blank) = send(&app, get("/fi/family-self-assessment")).await;
        let once = once_of(&blank);
        let (_, _, other) = send(&app, get("/fi/family-self-assessment")).await;
        assert_ne!(once, once_of(&other), "every blank page has its own key");

        let first = complete("0", Some(&once), None);
        let (status, h, _) = send(&app, post("/fi/family-self-assessment", first.clone())).await;
        assert_eq!(status, StatusCode::SEE_OTHER);
        let link = location(&h);
        let (status, h, _) = send(&app, post("/fi/family-self-assessment", first)).await;
        assert_eq!(status, StatusCode::SEE_OTHER);
        assert_eq!(location(&h), link, "the same response");
        assert_eq!(rows(&db), 1);
        let (_, _, summary) = send(&app, get(&link)).await;
        let at = summary.find("Viitenumero on ").expect("the receipt") + 15;
        let receipt = summary[at..at + 9].to_string();
        assert!(
            receipt.is_ascii() && receipt.as_bytes()[4] == b'-',
            "{receipt}"
        );
        let (status, _, page) = send(
            &app,
            post(
                "/fi/family-self-assessment",
                complete("0", Some(&once), Some("toinen")),
            ),
        )
        .await;
        assert_eq!(status, StatusCode::CONFLICT);
        assert!(
            !page.contains(&link),
            "the key alone does not give the link"
        );
        assert_eq!(rows(&db), 1);

        // A draft, then its send twice from the same revision.
        let draft = new_draft(&app, "a").await;
        let send_it = complete("1", None, None);
        let (status, h, page) = send(&app, post(&draft, send_it.clone())).await;
        assert_eq!(status, StatusCode::SEE_OTHER, "{page}");
        assert_eq!(
            (status, location(&h)),
            (StatusCode::SEE_OTHER, draft.clone())
        );
        let (_, _, summary) = send(&app, get(&draft)).await;
        let at = summary.find("Viitenumero on ").unwrap() + 15;
        let receipt2 = summary[at..at + 9].to_string();
        assert_ne!(receipt2, receipt);
        let (status, h, _) = send(&app, post(&draft, send_it)).await;
        assert_eq!(
            (status, location(&h)),
            (StatusCode::SEE_OTHER, draft.clone())
        );
        let (_, _, again) = send(&app, get(&draft)).await;
        assert!(again.contains(&format!("Viitenumero on {receipt2}")));
        let (status, _, _) = send(&app, post(&draft, complete("1", None, Some("muu")))).await;
        assert_eq!(status, StatusCode::CONFLICT);
        assert_eq!(rows(&db), 2);
        let _ = std::fs::remove_dir_all(&dir);
    }

    /// The database file and its WAL and shared-memory files are private to their owner,
    /// also when the file was there before with wider permissions.
    #[cfg(unix)]
    #[tokio::test]
    async fn the_database_files_are_private() {
        use std::os::unix::fs::PermissionsExt;
        let mode = |p: &std::path::Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
        let dir = temp_dir("modes");
        let db = dir.join("a.sqlite3");
        let app = file_app(&db, &Limits::default());
        new_draft(&app, "a").await;
        for suffix in ["", "-wal", "-shm"] {
            let p = PathBuf::from(format!("{}{suffix}", db.display()));
            assert_eq!(mode(&p), 0o600, "{}", p.display());
        }
        drop(app);
        let old = dir.join("old.sqlite3");
        std::fs::write(&old, b"").unwrap();
        std::fs::set_permissions(&old, std::fs::Permissions::from_mode(0o644)).unwrap();
        let _state = AppState::open(&old).unwrap();
        assert_eq!(mode(&old), 0o600);
        let _ = std::fs::remove_dir_all(&dir);
    }

    /// While another process holds the database's write lock: a page still opens (reads do
    /// not wait behind the write), and the write answers a retryable `503` with what was
    /// typed, to send again; nothing is lost or half-stored.
    #[tokio::test]
    async fn a_busy_database_gives_a_retryable_503_that_keeps_what_was_typed() {
        let dir = temp_dir("busy");
        let db = dir.join("a.sqlite3");
        let limits = Limits {
            busy_timeout: Duration::from_millis(1500),
            ..Limits::default()
        };
        let app = file_app(&db, &limits);
        let draft = new_draft(&app, "a").await;

        let holder = rusqlite::Connection::open(&db).unwrap();
        holder.execute_batch("BEGIN IMMEDIATE").unwrap();
        let writing = tokio::spawn({
            let app = app.clone();
            let draft = draft.clone();
            async move {
                send(
                    &app,
                    post(
                        &draft,
                        "_rev=1&_action=draft&routines_change=Kirjoitettu+teksti",
                    ),
                )
                .await
            }
        });
        // Let the write reach the lock, then read: the read is answered while the write
        // still waits.
        tokio::time::sleep(Duration::from_millis(200)).await;
        let (status, _, page) = send(&app, get(&draft)).await;
        assert_eq!(status, StatusCode::OK);
        assert!(page.contains("_rev\" value=\"1\""));
        assert!(
            !writing.is_finished(),
            "the read did not wait for the write"
        );

        let (status, h, page) = writing.await.unwrap();
        assert_eq!(status, StatusCode::SERVICE_UNAVAILABLE);
        assert_eq!(h[header::RETRY_AFTER], "2");
        assert!(
            page.contains("Kirjoitettu teksti"),
            "what was typed is kept"
        );
        assert!(page.contains("_rev\" value=\"1\""), "to send again");
        assert!(page.contains("ruuhkainen"));
        holder.execute_batch("ROLLBACK").unwrap();

        // Sent again, it is stored.
        let (status, _, _) = send(
            &app,
            post(
                &draft,
                "_rev=1&_action=draft&routines_change=Kirjoitettu+teksti",
            ),
        )
        .await;
        assert_eq!(status, StatusCode::SEE_OTHER);
        let (_, _, page) = send(&app, get(&draft)).await;
        assert!(page.contains("Kirjoitettu teksti"));
        let _ = std::fs::remove_dir_all(&dir);
    }

    /// Unsent drafts expire after `draft_days` without a save: not found, then deleted;
    /// a sent response stays, and `0` keeps drafts.
    #[tokio::test]
    async fn unsent_drafts_expire() {
        let dir = temp_dir("expiry");
        let db = dir.join("a.sqlite3");
        let limits = Limits {
            draft_days: 30,
            ..Limits::default()
        };
        let app = file_app(&db, &limits);
        let draft = new_draft(&app, "a").await;
        let (status, h, _) = send(
            &app,
            post("/fi/family-self-assessment", complete("0", None, None)),
        )
        .await;
        assert_eq!(status, StatusCode::SEE_OTHER);
        let sent = location(&h);
        let old = rusqlite::Connection::open(&db).unwrap();
        old.execute(
            "UPDATE responses SET updated_at = datetime('now', '-31 days')",
            [],
        )
        .unwrap();
        assert_eq!(send(&app, get(&draft)).await.0, StatusCode::NOT_FOUND);
        let rev1 = "_rev=1&_action=draft&routines_change=b";
        assert_eq!(
            send(&app, post(&draft, rev1)).await.0,
            StatusCode::NOT_FOUND
        );
        assert_eq!(send(&app, get(&sent)).await.0, StatusCode::OK);
        drop(app);
        // Kept with 0; deleted when the store opens (and hourly) otherwise.
        let keep = Limits {
            draft_days: 0,
            ..Limits::default()
        };
        let app = router(AppState::open_with(&db, &keep).unwrap().with_today(today()));
        assert_eq!(send(&app, get(&draft)).await.0, StatusCode::OK);
        drop(app);
        assert_eq!(rows(&db), 2);
        let _state = AppState::open_with(&db, &limits).unwrap();
        assert_eq!(rows(&db), 1);
        let _ = std::fs::remove_dir_all(&dir);
    }
}
