//! The pure core: time, dates, scale, view, ticks, layout, commands. No browser imports.
pub mod command;
pub mod date;
pub mod date_format;
pub mod i18n;
pub mod input;
pub mod layout;
pub mod metrics;
pub mod scale;
mod tick_calendar;
mod tick_label;
pub mod ticks;
pub mod url_state;
pub mod view;

/// How much wider a bold title or label is than a regular one (13 px system sans), where widths
/// are estimated: marker titles in the layout, and tick labels when nothing measures them.
pub const BOLD_WIDTH: f64 = 1.12;
