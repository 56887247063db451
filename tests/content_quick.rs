//! The browser's fast path (`load_quick`) and the content worker's answer (`worker_reply`):
//! the fast path takes exactly the files `load_content` accepts as they are, and every other
//! file goes to the worker, whose answer carries the same content or the same problems.
use tarikh::content::worker_reply::{answer, read, Reply};
use tarikh::content::{load_content, load_quick, SourceFormat};

fn files_in(dir: &str) -> Vec<(String, String)> {
    let mut files: Vec<(String, String)> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{dir}: {e}"))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .map(|p| {
            let text = std::fs::read_to_string(&p).unwrap();
            (p.display().to_string(), text)
        })
        .collect();
    files.sort();
    files
}

fn all_inputs() -> Vec<(String, String)> {
    let root = env!("CARGO_MANIFEST_DIR");
    let mut inputs = Vec::new();
    for dir in [
        "public/content",
        "tests/fixtures/valid",
        "tests/fixtures/invalid",
        "tests/fixtures/timelinejs3",
        "../shared/compat/timelinejs3",
    ] {
        inputs.extend(files_in(&format!("{root}/{dir}")));
    }
    inputs
}

#[test]
fn the_fast_path_agrees_with_the_full_load() {
    let inputs = all_inputs();
    assert!(inputs.len() > 40, "fixtures found: {}", inputs.len());
    let (mut quick, mut via_worker) = (0, 0);
    for (path, text) in &inputs {
        let full = load_content(text);
        let fast = load_quick(text);
        match (&full, &fast) {
            (Ok(loaded), Some(content)) => {
                assert_eq!(loaded.format, SourceFormat::Tarikh, "{path}");
                assert_eq!(
                    &loaded.content, content,
                    "{path}: the same content both ways"
                );
                quick += 1;
            }
            (Ok(loaded), None) => {
                assert_eq!(
                    loaded.format,
                    SourceFormat::TimelineJs3,
                    "{path}: a valid tarikh file must not need the worker"
                );
                via_worker += 1;
            }
            (Err(problems), Some(_)) => {
                panic!("{path}: the fast path accepted a file with problems: {problems:?}")
            }
            (Err(_), None) => via_worker += 1,
        }
    }
    assert!(
        quick >= 2 && via_worker >= 40,
        "quick {quick}, worker {via_worker}"
    );
}

#[test]
fn the_worker_answers_with_the_content_or_its_problems() {
    for (path, text) in all_inputs() {
        let reply = read(&answer(&text)).unwrap_or_else(|e| panic!("{path}: {e}"));
        match (load_content(&text), reply) {
            (Ok(loaded), Reply::Content(json)) => {
                // The page reads the answer with the fast path: it must take it, unchanged.
                let content = load_quick(&json)
                    .unwrap_or_else(|| panic!("{path}: the fast path refused the worker's answer"));
                assert_eq!(content, loaded.content, "{path}");
            }
            (Err(expected), Reply::Problems(problems)) => {
                assert_eq!(
                    problems, expected,
                    "{path}: the same problems, positions included"
                );
                assert!(problems.iter().any(|p| p.is_error()), "{path}");
            }
            (full, reply) => panic!(
                "{path}: load_content {:?} but the worker said {reply:?}",
                full.is_ok()
            ),
        }
    }
}

#[test]
fn an_unreadable_answer_is_an_error_not_a_panic() {
    assert!(read("").is_err());
    assert!(read("{\"Content\": 5}").is_err());
    assert_eq!(read("{\"Problems\":[]}"), Ok(Reply::Problems(vec![])));
}
