//! The view window: a small value (start + span) and the three operations on it.
use super::scale::Scale;

/// The visible time window.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct View {
    pub start_days: f64,
    pub span_days: f64,
}

/// How far the view may zoom and pan.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Limits {
    /// Narrowest window: about a week across the screen.
    pub min_span_days: f64,
    /// Widest window: the whole content extent with a margin.
    pub max_span_days: f64,
    /// The view may not start before this day nor end after `max_days`.
    pub min_days: f64,
    pub max_days: f64,
}

/// About a week across the screen at the deepest zoom.
pub const MIN_SPAN_DAYS: f64 = 7.0;

impl Limits {
    /// Limits for content spanning `[extent_start, extent_end)`: a margin of 5% each side.
    pub fn for_extent(extent_start_days: f64, extent_end_days: f64) -> Self {
        let extent = (extent_end_days - extent_start_days).max(MIN_SPAN_DAYS);
        let margin = extent * 0.05;
        Limits {
            min_span_days: MIN_SPAN_DAYS,
            max_span_days: extent + 2.0 * margin,
            min_days: extent_start_days - margin,
            max_days: extent_end_days + margin,
        }
    }
}

impl View {
    pub fn new(start_days: f64, span_days: f64) -> Self {
        View {
            start_days,
            span_days,
        }
    }

    pub fn from_range(start_days: f64, end_days: f64) -> Self {
        View {
            start_days,
            span_days: end_days - start_days,
        }
    }

    pub fn end_days(&self) -> f64 {
        self.start_days + self.span_days
    }

    pub fn center_days(&self) -> f64 {
        self.start_days + self.span_days / 2.0
    }

    pub fn scale(&self, width_px: f64) -> Scale {
        Scale::new(self.start_days, self.span_days, width_px)
    }

    /// Move by `dx_px` pixels; positive moves the content right (earlier dates come into view).
    pub fn pan(&self, dx_px: f64, width_px: f64) -> View {
        let days = dx_px / width_px.max(1.0) * self.span_days;
        View {
            start_days: self.start_days - days,
            span_days: self.span_days,
        }
    }

    /// Zoom by `factor` (>1 zooms in) keeping the date at `anchor_frac` (0..1 of the width) fixed.
    pub fn zoom_at(&self, factor: f64, anchor_frac: f64) -> View {
        let factor = if factor.is_finite() && factor > 0.0 {
            factor
        } else {
            1.0
        };
        let anchor_days = self.start_days + anchor_frac * self.span_days;
        let span_days = self.span_days / factor;
        View {
            start_days: anchor_days - anchor_frac * span_days,
            span_days,
        }
    }

    /// Clamp span and position into `limits`. Zoom clamping keeps the anchor fraction's date,
    /// so callers clamp after `zoom_at` without the view jumping.
    pub fn constrain(&self, limits: &Limits, anchor_frac: f64) -> View {
        let mut v = *self;
        if !v.start_days.is_finite() || !v.span_days.is_finite() || v.span_days <= 0.0 {
            return View::from_range(limits.min_days, limits.max_days);
        }
        let span = v
            .span_days
            .clamp(limits.min_span_days, limits.max_span_days);
        if span != v.span_days {
            let anchor = v.start_days + anchor_frac * v.span_days;
            v = View {
                start_days: anchor - anchor_frac * span,
                span_days: span,
            };
        }
        let room = limits.max_days - limits.min_days;
        if v.span_days >= room {
            v.start_days = limits.min_days + (room - v.span_days) / 2.0;
        } else if v.start_days < limits.min_days {
            v.start_days = limits.min_days;
        } else if v.end_days() > limits.max_days {
            v.start_days = limits.max_days - v.span_days;
        }
        v
    }

    /// The smallest change that brings `[start, end]` into view with `margin_frac` room each side,
    /// zooming out only when the range is wider than the view.
    pub fn reveal(&self, start_days: f64, end_days: f64, margin_frac: f64) -> View {
        let inner = self.span_days * (1.0 - 2.0 * margin_frac);
        if end_days - start_days > inner {
            let span = (end_days - start_days) / (1.0 - 2.0 * margin_frac);
            return View {
                start_days: start_days - span * margin_frac,
                span_days: span,
            };
        }
        let lo = self.start_days + self.span_days * margin_frac;
        let hi = self.end_days() - self.span_days * margin_frac;
        if start_days < lo {
            View {
                start_days: self.start_days - (lo - start_days),
                ..*self
            }
        } else if end_days > hi {
            View {
                start_days: self.start_days + (end_days - hi),
                ..*self
            }
        } else {
            *self
        }
    }
}
