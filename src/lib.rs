//! Tarikh: an embeddable, zoomable history timeline.
//!
//! `core` and `content` are pure Rust (tested natively). `components` and `browser` are the
//! Leptos/web side and only compile for wasm32.
pub mod content;
pub mod core;

#[cfg(target_arch = "wasm32")]
pub mod browser;
#[cfg(target_arch = "wasm32")]
pub mod components;

#[cfg(target_arch = "wasm32")]
pub use browser::mount::{mount_all, mount_host, mount_with_content};
