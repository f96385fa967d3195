//! Integration tests of arvio-i18n: one binary, a module per feature.

use arvio_core::render::{Arg, Texts};
use arvio_core::{AnswerPath, ErrorKind, Form, ValidationError, parse_form};
use arvio_i18n::{Catalog, Language, Localizer};

/// A small form of our own, so expected strings do not depend on the shipped form texts.
const TEST_FORM: &str = r#"
id = "test-form"
version = "1.2.0"
title = "tf-title"

[[sections]]
id = "main"
title = "tf-main"

[[sections.questions]]
id = "filled_on"
kind = "date"
label = "tf-filled-on"
max = "today"
required = true

[[sections.questions]]
id = "since"
kind = "date"
label = "tf-since"
min = "2020-01-01"

[[sections.questions]]
id = "hours"
kind = "number"
label = "tf-hours"
min = 0
max = 24

[[sections.questions]]
id = "mood"
kind = "scale"
label = "tf-mood"
min = 1
max = 5
min_label = "tf-mood-low"
max_label = "tf-mood-high"

[[sections.questions]]
id = "services"
kind = "multiple_choice"
label = "tf-services"
min = 1
max = 2
options = [
  { code = "a", label = "tf-services-a" },
  { code = "b", label = "tf-services-b" },
  { code = "c", label = "tf-services-c" },
]

[[sections.questions]]
id = "note"
kind = "long_text"
label = "tf-note"
max_length = 500

[[sections.questions]]
id = "network"
kind = "group"
label = "tf-network"
max_rows = 1

[[sections.questions.questions]]
id = "role"
kind = "short_text"
label = "tf-role"
max_length = 100
"#;

const TF_FI: &str = "tf-title = Testilomake
tf-main = Perustiedot
tf-filled-on = Täyttöpäivä
tf-since = Alkaen
tf-hours = Tunnit päivässä
tf-mood = Mieliala
tf-mood-low = Huono
tf-mood-high = Hyvä
tf-services = Palvelut
tf-services-a = A
tf-services-b = B
tf-services-c = C
tf-note = Lisätietoja
tf-network = Verkosto
tf-role = Rooli
";
const TF_SV: &str = "tf-title = Testblankett
tf-main = Grunduppgifter
tf-filled-on = Ifyllnadsdatum
tf-since = Från och med
tf-hours = Timmar per dag
tf-mood = Humör
tf-mood-low = Dåligt
tf-mood-high = Bra
tf-services = Tjänster
tf-services-a = A
tf-services-b = B
tf-services-c = C
tf-note = Tilläggsuppgifter
tf-network = Nätverk
tf-role = Roll
";
const TF_EN: &str = "tf-title = Test form
tf-main = Basic details
tf-filled-on = Date filled in
tf-since = Since
tf-hours = Hours a day
tf-mood = Mood
tf-mood-low = Poor
tf-mood-high = Good
tf-services = Services
tf-services-a = A
tf-services-b = B
tf-services-c = C
tf-note = More information
tf-network = Network
tf-role = Role
";

fn test_form() -> Form {
    parse_form(TEST_FORM, "forms/test-form.toml").expect("test form parses")
}

/// The embedded catalog with the test form's texts added.
fn test_catalog() -> Catalog {
    let mut c = Catalog::embedded();
    c.insert(Language::Fi, "test-form", TF_FI.into());
    c.insert(Language::Sv, "test-form", TF_SV.into());
    c.insert(Language::En, "test-form", TF_EN.into());
    c
}

fn err(path: &str, kind: ErrorKind) -> ValidationError {
    ValidationError {
        path: AnswerPath(path.into()),
        kind,
    }
}

mod localizer {
    use super::*;

    #[test]
    fn negotiates_against_the_embedded_catalog() {
        assert_eq!(Localizer::new(&["sv-FI", "en"]).language(), "sv");
        assert_eq!(Localizer::new(&["de"]).language(), "fi");
        assert_eq!(Localizer::new(&["en-GB"]).language(), "en");
        assert_eq!(Localizer::new(&["", "@@@", "en-"]).language(), "fi");
        assert_eq!(Localizer::new(&[]).lang(), Language::Fi);
    }

    #[test]
    fn common_texts() {
        let page = [("page", Arg::Num(2.0)), ("pages", Arg::Num(3.0))];
        for (lang, yes, page_of, answer_if) in [
            ("fi", "Kyllä", "Sivu 2 / 3", "Vastaa, jos"),
            ("sv", "Ja", "Sida 2 / 3", "Svara om"),
            ("en", "Yes", "Page 2 of 3", "Answer this if"),
        ] {
            let l = Localizer::new(&[lang]);
            assert_eq!(l.message("arvio-yes"), yes);
            assert_eq!(l.message_with("arvio-page-of", &page), page_of);
            assert_eq!(l.message("arvio-answer-if"), answer_if);
            assert!(l.warnings().is_empty(), "{lang}: {:?}", l.warnings());
        }
    }

    #[test]
    fn plurals_in_common_texts() {
        let cases = [
            ("fi", 1.0, "Lomakkeessa on yksi virhe"),
            ("fi", 3.0, "Lomakkeessa on 3 virhettä"),
            ("sv", 1.0, "Blanketten har ett fel"),
            ("sv", 3.0, "Blanketten har 3 fel"),
            ("en", 1.0, "There is one error in the form"),
            ("en", 3.0, "There are 3 errors in the form"),
        ];
        for (lang, n, expected) in cases {
            let l = Localizer::new(&[lang]);
            assert_eq!(
                l.message_with("arvio-errors", &[("count", Arg::Num(n))]),
                expected
            );
        }
        let fi = Localizer::new(&["fi"]);
        assert_eq!(
            fi.message_with("arvio-score-partial", &[("missing", Arg::Num(2.0))]),
            "Osittainen: 2 vastausta puuttuu"
        );
        let en = Localizer::new(&["en"]);
        assert_eq!(
            en.message_with("arvio-max-length", &[("max", Arg::Num(2500.0))]),
            "At most 2,500 characters"
        );
        assert_eq!(
            fi.message_with("arvio-max-length", &[("max", Arg::Num(12500.0))]),
            "Enintään 12\u{a0}500 merkkiä"
        );
    }

    #[test]
    fn numbers_and_dates() {
        let d = chrono::NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
        let fi = Localizer::new(&["fi"]);
        let sv = Localizer::new(&["sv"]);
        let en = Localizer::new(&["en"]);
        assert_eq!(fi.number(2.5), "2,5");
        assert_eq!(sv.number(2.5), "2,5");
        assert_eq!(en.number(2.5), "2.5");
        assert_eq!(fi.number(4.0), "4");
        assert_eq!(fi.number(-2.0), "\u{2212}2");
        assert_eq!(en.number(-2.0), "-2");
        assert_eq!(fi.date(d), "23.11.2026");
        assert_eq!(sv.date(d), "23.11.2026");
        assert_eq!(en.date(d), "23 November 2026");
        assert_eq!(
            fi.message_with("arvio-generated-on", &[("date", Arg::Str(&fi.date(d)))]),
            "Laadittu 23.11.2026"
        );
        // A number argument shown in text follows the language.
        assert_eq!(
            fi.message_with("arvio-row", &[("number", Arg::Num(2.5))]),
            "Rivi 2,5"
        );
    }

    #[test]
    fn fallback_never_shows_the_id() {
        let mut c = Catalog::embedded();
        c.insert(
            Language::Fi,
            "test-form",
            "tf-only-fi = Vain suomeksi\n".into(),
        );
        let sv = Localizer::with_catalog(&c, &["sv"]);
        assert_eq!(sv.message("tf-only-fi"), "Vain suomeksi");
        assert_eq!(sv.message("tf-nowhere"), "(text saknas)");
        let w = sv.warnings();
        assert_eq!(w.len(), 3, "{w:?}");
        assert_eq!(
            (w[0].id.as_str(), w[0].language),
            ("tf-only-fi", Language::Sv)
        );
        assert_eq!(
            (w[1].id.as_str(), w[1].language),
            ("tf-nowhere", Language::Sv)
        );
        assert_eq!(
            (w[2].id.as_str(), w[2].language),
            ("tf-nowhere", Language::Fi)
        );
        let fi = Localizer::with_catalog(&c, &["fi"]);
        assert_eq!(fi.message("tf-nowhere"), "(teksti puuttuu)");
        assert_eq!(fi.warnings().len(), 1);
    }
}

mod errors {
    use super::*;
    use arvio_i18n::error_message;

    fn all_kinds() -> Vec<ValidationError> {
        vec![
            err("filled_on", ErrorKind::MissingRequired),
            err(
                "hours",
                ErrorKind::WrongType {
                    expected: "a number",
                },
            ),
            err("services", ErrorKind::UnknownOption),
            err("services", ErrorKind::DuplicateOption),
            err("hours", ErrorKind::OutOfRange),
            err("hours", ErrorKind::NotInteger),
            err("filled_on", ErrorKind::InvalidDate),
            err("note", ErrorKind::TooLong { max: 500 }),
            err(
                "note",
                ErrorKind::ControlCharacter {
                    code_point: 0x1B,
                    at: 4,
                },
            ),
            err("services", ErrorKind::TooFewSelections { min: 1 }),
            err("services", ErrorKind::TooManySelections { max: 2 }),
            err("network", ErrorKind::TooFewRows { min: 2 }),
            err("network", ErrorKind::TooManyRows { max: 1 }),
            err("note", ErrorKind::DoesNotApply),
            err("nowhere", ErrorKind::UnknownQuestion),
            err(
                "form",
                ErrorKind::WrongForm {
                    expected: "test-form".into(),
                },
            ),
            err(
                "form_version",
                ErrorKind::WrongFormVersion {
                    expected: "1.2.0".into(),
                },
            ),
        ]
    }

    fn messages(lang: &str) -> Vec<String> {
        let form = test_form();
        let l = Localizer::with_catalog(&test_catalog(), &[lang]);
        let out = all_kinds()
            .iter()
            .map(|e| error_message(&l, &form, e))
            .collect();
        assert!(l.warnings().is_empty(), "{lang}: {:?}", l.warnings());
        out
    }

    #[test]
    fn every_kind_in_finnish() {
        assert_eq!(
            messages("fi"),
            [
                "Kysymykseen ”Täyttöpäivä” tarvitaan vastaus.",
                "Vastaus kysymykseen ”Tunnit päivässä” on väärää muotoa.",
                "Kysymyksen ”Palvelut” vastaus ei ole mikään annetuista vaihtoehdoista.",
                "Kysymyksessä ”Palvelut” on sama vaihtoehto valittu kahdesti.",
                "Vastauksen kysymykseen ”Tunnit päivässä” pitää olla välillä 0–24.",
                "Vastaa kysymykseen ”Tunnit päivässä” kokonaisluvulla.",
                "Kysymyksen ”Täyttöpäivä” päivämäärä ei ole kelvollinen.",
                "Vastaus kysymykseen ”Lisätietoja” on liian pitkä: enintään 500 merkkiä.",
                "Vastauksessa kysymykseen ”Lisätietoja” on merkki, jota ei voi tallentaa (U+001B, 5. merkki). Poista se.",
                "Valitse kysymyksessä ”Palvelut” vähintään 1 vaihtoehto.",
                "Valitse kysymyksessä ”Palvelut” enintään 2 vaihtoehtoa.",
                "Kysymykseen ”Verkosto” tarvitaan vähintään 2 riviä.",
                "Kysymyksessä ”Verkosto” voi olla enintään 1 rivi.",
                "Kysymys ”Lisätietoja” ei koske teitä aiempien vastausten perusteella: poista vastaus.",
                "Vastauksessa on kohta, jota tällä lomakkeella ei ole.",
                "Vastaus on annettu jollekin muulle lomakkeelle kuin ”Testilomake”.",
                "Vastaus on annettu lomakkeen eri versioon. Tämän lomakkeen versio on 1.2.0.",
            ]
        );
    }

    #[test]
    fn every_kind_in_swedish() {
        assert_eq!(
            messages("sv"),
            [
                "Frågan ”Ifyllnadsdatum” behöver ett svar.",
                "Svaret på frågan ”Timmar per dag” har fel format.",
                "Svaret på frågan ”Tjänster” är inte något av alternativen.",
                "I frågan ”Tjänster” har samma alternativ valts två gånger.",
                "Svaret på frågan ”Timmar per dag” ska vara mellan 0 och 24.",
                "Svara på frågan ”Timmar per dag” med ett heltal.",
                "Datumet i frågan ”Ifyllnadsdatum” är inte giltigt.",
                "Svaret på frågan ”Tilläggsuppgifter” är för långt: högst 500 tecken.",
                "Svaret på frågan ”Tilläggsuppgifter” innehåller ett tecken som inte kan sparas (U+001B, tecken nummer 5). Ta bort det.",
                "I frågan ”Tjänster” ska du välja minst 1 alternativ.",
                "I frågan ”Tjänster” kan du välja högst 2 alternativ.",
                "Frågan ”Nätverk” behöver minst 2 rader.",
                "Frågan ”Nätverk” kan ha högst 1 rad.",
                "Frågan ”Tilläggsuppgifter” gäller inte er enligt de tidigare svaren: ta bort svaret.",
                "Svaret innehåller en punkt som inte finns på den här blanketten.",
                "Svaret hör till en annan blankett än ”Testblankett”.",
                "Svaret hör till en annan version av blanketten. Den här blankettens version är 1.2.0.",
            ]
        );
    }

    #[test]
    fn every_kind_in_english() {
        assert_eq!(
            messages("en"),
            [
                "“Date filled in” needs an answer.",
                "The answer to “Hours a day” is in the wrong format.",
                "The answer to “Services” is not one of the options.",
                "In “Services”, the same option is selected twice.",
                "The answer to “Hours a day” must be between 0 and 24.",
                "Answer “Hours a day” with a whole number.",
                "The date for “Date filled in” is not a valid date.",
                "The answer to “More information” is too long: at most 500 characters.",
                "The answer to “More information” contains a character that cannot be saved (U+001B, character 5). Please remove it.",
                "In “Services”, select at least 1 option.",
                "In “Services”, select at most 2 options.",
                "“Network” needs at least 2 rows.",
                "“Network” can have at most 1 row.",
                "“More information” does not apply given the earlier answers: remove the answer.",
                "The response contains an item this form does not have.",
                "The response is for a different form than “Test form”.",
                "The response is for a different version of the form. This form’s version is 1.2.0.",
            ]
        );
    }

    #[test]
    fn out_of_range_names_the_bounds() {
        let form = test_form();
        let c = test_catalog();
        let fi = Localizer::with_catalog(&c, &["fi"]);
        let sv = Localizer::with_catalog(&c, &["sv"]);
        let en = Localizer::with_catalog(&c, &["en"]);
        let future = err("filled_on", ErrorKind::OutOfRange);
        assert_eq!(
            error_message(&fi, &form, &future),
            "Kysymyksen ”Täyttöpäivä” päivämäärä ei voi olla tulevaisuudessa."
        );
        assert_eq!(
            error_message(&en, &form, &future),
            "The date for “Date filled in” cannot be in the future."
        );
        let early = err("since", ErrorKind::OutOfRange);
        assert_eq!(
            error_message(&fi, &form, &early),
            "Kysymyksen ”Alkaen” päivämäärä voi olla aikaisintaan 1.1.2020."
        );
        assert_eq!(
            error_message(&sv, &form, &early),
            "Datumet i frågan ”Från och med” kan vara tidigast 1.1.2020."
        );
        assert_eq!(
            error_message(&en, &form, &early),
            "The date for “Since” must be no earlier than 1 January 2020."
        );
        let scale = err("mood", ErrorKind::OutOfRange);
        assert_eq!(
            error_message(&sv, &form, &scale),
            "Svaret på frågan ”Humör” ska vara mellan 1 och 5."
        );
        // A question without bounds (should the core report one).
        let text = err("note", ErrorKind::OutOfRange);
        assert_eq!(
            error_message(&en, &form, &text),
            "The answer to “More information” is outside the allowed range."
        );
    }

    #[test]
    fn group_rows_are_named_with_group_and_row() {
        let form = test_form();
        let c = test_catalog();
        let cases = [
            (
                "fi",
                "Vastaus kysymykseen ”Verkosto, rivi 3: Rooli” on liian pitkä: enintään 100 merkkiä.",
            ),
            (
                "sv",
                "Svaret på frågan ”Nätverk, rad 3: Roll” är för långt: högst 100 tecken.",
            ),
            (
                "en",
                "The answer to “Network, row 3: Role” is too long: at most 100 characters.",
            ),
        ];
        for (lang, expected) in cases {
            let l = Localizer::with_catalog(&c, &[lang]);
            let e = err("network[2].role", ErrorKind::TooLong { max: 100 });
            assert_eq!(error_message(&l, &form, &e), expected);
        }
        let en = Localizer::with_catalog(&c, &["en"]);
        // An unknown key inside a row: the row is named.
        let e = err("network[0].name", ErrorKind::UnknownQuestion);
        assert_eq!(
            error_message(&en, &form, &e),
            "The response contains an item this form does not have."
        );
        let e = err(
            "network[0]",
            ErrorKind::WrongType {
                expected: "an object",
            },
        );
        assert_eq!(
            error_message(&en, &form, &e),
            "The answer to “Network, row 1” is in the wrong format."
        );
        // A malformed index falls back to the group's label.
        let e = err("network[x].role", ErrorKind::MissingRequired);
        assert_eq!(error_message(&en, &form, &e), "“Network” needs an answer.");
        assert!(en.warnings().is_empty());
    }

    #[test]
    fn shipped_forms_messages_have_no_braces_or_ids() {
        // With whatever the form .ftl files hold today: never a raw id or a brace.
        for id in arvio_forms::builtin_ids() {
            let form = arvio_forms::builtin(id).unwrap();
            for lang in ["fi", "sv", "en"] {
                let l = Localizer::new(&[lang]);
                for (_, q) in form.questions() {
                    for e in [
                        err(&q.id, ErrorKind::MissingRequired),
                        err(&q.id, ErrorKind::OutOfRange),
                        err(&format!("{}[0].x", q.id), ErrorKind::TooLong { max: 3 }),
                    ] {
                        let m = error_message(&l, &form, &e);
                        assert!(!m.contains('{') && !m.contains("arvio-"), "{m}");
                    }
                }
            }
        }
    }
}

mod lint {
    use super::*;
    use arvio_i18n::{LocaleFindingKind, lint};

    fn forms(form: &Form) -> Vec<(&Form, &str)> {
        vec![(form, "forms/test-form.toml")]
    }

    #[test]
    fn clean_catalog_has_no_findings() {
        let form = test_form();
        let findings = lint(&test_catalog(), &forms(&form));
        // Only the test form is checked, so the shipped form files are not judged unused.
        assert!(findings.is_empty(), "{findings:#?}");
    }

    #[test]
    fn removed_swedish_message() {
        let form = test_form();
        let mut c = test_catalog();
        c.insert(
            Language::Sv,
            "test-form",
            TF_SV.replace("tf-role = Roll\n", ""),
        );
        let findings = lint(&c, &forms(&form));
        assert_eq!(findings.len(), 1, "{findings:#?}");
        let f = &findings[0];
        assert_eq!(f.file, "locales/sv/test-form.ftl");
        assert_eq!((f.line, f.column), (1, 1));
        assert_eq!(f.id.as_deref(), Some("tf-role"));
        assert_eq!(
            f.kind,
            LocaleFindingKind::Missing {
                id: "tf-role".into(),
                language: Language::Sv,
                used_by: "forms/test-form.toml".into()
            }
        );
        assert_eq!(
            f.to_string(),
            "locales/sv/test-form.ftl:1:1: message `tf-role` used by forms/test-form.toml is missing in sv"
        );
    }

    /// The renderers' words (conditions, headings) are common messages: one missing in a
    /// language is reported at line 1 of that language's `common.ftl`.
    #[test]
    fn removed_swedish_renderer_word() {
        let form = test_form();
        let mut c = test_catalog();
        let sv = c.source(Language::Sv, "common").unwrap().to_string();
        assert!(sv.contains("arvio-cond-other-than = något annat än\n"));
        c.insert(
            Language::Sv,
            "common",
            sv.replace("arvio-cond-other-than = något annat än\n", ""),
        );
        let findings = lint(&c, &forms(&form));
        assert_eq!(findings.len(), 1, "{findings:#?}");
        assert_eq!(
            findings[0].to_string(),
            "locales/sv/common.ftl:1:1: message `arvio-cond-other-than` used by renderers is missing in sv"
        );
    }

    /// Every renderer word registered in common_ids() reads as a word in each language.
    #[test]
    fn renderer_words_in_each_language() {
        use arvio_i18n::{
            COND_AND, COND_ANSWERED, DEADLINE_DUE, DEADLINE_STATUS, QUOTE_CLOSE, QUOTE_OPEN,
            REQUIRED_IF,
        };
        let cases = [
            (
                "fi",
                [
                    "ja",
                    "on vastattu",
                    "Määräpäivä",
                    "Tilanne",
                    "”",
                    "”",
                    "Pakollinen, jos",
                ],
            ),
            (
                "sv",
                [
                    "och",
                    "är besvarad",
                    "Sista dag",
                    "Status",
                    "”",
                    "”",
                    "Obligatorisk om",
                ],
            ),
            (
                "en",
                [
                    "and",
                    "is answered",
                    "Due date",
                    "Status",
                    "“",
                    "”",
                    "Required if",
                ],
            ),
        ];
        let ids = [
            COND_AND,
            COND_ANSWERED,
            DEADLINE_DUE,
            DEADLINE_STATUS,
            QUOTE_OPEN,
            QUOTE_CLOSE,
            REQUIRED_IF,
        ];
        for (lang, words) in cases {
            let t = Localizer::new(&[lang]);
            for (id, word) in ids.iter().zip(words) {
                assert_eq!(t.message(id), word, "{lang} {id}");
            }
            assert!(t.warnings().is_empty(), "{lang}: {:?}", t.warnings());
        }
    }

    #[test]
    fn variable_added_in_english() {
        let form = test_form();
        let mut c = test_catalog();
        c.insert(
            Language::En,
            "test-form",
            TF_EN.replace(
                "tf-hours = Hours a day",
                "tf-hours = Hours a day for { $child }",
            ),
        );
        let findings = lint(&c, &forms(&form));
        assert_eq!(findings.len(), 1, "{findings:#?}");
        let f = &findings[0];
        assert_eq!(f.file, "locales/en/test-form.ftl");
        assert_eq!((f.line, f.column), (5, 1));
        assert_eq!(f.id.as_deref(), Some("tf-hours"));
        assert_eq!(
            f.kind,
            LocaleFindingKind::VariablesDiffer {
                id: "tf-hours".into(),
                variables: vec!["$child".into()],
                expected: vec![],
                reference: "locales/fi/test-form.ftl".into()
            }
        );
    }

    #[test]
    fn syntax_error_duplicate_unused_and_bad_reference() {
        let form = test_form();
        let mut c = test_catalog();
        let fi = format!(
            "{TF_FI}tf-extra = Ylimääräinen\ntf-role = Toinen\ntf-broken = {{ $x\ntf-ref = {{ tf-nothing }}\n"
        );
        c.insert(Language::Fi, "test-form", fi);
        let findings = lint(&c, &forms(&form));
        let summary: Vec<(String, usize, Option<&str>, &str)> = findings
            .iter()
            .map(|f| {
                let kind = match &f.kind {
                    LocaleFindingKind::Syntax { .. } => "syntax",
                    LocaleFindingKind::Unused { .. } => "unused",
                    LocaleFindingKind::Duplicate { .. } => "duplicate",
                    LocaleFindingKind::UnknownReference { .. } => "reference",
                    LocaleFindingKind::VariablesDiffer { .. } => "variables",
                    LocaleFindingKind::Missing { .. } => "missing",
                    _ => "other",
                };
                (f.file.clone(), f.line, f.id.as_deref(), kind)
            })
            .collect();
        let file = "locales/fi/test-form.ftl".to_string();
        assert_eq!(
            summary,
            [
                (file.clone(), 16, Some("tf-extra"), "unused"),
                (file.clone(), 17, Some("tf-role"), "duplicate"),
                (file.clone(), 18, None, "syntax"),
                (file.clone(), 19, Some("tf-ref"), "unused"),
                (file.clone(), 19, Some("tf-ref"), "reference"),
            ]
        );
        let syntax = findings.iter().find(|f| f.line == 18).unwrap();
        assert_eq!(
            syntax.to_string(),
            "locales/fi/test-form.ftl:18:1: Fluent syntax error: Expected a token starting with \"}\" (line 19, column 1)"
        );
        let dup = findings.iter().find(|f| f.line == 17).unwrap();
        assert_eq!(
            dup.kind,
            LocaleFindingKind::Duplicate {
                id: "tf-role".into(),
                first: "locales/fi/test-form.ftl:15".into()
            }
        );
    }

    #[test]
    fn messages_marked_used_by_code_are_not_unused() {
        let form = test_form();
        let mut c = test_catalog();
        for (lang, base) in [
            (Language::Fi, TF_FI),
            (Language::Sv, TF_SV),
            (Language::En, TF_EN),
        ] {
            let extra = "\n## Deadlines @used-by-code\n\ntf-deadline = D\n\n## Other\n\n# @used-by-code\ntf-one = O\ntf-two = T\n";
            c.insert(lang, "test-form", format!("{base}{extra}"));
        }
        let findings = lint(&c, &forms(&form));
        let ids: Vec<_> = findings
            .iter()
            .map(|f| (f.file.as_str(), f.id.as_deref()))
            .collect();
        assert_eq!(
            ids,
            [
                ("locales/en/test-form.ftl", Some("tf-two")),
                ("locales/fi/test-form.ftl", Some("tf-two")),
                ("locales/sv/test-form.ftl", Some("tf-two")),
            ]
        );
    }

    #[test]
    fn missing_common_message() {
        let mut c = Catalog::embedded();
        let en = c
            .source(Language::En, "common")
            .unwrap()
            .replace("arvio-submit = Send\n", "");
        c.insert(Language::En, "common", en);
        let findings = lint(&c, &[]);
        assert_eq!(findings.len(), 1, "{findings:#?}");
        assert_eq!(findings[0].file, "locales/en/common.ftl");
        assert_eq!(findings[0].id.as_deref(), Some("arvio-submit"));
    }

    /// The whole working copy against the built-in forms: no finding at all.
    #[test]
    fn shipped_catalog_is_clean() {
        let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../..");
        let catalog = Catalog::from_dir(root).unwrap();
        // Every embedded version, archives too: they share the locale files.
        let forms: Vec<(Form, &str)> = arvio_forms::builtin_files()
            .map(|(_, _, file, text)| (arvio_core::parse_form(text, file).unwrap(), file))
            .collect();
        let forms: Vec<(&Form, &str)> = forms.iter().map(|(f, n)| (f, *n)).collect();
        let findings = lint(&catalog, &forms);
        let text: Vec<String> = findings.iter().map(ToString::to_string).collect();
        assert!(
            findings.is_empty(),
            "{} findings:\n{}",
            text.len(),
            text.join("\n")
        );
    }

    #[test]
    fn shipped_common_files_are_clean() {
        let findings = lint(&Catalog::embedded(), &[]);
        let common: Vec<_> = findings
            .iter()
            .filter(|f| f.file.ends_with("/common.ftl"))
            .collect();
        assert!(common.is_empty(), "{common:#?}");
    }
}

/// Texts added from a locale directory: a custom form's next to the built-in ones.
mod added_texts {
    use super::*;
    use arvio_i18n::{CatalogError, LocaleFindingKind, lint};
    use std::path::PathBuf;

    fn root() -> PathBuf {
        PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."))
    }

    /// The custom form and texts of `examples/custom/` (Finnish and English).
    fn example() -> (Form, PathBuf) {
        let custom = root().join("examples/custom");
        let form = arvio_core::load_form(&custom.join("evening-check.toml")).unwrap();
        (form, custom.join("locales"))
    }

    /// A fresh directory holding the test form's texts in the given languages.
    fn test_form_dir(tag: &str, languages: &[(&str, &str)]) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("arvio-added-{tag}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        for (lang, text) in languages {
            std::fs::create_dir_all(dir.join(lang)).unwrap();
            std::fs::write(dir.join(lang).join("test-form.ftl"), text).unwrap();
        }
        dir
    }

    #[test]
    fn the_example_form_reads_its_texts_next_to_the_built_in_ones() {
        let (form, locales) = example();
        let ids: Vec<String> = form.message_ids().iter().map(|s| s.to_string()).collect();
        assert_eq!(ids.len(), 7);
        // Built-in texts only: everything the form needs is missing, in every language.
        assert_eq!(Localizer::new(&["fi"]).missing_ids(&form), ids);
        for (lang, label, yes) in [
            ("fi", "Sujuuko nukkumaanmeno yleensä hyvin?", "Kyllä"),
            ("en", "Does bedtime usually go well?", "Yes"),
        ] {
            let texts = Localizer::builder()
                .locales_dir(&locales)
                .unwrap()
                .languages(&[lang])
                .build();
            assert_eq!(texts.language(), lang);
            assert!(texts.missing_ids(&form).is_empty(), "{lang}");
            assert_eq!(texts.message("ec-bedtime-ok"), label);
            assert_eq!(texts.message("arvio-yes"), yes);
            assert!(
                texts.warnings().is_empty(),
                "{lang}: {:?}",
                texts.warnings()
            );
        }
        // Swedish is not shipped: missing, although the Finnish fallback would show.
        let sv = Localizer::builder()
            .locales_dir(&locales)
            .unwrap()
            .languages(&["sv"])
            .build();
        assert_eq!(sv.missing_ids(&form), ids);
        // The example's two languages define exactly the form's ids.
        let catalog = Localizer::builder().locales_dir(&locales).unwrap();
        for language in [Language::Fi, Language::En] {
            assert!(catalog.catalog().missing_ids(&form, language).is_empty());
        }
    }

    #[test]
    fn missing_ids_per_language_in_the_forms_order() {
        let form = test_form();
        let en_without_two = TF_EN
            .lines()
            .filter(|l| !l.starts_with("tf-mood-low =") && !l.starts_with("tf-title ="))
            .collect::<Vec<_>>()
            .join("\n");
        let dir = test_form_dir("missing", &[("fi", TF_FI), ("en", &en_without_two)]);
        let catalog = Catalog::embedded().with_dir(&dir).unwrap();
        assert!(catalog.missing_ids(&form, Language::Fi).is_empty());
        assert_eq!(
            catalog.missing_ids(&form, Language::En),
            ["tf-title", "tf-mood-low"]
        );
        assert_eq!(catalog.missing_ids(&form, Language::Sv), form.message_ids());
        let en = Localizer::for_language(&catalog, Language::En);
        assert_eq!(en.missing_ids(&form), ["tf-title", "tf-mood-low"]);
        // Error messages name the question by the added label.
        let e = err("hours", ErrorKind::MissingRequired);
        assert_eq!(
            arvio_i18n::error_message(&en, &form, &e),
            "“Hours a day” needs an answer."
        );
        std::fs::remove_dir_all(dir).unwrap();
    }

    #[test]
    fn a_redefined_built_in_id_is_refused_at_its_place() {
        let dir = test_form_dir(
            "conflict",
            &[("sv", &format!("{TF_SV}\n# Ours.\narvio-no = Nej tack\n"))],
        );
        let err = Localizer::builder().locales_dir(&dir).unwrap_err();
        let line = TF_SV.lines().count() + 3;
        match err {
            CatalogError::Conflict {
                file,
                line: l,
                column,
                id,
                first,
            } => {
                assert_eq!(file, dir.join("sv/test-form.ftl").display().to_string());
                assert_eq!((l, column), (line, 1));
                assert_eq!(id, "arvio-no");
                assert!(first.starts_with("locales/sv/common.ftl:"), "{first}");
            }
            other => panic!("{other:?}"),
        }
        std::fs::remove_dir_all(dir).unwrap();
    }

    #[test]
    fn a_syntax_error_is_refused_with_its_place() {
        let broken = format!("{TF_FI}tf-extra =\n");
        let dir = test_form_dir("syntax", &[("fi", TF_FI), ("en", &broken)]);
        let err = Localizer::builder().locales_dir(&dir).unwrap_err();
        let line = TF_FI.lines().count() + 1;
        let file = dir.join("en/test-form.ftl").display().to_string();
        assert!(
            err.to_string()
                .starts_with(&format!("{file}:{line}:1: Fluent syntax error: ")),
            "{err}"
        );
        std::fs::remove_dir_all(dir).unwrap();
    }

    #[test]
    fn lint_overlays_a_directory_on_the_built_in_texts() {
        let (form, locales) = example();
        let mut catalog = Catalog::embedded();
        catalog.overlay_dir(&locales).unwrap();
        let findings = lint(&catalog, &[(&form, "evening-check.toml")]);
        // The common texts are the built-in ones: only the Swedish form texts are missing,
        // named where the Swedish file belongs.
        let sv_file = locales.join("sv/evening-check.ftl").display().to_string();
        assert_eq!(findings.len(), 7, "{findings:#?}");
        for f in &findings {
            assert_eq!(
                (f.file.as_str(), f.line, f.column),
                (sv_file.as_str(), 1, 1)
            );
            assert!(matches!(
                &f.kind,
                LocaleFindingKind::Missing {
                    language: Language::Sv,
                    ..
                }
            ));
        }
        // The working copy overlaid on the embedded texts is each text once: no duplicates.
        let mut working = Catalog::embedded();
        working.overlay_dir(root()).unwrap();
        let forms: Vec<(Form, &str)> = arvio_forms::builtin_files()
            .map(|(_, _, file, text)| (parse_form(text, file).unwrap(), file))
            .collect();
        let forms: Vec<(&Form, &str)> = forms.iter().map(|(f, n)| (f, *n)).collect();
        assert!(lint(&working, &forms).is_empty());
    }
}

mod properties {
    use super::*;
    use arvio_i18n::{error_message, format_number};
    use proptest::prelude::*;

    fn kind() -> impl Strategy<Value = ErrorKind> {
        prop_oneof![
            Just(ErrorKind::MissingRequired),
            Just(ErrorKind::WrongType { expected: "{ $x }" }),
            Just(ErrorKind::UnknownOption),
            Just(ErrorKind::DuplicateOption),
            Just(ErrorKind::OutOfRange),
            Just(ErrorKind::NotInteger),
            Just(ErrorKind::InvalidDate),
            any::<u32>().prop_map(|max| ErrorKind::TooLong { max }),
            (any::<u32>(), any::<usize>())
                .prop_map(|(code_point, at)| ErrorKind::ControlCharacter { code_point, at }),
            any::<u32>().prop_map(|min| ErrorKind::TooFewSelections { min }),
            any::<u32>().prop_map(|max| ErrorKind::TooManySelections { max }),
            any::<u32>().prop_map(|min| ErrorKind::TooFewRows { min }),
            any::<u32>().prop_map(|max| ErrorKind::TooManyRows { max }),
            Just(ErrorKind::DoesNotApply),
            Just(ErrorKind::UnknownQuestion),
            ".*".prop_map(|expected| ErrorKind::WrongForm { expected }),
            "[^{}]*".prop_map(|expected| ErrorKind::WrongFormVersion { expected }),
        ]
    }

    fn path() -> impl Strategy<Value = String> {
        prop_oneof![
            ".*",
            "(filled_on|hours|mood|since|note|network|services)",
            "network\\[[0-9x]{0,3}\\]?(\\.(role|zz|))?",
        ]
    }

    proptest! {
        #[test]
        fn error_message_is_always_readable(
            path in path(),
            kind in kind(),
            lang in "(fi|sv|en|de|)",
        ) {
            let form = test_form();
            let catalog = test_catalog();
            let l = Localizer::with_catalog(&catalog, &[lang.as_str()]);
            let e = ValidationError { path: AnswerPath(path), kind };
            let m = error_message(&l, &form, &e);
            prop_assert!(!m.is_empty());
            prop_assert!(!m.contains('{') && !m.contains('}'), "{}", m);
            prop_assert!(!m.contains("arvio-"), "{}", m);
            prop_assert!(!m.contains("tf-"), "{}", m);
        }

        #[test]
        fn numbers_never_panic(n in any::<f64>(), lang in 0usize..3) {
            let lang = Language::ALL[lang];
            let s = format_number(lang, n);
            prop_assert!(!s.is_empty());
            prop_assert!(!s.contains('{'), "{}", s);
            if n.is_finite() && n.abs() < 1e6 {
                // Round trip within the two decimals shown.
                let plain: String = s
                    .chars()
                    .filter(|c| *c != '\u{a0}' && (lang != Language::En || *c != ','))
                    .map(|c| match c { ',' => '.', '\u{2212}' => '-', c => c })
                    .collect();
                let back: f64 = plain.parse().unwrap();
                prop_assert!((back - n).abs() <= 0.005 + 1e-9, "{} -> {}", n, s);
            }
        }

        #[test]
        fn numbers_in_messages(n in -1e7f64..1e7, lang in "(fi|sv|en)") {
            let l = Localizer::new(&[lang.as_str()]);
            let m = l.message_with("arvio-errors", &[("count", Arg::Num(n))]);
            prop_assert!(m.contains(&l.number(n)) || m.contains("one") || m.contains("yksi") || m.contains("ett"), "{}", m);
            prop_assert!(!m.contains('{'), "{}", m);
        }

        #[test]
        fn any_tags_negotiate(tags in proptest::collection::vec(".*", 0..4)) {
            let tags: Vec<&str> = tags.iter().map(String::as_str).collect();
            let l = Localizer::new(&tags);
            prop_assert!(["fi", "sv", "en"].contains(&l.language()));
        }
    }
}
