//! Pixel sizes of one timeline that depend on the device, and how many rows of markers a lane
//! gets for the stage's height. Pure: the first-paint sketch (`browser::sketch`) lays out with
//! the same numbers as the app.
use crate::core::layout::{LayoutParams, Placed};

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

    /// Top of a marker in row `row` of lane `lane`, lanes starting at `lanes_top_px`.
    pub fn marker_top_px(&self, lanes_top_px: f64, lane_h_px: f64, lane: usize, row: usize) -> f64 {
        lanes_top_px + lane as f64 * lane_h_px + self.lane_label_px + row as f64 * self.row_px
    }

    /// Every lane with one row of markers and one of clusters.
    pub fn lanes_min_px(&self, lanes: usize) -> f64 {
        lanes.max(1) as f64 * self.lane_px(1)
    }

    /// The least height a stage needs to show every lane (one row of markers and one of
    /// clusters each) below the axis and one row of era labels. A window shorter than that (a
    /// phone held sideways) scrolls the stage's column instead of cutting lanes off.
    pub fn min_stage_px(&self, era_rows: usize, lanes: usize) -> f64 {
        era_rows.min(1) as f64 * self.era_row_px + self.axis_px + self.lanes_min_px(lanes)
    }

    /// Rows of era labels: up to three when a stage `height_px` tall has room for them above
    /// every lane, else one (phones, and windows only as tall as the lanes need).
    pub fn era_label_rows(&self, era_rows: usize, lanes: usize, height_px: f64) -> usize {
        let roomy = height_px >= 640.0
            && height_px >= self.lanes_min_px(lanes) + self.axis_px + 3.0 * self.era_row_px;
        era_rows.min(if roomy { 3 } else { 1 })
    }

    /// How a stage `height_px` tall is shared out: rows of era labels, then rows of markers per
    /// lane below the axis. The app (`Ctx`) and the first-paint sketch both ask this.
    pub fn stage_rows(&self, era_rows: usize, lanes: usize, height_px: f64) -> StageRows {
        let era_label_rows = self.era_label_rows(era_rows, lanes, height_px);
        StageRows {
            era_label_rows,
            rows: rows_for(lanes, height_px, era_label_rows, self),
        }
    }

    /// Bottom of the axis (where the lanes start) below `era_label_rows` rows of era labels.
    pub fn axis_bottom_px(&self, era_label_rows: usize) -> f64 {
        era_label_rows as f64 * self.era_row_px + self.axis_px
    }

    /// What the lane layout needs to know of the device: marker and label sizes.
    pub fn layout_params(&self, lanes: usize, rows: usize, pinned: Option<usize>) -> LayoutParams {
        let base = LayoutParams::default();
        LayoutParams {
            lanes,
            max_rows: rows,
            marker_px: self.marker_px,
            cluster_px: 44.0,
            // Wide buckets: half as many chips to move on every frame of a zoom, each still
            // naming its count; the overview strip shows the fine density.
            cluster_gap_px: 40.0,
            pinned,
            char_px: base.char_px * self.text_scale,
            label_max_px: base.label_max_px * self.text_scale,
            ..base
        }
    }
}

/// See [`Metrics::stage_rows`].
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct StageRows {
    pub era_label_rows: usize,
    /// Rows of labelled markers per lane (one more holds the clusters).
    pub rows: usize,
}

/// Rows of labelled markers per lane (1 to 4; one more for clusters) that fit a stage
/// `height_px` tall below `era_label_rows` rows of era labels and the axis.
pub fn rows_for(lanes: usize, height_px: f64, era_label_rows: usize, m: &Metrics) -> usize {
    let lanes = lanes.max(1) as f64;
    let free = height_px - m.axis_bottom_px(era_label_rows);
    let per_lane = free / lanes - m.lane_label_px;
    ((per_lane / m.row_px).floor() as i64 - 1).clamp(1, 4) as usize
}

/// Where one placed item is drawn this frame: its place from the layout and its top on the stage.
#[derive(Debug, Clone, PartialEq)]
pub struct Spot {
    pub placed: Placed,
    pub top_px: f64,
}

impl Spot {
    /// Width and left inset of a marker, whole pixels. A range that starts left of the view keeps
    /// its label at the visible left edge.
    pub fn size_px(&self) -> (f64, f64) {
        let p = &self.placed;
        let inset = if p.bar_px > 0.0 {
            (-p.x_px).max(0.0) + 8.0
        } else {
            0.0
        };
        (p.width_px.round(), inset.round())
    }
}
