//! Lowering scores: items, reverse items, missing-answer rules, bands and overrides.

use super::*;

impl Lower<'_> {
    pub(super) fn score(
        &mut self,
        sc: Spanned<RawScore>,
        form: &Form,
        ids: &mut BTreeSet<String>,
    ) -> Option<ScoreDef> {
        let span = sc.span();
        let sc = sc.into_inner();
        let id = sc.id.get_ref().clone();
        self.count(
            &sc.bands,
            format!("the number of bands of score `{id}`"),
            limits::MAX_BANDS,
            "MAX_BANDS",
        );
        self.count(
            &sc.overrides,
            format!("the number of overrides of score `{id}`"),
            limits::MAX_BANDS,
            "MAX_BANDS",
        );
        if self.id_length(&sc.id, "score id") && !is_snake(&id) {
            self.find(
                sc.id.span(),
                FindingKind::InvalidId {
                    id: id.clone(),
                    rule: "score ids are snake_case",
                },
            );
        }
        if !ids.insert(id.clone()) {
            self.find(
                sc.id.span(),
                FindingKind::Duplicate {
                    what: "score id",
                    id: id.clone(),
                },
            );
        }
        let label = self.msg(sc.label);
        let mut ok = true;
        let mut items = Vec::new();
        let mut seen = BTreeSet::new();
        // Scores come after every question: `self.earlier` holds all top-level questions.
        for it in &sc.items {
            let qid = it.get_ref();
            match form.question(qid) {
                None => {
                    self.find(it.span(), FindingKind::UnknownQuestion(qid.clone()));
                    ok = false;
                }
                Some(q) if q.points_range().is_none() && sc.method.get_ref() != "count" => {
                    self.find(it.span(), FindingKind::NotScorable(qid.clone()));
                    ok = false;
                }
                Some(q) if !q.takes_answer() || matches!(q.kind, QuestionKind::Group { .. }) => {
                    self.find(it.span(), FindingKind::NotScorable(qid.clone()));
                    ok = false;
                }
                Some(_) => {}
            }
            if !seen.insert(qid.clone()) {
                self.find(
                    it.span(),
                    FindingKind::Duplicate {
                        what: "score item",
                        id: qid.clone(),
                    },
                );
            }
            items.push(qid.clone());
        }
        if items.is_empty() {
            self.find(
                span.clone(),
                FindingKind::Field(format!("score `{id}` has no items")),
            );
            ok = false;
        }
        for r in &sc.reverse {
            if !items.contains(r.get_ref()) {
                self.find(
                    r.span(),
                    FindingKind::Field(format!(
                        "reverse item `{}` is not among the score's items",
                        r.get_ref()
                    )),
                );
                ok = false;
            }
        }
        let method = match sc.method.get_ref().as_str() {
            "sum" => ScoreMethod::Sum,
            "mean" => ScoreMethod::Mean,
            "count" => {
                let Some(c) = sc.count_if else {
                    self.find(sc.method.span(), FindingKind::Field(format!("score `{id}`: method `count` needs `count_if` (a test without `question`)")));
                    return None;
                };
                let cspan = c.span();
                // The test applies to each item: check it against every item's kind.
                let raw = c.into_inner();
                if raw.question.is_some()
                    || raw.all.is_some()
                    || raw.any.is_some()
                    || raw.not.is_some()
                {
                    self.find(cspan, FindingKind::InvalidCondition("count_if is a single test (equals, one_of, gt, gte, lt, lte) without `question`".into()));
                    return None;
                }
                let mut test = None;
                for it in &items {
                    let mut probe = RawCondition {
                        question: Some(Spanned::new(cspan.clone(), it.clone())),
                        equals: raw.equals.clone(),
                        one_of: raw.one_of.clone(),
                        gt: raw.gt,
                        gte: raw.gte,
                        lt: raw.lt,
                        lte: raw.lte,
                        answered: raw.answered,
                        ..Default::default()
                    };
                    probe.all = None;
                    let lowered = self.condition(Spanned::new(cspan.clone(), probe), None);
                    match lowered {
                        Some(Condition::Test { test: t, .. }) => test = Some(t),
                        _ => ok = false,
                    }
                }
                match test {
                    Some(t) => ScoreMethod::Count(t),
                    None => return None,
                }
            }
            other => {
                self.find(
                    sc.method.span(),
                    FindingKind::Field(format!("score method `{other}` is not sum, mean or count")),
                );
                return None;
            }
        };
        if matches!(method, ScoreMethod::Count(_)) && !sc.reverse.is_empty() {
            self.find(
                span.clone(),
                FindingKind::Field(format!(
                    "score `{}`: a count has no reverse items",
                    sc.id.get_ref()
                )),
            );
            ok = false;
        }
        let mut bands = Vec::new();
        let mut codes = BTreeSet::new();
        for b in sc.bands {
            let b = b.into_inner();
            self.id_length(&b.code, "band code");
            if !codes.insert(b.code.get_ref().clone()) {
                self.find(
                    b.code.span(),
                    FindingKind::Duplicate {
                        what: "band code",
                        id: b.code.get_ref().clone(),
                    },
                );
            }
            let label = self.msg(b.label);
            bands.push((
                b.code.span(),
                Band {
                    code: b.code.into_inner(),
                    label,
                    from: b.from,
                    to: b.to,
                },
            ));
        }
        let mut overrides = Vec::new();
        for o in sc.overrides {
            let o = o.into_inner();
            let when = self.condition(o.when, None);
            let band_code = o.band.get_ref().clone();
            let label = match (bands.iter().find(|(_, b)| b.code == band_code), o.label) {
                (Some((_, b)), None) => b.label.clone(),
                (_, Some(l)) => self.msg(l),
                (None, None) => {
                    self.find(
                        o.band.span(),
                        FindingKind::Field(format!(
                            "override band `{band_code}` is not one of the bands: give it a `label`"
                        )),
                    );
                    String::new()
                }
            };
            if let Some(when) = when {
                overrides.push(BandOverride {
                    when,
                    band: band_code,
                    label,
                });
            }
        }
        let mut def = ScoreDef {
            id,
            label,
            method,
            items,
            reverse: sc.reverse.into_iter().map(Spanned::into_inner).collect(),
            max_missing: sc.max_missing,
            bands: bands.iter().map(|(_, b)| b.clone()).collect(),
            overrides,
        };
        if ok {
            let (lo, hi) = def.range(form);
            self.check_bands(&bands, lo, hi, span);
        }
        if def.max_missing as usize >= def.items.len() && !def.items.is_empty() {
            def.max_missing = def.items.len() as u32 - 1;
        }
        ok.then_some(def)
    }

    pub(super) fn check_bands(
        &mut self,
        bands: &[(Range<usize>, Band)],
        lo: f64,
        hi: f64,
        span: Range<usize>,
    ) {
        if bands.is_empty() {
            self.find(
                span,
                FindingKind::Bands(format!("no bands; the range {lo}..{hi} must be covered")),
            );
            return;
        }
        for (s, b) in bands {
            if b.from.partial_cmp(&b.to) != Some(std::cmp::Ordering::Less) {
                self.find(
                    s.clone(),
                    FindingKind::Bands(format!("band `{}` needs from < to", b.code)),
                );
            }
        }
        let (s0, first) = &bands[0];
        if first.from != lo {
            self.find(
                s0.clone(),
                FindingKind::Bands(format!(
                    "the first band starts at {} but the score's range starts at {lo}",
                    first.from
                )),
            );
        }
        for w in bands.windows(2) {
            let (a, b) = (&w[0].1, &w[1]);
            if b.1.from > a.to {
                self.find(
                    b.0.clone(),
                    FindingKind::Bands(format!(
                        "gap between `{}` (to {}) and `{}` (from {})",
                        a.code, a.to, b.1.code, b.1.from
                    )),
                );
            } else if b.1.from < a.to {
                self.find(
                    b.0.clone(),
                    FindingKind::Bands(format!(
                        "`{}` (from {}) overlaps `{}` (to {})",
                        b.1.code, b.1.from, a.code, a.to
                    )),
                );
            }
        }
        let (sl, last) = bands.last().expect("non-empty");
        if last.to != hi {
            self.find(
                sl.clone(),
                FindingKind::Bands(format!(
                    "the last band ends at {} but the score's range ends at {hi}",
                    last.to
                )),
            );
        }
    }
}
