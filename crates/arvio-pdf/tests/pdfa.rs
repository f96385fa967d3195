//! PDF/A checks of everything arvio-pdf renders: every built-in form blank (Finnish, Swedish
//! and English; the whole form and the family's part), every example summary (worker's and
//! family's copy) and comparisons.
//!
//! The documents come from `support::render_all`.
//!
//! - `preflight_finds_only_pdfa1_rules`: an independent validator, Apache PDFBox preflight
//!   (Debian `libpdfbox2-java`, with `libactivation-java` and `libjaxb-api-java`), run in one
//!   JVM over all the files. PDFBox 2 validates PDF/A-1b only; its findings must all be on
//!   [`PDFA1_ONLY`], rules of PDF/A-1 that PDF/A-2 relaxes, each with its reason.
//! - `identification_and_pdfa2_parts`: the PDF/A identification and the parts PDF/A-2 asks
//!   for, read with `lopdf` and poppler's `pdffonts`: the XMP packet, the output intent and
//!   its ICC profile, embedded fonts, no encryption, no JavaScript, no transparency groups,
//!   the header.
//!
//! Neither test is skipped when a tool is missing: each fails saying what to install.

use lopdf::{Document, Object};
use std::path::{Path, PathBuf};
use std::process::Command;

mod support;
use support::*;

/// The PDF/A conformance level arvio claims (`pdfaid:conformance`): "A" for tagged documents
/// (level A also asks for a structure tree and `/MarkInfo /Marked true`), "B" otherwise.
const CONFORMANCE: &str = "A";

/// A rule PDFBox preflight checks for PDF/A-1b that PDF/A-2 does not have.
struct Pdfa1Only {
    /// The preflight error code, e.g. `7.11.2`.
    code: &'static str,
    /// Text the finding's message contains (empty: any message with this code).
    message: &'static str,
    /// Why PDF/A-2 (ISO 19005-2, on PDF 1.7 / ISO 32000-1) permits it.
    why: &'static str,
}

/// Findings of PDFBox preflight (a PDF/A-1b validator) that are not errors in PDF/A-2. One
/// entry a rule; do not add rules PDF/A-2 keeps (e.g. 3.1.11, a CID font's CIDSet).
const PDFA1_ONLY: &[Pdfa1Only] = &[
    Pdfa1Only {
        code: "7.11.2",
        message: "part must be 1",
        why: "the PDF/A-1 identification check; a PDF/A-2 file says pdfaid:part 2",
    },
    Pdfa1Only {
        code: "1.4",
        message: "/XRef cross reference streams are not allowed",
        why: "PDF/A-1 is PDF 1.4; PDF/A-2 is PDF 1.7 (ISO 32000-1), which has xref streams (7.5.8)",
    },
];

fn allowed(code: &str, message: &str) -> bool {
    PDFA1_ONLY
        .iter()
        .any(|a| a.code == code && message.contains(a.message))
}

/// The directory of the Debian Java libraries, and the jars preflight runs with: (file,
/// Debian package).
const JAVA_DIR: &str = "/usr/share/java";
const JARS: &[(&str, &str)] = &[
    ("preflight.jar", "libpdfbox2-java"),
    ("pdfbox2.jar", "libpdfbox2-java"),
    ("xmpbox.jar", "libpdfbox2-java"),
    ("fontbox2.jar", "libfontbox2-java"),
    ("commons-logging.jar", "libcommons-logging-java"),
    ("javax.activation.jar", "libactivation-java"),
    ("jaxb-api.jar", "libjaxb-api-java"),
];

/// One finding of preflight: the file, the rule's code and the message.
struct Finding {
    file: String,
    code: String,
    message: String,
}

fn xml_unescape(s: &str) -> String {
    s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&amp;", "&")
}

/// The text of the first `<tag>…</tag>` in `xml`.
fn element<'a>(xml: &'a str, tag: &str) -> Option<&'a str> {
    let open = format!("<{tag}>");
    let start = xml.find(&open)? + open.len();
    let end = xml[start..].find(&format!("</{tag}>"))? + start;
    Some(&xml[start..end])
}

/// Runs PDFBox preflight once over all the files (`Validator_A1b xml group LIST` writes one
/// report, `LIST.preflight.xml`, with a `<preflight name="…">` element a file) and returns
/// the file names it reported on and its findings.
fn preflight(files: &[PathBuf], dir: &Path) -> (Vec<String>, Vec<Finding>) {
    let missing: Vec<&(&str, &str)> = JARS
        .iter()
        .filter(|(jar, _)| !Path::new(JAVA_DIR).join(jar).is_file())
        .collect();
    if !missing.is_empty() {
        let mut packages: Vec<&str> = missing.iter().map(|(_, p)| *p).collect();
        packages.dedup();
        panic!(
            "PDFBox preflight, which checks the PDF/A files, is not installed: missing {}.\n\
             Install it with `apt-get install -y {}` (scripts/test-all does; libpdfbox2-java \
             brings preflight, pdfbox, xmpbox and fontbox, and needs libactivation-java and \
             libjaxb-api-java besides).",
            missing
                .iter()
                .map(|(jar, _)| format!("{JAVA_DIR}/{jar}"))
                .collect::<Vec<_>>()
                .join(", "),
            packages.join(" ")
        );
    }
    let list = dir.join("files.txt");
    let names: Vec<String> = files.iter().map(|f| f.display().to_string()).collect();
    std::fs::write(&list, names.join("\n") + "\n").unwrap();
    let classpath: Vec<String> = JARS
        .iter()
        .map(|(jar, _)| format!("{JAVA_DIR}/{jar}"))
        .collect();
    let out = Command::new("java")
        .arg("-cp")
        .arg(classpath.join(":"))
        // A short-lived JVM: skip the optimising compiler's start-up work.
        .arg("-XX:TieredStopAtLevel=1")
        .args(["org.apache.pdfbox.preflight.Validator_A1b", "xml", "group"])
        .arg(&list)
        .output()
        .unwrap_or_else(|e| {
            panic!(
                "`java` could not be run ({e}). PDFBox preflight checks the PDF/A files: \
                 install a Java runtime with `apt-get install -y default-jre-headless`."
            )
        });
    let report = dir.join("files.txt.preflight.xml");
    let xml = std::fs::read_to_string(&report).unwrap_or_else(|e| {
        panic!(
            "preflight wrote no report {} ({e}); exit {}, stderr:\n{}",
            report.display(),
            out.status,
            String::from_utf8_lossy(&out.stderr)
        )
    });
    let mut reported = Vec::new();
    let mut findings = Vec::new();
    for part in xml.split("<preflight name=\"").skip(1) {
        let (name, body) = part.split_once('"').expect("a file name");
        let name = xml_unescape(name);
        let body = body.split("</preflight>").next().unwrap_or(body);
        for error in body.split("</error>").filter(|e| e.contains("<code>")) {
            findings.push(Finding {
                file: name.clone(),
                code: xml_unescape(element(error, "code").unwrap_or("?").trim()),
                message: xml_unescape(element(error, "details").unwrap_or("").trim()),
            });
        }
        reported.push(name);
    }
    (reported, findings)
}

/// Every document passes PDFBox preflight but for rules of PDF/A-1 that PDF/A-2 relaxes.
#[test]
fn preflight_finds_only_pdfa1_rules() {
    let dir = std::env::temp_dir().join(format!("arvio-pdfa-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let files: Vec<PathBuf> = render_all()
        .iter()
        .map(|(name, bytes)| {
            let path = dir.join(name);
            std::fs::write(&path, bytes).unwrap();
            path
        })
        .collect();
    let (mut reported, findings) = preflight(&files, &dir);
    let mut expected: Vec<String> = render_all().iter().map(|(n, _)| n.clone()).collect();
    reported.sort();
    expected.sort();
    assert_eq!(
        reported,
        expected,
        "preflight did not report on every file (files in {})",
        dir.display()
    );
    let unexpected: Vec<String> = findings
        .iter()
        .filter(|f| !allowed(&f.code, &f.message))
        .map(|f| format!("{}: {} : {}", f.file, f.code, f.message))
        .collect();
    assert!(
        unexpected.is_empty(),
        "PDFBox preflight (PDF/A-1b) found {} problem(s) not on PDFA1_ONLY, the PDF/A-1 rules \
         that PDF/A-2 relaxes (the files are kept in {}):\n{}\n\
         Allowed now:\n{}\n\
         If a finding is such a rule, add it to PDFA1_ONLY in {} with the reason.",
        unexpected.len(),
        dir.display(),
        unexpected.join("\n"),
        PDFA1_ONLY
            .iter()
            .map(|a| format!("  {} \"{}\": {}", a.code, a.message, a.why))
            .collect::<Vec<_>>()
            .join("\n"),
        file!()
    );
    std::fs::remove_dir_all(&dir).unwrap();
}

/// Whether a transparency group (`/Group` with `/S /Transparency`) may appear. PDF/A-2
/// permits transparency (ISO 19005-2, 6.4) with an output intent, which arvio writes; arvio
/// draws nothing transparent, so one appearing is a change to look at.
const TRANSPARENCY_GROUPS_ALLOWED: bool = false;

/// The value of an XMP property written as an element (`<p>v</p>`) or as an attribute
/// (`p="v"`).
fn xmp_property(xmp: &str, name: &str) -> Option<String> {
    if let Some(v) = element(xmp, name) {
        return Some(xml_unescape(v.trim()));
    }
    let attr = format!("{name}=\"");
    let start = xmp.find(&attr)? + attr.len();
    let end = xmp[start..].find('"')? + start;
    Some(xml_unescape(&xmp[start..end]))
}

/// The single `rdf:li` of an `rdf:Alt` or `rdf:Bag` property.
fn xmp_item(xmp: &str, name: &str) -> Option<String> {
    let inner = element(xmp, name)?;
    let start = inner.find("<rdf:li")?;
    let start = inner[start..].find('>')? + start + 1;
    let end = inner[start..].find("</rdf:li>")? + start;
    Some(xml_unescape(&inner[start..end]))
}

fn stream_bytes(s: &lopdf::Stream) -> Vec<u8> {
    if s.dict.has(b"Filter") {
        s.decompressed_content().expect("stream decompresses")
    } else {
        s.content.clone()
    }
}

/// What a document fails of PDF/A-2's identification and the parts it asks for.
fn identification_problems(bytes: &[u8]) -> Vec<String> {
    let mut problems = Vec::new();
    let mut check = |ok: bool, what: String| {
        if !ok {
            problems.push(what);
        }
    };

    // The header: %PDF-1.7, then a comment of at least four bytes above 127 (ISO 19005-2,
    // 6.1.2), so that tools treat the file as binary.
    let second = bytes.split(|b| *b == b'\n').nth(1).unwrap_or_default();
    check(
        bytes.starts_with(b"%PDF-1.7\n") || bytes.starts_with(b"%PDF-1.7\r"),
        format!(
            "header {:?}, not %PDF-1.7",
            String::from_utf8_lossy(&bytes[..bytes.len().min(9)])
        ),
    );
    check(
        second.first() == Some(&b'%') && second.iter().filter(|b| **b > 127).count() >= 4,
        format!("second line {second:?} is not a binary comment"),
    );

    let doc = match Document::load_mem(bytes) {
        Ok(d) => d,
        Err(e) => {
            problems.push(format!("lopdf cannot read it: {e}"));
            return problems;
        }
    };
    check(
        !doc.trailer.has(b"Encrypt"),
        "the trailer has /Encrypt".into(),
    );
    check(doc.trailer.has(b"ID"), "the trailer has no /ID".into());
    let catalog = doc.catalog().expect("a catalog");

    // The Info dictionary's title and the catalog's language, which the XMP must repeat.
    let info_title = doc
        .trailer
        .get_deref(b"Info", &doc)
        .and_then(Object::as_dict)
        .and_then(|i| i.get_deref(b"Title", &doc))
        .ok()
        .and_then(|t| lopdf::decode_text_string(t).ok());
    check(info_title.is_some(), "no Info Title".into());
    let lang = catalog
        .get_deref(b"Lang", &doc)
        .ok()
        .and_then(|l| lopdf::decode_text_string(l).ok());
    check(lang.is_some(), "the catalog has no /Lang".into());

    // The XMP packet: uncompressed, PDF/A-2 with arvio's conformance level, the same title
    // and language.
    match catalog
        .get_deref(b"Metadata", &doc)
        .and_then(Object::as_stream)
    {
        Err(_) => check(false, "the catalog has no /Metadata stream".into()),
        Ok(meta) => {
            check(
                !meta.dict.has(b"Filter"),
                "the XMP packet is compressed".into(),
            );
            let xmp = String::from_utf8_lossy(&stream_bytes(meta)).into_owned();
            let part = xmp_property(&xmp, "pdfaid:part");
            check(
                part.as_deref() == Some("2"),
                format!("pdfaid:part {part:?}, not 2"),
            );
            let conformance = xmp_property(&xmp, "pdfaid:conformance");
            check(
                conformance.as_deref() == Some(CONFORMANCE),
                format!("pdfaid:conformance {conformance:?}, not {CONFORMANCE}"),
            );
            let title = xmp_item(&xmp, "dc:title");
            check(
                title.is_some() && title == info_title,
                format!("dc:title {title:?}, Info Title {info_title:?}"),
            );
            let language = xmp_item(&xmp, "dc:language");
            check(
                language.is_some() && language == lang,
                format!("dc:language {language:?}, catalog /Lang {lang:?}"),
            );
        }
    }

    // Level A: a tagged document.
    if CONFORMANCE == "A" {
        let marked = catalog
            .get_deref(b"MarkInfo", &doc)
            .and_then(Object::as_dict)
            .and_then(|m| m.get(b"Marked"))
            .and_then(Object::as_bool);
        check(
            marked.ok() == Some(true),
            "conformance A without /MarkInfo /Marked true".into(),
        );
        check(
            catalog.has(b"StructTreeRoot"),
            "conformance A without /StructTreeRoot".into(),
        );
    }

    // One output intent, GTS_PDFA1, with an RGB ICC profile.
    let intents = catalog
        .get_deref(b"OutputIntents", &doc)
        .and_then(Object::as_array)
        .map(|a| a.to_vec())
        .unwrap_or_default();
    check(
        intents.len() == 1,
        format!("{} output intents, not 1", intents.len()),
    );
    if let Some(intent) = intents
        .first()
        .and_then(|i| doc.dereference(i).ok())
        .and_then(|(_, i)| i.as_dict().ok())
    {
        check(
            intent.get(b"S").and_then(Object::as_name).ok() == Some(b"GTS_PDFA1".as_slice()),
            "the output intent's /S is not /GTS_PDFA1".into(),
        );
        check(
            matches!(intent.get(b"DestOutputProfile"), Ok(Object::Reference(_))),
            "the output intent's /DestOutputProfile is not a reference".into(),
        );
        match intent
            .get_deref(b"DestOutputProfile", &doc)
            .and_then(Object::as_stream)
        {
            Err(_) => check(false, "the output intent has no profile stream".into()),
            Ok(profile) => {
                check(
                    profile.dict.get(b"N").and_then(Object::as_i64).ok() == Some(3),
                    "the profile's /N is not 3".into(),
                );
                let icc = stream_bytes(profile);
                check(
                    icc.get(36..40) == Some(b"acsp".as_slice()),
                    "the profile has no `acsp` signature at byte 36".into(),
                );
                check(
                    icc.get(16..20) == Some(b"RGB ".as_slice()),
                    "the profile's colour space is not `RGB `".into(),
                );
            }
        }
    }

    // No JavaScript, no additional actions, no transparency groups.
    for (id, object) in &doc.objects {
        let dict = match object {
            Object::Dictionary(d) => d,
            Object::Stream(s) => &s.dict,
            _ => continue,
        };
        let name = |key: &[u8]| dict.get(key).and_then(Object::as_name).ok();
        check(
            !dict.has(b"JS") && name(b"S") != Some(b"JavaScript".as_slice()),
            format!("object {id:?} is JavaScript"),
        );
        check(!dict.has(b"AA"), format!("object {id:?} has /AA"));
        if let Ok(names) = dict.get_deref(b"Names", &doc).and_then(Object::as_dict) {
            check(
                !names.has(b"JavaScript"),
                format!("object {id:?} names JavaScript"),
            );
        }
        if let Ok(action) = dict
            .get_deref(b"OpenAction", &doc)
            .and_then(Object::as_dict)
        {
            check(
                !action.has(b"JS")
                    && action.get(b"S").and_then(Object::as_name).ok()
                        != Some(b"JavaScript".as_slice()),
                format!("object {id:?} opens with JavaScript"),
            );
        }
        if let Ok(group) = dict.get_deref(b"Group", &doc).and_then(Object::as_dict) {
            check(
                TRANSPARENCY_GROUPS_ALLOWED
                    || group.get(b"S").and_then(Object::as_name).ok()
                        != Some(b"Transparency".as_slice()),
                format!("object {id:?} has a transparency group"),
            );
        }
    }

    // Every font embedded, with a ToUnicode map (pdffonts: emb yes, uni yes).
    let fonts = poppler("pdffonts", &[], bytes);
    let rows: Vec<&str> = fonts
        .lines()
        .skip(2)
        .filter(|l| !l.trim().is_empty())
        .collect();
    check(!rows.is_empty(), format!("no fonts:\n{fonts}"));
    for row in rows {
        // name type encoding emb sub uni object-number generation
        let cells: Vec<&str> = row.split_whitespace().collect();
        let n = cells.len();
        check(
            n >= 7 && cells[n - 5] == "yes" && cells[n - 3] == "yes",
            format!("font not embedded or without ToUnicode: {row}"),
        );
    }
    problems
}

/// PDF/A-2 identification and what it asks for, in every document.
#[test]
fn identification_and_pdfa2_parts() {
    assert!(
        ["A", "B"].contains(&CONFORMANCE),
        "PDF/A-2 conformance A or B"
    );
    let problems: Vec<String> = render_all()
        .iter()
        .flat_map(|(name, bytes)| {
            identification_problems(bytes)
                .into_iter()
                .map(move |p| format!("{name}: {p}"))
        })
        .collect();
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
