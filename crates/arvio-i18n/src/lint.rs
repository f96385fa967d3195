//! Checks of the Fluent files against the forms: syntax, missing and unused messages,
//! variables that differ between languages, duplicates.

use crate::catalog::{LocaleFile, line_col, offset_in};
use crate::{Catalog, Language, common_ids};
use arvio_core::Form;
use fluent_syntax::ast;
use std::collections::{BTreeMap, BTreeSet, HashSet};
use std::fmt;

/// One problem in the locale files, with where it is.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct LocaleFinding {
    /// The file, e.g. `locales/sv/family-self-assessment.ftl`.
    pub file: String,
    /// 1-based line (1 for a message that is missing altogether).
    pub line: usize,
    /// 1-based column, in characters.
    pub column: usize,
    /// The message id concerned, if any.
    pub id: Option<String>,
    /// What is wrong.
    pub kind: LocaleFindingKind,
}

impl fmt::Display for LocaleFinding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}:{}:{}: {}",
            self.file, self.line, self.column, self.kind
        )
    }
}

/// The kinds of locale finding.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum LocaleFindingKind {
    /// The file does not parse as Fluent here; the broken entry is skipped.
    #[error("Fluent syntax error: {message}")]
    Syntax {
        /// The parser's description.
        message: String,
    },
    /// A message a form or the renderers need is not defined in this language.
    #[error("message `{id}` used by {used_by} is missing in {language}")]
    Missing {
        /// The message id.
        id: String,
        /// The language lacking it.
        language: Language,
        /// Who uses it: a form file name, or `renderers` for common messages.
        used_by: String,
    },
    /// A message no form uses and that is not a common message.
    #[error("message `{id}` is not used by any form")]
    Unused {
        /// The message id.
        id: String,
    },
    /// The message uses other variables than the same message in the other languages.
    #[error("message `{id}` uses variables [{}] but {reference} uses [{}]", .variables.join(", "), .expected.join(", "))]
    VariablesDiffer {
        /// The message id.
        id: String,
        /// Variables used here, sorted, with `$`.
        variables: Vec<String>,
        /// Variables used by the other languages, sorted, with `$`.
        expected: Vec<String>,
        /// The file the comparison is made with.
        reference: String,
    },
    /// The id is defined a second time in the same language (the first definition is used).
    #[error("message `{id}` is already defined at {first}")]
    Duplicate {
        /// The message id.
        id: String,
        /// `file:line` of the first definition.
        first: String,
    },
    /// A message refers to a message or term the language does not define.
    #[error("message `{id}` refers to `{target}`, which is not defined in this language")]
    UnknownReference {
        /// The referring message.
        id: String,
        /// The message or term referred to (terms with their leading `-`).
        target: String,
    },
}

/// A message or term definition found in a file.
struct Def<'c> {
    id: String,
    file: &'c LocaleFile,
    offset: usize,
    is_term: bool,
    variables: BTreeSet<String>,
    /// `(target, offset)` of message and term references.
    references: Vec<(String, usize)>,
}

/// Checks `catalog` against `forms` (each with its file name, e.g. `forms/service-need.toml`).
///
/// Reports, sorted by file and position:
/// - Fluent syntax errors (at the error's position);
/// - messages a form refers to that a language lacks (at line 1 of that language's
///   `<form id>.ftl`: `locales/<lang>/`, or the directory of the form's files in the other
///   languages when they were added with [`Catalog::overlay_dir`]), and [`common_ids`] a
///   language lacks (at line 1 of its `common.ftl`);
/// - messages in `common.ftl` or in the file of a checked form that are neither used by the
///   forms, nor common, nor referred to by another message, nor marked [`USED_BY_CODE`]
///   (`# @used-by-code` directly above the message, or in the `##` comment heading its
///   section: for texts that code, not the form file, refers to);
/// - messages whose variables differ from the same message in the other languages (at the
///   deviating definition; the set most languages share is the reference, Finnish on a tie);
/// - ids defined twice in a language, and references to undefined messages or terms.
///
/// ```
/// use arvio_i18n::{Catalog, Language, lint};
/// let mut catalog = Catalog::embedded();
/// catalog.insert(Language::En, "common", "arvio-yes = Yes { $who }\n".into());
/// let findings = lint(&catalog, &[]);
/// assert!(findings.iter().any(|f| f.file == "locales/en/common.ftl"
///     && f.line == 1
///     && f.id.as_deref() == Some("arvio-yes")));
/// ```
pub fn lint(catalog: &Catalog, forms: &[(&Form, &str)]) -> Vec<LocaleFinding> {
    let mut findings = Vec::new();
    let mut defs: Vec<Def<'_>> = Vec::new();
    for file in catalog.files() {
        for (start, message) in file.syntax_errors() {
            findings.push(finding(
                file,
                start,
                None,
                LocaleFindingKind::Syntax { message },
            ));
        }
        collect_defs(file, &mut defs);
    }

    // Duplicates, and what each language defines.
    let mut defined: BTreeMap<(Language, &str), &Def<'_>> = BTreeMap::new();
    for def in &defs {
        let key = (def.file.language, def.id.as_str());
        match defined.get(&key) {
            Some(first) => findings.push(finding(
                def.file,
                def.offset,
                Some(&def.id),
                LocaleFindingKind::Duplicate {
                    id: def.id.clone(),
                    first: first.file.line_ref(first.offset),
                },
            )),
            None => {
                defined.insert(key, def);
            }
        }
    }
    let has = |language: Language, id: &str| defined.contains_key(&(language, id));

    // Missing messages.
    let common_ids = common_ids();
    for language in Language::ALL {
        for id in &common_ids {
            if !has(language, id) {
                findings.push(missing_at(
                    catalog.expected_path(language, "common"),
                    id,
                    language,
                    "renderers",
                ));
            }
        }
        for (form, form_file) in forms {
            for id in form_messages(form) {
                if !has(language, id) {
                    findings.push(missing_at(
                        catalog.expected_path(language, &form.id),
                        id,
                        language,
                        form_file,
                    ));
                }
            }
        }
    }

    // Undefined references; everything referred to counts as used.
    let mut used_by_code: HashSet<String> = HashSet::new();
    let mut used: HashSet<&str> = common_ids.iter().map(String::as_str).collect();
    for (form, _) in forms {
        used.extend(form_messages(form));
    }
    for def in defined.values() {
        for (target, offset) in &def.references {
            used.insert(target);
            if !has(def.file.language, target) {
                findings.push(finding(
                    def.file,
                    *offset,
                    Some(&def.id),
                    LocaleFindingKind::UnknownReference {
                        id: def.id.clone(),
                        target: target.clone(),
                    },
                ));
            }
        }
    }

    for file in catalog.files() {
        marked_used(file.source(), &mut used_by_code);
    }
    used.extend(used_by_code.iter().map(String::as_str));

    // Unused messages, in the files whose use is known.
    let checked_files: HashSet<&str> = forms
        .iter()
        .map(|(f, _)| f.id.as_str())
        .chain(["common"])
        .collect();
    for def in defined.values() {
        if !def.is_term
            && checked_files.contains(def.file.name.as_str())
            && !used.contains(def.id.as_str())
        {
            findings.push(finding(
                def.file,
                def.offset,
                Some(&def.id),
                LocaleFindingKind::Unused { id: def.id.clone() },
            ));
        }
    }

    // Variables that differ between languages.
    let mut by_id: BTreeMap<&str, Vec<&Def<'_>>> = BTreeMap::new();
    for def in defined.values().filter(|d| !d.is_term) {
        by_id.entry(def.id.as_str()).or_default().push(def);
    }
    for (id, mut versions) in by_id {
        versions.sort_by_key(|d| d.file.language);
        let reference = versions
            .iter()
            .max_by_key(|d| {
                let agree = versions
                    .iter()
                    .filter(|o| o.variables == d.variables)
                    .count();
                // On a tie the earlier language (Finnish first) wins.
                (agree, std::cmp::Reverse(d.file.language))
            })
            .copied();
        let Some(reference) = reference else { continue };
        for def in &versions {
            if def.variables != reference.variables {
                findings.push(finding(
                    def.file,
                    def.offset,
                    Some(id),
                    LocaleFindingKind::VariablesDiffer {
                        id: id.to_string(),
                        variables: dollars(&def.variables),
                        expected: dollars(&reference.variables),
                        reference: reference.file.path.clone(),
                    },
                ));
            }
        }
    }

    findings.sort_by(|a, b| {
        (&a.file, a.line, a.column, &a.id).cmp(&(&b.file, b.line, b.column, &b.id))
    });
    findings
}

/// Every message a form needs: those its definition references, and the labels of what the
/// core computes for it (the legal deadlines of the service-need assessment).
pub(crate) fn form_messages(form: &Form) -> Vec<&str> {
    let mut ids = form.message_ids();
    if form.id == arvio_forms::deadlines::SERVICE_NEED_FORM {
        ids.extend(arvio_forms::deadlines::message_ids().iter().copied());
    }
    ids
}

/// The marker that declares messages used by code rather than by a form file.
pub const USED_BY_CODE: &str = "@used-by-code";

/// Adds the ids of messages marked [`USED_BY_CODE`] (in their own `#` comment or in the `##`
/// group comment of their section) to `out`.
fn marked_used(source: &str, out: &mut HashSet<String>) {
    let resource = match fluent_syntax::parser::parse(source) {
        Ok(r) => r,
        Err((r, _)) => r,
    };
    let marked = |c: &ast::Comment<&str>| c.content.iter().any(|l| l.contains(USED_BY_CODE));
    let mut group_marked = false;
    for entry in &resource.body {
        match entry {
            ast::Entry::GroupComment(c) => group_marked = marked(c),
            ast::Entry::Message(m) if group_marked || m.comment.as_ref().is_some_and(marked) => {
                out.insert(m.id.name.to_string());
            }
            _ => {}
        }
    }
}

fn dollars(vars: &BTreeSet<String>) -> Vec<String> {
    vars.iter().map(|v| format!("${v}")).collect()
}

fn missing_at(file: String, id: &str, language: Language, used_by: &str) -> LocaleFinding {
    LocaleFinding {
        file,
        line: 1,
        column: 1,
        id: Some(id.to_string()),
        kind: LocaleFindingKind::Missing {
            id: id.to_string(),
            language,
            used_by: used_by.to_string(),
        },
    }
}

fn finding(
    file: &LocaleFile,
    offset: usize,
    id: Option<&str>,
    kind: LocaleFindingKind,
) -> LocaleFinding {
    let (line, column) = line_col(file.source(), offset);
    LocaleFinding {
        file: file.path.clone(),
        line,
        column,
        id: id.map(str::to_string),
        kind,
    }
}

fn collect_defs<'c>(file: &'c LocaleFile, out: &mut Vec<Def<'c>>) {
    let source = file.source();
    for entry in file.resource.entries() {
        let (id, value, attributes, is_term) = match entry {
            ast::Entry::Message(m) => (&m.id, m.value.as_ref(), &m.attributes, false),
            ast::Entry::Term(t) => (&t.id, Some(&t.value), &t.attributes, true),
            _ => continue,
        };
        let mut def = Def {
            id: if is_term {
                format!("-{}", id.name)
            } else {
                id.name.to_string()
            },
            file,
            offset: offset_in(source, id.name),
            is_term,
            variables: BTreeSet::new(),
            references: Vec::new(),
        };
        let patterns = value.into_iter().chain(attributes.iter().map(|a| &a.value));
        for pattern in patterns {
            walk_pattern(pattern, source, &mut def);
        }
        out.push(def);
    }
}

fn walk_pattern(pattern: &ast::Pattern<&str>, source: &str, def: &mut Def<'_>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            walk_expression(expression, source, def);
        }
    }
}

fn walk_expression(expression: &ast::Expression<&str>, source: &str, def: &mut Def<'_>) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            walk_inline(selector, source, def);
            for v in variants {
                walk_pattern(&v.value, source, def);
            }
        }
        ast::Expression::Inline(inline) => walk_inline(inline, source, def),
    }
}

fn walk_inline(inline: &ast::InlineExpression<&str>, source: &str, def: &mut Def<'_>) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            def.variables.insert(id.name.to_string());
        }
        ast::InlineExpression::MessageReference { id, .. } => {
            def.references
                .push((id.name.to_string(), offset_in(source, id.name)));
        }
        ast::InlineExpression::TermReference { id, arguments, .. } => {
            def.references
                .push((format!("-{}", id.name), offset_in(source, id.name)));
            // Arguments passed to a term are the message's own expressions.
            if let Some(args) = arguments {
                walk_arguments(args, source, def);
            }
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            walk_arguments(arguments, source, def)
        }
        ast::InlineExpression::Placeable { expression } => walk_expression(expression, source, def),
        ast::InlineExpression::StringLiteral { .. }
        | ast::InlineExpression::NumberLiteral { .. } => {}
    }
}

fn walk_arguments(args: &ast::CallArguments<&str>, source: &str, def: &mut Def<'_>) {
    for p in &args.positional {
        walk_inline(p, source, def);
    }
    for n in &args.named {
        walk_inline(&n.value, source, def);
    }
}
