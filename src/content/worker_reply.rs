//! What the content worker answers for a file the fast path (`load_quick`) could not take: the
//! file as `tarikh/1` text (an imported TimelineJS3 file), or its problems with their positions.
use super::{load_content, Problem};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Reply {
    /// Usable content, as `tarikh/1` JSON text.
    Content(String),
    /// Why the file cannot be shown: every problem, errors first.
    Problems(Vec<Problem>),
}

/// The worker's side: load `text` fully and answer as JSON.
pub fn answer(text: &str) -> String {
    let reply = match load_content(text) {
        Ok(loaded) => match serde_json::to_string(&loaded.content) {
            Ok(json) => Reply::Content(json),
            Err(e) => Reply::Problems(vec![Problem::error("", e.to_string())]),
        },
        Err(problems) => Reply::Problems(problems),
    };
    serde_json::to_string(&reply).unwrap_or_else(|_| String::from("{\"Problems\":[]}"))
}

/// The page's side: read the worker's answer.
pub fn read(json: &str) -> Result<Reply, String> {
    serde_json::from_str(json)
        .map_err(|e| format!("unreadable answer from the content worker: {e}"))
}
