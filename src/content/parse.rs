//! JSON text -> typed content, collecting every problem with its path and position.
use super::schema::ContentFile;
use super::Problem;
use serde_json::Value;

/// Parse JSON text; a syntax error becomes one Problem with line/column.
pub fn parse_json(text: &str) -> Result<Value, Problem> {
    serde_json::from_str(text).map_err(|e| {
        let mut p = Problem::error("", format!("not valid JSON: {e}"));
        p.line = e.line();
        p.column = e.column();
        p
    })
}

/// Typed `tarikh/1` content from a JSON value (TODO: per-item errors with paths).
pub fn parse_tarikh(value: &Value, _text: &str) -> (Option<ContentFile>, Vec<Problem>) {
    match serde_json::from_value::<ContentFile>(value.clone()) {
        Ok(c) => (Some(c), vec![]),
        Err(e) => (None, vec![Problem::error("", e.to_string())]),
    }
}
