//! One thing wrong (or worth a warning) in a content file, with where it is.
use serde::{Deserialize, Serialize};
use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Severity {
    Warning,
    Error,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Problem {
    pub severity: Severity,
    /// JSON path such as `events[3].date`; empty for the whole file.
    pub path: String,
    /// 1-based line and column of the value at `path` (0 when unknown).
    pub line: usize,
    pub column: usize,
    /// What is wrong and what to do about it.
    pub message: String,
}

impl Problem {
    pub fn error(path: impl Into<String>, message: impl Into<String>) -> Self {
        Problem {
            severity: Severity::Error,
            path: path.into(),
            line: 0,
            column: 0,
            message: message.into(),
        }
    }
    pub fn warning(path: impl Into<String>, message: impl Into<String>) -> Self {
        Problem {
            severity: Severity::Warning,
            path: path.into(),
            line: 0,
            column: 0,
            message: message.into(),
        }
    }
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

impl fmt::Display for Problem {
    /// `error at events[3].date (line 12, column 15): ...`
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let kind = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        let path = if self.path.is_empty() {
            "(file)"
        } else {
            &self.path
        };
        if self.line > 0 {
            write!(
                f,
                "{kind} at {path} (line {}, column {}): {}",
                self.line, self.column, self.message
            )
        } else {
            write!(f, "{kind} at {path}: {}", self.message)
        }
    }
}
