//! Event markers, bars and clusters as placed by the lane layout. Keyed so that panning only
//! moves existing buttons (keyboard focus survives), and tab order follows the dates.
use super::context::Ctx;
use crate::core::command::Command;
use crate::core::layout::{Placed, PlacedKind};
use leptos::prelude::*;
use std::collections::HashMap;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
enum Key {
    Event { index: usize, compact: bool },
    Cluster { lane: usize, bucket: i64 },
}

fn key_of(p: &Placed, start_px_abs: f64) -> Key {
    match p.kind {
        PlacedKind::Event { index } => Key::Event {
            index,
            compact: false,
        },
        PlacedKind::Compact { index } => Key::Event {
            index,
            compact: true,
        },
        PlacedKind::Cluster { .. } => Key::Cluster {
            lane: p.lane,
            bucket: ((p.x_px + start_px_abs) / 4.0).round() as i64,
        },
    }
}

fn sort_time(p: &Placed) -> f64 {
    match p.kind {
        PlacedKind::Cluster { start_days, .. } => start_days,
        _ => f64::NAN,
    }
}

#[component]
pub fn Markers(ctx: Ctx) -> impl IntoView {
    let by_key = Memo::new(move |_| {
        let abs = ctx
            .state
            .with(|s| s.view.start_days * s.view.scale(s.width_px).px_per_day());
        ctx.layout.with(|l| {
            l.iter()
                .map(|p| (key_of(p, abs), p.clone()))
                .collect::<HashMap<Key, Placed>>()
        })
    });
    // Date order (stable while panning and zooming, since the axis is monotonic).
    let keys = Memo::new(move |_| {
        let mut keyed: Vec<(f64, Key)> = by_key.with(|m| {
            m.iter()
                .map(|(k, p)| {
                    let t = match p.kind {
                        PlacedKind::Event { index } | PlacedKind::Compact { index } => {
                            ctx.data.with_value(|d| d.times.ranges[index].0)
                        }
                        _ => sort_time(p),
                    };
                    (t, *k)
                })
                .collect()
        });
        keyed.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
        keyed.into_iter().map(|(_, k)| k).collect::<Vec<Key>>()
    });
    view! {
        <div class="tk-markers">
            <For each=move || keys.get() key=|k| *k let:key>
                {item(ctx, key, by_key)}
            </For>
        </div>
    }
}

fn item(ctx: Ctx, key: Key, by_key: Memo<HashMap<Key, Placed>>) -> AnyView {
    let placed = move || by_key.with(|m| m.get(&key).cloned());
    let Some(first) = placed() else {
        return ().into_any();
    };
    match first.kind {
        PlacedKind::Cluster { count, .. } => {
            let range = move || {
                placed()
                    .and_then(|p| match p.kind {
                        PlacedKind::Cluster {
                            start_days,
                            end_days,
                            ..
                        } => Some((start_days, end_days)),
                        _ => None,
                    })
                    .unwrap_or((0.0, 0.0))
            };
            let label = move || {
                let (a, b) = range();
                let span = year_range(a, b, ctx.lang());
                ctx.loc()
                    .tf("cluster", &[("n", &count.to_string()), ("range", &span)])
            };
            let on_click = move |_| {
                if !ctx.suppress_click.get_untracked() {
                    let (a, b) = range();
                    ctx.dispatch_smooth(Command::FitRange {
                        start_days: a,
                        end_days: b,
                    });
                }
            };
            view! {
                <button type="button" class="tk-cluster" style=move || position(ctx, placed()) aria-label=label on:click=on_click>
                    {count}
                </button>
            }
            .into_any()
        }
        PlacedKind::Event { index } | PlacedKind::Compact { index } => {
            event_button(ctx, index, first, placed)
        }
    }
}

fn event_button(
    ctx: Ctx,
    index: usize,
    first: Placed,
    placed: impl Fn() -> Option<Placed> + Send + Sync + Copy + 'static,
) -> AnyView {
    let compact = matches!(first.kind, PlacedKind::Compact { .. });
    let is_range = first.bar_px > 0.0;
    let (event, colour) = ctx.data.with_value(|d| {
        (
            d.file.events[index].clone(),
            d.lane_colour(d.lane_of[index]),
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
    let is_open = move || ctx.state.with(|s| s.open == Some(index));
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
            aria-label=label
            aria-pressed=move || is_open().to_string()
            style=move || position(ctx, placed())
            on:click=on_click
        >
            {shape}
            {(!compact).then(|| view! { <span class="tk-marker-label">{move || ctx.text(&visible_title)}</span> })}
        </button>
    }
    .into_any()
}

fn position(ctx: Ctx, p: Option<Placed>) -> Option<String> {
    let p = p?;
    let top = ctx.lanes_top_px()
        + p.lane as f64 * ctx.lane_height_px()
        + ctx.metrics.lane_label_px
        + p.row as f64 * ctx.metrics.row_px;
    // A range that starts left of the view keeps its label at the visible left edge.
    let inset = if p.bar_px > 0.0 {
        (-p.x_px).max(0.0) + 8.0
    } else {
        0.0
    };
    Some(format!(
        "transform:translate({:.1}px,{top:.1}px);width:{:.1}px;padding-left:{inset:.1}px",
        p.x_px, p.width_px
    ))
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
