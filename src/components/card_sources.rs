//! Sources behind a claim: the full list on a card, and short references for a version.
use super::context::Ctx;
use crate::content::{Source, SourceRef};
use leptos::prelude::*;

fn safe_url(url: &Option<String>) -> Option<String> {
    url.clone()
        .filter(|u| u.starts_with("https://") || u.starts_with("http://"))
}

fn find(ctx: Ctx, r: &SourceRef) -> Option<Source> {
    ctx.data
        .with_value(|d| d.file.sources.iter().find(|s| s.id == r.id()).cloned())
}

/// One source in full: title (linked, new tab), author, publisher, date, locator, note.
fn source_item(ctx: Ctx, r: &SourceRef) -> impl IntoView {
    let locator = r.locator().map(|l| format!(", {l}"));
    match find(ctx, r) {
        None => view! { <li class="tk-source">{r.id().to_string()}</li> }.into_any(),
        Some(s) => {
            let title = match safe_url(&s.url) {
                Some(url) => view! {
                    <a href=url target="_blank" rel="noopener noreferrer" class="tk-source-title">{s.title.clone()}</a>
                    <span class="tk-sr">" ("{ctx.loc().t("new_tab")}")"</span>
                }
                .into_any(),
                None => view! { <span class="tk-source-title">{s.title.clone()}</span> }.into_any(),
            };
            let meta: Vec<String> = [s.author.clone(), s.publisher.clone(), s.published.clone()]
                .into_iter()
                .flatten()
                .collect();
            let meta = (!meta.is_empty()).then(|| format!(" — {}", meta.join(", ")));
            let note = s
                .note
                .as_ref()
                .map(|n| view! { <span class="tk-source-note">{ctx.text(n)}</span> });
            view! { <li class="tk-source">{title}{meta}{locator}{note}</li> }.into_any()
        }
    }
}

#[component]
pub fn SourceList(ctx: Ctx, refs: Vec<SourceRef>) -> impl IntoView {
    let items = refs.iter().map(|r| source_item(ctx, r)).collect_view();
    view! {
        <section class="tk-sources">
            <h3>{ctx.loc().t("sources")}</h3>
            <ol>{items}</ol>
        </section>
    }
}

/// Compact: "Sources: Title A; Title B" with links.
#[component]
pub fn SourceRefs(ctx: Ctx, refs: Vec<SourceRef>) -> impl IntoView {
    let items = refs
        .iter()
        .map(|r| {
            let s = find(ctx, r);
            let label = s.as_ref().map(|s| s.title.clone()).unwrap_or_else(|| r.id().to_string());
            let label = match r.locator() {
                Some(l) => format!("{label}, {l}"),
                None => label,
            };
            match s.and_then(|s| safe_url(&s.url)) {
                Some(url) => view! { <li><a href=url target="_blank" rel="noopener noreferrer">{label}</a></li> }.into_any(),
                None => view! { <li>{label}</li> }.into_any(),
            }
        })
        .collect_view();
    view! {
        <div class="tk-refs">
            <span class="tk-refs-title">{ctx.loc().t("sources")}": "</span>
            <ul>{items}</ul>
        </div>
    }
}
