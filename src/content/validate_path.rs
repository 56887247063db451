//! Where in a content file a check is looking, as a small copyable value that becomes text
//! (`events[4].alternatives[0].date`) only when a problem is reported there. A large file is
//! checked without formatting a path for every item it holds.
use std::fmt;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Step {
    Field(&'static str),
    Index(usize),
}

/// A top-level key or a list item, followed by up to four fields or indices.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Path {
    root: &'static str,
    index: Option<usize>,
    steps: [Option<Step>; 4],
}

impl Path {
    /// A top-level key such as `extent`.
    #[inline]
    pub fn top(key: &'static str) -> Path {
        Path {
            root: key,
            index: None,
            steps: [None; 4],
        }
    }

    /// Item `index` of `list`, e.g. `events[4]`.
    #[inline]
    pub fn item(list: &'static str, index: usize) -> Path {
        Path {
            index: Some(index),
            ..Path::top(list)
        }
    }

    #[inline]
    fn then(mut self, step: Step) -> Path {
        // Paths are at most four steps deep below an item; a deeper one keeps its first four.
        if let Some(slot) = self.steps.iter_mut().find(|s| s.is_none()) {
            *slot = Some(step);
        }
        self
    }

    /// `….name`
    #[inline]
    pub fn field(self, name: &'static str) -> Path {
        self.then(Step::Field(name))
    }

    /// `…[i]`
    #[inline]
    pub fn at(self, i: usize) -> Path {
        self.then(Step::Index(i))
    }
}

impl fmt::Display for Path {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.root)?;
        if let Some(i) = self.index {
            write!(f, "[{i}]")?;
        }
        for step in self.steps.iter().flatten() {
            match step {
                Step::Field(name) => write!(f, ".{name}")?,
                Step::Index(i) => write!(f, "[{i}]")?,
            }
        }
        Ok(())
    }
}

impl From<Path> for String {
    fn from(path: Path) -> String {
        path.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::Path;

    #[test]
    fn paths_read_as_in_the_file() {
        assert_eq!(Path::top("extent").to_string(), "extent");
        assert_eq!(Path::item("events", 4).to_string(), "events[4]");
        let alt = Path::item("events", 4)
            .field("alternatives")
            .at(0)
            .field("date");
        assert_eq!(alt.to_string(), "events[4].alternatives[0].date");
        let src = Path::item("media", 2).field("sources").at(1).field("id");
        assert_eq!(String::from(src), "media[2].sources[1].id");
    }
}
