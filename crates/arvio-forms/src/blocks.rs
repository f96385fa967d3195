//! The built-in forms' rules as prepared, localized content for every renderer: the statutory
//! deadlines of the service-need assessment and the start-versus-review comparison of the
//! family self-assessment. Each is a [`Block`] (a heading, a chart, tables, notes) that the
//! caller passes to a renderer with [`RenderContext::with_blocks`]; renderers only lay it out.
//!
//! ```
//! use arvio_core::{CopyFor, Response, render::IdTexts, validate};
//! use arvio_forms::{blocks, builtin};
//!
//! let form = builtin("service-need").unwrap();
//! let today = arvio_core::chrono::NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
//! let json = include_str!("../../../examples/responses/service-need-fi.json");
//! let answers = validate(&form, &Response::from_json(json).unwrap(), today).answers;
//! let worker = blocks::summary_blocks(&form, &answers, CopyFor::Worker, &IdTexts, today);
//! assert_eq!(worker[0].id, "deadlines");
//! // The deadlines are read from the worker's answers: the family's copy has none.
//! assert!(blocks::summary_blocks(&form, &answers, CopyFor::Family, &IdTexts, today).is_empty());
//! ```
//!
//! [`RenderContext::with_blocks`]: arvio_core::render::RenderContext::with_blocks

use crate::compare::{Comparison, GoalAttainment, compare};
use crate::deadlines::{self, Binding};
use arvio_core::chrono::NaiveDate;
use arvio_core::model::{CopyFor, Form, Question, QuestionKind};
use arvio_core::render::view::{Block, Cell, Table, score_chart, score_shows};
use arvio_core::render::{Arg, Texts, common};
use arvio_core::validate::{Answer, Answers};
use arvio_core::{ScoreResult, score};

/// Message id of the note on goal attainment (T-scores at start and review).
pub const ATTAINMENT: &str = "arvio-compare-attainment";
/// Message id of the note under the deadlines (from the service-need form's texts), when the
/// form has no [`DEADLINES_NOTE_QUESTION`].
pub const DEADLINES_NOTE: &str = "sn-deadlines-note";
/// The service-need form's info question whose label explains the time limits: the deadlines
/// block repeats it under its table, so that each form version brings its own wording.
pub const DEADLINES_NOTE_QUESTION: &str = "deadlines_note";

/// The blocks a summary of `answers` shows for this form and copy: the statutory deadlines of
/// a service-need assessment in the worker's copy (they are computed from the worker's
/// answers, so the family's copy has none); nothing for the other forms.
///
/// The deadlines block has a table of the due dates when the time limits bind the case (or it
/// is not yet known whether they do), and only a note ("without undue delay") when they do
/// not. Its notes explain the limits (the label of the form's `deadlines_note` question), a
/// due date on a day off, an assessment resolved to be unnecessary, and a case whose binding is
/// not yet known.
pub fn summary_blocks(
    form: &Form,
    answers: &Answers,
    copy: CopyFor,
    t: &dyn Texts,
    today: NaiveDate,
) -> Vec<Block> {
    if copy != CopyFor::Worker {
        return Vec::new();
    }
    let Some(case) = deadlines::assess(form, answers, today) else {
        return Vec::new();
    };
    let mut block = Block::new("deadlines", t.message(common::DEADLINES));
    if !case.binding.has_due_dates() {
        block.notes.push(t.message(deadlines::NONE_NOTE));
        return vec![block];
    }
    let mut table = Table::new(
        "deadlines",
        t.message(common::DEADLINES),
        vec![
            t.message(common::DEADLINE_STEP),
            t.message(common::DEADLINE_DUE),
            t.message(common::DEADLINE_DONE),
            t.message(common::DEADLINE_STATUS),
        ],
    );
    for d in &case.deadlines {
        let status = t.message(d.status.message_id());
        let mut due = t.date(d.due);
        if d.on_day_off {
            due.push_str(deadlines::DAY_OFF_MARK);
        }
        table.rows.push(vec![
            Cell::new(t.message(d.id)),
            Cell::new(due),
            Cell::new(d.done_on.map_or_else(|| "–".to_string(), |x| t.date(x))),
            if d.status.is_flagged() {
                Cell::flagged(status)
            } else {
                Cell::new(status)
            },
        ]);
    }
    block.tables.push(table);
    let note = form
        .question(DEADLINES_NOTE_QUESTION)
        .map_or(DEADLINES_NOTE, |q| q.label.as_str());
    block.notes.push(t.message(note));
    if case.binding == Binding::Unknown {
        block.notes.push(t.message(deadlines::UNKNOWN_NOTE));
    }
    if case.not_needed {
        block.notes.push(t.message(deadlines::NOT_NEEDED_NOTE));
    }
    if case.deadlines.iter().any(|d| d.on_day_off) {
        block.notes.push(t.message(deadlines::DAY_OFF_NOTE));
    }
    vec![block]
}

/// A difference as a person writes it: `+1`, `−0,5`, `0`.
fn signed(t: &dyn Texts, d: f64) -> String {
    if d > 0.0 {
        format!("+{}", t.number(d))
    } else if d < 0.0 {
        format!("−{}", t.number(-d))
    } else {
        t.number(0.0)
    }
}

fn or_dash(v: Option<String>) -> String {
    v.unwrap_or_else(|| "–".to_string())
}

/// The goals group's sub-question, for option and scale labels.
fn goal_sub<'a>(form: &'a Form, id: &str) -> Option<&'a Question> {
    match &form.question(crate::compare::GOALS)?.kind {
        QuestionKind::Group { questions, .. } => questions.iter().find(|q| q.id == id),
        _ => None,
    }
}

/// The start-versus-review comparison of two responses of one family, as one block: a chart
/// of the scores at start and at review, a table of the scores (start, review, change), a
/// table of the goals (start level, review level, change) and the goal attainment note. In
/// the family's copy, only scores that copy may show.
pub fn comparison_blocks(
    form: &Form,
    start: &Answers,
    review: &Answers,
    copy: CopyFor,
    t: &dyn Texts,
) -> Vec<Block> {
    let cmp: Comparison = compare(form, start, review);
    let start_scores: Vec<ScoreResult> = score(form, start).scores;
    let review_scores: Vec<ScoreResult> = score(form, review).scores;
    let start_word = t.message(common::COMPARE_START);
    let review_word = t.message(common::COMPARE_REVIEW);
    let change_word = t.message(common::COMPARE_CHANGE);
    let mut block = Block::new("compare", t.message(common::COMPARE_TITLE));
    block.chart = score_chart(
        form,
        &[
            (start_word.clone(), start_scores.as_slice()),
            (review_word.clone(), review_scores.as_slice()),
        ],
        copy,
        t,
    );
    let mut scores = Table::new(
        "compare-scores",
        t.message(common::SCORES),
        vec![
            t.message(common::SCORE),
            start_word.clone(),
            review_word.clone(),
            change_word.clone(),
        ],
    );
    for s in &cmp.scores {
        if !form
            .score(&s.id)
            .is_some_and(|d| score_shows(form, copy, d))
        {
            continue;
        }
        let band = |v: Option<f64>, b: &Option<arvio_core::score::BandResult>| {
            v.map(|v| match b {
                Some(b) => format!("{} ({})", t.number(v), t.message(&b.label)),
                None => t.number(v),
            })
        };
        scores.rows.push(vec![
            Cell::new(t.message(&s.label)),
            Cell::new(or_dash(band(s.start, &s.start_band))),
            Cell::new(or_dash(band(s.review, &s.review_band))),
            Cell::new(or_dash(s.difference.map(|d| signed(t, d)))),
        ]);
    }
    if !scores.rows.is_empty() {
        block.tables.push(scores);
    }
    let goals_q = form.question(crate::compare::GOALS);
    if let Some(g) = goals_q.filter(|q| copy.shows(q))
        && !cmp.goals.is_empty()
    {
        let level_q = goal_sub(form, crate::compare::GOAL_REVIEW_LEVEL)
            .or_else(|| goal_sub(form, crate::compare::GOAL_START_LEVEL));
        let level = |l: Option<i64>| {
            l.map(|l| match level_q {
                Some(q) => arvio_core::render::view::answer_text(q, &Answer::Scale(l), t),
                None => t.number(l as f64),
            })
        };
        let goal_label = goal_sub(form, crate::compare::GOAL_TEXT)
            .map_or_else(|| t.message(&g.label), |q| t.message(&q.label));
        let mut goals = Table::new(
            "compare-goals",
            t.message(&g.label),
            vec![goal_label, start_word, review_word, change_word],
        );
        for goal in &cmp.goals {
            goals.rows.push(vec![
                Cell::new(format!(
                    "{}. {}",
                    goal.index + 1,
                    // The goal is an answer's text: disallowed characters as U+FFFD.
                    arvio_core::chars::clean(goal.goal.as_deref().unwrap_or_default())
                )),
                Cell::new(or_dash(level(goal.start_level))),
                Cell::new(or_dash(level(goal.review_level))),
                Cell::new(or_dash(goal.difference.map(|d| signed(t, d as f64)))),
            ]);
        }
        block.tables.push(goals);
        let ts = |a: &Option<GoalAttainment>| {
            a.as_ref().map_or_else(
                || "–".to_string(),
                |a| t.number((a.t_score * 10.0).round() / 10.0),
            )
        };
        if cmp.start_attainment.is_some() || cmp.review_attainment.is_some() {
            block.notes.push(t.message_with(
                ATTAINMENT,
                &[
                    ("start", Arg::Str(&ts(&cmp.start_attainment))),
                    ("review", Arg::Str(&ts(&cmp.review_attainment))),
                ],
            ));
        }
    }
    vec![block]
}

/// Every message id this module uses besides the core's common ones and the forms' own.
pub fn message_ids() -> &'static [&'static str] {
    &[ATTAINMENT]
}
