//! Content: the `tarikh/1` schema, parsing with positions, validation and importers.
pub mod load;
pub mod parse;
pub mod positions;
pub mod problem;
pub mod schema;
pub mod timelinejs3;
pub mod validate;

pub use load::{load_content, Loaded, SourceFormat};
pub use problem::{Problem, Severity};
pub use schema::*;
