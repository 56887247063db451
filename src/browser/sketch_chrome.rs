//! The sketch's header and foot: the app's title, toolbar, overview strip, legend and help, as
//! plain inert nodes with the app's classes, so that the drawn stage sits where the app's stage
//! will be (the toolbar wraps, and the legend grows, exactly as the app's do). Mirrors
//! `components/timeline.rs`, `toolbar.rs`, `overview.rs` and `legend.rs`; the e2e test
//! `sketch.test.mjs` fails if the two drift apart.
use crate::content::prepared::Prepared;
use crate::core::date::days_to_civil;
use crate::core::date_format::year_text;
use crate::core::i18n::{locale, Lang};
use crate::core::view::View;
use gloo::utils::document;
use web_sys::Element;

/// A new `<tag class=class>`, not yet on the page.
pub(super) fn new_el(tag: &str, class: &str) -> Option<Element> {
    let e = document().create_element(tag).ok()?;
    e.set_class_name(class);
    Some(e)
}

/// A new `<tag class=class>` with `text`, appended to `parent`.
pub(super) fn el(parent: &Element, tag: &str, class: &str, text: Option<&str>) -> Option<Element> {
    let e = new_el(tag, class)?;
    if let Some(t) = text {
        e.set_text_content(Some(t));
    }
    parent.append_child(&e).ok()?;
    Some(e)
}

/// Title, subtitle and toolbar (the header element is returned).
pub fn header(root: &Element, data: &Prepared, lang: Lang) -> Option<Element> {
    let (code, fallback, loc) = (lang.code(), data.fallback_code(), locale(lang));
    let head = el(root, "div", "tk-header", None)?;
    let titles = el(&head, "div", "tk-titles", None)?;
    el(
        &titles,
        "p",
        "tk-title",
        Some(data.file.title.in_lang(code, fallback)),
    )?;
    let sub = data
        .file
        .subtitle
        .as_ref()
        .map(|s| s.in_lang(code, fallback));
    el(&titles, "p", "tk-subtitle", Some(sub.unwrap_or_default()))?;
    let tools = el(&head, "div", "tk-toolbar", None)?;
    let presets = el(&tools, "div", "tk-group", None)?;
    el(&presets, "span", "tk-btn", Some(&data.home_label(lang)))?;
    el(&presets, "span", "tk-btn", Some(loc.t("whole_story")))?;
    el(&presets, "span", "tk-btn", Some(loc.t("reset")))?;
    let zoom = el(&tools, "div", "tk-group", None)?;
    el(&zoom, "span", "tk-btn tk-icon-btn", Some("+"))?;
    el(&zoom, "span", "tk-btn tk-icon-btn", Some("−"))?;
    let langs = el(&tools, "div", "tk-group", None)?;
    for l in Lang::ALL {
        let class = if l == lang {
            "tk-btn tk-sketch-pressed"
        } else {
            "tk-btn"
        };
        el(&langs, "span", class, Some(l.endonym()))?
            .set_attribute("lang", l.code())
            .ok()?;
    }
    Some(head)
}

/// The overview strip (its density bars; the view's window is placed by [`place_window`]), the
/// legend and the help line. Returns the window element.
pub fn foot(root: &Element, data: &Prepared, lang: Lang) -> Option<Element> {
    let (code, fallback, loc) = (lang.code(), data.fallback_code(), locale(lang));
    let overview = el(root, "div", "tk-sketch-overview", None)?;
    let year = |t: f64| year_text(days_to_civil(t).0, lang);
    el(
        &overview,
        "span",
        "tk-overview-end",
        Some(&year(data.extent.0)),
    )?;
    let track = el(&overview, "div", "tk-sketch-track", None)?;
    for (left, width, height) in data.density_bars() {
        let bar = el(&track, "span", "tk-density", None)?;
        let style = format!("left:{left:.3}%;width:{width:.3}%;height:{height:.0}%");
        bar.set_attribute("style", &style).ok()?;
    }
    let window = el(&track, "div", "tk-sketch-window", None)?;
    el(
        &overview,
        "span",
        "tk-overview-end",
        Some(&year(data.extent.1 - 1.0)),
    )?;
    let legend = el(root, "div", "tk-legend", None)?;
    el(&legend, "span", "tk-legend-title", Some(loc.t("legend")))?;
    let list = el(&legend, "div", "tk-legend-list", None)?;
    for (i, lane) in data.file.lanes.iter().enumerate() {
        let item = el(&list, "span", "tk-legend-item", None)?;
        let swatch = el(&item, "span", "tk-swatch", None)?;
        swatch
            .set_attribute("style", &format!("background:{}", data.lane_colour(i)))
            .ok()?;
        el(&item, "span", "", Some(lane.title.in_lang(code, fallback)))?;
        let count = data.lane_of.iter().filter(|&&l| l == i).count();
        el(
            &item,
            "span",
            "tk-legend-count",
            Some(&format!("({count})")),
        )?;
    }
    let item = el(&list, "span", "tk-legend-item", None)?;
    el(&item, "span", "tk-swatch tk-swatch-disputed", None)?;
    el(&item, "span", "", Some(loc.t("disputed_legend")))?;
    el(root, "p", "tk-help", Some(loc.t("help")))?;
    Some(window)
}

/// Place the overview's window on `view`, as `components/overview.rs` does.
pub fn place_window(window: &Element, data: &Prepared, view: &View) {
    let (left, width) = data.window_pct(view);
    let style = format!("left:{left:.3}%;width:max({width:.3}%, 12px)");
    window.set_attribute("style", &style).ok();
}
