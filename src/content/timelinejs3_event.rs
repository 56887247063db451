//! One TimelineJS3 event slide to a Tarikh event (plus its image, if it has one).
use super::schema::{Event, Link, MediaKind, Medium, SourceRef, Text};
use super::timelinejs3::{slugify, Cx, SOURCE_ID};
use super::timelinejs3_date::{read_date, DateOutcome, ReadDate};
use super::timelinejs3_html::{html_to_line, html_to_text, one_line};
use super::timelinejs3_media::{classify, MediaTarget};
use crate::core::date::parse_edtf;
use serde_json::Value;

/// A card shows at most this many words first; longer text goes to the body as well.
const SUMMARY_WORDS: usize = 60;

/// An imported event plus what the file-level pass needs: its image, its group (for lanes) and
/// its time (for lane order and the extent).
pub struct ImportedEvent {
    pub event: Event,
    pub medium: Option<Medium>,
    /// Plain group text; `None` when ungrouped.
    pub group: Option<String>,
    pub start_days: f64,
    pub first_year: i64,
    pub last_year: i64,
}

/// A string field of an optional object, or "" (TimelineJS3 fills missing text with "").
pub fn str_field<'a>(obj: Option<&'a Value>, key: &str) -> &'a str {
    obj.and_then(|o| o.get(key))
        .and_then(Value::as_str)
        .unwrap_or("")
}

pub fn import_event(cx: &mut Cx, index: usize, value: &Value) -> Option<ImportedEvent> {
    let path = format!("events[{index}]");
    let text_obj = value.get("text");
    let headline = html_to_text(str_field(text_obj, "headline"));
    let title_line = one_line(&headline.text);
    let named = if title_line.is_empty() {
        String::new()
    } else {
        format!(" (\"{title_line}\")")
    };
    let start = match read_date(value.get("start_date")) {
        DateOutcome::Ok(start) => start,
        DateOutcome::Missing => {
            cx.warn(
                format!("{path}.start_date"),
                format!("event {index}{named} has no start_date year; it is left out, as TimelineJS3 does"),
            );
            return None;
        }
        DateOutcome::Invalid(why) => {
            cx.warn(
                format!("{path}.start_date"),
                format!("event {index}{named} has an invalid start_date ({why}); it is left out"),
            );
            return None;
        }
    };
    note_dropped_parts(cx, &format!("{path}.start_date"), &start);
    let (date, last_year) = event_date(cx, &path, &start, value.get("end_date"));

    let body_html = html_to_text(str_field(text_obj, "text"));
    let id_base = [str_field(Some(value), "unique_id"), &title_line]
        .iter()
        .map(|s| slugify(s))
        .find(|s| !s.is_empty())
        .unwrap_or_else(|| format!("event-{}", index + 1));
    let id = cx.ids.claim(&id_base);
    let title = if !title_line.is_empty() {
        title_line.clone()
    } else {
        first_words(&body_html.text, 8).unwrap_or_else(|| format!("Event {}", index + 1))
    };

    let mut links: Vec<Link> = Vec::new();
    let media = value.get("media").filter(|m| m.is_object());
    let caption = html_to_text(str_field(media, "caption"));
    let credit = html_to_text(str_field(media, "credit"));
    let mut medium = None;
    let mut full_text = body_html.text.clone();
    match classify(str_field(media, "url")) {
        None => {}
        Some(MediaTarget::Image { url }) => {
            medium = Some(image_medium(cx, &id, &url, media, &title));
        }
        Some(MediaTarget::Link { url, label }) => {
            let caption = one_line(&caption.text);
            let label = if caption.is_empty() {
                label
            } else {
                format!("{label}: {caption}")
            };
            push_link(&mut links, url, label);
        }
        Some(MediaTarget::Text(quoted)) => {
            cx.warn(
                format!("{path}.media.url"),
                format!("event {index}{named}: media is markup with no link; its text is kept as plain text in the event text"),
            );
            append_quotation(&mut full_text, &quoted, &[&caption.text, &credit.text]);
        }
        Some(MediaTarget::Unusable(why)) => cx.warn(
            format!("{path}.media.url"),
            format!("event {index}{named}: {why}"),
        ),
    }
    for (url, label) in [&headline, &body_html, &caption, &credit]
        .into_iter()
        .flat_map(|p| p.links.iter().cloned())
    {
        push_link(&mut links, url, label);
    }

    let (summary, body) = summary_and_body(&full_text);
    let display = [
        value.get("display_date"),
        value.get("start_date").and_then(|d| d.get("display_date")),
        value.get("start_date").and_then(|d| d.get("display_text")),
    ]
    .into_iter()
    .flatten()
    .filter_map(Value::as_str)
    .map(html_to_line)
    .find(|s| !s.is_empty());
    let group = value
        .get("group")
        .and_then(Value::as_str)
        .map(html_to_line)
        .filter(|g| !g.is_empty());

    Some(ImportedEvent {
        event: Event {
            id,
            date,
            alternatives: Vec::new(),
            original_calendar: Default::default(),
            title: Text::One(title),
            summary: Text::One(summary),
            body: body.map(Text::One),
            place: None,
            // Set by the file-level pass, which orders lanes by first use.
            lane: String::new(),
            importance: 2,
            quotes: Vec::new(),
            media: medium.iter().map(|m: &Medium| m.id.clone()).collect(),
            sources: vec![SourceRef::Id(SOURCE_ID.into())],
            related: Vec::new(),
            note: display.map(|d| Text::One(format!("Display date in the source: {d}"))),
            links,
        },
        medium,
        group,
        start_days: start.point.start_days(),
        first_year: start.point.year,
        last_year,
    })
}

/// The event's EDTF: the start alone, or `start/end` when an end is given, differs and does not
/// come first. Also returns the last year covered (for the extent).
fn event_date(cx: &mut Cx, path: &str, start: &ReadDate, end: Option<&Value>) -> (String, i64) {
    let alone = (start.edtf.clone(), start.point.year);
    let end = match read_date(end) {
        DateOutcome::Missing => return alone,
        DateOutcome::Invalid(why) => {
            cx.warn(
                format!("{path}.end_date"),
                format!("invalid end_date ({why}); the event keeps only its start"),
            );
            return alone;
        }
        DateOutcome::Ok(end) => end,
    };
    note_dropped_parts(cx, &format!("{path}.end_date"), &end);
    // TimelineJS3 drops an end equal to the start; so do we, silently.
    if end.edtf == start.edtf {
        return alone;
    }
    let interval = format!("{}/{}", start.edtf, end.edtf);
    match parse_edtf(&interval) {
        Ok(_) => (interval, end.point.year),
        Err(_) => {
            cx.warn(
                format!("{path}.end_date"),
                format!(
                    "end_date {} comes before start_date {}; the end is dropped",
                    end.edtf, start.edtf
                ),
            );
            alone
        }
    }
}

pub fn note_dropped_parts(cx: &mut Cx, path: &str, date: &ReadDate) {
    for note in &date.notes {
        cx.warn(path.to_string(), note.clone());
    }
}

/// TimelineJS3 files give no image sizes and the importer fetches nothing. The validator wants
/// a size so space is kept while the image loads; 4:3, the commonest photo shape, is a
/// placeholder for that, and the browser switches to the real shape once the image arrives.
const PLACEHOLDER_SIZE_PX: (u32, u32) = (800, 600);

fn image_medium(
    cx: &mut Cx,
    event_id: &str,
    url: &str,
    media: Option<&Value>,
    title: &str,
) -> Medium {
    let caption = html_to_line(str_field(media, "caption"));
    let alt = [html_to_line(str_field(media, "alt")), caption.clone()]
        .into_iter()
        .find(|s| !s.is_empty())
        .unwrap_or_else(|| title.to_string());
    Medium {
        id: cx.ids.claim(&format!("{event_id}-media")),
        kind: MediaKind::Photo,
        file: url.to_string(),
        width: PLACEHOLDER_SIZE_PX.0,
        height: PLACEHOLDER_SIZE_PX.1,
        alt: Text::One(alt),
        caption: Text::One(caption),
        credit: Text::One(html_to_line(str_field(media, "credit"))),
        license: "unknown".into(),
        sources: vec![SourceRef::Id(SOURCE_ID.into())],
        held_by: None,
    }
}

/// A quotation that was the event's media becomes a paragraph of its text, attributed with
/// the media's caption and credit when there are any.
fn append_quotation(text: &mut String, quoted: &str, attribution: &[&str]) {
    if !text.is_empty() {
        text.push_str("\n\n");
    }
    text.push_str(quoted);
    let by: Vec<String> = attribution
        .iter()
        .map(|s| one_line(s))
        .filter(|s| !s.is_empty())
        .collect();
    if !by.is_empty() {
        text.push_str(&format!("\n— {}", by.join("; ")));
    }
}

fn push_link(links: &mut Vec<Link>, url: String, label: String) {
    if !links.iter().any(|l| l.url == url) {
        links.push(Link {
            url,
            label: Text::One(label),
        });
    }
}

/// The summary is the text itself when short; otherwise its first words and the full text as
/// the body.
fn summary_and_body(text: &str) -> (String, Option<String>) {
    if text.split_whitespace().nth(SUMMARY_WORDS).is_none() {
        return (text.to_string(), None);
    }
    let summary = first_words(text, SUMMARY_WORDS).unwrap_or_default();
    (summary, Some(text.to_string()))
}

/// The first `n` words on one line, with "…" when there were more; `None` for empty text.
fn first_words(text: &str, n: usize) -> Option<String> {
    let mut words = text.split_whitespace();
    let head: Vec<&str> = words.by_ref().take(n).collect();
    if head.is_empty() {
        return None;
    }
    let more = if words.next().is_some() { "…" } else { "" };
    Some(format!("{}{more}", head.join(" ")))
}
