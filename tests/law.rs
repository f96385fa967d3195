//! The statutory time limits and the confidentiality mark as a worker reads them, in every
//! summary format (text, HTML, and PDF read back with `pdftotext`), through the `arvio` command.
//!
//! - A child welfare notification (`service-need-{fi,sv,en}.json`) shows its due dates.
//! - An application under the Social Welfare Act for a child not needing special support
//!   (`service-need-shl-{fi,sv,en}.json`) shows no due date, only "without undue delay".
//! - Every summary carries the confidentiality mark with its legal basis.

use std::path::{Path, PathBuf};
use std::process::Command;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// The worker's summary of an example response, as text a person reads.
fn summary(example: &str, lang: &str, to: &str) -> String {
    let dir = std::env::temp_dir().join(format!("arvio-law-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let out = dir.join(format!("{example}-{lang}.{to}"));
    let o = Command::new(env!("CARGO_BIN_EXE_arvio"))
        .current_dir(root())
        .args(["summary", "service-need"])
        .arg(format!("examples/responses/{example}-{lang}.json"))
        .args(["--lang", lang, "--to", to, "--today", "2026-11-23", "-o"])
        .arg(&out)
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let text = if to == "pdf" {
        let o = Command::new("pdftotext")
            .args(["-layout"])
            .arg(&out)
            .arg("-")
            .output()
            .expect("pdftotext (poppler-utils) is installed by scripts/test-all");
        String::from_utf8(o.stdout).unwrap()
    } else {
        std::fs::read_to_string(&out).unwrap()
    };
    // One line, one space: HTML markup and PDF columns break words apart from their label.
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Each notification example's two due dates (the 7th working day and 3 months after
/// initiation), as its language writes them.
const NOTIFICATIONS: [(&str, &str, &str); 3] = [
    ("fi", "17.9.2026", "8.12.2026"),
    ("sv", "26.6.2026", "16.9.2026"),
    ("en", "9 September 2026", "30 November 2026"),
];

/// The words for "without undue delay" and for the column of due dates.
fn words(lang: &str) -> (&'static str, &'static str) {
    match lang {
        "fi" => ("ilman aiheetonta viivytystä", "Määräpäivä"),
        "sv" => ("utan obefogat dröjsmål", "Sista dag"),
        _ => ("without undue delay", "Due date"),
    }
}

#[test]
fn a_child_welfare_notification_shows_its_due_dates_in_every_format() {
    for (lang, seventh, three_months) in NOTIFICATIONS {
        for to in ["text", "html", "pdf"] {
            let s = summary("service-need", lang, to);
            let (undue, due) = words(lang);
            assert!(s.contains(due), "{lang} {to}: no column of due dates");
            assert!(!s.contains(undue), "{lang} {to}");
            assert!(s.contains(seventh), "{lang} {to}: {seventh}");
            assert!(s.contains(three_months), "{lang} {to}: {three_months}");
        }
    }
}

#[test]
fn an_application_without_special_support_shows_no_due_date_in_any_format() {
    for lang in ["fi", "sv", "en"] {
        for to in ["text", "html", "pdf"] {
            let s = summary("service-need-shl", lang, to);
            let (undue, due) = words(lang);
            assert!(s.contains(undue), "{lang} {to}: no 'without undue delay'");
            assert!(!s.contains(due), "{lang} {to}: a due date is shown");
        }
    }
}

#[test]
fn every_summary_states_the_legal_basis_of_its_confidentiality() {
    let basis = [
        ("fi", "Salassa pidettävä (JulkL 621/1999 24 § 1 mom. 25 k.)"),
        (
            "sv",
            "Sekretessbelagd (OffL 621/1999 24 § 1 mom. 25 punkten)",
        ),
        ("en", "Confidential (Act 621/1999, section 24(1)(25))"),
    ];
    for (lang, mark) in basis {
        for to in ["text", "html", "pdf"] {
            let s = summary("service-need-shl", lang, to);
            assert!(s.contains(mark), "{lang} {to}");
        }
    }
}

/// Finland-Swedish official terms: no file in `locales/sv` uses the obsolete "handikapp..."
/// (disability services are "funktionshinderservice" since Act 675/2023) or a Sweden-Swedish
/// term for a Finnish institution.
#[test]
fn swedish_texts_use_finland_swedish_official_terms() {
    let dir = root().join("locales/sv");
    let mut files = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        let text = std::fs::read_to_string(&path).unwrap().to_lowercase();
        for word in [
            "handikapp",
            "socialsekreterare",
            "orosanmälan",
            "socialtjänst",
            "bbic",
        ] {
            assert!(!text.contains(word), "{}: {word}", path.display());
        }
        files += 1;
    }
    assert_eq!(files, 4);
}
