//! `arvio fhir`: a form as a FHIR R4 Questionnaire, a response as a QuestionnaireResponse,
//! and a QuestionnaireResponse back into an arvio response (see the `arvio-fhir` crate for
//! the mapping).
//!
//! Exit codes as everywhere: 0 ok; 1 the response or QuestionnaireResponse does not fit the
//! form (an unknown linkId, an answer of the wrong type, another form or version); 2 the input
//! cannot be read or is not JSON / not a QuestionnaireResponse. Errors name the place (answer
//! path, JSON pointer and linkId), never an answer.

use crate::{Fail, load_form, load_form_for, load_response, write_json, write_output};
use arvio_core::Form;
use arvio_fhir::FhirError;
use clap::Subcommand;
use serde_json::Value;
use std::path::{Path, PathBuf};

/// `arvio fhir ...`
#[derive(Subcommand, Debug)]
pub enum FhirCommand {
    /// Write a form as a FHIR R4 Questionnaire (JSON), in one language with the other two of
    /// Finnish, Swedish and English as translations.
    Questionnaire {
        /// Built-in form (`ID` for the newest version, `ID@VERSION` for an archived one) or
        /// path to a form file.
        form: String,
        /// The Questionnaire's language (fi, sv, en; a list like "sv-FI,en" is negotiated).
        #[arg(long, default_value = "fi")]
        lang: String,
        /// Base of the canonical URLs (Questionnaire, CodeSystem, extensions).
        #[arg(long, default_value = arvio_fhir::DEFAULT_BASE)]
        base: String,
        /// A directory of added texts (`DIR/{fi,sv,en}/*.ftl`), e.g. a custom form's;
        /// repeatable. The form's texts must exist in the Questionnaire's language (exit 1
        /// otherwise); another language is added as a translation when its texts are complete.
        #[arg(long, value_name = "DIR")]
        locales: Vec<PathBuf>,
        /// Output file (default: standard output).
        #[arg(short, long)]
        output: Option<PathBuf>,
    },
    /// Write a response as a FHIR R4 QuestionnaireResponse (JSON).
    Response {
        /// Built-in form (`ID`, or `ID@VERSION`) or path to a form file. A plain `ID` is the
        /// version the response names.
        form: String,
        /// Response JSON file.
        response: PathBuf,
        /// Base of the canonical URLs (Questionnaire, CodeSystem, extensions).
        #[arg(long, default_value = arvio_fhir::DEFAULT_BASE)]
        base: String,
        /// Output file (default: standard output).
        #[arg(short, long)]
        output: Option<PathBuf>,
    },
    /// Read a FHIR R4 QuestionnaireResponse (JSON) and write it as an arvio response (JSON).
    Import {
        /// Built-in form (`ID`, or `ID@VERSION`) or path to a form file. A plain `ID` is the
        /// version the QuestionnaireResponse's `questionnaire` canonical names.
        form: String,
        /// QuestionnaireResponse JSON file.
        qr: PathBuf,
        /// Output file (default: standard output).
        #[arg(short, long)]
        output: Option<PathBuf>,
    },
}

/// Runs an `arvio fhir` command.
pub fn run(command: FhirCommand) -> Result<(), Fail> {
    match command {
        FhirCommand::Questionnaire {
            form,
            lang,
            base,
            locales,
            output,
        } => {
            let form = load_form(&form)?;
            let catalog = crate::texts::catalog(&locales)?;
            let primary = arvio_i18n::Localizer::with_catalog(&catalog, &crate::languages(&lang));
            crate::texts::require_texts(&primary, &form)?;
            let others: Vec<arvio_i18n::Localizer> = arvio_i18n::Language::ALL
                .into_iter()
                .filter(|l| *l != primary.lang())
                .map(|l| arvio_i18n::Localizer::for_language(&catalog, l))
                .filter(|t| t.missing_ids(&form).is_empty())
                .collect();
            let others: Vec<&arvio_i18n::Localizer> = others.iter().collect();
            let q = arvio_fhir::questionnaire(&form, &base, &primary, &others);
            write_json(output.as_deref(), &q)
        }
        FhirCommand::Response {
            form,
            response,
            base,
            output,
        } => {
            let r = load_response(&response)?;
            let form = load_form_for(&form, &r)?;
            let qr = arvio_fhir::questionnaire_response(&form, &base, &r)
                .map_err(|e| fail(&response, &e))?;
            write_json(output.as_deref(), &qr)
        }
        FhirCommand::Import { form, qr, output } => {
            let text = String::from_utf8(crate::read_input(&qr)?).map_err(|_| {
                Fail::input(format!(
                    "{}: cannot read: {}",
                    qr.display(),
                    std::io::ErrorKind::InvalidData
                ))
            })?;
            let value = arvio_fhir::parse(&text).map_err(|e| fail(&qr, &e))?;
            let form = load_form_for_qr(&form, &value)?;
            let r = arvio_fhir::import(&form, &value).map_err(|e| fail(&qr, &e))?;
            let mut json = r.to_json();
            json.push('\n');
            write_output(output.as_deref(), json.as_bytes())
        }
    }
}

/// The form to import a QuestionnaireResponse with: for a plain built-in `ID` or a custom
/// form's `dir/ID.toml`, the version its `questionnaire` canonical names (the newest when that
/// version is not known: the import then says the versions differ); otherwise the version the
/// argument names.
fn load_form_for_qr(spec: &str, qr: &Value) -> Result<Form, Fail> {
    match arvio_fhir::questionnaire_reference(qr) {
        Ok(r) => Ok(crate::migrate::resolve_named(spec, &r.form, &r.version)?.into_form()),
        Err(_) => load_form(spec),
    }
}

/// Exit 2 for malformed input, 1 for input that does not fit the form.
fn fail(path: &Path, e: &FhirError) -> Fail {
    let message = format!("{}: {e}", path.display());
    if e.is_malformed() {
        Fail::input(message)
    } else {
        Fail::findings(message)
    }
}
