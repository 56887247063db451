//! The event card: a side panel on wide screens, a bottom sheet on phones.
use super::card_media::CardMedia;
use super::card_quotes::CardQuotes;
use super::card_sources::{SourceList, SourceRefs};
use super::context::Ctx;
use crate::browser::dom;
use crate::content::Event;
use crate::core::command::Command;
use crate::core::date::parse_edtf;
use crate::core::date_format::format_edtf;
use leptos::html::Aside;
use leptos::prelude::*;

#[component]
pub fn EventCard(ctx: Ctx) -> impl IntoView {
    let el = NodeRef::<Aside>::new();
    let open = ctx.open;
    Effect::new(move |_| {
        if open.get().is_some() && ctx.focus_card.get_untracked() {
            ctx.focus_card.set(false);
            if let Some(aside) = el.get_untracked() {
                dom::focus_in(&aside, ".tk-card-title");
            }
        }
    });
    // Closing the card gives focus back to the event's marker (or the stage, if the marker is
    // in a cluster), so a keyboard user goes on from where they were, not from the top.
    Effect::new(move |before: Option<Option<usize>>| {
        let now = open.get();
        if let (Some(Some(closed)), None, Some(aside)) = (before, now, el.get_untracked()) {
            let id = ctx
                .data
                .with_value(|d| d.event(closed).map(|e| e.id.clone()));
            if let Some(id) = id {
                dom::return_focus(&aside, &id);
            }
        }
        now
    });
    // A bottom sheet covers the lower lanes: tell the stage how much of it stays in sight.
    Effect::new(move |_| {
        let is_open = open.get().is_some();
        // Only on resizes, not on every frame of a zoom: measuring forces a layout.
        ctx.height_px.track();
        ctx.width_px.track();
        let covered = el
            .get_untracked()
            .filter(|_| is_open)
            .and_then(|aside| dom::covered_from_px(&aside));
        if ctx.covered_from_px.get_untracked() != covered {
            ctx.covered_from_px.set(covered);
        }
    });
    // On a window too short for every lane, the stage's column scrolls: bring the open event's
    // lane into sight (its label and first row).
    Effect::new(move |_| {
        let (Some(i), Some(aside)) = (open.get(), el.get_untracked()) else {
            return;
        };
        let lane = ctx
            .data
            .with_value(|d| d.lane_of.get(i).copied().unwrap_or(0));
        dom::reveal_lane(&aside, lane, ctx.metrics.first_row_px());
    });
    let body = move || {
        let i = open.get()?;
        let event = ctx.data.with_value(|d| d.event(i).cloned())?;
        Some(card_body(ctx, i, event))
    };
    view! {
        <aside class="tk-card" node_ref=el hidden=move || open.get().is_none()>
            {body}
        </aside>
    }
}

fn card_body(ctx: Ctx, index: usize, event: Event) -> impl IntoView {
    let lang = ctx.lang();
    let (lane_title, place, fallback) = ctx.data.with_value(|d| {
        let lane = d
            .file
            .lanes
            .get(d.lane_of[index])
            .map(|l| ctx.text(&l.title))
            .unwrap_or_default();
        let place = event
            .place
            .as_ref()
            .and_then(|p| d.file.places.iter().find(|pl| &pl.id == p))
            .map(|pl| ctx.text(&pl.name));
        (lane, place, d.fallback_code().to_string())
    });
    let shown = event.title.get(lang.code(), &fallback);
    let lang_note = shown.lang.filter(|l| *l != lang.code()).map(|l| {
        let name = crate::core::i18n::Lang::from_code(l)
            .map(|x| x.endonym())
            .unwrap_or(l);
        ctx.loc().tf("shown_in", &[("lang", name)])
    });
    let date = ctx.data.with_value(|d| d.date_label(index, lang));
    let disputed = !event.alternatives.is_empty();
    let julian = event.original_calendar == crate::content::Calendar::Julian;
    let paragraphs = event
        .body
        .as_ref()
        .map(|b| ctx.text(b))
        .unwrap_or_default()
        .split("\n\n")
        .filter(|p| !p.trim().is_empty())
        .map(|p| view! { <p>{p.to_string()}</p> })
        .collect_view();
    let note = event.note.as_ref().map(|n| {
        view! { <p class="tk-card-note"><strong>{ctx.loc().t("note")}": "</strong>{ctx.text(n)}</p> }
    });
    let step = move |delta: i32| ctx.dispatch_smooth(Command::Step(delta));
    view! {
        <div class="tk-card-head">
            <p class="tk-card-lane">{lane_title}</p>
            <h2 class="tk-card-title" tabindex="-1">{shown.text.to_string()}</h2>
            <p class="tk-card-date">
                <span>{date}</span>
                {disputed.then(|| view! { <span class="tk-badge tk-badge-disputed">{ctx.loc().t("disputed")}</span> })}
            </p>
            {julian.then(|| view! { <p class="tk-card-small">{ctx.loc().t("julian_note")}</p> })}
            {place.map(|p| view! { <p class="tk-card-place"><span class="tk-sr">{ctx.loc().t("place")}": "</span>{p}</p> })}
            {lang_note.map(|n| view! { <p class="tk-card-small tk-card-lang-note">{n}</p> })}
            <button type="button" class="tk-btn tk-card-close" on:click=move |_| ctx.dispatch(Command::Close)>
                <span aria-hidden="true">"×"</span>
                <span class="tk-sr">{ctx.loc().t("close")}</span>
            </button>
        </div>
        <div class="tk-card-scroll">
            <p class="tk-card-summary">{ctx.text(&event.summary)}</p>
            {paragraphs}
            {note}
            {disputed.then(|| alternatives(ctx, index, &event))}
            {periods(ctx, index)}
            <CardQuotes ctx=ctx ids=event.quotes.clone() />
            <CardMedia ctx=ctx ids=event.media.clone() />
            {links(ctx, &event)}
            {related(ctx, &event)}
            <SourceList ctx=ctx refs=event.sources.clone() />
        </div>
        <nav class="tk-card-nav">
            <button type="button" class="tk-btn" on:click=move |_| step(-1)>
                <span aria-hidden="true">"← "</span>{ctx.loc().t("previous")}
            </button>
            <button type="button" class="tk-btn" on:click=move |_| step(1)>
                {ctx.loc().t("next")}<span aria-hidden="true">" →"</span>
            </button>
        </nav>
    }
}

/// Every version of a disputed date, each with its sources.
fn alternatives(ctx: Ctx, index: usize, event: &Event) -> impl IntoView {
    let lang = ctx.lang();
    let main_date = ctx.data.with_value(|d| d.date_label(index, lang));
    let others = event
        .alternatives
        .iter()
        .map(|alt| {
            let date = parse_edtf(&alt.date)
                .map(|d| format_edtf(&d, lang, false))
                .unwrap_or_else(|_| alt.date.clone());
            view! {
                <li class="tk-alt">
                    <span class="tk-alt-kind">{ctx.loc().t("other_version")}": "</span>
                    <strong class="tk-alt-date">{date}</strong>
                    <p class="tk-alt-note">{ctx.text(&alt.note)}</p>
                    <SourceRefs ctx=ctx refs=alt.sources.clone() />
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="tk-alternatives">
            <h3>{ctx.loc().t("disputed_title")}</h3>
            <ul>
                <li class="tk-alt tk-alt-main">
                    <span class="tk-alt-kind">{ctx.loc().t("main_version")}": "</span>
                    <strong class="tk-alt-date">{main_date}</strong>
                    <SourceRefs ctx=ctx refs=event.sources.clone() />
                </li>
                {others}
            </ul>
        </section>
    }
}

/// The eras this event falls in, with their dates and sources (eras are drawn as bands, so this
/// is also where readers of assistive technology meet them).
fn periods(ctx: Ctx, index: usize) -> Option<impl IntoView> {
    let lang = ctx.lang();
    let items = ctx.data.with_value(|d| {
        let start = d.times.ranges.get(index)?.0;
        let items: Vec<_> = d
            .file
            .eras
            .iter()
            .zip(&d.era_ranges)
            .filter(|(_, (a, b))| *a <= start && start < *b)
            .map(|(era, _)| {
                let date = parse_edtf(&era.date)
                    .map(|e| format_edtf(&e, lang, false))
                    .unwrap_or_default();
                let note = era
                    .note
                    .as_ref()
                    .map(|n| view! { <p class="tk-alt-note">{ctx.text(n)}</p> });
                view! {
                    <li class="tk-period">
                        <strong>{ctx.text(&era.title)}</strong>
                        " ("{date}")"
                        {note}
                        <SourceRefs ctx=ctx refs=era.sources.clone() />
                    </li>
                }
            })
            .collect();
        Some(items)
    })?;
    (!items.is_empty()).then(|| view! { <section class="tk-periods"><h3>{ctx.loc().t("era")}</h3><ul>{items}</ul></section> })
}

fn links(ctx: Ctx, event: &Event) -> Option<impl IntoView> {
    let items = event
        .links
        .iter()
        .filter(|l| l.url.starts_with("https://") || l.url.starts_with("http://"))
        .map(|l| {
            view! {
                <li>
                    <a href=l.url.clone() target="_blank" rel="noopener noreferrer">{ctx.text(&l.label)}</a>
                    <span class="tk-sr">" ("{ctx.loc().t("new_tab")}")"</span>
                </li>
            }
        })
        .collect::<Vec<_>>();
    (!items.is_empty()).then(|| view! { <section class="tk-links"><h3>{ctx.loc().t("links")}</h3><ul>{items}</ul></section> })
}

fn related(ctx: Ctx, event: &Event) -> Option<impl IntoView> {
    let items = ctx.data.with_value(|d| {
        event
            .related
            .iter()
            .filter_map(|id| d.event_index(id))
            .map(|i| {
                let title = d.event(i).map(|e| ctx.text(&e.title)).unwrap_or_default();
                let date = d.date_label(i, ctx.lang());
                let open = move |_| {
                    ctx.focus_card.set(true);
                    ctx.dispatch_smooth(Command::Open(i));
                };
                view! { <li><button type="button" class="tk-link-btn" on:click=open>{title}" · "{date}</button></li> }
            })
            .collect::<Vec<_>>()
    });
    (!items.is_empty()).then(|| view! { <section class="tk-related"><h3>{ctx.loc().t("related")}</h3><ul>{items}</ul></section> })
}
