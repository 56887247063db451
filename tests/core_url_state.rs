//! The deep-link hash: round trips, and broken links that fall back to the defaults.
use tarikh::core::date::civil_to_days;
use tarikh::core::i18n::Lang;
use tarikh::core::url_state::{format_hash, parse_hash, UrlState};

fn day(y: i64, m: u8, d: u8) -> f64 {
    civil_to_days(y, m, d)
}

#[test]
fn hash_round_trip() {
    let state = UrlState {
        event: Some("execution".into()),
        lang: Some(Lang::Kk),
        range_days: Some((day(1888, 1, 1), day(1932, 1, 1))),
    };
    let text = format_hash(&state);
    assert_eq!(
        text,
        "event=execution&lang=kk&from=1888-01-01&to=1931-12-31"
    );
    assert_eq!(parse_hash(&text), state);
    assert_eq!(parse_hash(&format!("#{text}")), state);
    for lang in [Lang::En, Lang::Ru, Lang::Kk] {
        let s = UrlState {
            event: None,
            lang: Some(lang),
            range_days: None,
        };
        assert_eq!(parse_hash(&format_hash(&s)), s);
    }
    // Day-precision ranges survive, BCE and single days included.
    for (a, b) in [
        (day(-43, 3, 15), day(-43, 3, 16)),
        (day(1930, 4, 21), day(1930, 5, 1)),
        (day(1, 1, 1), day(2000, 1, 1)),
    ] {
        let s = UrlState {
            event: Some("a_b-9".into()),
            lang: None,
            range_days: Some((a, b)),
        };
        assert_eq!(parse_hash(&format_hash(&s)), s, "{}", format_hash(&s));
    }
    assert_eq!(format_hash(&UrlState::default()), "");
    assert_eq!(parse_hash(""), UrlState::default());
}

#[test]
fn hash_parsing_details() {
    let s = parse_hash("#lang=ru&event=arrest");
    assert_eq!(
        (s.event.as_deref(), s.lang),
        (Some("arrest"), Some(Lang::Ru))
    );
    // Coarser dates: `from` is the start of its period, `to` the end of its period.
    let s = parse_hash("from=1917&to=1918-02");
    assert_eq!(s.range_days, Some((day(1917, 1, 1), day(1918, 3, 1))));
    // Percent-encoded ids decode (Cyrillic letters are letters).
    assert_eq!(
        parse_hash("event=%D0%B0%D1%80%D0%B5%D1%81%D1%82")
            .event
            .as_deref(),
        Some("арест")
    );
    assert_eq!(parse_hash("lang=KK").lang, Some(Lang::Kk));
}

#[test]
fn broken_hashes_fall_back_to_defaults() {
    let defaults = [
        "#",
        "&&&",
        "=",
        "event",
        "event=",
        "lang=xx",
        "lang=",
        "from=1930",
        "to=1930",
        "from=garbage&to=1931",
        "from=1931&to=1930",
        "from=1930-13-01&to=1931",
        "from=1930-05-05&to=1930-05-04",
        "unknown=1&other",
        "event=%3Cscript%3E",
        "event=<img src=x onerror=alert(1)>",
        "event=a%26lang%3Dru",
        "event=a b",
        "event=a/../b",
        "event=%",
        "event=%zz",
        "event=%E2%82",
        "event=javascript:alert(1)",
        "event=a%00b",
        "from=%FF%FE&to=%00",
    ];
    for hash in defaults {
        assert_eq!(parse_hash(hash), UrlState::default(), "{hash:?}");
    }
    let long_id = "a".repeat(101);
    assert_eq!(parse_hash(&format!("event={long_id}")).event, None);
    // One bad value does not spoil the good ones.
    let s = parse_hash("event=birth&lang=zz&from=1889&to=nope&x=%%%");
    assert_eq!(
        s,
        UrlState {
            event: Some("birth".into()),
            lang: None,
            range_days: None
        }
    );
    let s = parse_hash("event=<b>&lang=en&from=1889&to=1890");
    assert_eq!(s.event, None);
    assert_eq!(s.lang, Some(Lang::En));
    assert_eq!(s.range_days, Some((day(1889, 1, 1), day(1891, 1, 1))));
    // Very long or odd input never panics.
    let _ = parse_hash(&"%".repeat(10_000));
    let _ = parse_hash(&"from=Y-99999999999&to=Y99999999999&".repeat(100));
}
