//! One Leptos component per file. Components never call web_sys directly: see `crate::browser`.
pub mod app;
pub mod axis;
pub mod card;
pub mod card_media;
pub mod card_quotes;
pub mod card_sources;
pub mod context;
pub mod eras;
pub mod error_panel;
pub mod image_viewer;
pub mod legend;
pub mod marker_item;
pub mod markers;
pub mod overview;
pub mod stage;
pub mod timeline;
pub mod toolbar;
