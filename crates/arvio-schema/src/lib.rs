//! # arvio-schema
//!
//! JSON Schema (draft 2020-12) for arvio: the schema of one form's **responses**
//! ([`response_schema`], also as the renderer [`SchemaRenderer`]) and the schema of the
//! **form-file format** ([`definition_schema`], committed as `forms/form.schema.json`).
//!
//! Other systems (a web form, an integration that stores responses) can check a response
//! without Rust: a response valid under the schema is valid for `arvio_core::validate`, and the
//! other way round, except for the few rules listed below. Every generated schema is valid
//! under the draft 2020-12 meta-schema (checked for each built-in form in fi, sv and en, and
//! for the definition schema, in `tests/schemas.rs`).
//!
//! The schemas also suit ajv, the validator of most JavaScript form tools (`tests/ajv.rs`, with
//! `tests/browser/ajv-check.mjs`): the response schema of every embedded form version compiles
//! in ajv's strict mode (`ajv/dist/2020`, `strict: true`, `ajv-formats`, no
//! `allowUnionTypes`), the definition schema with ajv's defaults and in strict mode, and ajv
//! gives `arvio_core::validate`'s verdict on the differential test's responses. So every
//! keyword that applies to one JSON type stands beside a `type` (for a group's answer, which
//! may also be `null` or a blank string, as `if: {type: array}`/`then`), there are no union
//! types, and the only format is the standard `date`.
//!
//! ```
//! use arvio_core::render::{IdTexts, Output, RenderContext, Renderer};
//! use arvio_schema::{SchemaRenderer, response_schema};
//!
//! let form = arvio_forms::builtin("family-self-assessment").unwrap();
//! let schema = response_schema(&form, &IdTexts);
//! assert_eq!(schema["$id"], "urn:arvio:form:family-self-assessment:1.2.0");
//! assert_eq!(schema["properties"]["form"]["const"], "family-self-assessment");
//! let phase = &schema["$defs"]["answers"]["properties"]["phase"];
//! assert_eq!(phase["title"], "fsa-phase");
//!
//! // The same document through the renderer trait, as pretty JSON.
//! let Output::Text(json) = SchemaRenderer.render(&RenderContext::blank(&form, &IdTexts)).unwrap()
//! else { unreachable!() };
//! assert_eq!(serde_json::from_str::<serde_json::Value>(&json).unwrap(), schema);
//! ```
//!
//! ## What the response schema says
//!
//! - The top level: `form` and `form_version` are constants, `status` is `draft` or
//!   `submitted`, `language` a string, `answers` an object; nothing else is allowed.
//! - `answers` has one property per question (information blocks take none), with the title
//!   and help of the question in the chosen language, and no other keys. Each is either
//!   *unanswered* (`$defs/unanswered`: `null`, a string of whitespace only, or `[]`, which
//!   the core reads as no answer) or a value of the question's domain: an option code
//!   (`enum`); a list of distinct codes with `minItems`/`maxItems`; a scale point
//!   (`integer`, `minimum`..`maximum`) or `"na"` when offered; a number (`integer` or
//!   `number`, with bounds); `true`/`false`; a string with `maxLength` (in characters, as
//!   the core counts) and a `pattern` excluding the characters no answer may hold
//!   (`arvio_core::chars`: controls other than TAB and LF, bidi controls, U+2028/U+2029);
//!   a date; or a list of row objects (`maxItems`, no unknown keys).
//! - Dates are checked by `pattern` (a valid calendar date `YYYY-MM-DD`, leap years
//!   included) with `minLength`/`maxLength` 10; `format: "date"` is kept as an annotation
//!   only, since draft 2020-12 validators do not assert formats by default. Fixed date
//!   bounds (`min = "2020-01-01"`) are patterns too.
//! - Conditions become `if`/`then`/`else`: a question that does not apply must be
//!   unanswered. `equals`, `one_of`, `gt`/`gte`/`lt`/`lte`, `answered`, `all`, `any` and
//!   `not` all have exact translations. In a group row, a test on a sibling sub-question is
//!   a rule on each row; a row condition that also tests top-level answers is split by the
//!   truth values of those tests.
//! - When `status` is `submitted` (`$defs/submitted`): questions required unconditionally are
//!   in `required` and must be answered; conditionally required ones are `if`/`then`; groups
//!   need `min_rows` rows when answered. Drafts need nothing.
//!
//! ## What it cannot say
//!
//! Differences from `arvio_core::validate`, each shown by a test in `tests/limits.rs`:
//!
//! 1. **Date bounds relative to today** (`max = "today"`): a schema is a fixed document and
//!    cannot know the day of validation, so it accepts future dates the core rejects. The
//!    date property carries a `$comment` saying so.
//! 2. **`answers` is required** by the schema, as the response contract says; the core reads
//!    a response without `answers` as one with no answers.
//! 3. **A top-level field repeated in the JSON text** (`"language"` twice): the core refuses
//!    the text, while a schema validates already parsed JSON, in which the parser has kept
//!    one of the values (serde_json and Python's `json` keep the last). A key repeated inside
//!    `answers` is not a difference: the core keeps the last value as well.
//!
//! Not differences, though they may look like ones (`look_alikes_agree` in the same file):
//! blank strings and empty lists count as unanswered in both (spelled out as a pattern over
//! the Unicode `White_Space` characters that Rust's `trim` removes, not `\s`, which differs
//! between regex engines); a whole number written with a zero fraction (`3.0`) is a scale
//! point or an integer in both; and the core's three-valued conditions (a condition on an
//! invalid answer is *unknown*) only change which errors the core reports, never whether a
//! response is valid: an unknown condition needs an invalid answer, which makes the response
//! invalid under both.

mod dates;
mod definition;
mod pred;
mod response;

use arvio_core::render::{Output, RenderContext, RenderError, RenderKind, Renderer};

pub use definition::{DEFINITION_ID, definition_schema};
pub use response::{DIALECT, response_schema, schema_id};

/// Renders a form's response schema as pretty JSON (renderer name `schema`).
///
/// Only [`RenderKind::Form`] is supported; a response in the context (a refilled form) is
/// ignored, since the schema describes every response. A summary is
/// [`RenderError::Unsupported`].
#[derive(Debug, Clone, Copy, Default)]
pub struct SchemaRenderer;

impl Renderer for SchemaRenderer {
    fn name(&self) -> &str {
        "schema"
    }

    fn render(&self, cx: &RenderContext<'_>) -> Result<Output, RenderError> {
        match cx.kind {
            RenderKind::Form => {
                let schema = response_schema(cx.form, cx.texts);
                serde_json::to_string_pretty(&schema)
                    .map(|mut s| {
                        s.push('\n');
                        Output::Text(s)
                    })
                    .map_err(|e| RenderError::Failed {
                        renderer: "schema".into(),
                        message: e.to_string(),
                    })
            }
            _ => Err(RenderError::Unsupported {
                renderer: "schema".into(),
                what: "a summary",
            }),
        }
    }
}
