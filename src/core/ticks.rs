//! Tick choice as data: an interval table and a pure function that picks the finest level whose
//! labels fit. Ticks are generated only inside the visible window, so the cost depends on the
//! width in pixels, never on the zoom depth or the length of the content.
use super::date::{days_to_year_f64, CALENDAR_YEARS_MAX};
use super::i18n::Lang;
use super::scale::Scale;
pub use super::tick_calendar::tick_times;
pub use super::tick_label::century_number;
use super::tick_label::tick_label;

/// Width estimate of one character of a tick label (13 px system sans, Cyrillic included), for
/// when nothing measures the text (native tests); the browser measures the drawn glyphs.
pub const CHAR_PX: f64 = 7.6;
/// Space a label needs around its text (its left inset from the tick line plus padding).
pub const LABEL_PAD_PX: f64 = 8.0;
/// Minimum free space between two labels on one row.
pub const LABEL_GAP_PX: f64 = 10.0;
/// Labels start this far right of their tick line.
pub const LABEL_INSET_PX: f64 = 4.0;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    /// Every n-th day of a month, anchored at the 1st.
    Days(u32),
    /// Every n-th month, anchored at January.
    Months(u32),
    /// Every n-th year, anchored at year 0.
    Years(i64),
}

/// A row pair of the table: the fine (minor) interval and the context (major) interval.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Level {
    pub minor: Step,
    pub major: Step,
}

/// The interval table, finest first.
pub fn levels() -> Vec<Level> {
    use Step::*;
    let mut table = vec![
        Level {
            minor: Days(1),
            major: Months(1),
        },
        Level {
            minor: Days(2),
            major: Months(1),
        },
        Level {
            minor: Days(5),
            major: Months(1),
        },
        Level {
            minor: Days(10),
            major: Months(1),
        },
        Level {
            minor: Months(1),
            major: Years(1),
        },
        Level {
            minor: Months(3),
            major: Years(1),
        },
        Level {
            minor: Months(6),
            major: Years(1),
        },
    ];
    let mut unit: i64 = 1;
    while unit <= 10_000_000_000 {
        for k in [1, 2, 5] {
            table.push(Level {
                minor: Years(k * unit),
                major: Years(unit * 10),
            });
        }
        unit *= 10;
    }
    table
}

/// One tick with its label already placed and measured.
#[derive(Debug, Clone, PartialEq)]
pub struct Tick {
    pub t_days: f64,
    pub x_px: f64,
    pub label: String,
    /// `day`, `month`, `year`, `decade`, `century`, `thousand-years`, `million-years`, `billion-years`.
    pub unit: &'static str,
    pub major: bool,
    pub label_x_px: f64,
    pub label_w_px: f64,
    /// A context label pinned to the left edge (no tick line of its own).
    pub sticky: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct TickSet {
    pub level: Level,
    pub minor: Vec<Tick>,
    pub major: Vec<Tick>,
}

impl TickSet {
    /// Whether the grid line at minor tick `t` is a major one (a major tick, not a sticky
    /// context label, falls on the same date).
    pub fn is_major_line(&self, t: &Tick) -> bool {
        self.major
            .iter()
            .any(|m| !m.sticky && (m.t_days - t.t_days).abs() < 0.5)
    }
}

/// How wide `(text, major)` is drawn, in px. The browser passes a measurement of the real glyphs
/// (major labels are bold); [`estimate_text_px`] stands in where nothing can measure.
pub type MeasureText<'a> = &'a dyn Fn(&str, bool) -> f64;

/// Estimated drawn width of a label's text: [`CHAR_PX`] a character, bold (major) a bit wider.
pub fn estimate_text_px(label: &str, major: bool) -> f64 {
    let px = label.chars().count() as f64 * CHAR_PX;
    if major {
        px * super::BOLD_WIDTH
    } else {
        px
    }
}

/// The room a label takes on its row: its text and its padding.
pub fn label_width_px(text_px: f64) -> f64 {
    text_px + LABEL_PAD_PX
}

pub fn step_unit(step: Step) -> &'static str {
    match step {
        Step::Days(_) => "day",
        Step::Months(_) => "month",
        Step::Years(n) if n < 10 => "year",
        Step::Years(n) if n < 100 => "decade",
        Step::Years(n) if n < 1000 => "century",
        Step::Years(n) if n < 1_000_000 => "thousand-years",
        Step::Years(n) if n < 1_000_000_000 => "million-years",
        Step::Years(_) => "billion-years",
    }
}

/// Shortest distance between two ticks of this step, in days.
fn min_step_days(step: Step) -> f64 {
    match step {
        Step::Days(n) => n as f64,
        Step::Months(n) => 28.0 * n as f64,
        Step::Years(n) => 365.0 * n as f64,
    }
}

/// [`choose_ticks_measured`] with estimated label widths.
pub fn choose_ticks(scale: &Scale, lang: Lang) -> TickSet {
    choose_ticks_measured(scale, lang, &estimate_text_px)
}

/// Pick the finest level whose minor and major labels do not overlap, and build its ticks;
/// `measure` tells how wide a label is drawn.
pub fn choose_ticks_measured(scale: &Scale, lang: Lang, measure: MeasureText) -> TickSet {
    let table = levels();
    // Deep in time there are no calendar days or months, only (mean) years.
    let calendar = [scale.start_days, scale.end_days()]
        .iter()
        .all(|&t| days_to_year_f64(t).abs() <= CALENDAR_YEARS_MAX as f64);
    // The last level that was built but overlapped, kept to thin out if the next one is empty.
    let mut finer: Option<(Level, Vec<Tick>, Vec<Tick>)> = None;
    for level in &table {
        // Skip levels that would put a tick every few pixels without building them.
        if min_step_days(level.minor) * scale.px_per_day() < 18.0 {
            continue;
        }
        if !calendar && !matches!(level.minor, Step::Years(_)) {
            continue;
        }
        let minor = build_row(scale, level, false, lang, measure);
        let major = build_row(scale, level, true, lang, measure);
        if !overlaps(&minor) && !overlaps(&major) {
            // Long labels in a narrow window (Russian BCE years, deep time) can leave the first
            // level that fits without a single tick in view: then every other tick of the finer
            // level is better than an empty axis.
            if let (true, Some((finer_level, finer_minor, finer_major))) = (minor.is_empty(), finer)
            {
                let thinned = thin(finer_minor);
                if !thinned.is_empty() {
                    let major = with_sticky(scale, thin(finer_major), &finer_level, lang, measure);
                    return TickSet {
                        level: finer_level,
                        minor: thinned,
                        major,
                    };
                }
            }
            return TickSet {
                level: *level,
                minor,
                major: with_sticky(scale, major, level, lang, measure),
            };
        }
        finer = Some((*level, minor, major));
    }
    let level = *table.last().unwrap_or(&Level {
        minor: Step::Years(1),
        major: Step::Years(10),
    });
    TickSet {
        level,
        minor: Vec::new(),
        major: Vec::new(),
    }
}

/// Keep labels left to right, dropping each one that would collide with the last one kept.
fn thin(row: Vec<Tick>) -> Vec<Tick> {
    let mut kept: Vec<Tick> = Vec::with_capacity(row.len());
    for tick in row {
        let free = kept
            .last()
            .is_none_or(|last| last.label_x_px + last.label_w_px + LABEL_GAP_PX <= tick.label_x_px);
        if free {
            kept.push(tick);
        }
    }
    kept
}

/// True when any two labels of a row collide (including the required gap).
pub fn overlaps(row: &[Tick]) -> bool {
    row.windows(2)
        .any(|w| w[0].label_x_px + w[0].label_w_px + LABEL_GAP_PX > w[1].label_x_px)
}

fn build_row(
    scale: &Scale,
    level: &Level,
    major: bool,
    lang: Lang,
    measure: MeasureText,
) -> Vec<Tick> {
    let step = if major { level.major } else { level.minor };
    let times = tick_times(scale, step);
    let mut row = Vec::with_capacity(times.len());
    for t_days in times {
        let x_px = scale.to_px(t_days);
        let label = tick_label(t_days, step, level, major, lang);
        let label_w_px = label_width_px(measure(&label, major));
        let label_x_px = x_px + LABEL_INSET_PX;
        // A label that would be cut by the right edge is left out rather than clipped.
        if x_px < 0.0 || label_x_px + label_w_px > scale.width_px {
            continue;
        }
        let unit = step_unit(step);
        row.push(Tick {
            t_days,
            x_px,
            label,
            unit,
            major,
            label_x_px,
            label_w_px,
            sticky: false,
        });
    }
    row
}

/// Add the label of the major period that contains the left edge, when there is room for it.
fn with_sticky(
    scale: &Scale,
    mut major: Vec<Tick>,
    level: &Level,
    lang: Lang,
    measure: MeasureText,
) -> Vec<Tick> {
    let label = tick_label(scale.start_days, level.major, level, true, lang);
    let label_w_px = label_width_px(measure(&label, true));
    let fits_before = major
        .first()
        .map(|t| label_w_px + LABEL_GAP_PX <= t.label_x_px)
        .unwrap_or(true);
    if fits_before && label_w_px <= scale.width_px {
        let tick = Tick {
            t_days: scale.start_days,
            x_px: 0.0,
            label,
            unit: step_unit(level.major),
            major: true,
            label_x_px: 0.0,
            label_w_px,
            sticky: true,
        };
        major.insert(0, tick);
    }
    major
}
