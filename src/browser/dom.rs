//! Small DOM helpers: time, media queries, element geometry, focus, size observation.
use gloo::utils::window;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, ResizeObserver, ResizeObserverEntry};

pub fn now_ms() -> f64 {
    window().performance().map(|p| p.now()).unwrap_or(0.0)
}

fn media_matches(query: &str) -> bool {
    window()
        .match_media(query)
        .ok()
        .flatten()
        .map(|m| m.matches())
        .unwrap_or(false)
}

/// A touchscreen at least 1600 px wide: a kiosk, read from arm's length, gets larger text.
/// `public/tarikh.css` uses the same query.
pub fn large_touch_screen() -> bool {
    media_matches("(pointer: coarse) and (min-width: 1600px)")
}

/// The page's language (`<html lang>`) follows the timeline's on a page that is nothing but a
/// full-window timeline (`.tk-host-full`, as in index.html); an embedding page keeps its own.
pub fn set_page_lang_if_full_window(code: &str) {
    let doc = gloo::utils::document();
    if doc.query_selector(".tk-host-full").ok().flatten().is_none() {
        return;
    }
    if let Some(html) = doc.document_element() {
        if html.get_attribute("lang").as_deref() != Some(code) {
            let _ = html.set_attribute("lang", code);
        }
    }
}

pub fn prefers_reduced_motion() -> bool {
    media_matches("(prefers-reduced-motion: reduce)")
}

/// Touch screens: larger targets (44 px and more).
pub fn coarse_pointer() -> bool {
    media_matches("(pointer: coarse)")
}

/// Left, top, width and height of an element in viewport pixels.
pub fn rect(el: &Element) -> (f64, f64, f64, f64) {
    let r = el.get_bounding_client_rect();
    (r.left(), r.top(), r.width(), r.height())
}

/// How far down from its top the timeline's viewport stays uncovered when `card` lies over its
/// lower part (the bottom sheet on phones); `None` when the card sits beside it (a side panel).
pub fn covered_from_px(card: &Element) -> Option<f64> {
    let root = card.closest(".tk-root").ok()??;
    let viewport = root.query_selector(".tk-viewport").ok()??;
    let (c, v) = (
        card.get_bounding_client_rect(),
        viewport.get_bounding_client_rect(),
    );
    let overlaps_x = c.left() < v.right() - 1.0 && c.right() > v.left() + 1.0;
    let covers_lower_part = c.height() > 0.0 && c.top() > v.top() && c.top() < v.bottom();
    (overlaps_x && covers_lower_part).then(|| c.top() - v.top())
}

/// Scroll the stage's column (`.tk-main`, which scrolls only on windows too short for every lane)
/// so that the top `needed_px` of lane `lane` of the timeline holding `card` are in sight, above
/// the card when it is a bottom sheet. Runs after the DOM has updated (lanes may have moved).
pub fn reveal_lane(card: &Element, lane: usize, needed_px: f64) {
    let card = card.clone();
    gloo::timers::callback::Timeout::new(0, move || {
        let Some(root) = card.closest(".tk-root").ok().flatten() else {
            return;
        };
        let (Ok(Some(column)), Ok(Some(lane))) = (
            root.query_selector(".tk-main"),
            root.query_selector(&format!(".tk-lanes > .tk-lane:nth-child({})", lane + 1)),
        ) else {
            return;
        };
        let (col, lane) = (
            column.get_bounding_client_rect(),
            lane.get_bounding_client_rect(),
        );
        // Above the bottom sheet, and above the overview strip that stays at the column's foot.
        let overview_top = root
            .query_selector(".tk-overview")
            .ok()
            .flatten()
            .map(|o| o.get_bounding_client_rect().top())
            .unwrap_or(f64::INFINITY);
        let bottom = covered_from_px(&card)
            .map(|_| card.get_bounding_client_rect().top())
            .unwrap_or(col.bottom())
            .min(overview_top);
        // Below the axis, which stays pinned at the top of a scrolled column.
        let top = root
            .query_selector(".tk-axis")
            .ok()
            .flatten()
            .map(|a| a.get_bounding_client_rect().bottom())
            .unwrap_or(col.top())
            .max(col.top());
        let shift = if lane.top() < top {
            lane.top() - top
        } else if lane.top() + needed_px > bottom {
            (lane.top() + needed_px - bottom).min(lane.top() - top)
        } else {
            0.0
        };
        if shift != 0.0 {
            column.set_scroll_top(column.scroll_top() + shift.round() as i32);
        }
    })
    .forget();
}

/// After `card` closed: focus the marker of event `id` in its timeline, or the stage when that
/// marker is not a button of its own now, if focus was in the card (now hidden) or nowhere.
pub fn return_focus(card: &Element, id: &str) {
    let active = gloo::utils::document().active_element();
    let lost = active
        .as_ref()
        .is_none_or(|a| a.tag_name() == "BODY" || card.contains(Some(a)));
    if let Some(root) = card.closest(".tk-root").ok().flatten().filter(|_| lost) {
        focus_marker_when_settled(root, id.to_string(), FOCUS_TRIES);
    }
}

/// How often (every 60 ms) to try again while the view still glides: up to 3 s on a busy machine.
const FOCUS_TRIES: u32 = 50;

/// While the view still glides (the card was closed right after it opened) the marker buttons
/// are hidden under their canvas picture and cannot take focus: try again a little later.
fn focus_marker_when_settled(root: Element, id: String, tries_left: u32) {
    // After the DOM has updated: the stage may only now have stopped being inert.
    gloo::timers::callback::Timeout::new(
        if tries_left == FOCUS_TRIES { 0 } else { 60 },
        move || {
            let moving = root
                .query_selector(".tk-markers.tk-moving")
                .ok()
                .flatten()
                .is_some();
            if moving && tries_left > 0 {
                return focus_marker_when_settled(root, id, tries_left - 1);
            }
            // Event ids are link-safe (letters, digits, - _ .), checked when the content loads.
            let marker = (!id.contains(['"', '\\']))
                .then(|| root.query_selector(&format!(".tk-marker[data-event-id=\"{id}\"]")))
                .and_then(|found| found.ok().flatten());
            let target = marker.or_else(|| root.query_selector(".tk-viewport").ok().flatten());
            if let Some(el) = target.and_then(|t| t.dyn_into::<HtmlElement>().ok()) {
                let _ = el.focus();
            }
        },
    )
    .forget();
}

/// Scroll `el` by `dx`, `dy` pixels.
pub fn scroll_by(el: &Element, dx: i32, dy: i32) {
    el.set_scroll_left(el.scroll_left() + dx);
    el.set_scroll_top(el.scroll_top() + dy);
}

/// Whether the event happened on the element that listens to it, not on a child.
pub fn event_on_itself(ev: &web_sys::Event) -> bool {
    match (ev.target(), ev.current_target()) {
        (Some(t), Some(c)) => t == c,
        _ => false,
    }
}

/// Focus the first element matching `selector` inside `root` (after the DOM has updated).
pub fn focus_in(root: &Element, selector: &str) {
    let root = root.clone();
    let selector = selector.to_string();
    // Wait one tick so the element rendered by the latest state exists.
    gloo::timers::callback::Timeout::new(0, move || {
        if let Ok(Some(el)) = root.query_selector(&selector) {
            if let Ok(el) = el.dyn_into::<HtmlElement>() {
                let _ = el.focus();
            }
        }
    })
    .forget();
}

/// Is focus currently inside `root`?
pub fn has_focus_within(root: &Element) -> bool {
    window()
        .document()
        .and_then(|d| d.active_element())
        .map(|a| root.contains(Some(&a)))
        .unwrap_or(false)
}

/// Keep Tab inside a modal `root`: move focus to the next (or previous) button, wrapping round.
pub fn cycle_focus(root: &Element, backwards: bool) {
    let Ok(list) = root.query_selector_all("button:not([disabled])") else {
        return;
    };
    let buttons: Vec<HtmlElement> = (0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into::<HtmlElement>().ok())
        .collect();
    if buttons.is_empty() {
        return;
    }
    let active = window().document().and_then(|d| d.active_element());
    let at = buttons.iter().position(|b| {
        active
            .as_ref()
            .map(|a| a == b.as_ref() as &Element)
            .unwrap_or(false)
    });
    let n = buttons.len();
    let next = match (at, backwards) {
        (Some(i), false) => (i + 1) % n,
        (Some(i), true) => (i + n - 1) % n,
        (None, false) => 0,
        (None, true) => n - 1,
    };
    let _ = buttons[next].focus();
}

/// Where focus was, kept to give it back after a dialog closes.
pub struct SavedFocus(HtmlElement);

pub fn save_focus() -> Option<SavedFocus> {
    let el = window()
        .document()?
        .active_element()?
        .dyn_into::<HtmlElement>()
        .ok()?;
    Some(SavedFocus(el))
}

impl SavedFocus {
    /// Focus the element again, if it is still in the page.
    pub fn restore(self) {
        if self.0.is_connected() {
            let _ = self.0.focus();
        }
    }
}

/// Watches an element's size; disconnects when dropped.
pub struct SizeObserver {
    observer: ResizeObserver,
    _callback: Closure<dyn FnMut(js_sys::Array)>,
}

impl Drop for SizeObserver {
    fn drop(&mut self) {
        self.observer.disconnect();
    }
}

/// Call `on_size(width_px, height_px)` now and whenever the element's size changes.
pub fn observe_size(
    el: &Element,
    mut on_size: impl FnMut(f64, f64) + 'static,
) -> Option<SizeObserver> {
    let (_, _, w, h) = rect(el);
    on_size(w, h);
    let callback = Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
        if let Ok(entry) = entries.get(0).dyn_into::<ResizeObserverEntry>() {
            let r = entry.content_rect();
            on_size(r.width(), r.height());
        }
    });
    let observer = ResizeObserver::new(callback.as_ref().unchecked_ref()).ok()?;
    observer.observe(el);
    Some(SizeObserver {
        observer,
        _callback: callback,
    })
}

/// Remove `el` from the page once the next frame has been painted (a frame callback runs before
/// its paint, so the removal waits for the callback of the frame after).
pub fn remove_after_next_frame(el: Element) {
    let later = Closure::once_into_js(move || {
        let remove = Closure::once_into_js(move || el.remove());
        let _ = window().request_animation_frame(remove.unchecked_ref());
    });
    let _ = window().request_animation_frame(later.unchecked_ref());
}
