//! Compiles the locale files (locales/*.json) into static Rust data (OUT_DIR/locales.rs), so the
//! page reads its interface strings without a JSON parser: the first-paint module
//! (`tarikh-sketch`) then needs no serde_json at all. `core::i18n` includes the result;
//! `tests/core_i18n.rs` checks it equals the files.
use std::fmt::Write as _;
use std::path::Path;

fn list(value: &serde_json::Value, key: &str, file: &str) -> String {
    let items = value[key]
        .as_array()
        .unwrap_or_else(|| panic!("{file}: `{key}` must be a list"));
    let texts: Vec<String> = items
        .iter()
        .map(|v| {
            format!(
                "{:?}",
                v.as_str()
                    .unwrap_or_else(|| panic!("{file}: `{key}` holds a non-string"))
            )
        })
        .collect();
    format!("[{}]", texts.join(", "))
}

fn main() {
    println!("cargo:rerun-if-changed=locales");
    let mut out = String::new();
    for (name, file) in [("EN", "en"), ("RU", "ru"), ("KK", "kk")] {
        let path = format!("locales/{file}.json");
        println!("cargo:rerun-if-changed={path}");
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
        let value: serde_json::Value =
            serde_json::from_str(&text).unwrap_or_else(|e| panic!("{path}: {e}"));
        let strings = value["strings"]
            .as_object()
            .unwrap_or_else(|| panic!("{path}: `strings` must be an object"));
        let pairs: Vec<String> = strings
            .iter()
            .map(|(k, v)| {
                format!(
                    "({k:?}, {:?})",
                    v.as_str()
                        .unwrap_or_else(|| panic!("{path}: strings.{k} is not a string"))
                )
            })
            .collect();
        writeln!(
            out,
            "static {name}_DATA: LocaleData = LocaleData {{ months: {}, months_genitive: {}, months_short: {}, seasons: {}, strings: &[{}] }};",
            list(&value, "months", &path),
            list(&value, "months_genitive", &path),
            list(&value, "months_short", &path),
            list(&value, "seasons", &path),
            pairs.join(", "),
        )
        .unwrap();
    }
    let dest = Path::new(&std::env::var("OUT_DIR").unwrap()).join("locales.rs");
    std::fs::write(dest, out).unwrap();
}
