//! Smaller embedded fonts and their `/CIDSet`: runs on the `lopdf` document printpdf
//! builds, before it is compressed and saved.
//!
//! printpdf's subsetter (allsorts, `SubsetProfile::Pdf`) keeps the TrueType hinting of
//! DejaVu Sans: the `fpgm`, `prep` and `cvt ` tables and the instructions of every glyph,
//! and the whole `name` table with the license text (about 15 KB per face). A PDF viewer
//! draws the outlines without any of it. [`unhint_fonts`] rewrites every `/FontFile2`
//! program so that it keeps only:
//!
//! - the tables PDF 32000-1 (9.9) requires of a TrueType program in a CIDFontType2:
//!   `glyf`, `loca` (rebuilt, short or long format as the glyph data allows), `head`
//!   (`indexToLocFormat` and `checkSumAdjustment` updated), `hhea`, `hmtx` (the advance
//!   widths PDF/A validators compare with `/W`), `maxp` (the instruction limits set to
//!   zero, as fontTools does without hinting);
//! - `cmap`, `post` (cut to version 3, no glyph names) and `OS/2`: a few hundred bytes
//!   that viewers and font parsers outside the PDF path (FreeType's sfnt loader, PDFBox's
//!   fontbox, macOS) look for;
//! - `name` with only its ids 0 to 7 (copyright, family, style, unique id, full name,
//!   version, PostScript name, trademark) in Unicode and Windows records: what fontTools'
//!   subsetter keeps by default, plus the trademark notice that the Bitstream Vera license
//!   asks to keep with the copyright notice. The license text itself (id 13) is left out of
//!   the embedded subset, as fontTools and WeasyPrint do; it ships with the crate
//!   (`assets/fonts/LICENSE`).
//!
//! Every glyph loses its instructions: a simple glyph's `instructionLength` becomes 0, a
//! composite glyph's components lose `WE_HAVE_INSTRUCTIONS` and the bytes after the last
//! component. Glyph ids, outlines and advance widths stay as they are (the content streams
//! address glyphs by id through `/CIDToGIDMap /Identity`). Table checksums and the `head`
//! checksum adjustment are recomputed, and tables stay 4-byte aligned. A program that
//! cannot be read completely (not TrueType, a bound out of range, a table missing) is left
//! as it was: nothing here panics on a malformed font.
//!
//! [`add_cid_sets`] then writes a `/CIDSet` on the descriptor of every CIDFontType2 with the
//! identity CID-to-glyph map: one bit per CID, high bit first, set for every glyph id of the
//! font program (`0 ..` maxp `numGlyphs`). printpdf's subsets are compact (glyph *n* of the
//! subset is the *n*-th glyph used), so every glyph id is a glyph of the subset, an empty
//! one (the space) included; that is also how veraPDF checks the set (every CID below the
//! font's glyph count, PDF/A-2 6.2.11.4.2).

use lopdf::{Dictionary, Document, Object, ObjectId, Stream};
use std::collections::BTreeSet;

/// The tables kept in an embedded TrueType program (see the module documentation).
const KEEP: [&[u8; 4]; 10] = [
    b"OS/2", b"cmap", b"glyf", b"head", b"hhea", b"hmtx", b"loca", b"maxp", b"name", b"post",
];

/// The largest font program this module reads (decompressed).
const MAX_FONT: usize = 16 << 20;

/// Composite glyph flag: the offsets are 16-bit (else 8-bit).
const ARG_1_AND_2_ARE_WORDS: u16 = 0x0001;
/// Composite glyph flag: one scale follows the offsets.
const WE_HAVE_A_SCALE: u16 = 0x0008;
/// Composite glyph flag: another component follows.
const MORE_COMPONENTS: u16 = 0x0020;
/// Composite glyph flag: an x and a y scale follow the offsets.
const WE_HAVE_AN_X_AND_Y_SCALE: u16 = 0x0040;
/// Composite glyph flag: a 2×2 matrix follows the offsets.
const WE_HAVE_A_TWO_BY_TWO: u16 = 0x0080;
/// Composite glyph flag: instructions follow the last component.
const WE_HAVE_INSTRUCTIONS: u16 = 0x0100;

fn u16_at(b: &[u8], at: usize) -> Option<u16> {
    let s = b.get(at..at.checked_add(2)?)?;
    Some(u16::from_be_bytes([s[0], s[1]]))
}

fn u32_at(b: &[u8], at: usize) -> Option<u32> {
    let s = b.get(at..at.checked_add(4)?)?;
    Some(u32::from_be_bytes([s[0], s[1], s[2], s[3]]))
}

fn put_u16(b: &mut [u8], at: usize, v: u16) -> Option<()> {
    b.get_mut(at..at.checked_add(2)?)?
        .copy_from_slice(&v.to_be_bytes());
    Some(())
}

fn put_u32(b: &mut [u8], at: usize, v: u32) -> Option<()> {
    b.get_mut(at..at.checked_add(4)?)?
        .copy_from_slice(&v.to_be_bytes());
    Some(())
}

/// The OpenType checksum: the sum of big-endian u32 words, the tail padded with zeros.
fn checksum(data: &[u8]) -> u32 {
    data.chunks(4).fold(0u32, |sum, c| {
        let mut w = [0u8; 4];
        w[..c.len()].copy_from_slice(c);
        sum.wrapping_add(u32::from_be_bytes(w))
    })
}

/// The tables of an sfnt (TrueType outlines only), as tag and bytes.
fn tables(font: &[u8]) -> Option<Vec<([u8; 4], &[u8])>> {
    let version = u32_at(font, 0)?;
    // 1.0 and Apple's 'true'; not 'OTTO' (CFF outlines) nor 'ttcf' (a collection).
    if version != 0x0001_0000 && version != u32::from_be_bytes(*b"true") {
        return None;
    }
    let count = usize::from(u16_at(font, 4)?);
    let mut out = Vec::with_capacity(count);
    for i in 0..count {
        let rec = 12 + 16 * i;
        let tag: [u8; 4] = font.get(rec..rec + 4)?.try_into().ok()?;
        let offset = usize::try_from(u32_at(font, rec + 8)?).ok()?;
        let length = usize::try_from(u32_at(font, rec + 12)?).ok()?;
        let data = font.get(offset..offset.checked_add(length)?)?;
        if out.iter().any(|(t, _)| *t == tag) {
            return None;
        }
        out.push((tag, data));
    }
    Some(out)
}

fn table<'a>(tables: &[([u8; 4], &'a [u8])], tag: &[u8; 4]) -> Option<&'a [u8]> {
    tables.iter().find(|(t, _)| t == tag).map(|(_, d)| *d)
}

/// The number of glyphs of a TrueType program (maxp `numGlyphs`).
pub(crate) fn glyph_count(font: &[u8]) -> Option<u16> {
    u16_at(table(&tables(font)?, b"maxp")?, 4)
}

/// The glyph's data without instructions, appended to `out`.
fn strip_glyph(g: &[u8], out: &mut Vec<u8>) -> Option<()> {
    if g.is_empty() {
        return Some(());
    }
    let contours = u16_at(g, 0)? as i16;
    if contours >= 0 {
        let contours = usize::from(contours.unsigned_abs());
        let ends = 10 + 2 * contours;
        let points = if contours == 0 {
            0
        } else {
            usize::from(u16_at(g, ends - 2)?) + 1
        };
        let instructions = usize::from(u16_at(g, ends)?);
        let flags = ends + 2 + instructions;
        // Walk the flags to find where the coordinates end.
        let (mut at, mut seen, mut xs, mut ys) = (flags, 0usize, 0usize, 0usize);
        while seen < points {
            let f = *g.get(at)?;
            at += 1;
            let mut n = 1;
            if f & 0x08 != 0 {
                n += usize::from(*g.get(at)?);
                at += 1;
            }
            let x = if f & 0x02 != 0 {
                1
            } else if f & 0x10 != 0 {
                0
            } else {
                2
            };
            let y = if f & 0x04 != 0 {
                1
            } else if f & 0x20 != 0 {
                0
            } else {
                2
            };
            xs += x * n;
            ys += y * n;
            seen += n;
        }
        if seen != points {
            return None;
        }
        let end = at + xs + ys;
        if end > g.len() {
            return None;
        }
        out.extend_from_slice(g.get(..ends)?);
        out.extend_from_slice(&[0, 0]);
        out.extend_from_slice(g.get(flags..end)?);
    } else {
        let start = out.len();
        let mut at = 10;
        let mut components = Vec::new();
        loop {
            let flags = u16_at(g, at)?;
            let mut size = 4 + if flags & ARG_1_AND_2_ARE_WORDS != 0 {
                4
            } else {
                2
            };
            size += if flags & WE_HAVE_A_SCALE != 0 {
                2
            } else if flags & WE_HAVE_AN_X_AND_Y_SCALE != 0 {
                4
            } else if flags & WE_HAVE_A_TWO_BY_TWO != 0 {
                8
            } else {
                0
            };
            if at + size > g.len() {
                return None;
            }
            components.push((at, flags));
            at += size;
            if flags & MORE_COMPONENTS == 0 {
                break;
            }
        }
        out.extend_from_slice(g.get(..at)?);
        for (c, flags) in components {
            put_u16(out, start + c, flags & !WE_HAVE_INSTRUCTIONS)?;
        }
    }
    Some(())
}

/// `glyf` without instructions and its `loca`: (glyf, loca, long format).
fn strip_glyf(
    glyf: &[u8],
    loca: &[u8],
    long: bool,
    glyphs: usize,
) -> Option<(Vec<u8>, Vec<u8>, bool)> {
    let offset = |i: usize| -> Option<usize> {
        if long {
            usize::try_from(u32_at(loca, 4 * i)?).ok()
        } else {
            Some(usize::from(u16_at(loca, 2 * i)?) * 2)
        }
    };
    let mut out = Vec::with_capacity(glyf.len());
    let mut offsets = Vec::with_capacity(glyphs + 1);
    let mut from = offset(0)?;
    for i in 0..glyphs {
        let to = offset(i + 1)?;
        offsets.push(out.len());
        strip_glyph(glyf.get(from..to)?, &mut out)?;
        // 4-byte aligned glyphs, as the OpenType spec recommends.
        out.resize(out.len().next_multiple_of(4), 0);
        from = to;
    }
    offsets.push(out.len());
    let short = out.len() / 2 <= usize::from(u16::MAX);
    let mut new_loca = Vec::with_capacity(offsets.len() * if short { 2 } else { 4 });
    for o in offsets {
        if short {
            new_loca.extend_from_slice(&u16::try_from(o / 2).ok()?.to_be_bytes());
        } else {
            new_loca.extend_from_slice(&u32::try_from(o).ok()?.to_be_bytes());
        }
    }
    Some((out, new_loca, !short))
}

/// `name` with only ids 0 to 7, Unicode and Windows records (any platform's when there are
/// none of those), as format 0.
fn shrink_name(name: &[u8]) -> Option<Vec<u8>> {
    let count = usize::from(u16_at(name, 2)?);
    let storage = usize::from(u16_at(name, 4)?);
    let mut records = Vec::new();
    for i in 0..count {
        let r = 6 + 12 * i;
        let rec: [u16; 6] = [
            u16_at(name, r)?,
            u16_at(name, r + 2)?,
            u16_at(name, r + 4)?,
            u16_at(name, r + 6)?,
            u16_at(name, r + 8)?,
            u16_at(name, r + 10)?,
        ];
        let [_, _, language, id, len, off] = rec;
        // Language ids from 0x8000 refer to format 1's language tags: not kept.
        if id <= 7 && language < 0x8000 {
            let at = storage + usize::from(off);
            records.push((rec, name.get(at..at + usize::from(len))?));
        }
    }
    if records.iter().any(|(r, _)| r[0] == 0 || r[0] == 3) {
        records.retain(|(r, _)| r[0] == 0 || r[0] == 3);
    }
    let n = u16::try_from(records.len()).ok()?;
    let header = 6 + 12 * records.len();
    let mut out = Vec::new();
    out.extend_from_slice(&0u16.to_be_bytes());
    out.extend_from_slice(&n.to_be_bytes());
    out.extend_from_slice(&u16::try_from(header).ok()?.to_be_bytes());
    let mut strings: Vec<u8> = Vec::new();
    for (rec, s) in &records {
        let off = u16::try_from(strings.len()).ok()?;
        for v in &rec[..5] {
            out.extend_from_slice(&v.to_be_bytes());
        }
        out.extend_from_slice(&off.to_be_bytes());
        strings.extend_from_slice(s);
    }
    out.extend_from_slice(&strings);
    Some(out)
}

/// The TrueType program without hinting and without the tables a PDF does not use, or
/// `None` when it cannot be read completely (then it is to be left as it is).
pub(crate) fn unhint(font: &[u8]) -> Option<Vec<u8>> {
    let tables = tables(font)?;
    let head = table(&tables, b"head")?;
    let maxp = table(&tables, b"maxp")?;
    let glyf = table(&tables, b"glyf")?;
    let loca = table(&tables, b"loca")?;
    table(&tables, b"hhea")?;
    table(&tables, b"hmtx")?;
    if head.len() < 54 || maxp.len() < 6 {
        return None;
    }
    let glyphs = usize::from(u16_at(maxp, 4)?);
    let long = u16_at(head, 50)? != 0;
    let (glyf, loca, long) = strip_glyf(glyf, loca, long, glyphs)?;

    let mut head = head.to_vec();
    put_u32(&mut head, 8, 0)?;
    put_u16(&mut head, 50, u16::from(long))?;
    let mut maxp = maxp.to_vec();
    if u32_at(&maxp, 0)? == 0x0001_0000 && maxp.len() >= 28 {
        // maxZones 1; no twilight points, storage, functions, instruction definitions,
        // stack or instructions.
        put_u16(&mut maxp, 14, 1)?;
        for at in (16..=26).step_by(2) {
            put_u16(&mut maxp, at, 0)?;
        }
    }

    let mut out_tables: Vec<([u8; 4], Vec<u8>)> = Vec::new();
    for (tag, data) in &tables {
        if !KEEP.contains(&tag) {
            continue;
        }
        let data = match tag {
            b"glyf" => glyf.clone(),
            b"loca" => loca.clone(),
            b"head" => head.clone(),
            b"maxp" => maxp.clone(),
            b"name" => shrink_name(data)?,
            b"post" if data.len() > 32 && u32_at(data, 0)? == 0x0002_0000 => {
                let mut post = data.get(..32)?.to_vec();
                put_u32(&mut post, 0, 0x0003_0000)?;
                post
            }
            _ => data.to_vec(),
        };
        out_tables.push((*tag, data));
    }
    out_tables.sort_by_key(|t| t.0);

    let n = out_tables.len();
    let selector = n.checked_ilog2()?;
    let range = 16usize << selector;
    let mut out = Vec::new();
    out.extend_from_slice(font.get(..4)?);
    for v in [n, range, selector as usize, n * 16 - range] {
        out.extend_from_slice(&u16::try_from(v).ok()?.to_be_bytes());
    }
    let mut offset = 12 + 16 * n;
    let mut head_at = None;
    for (tag, data) in &out_tables {
        if tag == b"head" {
            head_at = Some(offset);
        }
        out.extend_from_slice(tag);
        out.extend_from_slice(&checksum(data).to_be_bytes());
        out.extend_from_slice(&u32::try_from(offset).ok()?.to_be_bytes());
        out.extend_from_slice(&u32::try_from(data.len()).ok()?.to_be_bytes());
        offset += data.len().next_multiple_of(4);
    }
    for (_, data) in &out_tables {
        out.extend_from_slice(data);
        out.resize(out.len().next_multiple_of(4), 0);
    }
    let adjust = 0xB1B0_AFBA_u32.wrapping_sub(checksum(&out));
    put_u32(&mut out, head_at? + 8, adjust)?;
    Some(out)
}

/// The `/FontFile2` streams of the document's font descriptors.
fn font_files(doc: &Document) -> BTreeSet<ObjectId> {
    doc.objects
        .values()
        .filter_map(|o| o.as_dict().ok())
        .filter(|d| d.get(b"Type").and_then(Object::as_name).ok() == Some(b"FontDescriptor"))
        .filter_map(|d| d.get(b"FontFile2").and_then(Object::as_reference).ok())
        .collect()
}

/// The decoded content of a stream object.
fn program(doc: &Document, id: ObjectId) -> Option<Vec<u8>> {
    let s = doc.get_object(id).ok()?.as_stream().ok()?;
    s.get_plain_content_with_limit(MAX_FONT).ok()
}

/// Rewrites every embedded TrueType program (`/FontFile2`) without hinting (see the module
/// documentation), leaving uncompressed what it rewrites so that the document's
/// compression compresses it, with `/Length1` its new length. A program it cannot read is
/// left as it is.
pub(crate) fn unhint_fonts(doc: &mut Document) {
    for id in font_files(doc) {
        let Some(old) = program(doc, id) else {
            continue;
        };
        let Some(new) = unhint(&old) else { continue };
        if new.len() >= old.len() {
            continue;
        }
        if let Ok(Object::Stream(s)) = doc.get_object_mut(id) {
            let len = new.len() as i64;
            s.set_plain_content(new);
            s.dict.set("Length1", len);
            s.allows_compression = true;
        }
    }
}

/// A CIDFontType2 dictionary's descriptor, when its CIDs are glyph ids (`/CIDToGIDMap`
/// `/Identity` or absent).
fn identity_descriptor(d: &Dictionary) -> Option<ObjectId> {
    if d.get(b"Subtype").and_then(Object::as_name).ok() != Some(b"CIDFontType2") {
        return None;
    }
    match d.get(b"CIDToGIDMap") {
        Err(_) => {}
        Ok(Object::Name(n)) if n == b"Identity" => {}
        Ok(_) => return None,
    }
    d.get(b"FontDescriptor").and_then(Object::as_reference).ok()
}

/// The CIDSet of a font with `glyphs` glyphs: bits `0 .. glyphs` set, high bit first.
fn cid_set(glyphs: u16) -> Vec<u8> {
    let glyphs = usize::from(glyphs);
    let mut bits = vec![0u8; glyphs.div_ceil(8)];
    for cid in 0..glyphs {
        bits[cid / 8] |= 0x80 >> (cid % 8);
    }
    bits
}

/// Writes a `/CIDSet` on the descriptor of every CIDFontType2 with identity CIDs whose
/// `/FontFile2` can be read: every glyph id of the program (see the module documentation).
pub(crate) fn add_cid_sets(doc: &mut Document) {
    let mut descriptors = BTreeSet::new();
    for o in doc.objects.values() {
        let Ok(d) = o.as_dict() else { continue };
        descriptors.extend(identity_descriptor(d));
        // printpdf writes the descendant font inline in the Type0 font.
        if let Ok(Object::Array(fonts)) = d.get(b"DescendantFonts") {
            for f in fonts {
                if let Object::Dictionary(fd) = f {
                    descriptors.extend(identity_descriptor(fd));
                }
            }
        }
    }
    for desc in descriptors {
        let Some(file) = doc
            .get_dictionary(desc)
            .ok()
            .and_then(|d| d.get(b"FontFile2").and_then(Object::as_reference).ok())
        else {
            continue;
        };
        let Some(glyphs) = program(doc, file).and_then(|p| glyph_count(&p)) else {
            continue;
        };
        let set = doc.add_object(Stream::new(Dictionary::new(), cid_set(glyphs)));
        if let Ok(d) = doc.get_dictionary_mut(desc) {
            d.set("CIDSet", Object::Reference(set));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fonts::{BOLD_TTF, REGULAR_TTF};
    use allsorts::binary::read::ReadScope;
    use allsorts::font_data::FontData;
    use allsorts::tables::glyf::{CompositeGlyphFlag, GlyfRecord, GlyfTable, Glyph};
    use allsorts::tables::loca::LocaTable;
    use allsorts::tables::{FontTableProvider, HeadTable, HheaTable, HmtxTable, MaxpTable};
    use allsorts::tag;
    use proptest::prelude::*;
    use std::collections::BTreeMap;

    /// A font read back with allsorts: its table tags, glyphs and advance widths.
    struct Read {
        tags: Vec<[u8; 4]>,
        glyphs: Vec<Glyph>,
        advances: Vec<u16>,
    }

    fn read(font: &[u8]) -> Read {
        let data = ReadScope::new(font).read::<FontData<'_>>().unwrap();
        let p = data.table_provider(0).unwrap();
        let table = |t| p.read_table_data(t).unwrap().into_owned();
        let head = ReadScope::new(&table(tag::HEAD))
            .read::<HeadTable>()
            .unwrap();
        let maxp = ReadScope::new(&table(tag::MAXP))
            .read::<MaxpTable>()
            .unwrap();
        let hhea = ReadScope::new(&table(tag::HHEA))
            .read::<HheaTable>()
            .unwrap();
        let n = usize::from(maxp.num_glyphs);
        let hmtx_data = table(tag::HMTX);
        let hmtx = ReadScope::new(&hmtx_data)
            .read_dep::<HmtxTable<'_>>((n, usize::from(hhea.num_h_metrics)))
            .unwrap();
        let loca_data = table(tag::LOCA);
        let loca = ReadScope::new(&loca_data)
            .read_dep::<LocaTable<'_>>((maxp.num_glyphs, head.index_to_loc_format))
            .unwrap();
        let glyf_data = table(tag::GLYF);
        let mut glyf = ReadScope::new(&glyf_data)
            .read_dep::<GlyfTable<'_>>(&loca)
            .unwrap();
        let glyphs = glyf
            .records_mut()
            .iter_mut()
            .map(|r| {
                r.parse().unwrap();
                match r {
                    GlyfRecord::Parsed(g) => g.clone(),
                    GlyfRecord::Present { .. } => unreachable!(),
                }
            })
            .collect::<Vec<_>>();
        assert_eq!(glyphs.len(), n);
        let advances = (0..maxp.num_glyphs)
            .map(|g| hmtx.horizontal_advance(g).unwrap())
            .collect();
        let tags = tables(font).unwrap().iter().map(|(t, _)| *t).collect();
        Read {
            tags,
            glyphs,
            advances,
        }
    }

    /// The glyph as it is without hinting.
    fn without_instructions(g: &Glyph) -> Glyph {
        let mut g = g.clone();
        match &mut g {
            Glyph::Simple(s) => s.instructions = Box::new([]),
            Glyph::Composite(c) => {
                c.instructions = Box::new([]);
                for part in &mut c.glyphs {
                    part.flags.remove(CompositeGlyphFlag::WE_HAVE_INSTRUCTIONS);
                }
            }
            Glyph::Empty(_) => {}
        }
        g
    }

    fn has_instructions(g: &Glyph) -> bool {
        match g {
            Glyph::Simple(s) => !s.instructions.is_empty(),
            Glyph::Composite(c) => {
                !c.instructions.is_empty()
                    || c.glyphs
                        .iter()
                        .any(|p| p.flags.contains(CompositeGlyphFlag::WE_HAVE_INSTRUCTIONS))
            }
            Glyph::Empty(_) => false,
        }
    }

    /// Unhints `font` and checks the result against it; returns the new font.
    fn check(font: &[u8]) -> Vec<u8> {
        let new = unhint(font).expect("the font is rewritten");
        let (before, after) = (read(font), read(&new));
        assert!(
            before.glyphs.iter().any(has_instructions),
            "the input is hinted"
        );
        for t in [
            b"fpgm", b"prep", b"cvt ", b"gasp", b"GPOS", b"GSUB", b"kern",
        ] {
            assert!(
                !after.tags.contains(t),
                "{} left",
                String::from_utf8_lossy(t)
            );
        }
        for t in [b"glyf", b"head", b"hhea", b"hmtx", b"loca", b"maxp"] {
            assert!(
                after.tags.contains(t),
                "{} missing",
                String::from_utf8_lossy(t)
            );
        }
        assert_eq!(before.glyphs.len(), after.glyphs.len(), "same glyph count");
        assert_eq!(before.advances, after.advances, "same advance widths");
        assert!(
            !after.glyphs.iter().any(has_instructions),
            "no instructions"
        );
        for (i, (b, a)) in before.glyphs.iter().zip(&after.glyphs).enumerate() {
            assert_eq!(&without_instructions(b), a, "glyph {i}: same outline");
        }
        // Table checksums and the head checksum adjustment.
        for (tag, data) in tables(&new).unwrap() {
            let rec = 12
                + 16 * tables(&new)
                    .unwrap()
                    .iter()
                    .position(|(t, _)| *t == tag)
                    .unwrap();
            let stored = u32_at(&new, rec + 4).unwrap();
            let mut data = data.to_vec();
            if &tag == b"head" {
                put_u32(&mut data, 8, 0).unwrap();
            }
            assert_eq!(
                stored,
                checksum(&data),
                "{} checksum",
                String::from_utf8_lossy(&tag)
            );
        }
        assert_eq!(checksum(&new), 0xB1B0_AFBA, "checkSumAdjustment");
        assert_eq!(new.len() % 4, 0);
        assert!(new.len() < font.len());
        new
    }

    /// A subset made by printpdf's subsetter (as in every PDF), of Finnish, Swedish and
    /// Sámi letters, digits and punctuation.
    fn printpdf_subset(ttf: &[u8]) -> Vec<u8> {
        let mut warnings = Vec::new();
        let font = printpdf::ParsedFont::from_bytes(ttf, 0, &mut warnings).unwrap();
        let text = "Hyvää päivää! Åsa Öberg, Čáhppes Đ ŋ Š ŧ Ž – 0123456789 ½ € ☐ (§ 12)";
        let glyphs: BTreeMap<u16, String> = text
            .chars()
            .filter_map(|c| Some((font.lookup_glyph_index(c as u32)?, c.to_string())))
            .collect();
        printpdf::subset_font(&font, &glyphs).unwrap().bytes
    }

    #[test]
    fn the_whole_fonts_lose_their_hinting_and_nothing_else() {
        for ttf in [REGULAR_TTF, BOLD_TTF] {
            let new = check(ttf);
            assert!(
                new.len() * 5 < ttf.len() * 4,
                "{} of {} bytes",
                new.len(),
                ttf.len()
            );
        }
    }

    #[test]
    fn printpdf_subsets_lose_their_hinting_and_nothing_else() {
        for ttf in [REGULAR_TTF, BOLD_TTF] {
            let sub = printpdf_subset(ttf);
            let read_sub = read(&sub);
            assert!(
                read_sub
                    .glyphs
                    .iter()
                    .any(|g| matches!(g, Glyph::Composite(_))),
                "the subset has composite glyphs"
            );
            let new = check(&sub);
            // The name table keeps ids 0 to 7 only.
            let t = tables(&new).unwrap();
            let name = table(&t, b"name").unwrap();
            assert!(name.len() < 1024, "name: {} bytes", name.len());
            assert!(
                new.len() * 2 < sub.len(),
                "{} of {} bytes",
                new.len(),
                sub.len()
            );
            assert_eq!(glyph_count(&new), glyph_count(&sub));
        }
    }

    #[test]
    fn a_font_without_hinting_stays_as_it_is() {
        let once = unhint(&printpdf_subset(REGULAR_TTF)).unwrap();
        assert_eq!(
            unhint(&once).as_deref(),
            Some(once.as_slice()),
            "idempotent"
        );
    }

    #[test]
    fn cid_sets_are_high_bit_first() {
        assert_eq!(cid_set(1), vec![0x80]);
        assert_eq!(cid_set(8), vec![0xFF]);
        assert_eq!(
            cid_set(59),
            vec![0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xE0]
        );
        assert_eq!(cid_set(0), Vec::<u8>::new());
    }

    /// A document with one CIDFontType2 whose program is `font`, as printpdf writes it.
    fn document(font: Vec<u8>) -> (Document, ObjectId, ObjectId) {
        let mut doc = Document::with_version("1.7");
        let len = font.len() as i64;
        let mut file = Stream::new(Dictionary::new(), font);
        file.dict.set("Length1", len);
        let file = doc.add_object(file);
        let desc = doc.add_object(Dictionary::from_iter(vec![
            ("Type", Object::Name(b"FontDescriptor".to_vec())),
            ("FontFile2", Object::Reference(file)),
        ]));
        let cid_font = Dictionary::from_iter(vec![
            ("Type", Object::Name(b"Font".to_vec())),
            ("Subtype", Object::Name(b"CIDFontType2".to_vec())),
            ("CIDToGIDMap", Object::Name(b"Identity".to_vec())),
            ("FontDescriptor", Object::Reference(desc)),
        ]);
        doc.add_object(Dictionary::from_iter(vec![
            ("Type", Object::Name(b"Font".to_vec())),
            ("Subtype", Object::Name(b"Type0".to_vec())),
            ("DescendantFonts", Object::Array(vec![cid_font.into()])),
        ]));
        (doc, file, desc)
    }

    #[test]
    fn documents_get_small_fonts_and_a_cid_set() {
        let sub = printpdf_subset(BOLD_TTF);
        let (mut doc, file, desc) = document(sub.clone());
        doc.compress();
        unhint_fonts(&mut doc);
        add_cid_sets(&mut doc);
        let s = doc.get_object(file).unwrap().as_stream().unwrap();
        let font = s.get_plain_content().unwrap();
        assert_eq!(font, unhint(&sub).unwrap());
        assert_eq!(
            s.dict.get(b"Length1").unwrap().as_i64().unwrap(),
            font.len() as i64
        );
        let d = doc.get_dictionary(desc).unwrap();
        let set = d.get(b"CIDSet").unwrap().as_reference().unwrap();
        let set = doc.get_object(set).unwrap().as_stream().unwrap();
        let n = glyph_count(&font).unwrap();
        assert_eq!(set.content, cid_set(n));
    }

    #[test]
    fn garbage_fonts_are_left_as_they_are() {
        let sub = printpdf_subset(REGULAR_TTF);
        let mut cases = vec![Vec::new(), b"garbage".to_vec(), vec![0; 4096]];
        cases.extend((0..sub.len()).step_by(97).map(|n| sub[..n].to_vec()));
        for bad in cases {
            let (mut doc, file, desc) = document(bad.clone());
            unhint_fonts(&mut doc);
            add_cid_sets(&mut doc);
            let s = doc.get_object(file).unwrap().as_stream().unwrap();
            assert_eq!(s.content, bad, "left unchanged");
            let d = doc.get_dictionary(desc).unwrap();
            // A CIDSet only where the glyph count could be read.
            assert_eq!(d.get(b"CIDSet").is_ok(), glyph_count(&bad).is_some());
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]

        /// Random bytes changed in a real subset: no panic, and a rewritten font keeps its
        /// glyph count.
        #[test]
        fn damaged_fonts_never_panic(
            edits in proptest::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 1..8),
            cut in any::<prop::sample::Index>(),
        ) {
            static SUBSET: std::sync::OnceLock<Vec<u8>> = std::sync::OnceLock::new();
            let mut font = SUBSET.get_or_init(|| printpdf_subset(REGULAR_TTF)).clone();
            for (at, b) in edits {
                let i = at.index(font.len());
                font[i] = b;
            }
            if let Some(new) = unhint(&font) {
                prop_assert_eq!(glyph_count(&new), glyph_count(&font));
            }
            let short = &font[..cut.index(font.len())];
            let _ = unhint(short);
        }
    }
}
