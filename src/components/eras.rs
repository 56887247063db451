//! Eras as labelled bands behind the events.
use super::context::Ctx;
use leptos::prelude::*;

/// Eras beyond this many overlapping rows share the last row's band colour but get no label.
const MAX_LABEL_ROWS: usize = 3;

#[component]
pub fn Eras(ctx: Ctx) -> impl IntoView {
    let bands = move || {
        let (scale, width) = ctx.state.with(|s| (s.view.scale(s.width_px), s.width_px));
        ctx.data.with_value(|d| {
            d.file
                .eras
                .iter()
                .enumerate()
                .filter_map(|(i, era)| {
                    let (a, b) = d.era_ranges[i];
                    let (x0, x1) = (scale.to_px(a).max(-2.0), scale.to_px(b).min(width + 2.0));
                    if x1 <= 0.0 || x0 >= width {
                        return None;
                    }
                    let row = d.era_rows[i];
                    let label_rows = ctx.era_label_rows().max(1);
                    let label_row = row.min(label_rows - 1);
                    let top = label_row as f64 * ctx.metrics.era_row_px;
                    let tone = i % 4;
                    let title = ctx.text(&era.title);
                    let tooltip = title.clone();
                    let labelled = row < label_rows.min(MAX_LABEL_ROWS) && x1 - x0 > 40.0;
                    Some(view! {
                        <div
                            class=format!("tk-era tk-era-tone{tone}")
                            style=format!("left:{x0:.1}px;width:{:.1}px", x1 - x0)
                            title=tooltip
                        >
                            <span
                                class="tk-era-label"
                                style=format!("top:{top}px")
                                hidden=!labelled
                            >
                                {title}
                            </span>
                        </div>
                    })
                })
                .collect_view()
        })
    };
    view! { <div class="tk-eras" aria-hidden="true">{bands}</div> }
}
