//! Pixel sizes of one timeline that depend on the device, and how many rows of markers a lane
//! gets for the stage's height.

/// Pixel sizes that depend on the device (touch screens get 44 px targets).
#[derive(Clone, Copy, PartialEq)]
pub struct Metrics {
    /// Text size relative to a desktop screen: larger on kiosk touchscreens, read from arm's
    /// length (`dom::large_touch_screen`, the same media query as the stylesheet's).
    pub text_scale: f64,
    pub row_px: f64,
    pub marker_px: f64,
    pub era_row_px: f64,
    pub axis_px: f64,
    pub lane_label_px: f64,
}

impl Metrics {
    pub fn for_device(coarse: bool, large_touch: bool) -> Metrics {
        Metrics {
            text_scale: if large_touch { 1.25 } else { 1.0 },
            row_px: if coarse { 50.0 } else { 32.0 },
            marker_px: if coarse { 44.0 } else { 16.0 },
            era_row_px: 22.0,
            axis_px: 46.0,
            lane_label_px: 18.0,
        }
    }

    /// Height of a lane with `rows` rows of labelled markers and one of clusters.
    pub fn lane_px(&self, rows: usize) -> f64 {
        (rows + 1) as f64 * self.row_px + self.lane_label_px
    }

    /// The top of a lane that must stay in sight for its events to be seen: its label and its
    /// first row of markers.
    pub fn first_row_px(&self) -> f64 {
        self.lane_label_px + self.row_px
    }
}

/// Rows of labelled markers per lane that fit the stage height (1 to 4; one more for clusters).
pub(super) fn rows_for(lanes: usize, height_px: f64, m: &Metrics) -> usize {
    let lanes = lanes.max(1) as f64;
    let era_px = if height_px < 640.0 {
        m.era_row_px
    } else {
        2.0 * m.era_row_px
    };
    let free = height_px - m.axis_px - era_px;
    let per_lane = free / lanes - m.lane_label_px;
    ((per_lane / m.row_px).floor() as i64 - 1).clamp(1, 4) as usize
}
