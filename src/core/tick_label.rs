//! The text of a tick label: day, month, year, decade ("1920s") or century ("20th century"), in
//! the interface language.
use super::date::days_to_civil;
use super::date_format::year_text;
use super::i18n::{locale, Lang};
use super::tick_calendar::period_start_year;
use super::ticks::{Level, Step};

pub(super) fn tick_label(
    t_days: f64,
    step: Step,
    level: &Level,
    major: bool,
    lang: Lang,
) -> String {
    let loc = locale(lang);
    let (y, m, d) = days_to_civil(t_days + 0.5);
    match (step, major) {
        (Step::Days(_), _) => d.to_string(),
        (Step::Months(_), true) => {
            let month = &loc.months[m as usize - 1];
            match lang {
                Lang::Kk => format!("{} {month}", year_text(y, lang)),
                _ => format!("{month} {}", year_text(y, lang)),
            }
        }
        (Step::Months(_), false) => loc.months_short[m as usize - 1].clone(),
        (Step::Years(n), _) => {
            let year = if major || n > 1 {
                period_start_year(y, n)
            } else {
                y
            };
            if major && n == 10 && matches!(level.minor, Step::Years(_)) && year >= 10 {
                loc.tf("decade", &[("n", &year.to_string())])
            } else if major && n == 100 && (100..10_000).contains(&year) {
                // "20th century", "XX век": a bare "1900" over decade ticks reads as a year.
                loc.tf("century", &[("n", &century_number(year / 100 + 1, lang))])
            } else {
                year_text(year, lang)
            }
        }
    }
}

/// The ordinal of a century as it is written in `lang`: "20th" in English, Roman "XX" in
/// Russian and Kazakh.
pub fn century_number(n: i64, lang: Lang) -> String {
    match lang {
        Lang::En => {
            let suffix = match (n % 10, n % 100) {
                (_, 11..=13) => "th",
                (1, _) => "st",
                (2, _) => "nd",
                (3, _) => "rd",
                _ => "th",
            };
            format!("{n}{suffix}")
        }
        Lang::Ru | Lang::Kk => roman(n),
    }
}

fn roman(mut n: i64) -> String {
    const DIGITS: [(i64, &str); 13] = [
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ];
    let mut out = String::new();
    for (value, digits) in DIGITS {
        while n >= value {
            out.push_str(digits);
            n -= value;
        }
    }
    out
}
