//! Lowering questions: kinds, fields, options, bounds and requiredness.

use super::*;

impl Lower<'_> {
    /// Lowers a question. `group` holds the earlier siblings when inside a group.
    pub(super) fn question(
        &mut self,
        q: Spanned<RawQuestion>,
        group: Option<&mut BTreeMap<String, QInfo>>,
    ) -> Option<Question> {
        let qspan = q.span();
        let q = q.into_inner();
        let id = q.id.get_ref().clone();
        if self.id_length(&q.id, "question id") && !is_snake(&id) {
            self.find(
                q.id.span(),
                FindingKind::InvalidId {
                    id: id.clone(),
                    rule: "question ids are snake_case (a-z, 0-9, _), starting with a letter",
                },
            );
        }
        let duplicate = match group.as_deref() {
            Some(g) => g.contains_key(&id),
            None => self.earlier.contains_key(&id),
        };
        if duplicate {
            self.find(
                q.id.span(),
                FindingKind::Duplicate {
                    what: "question id",
                    id: id.clone(),
                },
            );
        }
        // Conditions are checked before the question itself is added, so a question cannot
        // depend on itself.
        let inherit = self.inherit;
        let audience = self.audience(q.audience.as_ref(), inherit);
        let applies_span = q.applies_if.as_ref().map(Spanned::span);
        let applies_if = q
            .applies_if
            .and_then(|c| self.condition(c, group.as_deref()));
        let mut required_span = None;
        let required = match (q.required, q.required_if) {
            (_, None) if !q.required => Required::No,
            (true, None) => Required::Yes,
            (false, Some(c)) => {
                required_span = Some(c.span());
                match self.condition(c, group.as_deref()) {
                    Some(c) => Required::If(c),
                    None => Required::No,
                }
            }
            (true, Some(c)) => {
                self.find(
                    c.span(),
                    FindingKind::Field(
                        "use either `required = true` or `required_if`, not both".into(),
                    ),
                );
                Required::Yes
            }
            _ => Required::No,
        };
        if audience != Audience::Worker && required != Required::No {
            let what = format!("the required {} question `{id}`", audience.name());
            if let (Some(c), Some(span)) = (&applies_if, applies_span) {
                self.check_reads_no_worker_answer(c, span, group.as_deref(), &what);
            }
            if let (Required::If(c), Some(span)) = (&required, required_span) {
                self.check_reads_no_worker_answer(c, span, group.as_deref(), &what);
            }
        }
        let label = self.msg(q.label);
        let help = self.opt_msg(q.help);
        let kind_name = q.kind.get_ref().clone();
        let kspan = q.kind.span();

        // Which optional fields each kind accepts.
        let present: Vec<(&str, bool)> = vec![
            ("options", q.options.is_some()),
            ("min", q.min.is_some()),
            ("max", q.max.is_some()),
            ("min_label", q.min_label.is_some()),
            ("max_label", q.max_label.is_some()),
            ("point_labels", q.point_labels.is_some()),
            ("not_applicable", q.not_applicable.is_some()),
            ("max_length", q.max_length.is_some()),
            ("integer", q.integer.is_some()),
            ("unit", q.unit.is_some()),
            ("questions", q.questions.is_some()),
            ("min_rows", q.min_rows.is_some()),
            ("max_rows", q.max_rows.is_some()),
        ];
        let allowed: &[&str] = match kind_name.as_str() {
            "single_choice" => &["options"],
            "multiple_choice" => &["options", "min", "max"],
            "scale" => &[
                "min",
                "max",
                "min_label",
                "max_label",
                "point_labels",
                "not_applicable",
            ],
            "yes_no" | "info" => &[],
            "short_text" | "long_text" => &["max_length"],
            "number" => &["min", "max", "integer", "unit"],
            "date" => &["min", "max"],
            "group" => &["questions", "min_rows", "max_rows"],
            other => {
                self.find(kspan, FindingKind::UnknownKind(other.to_string()));
                return None;
            }
        };
        for (name, is) in present {
            if is && !allowed.contains(&name) {
                self.find(
                    qspan.clone(),
                    FindingKind::Field(format!(
                        "question `{id}`: `{name}` does not belong to kind `{kind_name}`"
                    )),
                );
            }
        }
        let mut group_rows: Option<BTreeMap<String, QInfo>> = None;
        let kind = match kind_name.as_str() {
            "single_choice" | "multiple_choice" => {
                let options = self.options(q.options, &id, qspan.clone());
                if kind_name == "single_choice" {
                    QuestionKind::SingleChoice { options }
                } else {
                    let min_span = q.min.as_ref().map(Spanned::span);
                    let min = self.count_bound(q.min);
                    let max = self.count_bound(q.max);
                    if let (Some(m), Some(span)) = (min, min_span)
                        && m as usize > options.len()
                    {
                        self.find(
                            span,
                            FindingKind::Field(format!(
                                "question `{id}`: min is greater than the number of options"
                            )),
                        );
                    }
                    if let (Some(a), Some(b)) = (min, max)
                        && a > b
                    {
                        self.find(
                            qspan.clone(),
                            FindingKind::Field(format!("question `{id}`: min is greater than max")),
                        );
                    }
                    if max.is_some_and(|m| m as usize > options.len()) {
                        self.find(
                            qspan.clone(),
                            FindingKind::Field(format!(
                                "question `{id}`: max is greater than the number of options"
                            )),
                        );
                    }
                    QuestionKind::MultipleChoice { options, min, max }
                }
            }
            "scale" => {
                let min = self.int_bound(q.min.as_ref(), &id, "min", qspan.clone());
                let max = self.int_bound(q.max.as_ref(), &id, "max", qspan.clone());
                if min >= max {
                    self.find(
                        qspan.clone(),
                        FindingKind::Field(format!("question `{id}`: a scale needs min < max")),
                    );
                }
                if max - min + 1 > limits::MAX_SCALE_POINTS {
                    let span = q.max.as_ref().map_or(qspan.clone(), Spanned::span);
                    self.too_large(
                        span,
                        format!("the number of points of scale `{id}`"),
                        max - min + 1,
                        limits::MAX_SCALE_POINTS,
                        "MAX_SCALE_POINTS",
                    );
                }
                let min_label = self.required_msg(q.min_label, &id, "min_label", qspan.clone());
                let max_label = self.required_msg(q.max_label, &id, "max_label", qspan.clone());
                let point_labels: Vec<String> = q
                    .point_labels
                    .unwrap_or_default()
                    .into_iter()
                    .map(|m| self.msg(m))
                    .collect();
                if !point_labels.is_empty() && point_labels.len() as i64 != max - min + 1 {
                    self.find(qspan.clone(), FindingKind::Field(format!("question `{id}`: point_labels needs one label for each point from min to max")));
                }
                let not_applicable = self.opt_msg(q.not_applicable);
                QuestionKind::Scale {
                    min,
                    max,
                    min_label,
                    max_label,
                    point_labels,
                    not_applicable,
                }
            }
            "yes_no" => QuestionKind::YesNo,
            "info" => {
                if !matches!(required, Required::No) {
                    self.find(
                        qspan.clone(),
                        FindingKind::Field(format!(
                            "question `{id}`: an info block cannot be required"
                        )),
                    );
                }
                QuestionKind::Info
            }
            "short_text" | "long_text" => {
                let default = if kind_name == "short_text" { 200 } else { 5000 };
                let max_length = q.max_length.map_or(default, |m| {
                    if *m.get_ref() == 0 {
                        self.find(
                            m.span(),
                            FindingKind::Field("max_length must be at least 1".into()),
                        );
                    } else if *m.get_ref() > limits::MAX_TEXT_LENGTH {
                        self.too_large(
                            m.span(),
                            "`max_length`".into(),
                            *m.get_ref(),
                            limits::MAX_TEXT_LENGTH,
                            "MAX_TEXT_LENGTH",
                        );
                    }
                    m.into_inner()
                });
                if kind_name == "short_text" {
                    QuestionKind::ShortText { max_length }
                } else {
                    QuestionKind::LongText { max_length }
                }
            }
            "number" => {
                let min = self.num_bound(q.min.as_ref());
                let max = self.num_bound(q.max.as_ref());
                if let (Some(a), Some(b)) = (min, max)
                    && a > b
                {
                    self.find(
                        qspan.clone(),
                        FindingKind::Field(format!("question `{id}`: min is greater than max")),
                    );
                }
                QuestionKind::Number {
                    integer: q.integer.unwrap_or(false),
                    min,
                    max,
                    unit: self.opt_msg(q.unit),
                }
            }
            "date" => {
                let min = self.date_bound(q.min.as_ref());
                let max = self.date_bound(q.max.as_ref());
                if let (Some(DateBound::Fixed(a)), Some(DateBound::Fixed(b))) = (min, max)
                    && a > b
                {
                    self.find(
                        qspan.clone(),
                        FindingKind::Field(format!("question `{id}`: min is after max")),
                    );
                }
                QuestionKind::Date { min, max }
            }
            "group" => {
                if group.is_some() {
                    self.find(
                        qspan.clone(),
                        FindingKind::Field(format!("question `{id}`: groups cannot be nested")),
                    );
                    return None;
                }
                let mut siblings: BTreeMap<String, QInfo> = BTreeMap::new();
                let mut subs = Vec::new();
                let raw_subs = q.questions.unwrap_or_default();
                if raw_subs.is_empty() {
                    self.find(
                        qspan.clone(),
                        FindingKind::Field(format!("question `{id}`: a group needs sub-questions")),
                    );
                }
                self.inherit = audience;
                for s in raw_subs {
                    if let Some(sq) = self.question(s, Some(&mut siblings)) {
                        subs.push(sq);
                    }
                }
                self.inherit = inherit;
                group_rows = Some(siblings);
                let mut over = false;
                for (what, rows) in [("`min_rows`", &q.min_rows), ("`max_rows`", &q.max_rows)] {
                    if let Some(rows) = rows
                        && *rows.get_ref() > limits::MAX_ROWS
                    {
                        self.too_large(
                            rows.span(),
                            what.into(),
                            *rows.get_ref(),
                            limits::MAX_ROWS,
                            "MAX_ROWS",
                        );
                        over = true;
                    }
                }
                let min_rows = q.min_rows.map_or(0, Spanned::into_inner);
                let max_rows = q.max_rows.map_or(50, Spanned::into_inner);
                if !over && (min_rows > max_rows || max_rows == 0) {
                    self.find(
                        qspan.clone(),
                        FindingKind::Field(format!(
                            "question `{id}`: needs 0 <= min_rows <= max_rows and max_rows >= 1"
                        )),
                    );
                }
                QuestionKind::Group {
                    questions: subs,
                    min_rows,
                    max_rows,
                }
            }
            _ => unreachable!("checked above"),
        };
        let question = Question {
            id: id.clone(),
            label,
            help,
            kind,
            required,
            applies_if,
            audience,
            private: q.private,
        };
        let info = QInfo {
            kind: question.kind.name(),
            audience,
            codes: question.options().iter().map(|o| o.code.clone()).collect(),
            scale_na: matches!(
                &question.kind,
                QuestionKind::Scale {
                    not_applicable: Some(_),
                    ..
                }
            ),
            rows: group_rows,
        };
        match group {
            Some(g) => {
                g.insert(id, info);
            }
            None => {
                self.earlier.insert(id, info);
            }
        }
        Some(question)
    }

    pub(super) fn required_msg(
        &mut self,
        m: Option<Spanned<String>>,
        id: &str,
        field: &str,
        span: Range<usize>,
    ) -> String {
        match m {
            Some(m) => self.msg(m),
            None => {
                self.find(
                    span,
                    FindingKind::Field(format!(
                        "question `{id}`: `{field}` is required for this kind"
                    )),
                );
                String::new()
            }
        }
    }

    pub(super) fn options(
        &mut self,
        raw: Option<Vec<Spanned<RawOption>>>,
        id: &str,
        span: Range<usize>,
    ) -> Vec<ChoiceOption> {
        let raw = raw.unwrap_or_default();
        self.count(
            &raw,
            format!("the number of options of question `{id}`"),
            limits::MAX_OPTIONS,
            "MAX_OPTIONS",
        );
        if raw.is_empty() {
            self.find(
                span,
                FindingKind::Field(format!("question `{id}`: a choice question needs options")),
            );
        }
        let mut codes = BTreeSet::new();
        let mut out = Vec::new();
        let with_points = raw.iter().filter(|o| o.get_ref().points.is_some()).count();
        for o in raw {
            let ospan = o.span();
            let o = o.into_inner();
            let code = o.code.get_ref().clone();
            if self.id_length(&o.code, "option code") && !is_code(&code) {
                self.find(
                    o.code.span(),
                    FindingKind::InvalidId {
                        id: code.clone(),
                        rule: "option codes use a-z, 0-9, _ and -",
                    },
                );
            }
            if !codes.insert(code.clone()) {
                self.find(
                    o.code.span(),
                    FindingKind::Duplicate {
                        what: "option code",
                        id: code.clone(),
                    },
                );
            }
            if o.points.is_some_and(|p| !p.is_finite()) {
                self.find(
                    ospan.clone(),
                    FindingKind::Field("points must be a finite number".into()),
                );
            }
            if with_points > 0 && o.points.is_none() {
                self.find(
                    ospan,
                    FindingKind::Field(format!(
                        "question `{id}`: option `{code}` has no points while others have"
                    )),
                );
            }
            let label = self.msg(o.label);
            out.push(ChoiceOption {
                code,
                label,
                points: o.points,
            });
        }
        out
    }

    pub(super) fn count_bound(&mut self, v: Option<Spanned<toml::Value>>) -> Option<u32> {
        let v = v?;
        match v.get_ref().as_integer() {
            Some(n) if (0..=u32::MAX as i64).contains(&n) => Some(n as u32),
            _ => {
                self.find(
                    v.span(),
                    FindingKind::Field("expected a whole number of selections".into()),
                );
                None
            }
        }
    }

    pub(super) fn int_bound(
        &mut self,
        v: Option<&Spanned<toml::Value>>,
        id: &str,
        field: &str,
        span: Range<usize>,
    ) -> i64 {
        match v {
            None => {
                self.find(
                    span,
                    FindingKind::Field(format!(
                        "question `{id}`: `{field}` is required for a scale"
                    )),
                );
                0
            }
            Some(v) => match v.get_ref().as_integer() {
                Some(n) if n.abs() <= 1_000_000 => n,
                _ => {
                    self.find(
                        v.span(),
                        FindingKind::Field(
                            "expected a whole number (at most 1000000 in size)".into(),
                        ),
                    );
                    0
                }
            },
        }
    }

    pub(super) fn num_bound(&mut self, v: Option<&Spanned<toml::Value>>) -> Option<f64> {
        let v = v?;
        match v.get_ref() {
            toml::Value::Integer(n) => Some(*n as f64),
            toml::Value::Float(f) if f.is_finite() => Some(*f),
            _ => {
                self.find(v.span(), FindingKind::Field("expected a number".into()));
                None
            }
        }
    }

    pub(super) fn date_bound(&mut self, v: Option<&Spanned<toml::Value>>) -> Option<DateBound> {
        let v = v?;
        match v.get_ref() {
            toml::Value::String(s) if s == "today" => Some(DateBound::Today),
            toml::Value::String(s) => match parse_date(s) {
                Some(d) => Some(DateBound::Fixed(d)),
                None => {
                    self.find(
                        v.span(),
                        FindingKind::Field("expected \"today\" or a date \"YYYY-MM-DD\"".into()),
                    );
                    None
                }
            },
            toml::Value::Datetime(dt) => match dt.date.and_then(|d| {
                chrono::NaiveDate::from_ymd_opt(d.year as i32, d.month as u32, d.day as u32)
            }) {
                Some(d) if dt.time.is_none() => Some(DateBound::Fixed(d)),
                _ => {
                    self.find(
                        v.span(),
                        FindingKind::Field("expected a date without a time".into()),
                    );
                    None
                }
            },
            _ => {
                self.find(
                    v.span(),
                    FindingKind::Field("expected \"today\" or a date \"YYYY-MM-DD\"".into()),
                );
                None
            }
        }
    }
}
