//! Line/column of the value at a JSON path such as `events[3].date`, found in the raw text.
//!
//! `serde_json::Value` forgets where things were, so problems found after parsing are placed by
//! scanning the text again. The scanner is a flat loop over bytes with an explicit stack (no
//! recursion), tolerates malformed input (it never fails, it just finds less), and visits each
//! value once, so placing every problem of a file costs one pass.
use std::borrow::Cow;
use std::collections::HashMap;

/// Paths longer than this are never recorded: problems never point that deep, and skipping them
/// keeps 100,000-level nesting linear instead of quadratic.
const MAX_PATH_BYTES: usize = 1024;
/// `PositionIndex::new` stops recording after this many values (a 20 MB file has a few million);
/// `get` then falls back to a targeted scan for paths it did not record.
const MAX_INDEXED_VALUES: usize = 500_000;

/// 1-based (line, column) of the value at `path`, if the path exists in `text`.
/// Columns count characters, not bytes. The root value has the path `""`.
pub fn locate(text: &str, path: &str) -> Option<(usize, usize)> {
    let mut found = None;
    scan(text, path.len(), |p, line, column| {
        if p == path {
            found = Some((line, column));
            false
        } else {
            true
        }
    });
    found
}

/// Positions of values in one text, by path.
#[derive(Debug, Clone)]
pub struct PositionIndex<'a> {
    text: &'a str,
    /// `None`: requested but not (yet) found. Keys borrow the requested paths when they can.
    positions: HashMap<Cow<'a, str>, Option<(usize, usize)>>,
    /// False when the index holds only some paths (requested ones, or the cap was reached).
    complete: bool,
}

impl<'a> PositionIndex<'a> {
    /// Index every value of `text` (up to a cap for huge inputs).
    pub fn new(text: &'a str) -> Self {
        let mut positions = HashMap::new();
        let mut complete = true;
        scan(text, MAX_PATH_BYTES, |p, line, column| {
            if positions.len() >= MAX_INDEXED_VALUES {
                complete = false;
                return false;
            }
            positions
                .entry(Cow::Owned(p.to_string()))
                .or_insert(Some((line, column)));
            true
        });
        PositionIndex {
            text,
            positions,
            complete,
        }
    }

    /// Index only `paths` and their ancestors (what placing a list of problems needs).
    /// One hash lookup per value of the text, so placing 400,000 problems stays one pass.
    pub fn for_paths(text: &'a str, paths: impl IntoIterator<Item = &'a str>) -> Self {
        let mut positions: HashMap<Cow<'a, str>, Option<(usize, usize)>> = HashMap::new();
        for path in paths {
            let mut p = path;
            while positions.insert(Cow::Borrowed(p), None).is_none() {
                match parent(p) {
                    Some(up) => p = up,
                    None => break, // reached the root
                }
            }
        }
        let longest = positions.keys().map(|p| p.len()).max().unwrap_or(0);
        let mut missing = positions.len();
        scan(text, longest, |p, line, column| {
            if let Some(slot @ None) = positions.get_mut(p) {
                *slot = Some((line, column));
                missing -= 1;
            }
            missing > 0
        });
        PositionIndex {
            text,
            positions,
            complete: false,
        }
    }

    /// Position of the value at `path`.
    pub fn get(&self, path: &str) -> Option<(usize, usize)> {
        match self.positions.get(path) {
            Some(&pos @ Some(_)) => pos,
            Some(None) => None, // requested and scanned for: not there
            None if self.complete && path.len() <= MAX_PATH_BYTES => None,
            None => locate(self.text, path),
        }
    }

    /// Position of `path`, or of its nearest ancestor that exists (a missing field points at
    /// the object that lacks it).
    pub fn nearest(&self, path: &str) -> Option<(usize, usize)> {
        let mut p = path;
        loop {
            if let Some(&Some(pos)) = self.positions.get(p) {
                return Some(pos);
            }
            p = parent(p)?;
        }
    }
}

/// `events[3].date` -> `events[3]` -> `events` -> `` -> None.
pub fn parent(path: &str) -> Option<&str> {
    if path.is_empty() {
        return None;
    }
    let cut = path.rfind(['.', '[']).unwrap_or(0);
    Some(&path[..cut])
}

/// For each top-level list named in `lists`, the `id` of every item in order (`None` when the
/// item has no string id). Validation uses it to map items back to their place in the file when
/// the parser had to leave unreadable items out.
pub fn list_ids(text: &str, lists: &[&str]) -> HashMap<String, Vec<Option<String>>> {
    let mut ids: HashMap<String, Vec<Option<String>>> =
        lists.iter().map(|l| (l.to_string(), Vec::new())).collect();
    let longest = lists.iter().map(|l| l.len()).max().unwrap_or(0) + 24;
    scan_at(text, longest, |path, _, _, offset| {
        let Some((list, rest)) = path.split_once('[') else {
            return true;
        };
        let (index, field) = rest.split_once(']').unwrap_or((rest, ""));
        // Only the items themselves and their ids matter; skip their other values cheaply.
        if !(field.is_empty() || field == ".id") {
            return true;
        }
        let Some(items) = ids.get_mut(list) else {
            return true;
        };
        let Ok(index) = index.parse::<usize>() else {
            return true;
        };
        if field.is_empty() && index == items.len() {
            items.push(None);
        } else if field == ".id" && index + 1 == items.len() {
            let token = &text[offset..token_end(text.as_bytes(), offset)];
            items[index] = serde_json::from_str(token).ok();
        }
        true
    });
    ids
}

/// Set the line/column of every problem from its path (nearest existing ancestor if needed).
/// Problems that already have a position (JSON syntax errors) keep it.
pub fn attach(text: &str, problems: &mut [super::Problem]) {
    let unplaced = || problems.iter().filter(|p| p.line == 0);
    let index = PositionIndex::for_paths(text, unplaced().map(|p| p.path.as_str()));
    let found: Vec<_> = unplaced().map(|p| index.nearest(&p.path)).collect();
    drop(index);
    let unplaced = problems.iter_mut().filter(|p| p.line == 0);
    for (problem, at) in unplaced.zip(found) {
        if let Some((line, column)) = at {
            problem.line = line;
            problem.column = column;
        }
    }
}

enum Frame {
    Array {
        base_len: usize,
        index: usize,
    },
    Object {
        base_len: usize,
        key: Option<String>,
    },
}

/// Walk `text`, calling `visit(path, line, column)` at the start of every value whose path is at
/// most `max_path_bytes` long, until `visit` returns false.
fn scan(text: &str, max_path_bytes: usize, mut visit: impl FnMut(&str, usize, usize) -> bool) {
    scan_at(text, max_path_bytes, |path, line, column, _| {
        visit(path, line, column)
    });
}

/// `scan`, also passing the byte offset where each value starts.
fn scan_at(
    text: &str,
    max_path_bytes: usize,
    mut visit: impl FnMut(&str, usize, usize, usize) -> bool,
) {
    let bytes = text.as_bytes();
    let mut stack: Vec<Frame> = Vec::new();
    let mut path = String::new();
    let mut at = Cursor {
        bytes,
        i: 0,
        line: 1,
        column: 1,
    };
    while at.i < bytes.len() {
        let i = at.i;
        let b = bytes[i];
        match b {
            b' ' | b'\t' | b'\r' | b'\n' | b',' | b':' | b'}' | b']' => {
                match (b, stack.last_mut()) {
                    (b',', Some(Frame::Array { index, .. })) => *index += 1,
                    (b',', Some(Frame::Object { key, .. })) => *key = None,
                    (b'}' | b']', Some(_)) => {
                        stack.pop();
                        path.truncate(base_of(stack.last()));
                    }
                    _ => {}
                }
                at.advance_to(i + 1);
                continue;
            }
            _ => {}
        }
        let end = token_end(bytes, i);
        // A string in an object without a key yet is the key, not a value.
        if let (
            b'"',
            Some(Frame::Object {
                key: key @ None, ..
            }),
        ) = (b, stack.last_mut())
        {
            *key = Some(unescape(&text[i..end]));
            at.advance_to(end);
            continue;
        }
        let base = base_of(stack.last());
        match stack.last() {
            Some(Frame::Array { index, .. }) => {
                use std::fmt::Write;
                let _ = write!(path, "[{index}]");
            }
            Some(Frame::Object { key, .. }) => {
                if !path.is_empty() {
                    path.push('.');
                }
                path.push_str(key.as_deref().unwrap_or("?"));
            }
            None => {}
        }
        if path.len() <= max_path_bytes && !visit(&path, at.line, at.column, i) {
            return;
        }
        match b {
            b'[' => stack.push(Frame::Array {
                base_len: path.len(),
                index: 0,
            }),
            b'{' => stack.push(Frame::Object {
                base_len: path.len(),
                key: None,
            }),
            _ => path.truncate(base),
        }
        let next = if b == b'[' || b == b'{' { i + 1 } else { end };
        at.advance_to(next);
    }
}

/// Where the scan is, in bytes and in (line, column of characters).
struct Cursor<'t> {
    bytes: &'t [u8],
    i: usize,
    line: usize,
    column: usize,
}

impl Cursor<'_> {
    fn advance_to(&mut self, to: usize) {
        for &b in &self.bytes[self.i..to] {
            if b == b'\n' {
                self.line += 1;
                self.column = 1;
            } else if b & 0xC0 != 0x80 {
                self.column += 1; // count only the first byte of each UTF-8 character
            }
        }
        self.i = to;
    }
}

fn base_of(frame: Option<&Frame>) -> usize {
    match frame {
        Some(Frame::Array { base_len, .. }) | Some(Frame::Object { base_len, .. }) => *base_len,
        None => 0,
    }
}

/// End (exclusive byte offset) of the token starting at `start`: a whole string with its quotes,
/// one bracket, or a literal up to the next delimiter. Always > `start`.
fn token_end(bytes: &[u8], start: usize) -> usize {
    match bytes[start] {
        b'"' => {
            let mut j = start + 1;
            while j < bytes.len() {
                match bytes[j] {
                    b'\\' => j += 2,
                    b'"' => return j + 1,
                    _ => j += 1,
                }
            }
            bytes.len()
        }
        b'[' | b'{' => start + 1,
        _ => {
            let mut j = start + 1;
            while j < bytes.len() && !b" \t\r\n,:{}[]\"".contains(&bytes[j]) {
                j += 1;
            }
            j
        }
    }
}

/// The text of the JSON string token `token` (with its quotes), escapes decoded; a damaged
/// token yields its raw body so the path is still usable.
fn unescape(token: &str) -> String {
    serde_json::from_str(token).unwrap_or_else(|_| token.trim_matches('"').to_string())
}
