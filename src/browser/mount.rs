//! Public mount API: every `[data-tarikh]` element becomes an independent timeline.
use crate::components::app::{ContentSource, TimelineApp};
use crate::core::i18n::Lang;
use gloo::utils::document;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::HtmlElement;

/// The flagship pack, relative to the page (works under any sub-path).
pub const DEFAULT_SRC: &str = "content/aymautov.json";

/// Mount every element with a `data-tarikh` attribute. The first host keeps the URL hash in
/// sync (deep links); `?src=<url>` replaces the content of hosts without their own `data-src`.
pub fn mount_all() {
    console_error_panic_hook::set_once();
    let Ok(hosts) = document().query_selector_all("[data-tarikh]") else {
        return;
    };
    for i in 0..hosts.length() {
        if let Some(el) = hosts.item(i).and_then(|n| n.dyn_into::<HtmlElement>().ok()) {
            mount_host(el, i == 0);
        }
    }
}

/// The content a host shows: its `data-src`, else the page's `?src=`, else the flagship.
pub fn host_src(host: &HtmlElement) -> String {
    host.get_attribute("data-src")
        .filter(|s| !s.trim().is_empty())
        .or_else(super::url::query_src)
        .unwrap_or_else(|| DEFAULT_SRC.to_string())
}

/// The language a host asks for (`data-lang`), if any.
pub fn host_lang(host: &HtmlElement) -> Option<Lang> {
    host.get_attribute("data-lang")
        .and_then(|l| Lang::from_code(&l))
}

/// Mount one host, reading `data-src` and `data-lang`.
pub fn mount_host(host: HtmlElement, url_sync: bool) {
    let src = host_src(&host);
    let lang = host_lang(&host);
    // Kiosks: back to the welcoming state after this many seconds without input.
    let idle_s = host
        .get_attribute("data-idle-reset")
        .and_then(|s| s.trim().parse::<u32>().ok())
        .filter(|s| *s > 0);
    mount(host, ContentSource::Url(src), lang, url_sync, idle_s);
}

/// Mount a host with content given as JSON text (tests, pages that inline their content).
pub fn mount_with_content(host: HtmlElement, content_json: &str, lang: Option<&str>) {
    let lang = lang.and_then(Lang::from_code);
    mount(
        host,
        ContentSource::Inline(content_json.to_string()),
        lang,
        false,
        None,
    );
}

fn mount(
    host: HtmlElement,
    source: ContentSource,
    lang: Option<Lang>,
    url_sync: bool,
    idle_s: Option<u32>,
) {
    host.class_list().add_1("tk-host").ok();
    // Tells the first-paint sketch, should it come later, that the app holds this host.
    host.set_attribute(super::sketch::MOUNTED_ATTR, "").ok();
    // The first-paint sketch drawn in this host, if any: it goes once the app shows the timeline
    // (or its problems). Until then the stylesheet keeps the app's loading note out of sight.
    let sketch = super::sketch::Drawn::in_host(&host);
    leptos::mount::mount_to(
        host,
        move || view! { <TimelineApp source=source lang=lang url_sync=url_sync idle_s=idle_s sketch=sketch /> },
    )
    .forget();
}
