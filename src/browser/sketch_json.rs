//! The first-paint sketch reads a content file with the browser's own `JSON.parse` and takes only
//! what a first view draws (lanes, eras, event dates, titles and importance). No serde code: that
//! keeps the sketch's wasm small. Anything it cannot read gives `None`, and the page simply waits
//! for the app, which reads the file properly and says what is wrong and where.
use crate::content::schema::FORMAT_VERSION;
use crate::content::schema::{Alternative, Calendar, ContentFile, Era, Event, Lane, Text};
use js_sys::{Array, Object, Reflect};
use std::collections::BTreeMap;
use wasm_bindgen::JsValue;

fn field(v: &JsValue, key: &str) -> JsValue {
    Reflect::get(v, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
}

fn string(v: &JsValue, key: &str) -> Option<String> {
    field(v, key).as_string()
}

fn list(v: &JsValue, key: &str) -> Vec<JsValue> {
    let value = field(v, key);
    if Array::is_array(&value) {
        Array::from(&value).iter().collect()
    } else {
        Vec::new()
    }
}

/// `"text"` or `{"en": "…", "ru": "…"}`.
fn text(v: &JsValue) -> Text {
    if let Some(s) = v.as_string() {
        return Text::One(s);
    }
    if !v.is_object() {
        return Text::default();
    }
    let mut map = BTreeMap::new();
    for entry in Object::entries(&Object::from(v.clone())).iter() {
        let pair = Array::from(&entry);
        if let (Some(lang), Some(s)) = (pair.get(0).as_string(), pair.get(1).as_string()) {
            map.insert(lang, s);
        }
    }
    Text::Many(map)
}

fn lane(v: &JsValue) -> Option<Lane> {
    Some(Lane {
        id: string(v, "id")?,
        title: text(&field(v, "title")),
        color: string(v, "color"),
    })
}

fn era(v: &JsValue) -> Option<Era> {
    Some(Era {
        id: string(v, "id")?,
        title: text(&field(v, "title")),
        date: string(v, "date")?,
        lane: None,
        sources: Vec::new(),
        note: None,
    })
}

fn event(v: &JsValue) -> Option<Event> {
    // Only how many versions a disputed date has matters to the drawing (its gold ring).
    let alternatives = list(v, "alternatives")
        .iter()
        .map(|_| Alternative {
            date: String::new(),
            sources: Vec::new(),
            note: Text::default(),
        })
        .collect();
    let importance = field(v, "importance").as_f64().unwrap_or(2.0);
    Some(Event {
        id: string(v, "id")?,
        date: string(v, "date")?,
        alternatives,
        original_calendar: Calendar::Gregorian,
        title: text(&field(v, "title")),
        summary: Text::default(),
        body: None,
        place: None,
        lane: string(v, "lane")?,
        importance: importance.clamp(1.0, 3.0) as u8,
        quotes: Vec::new(),
        media: Vec::new(),
        sources: Vec::new(),
        related: Vec::new(),
        note: None,
        links: Vec::new(),
    })
}

/// The parts of a `tarikh/1` file (parsed by the browser) that a first view draws, or `None`
/// when `v` is not one.
pub fn sketch_content(v: &JsValue) -> Option<ContentFile> {
    let v = v.clone();
    if string(&v, "format").as_deref() != Some(FORMAT_VERSION) {
        return None;
    }
    let subtitle = field(&v, "subtitle");
    Some(ContentFile {
        format: FORMAT_VERSION.to_string(),
        id: string(&v, "id").unwrap_or_default(),
        title: text(&field(&v, "title")),
        subtitle: (!subtitle.is_undefined() && !subtitle.is_null()).then(|| text(&subtitle)),
        languages: Vec::new(),
        default_language: string(&v, "default_language").unwrap_or_default(),
        extent: string(&v, "extent")?,
        initial_view: string(&v, "initial_view")?,
        lanes: list(&v, "lanes").iter().map(lane).collect::<Option<_>>()?,
        eras: list(&v, "eras").iter().map(era).collect::<Option<_>>()?,
        events: list(&v, "events")
            .iter()
            .map(event)
            .collect::<Option<_>>()?,
        quotes: Vec::new(),
        media: Vec::new(),
        sources: Vec::new(),
        places: Vec::new(),
    })
}
