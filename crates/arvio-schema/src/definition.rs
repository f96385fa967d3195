//! The schema of the form-file format.
//!
//! The shape comes from the serde types `arvio-core` reads form files into (derived with
//! schemars behind its `schema` feature), so a field added there appears here. This module
//! adds what the types cannot say: ids and kinds as patterns and enums, the types of `min` and
//! `max`, descriptions, and no `null` (TOML has none).
//!
//! It also keeps the schema loadable by ajv with its default options and in its strict mode
//! (`tests/ajv.rs`), whatever schemars writes: schemars' `format`s (`uint32`, `double`, ...)
//! are not draft 2020-12 formats, and ajv refuses a format it does not know (with its defaults
//! it knows none). So an integer format becomes the `minimum`/`maximum` of its Rust type (the
//! range the form loader accepts anyway: `max_rows = 5000000000` fails to load as a `u32`) and
//! every other format is dropped (formats are annotations in draft 2020-12, so no verdict of a
//! validator that follows the draft's defaults changes). A union type (`"type": [...]`, which
//! strict ajv refuses without `allowUnionTypes`) becomes an `anyOf` of single types, each with
//! the keywords that apply to it.

use serde_json::{Map, Value, json};

/// The `$id` of the form-definition schema.
pub const DEFINITION_ID: &str = "urn:arvio:form-definition:1";

const SNAKE: &str = "^[a-z][a-z0-9_]*$";
const MESSAGE: &str = "^[A-Za-z][A-Za-z0-9_-]*$";

/// Builds the JSON Schema (draft 2020-12) of form files (`forms/*.toml`, read as JSON).
/// Committed as `forms/form.schema.json` for editors (taplo picks it up from the
/// `#:schema` line in each form file). A test keeps the file in sync; after a change to the
/// form types or to this function, regenerate it with
/// `UPDATE_SCHEMA=1 cargo test -p arvio-schema --test schemas`.
pub fn definition_schema() -> Value {
    let mut s = arvio_core::load::form_definition_schema();
    strip_null(&mut s);
    let Value::Object(root) = &mut s else {
        return s;
    };
    root.insert("$id".into(), json!(DEFINITION_ID));
    root.insert("title".into(), json!("arvio form definition"));
    root.insert(
        "description".into(),
        json!("An arvio assessment form: sections of questions, conditions and scores. Texts are Fluent message ids; the wording lives in locales/<lang>/<form>.ftl. `arvio lint` checks what this schema cannot (references, bands, messages)."),
    );
    refine(
        root,
        &[
            (
                "id",
                json!({"pattern": "^[a-z][a-z0-9]*(-[a-z0-9]+)*$", "description": "Stable kebab-case form id, e.g. family-self-assessment."}),
            ),
            (
                "version",
                json!({"pattern": r"^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$", "description": "Semantic version of the form (responses name it)."}),
            ),
            ("title", message("Title of the form.")),
            (
                "description",
                message("Introduction shown before the first section."),
            ),
            (
                "sections",
                json!({"description": "Sections in display order."}),
            ),
            (
                "scores",
                json!({"description": "Named scores computed from answers."}),
            ),
            (
                "record",
                json!({"description": "The questions that say who made the assessment, when and with whom: shown at the top of every summary, in both copies."}),
            ),
        ],
    );
    let Some(Value::Object(defs)) = root.get_mut("$defs") else {
        return s;
    };
    let condition_value = json!({"type": ["string", "boolean", "number"]});
    let mut edit = |name: &str, fields: &[(&str, Value)], description: &str| {
        if let Some(Value::Object(d)) = defs.get_mut(name) {
            d.insert("description".into(), json!(description));
            refine(d, fields);
        }
    };
    edit(
        "Record",
        &[
            (
                "assessor",
                json!({"items": {"pattern": SNAKE}, "description": "Questions naming the assessor (name, title, unit), in order."}),
            ),
            (
                "date",
                json!({"pattern": SNAKE, "description": "The date question of the assessment."}),
            ),
            (
                "participants",
                json!({"pattern": SNAKE, "description": "The question listing the people who took part."}),
            ),
        ],
        "Who made the assessment, when and with whom (question ids).",
    );
    edit(
        "Section",
        &[
            (
                "id",
                json!({"pattern": SNAKE, "description": "snake_case id, unique in the form."}),
            ),
            ("title", message("Heading.")),
            ("help", message("Explanation under the heading.")),
            (
                "audience",
                json!({"enum": ["family", "child", "worker"], "description": "Who answers the section's questions (default family); a question may say otherwise."}),
            ),
            (
                "applies_if",
                json!({"description": "The section applies only if this holds."}),
            ),
            (
                "questions",
                json!({"description": "Questions in display order."}),
            ),
        ],
        "A titled group of questions.",
    );
    edit(
        "Question",
        &[
            (
                "id",
                json!({"pattern": SNAKE, "description": "snake_case id: the key of the answer in responses."}),
            ),
            (
                "kind",
                json!({"enum": ["single_choice", "multiple_choice", "scale", "yes_no", "short_text", "long_text", "number", "date", "group", "info"], "description": "What kind of answer the question takes."}),
            ),
            ("label", message("Question text.")),
            ("help", message("Help shown with the question.")),
            (
                "required",
                json!({"description": "An answer is required when the question applies."}),
            ),
            (
                "required_if",
                json!({"description": "An answer is required when this holds (instead of `required`)."}),
            ),
            (
                "applies_if",
                json!({"description": "The question applies only if this holds; answering one that does not apply is an error."}),
            ),
            (
                "audience",
                json!({"enum": ["family", "child", "worker"], "description": "Who answers: the family (the person or people the form is about), a child in their own words, or the worker. Default: the section's audience."}),
            ),
            (
                "private",
                json!({"description": "The answer is for the worker only, wherever it was given: a family's copy never shows it, nor that it exists."}),
            ),
            (
                "options",
                json!({"description": "Options of a choice question, in display order."}),
            ),
            (
                "min",
                json!({"type": ["number", "string"], "description": "Scale: lowest point. Number: smallest value. Multiple choice: fewest selections. Date: earliest date, YYYY-MM-DD or \"today\"."}),
            ),
            (
                "max",
                json!({"type": ["number", "string"], "description": "Scale: highest point. Number: largest value. Multiple choice: most selections. Date: latest date, YYYY-MM-DD or \"today\"."}),
            ),
            ("min_label", message("Scale: label at the lowest point.")),
            ("max_label", message("Scale: label at the highest point.")),
            (
                "point_labels",
                json!({"items": {"pattern": MESSAGE}, "description": "Scale: a label for every point, lowest first."}),
            ),
            (
                "not_applicable",
                message("Scale: offers \"not applicable\" (answer \"na\") with this label."),
            ),
            (
                "max_length",
                json!({"minimum": 1, "description": "Text: maximum length in characters (200 short, 5000 long by default)."}),
            ),
            (
                "integer",
                json!({"description": "Number: only whole numbers."}),
            ),
            ("unit", message("Number: unit shown with the value.")),
            (
                "questions",
                json!({"description": "Group: the sub-questions of each row."}),
            ),
            (
                "min_rows",
                json!({"description": "Group: fewest rows in a submitted response (when answered)."}),
            ),
            (
                "max_rows",
                json!({"minimum": 1, "description": "Group: most rows (default 50)."}),
            ),
        ],
        "One question, or an information block (kind info).",
    );
    edit(
        "ChoiceOption",
        &[
            (
                "code",
                json!({"pattern": "^[a-z0-9_-]+$", "description": "Stable code stored in responses."}),
            ),
            ("label", message("Option text.")),
            (
                "points",
                json!({"description": "Points for scoring: on every option or on none."}),
            ),
        ],
        "An option of a choice question.",
    );
    edit(
        "Condition",
        &[
            ("question", json!({"pattern": SNAKE, "description": "The earlier question tested (in a group: an earlier sub-question or top-level question)."})),
            ("equals", json!({"description": "Its answer equals this (multiple choice: contains the code)."}).merged(&condition_value)),
            ("one_of", json!({"items": condition_value, "minItems": 1, "description": "Its answer equals one of these."})),
            ("gt", json!({"description": "Number or scale answer greater than this."})),
            ("gte", json!({"description": "Number or scale answer at least this."})),
            ("lt", json!({"description": "Number or scale answer less than this."})),
            ("lte", json!({"description": "Number or scale answer at most this."})),
            ("answered", json!({"description": "The question has (true) or lacks (false) an answer."})),
            ("all", json!({"minItems": 1, "description": "All of these hold."})),
            ("any", json!({"minItems": 1, "description": "At least one of these holds."})),
            ("not", json!({"description": "This does not hold."})),
        ],
        "Exactly one of: a test { question, <one test> }, { all }, { any }, { not }.",
    );
    edit(
        "Score",
        &[
            (
                "id",
                json!({"pattern": SNAKE, "description": "snake_case id, unique among scores."}),
            ),
            ("label", message("Name of the score.")),
            (
                "method",
                json!({"enum": ["sum", "mean", "count"], "description": "How items combine."}),
            ),
            (
                "items",
                json!({"items": {"pattern": SNAKE}, "minItems": 1, "description": "Item question ids."}),
            ),
            (
                "reverse",
                json!({"items": {"pattern": SNAKE}, "description": "Items whose points are reversed."}),
            ),
            (
                "count_if",
                json!({"description": "Method count: the test each counted item passes (without `question`)."}),
            ),
            (
                "max_missing",
                json!({"description": "Unanswered items tolerated before the score is incomplete."}),
            ),
            (
                "bands",
                json!({"description": "Interpretation bands covering the score's range, ascending."}),
            ),
            (
                "overrides",
                json!({"description": "Rules choosing a band whatever the value, in order."}),
            ),
        ],
        "A named score.",
    );
    edit(
        "Band",
        &[
            ("code", json!({"description": "Stable band code."})),
            ("label", message("Interpretation text.")),
            ("from", json!({"description": "Inclusive lower bound."})),
            (
                "to",
                json!({"description": "Exclusive upper bound (inclusive for the last band)."}),
            ),
        ],
        "An interpretation band: from <= value < to.",
    );
    edit(
        "BandOverride",
        &[
            ("when", json!({"description": "Condition over answers."})),
            ("band", json!({"description": "Band code chosen."})),
            (
                "label",
                message("Text of the band, when it is not one of the range bands."),
            ),
        ],
        "A rule choosing a band regardless of the value.",
    );
    portable(&mut s);
    s
}

fn message(description: &str) -> Value {
    json!({"pattern": MESSAGE, "description": format!("{description} (Fluent message id)")})
}

trait Merged {
    fn merged(self, other: &Value) -> Value;
}

impl Merged for Value {
    fn merged(mut self, other: &Value) -> Value {
        if let (Value::Object(a), Value::Object(b)) = (&mut self, other) {
            for (k, v) in b {
                a.insert(k.clone(), v.clone());
            }
        }
        self
    }
}

/// Merges keywords into the named property schemas of an object schema.
fn refine(schema: &mut Map<String, Value>, fields: &[(&str, Value)]) {
    let Some(Value::Object(props)) = schema.get_mut("properties") else {
        return;
    };
    for (name, extra) in fields {
        let Some(p) = props.get_mut(*name) else {
            continue;
        };
        if *p == Value::Bool(true) {
            *p = json!({});
        }
        let Value::Object(p) = p else {
            continue;
        };
        if let Value::Object(extra) = extra {
            merge(p, extra);
        }
    }
}

/// Merges keywords into a schema: a subschema into the generated subschema (`items` keeps its
/// `type`), anything else replacing the generated value. A new `type` replaces the generated
/// one (`min`/`max` are free-form in the types; `equals` is any TOML value).
fn merge(into: &mut Map<String, Value>, extra: &Map<String, Value>) {
    for (k, v) in extra {
        match (into.get_mut(k), v) {
            (Some(Value::Object(old)), Value::Object(new)) => merge(old, new),
            _ => {
                into.insert(k.clone(), v.clone());
            }
        }
    }
}

/// Keywords that apply to one JSON type only (ajv's `strictTypes` wants a `type` beside them).
fn keyword_type(keyword: &str) -> Option<&'static str> {
    Some(match keyword {
        "minimum" | "maximum" | "exclusiveMinimum" | "exclusiveMaximum" | "multipleOf" => "number",
        "minLength" | "maxLength" | "pattern" | "format" | "contentEncoding"
        | "contentMediaType" | "contentSchema" => "string",
        "items" | "prefixItems" | "contains" | "minContains" | "maxContains" | "minItems"
        | "maxItems" | "uniqueItems" | "unevaluatedItems" => "array",
        "properties"
        | "patternProperties"
        | "additionalProperties"
        | "propertyNames"
        | "required"
        | "minProperties"
        | "maxProperties"
        | "dependentRequired"
        | "dependentSchemas"
        | "unevaluatedProperties" => "object",
        _ => return None,
    })
}

/// Keywords whose value is one subschema.
const SUBSCHEMA: &[&str] = &[
    "items",
    "contains",
    "additionalProperties",
    "propertyNames",
    "unevaluatedItems",
    "unevaluatedProperties",
    "contentSchema",
    "not",
    "if",
    "then",
    "else",
];
/// Keywords whose value is a list of subschemas.
const SUBSCHEMA_LIST: &[&str] = &["allOf", "anyOf", "oneOf", "prefixItems"];
/// Keywords whose value maps names to subschemas.
const SUBSCHEMA_MAP: &[&str] = &[
    "$defs",
    "definitions",
    "properties",
    "patternProperties",
    "dependentSchemas",
];

/// Makes a schema loadable by ajv's defaults and strict mode (see the module documentation):
/// integer formats to bounds, other formats dropped, union types to `anyOf`. Walks subschemas
/// only, so a `default` or `enum` value is left alone.
fn portable(schema: &mut Value) {
    let Value::Object(m) = schema else {
        return;
    };
    if let Some(Value::String(format)) = m.get("format") {
        let bounds = integer_bounds(format);
        m.remove("format");
        if let Some((lo, hi)) = bounds {
            tighten(m, "minimum", lo, |new, old| new > old);
            if let Some(hi) = hi {
                tighten(m, "maximum", hi, |new, old| new < old);
            }
        }
    }
    split_union(m);
    for (k, v) in m.iter_mut() {
        let k = k.as_str();
        if SUBSCHEMA.contains(&k) {
            portable(v);
        } else if SUBSCHEMA_LIST.contains(&k) {
            if let Value::Array(a) = v {
                a.iter_mut().for_each(portable);
            }
        } else if SUBSCHEMA_MAP.contains(&k)
            && let Value::Object(named) = v
        {
            named.values_mut().for_each(portable);
        }
    }
}

/// The range of the Rust integer type a schemars integer `format` names (`None` for other
/// formats). `uint128` gets only its minimum, as a JSON number cannot spell its maximum
/// exactly, and `int128` nothing.
fn integer_bounds(format: &str) -> Option<(Value, Option<Value>)> {
    let (lo, hi): (Value, Option<Value>) = match format {
        "int8" => (i8::MIN.into(), Some(i8::MAX.into())),
        "int16" => (i16::MIN.into(), Some(i16::MAX.into())),
        "int32" => (i32::MIN.into(), Some(i32::MAX.into())),
        "int64" | "int" => (i64::MIN.into(), Some(i64::MAX.into())),
        "uint8" => (0.into(), Some(u8::MAX.into())),
        "uint16" => (0.into(), Some(u16::MAX.into())),
        "uint32" => (0.into(), Some(u32::MAX.into())),
        "uint64" | "uint" => (0.into(), Some(u64::MAX.into())),
        "uint128" => (0.into(), None),
        _ => return None,
    };
    Some((lo, hi))
}

/// Sets `keyword` to `bound` unless the schema already has a tighter value.
fn tighten(m: &mut Map<String, Value>, keyword: &str, bound: Value, tighter: fn(f64, f64) -> bool) {
    let keep_old = match (m.get(keyword).and_then(Value::as_f64), bound.as_f64()) {
        (Some(old), Some(new)) => !tighter(new, old),
        _ => false,
    };
    if !keep_old {
        m.insert(keyword.into(), bound);
    }
}

/// `"type": [a, b]` as `anyOf: [{type: a, ...}, {type: b, ...}]`, each branch with the
/// type-specific keywords that apply to its type (`integer` takes the `number` ones).
fn split_union(m: &mut Map<String, Value>) {
    let types: Vec<String> = match m.get("type") {
        Some(Value::Array(types)) if types.len() > 1 => types
            .iter()
            .filter_map(|t| t.as_str().map(str::to_string))
            .collect(),
        _ => return,
    };
    m.remove("type");
    let (moved, kept): (Map<String, Value>, Map<String, Value>) = std::mem::take(m)
        .into_iter()
        .partition(|(k, _)| keyword_type(k).is_some());
    *m = kept;
    let branches: Vec<Value> = types
        .iter()
        .map(|t| {
            let family = if t == "integer" { "number" } else { t.as_str() };
            let mut b: Map<String, Value> = moved
                .iter()
                .filter(|(k, _)| keyword_type(k) == Some(family))
                .map(|(k, v)| (k.clone(), v.clone()))
                .collect();
            b.insert("type".into(), json!(t));
            Value::Object(b)
        })
        .collect();
    if let Some(old) = m.remove("anyOf") {
        let all = m.entry("allOf").or_insert_with(|| json!([]));
        if let Value::Array(all) = all {
            all.push(json!({ "anyOf": old }));
        }
    }
    m.insert("anyOf".into(), Value::Array(branches));
}

/// Removes `null` from the schema: TOML has no null, so `Option` fields are simply optional.
fn strip_null(v: &mut Value) {
    match v {
        Value::Object(m) => {
            if let Some(Value::Array(types)) = m.get_mut("type") {
                types.retain(|t| t != "null");
                if types.len() == 1 {
                    let t = types.remove(0);
                    m.insert("type".into(), t);
                }
            }
            if let Some(Value::Array(any)) = m.get("anyOf") {
                let kept: Vec<Value> = any
                    .iter()
                    .filter(|s| s.get("type").and_then(Value::as_str) != Some("null"))
                    .cloned()
                    .collect();
                if kept.len() == 1 {
                    m.remove("anyOf");
                    if let Some(Value::Object(only)) = kept.into_iter().next() {
                        for (k, v) in only {
                            m.insert(k, v);
                        }
                    }
                } else if kept.len() < any.len() {
                    m.insert("anyOf".into(), Value::Array(kept));
                }
            }
            m.values_mut().for_each(strip_null);
        }
        Value::Array(a) => a.iter_mut().for_each(strip_null),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_become_bounds_or_go() {
        let mut s = json!({
            "type": "object",
            "properties": {
                "rows": { "type": "integer", "format": "uint32", "minimum": 1 },
                "small": { "type": "integer", "format": "int8", "maximum": 100 },
                "ratio": { "type": "number", "format": "double" },
                "day": { "type": "string", "format": "date" },
                "format": { "type": "string", "default": "x" },
            },
            "$defs": {
                "Kept": { "enum": [{ "format": "uint32" }], "default": { "format": "double" } },
            },
        });
        portable(&mut s);
        let p = &s["properties"];
        assert_eq!(
            p["rows"],
            json!({ "type": "integer", "minimum": 1, "maximum": 4_294_967_295_u32 })
        );
        assert_eq!(
            p["small"],
            json!({ "type": "integer", "minimum": -128, "maximum": 100 })
        );
        assert_eq!(p["ratio"], json!({ "type": "number" }));
        assert_eq!(p["day"], json!({ "type": "string" }));
        assert_eq!(p["format"], json!({ "type": "string", "default": "x" }));
        assert_eq!(
            s["$defs"]["Kept"],
            json!({ "enum": [{ "format": "uint32" }], "default": { "format": "double" } })
        );
    }

    #[test]
    fn union_types_become_any_of_with_their_keywords() {
        let mut s = json!({
            "type": ["integer", "string", "array"],
            "minimum": 0,
            "pattern": "^a",
            "items": { "type": ["string", "boolean"] },
            "description": "kept",
            "anyOf": [{ "minimum": 1 }, { "pattern": "^ab" }],
        });
        portable(&mut s);
        assert_eq!(
            s,
            json!({
                "description": "kept",
                "allOf": [{ "anyOf": [{ "minimum": 1 }, { "pattern": "^ab" }] }],
                "anyOf": [
                    { "type": "integer", "minimum": 0 },
                    { "type": "string", "pattern": "^a" },
                    {
                        "type": "array",
                        "items": { "anyOf": [{ "type": "string" }, { "type": "boolean" }] },
                    },
                ],
            })
        );
    }

    #[test]
    fn refinements_merge_into_subschemas() {
        let mut s = json!({
            "properties": { "ids": { "type": "array", "items": { "type": "string" } } },
        });
        let Value::Object(m) = &mut s else {
            unreachable!()
        };
        refine(
            m,
            &[(
                "ids",
                json!({ "items": { "pattern": SNAKE }, "minItems": 1 }),
            )],
        );
        assert_eq!(
            s["properties"]["ids"],
            json!({
                "type": "array",
                "minItems": 1,
                "items": { "type": "string", "pattern": SNAKE },
            })
        );
    }
}
