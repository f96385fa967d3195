//! The response schema of one form.

use crate::dates::{VALID_DATE, bound_pattern};
use crate::pred::{Pred, guard};
use arvio_core::model::{Condition, DateBound, Literal, QuestionKind, Required, Test};
use arvio_core::render::Texts;
use arvio_core::validate::test_answer;
use arvio_core::{Form, Question};
use serde_json::{Map, Value, json};
use std::collections::{BTreeMap, HashMap};

/// The dialect every generated schema declares.
pub const DIALECT: &str = "https://json-schema.org/draft/2020-12/schema";

const UNANSWERED: &str = "#/$defs/unanswered";
const ANSWERED: &str = "#/$defs/answered";

/// Whitespace as Rust's `str::trim` sees it (the Unicode `White_Space` property), spelled out
/// so that every regex engine agrees (`\s` differs between ECMA-262, Rust and Python).
const BLANK: &str =
    r"^[\u0009-\u000D\u0020\u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]*$";

/// Text without the characters no answer may hold (`arvio_core::chars`: controls other than
/// TAB and LF, bidi controls, line and paragraph separators), as a class of `\uXXXX` escapes
/// that ECMA-262 (with the `u` flag), Rust and Python read alike. Built from
/// `arvio_core::chars::disallowed_ranges`, so the schema follows the one policy.
fn allowed_text() -> &'static str {
    static PATTERN: std::sync::LazyLock<String> = std::sync::LazyLock::new(|| {
        let mut p = String::from("^[^");
        for (a, b) in arvio_core::chars::disallowed_ranges() {
            // Every disallowed character is in the Basic Multilingual Plane.
            debug_assert!(u32::from(b) <= 0xFFFF);
            p.push_str(&format!("\\u{:04X}", u32::from(a)));
            if b != a {
                p.push_str(&format!("-\\u{:04X}", u32::from(b)));
            }
        }
        p.push_str("]*$");
        p
    });
    &PATTERN
}

/// The `$id` of a form's response schema: `urn:arvio:form:<id>:<version>`.
pub fn schema_id(form: &Form) -> String {
    format!("urn:arvio:form:{}:{}", form.id, form.version)
}

/// Builds the JSON Schema (draft 2020-12) of `form`'s responses, with titles and
/// descriptions from `texts`. See the crate documentation for what it checks.
pub fn response_schema(form: &Form, texts: &dyn Texts) -> Value {
    let mut b = Builder::new(form, texts);
    let mut props = Map::new();
    let mut at = 0usize;
    for section in &form.sections {
        let section_start = at;
        let section_applies = b.cond_opt(section.applies_if.as_ref(), &Ctx::Top(section_start));
        for q in &section.questions {
            if q.takes_answer() {
                props.insert(q.id.clone(), b.top_question(q, at, &section_applies));
            }
            at += 1;
        }
    }
    let mut answers = json!({
        "description": "Answers by question id. An unanswered question is left out, or given null, a blank string or an empty list.",
        "type": "object",
        "properties": props,
        "additionalProperties": false,
    });
    put_all_of(&mut answers, b.top_rules);

    let mut submitted = Map::new();
    // `answers` is an object whenever the response is valid; the type is said here too, for
    // validators that want a `type` beside `properties` (ajv's strict mode).
    submitted.insert("type".into(), json!("object"));
    submitted.insert(
        "description".into(),
        json!("What a submitted response must also satisfy: required answers and group minimums."),
    );
    if !b.required.is_empty() {
        submitted.insert("required".into(), json!(b.required));
    }
    for (id, rows) in b.submitted_rows {
        b.submitted_props
            .entry(id)
            .or_default()
            .extend(array_only(rows));
    }
    if !b.submitted_props.is_empty() {
        let props: Map<String, Value> = b
            .submitted_props
            .into_iter()
            .map(|(k, v)| (k, Value::Object(v)))
            .collect();
        submitted.insert("properties".into(), Value::Object(props));
    }
    let mut submitted = Value::Object(submitted);
    put_all_of(&mut submitted, b.submitted_rules);

    let mut root = Map::new();
    root.insert("$schema".into(), json!(DIALECT));
    root.insert("$id".into(), json!(schema_id(form)));
    root.insert("title".into(), json!(texts.message(&form.title)));
    if let Some(d) = &form.description {
        root.insert("description".into(), json!(texts.message(d)));
    }
    root.insert("type".into(), json!("object"));
    root.insert(
        "required".into(),
        json!(["form", "form_version", "language", "status", "answers"]),
    );
    root.insert(
        "properties".into(),
        json!({
            "form": { "description": "Id of the form answered.", "const": form.id },
            "form_version": {
                "description": "Version of the form answered.",
                "const": form.version.to_string(),
            },
            "language": {
                "description": "Language tag the response was filled in (fi, sv, en, ...).",
                "type": "string",
            },
            "status": {
                "description": "A draft may lack required answers; a submitted response is complete.",
                "enum": ["draft", "submitted"],
            },
            "answers": { "$ref": "#/$defs/answers" },
        }),
    );
    root.insert("additionalProperties".into(), json!(false));
    root.insert(
        "if".into(),
        json!({ "properties": { "status": { "const": "submitted" } } }),
    );
    root.insert(
        "then".into(),
        json!({ "properties": { "answers": { "$ref": "#/$defs/submitted" } } }),
    );
    root.insert(
        "$defs".into(),
        json!({
            "unanswered": {
                "description": "No answer: null, a string of whitespace only, or an empty list.",
                "anyOf": [
                    { "type": "null" },
                    { "type": "string", "pattern": BLANK },
                    { "type": "array", "maxItems": 0 },
                ],
            },
            "answered": { "not": { "$ref": UNANSWERED } },
            "answers": answers,
            "submitted": submitted,
        }),
    );
    Value::Object(root)
}

fn put_all_of(target: &mut Value, rules: Vec<Value>) {
    if let (Value::Object(m), false) = (target, rules.is_empty()) {
        m.insert("allOf".into(), Value::Array(rules));
    }
}

/// Where a condition is evaluated: at a top-level position (questions before it are
/// visible), or in a row of the group at a position, after some of its sub-questions.
enum Ctx<'q> {
    Top(usize),
    Row {
        group_at: usize,
        earlier: &'q [Question],
    },
}

/// Whether a rule's schema applies when its condition holds (`Then`) or when it fails (`Else`).
#[derive(Clone, Copy)]
enum Branch {
    Then,
    Else,
}

struct Builder<'a> {
    form: &'a Form,
    texts: &'a dyn Texts,
    /// Form-order position of each top-level question.
    pos: HashMap<&'a str, usize>,
    /// Rules on the `answers` object (any status).
    top_rules: Vec<Value>,
    /// Unconditionally required questions (submitted).
    required: Vec<String>,
    /// Per-question keywords for submitted responses.
    submitted_props: BTreeMap<String, Map<String, Value>>,
    /// Per-group keywords for submitted responses that apply when the answer is a list of
    /// rows (see [`array_only`]).
    submitted_rows: BTreeMap<String, Map<String, Value>>,
    /// Conditional rules for submitted responses.
    submitted_rules: Vec<Value>,
}

impl<'a> Builder<'a> {
    fn new(form: &'a Form, texts: &'a dyn Texts) -> Self {
        let pos = form
            .questions()
            .enumerate()
            .map(|(i, (_, q))| (q.id.as_str(), i))
            .collect();
        Builder {
            form,
            texts,
            pos,
            top_rules: Vec::new(),
            required: Vec::new(),
            submitted_props: BTreeMap::new(),
            submitted_rows: BTreeMap::new(),
            submitted_rules: Vec::new(),
        }
    }

    /// A top-level question's property schema; records its rules.
    fn top_question(&mut self, q: &Question, at: usize, section_applies: &Pred) -> Value {
        let ctx = Ctx::Top(at);
        let applies = Pred::and(vec![
            section_applies.clone(),
            self.cond_opt(q.applies_if.as_ref(), &ctx),
        ]);
        match &applies {
            Pred::Const(true) => {}
            Pred::Const(false) => self.top_rules.push(blank_prop(&q.id)),
            a => self
                .top_rules
                .push(json!({ "if": a.to_schema(), "else": blank_prop(&q.id) })),
        }
        let needed = Pred::and(vec![applies, self.required(&q.required, &ctx)]);
        match &needed {
            Pred::Const(false) => {}
            Pred::Const(true) => {
                self.required.push(q.id.clone());
                self.submitted_prop(&q.id)
                    .insert("$ref".into(), json!(ANSWERED));
            }
            n => self.submitted_rules.push(json!({
                "if": n.to_schema(),
                "then": answered_prop(&q.id),
            })),
        }
        if let QuestionKind::Group {
            questions,
            min_rows,
            ..
        } = &q.kind
        {
            if *min_rows > 1 {
                self.submitted_rows_of(&q.id).insert(
                    "anyOf".into(),
                    json!([{ "maxItems": 0 }, { "minItems": min_rows }]),
                );
            }
            return self.property(q, Some((at, questions)));
        }
        self.property(q, None)
    }

    fn submitted_prop(&mut self, id: &str) -> &mut Map<String, Value> {
        self.submitted_props.entry(id.to_string()).or_default()
    }

    fn submitted_rows_of(&mut self, id: &str) -> &mut Map<String, Value> {
        self.submitted_rows.entry(id.to_string()).or_default()
    }

    /// `title`, `description` and the value domain (unanswered, or a valid answer).
    fn property(&mut self, q: &Question, group: Option<(usize, &[Question])>) -> Value {
        let mut m = Map::new();
        m.insert("title".into(), json!(self.texts.message(&q.label)));
        if let Some(h) = &q.help {
            m.insert("description".into(), json!(self.texts.message(h)));
        }
        let domain = match group {
            Some((at, subs)) => self.group_domain(q, at, subs),
            None => domain(q),
        };
        // The domain first: most values are answers, and validators stop at the first match
        // (Python's `jsonschema` took about 40 % less time on the example responses).
        m.insert("anyOf".into(), json!([domain, { "$ref": UNANSWERED }]));
        Value::Object(m)
    }

    fn group_domain(&mut self, q: &Question, group_at: usize, subs: &[Question]) -> Value {
        let QuestionKind::Group { max_rows, .. } = &q.kind else {
            return json!(false);
        };
        let mut props = Map::new();
        let mut row_rules = Vec::new();
        let mut row_required = Vec::new();
        for (i, sub) in subs.iter().enumerate() {
            if !sub.takes_answer() {
                continue;
            }
            props.insert(sub.id.clone(), self.property(sub, None));
            let ctx = Ctx::Row {
                group_at,
                earlier: &subs[..i],
            };
            let applies = self.cond_opt(sub.applies_if.as_ref(), &ctx);
            for (g, rule) in split_rule(&applies, Branch::Else, blank_prop(&sub.id)) {
                match g {
                    None => row_rules.push(rule),
                    Some(g) => self.top_rules.push(json!({
                        "if": g,
                        "then": { "properties": { &q.id: each_row(rule) } },
                    })),
                }
            }
            let needed = Pred::and(vec![applies, self.required(&sub.required, &ctx)]);
            for (g, rule) in split_rule(&needed, Branch::Then, answered_prop(&sub.id)) {
                match g {
                    None => row_required.push(rule),
                    Some(g) => self.submitted_rules.push(json!({
                        "if": g,
                        "then": { "properties": { &q.id: each_row(rule) } },
                    })),
                }
            }
        }
        if !row_required.is_empty() {
            let items = json!({ "type": "object", "allOf": row_required });
            self.submitted_rows_of(&q.id).insert("items".into(), items);
        }
        let mut row = json!({
            "type": "object",
            "properties": props,
            "additionalProperties": false,
        });
        put_all_of(&mut row, row_rules);
        json!({ "type": "array", "maxItems": max_rows, "items": row })
    }

    fn required(&self, r: &Required, ctx: &Ctx<'_>) -> Pred {
        match r {
            Required::No => Pred::Const(false),
            Required::Yes => Pred::Const(true),
            Required::If(c) => self.cond(c, ctx),
        }
    }

    fn cond_opt(&self, c: Option<&Condition>, ctx: &Ctx<'_>) -> Pred {
        c.map_or(Pred::Const(true), |c| self.cond(c, ctx))
    }

    /// A condition as a formula. Mirrors the core's evaluation: in a group row an id means
    /// the row's earlier sub-question when that has an answer, and otherwise the top-level
    /// question of that id if it comes before the group.
    fn cond(&self, c: &Condition, ctx: &Ctx<'_>) -> Pred {
        match c {
            Condition::All(cs) => Pred::and(cs.iter().map(|c| self.cond(c, ctx)).collect()),
            Condition::Any(cs) => Pred::or(cs.iter().map(|c| self.cond(c, ctx)).collect()),
            Condition::Not(c) => Pred::not(self.cond(c, ctx)),
            Condition::AnyRow { group, row } => {
                // The loader allows `any_row` at top level only.
                let Ctx::Top(before) = ctx else {
                    return Pred::Const(false);
                };
                match (self.form.question(group), self.pos.get(group.as_str())) {
                    (Some(q), Some(&at)) if at < *before => {
                        let QuestionKind::Group { questions, .. } = &q.kind else {
                            return Pred::Const(false);
                        };
                        // Every sub-question is in scope, and nothing falls back to the top.
                        let in_row = Ctx::Row {
                            group_at: 0,
                            earlier: questions,
                        };
                        let one = of_type("object", self.cond(row, &in_row).to_schema());
                        Pred::top(json!({
                            "required": [group],
                            "properties": { group: { "type": "array", "contains": one } },
                        }))
                    }
                    _ => Pred::Const(false),
                }
            }
            Condition::Test { question, test } => match ctx {
                Ctx::Top(before) => self.top_test(question, test, *before),
                Ctx::Row { group_at, earlier } => {
                    let top = self.top_test(question, test, *group_at);
                    let Some(sib) = earlier.iter().find(|s| &s.id == question) else {
                        return top;
                    };
                    let blank = Pred::row(blank_prop(question));
                    let fallback = Pred::and(vec![blank, top]);
                    match test {
                        Test::Answered(false) => fallback,
                        _ => Pred::or(vec![value_test(sib, test, Pred::row), fallback]),
                    }
                }
            },
        }
    }

    fn top_test(&self, id: &str, test: &Test, before: usize) -> Pred {
        match (self.form.question(id), self.pos.get(id)) {
            (Some(q), Some(&at)) if at < before && q.takes_answer() => {
                value_test(q, test, Pred::top)
            }
            _ => Pred::Const(test_answer(test, None)),
        }
    }
}

/// Splits a row rule "if `cond` then/else `schema`" by the values of the top-level atoms in
/// `cond`: each part is an optional guard on the `answers` object and the rule for each row.
fn split_rule(cond: &Pred, branch: Branch, schema: Value) -> Vec<(Option<Value>, Value)> {
    let atoms = cond.top_atoms();
    if atoms.is_empty() {
        return row_rule(cond, branch, &schema)
            .map(|r| (None, r))
            .into_iter()
            .collect();
    }
    let mut out = Vec::new();
    for bits in 0u64..(1u64 << atoms.len().min(63)) {
        let values: Vec<bool> = (0..atoms.len()).map(|i| bits & (1 << i) != 0).collect();
        if let Some(rule) = row_rule(&cond.assign(&atoms, &values), branch, &schema) {
            out.push((Some(guard(&atoms, &values)), rule));
        }
    }
    out
}

fn row_rule(cond: &Pred, branch: Branch, schema: &Value) -> Option<Value> {
    match (branch, cond) {
        (Branch::Then, Pred::Const(false)) | (Branch::Else, Pred::Const(true)) => None,
        (Branch::Then, Pred::Const(true)) | (Branch::Else, Pred::Const(false)) => {
            Some(schema.clone())
        }
        (Branch::Then, c) => Some(json!({ "if": c.to_schema(), "then": schema })),
        (Branch::Else, c) => Some(json!({ "if": c.to_schema(), "else": schema })),
    }
}

/// Keywords for a group's answer that apply only when it is a list (it may also be
/// unanswered: `null` or a blank string), as `if`/`then`. Said this way rather than as bare
/// `items` or `minItems` (which ignore other types anyway) so that every keyword sits beside a
/// `type` it applies to, as ajv's strict mode (`strictTypes`) wants.
fn array_only(mut keywords: Map<String, Value>) -> Map<String, Value> {
    keywords.insert("type".into(), json!("array"));
    let mut m = Map::new();
    m.insert("if".into(), json!({ "type": "array" }));
    m.insert("then".into(), Value::Object(keywords));
    m
}

/// A rule for every row of a group's answer (when the answer is a list of rows).
fn each_row(rule: Value) -> Value {
    let mut m = Map::new();
    m.insert("items".into(), of_type("object", rule));
    Value::Object(array_only(m))
}

/// `schema` with `type` set to `t` (a boolean schema as it is). Used for values that have that
/// type in every valid response (a group row is an object; a row of another type makes the
/// group's answer invalid anyway), so the verdict on a whole response does not change.
fn of_type(t: &str, schema: Value) -> Value {
    match schema {
        Value::Object(mut m) => {
            m.entry("type").or_insert_with(|| json!(t));
            Value::Object(m)
        }
        other => other,
    }
}

/// "`id` is unanswered" (absent counts) as a subschema of the containing object.
fn blank_prop(id: &str) -> Value {
    json!({ "properties": { id: { "$ref": UNANSWERED } } })
}

/// "`id` is answered" as a subschema of the containing object.
fn answered_prop(id: &str) -> Value {
    json!({ "required": [id], "properties": { id: { "$ref": ANSWERED } } })
}

/// A test on question `q`'s answer, as a formula whose atom (made by `atom`) is a subschema
/// of the object holding the answer. A blank value never matches a literal.
fn value_test(q: &Question, test: &Test, atom: fn(Value) -> Pred) -> Pred {
    let on_value = |s: Value| atom(json!({ "required": [&q.id], "properties": { &q.id: s } }));
    match test {
        Test::Answered(true) => atom(answered_prop(&q.id)),
        Test::Answered(false) => atom(blank_prop(&q.id)),
        Test::Equals(l) => literal(q, l).map_or(Pred::Const(false), on_value),
        Test::OneOf(ls) => {
            let mut schemas: Vec<Value> = ls.iter().filter_map(|l| literal(q, l)).collect();
            schemas.dedup();
            let all_consts = schemas
                .iter()
                .all(|s| s.get("const").is_some() && s.as_object().is_some_and(|m| m.len() == 1));
            match schemas.len() {
                0 => Pred::Const(false),
                1 => on_value(schemas.remove(0)),
                _ if all_consts => on_value(json!({
                    "enum": schemas.iter().filter_map(|s| s.get("const").cloned()).collect::<Vec<_>>()
                })),
                _ => on_value(json!({ "anyOf": schemas })),
            }
        }
        Test::Compare(op, n) => match q.kind {
            QuestionKind::Number { .. } | QuestionKind::Scale { .. } => {
                use arvio_core::model::CmpOp;
                let key = match op {
                    CmpOp::Gt => "exclusiveMinimum",
                    CmpOp::Gte => "minimum",
                    CmpOp::Lt => "exclusiveMaximum",
                    CmpOp::Lte => "maximum",
                };
                on_value(json!({ "type": "number", key: num(*n) }))
            }
            _ => Pred::Const(false),
        },
    }
}

/// The subschema of values equal to a literal (for multiple choice: containing the code), or
/// `None` when no answer of the kind can equal it.
fn literal(q: &Question, l: &Literal) -> Option<Value> {
    match (&q.kind, l) {
        (QuestionKind::SingleChoice { .. }, Literal::Code(c)) => Some(json!({ "const": c })),
        (QuestionKind::MultipleChoice { .. }, Literal::Code(c)) => {
            Some(json!({ "type": "array", "contains": { "const": c } }))
        }
        (
            QuestionKind::Scale {
                not_applicable: Some(_),
                ..
            },
            Literal::Code(c),
        ) if c == "na" => Some(json!({ "const": "na" })),
        (QuestionKind::YesNo, Literal::Bool(b)) => Some(json!({ "const": b })),
        (QuestionKind::Scale { .. } | QuestionKind::Number { .. }, Literal::Number(n)) => {
            Some(json!({ "type": "number", "minimum": num(*n), "maximum": num(*n) }))
        }
        _ => None,
    }
}

/// The valid (non-blank) answers of a question that is not a group.
fn domain(q: &Question) -> Value {
    match &q.kind {
        QuestionKind::SingleChoice { options } => json!({
            "type": "string",
            "enum": options.iter().map(|o| o.code.as_str()).collect::<Vec<_>>(),
        }),
        QuestionKind::MultipleChoice { options, min, max } => {
            let mut m = json!({
                "type": "array",
                "items": { "enum": options.iter().map(|o| o.code.as_str()).collect::<Vec<_>>() },
                "uniqueItems": true,
            });
            if let Some(min) = min.filter(|m| *m > 1) {
                m["minItems"] = json!(min);
            }
            if let Some(max) = max {
                m["maxItems"] = json!(max);
            }
            m
        }
        QuestionKind::Scale {
            min,
            max,
            not_applicable,
            ..
        } => {
            let points = json!({ "type": "integer", "minimum": min, "maximum": max });
            if not_applicable.is_some() {
                json!({ "anyOf": [points, { "const": "na" }] })
            } else {
                points
            }
        }
        QuestionKind::YesNo => json!({ "type": "boolean" }),
        QuestionKind::ShortText { max_length } | QuestionKind::LongText { max_length } => {
            json!({ "type": "string", "maxLength": max_length, "pattern": allowed_text() })
        }
        QuestionKind::Number {
            integer, min, max, ..
        } => {
            let mut m = json!({ "type": if *integer { "integer" } else { "number" } });
            if let Some(min) = min {
                m["minimum"] = num(*min);
            }
            if let Some(max) = max {
                m["maximum"] = num(*max);
            }
            m
        }
        QuestionKind::Date { min, max } => {
            let mut m = json!({
                "type": "string",
                "format": "date",
                "minLength": 10,
                "maxLength": 10,
                "pattern": VALID_DATE,
            });
            let mut bounds = Vec::new();
            let mut today = Vec::new();
            for (b, at_least) in [(min, true), (max, false)] {
                match b {
                    Some(DateBound::Fixed(d)) => {
                        bounds.push(json!({ "pattern": bound_pattern(*d, at_least) }))
                    }
                    Some(DateBound::Today) => today.push(if at_least {
                        "not before the day of validation"
                    } else {
                        "not after the day of validation"
                    }),
                    None => {}
                }
            }
            if !bounds.is_empty() {
                m["allOf"] = Value::Array(bounds);
            }
            if !today.is_empty() {
                m["$comment"] = json!(format!(
                    "Also {} (checked by arvio, not by this schema).",
                    today.join(" and ")
                ));
            }
            m
        }
        QuestionKind::Group { .. } | QuestionKind::Info => json!(false),
        _ => json!(false),
    }
}

/// A bound as JSON: whole numbers as integers.
fn num(n: f64) -> Value {
    if n.fract() == 0.0 && n.abs() < 9.0e15 {
        json!(n as i64)
    } else {
        json!(n)
    }
}
