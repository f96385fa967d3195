//! Regular expressions for dates: a valid `YYYY-MM-DD` calendar date, and fixed bounds.
//!
//! `format: "date"` is only an annotation in draft 2020-12 unless a validator opts in, so the
//! schema checks dates with `pattern` (plus `minLength`/`maxLength` 10, since some regex
//! engines let `$` match before a final newline). The patterns use only `[0-9]` classes, never
//! `\d` (which is Unicode-aware in Rust and Python).

use arvio_core::chrono::NaiveDate;

/// A valid proleptic Gregorian date `0000-01-01` to `9999-12-31`, leap days included
/// (divisible by 4, and centuries only when divisible by 400).
pub(crate) const VALID_DATE: &str = concat!(
    "^(?:[0-9]{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12][0-9]|3[01])",
    "|(?:0[469]|11)-(?:0[1-9]|[12][0-9]|30)",
    "|02-(?:0[1-9]|1[0-9]|2[0-8]))",
    "|(?:[0-9]{2}(?:0[48]|[2468][048]|[13579][26])|(?:0[48]|[2468][048]|[13579][26]|00)00)-02-29)$"
);

/// A pattern matching `YYYY-MM-DD` strings on or after `d` (`at_least`) or on or before it.
/// Fixed-width digit strings compare like the dates they spell, so the pattern is: equal up to
/// some digit, then a greater (smaller) digit, then anything; or the date itself.
pub(crate) fn bound_pattern(d: NaiveDate, at_least: bool) -> String {
    let lit = d.format("%Y-%m-%d").to_string();
    let chars: Vec<char> = lit.chars().collect();
    let mut alts = Vec::new();
    for (i, &c) in chars.iter().enumerate() {
        let Some(digit) = c.to_digit(10) else {
            continue;
        };
        let class = if at_least {
            (digit < 9).then(|| class(digit + 1, 9))
        } else {
            (digit > 0).then(|| class(0, digit - 1))
        };
        let Some(class) = class else { continue };
        let prefix: String = chars[..i].iter().collect();
        let rest: String = chars[i + 1..]
            .iter()
            .map(|c| if *c == '-' { "-" } else { "[0-9]" })
            .collect();
        alts.push(format!("{prefix}{class}{rest}"));
    }
    alts.push(lit);
    format!("^(?:{})$", alts.join("|"))
}

fn class(lo: u32, hi: u32) -> String {
    if lo == hi {
        lo.to_string()
    } else {
        format!("[{lo}-{hi}]")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bound_patterns_spell_the_comparison() {
        let d = NaiveDate::from_ymd_opt(2020, 9, 1).unwrap_or_default();
        let any = "[0-9]";
        let expected = [
            format!("[3-9]{any}{any}{any}-{any}{any}-{any}{any}"),
            format!("2[1-9]{any}{any}-{any}{any}-{any}{any}"),
            format!("20[3-9]{any}-{any}{any}-{any}{any}"),
            format!("202[1-9]-{any}{any}-{any}{any}"),
            format!("2020-[1-9]{any}-{any}{any}"),
            format!("2020-09-[1-9]{any}"),
            "2020-09-0[2-9]".to_string(),
            "2020-09-01".to_string(),
        ];
        assert_eq!(
            bound_pattern(d, true),
            format!("^(?:{})$", expected.join("|"))
        );
        let d = NaiveDate::from_ymd_opt(1000, 1, 10).unwrap_or_default();
        assert_eq!(
            bound_pattern(d, false),
            format!(
                "^(?:0{any}{any}{any}-{any}{any}-{any}{any}|1000-00-{any}{any}|1000-01-0{any}|1000-01-10)$"
            )
        );
    }
}
