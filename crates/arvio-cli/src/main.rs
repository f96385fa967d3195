//! `arvio`: list, lint, validate, score and render assessment forms (text, HTML, PDF), render
//! a directory of responses at once (`batch`), write their JSON Schemas, and serve them to
//! fill in.
//!
//! Exit codes: 0 ok; 1 the form, locale or response has findings; 2 the input cannot be read
//! or parsed, or the usage is wrong. Errors are one line on stderr and never carry answer
//! content.

mod batch;
mod fhir;
mod keys;
mod migrate;
mod renderers;
mod serve;
mod texts;

use arvio_core::render::{Filled, RenderContext, Texts};
use arvio_core::{CopyFor, Form, Part, Response, Validation};
use arvio_forms::FormSpec;
use chrono::NaiveDate;
use clap::{Parser, Subcommand, ValueEnum};
use std::borrow::Cow;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Structured assessment forms for Finnish family social services.
#[derive(Parser, Debug)]
#[command(name = "arvio", version, about, long_about = None)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// List the built-in forms.
    Forms {
        /// Language of the titles (fi, sv, en; a list like "sv-FI,en" is negotiated).
        #[arg(long, default_value = "fi")]
        lang: String,
    },
    /// Check form files (default: the built-in forms) and the locales.
    Lint {
        /// Form files to check; none checks the built-in forms.
        paths: Vec<PathBuf>,
        /// A locales directory (`DIR/{fi,sv,en}/*.ftl`) overlaid on the embedded texts: a file
        /// named like a built-in one replaces it (an edited copy of `locales/`), others are
        /// added (a custom form's texts). Repeatable. Default: ./locales when it exists.
        #[arg(long, value_name = "DIR")]
        locales: Vec<PathBuf>,
    },
    /// Validate a response; lists every error.
    Validate {
        /// Built-in form (`ID`, or `ID@VERSION` for an archived version) or path to a form
        /// file (`dir/ID.toml`, with its archived versions `dir/ID@VERSION.toml` beside it). A
        /// plain `ID` or `dir/ID.toml` is checked against the version the response names
        /// (an unknown version is reported as unknown-form-version, with the known ones).
        form: String,
        /// Response JSON file.
        response: PathBuf,
        /// The part of the response to check: `family` (the family's and the child's
        /// questions; the worker's may still be open), `worker`, or `all`.
        #[arg(long, value_enum, default_value_t = PartArg::All)]
        part: PartArg,
        /// Print the verdict as JSON on stdout: `{"valid": bool, "errors": [{"path", "kind",
        /// "question", "message", ...}]}` (the shape: docs/validate-output.schema.json). The
        /// exit codes stay the same. No JSON is printed when there is no verdict: an
        /// unreadable input (exit 2), or a custom form whose texts are missing in the chosen
        /// language (exit 1, the missing message ids on stderr).
        #[arg(long)]
        json: bool,
        #[command(flatten)]
        common: Common,
    },
    /// Validate and score a response.
    Score {
        /// Built-in form (`ID`, or `ID@VERSION` for an archived version) or path to a form
        /// file (`dir/ID.toml`, with its archived versions `dir/ID@VERSION.toml` beside it). A
        /// plain `ID` or `dir/ID.toml` is checked against the version the response names
        /// (an unknown version is reported as unknown-form-version, with the known ones).
        form: String,
        /// Response JSON file.
        response: PathBuf,
        /// Print the score report as JSON.
        #[arg(long)]
        json: bool,
        #[command(flatten)]
        common: Common,
    },
    /// Render a blank form.
    Render {
        /// Built-in form (`ID` for the newest version, `ID@VERSION` for an archived one) or
        /// path to a form file.
        form: String,
        /// Output format.
        #[arg(long, value_enum, default_value_t = Format::Text)]
        to: Format,
        /// The part offered for filling in: `family` (the family's and the child's
        /// questions), `worker`, or `all`.
        #[arg(long, value_enum, default_value_t = PartArg::All)]
        part: PartArg,
        /// Output file (default: standard output).
        #[arg(short, long)]
        output: Option<PathBuf>,
        #[command(flatten)]
        common: Common,
    },
    /// Render a summary of a response: the answers that apply, scores, deadlines, signature
    /// lines.
    Summary {
        /// Built-in form (`ID`, or `ID@VERSION` for an archived version) or path to a form
        /// file (`dir/ID.toml`, with its archived versions `dir/ID@VERSION.toml` beside it). A
        /// plain `ID` or `dir/ID.toml` is checked against the version the response names
        /// (an unknown version is reported as unknown-form-version, with the known ones).
        form: String,
        /// Response JSON file.
        response: PathBuf,
        /// Output format.
        #[arg(long, value_enum, default_value_t = Format::Text)]
        to: Format,
        /// Whose copy: `worker` (everything) or `family` (no worker-only questions, no
        /// private answers).
        #[arg(long, value_enum, default_value_t = CopyArg::Worker)]
        copy: CopyArg,
        /// An earlier response of the same family (the start): adds the start and review
        /// comparison.
        #[arg(long, value_name = "START.json")]
        start: Option<PathBuf>,
        /// Output file (default: standard output).
        #[arg(short, long)]
        output: Option<PathBuf>,
        #[command(flatten)]
        common: Common,
    },
    /// Summaries of every response in a directory (`DIR/*.json`, in name order), in parallel:
    /// `OUTDIR/<name>.<format>` for each response (valid or not, as `summary` writes them)
    /// and `OUTDIR/report.jsonl` (one line per file: validity, error kinds and counts,
    /// scores, output; then a summary line). Exit 1 when some file is invalid, unreadable or
    /// not a response (the others are still written), 2 on a usage error.
    Batch(batch::BatchArgs),
    /// Compare two responses of one family, the start and the review: scores and goals side
    /// by side, with the change.
    Compare {
        /// Built-in form (`ID`, or `ID@VERSION` for an archived version) or path to a form
        /// file (`dir/ID.toml`, with its archived versions `dir/ID@VERSION.toml` beside it). A
        /// plain `ID` or `dir/ID.toml` is checked against the version each response names
        /// (an unknown version is reported as unknown-form-version, with the known ones).
        form: String,
        /// The start response (JSON file).
        start: PathBuf,
        /// The review response (JSON file).
        review: PathBuf,
        /// Output format.
        #[arg(long, value_enum, default_value_t = Format::Text)]
        to: Format,
        /// Whose copy: `worker` (everything) or `family` (only what the family's copy shows).
        #[arg(long, value_enum, default_value_t = CopyArg::Worker)]
        copy: CopyArg,
        /// Output file (default: standard output).
        #[arg(short, long)]
        output: Option<PathBuf>,
        #[command(flatten)]
        common: Common,
    },
    /// Write the JSON Schema (draft 2020-12) of a form's responses, or of the form-file format.
    Schema {
        /// Built-in form (`ID` or `ID@VERSION`) or path to a form file (not with
        /// --definition).
        #[arg(required_unless_present = "definition", conflicts_with = "definition")]
        form: Option<String>,
        /// The schema of form files (`forms/form.schema.json`) instead of a form's responses.
        #[arg(long)]
        definition: bool,
        /// Language of titles and descriptions (fi, sv, en; default fi).
        #[arg(long, default_value = "fi")]
        lang: String,
        /// A directory of added texts (`DIR/{fi,sv,en}/*.ftl`), e.g. a custom form's;
        /// repeatable. A form whose texts are missing is refused (exit 1).
        #[arg(long, value_name = "DIR")]
        locales: Vec<PathBuf>,
        /// Output file (default: standard output).
        #[arg(short, long)]
        output: Option<PathBuf>,
    },
    /// Serve the built-in forms in Finnish, Swedish and English to fill in with a browser.
    ///
    /// Every limit has a flag: timeouts, connections, rate, storage and expiry. Durations are
    /// seconds, fractions allowed (`0.5`).
    Serve(serve::ServeArgs),
    /// Migrate a response to a newer version of its form (default: the newest), through every
    /// version in between: writes the migrated response (stdout or -o) and a report of what
    /// changed and what needs a person's look (stderr; exit 1 when something does).
    Migrate(migrate::MigrateArgs),
    /// FHIR R4: a form as a Questionnaire, a response as a QuestionnaireResponse, and back.
    Fhir {
        #[command(subcommand)]
        command: fhir::FhirCommand,
    },
    /// The API keys of case-management systems (`/api/v1` of `arvio serve`): create (prints
    /// the key, once), list, revoke.
    Keys {
        #[command(subcommand)]
        command: keys::KeysCommand,
    },
}

#[derive(clap::Args, Debug)]
struct Common {
    /// Language of messages (fi, sv, en; a list like "sv-FI,en" is negotiated; default fi).
    #[arg(long, default_value = "fi")]
    lang: String,
    /// The date "today" for date bounds and for deadlines that are open or overdue
    /// (YYYY-MM-DD; default: the system date).
    #[arg(long, value_parser = parse_today)]
    today: Option<NaiveDate>,
    /// A directory of added texts (`DIR/{fi,sv,en}/*.ftl`, new message ids only), e.g. a
    /// custom form's; repeatable. A form whose texts are missing is refused (exit 1).
    #[arg(long, value_name = "DIR")]
    locales: Vec<PathBuf>,
}

/// Output formats of `render`, `summary` and `compare`.
#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// Plain text.
    Text,
    /// A standalone HTML document (a form to fill in, a summary or a comparison).
    Html,
    /// A PDF document (A4): a blank form to fill in by pen, or a summary or comparison to
    /// print.
    Pdf,
}

/// The part of a response (`--part`).
#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
enum PartArg {
    /// The family's and the child's questions.
    Family,
    /// The worker's questions.
    Worker,
    /// Every question.
    All,
}

impl From<PartArg> for Part {
    fn from(p: PartArg) -> Part {
        match p {
            PartArg::Family => Part::Family,
            PartArg::Worker => Part::Worker,
            PartArg::All => Part::All,
        }
    }
}

/// Whose copy a summary is (`--copy`).
#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
enum CopyArg {
    /// The worker's copy: everything.
    Worker,
    /// The family's copy: no worker-only questions and no private answers.
    Family,
}

impl From<CopyArg> for CopyFor {
    fn from(c: CopyArg) -> CopyFor {
        match c {
            CopyArg::Worker => CopyFor::Worker,
            CopyArg::Family => CopyFor::Family,
        }
    }
}

fn parse_today(s: &str) -> Result<NaiveDate, String> {
    arvio_core::validate::parse_date(s).ok_or_else(|| "expected a date YYYY-MM-DD".to_string())
}

/// A failure with its exit code.
struct Fail {
    code: u8,
    message: String,
}

impl Fail {
    fn input(message: impl Into<String>) -> Self {
        Fail {
            code: 2,
            message: message.into(),
        }
    }
    fn findings(message: impl Into<String>) -> Self {
        Fail {
            code: 1,
            message: message.into(),
        }
    }
}

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(c) => c,
        Err(e) => {
            let code = if e.use_stderr() { 2 } else { 0 };
            let _ = e.print();
            return ExitCode::from(code);
        }
    };
    match run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(f) => {
            if !f.message.is_empty() {
                eprintln!("arvio: {}", f.message);
            }
            ExitCode::from(f.code)
        }
    }
}

fn languages(list: &str) -> Vec<&str> {
    list.split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .collect()
}

fn today(c: &Common) -> NaiveDate {
    c.today.unwrap_or_else(|| chrono::Local::now().date_naive())
}

/// The built-in form a FORM argument names (`ID` or `ID@VERSION`), or `None` when it names
/// no built-in form (then it is a path).
fn builtin_spec(spec: &str) -> Option<Result<FormSpec, Fail>> {
    let id = spec.split_once('@').map_or(spec, |(id, _)| id);
    if !arvio_forms::builtin_ids().any(|b| b == id) {
        return None;
    }
    Some(
        spec.parse::<FormSpec>()
            .map_err(|e| Fail::input(format!("{spec}: {e}"))),
    )
}

/// A built-in form (`ID`: the newest version; `ID@VERSION`), or a path to a form file.
fn load_form(spec: &str) -> Result<Form, Fail> {
    if let Some(parsed) = builtin_spec(spec) {
        let parsed = parsed?;
        if parsed.version.is_some() {
            return parsed.load().map_err(|e| Fail::input(e.to_string()));
        }
        if let Some(r) = arvio_forms::builtin::try_builtin(&parsed.id) {
            return r.map_err(|e| Fail::findings(e.to_string()));
        }
    }
    let path = Path::new(spec);
    if !path.exists() {
        let ids: Vec<_> = arvio_forms::builtin_ids().collect();
        return Err(Fail::input(format!(
            "no built-in form `{spec}` and no such file (built-in: {})",
            ids.join(", ")
        )));
    }
    arvio_core::load_form(path).map_err(|e| {
        let io = e.findings.iter().any(|f| {
            matches!(
                f.kind,
                arvio_core::FindingKind::Io(_) | arvio_core::FindingKind::Syntax(_)
            )
        });
        let msg = e.to_string();
        if io {
            Fail::input(msg)
        } else {
            Fail::findings(msg)
        }
    })
}

/// The form to check a response against: for a plain built-in `ID` or a custom form's
/// `dir/ID.toml`, the version the response names (an unknown version is checked against the
/// newest and reported as unknown-form-version); otherwise the version the argument names.
fn load_form_for(spec: &str, response: &Response) -> Result<migrate::Resolved, Fail> {
    migrate::resolve(spec, response)
}

/// A response file, its form, validation and scores.
struct Checked<'f> {
    path: PathBuf,
    /// The form version the response was checked against: owned when loaded for one
    /// response, borrowed from the batch's forms for many.
    form: Cow<'f, Form>,
    response: Response,
    validation: Validation,
    scores: arvio_core::ScoreReport,
}

impl<'f> Checked<'f> {
    fn load(spec: &str, path: &Path, today: NaiveDate) -> Result<Self, Fail> {
        let response = load_response(path)?;
        let form = load_form_for(spec, &response)?;
        let validation = form.validate_part(&response, today, Part::All);
        let form = Cow::Owned(form.into_form());
        let scores = arvio_core::score(&form, &validation.answers);
        Ok(Checked {
            path: path.to_path_buf(),
            form,
            response,
            validation,
            scores,
        })
    }
    /// A response already read, checked against the version of `source` it names.
    fn from_source(
        source: &'f migrate::Source,
        path: &Path,
        response: Response,
        today: NaiveDate,
    ) -> Self {
        let (form, validation) = source.validate(&response, today);
        let form = Cow::Borrowed(form);
        let scores = arvio_core::score(&form, &validation.answers);
        Checked {
            path: path.to_path_buf(),
            form,
            response,
            validation,
            scores,
        }
    }
    fn filled(&self) -> Filled<'_> {
        Filled::new(&self.response, &self.validation, &self.scores)
    }
}

/// Writes the error lines of responses to stderr (each line after the response's file name
/// when there are several) and fails with their count; `Ok` when every response is valid.
fn report_errors(
    checked: &[&Checked<'_>],
    texts: &arvio_i18n::Localizer,
    what: &str,
) -> Result<(), Fail> {
    let count: usize = checked.iter().map(|c| c.validation.errors.len()).sum();
    if count == 0 {
        return Ok(());
    }
    for c in checked {
        for line in error_lines(&c.form, &c.validation, texts) {
            if checked.len() > 1 {
                eprintln!("{}: {line}", c.path.display());
            } else {
                eprintln!("{line}");
            }
        }
    }
    Err(Fail::findings(format!(
        "{count} validation error(s); invalid answers are left out of the {what}"
    )))
}

fn load_response(path: &Path) -> Result<Response, Fail> {
    let bytes = read_input(path)?;
    Response::from_slice(&bytes).map_err(|e| Fail::input(format!("{}: {e}", path.display())))
}

/// Reads an input file (a response, a FHIR resource), at most
/// [`arvio_core::limits::MAX_FILE_BYTES`] (16 MiB; forms and locale files are read by their
/// crates with the same cap): a larger or endless input exits 2 without being read further,
/// `FILE: larger than 16 MiB; arvio reads at most 16 MiB from one input`.
pub(crate) fn read_input(path: &Path) -> Result<Vec<u8>, Fail> {
    use arvio_core::limits::ReadError;
    arvio_core::limits::read_file(path).map_err(|e| {
        let cannot = if matches!(e, ReadError::Io(_)) {
            "cannot read: "
        } else {
            ""
        };
        Fail::input(format!("{}: {cannot}{e}", path.display()))
    })
}

fn write_output(output: Option<&Path>, bytes: &[u8]) -> Result<(), Fail> {
    match output {
        Some(p) => std::fs::write(p, bytes)
            .map_err(|e| Fail::input(format!("{}: cannot write: {}", p.display(), e.kind()))),
        None => {
            let mut out = std::io::stdout().lock();
            out.write_all(bytes)
                .and_then(|_| out.flush())
                .map_err(|e| Fail::input(format!("cannot write output: {}", e.kind())))
        }
    }
}

/// Writes pretty JSON and a newline (to the file, or standard output).
fn write_json(output: Option<&Path>, value: &impl serde::Serialize) -> Result<(), Fail> {
    let mut text = serde_json::to_string_pretty(value)
        .map_err(|e| Fail::input(format!("serializing: {e}")))?;
    text.push('\n');
    write_output(output, text.as_bytes())
}

/// One line per validation error: its path and the message in the reader's language.
fn error_lines<'a>(
    form: &'a Form,
    v: &'a arvio_core::Validation,
    texts: &'a arvio_i18n::Localizer,
) -> impl Iterator<Item = String> + 'a {
    v.errors
        .iter()
        .map(move |e| format!("{}: {}", e.path, arvio_i18n::error_message(texts, form, e)))
}

/// A PDF is not written to a terminal, where it would only garble the screen.
fn refuse_binary_to_terminal(to: Format, output: Option<&Path>) -> Result<(), Fail> {
    use std::io::IsTerminal;
    if to == Format::Pdf && output.is_none() && std::io::stdout().is_terminal() {
        return Err(Fail::input(
            "a PDF is not written to a terminal: give an output file with -o FILE.pdf",
        ));
    }
    Ok(())
}

fn run(cli: Cli) -> Result<(), Fail> {
    match cli.command {
        Command::Forms { lang } => {
            let texts = arvio_i18n::Localizer::new(&languages(&lang));
            for id in arvio_forms::builtin_ids() {
                let form = load_form(id)?;
                let n = form.questions().filter(|(_, q)| q.takes_answer()).count();
                println!(
                    "{id}\t{}\t{}\t{n}",
                    form.version,
                    texts.message(&form.title)
                );
            }
            Ok(())
        }
        Command::Lint { paths, locales } => lint(paths, locales),
        Command::Schema {
            form,
            definition,
            lang,
            locales,
            output,
        } => {
            let schema = match form {
                Some(spec) if !definition => {
                    let form = load_form(&spec)?;
                    let texts = texts::localizer(&lang, &locales)?;
                    texts::require_texts(&texts, &form)?;
                    arvio_schema::response_schema(&form, &texts)
                }
                _ => arvio_schema::definition_schema(),
            };
            write_json(output.as_deref(), &schema)
        }
        Command::Fhir { command } => fhir::run(command),
        Command::Keys { command } => keys::run(command),
        Command::Migrate(args) => migrate::run(args),
        Command::Batch(args) => batch::run(args),
        Command::Serve(args) => {
            // Serves until Ctrl-C or SIGTERM, then shuts down gracefully.
            arvio_serve::run(args.config()).map_err(|e| Fail::input(e.to_string()))
        }
        Command::Validate {
            form,
            response,
            part,
            json,
            common,
        } => {
            let response = load_response(&response)?;
            let form = load_form_for(&form, &response)?;
            let texts = texts::localizer(&common.lang, &common.locales)?;
            texts::require_texts(&texts, &form)?;
            let v = form.validate_part(&response, today(&common), part.into());
            if json {
                write_json(None, &renderers::validation_json(&form, &v, &texts))?;
            } else if v.is_valid() {
                println!("{}", texts.message(arvio_core::render::common::VALID));
            } else {
                for line in error_lines(&form, &v, &texts) {
                    println!("{line}");
                }
            }
            if v.is_valid() {
                Ok(())
            } else {
                Err(Fail::findings(format!("{} error(s)", v.errors.len())))
            }
        }
        Command::Score {
            form,
            response,
            json,
            common,
        } => {
            let c = Checked::load(&form, &response, today(&common))?;
            let texts = texts::localizer(&common.lang, &common.locales)?;
            texts::require_texts(&texts, &c.form)?;
            if json {
                let out = renderers::score_json(&c.form, &c.scores, &c.validation, &texts);
                write_json(None, &out)?;
            } else {
                for s in &c.scores.scores {
                    println!("{}", renderers::score_line(s, &texts));
                }
                for line in error_lines(&c.form, &c.validation, &texts) {
                    eprintln!("{line}");
                }
            }
            if c.validation.is_valid() {
                Ok(())
            } else {
                Err(Fail::findings(format!(
                    "{} validation error(s); invalid answers were left out of the scores",
                    c.validation.errors.len()
                )))
            }
        }
        Command::Render {
            form,
            to,
            part,
            output,
            common,
        } => {
            refuse_binary_to_terminal(to, output.as_deref())?;
            let form = load_form(&form)?;
            let texts = texts::localizer(&common.lang, &common.locales)?;
            texts::require_texts(&texts, &form)?;
            let cx = RenderContext::blank(&form, &texts).with_part(part.into());
            let out = renderers::render(to, &cx, today(&common))?;
            write_output(output.as_deref(), &out)
        }
        Command::Summary {
            form,
            response,
            to,
            copy,
            start,
            output,
            common,
        } => {
            refuse_binary_to_terminal(to, output.as_deref())?;
            let today = today(&common);
            let copy = CopyFor::from(copy);
            let review = Checked::load(&form, &response, today)?;
            let start = start.map(|p| Checked::load(&form, &p, today)).transpose()?;
            let texts = texts::localizer(&common.lang, &common.locales)?;
            for c in std::iter::once(&review).chain(&start) {
                texts::require_texts(&texts, &c.form)?;
            }
            let (out, replaced) = summary_bytes(&review, start.as_ref(), to, copy, &texts, today)?;
            renderers::warn_replaced(replaced);
            write_output(output.as_deref(), &out)?;
            let mut checked = vec![&review];
            checked.extend(start.as_ref());
            report_errors(&checked, &texts, "summary")
        }
        Command::Compare {
            form,
            start,
            review,
            to,
            copy,
            output,
            common,
        } => {
            refuse_binary_to_terminal(to, output.as_deref())?;
            let today = today(&common);
            let copy = CopyFor::from(copy);
            let start = Checked::load(&form, &start, today)?;
            let review = Checked::load(&form, &review, today)?;
            let texts = texts::localizer(&common.lang, &common.locales)?;
            texts::require_texts(&texts, &start.form)?;
            texts::require_texts(&texts, &review.form)?;
            let blocks = arvio_forms::blocks::comparison_blocks(
                &review.form,
                &start.validation.answers,
                &review.validation.answers,
                copy,
                &texts,
            );
            let cx = RenderContext::compare(&review.form, &texts, review.filled(), &blocks)
                .with_copy(copy);
            let out = renderers::render(to, &cx, today)?;
            write_output(output.as_deref(), &out)?;
            report_errors(&[&start, &review], &texts, "comparison")
        }
    }
}

/// The summary of a checked response (with the start and review comparison when `start` is
/// given), rendered as `summary` writes it: the bytes and how many distinct characters the
/// PDF font lacked. `arvio summary` and `arvio batch` share it.
fn summary_bytes(
    review: &Checked<'_>,
    start: Option<&Checked<'_>>,
    to: Format,
    copy: CopyFor,
    texts: &arvio_i18n::Localizer,
    today: NaiveDate,
) -> Result<(Vec<u8>, usize), Fail> {
    let mut blocks = arvio_forms::blocks::summary_blocks(
        &review.form,
        &review.validation.answers,
        copy,
        texts,
        today,
    );
    if let Some(s) = start {
        blocks.extend(arvio_forms::blocks::comparison_blocks(
            &review.form,
            &s.validation.answers,
            &review.validation.answers,
            copy,
            texts,
        ));
    }
    let cx = RenderContext::summary(&review.form, texts, review.filled())
        .with_copy(copy)
        .with_blocks(&blocks);
    renderers::render_counted(to, &cx, today)
}

fn lint(paths: Vec<PathBuf>, locales: Vec<PathBuf>) -> Result<(), Fail> {
    let mut findings: Vec<String> = Vec::new();
    let mut forms: Vec<(Form, String)> = Vec::new();
    if paths.is_empty() {
        // Every embedded version: an archived form must keep its texts too.
        for (_, _, file, text) in arvio_forms::builtin_files() {
            match arvio_core::parse_form(text, file) {
                Ok(f) => forms.push((f, file.to_string())),
                Err(e) => findings.extend(e.findings.iter().map(ToString::to_string)),
            }
        }
    } else {
        for p in &paths {
            if !p.exists() {
                return Err(Fail::input(format!("{}: no such file", p.display())));
            }
            match arvio_core::load_form(p) {
                Ok(f) => forms.push((f, p.display().to_string())),
                Err(e) => {
                    if e.findings
                        .iter()
                        .any(|f| matches!(f.kind, arvio_core::FindingKind::Io(_)))
                    {
                        return Err(Fail::input(e.to_string()));
                    }
                    findings.extend(e.findings.iter().map(ToString::to_string));
                }
            }
        }
    }
    // Migrations between consecutive versions (of the built-in forms, or beside each path).
    findings.extend(migrate::lint_versions(&paths));
    let (catalog, checked) = texts::lint_catalog(&locales)?;
    let refs: Vec<(&Form, &str)> = forms.iter().map(|(f, n)| (f, n.as_str())).collect();
    findings.extend(
        arvio_i18n::lint(&catalog, &refs)
            .iter()
            .map(ToString::to_string),
    );
    if findings.is_empty() {
        eprintln!("arvio: {} form(s) and the {checked} are clean", forms.len());
        Ok(())
    } else {
        for f in &findings {
            println!("{f}");
        }
        Err(Fail::findings(format!("{} finding(s)", findings.len())))
    }
}
