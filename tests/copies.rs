//! The family's copy of a summary never shows what is for the worker (issue 9).
//!
//! Property: for responses drawn from each built-in form's own answer domain
//! ([`sample_response`]), with every text answer (top-level and inside group rows) replaced by
//! a distinctive token, the family's copy in text, HTML and PDF, in Finnish, Swedish and
//! English,
//!
//! - holds no token of a worker-only question (except the form's record, which both copies
//!   show) or of a private question, nor of any sub-question of such a group;
//! - holds no private question's label and no "private" marker (`arvio-private`);
//! - holds every token of the questions it does show (so an empty copy cannot pass);
//!
//! and the worker's copy holds every token, the label of every answered private question and
//! the "private" marker: proof that the checks can find what they look for.
//!
//! The same checks run on the example responses (`examples/responses/<form>-<lang>.json`),
//! once with their own texts and once with tokens.
//!
//! PDFs are read back with poppler's `pdftotext` (Debian package `poppler-utils`). Texts are
//! compared with all whitespace removed, since wrapping turns spaces into line breaks and the
//! PDF breaks a word too long for its line anywhere.

use arvio_core::chrono::NaiveDate;
use arvio_core::model::{CopyFor, Form, Question, QuestionKind};
use arvio_core::render::{Filled, Output, RenderContext, Renderer, Texts, common};
use arvio_core::sample::{sample_response, xorshift};
use arvio_core::{Response, Status, score, validate};
use arvio_html::HtmlRenderer;
use arvio_i18n::Localizer;
use arvio_pdf::PdfRenderer;
use arvio_text::TextRenderer;
use proptest::prelude::*;
use proptest::test_runner::{TestCaseError, TestRunner};
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};

const LANGUAGES: [&str; 3] = ["fi", "sv", "en"];

fn day() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()
}

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn forms() -> Vec<Form> {
    let forms: Vec<Form> = arvio_forms::builtin_ids()
        .map(|id| arvio_forms::builtin(id).unwrap_or_else(|| panic!("built-in form {id} loads")))
        .collect();
    assert!(!forms.is_empty());
    forms
}

fn localizers() -> Vec<Localizer> {
    LANGUAGES
        .iter()
        .map(|lang| {
            let l = Localizer::new(&[lang]);
            assert_eq!(l.language(), *lang);
            l
        })
        .collect()
}

// ---------------------------------------------------------------------------------------------
// Reading the outputs back.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Format {
    Text,
    Html,
    Pdf,
}

impl Format {
    fn name(self) -> &'static str {
        match self {
            Format::Text => "text",
            Format::Html => "html",
            Format::Pdf => "pdf",
        }
    }
}

/// Text with whitespace (and invisible formatting characters) removed.
fn squash(s: &str) -> String {
    s.chars()
        .filter(|c| {
            !c.is_whitespace()
                && !matches!(
                    c,
                    '\u{00AD}' | '\u{200B}'..='\u{200F}' | '\u{2066}'..='\u{2069}' | '\u{FEFF}'
                )
        })
        .collect()
}

/// HTML character references decoded (the ones a renderer writes).
fn decode_entities(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find('&') {
        out.push_str(&rest[..i]);
        rest = &rest[i..];
        let decoded = rest.find(';').filter(|&j| j <= 12).and_then(|j| {
            let name = &rest[1..j];
            let c = match name {
                "amp" => Some('&'),
                "lt" => Some('<'),
                "gt" => Some('>'),
                "quot" => Some('"'),
                "apos" => Some('\''),
                "nbsp" => Some(' '),
                _ => name
                    .strip_prefix("#x")
                    .or_else(|| name.strip_prefix("#X"))
                    .and_then(|h| u32::from_str_radix(h, 16).ok())
                    .or_else(|| name.strip_prefix('#').and_then(|d| d.parse().ok()))
                    .and_then(char::from_u32),
            };
            c.map(|c| (c, j + 1))
        });
        match decoded {
            Some((c, len)) => {
                out.push(c);
                rest = &rest[len..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// The text between the tags of an HTML page.
fn strip_tags(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut in_tag = false;
    for c in s.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => in_tag = false,
            _ if !in_tag => out.push(c),
            _ => {}
        }
    }
    out
}

static PDF_FILES: AtomicUsize = AtomicUsize::new(0);

/// The text of a PDF, in content-stream order (`pdftotext -raw`).
fn pdftotext(pdf: &[u8]) -> String {
    let file = std::env::temp_dir().join(format!(
        "arvio-copies-{}-{}.pdf",
        std::process::id(),
        PDF_FILES.fetch_add(1, Ordering::Relaxed)
    ));
    std::fs::write(&file, pdf).unwrap();
    let out = Command::new("pdftotext")
        .args(["-raw", "-enc", "UTF-8"])
        .arg(&file)
        .arg("-")
        .output()
        .unwrap_or_else(|e| {
            panic!(
                "`pdftotext` could not be run ({e}): install it with \
                 `apt-get install -y poppler-utils`"
            )
        });
    let _ = std::fs::remove_file(&file);
    assert!(
        out.status.success(),
        "pdftotext failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("pdftotext writes UTF-8")
}

/// One copy as rendered, squashed for searching.
struct Rendered {
    /// Everything a reader (or a program) can find in the output, squashed: for HTML the
    /// decoded page with its tags and attributes, then its text without tags.
    text: String,
}

impl Rendered {
    fn contains(&self, squashed_needle: &str) -> bool {
        !squashed_needle.is_empty() && self.text.contains(squashed_needle)
    }
    /// A little of the output around the first place the needle is found.
    fn around(&self, squashed_needle: &str) -> String {
        let Some(i) = self.text.find(squashed_needle) else {
            return String::new();
        };
        let start = self.text[..i]
            .char_indices()
            .rev()
            .nth(60)
            .map_or(0, |(j, _)| j);
        let end = self.text[i..]
            .char_indices()
            .nth(squashed_needle.chars().count() + 60)
            .map_or(self.text.len(), |(j, _)| i + j);
        self.text[start..end].to_string()
    }
}

fn render(
    format: Format,
    form: &Form,
    texts: &dyn Texts,
    response: &Response,
    copy: CopyFor,
) -> Rendered {
    let validation = validate(form, response, day());
    let scores = score(form, &validation.answers);
    // As the command line does: the form's own blocks (the deadlines) for this copy.
    let blocks = arvio_forms::blocks::summary_blocks(form, &validation.answers, copy, texts, day());
    let cx = RenderContext::summary(form, texts, Filled::new(response, &validation, &scores))
        .with_copy(copy)
        .with_blocks(&blocks);
    let what = format!(
        "{} summary of {} ({}, {} copy)",
        format.name(),
        form.id,
        texts.language(),
        copy.name()
    );
    let out = match format {
        Format::Text => TextRenderer.render(&cx),
        Format::Html => HtmlRenderer::new().render(&cx),
        Format::Pdf => PdfRenderer::new().created_on(day()).render(&cx),
    }
    .unwrap_or_else(|e| panic!("{what}: {e}"));
    let text = match (format, out) {
        (Format::Text, Output::Text(s)) => squash(&s),
        (Format::Html, Output::Text(s)) => {
            let mut all = squash(&decode_entities(&s));
            all.push('\u{1}');
            all.push_str(&squash(&decode_entities(&strip_tags(&s))));
            all
        }
        (Format::Pdf, Output::Bytes(b)) => squash(&pdftotext(&b)),
        (_, out) => panic!(
            "{what}: unexpected output {:?}",
            std::mem::discriminant(&out)
        ),
    };
    Rendered { text }
}

// ---------------------------------------------------------------------------------------------
// Marking the text answers.

/// A text answer of the response, and whether the family's copy shows it.
#[derive(Debug, Clone)]
struct Marked {
    /// The answer path (`network[1].name`).
    path: String,
    /// The text (a token, or the response's own text).
    text: String,
    /// Whether the family's copy shows the question.
    family: bool,
}

/// Whether the family's copy shows a top-level question: the record's questions are shown in
/// both copies.
fn family_shows(form: &Form, q: &Question) -> bool {
    form.record.contains(&q.id) || CopyFor::Family.shows(q)
}

/// Whether the family's copy shows a sub-question of a group.
fn family_shows_sub(form: &Form, group: &Question, sq: &Question) -> bool {
    form.record.contains(&group.id) || (CopyFor::Family.shows(group) && CopyFor::Family.shows(sq))
}

fn is_text(q: &Question) -> bool {
    matches!(
        q.kind,
        QuestionKind::ShortText { .. } | QuestionKind::LongText { .. }
    )
}

fn max_length(q: &Question) -> usize {
    match q.kind {
        QuestionKind::ShortText { max_length } | QuestionKind::LongText { max_length } => {
            max_length as usize
        }
        _ => 0,
    }
}

/// The `n`th token: `QZ` and five lowercase letters. Tokens are all as long, so none is part
/// of another, and no form text has `QZ` in it; letters only, so `pdftotext` reads one word.
fn token(n: usize) -> String {
    let mut s = String::from("QZ");
    let mut x = n;
    let mut letters = [b'a'; 5];
    for l in letters.iter_mut().rev() {
        *l = b'a' + (x % 26) as u8;
        x /= 26;
    }
    assert_eq!(x, 0, "too many tokens");
    s.push_str(std::str::from_utf8(&letters).unwrap());
    s
}

/// Visits every text answer of the response (top-level and in group rows), in form order,
/// letting `f` replace it; returns what was marked.
fn mark_with(
    form: &Form,
    response: &mut Response,
    mut f: impl FnMut(&Question, &str) -> String,
) -> Vec<Marked> {
    let mut marked = Vec::new();
    for (_, q) in form.questions() {
        let Some(answer) = response.answers.get_mut(&q.id) else {
            continue;
        };
        match (&q.kind, &mut answer.0) {
            (_, Value::String(s)) if is_text(q) => {
                let text = f(q, s);
                *s = text.clone();
                marked.push(Marked {
                    path: q.id.clone(),
                    text,
                    family: family_shows(form, q),
                });
            }
            (QuestionKind::Group { questions, .. }, Value::Array(rows)) => {
                for (i, row) in rows.iter_mut().enumerate() {
                    let Value::Object(row) = row else { continue };
                    for sq in questions.iter().filter(|sq| is_text(sq)) {
                        if let Some(Value::String(s)) = row.get_mut(&sq.id) {
                            let text = f(sq, s);
                            *s = text.clone();
                            marked.push(Marked {
                                path: format!("{}[{i}].{}", q.id, sq.id),
                                text,
                                family: family_shows_sub(form, q, sq),
                            });
                        }
                    }
                }
            }
            _ => {}
        }
    }
    marked
}

/// Replaces every text answer by its own token.
fn tokenize(form: &Form, response: &mut Response) -> Vec<Marked> {
    let mut n = 0;
    mark_with(form, response, |q, _| {
        let t = token(n);
        n += 1;
        assert!(
            t.chars().count() <= max_length(q),
            "{}: token too long",
            q.id
        );
        t
    })
}

/// The response's own texts, left as they are.
fn own_texts(form: &Form, response: &mut Response) -> Vec<Marked> {
    mark_with(form, response, |_, s| s.to_string())
}

/// Every private question of the form (top-level, and sub-questions of groups), each with
/// whether it is answered at the top level of the response.
fn private_questions<'f>(form: &'f Form, response: &Response) -> Vec<(&'f Question, bool)> {
    let mut out = Vec::new();
    for (_, q) in form.questions() {
        if q.private {
            out.push((q, response.answers.contains_key(&q.id)));
        }
        if let QuestionKind::Group { questions, .. } = &q.kind {
            out.extend(
                questions
                    .iter()
                    .filter(|sq| sq.private)
                    .map(|sq| (sq, false)),
            );
        }
    }
    out
}

/// Every label id of a question the family's copy shows.
fn family_label_ids(form: &Form) -> Vec<&str> {
    let mut out = Vec::new();
    for (_, q) in form.questions() {
        if family_shows(form, q) {
            out.push(q.label.as_str());
            if let QuestionKind::Group { questions, .. } = &q.kind {
                out.extend(
                    questions
                        .iter()
                        .filter(|sq| family_shows_sub(form, q, sq))
                        .map(|sq| sq.label.as_str()),
                );
            }
        }
    }
    out
}

// ---------------------------------------------------------------------------------------------
// The checks.

/// Renders both copies of a valid response in one format and language and checks them.
fn check(
    format: Format,
    form: &Form,
    texts: &dyn Texts,
    response: &Response,
    marked: &[Marked],
    tokens: bool,
) -> Result<(), String> {
    let validation = validate(form, response, day());
    if !validation.is_valid() {
        let paths: Vec<String> = validation
            .errors
            .iter()
            .map(|e| format!("{} ({})", e.path.as_str(), e.kind.code()))
            .collect();
        return Err(format!(
            "{} response does not validate: {}",
            form.id,
            paths.join(", ")
        ));
    }
    let family = render(format, form, texts, response, CopyFor::Family);
    let worker = render(format, form, texts, response, CopyFor::Worker);
    let whence = format!("{} {} {}", form.id, texts.language(), format.name());
    let mut problems = Vec::new();

    // Texts given as answers.
    let visible: Vec<String> = marked
        .iter()
        .filter(|m| m.family)
        .map(|m| squash(&m.text))
        .collect();
    for m in marked {
        let needle = squash(&m.text);
        if !worker.contains(&needle) {
            problems.push(format!(
                "the worker's copy lacks the answer to {} ({needle})",
                m.path
            ));
        }
        if m.family {
            if !family.contains(&needle) {
                problems.push(format!(
                    "the family's copy lacks the answer to {} ({needle})",
                    m.path
                ));
            }
        } else if family.contains(&needle)
            // The response's own texts: a hidden answer may repeat a shown one.
            && (tokens || !visible.iter().any(|v| v.contains(&needle)))
        {
            problems.push(format!(
                "the family's copy shows the answer to {} ({needle}): …{}…",
                m.path,
                family.around(&needle)
            ));
        }
    }

    // Private questions: their labels, and the marker.
    let shown_labels = family_label_ids(form);
    let shown_label_texts: Vec<String> = shown_labels
        .iter()
        .map(|id| squash(&texts.message(id)))
        .collect();
    let mut private_answered = false;
    for (q, answered) in private_questions(form, response) {
        let label = squash(&texts.message(&q.label));
        private_answered |= answered;
        if answered && !worker.contains(&label) {
            problems.push(format!(
                "the worker's copy lacks the label of the private question {} ({label})",
                q.id
            ));
        }
        let shared = shown_labels.contains(&q.label.as_str())
            || shown_label_texts.iter().any(|t| t.contains(&label));
        if !shared && family.contains(&label) {
            problems.push(format!(
                "the family's copy shows the label of the private question {} ({label}): …{}…",
                q.id,
                family.around(&label)
            ));
        }
    }
    let marker = squash(&texts.message(common::PRIVATE));
    if family.contains(&marker) {
        problems.push(format!(
            "the family's copy shows the private marker ({marker}): …{}…",
            family.around(&marker)
        ));
    }
    if private_answered && !worker.contains(&marker) {
        problems.push(format!(
            "the worker's copy lacks the private marker ({marker})"
        ));
    }

    if problems.is_empty() {
        Ok(())
    } else {
        Err(format!("{whence}:\n  {}", problems.join("\n  ")))
    }
}

/// A response drawn from the form's domain with the seed, its text answers tokenized.
fn sampled(form: &Form, lang: &str, seed: u64) -> (Response, Vec<Marked>) {
    // Each form and language draws its own stream from the case's seed (FNV-1a of both).
    let salt = form
        .id
        .bytes()
        .chain([b'/'])
        .chain(lang.bytes())
        .fold(0xcbf2_9ce4_8422_2325u64, |h, b| {
            (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
        });
    let mut next = xorshift(seed ^ salt);
    let mut response = sample_response(form, lang, Status::Submitted, day(), &mut next);
    let marked = tokenize(form, &mut response);
    (response, marked)
}

/// The property for one format: every form, every language, one seed.
fn property(
    format: Format,
    forms: &[Form],
    localizers: &[Localizer],
    seed: u64,
) -> Result<(), TestCaseError> {
    let mut failures = Vec::new();
    for form in forms {
        for texts in localizers {
            let (response, marked) = sampled(form, texts.language(), seed);
            if let Err(e) = check(format, form, texts, &response, &marked, true) {
                failures.push(e);
            }
        }
    }
    if failures.is_empty() {
        Ok(())
    } else {
        Err(TestCaseError::fail(format!(
            "seed {seed}:\n{}",
            failures.join("\n")
        )))
    }
}

fn config(cases: u32) -> ProptestConfig {
    ProptestConfig {
        cases,
        // A seed is the whole input: shrinking it finds nothing smaller, and the failure
        // message names it.
        max_shrink_iters: 0,
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

/// Runs the property for one format over `cases` seeds.
fn run(format: Format, cases: u32) {
    let forms = forms();
    let localizers = localizers();
    let mut runner = TestRunner::new(config(cases));
    if let Err(e) = runner.run(&any::<u64>(), |seed| {
        property(format, &forms, &localizers, seed)
    }) {
        panic!("{e}");
    }
}

#[test]
fn family_text_copy_shows_nothing_for_the_worker() {
    run(Format::Text, 64);
}

#[test]
fn family_html_copy_shows_nothing_for_the_worker() {
    run(Format::Html, 64);
}

#[test]
fn family_pdf_copy_shows_nothing_for_the_worker() {
    run(Format::Pdf, 8);
}

/// The example responses, with their own texts and with tokens, in every format.
#[test]
fn family_copies_of_the_examples_show_nothing_for_the_worker() {
    let localizers = localizers();
    let mut failures = Vec::new();
    let mut checked = 0;
    for id in arvio_forms::builtin_ids() {
        for texts in &localizers {
            let lang = texts.language();
            let name = format!("examples/responses/{id}-{lang}.json");
            let json = std::fs::read_to_string(root().join(&name))
                .unwrap_or_else(|e| panic!("{name}: {e}"));
            let response = Response::from_json(&json).unwrap_or_else(|e| panic!("{name}: {e}"));
            assert_eq!(response.form, id, "{name}");
            let form = arvio_forms::for_response(id, &response.form_version)
                .unwrap_or_else(|| panic!("{name}: no form {id} {}", response.form_version));
            let mut own = response.clone();
            let own_marked = own_texts(&form, &mut own);
            let mut tokens = response.clone();
            let token_marked = tokenize(&form, &mut tokens);
            assert!(!token_marked.is_empty(), "{name}: no text answers");
            for format in [Format::Text, Format::Html, Format::Pdf] {
                for (r, m, tok) in [(&own, &own_marked, false), (&tokens, &token_marked, true)] {
                    checked += 1;
                    if let Err(e) = check(format, &form, texts, r, m, tok) {
                        failures.push(format!("{name}: {e}"));
                    }
                }
            }
        }
    }
    assert_eq!(checked, 3 * 3 * 3 * 2);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The property has something to find: sampled responses answer text questions the family's
/// copy hides and text questions it shows, and private questions.
#[test]
fn the_property_is_not_vacuous() {
    let forms = forms();
    let (mut hidden, mut shown, mut private) = (0, 0, 0);
    for seed in 1..=8u64 {
        for form in &forms {
            let (response, marked) = sampled(form, "fi", seed);
            hidden += marked.iter().filter(|m| !m.family).count();
            shown += marked.iter().filter(|m| m.family).count();
            private += private_questions(form, &response)
                .iter()
                .filter(|(_, answered)| *answered)
                .count();
        }
    }
    assert!(
        hidden > 0,
        "no sampled answer to a text question the family's copy hides"
    );
    assert!(
        shown > 0,
        "no sampled answer to a text question the family's copy shows"
    );
    assert!(private > 0, "no sampled answer to a private question");
}

#[test]
fn tokens_are_distinct_words() {
    assert_eq!(token(0), "QZaaaaa");
    assert_eq!(token(27), "QZaaabb");
    let all: std::collections::HashSet<String> = (0..2000).map(token).collect();
    assert_eq!(all.len(), 2000);
    assert_eq!(
        decode_entities("a&amp;b&lt;&#39;&#x27;&quot;&nope;"),
        "a&b<''\"&nope;"
    );
    assert_eq!(squash(" a\nb\u{2068}c "), "abc");
}
