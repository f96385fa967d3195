//! Writes the reference PDFs whose first pages are shown in the README: the blank
//! family self-assessment form in Finnish and the summary of
//! `examples/responses/family-self-assessment-fi.json`, both dated 23.11.2026 so the
//! output is the same on every run.
//!
//! ```sh
//! cargo run -p arvio-pdf --example reference_pages -- target/reference-pages
//! pdftoppm -png -r 60 -f 1 -l 1 -singlefile target/reference-pages/blank-form-fi.pdf docs/img/blank-form-fi
//! pdftoppm -png -r 60 -f 1 -l 1 -singlefile target/reference-pages/summary-fi.pdf docs/img/summary-fi
//! ```
//!
//! `docs/img/README.md` has the same commands. With `--all` it also writes the blank form
//! of every built-in form in fi, sv and en, and the summary of every example response, for
//! looking through the layout after a change.

use arvio_core::chrono::NaiveDate;
use arvio_core::render::{Filled, RenderContext};
use arvio_core::{Response, score, validate};
use arvio_forms::builtin;
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

    println!(
        "{}: blank form {} pages, {} bytes; summary {} pages, {} bytes",
        dir.display(),
        blank.pages,
        blank.bytes.len(),
        summary.pages,
        summary.bytes.len()
    );
    Ok(())
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
            let summary = renderer.render_pdf(&RenderContext::summary(&form, &texts, filled))?;
            std::fs::write(
                dir.join(format!("summary-{form_id}-{lang}.pdf")),
                &summary.bytes,
            )?;
        }
    }
    Ok(())
}
