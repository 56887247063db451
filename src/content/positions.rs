//! Line/column of the value at a JSON path such as `events[3].date`, found in the raw text.

/// 1-based (line, column) of the value at `path`, if the path exists in `text`.
pub fn locate(_text: &str, _path: &str) -> Option<(usize, usize)> {
    None
}
