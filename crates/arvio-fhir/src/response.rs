//! A response as a FHIR R4 `QuestionnaireResponse` ([`questionnaire_response`]) and back
//! ([`import`]).
//!
//! ## Mapping
//!
//! - `questionnaire` = `{base}/Questionnaire/{form id}|{form version}`; `status`: a draft is
//!   `in-progress`, a submitted response `completed`; `language` = the response's language.
//! - `item`: one group item `section-{id}` per section that has answers, in form order, with
//!   the section's answered questions in form order (link id = question id; see the crate
//!   docs for the link-id scheme).
//! - Answers: yes/no → `valueBoolean`; short and long text → `valueString`; a whole-number
//!   question → `valueInteger`, any other number → `valueDecimal` (the JSON number as it is,
//!   so `2` and `2.0` stay apart); date → `valueDate`; single choice → one `valueCoding`
//!   `{system: {base}/CodeSystem/{form id}, code}`; multiple choice → one `valueCoding` per
//!   selected code, in order; scale → `valueCoding` whose code is the point as text (`"3"`,
//!   `"-2"`) or `"na"`, in the same system.
//! - A repeating group → one item per row, link id = the group's id, holding an item
//!   `{group}.{sub}` per answered sub-question of the row (none for an empty row `{}`).
//!
//! ## Extensions (`{base}/StructureDefinition/...`)
//!
//! Plain FHIR has no empty string, no empty list and no JSON `null`, and its `integer` has no
//! `2.0`. arvio treats `null`, `""` and `[]` as "not answered", but keeps them as they were
//! sent, and a round trip through FHIR keeps them too, with two extensions a consumer may
//! ignore without misreading the answers:
//!
//! - [`BLANK_ANSWER`] (`{base}/StructureDefinition/blank-answer`), on a question or group item
//!   that then has no answer and no rows: `valueCode` `null`, `empty-string` or `empty-list`
//!   says which blank JSON value the response had;
//! - [`DECIMAL_NOTATION`] (`{base}/StructureDefinition/decimal-notation`), `valueBoolean`
//!   `true`, on an answer whose whole number (a `valueInteger`, or a scale point's code) was
//!   written as a JSON decimal (`2.0`) in the response.
//!
//! ## What does not fit
//!
//! Answers are exported as they are, valid or not, wherever FHIR can carry them: an unknown
//! option code is still a coding, an out-of-range number still a number, and validation on
//! the other side (or after [`import`]) reports them. An answer whose JSON does not fit its
//! item's FHIR type (a yes/no answered `"yes"`, a whole number beyond FHIR's 32-bit
//! `integer`, a date not shaped `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, an option code with
//! blanks) is [`FhirError::DoesNotFit`]; an answer to a question the form does not have (or
//! to an information block) is [`FhirError::UnknownQuestion`].

use crate::error::{FhirError, ImportProblem};
use crate::fhirpath::sub_question;
use crate::{code_system, questionnaire_url, section_link_id, sub_link_id};
use arvio_core::model::{Form, Question, QuestionKind};
use arvio_core::{AnswerPath, AnswerValue, Response, Status};
use serde_json::{Map, Value};
use std::collections::BTreeMap;

/// Name of the extension that marks a blank answer (`null`, `""`, `[]`); its URL is
/// [`extension_url`]`(base, BLANK_ANSWER)`.
pub const BLANK_ANSWER: &str = "blank-answer";

/// Name of the extension that marks a whole number written as a JSON decimal (`2.0`); its URL
/// is [`extension_url`]`(base, DECIMAL_NOTATION)`.
pub const DECIMAL_NOTATION: &str = "decimal-notation";

/// The URL of one of arvio's extensions: `{base}/StructureDefinition/{name}`.
pub fn extension_url(base: &str, name: &str) -> String {
    format!("{}/StructureDefinition/{name}", base.trim_end_matches('/'))
}

/// The response as a FHIR R4 `QuestionnaireResponse` (JSON), with the canonical URLs under
/// `base` (e.g. [`crate::DEFAULT_BASE`]).
///
/// The response must be for this form and version ([`FhirError::WrongForm`],
/// [`FhirError::WrongFormVersion`]); see the [module docs](self) for the mapping and for the
/// answers that cannot be exported. [`import`] turns the result back into an equal response.
///
/// ```
/// use arvio_core::Response;
/// use arvio_fhir::{DEFAULT_BASE, import, questionnaire_response};
///
/// let json = include_str!("../../../examples/responses/service-need-fi.json");
/// let response = Response::from_json(json).unwrap();
/// let form = arvio_forms::for_response(&response.form, &response.form_version).unwrap();
/// let qr = questionnaire_response(&form, DEFAULT_BASE, &response).unwrap();
/// assert_eq!(qr["status"], "completed");
/// assert_eq!(
///     qr["questionnaire"],
///     "https://arvio.invalid/fhir/Questionnaire/service-need|2.0.0"
/// );
/// assert!(import(&form, &qr).unwrap() == response);
/// ```
pub fn questionnaire_response(
    form: &Form,
    base: &str,
    response: &Response,
) -> Result<Value, FhirError> {
    if response.form != form.id {
        return Err(FhirError::WrongForm {
            expected: form.id.clone(),
        });
    }
    let version = form.version.to_string();
    if response.form_version != version {
        return Err(FhirError::WrongFormVersion { expected: version });
    }
    if !is_fhir_code(&response.language) {
        return Err(FhirError::InvalidLanguage);
    }
    for key in response.answers.keys() {
        if !form.question(key).is_some_and(Question::takes_answer) {
            return Err(FhirError::UnknownQuestion {
                path: AnswerPath::unknown_key(key, &response.answers),
            });
        }
    }
    let cx = Urls::new(base, form);
    let mut sections = Vec::new();
    for s in &form.sections {
        let mut items = Vec::new();
        for q in &s.questions {
            if let Some(v) = response.answers.get(&q.id) {
                cx.export_item(q, &q.id, &v.0, &AnswerPath::question(&q.id), &mut items)?;
            }
        }
        if !items.is_empty() {
            sections.push(obj([
                ("linkId", section_link_id(&s.id).into()),
                ("item", Value::Array(items)),
            ]));
        }
    }
    let mut qr = Map::new();
    qr.insert("resourceType".into(), "QuestionnaireResponse".into());
    qr.insert(
        "questionnaire".into(),
        format!(
            "{}|{}",
            questionnaire_url(base, form),
            response.form_version
        )
        .into(),
    );
    qr.insert(
        "status".into(),
        match response.status {
            Status::Draft => "in-progress",
            Status::Submitted => "completed",
        }
        .into(),
    );
    qr.insert("language".into(), response.language.clone().into());
    // FHIR JSON has no empty arrays: a response without answers has no `item`.
    if !sections.is_empty() {
        qr.insert("item".into(), Value::Array(sections));
    }
    Ok(Value::Object(qr))
}

/// What a QuestionnaireResponse's `questionnaire` canonical names: `{base}/Questionnaire/
/// {form}|{version}`.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct QuestionnaireRef {
    /// The canonical base (the part before `/Questionnaire/`).
    pub base: String,
    /// The form id.
    pub form: String,
    /// The form version.
    pub version: String,
}

/// Reads the `questionnaire` canonical of a QuestionnaireResponse, e.g. to pick the form
/// version before [`import`]. The canonical must carry a version (`...|1.2.0`).
pub fn questionnaire_reference(qr: &Value) -> Result<QuestionnaireRef, FhirError> {
    let malformed = || {
        FhirError::invalid(
            "/questionnaire",
            None,
            ImportProblem::Malformed {
                expected: "a canonical BASE/Questionnaire/ID|VERSION",
            },
        )
    };
    let canonical = qr
        .get("questionnaire")
        .and_then(Value::as_str)
        .ok_or_else(malformed)?;
    let (url, version) = canonical.rsplit_once('|').ok_or_else(malformed)?;
    let (base, form) = url.rsplit_once("/Questionnaire/").ok_or_else(malformed)?;
    if form.is_empty() || version.is_empty() {
        return Err(malformed());
    }
    Ok(QuestionnaireRef {
        base: base.to_string(),
        form: form.to_string(),
        version: version.to_string(),
    })
}

/// Parses JSON text for [`import`]; a syntax error names its line and column only
/// ([`FhirError::Json`]), never the text. A key given twice in one object, at any depth, is
/// refused (FHIR's JSON forbids it, and parsers disagree on which value wins): the category
/// is then [`DUPLICATE_KEY`].
pub fn parse(text: &str) -> Result<Value, FhirError> {
    // arvio-core's answer values read any JSON with that check.
    serde_json::from_str::<AnswerValue>(text)
        .map(|v| v.0)
        .map_err(|e| FhirError::from_serde(&e))
}

/// The category of a [`FhirError::Json`] for a key given twice in one JSON object.
pub const DUPLICATE_KEY: &str = "a key given twice in one object";

/// [`parse`] and then [`import`].
pub fn import_str(form: &Form, text: &str) -> Result<Response, FhirError> {
    import(form, &parse(text)?)
}

/// A FHIR R4 `QuestionnaireResponse` (JSON) to this form as an arvio response: the inverse of
/// [`questionnaire_response`].
///
/// The base of the canonical URLs (code system, extensions) is taken from the
/// `questionnaire` canonical, which must name this form and version
/// ([`ImportProblem::WrongQuestionnaire`]; [`questionnaire_reference`] reads it beforehand).
/// `status` must be `in-progress` (draft) or `completed` (submitted), and `language` present
/// (optional in FHIR, but an arvio response records its language).
///
/// The items are checked against the form, never against the answers' domains: an unknown
/// linkId, an item outside its section or group, a question answered twice, or an answer of
/// another type than the item takes is an error naming the item's place, while an unknown
/// option code or an out-of-range number is imported as it is, for
/// [`arvio_core::validate()`] to report. Extensions other than arvio's are ignored, as FHIR
/// allows; a `modifierExtension` is not. Items may come in any order; a question item with no
/// answer is not answered. `display`, `text`, `id`, `meta`, `authored`, `author`, `subject`
/// and the like are not read.
pub fn import(form: &Form, qr: &Value) -> Result<Response, FhirError> {
    let obj = qr.as_object().ok_or_else(|| {
        FhirError::invalid(
            "",
            None,
            ImportProblem::Malformed {
                expected: "a JSON object",
            },
        )
    })?;
    if obj.get("resourceType").and_then(Value::as_str) != Some("QuestionnaireResponse") {
        return Err(FhirError::invalid(
            "/resourceType",
            None,
            ImportProblem::NotQuestionnaireResponse,
        ));
    }
    let reference = questionnaire_reference(qr)?;
    let version = form.version.to_string();
    if reference.form != form.id || reference.version != version {
        return Err(FhirError::invalid(
            "/questionnaire",
            None,
            ImportProblem::WrongQuestionnaire {
                expected: format!("{}|{version}", form.id),
            },
        ));
    }
    let status = match obj.get("status").and_then(Value::as_str) {
        Some("in-progress") => Status::Draft,
        Some("completed") => Status::Submitted,
        Some(_) => {
            return Err(FhirError::invalid(
                "/status",
                None,
                ImportProblem::UnsupportedStatus,
            ));
        }
        None => {
            return Err(FhirError::invalid(
                "/status",
                None,
                ImportProblem::Malformed {
                    expected: "a status code",
                },
            ));
        }
    };
    let language = match obj.get("language") {
        Some(Value::String(l)) => l.clone(),
        None => {
            return Err(FhirError::invalid(
                "/language",
                None,
                ImportProblem::MissingLanguage,
            ));
        }
        Some(_) => {
            return Err(FhirError::invalid(
                "/language",
                None,
                ImportProblem::Malformed {
                    expected: "a language code",
                },
            ));
        }
    };
    no_modifier(obj, &Ptr::ROOT, None)?;

    let cx = Urls::new(&reference.base, form);
    let mut answers: BTreeMap<String, AnswerValue> = BTreeMap::new();
    let mut rows: BTreeMap<String, Vec<Value>> = BTreeMap::new();
    for (i, sec) in array(obj.get("item"), &Ptr::ROOT)?.iter().enumerate() {
        let at = Ptr::ROOT.at("item", Some(i));
        let (sec, link) = item_object(sec, &at)?;
        let Some(section) = link
            .strip_prefix("section-")
            .and_then(|id| form.sections.iter().find(|s| s.id == id))
        else {
            return Err(cx.not_here(&at, link));
        };
        no_modifier(sec, &at, Some(link))?;
        if sec.contains_key("answer") {
            return Err(FhirError::invalid(
                format!("{at}/answer"),
                Some(link),
                ImportProblem::Unsupported {
                    what: "an answer to a section",
                },
            ));
        }
        for (j, it) in array(sec.get("item"), &at)?.iter().enumerate() {
            let at = at.at("item", Some(j));
            let (it, link) = item_object(it, &at)?;
            let Some(q) = section.questions.iter().find(|q| q.id == link) else {
                return Err(cx.not_here(&at, link));
            };
            let duplicate = || FhirError::invalid(at, Some(link), ImportProblem::Duplicate);
            match cx.import_item(q, link, it, &at)? {
                Got::Nothing => {}
                Got::Row(row) => {
                    if answers.contains_key(&q.id) {
                        return Err(duplicate());
                    }
                    rows.entry(q.id.clone())
                        .or_default()
                        .push(Value::Object(row));
                }
                Got::Value(v) => {
                    if answers.contains_key(&q.id) || rows.contains_key(&q.id) {
                        return Err(duplicate());
                    }
                    answers.insert(q.id.clone(), AnswerValue(v));
                }
            }
        }
    }
    answers.extend(
        rows.into_iter()
            .map(|(id, r)| (id, AnswerValue(Value::Array(r)))),
    );
    Ok(Response {
        form: form.id.clone(),
        form_version: reference.version,
        language,
        status,
        answers,
    })
}

/// The URLs both directions compare with or write.
struct Urls<'f> {
    form: &'f Form,
    system: String,
    blank: String,
    decimal: String,
}

/// One imported item: an answer, one row of a group, or nothing (a question item with no
/// answer).
enum Got {
    Nothing,
    Value(Value),
    Row(Map<String, Value>),
}

impl<'f> Urls<'f> {
    fn new(base: &str, form: &'f Form) -> Self {
        Urls {
            form,
            system: code_system(base, form),
            blank: extension_url(base, BLANK_ANSWER),
            decimal: extension_url(base, DECIMAL_NOTATION),
        }
    }

    // ---- export ----

    fn export_item(
        &self,
        q: &Question,
        link_id: &str,
        v: &Value,
        path: &AnswerPath,
        out: &mut Vec<Value>,
    ) -> Result<(), FhirError> {
        // The caller has checked that `q` takes an answer.
        if let Some(code) = blank_code(v) {
            let extension = obj([
                ("url", self.blank.as_str().into()),
                ("valueCode", code.into()),
            ]);
            out.push(obj([
                ("linkId", link_id.into()),
                ("extension", Value::Array(vec![extension])),
            ]));
            return Ok(());
        }
        if let QuestionKind::Group { questions, .. } = &q.kind {
            let rows = v.as_array().ok_or_else(|| FhirError::DoesNotFit {
                path: path.clone(),
                expected: "a list of rows",
            })?;
            for (i, row) in rows.iter().enumerate() {
                let fields = row.as_object().ok_or_else(|| FhirError::DoesNotFit {
                    path: AnswerPath::row_only(path.as_str(), i),
                    expected: "a row object",
                })?;
                for key in fields.keys() {
                    if !questions.iter().any(|s| &s.id == key && s.takes_answer()) {
                        let key = AnswerPath::unknown_key(key, fields);
                        return Err(FhirError::UnknownQuestion {
                            path: AnswerPath::row(path.as_str(), i, key.as_str()),
                        });
                    }
                }
                let mut items = Vec::new();
                for sub in questions {
                    if let Some(sv) = fields.get(&sub.id) {
                        self.export_item(
                            sub,
                            &sub_link_id(link_id, &sub.id),
                            sv,
                            &AnswerPath::row(path.as_str(), i, &sub.id),
                            &mut items,
                        )?;
                    }
                }
                let mut item = Map::new();
                item.insert("linkId".into(), link_id.into());
                if !items.is_empty() {
                    item.insert("item".into(), Value::Array(items));
                }
                out.push(Value::Object(item));
            }
            return Ok(());
        }
        let answers = self.export_answers(q, v, path)?;
        out.push(obj([
            ("linkId", link_id.into()),
            ("answer", Value::Array(answers)),
        ]));
        Ok(())
    }

    /// The `answer` array of a non-group question with a non-blank answer.
    fn export_answers(
        &self,
        q: &Question,
        v: &Value,
        path: &AnswerPath,
    ) -> Result<Vec<Value>, FhirError> {
        let fit = |expected| FhirError::DoesNotFit {
            path: path.clone(),
            expected,
        };
        let answer = match &q.kind {
            QuestionKind::YesNo => obj([(
                "valueBoolean",
                Value::Bool(v.as_bool().ok_or_else(|| fit("true or false"))?),
            )]),
            QuestionKind::ShortText { .. } | QuestionKind::LongText { .. } => obj([(
                "valueString",
                Value::from(v.as_str().ok_or_else(|| fit("a string"))?),
            )]),
            QuestionKind::Number { integer: true, .. } => {
                let (n, decimal) = whole(v, i64::from(i32::MIN), i64::from(i32::MAX))
                    .ok_or_else(|| fit("a whole number from -2147483648 to 2147483647"))?;
                self.with_notation(obj([("valueInteger", n.into())]), decimal)
            }
            QuestionKind::Number { integer: false, .. } => match v {
                Value::Number(n) => obj([("valueDecimal", Value::Number(n.clone()))]),
                _ => return Err(fit("a number")),
            },
            QuestionKind::Date { .. } => match v.as_str() {
                Some(s) if is_fhir_date(s) => obj([("valueDate", s.into())]),
                _ => return Err(fit("a date YYYY-MM-DD")),
            },
            QuestionKind::SingleChoice { .. } => match v.as_str() {
                Some(c) if is_fhir_code(c) => self.coding(c),
                _ => return Err(fit("an option code")),
            },
            QuestionKind::MultipleChoice { .. } => {
                let codes = v.as_array().ok_or_else(|| fit("a list of option codes"))?;
                return codes
                    .iter()
                    .map(|c| match c.as_str() {
                        Some(c) if is_fhir_code(c) => Ok(self.coding(c)),
                        _ => Err(fit("a list of option codes")),
                    })
                    .collect();
            }
            QuestionKind::Scale { .. } => {
                if v.as_str() == Some("na") {
                    self.coding("na")
                } else {
                    let (n, decimal) = whole(v, i64::MIN, i64::MAX)
                        .ok_or_else(|| fit("a whole number or \"na\""))?;
                    self.with_notation(self.coding(&n.to_string()), decimal)
                }
            }
            // Groups are handled by the caller and information blocks never reach here;
            // `QuestionKind` is non-exhaustive: a kind this crate does not know yet.
            _ => return Err(fit("a kind of answer FHIR export knows")),
        };
        Ok(vec![answer])
    }

    fn coding(&self, code: &str) -> Value {
        obj([(
            "valueCoding",
            obj([
                ("system", self.system.as_str().into()),
                ("code", code.into()),
            ]),
        )])
    }

    fn with_notation(&self, mut answer: Value, decimal: bool) -> Value {
        if decimal {
            answer["extension"] = Value::Array(vec![obj([
                ("url", self.decimal.as_str().into()),
                ("valueBoolean", true.into()),
            ])]);
        }
        answer
    }

    // ---- import ----

    /// The error for an item whose link id is not expected here: misplaced when the form has
    /// the link id elsewhere, unknown otherwise.
    fn not_here(&self, at: &Ptr<'_>, link: &str) -> FhirError {
        let known = link
            .strip_prefix("section-")
            .is_some_and(|id| self.form.sections.iter().any(|s| s.id == id))
            || self.form.question(link).is_some()
            || link.split_once('.').is_some_and(|(g, sub)| {
                self.form
                    .question(g)
                    .and_then(|q| sub_question(q, sub))
                    .is_some()
            });
        let problem = if known {
            ImportProblem::Misplaced
        } else {
            ImportProblem::UnknownLinkId
        };
        FhirError::invalid(at, Some(link), problem)
    }

    fn import_item(
        &self,
        q: &Question,
        link: &str,
        it: &Map<String, Value>,
        at: &Ptr<'_>,
    ) -> Result<Got, FhirError> {
        no_modifier(it, at, Some(link))?;
        let unsupported = |sub: &str, what| {
            FhirError::invalid(
                format!("{at}{sub}"),
                Some(link),
                ImportProblem::Unsupported { what },
            )
        };
        if !q.takes_answer() {
            // An information block may be echoed as an empty item, but takes no answer.
            if it.contains_key("answer") || it.contains_key("item") {
                return Err(unsupported("", "an answer to an information block"));
            }
            return Ok(Got::Nothing);
        }
        if let Some(v) = self.blank(it, at, link)? {
            if it.contains_key("answer") || it.contains_key("item") {
                return Err(unsupported(
                    "/extension",
                    "a blank-answer extension beside answers",
                ));
            }
            return Ok(Got::Value(v));
        }
        if let QuestionKind::Group { questions, .. } = &q.kind {
            if it.contains_key("answer") {
                return Err(unsupported("/answer", "an answer to a group"));
            }
            let mut row = Map::new();
            for (k, sub_it) in array(it.get("item"), at)?.iter().enumerate() {
                let at = at.at("item", Some(k));
                let (sub_it, sub_link) = item_object(sub_it, &at)?;
                let sub = sub_link
                    .strip_prefix(link)
                    .and_then(|rest| rest.strip_prefix('.'))
                    .and_then(|id| questions.iter().find(|s| s.id == id));
                let Some(sub) = sub else {
                    return Err(self.not_here(&at, sub_link));
                };
                match self.import_item(sub, sub_link, sub_it, &at)? {
                    Got::Nothing => {}
                    Got::Value(v) => {
                        if row.insert(sub.id.clone(), v).is_some() {
                            return Err(FhirError::invalid(
                                at,
                                Some(sub_link),
                                ImportProblem::Duplicate,
                            ));
                        }
                    }
                    Got::Row(_) => return Err(unsupported("", "a group inside a group")),
                }
            }
            return Ok(Got::Row(row));
        }
        if it.contains_key("item") {
            return Err(unsupported("/item", "an item nested in a question"));
        }
        let answers = array_at(it.get("answer"), at, "answer")?;
        if answers.is_empty() {
            return Ok(Got::Nothing);
        }
        let mut objs = Vec::with_capacity(answers.len());
        for (k, a) in answers.iter().enumerate() {
            let at = at.at("answer", Some(k));
            let a = a.as_object().ok_or_else(|| {
                FhirError::invalid(
                    at,
                    Some(link),
                    ImportProblem::Malformed {
                        expected: "an answer object",
                    },
                )
            })?;
            no_modifier(a, &at, Some(link))?;
            if a.contains_key("item") {
                return Err(FhirError::invalid(
                    format!("{at}/item"),
                    Some(link),
                    ImportProblem::Unsupported {
                        what: "an item nested in an answer",
                    },
                ));
            }
            objs.push((at, a));
        }
        self.import_value(q, link, &objs, at).map(Got::Value)
    }

    /// The answer of a non-group question from its (one or more) answer objects.
    fn import_value(
        &self,
        q: &Question,
        link: &str,
        answers: &[(Ptr<'_>, &Map<String, Value>)],
        at: &Ptr<'_>,
    ) -> Result<Value, FhirError> {
        let wrong = |at: &Ptr<'_>, expected| {
            FhirError::invalid(at, Some(link), ImportProblem::WrongValue { expected })
        };
        if let QuestionKind::MultipleChoice { .. } = &q.kind {
            return answers
                .iter()
                .map(|(at, a)| self.code(a, at, link).map(Value::from))
                .collect::<Result<Vec<_>, _>>()
                .map(Value::Array);
        }
        let [(at, a)] = answers else {
            return Err(FhirError::invalid(
                format!("{at}/answer"),
                Some(link),
                ImportProblem::AnswerCount,
            ));
        };
        Ok(match &q.kind {
            QuestionKind::YesNo => match a.get("valueBoolean") {
                Some(Value::Bool(b)) => Value::Bool(*b),
                _ => return Err(wrong(at, "valueBoolean")),
            },
            QuestionKind::ShortText { .. } | QuestionKind::LongText { .. } => {
                match a.get("valueString") {
                    Some(Value::String(s)) => Value::String(s.clone()),
                    _ => return Err(wrong(at, "valueString")),
                }
            }
            QuestionKind::Number { integer: true, .. } => {
                match a.get("valueInteger").and_then(Value::as_i64) {
                    Some(n) if self.decimal_notation(a) => Value::from(n as f64),
                    Some(n) => Value::from(n),
                    None => return Err(wrong(at, "valueInteger")),
                }
            }
            QuestionKind::Number { integer: false, .. } => match a.get("valueDecimal") {
                Some(Value::Number(n)) => Value::Number(n.clone()),
                _ => return Err(wrong(at, "valueDecimal")),
            },
            QuestionKind::Date { .. } => match a.get("valueDate") {
                Some(Value::String(s)) if is_fhir_date(s) => Value::String(s.clone()),
                _ => return Err(wrong(at, "valueDate")),
            },
            QuestionKind::SingleChoice { .. } => Value::from(self.code(a, at, link)?),
            QuestionKind::Scale { .. } => {
                let code = self.code(a, at, link)?;
                if code == "na" {
                    Value::from("na")
                } else {
                    let n = code
                        .parse::<i64>()
                        .ok()
                        .filter(|n| n.to_string() == code)
                        .ok_or_else(|| {
                            FhirError::invalid(
                                format!("{at}/valueCoding/code"),
                                Some(link),
                                ImportProblem::InvalidCode,
                            )
                        })?;
                    if self.decimal_notation(a) {
                        Value::from(n as f64)
                    } else {
                        Value::from(n)
                    }
                }
            }
            _ => {
                return Err(FhirError::invalid(
                    at,
                    Some(link),
                    ImportProblem::Unsupported {
                        what: "an answer to this kind of question",
                    },
                ));
            }
        })
    }

    /// The code of an answer's `valueCoding` in the form's code system.
    fn code<'a>(
        &self,
        a: &'a Map<String, Value>,
        at: &Ptr<'_>,
        link: &str,
    ) -> Result<&'a str, FhirError> {
        let wrong = || {
            FhirError::invalid(
                at,
                Some(link),
                ImportProblem::WrongValue {
                    expected: "valueCoding with a code",
                },
            )
        };
        let coding = a
            .get("valueCoding")
            .and_then(Value::as_object)
            .ok_or_else(wrong)?;
        match coding.get("system") {
            None => {}
            Some(Value::String(s)) if *s == self.system => {}
            Some(_) => {
                return Err(FhirError::invalid(
                    format!("{at}/valueCoding/system"),
                    Some(link),
                    ImportProblem::WrongSystem,
                ));
            }
        }
        match coding.get("code") {
            Some(Value::String(c)) if !c.is_empty() => Ok(c),
            _ => Err(wrong()),
        }
    }

    fn decimal_notation(&self, a: &Map<String, Value>) -> bool {
        extensions(a).any(|e| {
            e.get("url").and_then(Value::as_str) == Some(&self.decimal)
                && e.get("valueBoolean") == Some(&Value::Bool(true))
        })
    }

    /// The blank JSON value an item's blank-answer extension stands for, if it has one.
    fn blank(
        &self,
        it: &Map<String, Value>,
        at: &Ptr<'_>,
        link: &str,
    ) -> Result<Option<Value>, FhirError> {
        let Some(e) =
            extensions(it).find(|e| e.get("url").and_then(Value::as_str) == Some(&self.blank))
        else {
            return Ok(None);
        };
        match e.get("valueCode").and_then(Value::as_str) {
            Some("null") => Ok(Some(Value::Null)),
            Some("empty-string") => Ok(Some(Value::from(""))),
            Some("empty-list") => Ok(Some(Value::Array(Vec::new()))),
            _ => Err(FhirError::invalid(
                format!("{at}/extension"),
                Some(link),
                ImportProblem::Malformed {
                    expected: "a blank-answer code: null, empty-string or empty-list",
                },
            )),
        }
    }
}

/// A JSON object of the pairs, built in place (`json!` would serialize interpolated values
/// again, deep-copying whole item trees).
fn obj<const N: usize>(pairs: [(&str, Value); N]) -> Value {
    // Inserting one by one: collecting into the map would sort a buffer first.
    let mut map = Map::new();
    for (k, v) in pairs {
        map.insert(k.to_owned(), v);
    }
    Value::Object(map)
}

/// The extension code for a blank JSON value FHIR cannot carry, if `v` is one.
fn blank_code(v: &Value) -> Option<&'static str> {
    match v {
        Value::Null => Some("null"),
        Value::String(s) if s.is_empty() => Some("empty-string"),
        Value::Array(a) if a.is_empty() => Some("empty-list"),
        _ => None,
    }
}

/// A whole JSON number in `lo..=hi`, and whether it was written as a decimal (`2.0`).
fn whole(v: &Value, lo: i64, hi: i64) -> Option<(i64, bool)> {
    let Value::Number(n) = v else { return None };
    if let Some(i) = n.as_i64() {
        return (lo..=hi).contains(&i).then_some((i, false));
    }
    if !n.is_f64() {
        return None; // a u64 beyond i64
    }
    let f = n.as_f64()?;
    // `i64::MAX as f64` is 2^63, itself out of range: the upper bound is exclusive.
    let fits = f.fract() == 0.0 && f >= lo as f64 && f < hi as f64 + 1.0;
    (fits && (f as i64) >= lo && (f as i64) <= hi).then_some((f as i64, true))
}

/// A FHIR `code`: `[^\s]+( [^\s]+)*`.
fn is_fhir_code(s: &str) -> bool {
    !s.is_empty()
        && s.split(' ')
            .all(|w| !w.is_empty() && !w.chars().any(char::is_whitespace))
}

/// A FHIR `date`: `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (year 0001 or later, month 01–12, day
/// 01–31; whether the day exists in the month is validation's business).
fn is_fhir_date(s: &str) -> bool {
    let b = s.as_bytes();
    let digits = |r: std::ops::Range<usize>| b[r].iter().all(u8::is_ascii_digit);
    let two = |i: usize| (b[i] - b'0') * 10 + (b[i + 1] - b'0');
    if !matches!(b.len(), 4 | 7 | 10) || !digits(0..4) || &b[0..4] == b"0000" {
        return false;
    }
    if b.len() >= 7 && (b[4] != b'-' || !digits(5..7) || !(1..=12).contains(&two(5))) {
        return false;
    }
    if b.len() == 10 && (b[7] != b'-' || !digits(8..10) || !(1..=31).contains(&two(8))) {
        return false;
    }
    true
}

/// The items of an element: its optional `item` array.
fn array<'a>(v: Option<&'a Value>, at: &Ptr<'_>) -> Result<&'a [Value], FhirError> {
    array_at(v, at, "item")
}

/// The elements of the optional JSON array `key` of the element at `at` (absent: none).
fn array_at<'a>(
    v: Option<&'a Value>,
    at: &Ptr<'_>,
    key: &'static str,
) -> Result<&'a [Value], FhirError> {
    match v {
        None => Ok(&[]),
        Some(Value::Array(a)) => Ok(a),
        Some(_) => Err(FhirError::invalid(
            at.at(key, None),
            None,
            ImportProblem::Malformed {
                expected: "an array",
            },
        )),
    }
}

/// A JSON pointer built as the import descends, and rendered only for an error.
#[derive(Clone, Copy)]
struct Ptr<'a> {
    parent: Option<&'a Ptr<'a>>,
    key: &'static str,
    index: Option<usize>,
}

impl<'a> Ptr<'a> {
    const ROOT: Ptr<'static> = Ptr {
        parent: None,
        key: "",
        index: None,
    };

    /// The pointer to `key` (and its element `index`) under this one.
    fn at(&'a self, key: &'static str, index: Option<usize>) -> Ptr<'a> {
        Ptr {
            parent: Some(self),
            key,
            index,
        }
    }
}

impl std::fmt::Display for Ptr<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if let Some(p) = self.parent {
            p.fmt(f)?;
        }
        if !self.key.is_empty() {
            write!(f, "/{}", self.key)?;
        }
        if let Some(i) = self.index {
            write!(f, "/{i}")?;
        }
        Ok(())
    }
}

/// An item object and its link id.
fn item_object<'a>(
    v: &'a Value,
    at: &Ptr<'_>,
) -> Result<(&'a Map<String, Value>, &'a str), FhirError> {
    let malformed = |at: &dyn std::fmt::Display, expected| {
        FhirError::invalid(at, None, ImportProblem::Malformed { expected })
    };
    let obj = v
        .as_object()
        .ok_or_else(|| malformed(at, "an item object"))?;
    let link = obj
        .get("linkId")
        .and_then(Value::as_str)
        .ok_or_else(|| malformed(&format!("{at}/linkId"), "a linkId string"))?;
    Ok((obj, link))
}

fn extensions(obj: &Map<String, Value>) -> impl Iterator<Item = &Map<String, Value>> {
    obj.get("extension")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(Value::as_object)
}

/// A modifier extension changes the meaning of its element: one arvio does not know cannot be
/// ignored.
fn no_modifier(
    obj: &Map<String, Value>,
    at: &Ptr<'_>,
    link: Option<&str>,
) -> Result<(), FhirError> {
    if obj.contains_key("modifierExtension") {
        return Err(FhirError::invalid(
            format!("{at}/modifierExtension"),
            link,
            ImportProblem::Unsupported {
                what: "a modifier extension",
            },
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn fhir_dates() {
        for ok in ["2026", "2026-11", "2026-11-23", "0001-01-01", "2025-02-30"] {
            assert!(is_fhir_date(ok), "{ok}");
        }
        for bad in [
            "",
            "0000",
            "26",
            "2026-13",
            "2026-00",
            "2026-1-1",
            "1.2.2025",
            "2026-11-32",
            "2026-11-00",
            "2026-11-23T10:00",
            "２０２６",
        ] {
            assert!(!is_fhir_date(bad), "{bad}");
        }
    }

    #[test]
    fn fhir_codes() {
        assert!(is_fhir_code("a-b_c"));
        assert!(is_fhir_code("a b"));
        for bad in ["", " a", "a ", "a  b", "a\nb", "a\tb"] {
            assert!(!is_fhir_code(bad), "{bad:?}");
        }
    }

    #[test]
    fn whole_numbers() {
        let r = (i64::from(i32::MIN), i64::from(i32::MAX));
        assert_eq!(whole(&json!(2), r.0, r.1), Some((2, false)));
        assert_eq!(whole(&json!(2.0), r.0, r.1), Some((2, true)));
        assert_eq!(whole(&json!(-2.0), r.0, r.1), Some((-2, true)));
        assert_eq!(whole(&json!(2.5), r.0, r.1), None);
        assert_eq!(whole(&json!(2147483648i64), r.0, r.1), None);
        assert_eq!(whole(&json!(2147483648.0), r.0, r.1), None);
        assert_eq!(
            whole(&json!(-2147483648.0), r.0, r.1),
            Some((-2147483648, true))
        );
        assert_eq!(whole(&json!(u64::MAX), i64::MIN, i64::MAX), None);
        assert_eq!(whole(&json!(9.3e18), i64::MIN, i64::MAX), None);
        assert_eq!(whole(&json!("2"), r.0, r.1), None);
    }
}
