//! The flagship pack (public/content/aymautov.json, authored separately) must load with no error
//! and no warning, and hold what the product promises: enough events, eras, quotations and
//! media, the public event ids, and the disputed 1930/1931 dates with both versions.
use std::path::Path;
use tarikh::content::load_content;

/// The flagship pack, authored separately, must load without a single error or warning.
#[test]
fn flagship_pack_is_clean_and_complete() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("public/content/aymautov.json");
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!(
            "the flagship pack {} is missing ({e}): it must exist and validate",
            path.display()
        )
    });
    let loaded = load_content(&text).unwrap_or_else(|problems| {
        let listing: String = problems.iter().map(|p| format!("\n  {p}")).collect();
        panic!("aymautov.json has problems:{listing}")
    });
    let listing: String = loaded.warnings.iter().map(|p| format!("\n  {p}")).collect();
    assert!(
        loaded.warnings.is_empty(),
        "aymautov.json has warnings:{listing}"
    );
    let c = &loaded.content;
    assert!(c.events.len() >= 50, "{} events", c.events.len());
    assert!(c.eras.len() >= 8, "{} eras", c.eras.len());
    assert!(c.quotes.len() >= 10, "{} quotes", c.quotes.len());
    assert!(c.media.len() >= 5, "{} media", c.media.len());
    let ids: Vec<&str> = c.events.iter().map(|e| e.id.as_str()).collect();
    for id in [
        "birth",
        "abai-journal",
        "kartkozha",
        "akbilek",
        "arrest",
        "sentence",
        "execution",
        "vagankovo",
        "rehabilitation",
    ] {
        assert!(ids.contains(&id), "no event with id {id}");
    }
    for id in ["sentence", "execution"] {
        let event = c.events.iter().find(|e| e.id == id).unwrap();
        // Both versions must be shown: the main date plus its alternatives.
        let years: Vec<&str> = std::iter::once(event.date.as_str())
            .chain(event.alternatives.iter().map(|a| a.date.as_str()))
            .map(|d| &d[..4])
            .collect();
        assert!(
            years.contains(&"1930") && years.contains(&"1931"),
            "{id}: versions {years:?}"
        );
    }
}
