//! Reads browser input events into the pure input types of `core::input`.
use crate::core::input::Wheel;
use web_sys::{Element, PointerEvent, WheelEvent};

use super::dom::rect;

pub fn wheel(ev: &WheelEvent, el: &Element) -> Wheel {
    let (left, _, width, _) = rect(el);
    Wheel {
        delta_x: ev.delta_x(),
        delta_y: ev.delta_y(),
        delta_mode: ev.delta_mode(),
        ctrl: ev.ctrl_key() || ev.meta_key(),
        shift: ev.shift_key(),
        x_frac: ((ev.client_x() as f64 - left) / width.max(1.0)).clamp(0.0, 1.0),
        width_px: width,
    }
}

/// Pointer position relative to the element's top-left corner.
pub fn pointer_xy(ev: &PointerEvent, el: &Element) -> (f64, f64) {
    let (left, top, _, _) = rect(el);
    (ev.client_x() as f64 - left, ev.client_y() as f64 - top)
}

pub fn is_touch(ev: &PointerEvent) -> bool {
    ev.pointer_type() == "touch"
}

pub fn capture(el: &Element, pointer_id: i32) {
    let _ = el.set_pointer_capture(pointer_id);
}

/// Client x of a mouse event relative to an element, as a fraction of its width.
pub fn x_frac(client_x: i32, el: &Element) -> f64 {
    let (left, _, width, _) = rect(el);
    ((client_x as f64 - left) / width.max(1.0)).clamp(0.0, 1.0)
}
