//! HTML character references (`&amp;`, `&#39;`, `&#x2014;`) in TimelineJS3 text and URLs.
//! Only the common named entities are known; anything else is left as written, which is what
//! a reader would see in a plain-text fallback anyway.

/// Decode the entities of an attribute value or URL taken from markup.
pub fn decode_entities(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut i = 0;
    while let Some(pos) = s[i..].find('&') {
        out.push_str(&s[i..i + pos]);
        let (c, used) = decode_entity(&s[i + pos..]);
        out.push(c);
        i += pos + used;
    }
    out.push_str(&s[i..]);
    out
}

/// The character of the entity at the start of `s` (which begins with `&`) and the bytes used.
/// Anything that is not a known entity stays a literal `&`.
pub fn decode_entity(s: &str) -> (char, usize) {
    let literal = ('&', 1);
    let Some(semi) = s.bytes().take(34).position(|b| b == b';') else {
        return literal;
    };
    let name = &s[1..semi];
    let c = if let Some(num) = name.strip_prefix('#') {
        let code = match num.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok(),
            None => num.parse::<u32>().ok(),
        };
        match code {
            Some(0) => Some('\u{FFFD}'),
            Some(code) => Some(char::from_u32(code).unwrap_or('\u{FFFD}')),
            None => None,
        }
    } else {
        named_entity(name)
    };
    match c {
        Some(c) => (c, semi + 1),
        None => literal,
    }
}

fn named_entity(name: &str) -> Option<char> {
    Some(match name {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        "nbsp" => '\u{A0}',
        "ndash" => '–',
        "mdash" => '—',
        "hellip" => '…',
        "lsquo" => '‘',
        "rsquo" => '’',
        "ldquo" => '“',
        "rdquo" => '”',
        "laquo" => '«',
        "raquo" => '»',
        "bull" => '•',
        "middot" => '·',
        "copy" => '©',
        "reg" => '®',
        "trade" => '™',
        "deg" => '°',
        "times" => '×',
        "eacute" => 'é',
        "egrave" => 'è',
        "aacute" => 'á',
        "agrave" => 'à',
        "oacute" => 'ó',
        "uacute" => 'ú',
        "iacute" => 'í',
        "ntilde" => 'ñ',
        "ccedil" => 'ç',
        "auml" => 'ä',
        "ouml" => 'ö',
        "uuml" => 'ü',
        _ => return None,
    })
}
