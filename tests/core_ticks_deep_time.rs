//! Ticks before the common era and in deep time: round BCE years, "billion years ago" labels,
//! no calendar days where there is no calendar.
mod common;
use common::check_set;
use tarikh::core::date::{civil_to_days, days_to_civil, year_to_days, DAYS_PER_YEAR};
use tarikh::core::i18n::Lang;
use tarikh::core::scale::Scale;
use tarikh::core::ticks::choose_ticks;

const WIDTHS_PX: [f64; 7] = [320.0, 375.0, 768.0, 1366.0, 1920.0, 2560.0, 3840.0];
const LANGS: [Lang; 3] = [Lang::En, Lang::Ru, Lang::Kk];

#[test]
fn bce_ticks_stand_on_round_bce_years() {
    // 400–100 BCE: ticks are labelled with round numbers and stand on the years they name.
    let (a, b) = (civil_to_days(-399, 1, 1), civil_to_days(-99, 1, 1));
    for width in WIDTHS_PX {
        let set = choose_ticks(&Scale::new(a, b - a, width), Lang::En);
        assert!(!set.minor.is_empty());
        for t in &set.minor {
            let (y, _, _) = days_to_civil(t.t_days);
            let bce = 1 - y;
            assert_eq!(
                t.label,
                format!("{bce} BCE"),
                "tick at astronomical year {y}"
            );
            assert_eq!(
                bce % 10,
                0,
                "width {width}: {} is not a round year",
                t.label
            );
        }
    }
}

#[test]
fn cosmological_span_uses_billions_and_millions_of_years() {
    let start = year_to_days(-14.5e9);
    let span = 15.0e9 * DAYS_PER_YEAR;
    for width in WIDTHS_PX {
        for lang in LANGS {
            let scale = Scale::new(start, span, width);
            let set = choose_ticks(&scale, lang);
            let ctx = format!("cosmos width {width} {lang:?}");
            check_set(&set, &scale, &ctx);
            assert!(!set.minor.is_empty(), "{ctx}: no ticks");
            let suffix = match lang {
                Lang::En => " billion years ago",
                Lang::Ru => " млрд лет назад",
                Lang::Kk => " млрд жыл бұрын",
            };
            for t in set.minor.iter().chain(&set.major) {
                assert!(
                    t.unit == "billion-years" || t.unit == "million-years",
                    "{ctx}: {}",
                    t.unit
                );
                if t.sticky {
                    continue;
                }
                // The label names the tick's own time: "12 billion years ago" stands at -12e9.
                let n = t
                    .label
                    .strip_suffix(suffix)
                    .unwrap_or_else(|| panic!("{ctx}: {:?}", t.label));
                let billions: f64 = n.replace(',', ".").parse().expect("a number");
                let years = (t.t_days / DAYS_PER_YEAR) + 1970.0;
                assert!(
                    (years + billions * 1e9).abs() < 1e6,
                    "{ctx}: {:?} at year {years}",
                    t.label
                );
            }
        }
    }
}

#[test]
fn deep_time_zoomed_in_never_shows_calendar_days() {
    // A week 13.8 billion years ago has no calendar: no "1 1 1" day ticks.
    let scale = Scale::new(year_to_days(-13.8e9), 7.0, 1366.0);
    for lang in LANGS {
        let set = choose_ticks(&scale, lang);
        check_set(&set, &scale, "deep week");
        assert!(
            set.minor
                .iter()
                .all(|t| t.unit != "day" && t.unit != "month"),
            "{:?}",
            set.minor
        );
    }
    // Nine million years ago the label still names the right million.
    let start = year_to_days(-9.5e6);
    let scale = Scale::new(start, 2.0e6 * DAYS_PER_YEAR, 1366.0);
    let set = choose_ticks(&scale, Lang::En);
    for t in set
        .minor
        .iter()
        .filter(|t| t.label.ends_with("million years ago"))
    {
        let millions: f64 = t.label.split(' ').next().unwrap().parse().unwrap();
        let years = t.t_days / DAYS_PER_YEAR + 1970.0;
        assert!(
            (years + millions * 1e6).abs() < 1e4,
            "{:?} at {years}",
            t.label
        );
    }
}

#[test]
fn long_spans_up_to_the_age_of_the_universe_stay_readable() {
    let (lo, hi, n) = (200.0f64, 15.0e9f64, 30);
    for i in 0..n {
        let years = (lo.ln() + (hi.ln() - lo.ln()) * i as f64 / (n - 1) as f64).exp();
        // Windows ending today and windows starting at the Big Bang.
        for start_year in [2000.0 - years, -13.8e9] {
            for &width in &WIDTHS_PX {
                for lang in LANGS {
                    let scale = Scale::new(year_to_days(start_year), years * DAYS_PER_YEAR, width);
                    let set = choose_ticks(&scale, lang);
                    let ctx =
                        format!("{years:.0} years from {start_year:.0}, width {width}, {lang:?}");
                    check_set(&set, &scale, &ctx);
                    assert!(!set.minor.is_empty(), "{ctx}: no minor ticks");
                }
            }
        }
    }
}
