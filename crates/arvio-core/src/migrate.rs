//! Versions of a form and migrations between them.
//!
//! A form changes over time; a stored response names the version it was filled in
//! (`form_version`). [`FormVersions`] holds every known version of one form, finds the version a
//! response was filled in ([`FormVersions::validate_part`] reports an unknown one as
//! `unknown-form-version`), and [`migrate`] turns a response to an older version into a response
//! to a newer one, chaining through every version in between.
//!
//! # Declaring a migration
//!
//! A newer form file declares how a response to the version before it becomes a response to
//! itself, in a `[migration]` table. Every step names a question by its id in the **older**
//! version (`group.sub` for a group's sub-question) and, where it goes somewhere, its place in
//! **this** version:
//!
//! ```toml
//! [migration]
//! from = "1.1.0"
//! # Same place, new id (a group's sub-question keeps its group: `g.a` to `g.b`).
//! rename = [{ question = "old_id", to = "new_id" }]
//! # Into a group (the answer goes into the group's first row) or out of one.
//! move = [{ question = "carer_willing", to = "carers.willing" }]
//! # The question is gone: its answer is taken out and reported, never dropped silently.
//! remove = [{ question = "pets" }]
//! # Option codes (keys: codes of the older version; values: codes of this one).
//! remap = [{ question = "support_needs", codes = { ageing = "health" } }]
//! # A scale whose range changed: linear, or point by point.
//! rescale = [{ question = "mood", points = { 1 = 1, 2 = 1, 3 = 2, 4 = 3, 5 = 3 } }]
//! # The answer is kept, but a person should look at it (e.g. the code's meaning changed).
//! review = [{ question = "intake_channel", codes = ["application"] }]
//! ```
//!
//! What a version adds needs no declaration. Two consecutive versions that differ in a way no
//! step covers (a question id that disappeared, an option code that disappeared, a scale range
//! or a question's kind that changed) are findings of [`FormVersions::lint`].
//!
//! # The report
//!
//! [`migrate`] always gives the migrated response and a [`MigrationReport`]: every change made
//! (typed, [`Change`]), and what needs a person's look: an answer taken out, a declared review,
//! and every reason the migrated response does not validate against the target version (a
//! required question without an answer, an answer that no longer fits). The report's `Display`
//! names question paths, option codes of the form and counts, never an answer's content; the
//! answers taken out are in the report ([`Change::value`]) for a program to keep.

use crate::load::{Finding, FindingKind, FormError, FormFile, Location, is_snake};
use crate::model::{Form, Part, Question, QuestionKind};
use crate::response::{AnswerPath, AnswerValue, Response};
use crate::validate::{ErrorKind, Validation, ValidationError, validate_part};
use chrono::NaiveDate;
use semver::Version;
use serde_json::{Map, Value};
use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

// ---------------------------------------------------------------------------------------------
// Declarations

/// A question named in a migration: a top-level id, or a group's sub-question (`group.sub`).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct QuestionRef {
    /// The top-level question (the group, for a sub-question).
    pub question: String,
    /// The sub-question, when the reference is to one.
    pub sub: Option<String>,
}

impl QuestionRef {
    /// Reads `id` or `group.sub`.
    pub fn parse(s: &str) -> Option<Self> {
        match s.split_once('.') {
            None if is_snake(s) => Some(QuestionRef::top(s)),
            Some((g, q)) if is_snake(g) && is_snake(q) => Some(QuestionRef {
                question: g.to_string(),
                sub: Some(q.to_string()),
            }),
            _ => None,
        }
    }

    /// A top-level question (or a group as a whole).
    fn top(question: &str) -> Self {
        QuestionRef {
            question: question.to_string(),
            sub: None,
        }
    }

    /// Whether going from here to `to` changes where the question is: into or out of a group,
    /// or from one group to another.
    fn changes_place(&self, to: &QuestionRef) -> bool {
        self.sub.is_some() != to.sub.is_some()
            || (self.sub.is_some() && self.question != to.question)
    }

    /// The question this names in a form, if it exists there.
    pub fn resolve<'f>(&self, form: &'f Form) -> Option<&'f Question> {
        let q = form.question(&self.question)?;
        match &self.sub {
            None => Some(q),
            Some(s) => match &q.kind {
                QuestionKind::Group { questions, .. } => questions.iter().find(|x| &x.id == s),
                _ => None,
            },
        }
    }

    /// The answer's path, for the report. A part that is not shaped like an id (a key of the
    /// response the form does not have) could carry personal data: it is shown as `<key>`.
    fn path(&self, row: Option<usize>) -> AnswerPath {
        let safe = |p: &str| {
            if p.len() <= 64 && is_snake(p) {
                p.to_string()
            } else {
                "<key>".to_string()
            }
        };
        let q = safe(&self.question);
        match (&self.sub, row) {
            (Some(s), Some(r)) => AnswerPath::row(&q, r, &safe(s)),
            (Some(s), None) => AnswerPath(format!("{q}.{}", safe(s))),
            (None, _) => AnswerPath::question(&q),
        }
    }
}

impl fmt::Display for QuestionRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.sub {
            None => f.write_str(&self.question),
            Some(s) => write!(f, "{}.{s}", self.question),
        }
    }
}

/// How a response to the previous version becomes a response to the version whose file
/// declares it (`[migration]`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Migration {
    /// The version migrated from (the previous version).
    pub from: Version,
    /// Where `from` is declared.
    pub location: Location,
    /// The steps, in file order (they name distinct questions, so their order does not
    /// matter).
    pub steps: Vec<Step>,
}

impl Migration {
    /// A migration with no steps (the newer version only adds questions or options).
    pub fn empty(from: Version, location: Location) -> Self {
        Migration {
            from,
            location,
            steps: Vec::new(),
        }
    }
}

/// One step of a migration, with its place in the form file.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Step {
    /// What the step does.
    pub action: Action,
    /// Where it is declared.
    pub location: Location,
}

impl Step {
    /// A step at a location.
    pub fn new(action: Action, location: Location) -> Self {
        Step { action, location }
    }
    /// The question the step is about (its id in the older version).
    pub fn question(&self) -> &QuestionRef {
        match &self.action {
            Action::Rename { question, .. }
            | Action::Move { question, .. }
            | Action::Remove { question }
            | Action::Remap { question, .. }
            | Action::Rescale { question, .. }
            | Action::Review { question, .. } => question,
        }
    }
}

/// What a migration step does. `question` is always the id in the older version.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum Action {
    /// The question has a new id in the same place (top level, or the same group).
    Rename {
        /// The id in the older version.
        question: QuestionRef,
        /// The id in the newer version.
        to: QuestionRef,
    },
    /// The question moved into a group (its answer goes into the first row), out of one (the
    /// first row's answer comes out), or from one group to another (row by row).
    Move {
        /// The id in the older version.
        question: QuestionRef,
        /// The place in the newer version.
        to: QuestionRef,
    },
    /// The question was removed: its answer is taken out and reported.
    Remove {
        /// The id in the older version.
        question: QuestionRef,
    },
    /// Option codes changed: each old code given becomes the new one.
    Remap {
        /// The id in the older version.
        question: QuestionRef,
        /// Old code to new code, with the place of each pair.
        codes: Vec<CodeMap>,
    },
    /// A scale's range changed: points map linearly (rounded, and then reported), or as
    /// listed.
    Rescale {
        /// The id in the older version.
        question: QuestionRef,
        /// Old point to new point; empty for the linear mapping.
        points: Vec<(i64, i64)>,
    },
    /// The answer is kept, and reported as needing a person's look (all answers, or those
    /// with one of `codes`).
    Review {
        /// The id in the older version.
        question: QuestionRef,
        /// The codes to review; empty for every answer.
        codes: Vec<String>,
    },
}

impl Action {
    /// The name of the action as written in form files (`rename`, `move`, ...).
    pub fn name(&self) -> &'static str {
        match self {
            Action::Rename { .. } => "rename",
            Action::Move { .. } => "move",
            Action::Remove { .. } => "remove",
            Action::Remap { .. } => "remap",
            Action::Rescale { .. } => "rescale",
            Action::Review { .. } => "review",
        }
    }
    /// The new place the action gives the question, when it names one.
    pub fn to(&self) -> Option<&QuestionRef> {
        match self {
            Action::Rename { to, .. } | Action::Move { to, .. } => Some(to),
            _ => None,
        }
    }
}

/// One old option code and the new code it becomes.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct CodeMap {
    /// The code in the older version.
    pub from: String,
    /// The code in the newer version.
    pub to: String,
    /// Where the pair is declared.
    pub location: Location,
}

impl CodeMap {
    /// A code pair at a location.
    pub fn new(from: String, to: String, location: Location) -> Self {
        CodeMap { from, to, location }
    }
}

/// Where each old question goes, by the declaration.
#[derive(Default)]
struct Plan<'m> {
    /// Old question to its rename, move or removal.
    place: BTreeMap<&'m QuestionRef, &'m Action>,
    remap: BTreeMap<&'m QuestionRef, &'m [CodeMap]>,
    rescale: BTreeMap<&'m QuestionRef, &'m [(i64, i64)]>,
    review: BTreeMap<&'m QuestionRef, &'m [String]>,
}

impl<'m> Plan<'m> {
    fn new(m: Option<&'m Migration>) -> Self {
        let mut p = Plan::default();
        for s in m.map_or(&[][..], |m| &m.steps) {
            match &s.action {
                a @ (Action::Rename { question, .. }
                | Action::Move { question, .. }
                | Action::Remove { question }) => {
                    p.place.entry(question).or_insert(a);
                }
                Action::Remap { question, codes } => {
                    p.remap.insert(question, codes);
                }
                Action::Rescale { question, points } => {
                    p.rescale.insert(question, points);
                }
                Action::Review { question, codes } => {
                    p.review.insert(question, codes);
                }
            }
        }
        p
    }

    /// Where an old question's answers go: `None` when it is removed. A group's sub-question
    /// follows its group's rename or move unless it has a step of its own.
    fn destination(&self, q: &QuestionRef) -> Option<QuestionRef> {
        // A removal has no `to`.
        if let Some(a) = self.place.get(q) {
            return a.to().cloned();
        }
        let Some(sub) = &q.sub else {
            return Some(q.clone());
        };
        match self.place.get(&QuestionRef::top(&q.question)) {
            Some(a) => a.to().map(|g| QuestionRef {
                question: g.question.clone(),
                sub: Some(sub.clone()),
            }),
            None => Some(q.clone()),
        }
    }
}

/// Every question of a form that takes an answer, as references (a group, then its
/// sub-questions).
fn refs(form: &Form) -> Vec<(QuestionRef, &Question)> {
    let mut out = Vec::new();
    for (_, q) in form.questions() {
        if !q.takes_answer() {
            continue;
        }
        out.push((QuestionRef::top(&q.id), q));
        if let QuestionKind::Group { questions, .. } = &q.kind {
            for s in questions.iter().filter(|s| s.takes_answer()) {
                out.push((
                    QuestionRef {
                        question: q.id.clone(),
                        sub: Some(s.id.clone()),
                    },
                    s,
                ));
            }
        }
    }
    out
}

fn scale_range(q: &Question) -> Option<(i64, i64, bool)> {
    match &q.kind {
        QuestionKind::Scale {
            min,
            max,
            not_applicable,
            ..
        } => Some((*min, *max, not_applicable.is_some())),
        _ => None,
    }
}

fn finding(location: &Location, msg: String) -> Finding {
    Finding {
        location: location.clone(),
        kind: FindingKind::Migration(msg),
    }
}

/// Checks a migration against the version that declares it: every `to` names a question of
/// this version, every remap's new code is an option of the question the answer goes to, a
/// rescale goes to a scale with its points in range, and no question has two renames, moves
/// or removals. (The loader calls this; the checks against the older version are
/// [`check_against_older`].)
pub fn check_against_newer(m: &Migration, new: &Form) -> Vec<Finding> {
    let mut out = Vec::new();
    // (what the step decides: a place, or a value change by name; the question).
    let mut decided: BTreeSet<(&str, &QuestionRef)> = BTreeSet::new();
    let mut targets: BTreeSet<&QuestionRef> = BTreeSet::new();
    if m.from >= new.version {
        out.push(finding(
            &m.location,
            format!(
                "`from = \"{}\"` is not older than this version ({})",
                m.from, new.version
            ),
        ));
    }
    let plan = Plan::new(Some(m));
    for s in &m.steps {
        let q = s.question();
        let decides = match &s.action {
            Action::Rename { .. } | Action::Move { .. } | Action::Remove { .. } => "place",
            a => a.name(),
        };
        if !decided.insert((decides, q)) {
            out.push(finding(
                &s.location,
                format!("`{q}` has more than one {} step", s.action.name()),
            ));
        }
        if let Some(to) = s.action.to() {
            if to.resolve(new).is_none() {
                out.push(finding(
                    &s.location,
                    format!(
                        "{} to `{to}`: no such question in version {}",
                        s.action.name(),
                        new.version
                    ),
                ));
            }
            if !targets.insert(to) {
                out.push(finding(&s.location, format!("two questions go to `{to}`")));
            }
            match &s.action {
                Action::Rename { question, to } if question.changes_place(to) => {
                    out.push(finding(
                        &s.location,
                        format!(
                            "rename `{question}` to `{to}` changes where the question is: use `move`"
                        ),
                    ));
                }
                Action::Move { question, to } if question.sub.is_none() && to.sub.is_none() => {
                    out.push(finding(
                        &s.location,
                        format!(
                            "move `{question}` to `{to}` keeps it at the top level: use `rename`"
                        ),
                    ));
                }
                _ => {}
            }
        }
        let dest = plan.destination(q);
        let resolved = dest.as_ref().and_then(|d| Some((d, d.resolve(new)?)));
        match &s.action {
            Action::Remap { codes, .. } => {
                if let Some((d, dq)) = resolved {
                    for c in codes {
                        if !dq.options().iter().any(|o| o.code == c.to) {
                            out.push(finding(
                                &c.location,
                                format!(
                                    "remap of `{q}`: `{}` is not an option of `{d}` in version {}",
                                    c.to, new.version
                                ),
                            ));
                        }
                    }
                }
            }
            Action::Rescale { points, .. } => {
                if let Some((d, dq)) = resolved {
                    match scale_range(dq) {
                        None => out.push(finding(
                            &s.location,
                            format!(
                                "rescale of `{q}`: `{d}` is not a scale in version {}",
                                new.version
                            ),
                        )),
                        Some((lo, hi, _)) => {
                            for (_, to) in points {
                                if !(lo..=hi).contains(to) {
                                    out.push(finding(
                                        &s.location,
                                        format!(
                                            "rescale of `{q}`: point {to} is outside {lo}..{hi} of `{d}`"
                                        ),
                                    ));
                                }
                            }
                        }
                    }
                }
            }
            _ => {}
        }
        if matches!(
            s.action,
            Action::Remap { .. } | Action::Rescale { .. } | Action::Review { .. }
        ) && dest.is_none()
        {
            out.push(finding(
                &s.location,
                format!("{} of `{q}`, which is removed", s.action.name()),
            ));
        }
    }
    out
}

/// Checks a migration against the version it migrates from: every question it names exists
/// there, every remapped code is an option of it, a rescale starts from a scale with its
/// points in range, and a question keeps its kind where it goes.
pub fn check_against_older(m: &Migration, old: &Form, new: &Form) -> Vec<Finding> {
    let mut out = Vec::new();
    if m.from != old.version {
        out.push(finding(
            &m.location,
            format!(
                "`from = \"{}\"`: the previous version is {}",
                m.from, old.version
            ),
        ));
        return out;
    }
    let plan = Plan::new(Some(m));
    for s in &m.steps {
        let q = s.question();
        let Some(oq) = q.resolve(old) else {
            out.push(finding(
                &s.location,
                format!(
                    "{} of `{q}`: no such question in version {}",
                    s.action.name(),
                    old.version
                ),
            ));
            continue;
        };
        let dest = plan.destination(q).and_then(|d| d.resolve(new));
        if let (Some(to), Some(nq)) = (s.action.to(), dest)
            && oq.kind.name() != nq.kind.name()
        {
            out.push(finding(
                &s.location,
                format!(
                    "{} `{q}` ({}) to `{to}` ({}): a question keeps its kind (remove the old one instead)",
                    s.action.name(),
                    oq.kind.name(),
                    nq.kind.name()
                ),
            ));
        }
        match &s.action {
            Action::Remap { codes, .. } => {
                for c in codes {
                    if !oq.options().iter().any(|o| o.code == c.from) {
                        out.push(finding(
                            &c.location,
                            format!(
                                "remap of `{q}`: `{}` is not an option of it in version {}",
                                c.from, old.version
                            ),
                        ));
                    }
                }
            }
            Action::Rescale { points, .. } => match scale_range(oq) {
                None => out.push(finding(
                    &s.location,
                    format!("rescale of `{q}`: not a scale in version {}", old.version),
                )),
                Some((lo, hi, _)) => {
                    for (from, _) in points {
                        if !(lo..=hi).contains(from) {
                            out.push(finding(
                                &s.location,
                                format!("rescale of `{q}`: point {from} is outside {lo}..{hi}"),
                            ));
                        }
                    }
                    if !points.is_empty() {
                        let given: BTreeSet<i64> = points.iter().map(|p| p.0).collect();
                        if let Some(p) = (lo..=hi).find(|p| !given.contains(p)) {
                            out.push(finding(
                                &s.location,
                                format!("rescale of `{q}`: point {p} has no new point"),
                            ));
                        }
                    }
                }
            },
            Action::Review { codes, .. } => {
                for c in codes {
                    let known = oq.options().iter().any(|o| &o.code == c)
                        || (c == "na" && scale_range(oq).is_some_and(|r| r.2));
                    if !known {
                        out.push(finding(
                            &s.location,
                            format!(
                                "review of `{q}`: `{c}` is not an option of it in version {}",
                                old.version
                            ),
                        ));
                    }
                }
            }
            _ => {}
        }
    }
    out
}

/// The differences between two consecutive versions that no step of the migration covers: a
/// question that disappeared (no rename, move or removal), a question whose kind changed, an
/// option code that disappeared (no remap), a scale whose range changed (no rescale).
/// `location` is where findings without a step of their own point (the migration, or the
/// newer file's version).
pub fn uncovered_changes(
    old: &Form,
    new: &Form,
    m: Option<&Migration>,
    location: &Location,
) -> Vec<Finding> {
    let plan = Plan::new(m);
    let mut out = Vec::new();
    let at = |q: &QuestionRef| {
        m.and_then(|m| m.steps.iter().find(|s| s.question() == q))
            .map_or(location, |s| &s.location)
            .clone()
    };
    let mut push = |loc: Location, msg: String| {
        out.push(Finding {
            location: loc,
            kind: FindingKind::UncoveredChange(msg),
        })
    };
    let (ov, nv) = (&old.version, &new.version);
    for (r, oq) in refs(old) {
        let Some(d) = plan.destination(&r) else {
            continue; // it or its group is removed
        };
        let Some(nq) = d.resolve(new) else {
            push(
                at(&r),
                format!(
                    "`{r}` of version {ov} is not in version {nv} (declare a rename, move or remove)"
                ),
            );
            continue;
        };
        if oq.kind.name() != nq.kind.name() {
            push(
                at(&r),
                format!(
                    "`{r}` is {} in version {ov} and `{d}` {} in version {nv} (remove the old question and give the new one another id)",
                    oq.kind.name(),
                    nq.kind.name()
                ),
            );
            continue;
        }
        let remapped: BTreeSet<&str> = plan
            .remap
            .get(&r)
            .map(|cs| cs.iter().map(|c| c.from.as_str()).collect())
            .unwrap_or_default();
        for o in oq.options() {
            if !nq.options().iter().any(|n| n.code == o.code) && !remapped.contains(o.code.as_str())
            {
                push(
                    at(&r),
                    format!(
                        "option `{}` of `{r}` is not in version {nv} (declare a remap)",
                        o.code
                    ),
                );
            }
        }
        if let (Some((a, b, _)), Some((c, d2, _))) = (scale_range(oq), scale_range(nq))
            && (a, b) != (c, d2)
            && !plan.rescale.contains_key(&r)
        {
            push(
                at(&r),
                format!(
                    "the scale `{r}` is {a}..{b} in version {ov} and {c}..{d2} in version {nv} (declare a rescale)"
                ),
            );
        }
    }
    out
}

// ---------------------------------------------------------------------------------------------
// Versions

/// Every known version of one form, with the migrations their files declare.
///
/// ```
/// use arvio_core::load::parse_form_file;
/// use arvio_core::migrate::FormVersions;
/// let v1 = r#"
/// id = "tiny"
/// version = "1.0.0"
/// title = "t"
/// [[sections]]
/// id = "s"
/// title = "s"
/// [[sections.questions]]
/// id = "mood"
/// kind = "single_choice"
/// label = "l"
/// options = [{ code = "good", label = "g" }, { code = "fine", label = "f" }]
/// "#;
/// let v2 = v1.replace("1.0.0", "2.0.0").replace("\"fine\"", "\"ok\"")
///     + "[migration]\nfrom = \"1.0.0\"\nremap = [{ question = \"mood\", codes = { fine = \"ok\" } }]\n";
/// let versions = FormVersions::new(vec![
///     parse_form_file(v1, "tiny@1.0.0.toml").unwrap(),
///     parse_form_file(&v2, "tiny.toml").unwrap(),
/// ]).unwrap();
/// assert_eq!(versions.known(), ["2.0.0", "1.0.0"]);
/// assert!(versions.lint().is_empty());
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct FormVersions {
    /// Oldest first.
    files: Vec<FormFile>,
}

/// Why a response cannot be migrated at all.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum MigrateError {
    /// The response is for another form.
    #[error("the response is for another form than `{expected}`")]
    WrongForm {
        /// This form's id.
        expected: String,
    },
    /// The response names a version that is not known.
    #[error("the response's form version is not known (known: {})", known.join(", "))]
    UnknownVersion {
        /// The known versions, newest first.
        known: Vec<String>,
    },
    /// The target version is not known.
    #[error("no version {version} (known: {})", known.join(", "))]
    UnknownTarget {
        /// The version asked for.
        version: String,
        /// The known versions, newest first.
        known: Vec<String>,
    },
    /// The target version is older than the response's: migrations go forward only.
    #[error("the response is for version {from}, newer than {to}: migrations go forward only")]
    Backwards {
        /// The response's version.
        from: String,
        /// The target.
        to: String,
    },
}

impl FormVersions {
    /// Puts the versions of a form together (in any order), checking each migration against
    /// the version before it. Errors: files for different forms, two files with one version,
    /// and migrations that do not fit (findings at the declaration's `file:line:column`). The
    /// oldest version's migration is not checked: the version it comes from is not known.
    pub fn new(mut files: Vec<FormFile>) -> Result<Self, FormError> {
        let mut findings = Vec::new();
        files.sort_by(|a, b| a.form.version.cmp(&b.form.version));
        let Some(first) = files.first() else {
            return Err(FormError {
                findings: vec![Finding {
                    location: Location {
                        file: String::new(),
                        line: 1,
                        column: 1,
                    },
                    kind: FindingKind::Migration("no version of the form".into()),
                }],
            });
        };
        let id = first.form.id.clone();
        for w in files.windows(2) {
            if w[0].form.version == w[1].form.version {
                findings.push(finding(
                    &w[1].version_location,
                    format!("version {} is also {}", w[1].form.version, w[0].file),
                ));
            }
        }
        for (i, f) in files.iter().enumerate() {
            if f.form.id != id {
                findings.push(finding(
                    &f.version_location,
                    format!("form `{}` among the versions of `{id}`", f.form.id),
                ));
                continue;
            }
            // The oldest version's migration comes from a version that is not here: it can
            // only be checked when both versions are known.
            if let Some(m) = &f.migration
                && let Some(prev) = i.checked_sub(1).map(|p| &files[p])
            {
                findings.extend(check_against_older(m, &prev.form, &f.form));
            }
        }
        if findings.is_empty() {
            Ok(FormVersions { files })
        } else {
            findings.sort_by(|a, b| a.location.cmp(&b.location));
            findings.dedup();
            Err(FormError { findings })
        }
    }

    /// The form id.
    pub fn id(&self) -> &str {
        &self.files[0].form.id
    }

    /// The newest version.
    pub fn newest(&self) -> &Form {
        &self.files[self.files.len() - 1].form
    }

    /// One version, if known.
    pub fn get(&self, version: &Version) -> Option<&Form> {
        self.file(version).map(|f| &f.form)
    }

    /// One version's file (form, migration, file name), if known.
    pub fn file(&self, version: &Version) -> Option<&FormFile> {
        self.files.iter().find(|f| &f.form.version == version)
    }

    /// Every version's file, oldest first.
    pub fn files(&self) -> &[FormFile] {
        &self.files
    }

    /// The known versions, newest first.
    pub fn versions(&self) -> Vec<&Version> {
        self.files.iter().rev().map(|f| &f.form.version).collect()
    }

    /// The known versions as text, newest first (as [`ErrorKind::UnknownFormVersion`] lists
    /// them).
    pub fn known(&self) -> Vec<String> {
        self.versions().iter().map(ToString::to_string).collect()
    }

    /// The version a response was filled in: `Err` with the known versions when the response
    /// names a version that is not known (a response for another form gets the newest, which
    /// validation reports as `wrong-form`).
    pub fn form_for(&self, response: &Response) -> Result<&Form, ErrorKind> {
        if response.form != self.id() {
            return Ok(self.newest());
        }
        Version::parse(&response.form_version)
            .ok()
            .and_then(|v| self.get(&v))
            .ok_or_else(|| ErrorKind::UnknownFormVersion {
                known: self.known(),
            })
    }

    /// Validates a response against the version it names. A version that is not known is the
    /// error `unknown-form-version` (listing the known ones), and the answers are checked
    /// against the newest version meanwhile. Returns the form validated against.
    pub fn validate_part(
        &self,
        response: &Response,
        today: NaiveDate,
        part: Part,
    ) -> (&Form, Validation) {
        match self.form_for(response) {
            Ok(form) => (form, validate_part(form, response, today, part)),
            Err(kind) => {
                let form = self.newest();
                let mut v = validate_part(form, response, today, part);
                let error = ValidationError {
                    path: AnswerPath::question("form_version"),
                    kind,
                };
                match v
                    .errors
                    .iter_mut()
                    .find(|e| matches!(e.kind, ErrorKind::WrongFormVersion { .. }))
                {
                    Some(e) => *e = error,
                    None => v.errors.insert(0, error),
                }
                (form, v)
            }
        }
    }

    /// The differences between consecutive versions that no migration covers
    /// ([`uncovered_changes`]), for `arvio lint`.
    pub fn lint(&self) -> Vec<Finding> {
        let mut out = Vec::new();
        for w in self.files.windows(2) {
            let loc = w[1]
                .migration
                .as_ref()
                .map_or(&w[1].version_location, |m| &m.location);
            out.extend(uncovered_changes(
                &w[0].form,
                &w[1].form,
                w[1].migration.as_ref(),
                loc,
            ));
        }
        out
    }
}

// ---------------------------------------------------------------------------------------------
// The report

/// One change a migration made to an answer. The `path` is the answer's path in the version
/// the step started from.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Change {
    /// The version the step started from.
    pub from: Version,
    /// The version the step went to.
    pub to: Version,
    /// The answer's path in `from`.
    pub path: AnswerPath,
    /// What happened.
    pub kind: ChangeKind,
    /// The answer taken out, for [`ChangeKind::Removed`] and [`ChangeKind::NotCarried`]
    /// (redacted in `Debug`, never in `Display`).
    pub value: Option<AnswerValue>,
}

/// What a migration did to an answer.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum ChangeKind {
    /// The question has a new id.
    Renamed {
        /// The answer's new path.
        to: AnswerPath,
    },
    /// The question moved into or out of a group.
    Moved {
        /// The answer's new path.
        to: AnswerPath,
    },
    /// An option code became another.
    Remapped {
        /// The old code.
        from: String,
        /// The new code.
        to: String,
    },
    /// A scale answer was put on the new scale.
    Rescaled {
        /// The old range.
        from: (i64, i64),
        /// The new range.
        to: (i64, i64),
        /// Whether the point mapped exactly (linearly without rounding, or as declared).
        exact: bool,
    },
    /// The question was removed: the answer was taken out (needs a person's look).
    Removed,
    /// The answer could not be carried to the new version and was taken out (needs a
    /// person's look).
    NotCarried {
        /// Why.
        reason: NotCarried,
    },
    /// The form declares that this answer needs a person's look in the new version.
    Review {
        /// The reviewed code, when the review is of certain codes.
        code: Option<String>,
    },
}

/// Why an answer could not be carried to the new version.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum NotCarried {
    /// The question moved out of a group and this answer is not in the group's first row.
    NotFirstRow,
    /// Another answer already went to the same place.
    PlaceTaken,
    /// A scale's "not applicable" that the new scale does not offer.
    NoNotApplicable,
}

impl ChangeKind {
    /// Whether the change needs a person's look.
    pub fn needs_look(&self) -> bool {
        match self {
            ChangeKind::Removed | ChangeKind::NotCarried { .. } | ChangeKind::Review { .. } => true,
            ChangeKind::Rescaled { exact, .. } => !exact,
            _ => false,
        }
    }
}

impl fmt::Display for ChangeKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ChangeKind::Renamed { to } => write!(f, "renamed to {to}"),
            ChangeKind::Moved { to } => write!(f, "moved to {to}"),
            ChangeKind::Remapped { from, to } => write!(f, "option `{from}` is now `{to}`"),
            ChangeKind::Rescaled { from, to, exact } => write!(
                f,
                "rescaled from {}..{} to {}..{}{}",
                from.0,
                from.1,
                to.0,
                to.1,
                if *exact { "" } else { " (rounded)" }
            ),
            ChangeKind::Removed => f.write_str("answer taken out: the question was removed"),
            ChangeKind::NotCarried { reason } => f.write_str(match reason {
                NotCarried::NotFirstRow => {
                    "answer taken out: the question moved out of its group and only the first row's answer moves"
                }
                NotCarried::PlaceTaken => "answer taken out: another answer went to the same place",
                NotCarried::NoNotApplicable => {
                    "answer taken out: the new scale has no \"not applicable\""
                }
            }),
            ChangeKind::Review { code: Some(c) } => {
                write!(f, "option `{c}` may mean something else now: check it")
            }
            ChangeKind::Review { code: None } => {
                f.write_str("the question may mean something else now: check the answer")
            }
        }
    }
}

impl fmt::Display for Change {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} -> {}: {}: {}",
            self.from, self.to, self.path, self.kind
        )
    }
}

/// What [`migrate`] did and what needs a person's look. Its `Display` never shows an answer's
/// content: question paths, option codes, ranges and counts only.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct MigrationReport {
    /// The form id.
    pub form: String,
    /// The response's version.
    pub from: Version,
    /// The target version.
    pub to: Version,
    /// Every change, step by step, in answer order.
    pub changes: Vec<Change>,
    /// Why the migrated response does not validate against the target version (a required
    /// question without an answer, an answer that no longer fits, ...).
    pub problems: Vec<ValidationError>,
}

impl MigrationReport {
    /// Whether anything needs a person's look: an answer taken out, a declared review, a
    /// rounded rescale, or a problem validating against the target.
    pub fn needs_look(&self) -> bool {
        !self.problems.is_empty() || self.changes.iter().any(|c| c.kind.needs_look())
    }

    /// The number of entries that need a person's look.
    pub fn needs_look_count(&self) -> usize {
        self.problems.len() + self.changes.iter().filter(|c| c.kind.needs_look()).count()
    }
}

impl fmt::Display for MigrationReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "{} {} -> {}", self.form, self.from, self.to)?;
        for c in self.changes.iter().filter(|c| !c.kind.needs_look()) {
            writeln!(f, "changed: {c}")?;
        }
        for c in self.changes.iter().filter(|c| c.kind.needs_look()) {
            writeln!(f, "needs a person's look: {c}")?;
        }
        for p in &self.problems {
            match p.kind {
                ErrorKind::MissingRequired => writeln!(
                    f,
                    "needs a person's look: required question {} has no answer",
                    p.path
                )?,
                _ => writeln!(
                    f,
                    "needs a person's look: {} does not validate against {}: {} ({})",
                    p.path,
                    self.to,
                    p.kind,
                    p.kind.code()
                )?,
            }
        }
        write!(f, "{} change(s); ", self.changes.len())?;
        match self.needs_look_count() {
            0 => f.write_str("nothing needs a person's look"),
            n => write!(f, "{n} need a person's look"),
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Migrating

/// Migrates a response to version `to` (the newest when `None`), through every version in
/// between, and checks the result against the target version (`today` is the date for date
/// bounds, as in [`crate::validate()`]). The migrated response names the target version and
/// keeps every answer that is not taken out; every answer taken out is a [`Change`] of the
/// report.
///
/// ```
/// let versions = arvio_forms::versions::builtin_form_versions("service-need").unwrap();
/// let response = arvio_core::Response::from_json(include_str!(
///     "../../../examples/responses/1.0.0/service-need-en.json")).unwrap();
/// let today = arvio_core::chrono::NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
/// let (migrated, report) = arvio_core::migrate::migrate(&versions, &response, None, today).unwrap();
/// assert_eq!(migrated.form_version, "2.0.0");
/// assert!(report.needs_look()); // 2.0.0 asks for the resolution on starting the assessment
/// ```
pub fn migrate(
    versions: &FormVersions,
    response: &Response,
    to: Option<&Version>,
    today: NaiveDate,
) -> Result<(Response, MigrationReport), MigrateError> {
    if response.form != versions.id() {
        return Err(MigrateError::WrongForm {
            expected: versions.id().to_string(),
        });
    }
    let from = versions
        .form_for(response)
        .map_err(|_| MigrateError::UnknownVersion {
            known: versions.known(),
        })?
        .version
        .clone();
    let form = match to {
        None => versions.newest(),
        Some(v) => versions.get(v).ok_or_else(|| MigrateError::UnknownTarget {
            version: v.to_string(),
            known: versions.known(),
        })?,
    };
    let target = form.version.clone();
    if target < from {
        return Err(MigrateError::Backwards {
            from: from.to_string(),
            to: target.to_string(),
        });
    }
    let mut out = response.clone();
    let mut changes = Vec::new();
    let files = versions.files();
    for w in files.windows(2) {
        if w[0].form.version < from || w[1].form.version > target {
            continue;
        }
        out.answers = step(
            &w[0].form,
            &w[1].form,
            w[1].migration.as_ref(),
            std::mem::take(&mut out.answers),
            &mut changes,
        );
    }
    out.form_version = target.to_string();
    let problems = validate_part(form, &out, today, Part::All).errors;
    Ok((
        out,
        MigrationReport {
            form: versions.id().to_string(),
            from,
            to: target,
            changes,
            problems,
        },
    ))
}

/// The migrated answers being built.
#[derive(Default)]
struct Builder {
    top: BTreeMap<String, AnswerValue>,
    /// New group id to its rows.
    rows: BTreeMap<String, Vec<Map<String, Value>>>,
}

impl Builder {
    /// Row `row` of a new group, adding empty rows up to it.
    fn row(&mut self, group: &str, row: usize) -> &mut Map<String, Value> {
        let rows = self.rows.entry(group.to_string()).or_default();
        if rows.len() <= row {
            rows.resize_with(row + 1, Map::new);
        }
        &mut rows[row]
    }

    /// Places a value; gives it back when the place is taken.
    fn put(&mut self, to: &QuestionRef, row: usize, v: Value) -> Result<(), Value> {
        match &to.sub {
            None if self.top.contains_key(&to.question) => Err(v),
            None => {
                self.top.insert(to.question.clone(), AnswerValue(v));
                Ok(())
            }
            Some(sub) => {
                let row = self.row(&to.question, row);
                if row.contains_key(sub) {
                    return Err(v);
                }
                row.insert(sub.clone(), v);
                Ok(())
            }
        }
    }
}

/// One version step.
fn step(
    old: &Form,
    new: &Form,
    m: Option<&Migration>,
    answers: BTreeMap<String, AnswerValue>,
    changes: &mut Vec<Change>,
) -> BTreeMap<String, AnswerValue> {
    let plan = Plan::new(m);
    let mut b = Builder::default();
    let mut record = |path: AnswerPath, kind: ChangeKind, value: Option<Value>| {
        changes.push(Change {
            from: old.version.clone(),
            to: new.version.clone(),
            path,
            kind,
            value: value.map(AnswerValue),
        })
    };
    // Groups whose rows are carried as rows (an old group's array of row objects), with where
    // the group goes; their sub-answers are placed after the top-level answers.
    let mut group_rows: Vec<(String, Option<QuestionRef>, Vec<Value>)> = Vec::new();
    for (key, value) in answers {
        let r = QuestionRef::top(&key);
        let is_group = old
            .question(&key)
            .is_some_and(|q| matches!(q.kind, QuestionKind::Group { .. }));
        if !(is_group && value.0.is_array()) {
            carry(&plan, old, new, &r, None, value.0, &mut b, &mut record);
            continue;
        }
        let d = plan.destination(&r);
        if let Some(d) = &d
            && *d != r
        {
            record(
                AnswerPath::question(&key),
                ChangeKind::Renamed {
                    to: AnswerPath::question(&d.question),
                },
                None,
            );
        }
        match (value.0, d) {
            (Value::Array(rows), d) if rows.iter().all(Value::is_object) => {
                // An answered group with no rows stays an empty list.
                if rows.is_empty()
                    && let Some(d) = &d
                {
                    b.rows.entry(d.question.clone()).or_default();
                }
                group_rows.push((key, d, rows));
            }
            (v, None) => record(AnswerPath::question(&key), ChangeKind::Removed, Some(v)),
            // Not rows: carried as it is (validation reports it).
            (v, Some(d)) => {
                b.top.insert(d.question, AnswerValue(v));
            }
        }
    }
    for (key, d, rows) in group_rows {
        for (i, row) in rows.into_iter().enumerate() {
            let Value::Object(obj) = row else { continue };
            if obj.is_empty()
                && let Some(d) = &d
            {
                // An empty row stays a row.
                b.row(&d.question, i);
                continue;
            }
            // Each sub-answer is placed (or reported) on its own.
            for (sub, v) in obj {
                let r = QuestionRef {
                    question: key.clone(),
                    sub: Some(sub),
                };
                carry(&plan, old, new, &r, Some(i), v, &mut b, &mut record);
            }
        }
    }
    let mut top = b.top;
    for (g, rows) in b.rows {
        if top.contains_key(&g) {
            // A non-group answer holds the id: leave it (validation reports it); the rows
            // moved there would be lost, so report them.
            for (i, row) in rows.into_iter().enumerate() {
                for (sub, v) in row {
                    record(
                        QuestionRef {
                            question: g.clone(),
                            sub: Some(sub),
                        }
                        .path(Some(i)),
                        ChangeKind::NotCarried {
                            reason: NotCarried::PlaceTaken,
                        },
                        Some(v),
                    );
                }
            }
            continue;
        }
        top.insert(
            g,
            AnswerValue(Value::Array(rows.into_iter().map(Value::Object).collect())),
        );
    }
    top
}

/// Carries one answer (top-level, or a sub-answer in row `row`) to its place in the new
/// version, transforming its value.
#[allow(clippy::too_many_arguments)]
fn carry(
    plan: &Plan<'_>,
    old: &Form,
    new: &Form,
    r: &QuestionRef,
    row: Option<usize>,
    mut value: Value,
    b: &mut Builder,
    record: &mut impl FnMut(AnswerPath, ChangeKind, Option<Value>),
) {
    let path = r.path(row);
    let Some(d) = plan.destination(r) else {
        record(path, ChangeKind::Removed, Some(value));
        return;
    };
    // Out of a group: only the first row's answer moves.
    if r.sub.is_some() && d.sub.is_none() && row != Some(0) {
        record(
            path,
            ChangeKind::NotCarried {
                reason: NotCarried::NotFirstRow,
            },
            Some(value),
        );
        return;
    }
    if let Some(codes) = plan.review.get(r) {
        let hit: Option<Option<String>> = if codes.is_empty() {
            Some(None)
        } else {
            let given: Vec<&str> = match &value {
                Value::String(s) => vec![s.as_str()],
                Value::Array(a) => a.iter().filter_map(Value::as_str).collect(),
                _ => vec![],
            };
            given
                .into_iter()
                .find(|g| codes.iter().any(|c| c == g))
                .map(|g| Some(g.to_string()))
        };
        if let Some(code) = hit {
            record(path.clone(), ChangeKind::Review { code }, None);
        }
    }
    // Value changes (a review names the old codes, so it looks first).
    if let Some(codes) = plan.remap.get(r) {
        let mut remap = |c: &mut String| {
            if let Some(m) = codes.iter().find(|m| m.from == *c) {
                let from = std::mem::replace(c, m.to.clone());
                record(
                    path.clone(),
                    ChangeKind::Remapped {
                        from,
                        to: m.to.clone(),
                    },
                    None,
                );
            }
        };
        match &mut value {
            Value::String(c) => remap(c),
            Value::Array(items) => {
                for it in items.iter_mut() {
                    if let Value::String(c) = it {
                        remap(c);
                    }
                }
                // Two old codes that became one new code are one selection.
                let mut seen = BTreeSet::new();
                items.retain(|it| it.as_str().is_none_or(|s| seen.insert(s.to_string())));
            }
            _ => {}
        }
    }
    if let Some(points) = plan.rescale.get(r)
        && let (Some(oq), Some(nq)) = (r.resolve(old), d.resolve(new))
        && let (Some((a, b0, _)), Some((c, d0, n_na))) = (scale_range(oq), scale_range(nq))
    {
        if value.as_str() == Some("na") && !n_na {
            record(
                path,
                ChangeKind::NotCarried {
                    reason: NotCarried::NoNotApplicable,
                },
                Some(value),
            );
            return;
        }
        if let Some(p) = value.as_i64().filter(|p| (a..=b0).contains(p)) {
            let (n, exact) = match points.iter().find(|x| x.0 == p) {
                Some(&(_, n)) => (n, true),
                None if points.is_empty() => {
                    let num = (p - a) * (d0 - c);
                    let den = b0 - a;
                    // Round half up.
                    (c + (2 * num + den).div_euclid(2 * den), num % den == 0)
                }
                None => (p, false),
            };
            record(
                path.clone(),
                ChangeKind::Rescaled {
                    from: (a, b0),
                    to: (c, d0),
                    exact,
                },
                None,
            );
            value = Value::from(n);
        }
    }
    let new_row = row.unwrap_or(0);
    if let Err(value) = b.put(&d, new_row, value) {
        record(
            path,
            ChangeKind::NotCarried {
                reason: NotCarried::PlaceTaken,
            },
            Some(value),
        );
        return;
    }
    let placed = d.path(d.sub.as_ref().map(|_| new_row));
    if &d != r {
        // A sub-question that only follows its renamed group is not a change of its own.
        let follows_group = r.sub.is_some() && d.sub == r.sub && !plan.place.contains_key(r);
        if !follows_group {
            record(
                path,
                if r.changes_place(&d) {
                    ChangeKind::Moved { to: placed }
                } else {
                    ChangeKind::Renamed { to: placed }
                },
                None,
            );
        }
    }
}
