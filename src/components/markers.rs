//! Event markers, bars and clusters as placed by the lane layout. Keyed so that panning only
//! moves existing buttons (keyboard focus survives), and tab order follows the dates.
//!
//! Speed: each item owns one signal holding its place. One memo per frame writes the new places
//! into those signals, so an item re-renders alone and never subscribes to the whole layout
//! (hundreds of subscribers on one memo made every frame's bookkeeping quadratic).
use super::context::Ctx;
use crate::browser::canvas::{self, Chip};
use crate::browser::dom;
use crate::core::command::Command;
use crate::core::layout::{Placed, PlacedKind};
use leptos::prelude::*;
use std::collections::HashMap;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
enum Key {
    Event {
        index: usize,
        compact: bool,
    },
    /// The n-th cluster of a lane. Clusters have no identity a reader follows (zooming moves
    /// their members between buckets every frame), so reusing nodes by position keeps a zoom
    /// from rebuilding a hundred buttons per frame.
    Cluster {
        lane: usize,
        ordinal: usize,
    },
}

/// Keys for one frame's items; `layout` lists each lane's clusters left to right.
fn keys_of(placed: &[Placed]) -> Vec<Key> {
    let mut clusters_seen: HashMap<usize, usize> = HashMap::new();
    placed
        .iter()
        .map(|p| match p.kind {
            PlacedKind::Event { index } => Key::Event {
                index,
                compact: false,
            },
            PlacedKind::Compact { index } => Key::Event {
                index,
                compact: true,
            },
            PlacedKind::Cluster { .. } => {
                let n = clusters_seen.entry(p.lane).or_insert(0);
                *n += 1;
                Key::Cluster {
                    lane: p.lane,
                    ordinal: *n - 1,
                }
            }
        })
        .collect()
}

/// Where one item is drawn this frame.
#[derive(Debug, Clone, PartialEq)]
pub struct Spot {
    placed: Placed,
    top_px: f64,
}

type Slots = HashMap<Key, RwSignal<Option<Spot>>>;

#[component]
pub fn Markers(ctx: Ctx) -> impl IntoView {
    let spots = Memo::new(move |_| {
        let (lanes_top, lane_h) = (ctx.lanes_top_px(), ctx.lane_height_px());
        let m = ctx.metrics;
        ctx.layout.with(|l| {
            keys_of(l)
                .into_iter()
                .zip(l.iter())
                .map(|(key, p)| {
                    let top_px = lanes_top
                        + p.lane as f64 * lane_h
                        + m.lane_label_px
                        + p.row as f64 * m.row_px;
                    (
                        key,
                        Spot {
                            placed: p.clone(),
                            top_px,
                        },
                    )
                })
                .collect::<HashMap<Key, Spot>>()
        })
    });
    let slots = StoredValue::new(Slots::new());
    // Two lists, each in an order that zooming never changes, so nodes are only added or removed,
    // never moved: events by date (their tab order), clusters by lane and position.
    let keys = Memo::new(move |_| {
        spots.with(|m| {
            slots.with_value(|slots| {
                for (k, sig) in slots {
                    let next = m.get(k).cloned();
                    if sig.with_untracked(|old| *old != next) {
                        sig.set(next);
                    }
                }
            });
            let mut events: Vec<(f64, Key)> = Vec::new();
            let mut clusters: Vec<Key> = Vec::new();
            for (k, s) in m {
                match s.placed.kind {
                    PlacedKind::Event { index } | PlacedKind::Compact { index } => {
                        events.push((ctx.data.with_value(|d| d.times.ranges[index].0), *k))
                    }
                    PlacedKind::Cluster { .. } => clusters.push(*k),
                }
            }
            events.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
            clusters.sort();
            (
                events.into_iter().map(|(_, k)| k).collect::<Vec<Key>>(),
                clusters,
            )
        })
    });
    // Bumped 150 ms after the view stops moving. Cluster names ("12 events, 1920–1925") are
    // refreshed then rather than on every frame: recomputing them during a zoom cost more than
    // drawing the frame.
    let settled = RwSignal::new(0_u64);
    // While the view moves, cluster chips are painted on one canvas instead of moving dozens of
    // buttons (the largest cost of a zoom frame); the buttons return when the view settles.
    let moving = RwSignal::new(false);
    let clusters_el = NodeRef::<leptos::html::Div>::new();
    let timer = StoredValue::new_local(None::<gloo::timers::callback::Timeout>);
    let first_run = StoredValue::new(true);
    Effect::new(move |_| {
        ctx.state.with(|s| s.view);
        if first_run
            .try_update_value(|f| std::mem::replace(f, false))
            .unwrap_or(false)
        {
            return;
        }
        // A focused cluster stays a button, so keyboard zooming never loses focus.
        let focused = clusters_el
            .get_untracked()
            .map(|el| dom::has_focus_within(&el))
            .unwrap_or(false);
        if !moving.get_untracked() && !focused {
            moving.set(true);
        }
        let t = gloo::timers::callback::Timeout::new(150, move || {
            moving.set(false);
            settled.update(|n| *n += 1);
        });
        timer.set_value(Some(t));
    });
    let canvas_el = NodeRef::<leptos::html::Canvas>::new();
    Effect::new(move |_| {
        let Some(canvas) = canvas_el.get() else {
            return;
        };
        if !moving.get() {
            canvas::clear(&canvas);
            return;
        }
        let (width, height) = (ctx.state.with(|s| s.width_px), ctx.height_px.get());
        let chip_h = ctx.metrics.row_px - 6.0;
        let chips: Vec<Chip> = spots.with(|m| {
            m.values()
                .filter_map(|s| match s.placed.kind {
                    PlacedKind::Cluster { count, .. } => Some(Chip {
                        x: s.placed.x_px,
                        y: s.top_px + 3.0,
                        w: s.placed.width_px,
                        h: chip_h,
                        label: count.to_string(),
                    }),
                    _ => None,
                })
                .collect()
        });
        canvas::draw_chips(&canvas, width, height, &chips);
    });
    view! {
        <div class="tk-markers">
            <For each=move || keys.with(|k| k.0.clone()) key=|k| *k let:key>
                {item(ctx, key, spots, slots, settled)}
            </For>
            <div class="tk-cluster-layer" class:tk-moving=moving node_ref=clusters_el>
                <For each=move || keys.with(|k| k.1.clone()) key=|k| *k let:key>
                    {item(ctx, key, spots, slots, settled)}
                </For>
            </div>
            // Geometry inline too: the canvas must never take part in layout, stylesheet or not.
            <canvas
                class="tk-cluster-canvas"
                aria-hidden="true"
                style="position:absolute;left:0;top:0;width:100%;height:100%;pointer-events:none"
                node_ref=canvas_el
            ></canvas>
        </div>
    }
}

fn item(
    ctx: Ctx,
    key: Key,
    spots: Memo<HashMap<Key, Spot>>,
    slots: StoredValue<Slots>,
    settled: RwSignal<u64>,
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
            let label = move || {
                settled.track();
                let (n, a, b) = summary.get_untracked().unwrap_or((0, 0.0, 0.0));
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
    let size = Memo::new(move |_| spot.with(|s| s.as_ref().map(size_of)));
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
            aria-label=label
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

/// Width and left inset of a marker, whole pixels. A range that starts left of the view keeps
/// its label at the visible left edge.
fn size_of(s: &Spot) -> (f64, f64) {
    let p = &s.placed;
    let inset = if p.bar_px > 0.0 {
        (-p.x_px).max(0.0) + 8.0
    } else {
        0.0
    };
    (p.width_px.round(), inset.round())
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
