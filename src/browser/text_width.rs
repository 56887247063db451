//! How wide a text is drawn, measured with a canvas in the font the page gives an element, so the
//! axis never relies on an estimate: fonts differ by platform, and bold Cyrillic is wider than
//! any one figure per character. Widths are cached per font and text (axis labels repeat).
use gloo::utils::{document, window};
use std::cell::RefCell;
use std::collections::HashMap;
use wasm_bindgen::JsCast;
use web_sys::{CanvasRenderingContext2d, Element, HtmlCanvasElement};

/// Past this many cached texts for one font, its cache starts again (deep zooms make new labels).
const CACHE_MAX: usize = 4096;

thread_local! {
    static MEASURER: RefCell<Option<Measurer>> = const { RefCell::new(None) };
}

struct Measurer {
    ctx: CanvasRenderingContext2d,
    /// The font the canvas is set to.
    font: String,
    /// Per font (a timeline uses two: bold and regular), the widths measured so far. Found by
    /// comparing the font text, so a lookup on every label of every zoom frame hashes only the
    /// label, not the long font string too.
    widths: Vec<(String, HashMap<String, f64>)>,
}

fn new_measurer() -> Option<Measurer> {
    let canvas: HtmlCanvasElement = document().create_element("canvas").ok()?.dyn_into().ok()?;
    let ctx = canvas.get_context("2d").ok()??.dyn_into().ok()?;
    Some(Measurer {
        ctx,
        font: String::new(),
        widths: Vec::new(),
    })
}

/// The CSS font (`weight size family`) that `el` draws its text in, with `weight` instead of its
/// own; `None` if the element has no computed style (not in a document).
pub fn font_of(el: &Element, weight: &str) -> Option<String> {
    let style = window().get_computed_style(el).ok()??;
    let size = style.get_property_value("font-size").ok()?;
    let family = style.get_property_value("font-family").ok()?;
    (!size.is_empty() && !family.is_empty()).then(|| format!("{weight} {size} {family}"))
}

/// Drawn width of `text` in `font`, in CSS px; `None` where the browser cannot measure.
pub fn text_px(font: &str, text: &str) -> Option<f64> {
    MEASURER.with(|cell| {
        let mut slot = cell.borrow_mut();
        if slot.is_none() {
            *slot = new_measurer();
        }
        let m = slot.as_mut()?;
        let at = match m.widths.iter().position(|(f, _)| f == font) {
            Some(at) => at,
            None => {
                m.widths.push((font.to_string(), HashMap::new()));
                m.widths.len() - 1
            }
        };
        if let Some(px) = m.widths[at].1.get(text) {
            return Some(*px);
        }
        if m.font != font {
            m.ctx.set_font(font);
            m.font = font.to_string();
        }
        let px = m.ctx.measure_text(text).ok()?.width();
        let widths = &mut m.widths[at].1;
        if widths.len() >= CACHE_MAX {
            widths.clear();
        }
        widths.insert(text.to_string(), px);
        Some(px)
    })
}
