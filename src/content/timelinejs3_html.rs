//! HTML from TimelineJS3 text fields turned into plain text.
//!
//! Tarikh renders content as text, never as HTML, so markup is removed here instead of being
//! sanitised: tags disappear, entities are decoded, block tags become line or paragraph breaks,
//! and `<script>`/`<style>` bodies are dropped whole. Link targets are kept aside as data so the
//! card can offer them as plain links. A hand-written scanner (no regex crate) that never panics
//! on malformed input: an unterminated tag or comment swallows the rest of the input.
pub use super::timelinejs3_entities::decode_entities;
use super::timelinejs3_entities::decode_entity;

/// Plain text and the http(s) links found in `<a href>` (url, link text), in document order.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PlainText {
    pub text: String,
    pub links: Vec<(String, String)>,
}

/// Elements whose content is never text a reader should see.
const SKIPPED: &[&str] = &[
    "script", "style", "template", "noscript", "iframe", "object", "head",
];
/// Elements that end a paragraph (a blank line between blocks).
#[rustfmt::skip]
const BLOCKS: &[&str] = &[
    "p", "div", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "table", "pre",
    "section", "article", "header", "footer", "figure", "figcaption", "hr", "dl", "cite",
];
/// Elements that end a line.
const LINES: &[&str] = &["br", "li", "tr", "dt", "dd"];

/// HTML to plain text with paragraph breaks (`\n\n`) and line breaks (`\n`).
pub fn html_to_text(html: &str) -> PlainText {
    let mut out = Out::default();
    let mut links = Vec::new();
    // The href of the `<a>` being read and where its text starts in `out.text`.
    let mut open_link: Option<(String, usize)> = None;
    let bytes = html.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'<' => match read_markup(html, i) {
                Markup::Text => {
                    out.push('<');
                    i += 1;
                }
                Markup::Skip(end) => i = end,
                Markup::Tag(tag) => {
                    i = tag.end;
                    if tag.name == "a" {
                        finish_link(&mut open_link, &out.text, &mut links);
                        if !tag.closing {
                            open_link =
                                tag.href.filter(|h| is_http(h)).map(|h| (h, out.text.len()));
                        }
                    } else if !tag.closing && !tag.self_closing && SKIPPED.contains(&&*tag.name) {
                        i = skip_element_body(html, i, &tag.name);
                    } else if BLOCKS.contains(&&*tag.name) {
                        out.brk(2);
                    } else if LINES.contains(&&*tag.name) {
                        out.brk(1);
                    } else if tag.name == "td" || tag.name == "th" {
                        out.push(' ');
                    }
                }
            },
            b'&' => {
                let (decoded, used) = decode_entity(&html[i..]);
                out.push(decoded);
                i += used;
            }
            _ => {
                if let Some(c) = html[i..].chars().next() {
                    out.push(c);
                    i += c.len_utf8();
                } else {
                    break;
                }
            }
        }
    }
    finish_link(&mut open_link, &out.text, &mut links);
    PlainText {
        text: out.text,
        links,
    }
}

/// Plain text on one line: for headlines, titles and labels.
pub fn html_to_line(html: &str) -> String {
    one_line(&html_to_text(html).text)
}

/// Collapse line breaks (and any run of whitespace) into single spaces.
pub fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

pub fn is_http(url: &str) -> bool {
    let url = url.trim_start();
    let lower = url.get(..8).unwrap_or(url).to_ascii_lowercase();
    lower.starts_with("http://") || lower.starts_with("https://")
}

/// Text being built with HTML whitespace rules: runs of whitespace become one space, breaks
/// are only written between two pieces of text, so nothing leading or trailing survives.
#[derive(Default)]
struct Out {
    text: String,
    space: bool,
    breaks: u8,
}

impl Out {
    fn push(&mut self, c: char) {
        if c.is_whitespace() {
            self.space = true;
            return;
        }
        if c.is_control() {
            return;
        }
        if !self.text.is_empty() {
            if self.breaks > 0 {
                self.text
                    .extend(std::iter::repeat_n('\n', self.breaks as usize));
            } else if self.space {
                self.text.push(' ');
            }
        }
        self.space = false;
        self.breaks = 0;
        self.text.push(c);
    }
    fn brk(&mut self, n: u8) {
        self.breaks = self.breaks.max(n);
    }
}

fn finish_link(open: &mut Option<(String, usize)>, text: &str, links: &mut Vec<(String, String)>) {
    if let Some((href, start)) = open.take() {
        let label = one_line(text.get(start..).unwrap_or(""));
        let label = if label.is_empty() {
            href.clone()
        } else {
            label
        };
        links.push((href, label));
    }
}

struct Tag {
    name: String,
    closing: bool,
    self_closing: bool,
    href: Option<String>,
    /// Byte offset just after the tag's `>`.
    end: usize,
}

enum Markup {
    /// A `<` that starts no markup, as in `a < b`.
    Text,
    /// A comment, doctype or processing instruction, ending at this offset.
    Skip(usize),
    Tag(Tag),
}

fn read_markup(html: &str, lt: usize) -> Markup {
    let rest = &html[lt + 1..];
    let after = |needle: &str, from: usize| {
        html.get(from..)
            .and_then(|s| s.find(needle))
            .map(|p| from + p + needle.len())
            .unwrap_or(html.len())
    };
    if rest.starts_with("!--") {
        return Markup::Skip(after("-->", lt + 4));
    }
    if rest.starts_with('!') || rest.starts_with('?') {
        return Markup::Skip(after(">", lt + 1));
    }
    let closing = rest.starts_with('/');
    let name_start = lt + 1 + usize::from(closing);
    let bytes = html.as_bytes();
    if !bytes.get(name_start).is_some_and(u8::is_ascii_alphabetic) {
        return if closing {
            Markup::Skip(after(">", name_start))
        } else {
            Markup::Text
        };
    }
    let mut j = name_start;
    while bytes
        .get(j)
        .is_some_and(|b| b.is_ascii_alphanumeric() || *b == b'-')
    {
        j += 1;
    }
    let name = html[name_start..j].to_ascii_lowercase();
    let (href, self_closing, end) = read_attributes(html, j);
    Markup::Tag(Tag {
        name,
        closing,
        self_closing,
        href,
        end,
    })
}

/// Attributes from `from` to the closing `>`: the `href` value (entities decoded), whether the
/// tag closes itself, and the offset after `>` (or the end of input when it never closes).
fn read_attributes(html: &str, from: usize) -> (Option<String>, bool, usize) {
    let bytes = html.as_bytes();
    let mut j = from;
    let mut href = None;
    let mut self_closing = false;
    loop {
        while bytes.get(j).is_some_and(|b| b.is_ascii_whitespace()) {
            j += 1;
        }
        match bytes.get(j) {
            None => return (href, self_closing, html.len()),
            Some(b'>') => return (href, self_closing, j + 1),
            Some(b'/') => {
                self_closing = true;
                j += 1;
                continue;
            }
            Some(_) => self_closing = false,
        }
        let name_start = j;
        while bytes
            .get(j)
            .is_some_and(|b| !b.is_ascii_whitespace() && !matches!(b, b'=' | b'>' | b'/'))
        {
            j += 1;
        }
        let name = html.get(name_start..j).unwrap_or("").to_ascii_lowercase();
        while bytes.get(j).is_some_and(|b| b.is_ascii_whitespace()) {
            j += 1;
        }
        if bytes.get(j) != Some(&b'=') {
            continue;
        }
        j += 1;
        while bytes.get(j).is_some_and(|b| b.is_ascii_whitespace()) {
            j += 1;
        }
        let value = match bytes.get(j) {
            Some(&q) if q == b'"' || q == b'\'' => {
                let start = j + 1;
                let stop = html[start..]
                    .find(q as char)
                    .map_or(html.len(), |p| start + p);
                j = (stop + 1).min(html.len());
                html.get(start..stop).unwrap_or("")
            }
            _ => {
                let start = j;
                while bytes
                    .get(j)
                    .is_some_and(|b| !b.is_ascii_whitespace() && *b != b'>')
                {
                    j += 1;
                }
                html.get(start..j).unwrap_or("")
            }
        };
        if name == "href" {
            href = Some(decode_entities(value.trim()));
        }
    }
}

/// Offset after the `</name ...>` that closes a skipped element, or the end of input.
fn skip_element_body(html: &str, from: usize, name: &str) -> usize {
    let needle = format!("</{name}");
    let hay = html.get(from..).unwrap_or("").to_ascii_lowercase();
    match hay.find(&needle) {
        Some(p) => {
            let close = from + p + needle.len();
            html.get(close..)
                .and_then(|s| s.find('>'))
                .map_or(html.len(), |q| close + q + 1)
        }
        None => html.len(),
    }
}
