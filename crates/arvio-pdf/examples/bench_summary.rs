//! The arvio side of the PDF benchmark (`scripts/bench-pdf-weasyprint.sh` runs it beside
//! WeasyPrint; results in BENCHMARKS.md). Build it with `--release`.
//!
//! ```text
//! bench_summary html  <form-id> <response.json> <out.html>       the HTML summary (WeasyPrint's input)
//! bench_summary one   <form-id> <response.json> <out.pdf>        one PDF summary, then exit
//! bench_summary time  <form-id> <response.json> <runs>           mean/median time of one summary, in process
//! bench_summary batch <form-id> <response.json> <count> <dir>    <count> summaries written to <dir>
//! ```
//!
//! The response's language picks the texts. Every mode validates and scores the response
//! once, as the CLI does; the timings cover rendering and (for `one` and `batch`) writing
//! the file. Dates are fixed (23.11.2026) so every PDF is the same size.

use arvio_core::chrono::NaiveDate;
use arvio_core::render::{Filled, Output, RenderContext, Renderer};
use arvio_core::{Response, score, validate};
use arvio_forms::builtin;
use arvio_html::HtmlRenderer;
use arvio_i18n::Localizer;
use arvio_pdf::PdfRenderer;
use std::path::Path;
use std::process::ExitCode;
use std::time::Instant;

const USAGE: &str = "usage: bench_summary html|one|time|batch <form-id> <response.json> [<out>|<runs>|<count> <dir>]";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("bench_summary: {e}\n{USAGE}");
            ExitCode::from(2)
        }
    }
}

fn run(args: &[String]) -> Result<(), Box<dyn std::error::Error>> {
    let [mode, form_id, response_path, rest @ ..] = args else {
        return Err("missing arguments".into());
    };
    let day = NaiveDate::from_ymd_opt(2026, 11, 23).ok_or("bad date")?;
    let form = builtin(form_id).ok_or("unknown form id")?;
    let response = Response::from_json(&std::fs::read_to_string(response_path)?)?;
    let texts = Localizer::new(&[response.language.as_str()]);
    let validation = validate(&form, &response, day);
    let scores = score(&form, &validation.answers);
    let cx = RenderContext::summary(&form, &texts, Filled::new(&response, &validation, &scores));
    let pdf = PdfRenderer::new().created_on(day).today(day);

    match (mode.as_str(), rest) {
        ("html", [out]) => {
            let Output::Text(html) = HtmlRenderer::new().with_today(day).render(&cx)? else {
                return Err("the HTML renderer returned bytes".into());
            };
            std::fs::write(out, html)?;
        }
        ("one", [out]) => {
            let doc = pdf.render_pdf(&cx)?;
            std::fs::write(out, &doc.bytes)?;
            println!("{} bytes, {} pages", doc.bytes.len(), doc.pages);
        }
        ("time", [runs]) => {
            let runs: usize = runs.parse()?;
            // The first rendering parses the fonts (once per process); time it apart.
            let start = Instant::now();
            let first = pdf.render_pdf(&cx)?;
            let first_ms = start.elapsed().as_secs_f64() * 1e3;
            let mut ms = Vec::with_capacity(runs);
            for _ in 0..runs {
                let start = Instant::now();
                let doc = pdf.render_pdf(&cx)?;
                ms.push(start.elapsed().as_secs_f64() * 1e3);
                std::hint::black_box(doc);
            }
            ms.sort_by(f64::total_cmp);
            let mean = ms.iter().sum::<f64>() / runs.max(1) as f64;
            let median = ms.get(runs / 2).copied().unwrap_or(f64::NAN);
            println!(
                "first_ms={first_ms:.2} mean_ms={mean:.2} median_ms={median:.2} runs={runs} bytes={} pages={}",
                first.bytes.len(),
                first.pages
            );
        }
        ("batch", [count, dir]) => {
            let count: usize = count.parse()?;
            let dir = Path::new(dir);
            std::fs::create_dir_all(dir)?;
            let start = Instant::now();
            let mut total = 0usize;
            for i in 0..count {
                let doc = pdf.render_pdf(&cx)?;
                total += doc.bytes.len();
                std::fs::write(dir.join(format!("summary-{i:04}.pdf")), &doc.bytes)?;
            }
            let secs = start.elapsed().as_secs_f64();
            println!("count={count} seconds={secs:.3} total_bytes={total}");
        }
        _ => return Err("unknown mode or wrong number of arguments".into()),
    }
    Ok(())
}
