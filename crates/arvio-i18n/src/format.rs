//! Number and date formatting for fi, sv and en.
//!
//! The rules (tested below):
//! - At most two decimals, rounded, trailing zeros trimmed; whole numbers without decimals.
//! - Decimal separator: comma in Finnish and Swedish (`2,5`), point in English (`2.5`).
//! - Negative numbers: the minus sign U+2212 in Finnish and Swedish (`−2`), as Finnish and
//!   Swedish typography (and CLDR) require; the ASCII hyphen-minus in English (`-2`).
//! - Digit grouping: Finnish and Swedish group the whole part in threes with a no-break space
//!   (U+00A0) from five digits on (`12 500`, but `2500`), as the Finnish and Swedish language
//!   authorities recommend; English groups with a comma from four digits on (`2,500`).
//! - Numbers that are not finite (NaN, infinity) are shown as an en dash `–`.
//! - Dates: `23.11.2026` and `5.1.2026` (no leading zeros) in Finnish and Swedish,
//!   `23 November 2026` in English.

use crate::Language;
use chrono::{Datelike, NaiveDate};

/// The minus sign used in Finnish and Swedish.
const MINUS: char = '\u{2212}';
/// The no-break space used to group digits in Finnish and Swedish.
const NBSP: char = '\u{00A0}';

/// Formats a number for a language with at most two decimals (see the module rules).
///
/// ```
/// use arvio_i18n::{Language, format_number};
/// assert_eq!(format_number(Language::Fi, 2.5), "2,5");
/// assert_eq!(format_number(Language::En, 2.5), "2.5");
/// assert_eq!(format_number(Language::Sv, 3.0), "3");
/// ```
pub fn format_number(language: Language, n: f64) -> String {
    format_number_with(language, n, 0, 2)
}

/// Formats a number with between `min_fraction` and `max_fraction` decimals (both clamped to
/// 0..=6; trailing zeros beyond `min_fraction` are trimmed).
pub(crate) fn format_number_with(
    language: Language,
    n: f64,
    min_fraction: usize,
    max_fraction: usize,
) -> String {
    if !n.is_finite() {
        return "–".to_string();
    }
    let max_fraction = max_fraction.min(6);
    let min_fraction = min_fraction.min(max_fraction);
    // A whole number shows no decimals unless some are asked for: skip float formatting.
    let text = if min_fraction == 0 && n.fract() == 0.0 && n.abs() < 1e15 {
        (n.abs() as u64).to_string()
    } else {
        format!("{:.*}", max_fraction, n.abs())
    };
    let (whole, fraction) = match text.split_once('.') {
        Some((w, f)) => (w, f),
        None => (text.as_str(), ""),
    };
    let mut fraction = fraction.to_string();
    while fraction.len() > min_fraction && fraction.ends_with('0') {
        fraction.pop();
    }
    let is_zero = whole.bytes().all(|b| b == b'0') && fraction.bytes().all(|b| b == b'0');
    let negative = n < 0.0 && !is_zero;
    let (group_sep, min_digits, decimal_sep, minus) = match language {
        Language::Fi | Language::Sv => (NBSP, 5, ',', MINUS),
        Language::En => (',', 4, '.', '-'),
    };
    let mut out = String::with_capacity(whole.len() + fraction.len() + 8);
    if negative {
        out.push(minus);
    }
    if whole.len() >= min_digits {
        for (i, c) in whole.chars().enumerate() {
            if i > 0 && (whole.len() - i) % 3 == 0 {
                out.push(group_sep);
            }
            out.push(c);
        }
    } else {
        out.push_str(whole);
    }
    if !fraction.is_empty() {
        out.push(decimal_sep);
        out.push_str(&fraction);
    }
    out
}

/// Formats a date for a language: `23.11.2026` (fi, sv), `23 November 2026` (en).
///
/// ```
/// use arvio_i18n::{Language, format_date};
/// let d = chrono::NaiveDate::from_ymd_opt(2026, 1, 5).unwrap();
/// assert_eq!(format_date(Language::Fi, d), "5.1.2026");
/// assert_eq!(format_date(Language::En, d), "5 January 2026");
/// ```
pub fn format_date(language: Language, d: NaiveDate) -> String {
    match language {
        Language::Fi | Language::Sv => format!("{}.{}.{}", d.day(), d.month(), d.year()),
        Language::En => {
            const MONTHS: [&str; 12] = [
                "January",
                "February",
                "March",
                "April",
                "May",
                "June",
                "July",
                "August",
                "September",
                "October",
                "November",
                "December",
            ];
            let month = MONTHS.get(d.month0() as usize).copied().unwrap_or("");
            format!("{} {} {}", d.day(), month, d.year())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use Language::{En, Fi, Sv};

    #[test]
    fn decimals() {
        assert_eq!(format_number(Fi, 2.5), "2,5");
        assert_eq!(format_number(Sv, 2.5), "2,5");
        assert_eq!(format_number(En, 2.5), "2.5");
        assert_eq!(format_number(Fi, 3.0), "3");
        assert_eq!(format_number(En, 3.0), "3");
        assert_eq!(format_number(Fi, 2.125_1), "2,13");
        assert_eq!(format_number(Fi, 3.456), "3,46");
        assert_eq!(format_number(En, 1.999), "2");
        assert_eq!(format_number(Fi, 0.1), "0,1");
        assert_eq!(format_number(En, 0.004), "0");
        assert_eq!(format_number(Fi, 4.10), "4,1");
    }

    #[test]
    fn negatives() {
        assert_eq!(format_number(Fi, -2.0), "\u{2212}2");
        assert_eq!(format_number(Sv, -0.5), "\u{2212}0,5");
        assert_eq!(format_number(En, -2.0), "-2");
        // Rounds to zero: no sign.
        assert_eq!(format_number(Fi, -0.001), "0");
        assert_eq!(format_number(En, -0.0), "0");
    }

    #[test]
    fn grouping() {
        assert_eq!(format_number(Fi, 2500.0), "2500");
        assert_eq!(format_number(Fi, 12500.0), "12\u{a0}500");
        assert_eq!(format_number(Sv, 1234567.891), "1\u{a0}234\u{a0}567,89");
        assert_eq!(format_number(En, 999.0), "999");
        assert_eq!(format_number(En, 2500.0), "2,500");
        assert_eq!(format_number(En, 1234567.5), "1,234,567.5");
        assert_eq!(format_number(Fi, -12500.0), "\u{2212}12\u{a0}500");
    }

    #[test]
    fn not_finite() {
        assert_eq!(format_number(Fi, f64::NAN), "–");
        assert_eq!(format_number(En, f64::INFINITY), "–");
    }

    #[test]
    fn fraction_options() {
        assert_eq!(format_number_with(Fi, 2.5, 2, 2), "2,50");
        assert_eq!(format_number_with(En, 2.0, 1, 3), "2.0");
        assert_eq!(format_number_with(En, 2.12345, 0, 99), "2.12345");
    }

    #[test]
    fn dates() {
        let d = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
        assert_eq!(format_date(Fi, d), "23.11.2026");
        assert_eq!(format_date(Sv, d), "23.11.2026");
        assert_eq!(format_date(En, d), "23 November 2026");
        let d = NaiveDate::from_ymd_opt(2026, 1, 5).unwrap();
        assert_eq!(format_date(Fi, d), "5.1.2026");
        assert_eq!(format_date(En, d), "5 January 2026");
    }
}
