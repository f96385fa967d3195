//! The embedded fonts: DejaVu Sans and Sans Bold as CIDFontType2 subsets without TrueType
//! hinting, with a ToUnicode map and a complete `/CIDSet`. Read back with poppler's
//! `pdffonts` and `pdftotext` and with `lopdf`.

use arvio_core::render::view::{answer_text, applicable};
use arvio_core::{Answer, validate};
use arvio_forms::builtin;
use arvio_i18n::Localizer;
use arvio_pdf::PdfDocument;

mod support;
use support::*;

/// The worker's summary of every example response, with the file's name and the form id.
fn example_summaries() -> Vec<(String, String, PdfDocument)> {
    example_files()
        .iter()
        .map(|file| {
            let name = file.file_name().unwrap().to_string_lossy().to_string();
            let response = read_response(file);
            let form = builtin(&response.form).unwrap_or_else(|| panic!("{name}: no form"));
            let texts = Localizer::new(&[response.language.as_str()]);
            let doc = summary_of(&form, &response, &texts);
            (name, form.id.clone(), doc)
        })
        .collect()
}

/// `pdffonts` lists both faces as embedded CID TrueType subsets with a Unicode map.
#[test]
fn both_fonts_are_embedded_subsets_with_unicode_maps() {
    for (name, _, doc) in example_summaries() {
        let out = poppler("pdffonts", &[], &doc.bytes);
        let rows: Vec<Vec<&str>> = out
            .lines()
            .skip(2)
            .map(|l| l.split_whitespace().collect())
            .collect();
        assert_eq!(rows.len(), 2, "{name}: two fonts\n{out}");
        let mut faces: Vec<&str> = rows
            .iter()
            .map(|r| r[0].split_once('+').expect("a subset tag").1)
            .collect();
        faces.sort_unstable();
        assert_eq!(faces, ["DejaVuSans", "DejaVuSans-Bold"], "{name}\n{out}");
        for r in &rows {
            assert_eq!(
                r[1..7],
                ["CID", "TrueType", "Identity-H", "yes", "yes", "yes"],
                "{name}: type, encoding, emb, sub, uni\n{out}"
            );
        }
    }
}

/// The tags of a TrueType program's tables.
fn table_tags(font: &[u8]) -> Vec<String> {
    let count = usize::from(u16::from_be_bytes([font[4], font[5]]));
    (0..count)
        .map(|i| String::from_utf8_lossy(&font[12 + 16 * i..16 + 16 * i]).into_owned())
        .collect()
}

/// maxp `numGlyphs` of a TrueType program.
fn glyph_count(font: &[u8]) -> usize {
    let count = usize::from(u16::from_be_bytes([font[4], font[5]]));
    let rec = (0..count)
        .map(|i| 12 + 16 * i)
        .find(|&r| &font[r..r + 4] == b"maxp")
        .expect("a maxp table");
    let at = u32::from_be_bytes(font[rec + 8..rec + 12].try_into().unwrap()) as usize;
    usize::from(u16::from_be_bytes([font[at + 4], font[at + 5]]))
}

/// Every font program is without hinting and without the license text, `/Length1` is its
/// length, and the `/CIDSet` has a bit for every glyph of the program and no other.
#[test]
fn font_programs_have_no_hinting_and_a_complete_cid_set() {
    for (name, _, doc) in example_summaries() {
        let lo = lopdf::Document::load_mem(&doc.bytes).unwrap();
        let mut seen = 0;
        for obj in lo.objects.values() {
            let Ok(d) = obj.as_dict() else { continue };
            if d.get(b"Type").and_then(|t| t.as_name()).ok() != Some(b"FontDescriptor") {
                continue;
            }
            seen += 1;
            let file = d.get(b"FontFile2").unwrap().as_reference().unwrap();
            let file = lo.get_object(file).unwrap().as_stream().unwrap();
            let font = file.get_plain_content().unwrap();
            let length1 = file.dict.get(b"Length1").unwrap().as_i64().unwrap();
            assert_eq!(length1, font.len() as i64, "{name}: /Length1");
            let tags = table_tags(&font);
            for t in ["fpgm", "prep", "cvt ", "gasp"] {
                assert!(!tags.iter().any(|x| x == t), "{name}: {t} left in {tags:?}");
            }
            assert!(
                font.len() < 8 * 1024,
                "{name}: a font of {} bytes",
                font.len()
            );

            let set = d.get(b"CIDSet").unwrap().as_reference().unwrap();
            let set = lo.get_object(set).unwrap().as_stream().unwrap();
            let set = set.get_plain_content().unwrap();
            let n = glyph_count(&font);
            assert_eq!(set.len(), n.div_ceil(8), "{name}: CIDSet length");
            for cid in 0..set.len() * 8 {
                let bit = set[cid / 8] & (0x80 >> (cid % 8)) != 0;
                assert_eq!(bit, cid < n, "{name}: CID {cid} of {n} glyphs");
            }
        }
        assert_eq!(seen, 2, "{name}: two font descriptors");
    }
}

/// The text comes back through the ToUnicode maps as before: every answer that applies is
/// in the summary's text (the golden files of `tests/pdf.rs` compare whole documents).
#[test]
fn every_answer_is_extracted() {
    let mut checked = 0;
    for file in example_files() {
        let response = read_response(&file);
        let form = builtin(&response.form).unwrap();
        let texts = Localizer::new(&[response.language.as_str()]);
        let v = validate(&form, &response, day());
        let doc = summary_of(&form, &response, &texts);
        let text = squash(&body_text(&doc.bytes, &form.id));
        let shown = applicable(&form, &v.answers);
        for (id, answer) in v.answers.iter() {
            if matches!(answer, Answer::Group(_))
                || !shown
                    .iter()
                    .flat_map(|s| s.items.iter())
                    .any(|i| i.question.id == id)
            {
                continue;
            }
            let q = form.question(id).unwrap();
            let expected = squash(&answer_text(q, answer, &texts));
            assert!(
                text.contains(&expected),
                "{}: the answer to `{id}` is missing",
                file.display()
            );
            checked += 1;
        }
    }
    assert!(checked > 100, "only {checked} answers checked");
}

/// The Finnish family self-assessment summary stays small: measured 32.3 KB (the worker's
/// copy, 29 Nov 2026), where the hinted fonts with their license text made it about 18 KB
/// larger.
#[test]
fn the_finnish_summary_is_small() {
    let form = builtin("family-self-assessment").unwrap();
    let file = root().join("examples/responses/family-self-assessment-fi.json");
    let doc = summary_of(&form, &read_response(&file), &Localizer::new(&["fi"]));
    assert!(
        doc.bytes.len() < 36 * 1024,
        "{} bytes, {} pages",
        doc.bytes.len(),
        doc.pages
    );
}
