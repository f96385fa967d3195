//! Lowering conditions: ids resolved to earlier questions, tests checked against their kinds.

use super::*;

impl Lower<'_> {
    /// Lowers a condition; ids resolve to earlier siblings in `group`, then to earlier
    /// top-level questions.
    pub(super) fn condition(
        &mut self,
        c: Spanned<RawCondition>,
        group: Option<&BTreeMap<String, QInfo>>,
    ) -> Option<Condition> {
        if self.condition_depth >= limits::MAX_CONDITION_DEPTH {
            self.too_large(
                c.span(),
                "the nesting of a condition".into(),
                self.condition_depth + 1,
                limits::MAX_CONDITION_DEPTH,
                "MAX_CONDITION_DEPTH",
            );
            return None;
        }
        self.condition_depth += 1;
        let lowered = self.condition_within_depth(c, group);
        self.condition_depth -= 1;
        lowered
    }

    fn condition_within_depth(
        &mut self,
        c: Spanned<RawCondition>,
        group: Option<&BTreeMap<String, QInfo>>,
    ) -> Option<Condition> {
        let span = c.span();
        let c = c.into_inner();
        let terms = [c.all.as_ref(), c.any.as_ref()]
            .into_iter()
            .flatten()
            .map(Vec::len)
            .chain(c.one_of.as_ref().map(Vec::len))
            .max()
            .unwrap_or(0);
        if terms > limits::MAX_CONDITION_TERMS {
            self.too_large(
                span,
                "the number of terms of a condition".into(),
                terms,
                limits::MAX_CONDITION_TERMS,
                "MAX_CONDITION_TERMS",
            );
            return None;
        }
        let combinators = [
            c.all.is_some(),
            c.any.is_some(),
            c.not.is_some(),
            c.any_row.is_some(),
        ]
        .iter()
        .filter(|b| **b)
        .count();
        let tests = [
            c.equals.is_some(),
            c.one_of.is_some(),
            c.gt.is_some(),
            c.gte.is_some(),
            c.lt.is_some(),
            c.lte.is_some(),
            c.answered.is_some(),
        ]
        .iter()
        .filter(|b| **b)
        .count();
        if combinators + usize::from(c.question.is_some()) != 1 {
            self.find(span, FindingKind::InvalidCondition(
                "a condition is exactly one of: { question = ..., <test> }, { all = [...] }, { any = [...] }, { not = {...} }, { any_row = ..., where = {...} }".into(),
            ));
            return None;
        }
        if c.where_.is_some() != c.any_row.is_some() {
            self.find(
                span,
                FindingKind::InvalidCondition(
                    "`where` goes with `any_row`: { any_row = \"group\", where = { ... } }".into(),
                ),
            );
            return None;
        }
        if let (Some(g), Some(w)) = (c.any_row, c.where_) {
            return self.any_row(span, g, *w, group.is_some(), tests);
        }
        let lists = match (c.all, c.any) {
            (Some(l), _) => Some((l, true)),
            (None, Some(l)) => Some((l, false)),
            (None, None) => None,
        };
        if let Some((list, is_all)) = lists {
            if list.is_empty() {
                self.find(span, FindingKind::InvalidCondition("an empty list".into()));
                return None;
            }
            let parts: Option<Vec<_>> =
                list.into_iter().map(|x| self.condition(x, group)).collect();
            let parts = parts?;
            return Some(if is_all {
                Condition::All(parts)
            } else {
                Condition::Any(parts)
            });
        }
        if let Some(inner) = c.not {
            return self
                .condition(*inner, group)
                .map(|x| Condition::Not(Box::new(x)));
        }
        let q = c.question.expect("checked above");
        let qid = q.get_ref().clone();
        if tests != 1 {
            self.find(span, FindingKind::InvalidCondition(format!(
                "the test on `{qid}` needs exactly one of equals, one_of, gt, gte, lt, lte, answered"
            )));
            return None;
        }
        let info = group
            .and_then(|g| g.get(&qid))
            .or_else(|| self.earlier.get(&qid))
            .cloned();
        let Some(info) = info else {
            let kind = if self.known.contains(&qid) {
                FindingKind::ForwardReference(qid)
            } else {
                FindingKind::UnknownQuestion(qid)
            };
            self.find(q.span(), kind);
            return None;
        };
        let test = if let Some(v) = c.equals {
            Test::Equals(self.literal(&v, &qid, &info, span.clone())?)
        } else if let Some(vs) = c.one_of {
            if vs.is_empty() {
                self.find(
                    span,
                    FindingKind::InvalidCondition("one_of needs at least one value".into()),
                );
                return None;
            }
            let lits: Option<Vec<_>> = vs
                .iter()
                .map(|v| self.literal(v, &qid, &info, span.clone()))
                .collect();
            Test::OneOf(lits?)
        } else if let Some(a) = c.answered {
            if info.kind == "info" {
                self.incompatible(span, &qid, &info, "an info block has no answer");
                return None;
            }
            Test::Answered(a)
        } else {
            let (op, n) = [
                (CmpOp::Gt, c.gt),
                (CmpOp::Gte, c.gte),
                (CmpOp::Lt, c.lt),
                (CmpOp::Lte, c.lte),
            ]
            .into_iter()
            .find_map(|(op, v)| v.map(|n| (op, n)))
            .expect("one test");
            if !matches!(info.kind, "number" | "scale") {
                self.incompatible(
                    span,
                    &qid,
                    &info,
                    "numeric comparison needs a number or scale question",
                );
                return None;
            }
            Test::Compare(op, n)
        };
        Some(Condition::Test {
            question: qid,
            test,
        })
    }

    /// `{ any_row = "group", where = { ... } }`: the ids in `where` resolve to the group's
    /// sub-questions only.
    fn any_row(
        &mut self,
        span: Range<usize>,
        g: Spanned<String>,
        w: Spanned<RawCondition>,
        in_row: bool,
        tests: usize,
    ) -> Option<Condition> {
        if in_row || tests != 0 {
            self.find(
                span,
                FindingKind::InvalidCondition(if in_row {
                    "any_row cannot be used inside a group row".into()
                } else {
                    "any_row takes no test of its own: put the tests in `where`".into()
                }),
            );
            return None;
        }
        let gid = g.get_ref().clone();
        let Some(info) = self.earlier.get(&gid).cloned() else {
            let kind = if self.known.contains(&gid) {
                FindingKind::ForwardReference(gid)
            } else {
                FindingKind::UnknownQuestion(gid)
            };
            self.find(g.span(), kind);
            return None;
        };
        let Some(rows) = info.rows.clone() else {
            self.incompatible(span, &gid, &info, "any_row needs a group question");
            return None;
        };
        // Only the group's sub-questions are in scope inside `where`.
        let outer = std::mem::take(&mut self.earlier);
        let row = self.condition(w, Some(&rows));
        self.earlier = outer;
        Some(Condition::AnyRow {
            group: gid,
            row: Box::new(row?),
        })
    }

    pub(super) fn incompatible(
        &mut self,
        span: Range<usize>,
        qid: &str,
        info: &QInfo,
        problem: &str,
    ) {
        self.find(
            span,
            FindingKind::IncompatibleCondition {
                question: qid.to_string(),
                kind: info.kind,
                problem: problem.to_string(),
            },
        );
    }

    pub(super) fn literal(
        &mut self,
        v: &toml::Value,
        qid: &str,
        info: &QInfo,
        span: Range<usize>,
    ) -> Option<Literal> {
        match (info.kind, v) {
            ("single_choice" | "multiple_choice", toml::Value::String(s)) => {
                if info.codes.contains(s) {
                    Some(Literal::Code(s.clone()))
                } else {
                    self.incompatible(
                        span,
                        qid,
                        info,
                        &format!("`{s}` is not one of its option codes"),
                    );
                    None
                }
            }
            ("scale", toml::Value::String(s)) if s == "na" && info.scale_na => {
                Some(Literal::Code(s.clone()))
            }
            ("yes_no", toml::Value::Boolean(b)) => Some(Literal::Bool(*b)),
            ("scale" | "number", toml::Value::Integer(n)) => Some(Literal::Number(*n as f64)),
            ("number", toml::Value::Float(f)) => Some(Literal::Number(*f)),
            _ => {
                self.incompatible(
                    span,
                    qid,
                    info,
                    "the value does not fit the question's kind",
                );
                None
            }
        }
    }
}
