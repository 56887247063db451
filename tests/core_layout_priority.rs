//! Layout priorities: the open event is always placed, and markers placed in the previous frame
//! keep their place among equally important neighbours (no flicker while zooming).
use std::collections::HashSet;
use tarikh::core::layout::{
    layout, layout_keeping, Kept, LayoutIndex, LayoutItem, LayoutParams, PlacedKind,
};
use tarikh::core::scale::Scale;

fn item(index: usize, day: f64, importance: u8) -> LayoutItem {
    LayoutItem {
        index,
        start_days: day,
        end_days: day + 1.0,
        is_range: false,
        lane: 0,
        importance,
        label_chars: 20,
    }
}

/// Indices that got a labelled marker.
fn labelled(placed: &[tarikh::core::layout::Placed]) -> HashSet<usize> {
    placed
        .iter()
        .filter_map(|p| match p.kind {
            PlacedKind::Event { index } => Some(index),
            _ => None,
        })
        .collect()
}

/// Two equally important events 2 days apart at 10 px a day: their labels cannot share a row.
fn crowded() -> (LayoutIndex, Scale, LayoutParams) {
    let items = vec![item(0, 100.0, 2), item(1, 102.0, 2)];
    let p = LayoutParams {
        lanes: 1,
        max_rows: 1,
        ..LayoutParams::default()
    };
    (
        LayoutIndex::new(&items, 1),
        Scale::new(50.0, 100.0, 1000.0),
        p,
    )
}

#[test]
fn without_a_hint_the_earlier_of_two_equal_events_gets_the_row() {
    let (index, scale, p) = crowded();
    assert_eq!(labelled(&layout(&index, &scale, &p)), HashSet::from([0]));
}

#[test]
fn the_event_placed_last_frame_keeps_its_row() {
    let (index, scale, p) = crowded();
    let kept = layout_keeping(&index, &scale, &p, &Kept::from([1]));
    assert_eq!(labelled(&kept), HashSet::from([1]));
    // The other one is still shown, as a dot or in a cluster: nothing disappears.
    assert_eq!(kept.len(), 2, "{kept:?}");
}

#[test]
fn keeping_never_beats_importance() {
    let items = vec![item(0, 100.0, 1), item(1, 102.0, 3)];
    let index = LayoutIndex::new(&items, 1);
    let p = LayoutParams {
        lanes: 1,
        max_rows: 1,
        ..LayoutParams::default()
    };
    let placed = layout_keeping(
        &index,
        &Scale::new(50.0, 100.0, 1000.0),
        &p,
        &Kept::from([1]),
    );
    assert_eq!(
        labelled(&placed),
        HashSet::from([0]),
        "the important event wins the row"
    );
}

#[test]
fn the_open_event_is_placed_first_whatever_its_importance() {
    let items = vec![item(0, 100.0, 1), item(1, 102.0, 3)];
    let index = LayoutIndex::new(&items, 1);
    let p = LayoutParams {
        lanes: 1,
        max_rows: 1,
        pinned: Some(1),
        ..LayoutParams::default()
    };
    let placed = layout(&index, &Scale::new(50.0, 100.0, 1000.0), &p);
    assert!(labelled(&placed).contains(&1), "{placed:?}");
}

#[test]
fn kept_is_a_set() {
    let kept: Kept = [5, 1, 5, 9].into_iter().collect();
    assert!(kept.contains(1) && kept.contains(5) && kept.contains(9));
    assert!(!kept.contains(2) && !kept.contains(0) && !kept.contains(10));
    assert_eq!(kept, Kept::from([9, 5, 1]));
    assert!(!Kept::default().contains(0));
}
