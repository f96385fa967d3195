//! Legal deadlines of the service-need assessment, counted in working days.
//!
//! The Social Welfare Act (SHL 1301/2014) § 36 and the Child Welfare Act (LSL 417/2007) § 26
//! set three time limits from the day the case is initiated (*vireilletulopäivä*):
//!
//! - the resolution whether to start the assessment, and informing the child and the guardian
//!   of its start, within 7 working days;
//! - the assessment started by the 7th working day;
//! - the assessment completed within 3 months.
//!
//! They bind only a child welfare case (LSL 26 §: a child welfare notification, a request for
//! an assessment, an application in a child welfare matter) and a child needing special
//! support (SHL 36 §). Every other assessment starts "without undue delay", with no due date:
//! [`assess`] tells which ([`Binding`]). When the worker resolves that an assessment is
//! obviously unnecessary (LSL 26 § 3 mom., SHL 36 § 1 mom.), only the resolution itself has a
//! due date.
//!
//! A 3-month due date that falls on a Saturday, a Sunday or a holiday is shown as computed,
//! marked with [`Deadline::on_day_off`]: the statutes count the three months from initiation
//! and do not move their last day (the choice is documented in `forms/service-need.toml`).
//!
//! Working days are counted as the law counts them: the day of initiation is not counted, and
//! Saturdays, Sundays and the days off in the holiday calendar are not working days (initiated
//! on a Tuesday, the 7th working day is the Thursday of the next week). The calendar is data,
//! not code: `data/holidays-fi.toml` lists fixed-date holidays, Easter-dependent ones (Easter by
//! the Gregorian computus, [`easter_sunday`]) and moving weekdays such as Midsummer. Three
//! months run to the same day number three months later, or the last day of that month when it
//! is shorter (30 November -> 28 or 29 February).
//!
//! The core reads no clock: [`deadlines`] takes `today` to tell an open deadline from an
//! overdue one.
//!
//! ```
//! use arvio_core::chrono::NaiveDate;
//! use arvio_forms::deadlines::{add_working_days, is_working_day};
//!
//! let tuesday = NaiveDate::from_ymd_opt(2026, 11, 3).unwrap();
//! // The day of initiation is not counted: the 7th working day is Thursday of the next week.
//! assert_eq!(add_working_days(tuesday, 7), NaiveDate::from_ymd_opt(2026, 11, 12).unwrap());
//! // Independence Day is not a working day.
//! assert!(!is_working_day(NaiveDate::from_ymd_opt(2028, 12, 6).unwrap()));
//! ```

use arvio_core::model::Form;
use arvio_core::validate::{Answer, Answers};
use chrono::{Datelike, Months, NaiveDate, Weekday};
use serde::Deserialize;
use std::collections::BTreeSet;
use std::fmt;
use std::sync::OnceLock;

/// The built-in Finnish holiday calendar (TOML).
const FINNISH_CALENDAR: &str = include_str!("../data/holidays-fi.toml");

/// Id of the form whose deadlines [`deadlines`] computes.
pub const SERVICE_NEED_FORM: &str = "service-need";

/// Message id of the deadline for the resolution whether to start the assessment (7 working
/// days).
pub const DECISION: &str = "sn-deadline-decision";
/// Message id of the deadline for informing the child and the guardian (7 working days).
pub const INFORMED: &str = "sn-deadline-informed";
/// Message id of the deadline for starting the assessment (the 7th working day).
pub const START: &str = "sn-deadline-start";
/// Message id of the deadline for completing the assessment (3 months).
pub const COMPLETE: &str = "sn-deadline-complete";

/// Working days within which the assessment is decided on, the child and guardian informed,
/// and the assessment started.
pub const START_WORKING_DAYS: u32 = 7;
/// Months within which the assessment is completed.
pub const COMPLETE_MONTHS: u32 = 3;

/// Message id of the note for a case the time limits do not bind ("without undue delay").
pub const NONE_NOTE: &str = "sn-deadline-none";
/// Message id of the note shown while it is not yet known whether the time limits bind.
pub const UNKNOWN_NOTE: &str = "sn-deadline-unknown";
/// Message id of the note for an assessment resolved to be obviously unnecessary.
pub const NOT_NEEDED_NOTE: &str = "sn-deadline-not-needed";
/// Message id of the note on a due date that falls on a Saturday, a Sunday or a holiday (the
/// text starts with the mark `*` that [`DAY_OFF_MARK`] puts after such a date).
pub const DAY_OFF_NOTE: &str = "sn-deadline-nonworking";
/// The mark after a due date that falls on a day off.
pub const DAY_OFF_MARK: &str = " *";

/// How a case came in (the `intake_channel` question's codes) when it is a child welfare case
/// (LSL 26 §): a child welfare notification, a request for an assessment of the need for child
/// welfare (LSL 25 d §) or an application in a child welfare matter.
pub const CHILD_WELFARE_INTAKE: &[&str] = &["notification", "assessment_request", "cw_application"];

/// Every message id this module uses (deadline labels, status texts and notes), so a locale
/// lint knows they are used. They live in `locales/*/service-need.ftl`.
pub fn message_ids() -> &'static [&'static str] {
    &[
        DECISION,
        INFORMED,
        START,
        COMPLETE,
        "sn-deadline-met",
        "sn-deadline-late",
        "sn-deadline-open",
        "sn-deadline-overdue",
        NONE_NOTE,
        UNKNOWN_NOTE,
        NOT_NEEDED_NOTE,
        DAY_OFF_NOTE,
    ]
}

/// Whether the statutory time limits bind a case.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Binding {
    /// A child welfare case or a child needing special support: the limits bind.
    Statutory,
    /// Neither: the assessment starts without undue delay, with no due date.
    WithoutUndueDelay,
    /// Not known yet (how the case came in, or the need for special support, is unanswered):
    /// the deadlines are shown, with a note that they bind only such a case.
    Unknown,
}

impl Binding {
    /// Whether due dates are computed and shown.
    pub fn has_due_dates(self) -> bool {
        !matches!(self, Binding::WithoutUndueDelay)
    }
}

/// The time limits of one service-need case: whether they bind, whether the assessment was
/// resolved to be unnecessary, and the deadlines that follow.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct CaseDeadlines {
    /// Whether the statutory limits bind the case.
    pub binding: Binding,
    /// The worker resolved that an assessment is obviously unnecessary (`start_resolution` is
    /// `not_needed`): only the resolution has a due date.
    pub not_needed: bool,
    /// The deadlines, in order (empty when [`Binding::WithoutUndueDelay`]).
    pub deadlines: Vec<Deadline>,
}

// ---------------------------------------------------------------------------------------------
// Deadlines of a response

/// Where a deadline stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DeadlineStatus {
    /// Done on or before the due date.
    Met,
    /// Done, but after the due date.
    Late,
    /// Not done yet, and the due date has not passed.
    Open,
    /// Not done, and the due date has passed: flag it to the worker.
    Overdue,
}

impl DeadlineStatus {
    /// Message id of the status text (`sn-deadline-met`, ...).
    pub fn message_id(self) -> &'static str {
        match self {
            DeadlineStatus::Met => "sn-deadline-met",
            DeadlineStatus::Late => "sn-deadline-late",
            DeadlineStatus::Open => "sn-deadline-open",
            DeadlineStatus::Overdue => "sn-deadline-overdue",
        }
    }

    /// Whether the status should be flagged to the worker (late or overdue).
    pub fn is_flagged(self) -> bool {
        matches!(self, DeadlineStatus::Late | DeadlineStatus::Overdue)
    }

    /// The status of a deadline due on `due`, done on `done_on`, seen on `today`.
    pub fn of(due: NaiveDate, done_on: Option<NaiveDate>, today: NaiveDate) -> Self {
        match done_on {
            Some(d) if d <= due => DeadlineStatus::Met,
            Some(_) => DeadlineStatus::Late,
            None if today > due => DeadlineStatus::Overdue,
            None => DeadlineStatus::Open,
        }
    }
}

/// One statutory deadline of a case. Its `Debug` prints the id and status, never the dates.
#[derive(Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Deadline {
    /// Message id of the deadline's label (one of [`message_ids`]).
    pub id: &'static str,
    /// The last day the step may be taken.
    pub due: NaiveDate,
    /// When the step was taken, if it was.
    pub done_on: Option<NaiveDate>,
    /// Met, late, open or overdue.
    pub status: DeadlineStatus,
    /// The due date is a Saturday, a Sunday or a holiday. It is shown as computed, with a note.
    pub on_day_off: bool,
}

impl fmt::Debug for Deadline {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Deadline")
            .field("id", &self.id)
            .field("status", &self.status)
            .field("on_day_off", &self.on_day_off)
            .field("due", &"<redacted>")
            .field("done_on", &"<redacted>")
            .finish()
    }
}

/// The statutory deadlines of a filled service-need form, in order: resolution, informing,
/// start, completion (only the resolution when the assessment was resolved to be
/// unnecessary). Empty for other forms, when the date of initiation (`initiated_on`) has no
/// valid answer, and when the limits do not bind the case ([`Binding::WithoutUndueDelay`]).
pub fn deadlines(form: &Form, answers: &Answers, today: NaiveDate) -> Vec<Deadline> {
    assess(form, answers, today).map_or_else(Vec::new, |c| c.deadlines)
}

/// Whether the time limits bind a case. A child welfare case (how it came in is one of
/// [`CHILD_WELFARE_INTAKE`]) or a child needing special support (`special_support` is yes)
/// binds them; another way in with special support answered "no" does not; anything else is
/// not known yet.
pub fn binding(answers: &Answers) -> Binding {
    let intake = match answers.get("intake_channel") {
        Some(Answer::Choice(c)) => Some(c.as_str()),
        _ => None,
    };
    let special = match answers.get("special_support") {
        Some(Answer::Bool(b)) => Some(*b),
        _ => None,
    };
    match (intake, special) {
        (Some(c), _) if CHILD_WELFARE_INTAKE.contains(&c) => Binding::Statutory,
        (_, Some(true)) => Binding::Statutory,
        (Some(_), Some(false)) => Binding::WithoutUndueDelay,
        _ => Binding::Unknown,
    }
}

/// The time limits of a filled service-need form: [`None`] for other forms and when the date
/// of initiation (`initiated_on`) has no valid answer.
///
/// A step counts as done when its date question (`decision_on`, `informed_on`, `started_on`,
/// `completed_on`) has a valid answer.
pub fn assess(form: &Form, answers: &Answers, today: NaiveDate) -> Option<CaseDeadlines> {
    if form.id != SERVICE_NEED_FORM {
        return None;
    }
    let date = |id: &str| match answers.get(id) {
        Some(Answer::Date(d)) => Some(*d),
        _ => None,
    };
    let initiated = date("initiated_on")?;
    let binding = binding(answers);
    let not_needed =
        matches!(answers.get("start_resolution"), Some(Answer::Choice(c)) if c == "not_needed");
    if !binding.has_due_dates() {
        return Some(CaseDeadlines {
            binding,
            not_needed,
            deadlines: Vec::new(),
        });
    }
    let cal = HolidayCalendar::finnish();
    let seventh = cal.add_working_days(initiated, START_WORKING_DAYS);
    let three_months = add_months(initiated, COMPLETE_MONTHS);
    let steps: &[(&'static str, NaiveDate, &str)] = &[
        (DECISION, seventh, "decision_on"),
        (INFORMED, seventh, "informed_on"),
        (START, seventh, "started_on"),
        (COMPLETE, three_months, "completed_on"),
    ];
    let steps = if not_needed { &steps[..1] } else { steps };
    let deadlines = steps
        .iter()
        .map(|&(id, due, done)| {
            let done_on = date(done);
            Deadline {
                id,
                due,
                done_on,
                status: DeadlineStatus::of(due, done_on, today),
                on_day_off: !cal.is_working_day(due),
            }
        })
        .collect();
    Some(CaseDeadlines {
        binding,
        not_needed,
        deadlines,
    })
}

// ---------------------------------------------------------------------------------------------
// Date arithmetic

/// The date `n` working days after `start` in the Finnish calendar; `start` itself is not
/// counted. `n = 0` gives `start`. Saturates at the last representable date.
pub fn add_working_days(start: NaiveDate, n: u32) -> NaiveDate {
    HolidayCalendar::finnish().add_working_days(start, n)
}

/// Whether `d` is a working day in the Finnish calendar: not a Saturday, a Sunday or a day in
/// the holiday calendar.
pub fn is_working_day(d: NaiveDate) -> bool {
    HolidayCalendar::finnish().is_working_day(d)
}

/// The same day number `months` months after `start`, or the last day of that month when it is
/// shorter (30 November + 3 months = 28 or 29 February). Saturates at the last representable
/// date.
pub fn add_months(start: NaiveDate, months: u32) -> NaiveDate {
    start
        .checked_add_months(Months::new(months))
        .unwrap_or(NaiveDate::MAX)
}

/// Easter Sunday of a Gregorian year (the anonymous Gregorian computus of Meeus, Jones and
/// Butcher). `None` before 1583, when the Gregorian calendar did not yet apply, or for a year
/// outside the date range.
pub fn easter_sunday(year: i32) -> Option<NaiveDate> {
    if year < 1583 {
        return None;
    }
    let a = year % 19;
    let b = year / 100;
    let c = year % 100;
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let n = h + l - 7 * m + 114;
    let month = u32::try_from(n / 31).ok()?;
    let day = u32::try_from(n % 31 + 1).ok()?;
    NaiveDate::from_ymd_opt(year, month, day)
}

// ---------------------------------------------------------------------------------------------
// The holiday calendar

/// A problem in a holiday calendar file.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum CalendarError {
    /// The TOML cannot be read, or a field is missing, unknown or of the wrong type.
    #[error("holiday calendar: {0}")]
    Syntax(String),
    /// A rule that cannot name a day.
    #[error("holiday calendar: rule `{id}`: {problem}")]
    InvalidRule {
        /// The rule's id.
        id: String,
        /// What is wrong.
        problem: &'static str,
    },
    /// Two rules share an id.
    #[error("holiday calendar: duplicate id `{0}`")]
    DuplicateId(String),
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCalendar {
    #[serde(default)]
    fixed: Vec<RawFixed>,
    #[serde(default)]
    easter: Vec<RawEaster>,
    #[serde(default)]
    weekday: Vec<RawWeekday>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFixed {
    id: String,
    month: u32,
    day: u32,
    #[serde(default = "yes")]
    verified: bool,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawEaster {
    id: String,
    offset: i64,
    #[serde(default = "yes")]
    verified: bool,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawWeekday {
    id: String,
    weekday: String,
    month: u32,
    day: u32,
    #[serde(default = "yes")]
    verified: bool,
}

fn yes() -> bool {
    true
}

/// A day off named by a holiday calendar.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Holiday<'a> {
    /// The rule's stable id, e.g. `good-friday`.
    pub id: &'a str,
    /// `false` when the day's treatment as a day off is unverified (marked in the data file).
    pub verified: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Rule {
    Fixed {
        month: u32,
        day: u32,
    },
    Easter {
        offset: i64,
    },
    Weekday {
        weekday: Weekday,
        month: u32,
        day: u32,
    },
}

#[derive(Debug, Clone, PartialEq, Eq)]
struct Entry {
    id: String,
    verified: bool,
    rule: Rule,
}

/// Days off besides Saturdays and Sundays, as rules read from a TOML file (see
/// `data/holidays-fi.toml` for the format).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HolidayCalendar {
    entries: Vec<Entry>,
}

impl HolidayCalendar {
    /// The built-in Finnish calendar (`data/holidays-fi.toml`), parsed once.
    pub fn finnish() -> &'static HolidayCalendar {
        static CAL: OnceLock<HolidayCalendar> = OnceLock::new();
        CAL.get_or_init(|| {
            // The file is part of the crate and checked by the test suite; an empty calendar
            // (weekends only) is the fallback that can never be reached in a tested build.
            HolidayCalendar::from_toml(FINNISH_CALENDAR).unwrap_or(HolidayCalendar {
                entries: Vec::new(),
            })
        })
    }

    /// Reads a calendar from TOML (the format of `data/holidays-fi.toml`).
    pub fn from_toml(text: &str) -> Result<Self, CalendarError> {
        let raw: RawCalendar =
            toml::from_str(text).map_err(|e| CalendarError::Syntax(e.message().to_string()))?;
        let mut ids = BTreeSet::new();
        let mut entries = Vec::new();
        let invalid = |id: &str, problem| CalendarError::InvalidRule {
            id: id.to_string(),
            problem,
        };
        // A leap year, so that 29 February is a valid fixed date.
        let valid_day = |m: u32, d: u32| NaiveDate::from_ymd_opt(2000, m, d).is_some();
        for f in raw.fixed {
            if !valid_day(f.month, f.day) {
                return Err(invalid(&f.id, "month and day do not name a date"));
            }
            entries.push(Entry {
                id: f.id,
                verified: f.verified,
                rule: Rule::Fixed {
                    month: f.month,
                    day: f.day,
                },
            });
        }
        for e in raw.easter {
            // Easter falls from 22 March to 25 April: these offsets stay in Easter's year.
            if !(-80..=250).contains(&e.offset) {
                return Err(invalid(&e.id, "offset must be from -80 to 250 days"));
            }
            entries.push(Entry {
                id: e.id,
                verified: e.verified,
                rule: Rule::Easter { offset: e.offset },
            });
        }
        for w in raw.weekday {
            if !valid_day(w.month, w.day) {
                return Err(invalid(&w.id, "month and day do not name a date"));
            }
            let weekday = match w.weekday.as_str() {
                "mon" => Weekday::Mon,
                "tue" => Weekday::Tue,
                "wed" => Weekday::Wed,
                "thu" => Weekday::Thu,
                "fri" => Weekday::Fri,
                "sat" => Weekday::Sat,
                "sun" => Weekday::Sun,
                _ => return Err(invalid(&w.id, "weekday is one of mon, tue, ... sun")),
            };
            entries.push(Entry {
                id: w.id,
                verified: w.verified,
                rule: Rule::Weekday {
                    weekday,
                    month: w.month,
                    day: w.day,
                },
            });
        }
        for e in &entries {
            if !ids.insert(e.id.as_str()) {
                return Err(CalendarError::DuplicateId(e.id.clone()));
            }
        }
        Ok(HolidayCalendar { entries })
    }

    /// The holiday on `d`, if the calendar names one (Saturdays and Sundays as such are not
    /// holidays, but a holiday may fall on them).
    pub fn holiday(&self, d: NaiveDate) -> Option<Holiday<'_>> {
        let year = d.year();
        let mut easter: Option<Option<NaiveDate>> = None;
        self.entries
            .iter()
            .find(|e| match e.rule {
                Rule::Fixed { month, day } => d.month() == month && d.day() == day,
                Rule::Easter { offset } => {
                    let sunday = *easter.get_or_insert_with(|| easter_sunday(year));
                    sunday.is_some_and(|s| s.signed_duration_since(d).num_days() == -offset)
                }
                Rule::Weekday {
                    weekday,
                    month,
                    day,
                } => {
                    d.weekday() == weekday
                        && NaiveDate::from_ymd_opt(year, month, day).is_some_and(|from| {
                            (0..7).contains(&d.signed_duration_since(from).num_days())
                        })
                }
            })
            .map(|e| Holiday {
                id: &e.id,
                verified: e.verified,
            })
    }

    /// Whether `d` is a working day: not a Saturday, a Sunday or a holiday.
    pub fn is_working_day(&self, d: NaiveDate) -> bool {
        !matches!(d.weekday(), Weekday::Sat | Weekday::Sun) && self.holiday(d).is_none()
    }

    /// The date `n` working days after `start`; `start` itself is not counted. `n = 0` gives
    /// `start`. Saturates at the last representable date.
    pub fn add_working_days(&self, start: NaiveDate, n: u32) -> NaiveDate {
        let mut d = start;
        let mut left = n;
        while left > 0 {
            let Some(next) = d.succ_opt() else {
                return d;
            };
            d = next;
            if self.is_working_day(d) {
                left -= 1;
            }
        }
        d
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_built_in_calendar_parses() {
        let cal = HolidayCalendar::from_toml(FINNISH_CALENDAR).unwrap();
        assert_eq!(cal.entries.len(), 15);
    }

    #[test]
    fn a_weekday_window_may_cross_a_month() {
        let cal = HolidayCalendar::finnish();
        // 2026: 31 October is a Saturday; 2027: 6 November is.
        let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
        assert_eq!(cal.holiday(d(2026, 10, 31)).unwrap().id, "all-saints-day");
        assert_eq!(cal.holiday(d(2027, 11, 6)).unwrap().id, "all-saints-day");
        assert_eq!(cal.holiday(d(2027, 10, 30)), None);
    }
}
