//! The form to fill in: blank, or refilled with what the person sent and its errors.

use crate::HtmlRenderer;
use crate::escape::{self, dom_id};
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

pub(crate) struct FormWriter<'a> {
    form: &'a Form,
    t: &'a dyn Texts,
    part: Part,
    raw: Option<&'a BTreeMap<String, AnswerValue>>,
    errors: HashMap<String, Vec<String>>,
    pub out: String,
}

impl<'a> FormWriter<'a> {
    pub fn new(
        form: &'a Form,
        t: &'a dyn Texts,
        part: Part,
        filled: Option<&Filled<'a>>,
        shown: &[(String, String)],
    ) -> Self {
        let mut errors: HashMap<String, Vec<String>> = HashMap::new();
        for (path, msg) in shown {
            errors.entry(path.clone()).or_default().push(msg.clone());
        }
        FormWriter {
            form,
            t,
            part,
            raw: filled.map(|f| &f.response.answers),
            errors,
            out: String::with_capacity(64 * 1024),
        }
    }

    fn text(&mut self, s: &str) {
        escape::text(&mut self.out, s);
    }

    fn attr(&mut self, s: &str) {
        escape::attr(&mut self.out, s);
    }

    fn msg(&mut self, id: &str) {
        let s = self.t.message(id);
        self.text(&s);
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
        for s in &form.sections {
            // A section shows when it has something to answer in the part offered.
            if !s
                .questions
                .iter()
                .any(|q| q.takes_answer() && offered(part, q))
            {
                continue;
            }
            let sid = format!("s-{}", dom_id(&s.id));
            self.out.push_str("<section aria-labelledby=\"");
            self.attr(&sid);
            self.out.push_str("\">\n<h2 id=\"");
            self.attr(&sid);
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
                let dom = format!("q-{}", dom_id(&q.id));
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

    fn condition_note(&mut self, c: &Condition, siblings: &[Question], id: Option<&str>) {
        let text = format!("{}.", phrase::answer_if(self.form, siblings, c, self.t));
        self.out.push_str("<p class=\"cond\"");
        if let Some(id) = id {
            self.out.push_str(" id=\"");
            self.attr(id);
            self.out.push('"');
        }
        self.out.push('>');
        self.text(&text);
        self.out.push_str("</p>\n");
    }

    /// Writes the label text with the required marker.
    fn label_text(&mut self, q: &Question, siblings: &[Question]) {
        self.msg(&q.label);
        match &q.required {
            Required::No => {}
            Required::Yes => {
                self.out.push_str(" <span class=\"req\">(");
                self.msg(common::REQUIRED);
                self.out.push_str(")</span>");
            }
            Required::If(c) => {
                let s = format!("({})", phrase::required_if(self.form, siblings, c, self.t));
                self.out.push_str(" <span class=\"req\">");
                self.text(&s);
                self.out.push_str("</span>");
            }
        }
    }

    /// Writes the notes under a label (condition, worker-only, help, hint, errors) and
    /// returns their ids for `aria-describedby`.
    fn notes(
        &mut self,
        q: &Question,
        siblings: &[Question],
        dom: &str,
        errors: &[String],
    ) -> Vec<String> {
        let mut ids = Vec::new();
        if let Some(c) = &q.applies_if {
            let id = format!("{dom}-cond");
            self.condition_note(c, siblings, Some(&id));
            ids.push(id);
        }
        if q.audience == Audience::Worker {
            let id = format!("{dom}-worker");
            self.out.push_str("<p><span class=\"worker\" id=\"");
            self.attr(&id);
            self.out.push_str("\">");
            self.msg(common::WORKER_ONLY);
            self.out.push_str("</span></p>\n");
            ids.push(id);
        }
        if let Some(h) = &q.help {
            let id = format!("{dom}-help");
            self.out.push_str("<p class=\"hint\" id=\"");
            self.attr(&id);
            self.out.push_str("\">");
            self.msg(h);
            self.out.push_str("</p>\n");
            ids.push(id);
        }
        let hint = match &q.kind {
            QuestionKind::MultipleChoice { .. } => Some(self.t.message(common::SELECT_MANY)),
            QuestionKind::ShortText { max_length } | QuestionKind::LongText { max_length } => {
                Some(self.t.message_with(
                    "arvio-max-length",
                    &[("max", Arg::Num(f64::from(*max_length)))],
                ))
            }
            _ => None,
        };
        if let Some(hint) = hint {
            let id = format!("{dom}-hint");
            self.out.push_str("<p class=\"hint\" id=\"");
            self.attr(&id);
            self.out.push_str("\">");
            self.text(&hint);
            self.out.push_str("</p>\n");
            ids.push(id);
        }
        for (i, e) in errors.iter().enumerate() {
            let id = format!("{dom}-err-{i}");
            self.out.push_str("<p class=\"error\" id=\"");
            self.attr(&id);
            self.out.push_str("\">");
            self.text(e);
            self.out.push_str("</p>\n");
            ids.push(id);
        }
        ids
    }

    fn described(&mut self, ids: &[String]) {
        if !ids.is_empty() {
            self.out.push_str(" aria-describedby=\"");
            let joined = ids.join(" ");
            self.attr(&joined);
            self.out.push('"');
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
        let errors = self.errors.get(path).cloned().unwrap_or_default();
        let invalid = !errors.is_empty();
        let mut class = String::from("q");
        if q.applies_if.is_some() {
            class.push_str(" conditional");
        }
        if q.audience == Audience::Worker {
            class.push_str(" worker-only");
        }
        match &q.required {
            Required::Yes => class.push_str(" required"),
            Required::If(_) => class.push_str(" required-if"),
            Required::No => {}
        }
        if invalid {
            class.push_str(" invalid");
        }
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
                let choices: Vec<(String, String)> = options
                    .iter()
                    .map(|o| (o.code.clone(), self.t.message(&o.label)))
                    .collect();
                let checked = |code: &str| match raw {
                    Some(Value::String(s)) => s == code,
                    Some(Value::Array(a)) => a.iter().any(|v| v.as_str() == Some(code)),
                    _ => false,
                };
                let marks: Vec<bool> = choices.iter().map(|(c, _)| checked(c)).collect();
                self.choice_set(
                    q, siblings, path, dom, &class, &errors, multi, false, &choices, &marks,
                );
            }
            QuestionKind::Scale {
                min,
                max,
                not_applicable,
                ..
            } => {
                let mut choices = Vec::new();
                for v in *min..=*max {
                    let n = plain_number(self.t, v as f64);
                    let label = match q.kind.scale_point_label(v) {
                        Some(l) => format!("{n} – {}", self.t.message(l)),
                        None => n,
                    };
                    choices.push((v.to_string(), label));
                }
                if let Some(na) = not_applicable {
                    choices.push(("na".to_string(), self.t.message(na)));
                }
                let marks: Vec<bool> = choices
                    .iter()
                    .map(|(c, _)| match raw {
                        Some(Value::Number(n)) => {
                            n.to_string() == *c
                                || n.as_f64().is_some_and(|f| c.parse::<f64>() == Ok(f))
                        }
                        Some(Value::String(s)) => s == c,
                        _ => false,
                    })
                    .collect();
                self.choice_set(
                    q, siblings, path, dom, &class, &errors, false, true, &choices, &marks,
                );
            }
            QuestionKind::YesNo => {
                let choices = vec![
                    ("true".to_string(), self.t.message(common::YES)),
                    ("false".to_string(), self.t.message(common::NO)),
                ];
                let marks: Vec<bool> = choices
                    .iter()
                    .map(|(c, _)| match raw {
                        Some(Value::Bool(b)) => b.to_string() == *c,
                        Some(Value::String(s)) => s == c,
                        _ => false,
                    })
                    .collect();
                self.choice_set(
                    q, siblings, path, dom, &class, &errors, false, false, &choices, &marks,
                );
            }
            QuestionKind::ShortText { .. }
            | QuestionKind::LongText { .. }
            | QuestionKind::Number { .. }
            | QuestionKind::Date { .. } => {
                self.out.push_str("<div class=\"");
                self.attr(&class);
                self.out.push_str("\">\n<label for=\"");
                self.attr(dom);
                self.out.push_str("\">");
                self.label_text(q, siblings);
                self.out.push_str("</label>\n");
                let mut ids = self.notes(q, siblings, dom, &errors);
                let value = raw.map(|v| raw_text(self.t, v)).unwrap_or_default();
                let common_attrs = |w: &mut Self, ids: &[String]| {
                    w.out.push_str(" id=\"");
                    w.attr(dom);
                    w.out.push_str("\" name=\"");
                    w.attr(path);
                    w.out.push('"');
                    if matches!(q.required, Required::Yes) {
                        w.out.push_str(" aria-required=\"true\"");
                    }
                    if invalid {
                        w.out.push_str(" aria-invalid=\"true\"");
                    }
                    w.described(ids);
                };
                match &q.kind {
                    QuestionKind::LongText { .. } => {
                        self.out.push_str("<textarea rows=\"5\"");
                        common_attrs(self, &ids);
                        self.out.push_str(">\n");
                        self.text(&value);
                        self.out.push_str("</textarea>\n");
                    }
                    QuestionKind::Number { integer, unit, .. } => {
                        let unit_id = format!("{dom}-unit");
                        if unit.is_some() {
                            ids.push(unit_id.clone());
                        }
                        self.out
                            .push_str("<input type=\"text\" class=\"short\" inputmode=\"");
                        self.out
                            .push_str(if *integer { "numeric" } else { "decimal" });
                        self.out.push_str("\" autocomplete=\"off\"");
                        common_attrs(self, &ids);
                        self.out.push_str(" value=\"");
                        self.attr(&value);
                        self.out.push_str("\">");
                        if let Some(u) = unit {
                            self.out.push_str(" <span class=\"unit\" id=\"");
                            self.attr(&unit_id);
                            self.out.push_str("\">");
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
                        common_attrs(self, &ids);
                        self.out.push_str(" value=\"");
                        self.attr(&value);
                        self.out.push_str("\">\n");
                    }
                    _ => {
                        self.out.push_str("<input type=\"text\"");
                        common_attrs(self, &ids);
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
                self.attr(&class);
                self.out.push_str(" group\" id=\"");
                self.attr(dom);
                self.out.push('"');
                // Notes go after the legend, so describedby is set on the legend's group by id.
                let mut notes = FormWriter {
                    form: self.form,
                    t: self.t,
                    part: self.part,
                    raw: None,
                    errors: HashMap::new(),
                    out: String::new(),
                };
                let ids = notes.notes(q, siblings, dom, &errors);
                self.described(&ids);
                self.out.push_str(">\n<legend>");
                self.label_text(q, siblings);
                self.out.push_str("</legend>\n");
                self.out.push_str(&notes.out);
                let rows: Vec<Option<&serde_json::Map<String, Value>>> = match raw {
                    Some(Value::Array(a)) => a.iter().map(Value::as_object).collect(),
                    _ => {
                        let n = (*min_rows).max(1).min(*max_rows) as usize;
                        vec![None; n]
                    }
                };
                if rows.is_empty() {
                    self.out.push_str("<p class=\"hint\">");
                    let s = self.t.message(common::NO_ROWS);
                    self.text(&s);
                    self.out.push_str("</p>\n");
                }
                for (i, row) in rows.iter().enumerate() {
                    let row_dom = format!("{dom}-{i}");
                    let row_path = format!("{}[{i}]", q.id);
                    let row_errors = self.errors.get(&row_path).cloned().unwrap_or_default();
                    self.out.push_str("<fieldset class=\"rowset\" id=\"");
                    self.attr(&row_dom);
                    self.out.push_str("\">\n<legend id=\"");
                    self.attr(&format!("{row_dom}-legend"));
                    self.out.push_str("\">");
                    let title = self
                        .t
                        .message_with(common::ROW, &[("number", Arg::Num((i + 1) as f64))]);
                    self.text(&title);
                    self.out.push_str("</legend>\n");
                    for e in &row_errors {
                        self.out.push_str("<p class=\"error\">");
                        self.text(e);
                        self.out.push_str("</p>\n");
                    }
                    let part = self.part;
                    for sub in questions.iter().filter(|sq| part.covers(sq.audience)) {
                        let sub_path = format!("{}[{i}].{}", q.id, sub.id);
                        let sub_dom = format!("{row_dom}-{}", dom_id(&sub.id));
                        let sub_raw = row.and_then(|r| r.get(&sub.id));
                        self.question(sub, questions, &sub_path, &sub_dom, sub_raw);
                    }
                    self.out.push_str(
                        "<button type=\"submit\" class=\"secondary\" name=\"_action\" value=\"",
                    );
                    self.attr(&format!("remove:{}:{i}", q.id));
                    self.out.push_str("\" aria-describedby=\"");
                    self.attr(&format!("{row_dom}-legend"));
                    self.out.push_str("\">");
                    self.msg("arvio-remove-row");
                    self.out.push_str("</button>\n</fieldset>\n");
                }
                if rows.len() < *max_rows as usize {
                    self.out.push_str(
                        "<button type=\"submit\" class=\"secondary\" name=\"_action\" value=\"",
                    );
                    self.attr(&format!("add:{}", q.id));
                    self.out.push_str("\">");
                    self.msg("arvio-add-row");
                    self.out.push_str("</button>\n");
                }
                self.out.push_str("</fieldset>\n");
            }
            _ => {}
        }
    }

    /// A fieldset of radio buttons or checkboxes.
    #[allow(clippy::too_many_arguments)]
    fn choice_set(
        &mut self,
        q: &Question,
        siblings: &[Question],
        path: &str,
        dom: &str,
        class: &str,
        errors: &[String],
        multi: bool,
        scale: bool,
        choices: &[(String, String)],
        checked: &[bool],
    ) {
        let mut notes = FormWriter {
            form: self.form,
            t: self.t,
            part: self.part,
            raw: None,
            errors: HashMap::new(),
            out: String::new(),
        };
        let ids = notes.notes(q, siblings, dom, errors);
        self.out.push_str("<fieldset class=\"");
        self.attr(class);
        self.out.push('"');
        self.described(&ids);
        self.out.push_str(">\n<legend>");
        self.label_text(q, siblings);
        self.out.push_str("</legend>\n");
        self.out.push_str(&notes.out);
        self.out.push_str(if scale {
            "<div class=\"opts scale\">\n"
        } else {
            "<div class=\"opts\">\n"
        });
        let kind = if multi { "checkbox" } else { "radio" };
        for (i, ((value, label), on)) in choices.iter().zip(checked).enumerate() {
            let id = if i == 0 {
                dom.to_string()
            } else {
                format!("{dom}--{i}")
            };
            self.out.push_str("<div class=\"opt\"><input type=\"");
            self.out.push_str(kind);
            self.out.push_str("\" id=\"");
            self.attr(&id);
            self.out.push_str("\" name=\"");
            self.attr(path);
            self.out.push_str("\" value=\"");
            self.attr(value);
            self.out.push('"');
            if *on {
                self.out.push_str(" checked");
            }
            if !errors.is_empty() {
                self.out.push_str(" aria-invalid=\"true\"");
            }
            self.out.push_str("><label for=\"");
            self.attr(&id);
            self.out.push_str("\">");
            self.text(label);
            self.out.push_str("</label></div>\n");
        }
        self.out.push_str("</div>\n</fieldset>\n");
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
pub(crate) fn error_summary(out: &mut String, t: &dyn Texts, errors: &[ShownError]) {
    out.push_str("<div class=\"error-summary\" role=\"alert\" aria-labelledby=\"error-summary-title\" tabindex=\"-1\" id=\"error-summary\">\n<h2 id=\"error-summary-title\">");
    escape::text(out, &t.message("arvio-error-summary-title"));
    out.push_str("</h2>\n<p>");
    escape::text(
        out,
        &t.message_with(common::ERRORS, &[("count", Arg::Num(errors.len() as f64))]),
    );
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
