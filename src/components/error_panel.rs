//! A readable list of what is wrong with a content file, and where.
use crate::content::{Problem, Severity};
use crate::core::i18n::{locale, Lang};
use leptos::prelude::*;

#[component]
pub fn ErrorPanel(problems: Vec<Problem>, file: String, kept: bool, lang: Lang) -> impl IntoView {
    let loc = locale(lang);
    let note = if kept {
        loc.t("errors_kept")
    } else {
        loc.t("errors_none_loaded")
    };
    let items = problems
        .into_iter()
        .map(|p| {
            let kind = if p.severity == Severity::Error {
                "tk-error"
            } else {
                "tk-warning"
            };
            let place = match (p.path.is_empty(), p.line) {
                (true, 0) => String::new(),
                (true, l) => format!("line {l}, column {}", p.column),
                (false, 0) => p.path.clone(),
                (false, l) => format!("{} — line {l}, column {}", p.path, p.column),
            };
            view! {
                <li class=kind>
                    <code class="tk-error-where">{place}</code>
                    <span class="tk-error-what">{p.message}</span>
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="tk-errors" role="alert">
            <h2 class="tk-errors-title">{loc.t("errors_title")}</h2>
            <p class="tk-errors-file"><code>{file}</code>" — "{note}</p>
            // Focusable: a long list scrolls, and keyboard users must be able to scroll it.
            <ul class="tk-errors-list" tabindex="0" aria-label=loc.t("errors_title")>{items}</ul>
        </section>
    }
}
