//! The only place that touches web_sys/gloo.
pub mod mount;
