//! EDTF parsing, day arithmetic and the Julian calendar.
use tarikh::core::date::{
    civil_to_days, days_in_month, days_to_civil, gregorian_to_julian, is_before_russian_reform,
    is_leap_year, parse_edtf, year_to_days, DatePoint, Edtf, Precision, Season, DAYS_PER_YEAR,
};

fn point(s: &str) -> DatePoint {
    match parse_edtf(s) {
        Ok(Edtf::Point(p)) => p,
        other => panic!("{s}: {other:?}"),
    }
}

fn err(s: &str) -> String {
    match parse_edtf(s) {
        Err(e) => e.to_string(),
        Ok(v) => panic!("{s:?} should be rejected, got {v:?}"),
    }
}

#[test]
fn known_day_numbers() {
    assert_eq!(civil_to_days(1970, 1, 1), 0.0);
    assert_eq!(civil_to_days(2000, 3, 1), 11017.0);
    assert_eq!(civil_to_days(1969, 12, 31), -1.0);
    // 1 January 2000 is 30 years of 365 days plus 7 leap days after the epoch.
    assert_eq!(civil_to_days(2000, 1, 1), 30.0 * 365.0 + 7.0);
    assert_eq!(days_to_civil(0.0), (1970, 1, 1));
    assert_eq!(days_to_civil(11017.0), (2000, 3, 1));
    assert_eq!(days_to_civil(-0.25), (1969, 12, 31));
    assert_eq!(days_to_civil(11016.99), (2000, 2, 29));
}

#[test]
fn civil_days_round_trip_over_a_wide_range() {
    // Every day for 1200 years around the epoch, crossing 1600, 1700 and 2000.
    let (first, last) = (
        civil_to_days(1500, 1, 1) as i64,
        civil_to_days(2700, 1, 1) as i64,
    );
    let mut prev = days_to_civil(first as f64 - 1.0);
    for day in first..last {
        let (y, m, d) = days_to_civil(day as f64);
        assert_eq!(civil_to_days(y, m, d), day as f64);
        // Consecutive days are consecutive calendar dates.
        let next_of_prev = if prev.2 < days_in_month(prev.0, prev.1) {
            (prev.0, prev.1, prev.2 + 1)
        } else if prev.1 < 12 {
            (prev.0, prev.1 + 1, 1)
        } else {
            (prev.0 + 1, 1, 1)
        };
        assert_eq!((y, m, d), next_of_prev);
        prev = (y, m, d);
    }
    // Sparse sweep through negative years and far future, inside the calendar range.
    let mut day = -3_000_000_000.0f64;
    while day < 3_000_000_000.0 {
        let (y, m, d) = days_to_civil(day);
        assert!((1..=12).contains(&m) && d >= 1 && d <= days_in_month(y, m));
        assert_eq!(civil_to_days(y, m, d), day, "{day} -> {y}-{m}-{d}");
        day += 9_999_991.0;
    }
    for y in [-9_999_999i64, -4713, -44, -1, 0, 1, 4, 100, 9_999_999] {
        for (m, d) in [(1, 1), (2, 28), (3, 1), (12, 31)] {
            assert_eq!(days_to_civil(civil_to_days(y, m, d)), (y, m, d));
        }
    }
}

#[test]
fn deep_time_years_round_trip() {
    for y in [
        -13_800_000_000i64,
        -4_500_000_000,
        -66_000_000,
        -10_000_001,
        10_000_001,
        5_000_000_000,
    ] {
        let t = civil_to_days(y, 1, 1);
        assert!((t - year_to_days(y as f64)).abs() < 1.0);
        // Half a day into the year is still that year, never the one before.
        assert_eq!(days_to_civil(t + 0.5).0, y, "year {y}");
        assert_eq!(days_to_civil(t + 0.5 * DAYS_PER_YEAR).0, y);
    }
}

#[test]
fn leap_years() {
    assert!(is_leap_year(2000) && is_leap_year(1600) && is_leap_year(1904) && is_leap_year(0));
    assert!(!is_leap_year(1900) && !is_leap_year(1930) && !is_leap_year(2100));
    assert!(is_leap_year(-4) && !is_leap_year(-100));
    assert_eq!(days_in_month(1900, 2), 28);
    assert_eq!(days_in_month(2000, 2), 29);
    assert_eq!(days_in_month(1930, 4), 30);
}

#[test]
fn julian_calendar_pairs() {
    assert_eq!(gregorian_to_julian(1917, 12, 18), (1917, 12, 5));
    assert_eq!(gregorian_to_julian(1918, 2, 14), (1918, 2, 1));
    assert_eq!(gregorian_to_julian(1582, 10, 15), (1582, 10, 5));
    // 1900 is a leap year in the Julian calendar only: 29 February Old Style exists.
    assert_eq!(gregorian_to_julian(1900, 3, 13), (1900, 2, 29));
    assert_eq!(gregorian_to_julian(1900, 3, 14), (1900, 3, 1));
    assert_eq!(gregorian_to_julian(1889, 3, 8), (1889, 2, 24));
    // Across a year boundary: 13 January 1918 New Style is 31 December 1917 Old Style.
    assert_eq!(gregorian_to_julian(1918, 1, 13), (1917, 12, 31));
    assert!(is_before_russian_reform(1918, 2, 13));
    assert!(!is_before_russian_reform(1918, 2, 14));
}

#[test]
fn precision_and_day_ranges() {
    let day = point("1930-04-04");
    assert_eq!(day.precision(), Precision::Day);
    assert_eq!(day.start_days(), civil_to_days(1930, 4, 4));
    assert_eq!(day.end_days(), civil_to_days(1930, 4, 5));
    let month = point("1930-02");
    assert_eq!(month.precision(), Precision::Month);
    assert_eq!(
        (month.start_days(), month.end_days()),
        (civil_to_days(1930, 2, 1), civil_to_days(1930, 3, 1))
    );
    let leap_feb = point("1928-02");
    assert_eq!(leap_feb.end_days() - leap_feb.start_days(), 29.0);
    let year = point("1889");
    assert_eq!(year.precision(), Precision::Year);
    assert_eq!(
        (year.start_days(), year.end_days()),
        (civil_to_days(1889, 1, 1), civil_to_days(1890, 1, 1))
    );
    let autumn = point("1929-23");
    assert_eq!(autumn.precision(), Precision::Season);
    assert_eq!(autumn.season, Some(Season::Autumn));
    assert_eq!(
        (autumn.start_days(), autumn.end_days()),
        (civil_to_days(1929, 9, 1), civil_to_days(1929, 12, 1))
    );
    // Winter runs into the next year.
    let winter = point("1929-24");
    assert_eq!(
        (winter.start_days(), winter.end_days()),
        (civil_to_days(1929, 12, 1), civil_to_days(1930, 3, 1))
    );
    assert_eq!(point("1929-21").season, Some(Season::Spring));
    assert_eq!(point("1929-22").start_days(), civil_to_days(1929, 6, 1));
}

#[test]
fn qualifiers_negative_and_long_years() {
    let p = point("1889~");
    assert!(p.approximate && !p.uncertain && p.year == 1889);
    let p = point("1930?");
    assert!(!p.approximate && p.uncertain);
    let p = point("1930-04%");
    assert!(p.approximate && p.uncertain && p.month == Some(4));
    assert_eq!(point("-0043").year, -43);
    assert_eq!(point("-0043-03-15").start_days(), civil_to_days(-43, 3, 15));
    assert_eq!(point("0000").year, 0);
    let big_bang = point("Y-13800000000");
    assert_eq!(big_bang.year, -13_800_000_000);
    let one_year = big_bang.end_days() - big_bang.start_days();
    assert!((one_year - DAYS_PER_YEAR).abs() < 1e-3, "{one_year}");
    assert!(point("Y-66000000~").approximate);
}

#[test]
fn intervals() {
    let e = parse_edtf("1926/1929").unwrap();
    assert!(e.is_interval());
    assert_eq!(e.start().year, 1926);
    assert_eq!(
        (e.start_days(), e.end_days()),
        (civil_to_days(1926, 1, 1), civil_to_days(1930, 1, 1))
    );
    assert_eq!(
        e.midpoint_days(),
        (civil_to_days(1926, 1, 1) + civil_to_days(1930, 1, 1)) / 2.0
    );
    let e = parse_edtf("1917-12-18/1917-12-26").unwrap();
    assert_eq!(e.end_days() - e.start_days(), 9.0);
    let e = parse_edtf("1926~/1929-23?").unwrap();
    assert!(e.start().approximate && e.end().uncertain);
    // A single year as an interval of itself is fine; ending before the start is not.
    assert!(parse_edtf("1929/1929").is_ok());
    let msg = err("1930/1929");
    assert!(msg.contains("ends before it starts"), "{msg}");
    let msg = err("1930-05-02/1930-05-01");
    assert!(msg.contains("ends before it starts"), "{msg}");
    let p = parse_edtf(" 1930-04-04 ").unwrap();
    assert_eq!(p, Edtf::Point(DatePoint::ymd(1930, 4, 4)));
}

#[test]
fn invalid_forms_are_rejected_with_a_reason() {
    let msg = err("1930-13");
    assert!(msg.contains("month 13"), "{msg}");
    assert!(err("1930-25").contains("21–24"));
    let msg = err("1930-04-31");
    assert!(msg.contains("day 31") && msg.contains("1930-04"), "{msg}");
    assert!(err("1930-02-29").contains("day 29"));
    assert!(parse_edtf("1928-02-29").is_ok());
    assert!(err("1900-02-29").contains("day 29"));
    assert!(parse_edtf("2000-02-29").is_ok());
    assert!(err("1929-23-01").contains("season"));
    assert!(err("Y-999999999999").contains("billion"));
    for bad in [
        "",
        " ",
        "1930-00",
        "1930-04-00",
        "889",
        "18890",
        "1889-3-8",
        "1889-03-8",
        "+1889",
        "1889-03-08T10:00",
        "1889-03-08-01",
        "abcd",
        "Y",
        "Yabc",
        "1930/",
        "/1930",
        "1930//1931",
        "1889~~x",
        "١٨٨٩",
        "1930-04-04/1930-13",
        "--1930",
    ] {
        let e = parse_edtf(bad);
        assert!(e.is_err(), "{bad:?} should be rejected, got {e:?}");
    }
    assert!(err(&"1".repeat(65)).contains("too long"));
    // Every message says how to write a date (or what is wrong with this one).
    assert!(err("abcd").contains("1889-03-08"));
}
