//! Event markers, bars and clusters as placed by the lane layout. Keyed so that panning only
//! moves existing buttons (keyboard focus survives), and tab order follows the dates.
//!
//! Speed: each item owns one signal holding its place. One memo per frame writes the new places
//! into those signals, so an item re-renders alone and never subscribes to the whole layout
//! (hundreds of subscribers on one memo made every frame's bookkeeping quadratic).
use super::context::Ctx;
use super::marker_item::item;
use crate::browser::dom;
use crate::browser::{canvas, canvas_shapes};
use crate::core::layout::{Placed, PlacedKind};
use crate::core::metrics::Spot;
use crate::core::view::View;
use leptos::prelude::*;
use std::collections::HashMap;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub(super) enum Key {
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

/// How long after its last change the view counts as settled (the buttons come back).
const SETTLE_MS: f64 = 150.0;

pub(super) type Slots = HashMap<Key, RwSignal<Option<Spot>>>;

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
                    let top_px = m.marker_top_px(lanes_top, lane_h, p.lane, p.row);
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
    // While the view moves, markers and chips are painted on one canvas and the buttons stay
    // where they were, hidden; they are brought up to date and shown when the view settles.
    let moving = RwSignal::new(false);
    // Two lists, each in an order that zooming never changes, so nodes are only added or removed,
    // never moved: events by date (their tab order), clusters by lane and position.
    let keys = Memo::new(move |prev: Option<&(Vec<Key>, Vec<Key>)>| {
        if let (true, Some(prev)) = (moving.get(), prev) {
            return prev.clone();
        }
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
    let layer_el = NodeRef::<leptos::html::Div>::new();
    let timer = StoredValue::new_local(None::<gloo::timers::callback::Timeout>);
    // Only a change of the view counts: opening or closing a card, or switching language,
    // changes the state but moves nothing.
    Effect::new(move |before: Option<View>| {
        let view = ctx.state.with(|s| s.view);
        if before.is_none_or(|b| b == view) {
            return view;
        }
        // With a marker or chip focused the buttons stay, so keyboard users never lose focus.
        let focused = layer_el
            .get_untracked()
            .map(|el| dom::has_focus_within(&el))
            .unwrap_or(false);
        if !moving.get_untracked() && !focused {
            moving.set(true);
        }
        let t = gloo::timers::callback::Timeout::new(SETTLE_MS as u32, move || {
            moving.set(false);
        });
        timer.set_value(Some(t));
        view
    });
    let canvas_el = NodeRef::<leptos::html::Canvas>::new();
    let fonts = StoredValue::new(canvas::Fonts::new(ctx.metrics.text_scale));
    Effect::new(move |_| {
        let Some(canvas) = canvas_el.get() else {
            return;
        };
        if !moving.get() {
            canvas::clear(&canvas);
            return;
        }
        let (width, height) = (ctx.width_px.get(), ctx.height_px.get());
        ctx.data.with_value(|d| {
            spots.with(|m| {
                let shapes = canvas_shapes::shapes_for(
                    &ctx.metrics,
                    ctx.open.get(),
                    ctx.lang(),
                    d,
                    m.values(),
                );
                fonts.with_value(|f| canvas::draw(&canvas, width, height, f, &shapes));
            })
        });
    });
    view! {
        <div class="tk-markers" class:tk-moving=moving node_ref=layer_el>
            <For each=move || keys.with(|k| k.0.clone()) key=|k| *k let:key>
                {item(ctx, key, spots, slots)}
            </For>
            <div class="tk-cluster-layer">
                <For each=move || keys.with(|k| k.1.clone()) key=|k| *k let:key>
                    {item(ctx, key, spots, slots)}
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
