//! Interface languages and their strings, loaded from the locale files in `locales/`.
use serde::Deserialize;
use std::collections::HashMap;
use std::sync::OnceLock;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Lang {
    En,
    Ru,
    Kk,
}

impl Lang {
    pub const ALL: [Lang; 3] = [Lang::Kk, Lang::Ru, Lang::En];

    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Ru => "ru",
            Lang::Kk => "kk",
        }
    }

    pub fn from_code(code: &str) -> Option<Lang> {
        match code.trim().to_ascii_lowercase().as_str() {
            "en" => Some(Lang::En),
            "ru" => Some(Lang::Ru),
            "kk" | "kz" => Some(Lang::Kk),
            _ => None,
        }
    }

    /// The language's name in itself, as the switcher shows it.
    pub fn endonym(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Ru => "Русский",
            Lang::Kk => "Қазақша",
        }
    }
}

/// One locale file.
#[derive(Debug, Deserialize)]
pub struct Locale {
    pub months: [String; 12],
    pub months_genitive: [String; 12],
    pub months_short: [String; 12],
    /// Spring, summer, autumn, winter (Kazakh in the possessive form: "күзі").
    pub seasons: [String; 4],
    strings: HashMap<String, String>,
}

impl Locale {
    /// A UI string; a missing key shows the key itself so the gap is visible, not blank.
    pub fn t<'a>(&'a self, key: &'a str) -> &'a str {
        self.strings.get(key).map(String::as_str).unwrap_or(key)
    }

    /// A UI string with `{name}` placeholders filled in.
    pub fn tf(&self, key: &str, args: &[(&str, &str)]) -> String {
        let mut out = self.t(key).to_string();
        for (name, value) in args {
            out = out.replace(&format!("{{{name}}}"), value);
        }
        out
    }

    pub fn keys(&self) -> impl Iterator<Item = &String> {
        self.strings.keys()
    }
}

const EN: &str = include_str!("../../locales/en.json");
const RU: &str = include_str!("../../locales/ru.json");
const KK: &str = include_str!("../../locales/kk.json");

/// The locale for `lang`. The files are compiled in and checked by tests, so parsing cannot
/// fail at run time; should it ever, English is used rather than panicking.
pub fn locale(lang: Lang) -> &'static Locale {
    static CELLS: [OnceLock<Locale>; 3] = [OnceLock::new(), OnceLock::new(), OnceLock::new()];
    let (i, text) = match lang {
        Lang::En => (0, EN),
        Lang::Ru => (1, RU),
        Lang::Kk => (2, KK),
    };
    CELLS[i].get_or_init(|| serde_json::from_str(text).unwrap_or_else(|_| fallback_locale()))
}

fn fallback_locale() -> Locale {
    serde_json::from_str(EN).unwrap_or_else(|_| Locale {
        months: Default::default(),
        months_genitive: Default::default(),
        months_short: Default::default(),
        seasons: Default::default(),
        strings: HashMap::new(),
    })
}

/// Parse a locale file's text (used by tests to check every file).
pub fn parse_locale(text: &str) -> Result<Locale, String> {
    serde_json::from_str(text).map_err(|e| e.to_string())
}

pub fn locale_sources() -> [(Lang, &'static str); 3] {
    [(Lang::En, EN), (Lang::Ru, RU), (Lang::Kk, KK)]
}
