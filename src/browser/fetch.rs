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
    response.text().await.map_err(|e| e.to_string())
}
