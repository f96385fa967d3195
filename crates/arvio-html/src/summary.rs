//! The summary of a response: the answers that apply in form order, groups as tables, the
//! score table and (for the service-need assessment) the statutory deadlines.

use crate::escape::{self, dom_id};
use arvio_core::chrono::NaiveDate;
use arvio_core::model::{Audience, Form, QuestionKind};
use arvio_core::render::view::{answer_text, applicable};
use arvio_core::render::{Arg, Filled, Texts, common};
use arvio_core::validate::Answer;
use arvio_core::Completeness;
use arvio_forms::deadlines;

pub(crate) fn summary(
    out: &mut String,
    form: &Form,
    t: &dyn Texts,
    f: &Filled<'_>,
    today: NaiveDate,
) {
    let text = |out: &mut String, s: &str| escape::text(out, s);
    if !f.validation.errors.is_empty() {
        out.push_str("<p class=\"error\">");
        text(
            out,
            &t.message_with(
                common::ERRORS,
                &[("count", Arg::Num(f.validation.errors.len() as f64))],
            ),
        );
        out.push_str("</p>\n");
    }
    for s in applicable(form, &f.validation.answers) {
        let items: Vec<_> = s
            .items
            .iter()
            .filter(|i| i.question.takes_answer())
            .collect();
        if items.is_empty() {
            continue;
        }
        let sid = format!("s-{}", dom_id(&s.section.id));
        out.push_str("<section aria-labelledby=\"");
        escape::attr(out, &sid);
        out.push_str("\">\n<h2 id=\"");
        escape::attr(out, &sid);
        out.push_str("\">");
        text(out, &t.message(&s.section.title));
        out.push_str("</h2>\n");
        let mut in_dl = false;
        for item in items {
            let q = item.question;
            let worker = q.audience == Audience::Worker;
            if let (QuestionKind::Group { questions, .. }, Some(Answer::Group(rows))) =
                (&q.kind, item.answer)
            {
                if in_dl {
                    out.push_str("</dl>\n");
                    in_dl = false;
                }
                out.push_str("<div class=\"table-wrap\">\n<table>\n<caption>");
                text(out, &t.message(&q.label));
                if worker {
                    out.push_str(" <span class=\"worker\">");
                    text(out, &t.message("arvio-worker-only"));
                    out.push_str("</span>");
                }
                out.push_str("</caption>\n<thead><tr><th scope=\"col\">#</th>");
                let subs: Vec<_> = questions.iter().filter(|sq| sq.takes_answer()).collect();
                for sq in &subs {
                    out.push_str("<th scope=\"col\">");
                    text(out, &t.message(&sq.label));
                    out.push_str("</th>");
                }
                out.push_str("</tr></thead>\n<tbody>\n");
                for (i, row) in rows.iter().enumerate() {
                    out.push_str("<tr><th scope=\"row\">");
                    text(out, &(i + 1).to_string());
                    out.push_str("</th>");
                    for sq in &subs {
                        out.push_str("<td>");
                        match row.get(&sq.id) {
                            Some(a) => text(out, &answer_text(sq, a, t)),
                            None => text(out, "–"),
                        }
                        out.push_str("</td>");
                    }
                    out.push_str("</tr>\n");
                }
                out.push_str("</tbody>\n</table>\n</div>\n");
                continue;
            }
            if !in_dl {
                out.push_str("<dl class=\"answers\">\n");
                in_dl = true;
            }
            out.push_str("<dt>");
            text(out, &t.message(&q.label));
            if worker {
                out.push_str(" <span class=\"worker\">");
                text(out, &t.message("arvio-worker-only"));
                out.push_str("</span>");
            }
            out.push_str("</dt>\n<dd>");
            match item.answer {
                Some(a) => text(out, &answer_text(q, a, t)),
                None => text(out, &t.message(common::NOT_ANSWERED)),
            }
            out.push_str("</dd>\n");
        }
        if in_dl {
            out.push_str("</dl>\n");
        }
        out.push_str("</section>\n");
    }
    scores(out, t, f);
    let dls = deadlines::deadlines(form, &f.validation.answers, today);
    if !dls.is_empty() {
        out.push_str("<section aria-labelledby=\"s-deadlines\">\n<h2 id=\"s-deadlines\">");
        text(out, &t.message(arvio_i18n::DEADLINES));
        out.push_str("</h2>\n<div class=\"table-wrap\">\n<table>\n<thead><tr>");
        for h in [
            arvio_i18n::DEADLINE_STEP,
            arvio_i18n::DEADLINE_DUE,
            arvio_i18n::DEADLINE_DONE,
            arvio_i18n::DEADLINE_STATUS,
        ] {
            out.push_str("<th scope=\"col\">");
            text(out, &t.message(h));
            out.push_str("</th>");
        }
        out.push_str("</tr></thead>\n<tbody>\n");
        for d in dls {
            out.push_str("<tr><th scope=\"row\">");
            text(out, &t.message(d.id));
            out.push_str("</th><td>");
            text(out, &t.date(d.due));
            out.push_str("</td><td>");
            match d.done_on {
                Some(done) => text(out, &t.date(done)),
                None => text(out, "–"),
            }
            out.push_str("</td><td>");
            if d.status.is_flagged() {
                out.push_str("<strong class=\"flag\">");
                text(out, &t.message(d.status.message_id()));
                out.push_str("</strong>");
            } else {
                text(out, &t.message(d.status.message_id()));
            }
            out.push_str("</td></tr>\n");
        }
        out.push_str("</tbody>\n</table>\n</div>\n</section>\n");
    }
}

fn scores(out: &mut String, t: &dyn Texts, f: &Filled<'_>) {
    if f.scores.scores.is_empty() {
        return;
    }
    let text = |out: &mut String, s: &str| escape::text(out, s);
    out.push_str("<section aria-labelledby=\"s-scores\">\n<h2 id=\"s-scores\">");
    text(out, &t.message(common::SCORES));
    out.push_str("</h2>\n<div class=\"table-wrap\">\n<table class=\"scores\">\n<thead><tr>");
    // One heading per column: the score's name (the row headings), its value, range,
    // interpretation and completeness.
    for h in [
        common::SCORE,
        arvio_i18n::SCORE_VALUE,
        common::RANGE,
        common::BAND,
        arvio_i18n::SCORE_COMPLETENESS,
    ] {
        out.push_str("<th scope=\"col\">");
        text(out, &t.message(h));
        out.push_str("</th>");
    }
    out.push_str("</tr></thead>\n<tbody>\n");
    for s in &f.scores.scores {
        out.push_str("<tr><th scope=\"row\">");
        text(out, &t.message(&s.label));
        out.push_str("</th><td>");
        match s.value {
            Some(v) => {
                out.push_str("<span class=\"value\">");
                text(out, &t.number(v));
                out.push_str("</span>");
            }
            None => text(out, "–"),
        }
        out.push_str("</td><td>");
        text(
            out,
            &format!("{}–{}", t.number(s.range.0), t.number(s.range.1)),
        );
        out.push_str("</td><td>");
        match &s.band {
            Some(b) => text(out, &t.message(&b.label)),
            None => text(out, "–"),
        }
        out.push_str("</td><td>");
        let c = match s.completeness {
            Completeness::Complete => format!(
                "{} / {}",
                t.number(f64::from(s.answered)),
                t.number(f64::from(s.items))
            ),
            Completeness::NotApplicable => t.message(common::SCORE_NOT_APPLICABLE),
            Completeness::Partial { missing } => t.message_with(
                common::PARTIAL,
                &[("missing", Arg::Num(f64::from(missing)))],
            ),
            Completeness::Incomplete { missing } => t.message_with(
                common::INCOMPLETE,
                &[("missing", Arg::Num(f64::from(missing)))],
            ),
        };
        text(out, &c);
        out.push_str("</td></tr>\n");
    }
    out.push_str("</tbody>\n</table>\n</div>\n<p class=\"hint\">");
    text(out, &t.message("arvio-band-disclaimer"));
    out.push_str("</p>\n</section>\n");
}
