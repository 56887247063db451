//! TimelineJS3 import: our own fixtures (tests/fixtures/timelinejs3/) for each rule, and the six
//! real TimelineJS3 files in ../shared/compat/timelinejs3/ (read in place, never copied here).
//! Expectations for the real files are computed from the raw JSON in this file, independently
//! of the importer's code.
use serde_json::Value;
use tarikh::content::timelinejs3::import;
use tarikh::content::timelinejs3_html::html_to_text;
use tarikh::content::{load_content, ContentFile, Event, Problem, SourceFormat, Text};
use tarikh::core::date::parse_edtf;

const REAL_FILES: &[&str] = &[
    "all-media-types",
    "cosmo",
    "eras",
    "houston",
    "republican",
    "women_in_computing",
];

fn fixture(name: &str) -> String {
    let path = format!(
        "{}/tests/fixtures/timelinejs3/{name}.json",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn real_file(name: &str) -> String {
    let path = format!(
        "{}/../shared/compat/timelinejs3/{name}.json",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn run(text: &str) -> (Option<ContentFile>, Vec<Problem>) {
    let value: Value = serde_json::from_str(text).expect("test input is JSON");
    import(&value, text)
}

/// Import that must succeed without errors.
fn imported(text: &str) -> (ContentFile, Vec<Problem>) {
    let (content, problems) = run(text);
    assert!(
        !problems.iter().any(Problem::is_error),
        "unexpected errors: {problems:#?}"
    );
    (content.expect("content"), problems)
}

fn s(t: &Text) -> &str {
    match t {
        Text::One(s) => s,
        Text::Many(_) => panic!("the importer writes single-language text"),
    }
}

fn event<'a>(c: &'a ContentFile, title: &str) -> &'a Event {
    c.events
        .iter()
        .find(|e| s(&e.title) == title)
        .unwrap_or_else(|| panic!("no event titled {title:?}"))
}

fn warned(problems: &[Problem], path: &str) -> bool {
    problems.iter().any(|p| !p.is_error() && p.path == path)
}

/// Every piece of text a reader can see.
fn all_texts(c: &ContentFile) -> Vec<String> {
    let mut out = vec![s(&c.title).to_string()];
    out.extend(c.subtitle.iter().map(|t| s(t).to_string()));
    for e in &c.events {
        out.push(s(&e.title).into());
        out.push(s(&e.summary).into());
        out.extend(e.body.iter().chain(&e.note).map(|t| s(t).to_string()));
        out.extend(e.links.iter().map(|l| s(&l.label).to_string()));
    }
    for m in &c.media {
        out.extend([&m.alt, &m.caption, &m.credit].map(|t| s(t).to_string()));
    }
    out.extend(c.eras.iter().map(|e| s(&e.title).to_string()));
    out.extend(c.lanes.iter().map(|l| s(&l.title).to_string()));
    out
}

/// No tag, comment or common entity survives.
fn assert_plain(c: &ContentFile) {
    for text in all_texts(c) {
        let b = text.as_bytes();
        for (i, _) in text.match_indices('<') {
            let next = b.get(i + 1).copied().unwrap_or(b' ');
            assert!(
                !(next.is_ascii_alphabetic() || matches!(next, b'/' | b'!' | b'?')),
                "markup survived in {text:?}"
            );
        }
        for entity in ["&amp;", "&lt;", "&gt;", "&quot;", "&#39;", "&nbsp;"] {
            assert!(
                !text.contains(entity),
                "entity {entity} survived in {text:?}"
            );
        }
    }
}

#[test]
fn dates_numeric_strings_negative_years_and_skips() {
    let (c, problems) = imported(&fixture("basic"));
    assert_eq!(c.events.len(), 13, "13 of 17 entries have a usable year");
    assert_eq!(c.id, "timelinejs3");
    assert_eq!(s(&c.title), "Fixture basics");
    assert_eq!(c.subtitle.as_ref().map(s), Some("Subtitle & more"));
    assert_eq!(
        (c.languages.clone(), c.default_language.as_str()),
        (vec!["en".into()], "en")
    );
    let date = |t: &str| event(&c, t).date.clone();
    assert_eq!(date("Numeric strings"), "1889-03-08");
    assert_eq!(date("Integers with a time"), "1930-10-04");
    assert_eq!(date("Negative year"), "-0044-03-15");
    assert_eq!(date("End equals start"), "1900");
    assert_eq!(date("End before start"), "1910-05");
    assert_eq!(date("Range"), "1914-07-28/1918-11-11");
    assert_eq!(date("Bad month"), "1925");
    assert_eq!(date("Bad day"), "1925-02");
    for e in &c.events {
        parse_edtf(&e.date).unwrap_or_else(|err| panic!("{}: {err}", e.date));
    }
    for path in [
        "events[3].start_date",
        "events[4].start_date",
        "events[5].start_date",
        "events[7].end_date",
        "events[14].start_date",
        "events[15].start_date",
        "events[16]",
    ] {
        assert!(
            warned(&problems, path),
            "no warning at {path}: {problems:#?}"
        );
    }
    assert!(
        !warned(&problems, "events[6].end_date"),
        "equal end is dropped silently"
    );
    assert!(problems.iter().any(|p| p.message.contains("No start date")));
    assert_eq!(
        event(&c, "Display date").note.as_ref().map(s),
        Some("Display date in the source: Around 1920")
    );
    let ids: Vec<&str> = c.events.iter().map(|e| e.id.as_str()).collect();
    assert!(
        ids.contains(&"same-id") && ids.contains(&"same-id-2"),
        "{ids:?}"
    );
    assert!(ids.contains(&"numeric-strings"));
    let untitled = event(&c, "Event 13");
    assert_eq!(untitled.id, "event-13");
    let long = event(&c, "Long");
    assert_eq!(s(&long.summary).split_whitespace().count(), 60);
    assert!(s(&long.summary).ends_with('…'));
    assert!(s(long.body.as_ref().expect("body")).ends_with("seventy-one seventy-two"));
    assert!(event(&c, "Numeric strings").body.is_none());
    assert_eq!(c.extent, "-0083/1969");
    assert_eq!(c.initial_view, c.extent);
    assert_eq!(c.sources.len(), 1);
    assert_eq!(c.sources[0].id, "tlj3-file");
    assert_eq!(c.sources[0].title, "Fixture basics");
    for e in &c.events {
        assert_eq!(e.importance, 2);
        assert_eq!(e.lane, "events");
        assert!(e.sources.iter().any(|r| r.id() == "tlj3-file"));
    }
}

#[test]
fn deep_time_uses_long_years() {
    let (c, _) = imported(&fixture("deep_time"));
    assert_eq!(event(&c, "Big Bang").date, "Y-13800000000");
    assert_eq!(event(&c, "Earth forms").date, "Y-4600000000/Y-4500000000");
    assert_eq!(
        event(&c, "Month and day of a huge year are dropped").date,
        "Y-66000000"
    );
    assert_eq!(event(&c, "Far future").date, "Y12345");
    assert_eq!(c.eras[0].date, "Y-541000000/Y-252000000");
    let extent = parse_edtf(&c.extent).expect("extent is EDTF");
    assert!(extent.start().year < -13_800_000_000 && extent.end().year > 12345);
}

#[test]
fn html_becomes_plain_text_and_links() {
    let (c, _) = imported(&fixture("html"));
    assert_plain(&c);
    for text in all_texts(&c) {
        for bad in ["alert", "document.write", "color", "secret", "pwned"] {
            assert!(
                !text.contains(bad),
                "script/style/comment text {bad:?} in {text:?}"
            );
        }
    }
    assert_eq!(s(&c.title), "HTML torture");
    assert_eq!(c.subtitle.as_ref().map(s), Some("Plain & simple"));
    let first = event(&c, "Safe headline");
    assert_eq!(
        s(&first.summary),
        "Fish & chips <3 \"quoted\" 'single' — — a b\n\nSecond bold Example link and bad link\n\none\ntwo\n\nLine\nbreak\nagain"
    );
    let links: Vec<(&str, &str)> = first
        .links
        .iter()
        .map(|l| (l.url.as_str(), s(&l.label)))
        .collect();
    assert_eq!(links, [("https://example.org/a?x=1&y=2", "Example link")]);
    let odd = event(&c, "Uppercase and odd markup");
    assert_eq!(
        s(&odd.summary),
        "Para\n\nUpper a < b and c > d &unknown; \u{FFFD} single quoted"
    );
    assert_eq!(odd.links[0].url, "http://example.com/q");
    let lane = c.lanes.iter().find(|l| l.id == odd.lane).expect("lane");
    assert_eq!(s(&lane.title), "Politics");
    let broken = event(&c, "Unterminated");
    assert_eq!(s(&broken.summary), "Broken");
    let medium = c
        .media
        .iter()
        .find(|m| m.id == broken.media[0])
        .expect("medium");
    assert_eq!(s(&medium.caption), "A caption & more");
    assert_eq!(s(&medium.credit), "Credit person");
    assert!(broken
        .links
        .iter()
        .any(|l| l.url == "https://example.org/credit" && s(&l.label) == "Credit person"));
}

#[test]
fn html_scanner_survives_every_prefix() {
    let nasty = "<p a='1' b=\"2\" c=3 d>x</p><!-- c --><!doctype><?pi?><script>s</script>\
                 &#x1F600;&#99999999;&amp&; <a href=\"https://é.example/ü\">ü</a>\u{1F600}<";
    for (i, _) in nasty.char_indices() {
        let out = html_to_text(&nasty[..i]);
        assert!(!out.text.contains("<p") && !out.text.contains("script"));
    }
}

#[test]
fn media_images_and_links() {
    let (c, problems) = imported(&fixture("media"));
    assert_plain(&c);
    let link = |title: &str| {
        let e = event(&c, title);
        assert!(e.media.is_empty(), "{title} has no image");
        e.links
            .first()
            .map(|l| (l.url.clone(), s(&l.label).to_string()))
    };
    let pair = |u: &str, l: &str| Some((u.to_string(), l.to_string()));
    assert_eq!(
        link("YouTube"),
        pair(
            "https://www.youtube.com/watch?v=abc",
            "Video (YouTube): A talk"
        )
    );
    assert_eq!(
        link("Vimeo"),
        pair("https://vimeo.com/123", "Video (Vimeo)")
    );
    assert_eq!(
        link("Tweet"),
        pair("https://twitter.com/someone/status/1", "Tweet")
    );
    assert_eq!(
        link("Wikipedia"),
        pair(
            "https://en.wikipedia.org/wiki/Abai_Kunanbaiuly",
            "Wikipedia article"
        )
    );
    assert_eq!(
        link("Map"),
        pair(
            "https://www.google.com/maps/place/Semey",
            "Map (Google Maps)"
        )
    );
    assert_eq!(
        link("Iframe"),
        pair("https://example.org/embed?a=1&b=2", "Embedded page")
    );
    assert_eq!(
        link("Tweet embed"),
        pair("https://twitter.com/someone/status/2", "Tweet")
    );
    assert_eq!(
        link("Video file"),
        pair("https://example.org/clip.mp4", "Video")
    );
    assert_eq!(
        link("PDF"),
        pair("https://example.org/paper.pdf", "PDF document")
    );
    assert_eq!(
        link("Plain page"),
        pair("https://example.org/about", "Web page")
    );
    for (title, index) in [
        ("Empty iframe", 8),
        ("Relative image", 9),
        ("Script URL", 15),
    ] {
        assert_eq!(link(title), None);
        assert!(
            warned(&problems, &format!("events[{index}].media.url")),
            "{title}"
        );
    }
    assert_eq!(link("Empty media"), None);
    assert_eq!(link("Media not an object"), None);
    let quote = event(&c, "Quotation");
    assert_eq!(
        s(&quote.summary),
        "Context.\n\n“A quotation with no link.”\n— Somebody"
    );
    assert!(warned(&problems, "events[7].media.url"));

    let image = |title: &str| {
        let e = event(&c, title);
        assert_eq!(e.media.len(), 1, "{title} has an image");
        c.media.iter().find(|m| m.id == e.media[0]).expect("medium")
    };
    let relative = image("Protocol-relative image");
    assert_eq!(relative.file, "https://example.org/pic.PNG?size=large");
    assert_eq!(s(&relative.alt), "An alt text");
    let upload = image("Wikimedia upload");
    assert_eq!(
        (s(&upload.alt), s(&upload.credit)),
        ("Example caption", "Wikimedia")
    );
    assert_eq!(
        (upload.width, upload.height, upload.license.as_str()),
        (800, 600, "unknown")
    );
    assert!(upload.sources.iter().any(|r| r.id() == "tlj3-file"));
    let commons = image("Commons file page");
    assert_eq!(
        commons.file,
        "https://commons.wikimedia.org/wiki/Special:FilePath/Example.jpg"
    );
    assert_eq!(
        s(&commons.alt),
        "Commons file page",
        "alt falls back to the headline"
    );
    assert_eq!(c.media.len(), 3);
}

#[test]
fn groups_become_lanes_in_chronological_order_of_first_use() {
    let (c, _) = imported(&fixture("groups"));
    let lanes: Vec<(&str, &str)> = c
        .lanes
        .iter()
        .map(|l| (l.id.as_str(), s(&l.title)))
        .collect();
    assert_eq!(
        lanes,
        [
            ("gamma", "Gamma"),
            ("alpha", "Alpha"),
            ("beta", "Beta"),
            ("events", "Events")
        ]
    );
    assert_eq!(event(&c, "A again").lane, "alpha");
    assert_eq!(event(&c, "Empty group").lane, "events");
    assert_eq!(event(&c, "Ungrouped").lane, "events");
}

#[test]
fn eras_need_both_dates_in_order() {
    let (c, problems) = imported(&fixture("eras"));
    let eras: Vec<(&str, &str, &str)> = c
        .eras
        .iter()
        .map(|e| (e.id.as_str(), s(&e.title), e.date.as_str()))
        .collect();
    assert_eq!(
        eras,
        [
            ("era-1", "The long era", "1850/1899"),
            ("era-2", "Era 2", "1900-06/1960-01-31")
        ]
    );
    for path in ["eras[2].end_date", "eras[3].start_date", "eras[4].end_date"] {
        assert!(
            warned(&problems, path),
            "no warning at {path}: {problems:#?}"
        );
    }
    assert!(c
        .eras
        .iter()
        .all(|e| e.sources.iter().any(|r| r.id() == "tlj3-file")));
    assert_eq!(c.extent, "1848/1962", "eras count for the extent");
}

#[test]
fn structural_garbage_is_an_error() {
    for bad in [
        "[]",
        "null",
        "\"text\"",
        "{}",
        "{\"events\": {}}",
        "{\"events\": []}",
        "{\"events\": [{\"start_date\": {\"year\": \"x\"}}]}",
        "{\"events\": [{\"start_date\": {\"year\": 1}}], \"eras\": 5}",
    ] {
        let (content, problems) = run(bad);
        assert!(content.is_none(), "{bad}");
        assert!(
            problems.iter().any(Problem::is_error),
            "{bad}: {problems:?}"
        );
    }
}

/// Replace every node of `value`, one at a time, by awkward values; import must never panic.
#[test]
fn never_panics_on_mutated_input() {
    let awkward: Vec<Value> = [
        "null",
        "true",
        "0",
        "-1",
        "1.5",
        "1e300",
        "-9223372036854775808",
        "18446744073709551615",
        "\"\"",
        "\"x\"",
        "\"<\"",
        "\"&\"",
        "\"-99999999999999999999\"",
        "\"Y5\"",
        "[]",
        "{}",
    ]
    .iter()
    .map(|t| serde_json::from_str(t).expect("json"))
    .collect();
    for name in ["basic", "media", "eras", "deep_time"] {
        let original: Value = serde_json::from_str(&fixture(name)).expect("json");
        let mut paths = Vec::new();
        collect_paths(&original, &mut Vec::new(), &mut paths);
        for path in &paths {
            for replacement in &awkward {
                let mut v = original.clone();
                if let Some(slot) = pointer_mut(&mut v, path) {
                    *slot = replacement.clone();
                }
                let _ = import(&v, "");
            }
        }
    }
}

fn collect_paths(v: &Value, here: &mut Vec<String>, out: &mut Vec<Vec<String>>) {
    out.push(here.clone());
    let children: Vec<(String, &Value)> = match v {
        Value::Object(m) => m.iter().map(|(k, c)| (k.clone(), c)).collect(),
        Value::Array(a) => a
            .iter()
            .enumerate()
            .map(|(i, c)| (i.to_string(), c))
            .collect(),
        _ => Vec::new(),
    };
    for (key, child) in children {
        here.push(key);
        collect_paths(child, here, out);
        here.pop();
    }
}

fn pointer_mut<'a>(v: &'a mut Value, path: &[String]) -> Option<&'a mut Value> {
    path.iter().try_fold(v, |node, key| match node {
        Value::Object(m) => m.get_mut(key),
        Value::Array(a) => key.parse::<usize>().ok().and_then(|i| a.get_mut(i)),
        _ => None,
    })
}

// ---- the real TimelineJS3 files ----

/// TimelineJS3 needs a year that is an integer or a string of digits with an optional minus.
fn has_usable_start(raw: &Value) -> bool {
    match raw.get("start_date").and_then(|d| d.get("year")) {
        Some(Value::Number(n)) => n.is_i64(),
        Some(Value::String(y)) => {
            let y = y.trim();
            let digits = y.strip_prefix('-').unwrap_or(y);
            !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit())
        }
        _ => false,
    }
}

#[derive(Debug, PartialEq)]
enum RawMedia {
    None,
    Image(String),
    Link(String),
    Markup,
    Relative,
}

/// A deliberately simple, separate reading of `media.url`.
fn raw_media(raw: &Value) -> RawMedia {
    let url = raw
        .get("media")
        .and_then(|m| m.get("url"))
        .and_then(Value::as_str)
        .unwrap_or("")
        .trim();
    if url.is_empty() {
        return RawMedia::None;
    }
    if url.starts_with('<') {
        return RawMedia::Markup;
    }
    let url = match url.strip_prefix("//") {
        Some(rest) => format!("https://{rest}"),
        None if url.starts_with('/') => return RawMedia::Relative,
        None => url.to_string(),
    };
    let lower = url.to_lowercase();
    let path = lower.split(['?', '#']).next().unwrap_or("");
    let image_ext = [".jpg", ".jpeg", ".png", ".gif", ".svg", ".webp"]
        .iter()
        .any(|e| path.ends_with(e));
    let commons_file = lower.contains("wikimedia.org/wiki/file:");
    if (image_ext && (!path.contains("/wiki/") || commons_file))
        || lower.contains("://upload.wikimedia.org/")
    {
        RawMedia::Image(url)
    } else {
        RawMedia::Link(url)
    }
}

#[test]
fn real_files_import_completely() {
    for name in REAL_FILES {
        let text = real_file(name);
        let raw: Value = serde_json::from_str(&text).expect("json");
        let raw_events = raw["events"].as_array().expect("events");
        let usable: Vec<(usize, &Value)> = raw_events
            .iter()
            .enumerate()
            .filter(|(_, e)| has_usable_start(e))
            .collect();

        let (c, problems) = imported(&text);
        assert_eq!(c.events.len(), usable.len(), "{name}: events");
        let raw_eras = raw
            .get("eras")
            .and_then(Value::as_array)
            .map_or(0, Vec::len);
        assert_eq!(c.eras.len(), raw_eras, "{name}: eras");
        assert_plain(&c);

        let mut images = 0;
        for ((index, raw_event), e) in usable.iter().zip(&c.events) {
            parse_edtf(&e.date).unwrap_or_else(|err| panic!("{name} {}: {err}", e.id));
            assert!(e.sources.iter().any(|r| r.id() == "tlj3-file"));
            assert!(
                c.lanes.iter().any(|l| l.id == e.lane),
                "{name}: lane {}",
                e.lane
            );
            let media_path = format!("events[{index}].media.url");
            match raw_media(raw_event) {
                RawMedia::None => assert!(e.media.is_empty()),
                RawMedia::Image(url) => {
                    images += 1;
                    assert_eq!(e.media.len(), 1, "{name} {}: image", e.id);
                    let m = c.media.iter().find(|m| m.id == e.media[0]).expect("medium");
                    assert!(
                        m.file == url || m.file.contains("/wiki/Special:FilePath/"),
                        "{name}: {} -> {}",
                        url,
                        m.file
                    );
                }
                RawMedia::Link(url) => {
                    assert!(e.media.is_empty(), "{name} {}: no image", e.id);
                    assert!(
                        e.links.iter().any(|l| l.url == url),
                        "{name} {}: link {url}",
                        e.id
                    );
                }
                RawMedia::Markup => {
                    assert!(e.media.is_empty());
                    let markup = raw_event["media"]["url"].as_str().unwrap_or("");
                    if markup.contains("http") {
                        assert!(
                            e.links
                                .iter()
                                .any(|l| markup.contains(l.url.split('?').next().unwrap_or(""))),
                            "{name} {}: a link from the markup",
                            e.id
                        );
                    } else {
                        assert!(warned(&problems, &media_path), "{name}: {media_path}");
                    }
                }
                RawMedia::Relative => {
                    assert!(e.media.is_empty());
                    assert!(warned(&problems, &media_path), "{name}: {media_path}");
                }
            }
        }
        assert_eq!(c.media.len(), images, "{name}: media");

        let loaded = load_content(&text)
            .unwrap_or_else(|problems| panic!("{name}: load_content failed: {problems:#?}"));
        assert_eq!(loaded.format, SourceFormat::TimelineJs3, "{name}");
        assert_eq!(loaded.content.events.len(), usable.len(), "{name}");
    }
}

#[test]
fn cosmo_starts_at_the_big_bang() {
    let (c, _) = imported(&real_file("cosmo"));
    let earliest = c
        .events
        .iter()
        .map(|e| parse_edtf(&e.date).expect("edtf").start().year)
        .min()
        .expect("events");
    let expected = -13_800_000_000f64;
    assert!(
        ((earliest as f64 - expected) / expected).abs() < 0.01,
        "earliest year {earliest}"
    );
}
