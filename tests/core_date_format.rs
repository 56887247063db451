//! Date labels in English, Russian and Kazakh at every precision.
use tarikh::core::date::{civil_to_days, parse_edtf};
use tarikh::core::date_format::{format_edtf, iso_day, year_text, years_ago_text};
use tarikh::core::i18n::Lang::{self, En, Kk, Ru};

fn label(edtf: &str, lang: Lang) -> String {
    format_edtf(&parse_edtf(edtf).expect(edtf), lang, false)
}

fn julian(edtf: &str, lang: Lang) -> String {
    format_edtf(&parse_edtf(edtf).expect(edtf), lang, true)
}

#[test]
fn day_precision() {
    assert_eq!(label("1930-04-04", En), "4 April 1930");
    assert_eq!(label("1930-04-04", Ru), "4 апреля 1930 г.");
    assert_eq!(label("1930-04-04", Kk), "1930 жылғы 4 сәуір");
    assert_eq!(label("1889-03-08", Ru), "8 марта 1889 г.");
    assert_eq!(label("1988-11-04", Kk), "1988 жылғы 4 қараша");
}

#[test]
fn month_season_and_year_precision() {
    assert_eq!(label("1929-04", En), "April 1929");
    assert_eq!(label("1929-04", Ru), "апрель 1929 г.");
    assert_eq!(label("1929-04", Kk), "1929 жылғы сәуір");
    assert_eq!(label("1929-23", En), "autumn 1929");
    assert_eq!(label("1929-23", Ru), "осень 1929 г.");
    assert_eq!(label("1929-23", Kk), "1929 жылдың күзі");
    assert_eq!(label("1929-24", En), "winter 1929");
    assert_eq!(label("1930", En), "1930");
    assert_eq!(label("1930", Ru), "1930 г.");
    assert_eq!(label("1930", Kk), "1930 ж.");
}

#[test]
fn approximate_and_uncertain() {
    assert_eq!(label("1889~", En), "c. 1889");
    assert_eq!(label("1889~", Ru), "ок. 1889 г.");
    assert_eq!(label("1889~", Kk), "шамамен 1889 ж.");
    assert_eq!(label("1930?", En), "1930?");
    assert_eq!(label("1930-04-04?", En), "4 April 1930?");
    assert_eq!(label("1889%", En), "c. 1889?");
}

#[test]
fn intervals() {
    assert_eq!(label("1926/1929", En), "1926–1929");
    assert_eq!(label("1926/1929", Ru), "1926–1929 гг.");
    assert_eq!(label("1926/1929", Kk), "1926–1929 жж.");
    assert_eq!(label("1917-12-18/1917-12-26", En), "18–26 December 1917");
    assert_eq!(label("1917-12-18/1917-12-26", Ru), "18–26 декабря 1917 г.");
    assert_eq!(
        label("1917-12-18/1917-12-26", Kk),
        "1917 жылғы 18–26 желтоқсан"
    );
    assert_eq!(label("1926~/1929", En), "c. 1926 – 1929");
    assert_eq!(label("1930-03/1930-06", En), "March 1930 – June 1930");
    assert_eq!(
        label("1930-03-30/1930-04-02", En),
        "30 March 1930 – 2 April 1930"
    );
}

#[test]
fn julian_dates_show_old_style_with_new_style_in_brackets() {
    assert_eq!(julian("1917-12-18", En), "5 (18) December 1917");
    assert_eq!(julian("1917-12-18", Ru), "5 (18) декабря 1917 г.");
    assert_eq!(julian("1917-12-18", Kk), "1917 жылғы 5 (18) желтоқсан");
    assert_eq!(
        julian("1917-12-18/1917-12-26", En),
        "5–13 (18–26) December 1917"
    );
    assert_eq!(
        julian("1917-12-18/1917-12-26", Ru),
        "5–13 (18–26) декабря 1917 г."
    );
    // Across a month: both dates in full.
    assert_eq!(julian("1917-03-04", En), "19 February 1917 (4 March 1917)");
    // From 14 February 1918 there is no Old Style any more.
    assert_eq!(julian("1918-02-14", En), "14 February 1918");
    assert_eq!(
        julian("1918-02-13", En),
        "31 January 1918 (13 February 1918)"
    );
    // Without the flag, or without a day, nothing changes.
    assert_eq!(label("1917-12-18", En), "18 December 1917");
    assert_eq!(julian("1917-12", En), "December 1917");
}

#[test]
fn julian_dates_keep_their_qualifiers() {
    assert_eq!(julian("1917-12-18?", En), "5 (18) December 1917?");
    assert_eq!(julian("1917-12-18~", Ru), "ок. 5 (18) декабря 1917 г.");
    assert_eq!(
        julian("1917-03-04~", En),
        "c. 19 February 1917 (4 March 1917)"
    );
}

#[test]
fn bce_and_deep_time() {
    assert_eq!(year_text(-43, En), "44 BCE");
    assert_eq!(year_text(0, En), "1 BCE");
    assert_eq!(year_text(1, En), "1");
    assert_eq!(year_text(-43, Ru), "44 г. до н. э.");
    assert_eq!(year_text(-43, Kk), "б.з.д. 44 ж.");
    assert_eq!(label("-0043", En), "44 BCE");
    assert_eq!(label("-0043", Ru), "44 г. до н. э.");
    assert_eq!(label("-0043-03-15", En), "15 March 44 BCE");
    assert_eq!(label("-0043-03-15", Ru), "15 марта 44 г. до н. э.");
    // A BCE day range has no second year suffix.
    assert_eq!(
        label("-0043-03-15/-0043-03-17", Ru),
        "15–17 марта 44 г. до н. э."
    );
    assert_eq!(
        label("-0043-03-15/-0043-03-17", Kk),
        "б.з.д. 44 ж., 15–17 наурыз"
    );
    assert_eq!(year_text(-13_800_000_000, En), "13.8 billion years ago");
    assert_eq!(year_text(-13_800_000_000, Ru), "13,8 млрд лет назад");
    assert_eq!(year_text(-13_800_000_000, Kk), "13,8 млрд жыл бұрын");
    assert_eq!(year_text(-66_000_000, En), "66 million years ago");
    // Below a million years, "ago" (counted from year 0) would be off by two thousand years.
    assert_eq!(year_text(-12_000, En), "12,001 BCE");
    assert_eq!(year_text(-12_000, Ru), "12\u{a0}001 г. до н. э.");
    assert_eq!(year_text(-999_998, En), "999,999 BCE");
    assert_eq!(year_text(-999_999, En), "999,999 years ago");
    assert_eq!(years_ago_text(12_000.0, Ru), "12\u{a0}000 лет назад");
    assert_eq!(label("Y-13800000000", En), "13.8 billion years ago");
    // Rounding to one decimal never writes "1000 million".
    assert_eq!(years_ago_text(999_960_000.0, En), "1 billion years ago");
    assert_eq!(years_ago_text(999_000_000.0, En), "999 million years ago");
}

#[test]
fn iso_days_for_the_url() {
    assert_eq!(iso_day(civil_to_days(1930, 4, 21)), "1930-04-21");
    assert_eq!(iso_day(civil_to_days(1930, 4, 21) + 0.9), "1930-04-21");
    assert_eq!(iso_day(civil_to_days(5, 1, 2)), "0005-01-02");
    assert_eq!(iso_day(civil_to_days(-43, 3, 15)), "-0043-03-15");
    assert_eq!(
        iso_day(civil_to_days(-13_800_000_000, 1, 1) + 1.0),
        "Y-13800000000"
    );
    // What iso_day writes, parse_edtf reads back to the same day.
    for day in [-800_000.0, -1.0, 0.0, 21_000.0, 2_000_000.0] {
        let text = iso_day(day);
        assert_eq!(parse_edtf(&text).unwrap().start_days(), day, "{text}");
    }
}
