//! Browser unit tests (wasm-bindgen-test in headless Chromium):
//! `CHROMEDRIVER=/usr/bin/chromedriver cargo test --target wasm32-unknown-unknown --test web`
//! (`make test-web`). They mount real timelines into real elements and drive them with real DOM
//! events, reading the view back from the viewport's `data-start-days` / `data-span-days` /
//! `data-width-px` attributes (the public DOM contract).
#![cfg(target_arch = "wasm32")]

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use web_sys::{Element, HtmlElement, WheelEvent, WheelEventInit};

wasm_bindgen_test_configure!(run_in_browser);

/// A small, stable content pack (three events, 1888–1931 initial view) so these tests do not move
/// when the flagship content is edited.
const CONTENT: &str = include_str!("fixtures/web-mini.json");

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// Resolves after `ms` milliseconds (a Promise around setTimeout).
async fn sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _reject| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms)
            .unwrap();
    });
    JsFuture::from(promise).await.unwrap();
}

/// A fresh host element of the given width, attached to the page.
fn host(width_px: u32) -> HtmlElement {
    let el: HtmlElement = document().create_element("div").unwrap().unchecked_into();
    el.style()
        .set_property("width", &format!("{width_px}px"))
        .unwrap();
    el.style().set_property("height", "480px").unwrap();
    document().body().unwrap().append_child(&el).unwrap();
    el
}

#[derive(Debug, Clone, Copy, PartialEq)]
struct View {
    start_days: f64,
    span_days: f64,
    width_px: f64,
}

fn attr_f64(el: &Element, name: &str) -> Option<f64> {
    el.get_attribute(name)?.parse().ok()
}

fn viewport(host: &HtmlElement) -> Option<HtmlElement> {
    host.query_selector(".tk-viewport")
        .unwrap()
        .map(|e| e.unchecked_into())
}

fn view(host: &HtmlElement) -> Option<View> {
    let vp = viewport(host)?;
    Some(View {
        start_days: attr_f64(&vp, "data-start-days")?,
        span_days: attr_f64(&vp, "data-span-days")?,
        width_px: attr_f64(&vp, "data-width-px")?,
    })
}

/// Waits (up to ~10 s) until the host shows a viewport whose `data-width-px` equals its measured
/// width (the app measures asynchronously, e.g. with a ResizeObserver), then returns its view.
async fn ready(host: &HtmlElement) -> View {
    let mut last = None;
    for _ in 0..200 {
        if let (Some(v), Some(vp)) = (view(host), viewport(host)) {
            let measured = vp.get_bounding_client_rect().width();
            if v.span_days > 0.0 && measured > 0.0 && (v.width_px - measured).abs() <= 1.0 {
                return v;
            }
            last = Some((v, measured));
        }
        sleep(50).await;
    }
    panic!(
        "timeline did not render a measured .tk-viewport (last view and measured width: {last:?}); host HTML: {}",
        host.inner_html()
    );
}

/// Waits until the view differs from `before` and then stops changing (animations settle).
async fn settled_change(host: &HtmlElement, before: View) -> View {
    let mut last = before;
    let mut changed = false;
    let mut stable_reads = 0;
    for _ in 0..120 {
        sleep(50).await;
        let now = view(host).expect("viewport disappeared");
        if now != before {
            changed = true;
        }
        if changed && now == last {
            stable_reads += 1;
            if stable_reads >= 3 {
                return now;
            }
        } else {
            stable_reads = 0;
        }
        last = now;
    }
    assert!(changed, "the view never changed from {before:?}");
    last
}

fn button_named(host: &HtmlElement, name: &str) -> HtmlElement {
    let buttons = host.query_selector_all("button").unwrap();
    for i in 0..buttons.length() {
        let b: HtmlElement = buttons.item(i).unwrap().unchecked_into();
        let label = b.get_attribute("aria-label").unwrap_or_default();
        let text = b.text_content().unwrap_or_default();
        if label.trim() == name || text.trim() == name {
            return b;
        }
    }
    panic!("no button named {name:?} in host");
}

#[wasm_bindgen_test]
async fn two_hosts_are_independent() {
    let first = host(800);
    let second = host(600);
    let _mounted = (
        tarikh::mount_with_content(first.clone(), CONTENT, None),
        tarikh::mount_with_content(second.clone(), CONTENT, Some("ru")),
    );
    let first_before = ready(&first).await;
    let second_before = ready(&second).await;
    assert!(
        (first_before.width_px - 800.0).abs() <= 2.0,
        "{first_before:?}"
    );
    assert!(
        (second_before.width_px - 600.0).abs() <= 2.0,
        "{second_before:?}"
    );
    assert_eq!(
        first.query_selector_all(".tk-viewport").unwrap().length(),
        1,
        "each host holds exactly its own timeline"
    );

    button_named(&first, "Zoom in").click();
    let first_after = settled_change(&first, first_before).await;
    sleep(200).await;
    let second_after = view(&second).unwrap();

    assert!(
        first_after.span_days < first_before.span_days * 0.95,
        "Zoom in narrows the first: {first_before:?} -> {first_after:?}"
    );
    assert_eq!(
        second_after, second_before,
        "the second timeline must not move when the first zooms"
    );
    first.remove();
    second.remove();
}

#[wasm_bindgen_test]
async fn wheel_zoom_keeps_the_date_under_the_pointer() {
    let el = host(1000);
    let _mounted = tarikh::mount_with_content(el.clone(), CONTENT, None);
    let before = ready(&el).await;
    let vp = viewport(&el).unwrap();
    let rect = vp.get_bounding_client_rect();

    // Pointer at 25% of the viewport's width (an integer clientX, as real events have).
    let client_x = (rect.left() + 0.25 * rect.width()).round() as i32;
    let client_y = (rect.top() + rect.height() / 2.0) as i32;
    let x_px = f64::from(client_x) - rect.left();
    let day_under_pointer = before.start_days + x_px / before.width_px * before.span_days;

    let init = WheelEventInit::new();
    init.set_bubbles(true);
    init.set_cancelable(true);
    init.set_client_x(client_x);
    init.set_client_y(client_y);
    init.set_delta_mode(0); // pixels
    init.set_delta_y(-120.0); // negative = zoom in
    let wheel = WheelEvent::new_with_event_init_dict("wheel", &init).unwrap();
    vp.dispatch_event(&wheel).unwrap();

    let after = settled_change(&el, before).await;
    assert!(
        after.span_days < before.span_days,
        "a wheel with negative deltaY zooms in: {before:?} -> {after:?}"
    );
    let x_after_px = (day_under_pointer - after.start_days) / after.span_days * after.width_px;
    assert!(
        (x_after_px - x_px).abs() <= 1.0,
        "the date under the pointer moved from {x_px:.2} px to {x_after_px:.2} px ({before:?} -> {after:?})"
    );
    el.remove();
}

/// Label widths are measured in the element's own font: bold is wider than regular, a longer
/// text is wider, a larger font is wider, and the same text measures the same twice (cache).
#[wasm_bindgen_test]
fn text_width_follows_the_elements_font() {
    use tarikh::browser::text_width::{font_of, text_px};
    let el = host(400);
    el.style().set_property("font-size", "13px").unwrap();
    el.style()
        .set_property("font-family", "sans-serif")
        .unwrap();
    let bold = font_of(&el, "700").expect("a font for an element in the page");
    let normal = font_of(&el, "400").unwrap();
    assert!(bold.starts_with("700 13px"), "{bold}");
    let w = |font: &str, text: &str| text_px(font, text).expect("canvas measures text");
    let label = "1890 жылдар";
    assert!(w(&normal, label) > 40.0, "{}", w(&normal, label));
    assert!(w(&bold, label) > w(&normal, label));
    assert!(w(&normal, "1890 жылдар, 1900") > w(&normal, label));
    assert_eq!(w(&bold, label), w(&bold, label));
    el.style().set_property("font-size", "26px").unwrap();
    let big = font_of(&el, "400").unwrap();
    assert!(w(&big, label) > 1.8 * w(&normal, label));
    el.remove();
}

/// The first-paint sketch reads content with `JSON.parse` instead of serde: it must take from the
/// flagship exactly what the app's own loader takes for drawing (titles, lanes, eras, dates).
#[wasm_bindgen_test]
fn sketch_reads_the_flagship_as_the_app_does() {
    use tarikh::browser::sketch_json::sketch_content;
    let text = include_str!("../public/content/aymautov.json");
    let app = tarikh::content::load_quick(text).expect("the flagship loads");
    let json = js_sys::JSON::parse(text).unwrap();
    let sketch = sketch_content(&json).expect("the sketch reads the flagship");
    assert_eq!(sketch.title, app.title);
    assert_eq!(sketch.subtitle, app.subtitle);
    assert_eq!(
        (
            &sketch.extent,
            &sketch.initial_view,
            &sketch.default_language
        ),
        (&app.extent, &app.initial_view, &app.default_language)
    );
    assert_eq!(sketch.lanes, app.lanes);
    assert_eq!(sketch.eras.len(), app.eras.len());
    for (s, a) in sketch.eras.iter().zip(&app.eras) {
        assert_eq!((&s.id, &s.title, &s.date), (&a.id, &a.title, &a.date));
    }
    assert_eq!(sketch.events.len(), app.events.len());
    for (s, a) in sketch.events.iter().zip(&app.events) {
        assert_eq!(
            (&s.id, &s.date, &s.lane, &s.title, s.importance),
            (&a.id, &a.date, &a.lane, &a.title, a.importance)
        );
        assert_eq!(s.alternatives.len(), a.alternatives.len(), "{}", a.id);
    }
    // Not a tarikh/1 file (a TimelineJS3 one, say): the sketch leaves it to the app.
    let other =
        js_sys::JSON::parse(r#"{"events": [], "title": {"text": {"headline": "x"}}}"#).unwrap();
    assert!(sketch_content(&other).is_none());
}
