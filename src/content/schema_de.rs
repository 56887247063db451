//! Hand-written `Deserialize` for the two either/or types of the schema. serde's derived
//! `untagged` enums buffer every value and try each variant in turn; these visitors read a
//! string or an object directly: less code in the page's wasm, a faster load, and messages that
//! say what is expected.
use super::schema::{SourceRef, Text};
use serde::de::{self, Deserializer, MapAccess, Visitor};
use serde::Deserialize;
use std::collections::BTreeMap;
use std::fmt;

/// The wording `parse::explain` recognises (and tests look for).
pub const TEXT_EXPECTED: &str = "text: a string, or an object from language code to string such \
     as {\"en\": \"…\", \"ru\": \"…\", \"kk\": \"…\"}";
pub const SOURCE_REF_EXPECTED: &str =
    "a source reference: a source id such as \"s1\", or {\"id\": \"s1\", \"locator\": \"p. 12\"}";

struct TextVisitor;

impl<'de> Visitor<'de> for TextVisitor {
    type Value = Text;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(TEXT_EXPECTED)
    }

    fn visit_str<E: de::Error>(self, s: &str) -> Result<Text, E> {
        Ok(Text::One(s.to_string()))
    }

    fn visit_string<E: de::Error>(self, s: String) -> Result<Text, E> {
        Ok(Text::One(s))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Text, A::Error> {
        let mut texts = BTreeMap::new();
        while let Some((lang, text)) = map.next_entry::<String, String>()? {
            texts.insert(lang, text);
        }
        Ok(Text::Many(texts))
    }
}

impl<'de> Deserialize<'de> for Text {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Text, D::Error> {
        d.deserialize_any(TextVisitor)
    }
}

struct SourceRefVisitor;

impl<'de> Visitor<'de> for SourceRefVisitor {
    type Value = SourceRef;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(SOURCE_REF_EXPECTED)
    }

    fn visit_str<E: de::Error>(self, s: &str) -> Result<SourceRef, E> {
        Ok(SourceRef::Id(s.to_string()))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<SourceRef, A::Error> {
        let (mut id, mut locator) = (None, None);
        while let Some(key) = map.next_key::<String>()? {
            match key.as_str() {
                "id" => id = Some(map.next_value::<String>()?),
                "locator" => locator = map.next_value::<Option<String>>()?,
                other => return Err(de::Error::unknown_field(other, &["id", "locator"])),
            }
        }
        let id = id.ok_or_else(|| de::Error::missing_field("id"))?;
        Ok(SourceRef::Located { id, locator })
    }
}

impl<'de> Deserialize<'de> for SourceRef {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<SourceRef, D::Error> {
        d.deserialize_any(SourceRefVisitor)
    }
}
