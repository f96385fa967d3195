//! Scoring: named scores over valid answers, with ranges, bands and completeness.
//!
//! Missing answers are never counted as zero. An item that applies but has no valid answer
//! (unanswered, answered "not applicable", or invalid) is *missing*. An item whose question or
//! section does not apply (by its condition, e.g. questions about a partner when there is
//! none) is left out: it is neither answered nor missing. With no more than `max_missing`
//! missing items a sum is prorated to the score's full item count
//! (`value * items / answered`), so its range and bands keep their meaning; a mean uses the
//! answered items and a count counts among the answered items. With more missing items the
//! score is [`Completeness::Incomplete`] and has no value or band; when none of its items
//! applies it is [`Completeness::NotApplicable`].

use crate::model::{Form, Question, QuestionKind, ScoreDef, ScoreMethod};
use crate::validate::{Answer, Answers, eval, test_answer};
use serde::Serialize;

/// Whether a score could be computed from all its items.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(tag = "status", rename_all = "snake_case")]
pub enum Completeness {
    /// Every item answered.
    Complete,
    /// Some items missing, within the tolerated number: a sum is prorated, a mean uses the
    /// answered items, a count counts among the answered items.
    Partial {
        /// Missing items.
        missing: u32,
    },
    /// Too many items missing: no value.
    Incomplete {
        /// Missing items.
        missing: u32,
    },
    /// None of the score's items applies to this family (their conditions are false): no
    /// value, and nothing is missing.
    NotApplicable,
}

/// The band a score falls in.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct BandResult {
    /// Band code.
    pub code: String,
    /// Message id of its interpretation text.
    pub label: String,
    /// Whether an override rule chose the band (rather than the value).
    pub overridden: bool,
}

/// One computed score. Its `Debug` is derived: scores are personal data too, so do not log
/// score results; log score ids only.
#[derive(Clone, PartialEq, Serialize)]
pub struct ScoreResult {
    /// Score id.
    pub id: String,
    /// Message id of the score's name.
    pub label: String,
    /// The value, if complete enough.
    pub value: Option<f64>,
    /// The possible range `(min, max)`.
    pub range: (f64, f64),
    /// The band, if there is a value (or an override applies).
    pub band: Option<BandResult>,
    /// Completeness.
    pub completeness: Completeness,
    /// Items with a valid answer.
    pub answered: u32,
    /// Items in all.
    pub items: u32,
}

impl std::fmt::Debug for ScoreResult {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ScoreResult")
            .field("id", &self.id)
            .field("value", &"<redacted>")
            .finish_non_exhaustive()
    }
}

/// Every score of a form for one response.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ScoreReport {
    /// Form id.
    pub form: String,
    /// Form version.
    pub form_version: String,
    /// Scores in form order.
    pub scores: Vec<ScoreResult>,
}

impl ScoreReport {
    /// Finds a score by id.
    pub fn get(&self, id: &str) -> Option<&ScoreResult> {
        self.scores.iter().find(|s| s.id == id)
    }
}

/// Computes every score of `form` from validated answers.
pub fn score(form: &Form, answers: &Answers) -> ScoreReport {
    ScoreReport {
        form: form.id.clone(),
        form_version: form.version.to_string(),
        scores: form
            .scores
            .iter()
            .map(|s| score_one(form, s, answers))
            .collect(),
    }
}

fn item_points(q: &Question, a: &Answer) -> Option<f64> {
    match (&q.kind, a) {
        (QuestionKind::Scale { .. }, Answer::Scale(v)) => Some(*v as f64),
        (QuestionKind::SingleChoice { options }, Answer::Choice(c)) => {
            options.iter().find(|o| &o.code == c).and_then(|o| o.points)
        }
        (QuestionKind::YesNo, Answer::Bool(b)) => Some(if *b { 1.0 } else { 0.0 }),
        _ => None,
    }
}

fn score_one(form: &Form, def: &ScoreDef, answers: &Answers) -> ScoreResult {
    let range = def.range(form);
    let n = def.items.len() as u32;
    // The points of the items answered: their sum and their number.
    let (mut total, mut answered) = (0.0f64, 0u32);
    let mut applicable = 0u32;
    for id in &def.items {
        let Some((section, q)) = form.question_in_section(id) else {
            continue;
        };
        // A condition that cannot be decided (it tests an invalid answer) counts as applying.
        let applies = [&section.applies_if, &q.applies_if]
            .into_iter()
            .flatten()
            .all(|c| eval(c, answers, None) != Some(false));
        if !applies {
            continue;
        }
        applicable += 1;
        let Some(a) = answers.get(id) else { continue };
        if matches!(a, Answer::NotApplicable) {
            continue;
        }
        match &def.method {
            ScoreMethod::Count(test) => {
                total += if test_answer(test, Some(a)) { 1.0 } else { 0.0 };
                answered += 1;
            }
            ScoreMethod::Sum | ScoreMethod::Mean => {
                let Some(mut p) = item_points(q, a) else {
                    continue;
                };
                if def.reverse.contains(id)
                    && let Some((lo, hi)) = q.points_range()
                {
                    p = lo + hi - p;
                }
                total += p;
                answered += 1;
            }
        }
    }
    let missing = applicable - answered;
    let (value, completeness) = if applicable == 0 {
        (None, Completeness::NotApplicable)
    } else if answered == 0 || missing > def.max_missing {
        (None, Completeness::Incomplete { missing })
    } else {
        let v = match def.method {
            ScoreMethod::Mean => total / f64::from(answered),
            ScoreMethod::Sum => total * f64::from(n) / f64::from(answered),
            ScoreMethod::Count(_) => total,
        };
        // Keep floating error from pushing a value out of its range.
        let v = v.clamp(range.0, range.1);
        let c = if missing == 0 {
            Completeness::Complete
        } else {
            Completeness::Partial { missing }
        };
        (Some(v), c)
    };
    let overridden = def
        .overrides
        .iter()
        .find(|o| eval(&o.when, answers, None) == Some(true))
        .map(|o| BandResult {
            code: o.band.clone(),
            label: o.label.clone(),
            overridden: true,
        });
    let band = overridden.or_else(|| {
        value.and_then(|v| def.band_for(v)).map(|b| BandResult {
            code: b.code.clone(),
            label: b.label.clone(),
            overridden: false,
        })
    });
    ScoreResult {
        id: def.id.clone(),
        label: def.label.clone(),
        value,
        range,
        band,
        completeness,
        answered,
        items: n,
    }
}
