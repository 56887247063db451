//! Linear time <-> pixel mapping for one view and width (the d3-scale idea, in days).

/// Maps axis days to pixels across `width_px`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Scale {
    pub start_days: f64,
    pub span_days: f64,
    pub width_px: f64,
}

impl Scale {
    pub fn new(start_days: f64, span_days: f64, width_px: f64) -> Self {
        Scale {
            start_days,
            span_days: span_days.max(f64::MIN_POSITIVE),
            width_px: width_px.max(1.0),
        }
    }

    pub fn px_per_day(&self) -> f64 {
        self.width_px / self.span_days
    }

    pub fn to_px(&self, t_days: f64) -> f64 {
        (t_days - self.start_days) * self.px_per_day()
    }

    pub fn from_px(&self, x_px: f64) -> f64 {
        self.start_days + x_px / self.px_per_day()
    }

    pub fn end_days(&self) -> f64 {
        self.start_days + self.span_days
    }
}
