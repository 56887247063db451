//! What the markers look like on the canvas while the view moves: the same geometry as the
//! buttons in `markers.rs` (and `.tk-marker` in tarikh.css), as a list of shapes.
use super::context::Ctx;
use super::markers::Spot;
use crate::browser::canvas::Shape;
use crate::core::layout::PlacedKind;
use leptos::prelude::*;

/// The buttons' top margin (`margin-top: 3px`) and their height (`row - 6px`).
const MARGIN_PX: f64 = 3.0;

/// Shapes for this frame's spots: events first, clusters last (on top), as in the DOM.
pub fn shapes<'a>(ctx: Ctx, spots: impl Iterator<Item = &'a Spot>) -> Vec<Shape> {
    let m = ctx.metrics;
    let h = m.row_px - 2.0 * MARGIN_PX;
    let open = ctx.open.get();
    let mut events = Vec::new();
    let mut chips = Vec::new();
    ctx.data.with_value(|d| {
        for s in spots {
            let p = &s.placed;
            let (x, y) = (p.x_px.round(), s.top_px.round() + MARGIN_PX);
            match p.kind {
                PlacedKind::Cluster { count, .. } => chips.push(Shape::Chip {
                    x,
                    y,
                    w: p.width_px,
                    h,
                    label: count.to_string(),
                }),
                PlacedKind::Event { index } | PlacedKind::Compact { index } => {
                    let compact = matches!(p.kind, PlacedKind::Compact { .. });
                    let Some(event) = d.file.events.get(index) else {
                        continue;
                    };
                    let w = p.width_px.round();
                    let is_range = p.bar_px > 0.0;
                    // A range that starts left of the view keeps its title at the left edge.
                    let inset = if is_range {
                        (-p.x_px).max(0.0) + 8.0
                    } else {
                        0.0
                    };
                    let dot_x = match (is_range, compact) {
                        (true, _) => None,
                        (false, true) => Some(x + w / 2.0),
                        (false, false) => Some(x + m.marker_px / 2.0),
                    };
                    let label_x = match (compact, is_range) {
                        (true, _) => None,
                        (false, true) => Some(x + inset.round()),
                        (false, false) => Some(x + m.marker_px),
                    };
                    events.push(Shape::Marker {
                        x,
                        y,
                        w,
                        h,
                        dot_x,
                        bar_w: p.bar_px,
                        label_x,
                        label: if compact {
                            String::new()
                        } else {
                            ctx.text(&event.title)
                        },
                        colour: d.lane_colour(d.lane_of[index]),
                        bold: event.importance <= 1,
                        open: open == Some(index),
                        disputed: !event.alternatives.is_empty(),
                    });
                }
            }
        }
    });
    events.extend(chips);
    events
}
