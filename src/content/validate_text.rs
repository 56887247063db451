//! Text checks: languages, translations, alt text, lengths, importance, quotations and the URLs
//! and file paths the timeline will open or load.
use super::schema::Text;
use super::validate::{Path, Validator};

/// Languages the interface itself is translated into.
const INTERFACE_LANGUAGES: [&str; 3] = ["en", "ru", "kk"];
/// What a card or a kiosk shows first must be readable at a glance.
const MAX_SUMMARY_WORDS: usize = 60;

pub(crate) fn check(v: &mut Validator) {
    languages(v);
    let c = v.content;
    translations(v, Path::top("title"), &c.title, "title");
    for (i, lane) in c.lanes.iter().enumerate() {
        let path = v.path("lanes", i).field("title");
        if lane.title.is_blank() {
            v.error(
                path,
                "this lane has no title: add \"title\" so its label can be read",
            );
        } else {
            translations(v, path, &lane.title, "lane title");
        }
    }
    for (i, era) in c.eras.iter().enumerate() {
        translations(v, v.path("eras", i).field("title"), &era.title, "era title");
    }
    for (i, event) in c.events.iter().enumerate() {
        let base = v.path("events", i);
        if event.title.is_blank() {
            v.error(
                base.field("title"),
                "this event has no title: add \"title\"",
            );
        }
        translations(v, base.field("title"), &event.title, "title");
        translations(v, base.field("summary"), &event.summary, "summary");
        for (lang, summary) in event.summary.entries() {
            let words = summary.split_whitespace().count();
            if words > MAX_SUMMARY_WORDS {
                let which = if lang.is_empty() {
                    String::new()
                } else {
                    format!(" ({lang})")
                };
                v.warning(
                    base.field("summary"),
                    format!("summary{which} has {words} words: keep it to {MAX_SUMMARY_WORDS} and move the rest to `body`"),
                );
            }
        }
        if !(1..=3).contains(&event.importance) {
            v.error(
                base.field("importance"),
                format!(
                    "importance is {}: use 1 (always visible), 2 (medium zoom) or 3 (detail)",
                    event.importance
                ),
            );
        }
        for (j, link) in event.links.iter().enumerate() {
            web_url(v, base.field("links").at(j).field("url"), &link.url);
        }
    }
    quotes(v);
    media(v);
    for (i, source) in c.sources.iter().enumerate() {
        let base = v.path("sources", i);
        if source.title.trim().is_empty() {
            v.error(
                base.field("title"),
                "this source has no title: add the title of the book, article or page",
            );
        }
        if let Some(url) = &source.url {
            web_url(v, base.field("url"), url);
        }
    }
}

fn languages(v: &mut Validator) {
    let c = v.content;
    if c.languages.is_empty() {
        v.error(
            "languages",
            "no languages: list the languages of the texts, e.g. [\"en\", \"ru\", \"kk\"]",
        );
        return;
    }
    for (i, lang) in c.languages.iter().enumerate() {
        if !INTERFACE_LANGUAGES.contains(&lang.as_str()) {
            v.warning(
                format!("languages[{i}]"),
                format!("language \"{lang}\" has no interface translation (en, ru, kk): its texts show, but buttons fall back to English"),
            );
        }
    }
    if !c.languages.contains(&c.default_language) {
        let message = format!(
            "default_language \"{}\" is not in `languages` ({}): use one of them, or add it there",
            c.default_language,
            c.languages.join(", ")
        );
        v.error("default_language", message);
    }
}

/// Declared languages in which a `Text` map has no (or blank) text. A single string is the same
/// in every language, so it lacks none.
fn missing<'c>(text: &Text, languages: &'c [String]) -> Vec<&'c str> {
    match text {
        Text::One(_) => Vec::new(),
        Text::Many(map) => languages
            .iter()
            .filter(|l| map.get(*l).is_none_or(|s| s.trim().is_empty()))
            .map(String::as_str)
            .collect(),
    }
}

fn translations(v: &mut Validator, path: Path, text: &Text, what: &str) {
    let lacking = missing(text, &v.content.languages);
    if !lacking.is_empty() {
        let list = lacking.join(", ");
        let message = format!("{what} has no text in {list}: add {} (readers in that language see another one instead)", examples(&lacking));
        v.warning(path, message);
    }
}

fn examples(langs: &[&str]) -> String {
    langs
        .iter()
        .map(|l| format!("\"{l}\": \"…\""))
        .collect::<Vec<_>>()
        .join(", ")
}

fn quotes(v: &mut Validator) {
    let c = v.content;
    for (i, quote) in c.quotes.iter().enumerate() {
        let base = v.path("quotes", i);
        if quote.text.is_blank() {
            v.error(
                base.field("text"),
                "the quotation is empty: add its words in `text`",
            );
        }
        if let Some(original) = &quote.original {
            if original.text.trim().is_empty() {
                v.error(
                    base.field("original").field("text"),
                    "original.text is empty: give the quotation as first written, or remove `original`",
                );
            }
            if original.lang.trim().is_empty() {
                v.error(
                    base.field("original").field("lang"),
                    "original.lang is empty: give the language code, e.g. \"kk\"",
                );
            }
        }
        if let Text::Many(map) = &quote.text {
            for (j, lang) in quote.translated_by_us.iter().enumerate() {
                if map.get(lang).is_none_or(|s| s.trim().is_empty()) {
                    v.error(
                        base.field("translated_by_us").at(j),
                        format!("translated_by_us names \"{lang}\", but the quotation has no {lang} text: add \"{lang}\" to `text`, or remove it here"),
                    );
                }
            }
        }
    }
}

fn media(v: &mut Validator) {
    let c = v.content;
    for (i, medium) in c.media.iter().enumerate() {
        let base = v.path("media", i);
        let alt_path = base.field("alt");
        let lacking = missing(&medium.alt, &c.languages);
        if medium.alt.is_blank() {
            v.error(
                alt_path,
                "alt text is empty: describe what the image shows for people who cannot see it",
            );
        } else if !lacking.is_empty() {
            let message = format!(
                "alt text is missing in {}: add {} describing the image",
                lacking.join(", "),
                examples(&lacking)
            );
            v.error(alt_path, message);
        }
        translations(v, base.field("caption"), &medium.caption, "caption");
        if let Some(problem) = media_file_problem(&medium.file) {
            v.error(base.field("file"), problem);
        }
        if medium.width == 0 || medium.height == 0 {
            v.error(
                base.field("width"),
                "width and height must be the image's size in pixels (both above 0), so space is kept for it while it loads",
            );
        }
    }
}

/// True for an absolute http(s) URL: the only kind a card may link to.
fn is_web_url(url: &str) -> bool {
    let lower = url.to_ascii_lowercase();
    let rest = lower
        .strip_prefix("https://")
        .or_else(|| lower.strip_prefix("http://"));
    rest.is_some_and(|r| !r.is_empty() && !r.starts_with('/'))
        && !url.chars().any(|ch| ch.is_whitespace() || ch.is_control())
}

fn web_url(v: &mut Validator, path: Path, url: &str) {
    if !is_web_url(url) {
        v.error(
            path,
            format!("\"{url}\" is not a web address: links must start with https:// (or http://)"),
        );
    }
}

/// Why `file` cannot be loaded safely, if it cannot: only files under `media/` or http(s) URLs.
fn media_file_problem(file: &str) -> Option<String> {
    if is_web_url(file) {
        return None;
    }
    let how = "put the image in public/media/ and write \"media/<name>\", or give an https:// URL";
    if file.contains(':') || file.starts_with('/') || file.contains('\\') {
        return Some(format!(
            "file \"{file}\" is neither a path under media/ nor a web address: {how}"
        ));
    }
    if file
        .split('/')
        .any(|segment| segment == ".." || segment == "." || segment.is_empty())
    {
        return Some(format!(
            "file \"{file}\" must not contain '..', '.' or empty parts: {how}"
        ));
    }
    if !file.starts_with("media/") {
        return Some(format!("file \"{file}\" is not under media/: {how}"));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn media_files_stay_inside_media_or_on_the_web() {
        assert_eq!(media_file_problem("media/aymautov-1920s.jpg"), None);
        assert_eq!(media_file_problem("https://example.org/a.jpg"), None);
        for bad in [
            "javascript:alert(1)",
            "../secret.jpg",
            "media/../x",
            "/etc/passwd",
            "//evil.org/x.jpg",
            "photo.jpg",
            "data:image/png;base64,AA",
            "media/",
        ] {
            assert!(media_file_problem(bad).is_some(), "{bad}");
        }
    }

    #[test]
    fn only_http_urls_are_links() {
        assert!(is_web_url("https://el.kz/a?b=c"));
        assert!(is_web_url("HTTP://example.org"));
        for bad in [
            "javascript:alert(1)",
            "ftp://x",
            "https://",
            "https:///x",
            "https://a b",
            "mailto:a@b",
        ] {
            assert!(!is_web_url(bad), "{bad}");
        }
    }
}
