//! Bootstrap only: mount every `[data-tarikh]` host on the page.
#[cfg(target_arch = "wasm32")]
fn main() {
    tarikh::mount_all();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!(
        "tarikh is a browser app: build it with `trunk build --release --offline` (see README.md)"
    );
}
