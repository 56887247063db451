//! Loads a content source and shows the timeline, or the problems with the file.
use super::error_panel::ErrorPanel;
use super::timeline::Timeline;
use crate::browser::{fetch::fetch_text, storage};
use crate::content::prepared::Prepared;
use crate::content::{load_content, Problem};
use crate::core::i18n::{locale, Lang};
use leptos::prelude::*;
use leptos::task::spawn_local;
use std::rc::Rc;

#[derive(Clone)]
pub enum ContentSource {
    Url(String),
    Inline(String),
}

#[derive(Clone)]
enum Status {
    Loading,
    Ready(Rc<Prepared>),
    /// The file has problems; `fallback` is the last good version, if one was kept.
    Failed {
        problems: Vec<Problem>,
        fallback: Option<Rc<Prepared>>,
        what: String,
    },
}

fn prepare(text: &str, src: Option<&str>, what: &str) -> Status {
    match load_content(text) {
        Ok(loaded) => {
            if let Some(src) = src {
                storage::save_last_good(src, text);
            }
            Status::Ready(Rc::new(Prepared::new(loaded.content)))
        }
        Err(problems) => {
            let fallback = src
                .and_then(storage::load_last_good)
                .and_then(|t| load_content(&t).ok())
                .map(|l| Rc::new(Prepared::new(l.content)));
            Status::Failed {
                problems,
                fallback,
                what: what.to_string(),
            }
        }
    }
}

#[component]
pub fn TimelineApp(
    source: ContentSource,
    lang: Option<Lang>,
    url_sync: bool,
    idle_s: Option<u32>,
) -> impl IntoView {
    let status = RwSignal::new_local(Status::Loading);
    match source {
        ContentSource::Inline(text) => status.set(prepare(&text, None, "inline content")),
        ContentSource::Url(src) => spawn_local(async move {
            let next = match fetch_text(&src).await {
                Ok(text) => prepare(&text, Some(&src), &src),
                Err(why) => {
                    let msg = locale(lang.unwrap_or(Lang::En))
                        .tf("load_failed", &[("url", &src), ("why", &why)]);
                    let fallback = storage::load_last_good(&src)
                        .and_then(|t| load_content(&t).ok())
                        .map(|l| Rc::new(Prepared::new(l.content)));
                    Status::Failed {
                        problems: vec![Problem::error("", msg)],
                        fallback,
                        what: src.clone(),
                    }
                }
            };
            status.set(next);
        }),
    }
    let ui_lang = lang.unwrap_or(Lang::En);
    move || match status.get() {
        Status::Loading => view! {
            <div class="tk-loading" role="status">{locale(ui_lang).t("loading")}</div>
        }
        .into_any(),
        Status::Ready(data) => {
            view! { <Timeline data=data lang=lang url_sync=url_sync idle_s=idle_s /> }.into_any()
        }
        Status::Failed {
            problems,
            fallback,
            what,
        } => {
            let kept = fallback.is_some();
            view! {
                <ErrorPanel problems=problems file=what kept=kept lang=ui_lang />
                {fallback.map(|data| view! { <Timeline data=data lang=lang url_sync=url_sync idle_s=idle_s /> })}
            }
            .into_any()
        }
    }
}
