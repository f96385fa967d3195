//! arvio conditions and scores as FHIR: `enableWhen` where R4 can say it, FHIRPath otherwise.
//!
//! Every FHIRPath expression here is evaluated over the `QuestionnaireResponse` (`%resource`)
//! with the item structure of the crate docs: the answers of a top-level question `q` in
//! section `s` are `%resource.item.where(linkId='section-s').item.where(linkId='q')
//! .answer.value` (the same as `%resource.repeat(item).where(linkId='q').answer.value`, which
//! engines evaluate far more slowly); a scale answer is a Coding whose
//! code is the point as text (`"3"`, `"-2"`) or `"na"`; a multiple-choice answer is several
//! answers; a question that was not answered (or that does not apply) has no answer.
//!
//! ## Agreement with arvio
//! arvio evaluates conditions with three-valued logic (see `arvio_core::validate`): a test on
//! an *invalid* answer is unknown. A `QuestionnaireResponse` made from a valid arvio response
//! has no invalid answers, so there the logic is two-valued and every expression below is a
//! boolean (never empty): a test on an unanswered question is false (`answered = false` is
//! true), `not` negates, `all`/`any` are `and`/`or`, `any_row` holds when one row satisfies its
//! condition. `tests/fhir_check.py` checks this agreement with an independent FHIRPath engine.
//!
//! ## Rows
//! A sub-question whose condition reads a sibling in the same row gets an expression that
//! reads the row through `%context`: **`%context` is the `QuestionnaireResponse` item of the
//! group repetition (the row) that the sub-question is in**. (R4 `enableWhen` cannot say "the
//! same row": its nearest-occurrence rule finds another row's answer when this row's sibling
//! is unanswered.) As in arvio, an id the row has not answered falls back to the top-level
//! question of the same id, if there is one.

use arvio_core::model::{
    CmpOp, Condition, Form, Literal, Question, QuestionKind, ScoreDef, ScoreMethod, Test,
};
use serde_json::{Value, json};

/// The SDC extension holding an expression that enables an item.
pub const ENABLE_WHEN_EXPRESSION: &str =
    "http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-enableWhenExpression";

/// Where the ids of a condition resolve.
#[derive(Debug, Clone, Copy)]
pub enum Scope<'a> {
    /// Top-level questions only.
    Top,
    /// A row of the repeating group `group`: its sub-question ids resolve to the row, reached
    /// through `base` (`"%context."` for a sub-question's own condition, `""` inside a
    /// `where`/`all` iterating over the rows); with `fallback`, an id the row leaves
    /// unanswered resolves to the top-level question of the same id (arvio's rule for a
    /// sub-question's condition; `any_row` conditions read the row only).
    Row {
        /// The group question.
        group: &'a Question,
        /// The FHIRPath prefix that reaches the row item.
        base: &'static str,
        /// Whether unanswered row ids fall back to top-level questions.
        fallback: bool,
    },
}

/// A FHIRPath string literal (quotes and backslashes escaped).
pub fn string_literal(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('\'');
    for c in s.chars() {
        match c {
            '\'' => out.push_str("\\'"),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c => out.push(c),
        }
    }
    out.push('\'');
    out
}

/// A FHIRPath number literal (Rust's `Display` for `f64` never uses an exponent).
pub fn number_literal(n: f64) -> String {
    if n.is_finite() {
        format!("{n}")
    } else {
        // Not reachable from a loaded form; an impossible comparison stays false.
        "{}".to_string()
    }
}

fn op_text(op: CmpOp) -> &'static str {
    match op {
        CmpOp::Gt => ">",
        CmpOp::Gte => ">=",
        CmpOp::Lt => "<",
        CmpOp::Lte => "<=",
    }
}

/// The FHIRPath collection of the QuestionnaireResponse items of a top-level question (of a
/// repeating group: its rows), by their exact place: the question's item in its section's
/// group item. (`%resource.repeat(item).where(...)` finds the same items, but searches the
/// whole response every time it is evaluated.)
pub fn top_items(form: &Form, id: &str) -> String {
    match form.question_in_section(id) {
        Some((section, _)) => format!(
            "%resource.item.where(linkId={}).item.where(linkId={})",
            string_literal(&crate::section_link_id(&section.id)),
            string_literal(id)
        ),
        None => format!(
            "%resource.repeat(item).where(linkId={})",
            string_literal(id)
        ),
    }
}

/// The FHIRPath collection of the rows of a top-level repeating group: its items, less the
/// one that stands for a blank answer (a group answered with no rows is one item carrying the
/// [`BLANK_ANSWER`](crate::response::BLANK_ANSWER) extension, and no row).
pub fn rows(form: &Form, group: &str) -> String {
    format!(
        "{}.where(extension.where(url.endsWith('/StructureDefinition/{}')).empty())",
        top_items(form, group),
        crate::response::BLANK_ANSWER
    )
}

/// The FHIRPath collection of a top-level question's answer values.
pub fn top_values(form: &Form, id: &str) -> String {
    format!("{}.answer.value", top_items(form, id))
}

/// The FHIRPath collection of the answer values of a top-level question, or (for a link id
/// `{group}.{sub}`) of a sub-question in every row of its group.
pub fn link_values(form: &Form, link_id: &str) -> String {
    match link_id.split_once('.') {
        Some((group, _)) => format!(
            "{}.item.where(linkId={}).answer.value",
            top_items(form, group),
            string_literal(link_id)
        ),
        None => top_values(form, link_id),
    }
}

fn row_values(base: &str, group: &str, sub: &str) -> String {
    format!(
        "{base}item.where(linkId={}).answer.value",
        string_literal(&crate::sub_link_id(group, sub))
    )
}

/// A boolean FHIRPath expression: `test` holds for the answer values `vals` of question `q`
/// (false when `vals` is empty, except for `answered = false`).
pub fn test_expr(vals: &str, q: &Question, test: &Test) -> String {
    match test {
        Test::Answered(true) => format!("{vals}.exists()"),
        Test::Answered(false) => format!("{vals}.empty()"),
        Test::Equals(lit) => literal_expr(vals, q, lit),
        Test::OneOf(lits) if lits.is_empty() => "false".to_string(),
        Test::OneOf(lits) => format!(
            "({})",
            lits.iter()
                .map(|l| literal_expr(vals, q, l))
                .collect::<Vec<_>>()
                .join(" or ")
        ),
        Test::Compare(op, x) => match &q.kind {
            QuestionKind::Scale { .. } => format!(
                "{vals}.where(code != 'na').where(code.toInteger() {} {}).exists()",
                op_text(*op),
                number_literal(*x)
            ),
            QuestionKind::Number { .. } => format!(
                "{vals}.where($this {} {}).exists()",
                op_text(*op),
                number_literal(*x)
            ),
            _ => "false".to_string(),
        },
    }
}

fn literal_expr(vals: &str, q: &Question, lit: &Literal) -> String {
    match (&q.kind, lit) {
        (
            QuestionKind::SingleChoice { .. } | QuestionKind::MultipleChoice { .. },
            Literal::Code(c),
        ) => {
            format!("{vals}.where(code = {}).exists()", string_literal(c))
        }
        (QuestionKind::Scale { .. }, Literal::Code(c)) if c == "na" => {
            format!("{vals}.where(code = 'na').exists()")
        }
        (QuestionKind::YesNo, Literal::Bool(b)) => format!("{vals}.where($this = {b}).exists()"),
        (QuestionKind::Scale { .. }, Literal::Number(n)) if n.fract() == 0.0 && n.is_finite() => {
            format!("{vals}.where(code = '{}').exists()", *n as i64)
        }
        (QuestionKind::Number { .. }, Literal::Number(n)) => {
            format!("{vals}.where($this = {}).exists()", number_literal(*n))
        }
        // arvio: a literal of another type never matches.
        _ => "false".to_string(),
    }
}

/// The sub-question `id` of a repeating group (`None` for another kind of question).
pub(crate) fn sub_question<'a>(group: &'a Question, id: &str) -> Option<&'a Question> {
    match &group.kind {
        QuestionKind::Group { questions, .. } => questions.iter().find(|q| q.id == id),
        _ => None,
    }
}

/// A boolean FHIRPath expression that holds exactly when arvio's condition holds (on a
/// response without invalid answers).
pub fn condition_expr(form: &Form, c: &Condition, scope: Scope<'_>) -> String {
    match c {
        Condition::All(cs) | Condition::Any(cs) => {
            let (op, empty) = if matches!(c, Condition::All(_)) {
                (" and ", "true")
            } else {
                (" or ", "false")
            };
            if cs.is_empty() {
                return empty.to_string();
            }
            format!(
                "({})",
                cs.iter()
                    .map(|c| condition_expr(form, c, scope))
                    .collect::<Vec<_>>()
                    .join(op)
            )
        }
        Condition::Not(c) => format!("({}).not()", condition_expr(form, c, scope)),
        Condition::AnyRow { group, row } => match form.question(group) {
            Some(g) => format!(
                "{}.where({}).exists()",
                rows(form, group),
                condition_expr(
                    form,
                    row,
                    Scope::Row {
                        group: g,
                        base: "",
                        fallback: false,
                    }
                )
            ),
            None => "false".to_string(),
        },
        Condition::Test { question, test } => {
            let top = form.question(question);
            if let Scope::Row {
                group,
                base,
                fallback,
            } = scope
            {
                if let Some(sub) = sub_question(group, question) {
                    let r = row_values(base, &group.id, question);
                    let in_row = test_expr(&r, sub, test);
                    return match top.filter(|_| fallback) {
                        Some(tq) => format!(
                            "(({r}.exists() and {in_row}) or ({r}.empty() and {}))",
                            test_expr(&top_values(form, question), tq, test)
                        ),
                        None => in_row,
                    };
                }
                if !fallback {
                    return empty_test(test);
                }
            }
            match top {
                // A group is answered when it has a row; no literal matches it.
                Some(q) if matches!(q.kind, QuestionKind::Group { .. }) => match test {
                    Test::Answered(true) => format!("{}.exists()", rows(form, question)),
                    Test::Answered(false) => format!("{}.empty()", rows(form, question)),
                    _ => "false".to_string(),
                },
                Some(q) => test_expr(&top_values(form, question), q, test),
                None => empty_test(test),
            }
        }
    }
}

/// A test on an id that resolves to no answer (an `any_row` test on an id outside the row):
/// only `answered = false` holds.
fn empty_test(test: &Test) -> String {
    matches!(test, Test::Answered(false)).to_string()
}

/// The `enableWhen` elements and `enableBehavior` that say `c`, when R4 can say it: a test, or
/// `all`/`any` of tests, on top-level questions (from a row: top-level questions that no
/// sibling shadows), where each test is `equals`/`one_of` on a single choice, yes/no, number or
/// scale code, a comparison of a number, or `answered`. `None` otherwise (use
/// [`condition_expr`] with [`ENABLE_WHEN_EXPRESSION`]).
pub fn enable_when(
    form: &Form,
    system: &str,
    c: &Condition,
    scope: Scope<'_>,
) -> Option<(Vec<Value>, Option<&'static str>)> {
    match c {
        Condition::Test { .. } => {
            let atoms = test_atoms(form, system, c, scope)?;
            let behavior = (atoms.len() > 1).then_some("any");
            Some((atoms, behavior))
        }
        Condition::All(cs) | Condition::Any(cs) if !cs.is_empty() => {
            let all = matches!(c, Condition::All(_));
            let mut out = Vec::new();
            for c in cs {
                let atoms = test_atoms(form, system, c, scope)?;
                // `all` of a `one_of` (an "any" inside "all") is a nested mix.
                if all && atoms.len() > 1 {
                    return None;
                }
                out.extend(atoms);
            }
            let behavior = (out.len() > 1).then_some(if all { "all" } else { "any" });
            Some((out, behavior))
        }
        _ => None,
    }
}

fn test_atoms(form: &Form, system: &str, c: &Condition, scope: Scope<'_>) -> Option<Vec<Value>> {
    let Condition::Test { question, test } = c else {
        return None;
    };
    if let Scope::Row { group, .. } = scope
        && sub_question(group, question).is_some()
    {
        return None;
    }
    let q = form.question(question)?;
    if matches!(q.kind, QuestionKind::Group { .. } | QuestionKind::Info) {
        // enableWhen may only name a question that takes answers.
        return None;
    }
    let answer = |lit: &Literal| -> Option<(&'static str, Value)> {
        match (&q.kind, lit) {
            (QuestionKind::SingleChoice { .. }, Literal::Code(code)) => {
                Some(("answerCoding", json!({"system": system, "code": code})))
            }
            (QuestionKind::Scale { .. }, Literal::Code(code)) if code == "na" => {
                Some(("answerCoding", json!({"system": system, "code": "na"})))
            }
            (QuestionKind::Scale { .. }, Literal::Number(n)) if n.fract() == 0.0 => Some((
                "answerCoding",
                json!({"system": system, "code": (*n as i64).to_string()}),
            )),
            (QuestionKind::YesNo, Literal::Bool(b)) => Some(("answerBoolean", json!(b))),
            (QuestionKind::Number { integer: true, .. }, Literal::Number(n))
                if n.fract() == 0.0 && n.abs() < 2_147_483_648.0 =>
            {
                Some(("answerInteger", json!(*n as i64)))
            }
            (QuestionKind::Number { integer: false, .. }, Literal::Number(n)) => {
                Some(("answerDecimal", json!(n)))
            }
            _ => None,
        }
    };
    let atom = |op: &str, (key, value): (&str, Value)| {
        let mut m = serde_json::Map::new();
        m.insert("question".into(), json!(question));
        m.insert("operator".into(), json!(op));
        m.insert(key.into(), value);
        Value::Object(m)
    };
    match test {
        Test::Answered(b) => Some(vec![atom("exists", ("answerBoolean", json!(b)))]),
        Test::Equals(lit) => Some(vec![atom("=", answer(lit)?)]),
        Test::OneOf(lits) if !lits.is_empty() => lits
            .iter()
            .map(|l| answer(l).map(|a| atom("=", a)))
            .collect(),
        Test::Compare(op, x) => match &q.kind {
            QuestionKind::Number { .. } => {
                Some(vec![atom(op_text(*op), answer(&Literal::Number(*x))?)])
            }
            _ => None,
        },
        _ => None,
    }
}

/// The boolean FHIRPath expression "the top-level question applies": its section's condition
/// and its own (`true` when it has none).
pub fn applies_expr(form: &Form, id: &str) -> String {
    let Some((section, q)) = form.question_in_section(id) else {
        return "false".to_string();
    };
    let parts: Vec<String> = [&section.applies_if, &q.applies_if]
        .into_iter()
        .flatten()
        .map(|c| condition_expr(form, c, Scope::Top))
        .collect();
    if parts.is_empty() {
        "true".to_string()
    } else {
        parts.join(" and ")
    }
}

/// The FHIRPath of a score, exactly as `arvio_core::score` computes its value: items that do
/// not apply are left out, an unanswered or "not applicable" item is missing, a sum is
/// prorated (`total * items / answered`) when no more than `max_missing` items are missing,
/// a mean averages the answered items, a count counts the answered items that pass its test;
/// the value is empty when the score is incomplete or no item applies.
///
/// `None` for a score that reads an item that is not a top-level scorable question (a loaded
/// form has none). As in arvio, the value is kept within the score's range
/// ([`ScoreDef::range`]). Not expressed: bands and band overrides (interpretations, not
/// values).
pub fn score_expr(form: &Form, def: &ScoreDef) -> Option<String> {
    let mut applies = Vec::new();
    let mut points = Vec::new();
    for id in &def.items {
        let q = form.question(id)?;
        let vals = top_values(form, id);
        // The answered, non-"not applicable" values (0 or 1 of them).
        let answered = match &q.kind {
            QuestionKind::Scale { .. } => format!("{vals}.where(code != 'na')"),
            _ => vals.clone(),
        };
        let mut p = match &def.method {
            ScoreMethod::Count(test) => format!(
                "iif({answered}.exists(), iif({}, 1, 0), {{}})",
                test_expr(&vals, q, test)
            ),
            ScoreMethod::Sum | ScoreMethod::Mean => match &q.kind {
                QuestionKind::Scale { .. } => format!("{answered}.code.toInteger()"),
                QuestionKind::YesNo => format!("{vals}.select(iif($this, 1, 0))"),
                QuestionKind::SingleChoice { options } => {
                    let mut e = "{}".to_string();
                    for o in options.iter().rev() {
                        if let Some(pts) = o.points {
                            e = format!(
                                "iif(code = {}, {}, {e})",
                                string_literal(&o.code),
                                number_literal(pts)
                            );
                        }
                    }
                    format!("{vals}.select({e})")
                }
                _ => return None,
            },
        };
        if !matches!(def.method, ScoreMethod::Count(_))
            && def.reverse.contains(id)
            && let Some((lo, hi)) = q.points_range()
        {
            p = format!("{p}.select({} - $this)", number_literal(lo + hi));
        }
        applies.push(applies_expr(form, id));
        points.push(format!("({p})"));
    }
    if def.items.is_empty() {
        return Some("{}".to_string());
    }
    // How many items apply: items under the same condition counted together (the items of a
    // score mostly share their section's condition), unconditional ones as a constant.
    let mut groups: Vec<(String, usize)> = Vec::new();
    for a in applies {
        match groups.iter_mut().find(|(e, _)| *e == a) {
            Some((_, n)) => *n += 1,
            None => groups.push((a, 1)),
        }
    }
    let applicable = format!(
        "({})",
        groups
            .iter()
            .map(|(e, n)| {
                if e == "true" {
                    n.to_string()
                } else {
                    format!("iif({e}, {n}, 0)")
                }
            })
            .collect::<Vec<_>>()
            .join(" + ")
    );
    // The points of the answered items (each item gives 0 or 1 of them).
    let values = points
        .iter()
        .skip(1)
        .fold(points[0].clone(), |acc, p| format!("{acc}.combine({p})"));
    let (lo, hi) = def.range(form);
    // Evaluated with `$this` = the number of answered items.
    let value = match def.method {
        ScoreMethod::Sum => format!("{values}.sum() * {} / $this", def.items.len()),
        ScoreMethod::Mean => format!("{values}.sum() / $this"),
        ScoreMethod::Count(_) => format!("{values}.sum()"),
    };
    // As arvio, the value is kept in the score's range (a prorated sum can leave it).
    let value = format!(
        "(({value}).combine({}).max()).combine({}).min()",
        number_literal(lo),
        number_literal(hi)
    );
    Some(format!(
        "{values}.count().select(iif({applicable} = 0 or $this = 0 or {applicable} - $this > {}, {{}}, {value}))",
        def.max_missing
    ))
}
