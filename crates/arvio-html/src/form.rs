//! The form to fill in: blank, or refilled with what the person sent and its errors.

use crate::HtmlRenderer;
use crate::escape::{self, dom_id, dom_id_into};
use arvio_core::model::{Audience, Condition, Form, Part, Question, QuestionKind, Required};
use arvio_core::render::phrase::{self, plain_number};
use arvio_core::render::{Arg, Filled, Texts, common};
use arvio_core::response::AnswerValue;
use arvio_core::validate::parse_date;
use serde_json::Value;
use std::collections::{BTreeMap, HashMap};

/// One validation error ready to show: where it links and what it says.
pub(crate) struct ShownError {
    pub anchor: Option<String>,
    pub message: String,
}

/// Whether a page offering `part` shows a question: one the part covers that takes an answer
/// (for a group: with a sub-question the part covers), or an information block the part covers.
pub(crate) fn offered(part: Part, q: &Question) -> bool {
    if !part.covers(q.audience) {
        return false;
    }
    match &q.kind {
        QuestionKind::Group { questions, .. } => questions
            .iter()
            .any(|sq| sq.takes_answer() && part.covers(sq.audience)),
        _ => true,
    }
}

/// The DOM id of the field an answer path points at (`q-network-2-role`), if the path names a
/// question the page renders (one of the part offered).
pub(crate) fn anchor_for(form: &Form, path: &str, part: Part) -> Option<String> {
    let qid = path.split(['[', '.']).next().unwrap_or("");
    let q = form.question(qid)?;
    if !q.takes_answer() || !offered(part, q) {
        return None;
    }
    let mut dom = format!("q-{}", dom_id(qid));
    let rest = &path[qid.len()..];
    if let Some(after) = rest.strip_prefix('[') {
        let (idx, sub) = after.split_once(']')?;
        let idx: usize = idx.parse().ok()?;
        dom.push_str(&format!("-{idx}"));
        if let Some(sub) = sub.strip_prefix('.') {
            let QuestionKind::Group { questions, .. } = &q.kind else {
                return None;
            };
            if !questions
                .iter()
                .any(|s| s.id == sub && part.covers(s.audience))
            {
                return Some(dom);
            }
            dom.push('-');
            dom.push_str(&dom_id(sub));
        }
    }
    Some(dom)
}

/// About how long the markup of `form` is (blank; a refilled form adds its values and
/// errors), so the page's buffer is allocated once or twice rather than grown step by step.
pub(crate) fn size(form: &Form) -> usize {
    fn question(q: &Question) -> usize {
        1200 + match &q.kind {
            QuestionKind::SingleChoice { options }
            | QuestionKind::MultipleChoice { options, .. } => options.len() * 260,
            QuestionKind::Scale { min, max, .. } => {
                (max.saturating_sub(*min).clamp(0, 100) as usize + 2) * 260
            }
            QuestionKind::YesNo => 520,
            QuestionKind::Group { questions, .. } => {
                questions.iter().map(question).sum::<usize>() * 2
            }
            _ => 0,
        }
    }
    4096 + form
        .sections
        .iter()
        .flat_map(|s| &s.questions)
        .map(question)
        .sum::<usize>()
}

/// Appends `n` in decimal digits, with `-` if negative (as `i64`'s `Display`).
fn push_signed(out: &mut String, n: i64) {
    if n < 0 {
        out.push('-');
    }
    push_number(out, n.unsigned_abs());
}

/// Appends `n` in decimal digits.
fn push_number(out: &mut String, mut n: u64) {
    let mut digits = [0u8; 20];
    let mut at = digits.len();
    loop {
        at -= 1;
        digits[at] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    out.extend(digits[at..].iter().map(|&d| char::from(d)));
}

/// The messages shown for each answer path of a refilled form, in the order of the errors.
pub(crate) type ErrorsByPath<'e> = HashMap<&'e str, Vec<&'e str>>;

/// Which notes a question has, in the order they are written and listed in
/// `aria-describedby` (`{dom}-cond`, `{dom}-worker`, `{dom}-help`, `{dom}-hint`, then one
/// `{dom}-err-{i}` per error).
fn note_suffixes(q: &Question) -> [Option<&'static str>; 4] {
    [
        q.applies_if.is_some().then_some("cond"),
        (q.audience == Audience::Worker).then_some("worker"),
        q.help.is_some().then_some("help"),
        matches!(
            q.kind,
            QuestionKind::MultipleChoice { .. }
                | QuestionKind::ShortText { .. }
                | QuestionKind::LongText { .. }
        )
        .then_some("hint"),
    ]
}

/// Writes the form into one buffer, the page's.
pub(crate) struct FormWriter<'a, 'w> {
    form: &'a Form,
    t: &'a dyn Texts,
    part: Part,
    raw: Option<&'a BTreeMap<String, AnswerValue>>,
    errors: &'a ErrorsByPath<'a>,
    out: &'w mut String,
    /// Scratch buffers of [`FormWriter::question`].
    dom_buf: String,
    path_buf: String,
    /// The common words this page has used, escaped (asked for once per page).
    words: Vec<(&'static str, String)>,
    /// The "at most … characters" hints this page has used, by maximum, escaped.
    max_hints: Vec<(u32, String)>,
}

impl<'a, 'w> FormWriter<'a, 'w> {
    pub fn new(
        form: &'a Form,
        t: &'a dyn Texts,
        part: Part,
        filled: Option<&Filled<'a>>,
        errors: &'a ErrorsByPath<'a>,
        out: &'w mut String,
    ) -> Self {
        FormWriter {
            form,
            t,
            part,
            raw: filled.map(|f| &f.response.answers),
            errors,
            out,
            dom_buf: String::new(),
            path_buf: String::new(),
            words: Vec::new(),
            max_hints: Vec::new(),
        }
    }

    fn text(&mut self, s: &str) {
        escape::text(self.out, s);
    }

    fn attr(&mut self, s: &str) {
        escape::attr(self.out, s);
    }

    fn msg(&mut self, id: &str) {
        let s = self.t.message(id);
        self.text(&s);
    }

    /// Writes a common word (one of the renderer's fixed ids), asked for once per page.
    fn word(&mut self, id: &'static str) {
        if let Some((_, text)) = self.words.iter().find(|(w, _)| *w == id) {
            self.out.push_str(text);
            return;
        }
        let text = escape::text_string(&self.t.message(id));
        self.out.push_str(&text);
        self.words.push((id, text));
    }

    /// Writes the "at most `max` characters" hint, asked for once per page and maximum.
    fn max_hint(&mut self, max: u32) {
        if let Some((_, text)) = self.max_hints.iter().find(|(m, _)| *m == max) {
            self.out.push_str(text);
            return;
        }
        let text = escape::text_string(
            &self
                .t
                .message_with("arvio-max-length", &[("max", Arg::Num(f64::from(max)))]),
        );
        self.out.push_str(&text);
        self.max_hints.push((max, text));
    }

    /// The errors shown at an answer path.
    fn errors_at(&self, path: &str) -> &'a [&'a str] {
        let errors: &'a ErrorsByPath<'a> = self.errors;
        if errors.is_empty() {
            return &[];
        }
        errors.get(path).map_or(&[], Vec::as_slice)
    }

    pub fn form(&mut self, r: &HtmlRenderer) {
        self.out.push_str("<form method=\"post\"");
        if let Some(a) = &r.action {
            self.out.push_str(" action=\"");
            self.attr(a);
            self.out.push('"');
        }
        self.out.push_str(" novalidate accept-charset=\"utf-8\">\n");
        // The first submit button is the one Enter in a text field presses: make it "save
        // draft", so Enter never removes a row or sends an unfinished form.
        self.out.push_str(
            "<button type=\"submit\" name=\"_action\" value=\"draft\" class=\"vh\" tabindex=\"-1\" aria-hidden=\"true\">",
        );
        self.msg("arvio-save-draft");
        self.out.push_str("</button>\n");
        for (k, v) in &r.hidden {
            self.out.push_str("<input type=\"hidden\" name=\"");
            self.attr(k);
            self.out.push_str("\" value=\"");
            self.attr(v);
            self.out.push_str("\">\n");
        }
        let form = self.form;
        let part = self.part;
        let mut dom = String::new();
        for s in &form.sections {
            // A section shows when it has something to answer in the part offered.
            if !s
                .questions
                .iter()
                .any(|q| q.takes_answer() && offered(part, q))
            {
                continue;
            }
            dom.clear();
            dom_id_into(&mut dom, &s.id);
            self.out.push_str("<section aria-labelledby=\"s-");
            self.attr(&dom);
            self.out.push_str("\">\n<h2 id=\"s-");
            self.attr(&dom);
            self.out.push_str("\">");
            self.msg(&s.title);
            self.out.push_str("</h2>\n");
            if let Some(c) = &s.applies_if {
                self.condition_note(c, &[], None);
            }
            if let Some(h) = &s.help {
                self.out.push_str("<p class=\"hint\">");
                self.msg(h);
                self.out.push_str("</p>\n");
            }
            for q in s.questions.iter().filter(|q| offered(part, q)) {
                dom.clear();
                dom.push_str("q-");
                dom_id_into(&mut dom, &q.id);
                let raw = self.raw.and_then(|r| r.get(&q.id)).map(|v| &v.0);
                self.question(q, &[], &q.id, &dom, raw);
            }
            self.out.push_str("</section>\n");
        }
        self.out.push_str(
            "<div class=\"actions\">\n<button type=\"submit\" name=\"_action\" value=\"submit\">",
        );
        self.msg("arvio-submit");
        self.out.push_str(
            "</button>\n<button type=\"submit\" name=\"_action\" value=\"draft\" class=\"secondary\">",
        );
        self.msg("arvio-save-draft");
        self.out.push_str("</button>\n</div>\n</form>\n");
    }

    /// The "answer this if …" note; `dom` is the question's DOM id, escaped for attributes
    /// (the note's is `{dom}-cond`).
    fn condition_note(&mut self, c: &Condition, siblings: &[Question], dom: Option<&str>) {
        let text = phrase::answer_if(self.form, siblings, c, self.t);
        self.out.push_str("<p class=\"cond\"");
        if let Some(dom) = dom {
            self.out.push_str(" id=\"");
            self.out.push_str(dom);
            self.out.push_str("-cond\"");
        }
        self.out.push('>');
        self.text(&text);
        self.out.push_str(".</p>\n");
    }

    /// Writes the label text with the required marker.
    fn label_text(&mut self, q: &Question, siblings: &[Question]) {
        self.msg(&q.label);
        match &q.required {
            Required::No => {}
            Required::Yes => {
                self.out.push_str(" <span class=\"req\">(");
                self.word(common::REQUIRED);
                self.out.push_str(")</span>");
            }
            Required::If(c) => {
                let s = phrase::required_if(self.form, siblings, c, self.t);
                self.out.push_str(" <span class=\"req\">(");
                self.text(&s);
                self.out.push_str(")</span>");
            }
        }
    }

    /// Writes the notes under a label (condition, worker-only, help, hint, errors); their
    /// ids are those [`FormWriter::described`] lists. `dom` is escaped for attributes.
    fn notes(&mut self, q: &Question, siblings: &[Question], dom: &str, errors: &[&str]) {
        if let Some(c) = &q.applies_if {
            self.condition_note(c, siblings, Some(dom));
        }
        if q.audience == Audience::Worker {
            self.out.push_str("<p><span class=\"worker\" id=\"");
            self.out.push_str(dom);
            self.out.push_str("-worker\">");
            self.word(common::WORKER_ONLY);
            self.out.push_str("</span></p>\n");
        }
        if let Some(h) = &q.help {
            self.out.push_str("<p class=\"hint\" id=\"");
            self.out.push_str(dom);
            self.out.push_str("-help\">");
            self.msg(h);
            self.out.push_str("</p>\n");
        }
        let hint = match &q.kind {
            QuestionKind::MultipleChoice { .. } => Some(None),
            QuestionKind::ShortText { max_length } | QuestionKind::LongText { max_length } => {
                Some(Some(*max_length))
            }
            _ => None,
        };
        if let Some(max) = hint {
            self.out.push_str("<p class=\"hint\" id=\"");
            self.out.push_str(dom);
            self.out.push_str("-hint\">");
            match max {
                None => self.word(common::SELECT_MANY),
                Some(max) => self.max_hint(max),
            }
            self.out.push_str("</p>\n");
        }
        for (i, e) in errors.iter().enumerate() {
            self.out.push_str("<p class=\"error\" id=\"");
            self.out.push_str(dom);
            self.out.push_str("-err-");
            push_number(self.out, i as u64);
            self.out.push_str("\">");
            self.text(e);
            self.out.push_str("</p>\n");
        }
    }

    /// ` aria-describedby="…"` naming the notes [`FormWriter::notes`] writes for `q` (and
    /// the unit after a number field), if there are any. `dom` is escaped for attributes.
    fn described(&mut self, q: &Question, dom: &str, errors: usize, unit: bool) {
        let suffixes = note_suffixes(q);
        if errors == 0 && !unit && suffixes.iter().all(Option::is_none) {
            return;
        }
        self.out.push_str(" aria-describedby=\"");
        let mut first = true;
        let mut sep = |w: &mut Self| {
            if !std::mem::take(&mut first) {
                w.out.push(' ');
            }
        };
        for suffix in suffixes.into_iter().flatten() {
            sep(self);
            self.out.push_str(dom);
            self.out.push('-');
            self.out.push_str(suffix);
        }
        for i in 0..errors {
            sep(self);
            self.out.push_str(dom);
            self.out.push_str("-err-");
            push_number(self.out, i as u64);
        }
        if unit {
            sep(self);
            self.out.push_str(dom);
            self.out.push_str("-unit");
        }
        self.out.push('"');
    }

    /// The classes of a question's box: `q` and what marks it.
    fn class(&mut self, q: &Question, invalid: bool) {
        self.out.push('q');
        if q.applies_if.is_some() {
            self.out.push_str(" conditional");
        }
        if q.audience == Audience::Worker {
            self.out.push_str(" worker-only");
        }
        match &q.required {
            Required::Yes => self.out.push_str(" required"),
            Required::If(_) => self.out.push_str(" required-if"),
            Required::No => {}
        }
        if invalid {
            self.out.push_str(" invalid");
        }
    }

    fn question(
        &mut self,
        q: &Question,
        siblings: &[Question],
        path: &str,
        dom: &str,
        raw: Option<&Value>,
    ) {
        let errors = self.errors_at(path);
        // The id and the name as they go into attributes, escaped once: every `dom` written
        // below (and by the functions given it) is this escaped id. The buffers are reused
        // from question to question (a group's sub-questions take fresh ones).
        let mut dom_buf = std::mem::take(&mut self.dom_buf);
        let mut path_buf = std::mem::take(&mut self.path_buf);
        dom_buf.clear();
        escape::attr(&mut dom_buf, dom);
        path_buf.clear();
        escape::attr(&mut path_buf, path);
        self.question_in(q, siblings, dom, raw, errors, &dom_buf, &path_buf);
        self.dom_buf = dom_buf;
        self.path_buf = path_buf;
    }

    /// [`FormWriter::question`] with the id and name escaped for attributes.
    #[allow(clippy::too_many_arguments)]
    fn question_in(
        &mut self,
        q: &Question,
        siblings: &[Question],
        dom_raw: &str,
        raw: Option<&Value>,
        errors: &'a [&'a str],
        dom: &str,
        path_attr: &str,
    ) {
        let invalid = !errors.is_empty();
        match &q.kind {
            QuestionKind::Info => {
                self.out.push_str("<div class=\"q info\">\n<p><strong>");
                self.msg(&q.label);
                self.out.push_str("</strong></p>\n");
                if let Some(h) = &q.help {
                    self.out.push_str("<p class=\"hint\">");
                    self.msg(h);
                    self.out.push_str("</p>\n");
                }
                self.out.push_str("</div>\n");
            }
            QuestionKind::SingleChoice { options }
            | QuestionKind::MultipleChoice { options, .. } => {
                let multi = matches!(q.kind, QuestionKind::MultipleChoice { .. });
                self.choices_start(q, siblings, dom, errors, false);
                for (i, o) in options.iter().enumerate() {
                    let on = match raw {
                        Some(Value::String(s)) => *s == o.code,
                        Some(Value::Array(a)) => a.iter().any(|v| v.as_str() == Some(&o.code)),
                        _ => false,
                    };
                    let label = self.t.message(&o.label);
                    self.choice(multi, dom, i, path_attr, &o.code, &[&label], on, invalid);
                }
                self.out.push_str("</div>\n</fieldset>\n");
            }
            QuestionKind::Scale {
                min,
                max,
                not_applicable,
                ..
            } => {
                self.choices_start(q, siblings, dom, errors, true);
                // A number answer is the point written the same way or of the same value.
                let number = match raw {
                    Some(Value::Number(n)) => Some((n.to_string(), n.as_f64())),
                    _ => None,
                };
                let mut i = 0;
                let mut code = String::new();
                for v in *min..=*max {
                    code.clear();
                    push_signed(&mut code, v);
                    let on = match (&number, raw) {
                        (Some((text, f)), _) => {
                            *text == code || f.is_some_and(|f| code.parse::<f64>() == Ok(f))
                        }
                        (None, Some(Value::String(s))) => *s == code,
                        _ => false,
                    };
                    // A whole number below 10^15 is written as its digits in every language.
                    let n = if v.unsigned_abs() < 1_000_000_000_000_000 {
                        std::borrow::Cow::Borrowed(code.as_str())
                    } else {
                        std::borrow::Cow::Owned(plain_number(self.t, v as f64))
                    };
                    match q.kind.scale_point_label(v) {
                        Some(l) => {
                            let label = self.t.message(l);
                            self.choice(
                                false,
                                dom,
                                i,
                                path_attr,
                                &code,
                                &[&n, " – ", &label],
                                on,
                                invalid,
                            );
                        }
                        None => self.choice(false, dom, i, path_attr, &code, &[&n], on, invalid),
                    }
                    i += 1;
                }
                if let Some(na) = not_applicable {
                    let on = matches!(raw, Some(Value::String(s)) if s == "na");
                    let label = self.t.message(na);
                    self.choice(false, dom, i, path_attr, "na", &[&label], on, invalid);
                }
                self.out.push_str("</div>\n</fieldset>\n");
            }
            QuestionKind::YesNo => {
                self.choices_start(q, siblings, dom, errors, false);
                for (i, (code, id)) in [("true", common::YES), ("false", common::NO)]
                    .into_iter()
                    .enumerate()
                {
                    let on = match raw {
                        Some(Value::Bool(b)) => code == if *b { "true" } else { "false" },
                        Some(Value::String(s)) => s == code,
                        _ => false,
                    };
                    let label = self.t.message(id);
                    self.choice(false, dom, i, path_attr, code, &[&label], on, invalid);
                }
                self.out.push_str("</div>\n</fieldset>\n");
            }
            QuestionKind::ShortText { .. }
            | QuestionKind::LongText { .. }
            | QuestionKind::Number { .. }
            | QuestionKind::Date { .. } => {
                self.out.push_str("<div class=\"");
                self.class(q, invalid);
                self.out.push_str("\">\n<label for=\"");
                self.out.push_str(dom);
                self.out.push_str("\">");
                self.label_text(q, siblings);
                self.out.push_str("</label>\n");
                self.notes(q, siblings, dom, errors);
                // A string answer is shown as it is (borrowed unless it needs cleaning).
                let value = match raw {
                    Some(Value::String(s)) => arvio_core::chars::clean(s),
                    Some(v) => std::borrow::Cow::Owned(raw_text(self.t, v)),
                    None => std::borrow::Cow::Borrowed(""),
                };
                let unit = matches!(&q.kind, QuestionKind::Number { unit: Some(_), .. });
                let common_attrs = |w: &mut Self| {
                    w.out.push_str(" id=\"");
                    w.out.push_str(dom);
                    w.out.push_str("\" name=\"");
                    w.out.push_str(path_attr);
                    w.out.push('"');
                    if matches!(q.required, Required::Yes) {
                        w.out.push_str(" aria-required=\"true\"");
                    }
                    if invalid {
                        w.out.push_str(" aria-invalid=\"true\"");
                    }
                    w.described(q, dom, errors.len(), unit);
                };
                match &q.kind {
                    QuestionKind::LongText { .. } => {
                        self.out.push_str("<textarea rows=\"5\"");
                        common_attrs(self);
                        self.out.push_str(">\n");
                        self.text(&value);
                        self.out.push_str("</textarea>\n");
                    }
                    QuestionKind::Number { integer, unit, .. } => {
                        self.out
                            .push_str("<input type=\"text\" class=\"short\" inputmode=\"");
                        self.out
                            .push_str(if *integer { "numeric" } else { "decimal" });
                        self.out.push_str("\" autocomplete=\"off\"");
                        common_attrs(self);
                        self.out.push_str(" value=\"");
                        self.attr(&value);
                        self.out.push_str("\">");
                        if let Some(u) = unit {
                            self.out.push_str(" <span class=\"unit\" id=\"");
                            self.out.push_str(dom);
                            self.out.push_str("-unit\">");
                            self.msg(u);
                            self.out.push_str("</span>");
                        }
                        self.out.push('\n');
                    }
                    QuestionKind::Date { .. } => {
                        // A value the date control cannot hold is shown as text, so nothing
                        // typed is lost.
                        let as_date = value.is_empty() || parse_date(&value).is_some();
                        self.out.push_str(if as_date {
                            "<input type=\"date\" class=\"short\""
                        } else {
                            "<input type=\"text\" class=\"short\""
                        });
                        common_attrs(self);
                        self.out.push_str(" value=\"");
                        self.attr(&value);
                        self.out.push_str("\">\n");
                    }
                    _ => {
                        self.out.push_str("<input type=\"text\"");
                        common_attrs(self);
                        self.out.push_str(" value=\"");
                        self.attr(&value);
                        self.out.push_str("\">\n");
                    }
                }
                self.out.push_str("</div>\n");
            }
            QuestionKind::Group {
                questions,
                min_rows,
                max_rows,
            } => {
                self.out.push_str("<fieldset class=\"");
                self.class(q, invalid);
                self.out.push_str(" group\" id=\"");
                self.out.push_str(dom);
                self.out.push('"');
                // Notes go after the legend, so describedby is set on the legend's group by id.
                self.described(q, dom, errors.len(), false);
                self.out.push_str(">\n<legend>");
                self.label_text(q, siblings);
                self.out.push_str("</legend>\n");
                self.notes(q, siblings, dom, errors);
                let rows: Vec<Option<&serde_json::Map<String, Value>>> = match raw {
                    Some(Value::Array(a)) => a.iter().map(Value::as_object).collect(),
                    _ => {
                        let n = (*min_rows).max(1).min(*max_rows) as usize;
                        vec![None; n]
                    }
                };
                if rows.is_empty() {
                    self.out.push_str("<p class=\"hint\">");
                    self.msg(common::NO_ROWS);
                    self.out.push_str("</p>\n");
                }
                let (mut row_dom, mut row_path) = (String::new(), String::new());
                let (mut sub_dom, mut sub_path) = (String::new(), String::new());
                for (i, row) in rows.iter().enumerate() {
                    row_dom.clear();
                    row_dom.push_str(dom_raw);
                    row_dom.push('-');
                    push_number(&mut row_dom, i as u64);
                    row_path.clear();
                    row_path.push_str(&q.id);
                    row_path.push('[');
                    push_number(&mut row_path, i as u64);
                    row_path.push(']');
                    let row_errors = self.errors_at(&row_path);
                    self.out.push_str("<fieldset class=\"rowset\" id=\"");
                    self.attr(&row_dom);
                    self.out.push_str("\">\n<legend id=\"");
                    self.attr(&row_dom);
                    self.out.push_str("-legend\">");
                    let title = self
                        .t
                        .message_with(common::ROW, &[("number", Arg::Num((i + 1) as f64))]);
                    self.text(&title);
                    self.out.push_str("</legend>\n");
                    for e in row_errors {
                        self.out.push_str("<p class=\"error\">");
                        self.text(e);
                        self.out.push_str("</p>\n");
                    }
                    let part = self.part;
                    for sub in questions.iter().filter(|sq| part.covers(sq.audience)) {
                        sub_path.clear();
                        sub_path.push_str(&row_path);
                        sub_path.push('.');
                        sub_path.push_str(&sub.id);
                        sub_dom.clear();
                        sub_dom.push_str(&row_dom);
                        sub_dom.push('-');
                        dom_id_into(&mut sub_dom, &sub.id);
                        let sub_raw = row.and_then(|r| r.get(&sub.id));
                        self.question(sub, questions, &sub_path, &sub_dom, sub_raw);
                    }
                    self.out.push_str(
                        "<button type=\"submit\" class=\"secondary\" name=\"_action\" value=\"remove:",
                    );
                    self.attr(&q.id);
                    self.out.push(':');
                    push_number(self.out, i as u64);
                    self.out.push_str("\" aria-describedby=\"");
                    self.attr(&row_dom);
                    self.out.push_str("-legend\">");
                    self.word("arvio-remove-row");
                    self.out.push_str("</button>\n</fieldset>\n");
                }
                if rows.len() < *max_rows as usize {
                    self.out.push_str(
                        "<button type=\"submit\" class=\"secondary\" name=\"_action\" value=\"add:",
                    );
                    self.attr(&q.id);
                    self.out.push_str("\">");
                    self.word("arvio-add-row");
                    self.out.push_str("</button>\n");
                }
                self.out.push_str("</fieldset>\n");
            }
            _ => {}
        }
    }

    /// Opens a fieldset of radio buttons or checkboxes: legend, notes, and the options' box
    /// (closed by the caller with `</div>\n</fieldset>\n`).
    fn choices_start(
        &mut self,
        q: &Question,
        siblings: &[Question],
        dom: &str,
        errors: &[&str],
        scale: bool,
    ) {
        self.out.push_str("<fieldset class=\"");
        self.class(q, !errors.is_empty());
        self.out.push('"');
        self.described(q, dom, errors.len(), false);
        self.out.push_str(">\n<legend>");
        self.label_text(q, siblings);
        self.out.push_str("</legend>\n");
        self.notes(q, siblings, dom, errors);
        self.out.push_str(if scale {
            "<div class=\"opts scale\">\n"
        } else {
            "<div class=\"opts\">\n"
        });
    }

    /// One radio button or checkbox with its label (the label's text is `label`'s pieces one
    /// after the other); the first option's id is the question's, the others `{dom}--{i}`.
    /// `dom` and `path` are escaped for attributes; `value` and `label` are escaped here.
    #[allow(clippy::too_many_arguments)]
    fn choice(
        &mut self,
        multi: bool,
        dom: &str,
        i: usize,
        path: &str,
        value: &str,
        label: &[&str],
        on: bool,
        invalid: bool,
    ) {
        let suffix = |w: &mut Self| {
            if i > 0 {
                w.out.push_str("--");
                push_number(w.out, i as u64);
            }
        };
        self.out.push_str("<div class=\"opt\"><input type=\"");
        self.out.push_str(if multi { "checkbox" } else { "radio" });
        self.out.push_str("\" id=\"");
        self.out.push_str(dom);
        suffix(self);
        self.out.push_str("\" name=\"");
        self.out.push_str(path);
        self.out.push_str("\" value=\"");
        self.attr(value);
        self.out.push('"');
        if on {
            self.out.push_str(" checked");
        }
        if invalid {
            self.out.push_str(" aria-invalid=\"true\"");
        }
        self.out.push_str("><label for=\"");
        self.out.push_str(dom);
        suffix(self);
        self.out.push_str("\">");
        for piece in label {
            self.text(piece);
        }
        self.out.push_str("</label></div>\n");
    }
}

/// A raw answer value as text for an input: strings as they are, numbers with every digit
/// kept, anything else as its JSON; characters no answer may hold (`arvio_core::chars`) as
/// U+FFFD, so the page shows where they were beside the validation error.
pub(crate) fn raw_text(t: &dyn Texts, v: &Value) -> String {
    let text = raw_text_unchecked(t, v);
    match arvio_core::chars::clean(&text) {
        std::borrow::Cow::Borrowed(_) => text,
        std::borrow::Cow::Owned(cleaned) => cleaned,
    }
}

fn raw_text_unchecked(t: &dyn Texts, v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        Value::Number(n) => n
            .as_f64()
            .map_or_else(|| n.to_string(), |f| plain_number(t, f)),
        Value::Bool(b) => b.to_string(),
        Value::Null => String::new(),
        other => other.to_string(),
    }
}

/// Writes the error summary at the top of a refilled form.
/// `heading` is the summary's heading, `count` the sentence saying how many errors there are.
pub(crate) fn error_summary(out: &mut String, heading: &str, count: &str, errors: &[ShownError]) {
    out.push_str("<div class=\"error-summary\" role=\"alert\" aria-labelledby=\"error-summary-title\" tabindex=\"-1\" id=\"error-summary\">\n<h2 id=\"error-summary-title\">");
    escape::text(out, heading);
    out.push_str("</h2>\n<p>");
    escape::text(out, count);
    out.push_str("</p>\n<ul>\n");
    for e in errors {
        out.push_str("<li>");
        match &e.anchor {
            Some(a) => {
                out.push_str("<a href=\"#");
                escape::attr(out, a);
                out.push_str("\">");
                escape::text(out, &e.message);
                out.push_str("</a>");
            }
            None => escape::text(out, &e.message),
        }
        out.push_str("</li>\n");
    }
    out.push_str("</ul>\n</div>\n");
}
