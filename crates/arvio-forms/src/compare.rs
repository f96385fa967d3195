//! Comparing two responses of the same family: the start of the work and the final review.
//!
//! A family self-assessment is filled in twice: when the work starts and again before the final
//! review meeting. [`compare`] puts the two side by side:
//!
//! - **per score** ([`ScoreChange`]): both values, the difference (review − start) and how the
//!   band moved, computed with [`arvio_core::score()`];
//! - **per goal** ([`GoalChange`]): the rows of the repeating group [`GOALS`] matched by index
//!   (goal 1 with goal 1, and so on), with the start level, the review level and the difference
//!   on the goal-attainment scale −2 … +2;
//! - **goal attainment as one number** ([`GoalAttainment`]): the Kiresuk T-score
//!   ([`t_score`]) of the review levels and, for reference, of the start levels.
//!
//! The comparison is decision support for the worker and the family, never a decision.
//!
//! # The T-score
//!
//! ```text
//! T = 50 + 10 · Σ wᵢxᵢ / √((1 − ρ) Σ wᵢ² + ρ (Σ wᵢ)²)
//! ```
//!
//! with `xᵢ` the level of goal *i* (−2 … +2), `wᵢ` its weight (1 … 3, default
//! [`DEFAULT_GOAL_WEIGHT`]) and `ρ` = [`GOAL_CORRELATION`] = 0.3, the correlation between
//! goals that the formula conventionally assumes. All goals at the expected level (0) give
//! T = 50; each step is worth about 10 points. **Unverified:** the project's domain notes mark
//! this formula and ρ = 0.3 as not yet confirmed against Kela's goal attainment scaling
//! handbook; confirm before a text relies on the exact figures.
//!
//! ```
//! use arvio_forms::compare::t_score;
//!
//! // One goal reached exactly as expected.
//! assert_eq!(t_score(&[(0, 1.0)]), Some(50.0));
//! // One goal much better than expected: 50 + 10 · 2 / √1.
//! assert_eq!(t_score(&[(2, 1.0)]), Some(70.0));
//! ```
//!
//! # Personal data
//!
//! Every type here holds scores, levels or goal texts, which are special-category personal
//! data: their `Debug` output shows ids and counts only, never values.

use arvio_core::model::Form;
use arvio_core::score::{BandResult, Completeness, ScoreResult, score};
use arvio_core::validate::{Answer, Answers, Row};
use serde::Serialize;
use std::fmt;

/// Id of the repeating group that holds the goals.
pub const GOALS: &str = "goals";
/// Sub-question of [`GOALS`] with the goal in the family's own words.
pub const GOAL_TEXT: &str = "goal";
/// Sub-question of [`GOALS`] with the goal's weight (1 … 3).
pub const GOAL_WEIGHT: &str = "weight";
/// Sub-question of [`GOALS`] with the level rated when the goal was set.
pub const GOAL_START_LEVEL: &str = "start_level";
/// Sub-question of [`GOALS`] with the level rated for the final review.
pub const GOAL_REVIEW_LEVEL: &str = "review_level";

/// The correlation between goals (ρ) assumed by the T-score formula. Unverified (see the
/// [module documentation](self)).
pub const GOAL_CORRELATION: f64 = 0.3;
/// The weight of a goal that has none.
pub const DEFAULT_GOAL_WEIGHT: f64 = 1.0;

/// The comparison of a start response with a review response of the same form.
#[derive(Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct Comparison {
    /// Form id.
    pub form: String,
    /// Form version.
    pub form_version: String,
    /// Every score of the form, in form order.
    pub scores: Vec<ScoreChange>,
    /// Goals matched by index, as many as the longer of the two goal lists.
    pub goals: Vec<GoalChange>,
    /// The T-score of the start levels; `None` when no goal has a start level.
    pub start_attainment: Option<GoalAttainment>,
    /// The T-score of the review levels; `None` when no goal has a review level.
    pub review_attainment: Option<GoalAttainment>,
}

impl fmt::Debug for Comparison {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Comparison")
            .field("form", &self.form)
            .field("form_version", &self.form_version)
            .field("scores", &self.scores)
            .field("goals", &self.goals.len())
            .finish_non_exhaustive()
    }
}

impl Comparison {
    /// Finds a score's change by score id.
    pub fn score(&self, id: &str) -> Option<&ScoreChange> {
        self.scores.iter().find(|s| s.id == id)
    }
}

/// How one score changed from the start to the review.
#[derive(Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct ScoreChange {
    /// Score id.
    pub id: String,
    /// Message id of the score's name.
    pub label: String,
    /// The value at the start; `None` when too many items were missing.
    pub start: Option<f64>,
    /// The value at the review; `None` when too many items were missing.
    pub review: Option<f64>,
    /// How complete the start value is.
    pub start_completeness: Completeness,
    /// How complete the review value is.
    pub review_completeness: Completeness,
    /// `review − start`; `None` when either value is missing (incomplete).
    pub difference: Option<f64>,
    /// The band at the start.
    pub start_band: Option<BandResult>,
    /// The band at the review.
    pub review_band: Option<BandResult>,
    /// How the band moved; `None` when either value is missing (incomplete).
    pub band_change: Option<BandShift>,
}

impl fmt::Debug for ScoreChange {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ScoreChange")
            .field("id", &self.id)
            .field("values", &"<redacted>")
            .finish_non_exhaustive()
    }
}

/// How a score's band moved between the start and the review.
///
/// "Up" means a band covering higher values. Whether that is better depends on the score: for
/// a domain mean of the family self-assessment it is (towards "strength"); for the count of
/// items rated as a big worry it is not.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum BandShift {
    /// To a band covering higher values.
    Up,
    /// The same band.
    Same,
    /// To a band covering lower values.
    Down,
    /// The bands differ but cannot be ordered (an override chose a band outside the range
    /// bands).
    Unordered,
}

/// One goal at the start and at the review.
#[derive(Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct GoalChange {
    /// 0-based row index in both responses.
    pub index: usize,
    /// The goal in the family's words: from the review row, else from the start row.
    pub goal: Option<String>,
    /// The goal's weight: from the review row, else from the start row, else
    /// [`DEFAULT_GOAL_WEIGHT`].
    pub weight: f64,
    /// The level rated when the goal was set: from the start response's row, else from the
    /// review response's row (a goal added during the work).
    pub start_level: Option<i64>,
    /// The level rated for the final review, from the review response's row.
    pub review_level: Option<i64>,
    /// `review_level − start_level`; `None` when either is missing.
    pub difference: Option<i64>,
}

impl fmt::Debug for GoalChange {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("GoalChange")
            .field("index", &self.index)
            .field("values", &"<redacted>")
            .finish_non_exhaustive()
    }
}

/// Goal attainment over several goals as one number.
#[derive(Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct GoalAttainment {
    /// The Kiresuk T-score (see [`t_score`]).
    pub t_score: f64,
    /// Goals with a level, included in the T-score.
    pub rated: u32,
    /// Goals of the comparison without a level, left out of the T-score.
    pub unrated: u32,
}

impl fmt::Debug for GoalAttainment {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("GoalAttainment")
            .field("t_score", &"<redacted>")
            .field("rated", &self.rated)
            .field("unrated", &self.unrated)
            .finish()
    }
}

/// Compares the answers of a start response with those of a review response.
///
/// Both must be [`arvio_core::validate()`]d against `form` (invalid answers are simply absent).
/// Scores are computed with [`arvio_core::score()`] for each; goals are read from the repeating
/// group [`GOALS`] if the form has one (otherwise the comparison has no goals).
///
/// ```
/// use arvio_core::{validate, Response};
/// use arvio_forms::compare::compare;
/// use arvio_forms::builtin;
///
/// let form = builtin("family-self-assessment").unwrap();
/// let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
/// let json = include_str!("../../../examples/responses/family-self-assessment-sv.json");
/// let review = validate(&form, &Response::from_json(json).unwrap(), today).answers;
/// // Compared with itself: nothing changed.
/// let cmp = compare(&form, &review, &review);
/// assert_eq!(cmp.score("routines").unwrap().difference, Some(0.0));
/// assert!(cmp.goals.iter().all(|g| g.review_level.is_some()));
/// ```
pub fn compare(form: &Form, start: &Answers, review: &Answers) -> Comparison {
    let start_report = score(form, start);
    let review_report = score(form, review);
    let scores = form
        .scores
        .iter()
        .zip(start_report.scores.iter().zip(review_report.scores.iter()))
        .map(|(def, (s, r))| score_change(def, s, r))
        .collect();

    let start_rows = goal_rows(start);
    let review_rows = goal_rows(review);
    let n = start_rows.len().max(review_rows.len());
    let goals: Vec<GoalChange> = (0..n)
        .map(|i| goal_change(i, start_rows.get(i), review_rows.get(i)))
        .collect();

    let start_attainment = attainment(&goals, |g| g.start_level);
    let review_attainment = attainment(&goals, |g| g.review_level);
    Comparison {
        form: form.id.clone(),
        form_version: form.version.to_string(),
        scores,
        goals,
        start_attainment,
        review_attainment,
    }
}

/// The Kiresuk T-score of goals given as `(level, weight)`:
/// `50 + 10 · Σwᵢxᵢ / √((1 − ρ)Σwᵢ² + ρ(Σwᵢ)²)` with ρ = [`GOAL_CORRELATION`].
///
/// `None` when there are no goals, or when the weights make the formula undefined (all zero,
/// negative sums or non-finite values). The formula is unverified (see the
/// [module documentation](self)).
///
/// ```
/// use arvio_forms::compare::t_score;
///
/// assert_eq!(t_score(&[]), None);
/// assert_eq!(t_score(&[(-2, 1.0)]), Some(30.0));
/// // Two equally weighted goals at +1: 50 + 10 · 2 / √(0.7 · 2 + 0.3 · 4) = 62.40…
/// let t = t_score(&[(1, 1.0), (1, 1.0)]).unwrap();
/// assert!((t - 62.403_473_1).abs() < 1e-6);
/// ```
pub fn t_score(goals: &[(i64, f64)]) -> Option<f64> {
    if goals.is_empty() {
        return None;
    }
    let rho = GOAL_CORRELATION;
    let weighted: f64 = goals.iter().map(|&(x, w)| w * x as f64).sum();
    let sum_w: f64 = goals.iter().map(|&(_, w)| w).sum();
    let sum_w2: f64 = goals.iter().map(|&(_, w)| w * w).sum();
    let denominator = ((1.0 - rho) * sum_w2 + rho * sum_w * sum_w).sqrt();
    if !(denominator.is_finite() && denominator > 0.0 && weighted.is_finite()) {
        return None;
    }
    Some(50.0 + 10.0 * weighted / denominator)
}

fn score_change(
    def: &arvio_core::model::ScoreDef,
    s: &ScoreResult,
    r: &ScoreResult,
) -> ScoreChange {
    let difference = match (s.value, r.value) {
        (Some(a), Some(b)) => Some(b - a),
        _ => None,
    };
    let band_change = match (s.value, r.value, &s.band, &r.band) {
        (Some(_), Some(_), Some(a), Some(b)) => Some(shift(def, a, b)),
        _ => None,
    };
    ScoreChange {
        id: s.id.clone(),
        label: s.label.clone(),
        start: s.value,
        review: r.value,
        start_completeness: s.completeness,
        review_completeness: r.completeness,
        difference,
        start_band: s.band.clone(),
        review_band: r.band.clone(),
        band_change,
    }
}

fn shift(def: &arvio_core::model::ScoreDef, from: &BandResult, to: &BandResult) -> BandShift {
    if from.code == to.code {
        return BandShift::Same;
    }
    let position = |code: &str| def.bands.iter().position(|b| b.code == code);
    match (position(&from.code), position(&to.code)) {
        (Some(a), Some(b)) if b > a => BandShift::Up,
        (Some(a), Some(b)) if b < a => BandShift::Down,
        _ => BandShift::Unordered,
    }
}

fn goal_rows(answers: &Answers) -> &[Row] {
    match answers.get(GOALS) {
        Some(Answer::Group(rows)) => rows,
        _ => &[],
    }
}

fn level(row: Option<&Row>, id: &str) -> Option<i64> {
    match row?.get(id)? {
        Answer::Scale(v) => Some(*v),
        _ => None,
    }
}

fn goal_change(index: usize, start: Option<&Row>, review: Option<&Row>) -> GoalChange {
    let text = |row: Option<&Row>| match row?.get(GOAL_TEXT)? {
        Answer::Text(t) => Some(t.clone()),
        _ => None,
    };
    let weight = |row: Option<&Row>| match row?.get(GOAL_WEIGHT)? {
        Answer::Number(w) => Some(*w),
        _ => None,
    };
    let start_level = level(start, GOAL_START_LEVEL).or_else(|| level(review, GOAL_START_LEVEL));
    let review_level = level(review, GOAL_REVIEW_LEVEL);
    GoalChange {
        index,
        goal: text(review).or_else(|| text(start)),
        weight: weight(review)
            .or_else(|| weight(start))
            .unwrap_or(DEFAULT_GOAL_WEIGHT),
        start_level,
        review_level,
        difference: start_level.zip(review_level).map(|(a, b)| b - a),
    }
}

fn attainment(
    goals: &[GoalChange],
    level: impl Fn(&GoalChange) -> Option<i64>,
) -> Option<GoalAttainment> {
    let rated: Vec<(i64, f64)> = goals
        .iter()
        .filter_map(|g| level(g).map(|x| (x, g.weight)))
        .collect();
    let t = t_score(&rated)?;
    Some(GoalAttainment {
        t_score: t,
        rated: rated.len() as u32,
        unrated: (goals.len() - rated.len()) as u32,
    })
}
