//! Tagged PDF: the logical structure read back with poppler's `pdfinfo -struct-text`, and the
//! marked content and parent tree read with `lopdf`.
//!
//! - every word on a page is in a structure element, in the order the page is read, except
//!   page furniture (footers, table headers repeated on a continuation page, the dots
//!   between a date's boxes), which is marked as an artifact;
//! - the title is the `H1`, the section headings are `H2`s, tables have a header row of
//!   `TH`s with a scope, choice options are list items, a chart is a `Figure` with its
//!   figures in words as `/Alt`;
//! - every marked-content id of every page maps back, through the parent tree, to the
//!   element that holds it; the catalog says the document is tagged, in which language, and
//!   that a viewer shows its title.

use arvio_core::CopyFor;
use arvio_core::render::RenderContext;
use arvio_forms::builtin;
use arvio_i18n::Localizer;
use lopdf::content::Content;
use lopdf::{Document, Object, ObjectId};
use std::collections::BTreeMap;

mod support;
use support::*;

/// One element of `pdfinfo -struct-text`: its type, attributes and text, and its children.
#[derive(Debug, Default)]
struct Elem {
    role: String,
    attrs: Vec<String>,
    text: Vec<String>,
    kids: Vec<Elem>,
}

impl Elem {
    /// The element's own text and its descendants', in order.
    fn all_text(&self, out: &mut Vec<String>) {
        out.extend(self.text.iter().cloned());
        for k in &self.kids {
            k.all_text(out);
        }
    }
    fn joined(&self) -> String {
        let mut t = Vec::new();
        self.all_text(&mut t);
        t.join(" ")
    }
    /// Every element of a role, depth first.
    fn find<'a>(&'a self, role: &str, out: &mut Vec<&'a Elem>) {
        if self.role == role {
            out.push(self);
        }
        for k in &self.kids {
            k.find(role, out);
        }
    }
    fn all(&self, role: &str) -> Vec<&Elem> {
        let mut out = Vec::new();
        self.find(role, &mut out);
        out
    }
}

/// Parses `pdfinfo -struct-text`: two spaces of indentation per level; an element line is
/// its type (with ` (block)` or `:` when attribute lines follow); a text is in quotes.
fn parse_struct(out: &str) -> Elem {
    let mut root = Elem {
        role: "(root)".into(),
        ..Elem::default()
    };
    // The path of open elements as indices from the root.
    let mut stack: Vec<(usize, Vec<usize>)> = vec![(0, Vec::new())];
    fn at<'a>(root: &'a mut Elem, path: &[usize]) -> &'a mut Elem {
        path.iter().fold(root, |e, &i| &mut e.kids[i])
    }
    for line in out.lines() {
        let depth = line.len() - line.trim_start().len();
        let body = line.trim();
        if body.is_empty() {
            continue;
        }
        if let Some(text) = body.strip_prefix('"') {
            let text = text.strip_suffix('"').unwrap_or(text);
            // The text belongs to the innermost element above it.
            let path = stack.last().unwrap().1.clone();
            at(&mut root, &path).text.push(text.to_string());
            continue;
        }
        if body.starts_with('/') {
            let path = stack.last().unwrap().1.clone();
            at(&mut root, &path).attrs.push(body.to_string());
            continue;
        }
        // An element at `depth`: close those at the same or a deeper level.
        while stack.len() > 1 && stack.last().unwrap().0 > depth {
            stack.pop();
        }
        let role = body
            .trim_end_matches(':')
            .split_whitespace()
            .next()
            .unwrap_or("")
            .to_string();
        let parent_path = stack.last().unwrap().1.clone();
        let parent = at(&mut root, &parent_path);
        parent.kids.push(Elem {
            role,
            ..Elem::default()
        });
        let mut path = parent_path;
        path.push(parent.kids.len() - 1);
        stack.push((depth + 1, path));
    }
    root
}

fn structure(pdf: &[u8]) -> Elem {
    let root = parse_struct(&poppler("pdfinfo", &["-struct-text"], pdf));
    assert_eq!(root.kids.len(), 1, "one Document element");
    root.kids.into_iter().next().unwrap()
}

/// Words of a text as a reader gets them: a word broken at a line end with a soft hyphen
/// joined again, soft hyphens dropped.
fn words(text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut pending = String::new();
    for w in text.split_whitespace() {
        pending.push_str(w);
        if pending.ends_with('\u{AD}') {
            continue;
        }
        out.push(pending.replace('\u{AD}', ""));
        pending.clear();
    }
    if !pending.is_empty() {
        out.push(pending.replace('\u{AD}', ""));
    }
    out
}

/// The structure of every document of [`render_all`], read once: `pdfinfo -struct-text`
/// takes about half a second a document, so on every core.
fn structures() -> &'static [Elem] {
    static ALL: std::sync::OnceLock<Vec<Elem>> = std::sync::OnceLock::new();
    ALL.get_or_init(|| par_map(render_all(), |(_, pdf)| structure(pdf)))
}

/// Every word of the pages (`pdftotext -raw`, in the order drawn, footers left out) is in the
/// structure in the same order, except the words of repeated table headers and a date's
/// dots; and every word of the structure is on a page.
#[test]
fn every_text_is_in_the_structure_in_reading_order() {
    let docs = render_all();
    assert!(docs.len() >= 30, "{} documents", docs.len());
    let failures: Vec<String> = docs
        .iter()
        .zip(structures())
        .filter_map(|((name, pdf), doc)| reading_order(name, pdf, doc))
        .collect();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// No page ends with a heading: a section heading, a group's label or a table's caption
/// goes to the next page with what it heads.
#[test]
fn no_page_ends_with_a_heading() {
    let mut failures = Vec::new();
    for ((name, pdf), doc) in render_all().iter().zip(structures()) {
        // Headings whose words are also an answer or option ("Annan service") cannot be
        // told apart by their text: left out.
        let others: Vec<String> = ["P", "LBody", "TD", "TH"]
            .iter()
            .flat_map(|r| doc.all(r))
            .map(|e| e.joined())
            .collect();
        let headings: Vec<String> = doc
            .all("H2")
            .iter()
            .map(|h| h.joined())
            .filter(|h| !others.contains(h))
            .collect();
        let form_id = arvio_forms::builtin_ids()
            .find(|id| name.contains(id))
            .expect("a form id in the name");
        let footer = format!("{form_id} · ");
        let text = raw_text(pdf);
        let pages: Vec<&str> = text
            .split('\u{c}')
            .filter(|p| !p.trim().is_empty())
            .collect();
        for (i, page) in pages.iter().enumerate().take(pages.len().saturating_sub(1)) {
            let last = page
                .lines()
                .rev()
                .map(str::trim)
                .find(|l| !l.is_empty() && !l.starts_with(&footer))
                .unwrap_or("");
            if headings.iter().any(|h| h == last) {
                failures.push(format!("{name}: page {} ends with {last:?}", i + 1));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// What is wrong with one document's reading order, if anything.
fn reading_order(name: &str, pdf: &[u8], doc: &Elem) -> Option<String> {
    let tagged = words(&doc.joined());
    let form_id = arvio_forms::builtin_ids()
        .find(|id| name.contains(id))
        .expect("a form id in the name");
    let page = words(&body_text(pdf, form_id));
    let headers: Vec<String> = doc
        .all("TH")
        .iter()
        .flat_map(|th| words(&th.joined()))
        .collect();
    let mut j = 0;
    let mut skipped = Vec::new();
    for w in &page {
        if j < tagged.len() && tagged[j] == *w {
            j += 1;
        } else {
            skipped.push(w.clone());
        }
    }
    if j < tagged.len() {
        return Some(format!(
            "{name}: structure word {j} {:?} not found on the page in order (around {:?})",
            tagged[j],
            &tagged[j.saturating_sub(3)..(j + 3).min(tagged.len())]
        ));
    }
    let untagged: Vec<&String> = skipped
        .iter()
        .filter(|w| w.as_str() != "." && !headers.contains(w))
        .collect();
    (!untagged.is_empty()).then(|| {
        format!(
            "{name}: words on the page outside the structure: {:?}",
            &untagged[..untagged.len().min(10)]
        )
    })
}

/// The summary of the Finnish family self-assessment: the title is the one `H1`, each
/// section of the summary is a `Sect` that starts with its `H2`, the score table has a
/// header row of column `TH`s over rows of `TD`s, the information box's labels head their
/// rows, and the chart is a `Figure` after the score table.
#[test]
fn headings_and_tables_of_a_summary() {
    let form = builtin("family-self-assessment").unwrap();
    let texts = Localizer::new(&["fi"]);
    let response = read_response(&root().join("examples/responses/family-self-assessment-fi.json"));
    let pdf = summary_copy(&form, &response, &texts, CopyFor::Worker).bytes;
    let doc = structure(&pdf);
    assert_eq!(doc.role, "Document");

    let h1: Vec<String> = doc.all("H1").iter().map(|h| h.joined()).collect();
    assert_eq!(h1, ["Perheen oma arvio arjesta ja tavoitteista"]);

    let sects = doc.all("Sect");
    let titles: Vec<String> = sects
        .iter()
        .map(|s| {
            assert_eq!(s.kids[0].role, "H2", "a section starts with its heading");
            s.kids[0].joined()
        })
        .collect();
    assert_eq!(
        titles,
        [
            "Perustiedot",
            "Arjen rutiinit",
            "Vanhemmuus ja yhdessäolo lasten kanssa",
            "Vanhempien parisuhde",
            "Vanhempien jaksaminen ja terveys",
            "Lasten hyvinvointi",
            "Tukiverkosto",
            "Talous ja asuminen",
            "Turvallisuus",
            "Lapsen tai nuoren oma osa",
            "Tavoitteemme",
            "Yhteinen työskentely",
            "Pisteet",
            "Allekirjoitukset",
        ]
    );
    assert_eq!(
        doc.all("H2").len(),
        titles.len(),
        "every H2 opens a section"
    );

    let tables = doc.all("Table");
    for t in &tables {
        assert!(t.kids.iter().all(|r| r.role == "TR"), "a table holds rows");
    }
    // The information box: label and value, the label a row header.
    let info = tables[0];
    assert_eq!(info.kids[0].kids[0].role, "TH");
    assert_eq!(info.kids[0].kids[0].attrs, ["/Scope /Row"]);
    assert_eq!(info.kids[0].kids[0].joined(), "Arvioinnin tekijän nimi");
    assert_eq!(info.kids[0].kids[1].role, "TD");
    assert_eq!(info.kids[0].kids[1].joined(), "Liisa Esimerkki");

    // The score table: a header row of column headers, then one row per score.
    let scores = sects
        .iter()
        .find(|s| s.kids[0].joined() == "Pisteet")
        .expect("the scores section");
    let table = scores.all("Table")[0];
    let head = &table.kids[0];
    assert!(head.kids.iter().all(|c| c.role == "TH"));
    assert!(head.kids.iter().all(|c| c.attrs == ["/Scope /Column"]));
    assert_eq!(head.kids.len(), table.kids[1].kids.len());
    assert!(
        table.kids[1..]
            .iter()
            .all(|r| r.kids.iter().all(|c| c.role == "TD"))
    );
    assert_eq!(
        table.kids[1].kids[0].joined(),
        "Arjen rutiinit",
        "the first score row"
    );
    let figures = scores.all("Figure");
    assert_eq!(figures.len(), 1, "the chart");
}

/// A blank form: the number and label of a question read as one paragraph, each option of
/// a choice is a list item, a scale's points are a list, and a group's table has a header
/// cell per column (the first, over the row numbers, empty) over rows to write in.
#[test]
fn questions_options_and_group_tables_of_a_blank_form() {
    let form = builtin("caregiver-support").unwrap();
    let texts = Localizer::new(&["sv"]);
    let pdf = renderer()
        .render_pdf(&RenderContext::blank(&form, &texts))
        .unwrap()
        .bytes;
    let doc = structure(&pdf);
    let sect = &doc.all("Sect")[0];
    assert_eq!(sect.kids[0].role, "H2");
    assert_eq!(sect.kids[0].joined(), "Grunduppgifter");
    let paragraphs: Vec<String> = sect.all("P").iter().map(|p| p.joined()).collect();
    assert!(
        paragraphs.contains(&"2. Vem fyllde i blanketten?".to_string()),
        "{paragraphs:?}"
    );
    let list = sect.all("L")[0];
    let options: Vec<String> = list
        .kids
        .iter()
        .map(|li| {
            assert_eq!(li.role, "LI");
            assert_eq!(li.kids[0].role, "LBody");
            li.joined()
        })
        .collect();
    assert_eq!(
        options,
        [
            "Familjen själv",
            "Familjen tillsammans med en arbetstagare",
            "Arbetstagaren under intervjun"
        ]
    );
    let table = sect.all("Table")[0];
    let head = &table.kids[0];
    assert_eq!(head.kids[0].role, "TH");
    assert!(head.kids[0].text.is_empty(), "over the row numbers");
    let columns: Vec<String> = head.kids[1..].iter().map(|c| c.joined()).collect();
    assert_eq!(columns[0], "Förhållande till barnet");
    let rows = &table.kids[1..];
    assert!(rows.len() >= 3);
    for (i, r) in rows.iter().enumerate() {
        assert_eq!(r.kids.len(), head.kids.len(), "a cell per column");
        assert_eq!(r.kids[0].joined(), (i + 1).to_string());
        assert!(
            r.kids[1..]
                .iter()
                .all(|c| c.role == "TD" && c.text.is_empty())
        );
    }
    // A scale: its points are list items labelled with their numbers.
    let family = builtin("family-self-assessment").unwrap();
    let fi = Localizer::new(&["fi"]);
    let pdf = renderer()
        .render_pdf(&RenderContext::blank(&family, &fi))
        .unwrap()
        .bytes;
    let doc = structure(&pdf);
    let scale = doc
        .all("L")
        .into_iter()
        .find(|l| {
            l.kids
                .iter()
                .all(|li| li.kids.first().is_some_and(|k| k.role == "Lbl"))
        })
        .expect("a scale");
    let points: Vec<String> = scale.kids.iter().map(|li| li.joined()).collect();
    assert_eq!(points, ["1", "2", "3", "4", "5"]);
}

/// A word without the punctuation around it.
fn bare(w: &str) -> &str {
    w.trim_matches(|c: char| matches!(c, '.' | ',' | ':' | ';' | '(' | ')'))
}

fn dict<'a>(doc: &'a Document, o: &'a Object) -> &'a lopdf::Dictionary {
    match o {
        Object::Reference(id) => doc.get_dictionary(*id).unwrap(),
        Object::Dictionary(d) => d,
        _ => panic!("not a dictionary: {o:?}"),
    }
}

/// The catalog marks the document as tagged, gives its language and asks viewers to show its
/// title; each page's marked content is bracketed (no text outside a marked sequence), and
/// every marked-content id maps through the parent tree to the element whose `/K` holds it;
/// a chart's figure carries its figures in words, every one of them printed on the page.
#[test]
fn marked_content_and_the_parent_tree_agree() {
    for (name, pdf) in render_all() {
        let doc = Document::load_mem(pdf).unwrap();
        let catalog = doc.catalog().unwrap();
        let mark_info = dict(&doc, catalog.get(b"MarkInfo").unwrap());
        assert!(
            mark_info.get(b"Marked").unwrap().as_bool().unwrap(),
            "{name}"
        );
        let prefs = dict(&doc, catalog.get(b"ViewerPreferences").unwrap());
        assert!(prefs.get(b"DisplayDocTitle").unwrap().as_bool().unwrap());
        let lang = catalog.get(b"Lang").unwrap().as_str().unwrap();
        assert!([b"fi".as_slice(), b"sv", b"en"].contains(&lang), "{name}");

        let root = dict(&doc, catalog.get(b"StructTreeRoot").unwrap());
        let parent_tree = dict(&doc, root.get(b"ParentTree").unwrap());
        let nums = parent_tree.get(b"Nums").unwrap().as_array().unwrap();
        let mut parents: BTreeMap<i64, Vec<Object>> = BTreeMap::new();
        for pair in nums.chunks(2) {
            let key = pair[0].as_i64().unwrap();
            let arr = match &pair[1] {
                Object::Reference(id) => doc.get_object(*id).unwrap().as_array().unwrap().clone(),
                Object::Array(a) => a.clone(),
                o => panic!("{name}: parent tree value {o:?}"),
            };
            parents.insert(key, arr);
        }
        let pages = doc.get_pages();
        assert_eq!(
            root.get(b"ParentTreeNextKey").unwrap().as_i64().unwrap(),
            pages.len() as i64
        );
        for (&number, &page_id) in &pages {
            let page = doc.get_dictionary(page_id).unwrap();
            let key = page.get(b"StructParents").unwrap().as_i64().unwrap();
            let elems = parents
                .get(&key)
                .unwrap_or_else(|| panic!("{name}: page {number}"));
            let content = Content::decode(&doc.get_page_content(page_id)).unwrap();
            let mut depth = 0usize;
            let mut mcids = Vec::new();
            for op in &content.operations {
                match op.operator.as_str() {
                    "BMC" => depth += 1,
                    "BDC" => {
                        depth += 1;
                        if let Some(Object::Dictionary(props)) = op.operands.get(1)
                            && let Ok(id) = props.get(b"MCID")
                        {
                            mcids.push(id.as_i64().unwrap());
                        }
                    }
                    "EMC" => depth -= 1,
                    "Tj" | "TJ" | "'" | "\"" => {
                        assert!(
                            depth > 0,
                            "{name} page {number}: text outside marked content"
                        )
                    }
                    _ => {}
                }
            }
            assert_eq!(depth, 0, "{name} page {number}: balanced");
            let expected: Vec<i64> = (0..mcids.len() as i64).collect();
            assert_eq!(mcids, expected, "{name} page {number}: ids 0, 1, 2, …");
            assert_eq!(elems.len(), mcids.len(), "{name} page {number}");
            for (mcid, elem) in elems.iter().enumerate() {
                let id: ObjectId = elem.as_reference().unwrap();
                let e = doc.get_dictionary(id).unwrap();
                let pg = e.get(b"Pg").ok().and_then(|p| p.as_reference().ok());
                let kids = e.get(b"K").unwrap().as_array().unwrap();
                let holds = kids.iter().any(|k| match k {
                    Object::Integer(i) => *i == mcid as i64 && pg == Some(page_id),
                    Object::Dictionary(mcr) => {
                        mcr.get(b"MCID").unwrap().as_i64().unwrap() == mcid as i64
                            && mcr.get(b"Pg").unwrap().as_reference().unwrap() == page_id
                    }
                    _ => false,
                });
                assert!(holds, "{name} page {number}: id {mcid} not in its element");
            }
        }
        // A chart's figure has its figures in words, and says nothing that is not printed
        // (so a family's copy tells a screen reader no more than it shows).
        let printed: Vec<String> = words(&raw_text(pdf))
            .iter()
            .map(|w| bare(w).to_string())
            .collect();
        for (_, obj) in doc.objects.iter() {
            if let Object::Dictionary(d) = obj
                && d.get(b"S").and_then(Object::as_name).ok() == Some(b"Figure".as_slice())
            {
                let alt = d.get(b"Alt").expect("a figure has /Alt").as_str().unwrap();
                let alt = String::from_utf16(
                    &alt[2..]
                        .chunks(2)
                        .map(|c| u16::from_be_bytes([c[0], c[1]]))
                        .collect::<Vec<_>>(),
                )
                .unwrap();
                assert!(alt.contains(':') && alt.len() > 40, "{name}: {alt}");
                for w in alt.split_whitespace().map(bare).filter(|w| !w.is_empty()) {
                    assert!(
                        printed.iter().any(|p| p == w),
                        "{name}: the figure's /Alt says {w:?}, which is not on the page"
                    );
                }
            }
        }
    }
}
