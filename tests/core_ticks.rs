//! Tick choice: labels never overlap or clip, the unit follows the zoom, and the tick count is
//! bounded by the width, in all three languages.
mod common;
use common::check_set;
use tarikh::core::date::{civil_to_days, days_to_civil, DAYS_PER_YEAR};
use tarikh::core::i18n::{locale, Lang};
use tarikh::core::scale::Scale;
use tarikh::core::ticks::{
    century_number, choose_ticks, choose_ticks_measured, estimate_text_px, LABEL_PAD_PX,
};

const WIDTHS_PX: [f64; 7] = [320.0, 375.0, 768.0, 1366.0, 1920.0, 2560.0, 3840.0];
const LANGS: [Lang; 3] = [Lang::En, Lang::Ru, Lang::Kk];

/// Spans from 7 days to 200 years, log-spaced.
fn spans_days() -> Vec<f64> {
    let (lo, hi, n) = (7.0f64, 200.0 * DAYS_PER_YEAR, 40);
    (0..n)
        .map(|i| (lo.ln() + (hi.ln() - lo.ln()) * i as f64 / (n - 1) as f64).exp())
        .collect()
}

/// Window starts with different phases against months and years (1 Jan 1888, mid-March 1917, ...).
fn starts_days() -> [f64; 4] {
    [
        civil_to_days(1888, 1, 1),
        civil_to_days(1917, 3, 14) + 0.37,
        civil_to_days(1999, 12, 30) + 0.9,
        civil_to_days(-44, 3, 15),
    ]
}

#[test]
fn labels_never_overlap_nor_clip_and_counts_follow_the_width() {
    let mut checked = 0;
    for &span in &spans_days() {
        for &width in &WIDTHS_PX {
            for start in starts_days() {
                for lang in LANGS {
                    let scale = Scale::new(start, span, width);
                    let set = choose_ticks(&scale, lang);
                    let ctx = format!("span {span:.1} d, width {width}, start {start}, {lang:?}");
                    check_set(&set, &scale, &ctx);
                    assert!(!set.minor.is_empty(), "{ctx}: no minor ticks");
                    checked += 1;
                }
            }
        }
    }
    assert_eq!(checked, 40 * 7 * 4 * 3);
}

/// The unit of the minor row for a window at 1366 px in English.
fn minor_unit(start: f64, end: f64, width: f64) -> &'static str {
    let scale = Scale::new(start, end - start, width);
    let set = choose_ticks(&scale, Lang::En);
    set.minor.first().map(|t| t.unit).unwrap_or("none")
}

#[test]
fn the_unit_follows_the_zoom() {
    let week = minor_unit(civil_to_days(1930, 4, 1), civil_to_days(1930, 4, 8), 1366.0);
    assert_eq!(week, "day");
    let two_years = minor_unit(civil_to_days(1928, 1, 1), civil_to_days(1930, 1, 1), 1366.0);
    assert_eq!(two_years, "month");
    let home = minor_unit(civil_to_days(1888, 1, 1), civil_to_days(1932, 1, 1), 1366.0);
    assert!(home == "year" || home == "decade", "1888–1931: {home}");
    let two_centuries = minor_unit(civil_to_days(1800, 1, 1), civil_to_days(2000, 1, 1), 1366.0);
    assert!(
        two_centuries == "decade" || two_centuries == "century",
        "200 years: {two_centuries}"
    );
}

#[test]
fn day_month_and_year_labels_match_their_dates() {
    for lang in LANGS {
        let loc = locale(lang);
        // A week: minor labels are days of the month, major the month.
        let s = Scale::new(civil_to_days(1930, 3, 28), 7.0, 1366.0);
        let set = choose_ticks(&s, lang);
        for t in &set.minor {
            let (_, _, d) = days_to_civil(t.t_days);
            assert_eq!(t.label, d.to_string());
        }
        let april = set
            .major
            .iter()
            .find(|t| !t.sticky)
            .expect("1 April is in the window");
        assert_eq!(april.t_days, civil_to_days(1930, 4, 1));
        assert!(
            april.label.contains(&loc.months[3]) && april.label.contains("1930"),
            "{}",
            april.label
        );
        let sticky = set
            .major
            .iter()
            .find(|t| t.sticky)
            .expect("room for March before April");
        assert!(sticky.label.contains(&loc.months[2]), "{}", sticky.label);
        // Two years: minor labels are short month names at the 1st of their month.
        let s = Scale::new(
            civil_to_days(1928, 1, 1),
            civil_to_days(1930, 1, 1) - civil_to_days(1928, 1, 1),
            1366.0,
        );
        for t in &choose_ticks(&s, lang).minor {
            let (_, m, d) = days_to_civil(t.t_days);
            assert_eq!(d, 1);
            assert_eq!(t.label, loc.months_short[m as usize - 1]);
        }
    }
    // Years: the label is the year the tick stands on.
    let s = Scale::new(
        civil_to_days(1888, 1, 1),
        civil_to_days(1932, 1, 1) - civil_to_days(1888, 1, 1),
        1366.0,
    );
    for t in &choose_ticks(&s, Lang::En).minor {
        let (y, m, d) = days_to_civil(t.t_days);
        assert_eq!((m, d), (1, 1));
        assert_eq!(t.label, y.to_string());
    }
}

#[test]
fn centuries_over_decade_ticks_are_named_as_centuries() {
    // 1955–1998 on a phone: decade ticks, and the majors name the 20th and 21st centuries.
    let s = Scale::new(civil_to_days(1955, 1, 1), 43.0 * DAYS_PER_YEAR, 375.0);
    let expected = [
        (Lang::En, "20th century"),
        (Lang::Ru, "XX век"),
        (Lang::Kk, "XX ғасыр"),
    ];
    for (lang, first) in expected {
        let set = choose_ticks(&s, lang);
        assert!(
            set.minor.iter().all(|t| t.unit == "decade"),
            "{lang:?}: minor units {:?}",
            set.minor.iter().map(|t| t.unit).collect::<Vec<_>>()
        );
        let majors: Vec<&str> = set.major.iter().map(|t| t.label.as_str()).collect();
        assert!(majors.contains(&first), "{lang:?}: majors {majors:?}");
        check_set(&set, &s, &format!("{lang:?} 1955–1998"));
    }
    assert_eq!(century_number(21, Lang::En), "21st");
    assert_eq!(century_number(12, Lang::En), "12th");
    assert_eq!(century_number(19, Lang::Ru), "XIX");
    assert_eq!(century_number(4, Lang::Kk), "IV");
}

/// The browser passes the drawn widths of labels. A wide font (here twice the estimate) must be
/// given room: each label's width is what was measured, labels keep their gap, and the axis
/// steps to a coarser level rather than squeezing the same ticks together.
#[test]
fn measured_label_widths_are_respected() {
    let wide = |text: &str, major: bool| 2.0 * estimate_text_px(text, major);
    let mut coarser = 0;
    for &span in &spans_days() {
        for &width in &WIDTHS_PX {
            for lang in LANGS {
                let scale = Scale::new(civil_to_days(1888, 1, 1), span, width);
                let ctx = format!("span {span:.1} d, width {width}, {lang:?}");
                let measured = choose_ticks_measured(&scale, lang, &wide);
                // Inside the width and apart by the gap, as with estimated widths.
                check_set(&measured, &scale, &ctx);
                for t in measured.minor.iter().chain(measured.major.iter()) {
                    let expected = wide(&t.label, t.major) + LABEL_PAD_PX;
                    assert!(
                        (t.label_w_px - expected).abs() < 1e-9,
                        "{ctx}: {:?}",
                        t.label
                    );
                }
                let estimated = choose_ticks(&scale, lang);
                let count = |s: &tarikh::core::ticks::TickSet| s.minor.len();
                assert!(
                    count(&measured) <= count(&estimated) + 1,
                    "{ctx}: more ticks in a wider font"
                );
                if count(&measured) < count(&estimated) {
                    coarser += 1;
                }
            }
        }
    }
    assert!(
        coarser > 100,
        "a wider font led to fewer ticks only {coarser} times"
    );
}

#[test]
fn grid_lines_are_major_where_a_major_tick_falls() {
    // A century at laptop width: decade ticks labelled as majors, years as minors.
    let start = civil_to_days(1880, 1, 1) as f64;
    let scale = Scale::new(start, 50.0 * DAYS_PER_YEAR, 1366.0);
    let set = choose_ticks(&scale, Lang::En);
    let majors: Vec<f64> = set
        .major
        .iter()
        .filter(|m| !m.sticky)
        .map(|m| m.t_days)
        .collect();
    assert!(!majors.is_empty() && !set.minor.is_empty());
    for t in &set.minor {
        let on_major = majors.iter().any(|m| (m - t.t_days).abs() < 0.5);
        assert_eq!(set.is_major_line(t), on_major, "{}", t.label);
    }
    assert!(
        set.minor.iter().any(|t| set.is_major_line(t)),
        "some lines are major"
    );
    assert!(
        set.minor.iter().any(|t| !set.is_major_line(t)),
        "and some are not"
    );
}
