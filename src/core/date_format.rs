//! Precision-aware date labels in English, Russian and Kazakh.
//! "4 April 1930" / "4 апреля 1930 г." / "1930 жылғы 4 сәуір"; "c. 1889"; "autumn 1929";
//! "1926–1929"; Old Style "5 (18) December 1917".
use super::date::{gregorian_to_julian, is_before_russian_reform, DatePoint, Edtf, Season};
use super::i18n::{locale, Lang};

/// The furthest year written as "N BCE"; earlier years are written as "N years ago". "Ago" is
/// counted from year 0, which is off by the two thousand years since: only from a million years
/// on is that difference below the precision of the label (0.2%).
pub const MAX_BCE_YEAR: i64 = 999_999;

/// A year as people write it: "1930", "44 BCE", "65 million years ago".
pub fn year_text(year: i64, lang: Lang) -> String {
    let loc = locale(lang);
    if year > 0 {
        return year.to_string();
    }
    // Astronomical year 0 is 1 BCE.
    let bce = 1 - year;
    if bce <= MAX_BCE_YEAR {
        let n = if bce >= 10_000 {
            thousands(bce, lang)
        } else {
            bce.to_string()
        };
        return loc.tf("bce", &[("n", &n)]);
    }
    years_ago_text(-year as f64, lang)
}

/// Deep time: "12,000 years ago", "65 million years ago", "13.8 billion years ago".
pub fn years_ago_text(years: f64, lang: Lang) -> String {
    let loc = locale(lang);
    // 999.96 million rounds to one decimal as "1000 million": write it as 1 billion instead.
    if years >= 999.95e6 {
        loc.tf("billion_years_ago", &[("n", &decimal(years / 1.0e9, lang))])
    } else if years >= 1.0e6 {
        loc.tf("million_years_ago", &[("n", &decimal(years / 1.0e6, lang))])
    } else {
        loc.tf(
            "deep_time_ago",
            &[("n", &thousands(years.round() as i64, lang))],
        )
    }
}

/// One decimal at most, with the language's decimal mark: 13.8 / 13,8; 65 stays 65.
fn decimal(x: f64, lang: Lang) -> String {
    let rounded = (x * 10.0).round() / 10.0;
    let text = if (rounded - rounded.round()).abs() < 1e-9 {
        format!("{}", rounded.round() as i64)
    } else {
        format!("{rounded:.1}")
    };
    if lang == Lang::En {
        text
    } else {
        text.replace('.', ",")
    }
}

fn thousands(n: i64, lang: Lang) -> String {
    let digits = n.abs().to_string();
    let sep = if lang == Lang::En { ',' } else { '\u{a0}' };
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(sep);
        }
        out.push(c);
    }
    if n < 0 {
        format!("-{out}")
    } else {
        out
    }
}

fn season_index(s: Season) -> usize {
    match s {
        Season::Spring => 0,
        Season::Summer => 1,
        Season::Autumn => 2,
        Season::Winter => 3,
    }
}

/// A date without qualifiers, at its own precision.
fn bare_point(p: &DatePoint, lang: Lang) -> String {
    let loc = locale(lang);
    let y = year_text(p.year, lang);
    let modern = p.year > 0;
    match (p.month, p.day, p.season) {
        (Some(m), Some(d), _) => day_month_year(&d.to_string(), m, &y, modern, lang),
        (Some(m), None, _) => {
            let month = &loc.months[m as usize - 1];
            match lang {
                Lang::En => format!("{month} {y}"),
                Lang::Ru if modern => format!("{month} {y} г."),
                Lang::Ru => format!("{month} {y}"),
                Lang::Kk if modern => format!("{y} жылғы {month}"),
                Lang::Kk => format!("{y}, {month}"),
            }
        }
        (None, _, Some(s)) => {
            let season = &loc.seasons[season_index(s)];
            match lang {
                Lang::En => format!("{season} {y}"),
                Lang::Ru if modern => format!("{season} {y} г."),
                Lang::Ru => format!("{season} {y}"),
                Lang::Kk if modern => format!("{y} жылдың {season}"),
                Lang::Kk => format!("{y}, {season}"),
            }
        }
        _ => match lang {
            Lang::Ru if modern => format!("{y} г."),
            Lang::Kk if modern => format!("{y} ж."),
            _ => y,
        },
    }
}

/// `d` is the day part: "4", "18–26" or "5 (18)".
fn day_month_year(d: &str, m: u8, y: &str, modern: bool, lang: Lang) -> String {
    let loc = locale(lang);
    match lang {
        Lang::En => format!("{d} {} {y}", loc.months[m as usize - 1]),
        Lang::Ru if modern => format!("{d} {} {y} г.", loc.months_genitive[m as usize - 1]),
        Lang::Ru => format!("{d} {} {y}", loc.months_genitive[m as usize - 1]),
        Lang::Kk if modern => format!("{y} жылғы {d} {}", loc.months[m as usize - 1]),
        Lang::Kk => format!("{y}, {d} {}", loc.months[m as usize - 1]),
    }
}

/// A date with its qualifiers: "c. 1889", "1930?".
pub fn format_point(p: &DatePoint, lang: Lang) -> String {
    qualify(bare_point(p, lang), p, lang)
}

/// Add `p`'s qualifiers to an already written date (also an Old Style/New Style pair).
fn qualify(mut text: String, p: &DatePoint, lang: Lang) -> String {
    if p.uncertain {
        text.push('?');
    }
    if p.approximate {
        text = locale(lang).tf("approx", &[("date", &text)]);
    }
    text
}

/// A whole EDTF value. `julian` shows days before 14 February 1918 as "5 (18) December 1917".
pub fn format_edtf(e: &Edtf, lang: Lang, julian: bool) -> String {
    match e {
        // The qualifiers ("c.", "?") belong to the pair as a whole, so they are added last.
        Edtf::Point(p) => match julian_pair(p, julian) {
            Some((jd, jm, jy)) if jm == p.month.unwrap_or(0) && jy == p.year => {
                let day = format!("{jd} ({})", p.day.unwrap_or(0));
                qualify(same_month_days(&day, p, lang), p, lang)
            }
            Some((jd, jm, jy)) => {
                let old = bare_point(&DatePoint::ymd(jy, jm, jd), lang);
                qualify(format!("{old} ({})", bare_point(p, lang)), p, lang)
            }
            None => format_point(p, lang),
        },
        Edtf::Interval(a, b) => format_interval(a, b, lang, julian),
    }
}

/// The Julian date of a day-precision Gregorian date before the 1918 reform, when asked for.
fn julian_pair(p: &DatePoint, julian: bool) -> Option<(u8, u8, i64)> {
    let (m, d) = (p.month?, p.day?);
    if !julian || !is_before_russian_reform(p.year, m, d) {
        return None;
    }
    let (jy, jm, jd) = gregorian_to_julian(p.year, m, d);
    Some((jd, jm, jy))
}

/// "18–26 December 1917" style: `days` is the day part, month and year come from `p`.
/// BCE years are written like single days ("15–17 марта 44 г. до н. э.", without a second "г.").
fn same_month_days(days: &str, p: &DatePoint, lang: Lang) -> String {
    let m = p.month.unwrap_or(1).clamp(1, 12);
    day_month_year(days, m, &year_text(p.year, lang), p.year > 0, lang)
}

fn format_interval(a: &DatePoint, b: &DatePoint, lang: Lang, julian: bool) -> String {
    let plain = !a.approximate && !a.uncertain && !b.approximate && !b.uncertain;
    let both_years =
        a.month.is_none() && a.season.is_none() && b.month.is_none() && b.season.is_none();
    if plain && both_years && a.year > 0 {
        let range = format!("{}–{}", a.year, b.year);
        return match lang {
            Lang::En => range,
            Lang::Ru => format!("{range} гг."),
            Lang::Kk => format!("{range} жж."),
        };
    }
    let same_month = a.year == b.year && a.month.is_some() && a.month == b.month;
    if plain && same_month && a.day.is_some() && b.day.is_some() {
        let (da, db) = (a.day.unwrap_or(1), b.day.unwrap_or(1));
        return match (julian_pair(a, julian), julian_pair(b, julian)) {
            (Some((ja, jma, _)), Some((jb, jmb, _)))
                if jma == jmb && jma == a.month.unwrap_or(0) =>
            {
                same_month_days(&format!("{ja}–{jb} ({da}–{db})"), a, lang)
            }
            (None, None) => same_month_days(&format!("{da}–{db}"), a, lang),
            _ => format!(
                "{} – {}",
                format_edtf(&Edtf::Point(*a), lang, julian),
                format_edtf(&Edtf::Point(*b), lang, julian)
            ),
        };
    }
    format!(
        "{} – {}",
        format_edtf(&Edtf::Point(*a), lang, julian),
        format_edtf(&Edtf::Point(*b), lang, julian)
    )
}

/// A calendar day as the URL and the overview use it: `1930-04-21` (or a `Y` year in deep time).
pub fn iso_day(days: f64) -> String {
    let (y, m, d) = super::date::days_to_civil(days);
    if (0..=9999).contains(&y) {
        format!("{y:04}-{m:02}-{d:02}")
    } else if (-9999..0).contains(&y) {
        format!("-{:04}-{m:02}-{d:02}", -y)
    } else {
        format!("Y{y}")
    }
}
