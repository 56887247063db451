//! The `tarikh-validate` binary: output lines and exit codes on real files.
use std::path::PathBuf;
use std::process::{Command, Output};

fn fixture(rel: &str) -> String {
    let path: PathBuf = [env!("CARGO_MANIFEST_DIR"), "tests/fixtures", rel]
        .iter()
        .collect();
    path.to_string_lossy().into_owned()
}

fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_tarikh-validate"))
        .args(args)
        .output()
        .expect("the validator runs")
}

fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn a_valid_file_prints_a_summary_and_exits_0() {
    let file = fixture("valid/minimal.json");
    let out = run(&[&file]);
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
    assert_eq!(
        stdout(&out),
        format!("{file}: ok — 3 events, 1 eras, 2 lanes, 1 quotations, 1 media, 2 sources\n")
    );
}

#[test]
fn an_invalid_file_prints_file_line_column_and_exits_1() {
    let file = fixture("invalid/unknown-lane.json");
    let out = run(&[&file]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        stdout(&out),
        format!(
            "{file}:17:113: error: unknown lane \"lfe\"; did you mean \"life\"? (ids are listed in \
             `lanes`) (at events[0].lane)\n"
        )
    );
}

#[test]
fn warnings_are_printed_after_the_summary_without_failing() {
    let file = fixture("invalid/long-summary.json");
    let out = run(&[&file]);
    assert_eq!(out.status.code(), Some(0));
    let text = stdout(&out);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 2, "{text}");
    assert!(
        lines[0].starts_with(&format!("{file}: ok — 3 events")),
        "{text}"
    );
    assert!(lines[1].starts_with(&format!("{file}:18:")), "{text}");
    assert!(
        lines[1].contains(": warning: summary has 61 words"),
        "{text}"
    );
}

#[test]
fn several_files_are_all_checked_and_the_worst_status_wins() {
    let good = fixture("valid/full.json");
    let bad = fixture("invalid/syntax-error.json");
    let out = run(&[&bad, &good]);
    assert_eq!(out.status.code(), Some(1));
    let text = stdout(&out);
    assert!(
        text.contains(&format!(
            "{bad}:33:3: error: not valid JSON: trailing comma"
        )),
        "{text}"
    );
    assert!(text.contains(&format!("{good}: ok — 3 events")), "{text}");
}

#[test]
fn usage_errors_and_unreadable_files_exit_2() {
    let out = run(&[]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("usage: tarikh-validate FILE"));
    let out = run(&[
        &fixture("no-such-file.json"),
        &fixture("valid/minimal.json"),
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no-such-file.json: cannot read"));
    assert!(
        stdout(&out).contains(": ok — "),
        "the readable file is still checked"
    );
}

#[test]
fn a_file_that_is_not_utf8_is_an_error_with_its_position() {
    let path = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("latin1.json");
    std::fs::write(&path, b"{\n  \"title\": \"Ab\xe4i\"\n}\n").unwrap();
    let file = path.to_string_lossy().into_owned();
    let out = run(&[&file]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        stdout(&out),
        format!("{file}:2:15: error: the file is not UTF-8 text: save it as UTF-8\n")
    );
}
