//! Every input becomes a `Command`; one pure reducer applies it to the timeline state.
use super::i18n::Lang;
use super::view::{Limits, View};

/// Zoom step of one button press or key press.
pub const ZOOM_STEP: f64 = 1.6;
/// One arrow-key press pans this fraction of the width.
pub const KEY_PAN_FRACTION: f64 = 0.15;

#[derive(Debug, Clone, PartialEq)]
pub struct TimelineState {
    pub view: View,
    pub width_px: f64,
    pub limits: Limits,
    /// The default view ("1888–1931" for the flagship).
    pub home: View,
    /// The whole extent.
    pub whole: View,
    /// Index of the open event (content order).
    pub open: Option<usize>,
    pub lang: Lang,
    pub default_lang: Lang,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Command {
    /// factor > 1 zooms in; the date at `anchor_frac` of the width stays put.
    ZoomAt {
        factor: f64,
        anchor_frac: f64,
    },
    /// Pan by pixels (positive shows earlier dates).
    Pan {
        dx_px: f64,
    },
    /// Pan by a fraction of the width (arrow keys).
    PanFraction(f64),
    SetView(View),
    /// Zoom to a time range with a small margin (clusters, overview clicks).
    FitRange {
        start_days: f64,
        end_days: f64,
    },
    Home,
    Whole,
    /// Back to the welcoming state: home view, no card, default language.
    Reset,
    Resize {
        width_px: f64,
    },
    Open(usize),
    Close,
    /// Open the next (+1) or previous (-1) event in date order.
    Step(i32),
    SetLang(Lang),
}

/// Room kept right of an opened event's date for its title (at most half the view).
pub const LABEL_ROOM_PX: f64 = 180.0;

/// Chronological facts about the events that the reducer needs.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct EventTimes {
    /// `(start_days, end_days)` per event, content order.
    pub ranges: Vec<(f64, f64)>,
    /// Event indices in date order.
    pub order: Vec<usize>,
}

impl EventTimes {
    pub fn new(ranges: Vec<(f64, f64)>) -> Self {
        let mut order: Vec<usize> = (0..ranges.len()).collect();
        order.sort_by(|&a, &b| ranges[a].0.total_cmp(&ranges[b].0).then(a.cmp(&b)));
        EventTimes { ranges, order }
    }
}

pub fn reduce(state: &TimelineState, cmd: Command, events: &EventTimes) -> TimelineState {
    let mut s = state.clone();
    let w = s.width_px.max(1.0);
    match cmd {
        Command::ZoomAt {
            factor,
            anchor_frac,
        } => {
            let a = anchor_frac.clamp(0.0, 1.0);
            s.view = s.view.zoom_at(factor, a).constrain(&s.limits, a);
        }
        Command::Pan { dx_px } => s.view = s.view.pan(dx_px, w).constrain(&s.limits, 0.5),
        Command::PanFraction(f) => s.view = s.view.pan(f * w, w).constrain(&s.limits, 0.5),
        Command::SetView(v) => s.view = v.constrain(&s.limits, 0.5),
        Command::FitRange {
            start_days,
            end_days,
        } => {
            let span = (end_days - start_days).max(0.0);
            let margin = (span * 0.15).max(s.limits.min_span_days / 2.0);
            s.view =
                View::from_range(start_days - margin, end_days + margin).constrain(&s.limits, 0.5);
        }
        Command::Home => s.view = s.home.constrain(&s.limits, 0.5),
        Command::Whole => s.view = s.whole.constrain(&s.limits, 0.5),
        Command::Reset => {
            s.view = s.home.constrain(&s.limits, 0.5);
            s.open = None;
            s.lang = s.default_lang;
        }
        Command::Resize { width_px } => s.width_px = width_px.max(1.0),
        Command::Open(i) if i < events.ranges.len() => {
            s.open = Some(i);
            let (a, b) = events.ranges[i];
            // The title is drawn to the right of the date, so the event claims at least
            // `LABEL_ROOM_PX` of the view: its marker is not left at the right edge, cut off.
            let room_days = LABEL_ROOM_PX / s.width_px.max(1.0) * s.view.span_days;
            let b = b.max(a + room_days.min(0.5 * s.view.span_days));
            s.view = s.view.reveal(a, b, 0.1).constrain(&s.limits, 0.5);
        }
        Command::Open(_) => {}
        Command::Close => s.open = None,
        Command::Step(delta) => {
            let next = match s
                .open
                .and_then(|o| events.order.iter().position(|&i| i == o))
            {
                Some(pos) => {
                    let p = pos as i64 + delta as i64;
                    (p >= 0 && (p as usize) < events.order.len()).then(|| events.order[p as usize])
                }
                // Nothing open: "next" starts at the first event, "previous" at the last.
                None if delta < 0 => events.order.last().copied(),
                None => events.order.first().copied(),
            };
            if let Some(i) = next {
                return reduce(&s, Command::Open(i), events);
            }
        }
        Command::SetLang(l) => s.lang = l,
    }
    s
}
