//! Eras as labelled bands behind the events. The bands are created once; only their geometry
//! follows the view. For assistive technology the bands in view are a list of periods, each
//! named with its dates (the visible label is often cut short or left out).
use super::context::Ctx;
use crate::core::date::parse_edtf;
use crate::core::date_format::format_edtf;
use leptos::prelude::*;

#[component]
pub fn Eras(ctx: Ctx) -> impl IntoView {
    let count = ctx.data.with_value(|d| d.file.eras.len());
    let band = move |i: usize| {
        let (range, row, title, date) = ctx.data.with_value(|d| {
            let era = &d.file.eras[i];
            (
                d.era_ranges[i],
                d.era_rows[i],
                era.title.clone(),
                parse_edtf(&era.date).ok(),
            )
        });
        // Left and right edge on screen, clipped to the stage (None when off-screen).
        let edges = move || {
            let (scale, width) = ctx.state.with(|s| (s.view.scale(s.width_px), s.width_px));
            let (x0, x1) = (
                scale.to_px(range.0).max(-2.0),
                scale.to_px(range.1).min(width + 2.0),
            );
            (x1 > 0.0 && x0 < width).then_some((x0, x1))
        };
        let style = move || match edges() {
            Some((x0, x1)) => format!("left:{}px;width:{}px", x0.round(), (x1 - x0).round()),
            None => "display:none".to_string(),
        };
        let label_rows = move || ctx.era_label_rows().max(1);
        let label_style = move || {
            format!(
                "top:{}px",
                row.min(label_rows() - 1) as f64 * ctx.metrics.era_row_px
            )
        };
        let unlabelled = move || {
            // A band too narrow for a few letters of its name shows none (its name is its tooltip).
            let min_px = 72.0 * ctx.metrics.text_scale;
            row >= label_rows() || edges().map(|(a, b)| b - a <= min_px).unwrap_or(true)
        };
        let title_for_tip = title.clone();
        let title_spoken = title.clone();
        let spoken = move || {
            let name = ctx.text(&title_spoken);
            match &date {
                Some(d) => format!("{name}, {}", format_edtf(d, ctx.lang(), false)),
                None => name,
            }
        };
        view! {
            <div class=format!("tk-era tk-era-tone{}", i % 4) style=style title=move || ctx.text(&title_for_tip) role="listitem">
                <span class="tk-era-label" style=label_style hidden=unlabelled aria-hidden="true">
                    {move || ctx.text(&title)}
                </span>
                <span class="tk-sr">{spoken}</span>
            </div>
        }
    };
    view! {
        <div class="tk-eras" role="list" aria-label=move || ctx.loc().t("periods_in_view").to_string()>
            {(0..count).map(band).collect_view()}
        </div>
    }
}
