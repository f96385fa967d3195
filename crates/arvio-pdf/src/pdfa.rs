//! Document metadata and the PDF/A-2 parts printpdf 0.12 does not write: it runs on the
//! `lopdf` document printpdf builds, before it is compressed and saved.
//!
//! printpdf's own conformance switch (`PdfConformance`) writes a GTS_PDFX output intent with
//! a 650 KB CMYK profile and XMP metadata with a random instance id; this module instead
//! writes, deterministically:
//!
//! - an Info dictionary with Title, Producer and Creator (`arvio`), CreationDate and ModDate;
//! - XMP metadata (dc:title, dc:language, xmp dates, pdf:Producer, pdfaid:part 2 and
//!   conformance A: the document is tagged, see [`crate::tag`]) that matches the Info
//!   dictionary;
//! - an output intent (GTS_PDFA1) whose `/DestOutputProfile` is a small sRGB profile built in
//!   code ([`crate::icc`]);
//! - the catalog's `/Lang`;
//! - `/CIDToGIDMap /Identity` on the embedded CID fonts (printpdf writes glyph ids as CIDs);
//! - a file identifier derived from the content, and the header version 1.7.

use arvio_core::chrono::{Datelike, NaiveDateTime, Timelike};
use lopdf::{Dictionary, Object, Stream, StringFormat};

/// What goes into the metadata.
pub(crate) struct Metadata<'a> {
    pub(crate) title: &'a str,
    pub(crate) language: &'a str,
    pub(crate) created: NaiveDateTime,
}

fn pdf_date(d: NaiveDateTime) -> String {
    format!(
        "D:{:04}{:02}{:02}{:02}{:02}{:02}Z",
        d.year(),
        d.month(),
        d.day(),
        d.hour(),
        d.minute(),
        d.second()
    )
}

fn xmp_date(d: NaiveDateTime) -> String {
    format!(
        "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}Z",
        d.year(),
        d.month(),
        d.day(),
        d.hour(),
        d.minute(),
        d.second()
    )
}

fn xml_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            c if (c as u32) < 0x20 && c != '\t' && c != '\n' => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// A PDF text string: UTF-16BE with a byte-order mark.
pub(crate) fn text_string(s: &str) -> Object {
    let mut bytes = vec![0xFE, 0xFF];
    for u in s.encode_utf16() {
        bytes.extend(u.to_be_bytes());
    }
    Object::String(bytes, StringFormat::Hexadecimal)
}

fn xmp(m: &Metadata<'_>) -> String {
    let date = xmp_date(m.created);
    format!(
        r#"<?xpacket begin="{bom}" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about=""
    xmlns:dc="http://purl.org/dc/elements/1.1/"
    xmlns:xmp="http://ns.adobe.com/xap/1.0/"
    xmlns:pdf="http://ns.adobe.com/pdf/1.3/"
    xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/">
   <dc:format>application/pdf</dc:format>
   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">{title}</rdf:li></rdf:Alt></dc:title>
   <dc:language><rdf:Bag><rdf:li>{lang}</rdf:li></rdf:Bag></dc:language>
   <xmp:CreateDate>{date}</xmp:CreateDate>
   <xmp:ModifyDate>{date}</xmp:ModifyDate>
   <xmp:MetadataDate>{date}</xmp:MetadataDate>
   <xmp:CreatorTool>arvio</xmp:CreatorTool>
   <pdf:Producer>arvio</pdf:Producer>
   <pdfaid:part>2</pdfaid:part>
   <pdfaid:conformance>A</pdfaid:conformance>
  </rdf:Description>
 </rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>"#,
        bom = '\u{FEFF}',
        title = xml_escape(m.title),
        lang = xml_escape(m.language),
    )
}

/// 128-bit FNV-1a over the content streams: a file identifier that changes with the content
/// and not between runs.
fn content_id(doc: &lopdf::Document) -> Vec<u8> {
    let mut h: u128 = 0x6c62_272e_07bb_0142_62b8_2175_6295_c58d;
    for obj in doc.objects.values() {
        if let Object::Stream(s) = obj {
            for b in &s.content {
                h ^= u128::from(*b);
                h = h.wrapping_mul(0x0000_0000_0100_0000_0000_0000_0000_013B);
            }
        }
    }
    h.to_be_bytes().to_vec()
}

/// Adds the metadata and PDF/A parts to the document printpdf built.
pub(crate) fn finish(doc: &mut lopdf::Document, m: &Metadata<'_>) -> Result<(), lopdf::Error> {
    doc.version = "1.7".to_string();

    // CID fonts: glyph ids are written as CIDs.
    for obj in doc.objects.values_mut() {
        if let Object::Dictionary(d) = obj
            && d.get(b"Subtype").and_then(Object::as_name).ok() == Some(b"Type0".as_slice())
            && let Ok(Object::Array(desc)) = d.get_mut(b"DescendantFonts")
        {
            for f in desc.iter_mut() {
                if let Object::Dictionary(fd) = f
                    && fd.get(b"Subtype").and_then(Object::as_name).ok()
                        == Some(b"CIDFontType2".as_slice())
                {
                    fd.set("CIDToGIDMap", Object::Name(b"Identity".to_vec()));
                }
            }
        }
    }

    let date = pdf_date(m.created);
    let info = Dictionary::from_iter(vec![
        ("Title", text_string(m.title)),
        ("Producer", text_string("arvio")),
        ("Creator", text_string("arvio")),
        ("CreationDate", Object::string_literal(date.clone())),
        ("ModDate", Object::string_literal(date)),
    ]);
    let info_id = doc.add_object(Object::Dictionary(info));
    let old_info = doc.trailer.get(b"Info").and_then(Object::as_reference).ok();
    doc.trailer.set("Info", Object::Reference(info_id));
    if let Some(id) = old_info {
        doc.objects.remove(&id);
    }

    let mut xmp_stream = Stream::new(
        Dictionary::from_iter(vec![
            ("Type", Object::Name(b"Metadata".to_vec())),
            ("Subtype", Object::Name(b"XML".to_vec())),
        ]),
        xmp(m).into_bytes(),
    );
    // The XMP packet stays uncompressed so that any tool can read it.
    xmp_stream.allows_compression = false;
    let xmp_id = doc.add_object(Object::Stream(xmp_stream));

    let icc = Stream::new(
        Dictionary::from_iter(vec![("N", Object::Integer(3))]),
        crate::icc::srgb_profile(),
    );
    let icc_id = doc.add_object(Object::Stream(icc));
    let intent = Dictionary::from_iter(vec![
        ("Type", Object::Name(b"OutputIntent".to_vec())),
        ("S", Object::Name(b"GTS_PDFA1".to_vec())),
        ("OutputConditionIdentifier", Object::string_literal("sRGB")),
        ("Info", Object::string_literal("sRGB IEC61966-2.1")),
        ("DestOutputProfile", Object::Reference(icc_id)),
    ]);

    let root = doc.trailer.get(b"Root").and_then(Object::as_reference)?;
    let catalog = doc.get_object_mut(root).and_then(Object::as_dict_mut)?;
    catalog.set("Metadata", Object::Reference(xmp_id));
    catalog.set("Lang", Object::string_literal(m.language));
    catalog.set(
        "OutputIntents",
        Object::Array(vec![Object::Dictionary(intent)]),
    );
    catalog.remove(b"PageLayout");

    let id = Object::String(content_id(doc), StringFormat::Hexadecimal);
    doc.trailer.set("ID", Object::Array(vec![id.clone(), id]));
    Ok(())
}
