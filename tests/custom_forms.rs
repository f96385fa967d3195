//! A custom form given by path, with its own texts: `--locales DIR` adds them to the built-in
//! texts; without them every command that shows the form refuses (exit 1, the missing ids on
//! stderr, nothing on stdout) instead of writing "(text missing)". Runs on the form and the
//! Finnish and English texts of `examples/custom/` (the `custom_form` example's).

use std::path::PathBuf;

mod common;
use common::*;

const FORM: &str = "examples/custom/evening-check.toml";
const LOCALES: &str = "examples/custom/locales";

/// The ids of the form in the form's order: title, description, section, questions.
const IDS: [&str; 7] = [
    "ec-title",
    "ec-description",
    "ec-evening",
    "ec-evening-help",
    "ec-bedtime-ok",
    "ec-what-helps",
    "ec-what-helps-help",
];

/// The exact stderr of a refusal: one line per missing id, then the summary.
fn refusal(lang: &str) -> String {
    let mut lines: Vec<String> = IDS
        .iter()
        .map(|id| format!("message `{id}` of form `evening-check` is missing in {lang}"))
        .collect();
    lines.push(format!(
        "arvio: 7 text(s) of form `evening-check` missing in {lang}; give the form's texts with --locales DIR"
    ));
    lines.join("\n") + "\n"
}

/// A valid response to the form (the family's own words are in `what_helps`).
fn response(tag: &str) -> PathBuf {
    let p = tmp_dir("custom", tag).join("response.json");
    write(
        &p,
        r#"{"form": "evening-check", "form_version": "1.0.0", "language": "fi",
            "status": "submitted",
            "answers": {"bedtime_ok": false, "what_helps": "Iltasatu ja lamppu päälle"}}"#,
    );
    p
}

#[test]
fn render_text_with_the_forms_own_texts_in_finnish_and_english() {
    let cases = [
        (
            "fi",
            "Miten illat sujuvat?",
            "Sujuuko nukkumaanmeno yleensä hyvin?",
        ),
        (
            "en",
            "How are your evenings?",
            "Does bedtime usually go well?",
        ),
    ];
    for (lang, title, label) in cases {
        let o = arvio(&["render", FORM, "--locales", LOCALES, "--lang", lang]);
        assert_eq!(code(&o), 0, "{lang}: {}", stderr(&o));
        assert_eq!(stderr(&o), "", "{lang}");
        let out = stdout(&o);
        assert!(out.contains(title) && out.contains(label), "{lang}: {out}");
        // The built-in words are still there: "(Pakollinen)"/"(Required)", "Signatures".
        let words: &[&str] = if lang == "fi" {
            &["(Pakollinen)", "## Allekirjoitukset"]
        } else {
            &["(Required)", "## Signatures"]
        };
        for word in words {
            assert!(out.contains(word), "{lang}: {word} in {out}");
        }
        for missing in ["(teksti puuttuu)", "(text missing)", "ec-"] {
            assert!(!out.contains(missing), "{lang}: {missing} in {out}");
        }
    }
}

#[test]
fn render_without_the_texts_exits_1_listing_the_missing_ids() {
    for lang in ["fi", "en"] {
        let o = arvio(&["render", FORM, "--lang", lang]);
        assert_eq!(code(&o), 1, "{lang}");
        assert_eq!(stdout(&o), "", "{lang}");
        assert_eq!(stderr(&o), refusal(lang), "{lang}");
    }
    // Swedish is not shipped with the example: refused too, rather than shown in Finnish.
    let o = arvio(&["render", FORM, "--locales", LOCALES, "--lang", "sv-FI"]);
    assert_eq!(code(&o), 1);
    assert_eq!(stdout(&o), "");
    assert_eq!(stderr(&o), refusal("sv"));
}

#[test]
fn nothing_is_written_when_texts_are_missing() {
    let out = tmp_dir("custom", "no-output").join("form.html");
    let o = arvio(&["render", FORM, "--to", "html", "-o", out.to_str().unwrap()]);
    assert_eq!(code(&o), 1);
    assert!(!out.exists());
    let o = arvio(&[
        "render",
        FORM,
        "--to",
        "html",
        "-o",
        out.to_str().unwrap(),
        "--locales",
        LOCALES,
        "--lang",
        "en",
    ]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let html = std::fs::read_to_string(&out).unwrap();
    assert!(html.contains("How are your evenings?"), "{html}");
}

#[test]
fn every_command_that_shows_the_form_checks_its_texts() {
    let r = response("commands");
    let r = r.to_str().unwrap();
    let commands: [&[&str]; 5] = [
        &["validate", FORM, r, TODAY],
        &["score", FORM, r, TODAY],
        &["summary", FORM, r, TODAY],
        &["compare", FORM, r, r, TODAY],
        &["schema", FORM],
    ];
    for args in commands {
        let o = arvio(args);
        assert_eq!(code(&o), 1, "{args:?}");
        assert_eq!(stdout(&o), "", "{args:?}");
        assert_eq!(stderr(&o), refusal("fi"), "{args:?}");
        // Never the family's words.
        assert!(!stderr(&o).contains("Iltasatu"), "{args:?}");

        let mut with: Vec<&str> = args.to_vec();
        with.extend(["--locales", LOCALES, "--lang", "en"]);
        let o = arvio(&with);
        assert_eq!(code(&o), 0, "{with:?}: {}", stderr(&o));
        assert_eq!(stderr(&o), "", "{with:?}");
        let out = stdout(&o);
        assert!(!out.contains("(text missing)"), "{with:?}: {out}");
    }
    // What each shows, in English.
    let o = arvio(&[
        "validate",
        FORM,
        r,
        TODAY,
        "--locales",
        LOCALES,
        "--lang",
        "en",
    ]);
    assert_eq!(stdout(&o), "The response is valid.\n");
    let o = arvio(&[
        "summary",
        FORM,
        r,
        TODAY,
        "--locales",
        LOCALES,
        "--lang",
        "en",
    ]);
    assert!(stdout(&o).contains("What would help your evenings go better?"));
    let o = arvio(&["schema", FORM, "--locales", LOCALES, "--lang", "en"]);
    let schema: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(schema["title"], "How are your evenings?");
}

#[test]
fn validation_errors_name_the_question_by_its_own_label() {
    let p = tmp_dir("custom", "invalid").join("response.json");
    write(
        &p,
        r#"{"form": "evening-check", "form_version": "1.0.0", "language": "fi",
            "status": "submitted", "answers": {}}"#,
    );
    let p = p.to_str().unwrap();
    let o = arvio(&["validate", FORM, p, TODAY, "--locales", LOCALES]);
    assert_eq!(code(&o), 1);
    assert_eq!(
        stdout(&o),
        "bedtime_ok: Kysymykseen ”Sujuuko nukkumaanmeno yleensä hyvin?” tarvitaan vastaus.\n"
    );
    assert_eq!(stderr(&o), "arvio: 1 error(s)\n");
    let o = arvio(&["validate", FORM, p, TODAY, "--lang", "en"]);
    assert_eq!(code(&o), 1);
    assert_eq!(stdout(&o), "");
    assert_eq!(stderr(&o), refusal("en"));
}

#[test]
fn locales_is_repeatable() {
    let dir = tmp_dir("custom", "repeat");
    let fi = std::fs::read_to_string(root().join(LOCALES).join("fi/evening-check.ftl")).unwrap();
    let en = std::fs::read_to_string(root().join(LOCALES).join("en/evening-check.ftl")).unwrap();
    write(&dir.join("a/fi/evening-check.ftl"), &fi);
    write(&dir.join("b/en/evening-check.ftl"), &en);
    let a = dir.join("a");
    let b = dir.join("b");
    for lang in ["fi", "en"] {
        let o = arvio(&[
            "render",
            FORM,
            "--locales",
            a.to_str().unwrap(),
            "--locales",
            b.to_str().unwrap(),
            "--lang",
            lang,
        ]);
        assert_eq!(code(&o), 0, "{lang}: {}", stderr(&o));
    }
    // Only one of them: English is missing.
    let o = arvio(&[
        "render",
        FORM,
        "--locales",
        a.to_str().unwrap(),
        "--lang",
        "en",
    ]);
    assert_eq!(stderr(&o), refusal("en"));
    // Giving the built-in locales themselves adds nothing and is no conflict.
    let o = arvio(&["render", FORM, "--locales", "locales", "--locales", LOCALES]);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
}

#[test]
fn added_texts_may_not_redefine_built_in_ones() {
    let dir = tmp_dir("custom", "conflict");
    let file = dir.join("fi/evening-check.ftl");
    write(&file, "ec-title = Illat\n\narvio-yes = Joo\n");
    let o = arvio(&["render", FORM, "--locales", dir.to_str().unwrap()]);
    assert_eq!(code(&o), 1);
    assert_eq!(stdout(&o), "");
    let common = std::fs::read_to_string(root().join("locales/fi/common.ftl")).unwrap();
    let line = common
        .lines()
        .position(|l| l.starts_with("arvio-yes ="))
        .unwrap()
        + 1;
    assert_eq!(
        stderr(&o),
        format!(
            "arvio: {}:3:1: message `arvio-yes` is already defined at locales/fi/common.ftl:{line}; \
             added texts may only define new messages\n",
            file.display()
        )
    );
}

#[test]
fn broken_fluent_and_unreadable_directories_exit_2() {
    let dir = tmp_dir("custom", "syntax");
    let file = dir.join("en/evening-check.ftl");
    write(&file, "ec-title = Evenings\nec-evening = { $x\n");
    let o = arvio(&[
        "render",
        FORM,
        "--locales",
        dir.to_str().unwrap(),
        "--lang",
        "en",
    ]);
    assert_eq!(code(&o), 2);
    assert_eq!(stdout(&o), "");
    let err = stderr(&o);
    assert!(
        err.starts_with(&format!("arvio: {}:2:", file.display()))
            && err.contains(": Fluent syntax error: ")
            && err.lines().count() == 1,
        "{err}"
    );
    let o = arvio(&["render", FORM, "--locales", "no/such/dir"]);
    assert_eq!(code(&o), 2);
    assert_eq!(
        stderr(&o),
        "arvio: no/such/dir holds no locales (expected fi/, sv/ and en/ folders, or a locales/ folder)\n"
    );
}

#[test]
fn built_in_forms_still_pass_with_and_without_added_texts() {
    for args in [
        &["render", "service-need", "--lang", "sv"][..],
        &[
            "render",
            "caregiver-support",
            "--locales",
            LOCALES,
            "--lang",
            "en",
        ][..],
        &["schema", "family-self-assessment", "--locales", LOCALES][..],
    ] {
        let o = arvio(args);
        assert_eq!(code(&o), 0, "{args:?}: {}", stderr(&o));
        assert_eq!(stderr(&o), "", "{args:?}");
    }
}

#[test]
fn lint_adds_the_directory_to_the_built_in_texts() {
    // The example ships Finnish and English: lint names every Swedish text, where it belongs.
    let o = arvio(&["lint", FORM, "--locales", LOCALES]);
    assert_eq!(code(&o), 1, "{}", stderr(&o));
    let expected: Vec<String> = IDS
        .iter()
        .map(|id| {
            format!(
                "examples/custom/locales/sv/evening-check.ftl:1:1: message `{id}` used by {FORM} is missing in sv"
            )
        })
        .collect();
    let mut out: Vec<String> = stdout(&o).lines().map(str::to_string).collect();
    out.sort();
    let mut expected_sorted = expected.clone();
    expected_sorted.sort();
    assert_eq!(out, expected_sorted);
    assert_eq!(stderr(&o), "arvio: 7 finding(s)\n");

    // With Swedish too the form and its texts are clean: the common texts come from the
    // built-in set (before, `--locales` replaced them and every common text was missing).
    let dir = tmp_dir("custom", "lint-clean");
    for lang in ["fi", "en"] {
        let text =
            std::fs::read_to_string(root().join(LOCALES).join(lang).join("evening-check.ftl"))
                .unwrap();
        write(&dir.join(lang).join("evening-check.ftl"), &text);
    }
    write(
        &dir.join("sv/evening-check.ftl"),
        "ec-title = Hur går kvällarna?\n\
         ec-description = Berätta kort hur kvällarna och läggdags går i er familj.\n\
         ec-evening = Kvällar hemma\n\
         ec-evening-help = Tänk på de två senaste veckorna.\n\
         ec-bedtime-ok = Går läggdags oftast bra?\n\
         ec-what-helps = Vad skulle hjälpa kvällarna att gå bättre?\n\
         ec-what-helps-help = Skriv med egna ord.\n",
    );
    let o = arvio(&["lint", FORM, "--locales", dir.to_str().unwrap()]);
    assert_eq!(code(&o), 0, "{}{}", stdout(&o), stderr(&o));
    assert_eq!(
        stderr(&o),
        format!(
            "arvio: 1 form(s) and the built-in locales with {} are clean\n",
            dir.display()
        )
    );

    // A redefined built-in text is a finding at its place.
    write(
        &dir.join("sv/evening-check.ftl"),
        &(std::fs::read_to_string(dir.join("sv/evening-check.ftl")).unwrap()
            + "arvio-yes = Japp\n"),
    );
    let o = arvio(&["lint", FORM, "--locales", dir.to_str().unwrap()]);
    assert_eq!(code(&o), 1);
    let out = stdout(&o);
    assert!(
        out.starts_with(&format!(
            "{}:8:1: message `arvio-yes` is already defined at locales/sv/common.ftl:",
            dir.join("sv/evening-check.ftl").display()
        )) && out.lines().count() == 1,
        "{out}"
    );
}

#[test]
fn lint_of_the_working_copy_checks_each_text_once() {
    // From the repository root `./locales` is the built-in set itself: overlaid, not added.
    let o = arvio(&["lint"]);
    assert_eq!(code(&o), 0, "{}{}", stdout(&o), stderr(&o));
    let err = stderr(&o);
    assert!(
        err.starts_with("arvio: ") && err.ends_with(" form(s) and the on-disk locales are clean\n"),
        "{err}"
    );
    let o = arvio(&["lint", "--locales", "locales"]);
    assert_eq!(code(&o), 0, "{}{}", stdout(&o), stderr(&o));
}
