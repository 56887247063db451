//! Stage geometry shared by the app and the first-paint sketch (core::metrics), and the first
//! state both start from (Prepared::initial_state, Prepared::home_label).
use std::path::Path;
use tarikh::content::load_content;
use tarikh::content::prepared::Prepared;
use tarikh::core::i18n::Lang;
use tarikh::core::metrics::{rows_for, Metrics};
use tarikh::core::url_state::{parse_hash, UrlState};

fn flagship() -> Prepared {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("public/content/aymautov.json");
    let text = std::fs::read_to_string(path).expect("flagship pack");
    Prepared::new(load_content(&text).expect("flagship loads").content)
}

#[test]
fn touch_screens_get_44px_targets_and_kiosks_larger_text() {
    let mouse = Metrics::for_device(false, false);
    let touch = Metrics::for_device(true, false);
    let kiosk = Metrics::for_device(true, true);
    assert!(touch.marker_px >= 44.0 && touch.row_px - 6.0 >= 44.0);
    assert!(mouse.row_px < touch.row_px);
    assert_eq!(mouse.text_scale, 1.0);
    assert!(kiosk.text_scale > 1.0);
    // Layout widths follow the text size.
    let (a, b) = (
        mouse.layout_params(5, 2, None),
        kiosk.layout_params(5, 2, None),
    );
    assert!(b.char_px > a.char_px && b.label_max_px > a.label_max_px);
    assert_eq!(a.marker_px, mouse.marker_px);
    assert_eq!(b.pinned, None);
    assert_eq!(mouse.layout_params(5, 2, Some(7)).pinned, Some(7));
}

#[test]
fn markers_sit_in_their_lane_and_row() {
    let m = Metrics::for_device(false, false);
    let lane_h = m.lane_px(2);
    let top = m.marker_top_px(68.0, lane_h, 1, 1);
    assert_eq!(top, 68.0 + lane_h + m.lane_label_px + m.row_px);
    // Every row of labelled markers and the cluster row fit inside the lane.
    for rows in 1..=4 {
        let h = m.lane_px(rows);
        let last = m.marker_top_px(0.0, h, 0, rows) + m.row_px;
        assert!(
            last <= h + 0.001,
            "{rows} rows: the cluster row ends at {last} in {h}"
        );
    }
}

#[test]
fn the_minimum_stage_shows_every_lane_below_the_axis() {
    for coarse in [false, true] {
        let m = Metrics::for_device(coarse, false);
        let lanes = 5;
        let min = m.min_stage_px(3, lanes);
        assert_eq!(min, m.era_row_px + m.axis_px + lanes as f64 * m.lane_px(1));
        // At that height every lane still gets a row of markers.
        assert!(rows_for(lanes, min, 1, &m) >= 1);
        // And only one row of era labels: three need a roomy stage.
        assert_eq!(m.era_label_rows(3, lanes, min), 1);
        assert_eq!(m.era_label_rows(3, lanes, 1400.0), 3);
        assert_eq!(
            m.era_label_rows(2, lanes, 1400.0),
            2,
            "never more rows than eras need"
        );
        assert_eq!(m.era_label_rows(0, lanes, 1400.0), 0);
    }
}

#[test]
fn the_first_state_is_the_default_view_or_the_deep_link() {
    let d = flagship();
    let plain = d.initial_state(None, &UrlState::default());
    assert_eq!(plain.open, None);
    assert_eq!(plain.lang, d.default_lang);
    assert_eq!(plain.view, d.home.constrain(&d.limits, 0.5));
    let ru = d.initial_state(Some(Lang::Ru), &UrlState::default());
    assert_eq!(ru.lang, Lang::Ru, "a host's data-lang");
    let link = parse_hash("#event=execution&lang=kk");
    let linked = d.initial_state(Some(Lang::Ru), &link);
    assert_eq!(
        linked.lang,
        Lang::Kk,
        "the link's language wins over the host's"
    );
    let i = d.event_index("execution").expect("execution event");
    assert_eq!(linked.open, Some(i));
    let (start, end) = d.times.ranges[i];
    assert!(linked.view.start_days <= start && linked.view.end_days() >= end);
    // A broken link falls back to the default view.
    let broken = d.initial_state(None, &parse_hash("#event=nope&from=zzz"));
    assert_eq!(broken.open, None);
    assert_eq!(broken.view, plain.view);
}

#[test]
fn the_home_preset_is_named_by_its_years_in_each_language() {
    let d = flagship();
    assert_eq!(d.home_label(Lang::En), "1888–1931");
    assert_eq!(d.home_label(Lang::Ru), "1888–1931");
    assert_eq!(d.home_label(Lang::Kk), "1888–1931");
}

#[test]
fn the_lanes_fit_below_the_era_labels_and_the_axis() {
    // At any stage height from the minimum up, every lane with the rows it is given ends inside
    // the stage (with three rows of era labels on a tall one too).
    for coarse in [false, true] {
        let m = Metrics::for_device(coarse, false);
        for lanes in [1, 3, 5, 8] {
            for era_rows in [0, 1, 3, 6] {
                let min = m.min_stage_px(era_rows, lanes);
                let mut height = min;
                while height < 2400.0 {
                    let stage = m.stage_rows(era_rows, lanes, height);
                    let (labels, rows) = (stage.era_label_rows, stage.rows);
                    assert_eq!(labels, m.era_label_rows(era_rows, lanes, height));
                    assert_eq!(rows, rows_for(lanes, height, labels, &m));
                    let bottom = m.axis_bottom_px(labels) + lanes as f64 * m.lane_px(rows);
                    assert_eq!(
                        m.axis_bottom_px(labels),
                        labels as f64 * m.era_row_px + m.axis_px
                    );
                    // One row of markers is always given, so only a stage at its minimum may be
                    // exactly full; above it the lanes never run past the bottom.
                    assert!(
                        bottom <= height.max(min) + 0.001,
                        "coarse {coarse}, {lanes} lanes, {era_rows} era rows, {height} px: \
                         lanes end at {bottom} ({labels} label rows, {rows} rows)"
                    );
                    height += 7.0;
                }
            }
        }
    }
}

#[test]
fn the_overview_strip_places_bars_and_the_view_window_in_percent() {
    let d = flagship();
    let (left, width) = d.window_pct(&d.whole());
    assert!(
        left.abs() < 1e-9 && (width - 100.0).abs() < 1e-9,
        "{left} {width}"
    );
    let (left, width) = d.window_pct(&d.home);
    assert!(left >= 0.0 && width > 0.0 && left + width <= 100.0 + 1e-9);
    // A view partly outside the extent is clamped to the strip.
    let wide = tarikh::core::view::View::new(d.extent.0 - 10_000.0, 20_000.0);
    let (left, width) = d.window_pct(&wide);
    assert_eq!(left, 0.0);
    assert!(width <= 100.0);
    let bars: Vec<_> = d.density_bars().collect();
    assert!(!bars.is_empty());
    assert!(
        bars.windows(2).all(|w| w[0].0 < w[1].0),
        "bars run left to right"
    );
    for (left, width, height) in bars {
        assert!((0.0..100.0).contains(&left) && width > 0.0);
        assert!((15.0..=100.0).contains(&height), "{height}");
    }
}
