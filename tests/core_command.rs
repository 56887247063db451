//! The command reducer: zoom buttons, Home/Whole/Reset, Open, Step, Pan and FitRange.
use tarikh::core::command::{
    reduce, Command, EventTimes, TimelineState, KEY_PAN_FRACTION, LABEL_ROOM_PX, ZOOM_STEP,
};
use tarikh::core::date::civil_to_days;
use tarikh::core::i18n::Lang;
use tarikh::core::view::{Limits, View};

fn day(y: i64, m: u8, d: u8) -> f64 {
    civil_to_days(y, m, d)
}

const EXTENT: (f64, f64) = (-29_950.0, 20_000.0);

fn state() -> TimelineState {
    let limits = Limits::for_extent(EXTENT.0, EXTENT.1);
    let home = View::from_range(day(1888, 1, 1), day(1932, 1, 1));
    TimelineState {
        view: home,
        width_px: 1000.0,
        limits,
        home,
        whole: View::from_range(limits.min_days, limits.max_days),
        open: None,
        lang: Lang::Ru,
        default_lang: Lang::Ru,
    }
}

/// Five events in content order, not in date order; the last is a range.
fn events() -> EventTimes {
    EventTimes::new(vec![
        (day(1930, 4, 4), day(1930, 4, 5)),
        (day(1889, 3, 8), day(1889, 3, 9)),
        (day(1988, 11, 4), day(1988, 11, 5)),
        (day(1917, 12, 18), day(1917, 12, 19)),
        (day(1926, 1, 1), day(1930, 1, 1)),
    ])
}

fn inside(v: &View, l: &Limits) -> bool {
    v.span_days >= l.min_span_days - 1e-9
        && v.span_days <= l.max_span_days + 1e-9
        && v.start_days >= l.min_days - 1e-9
        && v.end_days() <= l.max_days + 1e-9
}

#[test]
fn zoom_buttons_keep_the_centre() {
    let ev = events();
    let s0 = state();
    let zin = reduce(
        &s0,
        Command::ZoomAt {
            factor: ZOOM_STEP,
            anchor_frac: 0.5,
        },
        &ev,
    );
    assert!((zin.view.span_days - s0.view.span_days / ZOOM_STEP).abs() < 1e-6);
    assert!((zin.view.center_days() - s0.view.center_days()).abs() < 1e-6);
    let zout = reduce(
        &zin,
        Command::ZoomAt {
            factor: 1.0 / ZOOM_STEP,
            anchor_frac: 0.5,
        },
        &ev,
    );
    assert!((zout.view.span_days - s0.view.span_days).abs() < 1e-6);
    assert!((zout.view.center_days() - s0.view.center_days()).abs() < 1e-6);
    // Zooming all the way in or out stops at the limits.
    let mut s = s0.clone();
    for _ in 0..100 {
        s = reduce(
            &s,
            Command::ZoomAt {
                factor: ZOOM_STEP,
                anchor_frac: 0.5,
            },
            &ev,
        );
        assert!(inside(&s.view, &s.limits));
    }
    assert_eq!(s.view.span_days, s.limits.min_span_days);
    for _ in 0..100 {
        s = reduce(
            &s,
            Command::ZoomAt {
                factor: 1.0 / ZOOM_STEP,
                anchor_frac: 0.9,
            },
            &ev,
        );
        assert!(inside(&s.view, &s.limits));
    }
    assert_eq!(s.view.span_days, s.limits.max_span_days);
    let nan = reduce(
        &s0,
        Command::ZoomAt {
            factor: f64::NAN,
            anchor_frac: f64::NAN,
        },
        &ev,
    );
    assert!(inside(&nan.view, &nan.limits));
}

#[test]
fn home_whole_and_reset() {
    let ev = events();
    let mut s = reduce(&state(), Command::Open(2), &ev);
    s = reduce(&s, Command::SetLang(Lang::En), &ev);
    s = reduce(
        &s,
        Command::ZoomAt {
            factor: 50.0,
            anchor_frac: 0.2,
        },
        &ev,
    );
    assert_eq!(reduce(&s, Command::Home, &ev).view, state().home);
    let whole = reduce(&s, Command::Whole, &ev).view;
    assert!((whole.start_days - s.limits.min_days).abs() < 1e-6);
    assert!((whole.end_days() - s.limits.max_days).abs() < 1e-6);
    let home = reduce(&s, Command::Home, &ev);
    assert_eq!(
        (home.open, home.lang),
        (Some(2), Lang::En),
        "Home keeps the card and language"
    );
    let reset = reduce(&s, Command::Reset, &ev);
    assert_eq!(reset.view, state().home);
    assert_eq!(reset.open, None);
    assert_eq!(reset.lang, Lang::Ru);
    assert_eq!(reduce(&s, Command::Close, &ev).open, None);
    assert_eq!(
        reduce(&s, Command::Resize { width_px: 375.0 }, &ev).width_px,
        375.0
    );
    assert_eq!(
        reduce(&s, Command::Resize { width_px: -5.0 }, &ev).width_px,
        1.0
    );
}

#[test]
fn open_reveals_the_event() {
    let ev = events();
    let mut s = state();
    // Deep in one week of 1930, far from every event.
    s.view = View::new(day(1930, 6, 1), 7.0);
    for (i, &(a, b)) in ev.ranges.iter().enumerate() {
        let o = reduce(&s, Command::Open(i), &ev);
        assert_eq!(o.open, Some(i));
        assert!(
            o.view.start_days <= a && b <= o.view.end_days(),
            "event {i}: {:?}",
            o.view
        );
        assert!(inside(&o.view, &o.limits));
    }
    // An event already in view leaves the view alone.
    let home = state();
    assert_eq!(reduce(&home, Command::Open(3), &ev).view, home.view);
    // Unknown indices change nothing.
    assert_eq!(reduce(&home, Command::Open(99), &ev), home);
}

#[test]
fn an_opened_event_keeps_room_for_its_title() {
    let ev = events();
    // 1988 lies right of 1888–1931: the view pans to it, leaving the title room on its right,
    // so the marker does not end up at the right edge with its title cut off.
    for width_px in [375.0, 1000.0] {
        let s = reduce(&state(), Command::Resize { width_px }, &ev);
        let o = reduce(&s, Command::Open(2), &ev);
        let (a, _) = ev.ranges[2];
        let x_px = (a - o.view.start_days) / o.view.span_days * width_px;
        assert!(
            x_px <= 0.9 * width_px - LABEL_ROOM_PX + 1e-6,
            "1988 drawn at {x_px:.0} px of {width_px}"
        );
        assert!(
            x_px >= 0.1 * width_px - 1e-6,
            "and not past the left margin ({x_px:.0} px)"
        );
    }
    let o = reduce(&state(), Command::Open(2), &ev);
    assert!(
        (o.view.span_days - state().view.span_days).abs() < 1e-6,
        "panned, not zoomed"
    );
}

#[test]
fn step_follows_date_order_and_stops_at_the_ends() {
    let ev = events();
    // Date order: 1889 (1), 1917 (3), 1926–1929 (4), 1930 (0), 1988 (2).
    assert_eq!(ev.order, vec![1, 3, 4, 0, 2]);
    let mut s = reduce(&state(), Command::Step(1), &ev);
    let mut seen = vec![s.open.unwrap()];
    for _ in 0..6 {
        s = reduce(&s, Command::Step(1), &ev);
        seen.push(s.open.unwrap());
        let (a, b) = ev.ranges[s.open.unwrap()];
        assert!(s.view.start_days <= a && b <= s.view.end_days());
    }
    assert_eq!(seen, vec![1, 3, 4, 0, 2, 2, 2]);
    let mut back = vec![];
    for _ in 0..6 {
        s = reduce(&s, Command::Step(-1), &ev);
        back.push(s.open.unwrap());
    }
    assert_eq!(back, vec![0, 4, 3, 1, 1, 1]);
    assert_eq!(
        reduce(&state(), Command::Step(-1), &ev).open,
        Some(2),
        "previous from nothing: the last"
    );
    assert_eq!(
        reduce(&state(), Command::Step(1), &EventTimes::new(vec![])).open,
        None
    );
}

#[test]
fn pan_and_pan_fraction_respect_the_limits() {
    let ev = events();
    let s0 = state();
    let right = reduce(&s0, Command::Pan { dx_px: 100.0 }, &ev);
    assert!((s0.view.start_days - right.view.start_days - s0.view.span_days * 0.1).abs() < 1e-6);
    let key = reduce(&s0, Command::PanFraction(-KEY_PAN_FRACTION), &ev);
    assert!(
        (key.view.start_days - s0.view.start_days - s0.view.span_days * KEY_PAN_FRACTION).abs()
            < 1e-6
    );
    assert_eq!(key.view.span_days, s0.view.span_days);
    let mut s = s0.clone();
    for _ in 0..1000 {
        s = reduce(&s, Command::Pan { dx_px: 900.0 }, &ev);
        assert!(inside(&s.view, &s.limits));
    }
    assert_eq!(s.view.start_days, s.limits.min_days);
    for _ in 0..1000 {
        s = reduce(&s, Command::PanFraction(-1.0), &ev);
        assert!(inside(&s.view, &s.limits));
    }
    assert!((s.view.end_days() - s.limits.max_days).abs() < 1e-6);
    let set = reduce(&s0, Command::SetView(View::new(-1e9, 5.0)), &ev);
    assert!(inside(&set.view, &set.limits));
}

#[test]
fn fit_range_frames_the_range() {
    let ev = events();
    let (a, b) = (day(1917, 1, 1), day(1921, 1, 1));
    let s = reduce(
        &state(),
        Command::FitRange {
            start_days: a,
            end_days: b,
        },
        &ev,
    );
    assert!(s.view.start_days < a && b < s.view.end_days());
    assert!((s.view.center_days() - (a + b) / 2.0).abs() < 1e-6);
    assert!(
        s.view.span_days < (b - a) * 1.5,
        "a tight frame: {:?}",
        s.view
    );
    // A single day still gets at least the narrowest window; the day stays in view.
    let one = reduce(
        &state(),
        Command::FitRange {
            start_days: a,
            end_days: a + 1.0,
        },
        &ev,
    );
    assert!(one.view.span_days >= one.limits.min_span_days);
    assert!(one.view.start_days <= a && a + 1.0 <= one.view.end_days());
    assert!(inside(&one.view, &one.limits));
}
