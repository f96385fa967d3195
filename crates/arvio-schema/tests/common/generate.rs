//! Responses drawn from a form's answer domain, respecting its conditions, and mutations that
//! move one thing out of it.
//!
//! Randomness comes from a vector of `u64`s (proptest's input), read in order and cycled, so
//! shrinking the vector towards zeros gives simpler responses: first options, fewer answers.

use super::today;
use arvio_core::chrono::{Duration, NaiveDate};
use arvio_core::model::{Condition, DateBound, QuestionKind, Required};
use arvio_core::validate::{Answer, test_answer};
use arvio_core::{Form, Question};
use serde_json::{Map, Value, json};
use std::collections::BTreeMap;

/// A source of choices.
pub struct Stream {
    seed: Vec<u64>,
    at: usize,
}

impl Stream {
    /// Reads `seed` in order, cycling (each cycle rotated, so it is not a plain repeat).
    pub fn new(seed: Vec<u64>) -> Self {
        Stream { seed, at: 0 }
    }
    fn next(&mut self) -> u64 {
        if self.seed.is_empty() {
            return 0;
        }
        let n = self.seed.len();
        let v = self.seed[self.at % n].rotate_left(((self.at / n) * 7 % 64) as u32);
        self.at += 1;
        v
    }
    /// A number below `n` (0 when `n` is 0).
    pub fn below(&mut self, n: u64) -> u64 {
        if n == 0 { 0 } else { self.next() % n }
    }
    /// True `num` times in `den`.
    pub fn chance(&mut self, num: u64, den: u64) -> bool {
        self.below(den) >= den - num
    }
    fn pick<'v, T>(&mut self, items: &'v [T]) -> &'v T {
        &items[self.below(items.len() as u64) as usize]
    }
    fn int_in(&mut self, lo: i64, hi: i64) -> i64 {
        if hi <= lo {
            return lo;
        }
        match self.below(8) {
            0 => lo,
            1 => hi,
            _ => lo + self.below((hi - lo) as u64 + 1) as i64,
        }
    }
}

/// Where an answer is.
#[derive(Debug, Clone, PartialEq)]
pub enum Path {
    /// A top-level question.
    Top(String),
    /// A sub-question in a group row.
    Row(String, usize, String),
}

/// A generated response and what the mutations can target.
pub struct Generated {
    /// The response JSON.
    pub response: Value,
    /// Answered (non-blank) places and their questions.
    pub answered: Vec<(Path, Question)>,
    /// Answers that were required (submitted responses).
    pub required: Vec<Path>,
    /// Questions that did not apply (left unanswered).
    pub not_applying: Vec<(Path, Question)>,
    /// Answered groups.
    pub groups: Vec<Question>,
}

type Typed = BTreeMap<String, Answer>;

fn eval(c: &Condition, top: &Typed, row: Option<&Typed>) -> bool {
    match c {
        Condition::All(cs) => cs.iter().all(|c| eval(c, top, row)),
        Condition::Any(cs) => cs.iter().any(|c| eval(c, top, row)),
        Condition::Not(c) => !eval(c, top, row),
        Condition::AnyRow { group, row: cond } => match top.get(group) {
            Some(Answer::Group(rows)) => rows.iter().any(|r| eval(cond, &Typed::new(), Some(r))),
            _ => false,
        },
        Condition::Test { question, test } => {
            let a = row
                .and_then(|r| r.get(question))
                .or_else(|| top.get(question));
            test_answer(test, a)
        }
    }
}

fn is_required(q: &Question, top: &Typed, row: Option<&Typed>) -> bool {
    match &q.required {
        Required::No => false,
        Required::Yes => true,
        Required::If(c) => eval(c, top, row),
    }
}

/// A blank value (no answer), or `None` for leaving the key out.
fn blank(s: &mut Stream) -> Option<Value> {
    match s.below(10) {
        0..=4 => None,
        5 => Some(Value::Null),
        6 => Some(json!("")),
        7 => Some(json!(" \t\n ")),
        8 => Some(json!("\u{3000}\u{85}\u{a0}")),
        _ => Some(json!([])),
    }
}

const TEXT_CHARS: &[char] = &[
    'a', 'e', 'k', 'ä', 'ö', 'å', ' ', ' ', '\n', '\t', '"', '\\', '<', '&', '😀', '€', '1', '-',
    '\u{a0}', 'š',
];

struct Gen<'s> {
    s: &'s mut Stream,
    submitted: bool,
    out: Generated,
}

/// Draws a response of `form` with the given status; every question that applies and is
/// required (when submitted) is answered.
pub fn response(form: &Form, s: &mut Stream, submitted: bool) -> Generated {
    let mut g = Gen {
        s,
        submitted,
        out: Generated {
            response: Value::Null,
            answered: Vec::new(),
            required: Vec::new(),
            not_applying: Vec::new(),
            groups: Vec::new(),
        },
    };
    let mut top = Typed::new();
    let mut answers = Map::new();
    for section in &form.sections {
        let section_applies = section
            .applies_if
            .as_ref()
            .is_none_or(|c| eval(c, &top, None));
        for q in section.questions.iter().filter(|q| q.takes_answer()) {
            let applies =
                section_applies && q.applies_if.as_ref().is_none_or(|c| eval(c, &top, None));
            let required = g.submitted && is_required(q, &top, None);
            let path = Path::Top(q.id.clone());
            if applies && (required || g.s.chance(3, 4)) {
                let (typed, json) = g.value(q, &top);
                answers.insert(q.id.clone(), json);
                top.insert(q.id.clone(), typed);
                if required {
                    g.out.required.push(path.clone());
                }
                if matches!(q.kind, QuestionKind::Group { .. }) {
                    g.out.groups.push(q.clone());
                }
                g.out.answered.push((path, q.clone()));
            } else {
                if !applies {
                    g.out.not_applying.push((path, q.clone()));
                }
                if let Some(b) = blank(g.s) {
                    answers.insert(q.id.clone(), b);
                }
            }
        }
    }
    g.out.response = json!({
        "form": form.id,
        "form_version": form.version.to_string(),
        "language": *g.s.pick(&["fi", "sv", "en"]),
        "status": if submitted { "submitted" } else { "draft" },
        "answers": answers,
    });
    g.out
}

impl Gen<'_> {
    fn value(&mut self, q: &Question, top: &Typed) -> (Answer, Value) {
        let s = &mut *self.s;
        match &q.kind {
            QuestionKind::SingleChoice { options } => {
                let c = s.pick(options).code.clone();
                (Answer::Choice(c.clone()), json!(c))
            }
            QuestionKind::MultipleChoice { options, min, max } => {
                let n = options.len() as i64;
                let lo = i64::from(min.unwrap_or(1).max(1));
                let hi = max.map_or(n, i64::from).min(n);
                let k = s.int_in(lo, hi) as usize;
                let mut idx: Vec<usize> = (0..options.len()).collect();
                for i in 0..k {
                    let j = i + s.below((idx.len() - i) as u64) as usize;
                    idx.swap(i, j);
                }
                let codes: Vec<String> =
                    idx[..k].iter().map(|&i| options[i].code.clone()).collect();
                (Answer::Choices(codes.clone()), json!(codes))
            }
            QuestionKind::Scale {
                min,
                max,
                not_applicable,
                ..
            } => {
                if not_applicable.is_some() && s.chance(1, 8) {
                    return (Answer::NotApplicable, json!("na"));
                }
                let v = s.int_in(*min, *max);
                // Sometimes as a float with no fraction: the core accepts 3.0 for 3.
                let j = if s.chance(1, 10) {
                    json!(v as f64)
                } else {
                    json!(v)
                };
                (Answer::Scale(v), j)
            }
            QuestionKind::YesNo => {
                let b = s.chance(1, 2);
                (Answer::Bool(b), json!(b))
            }
            QuestionKind::ShortText { max_length } | QuestionKind::LongText { max_length } => {
                let max = (*max_length).min(6000) as usize;
                let len = if s.chance(1, 8) {
                    max
                } else {
                    1 + s.below(max.min(40) as u64) as usize
                };
                let mut t: Vec<char> = (0..len).map(|_| *s.pick(TEXT_CHARS)).collect();
                // At least one character that is not whitespace, so the text is an answer.
                let at = s.below(len as u64) as usize;
                t[at] = 'x';
                let t: String = t.into_iter().collect();
                (Answer::Text(t.clone()), json!(t))
            }
            QuestionKind::Number {
                integer, min, max, ..
            } => {
                let lo = min.unwrap_or(-1000.0);
                let hi = max.unwrap_or(lo.max(0.0) + 1000.0);
                let v = if *integer {
                    s.int_in(lo.ceil() as i64, hi.floor() as i64) as f64
                } else {
                    match s.below(6) {
                        0 => lo,
                        1 => hi,
                        _ => {
                            let steps = ((hi - lo) * 100.0).floor() as i64;
                            (lo + s.int_in(0, steps.max(0)) as f64 / 100.0).clamp(lo, hi)
                        }
                    }
                };
                let j = if v.fract() == 0.0 && (*integer || s.chance(1, 2)) {
                    json!(v as i64)
                } else {
                    json!(v)
                };
                (Answer::Number(v), j)
            }
            QuestionKind::Date { min, max } => {
                let bound = |b: &DateBound| match b {
                    DateBound::Fixed(d) => *d,
                    DateBound::Today => today(),
                };
                let lo = min.as_ref().map_or(
                    NaiveDate::from_ymd_opt(1900, 1, 1).unwrap_or_default(),
                    bound,
                );
                let hi = max.as_ref().map_or(
                    NaiveDate::from_ymd_opt(2100, 12, 31).unwrap_or_default(),
                    bound,
                );
                let span = (hi - lo).num_days();
                let mut d = lo + Duration::days(s.int_in(0, span));
                // Leap days now and then.
                if s.chance(1, 6)
                    && let Some(leap) = NaiveDate::from_ymd_opt(2024, 2, 29)
                    && leap >= lo
                    && leap <= hi
                {
                    d = leap;
                }
                let t = d.format("%Y-%m-%d").to_string();
                (Answer::Date(d), json!(t))
            }
            QuestionKind::Group {
                questions,
                min_rows,
                max_rows,
            } => {
                let lo = i64::from(*min_rows);
                let hi = i64::from(*max_rows);
                let n = if s.chance(1, 10) {
                    hi
                } else {
                    s.int_in(lo, hi.min(lo + 4))
                };
                let mut rows_typed = Vec::new();
                let mut rows_json = Vec::new();
                for i in 0..n as usize {
                    let (t, j) = self.row(q, i, questions, top);
                    rows_typed.push(t);
                    rows_json.push(j);
                }
                (Answer::Group(rows_typed), Value::Array(rows_json))
            }
            _ => (Answer::Bool(false), Value::Null),
        }
    }

    fn row(
        &mut self,
        group: &Question,
        i: usize,
        subs: &[Question],
        top: &Typed,
    ) -> (Typed, Value) {
        let mut typed = Typed::new();
        let mut obj = Map::new();
        for sub in subs.iter().filter(|q| q.takes_answer()) {
            let applies = sub
                .applies_if
                .as_ref()
                .is_none_or(|c| eval(c, top, Some(&typed)));
            let required = self.submitted && is_required(sub, top, Some(&typed));
            let path = Path::Row(group.id.clone(), i, sub.id.clone());
            if applies && (required || self.s.chance(3, 4)) {
                let (t, j) = self.value(sub, top);
                typed.insert(sub.id.clone(), t);
                obj.insert(sub.id.clone(), j);
                if required {
                    self.out.required.push(path.clone());
                }
                self.out.answered.push((path, sub.clone()));
            } else {
                if !applies {
                    self.out.not_applying.push((path, sub.clone()));
                }
                if let Some(b) = blank(self.s) {
                    obj.insert(sub.id.clone(), b);
                }
            }
        }
        (typed, Value::Object(obj))
    }
}

/// The kinds of mutation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mutation {
    /// One answer replaced by a value outside its domain (of the right or wrong type).
    OutOfDomain,
    /// One answer replaced by a value of some JSON type (maybe the right one).
    WrongType,
    /// A key the form does not have, at the top of `answers` or in a row.
    UnknownKey,
    /// A required answer removed or blanked.
    MissingRequired,
    /// A valid answer to a question that does not apply.
    NotApplying,
    /// The response's own fields (form, version, status, extra keys).
    Meta,
    /// Group rows: a row that is not an object, too many or too few rows.
    Rows,
    /// Submitted turned into a draft, with a required answer removed (stays valid).
    Draft,
}

/// Every mutation kind.
pub const MUTATIONS: &[Mutation] = &[
    Mutation::OutOfDomain,
    Mutation::WrongType,
    Mutation::UnknownKey,
    Mutation::MissingRequired,
    Mutation::NotApplying,
    Mutation::Meta,
    Mutation::Rows,
    Mutation::Draft,
];

fn slot<'v>(response: &'v mut Value, path: &Path) -> Option<&'v mut Map<String, Value>> {
    let answers = response.get_mut("answers")?.as_object_mut()?;
    match path {
        Path::Top(_) => Some(answers),
        Path::Row(g, i, _) => answers.get_mut(g)?.get_mut(*i)?.as_object_mut(),
    }
}

fn key(path: &Path) -> &str {
    match path {
        Path::Top(k) | Path::Row(_, _, k) => k,
    }
}

fn set(response: &mut Value, path: &Path, v: Value) {
    if let Some(m) = slot(response, path) {
        m.insert(key(path).to_string(), v);
    }
}

/// A value outside `q`'s domain. Dates are never moved past a "today" bound: the schema
/// cannot check those (see `tests/limits.rs`).
pub fn out_of_domain(q: &Question, s: &mut Stream) -> Value {
    match &q.kind {
        QuestionKind::SingleChoice { .. } => s
            .pick(&[
                json!("zz"),
                json!(" x"),
                json!(7),
                json!(true),
                json!(["a"]),
                json!({"a": 1}),
            ])
            .clone(),
        QuestionKind::MultipleChoice { options, min, max } => {
            let codes: Vec<&str> = options.iter().map(|o| o.code.as_str()).collect();
            let mut c = vec![
                json!(["zz"]),
                json!([codes[0], codes[0]]),
                json!(codes[0]),
                json!([7]),
                json!([null]),
                json!([codes[0], "zz"]),
            ];
            if let Some(max) = max.filter(|m| (*m as usize) < codes.len()) {
                c.push(json!(codes[..max as usize + 1]));
            }
            if let Some(min) = min.filter(|m| *m > 1) {
                c.push(json!(codes[..min as usize - 1]));
            }
            s.pick(&c).clone()
        }
        QuestionKind::Scale {
            min,
            max,
            not_applicable,
            ..
        } => {
            let mut c = vec![
                json!(max + 1),
                json!(min - 1),
                json!(*min as f64 + 0.5),
                json!(min.to_string()),
                json!(true),
                json!("NA"),
            ];
            if not_applicable.is_none() {
                c.push(json!("na"));
            }
            s.pick(&c).clone()
        }
        QuestionKind::YesNo => s
            .pick(&[json!("true"), json!(1), json!(0), json!("yes")])
            .clone(),
        QuestionKind::ShortText { max_length } | QuestionKind::LongText { max_length } => {
            let long: String = std::iter::once('x')
                .chain((1..=*max_length).map(|i| if i % 3 == 0 { '😀' } else { ' ' }))
                .collect();
            s.pick(&[json!(long), json!(12), json!(true), json!(["x"])])
                .clone()
        }
        QuestionKind::Number {
            integer, min, max, ..
        } => {
            let mut c = vec![json!("12"), json!(true)];
            if let Some(m) = max {
                c.push(json!(m + 1.0));
                c.push(json!(m + 0.001));
            }
            if let Some(m) = min {
                c.push(json!(m - 1.0));
            }
            if *integer {
                let base = min.unwrap_or(0.0);
                if max.is_none_or(|m| base + 1.0 <= m) {
                    c.push(json!(base + 0.5));
                }
            }
            s.pick(&c).clone()
        }
        QuestionKind::Date { min, max } => {
            let mut c = vec![
                json!("2025-02-30"),
                json!("2023-02-29"),
                json!("2100-02-29"),
                json!("2025-13-01"),
                json!("2025-00-10"),
                json!("2025-1-01"),
                json!("1.2.2025"),
                json!("20250101"),
                json!("2025-01-01T00:00"),
                json!("2025-01-01\n"),
                json!("２０２５-01-01"),
                json!(20250101),
            ];
            for (b, delta) in [(min, -1), (max, 1)] {
                if let Some(DateBound::Fixed(d)) = b {
                    c.push(json!(
                        (*d + Duration::days(delta)).format("%Y-%m-%d").to_string()
                    ));
                }
            }
            s.pick(&c).clone()
        }
        QuestionKind::Group { max_rows, .. } => {
            let too_many = Value::Array(vec![json!({}); *max_rows as usize + 1]);
            s.pick(&[
                json!("rows"),
                json!([3]),
                json!([null]),
                json!({"a": {}}),
                too_many,
            ])
            .clone()
        }
        _ => json!(1),
    }
}

/// Applies a mutation of the given kind (falling back to an unknown key when the response has
/// nothing it could target). Returns the mutated response.
pub fn mutate(form: &Form, g: &Generated, kind: Mutation, s: &mut Stream) -> Value {
    let mut r = g.response.clone();
    match kind {
        Mutation::OutOfDomain if !g.answered.is_empty() => {
            let (path, q) = s.pick(&g.answered).clone();
            let v = out_of_domain(&q, s);
            set(&mut r, &path, v);
        }
        Mutation::WrongType if !g.answered.is_empty() => {
            let (path, _) = s.pick(&g.answered).clone();
            let v = s
                .pick(&[
                    json!(7),
                    json!(2.5),
                    json!(true),
                    json!("x"),
                    json!(["x"]),
                    json!({"k": 1}),
                    json!(-1),
                ])
                .clone();
            set(&mut r, &path, v);
        }
        Mutation::MissingRequired if !g.required.is_empty() => {
            let path = s.pick(&g.required).clone();
            match blank(s) {
                Some(b) => set(&mut r, &path, b),
                None => {
                    if let Some(m) = slot(&mut r, &path) {
                        m.remove(key(&path));
                    }
                }
            }
        }
        Mutation::NotApplying if !g.not_applying.is_empty() => {
            let (path, q) = s.pick(&g.not_applying).clone();
            let mut inner = Gen {
                s: &mut *s,
                submitted: false,
                out: Generated {
                    response: Value::Null,
                    answered: Vec::new(),
                    required: Vec::new(),
                    not_applying: Vec::new(),
                    groups: Vec::new(),
                },
            };
            let (_, v) = inner.value(&q, &Typed::new());
            set(&mut r, &path, v);
        }
        Mutation::Meta => {
            let m = r.as_object_mut().expect("object");
            match s.below(8) {
                0 => m.insert("form".into(), json!("other-form")),
                1 => m.insert("form_version".into(), json!("9.9.9")),
                2 => m.insert("status".into(), json!("final")),
                3 => m.insert("extra".into(), json!(1)),
                4 => m.insert("language".into(), json!(5)),
                5 => m.insert("answers".into(), Value::Null),
                6 => m.remove("form"),
                _ => m.insert("answers".into(), json!([])),
            };
        }
        Mutation::Rows if !g.groups.is_empty() => {
            let q = s.pick(&g.groups).clone();
            let QuestionKind::Group {
                min_rows, max_rows, ..
            } = &q.kind
            else {
                return r;
            };
            let rows = r["answers"][&q.id].as_array_mut().expect("rows");
            match s.below(3) {
                0 if !rows.is_empty() => {
                    let i = s.below(rows.len() as u64) as usize;
                    rows[i] = s
                        .pick(&[json!(3), json!(null), json!([]), json!("row")])
                        .clone();
                }
                1 if *min_rows > 1 && rows.len() > 1 => rows.truncate(*min_rows as usize - 1),
                _ => {
                    let template = rows.first().cloned().unwrap_or(json!({}));
                    rows.resize(*max_rows as usize + 1, template);
                }
            }
        }
        Mutation::Draft if !g.required.is_empty() => {
            r["status"] = json!("draft");
            let path = s.pick(&g.required).clone();
            if let Some(m) = slot(&mut r, &path) {
                m.remove(key(&path));
            }
        }
        _ => {
            // An unknown key: at the top of `answers` (a made-up id, an information block's id,
            // a key that is not an id) or in a row.
            let info: Vec<&Question> = form
                .questions()
                .map(|(_, q)| q)
                .filter(|q| !q.takes_answer())
                .collect();
            let row_targets: Vec<(Path, Question)> = g
                .answered
                .iter()
                .filter(|(p, _)| matches!(p, Path::Row(..)))
                .cloned()
                .collect();
            match s.below(4) {
                0 if !info.is_empty() => {
                    let q = *s.pick(&info);
                    r["answers"][&q.id] = s.pick(&[json!(null), json!("x")]).clone();
                }
                1 if !row_targets.is_empty() => {
                    let (Path::Row(g, i, _), _) = s.pick(&row_targets).clone() else {
                        unreachable!()
                    };
                    r["answers"][&g][i]["zz_unknown"] = json!(null);
                }
                2 => {
                    r["answers"]["Not An Id"] = json!(1);
                }
                _ => {
                    r["answers"]["zz_unknown"] = json!("x");
                }
            }
        }
    }
    r
}
