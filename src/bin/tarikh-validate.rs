//! Native content validator: `cargo run --release --bin tarikh-validate -- FILE...`
//!
//! Prints `FILE:LINE:COL: error: message (at path)` for every problem (warnings too) and a
//! one-line summary for each usable file. Exit status: 0 all files usable, 1 some file has
//! errors, 2 usage error or a file that cannot be read.
use std::io::{Read, Write};
use std::process::ExitCode;
use tarikh::content::parse::{too_large, MAX_INPUT_BYTES};
use tarikh::content::{load_content, Loaded, Problem, Severity, SourceFormat};

const USAGE: &str = "usage: tarikh-validate FILE...\n\
    Checks tarikh/1 (or TimelineJS3) content files and prints every problem as\n\
    FILE:LINE:COL: error|warning: message (at path).\n\
    Exit status: 0 valid, 1 a file has errors, 2 usage error or unreadable file.";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut out = std::io::stdout().lock();
    if args.iter().any(|a| a == "-h" || a == "--help") {
        let _ = writeln!(out, "{USAGE}");
        return ExitCode::SUCCESS;
    }
    let files: Vec<&String> = args.iter().filter(|a| a.as_str() != "--").collect();
    if files.is_empty() || files.iter().any(|f| f.starts_with('-') && f.len() > 1) {
        eprintln!("{USAGE}");
        return ExitCode::from(2);
    }
    let mut status = 0u8;
    for file in files {
        let code = match read(file) {
            Err(message) => {
                eprintln!("{file}: cannot read: {message}");
                2
            }
            Ok(Err(problem)) => report(&mut out, file, &Err(vec![problem])),
            Ok(Ok(text)) => report(&mut out, file, &load_content(&text)),
        };
        status = status.max(code);
    }
    // A closed pipe (`| head`) is not the content's fault: ignore write errors.
    let _ = out.flush();
    ExitCode::from(status)
}

/// The file's text, or a problem when it is too large or not UTF-8; `Err` when unreadable.
fn read(file: &str) -> Result<Result<String, Problem>, String> {
    let handle = std::fs::File::open(file).map_err(|e| e.to_string())?;
    let mut bytes = Vec::new();
    // Read one byte past the limit: enough to know it is too large without reading it all.
    handle
        .take(MAX_INPUT_BYTES as u64 + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| e.to_string())?;
    if bytes.len() > MAX_INPUT_BYTES {
        let size = std::fs::metadata(file).map_or(bytes.len() as u64, |m| m.len());
        return Ok(Err(too_large(size)));
    }
    match String::from_utf8(bytes) {
        Ok(text) => Ok(Ok(text)),
        Err(e) => {
            let good = &e.as_bytes()[..e.utf8_error().valid_up_to()];
            let good = std::str::from_utf8(good).unwrap_or_default();
            let mut p = Problem::error("", "the file is not UTF-8 text: save it as UTF-8");
            p.line = good.matches('\n').count() + 1;
            p.column = good.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
            Ok(Err(p))
        }
    }
}

/// Print the summary and problems of one file; returns its exit status (0 or 1).
fn report(out: &mut impl Write, file: &str, result: &Result<Loaded, Vec<Problem>>) -> u8 {
    match result {
        Ok(loaded) => {
            let c = &loaded.content;
            let line = match loaded.format {
                SourceFormat::Tarikh => format!(
                    "{file}: ok — {} events, {} eras, {} lanes, {} quotations, {} media, {} sources",
                    c.events.len(),
                    c.eras.len(),
                    c.lanes.len(),
                    c.quotes.len(),
                    c.media.len(),
                    c.sources.len()
                ),
                SourceFormat::TimelineJs3 => format!(
                    "{file}: imported from TimelineJS3 — {} events, {} eras, {} lane(s)",
                    c.events.len(),
                    c.eras.len(),
                    c.lanes.len()
                ),
            };
            let _ = writeln!(out, "{line}");
            problems(out, file, &loaded.warnings);
            0
        }
        Err(list) => {
            problems(out, file, list);
            if !list.iter().any(Problem::is_error) {
                let _ = writeln!(out, "{file}: error: the file could not be read as content");
            }
            1
        }
    }
}

fn problems(out: &mut impl Write, file: &str, list: &[Problem]) {
    for p in list {
        let kind = match p.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        let place = if p.line > 0 {
            format!("{file}:{}:{}", p.line, p.column)
        } else {
            file.to_string()
        };
        let at = if p.path.is_empty() {
            String::new()
        } else {
            format!(" (at {})", p.path)
        };
        let _ = writeln!(out, "{place}: {kind}: {}{at}", p.message);
    }
}
