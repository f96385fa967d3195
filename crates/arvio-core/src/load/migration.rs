//! Lowering `[migration]`: how a response to the previous version becomes one to this version
//! (the model and its semantics: [`crate::migrate`](mod@crate::migrate)).

use super::*;
use crate::migrate::{Action, CodeMap, Migration, QuestionRef, Step, check_against_newer};

/// `[migration]`: how a response to the previous version (`from`) becomes a response to this
/// version. Every step names a question by its id in the previous version (`group.sub` for a
/// group's sub-question); `to` is its place in this version.
#[derive(Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "schema", schemars(rename = "Migration"))]
#[serde(deny_unknown_fields)]
pub(super) struct RawMigration {
    /// The previous version, e.g. "1.1.0".
    #[cfg_attr(feature = "schema", schemars(with = "String"))]
    from: Spanned<String>,
    /// Questions with a new id in the same place.
    #[serde(default)]
    #[cfg_attr(feature = "schema", schemars(with = "Vec<RawMove>"))]
    rename: Vec<Spanned<RawMove>>,
    /// Questions moved into a group (into its first row), out of one (the first row's answer),
    /// or from one group to another.
    #[serde(default, rename = "move")]
    #[cfg_attr(feature = "schema", schemars(with = "Vec<RawMove>"))]
    move_: Vec<Spanned<RawMove>>,
    /// Questions removed: their answers are taken out and reported.
    #[serde(default)]
    #[cfg_attr(feature = "schema", schemars(with = "Vec<RawQuestionOnly>"))]
    remove: Vec<Spanned<RawQuestionOnly>>,
    /// Option codes that changed.
    #[serde(default)]
    #[cfg_attr(feature = "schema", schemars(with = "Vec<RawRemap>"))]
    remap: Vec<Spanned<RawRemap>>,
    /// Scales whose range changed.
    #[serde(default)]
    #[cfg_attr(feature = "schema", schemars(with = "Vec<RawRescale>"))]
    rescale: Vec<Spanned<RawRescale>>,
    /// Answers that are kept but need a person's look.
    #[serde(default)]
    #[cfg_attr(feature = "schema", schemars(with = "Vec<RawReview>"))]
    review: Vec<Spanned<RawReview>>,
}

/// A rename or a move: `{ question = "old_id", to = "new_id" }`.
#[derive(Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "schema", schemars(rename = "MigrationMove"))]
#[serde(deny_unknown_fields)]
pub(super) struct RawMove {
    /// The id in the previous version (`group.sub` for a sub-question).
    #[cfg_attr(feature = "schema", schemars(with = "String"))]
    question: Spanned<String>,
    /// The id in this version (`group.sub` for a sub-question).
    #[cfg_attr(feature = "schema", schemars(with = "String"))]
    to: Spanned<String>,
}

/// A removal: `{ question = "old_id" }`.
#[derive(Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "schema", schemars(rename = "MigrationRemove"))]
#[serde(deny_unknown_fields)]
pub(super) struct RawQuestionOnly {
    /// The id in the previous version (`group.sub` for a sub-question).
    #[cfg_attr(feature = "schema", schemars(with = "String"))]
    question: Spanned<String>,
}

/// A remap: `{ question = "old_id", codes = { old_code = "new_code" } }`.
#[derive(Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "schema", schemars(rename = "MigrationRemap"))]
#[serde(deny_unknown_fields)]
pub(super) struct RawRemap {
    /// The id in the previous version (`group.sub` for a sub-question).
    #[cfg_attr(feature = "schema", schemars(with = "String"))]
    question: Spanned<String>,
    /// Old option code to new option code.
    #[cfg_attr(feature = "schema", schemars(with = "BTreeMap<String, String>"))]
    codes: BTreeMap<Spanned<String>, Spanned<String>>,
}

/// A rescale: `{ question = "old_id" }` (linear) or with `points = { 1 = 1, 2 = 1, ... }`.
#[derive(Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "schema", schemars(rename = "MigrationRescale"))]
#[serde(deny_unknown_fields)]
pub(super) struct RawRescale {
    /// The id in the previous version (`group.sub` for a sub-question).
    #[cfg_attr(feature = "schema", schemars(with = "String"))]
    question: Spanned<String>,
    /// Every old point to its new point; without it the points map linearly (rounded).
    #[cfg_attr(feature = "schema", schemars(with = "Option<BTreeMap<String, i64>>"))]
    points: Option<BTreeMap<Spanned<String>, i64>>,
}

/// A review: `{ question = "old_id" }` (every answer) or with `codes = ["code"]`.
#[derive(Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "schema", schemars(rename = "MigrationReview"))]
#[serde(deny_unknown_fields)]
pub(super) struct RawReview {
    /// The id in the previous version (`group.sub` for a sub-question).
    #[cfg_attr(feature = "schema", schemars(with = "String"))]
    question: Spanned<String>,
    /// Only answers with one of these codes need a look.
    #[serde(default)]
    #[cfg_attr(feature = "schema", schemars(with = "Vec<String>"))]
    codes: Vec<Spanned<String>>,
}

impl Lower<'_> {
    fn loc(&self, span: Range<usize>) -> Location {
        Location::at(self.file, self.text, span.start)
    }

    fn qref(&mut self, s: &Spanned<String>) -> Option<QuestionRef> {
        let r = QuestionRef::parse(s.get_ref());
        if r.is_none() {
            self.find(
                s.span(),
                FindingKind::Migration(format!(
                    "`{}` is not a question id (`id`, or `group.sub` for a sub-question)",
                    s.get_ref()
                )),
            );
        }
        r
    }

    /// Lowers `[migration]` and checks it against this version.
    pub(super) fn migration(&mut self, raw: RawMigration, form: &Form) -> Option<Migration> {
        let location = self.loc(raw.from.span());
        let from = match semver::Version::parse(raw.from.get_ref()) {
            Ok(v) => v,
            Err(_) => {
                self.find(
                    raw.from.span(),
                    FindingKind::InvalidVersion(raw.from.get_ref().clone()),
                );
                return None;
            }
        };
        let mut steps = Vec::new();
        for (moves, is_move) in [(raw.rename, false), (raw.move_, true)] {
            for m in moves {
                let loc = self.loc(m.span());
                let m = m.into_inner();
                if let (Some(question), Some(to)) = (self.qref(&m.question), self.qref(&m.to)) {
                    let action = if is_move {
                        Action::Move { question, to }
                    } else {
                        Action::Rename { question, to }
                    };
                    steps.push(Step::new(action, loc));
                }
            }
        }
        for r in raw.remove {
            let loc = self.loc(r.span());
            if let Some(question) = self.qref(&r.get_ref().question) {
                steps.push(Step::new(Action::Remove { question }, loc));
            }
        }
        for r in raw.remap {
            let loc = self.loc(r.span());
            let r = r.into_inner();
            let Some(question) = self.qref(&r.question) else {
                continue;
            };
            if r.codes.is_empty() {
                self.find(
                    r.question.span(),
                    FindingKind::Migration(format!("remap of `{question}` maps no code")),
                );
            }
            let codes = r
                .codes
                .into_iter()
                .map(|(k, v)| {
                    let location = self.loc(k.span());
                    CodeMap::new(k.into_inner(), v.into_inner(), location)
                })
                .collect();
            steps.push(Step::new(Action::Remap { question, codes }, loc));
        }
        for r in raw.rescale {
            let loc = self.loc(r.span());
            let r = r.into_inner();
            let Some(question) = self.qref(&r.question) else {
                continue;
            };
            let mut points = Vec::new();
            for (k, v) in r.points.unwrap_or_default() {
                match k.get_ref().parse::<i64>() {
                    Ok(p) => points.push((p, v)),
                    Err(_) => self.find(
                        k.span(),
                        FindingKind::Migration(format!(
                            "rescale of `{question}`: `{}` is not a point (a whole number)",
                            k.get_ref()
                        )),
                    ),
                }
            }
            points.sort();
            steps.push(Step::new(Action::Rescale { question, points }, loc));
        }
        for r in raw.review {
            let loc = self.loc(r.span());
            let r = r.into_inner();
            if let Some(question) = self.qref(&r.question) {
                let codes = r.codes.into_iter().map(Spanned::into_inner).collect();
                steps.push(Step::new(Action::Review { question, codes }, loc));
            }
        }
        let m = Migration {
            from,
            location,
            steps,
        };
        let found = check_against_newer(&m, form);
        self.findings.extend(found);
        Some(m)
    }
}
