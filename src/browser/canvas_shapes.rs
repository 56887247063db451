//! What the markers look like on the canvas while the view moves: the same geometry as the
//! buttons in `components/marker_item.rs` (and `.tk-marker` in tarikh.css), as a list of shapes.
use super::canvas::Shape;
use crate::content::prepared::Prepared;
use crate::core::i18n::Lang;
use crate::core::layout::PlacedKind;
use crate::core::metrics::{Metrics, Spot};

/// The buttons' top margin (`margin-top: 3px`) and their height (`row - 6px`).
const MARGIN_PX: f64 = 3.0;

/// Shapes for a frame's spots: events first, clusters last (on top), as in the DOM. Used by the
/// markers while the view moves and by the first-paint sketch.
pub fn shapes_for<'d, 's>(
    m: &Metrics,
    open: Option<usize>,
    lang: Lang,
    data: &'d Prepared,
    spots: impl Iterator<Item = &'s Spot>,
) -> Vec<Shape<'d>> {
    let h = m.row_px - 2.0 * MARGIN_PX;
    let mut events = Vec::new();
    let mut chips = Vec::new();
    for s in spots {
        let p = &s.placed;
        let (x, y) = (p.x_px.round(), s.top_px.round() + MARGIN_PX);
        let (index, compact) = match p.kind {
            PlacedKind::Cluster { count, .. } => {
                chips.push(Shape::Chip {
                    x,
                    y,
                    w: p.width_px,
                    h,
                    count,
                });
                continue;
            }
            PlacedKind::Event { index } => (index, false),
            PlacedKind::Compact { index } => (index, true),
        };
        let Some(event) = data.file.events.get(index) else {
            continue;
        };
        let (w, inset) = s.size_px();
        let is_range = p.bar_px > 0.0;
        let dot_x = match (is_range, compact) {
            (true, _) => None,
            (false, true) => Some(x + w / 2.0),
            (false, false) => Some(x + m.marker_px / 2.0),
        };
        let label_x = match (compact, is_range) {
            (true, _) => None,
            (false, true) => Some(x + inset),
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
            label: event.title.in_lang(lang.code(), data.fallback_code()),
            colour: data.lane_colour(data.lane_of[index]),
            bold: event.importance <= 1,
            open: open == Some(index),
            disputed: !event.alternatives.is_empty(),
        });
    }
    events.extend(chips);
    events
}
