//! Lane layout: nothing overlaps, every visible event is shown once, importance wins, and eras
//! share rows only when they do not overlap.
mod common;
use common::Rng;
use tarikh::core::layout::{
    era_rows, layout, LayoutIndex, LayoutItem, LayoutParams, Placed, PlacedKind,
};
use tarikh::core::scale::Scale;

/// Where an event's date lies against the window, in the layout's own terms: `Must` when its
/// date (point) or bar (range) is inside, `Never` when even its widest label could not reach in.
#[derive(PartialEq, Debug)]
enum Seen {
    Must,
    Maybe,
    Never,
}

fn seen(item: &LayoutItem, s: &Scale, p: &LayoutParams) -> Seen {
    let (a, b) = (s.start_days, s.end_days());
    let reach_days = (p.label_max_px + p.marker_px) / s.px_per_day();
    let half_marker_days = p.marker_px / s.px_per_day();
    if item.is_range {
        if item.start_days <= b && item.end_days >= a {
            Seen::Must
        } else if item.start_days <= b + half_marker_days && item.start_days >= a - reach_days {
            Seen::Maybe
        } else {
            Seen::Never
        }
    } else if item.start_days >= a && item.start_days <= b {
        Seen::Must
    } else if item.start_days >= a - reach_days && item.start_days <= b + half_marker_days {
        Seen::Maybe
    } else {
        Seen::Never
    }
}

fn random_items(rng: &mut Rng, n: usize, lanes: usize, from: f64, to: f64) -> Vec<LayoutItem> {
    (0..n)
        .map(|index| {
            let start_days = rng.range(from, to);
            let is_range = rng.below(4) == 0;
            let len = if is_range {
                rng.range(1.0, (to - from) / 3.0)
            } else {
                1.0
            };
            LayoutItem {
                index,
                start_days,
                end_days: start_days + len,
                is_range,
                lane: rng.below(lanes + 1), // one past the last lane: folded into the last one
                importance: 1 + rng.below(3) as u8,
                label_chars: 3 + rng.below(40),
            }
        })
        .collect()
}

fn check(items: &[LayoutItem], placed: &[Placed], s: &Scale, p: &LayoutParams, ctx: &str) {
    // No two items of one lane and row overlap, gap included.
    for (i, a) in placed.iter().enumerate() {
        assert!(
            a.row <= p.max_rows && a.lane < p.lanes,
            "{ctx}: row {} lane {}",
            a.row,
            a.lane
        );
        for b in &placed[i + 1..] {
            if a.lane == b.lane && a.row == b.row {
                // (1e-6 px: cluster chips are spaced by whole buckets, up to rounding.)
                let tol = 1e-6;
                let apart = a.right_px() + p.gap_px <= b.x_px + tol
                    || b.right_px() + p.gap_px <= a.x_px + tol;
                assert!(apart, "{ctx}: {a:?} overlaps {b:?}");
            }
        }
    }
    // Each event at most once; the total shown equals the number of visible events.
    let mut shown = vec![0; items.len()];
    let mut total = 0;
    for pl in placed {
        match pl.kind {
            PlacedKind::Event { index } | PlacedKind::Compact { index } => {
                shown[index] += 1;
                total += 1;
                let item = &items[index];
                assert_ne!(
                    seen(item, s, p),
                    Seen::Never,
                    "{ctx}: invisible event {index} placed"
                );
                assert!(
                    (pl.anchor_px - s.to_px(item.start_days)).abs() < 1e-6,
                    "{ctx}: anchor"
                );
                assert_eq!(pl.lane, item.lane.min(p.lanes - 1), "{ctx}: wrong lane");
                if matches!(pl.kind, PlacedKind::Event { .. }) {
                    assert!(pl.row < p.max_rows, "{ctx}: event in the cluster row");
                    assert!(
                        pl.x_px <= s.width_px && pl.right_px() >= 0.0,
                        "{ctx}: event off screen"
                    );
                }
            }
            PlacedKind::Cluster {
                count,
                start_days,
                end_days,
                first_index,
            } => {
                assert!(count >= 2, "{ctx}: a cluster of {count}");
                total += count;
                assert_eq!(
                    items[first_index].start_days, start_days,
                    "{ctx}: first member"
                );
                assert!(start_days <= end_days);
            }
        }
        if pl.row == p.max_rows {
            // Clusters and compact dots lie wholly inside the timeline.
            assert!(
                pl.x_px >= -1e-6 && pl.right_px() <= s.width_px + 1e-6,
                "{ctx}: {pl:?} clipped"
            );
        }
    }
    assert!(shown.iter().all(|&n| n <= 1), "{ctx}: an event shown twice");
    let must: Vec<&LayoutItem> = items
        .iter()
        .filter(|i| seen(i, s, p) == Seen::Must)
        .collect();
    assert_eq!(
        total,
        must.len(),
        "{ctx}: shown {total} of {} visible",
        must.len()
    );
    // An event that is not shown on its own is covered by a cluster of its lane.
    for item in must.iter().filter(|i| shown[i.index] == 0) {
        let covered = placed.iter().any(|pl| match pl.kind {
            PlacedKind::Cluster {
                start_days,
                end_days,
                ..
            } => {
                pl.lane == item.lane.min(p.lanes - 1)
                    && start_days <= item.start_days
                    && end_days >= item.end_days
            }
            _ => false,
        });
        assert!(covered, "{ctx}: event {} not in any cluster", item.index);
    }
}

#[test]
fn random_layouts_never_overlap_and_show_every_visible_event_once() {
    let mut rng = Rng(0xDEAD_BEEF_1234_5678);
    for case in 0..400 {
        let lanes = 1 + rng.below(4);
        let p = LayoutParams {
            lanes,
            max_rows: 1 + rng.below(3),
            ..LayoutParams::default()
        };
        let (from, to) = (-20_000.0, 40_000.0);
        let n = 5 + rng.below(300);
        let all = random_items(&mut rng, n, lanes, from, to);
        for zoom in 0..6 {
            let span = (to - from) / 4f64.powi(zoom) * rng.range(0.7, 1.3);
            let s = Scale::new(
                rng.range(from, to - span * 0.5),
                span,
                rng.range(320.0, 3840.0),
            );
            // Leave out events on the edge band, where being visible depends on label widths.
            let mut items: Vec<LayoutItem> = all
                .iter()
                .filter(|i| seen(i, &s, &p) != Seen::Maybe)
                .cloned()
                .collect();
            for (k, it) in items.iter_mut().enumerate() {
                it.index = k;
            }
            let placed = layout(&LayoutIndex::new(&items, lanes), &s, &p);
            check(&items, &placed, &s, &p, &format!("case {case} zoom {zoom}"));
        }
        // Everything at once: the window holds every event, bars included.
        let s = Scale::new(from - 1000.0, (to - from) * 1.5 + 2000.0, 1366.0);
        let placed = layout(&LayoutIndex::new(&all, lanes), &s, &p);
        check(&all, &placed, &s, &p, &format!("case {case} whole"));
    }
}

#[test]
fn important_events_get_the_rows_first() {
    // Ten events on one day, one lane with two rows: only the two most important get labels.
    let items: Vec<LayoutItem> = (0..10)
        .map(|index| LayoutItem {
            index,
            start_days: 100.0,
            end_days: 101.0,
            is_range: false,
            lane: 0,
            importance: if index % 4 == 1 { 1 } else { 3 },
            label_chars: 12,
        })
        .collect();
    let p = LayoutParams::default();
    let s = Scale::new(90.0, 20.0, 1000.0);
    let placed = layout(&LayoutIndex::new(&items, 1), &s, &p);
    let events: Vec<usize> = placed
        .iter()
        .filter_map(|pl| match pl.kind {
            PlacedKind::Event { index } => Some(index),
            _ => None,
        })
        .collect();
    assert_eq!(events.len(), 2);
    assert!(
        events.iter().all(|&i| items[i].importance == 1),
        "{events:?}"
    );
    let cluster = placed
        .iter()
        .find(|pl| matches!(pl.kind, PlacedKind::Cluster { .. }))
        .unwrap();
    // On a tie of dates the cluster's first member is the most important one left over.
    assert_eq!(
        cluster.kind,
        PlacedKind::Cluster {
            count: 8,
            start_days: 100.0,
            end_days: 101.0,
            first_index: 9
        }
    );
    check(&items, &placed, &s, &p, "crowded day");
}

#[test]
fn a_lone_overflow_is_a_compact_dot_near_its_date() {
    let mk = |index, importance| LayoutItem {
        index,
        start_days: 50.0,
        end_days: 51.0,
        is_range: false,
        lane: 0,
        importance,
        label_chars: 8,
    };
    let items = vec![mk(0, 1), mk(1, 2), mk(2, 3)];
    let p = LayoutParams::default();
    let s = Scale::new(0.0, 100.0, 1000.0);
    let placed = layout(&LayoutIndex::new(&items, 1), &s, &p);
    let compact = placed
        .iter()
        .find(|pl| pl.kind == PlacedKind::Compact { index: 2 })
        .expect("compact");
    assert_eq!(compact.row, p.max_rows);
    assert!(
        (compact.x_px + p.marker_px / 2.0 - 500.0).abs() <= p.cluster_px,
        "{compact:?}"
    );
    check(&items, &placed, &s, &p, "lone overflow");
}

#[test]
fn era_rows_never_stack_overlapping_eras() {
    let mut rng = Rng(99);
    for _ in 0..300 {
        let ranges: Vec<(f64, f64)> = (0..rng.below(40))
            .map(|_| {
                let a = rng.range(0.0, 1000.0).round();
                (a, a + rng.range(1.0, 300.0).round())
            })
            .collect();
        let rows = era_rows(&ranges);
        assert_eq!(rows.len(), ranges.len());
        for i in 0..ranges.len() {
            for j in i + 1..ranges.len() {
                if rows[i] == rows[j] {
                    let (a, b) = (ranges[i], ranges[j]);
                    assert!(
                        a.1 <= b.0 || b.1 <= a.0,
                        "{a:?} and {b:?} share row {}",
                        rows[i]
                    );
                }
            }
        }
        // No more rows than the deepest pile of eras at one moment.
        let depth = ranges
            .iter()
            .map(|&(t, _)| ranges.iter().filter(|&&(a, b)| a <= t && t < b).count())
            .max()
            .unwrap_or(0);
        assert_eq!(rows.iter().map(|r| r + 1).max().unwrap_or(0), depth);
    }
}
