//! The zoomable viewport: turns wheel, pointer, touch and key input into commands and holds
//! the era bands, the axis, the lanes and the markers.
use super::axis::Axis;
use super::context::Ctx;
use super::eras::Eras;
use super::markers::Markers;
use crate::browser::{dom, input};
use crate::core::command::Command;
use crate::core::input::{key_command, wheel_command, Gesture};
use leptos::html::Div;
use leptos::prelude::*;

/// Inertia: velocity halves roughly every 230 ms.
const FLING_DECAY_MS: f64 = 330.0;

#[component]
pub fn Stage(ctx: Ctx) -> impl IntoView {
    let el = NodeRef::<Div>::new();
    let gesture = StoredValue::new_local(Gesture::default());
    let observer = StoredValue::new_local(None::<dom::SizeObserver>);
    // The first state (a deep link's open event, say) was made before the stage had a width.
    let measured = StoredValue::new(false);
    el.on_load(move |div| {
        let obs = dom::observe_size(&div, move |w, h| {
            if w > 0.0 {
                ctx.dispatch(Command::Resize { width_px: w });
                ctx.height_px.set(h);
                // Now that the width is known, bring the open event into view again: on a
                // phone the room its title needs is a larger share of the view.
                if !measured.get_value() {
                    measured.set_value(true);
                    if let Some(i) = ctx.open.get_untracked() {
                        ctx.dispatch(Command::Open(i));
                    }
                }
            }
        });
        observer.set_value(obs);
    });
    on_cleanup(move || observer.update_value(|o| drop(o.take())));

    let on_wheel = move |ev: leptos::ev::WheelEvent| {
        let Some(div) = el.get_untracked() else {
            return;
        };
        ev.prevent_default();
        ctx.queue(wheel_command(&input::wheel(&ev, &div)));
    };
    let on_down = move |ev: leptos::ev::PointerEvent| {
        let Some(div) = el.get_untracked() else {
            return;
        };
        if !input::is_touch(&ev) && ev.button() != 0 {
            return;
        }
        ctx.animator.with_value(|a| a.stop());
        let (x, y) = input::pointer_xy(&ev, &div);
        gesture.update_value(|g| g.down(ev.pointer_id(), x, y, dom::now_ms()));
    };
    let on_move = move |ev: leptos::ev::PointerEvent| {
        let Some(div) = el.get_untracked() else {
            return;
        };
        let (x, y) = input::pointer_xy(&ev, &div);
        let width = ctx.state.with_untracked(|s| s.width_px);
        let mut cmds = Vec::new();
        let mut dragging = false;
        gesture.update_value(|g| {
            cmds = g.moved(ev.pointer_id(), x, y, dom::now_ms(), width);
            dragging = g.is_dragging();
        });
        if dragging {
            input::capture(&div, ev.pointer_id());
        }
        for cmd in cmds {
            ctx.queue(cmd);
        }
    };
    let on_up = move |ev: leptos::ev::PointerEvent| {
        let Some(div) = el.get_untracked() else {
            return;
        };
        let touch = input::is_touch(&ev);
        let mut release = Default::default();
        gesture.update_value(|g| release = g.up(ev.pointer_id(), dom::now_ms(), touch));
        let release: crate::core::input::Release = release;
        if release.was_drag {
            ctx.suppress_click.set(true);
            gloo::timers::callback::Timeout::new(0, move || ctx.suppress_click.set(false)).forget();
        }
        if let Some(v) = release.fling_px_per_ms.filter(|_| !ctx.reduced_motion) {
            fling(ctx, v);
        }
        if let Some(x) = release.double_tap_x {
            let width = dom::rect(&div).2.max(1.0);
            ctx.dispatch_smooth(Command::ZoomAt {
                factor: 2.0,
                anchor_frac: x / width,
            });
        }
    };
    let on_dblclick = move |ev: leptos::ev::MouseEvent| {
        let Some(div) = el.get_untracked() else {
            return;
        };
        let anchor_frac = input::x_frac(ev.client_x(), &div);
        ctx.dispatch_smooth(Command::ZoomAt {
            factor: 2.0,
            anchor_frac,
        });
    };
    let on_key = move |ev: leptos::ev::KeyboardEvent| {
        if ev.ctrl_key() || ev.alt_key() || ev.meta_key() {
            return;
        }
        // Enter on the stage itself goes to its first event (the hint says Enter opens one).
        if ev.key() == "Enter" && dom::event_on_itself(&ev) {
            if let Some(div) = el.get_untracked() {
                ev.prevent_default();
                dom::focus_in(&div, ".tk-marker");
            }
            return;
        }
        if let Some(cmd) = key_command(&ev.key(), ev.shift_key()) {
            if cmd == Command::Close {
                return; // Escape is the root's: it also closes the image viewer.
            }
            ev.prevent_default();
            match cmd {
                Command::PanFraction(_) => ctx.dispatch(cmd),
                _ => ctx.dispatch_smooth(cmd),
            }
        }
    };
    let lanes = move || {
        let top = ctx.lanes_top_px();
        let h = ctx.lane_height_px();
        ctx.data.with_value(|d| {
            d.file
                .lanes
                .iter()
                .enumerate()
                .map(|(i, lane)| {
                    let title = lane.title.clone();
                    let style = format!("top:{}px;height:{}px", top + i as f64 * h, h);
                    view! {
                        <div class="tk-lane" class:tk-lane-alt=i % 2 == 1 style=style>
                            <span class="tk-lane-label">{move || ctx.text(&title)}</span>
                        </div>
                    }
                })
                .collect_view()
        })
    };
    view! {
        <div
            class="tk-viewport"
            node_ref=el
            tabindex="0"
            role="group"
            aria-roledescription="timeline"
            aria-label=move || ctx.loc().t("help").to_string()
            data-start-days=move || ctx.state.with(|s| s.view.start_days.to_string())
            data-span-days=move || ctx.state.with(|s| s.view.span_days.to_string())
            data-width-px=move || ctx.state.with(|s| s.width_px.to_string())
            on:wheel=on_wheel
            on:pointerdown=on_down
            on:pointermove=on_move
            on:pointerup=on_up
            on:pointercancel=on_up
            on:dblclick=on_dblclick
            on:keydown=on_key
            class:tk-lanes-shifted=move || { ctx.lane_shift_px() > 0.0 }
            style:--tk-lanes-clip=move || format!("{}px", ctx.axis_bottom_px())
            style:min-height=format!("{}px", ctx.min_stage_px())
        >
            <Eras ctx=ctx />
            <div class="tk-lanes">{lanes}</div>
            <Axis ctx=ctx />
            <Markers ctx=ctx />
        </div>
    }
}

/// Keep panning after a flick, slowing down smoothly.
fn fling(ctx: Ctx, velocity_px_per_ms: f64) {
    let mut v = velocity_px_per_ms;
    let mut last = dom::now_ms();
    ctx.animator.with_value(|a| {
        a.run(move |_| {
            let now = dom::now_ms();
            let dt = (now - last).clamp(1.0, 50.0);
            last = now;
            let before = ctx.state.with_untracked(|s| s.view);
            ctx.apply([Command::Pan { dx_px: v * dt }]);
            v *= (-dt / FLING_DECAY_MS).exp();
            // Stop at an edge or when the motion is too slow to see.
            v.abs() > 0.02 && ctx.state.with_untracked(|s| s.view) != before
        })
    });
}
