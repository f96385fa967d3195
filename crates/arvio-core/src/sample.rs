//! Responses drawn from a form's own answer domain: for property tests, benchmarks and demo
//! data. Every response [`sample_response`] makes validates; [`mutate`] moves one answer out
//! of its domain.
//!
//! Behind the `sample` feature (`arvio-core = { ..., features = ["sample"] }`, usually in
//! `[dev-dependencies]`): production code does not need it.
//!
//! Randomness comes from the caller (`next`: any source of `u64`s), so the core needs no
//! random-number crate and a property-test framework can shrink the stream.
//!
//! ```
//! use arvio_core::sample::sample_response;
//! use arvio_core::{validate, Status};
//! use arvio_forms::builtin;
//!
//! let form = builtin("family-self-assessment").unwrap();
//! let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
//! let mut x = 42u64;
//! let mut next = move || { x = x.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407); x >> 11 };
//! let response = sample_response(&form, "fi", Status::Submitted, today, &mut next);
//! assert!(validate(&form, &response, today).is_valid());
//! ```

use crate::model::{DateBound, Form, Question, QuestionKind, Required};
use crate::response::{AnswerPath, AnswerValue, Response, Status};
use crate::validate::{Answer, Answers, Row, eval};
use chrono::{Duration, NaiveDate};
use serde_json::{Map, Value};
use std::collections::BTreeSet;

const TEXT_CHARS: &[char] = &[
    'a', 'e', 'i', 'k', 'l', 'n', 's', 't', 'ä', 'ö', 'å', 'Å', 'Ä', ' ', ' ', '.', ',', '"', '<',
    '>', '&', '\'', '\n', 'č', 'š', 'ŋ', 'ž', 'đ', '😀', '€', '1', '-',
];

struct Gen<'a> {
    next: &'a mut dyn FnMut() -> u64,
    today: NaiveDate,
}

impl Gen<'_> {
    fn below(&mut self, n: u64) -> u64 {
        if n == 0 { 0 } else { (self.next)() % n }
    }
    fn chance(&mut self, num: u64, den: u64) -> bool {
        self.below(den) < num
    }
    fn int_in(&mut self, lo: i64, hi: i64) -> i64 {
        let span = (hi - lo) as u64 + 1;
        lo + self.below(span) as i64
    }
    fn text(&mut self, max: u32) -> String {
        let max = max.clamp(1, 5000) as u64;
        let len = if self.chance(1, 10) {
            max
        } else {
            1 + self.below(max.min(40))
        };
        let mut s = String::with_capacity(len as usize);
        // First character is never blank, so the text counts as an answer.
        s.push('x');
        for _ in 1..len {
            s.push(TEXT_CHARS[self.below(TEXT_CHARS.len() as u64) as usize]);
        }
        s
    }

    fn value(&mut self, q: &Question, top: &Answers) -> Answer {
        match &q.kind {
            QuestionKind::SingleChoice { options } => Answer::Choice(
                options[self.below(options.len() as u64) as usize]
                    .code
                    .clone(),
            ),
            QuestionKind::MultipleChoice { options, min, max } => {
                let lo = min.unwrap_or(1).max(1) as u64;
                let hi = max
                    .map_or(options.len() as u64, u64::from)
                    .min(options.len() as u64);
                let n = lo + self.below(hi.saturating_sub(lo) + 1);
                let mut idx: Vec<usize> = (0..options.len()).collect();
                // Partial Fisher-Yates.
                for i in 0..n as usize {
                    let j = i + self.below((idx.len() - i) as u64) as usize;
                    idx.swap(i, j);
                }
                Answer::Choices(
                    idx[..n as usize]
                        .iter()
                        .map(|&i| options[i].code.clone())
                        .collect(),
                )
            }
            QuestionKind::Scale {
                min,
                max,
                not_applicable,
                ..
            } => {
                if not_applicable.is_some() && self.chance(1, 8) {
                    Answer::NotApplicable
                } else {
                    Answer::Scale(self.int_in(*min, *max))
                }
            }
            QuestionKind::YesNo => Answer::Bool(self.chance(1, 2)),
            QuestionKind::ShortText { max_length } | QuestionKind::LongText { max_length } => {
                Answer::Text(self.text(*max_length))
            }
            QuestionKind::Number {
                integer, min, max, ..
            } => {
                let lo = min.unwrap_or(-1000.0);
                let hi = max.unwrap_or(lo.max(0.0) + 1000.0);
                if *integer {
                    Answer::Number(self.int_in(lo.ceil() as i64, hi.floor() as i64) as f64)
                } else {
                    let steps = ((hi - lo) * 100.0).floor() as i64;
                    let v = lo + self.int_in(0, steps.max(0)) as f64 / 100.0;
                    Answer::Number(v.clamp(lo, hi))
                }
            }
            QuestionKind::Date { min, max } => {
                let b = |d: &DateBound| match d {
                    DateBound::Fixed(d) => *d,
                    DateBound::Today => self.today,
                };
                let lo = min
                    .as_ref()
                    .map_or(self.today - Duration::days(365 * 30), b);
                let hi = max.as_ref().map_or(self.today + Duration::days(365 * 2), b);
                let span = (hi - lo).num_days().max(0);
                Answer::Date(lo + Duration::days(self.int_in(0, span)))
            }
            QuestionKind::Group {
                questions,
                min_rows,
                max_rows,
            } => {
                let n = self.int_in(
                    i64::from(*min_rows),
                    i64::from((*max_rows).min(min_rows + 4)),
                );
                let rows = (0..n).map(|_| self.row(questions, top)).collect();
                Answer::Group(rows)
            }
            QuestionKind::Info => unreachable!("info blocks take no answer"),
        }
    }

    fn row(&mut self, questions: &[Question], top: &Answers) -> Row {
        let mut row = Row::new();
        let none = BTreeSet::new();
        for q in questions.iter().filter(|q| q.takes_answer()) {
            let ctx = Some((&row, &none));
            if q.applies_if
                .as_ref()
                .is_some_and(|c| eval(c, top, ctx) != Some(true))
            {
                continue;
            }
            let required = match &q.required {
                Required::No => false,
                Required::Yes => true,
                Required::If(c) => eval(c, top, ctx) == Some(true),
            };
            if required || self.chance(3, 4) {
                let a = self.value(q, top);
                row.insert(q.id.clone(), a);
            }
        }
        row
    }
}

/// A response drawn from the form's answer domain: every question that applies and is
/// required is answered, others are answered three times out of four. It validates against
/// the form with the same `today`.
pub fn sample_response(
    form: &Form,
    language: &str,
    status: Status,
    today: NaiveDate,
    next: &mut dyn FnMut() -> u64,
) -> Response {
    let mut g = Gen { next, today };
    let mut answers = Answers::default();
    for s in &form.sections {
        if s.applies_if
            .as_ref()
            .is_some_and(|c| eval(c, &answers, None) != Some(true))
        {
            continue;
        }
        for q in s.questions.iter().filter(|q| q.takes_answer()) {
            if q.applies_if
                .as_ref()
                .is_some_and(|c| eval(c, &answers, None) != Some(true))
            {
                continue;
            }
            let required = match &q.required {
                Required::No => false,
                Required::Yes => true,
                Required::If(c) => eval(c, &answers, None) == Some(true),
            };
            if required || g.chance(3, 4) {
                let a = g.value(q, &answers);
                answers.values.insert(q.id.as_str().into(), a);
            }
        }
    }
    let mut response = Response::new(form, language);
    response.status = status;
    response.answers = answers
        .iter()
        .map(|(k, v)| (k.to_string(), AnswerValue(v.to_json())))
        .collect();
    response
}

/// Every answered path of a response, top-level and inside group rows.
pub fn answered_paths(form: &Form, response: &Response) -> Vec<AnswerPath> {
    let mut out = Vec::new();
    for (_, q) in form.questions() {
        let Some(v) = response.answers.get(&q.id) else {
            continue;
        };
        out.push(AnswerPath::question(&q.id));
        if let (QuestionKind::Group { questions, .. }, Value::Array(rows)) = (&q.kind, &v.0) {
            for (i, row) in rows.iter().enumerate() {
                let Some(obj) = row.as_object() else { continue };
                for sq in questions {
                    if obj.contains_key(&sq.id) {
                        out.push(AnswerPath::row(&q.id, i, &sq.id));
                    }
                }
            }
        }
    }
    out
}

/// A JSON value outside the question's domain (of the right or wrong type), or `None` for
/// kinds with no such value.
pub fn out_of_domain(q: &Question, pick: u64) -> Option<Value> {
    let even = pick.is_multiple_of(2);
    Some(match &q.kind {
        QuestionKind::SingleChoice { .. } => {
            if even {
                Value::from("zz-no-such-option")
            } else {
                Value::from(7)
            }
        }
        QuestionKind::MultipleChoice { .. } => {
            if even {
                Value::from(vec!["zz-no-such-option"])
            } else {
                Value::from("x")
            }
        }
        QuestionKind::Scale { max, .. } => {
            if even {
                Value::from(max + 1)
            } else {
                Value::from(true)
            }
        }
        QuestionKind::YesNo => Value::from("yes"),
        QuestionKind::ShortText { max_length } | QuestionKind::LongText { max_length } => {
            if even {
                Value::from("y".repeat(*max_length as usize + 1))
            } else {
                Value::from(12)
            }
        }
        QuestionKind::Number { integer, max, .. } => match (even, max, integer) {
            (true, Some(m), _) => Value::from(m + 1.0),
            (_, _, true) => Value::from(0.5),
            _ => Value::from("12"),
        },
        QuestionKind::Date { .. } => {
            if even {
                Value::from("2025-02-30")
            } else {
                Value::from("1.2.2025")
            }
        }
        QuestionKind::Group { .. } => Value::from("not rows"),
        QuestionKind::Info => return None,
    })
}

/// Moves the answer at `path` out of its domain. Returns `false` if the path does not exist.
pub fn mutate(form: &Form, response: &mut Response, path: &AnswerPath, pick: u64) -> bool {
    let s = path.as_str();
    let Some((qid, rest)) = s
        .split_once('[')
        .map_or(Some((s, None)), |(a, b)| Some((a, Some(b))))
    else {
        return false;
    };
    let Some(q) = form.question(qid) else {
        return false;
    };
    match rest {
        None => match (out_of_domain(q, pick), response.answers.get_mut(qid)) {
            (Some(v), Some(slot)) => {
                slot.0 = v;
                true
            }
            _ => false,
        },
        Some(rest) => {
            let Some((idx, sub)) = rest.split_once("].") else {
                return false;
            };
            let Ok(idx) = idx.parse::<usize>() else {
                return false;
            };
            let QuestionKind::Group { questions, .. } = &q.kind else {
                return false;
            };
            let Some(sq) = questions.iter().find(|x| x.id == sub) else {
                return false;
            };
            let Some(v) = out_of_domain(sq, pick) else {
                return false;
            };
            let Some(Value::Array(rows)) = response.answers.get_mut(qid).map(|a| &mut a.0) else {
                return false;
            };
            let Some(Value::Object(row)) = rows.get_mut(idx) else {
                return false;
            };
            let row: &mut Map<String, Value> = row;
            match row.get_mut(sub) {
                Some(slot) => {
                    *slot = v;
                    true
                }
                None => false,
            }
        }
    }
}

/// A small xorshift random-number stream for [`sample_response`] in benchmarks and demos (not
/// for anything that needs unpredictability). A zero seed is replaced by 1.
pub fn xorshift(seed: u64) -> impl FnMut() -> u64 {
    let mut x = seed.max(1);
    move || {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        x
    }
}

/// A form of `n` questions in sections of ten: eight scales (one score per section), a
/// single choice and a text that applies only when the choice is "b".
///
/// Used by the benchmarks to show how cost grows with the size of a form. `n` is rounded
/// down to a multiple of ten.
pub fn synthetic_form(n: usize) -> String {
    use std::fmt::Write;
    let mut s = String::from("id = \"synthetic\"\nversion = \"1.0.0\"\ntitle = \"t\"\n");
    for sec in 0..n / 10 {
        let _ = write!(s, "\n[[sections]]\nid = \"s{sec}\"\ntitle = \"t\"\n");
        for i in 0..8 {
            let _ = write!(
                s,
                "\n[[sections.questions]]\nid = \"q{sec}_{i}\"\nkind = \"scale\"\nlabel = \"l\"\nmin = 1\nmax = 5\nmin_label = \"a\"\nmax_label = \"b\"\nnot_applicable = \"na\"\nrequired = true\n"
            );
        }
        let _ = write!(
            s,
            "\n[[sections.questions]]\nid = \"c{sec}\"\nkind = \"single_choice\"\nlabel = \"l\"\nrequired = true\noptions = [{{ code = \"a\", label = \"a\" }}, {{ code = \"b\", label = \"b\" }}]\n"
        );
        let _ = write!(
            s,
            "\n[[sections.questions]]\nid = \"t{sec}\"\nkind = \"long_text\"\nlabel = \"l\"\napplies_if = {{ question = \"c{sec}\", equals = \"b\" }}\nrequired_if = {{ question = \"c{sec}\", equals = \"b\" }}\n"
        );
    }
    for sec in 0..n / 10 {
        let items: Vec<String> = (0..8).map(|i| format!("\"q{sec}_{i}\"")).collect();
        let _ = write!(
            s,
            "\n[[scores]]\nid = \"s{sec}\"\nlabel = \"l\"\nmethod = \"mean\"\nitems = [{}]\nmax_missing = 4\nbands = [{{ code = \"lo\", label = \"l\", from = 1, to = 3 }}, {{ code = \"hi\", label = \"h\", from = 3, to = 5 }}]\n",
            items.join(", ")
        );
    }
    s
}
