//! Scale (days <-> px) and view window (pan, zoom_at, constrain, reveal).
mod common;
use common::Rng;
use tarikh::core::date::DAYS_PER_YEAR;
use tarikh::core::scale::Scale;
use tarikh::core::view::{Limits, View, MIN_SPAN_DAYS};

const SPANS_DAYS: [f64; 8] = [
    7.0,
    30.0,
    365.0,
    43.0 * DAYS_PER_YEAR,
    200.0 * DAYS_PER_YEAR,
    12_000.0 * DAYS_PER_YEAR,
    66.0e6 * DAYS_PER_YEAR,
    14.0e9 * DAYS_PER_YEAR,
];
const WIDTHS_PX: [f64; 7] = [320.0, 375.0, 768.0, 1366.0, 1920.0, 2560.0, 3840.0];

#[test]
fn to_px_and_from_px_round_trip_within_half_a_pixel() {
    // Starts near 1888, near the epoch, and deep in the past (the cosmological case).
    let starts = [-29_950.0, 0.0, -13.8e9 * DAYS_PER_YEAR];
    for &span in &SPANS_DAYS {
        for &width in &WIDTHS_PX {
            for &start in &starts {
                let scale = Scale::new(start, span, width);
                for i in 0..=64 {
                    let x = width * i as f64 / 64.0;
                    let t = scale.from_px(x);
                    let back = scale.to_px(t);
                    assert!(
                        (back - x).abs() < 0.5,
                        "span {span} width {width}: {x} -> {back}"
                    );
                }
                // Edges map to the window's ends.
                assert!(scale.to_px(start).abs() < 0.5);
                assert!((scale.to_px(start + span) - width).abs() < 0.5);
                assert!((scale.from_px(width) - (start + span)).abs() <= span * 1e-9);
            }
        }
    }
}

#[test]
fn to_px_is_linear_in_days() {
    let scale = Scale::new(1000.0, 400.0, 800.0);
    assert_eq!(scale.px_per_day(), 2.0);
    assert_eq!(scale.to_px(1100.0), 200.0);
    assert_eq!(scale.to_px(900.0), -200.0);
    assert_eq!(scale.from_px(1000.0), 1500.0);
    assert_eq!(scale.end_days(), 1400.0);
}

#[test]
fn zoom_at_keeps_the_anchor_date_fixed() {
    let factors = [1.05, 1.6, 2.0, 10.0, 1.0 / 1.6, 0.5, 0.1];
    for &span in &SPANS_DAYS {
        let view = View::new(-29_950.0, span);
        for &factor in &factors {
            for k in 0..=10 {
                let anchor = k as f64 / 10.0;
                let zoomed = view.zoom_at(factor, anchor);
                let before = view.start_days + anchor * view.span_days;
                let after = zoomed.start_days + anchor * zoomed.span_days;
                assert!(
                    (before - after).abs() <= span * 1e-9,
                    "span {span} factor {factor} anchor {anchor}: {before} vs {after}"
                );
                let expected_span = span / factor;
                assert!((zoomed.span_days - expected_span).abs() <= expected_span * 1e-12);
            }
        }
    }
}

#[test]
fn zoom_at_ignores_broken_factors() {
    let view = View::new(100.0, 50.0);
    for factor in [0.0, -2.0, f64::NAN, f64::INFINITY] {
        assert_eq!(view.zoom_at(factor, 0.3), view, "factor {factor}");
    }
}

fn assert_within(v: &View, l: &Limits, context: &str) {
    let tol = 1e-9 * l.max_span_days.max(1.0);
    assert!(
        v.span_days.is_finite() && v.start_days.is_finite(),
        "{context}: {v:?}"
    );
    assert!(
        v.span_days >= l.min_span_days - tol,
        "{context}: span too small {v:?}"
    );
    assert!(
        v.span_days <= l.max_span_days + tol,
        "{context}: span too big {v:?}"
    );
    let room = l.max_days - l.min_days;
    if v.span_days <= room {
        assert!(
            v.start_days >= l.min_days - tol,
            "{context}: starts early {v:?} {l:?}"
        );
        assert!(
            v.end_days() <= l.max_days + tol,
            "{context}: ends late {v:?} {l:?}"
        );
    } else {
        let centre = (l.min_days + l.max_days) / 2.0;
        assert!(
            (v.center_days() - centre).abs() <= tol,
            "{context}: not centred {v:?}"
        );
    }
}

#[test]
fn constrain_never_exceeds_the_limits() {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    for case in 0..20_000 {
        let extent = rng.log_range(1.0, 14.0e9 * DAYS_PER_YEAR);
        let extent_start = rng.range(-1.0e5, 1.0e5) - extent;
        let mut limits = Limits::for_extent(extent_start, extent_start + extent);
        // Every fourth case: a max span wider than the room, as a caller might configure.
        if case % 4 == 0 {
            limits.max_span_days *= rng.range(1.0, 3.0);
        }
        let span = rng.log_range(0.01, 100.0 * limits.max_span_days);
        let start = extent_start + rng.range(-3.0, 3.0) * extent;
        let anchor = rng.unit();
        let v = View::new(start, span).constrain(&limits, anchor);
        assert_within(&v, &limits, &format!("case {case}"));
        // A view already inside the limits is left alone.
        let again = v.constrain(&limits, anchor);
        assert!((again.start_days - v.start_days).abs() <= 1e-9 * v.span_days);
        assert!((again.span_days - v.span_days).abs() <= 1e-9 * v.span_days);
    }
}

#[test]
fn constrain_repairs_non_finite_views() {
    let limits = Limits::for_extent(0.0, 1000.0);
    for v in [
        View::new(f64::NAN, 10.0),
        View::new(0.0, f64::INFINITY),
        View::new(0.0, -5.0),
    ] {
        assert_within(&v.constrain(&limits, 0.5), &limits, "non-finite");
    }
}

#[test]
fn constrain_clamps_zoom_around_the_anchor() {
    let limits = Limits::for_extent(0.0, 10_000.0);
    // Zooming in far past the minimum keeps the anchored date where it was.
    let v = View::new(2000.0, 1000.0);
    let anchor = 0.25;
    let date = v.start_days + anchor * v.span_days;
    let c = v.zoom_at(1000.0, anchor).constrain(&limits, anchor);
    assert_eq!(c.span_days, MIN_SPAN_DAYS);
    assert!((c.start_days + anchor * c.span_days - date).abs() < 1e-9);
}

#[test]
fn limits_for_extent_add_five_percent_margins() {
    let l = Limits::for_extent(1000.0, 2000.0);
    assert_eq!((l.min_days, l.max_days), (950.0, 2050.0));
    assert_eq!(l.max_span_days, 1100.0);
    assert_eq!(l.min_span_days, MIN_SPAN_DAYS);
}

#[test]
fn pan_moves_by_the_pixel_amount() {
    let mut rng = Rng(42);
    for _ in 0..2000 {
        let width = rng.range(320.0, 3840.0);
        let view = View::new(rng.range(-1e6, 1e6), rng.log_range(7.0, 1e7));
        let dx = rng.range(-2.0 * width, 2.0 * width);
        let moved = view.pan(dx, width);
        assert_eq!(moved.span_days, view.span_days);
        // The date that was under pixel x is now under pixel x + dx.
        let x = rng.range(0.0, width);
        let date = view.scale(width).from_px(x);
        let x_after = moved.scale(width).to_px(date);
        assert!(
            (x_after - (x + dx)).abs() < 1e-6 * width,
            "{x} + {dx} != {x_after}"
        );
    }
    // Positive dx shows earlier dates.
    assert!(View::new(0.0, 100.0).pan(10.0, 100.0).start_days < 0.0);
}

#[test]
fn reveal_brings_a_range_into_view_with_margins() {
    let mut rng = Rng(7);
    for case in 0..5000 {
        let view = View::new(rng.range(-1e5, 1e5), rng.log_range(7.0, 1e6));
        let len = rng.log_range(0.5, 4.0 * view.span_days);
        let a = view.start_days + rng.range(-5.0, 5.0) * view.span_days;
        let b = a + len;
        let margin = 0.1;
        let r = view.reveal(a, b, margin);
        let tol = 1e-9 * r.span_days.max(len);
        let lo = r.start_days + margin * r.span_days;
        let hi = r.end_days() - margin * r.span_days;
        assert!(
            a >= lo - tol && b <= hi + tol,
            "case {case}: [{a},{b}] not in {r:?}"
        );
        if len <= view.span_days * (1.0 - 2.0 * margin) {
            // No zoom when it fits, and the smallest move: one edge of the margin touches the range
            // unless it was already inside.
            assert_eq!(r.span_days, view.span_days);
            let was_inside = a >= view.start_days + margin * view.span_days - tol
                && b <= view.end_days() - margin * view.span_days + tol;
            if was_inside {
                assert_eq!(r, view);
            } else {
                assert!(
                    (a - lo).abs() <= tol || (b - hi).abs() <= tol,
                    "case {case}: moved too far"
                );
            }
        } else {
            // Zooms out just enough: the range fills the inner part exactly.
            assert!(r.span_days >= view.span_days * (1.0 - 1e-12));
            assert!((r.span_days * (1.0 - 2.0 * margin) - len).abs() <= tol);
        }
    }
}

#[test]
fn view_helpers() {
    let v = View::from_range(10.0, 30.0);
    assert_eq!(
        (v.start_days, v.span_days, v.end_days(), v.center_days()),
        (10.0, 20.0, 30.0, 20.0)
    );
    let s = v.scale(200.0);
    assert_eq!(s.px_per_day(), 10.0);
}
