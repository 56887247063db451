//! Images on a card. A file that is missing shows a placeholder with its caption, credit and
//! who holds the original, never a broken image.
use super::context::Ctx;
use crate::content::Medium;
use leptos::prelude::*;

/// Only local paths under the content's folders or http(s) URLs are ever used as image sources.
pub fn safe_src(file: &str) -> Option<String> {
    let f = file.trim();
    let ok_remote = f.starts_with("https://") || f.starts_with("http://");
    let ok_local = !f.is_empty() && !f.contains("..") && !f.contains(':') && !f.starts_with('/');
    (ok_remote || ok_local).then(|| f.to_string())
}

fn medium_view(ctx: Ctx, m: Medium) -> impl IntoView {
    // `held_by` means the content itself says the file is not included: show the placeholder
    // without asking the server for it (no 404 noise on a kiosk). Removing `held_by` after
    // placing the file in public/media/ shows the picture.
    let failed = RwSignal::new(safe_src(&m.file).is_none() || m.held_by.is_some());
    let alt = ctx.text(&m.alt);
    let caption = ctx.text(&m.caption);
    let credit = ctx.text(&m.credit);
    let held_by = m
        .held_by
        .as_ref()
        .map(|h| ctx.loc().tf("held_by", &[("who", &ctx.text(h))]));
    let id = m.id.clone();
    let open = move |_| ctx.image.set(Some(id.clone()));
    let (w, h) = (m.width.max(1), m.height.max(1));
    let src = safe_src(&m.file).unwrap_or_default();
    let picture = move || {
        if failed.get() {
            view! {
                <div class="tk-media-missing" role="img" aria-label=alt.clone()>
                    <span class="tk-media-missing-title">{ctx.loc().t("image_missing")}</span>
                    {held_by.clone().map(|h| view! { <span>{h}</span> })}
                </div>
            }
            .into_any()
        } else {
            view! {
                <button type="button" class="tk-media-open" on:click=open.clone() aria-label=ctx.loc().t("open_image").to_string()>
                    <img
                        src=src.clone()
                        alt=alt.clone()
                        width=w
                        height=h
                        loading="lazy"
                        decoding="async"
                        on:error=move |_| failed.set(true)
                    />
                </button>
            }
            .into_any()
        }
    };
    view! {
        <figure class="tk-media">
            {picture}
            <figcaption>
                <span class="tk-media-caption">{caption}</span>
                <span class="tk-media-credit">{ctx.loc().t("credit")}": "{credit}" · "{ctx.loc().t("licence")}": "{m.license.clone()}</span>
            </figcaption>
        </figure>
    }
}

#[component]
pub fn CardMedia(ctx: Ctx, ids: Vec<String>) -> impl IntoView {
    let media: Vec<Medium> = ctx.data.with_value(|d| {
        ids.iter()
            .filter_map(|id| d.file.media.iter().find(|m| &m.id == id).cloned())
            .collect()
    });
    (!media.is_empty()).then(|| {
        let items = media
            .into_iter()
            .map(|m| medium_view(ctx, m))
            .collect_view();
        view! { <section class="tk-media-list"><h3>{ctx.loc().t("images")}</h3>{items}</section> }
    })
}
