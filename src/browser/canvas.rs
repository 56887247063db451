//! Drawing cluster chips on one canvas while the view moves: one paint instead of dozens of
//! moving buttons. The buttons come back (focusable, named) as soon as the view settles.
use gloo::utils::window;
use wasm_bindgen::JsCast;
use web_sys::{CanvasRenderingContext2d, Element, HtmlCanvasElement};

/// One chip: left, top, width, height (CSS px) and its text.
pub struct Chip {
    pub x: f64,
    pub y: f64,
    pub w: f64,
    pub h: f64,
    pub label: String,
}

/// Redraw `chips` on `canvas`, sized to `width` x `height` CSS pixels.
pub fn draw_chips(canvas: &Element, width: f64, height: f64, chips: &[Chip]) {
    let Some(canvas) = canvas.dyn_ref::<HtmlCanvasElement>() else {
        return;
    };
    let dpr = window().device_pixel_ratio().max(1.0);
    let (w, h) = ((width * dpr).round() as u32, (height * dpr).round() as u32);
    if canvas.width() != w || canvas.height() != h {
        canvas.set_width(w);
        canvas.set_height(h);
    }
    let Some(ctx) = canvas
        .get_context("2d")
        .ok()
        .flatten()
        .and_then(|c| c.dyn_into::<CanvasRenderingContext2d>().ok())
    else {
        return;
    };
    let _ = ctx.set_transform(dpr, 0.0, 0.0, dpr, 0.0, 0.0);
    ctx.clear_rect(0.0, 0.0, width, height);
    ctx.set_font("700 13px system-ui, sans-serif");
    ctx.set_text_align("center");
    ctx.set_text_baseline("middle");
    // The same look as the button: a dark pill inside a white ring inside a dark hairline.
    for chip in chips {
        for (inset, colour) in [(-1.0, "#3d342b"), (0.0, "#ffffff"), (2.0, "#3d342b")] {
            ctx.begin_path();
            let (w, h) = (chip.w - 2.0 * inset, chip.h - 2.0 * inset);
            let _ = ctx.round_rect_with_f64(chip.x + inset, chip.y + inset, w, h, h / 2.0);
            ctx.set_fill_style_str(colour);
            ctx.fill();
        }
        ctx.set_fill_style_str("#ffffff");
        let _ = ctx.fill_text(
            &chip.label,
            chip.x + chip.w / 2.0,
            chip.y + chip.h / 2.0 + 0.5,
        );
    }
}

/// Clear the canvas (the view has settled and the buttons are back).
pub fn clear(canvas: &Element) {
    if let Some(canvas) = canvas.dyn_ref::<HtmlCanvasElement>() {
        if let Some(ctx) = canvas
            .get_context("2d")
            .ok()
            .flatten()
            .and_then(|c| c.dyn_into::<CanvasRenderingContext2d>().ok())
        {
            ctx.clear_rect(0.0, 0.0, canvas.width() as f64, canvas.height() as f64);
        }
    }
}
