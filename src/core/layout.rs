//! Lane layout: which events are drawn where, so that no marker ever hides another.
//! Each lane has `max_rows` rows for labelled markers and one cluster row below them. Events are
//! placed most important first; what does not fit joins a cluster in fixed time buckets.
use super::scale::Scale;

/// One event as layout sees it (the caller keeps the content).
#[derive(Debug, Clone, PartialEq)]
pub struct LayoutItem {
    pub index: usize,
    pub start_days: f64,
    pub end_days: f64,
    pub is_range: bool,
    pub lane: usize,
    /// 1 = most important.
    pub importance: u8,
    pub label_chars: usize,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LayoutParams {
    pub lanes: usize,
    pub max_rows: usize,
    /// Width of the marker dot (and of a compact marker).
    pub marker_px: f64,
    pub char_px: f64,
    pub label_max_px: f64,
    pub gap_px: f64,
    /// Width of a cluster chip; buckets are this plus the gap.
    pub cluster_px: f64,
    /// An event placed before all others (the open one).
    pub pinned: Option<usize>,
    /// Free space between two cluster chips (buckets are `cluster_px + cluster_gap_px` wide).
    pub cluster_gap_px: f64,
}

impl Default for LayoutParams {
    fn default() -> Self {
        LayoutParams {
            lanes: 1,
            max_rows: 2,
            marker_px: 14.0,
            char_px: 7.4,
            label_max_px: 190.0,
            gap_px: 8.0,
            cluster_px: 44.0,
            pinned: None,
            cluster_gap_px: 8.0,
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum PlacedKind {
    /// A labelled marker (or bar) for one event.
    Event { index: usize },
    /// One event that only fits as a dot in the cluster row.
    Compact { index: usize },
    /// Several events; activating it zooms to `[start_days, end_days]`.
    Cluster {
        count: usize,
        start_days: f64,
        end_days: f64,
        first_index: usize,
    },
}

#[derive(Debug, Clone, PartialEq)]
pub struct Placed {
    pub kind: PlacedKind,
    pub lane: usize,
    pub row: usize,
    /// Left edge and width of everything the item draws (dot/bar plus label).
    pub x_px: f64,
    pub width_px: f64,
    /// Where the event's date is on the axis (dot centre or bar start).
    pub anchor_px: f64,
    /// Bar length for ranges, 0 for points.
    pub bar_px: f64,
}

impl Placed {
    pub fn right_px(&self) -> f64 {
        self.x_px + self.width_px
    }
}

/// Events grouped per lane in placement order (importance, then date): built once per content.
#[derive(Debug, Clone, Default)]
pub struct LayoutIndex {
    per_lane: Vec<Vec<LayoutItem>>,
    /// Per lane, where importance 1, 2 and 3 start, and the end: each level is a date-sorted
    /// slice, so a frame finds the visible events of a level by binary search.
    levels: Vec<[usize; 4]>,
    longest_days: f64,
}

impl LayoutIndex {
    pub fn new(items: &[LayoutItem], lanes: usize) -> Self {
        let mut per_lane: Vec<Vec<LayoutItem>> = vec![Vec::new(); lanes.max(1)];
        let mut longest_days: f64 = 0.0;
        for item in items {
            let lane = item.lane.min(per_lane.len() - 1);
            longest_days = longest_days.max(item.end_days - item.start_days);
            per_lane[lane].push(item.clone());
        }
        let level = |i: &LayoutItem| i.importance.clamp(1, 3);
        for lane in &mut per_lane {
            lane.sort_by(|a, b| {
                level(a)
                    .cmp(&level(b))
                    .then(a.start_days.total_cmp(&b.start_days))
            });
        }
        let levels = per_lane
            .iter()
            .map(|lane| {
                let at = |l: u8| lane.partition_point(|i| level(i) < l);
                [0, at(2), at(3), lane.len()]
            })
            .collect();
        LayoutIndex {
            per_lane,
            levels,
            longest_days,
        }
    }
}

/// Rows of occupied `[x0, x1)` intervals, kept sorted for binary search.
struct Row(Vec<(f64, f64)>);

impl Row {
    fn try_insert(&mut self, x0: f64, x1: f64, gap: f64) -> bool {
        let i = self.0.partition_point(|&(a, _)| a < x0);
        let left_ok = i == 0 || self.0[i - 1].1 + gap <= x0;
        let right_ok = i == self.0.len() || x1 + gap <= self.0[i].0;
        if left_ok && right_ok {
            self.0.insert(i, (x0, x1));
        }
        left_ok && right_ok
    }
}

/// Per-bucket aggregate of the events that did not fit a row.
#[derive(Clone, Copy)]
struct Bucket {
    count: usize,
    start_days: f64,
    end_days: f64,
    first_index: usize,
    first_anchor_px: f64,
}

/// Event indices that keep their labelled marker (see `layout_keeping`): sorted, so that the
/// membership test made for every visible event is a binary search, not a hash (hashing was a
/// tenth of a zoom frame with 100,000 events).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Kept(Vec<usize>);

impl Kept {
    pub fn contains(&self, index: usize) -> bool {
        self.0.binary_search(&index).is_ok()
    }
}

impl FromIterator<usize> for Kept {
    fn from_iter<I: IntoIterator<Item = usize>>(iter: I) -> Self {
        let mut v: Vec<usize> = iter.into_iter().collect();
        v.sort_unstable();
        v.dedup();
        Kept(v)
    }
}

impl<const N: usize> From<[usize; N]> for Kept {
    fn from(a: [usize; N]) -> Self {
        a.into_iter().collect()
    }
}

/// Place the visible events of every lane for this scale.
pub fn layout(index: &LayoutIndex, scale: &Scale, p: &LayoutParams) -> Vec<Placed> {
    layout_keeping(index, scale, p, &Kept::default())
}

/// Like `layout`, but within each importance level the events in `keep` (those that had a
/// labelled marker in the previous frame) are placed first. While zooming, markers then stay
/// put instead of flickering between equally important neighbours.
pub fn layout_keeping(
    index: &LayoutIndex,
    scale: &Scale,
    p: &LayoutParams,
    keep: &Kept,
) -> Vec<Placed> {
    let px_per_day = scale.px_per_day();
    let margin_days = p.label_max_px / px_per_day;
    let (lo, hi) = (
        scale.start_days - margin_days - index.longest_days,
        scale.end_days(),
    );
    let bucket_px = p.cluster_px + p.cluster_gap_px;
    // Buckets whose chip lies wholly inside the width. Events of a bucket cut by an edge join the
    // nearest whole one, so no cluster or compact dot is drawn (half) outside the timeline.
    let origin_px = scale.start_days * px_per_day;
    let first_key = (origin_px / bucket_px).ceil() as i64;
    let last_key = ((origin_px + scale.width_px - p.cluster_px) / bucket_px)
        .floor()
        .max(first_key as f64) as i64;
    let mut out = Vec::new();
    for (lane, items) in index.per_lane.iter().enumerate() {
        let mut rows: Vec<Row> = (0..p.max_rows).map(|_| Row(Vec::new())).collect();
        let mut buckets: std::collections::BTreeMap<i64, Bucket> = Default::default();
        // The open event is placed first, so it always gets a labelled marker when it fits.
        let bounds = index.levels[lane];
        // Only the events whose dates can reach the window, per level, found by binary search
        // (each level is sorted by start date).
        let visible = |level: usize| {
            let slice = &items[bounds[level]..bounds[level + 1]];
            let from = slice.partition_point(|i| i.start_days < lo);
            let to = slice.partition_point(|i| i.start_days <= hi);
            &slice[from..to.max(from)]
        };
        let pinned = p
            .pinned
            .and_then(|pin| items.iter().find(|i| i.index == pin))
            .into_iter();
        let level_pass = |level: usize, kept: bool| {
            visible(level)
                .iter()
                .filter(move |i| Some(i.index) != p.pinned && keep.contains(i.index) == kept)
        };
        let ordered = pinned
            .chain(level_pass(0, true))
            .chain(level_pass(0, false))
            .chain(level_pass(1, true))
            .chain(level_pass(1, false))
            .chain(level_pass(2, true))
            .chain(level_pass(2, false));
        for item in ordered.filter(|i| i.end_days >= lo && i.start_days <= hi) {
            let (x0, width_px, anchor_px, bar_px) = extent_px(item, scale, p);
            if x0 + width_px < 0.0 || x0 > scale.width_px {
                continue;
            }
            let row = rows
                .iter_mut()
                .position(|r| r.try_insert(x0, x0 + width_px, p.gap_px));
            if let Some(row) = row {
                let kind = PlacedKind::Event { index: item.index };
                out.push(Placed {
                    kind,
                    lane,
                    row,
                    x_px: x0,
                    width_px,
                    anchor_px,
                    bar_px,
                });
                continue;
            }
            // No room for its label: an event whose date (or range) lies off screen is left out
            // rather than counted in a chip far from it; only its label could have reached in.
            if item.end_days < scale.start_days || item.start_days > scale.end_days() {
                continue;
            }
            // Buckets are anchored in time (absolute pixels), so panning does not reshuffle them.
            let key =
                (((anchor_px + origin_px) / bucket_px).floor() as i64).clamp(first_key, last_key);
            let b = buckets.entry(key).or_insert(Bucket {
                count: 0,
                start_days: f64::INFINITY,
                end_days: f64::NEG_INFINITY,
                first_index: item.index,
                first_anchor_px: anchor_px,
            });
            b.count += 1;
            if item.start_days < b.start_days {
                b.first_index = item.index;
                b.first_anchor_px = anchor_px;
            }
            b.start_days = b.start_days.min(item.start_days);
            b.end_days = b.end_days.max(item.end_days);
        }
        for (key, b) in buckets {
            let bucket_left = key as f64 * bucket_px - origin_px;
            let row = p.max_rows;
            if b.count == 1 {
                // Keep a lone dot at its date, but inside its bucket so it cannot touch a neighbour.
                let last_x = bucket_left + (p.cluster_px - p.marker_px).max(0.0);
                let x = (b.first_anchor_px - p.marker_px / 2.0).clamp(bucket_left, last_x);
                let kind = PlacedKind::Compact {
                    index: b.first_index,
                };
                out.push(Placed {
                    kind,
                    lane,
                    row,
                    x_px: x,
                    width_px: p.marker_px,
                    anchor_px: b.first_anchor_px,
                    bar_px: 0.0,
                });
            } else {
                let kind = PlacedKind::Cluster {
                    count: b.count,
                    start_days: b.start_days,
                    end_days: b.end_days,
                    first_index: b.first_index,
                };
                out.push(Placed {
                    kind,
                    lane,
                    row,
                    x_px: bucket_left,
                    width_px: p.cluster_px,
                    anchor_px: bucket_left,
                    bar_px: 0.0,
                });
            }
        }
    }
    out
}

/// Left edge, total width, date anchor and bar length of one item.
fn extent_px(item: &LayoutItem, scale: &Scale, p: &LayoutParams) -> (f64, f64, f64, f64) {
    // Important events (importance 1) have bold titles.
    let char_px = if item.importance <= 1 {
        p.char_px * super::BOLD_WIDTH
    } else {
        p.char_px
    };
    let label_px = (item.label_chars as f64 * char_px + 12.0).min(p.label_max_px);
    if item.is_range {
        let x0 = scale.to_px(item.start_days);
        let bar_px = (scale.to_px(item.end_days) - x0).max(p.marker_px);
        (x0, bar_px.max(label_px + p.marker_px), x0, bar_px)
    } else {
        let anchor = scale.to_px(item.start_days);
        (
            anchor - p.marker_px / 2.0,
            p.marker_px + label_px,
            anchor,
            0.0,
        )
    }
}

/// Rows for eras so that overlapping eras sit on separate strips (time-based, done once).
pub fn era_rows(ranges: &[(f64, f64)]) -> Vec<usize> {
    let mut order: Vec<usize> = (0..ranges.len()).collect();
    order.sort_by(|&a, &b| ranges[a].0.total_cmp(&ranges[b].0));
    let mut row_ends: Vec<f64> = Vec::new();
    let mut rows = vec![0; ranges.len()];
    for i in order {
        let (start, end) = ranges[i];
        match row_ends.iter().position(|&e| e <= start) {
            Some(r) => {
                row_ends[r] = end;
                rows[i] = r;
            }
            None => {
                rows[i] = row_ends.len();
                row_ends.push(end);
            }
        }
    }
    rows
}
