//! The whole extent at a glance: where events are dense, and a draggable window for the view.
use super::context::Ctx;
use crate::browser::input;
use crate::core::command::Command;
use crate::core::date::days_to_civil;
use crate::core::date_format::year_text;
use crate::core::view::View;
use leptos::html::Div;
use leptos::prelude::*;

#[component]
pub fn Overview(ctx: Ctx) -> impl IntoView {
    let track = NodeRef::<Div>::new();
    let dragging = StoredValue::new_local(None::<f64>);
    let extent = ctx.data.with_value(|d| d.extent);
    let extent_span = (extent.1 - extent.0).max(1.0);
    let frac = move |t: f64| (t - extent.0) / extent_span;
    let window_style = move || {
        let v = ctx.state.with(|s| s.view);
        let (left, width) = ctx.data.with_value(|d| d.window_pct(&v));
        format!("left:{left:.3}%;width:max({width:.3}%, 12px)")
    };
    // Centre the view on the clicked or dragged point of the strip.
    let centre_at = move |client_x: i32, grab_offset_frac: f64| {
        let Some(el) = track.get_untracked() else {
            return;
        };
        let f = input::x_frac(client_x, &el) - grab_offset_frac;
        let span = ctx.state.with_untracked(|s| s.view.span_days);
        let centre = extent.0 + f * extent_span;
        ctx.queue(Command::SetView(View::new(centre - span / 2.0, span)));
    };
    let on_down = move |ev: leptos::ev::PointerEvent| {
        let Some(el) = track.get_untracked() else {
            return;
        };
        ev.prevent_default();
        let f = input::x_frac(ev.client_x(), &el);
        let v = ctx.state.with_untracked(|s| s.view);
        let centre_f = frac(v.center_days());
        let inside = f >= frac(v.start_days) && f <= frac(v.end_days());
        // Grabbing the window keeps the grab point under the finger; elsewhere jumps there.
        let offset = if inside { f - centre_f } else { 0.0 };
        dragging.set_value(Some(offset));
        input::capture(&el, ev.pointer_id());
        centre_at(ev.client_x(), offset);
    };
    let on_move = move |ev: leptos::ev::PointerEvent| {
        if let Some(offset) = dragging.get_value() {
            centre_at(ev.client_x(), offset);
        }
    };
    let on_up = move |_| dragging.set_value(None);
    let on_key = move |ev: leptos::ev::KeyboardEvent| {
        let step = match ev.key().as_str() {
            "ArrowLeft" | "ArrowDown" => 1.0,
            "ArrowRight" | "ArrowUp" => -1.0,
            "PageUp" => -4.0,
            "PageDown" => 4.0,
            _ => return,
        };
        ev.prevent_default();
        ctx.dispatch(Command::PanFraction(step * 0.25));
    };
    let bars = ctx.data.with_value(|d| {
        d.density_bars()
            .map(|(left, width, height)| {
                let style = format!("left:{left:.3}%;width:{width:.3}%;height:{height:.0}%");
                view! { <span class="tk-density" style=style></span> }
            })
            .collect_view()
    });
    let value_text = move || {
        let v = ctx.state.with(|s| s.view);
        let lang = ctx.lang();
        format!(
            "{}–{}",
            year_text(days_to_civil(v.start_days).0, lang),
            year_text(days_to_civil(v.end_days()).0, lang)
        )
    };
    let start_label = move || year_text(days_to_civil(extent.0).0, ctx.lang());
    let end_label = move || year_text(days_to_civil(extent.1 - 1.0).0, ctx.lang());
    view! {
        <div class="tk-overview" aria-label=move || ctx.loc().t("overview").to_string() role="group">
            <span class="tk-overview-end" aria-hidden="true">{start_label}</span>
            <div
                class="tk-overview-track"
                node_ref=track
                on:pointerdown=on_down
                on:pointermove=on_move
                on:pointerup=on_up
                on:pointercancel=on_up
            >
                {bars}
                <div
                    class="tk-overview-window"
                    role="slider"
                    tabindex="0"
                    aria-label=move || ctx.loc().t("overview_window").to_string()
                    aria-valuetext=value_text
                    aria-valuemin=move || format!("{:.0}", extent.0)
                    aria-valuemax=move || format!("{:.0}", extent.1)
                    aria-valuenow=move || ctx.state.with(|s| format!("{:.0}", s.view.center_days()))
                    style=window_style
                    on:keydown=on_key
                ></div>
            </div>
            <span class="tk-overview-end" aria-hidden="true">{end_label}</span>
        </div>
    }
}
