//! Size bounds of forms (`arvio_core::limits`): a form that goes beyond one is refused at load
//! with a `TooLarge` finding at the offending value, so no form that loads makes a renderer
//! allocate without bound; every built-in form is well within them.

use arvio_core::limits::*;
use arvio_core::{FindingKind, parse_form};

const HEAD: &str = "id = \"tiny\"\nversion = \"1.0.0\"\ntitle = \"t\"\n\n[[sections]]\nid = \"main\"\ntitle = \"t\"\n";

/// The findings of `text` as `file:line:column: message` lines.
fn findings(text: &str) -> Vec<String> {
    match parse_form(text, "f.toml") {
        Ok(_) => Vec::new(),
        Err(e) => e.findings.iter().map(ToString::to_string).collect(),
    }
}

fn group(fields: &str) -> String {
    format!(
        "{HEAD}\n[[sections.questions]]\nid = \"people\"\nkind = \"group\"\nlabel = \"l\"\n{fields}\n\n[[sections.questions.questions]]\nid = \"name\"\nkind = \"short_text\"\nlabel = \"l\"\n"
    )
}

#[test]
fn a_group_of_fifty_million_rows_is_refused_at_the_value() {
    let text = group("min_rows = 50000000");
    assert_eq!(
        findings(&text),
        ["f.toml:13:12: `min_rows` is 50000000, more than 100 (arvio_core::limits::MAX_ROWS)"]
    );
    let err = parse_form(&text, "f.toml").unwrap_err();
    assert_eq!(
        err.findings[0].kind,
        FindingKind::TooLarge {
            what: "`min_rows`".into(),
            value: 50_000_000,
            limit: 100,
            constant: "MAX_ROWS",
        }
    );
}

/// One form per bound: the value at the bound loads, one more is refused at its place.
#[test]
fn each_bound_is_refused_one_past_it_and_accepted_at_it() {
    let options = |n: usize| {
        let list: Vec<String> = (0..n)
            .map(|i| format!("{{ code = \"o{i}\", label = \"l\" }}"))
            .collect();
        format!(
            "{HEAD}\n[[sections.questions]]\nid = \"pick\"\nkind = \"single_choice\"\nlabel = \"l\"\noptions = [\n{}\n]\n",
            list.join(",\n")
        )
    };
    let text = |kind: &str, field: &str| {
        format!(
            "{HEAD}\n[[sections.questions]]\nid = \"say\"\nkind = \"{kind}\"\nlabel = \"l\"\n{field}\n"
        )
    };
    let scale = |max: i64| {
        format!(
            "{HEAD}\n[[sections.questions]]\nid = \"mood\"\nkind = \"scale\"\nlabel = \"l\"\nmin_label = \"a\"\nmax_label = \"b\"\nmin = 1\nmax = {max}\n"
        )
    };
    let nested = |depth: usize| {
        let mut c = "{ question = \"first\", answered = true }".to_string();
        for _ in 1..depth {
            c = format!("{{ not = {c} }}");
        }
        format!(
            "{HEAD}\n[[sections.questions]]\nid = \"first\"\nkind = \"yes_no\"\nlabel = \"l\"\n\n[[sections.questions]]\nid = \"second\"\nkind = \"yes_no\"\nlabel = \"l\"\napplies_if = {c}\n"
        )
    };
    let one_of = |n: usize| {
        let values: Vec<String> = (0..n).map(|i| i.to_string()).collect();
        format!(
            "{HEAD}\n[[sections.questions]]\nid = \"first\"\nkind = \"number\"\nlabel = \"l\"\n\n[[sections.questions]]\nid = \"second\"\nkind = \"yes_no\"\nlabel = \"l\"\napplies_if = {{ question = \"first\", one_of = [{}] }}\n",
            values.join(", ")
        )
    };
    let id = |n: usize| {
        text("yes_no", "").replace("id = \"say\"", &format!("id = \"{}\"", "s".repeat(n)))
    };
    let message = |n: usize| {
        text("yes_no", "").replace("label = \"l\"", &format!("label = \"{}\"", "m".repeat(n)))
    };
    let max = MAX_TEXT_LENGTH;
    let cases: Vec<(String, String, &str)> = vec![
        (
            group("max_rows = 100"),
            group("max_rows = 101"),
            "f.toml:13:12: `max_rows` is 101, more than 100 (arvio_core::limits::MAX_ROWS)",
        ),
        (
            group("min_rows = 100\nmax_rows = 100"),
            group("min_rows = 101\nmax_rows = 100"),
            "f.toml:13:12: `min_rows` is 101, more than 100 (arvio_core::limits::MAX_ROWS)",
        ),
        (
            text("long_text", &format!("max_length = {max}")),
            text("long_text", &format!("max_length = {}", max + 1)),
            "f.toml:13:14: `max_length` is 100001, more than 100000 (arvio_core::limits::MAX_TEXT_LENGTH)",
        ),
        (
            options(MAX_OPTIONS),
            options(MAX_OPTIONS + 1),
            "f.toml:214:1: the number of options of question `pick` is 201, more than 200 (arvio_core::limits::MAX_OPTIONS)",
        ),
        (
            scale(101),
            scale(102),
            "f.toml:16:7: the number of points of scale `mood` is 102, more than 101 (arvio_core::limits::MAX_SCALE_POINTS)",
        ),
        (
            nested(MAX_CONDITION_DEPTH),
            nested(MAX_CONDITION_DEPTH + 1),
            "f.toml:18:142: the nesting of a condition is 17, more than 16 (arvio_core::limits::MAX_CONDITION_DEPTH)",
        ),
        (
            one_of(MAX_CONDITION_TERMS),
            one_of(MAX_CONDITION_TERMS + 1),
            "f.toml:18:14: the number of terms of a condition is 201, more than 200 (arvio_core::limits::MAX_CONDITION_TERMS)",
        ),
        (
            id(MAX_ID_LENGTH),
            id(MAX_ID_LENGTH + 1),
            "f.toml:10:6: the length of a question id is 65, more than 64 (arvio_core::limits::MAX_ID_LENGTH)",
        ),
        (
            message(MAX_MESSAGE_ID_LENGTH),
            message(MAX_MESSAGE_ID_LENGTH + 1),
            "f.toml:12:9: a message id's length is 129, more than 128 (arvio_core::limits::MAX_MESSAGE_ID_LENGTH)",
        ),
    ];
    for (at, past, finding) in cases {
        assert_eq!(findings(&at), Vec::<String>::new(), "{at}");
        assert_eq!(findings(&past), [finding], "{past}");
    }
}

#[test]
fn selections_are_at_most_the_options() {
    let text = format!(
        "{HEAD}\n[[sections.questions]]\nid = \"pick\"\nkind = \"multiple_choice\"\nlabel = \"l\"\nmin = 3\noptions = [{{ code = \"a\", label = \"l\" }}, {{ code = \"b\", label = \"l\" }}]\n"
    );
    assert_eq!(
        findings(&text),
        ["f.toml:13:7: question `pick`: min is greater than the number of options"]
    );
}

#[test]
fn a_form_of_more_questions_sections_or_scores_than_the_bounds_is_refused() {
    use arvio_core::sample::synthetic_form;
    // The benchmarks' largest synthetic form is exactly at the bounds.
    let at = synthetic_form(MAX_QUESTIONS);
    let form = parse_form(&at, "synthetic.toml").expect("at the bounds");
    assert_eq!(form.questions().count(), MAX_QUESTIONS);
    assert_eq!(form.sections.len(), MAX_SECTIONS);
    assert_eq!(form.scores.len(), MAX_SCORES);
    let past = synthetic_form(MAX_QUESTIONS + 10);
    let found = findings(&past);
    let messages: Vec<&str> = found
        .iter()
        .map(|f| f.splitn(4, ':').nth(3).unwrap().trim())
        .collect();
    assert_eq!(
        messages,
        [
            "the number of sections is 1001, more than 1000 (arvio_core::limits::MAX_SECTIONS)",
            "the number of questions is 10010, more than 10000 (arvio_core::limits::MAX_QUESTIONS)",
            "the number of scores is 1001, more than 1000 (arvio_core::limits::MAX_SCORES)",
        ]
    );
    // Each at the first item past the bound: the 1001st section, the 10001st question.
    let line = |needle: &str| past[..past.find(needle).unwrap()].matches('\n').count() + 1;
    assert_eq!(
        found[0],
        format!(
            "f.toml:{}:1: {}",
            line("\n[[sections]]\nid = \"s1000\"") + 1,
            messages[0]
        )
    );
    assert_eq!(
        found[1],
        format!(
            "f.toml:{}:1: {}",
            line("\n[[sections.questions]]\nid = \"q1000_0\"") + 1,
            messages[1]
        )
    );
}

#[test]
fn every_built_in_form_is_well_within_the_bounds() {
    use arvio_core::QuestionKind;
    for (_, _, file, text) in arvio_forms::builtin_files() {
        let form = parse_form(text, file).unwrap_or_else(|e| panic!("{e}"));
        assert!(text.len() as u64 <= MAX_FILE_BYTES / 100, "{file}");
        assert!(form.sections.len() <= MAX_SECTIONS / 10, "{file}");
        assert!(form.scores.len() <= MAX_SCORES / 10, "{file}");
        assert!(form.questions().count() <= MAX_QUESTIONS / 10, "{file}");
        for (_, q) in form.questions() {
            assert!(q.id.len() <= MAX_ID_LENGTH / 2, "{file}: {}", q.id);
            match &q.kind {
                QuestionKind::Group { max_rows, .. } => assert!(*max_rows <= MAX_ROWS / 2),
                QuestionKind::ShortText { max_length } | QuestionKind::LongText { max_length } => {
                    assert!(*max_length <= MAX_TEXT_LENGTH / 10, "{file}: {}", q.id)
                }
                QuestionKind::SingleChoice { options }
                | QuestionKind::MultipleChoice { options, .. } => {
                    assert!(options.len() <= MAX_OPTIONS / 10, "{file}: {}", q.id)
                }
                QuestionKind::Scale { min, max, .. } => {
                    assert!(max - min < MAX_SCALE_POINTS / 10, "{file}: {}", q.id)
                }
                _ => {}
            }
        }
    }
}

#[test]
fn a_condition_nested_far_past_the_bound_is_refused_without_overflowing() {
    let mut c = "{ question = \"first\", answered = true }".to_string();
    for _ in 0..5_000 {
        c = format!("{{ not = {c} }}");
    }
    let text = format!(
        "{HEAD}\n[[sections.questions]]\nid = \"first\"\nkind = \"yes_no\"\nlabel = \"l\"\n\n[[sections.questions]]\nid = \"second\"\nkind = \"yes_no\"\nlabel = \"l\"\napplies_if = {c}\n"
    );
    assert_eq!(findings(&text).len(), 1);
}
