//! Reading and writing the location hash and the `?src=` query parameter.
use crate::core::url_state::{format_hash, parse_hash, UrlState};
use gloo::events::EventListener;
use gloo::utils::window;

pub fn read_hash() -> UrlState {
    parse_hash(&window().location().hash().unwrap_or_default())
}

/// Replace the hash without adding a history entry (works inside an iframe too).
pub fn write_hash(state: &UrlState) {
    let hash = format_hash(state);
    let current = window().location().hash().unwrap_or_default();
    if current.trim_start_matches('#') == hash {
        return;
    }
    let url = if hash.is_empty() {
        let loc = window().location();
        format!(
            "{}{}",
            loc.pathname().unwrap_or_default(),
            loc.search().unwrap_or_default()
        )
    } else {
        format!("#{hash}")
    };
    if let Ok(history) = window().history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
    }
}

/// Call `on_change` when the user edits the hash or follows a link; drop the guard to stop.
pub fn on_hash_change(mut on_change: impl FnMut(UrlState) + 'static) -> EventListener {
    EventListener::new(&window(), "hashchange", move |_| on_change(read_hash()))
}

/// The `src` query parameter, when the page was opened with `?src=<url>`.
pub fn query_src() -> Option<String> {
    let search = window().location().search().ok()?;
    let params = web_sys::UrlSearchParams::new_with_str(&search).ok()?;
    params.get("src").filter(|s| !s.trim().is_empty())
}
