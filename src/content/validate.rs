//! Checks beyond the types: dates, references, duplicates, extent, URLs, accessibility.
//!
//! Every problem names its path, gets a line/column from the text, and says what to do.
//! The checks themselves live in `validate_dates`, `validate_refs` and `validate_text`.
use super::positions::{self, PositionIndex};
use super::schema::ContentFile;
pub(crate) use super::validate_path::Path;
use super::{validate_dates, validate_refs, validate_text, Problem};
use std::collections::{HashMap, HashSet};

/// The item lists of a content file, in file order.
pub(crate) const LISTS: [&str; 7] = [
    "lanes", "eras", "events", "quotes", "media", "sources", "places",
];

/// The same checks with no text to place the problems in: for "is anything wrong?" only. It
/// skips the scans of the text that placing needs (the whole file, twice).
pub fn validate_unplaced(content: &ContentFile) -> Vec<Problem> {
    validate(content, "")
}

pub fn validate(content: &ContentFile, text: &str) -> Vec<Problem> {
    let mut v = Validator::new(content, text);
    validate_dates::check(&mut v);
    validate_refs::check(&mut v);
    validate_text::check(&mut v);
    v.finish()
}

/// Shared state of one validation run.
pub(crate) struct Validator<'c> {
    pub content: &'c ContentFile,
    text: &'c str,
    problems: Vec<Problem>,
    /// Per list, the index in the file of each item kept by the parser (absent: the same index).
    file_index: HashMap<&'static str, Vec<usize>>,
    /// Per list, ids of items the parser already reported and left out: references to them are
    /// not reported again.
    dropped_ids: HashMap<&'static str, HashSet<String>>,
    /// (problem, path): "at <path> (line L, column C)" is appended to that problem's message.
    mentions: Vec<(usize, String, String)>,
    /// How many more "did you mean" searches this run may do: each is linear in the list, so a
    /// hostile file with 100,000 bad references must not make validation quadratic.
    suggestions_left: usize,
    /// Positions are only meaningful when the text is the tarikh file itself (not an import).
    text_is_tarikh: bool,
}

impl<'c> Validator<'c> {
    fn new(content: &'c ContentFile, text: &'c str) -> Self {
        // An imported file (TimelineJS3) has other paths: its problems stay unplaced.
        let text_is_tarikh = !text.is_empty() && positions::locate(text, "format").is_some();
        let mut v = Validator {
            content,
            text,
            problems: Vec::new(),
            file_index: HashMap::new(),
            dropped_ids: HashMap::new(),
            mentions: Vec::new(),
            suggestions_left: 100,
            text_is_tarikh,
        };
        if text_is_tarikh {
            // One pass over the text, so the common case (nothing dropped) costs little.
            let raw_ids = positions::list_ids(text, &LISTS);
            for list in LISTS {
                let kept = ids_of(content, list);
                let raw = raw_ids.get(list).map(Vec::as_slice).unwrap_or(&[]);
                if raw.len() != kept.len() {
                    v.map_back(list, &kept, raw);
                }
            }
        }
        v
    }

    /// Match kept items to the file's items by id, in order, to recover their file indices.
    fn map_back(&mut self, list: &'static str, kept: &[&str], raw: &[Option<String>]) {
        let mut indices = Vec::with_capacity(kept.len());
        let mut dropped = HashSet::new();
        let mut j = 0;
        for (k, id) in kept.iter().enumerate() {
            let found = raw[j.min(raw.len())..]
                .iter()
                .position(|r| r.as_deref() == Some(*id));
            match found {
                Some(skip) => {
                    dropped.extend(raw[j..j + skip].iter().flatten().cloned());
                    j += skip;
                    indices.push(j);
                    j += 1;
                }
                None => indices.push(k), // cannot happen with parser output; keep going
            }
        }
        dropped.extend(raw[j.min(raw.len())..].iter().flatten().cloned());
        self.file_index.insert(list, indices);
        self.dropped_ids.insert(list, dropped);
    }

    /// Path of item `i` of `list` as it is in the file, e.g. `events[4]`.
    pub fn path(&self, list: &'static str, i: usize) -> Path {
        // The common case: the parser dropped nothing, so file indices are the kept ones.
        if self.file_index.is_empty() {
            return Path::item(list, i);
        }
        let index = self
            .file_index
            .get(list)
            .and_then(|m| m.get(i).copied())
            .unwrap_or(i);
        Path::item(list, index)
    }

    /// Whether `id` belonged to an item of `list` that the parser left out.
    pub fn was_dropped(&self, list: &str, id: &str) -> bool {
        self.dropped_ids
            .get(list)
            .is_some_and(|ids| ids.contains(id))
    }

    /// Whether a "did you mean" search is still affordable (and count it).
    pub fn spend_suggestion(&mut self) -> bool {
        let ok = self.suggestions_left > 0;
        self.suggestions_left = self.suggestions_left.saturating_sub(1);
        ok
    }

    pub fn error(&mut self, path: impl Into<String>, message: impl Into<String>) {
        self.problems.push(Problem::error(path, message));
    }

    pub fn warning(&mut self, path: impl Into<String>, message: impl Into<String>) {
        self.problems.push(Problem::warning(path, message));
    }

    /// An error whose message ends by pointing at another place: "… at events[2] (line 9, …)…".
    pub fn error_mentioning(&mut self, path: Path, before: String, other: Path, after: &str) {
        self.mentions
            .push((self.problems.len(), other.to_string(), after.to_string()));
        self.problems.push(Problem::error(path, before));
    }

    fn finish(mut self) -> Vec<Problem> {
        if !self.text_is_tarikh {
            for (i, other, after) in self.mentions {
                self.problems[i].message += &format!(" at {other}{after}");
            }
            return self.problems;
        }
        let wanted = self
            .problems
            .iter()
            .map(|p| p.path.as_str())
            .chain(self.mentions.iter().map(|(_, other, _)| other.as_str()));
        let index = PositionIndex::for_paths(self.text, wanted);
        let mentioned: Vec<_> = self
            .mentions
            .iter()
            .map(|(_, o, _)| index.nearest(o))
            .collect();
        let placed: Vec<_> = self
            .problems
            .iter()
            .map(|p| index.nearest(&p.path))
            .collect();
        drop(index);
        for ((i, other, after), at) in self.mentions.iter().zip(mentioned) {
            let at = match at {
                Some((line, column)) => format!(" (line {line}, column {column})"),
                None => String::new(),
            };
            self.problems[*i].message += &format!(" at {other}{at}{after}");
        }
        for (p, at) in self.problems.iter_mut().zip(placed) {
            if let Some((line, column)) = at {
                p.line = line;
                p.column = column;
            }
        }
        self.problems
    }
}

/// Ids of the items of one list, in order.
pub(crate) fn ids_of<'c>(content: &'c ContentFile, list: &str) -> Vec<&'c str> {
    let c = content;
    match list {
        "lanes" => c.lanes.iter().map(|x| x.id.as_str()).collect(),
        "eras" => c.eras.iter().map(|x| x.id.as_str()).collect(),
        "events" => c.events.iter().map(|x| x.id.as_str()).collect(),
        "quotes" => c.quotes.iter().map(|x| x.id.as_str()).collect(),
        "media" => c.media.iter().map(|x| x.id.as_str()).collect(),
        "sources" => c.sources.iter().map(|x| x.id.as_str()).collect(),
        "places" => c.places.iter().map(|x| x.id.as_str()).collect(),
        _ => Vec::new(),
    }
}

/// The candidate closest to `word` by edit distance, if it is close enough to be a likely typo.
pub(crate) fn closest<'a>(
    word: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Option<&'a str> {
    let word: Vec<char> = word.to_lowercase().chars().collect();
    let limit = (word.len() / 3).max(1);
    candidates
        .into_iter()
        .map(|c| {
            (
                edit_distance(&word, &c.to_lowercase().chars().collect::<Vec<_>>()),
                c,
            )
        })
        .filter(|(d, c)| *d <= limit && *d < c.chars().count().max(2))
        .min_by_key(|(d, _)| *d)
        .map(|(_, c)| c)
}

/// Edit distance counting a swap of neighbours as one edit ("brith" -> "birth"), the commonest
/// typo. Inputs are ids and field names, so quadratic time is fine, but very long strings are cut
/// so a hostile file cannot make this slow.
fn edit_distance(a: &[char], b: &[char]) -> usize {
    let (a, b) = (&a[..a.len().min(64)], &b[..b.len().min(64)]);
    let mut before: Vec<usize> = vec![0; b.len() + 1];
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    let mut row = vec![0; b.len() + 1];
    for i in 1..=a.len() {
        row[0] = i;
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            row[j] = (previous[j - 1] + cost)
                .min(previous[j] + 1)
                .min(row[j - 1] + 1);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                row[j] = row[j].min(before[j - 2] + 1);
            }
        }
        std::mem::swap(&mut before, &mut previous);
        std::mem::swap(&mut previous, &mut row);
    }
    previous[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn closest_suggests_typos_only() {
        assert_eq!(
            closest("exectuion", ["birth", "execution"]),
            Some("execution")
        );
        assert_eq!(closest("lfe", ["life", "work"]), Some("life"));
        assert_eq!(closest("brith", ["birth", "arrest"]), Some("birth"));
        assert_eq!(closest("zzzzzz", ["life", "work"]), None);
    }
}
