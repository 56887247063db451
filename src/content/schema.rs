//! The typed content format `tarikh/1`. Serde types only; checks live in `validate.rs`.
//! docs/content-format.md documents every field with a commented example.
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The only format version this build reads.
pub const FORMAT_VERSION: &str = "tarikh/1";

/// Localised text: either one string (the same in every language) or language -> string.
/// (`Deserialize` is written by hand in `schema_de.rs`.)
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(untagged)]
pub enum Text {
    One(String),
    Many(BTreeMap<String, String>),
}

impl Default for Text {
    fn default() -> Self {
        Text::One(String::new())
    }
}

/// What a lookup of localised text returned: the text and the language it is really in.
#[derive(Debug, Clone, PartialEq)]
pub struct Localised<'a> {
    pub text: &'a str,
    /// `None` when the text is the same in every language (`Text::One`).
    pub lang: Option<&'a str>,
}

impl Text {
    /// The text in `lang`, falling back to `fallback`, then to any language present.
    pub fn get<'a>(&'a self, lang: &str, fallback: &str) -> Localised<'a> {
        match self {
            Text::One(s) => Localised {
                text: s,
                lang: None,
            },
            Text::Many(map) => {
                let pick = map
                    .get_key_value(lang)
                    .or_else(|| map.get_key_value(fallback))
                    .or_else(|| map.iter().next());
                match pick {
                    Some((l, s)) => Localised {
                        text: s,
                        lang: Some(l),
                    },
                    None => Localised {
                        text: "",
                        lang: None,
                    },
                }
            }
        }
    }

    /// Convenience: the string only.
    pub fn in_lang<'a>(&'a self, lang: &str, fallback: &str) -> &'a str {
        self.get(lang, fallback).text
    }

    /// Every (language, text) pair; `One` yields a single pair with an empty language.
    pub fn entries(&self) -> Vec<(&str, &str)> {
        match self {
            Text::One(s) => vec![("", s.as_str())],
            Text::Many(map) => map.iter().map(|(l, s)| (l.as_str(), s.as_str())).collect(),
        }
    }

    pub fn is_blank(&self) -> bool {
        self.entries().iter().all(|(_, s)| s.trim().is_empty())
    }
}

/// A reference to a source, optionally with a locator such as a page.
/// (`Deserialize` is written by hand in `schema_de.rs`.)
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(untagged)]
pub enum SourceRef {
    Id(String),
    Located {
        id: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        locator: Option<String>,
    },
}

impl SourceRef {
    pub fn id(&self) -> &str {
        match self {
            SourceRef::Id(id) => id,
            SourceRef::Located { id, .. } => id,
        }
    }
    pub fn locator(&self) -> Option<&str> {
        match self {
            SourceRef::Id(_) => None,
            SourceRef::Located { locator, .. } => locator.as_deref(),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ContentFile {
    pub format: String,
    pub id: String,
    pub title: Text,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subtitle: Option<Text>,
    pub languages: Vec<String>,
    pub default_language: String,
    /// EDTF interval covering all content, e.g. `1888/2026`.
    pub extent: String,
    /// EDTF interval shown first, e.g. `1888/1931`.
    pub initial_view: String,
    pub lanes: Vec<Lane>,
    #[serde(default)]
    pub eras: Vec<Era>,
    pub events: Vec<Event>,
    #[serde(default)]
    pub quotes: Vec<Quote>,
    #[serde(default)]
    pub media: Vec<Medium>,
    pub sources: Vec<Source>,
    #[serde(default)]
    pub places: Vec<Place>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Lane {
    pub id: String,
    pub title: Text,
    /// A CSS colour for the lane's markers, e.g. `#8a3b12`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub color: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Era {
    pub id: String,
    pub title: Text,
    /// An EDTF interval.
    pub date: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lane: Option<String>,
    pub sources: Vec<SourceRef>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<Text>,
}

/// One version of a disputed date.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Alternative {
    pub date: String,
    pub sources: Vec<SourceRef>,
    pub note: Text,
}

/// Calendar a date was originally recorded in; the EDTF `date` itself is always Gregorian.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Calendar {
    #[default]
    Gregorian,
    /// Julian "Old Style": shown as "5 (18) December 1917" for days before 14 February 1918.
    Julian,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Event {
    pub id: String,
    /// EDTF (Gregorian): `1889-03-08`, `1929-23`, `1889~`, `1926/1929`.
    pub date: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub alternatives: Vec<Alternative>,
    #[serde(default, skip_serializing_if = "is_gregorian")]
    pub original_calendar: Calendar,
    pub title: Text,
    /// At most 60 words: what a card or kiosk shows first.
    pub summary: Text,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub body: Option<Text>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub place: Option<String>,
    pub lane: String,
    /// 1 = always visible, 2 = visible at medium zoom, 3 = detail.
    #[serde(default = "default_importance")]
    pub importance: u8,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub quotes: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub media: Vec<String>,
    pub sources: Vec<SourceRef>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub related: Vec<String>,
    /// E.g. "some accounts differ" where a widely read text is wrong.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<Text>,
    /// Plain links (for example unsupported TimelineJS3 media); never embedded.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub links: Vec<Link>,
}

fn is_gregorian(c: &Calendar) -> bool {
    *c == Calendar::Gregorian
}

fn default_importance() -> u8 {
    2
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Link {
    pub url: String,
    pub label: Text,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OriginalText {
    /// BCP 47 language code of the original, e.g. `kk`.
    pub lang: String,
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Quote {
    pub id: String,
    /// The quotation per interface language.
    pub text: Text,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub original: Option<OriginalText>,
    pub speaker: Text,
    /// EDTF, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub published_in: Option<Text>,
    pub sources: Vec<SourceRef>,
    /// Languages of `text` whose translation we made (shown as "our translation").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub translated_by_us: Vec<String>,
    /// True when no second source confirms the quotation.
    #[serde(default)]
    pub unverified: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<Text>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum MediaKind {
    Photo,
    Scan,
    Map,
    Illustration,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Medium {
    pub id: String,
    pub kind: MediaKind,
    /// Path relative to `public/` (e.g. `media/map-semey.svg`) or an absolute http(s) URL.
    pub file: String,
    pub width: u32,
    pub height: u32,
    pub alt: Text,
    pub caption: Text,
    pub credit: Text,
    pub license: String,
    #[serde(default)]
    pub sources: Vec<SourceRef>,
    /// Who holds the original when the file is not included (shown on the placeholder).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub held_by: Option<Text>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub id: String,
    pub title: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub author: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub publisher: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// EDTF.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub published: Option<String>,
    /// EDTF day.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub accessed: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<Text>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Place {
    pub id: String,
    pub name: Text,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lat: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lon: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<Text>,
}
