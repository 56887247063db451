//! JSON text -> typed content, collecting every problem with its path and position.
//!
//! Each item of each list is read on its own, so one bad event does not hide the problems of the
//! others, and the good items can still be validated.
use super::schema::{ContentFile, FORMAT_VERSION};
use super::schema_de::{SOURCE_REF_EXPECTED, TEXT_EXPECTED};
use super::{positions, validate, Problem};
use serde::de::DeserializeOwned;
use serde_json::{Map, Value};

/// Larger inputs are refused before parsing: content packs are a few hundred kilobytes, and a
/// browser tab or a kiosk should not spend seconds (or its memory) on a mistaken upload.
pub const MAX_INPUT_BYTES: usize = 20 * 1024 * 1024;

/// The problem for an input of `len_bytes` over `MAX_INPUT_BYTES`.
pub fn too_large(len_bytes: u64) -> Problem {
    Problem::error(
        "",
        format!(
            "the file is {:.1} MB; the limit is {} MB: split it into several content packs",
            len_bytes as f64 / 1_048_576.0,
            MAX_INPUT_BYTES / 1_048_576
        ),
    )
}

/// Parse JSON text; a syntax error becomes one Problem with line/column.
/// serde_json refuses nesting deeper than 128 levels, so hostile input cannot overflow the stack.
pub fn parse_json(text: &str) -> Result<Value, Problem> {
    if text.len() > MAX_INPUT_BYTES {
        return Err(too_large(text.len() as u64));
    }
    serde_json::from_str(text).map_err(|e| {
        let raw = e.to_string();
        let message = if raw.starts_with("recursion limit exceeded") {
            "not valid content: arrays/objects are nested more than 128 levels deep".to_string()
        } else {
            format!("not valid JSON: {raw}")
        };
        let mut p = Problem::error("", message);
        p.line = e.line();
        p.column = e.column();
        p
    })
}

const TOP_LEVEL_FIELDS: &[&str] = &[
    "format",
    "id",
    "title",
    "subtitle",
    "languages",
    "default_language",
    "extent",
    "initial_view",
    "lanes",
    "eras",
    "events",
    "quotes",
    "media",
    "sources",
    "places",
];

/// Typed `tarikh/1` content from a JSON value: `None` only when the top level is unusable.
/// Items that fail to deserialize are reported and left out; the rest are kept.
pub fn parse_tarikh(value: &Value, text: &str) -> (Option<ContentFile>, Vec<Problem>) {
    let Some(obj) = value.as_object() else {
        let mut problems = vec![Problem::error(
            "",
            format!(
                "a content file is one JSON object starting with {{\"format\": \"{FORMAT_VERSION}\", …}}, \
                 but this file holds {}",
                kind_of(value)
            ),
        )];
        positions::attach(text, &mut problems);
        return (None, problems);
    };
    let mut r = Reader {
        obj,
        problems: Vec::new(),
        usable: true,
    };
    check_format(obj, &mut r.problems);
    for key in obj
        .keys()
        .filter(|k| !TOP_LEVEL_FIELDS.contains(&k.as_str()))
    {
        r.problems.push(Problem::error(
            key.as_str(),
            unknown_field(key, TOP_LEVEL_FIELDS),
        ));
    }
    let format = r.required::<String>("format");
    let id = r.required("id");
    let title = r.required("title");
    let subtitle = r.optional("subtitle");
    let languages = r.required("languages");
    let default_language = r.required("default_language");
    let extent = r.required("extent");
    let initial_view = r.required("initial_view");
    let lanes = r.items("lanes", true, "lane");
    let eras = r.items("eras", false, "era");
    let events = r.items("events", true, "event");
    let quotes = r.items("quotes", false, "quotation");
    let media = r.items("media", false, "medium");
    let sources = r.items("sources", true, "source");
    let places = r.items("places", false, "place");
    // `usable` is false whenever a required field is missing or unreadable.
    let content = r
        .usable
        .then(|| {
            Some(ContentFile {
                format: format?,
                id: id?,
                title: title?,
                subtitle,
                languages: languages?,
                default_language: default_language?,
                extent: extent?,
                initial_view: initial_view?,
                lanes,
                eras,
                events,
                quotes,
                media,
                sources,
                places,
            })
        })
        .flatten();
    let mut problems = r.problems;
    positions::attach(text, &mut problems);
    (content, problems)
}

fn check_format(obj: &Map<String, Value>, problems: &mut Vec<Problem>) {
    match obj.get("format") {
        None => problems.push(Problem::error(
            "format",
            format!(
                "missing field `format`: a tarikh content file starts with \"format\": \"{FORMAT_VERSION}\" \
                 (TimelineJS3 files are recognised by an `events` list and no `lanes`)"
            ),
        )),
        Some(Value::String(f)) if f == FORMAT_VERSION => {}
        Some(other) => problems.push(Problem::error(
            "format",
            format!(
                "format is {other}, but this build reads only \"{FORMAT_VERSION}\": set \
                 \"format\": \"{FORMAT_VERSION}\" and use the fields described in docs/content-format.md"
            ),
        )),
    }
}

/// Reads the top-level object field by field, recording problems instead of stopping.
struct Reader<'v> {
    obj: &'v Map<String, Value>,
    problems: Vec<Problem>,
    /// False once a required top-level field is missing or unreadable.
    usable: bool,
}

impl Reader<'_> {
    fn required<T: DeserializeOwned>(&mut self, key: &str) -> Option<T> {
        if !self.obj.contains_key(key) {
            self.usable = false;
            // `format` has its own message from `check_format`.
            if key != "format" {
                self.problems.push(Problem::error(
                    key,
                    format!("missing field `{key}`: add it at the top level (see docs/content-format.md)"),
                ));
            }
            return None;
        }
        self.optional(key)
    }

    fn optional<T: DeserializeOwned>(&mut self, key: &str) -> Option<T> {
        let value = self.obj.get(key)?;
        match read::<T>(value, key, "file") {
            Ok(v) => Some(v),
            Err(p) => {
                self.usable = false;
                if key != "format" {
                    self.problems.push(p);
                }
                None
            }
        }
    }

    /// Every readable item of the list at `key`; each unreadable one becomes a problem.
    fn items<T: DeserializeOwned>(&mut self, key: &str, required: bool, noun: &str) -> Vec<T> {
        let items = match self.obj.get(key) {
            None if !required => return Vec::new(),
            Some(Value::Array(items)) => items,
            found => {
                self.usable = false;
                let message = match found {
                    None => format!("missing field `{key}`: add \"{key}\": [ … ] at the top level"),
                    Some(v) => format!(
                        "`{key}` must be a list ([ … ]) of {noun} objects, not {}",
                        kind_of(v)
                    ),
                };
                self.problems.push(Problem::error(key, message));
                return Vec::new();
            }
        };
        let mut good = Vec::with_capacity(items.len());
        for (i, item) in items.iter().enumerate() {
            let path = format!("{key}[{i}]");
            if !item.is_object() {
                let message = format!(
                    "each {noun} must be an object ({{\"id\": …}}), not {}",
                    kind_of(item)
                );
                self.problems.push(Problem::error(path, message));
                continue;
            }
            match read::<T>(item, &path, noun) {
                Ok(v) => good.push(v),
                Err(p) => self.problems.push(p),
            }
        }
        good
    }
}

/// Deserialize `value` (found at `path`), turning serde's error into a Problem at the exact path.
fn read<T: DeserializeOwned>(value: &Value, path: &str, noun: &str) -> Result<T, Problem> {
    serde_path_to_error::deserialize::<_, T>(value).map_err(|e| {
        let mut full = path.to_string();
        for segment in e.path().iter() {
            use serde_path_to_error::Segment;
            match segment {
                Segment::Seq { index } => full.push_str(&format!("[{index}]")),
                Segment::Map { key } | Segment::Enum { variant: key } => {
                    if !full.is_empty() {
                        full.push('.');
                    }
                    full.push_str(key);
                }
                Segment::Unknown => break,
            }
        }
        let raw = e.inner().to_string();
        // A missing field has no value to point at: name it in the path, the position falls back
        // to the object that lacks it.
        if let Some(field) = between(&raw, "missing field `", "`") {
            full = if full.is_empty() {
                field.to_string()
            } else {
                format!("{full}.{field}")
            };
        }
        let message = explain(&raw, &full, noun);
        Problem::error(full, message)
    })
}

/// serde's message, reworded to say what to do.
fn explain(raw: &str, path: &str, noun: &str) -> String {
    let field = path.rsplit(['.', '[']).next().unwrap_or("");
    if let Some(name) = between(raw, "unknown field `", "`") {
        let expected: Vec<&str> = raw.split('`').skip(3).step_by(2).collect();
        return unknown_field(name, &expected);
    }
    if let Some(name) = between(raw, "missing field `", "`") {
        return format!(
            "missing field `{name}`: add it to this {noun} (see docs/content-format.md)"
        );
    }
    // Text and source references name what they expect themselves (schema_de.rs); say only that.
    for expected in [TEXT_EXPECTED, SOURCE_REF_EXPECTED] {
        if raw.contains(expected) {
            return format!("expected {expected}");
        }
    }
    let raw = raw.replace(", expected", "; expected");
    match field {
        "importance" => format!("{raw}: importance is 1 (always shown), 2 or 3 (detail)"),
        "width" | "height" => format!("{raw}: give the image's {field} in pixels"),
        _ => raw,
    }
}

/// "unknown field `X`; expected one of …", with a suggestion when one name is close.
pub(crate) fn unknown_field(name: &str, expected: &[&str]) -> String {
    let list = expected
        .iter()
        .map(|e| format!("`{e}`"))
        .collect::<Vec<_>>()
        .join(", ");
    let mut message = format!("unknown field `{name}`; expected one of {list}");
    if let Some(close) = validate::closest(name, expected.iter().copied()) {
        message.push_str(&format!(" (did you mean `{close}`?)"));
    }
    message
}

fn between<'a>(s: &'a str, start: &str, end: &str) -> Option<&'a str> {
    let rest = &s[s.find(start)? + start.len()..];
    Some(&rest[..rest.find(end)?])
}

fn kind_of(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}
