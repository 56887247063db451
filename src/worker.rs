//! Bootstrap of the content worker (see `browser::content_worker`).
#[cfg(target_arch = "wasm32")]
fn main() {
    tarikh::browser::content_worker::serve();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("tarikh-worker runs in the browser as a Web Worker (built by Trunk, see index.html)");
}
