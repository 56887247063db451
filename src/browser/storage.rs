//! The last content that loaded without errors, kept so a broken update never blanks a kiosk.
use gloo::utils::window;

fn key(src: &str) -> String {
    format!("tarikh:last-good:{src}")
}

pub fn save_last_good(src: &str, text: &str) {
    // Large packs are not worth the quota; the file itself is still served.
    if text.len() > 3_000_000 {
        return;
    }
    if let Ok(Some(storage)) = window().local_storage() {
        let _ = storage.set_item(&key(src), text);
    }
}

pub fn load_last_good(src: &str) -> Option<String> {
    window()
        .local_storage()
        .ok()
        .flatten()?
        .get_item(&key(src))
        .ok()
        .flatten()
}
