//! Where the ticks of one step fall in a window: the only place that walks the calendar for the
//! axis. Split from `ticks` (which chooses the level and writes the labels).
use super::date::{civil_to_days, days_in_month, days_to_civil, days_to_year_f64};
use super::date_format::MAX_BCE_YEAR;
use super::scale::Scale;
use super::ticks::Step;

/// Times of the ticks of `step` inside the window (the only place that walks the calendar).
pub fn tick_times(scale: &Scale, step: Step) -> Vec<f64> {
    let (start, end) = (scale.start_days, scale.end_days());
    let mut out = Vec::new();
    if !start.is_finite() || !end.is_finite() {
        return out;
    }
    // Loops are bounded by iterations, not only by output, so no input can make them spin.
    const MAX_STEPS: usize = 10_000;
    match step {
        Step::Years(n) => {
            let n = n.max(1);
            // One step early: a BCE tick stands one year after its multiple of n.
            let mut k = (days_to_year_f64(start) / n as f64).floor() as i64 * n - n;
            for _ in 0..MAX_STEPS {
                if let Some(y) = tick_year(k, n) {
                    let t = civil_to_days(y, 1, 1);
                    if t > end {
                        break;
                    }
                    if t >= start {
                        out.push(t);
                    }
                }
                k += n;
            }
        }
        Step::Months(n) => {
            let (y0, m0, _) = days_to_civil(start);
            let n = n.max(1) as i64;
            let mut k = (y0 * 12 + m0 as i64 - 1).div_euclid(n) * n;
            for _ in 0..MAX_STEPS {
                let (y, m) = (k.div_euclid(12), (k.rem_euclid(12) + 1) as u8);
                let t = civil_to_days(y, m, 1);
                if t > end {
                    break;
                }
                if t >= start {
                    out.push(t);
                }
                k += n;
            }
        }
        Step::Days(n) => {
            let n = n.max(1);
            let mut t = start.floor();
            while t <= end && out.len() < MAX_STEPS {
                let (y, m, d) = days_to_civil(t);
                // Keep the last tick of a month at least n days before the next 1st.
                let on_step = (d as u32 - 1).is_multiple_of(n)
                    && (d as u32 - 1 + n) <= days_in_month(y, m) as u32;
                if t >= start && (d == 1 || on_step) {
                    out.push(t);
                }
                t += 1.0;
            }
        }
    }
    out
}

/// The year on which the tick for the multiple `k` of `n` stands. BCE ticks stand one year later
/// so that they read as round numbers ("100 BCE" is astronomical year -99, not "101 BCE"); the
/// multiple 0 becomes year 1 for steps from ten years to the BCE limit and is left out otherwise
/// (it would crowd year 2, and "1" means nothing on an axis of millions of years). Years written
/// as "years ago" stay on the multiples themselves.
fn tick_year(k: i64, n: i64) -> Option<i64> {
    if n == 1 || k > 0 || -k > MAX_BCE_YEAR {
        Some(k)
    } else if k == 0 {
        (10..=MAX_BCE_YEAR).contains(&n).then_some(1)
    } else {
        Some(k + 1)
    }
}

/// The year of the last tick of step `n` at or before `year`: the period `year` belongs to.
pub(crate) fn period_start_year(year: i64, n: i64) -> i64 {
    let n = n.max(1);
    let mut k = year.div_euclid(n) * n;
    for _ in 0..3 {
        match tick_year(k, n) {
            Some(t) if t <= year => return t,
            _ => k -= n,
        }
    }
    k
}
