//! Content: the `tarikh/1` schema, parsing with positions, validation and importers.
pub mod load;
pub mod parse;
pub mod positions;
pub mod prepared;
pub mod problem;
pub mod schema;
mod schema_de;
pub mod timelinejs3;
pub mod timelinejs3_date;
pub mod timelinejs3_entities;
pub mod timelinejs3_era;
pub mod timelinejs3_event;
pub mod timelinejs3_html;
pub mod timelinejs3_media;
pub mod validate;
mod validate_dates;
mod validate_path;
mod validate_refs;
mod validate_text;
pub mod worker_reply;

pub use load::{load_content, load_quick, Loaded, SourceFormat};
pub use problem::{Problem, Severity};
pub use schema::*;
