//! Full-screen image with zoom (buttons, wheel, keyboard) and panning (drag, or scroll when
//! zoomed); Escape, Close or a click beside the image returns.
use super::card_media::safe_src;
use super::context::Ctx;
use crate::browser::dom;
use leptos::html::Div;
use leptos::prelude::*;

#[component]
pub fn ImageViewer(ctx: Ctx) -> impl IntoView {
    let zoom = RwSignal::new(1.0_f64);
    let el = NodeRef::<Div>::new();
    // Where focus was before the viewer opened (the image button), to give it back on close.
    let opener = StoredValue::new_local(None::<dom::SavedFocus>);
    Effect::new(move |_| {
        if ctx.image.get().is_some() {
            zoom.set(1.0);
            opener.set_value(dom::save_focus());
            if let Some(div) = el.get_untracked() {
                dom::focus_in(&div, ".tk-viewer-close");
            }
        } else if let Some(saved) = opener.try_update_value(|o| o.take()).flatten() {
            saved.restore();
        }
    });
    let medium = move || {
        let id = ctx.image.get()?;
        ctx.data
            .with_value(|d| d.file.media.iter().find(|m| m.id == id).cloned())
    };
    let set_zoom = move |f: f64| zoom.update(|z| *z = (*z * f).clamp(1.0, 8.0));
    let stage = NodeRef::<Div>::new();
    // Dragging a zoomed image pans it (the stage scrolls); a click beside the image closes.
    let drag = StoredValue::new(None::<(i32, i32)>);
    let on_down = move |ev: leptos::ev::PointerEvent| {
        if ev.pointer_type() == "mouse" && zoom.get_untracked() > 1.0 {
            drag.set_value(Some((ev.client_x(), ev.client_y())));
        }
    };
    let on_move = move |ev: leptos::ev::PointerEvent| {
        if let (Some((x, y)), Some(div)) = (drag.get_value(), stage.get_untracked()) {
            let (nx, ny) = (ev.client_x(), ev.client_y());
            dom::scroll_by(&div, x - nx, y - ny);
            drag.set_value(Some((nx, ny)));
        }
    };
    let on_up = move |_| drag.set_value(None);
    let on_backdrop = move |ev: leptos::ev::MouseEvent| {
        if dom::event_on_itself(&ev) {
            ctx.image.set(None);
        }
    };
    let on_wheel = move |ev: leptos::ev::WheelEvent| {
        ev.prevent_default();
        set_zoom((-ev.delta_y() * 0.002).exp());
    };
    let on_key = move |ev: leptos::ev::KeyboardEvent| match ev.key().as_str() {
        "+" | "=" => set_zoom(1.25),
        "-" => set_zoom(0.8),
        // A modal dialog: Tab cycles through its own buttons only.
        "Tab" => {
            ev.prevent_default();
            if let Some(div) = el.get_untracked() {
                dom::cycle_focus(&div, ev.shift_key());
            }
        }
        _ => {}
    };
    view! {
        // tabindex: a click anywhere in the dialog keeps focus in it, so Escape still closes it.
        <div class="tk-viewer" node_ref=el hidden=move || ctx.image.get().is_none() role="dialog" aria-modal="true" tabindex="-1"
            aria-label=move || medium().map(|m| ctx.text(&m.caption)).unwrap_or_default()
            on:keydown=on_key>
            <div class="tk-viewer-bar">
                <button type="button" class="tk-btn tk-icon-btn" aria-label=move || ctx.loc().t("zoom_in").to_string() on:click=move |_| set_zoom(1.25)>"+"</button>
                <button type="button" class="tk-btn tk-icon-btn" aria-label=move || ctx.loc().t("zoom_out").to_string() on:click=move |_| set_zoom(0.8)>"−"</button>
                <button type="button" class="tk-btn tk-viewer-close" on:click=move |_| ctx.image.set(None)>{move || ctx.loc().t("close_image")}</button>
            </div>
            <div class="tk-viewer-stage" node_ref=stage on:wheel=on_wheel on:click=on_backdrop
                on:pointerdown=on_down on:pointermove=on_move on:pointerup=on_up on:pointercancel=on_up>
                {move || medium().map(|m| {
                    // As large as the screen allows at its own proportions; zoom enlarges the
                    // layout box, so the stage can scroll to every part of it.
                    let (w, h) = (m.width.max(1), m.height.max(1));
                    view! {
                        <img
                            src=safe_src(&m.file).unwrap_or_default()
                            alt=ctx.text(&m.alt)
                            draggable="false"
                            style=move || format!(
                                "width:min(94vw, calc(78vh * {w} / {h}));aspect-ratio:{w} / {h};zoom:{}",
                                zoom.get()
                            )
                        />
                    }
                })}
            </div>
            <p class="tk-viewer-caption">{move || medium().map(|m| format!("{} — {}", ctx.text(&m.caption), ctx.text(&m.credit)))}</p>
        </div>
    }
}
