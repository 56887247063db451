//! Zoom buttons, view presets and the language switcher.
use super::context::Ctx;
use crate::core::command::{Command, ZOOM_STEP};
use crate::core::i18n::Lang;
use leptos::prelude::*;

#[component]
pub fn Toolbar(ctx: Ctx) -> impl IntoView {
    let zoom = move |factor: f64| {
        ctx.dispatch_smooth(Command::ZoomAt {
            factor,
            anchor_frac: 0.5,
        })
    };
    let at_min = move || {
        ctx.state
            .with(|s| s.view.span_days <= s.limits.min_span_days * 1.0001)
    };
    let at_max = move || {
        ctx.state
            .with(|s| s.view.span_days >= s.limits.max_span_days * 0.9999)
    };
    let langs = Lang::ALL
        .into_iter()
        .map(|lang| {
            let pressed = move || (ctx.lang() == lang).to_string();
            view! {
                <button
                    type="button"
                    class="tk-btn tk-lang"
                    lang=lang.code()
                    aria-pressed=pressed
                    on:click=move |_| ctx.dispatch(Command::SetLang(lang))
                >
                    {lang.endonym()}
                </button>
            }
        })
        .collect_view();
    view! {
        <div class="tk-toolbar">
            // Views first, then zoom beside the languages: on a phone the toolbar takes two rows.
            <div class="tk-group tk-presets" role="group" aria-label=move || ctx.loc().t("view_presets").to_string()>
                <button type="button" class="tk-btn" on:click=move |_| ctx.dispatch_smooth(Command::Home)>
                    {move || ctx.data.with_value(|d| d.home_label(ctx.lang()))}
                </button>
                <button type="button" class="tk-btn" on:click=move |_| ctx.dispatch_smooth(Command::Whole)>
                    {move || ctx.loc().t("whole_story")}
                </button>
                <button type="button" class="tk-btn" on:click=move |_| ctx.dispatch_smooth(Command::Reset)>
                    {move || ctx.loc().t("reset")}
                </button>
            </div>
            <div class="tk-group tk-zoom" role="group" aria-label=move || ctx.loc().t("zoom").to_string()>
                <button
                    type="button"
                    class="tk-btn tk-icon-btn"
                    aria-label=move || ctx.loc().t("zoom_in").to_string()
                    title=move || ctx.loc().t("zoom_in").to_string()
                    aria-disabled=move || at_min().to_string()
                    on:click=move |_| zoom(ZOOM_STEP)
                >
                    <span aria-hidden="true">"+"</span>
                </button>
                <button
                    type="button"
                    class="tk-btn tk-icon-btn"
                    aria-label=move || ctx.loc().t("zoom_out").to_string()
                    title=move || ctx.loc().t("zoom_out").to_string()
                    aria-disabled=move || at_max().to_string()
                    on:click=move |_| zoom(1.0 / ZOOM_STEP)
                >
                    <span aria-hidden="true">"−"</span>
                </button>
            </div>
            <div class="tk-group tk-langs" role="group" aria-label=move || ctx.loc().t("language").to_string()>
                {langs}
            </div>
        </div>
    }
}
