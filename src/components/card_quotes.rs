//! Quotations on a card: text in the reader's language, the original, who said it, the source,
//! and whether the translation is ours or the quotation unverified.
use super::card_sources::SourceRefs;
use super::context::Ctx;
use crate::content::Quote;
use crate::core::date::parse_edtf;
use crate::core::date_format::format_edtf;
use leptos::prelude::*;

fn quote_view(ctx: Ctx, q: Quote) -> impl IntoView {
    let lang = ctx.lang();
    let fallback = ctx.data.with_value(|d| d.fallback_code().to_string());
    let shown = q.text.get(lang.code(), &fallback);
    let shown_lang = shown.lang.unwrap_or(lang.code()).to_string();
    let ours = q.translated_by_us.contains(&shown_lang);
    let original = q
        .original
        .clone()
        .filter(|o| o.text.trim() != shown.text.trim());
    let date = q
        .date
        .as_deref()
        .and_then(|d| parse_edtf(d).ok())
        .map(|d| format_edtf(&d, lang, false));
    let speaker = ctx.text(&q.speaker);
    let cite = [
        Some(speaker),
        date,
        q.published_in.as_ref().map(|p| ctx.text(p)),
    ]
    .into_iter()
    .flatten()
    .filter(|s| !s.is_empty())
    .collect::<Vec<_>>()
    .join(", ");
    let note = q
        .note
        .as_ref()
        .map(|n| view! { <p class="tk-quote-note">{ctx.text(n)}</p> });
    view! {
        <figure class="tk-quote-figure" class:tk-unverified=q.unverified>
            {q.unverified.then(|| view! { <p class="tk-badge tk-badge-unverified">{ctx.loc().t("unverified")}</p> })}
            <blockquote class="tk-quote" lang=shown_lang>
                <p>{shown.text.to_string()}</p>
            </blockquote>
            {ours.then(|| view! { <p class="tk-quote-tr">{ctx.loc().t("our_translation")}</p> })}
            {original.map(|o| view! {
                <p class="tk-quote-original">
                    <span class="tk-quote-original-label">{ctx.loc().t("original_text")}" ("{o.lang.clone()}"): "</span>
                    <span lang=o.lang.clone()>{o.text.clone()}</span>
                </p>
            })}
            <figcaption class="tk-quote-cite">"— "{cite}</figcaption>
            {note}
            <SourceRefs ctx=ctx refs=q.sources.clone() />
        </figure>
    }
}

#[component]
pub fn CardQuotes(ctx: Ctx, ids: Vec<String>) -> impl IntoView {
    let quotes: Vec<Quote> = ctx.data.with_value(|d| {
        ids.iter()
            .filter_map(|id| d.file.quotes.iter().find(|q| &q.id == id).cloned())
            .collect()
    });
    (!quotes.is_empty()).then(|| {
        let items = quotes
            .into_iter()
            .map(|q| quote_view(ctx, q))
            .collect_view();
        view! { <section class="tk-quotes"><h3>{ctx.loc().t("quotations")}</h3>{items}</section> }
    })
}
