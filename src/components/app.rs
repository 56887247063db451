//! Loads a content source and shows the timeline, or the problems with the file.
use super::error_panel::ErrorPanel;
use super::timeline::Timeline;
use crate::browser::{content_worker, fetch::fetch_text, sketch, storage};
use crate::content::prepared::Prepared;
use crate::content::worker_reply::Reply;
use crate::content::{load_quick, Problem};
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

/// The last good version of `src`, if one was kept and still loads.
fn fallback_for(src: Option<&str>) -> Option<Rc<Prepared>> {
    src.and_then(storage::load_last_good)
        .and_then(|t| load_quick(&t))
        .map(|c| Rc::new(Prepared::new(c)))
}

/// Text of a content file -> what to show. A valid `tarikh/1` file takes the fast path on this
/// thread; anything else (a TimelineJS3 file, a file with problems) goes to the content worker.
async fn prepare(text: String, src: Option<String>, what: String, lang: Lang) -> Status {
    let src = src.as_deref();
    if let Some(content) = load_quick(&text) {
        if let Some(src) = src {
            storage::save_last_good(src, &text);
        }
        return Status::Ready(Rc::new(Prepared::new(content)));
    }
    let problems = match content_worker::load(&text).await {
        Ok(Reply::Content(json)) => match load_quick(&json) {
            Some(content) => {
                if let Some(src) = src {
                    storage::save_last_good(src, &json);
                }
                return Status::Ready(Rc::new(Prepared::new(content)));
            }
            None => vec![Problem::error("", "the converted file did not load")],
        },
        Ok(Reply::Problems(problems)) => problems,
        Err(why) => vec![Problem::error(
            "",
            locale(lang).tf("check_failed", &[("why", &why)]),
        )],
    };
    Status::Failed {
        problems,
        fallback: fallback_for(src),
        what,
    }
}

#[component]
pub fn TimelineApp(
    source: ContentSource,
    lang: Option<Lang>,
    url_sync: bool,
    idle_s: Option<u32>,
    /// The first-paint sketch to remove once something else is shown (see `browser::sketch`).
    sketch: Option<sketch::Drawn>,
) -> impl IntoView {
    let status = RwSignal::new_local(Status::Loading);
    let ui_lang = lang.unwrap_or(Lang::En);
    spawn_local(async move {
        let next = match source {
            ContentSource::Inline(text) => {
                prepare(text, None, "inline content".to_string(), ui_lang).await
            }
            ContentSource::Url(src) => match fetch_text(&src).await {
                Ok(text) => prepare(text, Some(src.clone()), src, ui_lang).await,
                Err(why) => Status::Failed {
                    problems: vec![Problem::error(
                        "",
                        locale(ui_lang).tf("load_failed", &[("url", &src), ("why", &why)]),
                    )],
                    fallback: fallback_for(Some(&src)),
                    what: src.clone(),
                },
            },
        };
        status.set(next);
        if let Some(sketch) = sketch {
            sketch.remove();
        }
    });
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
