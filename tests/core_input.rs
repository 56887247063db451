//! Input normalisation: wheel deltas, keys and pointer gestures become the right commands.
use tarikh::core::command::{reduce, Command, EventTimes, TimelineState, ZOOM_STEP};
use tarikh::core::i18n::Lang;
use tarikh::core::input::{
    key_command, wheel_command, Gesture, Wheel, DELTA_LINE, DELTA_PAGE, DELTA_PIXEL,
};
use tarikh::core::view::{Limits, View};

fn wheel(delta_x: f64, delta_y: f64, mode: u32, ctrl: bool, shift: bool) -> Wheel {
    Wheel {
        delta_x,
        delta_y,
        delta_mode: mode,
        ctrl,
        shift,
        x_frac: 0.25,
        width_px: 1000.0,
    }
}

fn zoom_factor(cmd: Command) -> f64 {
    match cmd {
        Command::ZoomAt {
            factor,
            anchor_frac,
        } => {
            assert_eq!(anchor_frac, 0.25, "zoom must be anchored at the pointer");
            factor
        }
        other => panic!("expected a zoom, got {other:?}"),
    }
}

#[test]
fn vertical_wheel_zooms_at_the_pointer_in_the_right_direction() {
    let zoom_in = zoom_factor(wheel_command(&wheel(
        0.0,
        -100.0,
        DELTA_PIXEL,
        false,
        false,
    )));
    let zoom_out = zoom_factor(wheel_command(&wheel(0.0, 100.0, DELTA_PIXEL, false, false)));
    assert!(zoom_in > 1.0 && zoom_out < 1.0);
    assert!(
        (zoom_in * zoom_out - 1.0).abs() < 1e-9,
        "in and out by the same delta cancel"
    );
}

#[test]
fn line_and_page_modes_scale_the_delta_and_ctrl_pinch_zooms_harder() {
    let px = zoom_factor(wheel_command(&wheel(0.0, -3.0, DELTA_PIXEL, false, false)));
    let lines = zoom_factor(wheel_command(&wheel(0.0, -3.0, DELTA_LINE, false, false)));
    let page = zoom_factor(wheel_command(&wheel(0.0, -0.1, DELTA_PAGE, false, false)));
    assert!(lines > px, "3 lines must zoom more than 3 pixels");
    assert!(
        (lines.ln() / px.ln() - 16.0).abs() < 1e-6,
        "a line is 16 px"
    );
    assert!(
        (page.ln() / px.ln() - 100.0 / 3.0).abs() < 1e-6,
        "a page is the width"
    );
    let pinch = zoom_factor(wheel_command(&wheel(0.0, -3.0, DELTA_PIXEL, true, false)));
    assert!(
        pinch > px,
        "ctrl+wheel (trackpad pinch) zooms faster per pixel"
    );
    let huge = zoom_factor(wheel_command(&wheel(
        0.0,
        -1.0e9,
        DELTA_PIXEL,
        false,
        false,
    )));
    assert!(
        huge.is_finite() && huge < 4.0,
        "one wild event cannot jump the zoom: {huge}"
    );
}

#[test]
fn horizontal_wheel_and_shift_wheel_pan() {
    assert_eq!(
        wheel_command(&wheel(40.0, 5.0, DELTA_PIXEL, false, false)),
        Command::Pan { dx_px: -40.0 }
    );
    assert_eq!(
        wheel_command(&wheel(0.0, 30.0, DELTA_PIXEL, false, true)),
        Command::Pan { dx_px: -30.0 }
    );
}

#[test]
fn keys_map_to_commands() {
    let zoom_in = Command::ZoomAt {
        factor: ZOOM_STEP,
        anchor_frac: 0.5,
    };
    assert_eq!(key_command("+", false), Some(zoom_in));
    assert_eq!(key_command("=", false), Some(zoom_in));
    assert_eq!(
        key_command("-", false),
        Some(Command::ZoomAt {
            factor: 1.0 / ZOOM_STEP,
            anchor_frac: 0.5
        })
    );
    match (
        key_command("ArrowLeft", false),
        key_command("ArrowRight", true),
    ) {
        (Some(Command::PanFraction(l)), Some(Command::PanFraction(r))) => {
            assert!(
                l > 0.0 && r < 0.0 && r.abs() > l.abs(),
                "shift pans further: {l} {r}"
            );
        }
        other => panic!("arrows must pan: {other:?}"),
    }
    assert_eq!(key_command("Home", false), Some(Command::Home));
    assert_eq!(key_command("0", false), Some(Command::Whole));
    assert_eq!(key_command("Escape", false), Some(Command::Close));
    assert_eq!(key_command("a", false), None);
}

#[test]
fn a_press_becomes_a_drag_only_past_the_threshold_and_flings_on_a_quick_release() {
    let mut g = Gesture::default();
    g.down(1, 100.0, 50.0, 0.0);
    assert!(
        g.moved(1, 103.0, 50.0, 10.0, 1000.0).is_empty(),
        "3 px is still a tap"
    );
    assert_eq!(
        g.moved(1, 120.0, 50.0, 20.0, 1000.0),
        vec![Command::Pan { dx_px: 17.0 }]
    );
    assert_eq!(
        g.moved(1, 150.0, 50.0, 30.0, 1000.0),
        vec![Command::Pan { dx_px: 30.0 }]
    );
    let release = g.up(1, 40.0, false);
    assert!(release.was_drag);
    assert!(release.fling_px_per_ms.unwrap_or(0.0) > 1.0, "{release:?}");
    // A slow release (the finger rested) does not fling.
    g.down(1, 100.0, 50.0, 100.0);
    g.moved(1, 130.0, 50.0, 110.0, 1000.0);
    assert_eq!(g.up(1, 400.0, false).fling_px_per_ms, None);
}

#[test]
fn two_quick_touch_taps_are_a_double_tap_but_mouse_clicks_are_not() {
    let mut g = Gesture::default();
    g.down(1, 200.0, 50.0, 0.0);
    assert_eq!(g.up(1, 50.0, true).double_tap_x, None);
    g.down(2, 210.0, 52.0, 200.0);
    assert_eq!(g.up(2, 250.0, true).double_tap_x, Some(210.0));
    let mut m = Gesture::default();
    m.down(1, 200.0, 50.0, 0.0);
    m.up(1, 50.0, false);
    m.down(1, 200.0, 50.0, 100.0);
    assert_eq!(m.up(1, 150.0, false).double_tap_x, None);
}

fn state(width_px: f64) -> TimelineState {
    let view = View::new(0.0, 10_000.0);
    TimelineState {
        view,
        width_px,
        limits: Limits::for_extent(-1.0e6, 1.0e6),
        home: view,
        whole: view,
        open: None,
        lang: Lang::En,
        default_lang: Lang::En,
    }
}

fn date_at(s: &TimelineState, x_px: f64) -> f64 {
    s.view.scale(s.width_px).from_px(x_px)
}

#[test]
fn a_pinch_keeps_the_dates_under_both_fingers() {
    let width = 1000.0;
    let mut s = state(width);
    let events = EventTimes::default();
    let (d1, d2) = (date_at(&s, 400.0), date_at(&s, 600.0));
    let mut g = Gesture::default();
    g.down(1, 400.0, 300.0, 0.0);
    g.down(2, 600.0, 300.0, 5.0);
    // Each finger's move arrives as its own event, as browsers send them; the fingers also drift
    // to the left while spreading.
    let (mut x1, mut x2) = (400.0, 600.0);
    for step in 0..10 {
        x1 -= 25.0;
        for cmd in g.moved(1, x1, 300.0, 10.0 + step as f64, width) {
            s = reduce(&s, cmd, &events);
        }
        x2 += 5.0;
        for cmd in g.moved(2, x2, 300.0, 10.5 + step as f64, width) {
            s = reduce(&s, cmd, &events);
        }
    }
    let px_per_day = width / s.view.span_days;
    assert!(
        ((date_at(&s, x1) - d1) * px_per_day).abs() < 0.5,
        "finger 1 drifted"
    );
    assert!(
        ((date_at(&s, x2) - d2) * px_per_day).abs() < 0.5,
        "finger 2 drifted"
    );
    assert!(
        s.view.span_days < 10_000.0,
        "spreading the fingers zooms in"
    );
    // Lifting one finger turns the gesture back into a drag with the other.
    g.up(1, 30.0, true);
    assert_eq!(
        g.moved(2, x2 + 10.0, 300.0, 31.0, width),
        vec![Command::Pan { dx_px: 10.0 }]
    );
}
