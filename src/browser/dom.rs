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
