//! Deterministic property test: whatever text arrives (random bytes, truncations, mutations of
//! real content, absurd nesting, huge lists), loading it and locating paths in it return an
//! answer (Ok or Err with messages) and never panic.
use serde_json::Value;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::Path;
use tarikh::content::load_content;
use tarikh::content::positions::{locate, PositionIndex};

/// xorshift64*: tiny, fast and the same on every machine, so a failure replays exactly.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

fn seeds() -> Vec<(String, String)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut seeds = Vec::new();
    for name in ["valid/minimal.json", "valid/full.json"] {
        let text = std::fs::read_to_string(root.join("tests/fixtures").join(name)).unwrap();
        seeds.push((name.to_string(), text));
    }
    // The flagship pack's presence is asserted by tests/content_validate.rs.
    if let Ok(text) = std::fs::read_to_string(root.join("public/content/aymautov.json")) {
        seeds.push(("aymautov.json".to_string(), text));
    }
    seeds
}

const PATHS: &[&str] = &[
    "",
    "format",
    "events[0].date",
    "events[2].alternatives[1].date",
    "sources[1].url",
    "media[0].alt.kk",
    "events[99999].id",
    "a.b[3].c",
];

/// Load `text` and locate a few paths in it; a panic reports the case and keeps the input.
fn exercise(label: &str, text: &str) {
    let outcome = catch_unwind(AssertUnwindSafe(|| {
        match load_content(text) {
            Ok(loaded) => {
                for w in &loaded.warnings {
                    assert!(!w.message.trim().is_empty(), "empty warning message: {w:?}");
                }
            }
            Err(problems) => {
                assert!(!problems.is_empty(), "Err without any problem");
                for p in &problems {
                    assert!(!p.message.trim().is_empty(), "empty message: {p:?}");
                    assert!(p.line > 0 || p.column == 0, "column without line: {p:?}");
                }
            }
        }
        for path in PATHS {
            let _ = locate(text, path);
        }
    }));
    if outcome.is_err() {
        let keep = Path::new(env!("CARGO_TARGET_TMPDIR")).join("fuzz-failure.json");
        let _ = std::fs::write(&keep, text);
        panic!("{label}: panicked; input kept at {}", keep.display());
    }
}

#[test]
fn arbitrary_bytes_never_panic() {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    // Bias towards JSON punctuation so the scanner and parser get past the first byte.
    let alphabet = b"{}[]\":,\\ \n0123456789.-eE+truefalsnl/uY~?%";
    for case in 0..3000 {
        let len = rng.below(400);
        let bytes: Vec<u8> = (0..len)
            .map(|_| {
                if rng.below(4) == 0 {
                    rng.next() as u8
                } else {
                    *rng.pick(alphabet)
                }
            })
            .collect();
        exercise(&format!("bytes #{case}"), &String::from_utf8_lossy(&bytes));
    }
}

#[test]
fn truncations_and_byte_mutations_of_real_content_never_panic() {
    let mut rng = Rng(0xD1B5_4A32_D192_ED03);
    for (name, text) in seeds() {
        let cases = if text.len() > 50_000 { 150 } else { 600 };
        for case in 0..cases {
            let mut cut = rng.below(text.len() + 1);
            while !text.is_char_boundary(cut) {
                cut -= 1;
            }
            exercise(&format!("{name} cut at {cut}"), &text[..cut]);
            let mut bytes = text.clone().into_bytes();
            for _ in 0..1 + rng.below(8) {
                let at = rng.below(bytes.len());
                bytes[at] = match rng.below(3) {
                    0 => *rng.pick(b"{}[]\":,\\0-/.~?"),
                    1 => rng.next() as u8,
                    _ => b' ',
                };
            }
            let text = String::from_utf8_lossy(&bytes);
            exercise(&format!("{name} byte mutation #{case}"), &text);
        }
    }
}

/// Values that make checks work hard: bad dates, hostile URLs, wrong types, odd ids.
const ODD: &[&str] = &[
    r#""""#,
    r#""1930/1929""#,
    r#""1889-02-29""#,
    r#""Y-99999999999999999""#,
    r#""Y170000002""#,
    r#""2000-24""#,
    r#""1929-23~?%""#,
    r#""javascript:alert(1)""#,
    r#""media/../../etc/passwd""#,
    r#""Ақбілек 🎉""#,
    r#""\u0000""#,
    "null",
    "true",
    "-1",
    "1e400",
    "18446744073709551616",
    "[]",
    "{}",
    r#"{"en": ""}"#,
    r#"["s1", {"id": "nope", "locator": 5}]"#,
];

fn mutate_value(value: &mut Value, rng: &mut Rng) {
    // Choose a random path down the tree (as a JSON pointer), then replace, remove or duplicate
    // what is there.
    let mut pointer = String::new();
    let mut node = &*value;
    for _ in 0..rng.below(6) {
        let (step, next) = match node {
            Value::Array(items) if !items.is_empty() => {
                let i = rng.below(items.len());
                (i.to_string(), &items[i])
            }
            Value::Object(map) if !map.is_empty() => {
                let (key, next) = map.iter().nth(rng.below(map.len())).unwrap();
                (key.replace('~', "~0").replace('/', "~1"), next)
            }
            _ => break,
        };
        pointer = format!("{pointer}/{step}");
        node = next;
    }
    let choice = rng.below(3);
    let pick = rng.next();
    let node = value.pointer_mut(&pointer).unwrap();
    match (choice, &mut *node) {
        (0, Value::Object(map)) if !map.is_empty() => {
            let key = map.keys().nth(pick as usize % map.len()).unwrap().clone();
            map.remove(&key);
        }
        (1, Value::Array(items)) if !items.is_empty() => {
            let copy = items[pick as usize % items.len()].clone();
            items.push(copy);
        }
        _ => {
            let odd = ODD[pick as usize % ODD.len()];
            *node = serde_json::from_str(odd).unwrap_or(Value::Null);
        }
    }
}

#[test]
fn structural_mutations_of_real_content_never_panic() {
    let mut rng = Rng(0x2545_F491_4F6C_DD1D);
    for (name, text) in seeds() {
        let original: Value = serde_json::from_str(&text).unwrap();
        let cases = if text.len() > 50_000 { 200 } else { 1000 };
        for case in 0..cases {
            let mut value = original.clone();
            for _ in 0..1 + rng.below(4) {
                mutate_value(&mut value, &mut rng);
            }
            let mutated = serde_json::to_string_pretty(&value).unwrap();
            exercise(&format!("{name} structural mutation #{case}"), &mutated);
        }
    }
}

#[test]
fn nesting_100000_levels_deep_is_refused_without_overflow() {
    for (open, close) in [("[", "]"), ("{\"a\":", "}"), ("{\"events\":[", "]}")] {
        let depth = 100_000;
        let text = format!("{}1{}", open.repeat(depth), close.repeat(depth));
        exercise("deep nesting", &text);
        assert!(load_content(&text).is_err());
        let unclosed = open.repeat(depth);
        exercise("deep unclosed nesting", &unclosed);
        let index = PositionIndex::new(&text);
        assert_eq!(index.get(""), Some((1, 1)));
    }
}

/// 200,000 events: the whole file, `bad_every`-th event with an unknown lane and a bad importance.
fn huge(bad_every: usize) -> String {
    let seed = &seeds()[0].1;
    let events: Vec<String> = (0..200_000)
        .map(|i| {
            let lane = if i % bad_every == bad_every - 1 { r#""lfe","importance":9"# } else { r#""life""# };
            format!(r#"{{"id":"e{i}","date":"1900","title":"t","summary":"s","lane":{lane},"sources":["s1"]}}"#)
        })
        .collect();
    let start = seed.find("\"events\": [").unwrap();
    let end = seed.find("\n  \"quotes\": [").unwrap() + 3;
    format!(
        "{}\"events\": [{}],\n  {}",
        &seed[..start],
        events.join(",\n"),
        &seed[end..]
    )
}

#[test]
fn two_hundred_thousand_events_load_in_linear_time() {
    let text = huge(usize::MAX);
    let loaded = load_content(&text).unwrap_or_else(|p| panic!("{:#?}", &p[..p.len().min(5)]));
    assert_eq!(loaded.content.events.len(), 200_000);
    // 50,000 broken events: two problems each, found and placed in one pass (no quadratic step).
    let broken = huge(4);
    let problems = load_content(&broken).expect_err("every fourth event is broken");
    assert_eq!(problems.len(), 100_000);
    assert!(
        problems.iter().all(|p| p.line > 0),
        "every problem has a position"
    );
    exercise("huge list, cut", &broken[..broken.len() / 2]);
}
