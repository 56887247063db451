//! The deep-link contract: `#event=<id>&lang=en|ru|kk&from=<date>&to=<date>`.
use super::date::parse_edtf;
use super::date_format::iso_day;
use super::i18n::Lang;

#[derive(Debug, Clone, Default, PartialEq)]
pub struct UrlState {
    pub event: Option<String>,
    pub lang: Option<Lang>,
    /// Start and end of the view, in axis days; both or neither.
    pub range_days: Option<(f64, f64)>,
}

/// Parse a location hash (with or without the leading `#`). Anything unusable is dropped, so a
/// broken link still opens the default view.
pub fn parse_hash(hash: &str) -> UrlState {
    let mut state = UrlState::default();
    let (mut from, mut to) = (None, None);
    for pair in hash.trim_start_matches('#').split('&') {
        let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
        let value = percent_decode(value);
        match key {
            "event" if is_slug(&value) => state.event = Some(value),
            "lang" => state.lang = Lang::from_code(&value),
            "from" => from = parse_edtf(&value).ok().map(|d| d.start_days()),
            "to" => to = parse_edtf(&value).ok().map(|d| d.end_days()),
            _ => {}
        }
    }
    if let (Some(a), Some(b)) = (from, to) {
        if a.is_finite() && b.is_finite() && b > a {
            state.range_days = Some((a, b));
        }
    }
    state
}

/// Format the state as a hash (without `#`), in the contract's key order.
pub fn format_hash(state: &UrlState) -> String {
    let mut parts = Vec::new();
    if let Some(id) = &state.event {
        parts.push(format!("event={id}"));
    }
    if let Some(lang) = state.lang {
        parts.push(format!("lang={}", lang.code()));
    }
    if let Some((a, b)) = state.range_days {
        // `to` is inclusive, so the last whole day shown is one before the exclusive end.
        parts.push(format!(
            "from={}&to={}",
            iso_day(a),
            iso_day((b - 1.0).max(a))
        ));
    }
    parts.join("&")
}

/// Event ids are slugs: letters, digits, `-` and `_` (anything else is not an id of ours).
fn is_slug(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 100
        && s.chars()
            .all(|c| c.is_alphanumeric() || c == '-' || c == '_')
}

fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |b: u8| (b as char).to_digit(16);
        if bytes[i] == b'%' && i + 2 < bytes.len() {
            if let (Some(h), Some(l)) = (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                out.push((h * 16 + l) as u8);
                i += 3;
                continue;
            }
        }
        out.push(if bytes[i] == b'+' { b' ' } else { bytes[i] });
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}
