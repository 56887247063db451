//! Drawing the first-paint sketch on two canvases: behind (era bands, lanes, grid, axis) and the
//! markers in front. Sizes and colours are those of `public/tarikh.css` (`.tk-era`, `.tk-lane`,
//! `.tk-axis`, `.tk-grid-line`), so the app's DOM replaces the picture without a jump.
use super::canvas::{self, Fonts, FAMILY};
use super::canvas_shapes::shapes_for;
use super::text_width::text_px;
use crate::content::prepared::Prepared;
use crate::core::command::TimelineState;
use crate::core::i18n::Lang;
use crate::core::layout::{layout_keeping, Kept, PlacedKind};
use crate::core::metrics::{Metrics, Spot, StageRows};
use crate::core::ticks::{choose_ticks_measured, estimate_text_px, Tick};
use crate::core::view::View;
use web_sys::{CanvasRenderingContext2d, Element};

const ERA_TONES: [&str; 4] = [
    "rgba(176,125,18,0.07)",
    "rgba(13,92,102,0.06)",
    "rgba(155,28,49,0.05)",
    "rgba(80,80,80,0.06)",
];
/// `.tk-axis`'s opaque background.
const AXIS_BG: &str = "#fffdf9";

/// Where things sit on a stage `width` x `height` px, as `Ctx` computes it in the app.
pub struct Geometry {
    pub metrics: Metrics,
    pub width: f64,
    pub height: f64,
    rows: StageRows,
    axis_bottom_px: f64,
    lane_h_px: f64,
}

impl Geometry {
    pub fn new(data: &Prepared, metrics: Metrics, width: f64, height: f64) -> Geometry {
        let rows = metrics.stage_rows(data.era_row_count, data.file.lanes.len(), height);
        Geometry {
            metrics,
            width,
            height,
            rows,
            axis_bottom_px: metrics.axis_bottom_px(rows.era_label_rows),
            lane_h_px: metrics.lane_px(rows.rows),
        }
    }
}

fn fill(ctx: &CanvasRenderingContext2d, colour: &str, x: f64, y: f64, w: f64, h: f64) {
    ctx.set_fill_style_str(colour);
    ctx.fill_rect(x, y, w, h);
}

/// Text clipped to `[x, x + max_w]`, vertically centred on `y`.
fn text(ctx: &CanvasRenderingContext2d, s: &str, x: f64, y: f64, max_w: f64, colour: &str) {
    ctx.save();
    ctx.begin_path();
    ctx.rect(x, y - 12.0, max_w.max(0.0), 24.0);
    ctx.clip();
    ctx.set_fill_style_str(colour);
    let _ = ctx.fill_text(s, x, y);
    ctx.restore();
}

/// Era bands, lanes, grid lines and the axis for `view`.
pub fn paint_back(el: &Element, g: &Geometry, data: &Prepared, view: &View, lang: Lang) {
    let Some(ctx) = canvas::sized_context(el, g.width, g.height) else {
        return;
    };
    let (m, w, h) = (&g.metrics, g.width, g.height);
    let scale = view.scale(w);
    let (code, fallback) = (lang.code(), data.fallback_code());
    // No background of its own: the stage's CSS one (`--tk-stage-bg`, themable) shows through.
    // Eras: a tinted band each, named in its row when there is room.
    ctx.set_font(&format!("600 {}px {FAMILY}", 12.0 * m.text_scale));
    for (i, era) in data.file.eras.iter().enumerate() {
        let (a, b) = data.era_ranges[i];
        let (x0, x1) = (scale.to_px(a).max(-2.0), scale.to_px(b).min(w + 2.0));
        if x1 <= 0.0 || x0 >= w {
            continue;
        }
        let labelled = x1 - x0 > 72.0 * m.text_scale;
        let (x0, x1) = (x0.round(), x1.round());
        fill(&ctx, ERA_TONES[i % 4], x0, 0.0, x1 - x0, h);
        fill(&ctx, "rgba(90,70,40,0.18)", x0, 0.0, 1.0, h);
        let row = data.era_rows[i];
        if row < g.rows.era_label_rows.max(1) && labelled {
            let y = row as f64 * m.era_row_px + m.era_row_px / 2.0;
            let label = canvas::fitted(&ctx, era.title.in_lang(code, fallback), x1 - x0 - 12.0);
            text(&ctx, &label, x0 + 6.0, y, x1 - x0 - 12.0, "#3f362c");
        }
    }
    // Lanes: alternate tints, a hairline above each, the name at the top left.
    // `.tk-lane-label`: 11 px, 13 px on a kiosk (not scaled: the stylesheet sets it).
    let lane_px = if m.text_scale > 1.0 { 13.0 } else { 11.0 };
    ctx.set_font(&format!("700 {lane_px}px {FAMILY}"));
    for (i, lane) in data.file.lanes.iter().enumerate() {
        let top = g.axis_bottom_px + i as f64 * g.lane_h_px;
        if i % 2 == 1 {
            fill(&ctx, "rgba(120,95,60,0.035)", 0.0, top, w, g.lane_h_px);
        }
        fill(&ctx, "#ebe3d7", 0.0, top, w, 1.0);
        let name = lane.title.in_lang(code, fallback).to_uppercase();
        text(&ctx, &name, 10.0, top + 3.0 + 7.0, w - 20.0, "#62564a");
    }
    axis(&ctx, g, &scale, lang);
}

/// The grid lines down the stage and the two rows of tick labels.
fn axis(
    ctx: &CanvasRenderingContext2d,
    g: &Geometry,
    scale: &crate::core::scale::Scale,
    lang: Lang,
) {
    // `.tk-axis` labels are the markers' size (13 px, kiosk-scaled): the same fonts.
    let fonts = Fonts::new(g.metrics.text_scale);
    let (bold, regular) = (fonts.bold(), fonts.regular());
    let measure = |s: &str, major: bool| {
        text_px(if major { bold } else { regular }, s).unwrap_or_else(|| estimate_text_px(s, major))
    };
    let ticks = choose_ticks_measured(scale, lang, &measure);
    for t in &ticks.minor {
        let colour = if ticks.is_major_line(t) {
            "rgba(70,55,40,0.2)"
        } else {
            "rgba(70,55,40,0.07)"
        };
        fill(ctx, colour, t.x_px.round(), 0.0, 1.0, g.height);
    }
    let top = g.axis_bottom_px - g.metrics.axis_px;
    fill(ctx, AXIS_BG, 0.0, top, g.width, g.metrics.axis_px);
    fill(ctx, "#eee6da", 0.0, top + 21.0, g.width, 1.0);
    fill(
        ctx,
        "#d9cfc1",
        0.0,
        top + g.metrics.axis_px - 1.0,
        g.width,
        1.0,
    );
    let row = |ticks: &[Tick], y: f64, font: &str, colour: &str| {
        ctx.set_font(font);
        for t in ticks {
            let x = t.x_px.round();
            if !t.sticky {
                fill(ctx, "#b3a694", x, y, 1.0, 22.0);
            }
            let left = if t.sticky { 6.0 } else { 4.0 };
            text(ctx, &t.label, x + left, y + 11.0, t.label_w_px, colour);
        }
    };
    row(&ticks.major, top, bold, "#1f1a14");
    row(&ticks.minor, top + 22.0, regular, "#4f463d");
}

/// What [`paint_marks`] drew, for tests to compare with the app's buttons.
pub struct Drawn {
    pub markers: usize,
    pub chips: usize,
    /// `id@x,y` of every event marker (left and top on the stage, whole px), `;`-separated.
    pub places: String,
}

/// The markers and cluster chips of the first view, as the app paints them while it moves.
pub fn paint_marks(
    el: &Element,
    g: &Geometry,
    data: &Prepared,
    state: &TimelineState,
    lang: Lang,
) -> Drawn {
    let m = g.metrics;
    let params = m.layout_params(data.file.lanes.len(), g.rows.rows, state.open);
    let placed = layout_keeping(
        &data.index,
        &state.view.scale(g.width),
        &params,
        &Kept::default(),
    );
    let spots: Vec<Spot> = placed
        .into_iter()
        .map(|p| Spot {
            top_px: m.marker_top_px(g.axis_bottom_px, g.lane_h_px, p.lane, p.row),
            placed: p,
        })
        .collect();
    let shapes = shapes_for(&m, state.open, lang, data, spots.iter());
    canvas::draw(
        el,
        g.width,
        g.height,
        &Fonts::with_ellipsis(m.text_scale),
        &shapes,
    );
    let chips = shapes
        .iter()
        .filter(|s| matches!(s, canvas::Shape::Chip { .. }))
        .count();
    let places: Vec<String> = spots
        .iter()
        .filter_map(|s| {
            let (PlacedKind::Event { index } | PlacedKind::Compact { index }) = s.placed.kind
            else {
                return None;
            };
            let id = &data.file.events.get(index)?.id;
            Some(format!(
                "{id}@{},{}",
                s.placed.x_px.round(),
                s.top_px.round()
            ))
        })
        .collect();
    Drawn {
        markers: shapes.len() - chips,
        chips,
        places: places.join(";"),
    }
}
