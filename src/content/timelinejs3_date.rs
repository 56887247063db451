//! TimelineJS3 date objects (`{"year": "-44", "month": 3, "day": "15"}`) to EDTF strings.
//!
//! TimelineJS3 accepts integers or numeric strings for every part, treats empty strings as
//! missing and rejects anything else. Years are astronomical (they go to `Date.setFullYear`
//! unchanged), which is what EDTF uses too, so no BCE shift is needed. Hours and finer parts
//! are dropped: Tarikh dates stop at the day.
use crate::core::date::{days_in_month, parse_edtf, DatePoint};
use serde_json::Value;

/// A date read from the file: its EDTF text, the parsed point and non-fatal notes (parts that
/// had to be dropped), which the caller reports as warnings.
#[derive(Debug, Clone, PartialEq)]
pub struct ReadDate {
    pub edtf: String,
    pub point: DatePoint,
    pub notes: Vec<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum DateOutcome {
    Missing,
    Invalid(String),
    Ok(ReadDate),
}

/// Years this far from zero need EDTF's long-year form `Y-13800000000` (year only).
const FOUR_DIGITS: i64 = 9999;

/// Read one TimelineJS3 date object (`start_date`, `end_date`).
pub fn read_date(value: Option<&Value>) -> DateOutcome {
    let obj = match value {
        None | Some(Value::Null) => return DateOutcome::Missing,
        Some(Value::Object(obj)) => obj,
        Some(_) => {
            return DateOutcome::Invalid(
                "a date must be an object such as {\"year\": 1889, \"month\": 3}".into(),
            )
        }
    };
    let year = match number_part(obj.get("year")) {
        Part::Missing => return DateOutcome::Missing,
        Part::Invalid(raw) => {
            return DateOutcome::Invalid(format!("year {raw} is not a whole number"))
        }
        Part::Number(y) => y,
    };
    let mut notes = Vec::new();
    let mut month = None;
    let mut day = None;
    if year.unsigned_abs() <= FOUR_DIGITS as u64 {
        match number_part(obj.get("month")) {
            Part::Missing => {}
            Part::Number(m) if (1..=12).contains(&m) => month = Some(m as u8),
            Part::Number(m) => notes.push(format!("month {m} is not 1–12; only the year is kept")),
            Part::Invalid(raw) => {
                return DateOutcome::Invalid(format!("month {raw} is not a whole number"))
            }
        }
        match (number_part(obj.get("day")), month) {
            (Part::Missing, _) => {}
            (Part::Invalid(raw), _) => {
                return DateOutcome::Invalid(format!("day {raw} is not a whole number"))
            }
            (Part::Number(d), Some(m)) if d >= 1 && d <= i64::from(days_in_month(year, m)) => {
                day = Some(d as u8)
            }
            (Part::Number(d), Some(m)) => notes.push(format!(
                "day {d} does not exist in {}-{m:02}; the day is dropped",
                year_edtf(year)
            )),
            (Part::Number(d), None) => notes.push(format!(
                "day {d} is given without a month; the day is dropped"
            )),
        }
    }
    let mut edtf = year_edtf(year);
    if let Some(m) = month {
        edtf.push_str(&format!("-{m:02}"));
        if let Some(d) = day {
            edtf.push_str(&format!("-{d:02}"));
        }
    }
    match parse_edtf(&edtf) {
        Ok(parsed) => DateOutcome::Ok(ReadDate {
            edtf,
            point: parsed.start(),
            notes,
        }),
        Err(e) => DateOutcome::Invalid(e.0),
    }
}

/// EDTF year: four digits (`0044`, `-0044`) or the long form (`Y-13800000000`).
pub fn year_edtf(year: i64) -> String {
    if (0..=FOUR_DIGITS).contains(&year) {
        format!("{year:04}")
    } else if (-FOUR_DIGITS..0).contains(&year) {
        format!("-{:04}", -year)
    } else {
        format!("Y{year}")
    }
}

/// The whole-year EDTF interval from `min_year` to `max_year`, padded by 2% of the span on each
/// side (at least one year) so the first and last markers do not sit on the edges.
pub fn padded_extent(min_year: i64, max_year: i64) -> String {
    // parse_edtf refuses years beyond ±100 billion.
    const LIMIT: i64 = 100_000_000_000;
    let span = max_year.saturating_sub(min_year).max(0);
    let pad = (span / 50).max(1);
    let from = min_year.saturating_sub(pad).clamp(-LIMIT, LIMIT);
    // A timeline that ends in the past is not padded into the far future: a deep-time file whose
    // last event is recent would otherwise end millions of years from now.
    const PRESENT_YEAR: i64 = 2030;
    let to = if max_year <= PRESENT_YEAR {
        max_year
            .saturating_add(pad)
            .min(PRESENT_YEAR.max(max_year + 1))
    } else {
        max_year.saturating_add(pad)
    }
    .clamp(-LIMIT, LIMIT);
    format!("{}/{}", year_edtf(from), year_edtf(to))
}

enum Part {
    Missing,
    Invalid(String),
    Number(i64),
}

/// One date part: an integer, an integral float, or a string matching `-?\d+` once trimmed.
fn number_part(value: Option<&Value>) -> Part {
    match value {
        None | Some(Value::Null) => Part::Missing,
        Some(Value::Number(n)) => match n.as_i64() {
            Some(i) => Part::Number(i),
            None => match n.as_f64() {
                Some(f) if f.fract() == 0.0 && f.abs() < 9.0e18 => Part::Number(f as i64),
                _ => Part::Invalid(n.to_string()),
            },
        },
        Some(Value::String(s)) => {
            let t = s.trim();
            let digits = t.strip_prefix('-').unwrap_or(t);
            if t.is_empty() {
                Part::Missing
            } else if !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()) {
                t.parse()
                    .map_or_else(|_| Part::Invalid(quoted(t)), Part::Number)
            } else {
                Part::Invalid(quoted(t))
            }
        }
        Some(other) => Part::Invalid(other.to_string().chars().take(40).collect()),
    }
}

fn quoted(s: &str) -> String {
    format!("\"{}\"", s.chars().take(40).collect::<String>())
}
