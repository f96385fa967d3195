//! A form as a FHIR R4 `Questionnaire`.
//!
//! [`questionnaire`] builds the resource as a [`serde_json::Value`] (the JSON format of FHIR):
//! the resource is written once and never read back, so JSON built in place is simpler than
//! typed structs for its few hundred optional fields. The output parses with the R4B models
//! of the Python `fhir.resources` package (`tests/fhir_check.py`).
//!
//! ## Mapping
//! | arvio | Questionnaire item |
//! | --- | --- |
//! | section | `group`, link id `section-{id}`; its help is a `display` child |
//! | info | `display` |
//! | yes_no | `boolean` |
//! | short_text / long_text | `string` / `text` with `maxLength` |
//! | number | `integer` or `decimal`; bounds as the `minValue` / `maxValue` extensions; the unit as `questionnaire-unit` (a Coding with a display only) |
//! | date | `date`; a fixed bound as `minValue` / `maxValue` (`valueDate`); the bound "today" as a `questionnaire-constraint` (`max-today-{link id}`: every answer `<= today()`; `min-today-…` likewise), since the SDC form (`minValue` whose `_valueDate` carries a `cqf-expression`) is not read by common FHIR libraries |
//! | single_choice | `choice`, `answerOption.valueCoding` = {[`code_system`], the option code, its text}; options with points carry `ordinalValue` |
//! | multiple_choice | the same with `repeats: true`; `max` as `questionnaire-maxOccurs`, `min` (when above 1) as `questionnaire-minOccurs` |
//! | scale | `choice` with one option per point, code = the point as text (`"1"`, `"-2"`), `ordinalValue` = the point, and `"na"` when the scale offers "not applicable" |
//! | group | `group`, `repeats: true`, sub-items `{group}.{sub}`, rows as `questionnaire-minOccurs` (when above 0) / `questionnaire-maxOccurs` |
//! | help text | a `display` child `{link id}-help` with the item control `help` |
//! | score | a read-only `decimal` item `score-{id}` in the group `section-scores`, with an SDC `calculatedExpression` ([`crate::fhirpath::score_expr`]) |
//!
//! Every text (title, description, item text, option display, unit) is in the primary
//! language, with the `translation` extension on its primitive element (`_text`, `_title`,
//! `_display`, ...) for each other language.
//!
//! ## Conditions and required answers
//! A section's or question's condition becomes `enableWhen` (+ `enableBehavior`) where R4 can
//! say it ([`crate::fhirpath::enable_when`]), otherwise the SDC `enableWhenExpression`
//! ([`crate::fhirpath::condition_expr`]; in a group row `%context` is the row). `required` is
//! `true` for an always-required question. A question that is required only when a condition
//! holds has `required: false`, and the Questionnaire carries a `questionnaire-constraint`
//! (key `required-if-{link id}`, severity error) whose FHIRPath, evaluated on the response,
//! holds unless the question applies, its condition holds and it has no answer. Constraint
//! keys are `{kind}-{link id}` with `_` and `.` written `-`; their `human` texts are in the
//! primary language only.
//!
//! ## Scores
//! Every arvio score is expressible: [`crate::fhirpath::score_expr`] follows
//! `arvio_core::score` (items that do not apply left out, "not applicable" counted missing,
//! proration of sums, `max_missing`, reversed items, the range clamp). The value is empty
//! where arvio has none (incomplete, or no item applies); completeness itself, bands and band
//! overrides are not exported.
//!
//! ## Not expressed
//! - Audiences (family, child, worker), parts and private answers: FHIR has no notion of
//!   who may see an answer; they stay arvio's (a family's copy is made by arvio).
//! - The record (assessor, date, participants) and bands with their overrides.
//! - "When answered": arvio's fewest selections and fewest rows bind only an answered
//!   question, FHIR's `questionnaire-minOccurs` always; it is exported as the nearest match.

use crate::fhirpath::{self, ENABLE_WHEN_EXPRESSION, Scope};
use crate::{code_system, questionnaire_url, section_link_id, sub_link_id};
use arvio_core::model::{Condition, DateBound, Form, Question, QuestionKind, Required, ScoreDef};
use arvio_core::render::Texts;
use arvio_i18n::Localizer;
use serde_json::{Map, Value, json};

/// The core extension carrying a translation of a text.
pub const TRANSLATION: &str = "http://hl7.org/fhir/StructureDefinition/translation";
/// The core extension giving the numeric value of an option.
pub const ORDINAL_VALUE: &str = "http://hl7.org/fhir/StructureDefinition/ordinalValue";
/// The core extension for the lowest allowed value of an answer.
pub const MIN_VALUE: &str = "http://hl7.org/fhir/StructureDefinition/minValue";
/// The core extension for the highest allowed value of an answer.
pub const MAX_VALUE: &str = "http://hl7.org/fhir/StructureDefinition/maxValue";
/// The core extension for the fewest repetitions (group rows, selections).
pub const MIN_OCCURS: &str = "http://hl7.org/fhir/StructureDefinition/questionnaire-minOccurs";
/// The core extension for the most repetitions (group rows, selections).
pub const MAX_OCCURS: &str = "http://hl7.org/fhir/StructureDefinition/questionnaire-maxOccurs";
/// The core extension for the unit of a number.
pub const UNIT: &str = "http://hl7.org/fhir/StructureDefinition/questionnaire-unit";
/// The core extension for an invariant a complete response must satisfy.
pub const CONSTRAINT: &str = "http://hl7.org/fhir/StructureDefinition/questionnaire-constraint";
/// The core extension choosing how an item is shown (used for help texts).
pub const ITEM_CONTROL: &str = "http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl";
/// The SDC extension computing an item's value.
pub const CALCULATED_EXPRESSION: &str =
    "http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-calculatedExpression";
/// The link id of the group holding the scores.
pub const SCORES_LINK_ID: &str = "section-scores";

/// The link id of a score's item.
pub fn score_link_id(score_id: &str) -> String {
    format!("score-{score_id}")
}

/// The Questionnaire's `id`: form id and version, in FHIR's id alphabet
/// (`[A-Za-z0-9\-\.]{1,64}`): other characters become `-`.
pub fn questionnaire_id(form: &Form) -> String {
    let raw = format!("{}-{}", form.id, form.version);
    let mut id: String = raw
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' || c == '.' {
                c
            } else {
                '-'
            }
        })
        .collect();
    id.truncate(64);
    id
}

/// The Questionnaire's computer-friendly `name`: the form id in CamelCase
/// (`service-need` → `ServiceNeed`).
pub fn questionnaire_name(form: &Form) -> String {
    let mut out = String::new();
    for part in form.id.split(|c: char| !c.is_ascii_alphanumeric()) {
        let mut cs = part.chars();
        if let Some(first) = cs.next() {
            out.push(first.to_ascii_uppercase());
            out.extend(cs);
        }
    }
    if !out.starts_with(|c: char| c.is_ascii_uppercase()) {
        out.insert(0, 'Q');
    }
    out
}

struct Ctx<'a> {
    form: &'a Form,
    system: String,
    primary: &'a Localizer,
    translations: Vec<&'a Localizer>,
    constraints: Vec<Value>,
}

impl Ctx<'_> {
    /// Sets `key` to the primary text of a message and `_key` to its translations.
    fn text(&self, obj: &mut Map<String, Value>, key: &str, id: &str) {
        self.prefixed_text(obj, key, "", id);
    }

    /// As [`Ctx::text`], with `prefix` before the text in every language.
    fn prefixed_text(&self, obj: &mut Map<String, Value>, key: &str, prefix: &str, id: &str) {
        let message = |t: &Localizer| {
            let mut m = t.message(id);
            m.insert_str(0, prefix);
            m
        };
        obj.insert(key.into(), json!(message(self.primary)));
        let ext: Vec<Value> = self
            .translations
            .iter()
            .map(|t| {
                json!({
                    "url": TRANSLATION,
                    "extension": [
                        {"url": "lang", "valueCode": t.language()},
                        {"url": "content", "valueString": message(t)},
                    ]
                })
            })
            .collect();
        if !ext.is_empty() {
            obj.insert(format!("_{key}"), json!({ "extension": ext }));
        }
    }

    /// A Coding with a translated display: `label` after `prefix`, or the code when there is
    /// no label.
    fn coding(&self, code: &str, label: Option<&str>, prefix: &str, ordinal: Option<f64>) -> Value {
        let mut c = Map::new();
        c.insert("system".into(), json!(self.system));
        c.insert("code".into(), json!(code));
        match label {
            Some(l) => self.prefixed_text(&mut c, "display", prefix, l),
            None => {
                c.insert("display".into(), json!(code));
            }
        }
        if let Some(p) = ordinal {
            c.insert(
                "extension".into(),
                json!([{"url": ORDINAL_VALUE, "valueDecimal": p}]),
            );
        }
        Value::Object(c)
    }

    fn help_item(&self, link_id: &str, help: &str) -> Value {
        let mut h = Map::new();
        h.insert(
            "extension".into(),
            json!([{
                "url": ITEM_CONTROL,
                "valueCodeableConcept": {"coding": [{
                    "system": "http://hl7.org/fhir/questionnaire-item-control",
                    "code": "help"
                }]}
            }]),
        );
        h.insert("linkId".into(), json!(format!("{link_id}-help")));
        self.text(&mut h, "text", help);
        h.insert("type".into(), json!("display"));
        Value::Object(h)
    }

    /// Adds `enableWhen`/`enableBehavior` or the SDC expression for a condition.
    fn condition(
        &self,
        item: &mut Map<String, Value>,
        ext: &mut Vec<Value>,
        c: &Condition,
        scope: Scope<'_>,
    ) {
        match fhirpath::enable_when(self.form, &self.system, c, scope) {
            Some((atoms, behavior)) => {
                item.insert("enableWhen".into(), Value::Array(atoms));
                if let Some(b) = behavior {
                    item.insert("enableBehavior".into(), json!(b));
                }
            }
            None => ext.push(json!({
                "url": ENABLE_WHEN_EXPRESSION,
                "valueExpression": {
                    "language": "text/fhirpath",
                    "expression": fhirpath::condition_expr(self.form, c, scope),
                }
            })),
        }
    }

    fn question(&mut self, q: &Question, link_id: &str, group: Option<&Question>) -> Value {
        let mut item = Map::new();
        let mut ext: Vec<Value> = Vec::new();
        let mut children: Vec<Value> = Vec::new();
        item.insert("linkId".into(), json!(link_id));
        self.text(&mut item, "text", &q.label);
        let scope = match group {
            Some(g) => Scope::Row {
                group: g,
                base: "%context.",
                fallback: true,
            },
            None => Scope::Top,
        };
        let kind = match &q.kind {
            QuestionKind::Info => "display",
            QuestionKind::YesNo => "boolean",
            QuestionKind::ShortText { max_length } => {
                item.insert("maxLength".into(), json!(max_length));
                "string"
            }
            QuestionKind::LongText { max_length } => {
                item.insert("maxLength".into(), json!(max_length));
                "text"
            }
            QuestionKind::Number {
                integer,
                min,
                max,
                unit,
            } => {
                let bound = |url: &str, v: f64, up: bool| {
                    if *integer {
                        let v = if up { v.ceil() } else { v.floor() };
                        json!({"url": url, "valueInteger": v as i64})
                    } else {
                        json!({"url": url, "valueDecimal": v})
                    }
                };
                ext.extend(min.map(|v| bound(MIN_VALUE, v, true)));
                ext.extend(max.map(|v| bound(MAX_VALUE, v, false)));
                if let Some(u) = unit {
                    let mut c = Map::new();
                    self.text(&mut c, "display", u);
                    ext.push(json!({"url": UNIT, "valueCoding": c}));
                }
                if *integer { "integer" } else { "decimal" }
            }
            QuestionKind::Date { min, max } => {
                for (url, b, key, op, human) in [
                    (MIN_VALUE, min, "min-today", ">=", "not before today"),
                    (MAX_VALUE, max, "max-today", "<=", "not after today"),
                ] {
                    match b {
                        Some(DateBound::Fixed(d)) => ext.push(
                            json!({"url": url, "valueDate": d.format("%Y-%m-%d").to_string()}),
                        ),
                        Some(DateBound::Today) => {
                            let expression = format!(
                                "{}.all($this {op} today())",
                                fhirpath::link_values(self.form, link_id)
                            );
                            self.constraint(key, link_id, expression, &q.label, human);
                        }
                        None => {}
                    }
                }
                "date"
            }
            QuestionKind::SingleChoice { options }
            | QuestionKind::MultipleChoice { options, .. } => {
                let opts: Vec<Value> = options
                    .iter()
                    .map(|o| {
                        json!({"valueCoding": self.coding(&o.code, Some(&o.label), "", o.points)})
                    })
                    .collect();
                item.insert("answerOption".into(), Value::Array(opts));
                if let QuestionKind::MultipleChoice { min, max, .. } = &q.kind {
                    item.insert("repeats".into(), json!(true));
                    if let Some(m) = min.filter(|m| *m > 1) {
                        ext.push(json!({"url": MIN_OCCURS, "valueInteger": m}));
                    }
                    if let Some(m) = max {
                        ext.push(json!({"url": MAX_OCCURS, "valueInteger": m}));
                    }
                }
                "choice"
            }
            QuestionKind::Scale {
                min,
                max,
                not_applicable,
                ..
            } => {
                let mut opts = Vec::new();
                for p in *min..=*max {
                    let code = p.to_string();
                    let label = q.kind.scale_point_label(p).map(String::as_str);
                    // "3 – label": the point stays visible beside its words.
                    let prefix = format!("{code} – ");
                    let coding = self.coding(&code, label, &prefix, Some(p as f64));
                    opts.push(json!({ "valueCoding": coding }));
                }
                if let Some(na) = not_applicable {
                    opts.push(json!({"valueCoding": self.coding("na", Some(na), "", None)}));
                }
                item.insert("answerOption".into(), Value::Array(opts));
                "choice"
            }
            QuestionKind::Group {
                questions,
                min_rows,
                max_rows,
            } => {
                item.insert("repeats".into(), json!(true));
                if *min_rows > 0 {
                    ext.push(json!({"url": MIN_OCCURS, "valueInteger": min_rows}));
                }
                ext.push(json!({"url": MAX_OCCURS, "valueInteger": max_rows}));
                for sub in questions {
                    let sub_id = sub_link_id(&q.id, &sub.id);
                    children.push(self.question(sub, &sub_id, Some(q)));
                }
                "group"
            }
            // A kind added to arvio after this mapping: free text until it is mapped.
            _ => "string",
        };
        item.insert("type".into(), json!(kind));
        if q.required == Required::Yes && q.takes_answer() {
            item.insert("required".into(), json!(true));
        }
        if let Some(c) = &q.applies_if {
            self.condition(&mut item, &mut ext, c, scope);
        }
        if let Required::If(c) = &q.required {
            self.required_if(q, link_id, c, group);
        }
        if let Some(h) = &q.help {
            children.insert(0, self.help_item(link_id, h));
        }
        if !children.is_empty() {
            item.insert("item".into(), Value::Array(children));
        }
        if !ext.is_empty() {
            item.insert("extension".into(), Value::Array(ext));
        }
        Value::Object(item)
    }

    /// A `questionnaire-constraint` for a question required only when `c` holds.
    fn required_if(
        &mut self,
        q: &Question,
        link_id: &str,
        c: &Condition,
        group: Option<&Question>,
    ) {
        let expression = match group {
            None => {
                let applies = fhirpath::applies_expr(self.form, &q.id);
                let cond = fhirpath::condition_expr(self.form, c, Scope::Top);
                // A group is answered when it has a row.
                let answered = if matches!(q.kind, QuestionKind::Group { .. }) {
                    fhirpath::rows(self.form, &q.id)
                } else {
                    fhirpath::top_values(self.form, &q.id)
                };
                format!("(({applies}) and ({cond})).not() or {answered}.exists()")
            }
            Some(g) => {
                let scope = Scope::Row {
                    group: g,
                    base: "",
                    fallback: true,
                };
                let applies = q.applies_if.as_ref().map_or("true".to_string(), |a| {
                    fhirpath::condition_expr(self.form, a, scope)
                });
                let cond = fhirpath::condition_expr(self.form, c, scope);
                format!(
                    "{}.all((({applies}) and ({cond})).not() or item.where(linkId={}).answer.value.exists())",
                    fhirpath::rows(self.form, &g.id),
                    fhirpath::string_literal(link_id)
                )
            }
        };
        self.constraint("required-if", link_id, expression, &q.label, "required");
    }

    /// A `questionnaire-constraint` on the Questionnaire (evaluated on the response), keyed
    /// `{kind}-{link id}` (in FHIR's id alphabet); its `human` text is the question's text in
    /// the primary language and `what`.
    fn constraint(
        &mut self,
        kind: &str,
        link_id: &str,
        expression: String,
        label: &str,
        what: &str,
    ) {
        let key: String = format!("{kind}-{link_id}")
            .chars()
            .map(|c| {
                if c.is_ascii_alphanumeric() || c == '-' {
                    c
                } else {
                    '-'
                }
            })
            .collect();
        self.constraints.push(json!({
            "url": CONSTRAINT,
            "extension": [
                {"url": "key", "valueId": key},
                {"url": "severity", "valueCode": "error"},
                {"url": "expression", "valueString": expression},
                {"url": "human", "valueString": format!("{}: {what}", self.primary.message(label))},
            ]
        }));
    }

    fn score(&self, def: &ScoreDef) -> Option<Value> {
        let expr = fhirpath::score_expr(self.form, def)?;
        let mut item = Map::new();
        item.insert(
            "extension".into(),
            json!([{
                "url": CALCULATED_EXPRESSION,
                "valueExpression": {"language": "text/fhirpath", "expression": expr}
            }]),
        );
        item.insert("linkId".into(), json!(score_link_id(&def.id)));
        self.text(&mut item, "text", &def.label);
        item.insert("type".into(), json!("decimal"));
        item.insert("readOnly".into(), json!(true));
        Some(Value::Object(item))
    }
}

/// The form as a FHIR R4 `Questionnaire` (JSON), texts in `primary`'s language with a
/// `translation` extension for each of `translations` (a translation in the primary's own
/// language is skipped). `base` is the canonical base of the URLs
/// ([`DEFAULT_BASE`](crate::DEFAULT_BASE) when the county has none). See the module docs for
/// the mapping.
///
/// ```
/// use arvio_i18n::Localizer;
/// let form = arvio_forms::builtin("service-need").unwrap();
/// let (fi, sv, en) = (Localizer::new(&["fi"]), Localizer::new(&["sv"]), Localizer::new(&["en"]));
/// let q = arvio_fhir::questionnaire(&form, arvio_fhir::DEFAULT_BASE, &fi, &[&sv, &en]);
/// assert_eq!(q["resourceType"], "Questionnaire");
/// assert_eq!(q["language"], "fi");
/// ```
pub fn questionnaire(
    form: &Form,
    base: &str,
    primary: &Localizer,
    translations: &[&Localizer],
) -> Value {
    let mut cx = Ctx {
        form,
        system: code_system(base, form),
        primary,
        translations: translations
            .iter()
            .copied()
            .filter(|t| t.language() != primary.language())
            .collect(),
        constraints: Vec::new(),
    };
    let mut items = Vec::new();
    for s in &form.sections {
        let mut item = Map::new();
        let mut ext = Vec::new();
        let link_id = section_link_id(&s.id);
        item.insert("linkId".into(), json!(link_id));
        cx.text(&mut item, "text", &s.title);
        item.insert("type".into(), json!("group"));
        if let Some(c) = &s.applies_if {
            cx.condition(&mut item, &mut ext, c, Scope::Top);
        }
        let mut children = Vec::new();
        if let Some(h) = &s.help {
            children.push(cx.help_item(&link_id, h));
        }
        for q in &s.questions {
            children.push(cx.question(q, &q.id, None));
        }
        item.insert("item".into(), Value::Array(children));
        if !ext.is_empty() {
            item.insert("extension".into(), Value::Array(ext));
        }
        items.push(Value::Object(item));
    }
    let scores: Vec<Value> = form.scores.iter().filter_map(|d| cx.score(d)).collect();
    if !scores.is_empty() {
        let mut g = Map::new();
        g.insert("linkId".into(), json!(SCORES_LINK_ID));
        cx.text(&mut g, "text", arvio_core::render::common::SCORES);
        g.insert("type".into(), json!("group"));
        g.insert("readOnly".into(), json!(true));
        g.insert("item".into(), Value::Array(scores));
        items.push(Value::Object(g));
    }

    let mut q = Map::new();
    q.insert("resourceType".into(), json!("Questionnaire"));
    q.insert("id".into(), json!(questionnaire_id(form)));
    q.insert("language".into(), json!(primary.language()));
    if !cx.constraints.is_empty() {
        q.insert(
            "extension".into(),
            Value::Array(std::mem::take(&mut cx.constraints)),
        );
    }
    q.insert("url".into(), json!(questionnaire_url(base, form)));
    q.insert("version".into(), json!(form.version.to_string()));
    q.insert("name".into(), json!(questionnaire_name(form)));
    cx.text(&mut q, "title", &form.title);
    q.insert("status".into(), json!("active"));
    if let Some(d) = &form.description {
        cx.text(&mut q, "description", d);
    }
    q.insert("item".into(), Value::Array(items));
    Value::Object(q)
}
