//! One timeline: header, toolbar, stage, overview, legend and the event card.
use super::card::EventCard;
use super::context::Ctx;
use super::image_viewer::ImageViewer;
use super::legend::Legend;
use super::overview::Overview;
use super::stage::Stage;
use super::toolbar::Toolbar;
use crate::browser::url;
use crate::content::prepared::Prepared;
use crate::core::command::{reduce, Command};
use crate::core::i18n::Lang;
use crate::core::url_state::UrlState;
use crate::core::view::View;
use leptos::prelude::*;
use std::rc::Rc;

#[component]
pub fn Timeline(
    data: Rc<Prepared>,
    lang: Option<Lang>,
    url_sync: bool,
    idle_s: Option<u32>,
) -> impl IntoView {
    let link = if url_sync {
        url::read_hash()
    } else {
        UrlState::default()
    };
    let ctx = Ctx::new(data.clone(), data.initial_state(lang, &link));
    if url_sync {
        keep_url_in_sync(ctx);
    }
    let title = data.file.title.clone();
    let subtitle = data.file.subtitle.clone();
    let region_label = move || {
        let t = ctx.text(&title);
        ctx.loc().tf("timeline_label", &[("title", &t)])
    };
    let heading = {
        let title = data.file.title.clone();
        move || ctx.text(&title)
    };
    let sub = move || subtitle.as_ref().map(|s| ctx.text(s)).unwrap_or_default();
    let idle = StoredValue::new_local(None::<gloo::timers::callback::Timeout>);
    // Any input restarts the idle timer; when it fires, the kiosk returns to its first state.
    let touch_idle = move || {
        if let Some(s) = idle_s {
            let t = gloo::timers::callback::Timeout::new(s.saturating_mul(1000), move || {
                ctx.image.set(None);
                ctx.dispatch_smooth(Command::Reset);
            });
            idle.update_value(|i| *i = Some(t));
        }
    };
    touch_idle();
    let on_keydown = move |ev: leptos::ev::KeyboardEvent| {
        touch_idle();
        if ev.key() == "Escape" {
            if ctx.image.get_untracked().is_some() {
                ctx.image.set(None);
            } else if ctx.state.with_untracked(|s| s.open.is_some()) {
                ctx.dispatch(Command::Close);
            }
        }
    };
    let card_open = move || ctx.open.get().is_some();
    let sheet_open = move || ctx.open.get().is_some() && ctx.covered_from_px.get().is_some();
    // A bottom sheet leaves the axis and the open event's first row in sight.
    let sheet_room = move || format!("{}px", ctx.axis_bottom_px() + ctx.metrics.first_row_px());
    view! {
        <section
            class="tk-root"
            class:tk-card-open=card_open
            role="region"
            aria-label=region_label
            lang=move || ctx.lang().code()
            data-ready="true"
            style:--tk-sheet-room=sheet_room
            on:keydown=on_keydown
            on:pointerdown=move |_| touch_idle()
            on:wheel=move |_| touch_idle()
        >
            <header class="tk-header">
                <div class="tk-titles">
                    <h2 class="tk-title">{heading}</h2>
                    <p class="tk-subtitle">{sub}</p>
                </div>
                <Toolbar ctx=ctx />
            </header>
            <div class="tk-body">
                // A bottom sheet is modal: what it covers (or leaves as a thin strip) cannot take
                // focus or input until it is closed.
                <div class="tk-main" inert=sheet_open>
                    <Stage ctx=ctx />
                    <Overview ctx=ctx />
                    <Legend ctx=ctx />
                    <p class="tk-help">{move || ctx.loc().t("help")}</p>
                </div>
                <EventCard ctx=ctx />
            </div>
            <ImageViewer ctx=ctx />
        </section>
    }
}

/// Write the state into the hash (debounced) and follow hash edits made by the user; on a
/// full-window page, the page's language follows the timeline's.
fn keep_url_in_sync(ctx: Ctx) {
    Effect::new(move |_| crate::browser::dom::set_page_lang_if_full_window(ctx.lang().code()));
    let pending = StoredValue::new_local(None::<gloo::timers::callback::Timeout>);
    Effect::new(move |_| {
        let (open, lang, view) = ctx.state.with(|s| (s.open, s.lang, s.view));
        let event = open.and_then(|i| ctx.data.with_value(|d| d.event(i).map(|e| e.id.clone())));
        let state = UrlState {
            event,
            lang: Some(lang),
            range_days: Some((view.start_days, view.end_days())),
        };
        // Debounced so a zoom gesture writes once, not sixty times a second.
        let timeout = gloo::timers::callback::Timeout::new(250, move || url::write_hash(&state));
        pending.update_value(|p| *p = Some(timeout));
    });
    let listener = url::on_hash_change(move |link| {
        let next = ctx.data.with_value(|d| {
            let mut s = ctx.state.get_untracked();
            if let Some(lang) = link.lang {
                s.lang = lang;
            }
            if let Some(i) = link.event.as_deref().and_then(|id| d.event_index(id)) {
                s = reduce(&s, Command::Open(i), &d.times);
            }
            if let Some((a, b)) = link.range_days {
                s = reduce(&s, Command::SetView(View::from_range(a, b)), &d.times);
            }
            s
        });
        ctx.state.set(next);
    });
    let listener = StoredValue::new_local(Some(listener));
    on_cleanup(move || listener.update_value(|l| drop(l.take())));
}
