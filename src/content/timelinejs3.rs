//! Importer for TimelineJS3 JSON (their published format) into `tarikh/1` content.
use super::schema::ContentFile;
use super::Problem;
use serde_json::Value;

pub fn import(_value: &Value, _text: &str) -> (Option<ContentFile>, Vec<Problem>) {
    (
        None,
        vec![Problem::error(
            "",
            "TimelineJS3 import is not implemented yet",
        )],
    )
}
