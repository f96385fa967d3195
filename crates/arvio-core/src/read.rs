//! Validating a response straight from its JSON bytes, in one pass.
//!
//! [`validate_json`] reads the JSON guided by the form: each answer is typed by its question
//! while it is parsed ([`mod@crate::validate`]'s reading step), strings are borrowed from the input
//! where they hold no escapes, and no intermediate [`serde_json::Value`] or map of answers is
//! built. The answers as read then go through the same judging step as
//! [`crate::validate_part`] (conditions, "required", groups' rows), so the outcome is the
//! same as [`Response::from_slice`] followed by [`crate::validate_part`]: the same errors in
//! the same order, the same typed answers, the same parse errors.
//!
//! Anything this reader does not take on its fast path (a syntax error, a key given twice, a
//! missing or unknown field, a response written as a JSON array) is read again by
//! [`Response::from_slice`], which gives the parse error (or, for the rare response the fast
//! path declines but the full reader takes, the validation).

use crate::model::{Form, Part, Question, QuestionKind};
use crate::response::strict::ValueSeed;
use crate::response::{AnswerPath, Response, ResponseParseError, Status};
use crate::validate::{
    Heading, Read, ReadRow, Slots, Validation, judge, read_bool, read_codes, read_number,
    read_rows, read_str, slot_of, slot_offsets, validate_part, wrong_type,
};
use chrono::NaiveDate;
use serde::de::{self, DeserializeSeed, MapAccess, SeqAccess, Visitor};
use std::borrow::Cow;
use std::fmt;

/// A response read and validated from its JSON: its fields and the [`Validation`] of its
/// answers. Made by [`validate_json`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ValidatedResponse {
    /// Id of the form the response says it answers.
    pub form: String,
    /// Version of the form the response says it answers.
    pub form_version: String,
    /// Language tag the response was filled in.
    pub language: String,
    /// Draft or submitted.
    pub status: Status,
    /// Every error, and the valid answers typed, exactly as [`crate::validate_part`] gives
    /// them for the same response.
    pub validation: Validation,
}

/// Reads a response from JSON bytes and validates it against `form` in one pass (see the
/// [module](self)). The same as [`Response::from_slice`] followed by
/// [`crate::validate_part`], in about the time serde_json takes to parse the text alone.
///
/// ```
/// use arvio_core::{model::Part, score, validate_json};
/// let form = arvio_forms::builtin("family-self-assessment").unwrap();
/// let json = include_str!("../../../examples/responses/family-self-assessment-fi.json");
/// let today = arvio_core::chrono::NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
/// let read = validate_json(&form, json.as_bytes(), today, Part::All).unwrap();
/// assert!(read.validation.is_valid());
/// assert_eq!(read.language, "fi");
/// let report = score(&form, &read.validation.answers);
/// assert!(report.get("routines").unwrap().value.is_some());
///
/// // Malformed JSON is a parse error with its place, as from `Response::from_slice`.
/// let err = validate_json(&form, b"{\"form\": ", today, Part::All).unwrap_err();
/// assert_eq!(err.to_string(), "line 1, column 9: unexpected end of JSON");
/// ```
pub fn validate_json(
    form: &Form,
    json: &[u8],
    today: NaiveDate,
    part: Part,
) -> Result<ValidatedResponse, ResponseParseError> {
    let offsets = slot_offsets(form);
    let top = TopSeed {
        form,
        offsets: &offsets,
        today,
    };
    // The UTF-8 checked once for the whole text (serde_json reading bytes checks each string
    // on its own, which costs more); text that is not UTF-8 goes to the full reader's error.
    let fast = match std::str::from_utf8(json) {
        Ok(text) => {
            let mut de = serde_json::Deserializer::from_str(text);
            top.deserialize(&mut de).and_then(|t| de.end().map(|()| t))
        }
        Err(_) => Err(decline()),
    };
    match fast {
        Ok(t) => {
            let validation = if t.form != form.id {
                Validation::wrong_form(form)
            } else {
                judge(
                    form,
                    &Heading {
                        form_version: &t.form_version,
                        status: t.status,
                    },
                    t.slots,
                    t.unknown,
                    part,
                )
            };
            Ok(ValidatedResponse {
                form: t.form.into_owned(),
                form_version: t.form_version.into_owned(),
                language: t.language.into_owned(),
                status: t.status,
                validation,
            })
        }
        Err(_) => {
            let response = Response::from_slice(json)?;
            let validation = validate_part(form, &response, today, part);
            Ok(ValidatedResponse {
                form: response.form,
                form_version: response.form_version,
                language: response.language,
                status: response.status,
                validation,
            })
        }
    }
}

/// The fast path's refusal: the full reader decides.
fn decline<E: de::Error>() -> E {
    E::custom("read again by the full reader")
}

/// A string, borrowed from the input when it holds no escapes.
struct Text;

impl<'de> DeserializeSeed<'de> for Text {
    type Value = Cow<'de, str>;
    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_str(self)
    }
}

impl<'de> Visitor<'de> for Text {
    type Value = Cow<'de, str>;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a string")
    }
    fn visit_borrowed_str<E>(self, v: &'de str) -> Result<Self::Value, E> {
        Ok(Cow::Borrowed(v))
    }
    fn visit_str<E>(self, v: &str) -> Result<Self::Value, E> {
        Ok(Cow::Owned(v.to_owned()))
    }
    fn visit_string<E>(self, v: String) -> Result<Self::Value, E> {
        Ok(Cow::Owned(v))
    }
}

/// The response as read by the fast path.
struct Top<'de> {
    form: Cow<'de, str>,
    form_version: Cow<'de, str>,
    language: Cow<'de, str>,
    status: Status,
    slots: Slots,
    unknown: Vec<AnswerPath>,
}

struct TopSeed<'f> {
    form: &'f Form,
    offsets: &'f [usize],
    today: NaiveDate,
}

impl<'de> DeserializeSeed<'de> for TopSeed<'_> {
    type Value = Top<'de>;
    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_map(self)
    }
}

impl<'de> Visitor<'de> for TopSeed<'_> {
    type Value = Top<'de>;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a response object")
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let (mut form, mut version, mut language, mut status) = (None, None, None, None);
        let mut answers = None;
        while let Some(key) = map.next_key_seed(Text)? {
            let field = match &*key {
                "form" => &mut form,
                "form_version" => &mut version,
                "language" => &mut language,
                "status" => {
                    if status.is_some() {
                        return Err(decline());
                    }
                    status = Some(match &*map.next_value_seed(Text)? {
                        "draft" => Status::Draft,
                        "submitted" => Status::Submitted,
                        _ => return Err(decline()),
                    });
                    continue;
                }
                "answers" => {
                    if answers.is_some() {
                        return Err(decline());
                    }
                    answers = Some(map.next_value_seed(AnswersSeed {
                        form: self.form,
                        offsets: self.offsets,
                        today: self.today,
                    })?);
                    continue;
                }
                _ => return Err(decline()),
            };
            if field.is_some() {
                return Err(decline());
            }
            *field = Some(map.next_value_seed(Text)?);
        }
        let (Some(form), Some(form_version), Some(language), Some(status)) =
            (form, version, language, status)
        else {
            return Err(decline());
        };
        let (slots, unknown) = answers.unwrap_or_else(|| (Slots::new(self.form), Vec::new()));
        Ok(Top {
            form,
            form_version,
            language,
            status,
            slots,
            unknown,
        })
    }
}

/// `answers`: each answer read into its question's slot.
struct AnswersSeed<'f> {
    form: &'f Form,
    offsets: &'f [usize],
    today: NaiveDate,
}

impl<'de> DeserializeSeed<'de> for AnswersSeed<'_> {
    type Value = (Slots, Vec<AnswerPath>);
    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_map(self)
    }
}

impl<'de> Visitor<'de> for AnswersSeed<'_> {
    type Value = (Slots, Vec<AnswerPath>);
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an object of answers by question id")
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let mut slots = Slots::new(self.form);
        let mut unknown: Vec<Cow<'de, str>> = Vec::new();
        while let Some(key) = map.next_key_seed(Text)? {
            match slot_of(self.form, self.offsets, &key) {
                Some((slot, q)) => {
                    if !matches!(slots.0[slot], Read::Missing) {
                        return Err(decline());
                    }
                    slots.0[slot] = map.next_value_seed(AnswerSeed {
                        q,
                        today: self.today,
                    })?;
                }
                None => {
                    if unknown.contains(&key) {
                        return Err(decline());
                    }
                    map.next_value_seed(ValueSeed(None))?;
                    unknown.push(key);
                }
            }
        }
        let known = self
            .form
            .questions()
            .map(|(_, q)| q)
            .zip(&slots.0)
            .filter(|(_, read)| !matches!(read, Read::Missing))
            .map(|(q, _)| q.id.as_str());
        let unknown = unknown_paths(unknown, known);
        Ok((slots, unknown))
    }
}

/// The paths of keys that take no answer, in key order, as [`AnswerPath::unknown_key`] names
/// them among all the object's keys (`known`: the others).
fn unknown_paths<'a>(
    mut unknown: Vec<Cow<'_, str>>,
    known: impl Iterator<Item = &'a str>,
) -> Vec<AnswerPath> {
    if unknown.is_empty() {
        return Vec::new();
    }
    unknown.sort_unstable();
    // Every key of the object, sorted, as a map of the parsed object would hold them: a key
    // that is not shaped like an id is named by its position among them.
    let mut all: Vec<(String, ())> = known
        .map(str::to_owned)
        .chain(unknown.iter().map(|k| k.to_string()))
        .map(|k| (k, ()))
        .collect();
    all.sort_unstable();
    unknown
        .iter()
        .map(|k| AnswerPath::unknown_key(k, all.iter().map(|(k, v)| (k, v))))
        .collect()
}

/// One answer, read for its question.
struct AnswerSeed<'f> {
    q: &'f Question,
    today: NaiveDate,
}

impl<'de> DeserializeSeed<'de> for AnswerSeed<'_> {
    type Value = Read;
    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<Read, D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for AnswerSeed<'_> {
    type Value = Read;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an answer")
    }
    fn visit_unit<E>(self) -> Result<Read, E> {
        Ok(Read::Blank)
    }
    fn visit_none<E>(self) -> Result<Read, E> {
        Ok(Read::Blank)
    }
    fn visit_bool<E>(self, v: bool) -> Result<Read, E> {
        Ok(read_bool(self.q, v))
    }
    fn visit_i64<E>(self, v: i64) -> Result<Read, E> {
        Ok(read_number(self.q, v as f64))
    }
    fn visit_u64<E>(self, v: u64) -> Result<Read, E> {
        Ok(read_number(self.q, v as f64))
    }
    fn visit_f64<E>(self, v: f64) -> Result<Read, E> {
        Ok(read_number(self.q, v))
    }
    fn visit_borrowed_str<E>(self, v: &'de str) -> Result<Read, E> {
        Ok(self.text(Cow::Borrowed(v)))
    }
    fn visit_str<E>(self, v: &str) -> Result<Read, E> {
        Ok(self.text(Cow::Borrowed(v)))
    }
    fn visit_string<E>(self, v: String) -> Result<Read, E> {
        Ok(self.text(Cow::Owned(v)))
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Read, A::Error> {
        let q = self.q;
        match &q.kind {
            QuestionKind::MultipleChoice { .. } => {
                let mut codes = Vec::new();
                let mut all_text = true;
                while let Some(code) = seq.next_element_seed(Code)? {
                    match code {
                        Some(c) if all_text => codes.push(c),
                        _ => all_text = false,
                    }
                }
                Ok(match (all_text, codes.is_empty()) {
                    (true, true) => Read::Blank,
                    (true, false) => read_codes(q, codes),
                    (false, _) => wrong_type(q),
                })
            }
            QuestionKind::Group { questions, .. } => {
                let mut rows = Vec::new();
                while let Some(row) = seq.next_element_seed(RowSeed {
                    subs: questions,
                    today: self.today,
                })? {
                    rows.push(row);
                }
                Ok(match rows.is_empty() {
                    true => Read::Blank,
                    false => read_rows(q, rows),
                })
            }
            _ => {
                let mut empty = true;
                while seq.next_element_seed(ValueSeed(None))?.is_some() {
                    empty = false;
                }
                Ok(match empty {
                    true => Read::Blank,
                    false => wrong_type(q),
                })
            }
        }
    }
    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Read, A::Error> {
        ValueSeed(None).visit_map(map)?;
        Ok(wrong_type(self.q))
    }
}

impl AnswerSeed<'_> {
    /// A string: blank, or read for the question (which, like every `read_*`, gives an
    /// information block's answer its one error).
    fn text(&self, s: Cow<'_, str>) -> Read {
        if s.trim().is_empty() {
            Read::Blank
        } else {
            read_str(self.q, s, self.today)
        }
    }
}

/// An item of a multiple choice: `Some` for a string, `None` for any other value (read and
/// checked for repeated keys all the same).
struct Code;

impl<'de> DeserializeSeed<'de> for Code {
    type Value = Option<Cow<'de, str>>;
    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Code {
    type Value = Option<Cow<'de, str>>;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an option code")
    }
    fn visit_borrowed_str<E>(self, v: &'de str) -> Result<Self::Value, E> {
        Ok(Some(Cow::Borrowed(v)))
    }
    fn visit_str<E>(self, v: &str) -> Result<Self::Value, E> {
        Ok(Some(Cow::Owned(v.to_owned())))
    }
    fn visit_string<E>(self, v: String) -> Result<Self::Value, E> {
        Ok(Some(Cow::Owned(v)))
    }
    fn visit_unit<E>(self) -> Result<Self::Value, E> {
        Ok(None)
    }
    fn visit_bool<E>(self, _: bool) -> Result<Self::Value, E> {
        Ok(None)
    }
    fn visit_i64<E>(self, _: i64) -> Result<Self::Value, E> {
        Ok(None)
    }
    fn visit_u64<E>(self, _: u64) -> Result<Self::Value, E> {
        Ok(None)
    }
    fn visit_f64<E>(self, _: f64) -> Result<Self::Value, E> {
        Ok(None)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<Self::Value, A::Error> {
        ValueSeed(None).visit_seq(seq).map(|_| None)
    }
    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Self::Value, A::Error> {
        ValueSeed(None).visit_map(map).map(|_| None)
    }
}

/// A row of a group: each sub-question's answer read into its slot.
struct RowSeed<'f> {
    subs: &'f [Question],
    today: NaiveDate,
}

impl<'de> DeserializeSeed<'de> for RowSeed<'_> {
    type Value = ReadRow;
    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<ReadRow, D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for RowSeed<'_> {
    type Value = ReadRow;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a row object")
    }
    fn visit_unit<E>(self) -> Result<ReadRow, E> {
        Ok(ReadRow::NotObject)
    }
    fn visit_bool<E>(self, _: bool) -> Result<ReadRow, E> {
        Ok(ReadRow::NotObject)
    }
    fn visit_i64<E>(self, _: i64) -> Result<ReadRow, E> {
        Ok(ReadRow::NotObject)
    }
    fn visit_u64<E>(self, _: u64) -> Result<ReadRow, E> {
        Ok(ReadRow::NotObject)
    }
    fn visit_f64<E>(self, _: f64) -> Result<ReadRow, E> {
        Ok(ReadRow::NotObject)
    }
    fn visit_str<E>(self, _: &str) -> Result<ReadRow, E> {
        Ok(ReadRow::NotObject)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<ReadRow, A::Error> {
        ValueSeed(None).visit_seq(seq)?;
        Ok(ReadRow::NotObject)
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<ReadRow, A::Error> {
        let mut subs = Vec::with_capacity(self.subs.len());
        subs.resize_with(self.subs.len(), || Read::Missing);
        let mut unknown: Vec<Cow<'de, str>> = Vec::new();
        while let Some(key) = map.next_key_seed(Text)? {
            match self.subs.iter().position(|s| s.id == *key) {
                Some(i) => {
                    if !matches!(subs[i], Read::Missing) {
                        return Err(decline());
                    }
                    let sub = &self.subs[i];
                    subs[i] = map.next_value_seed(AnswerSeed {
                        q: sub,
                        today: self.today,
                    })?;
                    if !sub.takes_answer() {
                        unknown.push(key);
                    }
                }
                None => {
                    if unknown.contains(&key) {
                        return Err(decline());
                    }
                    map.next_value_seed(ValueSeed(None))?;
                    unknown.push(key);
                }
            }
        }
        let known = self
            .subs
            .iter()
            .zip(&subs)
            .filter(|(s, read)| s.takes_answer() && !matches!(read, Read::Missing))
            .map(|(s, _)| s.id.as_str());
        let unknown = unknown_paths(unknown, known);
        Ok(ReadRow::Object { subs, unknown })
    }
}
