//! Keeps schema/tarikh-1.schema.json and docs/content-format.md honest against the serde types:
//! every field of a fully populated content file is in the schema and every schema property is a
//! field; `additionalProperties: false` and `required` match what serde really accepts; and the
//! complete example in the docs loads without a single problem.
use serde_json::{json, Value};
use std::collections::BTreeSet;
use std::path::Path;
use tarikh::content::*;

fn read(rel: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(rel);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn schema() -> Value {
    serde_json::from_str(&read("schema/tarikh-1.schema.json")).expect("the schema is JSON")
}

fn many(en: &str) -> Text {
    Text::Many(
        [("en", en), ("kk", en)]
            .map(|(l, s)| (l.to_string(), s.to_string()))
            .into(),
    )
}

/// Every optional field set, every list non-empty, both shapes of `Text` and `SourceRef`.
fn full() -> ContentFile {
    let cite = || {
        vec![SourceRef::Located {
            id: "s1".into(),
            locator: Some("p. 3".into()),
        }]
    };
    ContentFile {
        format: FORMAT_VERSION.into(),
        id: "full".into(),
        title: many("Full"),
        subtitle: Some(Text::One("Sub".into())),
        languages: vec!["en".into(), "kk".into()],
        default_language: "en".into(),
        extent: "1880/1990".into(),
        initial_view: "1888/1931".into(),
        lanes: vec![Lane {
            id: "life".into(),
            title: many("Life"),
            color: Some("#8a3b12".into()),
        }],
        eras: vec![Era {
            id: "alash".into(),
            title: many("Alash"),
            date: "1917/1920".into(),
            lane: Some("life".into()),
            sources: cite(),
            note: Some(many("Note")),
        }],
        events: vec![Event {
            id: "birth".into(),
            date: "1889-03-08".into(),
            alternatives: vec![Alternative {
                date: "1890".into(),
                sources: cite(),
                note: many("Note"),
            }],
            original_calendar: Calendar::Julian,
            title: many("Born"),
            summary: many("Born."),
            body: Some(many("Body")),
            place: Some("bayanaul".into()),
            lane: "life".into(),
            importance: 1,
            quotes: vec!["q1".into()],
            media: vec!["m1".into()],
            sources: vec![SourceRef::Id("s1".into())],
            related: vec!["birth".into()],
            note: Some(many("Note")),
            links: vec![Link {
                url: "https://example.org".into(),
                label: many("Link"),
            }],
        }],
        quotes: vec![Quote {
            id: "q1".into(),
            text: many("Words"),
            original: Some(OriginalText {
                lang: "kk".into(),
                text: "Сөз".into(),
            }),
            speaker: many("Speaker"),
            date: Some("1927".into()),
            published_in: Some(many("Journal")),
            sources: cite(),
            translated_by_us: vec!["en".into()],
            unverified: true,
            note: Some(many("Note")),
        }],
        media: vec![Medium {
            id: "m1".into(),
            kind: MediaKind::Photo,
            file: "media/m1.jpg".into(),
            width: 10,
            height: 10,
            alt: many("Alt"),
            caption: many("Caption"),
            credit: many("Credit"),
            license: "CC0".into(),
            sources: cite(),
            held_by: Some(many("Archive")),
        }],
        sources: vec![Source {
            id: "s1".into(),
            title: "Title".into(),
            author: Some("Author".into()),
            publisher: Some("Publisher".into()),
            url: Some("https://example.org".into()),
            published: Some("1988".into()),
            accessed: Some("2025-11-20".into()),
            language: Some("kk".into()),
            note: Some(many("Note")),
        }],
        places: vec![Place {
            id: "bayanaul".into(),
            name: many("Bayanaul"),
            lat: Some(50.8),
            lon: Some(75.7),
            note: Some(many("Note")),
        }],
    }
}

/// The schema node that describes `value`: `$ref`s followed, and of a `oneOf` the branch whose
/// type matches. Returns the node and a name for it (its `$ref`, or the branch).
fn describe<'s>(
    root: &'s Value,
    mut node: &'s Value,
    mut name: String,
    value: &Value,
) -> (&'s Value, String) {
    loop {
        if let Some(r) = node["$ref"].as_str() {
            name = r.to_string();
            node = root
                .pointer(r.trim_start_matches('#'))
                .unwrap_or_else(|| panic!("dangling $ref {r}"));
        } else if let Some(branches) = node["oneOf"].as_array() {
            let wanted = if value.is_object() {
                "object"
            } else if value.is_string() {
                "string"
            } else {
                "?"
            };
            let i = branches
                .iter()
                .position(|b| b["type"] == wanted)
                .unwrap_or_else(|| panic!("{name}: no {wanted} branch"));
            name = format!("{name}/oneOf/{i}");
            node = &branches[i];
        } else {
            return (node, name);
        }
    }
}

/// Every object in `value` with the schema node describing it: (JSON pointer, node, node name).
fn objects<'s>(
    root: &'s Value,
    node: &'s Value,
    name: String,
    value: &Value,
    at: String,
    out: &mut Vec<(String, &'s Value, String)>,
) {
    let (node, name) = describe(root, node, name, value);
    match value {
        Value::Object(map) => {
            out.push((at.clone(), node, name.clone()));
            for (key, child) in map {
                let child_node = match node["properties"].get(key) {
                    Some(n) => n,
                    None => match &node["additionalProperties"] {
                        n @ Value::Object(_) => n,
                        _ => panic!("{at}/{key}: field `{key}` is not in the schema ({name})"),
                    },
                };
                objects(
                    root,
                    child_node,
                    format!("{name}/{key}"),
                    child,
                    format!("{at}/{key}"),
                    out,
                );
            }
        }
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                objects(
                    root,
                    &node["items"],
                    format!("{name}/items"),
                    item,
                    format!("{at}/{i}"),
                    out,
                );
            }
        }
        _ => {}
    }
}

#[test]
fn every_field_is_in_the_schema_and_every_schema_property_is_a_field() {
    let root = schema();
    let value = serde_json::to_value(full()).unwrap();
    let mut found = Vec::new();
    objects(&root, &root, "#".into(), &value, String::new(), &mut found);
    // Vice versa: each property of each struct node was met in the fully populated file.
    let met: BTreeSet<(String, String)> = found
        .iter()
        .flat_map(|(at, _, name)| {
            value
                .pointer(at)
                .unwrap()
                .as_object()
                .unwrap()
                .keys()
                .map(move |k| (name.clone(), k.clone()))
        })
        .collect();
    let mut declared = vec![("#".to_string(), &root)];
    declared.extend(
        root["$defs"]
            .as_object()
            .unwrap()
            .iter()
            .map(|(k, v)| (format!("#/$defs/{k}"), v)),
    );
    for (name, node) in declared {
        let (node, name) = describe(&root, node, name, &json!({}));
        for key in node["properties"]
            .as_object()
            .into_iter()
            .flatten()
            .map(|(k, _)| k)
        {
            assert!(
                met.contains(&(name.clone(), key.clone())),
                "schema property {name}/{key} is no field of the types"
            );
        }
    }
}

#[test]
fn schema_rejects_unknown_fields_and_requires_fields_exactly_where_serde_does() {
    let root = schema();
    let value = serde_json::to_value(full()).unwrap();
    let mut found = Vec::new();
    objects(&root, &root, "#".into(), &value, String::new(), &mut found);
    let accepts = |v: &Value| serde_json::from_value::<ContentFile>(v.clone()).is_ok();
    assert!(accepts(&value));
    for (at, node, name) in found {
        let mut extra = value.clone();
        let obj = extra.pointer_mut(&at).unwrap().as_object_mut().unwrap();
        obj.insert("zzz_unknown".into(), json!("x"));
        let closed = node["additionalProperties"] == json!(false);
        assert_eq!(
            !accepts(&extra),
            closed,
            "{name}: additionalProperties false <=> serde denies unknown fields"
        );
        let required: Vec<&str> = node["required"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(Value::as_str)
            .collect();
        for key in value.pointer(&at).unwrap().as_object().unwrap().keys() {
            let mut less = value.clone();
            less.pointer_mut(&at)
                .unwrap()
                .as_object_mut()
                .unwrap()
                .remove(key);
            assert_eq!(
                !accepts(&less),
                required.contains(&key.as_str()),
                "{name}: is `{key}` required?"
            );
        }
    }
}

#[test]
fn schema_enums_list_every_variant() {
    let root = schema();
    let kinds = &root["$defs"]["medium"]["properties"]["kind"]["enum"];
    for kind in [
        MediaKind::Photo,
        MediaKind::Scan,
        MediaKind::Map,
        MediaKind::Illustration,
    ] {
        assert!(
            kinds
                .as_array()
                .unwrap()
                .contains(&serde_json::to_value(kind).unwrap()),
            "{kind:?}"
        );
    }
    let calendars = &root["$defs"]["event"]["properties"]["original_calendar"]["enum"];
    for calendar in [Calendar::Gregorian, Calendar::Julian] {
        assert!(calendars
            .as_array()
            .unwrap()
            .contains(&serde_json::to_value(calendar).unwrap()));
    }
}

/// The docs' complete example minus its `//` comments is a real, clean content file.
#[test]
fn the_complete_example_in_the_docs_loads_without_problems() {
    let docs = read("docs/content-format.md");
    let start = docs
        .find("```jsonc\n")
        .expect("docs/content-format.md has a ```jsonc example")
        + 9;
    let end = start + docs[start..].find("```").unwrap();
    let text: String = docs[start..end]
        .lines()
        .map(|l| format!("{}\n", strip_comment(l)))
        .collect();
    let loaded =
        load_content(&text).unwrap_or_else(|p| panic!("the docs example has problems: {p:#?}"));
    assert!(loaded.warnings.is_empty(), "{:#?}", loaded.warnings);
}

/// A line without its `// comment` (a `//` inside a string, as in a URL, stays).
fn strip_comment(line: &str) -> &str {
    let mut in_string = false;
    let mut escaped = false;
    for (i, ch) in line.char_indices() {
        match ch {
            _ if escaped => escaped = false,
            '\\' if in_string => escaped = true,
            '"' => in_string = !in_string,
            '/' if !in_string && line[i..].starts_with("//") => return &line[..i],
            _ => {}
        }
    }
    line
}
