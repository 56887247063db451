//! Fetching content files (same origin or wherever `data-src` / `?src=` points).
use gloo::net::http::Request;

/// The body of `url` as text, or a short reason it could not be had.
pub async fn fetch_text(url: &str) -> Result<String, String> {
    let response = Request::get(url).send().await.map_err(|e| e.to_string())?;
    if !response.ok() {
        return Err(format!(
            "HTTP {} {}",
            response.status(),
            response.status_text()
        ));
    }
    // The bytes, then UTF-8 in Rust: a plain copy, where `text()` makes the browser decode to
    // UTF-16 and wasm-bindgen re-encode it (a tenth of the load of a 15 MB file).
    let bytes = response.binary().await.map_err(|e| e.to_string())?;
    String::from_utf8(bytes).map_err(|e| format!("the file is not UTF-8 text: {e}"))
}
