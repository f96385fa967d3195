//! Golden files of every page the HTML renderer writes, for every built-in form in every
//! language: the blank form (whole and the family's part), the form refilled with the
//! example response, the same with errors (answers made wrong in code), the worker's and the
//! family's summary, the start and review comparison, and a renderer with every setting
//! (action, hidden fields, notice with a link, navigation). Each page must equal its golden
//! file in `tests/golden/all/` byte for byte (the Swedish and English ones by their SHA-256
//! sums in `sv-en.sha256`); `ARVIO_UPDATE_GOLDEN=1 cargo test -p arvio-html --test
//! golden_all` rewrites them.

use arvio_core::chrono::NaiveDate;
use arvio_core::model::{CopyFor, Part};
use arvio_core::render::{Filled, Output, RenderContext, Renderer, Texts};
use arvio_core::{Form, QuestionKind, Response, score, validate};
use arvio_forms::{builtin, builtin_ids};
use arvio_html::{HtmlRenderer, Link};
use arvio_i18n::Localizer;
use serde_json::{Value, json};

const LANGS: [&str; 3] = ["fi", "sv", "en"];

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()
}

fn html(out: Output) -> String {
    match out {
        Output::Text(s) => s,
        Output::Bytes(_) => panic!("html renders text"),
    }
}

fn example(id: &str) -> Response {
    let path = format!(
        "{}/../../examples/responses/{id}-fi.json",
        env!("CARGO_MANIFEST_DIR")
    );
    Response::from_json(&std::fs::read_to_string(path).unwrap()).unwrap()
}

/// The example response with answers made wrong, the same way every time: the first
/// single-choice answer an unknown option, the first multiple choice a string, the first
/// scale out of range, the first yes/no a word, the first number a word, the first date
/// impossible, the first text too long, the first group row with a wrong sub-answer, the
/// first required question left unanswered, and an unknown question added.
fn invalid(form: &Form, resp: &Response) -> Response {
    let mut r = resp.clone();
    let mut done = [false; 9];
    for (_, q) in form.questions() {
        let slot = match &q.kind {
            QuestionKind::SingleChoice { .. } => Some((0, json!("no-such-option"))),
            QuestionKind::MultipleChoice { .. } => Some((1, json!("not-a-list"))),
            QuestionKind::Scale { max, .. } => Some((2, json!(max + 7))),
            QuestionKind::YesNo => Some((3, json!("maybe"))),
            QuestionKind::Number { .. } => Some((4, json!("kolme <b>"))),
            QuestionKind::Date { .. } => Some((5, json!("31.2.2026"))),
            QuestionKind::ShortText { max_length } | QuestionKind::LongText { max_length } => {
                Some((6, json!("ä&<".repeat(*max_length as usize))))
            }
            QuestionKind::Group { questions, .. } => {
                let sub = questions.first().map(|s| s.id.clone()).unwrap_or_default();
                Some((7, json!([{ sub: 12345 }, "not-a-row"])))
            }
            _ => None,
        };
        if let Some((i, v)) = slot
            && !done[i]
        {
            done[i] = true;
            r.answers.insert(q.id.clone(), v.into());
            continue;
        }
        if !done[8] && matches!(q.required, arvio_core::model::Required::Yes) {
            done[8] = true;
            r.answers.remove(&q.id);
        }
    }
    r.answers
        .insert("no_such_question".into(), json!(["x"]).into());
    r
}

/// A review response made from the example: every scale answer one step up where it can go.
fn review_of(form: &Form, start: &Response) -> Response {
    let mut review = start.clone();
    for (_, q) in form.questions() {
        if let QuestionKind::Scale { max, .. } = &q.kind
            && let Some(v) = review.answers.get_mut(&q.id)
            && let Some(n) = v.0.as_i64()
        {
            *v = json!((n + 1).min(*max)).into();
        }
    }
    if let Some(Value::Array(rows)) = review.answers.get_mut("goals").map(|v| &mut v.0) {
        for row in rows.iter_mut().filter_map(|r| r.as_object_mut()) {
            row.insert("review_level".into(), json!(1));
        }
    }
    review
}

fn configured() -> HtmlRenderer {
    HtmlRenderer::new()
        .with_action("/fi/form?x=1&y=\"2\"")
        .with_hidden("_revision", "7")
        .with_hidden("_token", "<abc>")
        .with_notice(
            "Luonnos tallennettu & <ok>",
            Some(Link::new("/fi/r/abc?a=1&b=2", "Linkki <tähän>")),
        )
        .with_nav(Link::new("/fi", "Lomakkeet"))
        .with_nav(Link::new("/en?x=<y>", "English & more"))
        .with_today(today())
}

/// Every page of one form in one language, named.
fn pages(id: &str, lang: &str) -> Vec<(String, String)> {
    let form = builtin(id).unwrap();
    let t = Localizer::new(&[lang]);
    let t: &dyn Texts = &t;
    let r = HtmlRenderer::new();
    let resp = example(id);
    let v = validate(&form, &resp, today());
    let s = score(&form, &v.answers);
    let filled = Filled::new(&resp, &v, &s);
    let bad = invalid(&form, &resp);
    let bv = validate(&form, &bad, today());
    assert!(bv.errors.len() >= 5, "{id}: {} errors", bv.errors.len());
    let bs = score(&form, &bv.answers);
    let bad_filled = Filled::new(&bad, &bv, &bs);
    let worker_blocks =
        arvio_forms::blocks::summary_blocks(&form, &v.answers, CopyFor::Worker, t, today());
    let family_blocks =
        arvio_forms::blocks::summary_blocks(&form, &v.answers, CopyFor::Family, t, today());
    let review = review_of(&form, &resp);
    let rv = validate(&form, &review, today());
    let rs = score(&form, &rv.answers);
    let compare_blocks =
        arvio_forms::blocks::comparison_blocks(&form, &v.answers, &rv.answers, CopyFor::Worker, t);
    let render = |r: &HtmlRenderer, cx: RenderContext<'_>| html(r.render(&cx).unwrap());
    vec![
        ("blank".into(), render(&r, RenderContext::blank(&form, t))),
        (
            "blank-family".into(),
            render(&r, RenderContext::blank(&form, t).with_part(Part::Family)),
        ),
        (
            "refill".into(),
            render(&r, RenderContext::refill(&form, t, filled)),
        ),
        (
            "refill-errors".into(),
            render(&r, RenderContext::refill(&form, t, bad_filled)),
        ),
        (
            "refill-errors-family".into(),
            render(
                &r,
                RenderContext::refill(&form, t, bad_filled).with_part(Part::Family),
            ),
        ),
        (
            "summary-worker".into(),
            render(
                &r,
                RenderContext::summary(&form, t, filled)
                    .with_copy(CopyFor::Worker)
                    .with_blocks(&worker_blocks),
            ),
        ),
        (
            "summary-family".into(),
            render(
                &r,
                RenderContext::summary(&form, t, filled)
                    .with_copy(CopyFor::Family)
                    .with_blocks(&family_blocks),
            ),
        ),
        (
            "summary-errors".into(),
            render(&r, RenderContext::summary(&form, t, bad_filled)),
        ),
        (
            "compare".into(),
            render(
                &r,
                RenderContext::compare(&form, t, Filled::new(&review, &rv, &rs), &compare_blocks)
                    .with_copy(CopyFor::Worker),
            ),
        ),
        (
            "configured-blank".into(),
            render(&configured(), RenderContext::blank(&form, t)),
        ),
        (
            "configured-refill-errors".into(),
            render(&configured(), RenderContext::refill(&form, t, bad_filled)),
        ),
        (
            "configured-summary".into(),
            render(
                &configured(),
                RenderContext::summary(&form, t, filled).with_blocks(&worker_blocks),
            ),
        ),
    ]
}

/// The file of SHA-256 sums of the Swedish and English pages.
const SUMS: &str = "sv-en.sha256";

fn sha256(page: &str) -> String {
    use sha2::Digest;
    sha2::Sha256::digest(page.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// The Finnish pages are kept whole, for a reviewer to read the diff; the Swedish and English
/// ones (the same markup with other texts) as SHA-256 sums in `sv-en.sha256`, so the
/// repository does not carry 6 MB of pages. A page that differs is written to the test's
/// temporary directory for comparison.
#[test]
fn every_page_matches_its_golden_file() {
    let dir = format!("{}/tests/golden/all", env!("CARGO_MANIFEST_DIR"));
    let actual = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("golden-actual");
    let update = std::env::var_os("ARVIO_UPDATE_GOLDEN").is_some();
    if update {
        std::fs::create_dir_all(&dir).unwrap();
    }
    let sums_path = format!("{dir}/{SUMS}");
    let sums = std::fs::read_to_string(&sums_path).unwrap_or_default();
    let mut new_sums = String::new();
    let mut differ = Vec::new();
    let mut count = 0;
    for id in builtin_ids() {
        for lang in LANGS {
            for (name, page) in pages(id, lang) {
                let file = format!("{id}-{lang}-{name}.html");
                let path = format!("{dir}/{file}");
                let same = if lang == "fi" {
                    if update {
                        std::fs::write(&path, &page).unwrap();
                    }
                    let want = std::fs::read_to_string(&path).unwrap_or_else(|_| {
                        panic!("{path} missing: run ARVIO_UPDATE_GOLDEN=1 cargo test -p arvio-html")
                    });
                    want == page
                } else {
                    let line = format!("{}  {file}\n", sha256(&page));
                    new_sums.push_str(&line);
                    update || sums.lines().any(|l| format!("{l}\n") == line)
                };
                if !same {
                    std::fs::create_dir_all(&actual).unwrap();
                    std::fs::write(actual.join(&file), &page).unwrap();
                    differ.push(file);
                }
                count += 1;
            }
        }
    }
    if update {
        std::fs::write(&sums_path, &new_sums).unwrap();
        return;
    }
    assert_eq!(count, builtin_ids().count() * LANGS.len() * 12);
    assert_eq!(
        sums.lines().count(),
        new_sums.lines().count(),
        "{SUMS} holds another set of pages: run ARVIO_UPDATE_GOLDEN=1 cargo test -p arvio-html"
    );
    assert!(
        differ.is_empty(),
        "rendered pages differ from their golden files (written to {}): {differ:#?}",
        actual.display()
    );
}

/// The same pages rendered twice with one localizer, and on several threads at once, are the
/// same: nothing a render remembers changes a later one.
#[test]
fn repeated_and_parallel_renders_are_identical() {
    let first: Vec<_> = builtin_ids().flat_map(|id| pages(id, "sv")).collect();
    let again: Vec<_> = builtin_ids().flat_map(|id| pages(id, "sv")).collect();
    assert!(first == again);
    let threads: Vec<_> = (0..4)
        .map(|i| {
            std::thread::spawn(move || {
                let lang = LANGS[i % 3];
                builtin_ids()
                    .flat_map(|id| pages(id, lang))
                    .collect::<Vec<_>>()
            })
        })
        .collect();
    for (i, h) in threads.into_iter().enumerate() {
        let got = h.join().unwrap();
        let want: Vec<_> = builtin_ids()
            .flat_map(|id| pages(id, LANGS[i % 3]))
            .collect();
        assert!(got == want, "thread {i}");
    }
}
