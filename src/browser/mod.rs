//! The only place that touches web_sys/gloo: mounting, fetch, URL state, input events,
//! animation frames, resize and media queries. Components call these, never web_sys.
pub mod anim;
pub mod canvas;
pub mod canvas_shapes;
pub mod content_worker;
pub mod dom;
pub mod fetch;
pub mod input;
pub mod mount;
pub mod sketch;
mod sketch_chrome;
pub mod sketch_json;
mod sketch_paint;
pub mod storage;
pub mod text_width;
pub mod url;
