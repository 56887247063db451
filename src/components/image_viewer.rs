//! Full-screen image with zoom: buttons, wheel and keyboard; Escape or Close returns.
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
        <div class="tk-viewer" node_ref=el hidden=move || ctx.image.get().is_none() role="dialog" aria-modal="true"
            aria-label=move || medium().map(|m| ctx.text(&m.caption)).unwrap_or_default()
            on:keydown=on_key>
            <div class="tk-viewer-bar">
                <button type="button" class="tk-btn tk-icon-btn" aria-label=move || ctx.loc().t("zoom_in").to_string() on:click=move |_| set_zoom(1.25)>"+"</button>
                <button type="button" class="tk-btn tk-icon-btn" aria-label=move || ctx.loc().t("zoom_out").to_string() on:click=move |_| set_zoom(0.8)>"−"</button>
                <button type="button" class="tk-btn tk-viewer-close" on:click=move |_| ctx.image.set(None)>{move || ctx.loc().t("close_image")}</button>
            </div>
            <div class="tk-viewer-stage" on:wheel=on_wheel>
                {move || medium().map(|m| view! {
                    <img
                        src=safe_src(&m.file).unwrap_or_default()
                        alt=ctx.text(&m.alt)
                        style=move || format!("transform:scale({})", zoom.get())
                    />
                })}
            </div>
            <p class="tk-viewer-caption">{move || medium().map(|m| format!("{} — {}", ctx.text(&m.caption), ctx.text(&m.credit)))}</p>
        </div>
    }
}
