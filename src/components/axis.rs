//! The time axis: grid lines and two rows of labels, as the pure tick choice decided them.
//! Ticks are keyed by time and label, so while panning the same nodes just move.
use super::context::Ctx;
use crate::browser::text_width::{font_of, text_px};
use crate::core::ticks::{choose_ticks_measured, estimate_text_px, Tick};
use leptos::prelude::*;
use std::collections::HashMap;

/// Identity of a tick across frames: its row, its time and its text.
#[derive(Clone, PartialEq, Eq, Hash)]
struct TickKey {
    major: bool,
    sticky: bool,
    t_bits: u64,
    label: String,
}

fn key(t: &Tick) -> TickKey {
    TickKey {
        major: t.major,
        sticky: t.sticky,
        t_bits: t.t_days.to_bits(),
        label: t.label.clone(),
    }
}

#[component]
pub fn Axis(ctx: Ctx) -> impl IntoView {
    let axis_ref = NodeRef::<leptos::html::Div>::new();
    // The fonts of major (bold) and minor labels, read once the axis is in the page; until then
    // (the very first frame) label widths are estimated.
    let fonts = RwSignal::new(None::<(String, String)>);
    Effect::new(move |_| {
        if let Some(axis) = axis_ref.get() {
            if let (Some(major), Some(minor)) = (font_of(&axis, "700"), font_of(&axis, "400")) {
                fonts.set(Some((major, minor)));
            }
        }
    });
    let ticks = Memo::new(move |_| {
        let (view, width) = ctx.state.with(|s| (s.view, s.width_px));
        fonts.with(|fonts| {
            let measure = |text: &str, major: bool| {
                fonts
                    .as_ref()
                    .and_then(|(bold, normal)| text_px(if major { bold } else { normal }, text))
                    .unwrap_or_else(|| estimate_text_px(text, major))
            };
            choose_ticks_measured(&view.scale(width), ctx.lang(), &measure)
        })
    });
    // x of every tick this frame; each tick node reads its own entry.
    let x_by_key = Memo::new(move |_| {
        ticks.with(|t| {
            t.major
                .iter()
                .chain(t.minor.iter())
                .map(|tick| (key(tick), tick.x_px))
                .collect::<HashMap<_, _>>()
        })
    });
    let row = move |major: bool| {
        move || {
            ticks.with(|t| {
                let row: &Vec<Tick> = if major { &t.major } else { &t.minor };
                row.iter()
                    .map(|tick| (key(tick), tick.unit))
                    .collect::<Vec<_>>()
            })
        }
    };
    let tick_view = move |(k, unit): (TickKey, &'static str)| {
        let class = if k.major {
            "tk-tick-label tk-major"
        } else {
            "tk-tick-label tk-minor"
        };
        let sticky = k.sticky;
        let label = k.label.clone();
        let style = move || {
            let x = x_by_key.with(|m| m.get(&k).copied().unwrap_or(-1000.0));
            format!("translateX({}px)", x.round())
        };
        view! {
            <span class="tk-tick" class:tk-tick-sticky=sticky data-unit=unit style:transform=style>
                <span class=class>{label}</span>
            </span>
        }
    };
    let lines = move || {
        ticks.with(|t| {
            t.minor
                .iter()
                .map(|tick| (key(tick), t.is_major_line(tick)))
                .collect::<Vec<_>>()
        })
    };
    let line_view = move |(k, major): (TickKey, bool)| {
        let style = move || {
            let x = x_by_key.with(|m| m.get(&k).copied().unwrap_or(-1000.0));
            format!("translateX({}px)", x.round())
        };
        view! { <span class="tk-grid-line" class:tk-grid-major=major style:transform=style></span> }
    };
    let axis_top = move || ctx.axis_bottom_px() - ctx.metrics.axis_px;
    let top = move || format!("top:{}px", axis_top());
    view! {
        <div class="tk-grid" aria-hidden="true">
            <For each=lines key=|(k, major)| (k.clone(), *major) children=line_view />
        </div>
        // The pin sticks to the top of a scrolled stage column (short windows), so the axis stays
        // in sight over the lower lanes; unscrolled it changes nothing.
        <div class="tk-axis-pin" style:top=move || format!("{}px", -axis_top())>
        <div class="tk-axis" style=top aria-hidden="true" node_ref=axis_ref>
            <div class="tk-axis-row tk-axis-major">
                <For each=row(true) key=|(k, unit)| (k.clone(), *unit) children=tick_view />
            </div>
            <div class="tk-axis-row tk-axis-minor">
                <For each=row(false) key=|(k, unit)| (k.clone(), *unit) children=tick_view />
            </div>
        </div>
        </div>
    }
}
