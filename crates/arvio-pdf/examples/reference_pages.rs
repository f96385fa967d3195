//! Writes the reference PDFs whose first pages are shown in the README: the blank
//! family self-assessment form in Finnish, the (worker's) summary of
//! `examples/responses/family-self-assessment-fi.json`, and the comparison of that response
//! (start) with `family-self-assessment-review-fi.json` (review), all dated 23.11.2026 so
//! the output is the same on every run.
//!
//! ```sh
//! cargo run -p arvio-pdf --example reference_pages -- target/reference-pages
//! pdftoppm -png -r 60 -f 1 -l 1 -singlefile target/reference-pages/blank-form-fi.pdf docs/img/blank-form-fi
//! pdftoppm -png -r 60 -f 1 -l 1 -singlefile target/reference-pages/summary-fi.pdf docs/img/summary-fi
//! pdftoppm -png -r 60 -f 1 -l 1 -singlefile target/reference-pages/compare-fi.pdf docs/img/compare-fi
//! ```
//!
//! `docs/img/README.md` has the same commands. With `--all` it also writes the blank form
//! of every built-in form in fi, sv and en, both copies of the summary of every example
//! response (with the blocks the form's rules prepare, such as the deadlines), and the
//! comparison in every language, for looking through the layout after a change.

use arvio_core::chrono::NaiveDate;
use arvio_core::render::{Filled, RenderContext, view::Block};
use arvio_core::{CopyFor, Form, Response, score, validate};
use arvio_forms::{blocks, builtin};
use arvio_i18n::Localizer;
use arvio_pdf::PdfRenderer;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<_> = std::env::args_os().skip(1).collect();
    let (all, dir) = match args.as_slice() {
        [dir] => (false, PathBuf::from(dir)),
        [flag, dir] if flag == "--all" => (true, PathBuf::from(dir)),
        _ => {
            eprintln!("usage: reference_pages [--all] <output directory>");
            return ExitCode::from(2);
        }
    };
    let result = run(&dir).and_then(|()| if all { run_all(&dir) } else { Ok(()) });
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("reference_pages: {e}");
            ExitCode::FAILURE
        }
    }
}

fn run(dir: &Path) -> Result<(), Box<dyn std::error::Error>> {
    let day = NaiveDate::from_ymd_opt(2026, 11, 23).ok_or("bad date")?;
    let renderer = PdfRenderer::new().created_on(day);
    let form = builtin("family-self-assessment").ok_or("built-in form missing")?;
    let fi = Localizer::new(&["fi"]);
    std::fs::create_dir_all(dir)?;

    let blank = renderer.render_pdf(&RenderContext::blank(&form, &fi))?;
    std::fs::write(dir.join("blank-form-fi.pdf"), &blank.bytes)?;

    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let json =
        std::fs::read_to_string(root.join("examples/responses/family-self-assessment-fi.json"))?;
    let response = Response::from_json(&json)?;
    let validation = validate(&form, &response, day);
    let scores = score(&form, &validation.answers);
    let cx = RenderContext::summary(&form, &fi, Filled::new(&response, &validation, &scores));
    let summary = renderer.render_pdf(&cx)?;
    std::fs::write(dir.join("summary-fi.pdf"), &summary.bytes)?;

    let compare = comparison(&renderer, &form, "fi", CopyFor::Worker)?;
    std::fs::write(dir.join("compare-fi.pdf"), &compare.bytes)?;

    println!(
        "{}: blank form {} pages, {} bytes; summary {} pages, {} bytes; comparison {} pages, {} bytes",
        dir.display(),
        blank.pages,
        blank.bytes.len(),
        summary.pages,
        summary.bytes.len(),
        compare.pages,
        compare.bytes.len()
    );
    Ok(())
}

/// The comparison of the example start and review responses of the family self-assessment.
fn comparison(
    renderer: &PdfRenderer,
    form: &Form,
    lang: &str,
    copy: CopyFor,
) -> Result<arvio_pdf::PdfDocument, Box<dyn std::error::Error>> {
    let day = NaiveDate::from_ymd_opt(2026, 11, 23).ok_or("bad date")?;
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let texts = Localizer::new(&[lang]);
    let read = |name: String| -> Result<Response, Box<dyn std::error::Error>> {
        let json = std::fs::read_to_string(root.join("examples/responses").join(name))?;
        Ok(Response::from_json(&json)?)
    };
    let start = read(format!("family-self-assessment-{lang}.json"))?;
    let review = read(format!("family-self-assessment-review-{lang}.json"))?;
    let vs = validate(form, &start, day);
    let vr = validate(form, &review, day);
    let scores = score(form, &vr.answers);
    let blocks: Vec<Block> =
        blocks::comparison_blocks(form, &vs.answers, &vr.answers, copy, &texts);
    let cx = RenderContext::compare(form, &texts, Filled::new(&review, &vr, &scores), &blocks)
        .with_copy(copy);
    Ok(renderer.render_pdf(&cx)?)
}

fn run_all(dir: &Path) -> Result<(), Box<dyn std::error::Error>> {
    let day = NaiveDate::from_ymd_opt(2026, 11, 23).ok_or("bad date")?;
    let renderer = PdfRenderer::new().created_on(day);
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    for form_id in [
        "family-self-assessment",
        "service-need",
        "caregiver-support",
    ] {
        let form = builtin(form_id).ok_or("built-in form missing")?;
        for lang in ["fi", "sv", "en"] {
            let texts = Localizer::new(&[lang]);
            let blank = renderer.render_pdf(&RenderContext::blank(&form, &texts))?;
            std::fs::write(
                dir.join(format!("blank-{form_id}-{lang}.pdf")),
                &blank.bytes,
            )?;
            let path = root.join(format!("examples/responses/{form_id}-{lang}.json"));
            let response = Response::from_json(&std::fs::read_to_string(path)?)?;
            let validation = validate(&form, &response, day);
            let scores = score(&form, &validation.answers);
            let filled = Filled::new(&response, &validation, &scores);
            for copy in [CopyFor::Worker, CopyFor::Family] {
                let blocks = blocks::summary_blocks(&form, &validation.answers, copy, &texts, day);
                let cx = RenderContext::summary(&form, &texts, filled)
                    .with_copy(copy)
                    .with_blocks(&blocks);
                let summary = renderer.render_pdf(&cx)?;
                let suffix = match copy {
                    CopyFor::Worker => "",
                    _ => "-family",
                };
                std::fs::write(
                    dir.join(format!("summary-{form_id}-{lang}{suffix}.pdf")),
                    &summary.bytes,
                )?;
            }
            if form_id == "family-self-assessment" {
                for copy in [CopyFor::Worker, CopyFor::Family] {
                    let compare = comparison(&renderer, &form, lang, copy)?;
                    std::fs::write(
                        dir.join(format!("compare-{lang}-{}.pdf", copy.name())),
                        &compare.bytes,
                    )?;
                }
            }
        }
    }
    Ok(())
}
