//! Migrations between versions of a form: each step, the declaration's findings (at
//! `file:line:column`), the lint of uncovered differences, unknown versions, and a report that
//! never shows an answer's content.

use arvio_core::load::{FormFile, parse_form_file};
use arvio_core::migrate::{
    Action, ChangeKind, FormVersions, MigrateError, NotCarried, QuestionRef, migrate,
};
use arvio_core::{ErrorKind, Part, Response};
use chrono::NaiveDate;
use semver::Version;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()
}

/// Version 1.0.0 of a small form: a scale, a single and a multiple choice, a text, a yes/no, a
/// group of people, and a question that later goes away.
const V1: &str = r#"
id = "tiny"
version = "1.0.0"
title = "t"

[[sections]]
id = "main"
title = "s"

[[sections.questions]]
id = "mood"
kind = "scale"
label = "l"
min = 1
max = 5
min_label = "lo"
max_label = "hi"
not_applicable = "na"

[[sections.questions]]
id = "channel"
kind = "single_choice"
label = "l"
options = [{ code = "phone", label = "o" }, { code = "letter", label = "o" }, { code = "visit", label = "o" }]

[[sections.questions]]
id = "needs"
kind = "multiple_choice"
label = "l"
options = [{ code = "housing", label = "o" }, { code = "ageing", label = "o" }, { code = "health", label = "o" }]

[[sections.questions]]
id = "notes"
kind = "long_text"
label = "l"

[[sections.questions]]
id = "willing"
kind = "yes_no"
label = "l"

[[sections.questions]]
id = "pets"
kind = "short_text"
label = "l"

[[sections.questions]]
id = "people"
kind = "group"
label = "l"
[[sections.questions.questions]]
id = "name"
kind = "short_text"
label = "l"
[[sections.questions.questions]]
id = "phone"
kind = "short_text"
label = "l"
"#;

/// Version 2.0.0: `mood` is 1..3 without "na", `channel` lost `letter` and `visit` (now
/// `post` and `meeting`), `ageing` is part of `health`, `notes` is `remarks`, `willing` moved
/// into the group `carers` (with a new required `who`), `pets` is gone, `people.phone` moved
/// out of the group as `contact_phone`, and a new required question `consent`.
const V2_FORM: &str = r#"
id = "tiny"
version = "2.0.0"
title = "t"

[[sections]]
id = "main"
title = "s"

[[sections.questions]]
id = "mood"
kind = "scale"
label = "l"
min = 1
max = 3
min_label = "lo"
max_label = "hi"

[[sections.questions]]
id = "channel"
kind = "single_choice"
label = "l"
options = [{ code = "phone", label = "o" }, { code = "post", label = "o" }, { code = "meeting", label = "o" }]

[[sections.questions]]
id = "needs"
kind = "multiple_choice"
label = "l"
options = [{ code = "housing", label = "o" }, { code = "health", label = "o" }]

[[sections.questions]]
id = "remarks"
kind = "long_text"
label = "l"

[[sections.questions]]
id = "consent"
kind = "yes_no"
label = "l"
required = true

[[sections.questions]]
id = "contact_phone"
kind = "short_text"
label = "l"

[[sections.questions]]
id = "people"
kind = "group"
label = "l"
[[sections.questions.questions]]
id = "name"
kind = "short_text"
label = "l"

[[sections.questions]]
id = "carers"
kind = "group"
label = "l"
[[sections.questions.questions]]
id = "who"
kind = "single_choice"
label = "l"
required = true
options = [{ code = "mother", label = "o" }, { code = "father", label = "o" }]
[[sections.questions.questions]]
id = "willing"
kind = "yes_no"
label = "l"
"#;

const V2_MIGRATION: &str = r#"
[migration]
from = "1.0.0"
rename = [{ question = "notes", to = "remarks" }]
move = [
  { question = "willing", to = "carers.willing" },
  { question = "people.phone", to = "contact_phone" },
]
remove = [{ question = "pets" }]
remap = [
  { question = "channel", codes = { letter = "post", visit = "meeting" } },
  { question = "needs", codes = { ageing = "health" } },
]
rescale = [{ question = "mood", points = { 1 = 1, 2 = 1, 3 = 2, 4 = 3, 5 = 3 } }]
review = [{ question = "channel", codes = ["visit"] }]
"#;

fn v2() -> String {
    format!("{V2_FORM}{V2_MIGRATION}")
}

fn file(text: &str, name: &str) -> FormFile {
    parse_form_file(text, name).unwrap_or_else(|e| panic!("{name}: {e}"))
}

fn versions() -> FormVersions {
    FormVersions::new(vec![file(&v2(), "tiny.toml"), file(V1, "tiny@1.0.0.toml")]).unwrap()
}

fn response(answers: serde_json::Value) -> Response {
    Response::from_json(
        &serde_json::json!({
            "form": "tiny", "form_version": "1.0.0", "language": "fi", "status": "submitted",
            "answers": answers,
        })
        .to_string(),
    )
    .unwrap()
}

fn v(s: &str) -> Version {
    Version::parse(s).unwrap()
}

#[test]
fn the_declaration_is_read_into_typed_steps() {
    let f = file(&v2(), "tiny.toml");
    let m = f.migration.unwrap();
    assert_eq!(m.from, v("1.0.0"));
    assert_eq!(
        m.location.to_string(),
        format!("tiny.toml:{}:8", V2_FORM.lines().count() + 3)
    );
    let names: Vec<(&str, String)> = m
        .steps
        .iter()
        .map(|s| (s.action.name(), s.question().to_string()))
        .collect();
    assert_eq!(
        names,
        [
            ("rename", "notes".to_string()),
            ("move", "willing".into()),
            ("move", "people.phone".into()),
            ("remove", "pets".into()),
            ("remap", "channel".into()),
            ("remap", "needs".into()),
            ("rescale", "mood".into()),
            ("review", "channel".into()),
        ]
    );
    match &m.steps[2].action {
        Action::Move { question, to } => {
            assert_eq!(question, &QuestionRef::parse("people.phone").unwrap());
            assert_eq!(to.sub, None);
        }
        other => panic!("{other:?}"),
    }
    // A file without a declaration has none, and parse_form still reads a file with one.
    assert!(file(V1, "tiny@1.0.0.toml").migration.is_none());
    assert!(arvio_core::parse_form(&v2(), "tiny.toml").is_ok());
}

#[test]
fn every_step_does_what_it_says() {
    let r = response(serde_json::json!({
        "mood": 4,
        "channel": "visit",
        "needs": ["ageing", "health", "housing"],
        "notes": "Salainen huomio",
        "willing": true,
        "pets": "Kissa Miuku",
        "people": [{"name": "Matti", "phone": "040 123"}, {"name": "Maija", "phone": "050 456"}],
    }));
    let (m, report) = migrate(&versions(), &r, None, today()).unwrap();
    assert_eq!(m.form_version, "2.0.0");
    let a = |k: &str| m.answers.get(k).map(|x| x.0.clone());
    assert_eq!(a("mood"), Some(serde_json::json!(3)));
    assert_eq!(a("channel"), Some(serde_json::json!("meeting")));
    // Two old codes that became one are one selection.
    assert_eq!(a("needs"), Some(serde_json::json!(["health", "housing"])));
    assert_eq!(a("remarks"), Some(serde_json::json!("Salainen huomio")));
    assert_eq!(a("notes"), None);
    assert_eq!(a("pets"), None);
    assert_eq!(a("contact_phone"), Some(serde_json::json!("040 123")));
    assert_eq!(
        a("people"),
        Some(serde_json::json!([{"name": "Matti"}, {"name": "Maija"}]))
    );
    assert_eq!(a("carers"), Some(serde_json::json!([{"willing": true}])));

    let kinds: Vec<(String, &ChangeKind)> = report
        .changes
        .iter()
        .map(|c| (c.path.to_string(), &c.kind))
        .collect();
    assert!(kinds.contains(&("pets".into(), &ChangeKind::Removed)));
    assert!(kinds.contains(&(
        "people[1].phone".into(),
        &ChangeKind::NotCarried {
            reason: NotCarried::NotFirstRow
        }
    )));
    // The answers taken out are in the report, for a program to keep.
    let removed = report
        .changes
        .iter()
        .find(|c| c.kind == ChangeKind::Removed)
        .unwrap();
    assert_eq!(
        removed.value.as_ref().map(|x| x.0.clone()),
        Some(serde_json::json!("Kissa Miuku"))
    );
    assert_eq!(
        report.to_string(),
        "tiny 1.0.0 -> 2.0.0
changed: 1.0.0 -> 2.0.0: channel: option `visit` is now `meeting`
changed: 1.0.0 -> 2.0.0: mood: rescaled from 1..5 to 1..3
changed: 1.0.0 -> 2.0.0: needs: option `ageing` is now `health`
changed: 1.0.0 -> 2.0.0: notes: renamed to remarks
changed: 1.0.0 -> 2.0.0: willing: moved to carers[0].willing
changed: 1.0.0 -> 2.0.0: people[0].phone: moved to contact_phone
needs a person's look: 1.0.0 -> 2.0.0: channel: option `visit` may mean something else now: check it
needs a person's look: 1.0.0 -> 2.0.0: pets: answer taken out: the question was removed
needs a person's look: 1.0.0 -> 2.0.0: people[1].phone: answer taken out: the question moved out of its group and only the first row's answer moves
needs a person's look: required question consent has no answer
needs a person's look: required question carers[0].who has no answer
9 change(s); 5 need a person's look"
    );
    // Never an answer's content, in Display or Debug.
    for secret in ["Salainen", "Miuku", "Matti", "Maija", "040", "050"] {
        assert!(!report.to_string().contains(secret), "{secret}");
        assert!(!format!("{report:?}").contains(secret), "{secret}");
    }
    assert!(report.needs_look());
}

#[test]
fn a_linear_rescale_rounds_and_says_so() {
    let no_points = v2().replace(
        "rescale = [{ question = \"mood\", points = { 1 = 1, 2 = 1, 3 = 2, 4 = 3, 5 = 3 } }]",
        "rescale = [{ question = \"mood\" }]",
    );
    let vs = FormVersions::new(vec![file(V1, "a.toml"), file(&no_points, "b.toml")]).unwrap();
    for (old, new, exact) in [
        (1, 1, true),
        (2, 2, false),
        (3, 2, true),
        (4, 3, false),
        (5, 3, true),
    ] {
        let (m, report) = migrate(
            &vs,
            &response(serde_json::json!({"mood": old, "consent": true})),
            None,
            today(),
        )
        .unwrap();
        assert_eq!(m.answers["mood"].0, serde_json::json!(new), "{old}");
        assert_eq!(
            report.changes[0].kind,
            ChangeKind::Rescaled {
                from: (1, 5),
                to: (1, 3),
                exact
            },
            "{old}"
        );
        assert_eq!(report.needs_look(), !exact, "{old}: {report}");
    }
    // "Not applicable" that the new scale lacks is taken out and reported.
    let (m, report) = migrate(
        &vs,
        &response(serde_json::json!({"mood": "na", "consent": true})),
        None,
        today(),
    )
    .unwrap();
    assert!(!m.answers.contains_key("mood"));
    assert_eq!(
        report.changes[0].kind,
        ChangeKind::NotCarried {
            reason: NotCarried::NoNotApplicable
        }
    );
}

#[test]
fn nothing_to_do_is_clean_and_the_result_validates() {
    let r = response(serde_json::json!({"mood": 1, "consent": true}));
    let (m, report) = migrate(&versions(), &r, None, today()).unwrap();
    assert_eq!(
        report.to_string(),
        "tiny 1.0.0 -> 2.0.0\nchanged: 1.0.0 -> 2.0.0: mood: rescaled from 1..5 to 1..3\n1 change(s); nothing needs a person's look"
    );
    assert!(!report.needs_look());
    let form = versions().newest().clone();
    assert!(arvio_core::validate(&form, &m, today()).is_valid());
    // Migrating to the version the response already has changes nothing.
    let (same, report) = migrate(&versions(), &r, Some(&v("1.0.0")), today()).unwrap();
    assert_eq!(same, r);
    assert!(report.changes.is_empty());
}

#[test]
fn what_cannot_be_migrated_is_an_error() {
    let vs = versions();
    let mut r = response(serde_json::json!({}));
    r.form_version = "0.9.0".into();
    assert_eq!(
        migrate(&vs, &r, None, today()),
        Err(MigrateError::UnknownVersion {
            known: vec!["2.0.0".into(), "1.0.0".into()]
        })
    );
    r.form_version = "2.0.0".into();
    assert_eq!(
        migrate(&vs, &r, Some(&v("1.0.0")), today()),
        Err(MigrateError::Backwards {
            from: "2.0.0".into(),
            to: "1.0.0".into()
        })
    );
    assert!(matches!(
        migrate(&vs, &r, Some(&v("3.0.0")), today()),
        Err(MigrateError::UnknownTarget { .. })
    ));
    r.form = "other".into();
    assert!(matches!(
        migrate(&vs, &r, None, today()),
        Err(MigrateError::WrongForm { .. })
    ));
}

#[test]
fn an_unknown_version_is_reported_with_the_known_ones() {
    let vs = versions();
    let mut r = response(serde_json::json!({"mood": 1}));
    r.form_version = "1.5.0".into();
    let (form, checked) = vs.validate_part(&r, today(), Part::All);
    assert_eq!(
        form.version,
        v("2.0.0"),
        "checked against the newest meanwhile"
    );
    assert_eq!(checked.errors[0].path.as_str(), "form_version");
    assert_eq!(
        checked.errors[0].kind,
        ErrorKind::UnknownFormVersion {
            known: vec!["2.0.0".into(), "1.0.0".into()]
        }
    );
    assert!(
        !checked
            .errors
            .iter()
            .any(|e| matches!(e.kind, ErrorKind::WrongFormVersion { .. }))
    );
    // A known version is validated against itself.
    r.form_version = "1.0.0".into();
    let (form, checked) = vs.validate_part(&r, today(), Part::All);
    assert_eq!(form.version, v("1.0.0"));
    assert!(checked.is_valid(), "{:?}", checked.errors);
}

fn findings(text: &str) -> Vec<String> {
    match parse_form_file(text, "tiny.toml") {
        Ok(f) => match FormVersions::new(vec![file(V1, "tiny@1.0.0.toml"), f]) {
            Ok(vs) => vs.lint().iter().map(ToString::to_string).collect(),
            Err(e) => e.findings.iter().map(ToString::to_string).collect(),
        },
        Err(e) => e.findings.iter().map(ToString::to_string).collect(),
    }
}

#[test]
fn bad_declarations_are_findings_at_their_place() {
    let base = V2_FORM.lines().count();
    let at = |line: usize, col: usize| format!("tiny.toml:{}:{col}", base + line);
    let cases: [(&str, Vec<String>); 7] = [
        (
            "[migration]\nfrom = \"1.0.0\"\nrename = [{ question = \"notes\", to = \"remark\" }]\n",
            vec![format!(
                "{}: migration: rename to `remark`: no such question in version 2.0.0",
                at(3, 11)
            )],
        ),
        (
            "[migration]\nfrom = \"1.0.0\"\nremove = [{ question = \"petz\" }]\n",
            vec![format!(
                "{}: migration: remove of `petz`: no such question in version 1.0.0",
                at(3, 11)
            )],
        ),
        (
            "[migration]\nfrom = \"1.0.0\"\nremap = [{ question = \"channel\", codes = { letter = \"mail\" } }]\n",
            vec![format!(
                "{}: migration: remap of `channel`: `mail` is not an option of `channel` in version 2.0.0",
                at(3, 44)
            )],
        ),
        (
            "[migration]\nfrom = \"1.0.0\"\nremap = [{ question = \"channel\", codes = { fax = \"post\" } }]\n",
            vec![format!(
                "{}: migration: remap of `channel`: `fax` is not an option of it in version 1.0.0",
                at(3, 44)
            )],
        ),
        (
            "[migration]\nfrom = \"0.5.0\"\n",
            vec![format!(
                "{}: migration: `from = \"0.5.0\"`: the previous version is 1.0.0",
                at(2, 8)
            )],
        ),
        (
            "[migration]\nfrom = \"1.0.0\"\nrename = [{ question = \"willing\", to = \"carers.willing\" }]\n",
            vec![format!(
                "{}: migration: rename `willing` to `carers.willing` changes where the question is: use `move`",
                at(3, 11)
            )],
        ),
        (
            "[migration]\nfrom = \"1.0.0\"\nrescale = [{ question = \"mood\", points = { 1 = 1, 2 = 4 } }]\n",
            vec![format!(
                "{}: migration: rescale of `mood`: point 4 is outside 1..3 of `mood`",
                at(3, 12)
            )],
        ),
    ];
    for (decl, want) in cases {
        let got = findings(&format!("{V2_FORM}{decl}"));
        assert_eq!(got, want, "{decl}");
    }
    // A syntax error in the table is a finding too.
    let got = findings(&format!(
        "{V2_FORM}[migration]\nfrom = \"1.0.0\"\nrenames = []\n"
    ));
    assert_eq!(got.len(), 1);
    assert!(got[0].starts_with(&at(3, 1)), "{got:?}");
}

#[test]
fn lint_names_every_difference_no_step_covers() {
    // No declaration at all: everything that changed is uncovered (at the version line).
    let got = findings(V2_FORM);
    assert_eq!(
        got,
        [
            "tiny.toml:3:11: not covered by a migration: the scale `mood` is 1..5 in version 1.0.0 and 1..3 in version 2.0.0 (declare a rescale)",
            "tiny.toml:3:11: not covered by a migration: option `letter` of `channel` is not in version 2.0.0 (declare a remap)",
            "tiny.toml:3:11: not covered by a migration: option `visit` of `channel` is not in version 2.0.0 (declare a remap)",
            "tiny.toml:3:11: not covered by a migration: option `ageing` of `needs` is not in version 2.0.0 (declare a remap)",
            "tiny.toml:3:11: not covered by a migration: `notes` of version 1.0.0 is not in version 2.0.0 (declare a rename, move or remove)",
            "tiny.toml:3:11: not covered by a migration: `willing` of version 1.0.0 is not in version 2.0.0 (declare a rename, move or remove)",
            "tiny.toml:3:11: not covered by a migration: `pets` of version 1.0.0 is not in version 2.0.0 (declare a rename, move or remove)",
            "tiny.toml:3:11: not covered by a migration: `people.phone` of version 1.0.0 is not in version 2.0.0 (declare a rename, move or remove)",
        ]
    );
    // The full declaration covers everything.
    assert_eq!(findings(&v2()), Vec::<String>::new());
    // A kind that changed is uncovered unless the old question is removed.
    let kind = V2_FORM.replace(
        "id = \"contact_phone\"\nkind = \"short_text\"",
        "id = \"contact_phone\"\nkind = \"number\"",
    );
    let got = findings(&format!("{kind}{V2_MIGRATION}"));
    assert_eq!(
        got,
        [format!(
            "tiny.toml:{}:3: migration: move `people.phone` (short_text) to `contact_phone` (number): a question keeps its kind (remove the old one instead)",
            V2_FORM.lines().count() + 7
        )]
    );
}

#[test]
fn a_removed_group_reports_each_answer_by_its_path_never_by_its_content() {
    // 3.0.0 drops the group `people` (and nothing else).
    let v3 = V2_FORM
        .replace("version = \"2.0.0\"", "version = \"3.0.0\"")
        .replace(
            "[[sections.questions]]\nid = \"people\"\nkind = \"group\"\nlabel = \"l\"\n[[sections.questions.questions]]\nid = \"name\"\nkind = \"short_text\"\nlabel = \"l\"\n\n",
            "",
        )
        + "[migration]\nfrom = \"2.0.0\"\nremove = [{ question = \"people\" }]\n";
    let vs = FormVersions::new(vec![
        file(V1, "tiny@1.0.0.toml"),
        file(&v2(), "tiny@2.0.0.toml"),
        file(&v3, "tiny.toml"),
    ])
    .unwrap();
    assert_eq!(vs.lint(), vec![]);
    let mut r = response(serde_json::json!({
        "consent": true,
        "people": [{"name": "Matti", "Matti Meikäläinen": "040 123"}],
    }));
    r.form_version = "2.0.0".into();
    let (m, report) = migrate(&vs, &r, None, today()).unwrap();
    assert!(!m.answers.contains_key("people"));
    assert_eq!(
        report.to_string(),
        "tiny 2.0.0 -> 3.0.0
needs a person's look: 2.0.0 -> 3.0.0: people[0].<key>: answer taken out: the question was removed
needs a person's look: 2.0.0 -> 3.0.0: people[0].name: answer taken out: the question was removed
2 change(s); 2 need a person's look"
    );
    // The oldest file may declare a migration from a version that is not here.
    assert!(FormVersions::new(vec![file(&v3, "tiny.toml")]).is_ok());
}

#[test]
fn a_question_whose_kind_changed_is_uncovered_unless_removed() {
    // 2.0.0 asks `pets` as a number.
    let v2 = V2_FORM.replace(
        "id = \"contact_phone\"",
        "id = \"pets\"\nkind = \"number\"\nlabel = \"l\"\n\n[[sections.questions]]\nid = \"contact_phone\"",
    );
    let without = V2_MIGRATION.replace("remove = [{ question = \"pets\" }]\n", "");
    let got = findings(&format!("{v2}{without}"));
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(
        got[0].ends_with(
            "not covered by a migration: `pets` is short_text in version 1.0.0 and `pets` number in version 2.0.0 (remove the old question and give the new one another id)"
        ),
        "{got:?}"
    );
    assert_eq!(
        findings(&format!("{v2}{V2_MIGRATION}")),
        Vec::<String>::new()
    );
}
