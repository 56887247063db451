//! Entry point for any content text: detects the format, parses, imports and validates.
use super::parse::MAX_INPUT_BYTES;
use super::schema::{ContentFile, FORMAT_VERSION};
use super::{parse, timelinejs3, validate, Problem};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SourceFormat {
    Tarikh,
    TimelineJs3,
}

/// A usable content file plus the warnings found on the way.
#[derive(Debug, Clone)]
pub struct Loaded {
    pub content: ContentFile,
    pub format: SourceFormat,
    /// Warnings only: a file with errors is returned as `Err`.
    pub warnings: Vec<Problem>,
}

/// Parse `text` (tarikh/1 or TimelineJS3 JSON, detected automatically) and validate it.
/// Errors come back all at once, each with its path and line/column.
pub fn load_content(text: &str) -> Result<Loaded, Vec<Problem>> {
    let value = parse::parse_json(text).map_err(|p| vec![p])?;
    let format = detect(&value);
    let (content, mut problems) = match format {
        SourceFormat::Tarikh => parse::parse_tarikh(&value, text),
        SourceFormat::TimelineJs3 => timelinejs3::import(&value, text),
    };
    if let Some(content) = &content {
        problems.extend(validate::validate(content, text));
    }
    problems.sort_by_key(|p| (std::cmp::Reverse(p.severity), p.line, p.column));
    match content {
        Some(content) if !problems.iter().any(Problem::is_error) => Ok(Loaded {
            content,
            format,
            warnings: problems,
        }),
        _ => Err(problems),
    }
}

/// The fast path for the common case, a valid `tarikh/1` file: a typed parse straight from the
/// text, then the checks. `None` means "not that simple" (a syntax or type error, a TimelineJS3
/// file, an error found by the checks); `load_content` then says what is wrong and where.
///
/// The browser runs only this on the main thread; `load_content` (with positions and the
/// importer) runs in a worker that is downloaded only when this returns `None`.
pub fn load_quick(text: &str) -> Option<ContentFile> {
    if text.len() > MAX_INPUT_BYTES {
        return None;
    }
    let content: ContentFile = serde_json::from_str(text).ok()?;
    if content.format != FORMAT_VERSION {
        return None;
    }
    // Only "any error?" matters here; the worker places the problems if there are any.
    let problems = validate::validate_unplaced(&content);
    (!problems.iter().any(Problem::is_error)).then_some(content)
}

fn detect(value: &serde_json::Value) -> SourceFormat {
    let looks_tarikh = value.get("format").is_some();
    let looks_tlj3 = value.get("events").map(|e| e.is_array()).unwrap_or(false)
        && value.get("lanes").is_none()
        && (value.get("title").map(|t| t.is_object()).unwrap_or(true));
    if !looks_tarikh && looks_tlj3 {
        SourceFormat::TimelineJs3
    } else {
        SourceFormat::Tarikh
    }
}
