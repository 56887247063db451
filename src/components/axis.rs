//! The time axis: grid lines and two rows of labels, as the pure tick choice decided them.
use super::context::Ctx;
use crate::core::ticks::{choose_ticks, Tick};
use leptos::prelude::*;

#[component]
pub fn Axis(ctx: Ctx) -> impl IntoView {
    let ticks = Memo::new(move |_| {
        let (view, width, lang) = ctx.state.with(|s| (s.view, s.width_px, s.lang));
        choose_ticks(&view.scale(width), lang)
    });
    let top = move || format!("top:{}px", ctx.lanes_top_px() - ctx.metrics.axis_px);
    let row = move |major: bool| {
        move || {
            ticks.with(|t| {
                let row: &Vec<Tick> = if major { &t.major } else { &t.minor };
                row.iter()
                    .map(|tick| {
                        let class = if major {
                            "tk-tick-label tk-major"
                        } else {
                            "tk-tick-label tk-minor"
                        };
                        let sticky = tick.sticky;
                        view! {
                            <span
                                class="tk-tick"
                                class:tk-tick-sticky=sticky
                                data-unit=tick.unit
                                style=format!("transform:translateX({:.1}px)", tick.x_px)
                            >
                                <span class=class>{tick.label.clone()}</span>
                            </span>
                        }
                    })
                    .collect_view()
            })
        }
    };
    let lines = move || {
        ticks.with(|t| {
            t.minor
                .iter()
                .map(|tick| {
                    let major = t
                        .major
                        .iter()
                        .any(|m| !m.sticky && (m.t_days - tick.t_days).abs() < 0.5);
                    view! {
                        <span
                            class="tk-grid-line"
                            class:tk-grid-major=major
                            style=format!("transform:translateX({:.1}px)", tick.x_px)
                        ></span>
                    }
                })
                .collect_view()
        })
    };
    view! {
        <div class="tk-grid" aria-hidden="true">{lines}</div>
        <div class="tk-axis" style=top aria-hidden="true">
            <div class="tk-axis-row tk-axis-major">{row(true)}</div>
            <div class="tk-axis-row tk-axis-minor">{row(false)}</div>
        </div>
    }
}
