//! Importer for TimelineJS3 JSON (their published format) into `tarikh/1` content.
//!
//! The format is described in ../shared/research/anchors.md §4. The mapping keeps everything a
//! reader sees (dates, headlines, text, images, groups, eras) and turns what Tarikh will not
//! embed (videos, tweets, maps, markup) into plain links. Only a file whose structure is wrong
//! gives errors; everything else that is lost is reported as a warning with its JSON path.
use super::positions::locate;
use super::schema::{ContentFile, Event, Lane, Source, Text, FORMAT_VERSION};
use super::timelinejs3_date::padded_extent;
use super::timelinejs3_era::import_era;
use super::timelinejs3_event::{import_event, str_field};
use super::timelinejs3_html::{html_to_line, html_to_text};
use super::Problem;
use serde_json::Value;
use std::collections::{HashMap, HashSet};

/// TimelineJS3 files cite nothing, but Tarikh wants every event to cite a source: the file
/// itself becomes that source.
pub const SOURCE_ID: &str = "tlj3-file";

/// Import a TimelineJS3 timeline; `text` is the raw JSON, used for line/column of problems.
pub fn import(value: &Value, text: &str) -> (Option<ContentFile>, Vec<Problem>) {
    let mut cx = Cx {
        text,
        problems: Vec::new(),
        ids: Ids::default(),
    };
    let content = import_file(&mut cx, value);
    (content, cx.problems)
}

fn import_file(cx: &mut Cx, value: &Value) -> Option<ContentFile> {
    let Some(root) = value.as_object() else {
        cx.error(
            "",
            "a TimelineJS3 file is one JSON object with an \"events\" array",
        );
        return None;
    };
    let events_json = match root.get("events") {
        Some(Value::Array(events)) => events.as_slice(),
        Some(_) => {
            cx.error("events", "\"events\" must be an array of event slides");
            return None;
        }
        None => {
            cx.error("", "a TimelineJS3 file needs an \"events\" array");
            return None;
        }
    };
    let eras_json = match root.get("eras") {
        None | Some(Value::Null) => &[][..],
        Some(Value::Array(eras)) => eras.as_slice(),
        Some(_) => {
            cx.error("eras", "\"eras\" must be an array of eras");
            return None;
        }
    };
    let title_slide = match root.get("title") {
        None | Some(Value::Null) => None,
        Some(t @ Value::Object(_)) => Some(t),
        Some(_) => {
            cx.warn(
                "title".into(),
                "\"title\" is not a slide object; it is ignored".into(),
            );
            None
        }
    };

    let mut imported = Vec::new();
    for (i, ev) in events_json.iter().enumerate() {
        if !ev.is_object() {
            cx.warn(
                format!("events[{i}]"),
                format!("event {i} is not an object; it is left out"),
            );
            continue;
        }
        imported.extend(import_event(cx, i, ev));
    }
    if imported.is_empty() {
        cx.error(
            "events",
            "no event has a usable start_date, so there is nothing to show",
        );
        return None;
    }
    let eras: Vec<_> = eras_json
        .iter()
        .enumerate()
        .filter_map(|(i, era)| import_era(cx, i, era))
        .collect();

    let first_year = imported.iter().map(|e| e.first_year);
    let first_year = first_year.chain(eras.iter().map(|e| e.first_year)).min();
    let last_year = imported.iter().map(|e| e.last_year);
    let last_year = last_year.chain(eras.iter().map(|e| e.last_year)).max();
    let extent = padded_extent(first_year.unwrap_or(0), last_year.unwrap_or(0));

    let headline = html_to_line(str_field(
        title_slide.and_then(|t| t.get("text")),
        "headline",
    ));
    let title = if headline.is_empty() {
        "TimelineJS3 timeline".to_string()
    } else {
        headline
    };
    let subtitle = html_to_text(str_field(title_slide.and_then(|t| t.get("text")), "text")).text;
    let language = file_language(root);

    let groups: Vec<_> = imported
        .iter()
        .map(|e| (e.group.clone(), e.start_days))
        .collect();
    let (lanes, lane_of) = lanes_by_first_use(&groups);
    let mut events = Vec::with_capacity(imported.len());
    let mut media = Vec::new();
    for (item, lane) in imported.into_iter().zip(lane_of) {
        events.push(Event { lane, ..item.event });
        media.extend(item.medium);
    }

    Some(ContentFile {
        format: FORMAT_VERSION.into(),
        id: "timelinejs3".into(),
        title: Text::One(title.clone()),
        subtitle: (!subtitle.is_empty()).then_some(Text::One(subtitle)),
        languages: vec![language.clone()],
        default_language: language,
        initial_view: extent.clone(),
        extent,
        lanes,
        eras: eras.into_iter().map(|e| e.era).collect(),
        events,
        quotes: Vec::new(),
        media,
        sources: vec![Source {
            id: SOURCE_ID.into(),
            title,
            author: None,
            publisher: None,
            url: None,
            published: None,
            accessed: None,
            language: None,
            note: Some(Text::One("Imported from a TimelineJS3 file".into())),
        }],
        places: Vec::new(),
    })
}

/// One lane per group in order of first chronological use (as TimelineJS3 orders its rows),
/// then the ungrouped lane "events" last. Returns the lanes and each event's lane id.
fn lanes_by_first_use(groups: &[(Option<String>, f64)]) -> (Vec<Lane>, Vec<String>) {
    let mut order: Vec<usize> = (0..groups.len()).collect();
    // A stable sort: events on the same date keep the file's order, like TimelineJS3.
    order.sort_by(|&a, &b| groups[a].1.total_cmp(&groups[b].1));
    let mut ids = Ids::default();
    let mut lanes = Vec::new();
    let mut lane_id_of: HashMap<&str, String> = HashMap::new();
    for &k in &order {
        if let Some(group) = groups[k].0.as_deref() {
            if !lane_id_of.contains_key(group) {
                let slug = slugify(group);
                let id = ids.claim(if slug.is_empty() { "group" } else { &slug });
                lanes.push(Lane {
                    id: id.clone(),
                    title: Text::One(group.to_string()),
                    color: None,
                });
                lane_id_of.insert(group, id);
            }
        }
    }
    let mut ungrouped = None;
    let lane_of = groups
        .iter()
        .map(
            |(group, _)| match group.as_deref().and_then(|g| lane_id_of.get(g)) {
                Some(id) => id.clone(),
                None => ungrouped.get_or_insert_with(|| ids.claim("events")).clone(),
            },
        )
        .collect();
    if let Some(id) = ungrouped {
        lanes.push(Lane {
            id,
            title: Text::One("Events".into()),
            color: None,
        });
    }
    (lanes, lane_of)
}

/// TimelineJS3 takes the language as an embed option, not from the file; some files still carry
/// `language` or `lang`. Its primary subtag is used when it looks like one, else English.
fn file_language(root: &serde_json::Map<String, Value>) -> String {
    ["language", "lang"]
        .iter()
        .filter_map(|k| root.get(*k).and_then(Value::as_str))
        .map(|l| {
            l.trim()
                .split(['-', '_'])
                .next()
                .unwrap_or("")
                .to_ascii_lowercase()
        })
        .find(|l| (2..=3).contains(&l.len()) && l.bytes().all(|b| b.is_ascii_lowercase()))
        .unwrap_or_else(|| "en".into())
}

/// Import state shared with the event and era converters.
pub struct Cx<'a> {
    text: &'a str,
    problems: Vec<Problem>,
    /// Ids of events, eras and media: one namespace, so a link never hits two things.
    pub ids: Ids,
}

impl Cx<'_> {
    pub fn warn(&mut self, path: String, message: String) {
        let problem = Problem::warning(path, message);
        self.push(problem);
    }
    fn error(&mut self, path: &str, message: &str) {
        self.push(Problem::error(path, message));
    }
    fn push(&mut self, mut problem: Problem) {
        if let Some((line, column)) = locate(self.text, &problem.path) {
            problem.line = line;
            problem.column = column;
        }
        self.problems.push(problem);
    }
}

/// Hands out unique ids: the first claim of `base` gets it, later ones `base-2`, `base-3`…
#[derive(Default)]
pub struct Ids {
    used: HashSet<String>,
    /// The next suffix to try per base, so 10k events named alike stay linear.
    next: HashMap<String, usize>,
}

impl Ids {
    pub fn claim(&mut self, base: &str) -> String {
        let mut id = base.to_string();
        let mut n = self.next.get(base).copied().unwrap_or(2);
        while self.used.contains(&id) {
            id = format!("{base}-{n}");
            n += 1;
        }
        self.next.insert(base.to_string(), n);
        self.used.insert(id.clone());
        id
    }
}

/// ASCII slug for ids and URL fragments: lowercase letters and digits joined by single hyphens,
/// at most 60 characters (cut at a hyphen). Accented Latin letters lose their accents; text
/// with no Latin letters or digits gives "" (the caller then numbers the item).
pub fn slugify(text: &str) -> String {
    let mut slug = String::new();
    for c in text.chars() {
        if c.is_ascii_alphanumeric() {
            slug.push(c.to_ascii_lowercase());
        } else if let Some(plain) = fold_latin(c) {
            slug.push_str(plain);
        } else if !slug.is_empty() && !slug.ends_with('-') && !matches!(c, '\'' | '’') {
            slug.push('-');
        }
    }
    if slug.len() > 60 {
        let cut = slug[..60].rfind('-').unwrap_or(60);
        slug.truncate(cut);
    }
    slug.trim_end_matches('-').to_string()
}

/// The unaccented lowercase form of common accented Latin letters, so "Rózsa Péter" gives
/// `rozsa-peter` rather than `r-zsa-p-ter`.
fn fold_latin(c: char) -> Option<&'static str> {
    let lower = c.to_lowercase().next().unwrap_or(c);
    Some(match lower {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => "a",
        'ç' | 'ć' | 'č' => "c",
        'ď' | 'đ' => "d",
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ė' | 'ę' | 'ě' => "e",
        'ğ' => "g",
        'ì' | 'í' | 'î' | 'ï' | 'ī' | 'į' | 'ı' => "i",
        'ł' | 'ľ' => "l",
        'ñ' | 'ń' | 'ň' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ő' => "o",
        'ř' => "r",
        'ś' | 'š' | 'ş' | 'ș' => "s",
        'ť' | 'ţ' | 'ț' => "t",
        'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' | 'ų' => "u",
        'ý' | 'ÿ' => "y",
        'ź' | 'ż' | 'ž' => "z",
        'ß' => "ss",
        'æ' => "ae",
        'œ' => "oe",
        _ => return None,
    })
}
