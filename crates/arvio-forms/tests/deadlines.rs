//! Working-day arithmetic on known Finnish years, and the deadlines of a service-need case.

use arvio_core::chrono::NaiveDate;
use arvio_core::{Response, Status, validate};
use arvio_forms::builtin;
use arvio_forms::deadlines::{
    self, CalendarError, Deadline, DeadlineStatus, HolidayCalendar, add_months, add_working_days,
    easter_sunday, is_working_day,
};

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn today() -> NaiveDate {
    d(2026, 11, 23)
}

#[test]
fn a_case_initiated_on_a_tuesday_is_due_on_thursday_of_the_next_week() {
    assert_eq!(add_working_days(d(2026, 11, 3), 7), d(2026, 11, 12));
    assert_eq!(add_working_days(d(2026, 9, 8), 7), d(2026, 9, 17));
    // The day of initiation is not counted, even when it is a working day.
    assert_eq!(add_working_days(d(2026, 11, 3), 1), d(2026, 11, 4));
    assert_eq!(add_working_days(d(2026, 11, 3), 0), d(2026, 11, 3));
    // Initiated on a Saturday: the first working day is Monday.
    assert_eq!(add_working_days(d(2026, 11, 21), 1), d(2026, 11, 23));
    assert_eq!(add_working_days(d(2026, 11, 21), 7), d(2026, 12, 1));
}

#[test]
fn easter_by_the_computus() {
    let known = [
        (1818, d(1818, 3, 22)),
        (2000, d(2000, 4, 23)),
        (2019, d(2019, 4, 21)),
        (2024, d(2024, 3, 31)),
        (2025, d(2025, 4, 20)),
        (2026, d(2026, 4, 5)),
        (2027, d(2027, 3, 28)),
        (2038, d(2038, 4, 25)),
        (2285, d(2285, 3, 22)),
    ];
    for (year, easter) in known {
        assert_eq!(easter_sunday(year), Some(easter), "{year}");
    }
    assert_eq!(easter_sunday(1500), None);
}

#[test]
fn easter_2025() {
    // Good Friday 18.4. and Easter Monday 21.4. are not working days.
    assert!(is_working_day(d(2025, 4, 17)));
    assert!(!is_working_day(d(2025, 4, 18)));
    assert!(!is_working_day(d(2025, 4, 21)));
    assert!(is_working_day(d(2025, 4, 22)));
    // Initiated on Maundy Thursday: the next working day is Tuesday after Easter.
    assert_eq!(add_working_days(d(2025, 4, 17), 1), d(2025, 4, 22));
    assert_eq!(add_working_days(d(2025, 4, 17), 7), d(2025, 4, 30));
    let cal = HolidayCalendar::finnish();
    assert_eq!(cal.holiday(d(2025, 4, 18)).unwrap().id, "good-friday");
    assert_eq!(cal.holiday(d(2025, 4, 21)).unwrap().id, "easter-monday");
    assert_eq!(cal.holiday(d(2025, 4, 20)).unwrap().id, "easter-sunday");
}

#[test]
fn may_day_and_ascension_day() {
    // 2025: May Day on a Thursday, Ascension Day on Thursday 29.5.
    assert!(!is_working_day(d(2025, 5, 1)));
    assert_eq!(add_working_days(d(2025, 4, 30), 1), d(2025, 5, 2));
    assert_eq!(add_working_days(d(2025, 4, 30), 7), d(2025, 5, 12));
    assert!(!is_working_day(d(2025, 5, 29)));
    assert_eq!(add_working_days(d(2025, 5, 28), 1), d(2025, 5, 30));
    // 2026: Ascension Day 14.5.
    assert!(!is_working_day(d(2026, 5, 14)));
    assert!(is_working_day(d(2026, 5, 13)));
}

#[test]
fn midsummer() {
    // Midsummer Eve (Friday 19-25 June) is counted as a day off [U]; Midsummer Day is the
    // Saturday after it.
    let cal = HolidayCalendar::finnish();
    let eve = cal.holiday(d(2025, 6, 20)).unwrap();
    assert_eq!((eve.id, eve.verified), ("midsummer-eve", false));
    assert_eq!(cal.holiday(d(2025, 6, 21)).unwrap().id, "midsummer-day");
    assert_eq!(cal.holiday(d(2026, 6, 19)).unwrap().id, "midsummer-eve");
    assert_eq!(cal.holiday(d(2026, 6, 20)).unwrap().id, "midsummer-day");
    assert_eq!(cal.holiday(d(2026, 6, 26)), None);
    assert!(is_working_day(d(2025, 6, 19)));
    assert!(!is_working_day(d(2025, 6, 20)));
    assert_eq!(add_working_days(d(2025, 6, 19), 1), d(2025, 6, 23));
    assert_eq!(add_working_days(d(2026, 6, 16), 7), d(2026, 6, 26));
}

#[test]
fn independence_day_and_christmas() {
    // 2024: Independence Day on a Friday.
    assert!(!is_working_day(d(2024, 12, 6)));
    assert_eq!(add_working_days(d(2024, 12, 5), 1), d(2024, 12, 9));
    // 2028: on a Wednesday.
    assert!(!is_working_day(d(2028, 12, 6)));
    assert!(is_working_day(d(2028, 12, 7)));
    // Christmas 2025: Eve [U], Day and Boxing Day from Wednesday to Friday; then New Year's
    // Day and Epiphany.
    let cal = HolidayCalendar::finnish();
    let eve = cal.holiday(d(2025, 12, 24)).unwrap();
    assert_eq!((eve.id, eve.verified), ("christmas-eve", false));
    assert_eq!(cal.holiday(d(2025, 12, 25)).unwrap().id, "christmas-day");
    assert_eq!(cal.holiday(d(2025, 12, 26)).unwrap().id, "boxing-day");
    assert_eq!(add_working_days(d(2025, 12, 23), 1), d(2025, 12, 29));
    assert_eq!(add_working_days(d(2025, 12, 23), 7), d(2026, 1, 8));
    assert!(!is_working_day(d(2026, 1, 6)));
}

#[test]
fn all_saints_day_is_a_saturday_from_31_october_to_6_november() {
    let cal = HolidayCalendar::finnish();
    assert_eq!(cal.holiday(d(2025, 11, 1)).unwrap().id, "all-saints-day");
    assert_eq!(cal.holiday(d(2026, 10, 31)).unwrap().id, "all-saints-day");
    assert_eq!(cal.holiday(d(2027, 11, 6)).unwrap().id, "all-saints-day");
    assert_eq!(cal.holiday(d(2025, 11, 8)), None);
}

#[test]
fn three_months_clamp_to_the_end_of_the_month() {
    assert_eq!(add_months(d(2025, 11, 30), 3), d(2026, 2, 28));
    assert_eq!(add_months(d(2027, 11, 30), 3), d(2028, 2, 29));
    assert_eq!(add_months(d(2026, 1, 31), 3), d(2026, 4, 30));
    assert_eq!(add_months(d(2026, 9, 8), 3), d(2026, 12, 8));
    assert_eq!(add_months(d(2026, 10, 15), 3), d(2027, 1, 15));
}

#[test]
fn arithmetic_saturates_at_the_end_of_time() {
    assert_eq!(add_months(NaiveDate::MAX, 3), NaiveDate::MAX);
    assert_eq!(add_working_days(NaiveDate::MAX, 7), NaiveDate::MAX);
}

#[test]
fn a_calendar_file_with_errors_is_rejected() {
    let bad_day = "[[fixed]]\nid = \"x\"\nmonth = 2\nday = 30\n";
    assert!(matches!(
        HolidayCalendar::from_toml(bad_day),
        Err(CalendarError::InvalidRule { .. })
    ));
    let dup = "[[fixed]]\nid = \"x\"\nmonth = 1\nday = 1\n[[easter]]\nid = \"x\"\noffset = 1\n";
    assert_eq!(
        HolidayCalendar::from_toml(dup),
        Err(CalendarError::DuplicateId("x".into()))
    );
    let unknown = "[[weekday]]\nid = \"x\"\nweekday = \"friday\"\nmonth = 6\nday = 19\n";
    assert!(matches!(
        HolidayCalendar::from_toml(unknown),
        Err(CalendarError::InvalidRule { .. })
    ));
    assert!(matches!(
        HolidayCalendar::from_toml("[[fixed]]\nid = 1\n"),
        Err(CalendarError::Syntax(_))
    ));
    // A calendar without holidays only knows weekends.
    let empty = HolidayCalendar::from_toml("").unwrap();
    assert!(empty.is_working_day(d(2025, 12, 25)));
    assert!(!empty.is_working_day(d(2025, 12, 27)));
}

// ---------------------------------------------------------------------------------------------
// Deadlines of a filled form

fn deadlines_of(json: &str) -> Vec<Deadline> {
    let form = builtin("service-need").unwrap();
    let response = Response::from_json(json).unwrap();
    let checked = validate(&form, &response, today());
    assert_eq!(checked.errors, vec![]);
    deadlines::deadlines(&form, &checked.answers, today())
}

fn summary(ds: &[Deadline]) -> Vec<(&'static str, NaiveDate, Option<NaiveDate>, DeadlineStatus)> {
    ds.iter()
        .map(|x| (x.id, x.due, x.done_on, x.status))
        .collect()
}

#[test]
fn the_finnish_example_meets_every_deadline() {
    let ds = deadlines_of(include_str!(
        "../../../examples/responses/service-need-fi.json"
    ));
    use DeadlineStatus::Met;
    assert_eq!(
        summary(&ds),
        vec![
            (
                "sn-deadline-decision",
                d(2026, 9, 17),
                Some(d(2026, 9, 10)),
                Met
            ),
            (
                "sn-deadline-informed",
                d(2026, 9, 17),
                Some(d(2026, 9, 11)),
                Met
            ),
            (
                "sn-deadline-start",
                d(2026, 9, 17),
                Some(d(2026, 9, 15)),
                Met
            ),
            (
                "sn-deadline-complete",
                d(2026, 12, 8),
                Some(d(2026, 11, 20)),
                Met
            ),
        ]
    );
}

#[test]
fn the_swedish_example_started_late_after_midsummer() {
    let ds = deadlines_of(include_str!(
        "../../../examples/responses/service-need-sv.json"
    ));
    use DeadlineStatus::{Late, Met};
    assert_eq!(
        summary(&ds),
        vec![
            (
                "sn-deadline-decision",
                d(2026, 6, 26),
                Some(d(2026, 6, 18)),
                Met
            ),
            (
                "sn-deadline-informed",
                d(2026, 6, 26),
                Some(d(2026, 6, 22)),
                Met
            ),
            (
                "sn-deadline-start",
                d(2026, 6, 26),
                Some(d(2026, 6, 29)),
                Late
            ),
            (
                "sn-deadline-complete",
                d(2026, 9, 16),
                Some(d(2026, 9, 14)),
                Met
            ),
        ]
    );
    assert!(ds[2].status.is_flagged());
    assert!(!ds[0].status.is_flagged());
}

#[test]
fn the_english_example_meets_every_deadline() {
    let ds = deadlines_of(include_str!(
        "../../../examples/responses/service-need-en.json"
    ));
    assert_eq!(ds.len(), 4);
    assert!(ds.iter().all(|x| x.status == DeadlineStatus::Met));
    assert_eq!((ds[0].due, ds[3].due), (d(2026, 9, 9), d(2026, 11, 30)));
}

#[test]
fn a_draft_shows_open_and_overdue_deadlines() {
    let form = builtin("service-need").unwrap();
    let mut r = Response::new(&form, "fi");
    r.answers.insert(
        "initiated_on".into(),
        serde_json::json!("2026-11-10").into(),
    );
    r.answers
        .insert("decision_on".into(), serde_json::json!("2026-11-12").into());
    assert_eq!(r.status, Status::Draft);
    let checked = validate(&form, &r, today());
    assert_eq!(checked.errors, vec![]);
    let ds = deadlines::deadlines(&form, &checked.answers, today());
    use DeadlineStatus::{Met, Open, Overdue};
    // Initiated Tuesday 10.11.: the 7th working day is Thursday 19.11., passed on 23.11.
    assert_eq!(
        summary(&ds),
        vec![
            (
                "sn-deadline-decision",
                d(2026, 11, 19),
                Some(d(2026, 11, 12)),
                Met
            ),
            ("sn-deadline-informed", d(2026, 11, 19), None, Overdue),
            ("sn-deadline-start", d(2026, 11, 19), None, Overdue),
            ("sn-deadline-complete", d(2027, 2, 10), None, Open),
        ]
    );
    // On the due day itself a deadline is still open.
    let ds = deadlines::deadlines(&form, &checked.answers, d(2026, 11, 19));
    assert_eq!(ds[1].status, Open);
}

#[test]
fn no_deadlines_without_initiation_or_for_other_forms() {
    let form = builtin("service-need").unwrap();
    let empty = validate(&form, &Response::new(&form, "fi"), today());
    assert_eq!(deadlines::deadlines(&form, &empty.answers, today()), vec![]);
    let other = builtin("family-self-assessment").unwrap();
    let sn = validate(
        &form,
        &Response::from_json(include_str!(
            "../../../examples/responses/service-need-fi.json"
        ))
        .unwrap(),
        today(),
    );
    assert_eq!(deadlines::deadlines(&other, &sn.answers, today()), vec![]);
}

#[test]
fn status_rules() {
    let due = d(2026, 11, 19);
    assert_eq!(
        DeadlineStatus::of(due, Some(due), today()),
        DeadlineStatus::Met
    );
    assert_eq!(
        DeadlineStatus::of(due, Some(d(2026, 11, 20)), today()),
        DeadlineStatus::Late
    );
    assert_eq!(DeadlineStatus::of(due, None, due), DeadlineStatus::Open);
    assert_eq!(
        DeadlineStatus::of(due, None, today()),
        DeadlineStatus::Overdue
    );
    assert_eq!(DeadlineStatus::Overdue.message_id(), "sn-deadline-overdue");
}

#[test]
fn message_ids_cover_labels_and_statuses() {
    let ids = deadlines::message_ids();
    // Four labels, four statuses, four notes.
    assert_eq!(ids.len(), 12);
    for note in [
        deadlines::NONE_NOTE,
        deadlines::UNKNOWN_NOTE,
        deadlines::NOT_NEEDED_NOTE,
        deadlines::DAY_OFF_NOTE,
    ] {
        assert!(ids.contains(&note));
    }
    for s in [
        DeadlineStatus::Met,
        DeadlineStatus::Late,
        DeadlineStatus::Open,
        DeadlineStatus::Overdue,
    ] {
        assert!(ids.contains(&s.message_id()));
    }
    for x in deadlines_of(include_str!(
        "../../../examples/responses/service-need-fi.json"
    )) {
        assert!(ids.contains(&x.id));
    }
}

#[test]
fn debug_prints_no_dates() {
    let ds = deadlines_of(include_str!(
        "../../../examples/responses/service-need-fi.json"
    ));
    let debug = format!("{ds:?}");
    assert_eq!(
        format!("{:?}", ds[0]),
        "Deadline { id: \"sn-deadline-decision\", status: Met, on_day_off: false, due: \"<redacted>\", done_on: \"<redacted>\" }"
    );
    assert!(!debug.contains("2026"));
}

// ---------------------------------------------------------------------------------------------
// Which cases the time limits bind (LSL 26 §, SHL 36 §)

/// The deadlines of a draft with these answers (a draft needs no other answer).
fn case_of(answers: serde_json::Value, today: NaiveDate) -> Option<deadlines::CaseDeadlines> {
    let form = builtin("service-need").unwrap();
    let mut r = Response::new(&form, "fi");
    for (k, v) in answers.as_object().unwrap() {
        r.answers.insert(k.clone(), v.clone().into());
    }
    let checked = validate(&form, &r, today);
    assert_eq!(checked.errors, vec![], "{answers}");
    deadlines::assess(&form, &checked.answers, today)
}

#[test]
fn only_a_child_welfare_case_or_a_child_needing_special_support_has_due_dates() {
    use deadlines::Binding::{Statutory, Unknown, WithoutUndueDelay};
    let today = d(2026, 11, 23);
    let binding = |intake: Option<&str>, special: Option<bool>| {
        let mut a = serde_json::json!({ "initiated_on": "2026-11-10" });
        if let Some(c) = intake {
            a["intake_channel"] = c.into();
        }
        if let Some(b) = special {
            a["special_support"] = b.into();
        }
        let case = case_of(a, today).unwrap();
        (case.binding, case.deadlines.len())
    };
    // A child welfare case: notification, request for an assessment, application in child
    // welfare (LSL 26 §), whatever the answer on special support.
    for c in ["notification", "assessment_request", "cw_application"] {
        assert_eq!(binding(Some(c), Some(false)), (Statutory, 4), "{c}");
        assert_eq!(binding(Some(c), None), (Statutory, 4), "{c}");
    }
    // A child needing special support (SHL 36 §), however the case came in.
    for c in ["application", "contact", "other"] {
        assert_eq!(binding(Some(c), Some(true)), (Statutory, 4), "{c}");
        // Otherwise: without undue delay, no due date (1.1.0 gave four deadline rows).
        assert_eq!(binding(Some(c), Some(false)), (WithoutUndueDelay, 0), "{c}");
        assert_eq!(binding(Some(c), None), (Unknown, 4), "{c}");
    }
    assert_eq!(binding(None, Some(false)), (Unknown, 4));
    assert_eq!(binding(None, Some(true)), (Statutory, 4));
    assert_eq!(binding(None, None), (Unknown, 4));
}

#[test]
fn an_assessment_resolved_unnecessary_has_only_the_resolution_deadline() {
    let case = case_of(
        serde_json::json!({
            "initiated_on": "2026-11-10",
            "intake_channel": "notification",
            "start_resolution": "not_needed",
            "decision_on": "2026-11-13",
        }),
        d(2026, 11, 23),
    )
    .unwrap();
    assert!(case.not_needed);
    assert_eq!(
        summary(&case.deadlines),
        vec![(
            "sn-deadline-decision",
            d(2026, 11, 19),
            Some(d(2026, 11, 13)),
            DeadlineStatus::Met
        )]
    );
}

#[test]
fn a_due_date_on_a_day_off_is_shown_as_computed_and_marked() {
    // Initiated on Sunday 6.9.2026: three months later is Sunday 6.12.2026, Independence Day.
    let case = case_of(
        serde_json::json!({ "initiated_on": "2026-09-06", "intake_channel": "notification" }),
        d(2026, 11, 23),
    )
    .unwrap();
    let complete = &case.deadlines[3];
    assert_eq!(
        (complete.id, complete.due, complete.on_day_off),
        ("sn-deadline-complete", d(2026, 12, 6), true)
    );
    // The 7th working day is a working day by definition.
    assert!(case.deadlines[..3].iter().all(|x| !x.on_day_off));
    // Initiated 8.9.2026: due 8.12.2026, a Tuesday.
    let case = case_of(
        serde_json::json!({ "initiated_on": "2026-09-08", "intake_channel": "notification" }),
        d(2026, 11, 23),
    )
    .unwrap();
    assert!(case.deadlines.iter().all(|x| !x.on_day_off));
}
