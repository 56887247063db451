//! Locale files: all parse, all carry the same keys and placeholders, calendars are complete.
use std::collections::BTreeSet;
use tarikh::core::i18n::{locale, locale_sources, parse_locale, Lang};

/// `{name}` placeholders of a string, in order of first appearance.
fn placeholders(text: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        let after = &rest[open + 1..];
        match after.find('}') {
            Some(close) => {
                out.insert(after[..close].to_string());
                rest = &after[close + 1..];
            }
            None => break,
        }
    }
    out
}

#[test]
fn every_locale_parses_with_complete_calendars() {
    for (lang, text) in locale_sources() {
        let loc = parse_locale(text).unwrap_or_else(|e| panic!("{lang:?}: {e}"));
        for list in [
            &loc.months[..],
            &loc.months_genitive[..],
            &loc.months_short[..],
            &loc.seasons[..],
        ] {
            assert!(
                list.iter().all(|m| !m.trim().is_empty()),
                "{lang:?}: empty name in {list:?}"
            );
            let distinct: BTreeSet<&String> = list.iter().collect();
            assert_eq!(
                distinct.len(),
                list.len(),
                "{lang:?}: repeated name in {list:?}"
            );
        }
        assert_eq!(loc.months.len(), 12);
        // The compiled-in locale (build.rs) is the file itself, every string of it.
        let compiled = locale(lang);
        assert_eq!(compiled.months, loc.months);
        assert_eq!(compiled.months_genitive, loc.months_genitive);
        assert_eq!(compiled.months_short, loc.months_short);
        assert_eq!(compiled.seasons, loc.seasons);
        assert_eq!(compiled.keys().count(), loc.keys().count(), "{lang:?}");
        for key in loc.keys() {
            assert_eq!(compiled.t(key), loc.t(key), "{lang:?}: {key}");
        }
    }
    assert_eq!(locale(Lang::Ru).months[0], "январь");
    assert_eq!(locale(Lang::Kk).months[0], "қаңтар");
}

#[test]
fn all_locales_have_the_same_keys_and_placeholders() {
    let parsed: Vec<_> = locale_sources()
        .iter()
        .map(|(l, t)| (*l, parse_locale(t).unwrap()))
        .collect();
    let (base_lang, base) = &parsed[0];
    let base_keys: BTreeSet<&String> = base.keys().collect();
    assert!(
        base_keys.len() > 20,
        "suspiciously few keys: {}",
        base_keys.len()
    );
    for (lang, loc) in &parsed[1..] {
        let keys: BTreeSet<&String> = loc.keys().collect();
        let missing: Vec<_> = base_keys.difference(&keys).collect();
        let extra: Vec<_> = keys.difference(&base_keys).collect();
        assert!(
            missing.is_empty() && extra.is_empty(),
            "{lang:?} vs {base_lang:?}: missing {missing:?}, extra {extra:?}"
        );
        for key in &base_keys {
            let (a, b) = (base.t(key), loc.t(key));
            assert!(!b.trim().is_empty(), "{lang:?}: {key} is empty");
            assert_eq!(
                placeholders(a),
                placeholders(b),
                "{lang:?}: placeholders of {key}"
            );
        }
    }
    // Strings the date labels and the contract rely on.
    for key in [
        "zoom_in",
        "zoom_out",
        "bce",
        "approx",
        "decade",
        "billion_years_ago",
        "million_years_ago",
        "deep_time_ago",
    ] {
        assert!(base_keys.contains(&key.to_string()), "missing {key}");
    }
    assert_eq!(locale(Lang::En).t("zoom_in"), "Zoom in");
    assert_eq!(locale(Lang::En).t("zoom_out"), "Zoom out");
}

#[test]
fn lookups_and_codes() {
    let en = locale(Lang::En);
    assert_eq!(en.t("no-such-key"), "no-such-key");
    assert_eq!(en.tf("bce", &[("n", "44")]), "44 BCE");
    assert_eq!(
        en.tf("event_count", &[("n", "3"), ("unused", "x")]),
        "3 events"
    );
    for lang in Lang::ALL {
        assert_eq!(Lang::from_code(lang.code()), Some(lang));
        assert!(!lang.endonym().is_empty());
    }
    assert_eq!(Lang::from_code(" KZ "), Some(Lang::Kk));
    assert_eq!(Lang::from_code("de"), None);
    assert!(parse_locale("{").is_err());
    assert!(parse_locale(r#"{"months": []}"#).is_err());
}
