//! A minimal sRGB ICC profile (ICC v2, display class), built in code so the crate ships no
//! binary colour profile: the D50-adapted sRGB primaries, the D50 white point and a
//! gamma-2.2 tone curve. It is the destination profile of the PDF/A output intent.

fn s15f16(v: f64) -> [u8; 4] {
    ((v * 65536.0).round() as i32).to_be_bytes()
}

fn xyz_tag(x: f64, y: f64, z: f64) -> Vec<u8> {
    let mut t = b"XYZ \0\0\0\0".to_vec();
    t.extend(s15f16(x));
    t.extend(s15f16(y));
    t.extend(s15f16(z));
    t
}

fn text_description(s: &str) -> Vec<u8> {
    let mut t = b"desc\0\0\0\0".to_vec();
    t.extend(((s.len() + 1) as u32).to_be_bytes());
    t.extend(s.as_bytes());
    t.push(0);
    t.extend([0u8; 4]); // Unicode language code
    t.extend([0u8; 4]); // Unicode count
    t.extend([0u8; 2]); // ScriptCode code
    t.push(0); // ScriptCode count
    t.extend([0u8; 67]);
    t
}

fn text(s: &str) -> Vec<u8> {
    let mut t = b"text\0\0\0\0".to_vec();
    t.extend(s.as_bytes());
    t.push(0);
    t
}

/// The profile bytes.
pub(crate) fn srgb_profile() -> Vec<u8> {
    let mut curve = b"curv\0\0\0\0".to_vec();
    curve.extend(1u32.to_be_bytes());
    curve.extend([0x02, 0x33]); // gamma 2.2 as u8Fixed8 (2 + 0x33/256)
    curve.extend([0, 0]); // pad to 4 bytes
    let tags: Vec<(&[u8; 4], Vec<u8>)> = vec![
        (b"desc", text_description("sRGB (arvio)")),
        (b"cprt", text("No copyright, use freely")),
        (b"wtpt", xyz_tag(0.9642, 1.0, 0.8249)),
        (b"rXYZ", xyz_tag(0.4361, 0.2225, 0.0139)),
        (b"gXYZ", xyz_tag(0.3851, 0.7169, 0.0971)),
        (b"bXYZ", xyz_tag(0.1431, 0.0606, 0.7141)),
        (b"rTRC", curve.clone()),
        (b"gTRC", curve.clone()),
        (b"bTRC", curve),
    ];
    let table_len = 4 + 12 * tags.len();
    let mut data = Vec::new();
    let mut entries = Vec::new();
    let mut offset = 128 + table_len;
    for (sig, body) in &tags {
        while data.len() % 4 != 0 {
            data.push(0);
        }
        offset = 128 + table_len + data.len();
        entries.push((*sig, offset as u32, body.len() as u32));
        data.extend(body);
    }
    let _ = offset;
    while data.len() % 4 != 0 {
        data.push(0);
    }
    let size = (128 + table_len + data.len()) as u32;
    let mut p = Vec::with_capacity(size as usize);
    p.extend(size.to_be_bytes());
    p.extend([0u8; 4]); // preferred CMM
    p.extend([0x02, 0x10, 0x00, 0x00]); // version 2.1
    p.extend(b"mntr");
    p.extend(b"RGB ");
    p.extend(b"XYZ ");
    // Date and time: 2026-01-01 00:00:00 (fixed, so output is deterministic).
    for v in [2026u16, 1, 1, 0, 0, 0] {
        p.extend(v.to_be_bytes());
    }
    p.extend(b"acsp");
    p.extend([0u8; 4]); // platform
    p.extend([0u8; 4]); // flags
    p.extend([0u8; 4]); // manufacturer
    p.extend([0u8; 4]); // model
    p.extend([0u8; 8]); // attributes
    p.extend([0u8; 4]); // rendering intent: perceptual
    p.extend(s15f16(0.9642));
    p.extend(s15f16(1.0));
    p.extend(s15f16(0.8249));
    p.extend([0u8; 4]); // creator
    p.extend([0u8; 16]); // profile id
    p.extend([0u8; 28]); // reserved
    debug_assert_eq!(p.len(), 128);
    p.extend((tags.len() as u32).to_be_bytes());
    for (sig, off, len) in entries {
        p.extend(sig);
        p.extend(off.to_be_bytes());
        p.extend(len.to_be_bytes());
    }
    p.extend(data);
    p
}

#[cfg(test)]
mod tests {
    #[test]
    fn profile_header_is_consistent() {
        let p = super::srgb_profile();
        assert_eq!(
            u32::from_be_bytes([p[0], p[1], p[2], p[3]]) as usize,
            p.len()
        );
        assert_eq!(&p[36..40], b"acsp");
        assert_eq!(&p[12..16], b"mntr");
        assert_eq!(&p[16..20], b"RGB ");
        assert_eq!(p.len() % 4, 0);
    }
}
