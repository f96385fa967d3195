//! `arvio batch`: the summaries of every response in a directory, in parallel, with a report.
//!
//! Every `*.json` file directly in DIR (in name order; other files are ignored) is read,
//! parsed, validated with today's date, scored and rendered as `arvio summary` renders it, to
//! `OUTDIR/<stem>.<ext>`. An invalid response is rendered too, its invalid answers left out,
//! as `summary` does (which also writes it and exits 1); a file that cannot be read, is not
//! JSON or is not a response gets no output. `OUTDIR/report.jsonl` has one line per file in
//! name order, whatever the number of jobs, then a summary line.
//!
//! Files are taken [`CHUNK`] at a time: the chunk is processed on the pool (each output is
//! written as soon as it is made, to a temporary name in OUTDIR and then renamed), then its
//! report lines are written in order. Memory therefore stays flat in the number of files.
//!
//! Neither the report nor stderr ever holds answer content: only file names, validity, error
//! kind codes and counts, and scores (ids, values, bands).

use crate::{Checked, Common, CopyArg, Fail, Format, summary_bytes, texts, today};
use arvio_core::limits::ReadError;
use arvio_core::response::ParseErrorKind;
use arvio_core::{CopyFor, Response};
use arvio_i18n::Localizer;
use chrono::NaiveDate;
use clap::ValueEnum;
use indicatif::{ProgressBar, ProgressStyle};
use rayon::prelude::*;
use serde_json::{Map, Value, json};
use std::collections::BTreeMap;
use std::ffi::OsString;
use std::io::{IsTerminal, Write};
use std::num::NonZeroUsize;
use std::path::{Path, PathBuf};

/// How many files are processed between two writes of report lines.
const CHUNK: usize = 256;

/// Arguments of `arvio batch`.
#[derive(clap::Args, Debug)]
pub struct BatchArgs {
    /// Built-in form (`ID`, or `ID@VERSION` for an archived version) or path to a form file
    /// (`dir/ID.toml`, with its archived versions `dir/ID@VERSION.toml` beside it). A plain
    /// `ID` or `dir/ID.toml` checks each response against the version it names.
    form: String,
    /// The directory of responses: every `*.json` file directly in it, in name order.
    dir: PathBuf,
    /// Output format of the summaries (`json`: the score report and the copy's answers, as
    /// the server's JSON summary).
    #[arg(long, value_enum, default_value_t = BatchFormat::Text)]
    to: BatchFormat,
    /// Whose copy: `worker` (everything) or `family` (no worker-only questions, no private
    /// answers).
    #[arg(long, value_enum, default_value_t = CopyArg::Worker)]
    copy: CopyArg,
    /// The output directory (created when missing): `<name>.<format>` per response and
    /// `report.jsonl`.
    #[arg(short, long, value_name = "OUTDIR")]
    output: PathBuf,
    /// Parallel jobs (default: every core).
    #[arg(long, value_name = "N")]
    jobs: Option<NonZeroUsize>,
    #[command(flatten)]
    common: Common,
}

/// Output formats of `batch`.
#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
enum BatchFormat {
    /// Plain text (`.txt`).
    Text,
    /// A standalone HTML document (`.html`).
    Html,
    /// A PDF document, A4 (`.pdf`).
    Pdf,
    /// The score report and the copy's answers as JSON (`.json`).
    Json,
}

impl BatchFormat {
    fn extension(self) -> &'static str {
        match self {
            BatchFormat::Text => "txt",
            BatchFormat::Html => "html",
            BatchFormat::Pdf => "pdf",
            BatchFormat::Json => "json",
        }
    }
    fn rendered(self) -> Option<Format> {
        match self {
            BatchFormat::Text => Some(Format::Text),
            BatchFormat::Html => Some(Format::Html),
            BatchFormat::Pdf => Some(Format::Pdf),
            BatchFormat::Json => None,
        }
    }
}

/// What became of one file.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Verdict {
    /// A valid response.
    Valid,
    /// A response with validation errors (so many).
    Invalid(usize),
    /// The file could not be read (or is larger than the input cap).
    Unreadable,
    /// Not well-formed JSON.
    NotJson,
    /// Well-formed JSON that is not a response.
    NotAResponse,
}

/// One file's line of the report, and what the progress line and the summary need.
struct Outcome {
    verdict: Verdict,
    /// Whether the output was written.
    written: bool,
    /// The report line (JSON, no newline).
    line: String,
    /// Distinct characters the PDF font lacked.
    replaced: usize,
}

/// What every job shares.
struct Job<'a> {
    source: &'a crate::migrate::Source,
    texts: &'a Localizer,
    dir: &'a Path,
    out: &'a Path,
    to: BatchFormat,
    copy: CopyFor,
    today: NaiveDate,
}

/// Runs `arvio batch`.
pub fn run(args: BatchArgs) -> Result<(), Fail> {
    let dir = args.dir.as_path();
    match std::fs::metadata(dir) {
        Ok(m) if m.is_dir() => {}
        Ok(_) => return Err(Fail::input(format!("{}: not a directory", dir.display()))),
        Err(e) => {
            return Err(Fail::input(format!(
                "{}: cannot read: {}",
                dir.display(),
                e.kind()
            )));
        }
    }
    let source = crate::migrate::Source::of(&args.form)?;
    let texts = texts::localizer(&args.common.lang, &args.common.locales)?;
    for form in source.forms() {
        texts::require_texts(&texts, form)?;
    }
    let out = args.output.as_path();
    std::fs::create_dir_all(out).map_err(|e| {
        Fail::input(format!(
            "{}: cannot create the output directory: {}",
            out.display(),
            e.kind()
        ))
    })?;
    if args.to == BatchFormat::Json && same_dir(dir, out) {
        return Err(Fail::input(format!(
            "{}: JSON summaries would replace the responses; give another output directory",
            out.display()
        )));
    }
    let names = json_files(dir)?;
    let jobs = args.jobs.map_or_else(
        || std::thread::available_parallelism().map_or(1, usize::from),
        usize::from,
    );
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(jobs)
        .build()
        .map_err(|e| Fail::input(format!("cannot start {jobs} jobs: {e}")))?;
    let job = Job {
        source: &source,
        texts: &texts,
        dir,
        out,
        to: args.to,
        copy: args.copy.into(),
        today: today(&args.common),
    };

    let report_tmp = out.join(format!(".report.jsonl.tmp-{}", std::process::id()));
    let report_path = out.join("report.jsonl");
    let cannot_write = |p: &Path, e: std::io::Error| {
        Fail::input(format!("{}: cannot write: {}", p.display(), e.kind()))
    };
    let mut report = std::io::BufWriter::new(
        std::fs::File::create(&report_tmp).map_err(|e| cannot_write(&report_tmp, e))?,
    );

    let total = names.len();
    let bar = std::io::stderr().is_terminal().then(|| {
        let bar = ProgressBar::new(total as u64);
        if let Ok(style) =
            ProgressStyle::with_template("{bar:40} {pos}/{len} {per_sec} eta {eta} {msg}")
        {
            bar.set_style(style);
        }
        bar
    });
    let mut tally = Tally::default();
    let mut done = 0;
    for chunk in names.chunks(CHUNK) {
        let outcomes: Vec<Outcome> = pool.install(|| {
            chunk
                .par_iter()
                .map(|name| {
                    let o = job.process(name);
                    if let Some(b) = &bar {
                        b.inc(1);
                    }
                    o
                })
                .collect()
        });
        for (name, o) in chunk.iter().zip(&outcomes) {
            done += 1;
            tally.add(o);
            writeln!(report, "{}", o.line).map_err(|e| cannot_write(&report_tmp, e))?;
            if bar.is_none() {
                eprintln!(
                    "[{done}/{total}] {}: {}",
                    name.to_string_lossy(),
                    o.verdict.words()
                );
            }
        }
    }
    if let Some(b) = &bar {
        b.finish_and_clear();
    }
    writeln!(report, "{}", json!({ "summary": tally.json() }))
        .and_then(|()| report.flush())
        .map_err(|e| cannot_write(&report_tmp, e))?;
    drop(report);
    std::fs::rename(&report_tmp, &report_path).map_err(|e| cannot_write(&report_path, e))?;

    if tally.replaced > 0 {
        eprintln!(
            "arvio: warning: {} PDF(s) hold characters the PDF font lacks, replaced with {}",
            tally.replaced,
            arvio_pdf::REPLACEMENT
        );
    }
    eprintln!("arvio: {}", tally.line(out));
    if tally.all_good() {
        Ok(())
    } else {
        Err(Fail::findings(String::new()))
    }
}

/// The names of the `*.json` entries directly in `dir`, in name order (whatever their type:
/// a directory or a dangling link named so is reported as unreadable).
fn json_files(dir: &Path) -> Result<Vec<OsString>, Fail> {
    let cannot =
        |e: std::io::Error| Fail::input(format!("{}: cannot read: {}", dir.display(), e.kind()));
    let mut names = Vec::new();
    for entry in std::fs::read_dir(dir).map_err(cannot)? {
        let name = entry.map_err(cannot)?.file_name();
        let is_json = name
            .as_encoded_bytes()
            .strip_suffix(b".json")
            .is_some_and(|stem| !stem.is_empty());
        if is_json {
            names.push(name);
        }
    }
    names.sort();
    Ok(names)
}

/// Whether two existing directories are one.
fn same_dir(a: &Path, b: &Path) -> bool {
    match (a.canonicalize(), b.canonicalize()) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    }
}

impl Job<'_> {
    /// Reads, checks, renders and writes one file; its report line.
    fn process(&self, name: &OsString) -> Outcome {
        let file = name.to_string_lossy();
        let failed = |verdict: Verdict, kind: &str| Outcome {
            verdict,
            written: false,
            line: json!({
                "file": file,
                "valid": false,
                "errors": { kind: 1 },
                "scores": null,
                "output": null,
            })
            .to_string(),
            replaced: 0,
        };
        let path = self.dir.join(name);
        let bytes = match arvio_core::limits::read_file(&path) {
            Ok(b) => b,
            Err(ReadError::TooLarge) => return failed(Verdict::Unreadable, "too-large"),
            Err(_) => return failed(Verdict::Unreadable, "unreadable"),
        };
        let response = match Response::from_slice(&bytes) {
            Ok(r) => r,
            Err(e) => {
                return match e.kind {
                    ParseErrorKind::Json => failed(Verdict::NotJson, "not-json"),
                    ParseErrorKind::DuplicateKey { .. } => {
                        failed(Verdict::NotAResponse, "duplicate-key")
                    }
                    _ => failed(Verdict::NotAResponse, "not-a-response"),
                };
            }
        };
        drop(bytes);
        let checked = Checked::from_source(self.source, &path, response, self.today);
        let v = &checked.validation;
        let verdict = if v.is_valid() {
            Verdict::Valid
        } else {
            Verdict::Invalid(v.errors.len())
        };
        let mut errors: BTreeMap<&str, usize> = BTreeMap::new();
        for e in &v.errors {
            *errors.entry(e.kind.code()).or_default() += 1;
        }
        let scores = arvio_i18n::json::copy_scores_json(
            &checked.form,
            &checked.scores,
            self.copy,
            self.texts,
        );
        let (written, mut render_error, replaced) = match self.write(name, &checked) {
            Ok(replaced) => (true, None, replaced),
            Err(kind) => (false, Some(kind), 0),
        };
        let mut errors: Map<String, Value> = errors
            .into_iter()
            .map(|(k, n)| (k.to_string(), n.into()))
            .collect();
        if let Some(kind) = render_error.take() {
            errors.insert(kind.to_string(), 1.into());
        }
        let output = written.then(|| self.output_name(name));
        Outcome {
            verdict,
            written,
            line: json!({
                "file": file,
                "valid": v.is_valid(),
                "errors": errors,
                "scores": scores,
                "output": output,
            })
            .to_string(),
            replaced,
        }
    }

    /// `<stem>.<ext>` of a `<stem>.json` name.
    fn output_name(&self, name: &OsString) -> String {
        let file = name.to_string_lossy();
        let stem = file.strip_suffix(".json").unwrap_or(&file);
        format!("{stem}.{}", self.to.extension())
    }

    /// Renders and writes the output (to a temporary name, then renamed); the replaced
    /// characters, or the kind of failure (`render-failed`, `write-failed`).
    fn write(&self, name: &OsString, checked: &Checked<'_>) -> Result<usize, &'static str> {
        let (bytes, replaced) = match self.to.rendered() {
            Some(format) => summary_bytes(checked, None, format, self.copy, self.texts, self.today)
                .map_err(|_| "render-failed")?,
            None => {
                let summary = arvio_i18n::json::summary_json(
                    &checked.form,
                    &checked.scores,
                    &checked.validation,
                    &checked.response,
                    self.copy,
                    self.texts,
                );
                let mut text =
                    serde_json::to_string_pretty(&summary).map_err(|_| "render-failed")?;
                text.push('\n');
                (text.into_bytes(), 0)
            }
        };
        let final_name = self.output_name(name);
        let tmp_name = format!(".{final_name}.tmp-{}", std::process::id());
        let tmp = self.out.join(&tmp_name);
        let done = std::fs::write(&tmp, &bytes)
            .and_then(|()| std::fs::rename(&tmp, self.out.join(&final_name)));
        if done.is_err() {
            let _ = std::fs::remove_file(&tmp);
            return Err("write-failed");
        }
        Ok(replaced)
    }
}

impl Verdict {
    /// The progress line's words: counts and kinds only.
    fn words(self) -> String {
        match self {
            Verdict::Valid => "valid".into(),
            Verdict::Invalid(1) => "invalid (1 error)".into(),
            Verdict::Invalid(n) => format!("invalid ({n} errors)"),
            Verdict::Unreadable => "unreadable".into(),
            Verdict::NotJson => "not JSON".into(),
            Verdict::NotAResponse => "not a response".into(),
        }
    }
}

/// The counts of the summary line.
#[derive(Default)]
struct Tally {
    files: usize,
    valid: usize,
    invalid: usize,
    unreadable: usize,
    not_json: usize,
    not_a_response: usize,
    outputs: usize,
    /// Outputs in which characters the PDF font lacks were replaced.
    replaced: usize,
}

impl Tally {
    fn add(&mut self, o: &Outcome) {
        self.files += 1;
        match o.verdict {
            Verdict::Valid => self.valid += 1,
            Verdict::Invalid(_) => self.invalid += 1,
            Verdict::Unreadable => self.unreadable += 1,
            Verdict::NotJson => self.not_json += 1,
            Verdict::NotAResponse => self.not_a_response += 1,
        }
        self.outputs += usize::from(o.written);
        self.replaced += usize::from(o.replaced > 0);
    }
    fn all_good(&self) -> bool {
        self.valid == self.files && self.outputs == self.files
    }
    fn json(&self) -> Value {
        json!({
            "files": self.files,
            "valid": self.valid,
            "invalid": self.invalid,
            "unreadable": self.unreadable,
            "not_json": self.not_json,
            "not_a_response": self.not_a_response,
            "outputs": self.outputs,
        })
    }
    fn line(&self, out: &Path) -> String {
        format!(
            "{} file(s): {} valid, {} invalid, {} unreadable, {} not JSON, {} not a response; \
             {} output(s) and report.jsonl in {}",
            self.files,
            self.valid,
            self.invalid,
            self.unreadable,
            self.not_json,
            self.not_a_response,
            self.outputs,
            out.display()
        )
    }
}
