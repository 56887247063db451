//! The lane legend: colour and name of every category.
use super::context::Ctx;
use leptos::prelude::*;

#[component]
pub fn Legend(ctx: Ctx) -> impl IntoView {
    let items = move || {
        ctx.data.with_value(|d| {
            d.file
                .lanes
                .iter()
                .enumerate()
                .map(|(i, lane)| {
                    let colour = d.lane_colour(i);
                    let count = d.lane_of.iter().filter(|&&l| l == i).count();
                    view! {
                        <li class="tk-legend-item">
                            <span class="tk-swatch" style=format!("background:{colour}") aria-hidden="true"></span>
                            <span>{ctx.text(&lane.title)}</span>
                            <span class="tk-legend-count">{format!("({count})")}</span>
                        </li>
                    }
                })
                .collect_view()
        })
    };
    view! {
        <div class="tk-legend">
            <span class="tk-legend-title">{move || ctx.loc().t("legend")}</span>
            <ul class="tk-legend-list">
                {items}
                <li class="tk-legend-item">
                    <span class="tk-swatch tk-swatch-disputed" aria-hidden="true"></span>
                    <span>{move || ctx.loc().t("disputed_legend")}</span>
                </li>
            </ul>
        </div>
    }
}
