//! Typesetting: no word is ever split without a hyphen. Every word of every text the PDF
//! draws from a form or a response (labels, options, table headers, answers, table cells)
//! reads back whole with `pdftotext -raw` once the words broken at line ends with a drawn
//! hyphen are joined again ([`dehyphenate`]). Before hyphenation, narrow group-table
//! columns broke words between characters ("Luokanopettaj" / "a on"), which extracted as
//! two words.

use arvio_core::model::{Part, Question, QuestionKind};
use arvio_core::render::view::{self, AnswerView};
use arvio_core::render::{Filled, RenderContext, Texts, common};
use arvio_core::{CopyFor, score, validate};
use arvio_forms::{blocks, builtin, builtin_ids};
use arvio_i18n::Localizer;
use std::collections::HashSet;

mod support;
use support::*;

/// The words of extracted text, with broken words joined again (a page break is a form
/// feed at the start of the next page's first line). Each word also counts without the
/// punctuation the renderer may set around a text ("Muu tilanne." ends a list of options,
/// "”Hakeeko" quotes a question).
fn words(raw: &str) -> HashSet<String> {
    let mut out = HashSet::new();
    for w in dehyphenate(raw).replace('\u{c}', "\n").split_whitespace() {
        out.insert(w.to_string());
        out.insert(
            w.trim_end_matches(['.', ',', ':', ';', '”', '"'])
                .to_string(),
        );
        out.insert(w.trim_matches(['.', ',', ':', ';', '”', '"']).to_string());
    }
    out
}

/// The words of `phrase` that are not whole words of the text.
fn missing<'a>(words: &HashSet<String>, phrase: &'a str) -> Vec<&'a str> {
    phrase
        .split_whitespace()
        .filter(|w| !words.contains(*w))
        .collect()
}

/// Asserts that every word of every phrase reads back whole.
fn assert_whole(words: &HashSet<String>, phrases: &[String], what: &str) -> usize {
    let mut checked = 0;
    for p in phrases {
        let lost = missing(words, p);
        assert!(
            lost.is_empty(),
            "{what}: {lost:?} of {p:?} do not read back as whole words"
        );
        checked += p.split_whitespace().count();
    }
    checked
}

/// The drawn hyphen is a SOFT HYPHEN, never the text's own `-`; [`dehyphenate`] joins a
/// line that ends in one with the next and leaves a hyphen of the text alone.
#[test]
fn dehyphenate_joins_only_drawn_hyphens() {
    assert_eq!(
        dehyphenate("Luokan\u{ad}\nopettaja on\nsosiaali-\nja terveys\u{ad}\n\u{c}palvelut"),
        "Luokanopettaja on\nsosiaali-\nja terveys\u{c}palvelut"
    );
    assert_eq!(dehyphenate("loppu\u{ad}"), "loppu\u{ad}");
}

/// Every text of a summary's view: the record, the item labels and marks, the answers, the
/// cells and headers of group tables, the score table and the prepared blocks' tables.
fn summary_phrases(s: &view::Summary) -> Vec<String> {
    let mut out = vec![s.title.clone(), s.copy_label.clone()];
    for f in &s.record {
        out.push(f.label.clone());
        out.push(f.value.clone());
    }
    let table = |t: &view::Table, out: &mut Vec<String>| {
        out.extend(t.headers.iter().cloned());
        out.extend(t.rows.iter().flatten().map(|c| c.text.clone()));
    };
    for section in &s.sections {
        out.push(section.title.clone());
        for item in &section.items {
            out.push(item.label.clone());
            out.extend(item.marker.iter().cloned());
            match &item.answer {
                AnswerView::Text(t) | AnswerView::Missing(t) => out.push(t.clone()),
                AnswerView::Table(t) => table(t, &mut out),
                #[allow(unreachable_patterns)]
                _ => {}
            }
        }
    }
    if let Some(t) = &s.scores {
        table(t, &mut out);
    }
    for b in &s.blocks {
        for t in &b.tables {
            table(t, &mut out);
        }
    }
    out
}

/// Every word of every example response's summary, the worker's and the family's copy in
/// Finnish, Swedish and English, reads back whole.
#[test]
fn every_word_of_every_summary_reads_back_whole() {
    let mut checked = 0;
    let mut hyphens = 0;
    for file in example_files() {
        let name = file.file_name().unwrap().to_string_lossy().to_string();
        let response = read_response(&file);
        let form = builtin(&response.form).unwrap();
        let texts = Localizer::new(&[response.language.as_str()]);
        for copy in [CopyFor::Worker, CopyFor::Family] {
            let doc = summary_copy(&form, &response, &texts, copy);
            let raw = body_text(&doc.bytes, &form.id);
            hyphens += raw.matches(SOFT_HYPHEN).count();
            // The view the summary was laid out from, for the same copy.
            let v = validate(&form, &response, day());
            let scores = score(&form, &v.answers);
            let blocks = blocks::summary_blocks(&form, &v.answers, copy, &texts, day());
            let cx = RenderContext::summary(&form, &texts, Filled::new(&response, &v, &scores))
                .with_copy(copy)
                .with_blocks(&blocks);
            let s = view::summary(&cx).unwrap();
            checked += assert_whole(
                &words(&raw),
                &summary_phrases(&s),
                &format!("{name} ({copy:?})"),
            );
        }
    }
    assert!(checked > 2000, "only {checked} words checked");
    assert!(
        hyphens > 0,
        "no word was hyphenated: the test proves nothing"
    );
}

/// The texts of one question on the blank form: its label, its options or scale ends, and
/// for a group the labels and options of the sub-questions the part offers.
fn question_phrases(q: &Question, t: &dyn Texts, part: Part, out: &mut Vec<String>) {
    out.push(t.message(&q.label));
    out.extend(q.options().iter().map(|o| t.message(&o.label)));
    match &q.kind {
        QuestionKind::Scale {
            min_label,
            max_label,
            ..
        } => {
            out.push(t.message(min_label));
            out.push(t.message(max_label));
        }
        QuestionKind::YesNo => {
            out.push(t.message(common::YES));
            out.push(t.message(common::NO));
        }
        QuestionKind::Group { questions, .. } => {
            for sq in questions.iter().filter(|sq| part.covers(sq.audience)) {
                question_phrases(sq, t, part, out);
            }
        }
        _ => {}
    }
}

/// Every question label, option label and group column header of every built-in form, in
/// Finnish, Swedish and English, on the whole form and on the family's part, reads back
/// whole.
#[test]
fn every_label_of_every_blank_form_reads_back_whole() {
    let mut checked = 0;
    let mut hyphens = 0;
    for form_id in builtin_ids() {
        let form = builtin(form_id).unwrap();
        for lang in ["fi", "sv", "en"] {
            let texts = Localizer::new(&[lang]);
            for part in [Part::All, Part::Family] {
                let cx = RenderContext::blank(&form, &texts).with_part(part);
                let doc = renderer().render_pdf(&cx).unwrap();
                let raw = body_text(&doc.bytes, &form.id);
                hyphens += raw.matches(SOFT_HYPHEN).count();
                let words = words(&raw);
                let mut phrases = vec![texts.message(&form.title)];
                for s in &form.sections {
                    let offered: Vec<&Question> = s
                        .questions
                        .iter()
                        .filter(|q| part.covers(q.audience))
                        .collect();
                    if !offered.iter().any(|q| q.takes_answer()) {
                        continue;
                    }
                    phrases.push(texts.message(&s.title));
                    for q in offered {
                        question_phrases(q, &texts, part, &mut phrases);
                    }
                }
                checked += assert_whole(&words, &phrases, &format!("{form_id}-{lang} {part:?}"));
            }
        }
    }
    assert!(checked > 2000, "only {checked} words checked");
    assert!(
        hyphens > 0,
        "no word was hyphenated: the test proves nothing"
    );
}

/// The words of the issue, broken without a hyphen in the service-need group table
/// ("Luokanopettaj" / "a on", "vetäy" / "tymisestä", "Kouluterveyde" / "nhoitajan"), and
/// the Swedish table header ("vårdnadsha" / "varen"), read back whole.
#[test]
fn the_words_of_the_issue_read_back_whole() {
    let file = root().join("examples/responses/service-need-fi.json");
    let source = std::fs::read_to_string(&file).unwrap();
    let response = read_response(&file);
    let form = builtin(&response.form).unwrap();
    let texts = Localizer::new(&["fi"]);
    let doc = summary_copy(&form, &response, &texts, CopyFor::Worker);
    let all = words(&body_text(&doc.bytes, &form.id))
        .into_iter()
        .collect::<Vec<_>>();
    for word in ["Luokanopettaja", "vetäytymisestä", "Kouluterveydenhoitajan"] {
        assert!(source.contains(word), "the example no longer has {word}");
        assert!(all.iter().any(|w| w.contains(word)), "{word} is split");
    }
    let sv = Localizer::new(&["sv"]);
    let mut found = false;
    for form_id in builtin_ids() {
        let form = builtin(form_id).unwrap();
        let doc = renderer()
            .render_pdf(&RenderContext::blank(&form, &sv))
            .unwrap();
        let raw = body_text(&doc.bytes, form_id);
        assert!(
            !raw.contains("vårdnadsha\nvaren"),
            "{form_id}: split without a hyphen"
        );
        found |= words(&raw).iter().any(|w| w.contains("vårdnadshavaren"));
    }
    assert!(
        found,
        "no blank form in Swedish reads back \"vårdnadshavaren\""
    );
}
