//! Painting markers and cluster chips on one canvas while the view moves: one paint per frame
//! instead of moving a hundred buttons (style, layout and compositing of each button were most of
//! a zoom frame). The buttons come back (focusable, named) as soon as the view settles, so the
//! drawing imitates their look closely enough that the swap is not noticed.
use gloo::utils::window;
use std::borrow::Cow;
use wasm_bindgen::JsCast;
use web_sys::{CanvasRenderingContext2d, Element, HtmlCanvasElement};

const INK: &str = "#1f1a14";
const CHIP: &str = "#3d342b";
const GOLD: &str = "#9a6a08";
const PILL: &str = "rgba(255,253,249,0.94)";
pub const FAMILY: &str =
    "system-ui, -apple-system, \"Segoe UI\", Roboto, \"Noto Sans\", sans-serif";
/// The markers' text size in `public/tarikh.css` (before the kiosk scale).
const TEXT_PX: f64 = 13.0;

/// The regular and bold fonts markers are painted in, built once per timeline (not per frame).
pub struct Fonts {
    regular: String,
    bold: String,
    /// Cut titles short with "…" as the buttons do (a still picture); while the view moves a
    /// plain clip is enough and measures nothing.
    ellipsis: bool,
}

impl Fonts {
    /// The markers' fonts at `text_scale` times the usual size.
    pub fn new(text_scale: f64) -> Fonts {
        let px = (TEXT_PX * text_scale).round();
        Fonts {
            regular: format!("{px}px {FAMILY}"),
            bold: format!("700 {px}px {FAMILY}"),
            ellipsis: false,
        }
    }

    /// The regular font (also the axis's minor labels: same size).
    pub fn regular(&self) -> &str {
        &self.regular
    }

    /// The bold font (also the axis's major labels).
    pub fn bold(&self) -> &str {
        &self.bold
    }

    /// [`Fonts::new`] for a still picture: titles that do not fit end in "…".
    pub fn with_ellipsis(text_scale: f64) -> Fonts {
        Fonts {
            ellipsis: true,
            ..Fonts::new(text_scale)
        }
    }
}

/// One thing to paint, in CSS pixels relative to the markers layer. Texts and colours are
/// borrowed from the content, so a frame allocates no strings.
pub enum Shape<'a> {
    /// A cluster chip with its count.
    Chip {
        x: f64,
        y: f64,
        w: f64,
        h: f64,
        count: usize,
    },
    /// An event marker: a dot (or a range bar) and, unless compact, its title.
    Marker {
        x: f64,
        y: f64,
        w: f64,
        h: f64,
        /// Horizontal centre of the dot, or `None` for a range (which has a bar instead).
        dot_x: Option<f64>,
        /// Width of a range's bar (from `x`).
        bar_w: f64,
        /// Where the title starts; `None` for a compact marker.
        label_x: Option<f64>,
        label: &'a str,
        colour: &'a str,
        bold: bool,
        open: bool,
        disputed: bool,
    },
}

fn context_2d(canvas: &HtmlCanvasElement) -> Option<CanvasRenderingContext2d> {
    canvas
        .get_context("2d")
        .ok()
        .flatten()
        .and_then(|c| c.dyn_into::<CanvasRenderingContext2d>().ok())
}

/// `canvas`'s 2D context, the canvas sized to `width` x `height` CSS pixels at this screen's
/// pixel ratio, drawing in CSS pixels, cleared, text centred on its y.
pub fn sized_context(
    canvas: &Element,
    width: f64,
    height: f64,
) -> Option<CanvasRenderingContext2d> {
    let canvas = canvas.dyn_ref::<HtmlCanvasElement>()?;
    let dpr = window().device_pixel_ratio().max(1.0);
    let (w, h) = ((width * dpr).round() as u32, (height * dpr).round() as u32);
    if canvas.width() != w || canvas.height() != h {
        canvas.set_width(w);
        canvas.set_height(h);
    }
    let ctx = context_2d(canvas)?;
    let _ = ctx.set_transform(dpr, 0.0, 0.0, dpr, 0.0, 0.0);
    ctx.clear_rect(0.0, 0.0, width, height);
    ctx.set_text_baseline("middle");
    Some(ctx)
}

/// Redraw `shapes` on `canvas`, sized to `width` x `height` CSS pixels, with text in `fonts`.
pub fn draw(canvas: &Element, width: f64, height: f64, fonts: &Fonts, shapes: &[Shape]) {
    let Some(ctx) = sized_context(canvas, width, height) else {
        return;
    };
    // Setting a font is costly (the browser parses it), so shapes are drawn in two passes, one
    // per font, and each font is set once per frame.
    ctx.set_font(&fonts.regular);
    for s in shapes {
        if let Shape::Marker { bold: false, .. } = s {
            marker(&ctx, s, fonts.ellipsis);
        }
    }
    ctx.set_font(&fonts.bold);
    for s in shapes {
        match s {
            Shape::Marker { bold: true, .. } => marker(&ctx, s, fonts.ellipsis),
            Shape::Chip { .. } => chip(&ctx, s),
            _ => {}
        }
    }
}

fn pill(ctx: &CanvasRenderingContext2d, x: f64, y: f64, w: f64, h: f64, r: f64, fill: &str) {
    ctx.begin_path();
    let _ = ctx.round_rect_with_f64(x, y, w.max(0.0), h.max(0.0), r.min(h / 2.0));
    ctx.set_fill_style_str(fill);
    ctx.fill();
}

fn circle(ctx: &CanvasRenderingContext2d, cx: f64, cy: f64, r: f64, fill: &str) {
    ctx.begin_path();
    let _ = ctx.arc(cx, cy, r, 0.0, std::f64::consts::TAU);
    ctx.set_fill_style_str(fill);
    ctx.fill();
}

/// The same look as the chip button: a dark pill inside a white ring inside a dark hairline.
fn chip(ctx: &CanvasRenderingContext2d, s: &Shape) {
    let Shape::Chip { x, y, w, h, count } = s else {
        return;
    };
    for (inset, colour) in [(-1.0, CHIP), (0.0, "#ffffff"), (2.0, CHIP)] {
        pill(
            ctx,
            x + inset,
            y + inset,
            w - 2.0 * inset,
            h - 2.0 * inset,
            h / 2.0,
            colour,
        );
    }
    ctx.set_fill_style_str("#ffffff");
    ctx.set_text_align("center");
    let _ = ctx.fill_text(&count.to_string(), x + w / 2.0, y + h / 2.0 + 0.5);
    ctx.set_text_align("start");
}

fn marker(ctx: &CanvasRenderingContext2d, s: &Shape, ellipsis: bool) {
    let Shape::Marker {
        x,
        y,
        w,
        h,
        dot_x,
        bar_w,
        label_x,
        label,
        colour,
        open,
        disputed,
        ..
    } = s
    else {
        return;
    };
    let (x, y, w, h) = (*x, *y, *w, *h);
    let cy = y + h / 2.0;
    match dot_x {
        Some(dx) => {
            if *open {
                pill(ctx, x - 1.0, y - 1.0, w + 2.0, h + 2.0, h, INK);
                pill(ctx, x, y, w, h, h, "#ffffff");
            } else {
                pill(ctx, x, y, w, h, h, PILL);
            }
            if *disputed {
                circle(ctx, *dx, cy, 10.0, GOLD);
                circle(ctx, *dx, cy, 8.0, "#ffffff");
            }
            circle(ctx, *dx, cy, 6.0, colour);
        }
        None => {
            // A range: a tinted bar with a solid lower edge in the lane colour.
            if *open {
                pill(ctx, x - 1.0, y - 1.0, w + 2.0, h + 2.0, 7.0, INK);
                pill(ctx, x, y, w, h, 6.0, "#ffffff");
            }
            ctx.set_global_alpha(0.14);
            pill(ctx, x, y, *bar_w, h, 6.0, colour);
            ctx.set_global_alpha(1.0);
            ctx.save();
            ctx.begin_path();
            let _ = ctx.round_rect_with_f64(x, y, bar_w.max(0.0), h, 6.0);
            ctx.clip();
            ctx.set_fill_style_str(colour);
            ctx.fill_rect(x, y + h - 4.0, *bar_w, 4.0);
            ctx.restore();
        }
    }
    if let Some(lx) = label_x {
        // Clipped to the marker, as the button clips its title.
        ctx.save();
        ctx.begin_path();
        ctx.rect(x, y, (w - 4.0).max(0.0), h);
        ctx.clip();
        ctx.set_fill_style_str(INK);
        let room = x + (w - 4.0).max(0.0) - lx;
        // Only a still picture measures; a moving frame draws the borrowed title.
        let text: Cow<str> = if ellipsis {
            Cow::Owned(fitted(ctx, label, room))
        } else {
            Cow::Borrowed(label)
        };
        let _ = ctx.fill_text(&text, *lx, cy + 0.5);
        ctx.restore();
    }
}

/// `s`, cut short with an ellipsis to fit `max_w` px in the context's font (as CSS
/// `text-overflow: ellipsis` does).
pub fn fitted(ctx: &CanvasRenderingContext2d, s: &str, max_w: f64) -> String {
    let width = |t: &str| ctx.measure_text(t).map(|m| m.width()).unwrap_or(0.0);
    if width(s) <= max_w {
        return s.to_string();
    }
    let mut chars: Vec<char> = s.chars().collect();
    while !chars.is_empty() {
        chars.pop();
        let cut: String = chars.iter().collect::<String>() + "…";
        if width(&cut) <= max_w {
            return cut;
        }
    }
    String::new()
}

/// Clear the canvas (the view has settled and the buttons are back).
pub fn clear(canvas: &Element) {
    if let Some(canvas) = canvas.dyn_ref::<HtmlCanvasElement>() {
        if let Some(ctx) = context_2d(canvas) {
            let _ = ctx.set_transform(1.0, 0.0, 0.0, 1.0, 0.0, 0.0);
            ctx.clear_rect(0.0, 0.0, canvas.width() as f64, canvas.height() as f64);
        }
    }
}
