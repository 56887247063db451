//! What a TimelineJS3 `media.url` becomes in Tarikh: an image we can show, or a plain link.
//!
//! TimelineJS3 embeds some thirty kinds of media through third-party players. Tarikh embeds
//! nothing (no third-party scripts, offline kiosks), so only images are kept as media; every
//! other kind becomes a labelled link. The checks follow TimelineJS3's own type table
//! (`src/js/media/MediaType.js`), in its order, because the first match wins there too.
use super::timelinejs3_html::{decode_entities, html_to_text, is_http};

#[derive(Debug, Clone, PartialEq)]
pub enum MediaTarget {
    /// An image file we can show directly.
    Image { url: String },
    /// Anything else: a link whose label names the kind, e.g. "Video (YouTube)".
    Link { url: String, label: String },
    /// Markup with no address but with readable text (a quotation in a `<blockquote>`): the
    /// plain text, which the event keeps as text.
    Text(String),
    /// Nothing usable; the text says why (for the warning).
    Unusable(String),
}

const IMAGE_EXTENSIONS: &[&str] = &["jpg", "jpeg", "png", "gif", "svg", "webp"];

/// Classify a `media.url`; `None` when it is empty (TimelineJS3 ignores such media too).
pub fn classify(raw: &str) -> Option<MediaTarget> {
    let raw = raw.trim();
    if raw.is_empty() {
        return None;
    }
    if raw.starts_with('<') {
        return Some(classify_markup(raw));
    }
    Some(match absolute(raw) {
        Some(url) => classify_url(&url),
        None => MediaTarget::Unusable(format!(
            "media url \"{}\" is not an absolute http(s) address, so it cannot be shown",
            shorten(raw)
        )),
    })
}

/// Raw `<iframe>` / `<blockquote>` markup: keep the first http(s) address inside as a link, or
/// failing that the quotation's text.
fn classify_markup(markup: &str) -> MediaTarget {
    let urls = http_urls(markup);
    let tweet = markup.contains("twitter-tweet");
    // A tweet embed links hashtags and pictures first; the tweet itself is the /status/ link.
    let picked = if tweet {
        urls.iter()
            .find(|u| u.contains("/status/"))
            .or(urls.first())
    } else {
        urls.first()
    };
    let Some(url) = picked else {
        let plain = html_to_text(markup).text;
        if !plain.is_empty() {
            return MediaTarget::Text(plain);
        }
        let what = if markup
            .get(..7)
            .is_some_and(|s| s.eq_ignore_ascii_case("<iframe"))
        {
            "an <iframe>"
        } else if markup
            .get(..11)
            .is_some_and(|s| s.eq_ignore_ascii_case("<blockquote"))
        {
            "a <blockquote>"
        } else {
            "HTML markup"
        };
        return MediaTarget::Unusable(format!(
            "media is {what} with no http(s) address in it; Tarikh does not embed markup, so it is left out"
        ));
    };
    match classify_url(url) {
        MediaTarget::Link { url, .. } if tweet => MediaTarget::Link {
            url,
            label: "Tweet".into(),
        },
        MediaTarget::Link { url, label } if label == "Web page" => MediaTarget::Link {
            url,
            label: "Embedded page".into(),
        },
        other => other,
    }
}

fn classify_url(url: &str) -> MediaTarget {
    let lower = url.to_ascii_lowercase();
    let after_scheme = lower.split_once("://").map_or(lower.as_str(), |(_, r)| r);
    let host_end = after_scheme
        .find(['/', '?', '#'])
        .unwrap_or(after_scheme.len());
    let host = after_scheme[..host_end].rsplit('@').next().unwrap_or("");
    let host = host.split(':').next().unwrap_or(host);
    let host = host
        .strip_prefix("www.")
        .or_else(|| host.strip_prefix("m."))
        .unwrap_or(host);
    let rest = &after_scheme[host_end..];
    let path = rest.split(['?', '#']).next().unwrap_or("");
    let ext = path.rsplit_once('.').map_or("", |(_, e)| e);
    let on = |domain: &str| host == domain || host.ends_with(&format!(".{domain}"));
    let link = |label: &str| MediaTarget::Link {
        url: url.to_string(),
        label: label.to_string(),
    };
    if on("youtube.com") || on("youtu.be") || on("youtube-nocookie.com") {
        link("Video (YouTube)")
    } else if on("vimeo.com") {
        link("Video (Vimeo)")
    } else if on("dailymotion.com") || on("dai.ly") {
        link("Video (Dailymotion)")
    } else if on("vine.co") {
        link("Video (Vine)")
    } else if on("tiktok.com") {
        link("Video (TikTok)")
    } else if on("bsky.app") {
        link("Post (Bluesky)")
    } else if on("soundcloud.com") {
        link("Audio (SoundCloud)")
    } else if on("twitter.com") || on("x.com") {
        link("Tweet")
    } else if (host.starts_with("google.") || host.starts_with("maps.google."))
        && (path.starts_with("/maps") || host.starts_with("maps."))
        || (host == "goo.gl" && path.starts_with("/maps"))
    {
        link("Map (Google Maps)")
    } else if on("flickr.com") || on("flic.kr") {
        link("Photo page (Flickr)")
    } else if on("instagram.com") {
        link(if path.starts_with("/p/") {
            "Photo (Instagram)"
        } else {
            "Profile (Instagram)"
        })
    } else if on("documentcloud.org") {
        link("Document (DocumentCloud)")
    } else if let Some(image) = wikimedia_file(url, host) {
        image
    } else if on("wikipedia.org") {
        link("Wikipedia article")
    } else if IMAGE_EXTENSIONS.contains(&ext) || host == "upload.wikimedia.org" {
        MediaTarget::Image {
            url: url.to_string(),
        }
    } else if on("imgur.com") {
        link("Image page (Imgur)")
    } else if host == "docs.google.com" {
        link("Document (Google Docs)")
    } else if host == "drive.google.com" {
        link("File (Google Drive)")
    } else if ext == "pdf" {
        link("PDF document")
    } else if on("spotify.com") {
        link("Audio (Spotify)")
    } else if matches!(ext, "mp4" | "webm" | "ogv" | "mov" | "m4v") {
        link("Video")
    } else if on("wistia.com") || on("wistia.net") || on("wi.st") {
        link("Video (Wistia)")
    } else if matches!(ext, "mp3" | "wav" | "m4a" | "ogg" | "oga" | "aac") {
        link("Audio")
    } else {
        link("Web page")
    }
}

/// A Wikimedia file page (`commons.wikimedia.org/wiki/File:X.jpg`, or a Wikipedia article's
/// `#/media/File:X.jpg`) is an HTML page, not the image. MediaWiki's `Special:FilePath/X.jpg`
/// redirects to the file itself, so the image can be shown without calling their API.
fn wikimedia_file(url: &str, host: &str) -> Option<MediaTarget> {
    if !(host.ends_with("wikimedia.org") || host.ends_with("wikipedia.org")) {
        return None;
    }
    let start = ["/wiki/File:", "#/media/File:"]
        .iter()
        .find_map(|marker| url.find(marker).map(|p| p + marker.len()))?;
    let name = url[start..].split(['?', '#']).next().unwrap_or("");
    if name.is_empty() {
        return None;
    }
    let ext = name
        .rsplit_once('.')
        .map_or("", |(_, e)| e)
        .to_ascii_lowercase();
    let scheme_host = url.split_once("/wiki/").map_or(url, |(a, _)| a);
    let scheme_host = scheme_host.split('#').next().unwrap_or(scheme_host);
    if IMAGE_EXTENSIONS.contains(&ext.as_str()) {
        Some(MediaTarget::Image {
            url: format!("{scheme_host}/wiki/Special:FilePath/{name}"),
        })
    } else {
        Some(MediaTarget::Link {
            url: url.to_string(),
            label: "File (Wikimedia Commons)".into(),
        })
    }
}

/// An absolute http(s) address: protocol-relative `//host/…` gets `https:`, `www.` gets
/// `https://`; relative paths and other schemes (`javascript:`, `data:`) give `None`.
fn absolute(raw: &str) -> Option<String> {
    if raw.chars().any(char::is_whitespace) {
        return None;
    }
    if is_http(raw) {
        Some(raw.to_string())
    } else if let Some(rest) = raw.strip_prefix("//") {
        Some(format!("https://{rest}"))
    } else if raw.get(..4).is_some_and(|s| s.eq_ignore_ascii_case("www.")) {
        Some(format!("https://{raw}"))
    } else {
        None
    }
}

/// Every http(s) address in a piece of markup, entities decoded, in order.
fn http_urls(markup: &str) -> Vec<String> {
    let lower = markup.to_ascii_lowercase();
    let mut found = Vec::new();
    let mut from = 0;
    while let Some(p) = lower[from..].find("http") {
        let start = from + p;
        let tail = &lower[start..];
        if tail.starts_with("http://") || tail.starts_with("https://") {
            let len = tail
                .find(|c: char| c.is_whitespace() || matches!(c, '"' | '\'' | '<' | '>' | '`'))
                .unwrap_or(tail.len());
            found.push(decode_entities(&markup[start..start + len]));
            from = start + len;
        } else {
            from = start + 4;
        }
    }
    found
}

fn shorten(s: &str) -> String {
    let mut out: String = s.chars().take(80).collect();
    if out.len() < s.len() {
        out.push('…');
    }
    out
}
