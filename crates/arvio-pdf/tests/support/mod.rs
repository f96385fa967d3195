//! Helpers shared by the PDF integration tests: rendering with a fixed date, poppler
//! (`pdftotext`, `pdfinfo`, `pdffonts`) on PDF bytes, the example responses and golden files.
#![allow(dead_code)]

use arvio_core::chrono::NaiveDate;
use arvio_core::render::{Filled, RenderContext, Texts};
use arvio_core::{CopyFor, Form, Part, Response, score, validate};
use arvio_forms::{blocks, builtin, builtin_ids};
use arvio_i18n::Localizer;
use arvio_pdf::{PdfDocument, PdfRenderer};
use std::path::{Path, PathBuf};
use std::process::Command;

pub fn day() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()
}

pub fn renderer() -> PdfRenderer {
    PdfRenderer::new().created_on(day())
}

pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// Runs a poppler tool on the PDF; fails with a clear message when poppler-utils is missing.
pub fn poppler(tool: &str, args: &[&str], pdf: &[u8]) -> String {
    let dir = std::env::temp_dir().join(format!("arvio-pdf-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join(format!(
        "{}-{}.pdf",
        tool,
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap()
            .as_nanos()
    ));
    std::fs::write(&file, pdf).unwrap();
    let mut cmd = Command::new(tool);
    cmd.args(args).arg(&file);
    if tool == "pdftotext" {
        cmd.arg("-");
    }
    let out = cmd.output().unwrap_or_else(|e| {
        panic!(
            "`{tool}` could not be run ({e}). These tests read PDFs back with poppler: \
             install it with `apt-get install -y poppler-utils`."
        )
    });
    let _ = std::fs::remove_file(&file);
    assert!(
        out.status.success(),
        "{tool} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("poppler writes UTF-8")
}

/// Text in content-stream order (`pdftotext -raw`).
pub fn raw_text(pdf: &[u8]) -> String {
    poppler("pdftotext", &["-raw", "-enc", "UTF-8"], pdf)
}

/// Text laid out as on the page (`pdftotext -layout`), for golden files.
pub fn layout_text(pdf: &[u8]) -> String {
    poppler("pdftotext", &["-layout", "-enc", "UTF-8"], pdf)
}

/// The text of the pages without their footers (form id and version, the mark, the page
/// number: one line per page that starts with the form id), so that an answer broken across
/// a page reads whole.
pub fn body_text(pdf: &[u8], form_id: &str) -> String {
    let footer = format!("{form_id} · ");
    raw_text(pdf)
        .lines()
        .filter(|l| !l.trim_start_matches('\u{c}').starts_with(&footer))
        .collect::<Vec<_>>()
        .join("\n")
}

/// Text with all whitespace removed, and the words broken at line ends joined again
/// ([`dehyphenate`]): wrapping turns spaces into line breaks and breaks a long word.
pub fn squash(s: &str) -> String {
    dehyphenate(s)
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect()
}

/// Whether every word of `phrase` is in `text`. `pdftotext` reads a word broken across lines
/// as two words, and a chart's labels may come in any order: compare word by word, without
/// whitespace.
pub fn has_words(text: &str, phrase: &str) -> bool {
    let text = squash(text);
    phrase.split_whitespace().all(|w| text.contains(w))
}

/// The worker's copy of a summary, with the blocks the form's rules prepare.
pub fn summary_of(form: &Form, response: &Response, texts: &dyn Texts) -> PdfDocument {
    summary_copy(form, response, texts, CopyFor::Worker)
}

/// A copy of a summary, with the blocks the form's rules prepare for it.
pub fn summary_copy(
    form: &Form,
    response: &Response,
    texts: &dyn Texts,
    copy: CopyFor,
) -> PdfDocument {
    let v = validate(form, response, day());
    let scores = score(form, &v.answers);
    let blocks = blocks::summary_blocks(form, &v.answers, copy, texts, day());
    let cx = RenderContext::summary(form, texts, Filled::new(response, &v, &scores))
        .with_copy(copy)
        .with_blocks(&blocks);
    renderer().render_pdf(&cx).expect("summary renders")
}

/// The example responses of the current form versions (`examples/responses/*.json`).
pub fn example_files() -> Vec<PathBuf> {
    let dir = root().join("examples/responses");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    files.sort();
    assert!(
        files.len() >= 9,
        "expected the example responses in {}",
        dir.display()
    );
    files
}

pub fn read_response(file: &Path) -> Response {
    Response::from_json(&std::fs::read_to_string(file).unwrap())
        .unwrap_or_else(|e| panic!("{}: {e}", file.display()))
}

pub fn golden(name: &str, actual: &str) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/golden")
        .join(name);
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, actual).unwrap();
        return;
    }
    let expected = std::fs::read_to_string(&path)
        .unwrap_or_else(|_| panic!("{} is missing: run with UPDATE_GOLDEN=1", path.display()));
    if expected != actual {
        let diff: Vec<String> = expected
            .lines()
            .zip(actual.lines())
            .enumerate()
            .filter(|(_, (a, b))| a != b)
            .take(5)
            .map(|(i, (a, b))| format!("line {}:\n  golden: {a}\n  actual: {b}", i + 1))
            .collect();
        panic!(
            "{name} differs from the golden file ({} vs {} lines); first differences:\n{}\n\
             Rerun with UPDATE_GOLDEN=1 if the change is intended.",
            expected.lines().count(),
            actual.lines().count(),
            diff.join("\n")
        );
    }
}

/// Every kind of document, rendered: each built-in form blank in Finnish, Swedish and English
/// (all questions, and the family's part), the worker's and the family's copy of the summary
/// of every example response, and comparisons. Named like `blank-<form>-<lang>-<part>.pdf`.
pub fn render_all() -> &'static [(String, Vec<u8>)] {
    static ALL: std::sync::OnceLock<Vec<(String, Vec<u8>)>> = std::sync::OnceLock::new();
    ALL.get_or_init(render_all_now)
}

fn render_all_now() -> Vec<(String, Vec<u8>)> {
    type Job = Box<dyn Fn() -> (String, Vec<u8>) + Send + Sync>;
    let mut jobs: Vec<Job> = Vec::new();
    for form_id in builtin_ids() {
        for lang in ["fi", "sv", "en"] {
            for (part, name) in [(Part::All, "all"), (Part::Family, "family")] {
                jobs.push(Box::new(move || {
                    let form = builtin(form_id).unwrap();
                    let texts = Localizer::new(&[lang]);
                    let cx = RenderContext::blank(&form, &texts).with_part(part);
                    let doc = renderer().render_pdf(&cx).expect("blank form renders");
                    (format!("blank-{form_id}-{lang}-{name}.pdf"), doc.bytes)
                }));
            }
        }
    }
    for file in example_files() {
        for (copy, name) in [(CopyFor::Worker, "worker"), (CopyFor::Family, "family")] {
            let file = file.clone();
            jobs.push(Box::new(move || {
                let response = read_response(&file);
                let form = builtin(&response.form)
                    .unwrap_or_else(|| panic!("no built-in form {}", response.form));
                let texts = Localizer::new(&[response.language.as_str()]);
                let doc = summary_copy(&form, &response, &texts, copy);
                let stem = file.file_stem().unwrap().to_string_lossy();
                (format!("summary-{stem}-{name}.pdf"), doc.bytes)
            }));
        }
    }
    for (lang, copy, name) in [
        ("fi", CopyFor::Worker, "worker"),
        ("sv", CopyFor::Worker, "worker"),
        ("en", CopyFor::Family, "family"),
    ] {
        jobs.push(Box::new(move || {
            (
                format!("compare-family-self-assessment-{lang}-{name}.pdf"),
                comparison(lang, copy).bytes,
            )
        }));
    }
    // Rendering a debug build is the slow part: use every core.
    par_map(&jobs, |job| job())
}

/// A comparison of the family self-assessment's start and review example responses.
pub fn comparison(lang: &str, copy: CopyFor) -> PdfDocument {
    let form = builtin("family-self-assessment").unwrap();
    let texts = Localizer::new(&[lang]);
    let responses = root().join("examples/responses");
    let start = read_response(&responses.join(format!("family-self-assessment-{lang}.json")));
    let review =
        read_response(&responses.join(format!("family-self-assessment-review-{lang}.json")));
    let vs = validate(&form, &start, day());
    let vr = validate(&form, &review, day());
    let scores = score(&form, &vr.answers);
    let blocks = blocks::comparison_blocks(&form, &vs.answers, &vr.answers, copy, &texts);
    let cx = RenderContext::compare(&form, &texts, Filled::new(&review, &vr, &scores), &blocks)
        .with_copy(copy);
    renderer().render_pdf(&cx).expect("comparison renders")
}

/// The hyphen the renderer draws where it breaks a word at a line end: U+00AD SOFT HYPHEN
/// (drawn as a hyphen; a hyphen of the text stays `-`).
pub const SOFT_HYPHEN: char = '\u{ad}';

/// Extracted text with every word broken at a line end joined again: a line ending in a
/// [`SOFT_HYPHEN`] is joined with the next one, without the hyphen. (`pdftotext -raw` gives
/// the text in drawing order, and a table cell's lines are drawn one after the other, so
/// the next line is the rest of the word even inside a table.)
pub fn dehyphenate(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut lines = s.split('\n').peekable();
    while let Some(line) = lines.next() {
        match line.trim_end_matches(' ').strip_suffix(SOFT_HYPHEN) {
            Some(head) if lines.peek().is_some() => out.push_str(head),
            _ => {
                out.push_str(line);
                if lines.peek().is_some() {
                    out.push('\n');
                }
            }
        }
    }
    out
}

/// `f` over `items` on every core, the results in the order of the items.
pub fn par_map<T: Sync, R: Send>(items: &[T], f: impl Fn(&T) -> R + Sync) -> Vec<R> {
    let threads = std::thread::available_parallelism().map_or(2, |n| n.get());
    let next = std::sync::atomic::AtomicUsize::new(0);
    let mut done: Vec<(usize, R)> = std::thread::scope(|s| {
        let workers: Vec<_> = (0..threads)
            .map(|_| {
                s.spawn(|| {
                    let mut done = Vec::new();
                    loop {
                        let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                        let Some(item) = items.get(i) else { break };
                        done.push((i, f(item)));
                    }
                    done
                })
            })
            .collect();
        workers
            .into_iter()
            .flat_map(|w| w.join().expect("a worker panicked"))
            .collect()
    });
    done.sort_by_key(|(i, _)| *i);
    done.into_iter().map(|(_, r)| r).collect()
}
