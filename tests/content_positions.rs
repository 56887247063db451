//! Finding the line/column of a JSON path in raw text (src/content/positions.rs).
use tarikh::content::positions::{list_ids, locate, parent, PositionIndex};

#[test]
fn finds_nested_values_by_path_in_characters() {
    let text = "{\n  \"title\": \"Ақбілек\", \"events\": [\n    {\"id\": \"a\"},\n    {\"id\": \"b\", \"alternatives\": [{\"date\": \"1931\"}]}\n  ]\n}";
    assert_eq!(locate(text, ""), Some((1, 1)));
    assert_eq!(locate(text, "title"), Some((2, 12)));
    assert_eq!(locate(text, "events"), Some((2, 33)));
    assert_eq!(locate(text, "events[1].id"), Some((4, 12)));
    assert_eq!(
        locate(text, "events[1].alternatives[0].date"),
        Some((4, 43))
    );
    assert_eq!(locate(text, "events[2]"), None);
    let index = PositionIndex::new(text);
    assert_eq!(index.get("events[0].id"), Some((3, 12)));
    assert_eq!(index.nearest("events[0].sources"), Some((3, 5)));
}

#[test]
fn escaped_keys_and_strings_with_brackets_do_not_confuse_it() {
    let text = r#"{"a\"b": "x]}", "c\u0041": [1, "[", {"d": null}]}"#;
    assert_eq!(locate(text, "a\"b"), Some((1, 10)));
    assert_eq!(locate(text, "cA[2].d"), Some((1, 43)));
}

#[test]
fn parent_walks_up_to_the_root() {
    assert_eq!(parent("events[3].date"), Some("events[3]"));
    assert_eq!(parent("events[3]"), Some("events"));
    assert_eq!(parent("events"), Some(""));
    assert_eq!(parent(""), None);
}

#[test]
fn malformed_input_never_panics() {
    for text in [
        "",
        "{",
        "[",
        "\"",
        "{\"a\":",
        "}}]]",
        "{\"a\\",
        "[1,,2",
        "{\"x\":\"\\u12",
    ] {
        let _ = locate(text, "a");
        let _ = PositionIndex::new(text).get("a[0]");
    }
}

#[test]
fn columns_count_characters_and_tabs_and_crlf_lines() {
    let text = "{\r\n\t\"қазақ\": \"Ақбілек\", \"b\": 1\r\n}";
    assert_eq!(locate(text, "қазақ"), Some((2, 11)));
    assert_eq!(locate(text, "b"), Some((2, 27)));
}

#[test]
fn keys_with_escapes_and_surrogate_pairs_are_decoded() {
    let text = r#"{"\ud83c\udf89": 1, "a\/b": [true]}"#;
    assert_eq!(locate(text, "🎉"), Some((1, 18)));
    assert_eq!(locate(text, "a/b[0]"), Some((1, 30)));
}

#[test]
fn for_paths_finds_requested_paths_and_falls_back_to_ancestors() {
    let text = "{\"events\": [{\"id\": \"a\"}, {\"id\": \"b\", \"date\": \"x\"}]}";
    let index = PositionIndex::for_paths(text, ["events[1].date", "events[0].sources"]);
    assert_eq!(index.get("events[1].date"), Some((1, 46)));
    assert_eq!(index.get("events[0].sources"), None);
    assert_eq!(index.nearest("events[0].sources"), Some((1, 13)));
    // Not requested: found by a targeted scan.
    assert_eq!(index.get("events[1].id"), Some((1, 33)));
}

#[test]
fn list_ids_reads_the_ids_of_top_level_lists_in_order() {
    let text = r#"{"events": [{"id": "a"}, 5, {"title": "no id"}, {"id": "d\"q"}], "lanes": [], "x": [{"id": "y"}]}"#;
    let ids = list_ids(text, &["events", "lanes"]);
    let events = ids["events"]
        .iter()
        .map(|i| i.as_deref())
        .collect::<Vec<_>>();
    assert_eq!(events, [Some("a"), None, None, Some("d\"q")]);
    assert!(ids["lanes"].is_empty());
    assert!(!ids.contains_key("x"));
}

#[test]
fn deep_paths_are_found_but_not_indexed_up_front() {
    let depth = 100_000;
    let text = format!("{}{}", "[".repeat(depth), "]".repeat(depth));
    let index = PositionIndex::new(&text);
    assert_eq!(index.get("[0][0]"), Some((1, 3)));
    // The innermost array is 99,999 steps down: too deep to index, still found on request.
    let deepest = "[0]".repeat(depth - 1);
    assert_eq!(index.get(&deepest), Some((1, depth)));
    assert_eq!(locate(&text, &"[0]".repeat(depth)), None);
}
