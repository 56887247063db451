//! The first paint. A small wasm module (`src/sketch.rs`, no Leptos) draws each timeline's first
//! view, read-only, while the app (`tarikh-app`, five times larger) downloads: the title, the
//! era bands, the axis, the lanes and the markers, placed by the same core code as the app's,
//! so when the app takes over the picture stays where it was.
//!
//! When every host has its content (or could not get it), the document gets a
//! `tarikh-sketch-fetched` event and the page (index.html) starts loading the app, which arrives
//! while the sketches are drawn. The app's own nodes follow the sketch in the host, and
//! the stylesheet hides the sketch as soon as the app shows its timeline or a problem.
use super::sketch_chrome::{el, new_el};
use super::sketch_json::sketch_content;
use super::sketch_paint::{paint_back, paint_marks, Geometry};
use super::{dom, mount, sketch_chrome, url};
use crate::content::prepared::Prepared;
use crate::core::command::{reduce, Command};
use crate::core::i18n::{locale, Lang};
use crate::core::metrics::Metrics;
use crate::core::url_state::UrlState;
use gloo::utils::{document, window};
use std::cell::Cell;
use std::rc::Rc;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::{spawn_local, JsFuture};
use web_sys::{Element, HtmlElement, Response};

/// Dispatched on the document once every host's sketch has fetched its content (or failed to):
/// the first paint needs nothing more from the network, so the page starts loading the app
/// while the sketches are drawn. Also left as a performance mark of the same name and as a
/// `data-tarikh-sketch-fetched` attribute on `<html>` (for a page script that listens late).
pub const FETCHED_EVENT: &str = "tarikh-sketch-fetched";

/// Set by the app's mount on its host: a sketch that comes later is not needed there.
pub const MOUNTED_ATTR: &str = "data-tarikh-mounted";

/// The nodes of one host's sketch.
struct Frame {
    root: Element,
    window: Element,
    stage: Element,
    back: Element,
    marks: Element,
}

/// Sketch every `[data-tarikh]` host, announcing [`FETCHED_EVENT`] when all have their content.
pub fn start() {
    let hosts = document().query_selector_all("[data-tarikh]").ok();
    let count = hosts.as_ref().map(|h| h.length()).unwrap_or(0);
    if count == 0 {
        announce();
        return;
    }
    let left = Rc::new(Cell::new(count));
    for i in 0..count {
        let host = hosts
            .as_ref()
            .and_then(|h| h.item(i))
            .and_then(|n| n.dyn_into::<HtmlElement>().ok());
        let left = left.clone();
        spawn_local(async move {
            let json = match &host {
                Some(host) => fetch_json(&mount::host_src(host)).await,
                None => None,
            };
            left.set(left.get() - 1);
            if left.get() == 0 {
                announce();
            }
            if let (Some(host), Some(json)) = (host, json) {
                // The first host follows the URL hash (deep links), as in the app.
                draw(&host, &json, i == 0);
            }
        });
    }
}

fn announce() {
    let _ = window().performance().map(|p| p.mark(FETCHED_EVENT));
    if let Some(html) = document().document_element() {
        html.set_attribute("data-tarikh-sketch-fetched", "").ok();
    }
    if let Ok(event) = web_sys::Event::new(FETCHED_EVENT) {
        let _ = document().dispatch_event(&event);
    }
}

/// Draw one host's first view from its content, unless the app holds the host already.
fn draw(host: &HtmlElement, json: &JsValue, url_sync: bool) {
    // A host the app already holds (it came first, from a cache) needs no sketch.
    if host.has_attribute(MOUNTED_ATTR) {
        return;
    }
    let Some(file) = sketch_content(json) else {
        return;
    };
    let data = Prepared::new(file);
    let link = if url_sync {
        url::read_hash()
    } else {
        UrlState::default()
    };
    let mut state = data.initial_state(mount::host_lang(host), &link);
    let lang = state.lang;
    let metrics = Metrics::for_device(dom::coarse_pointer(), dom::large_touch_screen());
    let Some(frame) = frame(host, &data, lang, &metrics, state.open.is_some()) else {
        return;
    };
    let (_, _, width, height) = dom::rect(&frame.stage);
    if width <= 0.0 {
        return;
    }
    // As the app does once its stage is measured: the real width, then the open event again.
    state = reduce(&state, Command::Resize { width_px: width }, &data.times);
    if let Some(i) = state.open {
        state = reduce(&state, Command::Open(i), &data.times);
    }
    sketch_chrome::place_window(&frame.window, &data, &state.view);
    let geometry = Geometry::new(&data, metrics, width, height);
    paint_back(&frame.back, &geometry, &data, &state.view, lang);
    let drawn = paint_marks(&frame.marks, &geometry, &data, &state, lang);
    // What was drawn, for tests to compare with the app's buttons.
    let root = &frame.root;
    root.set_attribute("data-markers", &drawn.markers.to_string())
        .ok();
    root.set_attribute("data-clusters", &drawn.chips.to_string())
        .ok();
    root.set_attribute("data-places", &drawn.places).ok();
    root.set_attribute("data-painted", "true").ok();
}

/// The sketch's nodes, added to the host before the app's.
/// With `card_open` (a deep link to an event) a wide host keeps the card panel's room empty.
fn frame(
    host: &HtmlElement,
    data: &Prepared,
    lang: Lang,
    metrics: &Metrics,
    card_open: bool,
) -> Option<Frame> {
    host.class_list().add_1("tk-host").ok();
    let root = new_el("div", "tk-sketch")?;
    root.set_attribute("lang", lang.code()).ok()?;
    // Screen readers hear that the timeline is loading; the picture itself is hidden from them
    // (the app's named buttons and lists replace it).
    let status = el(&root, "p", "tk-sr", None)?;
    status.set_attribute("role", "status").ok()?;
    // Filled in a moment after it is on the page: a live region that arrives already filled is
    // not announced by every screen reader.
    let text = locale(lang).t("loading");
    gloo::timers::callback::Timeout::new(100, move || status.set_text_content(Some(text))).forget();
    sketch_chrome::header(&root, data, lang)?
        .set_attribute("aria-hidden", "true")
        .ok()?;
    let body = el(&root, "div", "tk-sketch-body", None)?;
    body.set_attribute("aria-hidden", "true").ok()?;
    let main = el(&body, "div", "tk-sketch-main", None)?;
    if card_open {
        el(&body, "div", "tk-sketch-card", None)?;
    }
    let stage = el(&main, "div", "tk-sketch-stage", None)?;
    let min_px = metrics.min_stage_px(data.era_row_count, data.file.lanes.len());
    stage
        .set_attribute("style", &format!("min-height:{min_px}px"))
        .ok()?;
    let back = el(&stage, "canvas", "tk-sketch-layer", None)?;
    let marks = el(&stage, "canvas", "tk-sketch-layer", None)?;
    let window = sketch_chrome::foot(&main, data, lang)?;
    // After anything the page put in the host; the app's nodes will follow it.
    host.append_child(&root).ok()?;
    Some(Frame {
        root,
        window,
        stage,
        back,
        marks,
    })
}

/// The content file parsed by the browser (`Response.json()`), or `None` on any failure.
async fn fetch_json(src: &str) -> Option<JsValue> {
    let response = JsFuture::from(window().fetch_with_str(src)).await.ok()?;
    let response: Response = response.dyn_into().ok()?;
    if !response.ok() {
        return None;
    }
    JsFuture::from(response.json().ok()?).await.ok()
}

/// The app's hold on a host's sketch: it removes the sketch once it shows something itself.
pub struct Drawn(Element);

impl Drawn {
    /// The sketch drawn in `host`, if any.
    pub fn in_host(host: &HtmlElement) -> Option<Drawn> {
        host.query_selector(":scope > .tk-sketch")
            .ok()
            .flatten()
            .map(Drawn)
    }

    /// Remove the sketch after the next frame (once what replaces it has been drawn).
    pub fn remove(self) {
        dom::remove_after_next_frame(self.0);
    }
}
