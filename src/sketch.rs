//! Bootstrap of the first-paint sketch (see `browser::sketch`): the page's first wasm module.
#[cfg(target_arch = "wasm32")]
fn main() {
    tarikh::browser::sketch::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("tarikh-sketch runs in the browser (built by Trunk, see index.html)");
}
