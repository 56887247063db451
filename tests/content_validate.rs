//! Native tests of content parsing and validation: one small fixture per problem in
//! tests/fixtures/invalid/, each checked for its exact path, line/column and a key phrase of its
//! message; the valid fixtures and the flagship pack must load with no problem at all.
use std::path::Path;
use tarikh::content::parse::{parse_json, MAX_INPUT_BYTES};
use tarikh::content::{load_content, Problem, Severity, SourceFormat};
use Severity::{Error, Warning};

fn read_fixture(dir: &str, name: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(dir)
        .join(format!("{name}.json"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
}

/// Every problem, errors and warnings alike.
fn problems_of(text: &str) -> Vec<Problem> {
    match load_content(text) {
        Ok(loaded) => loaded.warnings,
        Err(problems) => problems,
    }
}

type Expected = (Severity, &'static str, usize, usize, &'static str);

/// The fixture reports exactly the expected problems, each at its path and position.
fn check_invalid(name: &str, expected: &[Expected]) {
    let text = read_fixture("invalid", name);
    let problems = problems_of(&text);
    let listing = problems
        .iter()
        .map(|p| format!("\n  {p}"))
        .collect::<String>();
    assert_eq!(problems.len(), expected.len(), "{name}: got{listing}");
    for &(severity, path, line, column, phrase) in expected {
        let p = problems
            .iter()
            .find(|p| p.path == path && p.severity == severity)
            .unwrap_or_else(|| panic!("{name}: no {severity:?} at {path}; got{listing}"));
        assert_eq!(
            (p.line, p.column),
            (line, column),
            "{name}: position of {p}"
        );
        assert!(
            p.message.contains(phrase),
            "{name}: {p}\n  should contain: {phrase}"
        );
    }
    let only_warnings = expected.iter().all(|e| e.0 == Warning);
    assert_eq!(
        load_content(&text).is_ok(),
        only_warnings,
        "{name}: warnings alone must not fail a file"
    );
}

macro_rules! invalid_fixtures {
    ($($test:ident: $file:literal => [$($expected:expr,)+];)*) => {
        $(
            #[test]
            fn $test() {
                check_invalid($file, &[$($expected),+]);
            }
        )*
        /// Every fixture with a test above (plus the hand-written ones below).
        const TESTED: &[&str] = &[$($file,)* "syntax-error", "not-an-object"];
    };
}

invalid_fixtures! {
    wrong_format: "wrong-format" => [
        (Error, "format", 2, 13, "this build reads only \"tarikh/1\""),
    ];
    unknown_top_level_field: "unknown-top-level-field" => [
        (Error, "titel", 34, 12, "unknown field `titel`; expected one of"),
    ];
    unknown_event_field: "unknown-event-field" => [
        (Error, "events[0].dat", 17, 185, "did you mean `date`?"),
    ];
    missing_event_field: "missing-event-field" => [
        (Error, "events[1].summary", 18, 5, "missing field `summary`"),
    ];
    missing_top_level_field: "missing-top-level-field" => [
        (Error, "extent", 1, 1, "missing field `extent`"),
    ];
    bad_importance_type: "bad-importance-type" => [
        (Error, "events[0].importance", 17, 156, "importance is 1 (always shown)"),
    ];
    bad_text_type: "bad-text-type" => [
        (Error, "events[2].title", 19, 213, "expected text: a string, or an object"),
    ];
    bad_media_kind: "bad-media-kind" => [
        (Error, "media[0].kind", 25, 26, "unknown variant `video`; expected one of"),
    ];
    item_not_object: "item-not-object" => [
        (Error, "lanes[1]", 9, 46, "each lane must be an object"),
        (Error, "events[1].lane", 15, 100, "unknown lane \"work\""),
    ];
    dropped_item_keeps_paths: "dropped-item-keeps-paths" => [
        (Error, "events[0].colour", 17, 188, "unknown field `colour`"),
        (Error, "events[2].lane", 19, 263, "unknown lane \"nowhere\"; the ids in `lanes` are \"life\", \"work\""),
    ];
    bad_event_date: "bad-event-date" => [
        (Error, "events[0].date", 17, 29, "month 13"),
    ];
    bad_alternative_date: "bad-alternative-date" => [
        (Error, "events[2].alternatives[1].date", 19, 140, "day 30 does not exist"),
    ];
    era_date_not_interval: "era-date-not-interval" => [
        (Error, "eras[0].date", 14, 56, "must be an interval"),
    ];
    interval_ends_before_start: "interval-ends-before-start" => [
        (Error, "events[1].date", 18, 31, "ends before it starts"),
    ];
    bad_extent: "bad-extent" => [
        (Error, "extent", 7, 13, "extent is not valid EDTF"),
    ];
    initial_view_not_interval: "initial-view-not-interval" => [
        (Error, "initial_view", 8, 19, "initial_view \"1888\" must be an interval"),
    ];
    initial_view_outside_extent: "initial-view-outside-extent" => [
        (Error, "initial_view", 8, 19, "reaches outside the extent"),
    ];
    bad_quote_date: "bad-quote-date" => [
        (Error, "quotes[0].date", 22, 132, "quotation date is not valid EDTF"),
    ];
    bad_source_published: "bad-source-published" => [
        (Error, "sources[0].published", 28, 101, "publication date is not valid EDTF"),
    ];
    bad_source_accessed: "bad-source-accessed" => [
        (Error, "sources[0].accessed", 28, 127, "day 31 does not exist"),
    ];
    accessed_not_a_day: "accessed-not-a-day" => [
        (Warning, "sources[0].accessed", 28, 127, "should be the day you read the source"),
    ];
    event_outside_extent: "event-outside-extent" => [
        (Error, "events[0].date", 17, 29, "lies outside the extent \"1880/1990\""),
    ];
    era_outside_extent: "era-outside-extent" => [
        (Error, "eras[0].date", 14, 56, "lies outside the extent"),
    ];
    unknown_lane: "unknown-lane" => [
        (Error, "events[0].lane", 17, 113, "did you mean \"life\"?"),
    ];
    unknown_era_lane: "unknown-era-lane" => [
        (Error, "eras[0].lane", 14, 83, "the ids in `lanes` are \"life\", \"work\""),
    ];
    unknown_quote: "unknown-quote" => [
        (Error, "events[1].quotes[0]", 18, 119, "did you mean \"q1\"?"),
    ];
    unknown_media: "unknown-media" => [
        (Error, "events[1].media[1]", 18, 142, "unknown medium \"portrait\"; the ids in `media` are \"m1\""),
    ];
    unknown_source: "unknown-source" => [
        (Error, "events[0].sources[1]", 17, 177, "unknown source \"encyclopedia\""),
    ];
    unknown_located_source: "unknown-located-source" => [
        (Error, "events[1].sources[0].id", 18, 162, "unknown source \"s3\""),
    ];
    unknown_place: "unknown-place" => [
        (Error, "events[0].place", 17, 130, "unknown place \"semey\"; the ids in `places` are \"bayanaul\""),
    ];
    unknown_related: "unknown-related" => [
        (Error, "events[1].related[0]", 18, 202, "did you mean \"birth\"?"),
    ];
    duplicate_id: "duplicate-id" => [
        (Error, "events[2].id", 19, 12, "duplicate id \"birth\" in `events`: the first one is at events[0] (line 17, column 5)"),
    ];
    duplicate_source_id: "duplicate-source-id" => [
        (Error, "sources[2].id", 30, 12, "duplicate id \"s1\" in `sources`: the first one is at sources[0] (line 28, column 5)"),
    ];
    empty_id: "empty-id" => [
        (Error, "places[0].id", 32, 12, "empty id"),
        (Error, "events[0].place", 17, 130, "unknown place \"bayanaul\""),
    ];
    event_id_not_link_safe: "event-id-not-link-safe" => [
        (Error, "events[0].id", 17, 12, "appears in links"),
        (Error, "events[1].related[0]", 18, 202, "unknown event \"birth\""),
    ];
    event_without_sources: "event-without-sources" => [
        (Error, "events[0].sources", 17, 170, "add at least one source id from `sources`, e.g. \"sources\": [\"s1\"]"),
    ];
    era_without_sources: "era-without-sources" => [
        (Error, "eras[0].sources", 14, 102, "this era cites no source"),
    ];
    quote_without_source: "quote-without-source" => [
        (Error, "quotes[0].sources", 22, 151, "this quotation cites no source"),
    ];
    alternative_repeats_date: "alternative-repeats-date" => [
        (Warning, "events[2].alternatives[1].date", 19, 140, "repeats the event's own date"),
    ];
    alternative_without_sources: "alternative-without-sources" => [
        (Error, "events[2].alternatives[0].sources", 19, 98, "this alternative date cites no source"),
    ];
    missing_alt: "missing-alt" => [
        (Error, "media[0].alt", 25, 101, "alt text is empty"),
    ];
    alt_missing_in_language: "alt-missing-in-language" => [
        (Error, "media[0].alt", 25, 101, "alt text is missing in kk"),
    ];
    missing_translation: "missing-translation" => [
        (Warning, "events[0].title", 17, 52, "title has no text in kk"),
    ];
    missing_caption_translation: "missing-caption-translation" => [
        (Warning, "media[0].caption", 25, 143, "caption has no text in ru, kk"),
    ];
    lane_without_title: "lane-without-title" => [
        (Error, "lanes[1].title", 11, 29, "this lane has no title"),
    ];
    long_summary: "long-summary" => [
        (Warning, "events[1].summary", 18, 70, "summary has 61 words"),
    ];
    importance_out_of_range: "importance-out-of-range" => [
        (Error, "events[0].importance", 17, 156, "importance is 5: use 1"),
    ];
    default_language_not_declared: "default-language-not-declared" => [
        (Error, "default_language", 6, 23, "default_language \"de\" is not in `languages`"),
    ];
    unknown_language_code: "unknown-language-code" => [
        (Warning, "languages[3]", 5, 35, "language \"de\" has no interface translation"),
    ];
    translated_by_us_without_text: "translated-by-us-without-text" => [
        (Error, "quotes[0].translated_by_us[1]", 22, 230, "translated_by_us names \"fr\", but the quotation has no fr text"),
    ];
    quote_original_blank: "quote-original-blank" => [
        (Error, "quotes[0].original.text", 22, 77, "original.text is empty"),
    ];
    quote_text_blank: "quote-text-blank" => [
        (Error, "quotes[0].text", 22, 26, "the quotation is empty"),
    ];
    source_url_javascript: "source-url-javascript" => [
        (Error, "sources[0].url", 28, 60, "is not a web address"),
    ];
    link_url_not_http: "link-url-not-http" => [
        (Error, "events[1].links[0].url", 18, 230, "links must start with https://"),
    ];
    media_file_traversal: "media-file-traversal" => [
        (Error, "media[0].file", 25, 43, "must not contain '..'"),
    ];
    media_file_scheme: "media-file-scheme" => [
        (Error, "media[0].file", 25, 43, "neither a path under media/ nor a web address"),
    ];
    media_file_outside_media: "media-file-outside-media" => [
        (Error, "media[0].file", 25, 43, "is not under media/"),
    ];
    media_zero_size: "media-zero-size" => [
        (Error, "media[0].width", 25, 74, "size in pixels"),
    ];
}

#[test]
fn every_invalid_fixture_has_a_test() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/invalid");
    for entry in std::fs::read_dir(dir).expect("tests/fixtures/invalid exists") {
        let name = entry
            .unwrap()
            .file_name()
            .to_string_lossy()
            .replace(".json", "");
        assert!(
            TESTED.contains(&name.as_str()),
            "tests/fixtures/invalid/{name}.json has no test"
        );
    }
}

#[test]
fn syntax_error_points_at_the_offending_character() {
    let problems = problems_of(&read_fixture("invalid", "syntax-error"));
    assert_eq!(problems.len(), 1, "{problems:?}");
    let p = &problems[0];
    assert_eq!((p.path.as_str(), p.line, p.column), ("", 33, 3), "{p}");
    assert!(
        p.message.starts_with("not valid JSON: trailing comma"),
        "{p}"
    );
}

#[test]
fn a_file_that_is_not_an_object_says_what_a_file_looks_like() {
    let problems = problems_of(&read_fixture("invalid", "not-an-object"));
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert_eq!((problems[0].line, problems[0].column), (1, 1));
    assert!(problems[0]
        .message
        .contains("one JSON object starting with {\"format\": \"tarikh/1\""));
}

#[test]
fn deep_nesting_is_refused_by_the_json_parser_not_the_stack() {
    let text = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    let p = parse_json(&text).expect_err("nesting of 100,000 levels must be refused");
    assert!(p.message.contains("nested more than 128 levels"), "{p}");
    assert_eq!((p.line, p.column), (1, 128));
    let ok = format!("{}{}", "[".repeat(100), "]".repeat(100));
    assert!(parse_json(&ok).is_ok(), "100 levels are fine");
}

#[test]
fn input_over_20_mb_is_refused_before_parsing() {
    let text = " ".repeat(MAX_INPUT_BYTES + 1);
    let problems = load_content(&text).expect_err("too large");
    assert!(
        problems[0].message.contains("the limit is 20 MB"),
        "{}",
        problems[0]
    );
}

#[test]
fn valid_fixtures_have_no_problems() {
    for name in ["minimal", "full"] {
        let loaded =
            load_content(&read_fixture("valid", name)).unwrap_or_else(|p| panic!("{name}: {p:#?}"));
        assert!(loaded.warnings.is_empty(), "{name}: {:#?}", loaded.warnings);
        assert_eq!(loaded.format, SourceFormat::Tarikh);
    }
}

#[test]
fn every_problem_of_a_broken_file_is_reported_at_once() {
    // Three unrelated mistakes in three places: all three come back from one load.
    let text = read_fixture("valid", "minimal")
        .replace("\"importance\": 1", "\"importance\": \"high\"")
        .replace("\"lane\": \"work\"", "\"lane\": \"wrok\"")
        .replace(
            "\"published\": \"1988-11-04\"",
            "\"published\": \"1988-11-31\"",
        );
    let problems = problems_of(&text);
    let paths: Vec<&str> = problems.iter().map(|p| p.path.as_str()).collect();
    for path in [
        "events[0].importance",
        "events[1].lane",
        "sources[0].published",
    ] {
        assert!(paths.contains(&path), "{path} missing from {problems:#?}");
    }
    assert!(
        problems.iter().all(|p| p.line > 0 && !p.message.is_empty()),
        "{problems:#?}"
    );
}
