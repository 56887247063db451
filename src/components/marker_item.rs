//! One marker, range bar or cluster button of `markers.rs`: its own signal holds where it is,
//! so it re-renders alone.
use super::context::Ctx;
use super::markers::{Key, Slots};
use crate::core::command::Command;
use crate::core::layout::{Placed, PlacedKind};
use crate::core::metrics::Spot;
use leptos::prelude::*;
use std::collections::HashMap;

pub(super) fn item(
    ctx: Ctx,
    key: Key,
    spots: Memo<HashMap<Key, Spot>>,
    slots: StoredValue<Slots>,
) -> AnyView {
    let Some(first) = spots.with_untracked(|m| m.get(&key).cloned()) else {
        return ().into_any();
    };
    let spot = RwSignal::new(Some(first.clone()));
    slots.update_value(|s| {
        s.insert(key, spot);
    });
    on_cleanup(move || {
        slots.update_value(|s| {
            s.remove(&key);
        })
    });
    let first = first.placed;
    match first.kind {
        PlacedKind::Cluster { .. } => {
            // Count and range change only when membership does, not on every frame.
            let summary = Memo::new(move |_| {
                spot.with(|s| match s.as_ref().map(|s| &s.placed.kind) {
                    Some(PlacedKind::Cluster {
                        count,
                        start_days,
                        end_days,
                        ..
                    }) => Some((*count, *start_days, *end_days)),
                    _ => None,
                })
            });
            // The name follows the summary (which changes only when the chip's membership does;
            // while the view moves the buttons, and so their summaries, stay as they were).
            let label = move || {
                let (n, a, b) = summary.get().unwrap_or((0, 0.0, 0.0));
                let span = year_range(a, b, ctx.lang());
                ctx.loc()
                    .tf("cluster", &[("n", &n.to_string()), ("range", &span)])
            };
            let on_click = move |_| {
                if let (false, Some((_, a, b))) =
                    (ctx.suppress_click.get_untracked(), summary.get_untracked())
                {
                    ctx.dispatch_smooth(Command::FitRange {
                        start_days: a,
                        end_days: b,
                    });
                }
            };
            view! {
                <button
                    type="button"
                    class="tk-cluster"
                    style:transform=move || spot.with(|s| s.as_ref().map(translate))
                    aria-label=label
                    on:click=on_click
                >
                    {move || summary.get().map(|s| s.0).unwrap_or(0)}
                </button>
            }
            .into_any()
        }
        PlacedKind::Event { index } | PlacedKind::Compact { index } => {
            event_button(ctx, index, first, spot)
        }
    }
}

fn event_button(ctx: Ctx, index: usize, first: Placed, spot: RwSignal<Option<Spot>>) -> AnyView {
    let placed = move || spot.with(|s| s.as_ref().map(|s| s.placed.clone()));
    // Width and label inset change rarely (only ranges while zooming): a memo keeps the style
    // untouched on the frames where only the position moves.
    let size = Memo::new(move |_| spot.with(|s| s.as_ref().map(Spot::size_px)));
    let compact = matches!(first.kind, PlacedKind::Compact { .. });
    let is_range = first.bar_px > 0.0;
    let (event, colour) = ctx.data.with_value(|d| {
        (
            d.file.events[index].clone(),
            d.lane_colour(d.lane_of[index]).to_string(),
        )
    });
    let disputed = !event.alternatives.is_empty();
    let title = event.title.clone();
    let label = move || {
        let date = ctx.data.with_value(|d| d.date_label(index, ctx.lang()));
        let mut s = format!("{}, {date}", ctx.text(&title));
        if disputed {
            s.push_str(&format!(" ({})", ctx.loc().t("disputed")));
        }
        s
    };
    let visible_title = event.title.clone();
    let is_open = move || ctx.open.get() == Some(index);
    let on_click = move |_| {
        if !ctx.suppress_click.get_untracked() {
            ctx.focus_card.set(true);
            ctx.dispatch_smooth(Command::Open(index));
        }
    };
    let shape = if is_range {
        let bar = move || {
            format!(
                "width:{:.1}px;--tk-c:{colour}",
                placed().map(|p| p.bar_px).unwrap_or(0.0)
            )
        };
        view! { <span class="tk-bar" style=bar></span> }.into_any()
    } else {
        view! { <span class="tk-dot" style=format!("background:{colour}")></span> }.into_any()
    };
    view! {
        <button
            type="button"
            class="tk-marker"
            class:tk-compact=compact
            class:tk-range=is_range
            class:tk-important=event.importance <= 1
            class:tk-disputed=disputed
            class:tk-open=is_open
            data-event-id=event.id.clone()
            aria-label=label.clone()
            // A dot has no visible title: hovering shows it.
            title=move || compact.then(&label)
            aria-pressed=move || is_open().to_string()
            style:transform=move || spot.with(|s| s.as_ref().map(translate))
            style:width=move || size.get().map(|(w, _)| format!("{w}px"))
            style:padding-left=move || size.get().map(|(_, inset)| format!("{inset}px"))
            on:click=on_click
        >
            {shape}
            {(!compact).then(|| view! { <span class="tk-marker-label">{move || ctx.text(&visible_title)}</span> })}
        </button>
    }
    .into_any()
}

/// Where an item is drawn: the only style that changes on every frame of a pan or zoom.
fn translate(s: &Spot) -> String {
    format!(
        "translate({}px,{}px)",
        s.placed.x_px.round(),
        s.top_px.round()
    )
}

/// "1920–1925" (or one year) for a cluster's label.
fn year_range(a: f64, b: f64, lang: crate::core::i18n::Lang) -> String {
    use crate::core::date::days_to_civil;
    use crate::core::date_format::year_text;
    let (ya, yb) = (days_to_civil(a).0, days_to_civil(b - 1.0).0);
    if ya == yb {
        year_text(ya, lang)
    } else {
        format!("{}–{}", year_text(ya, lang), year_text(yb, lang))
    }
}
