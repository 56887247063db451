//! Helpers shared by the core test suites (each suite uses a part of them).
#![allow(dead_code)]
use tarikh::core::scale::Scale;
use tarikh::core::ticks::{Tick, TickSet, CHAR_PX, LABEL_GAP_PX};

/// Deterministic pseudo-random numbers (xorshift64*), so sweeps are reproducible.
pub struct Rng(pub u64);
impl Rng {
    pub fn next_u64(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    /// Uniform in [0, 1).
    pub fn unit(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }
    pub fn range(&mut self, lo: f64, hi: f64) -> f64 {
        lo + (hi - lo) * self.unit()
    }
    /// Log-uniform in [lo, hi).
    pub fn log_range(&mut self, lo: f64, hi: f64) -> f64 {
        (lo.ln() + (hi.ln() - lo.ln()) * self.unit()).exp()
    }
    /// Uniform in 0..n.
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n as u64) as usize
    }
}

/// Labels of one row: inside the width, measured, and never closer than the gap.
pub fn check_row(row: &[Tick], width: f64, ctx: &str) {
    let mut sorted: Vec<&Tick> = row.iter().collect();
    sorted.sort_by(|a, b| a.label_x_px.total_cmp(&b.label_x_px));
    for t in &sorted {
        assert!(
            t.label_x_px >= 0.0,
            "{ctx}: label {:?} starts left of 0",
            t.label
        );
        assert!(
            t.label_x_px + t.label_w_px <= width,
            "{ctx}: label {:?} clipped at the right",
            t.label
        );
        // The measured width must cover the text at the nominal character width.
        assert!(
            t.label_w_px >= t.label.chars().count() as f64 * CHAR_PX,
            "{ctx}: {:?} too narrow",
            t.label
        );
        assert!(!t.label.is_empty(), "{ctx}: empty label");
    }
    for w in sorted.windows(2) {
        let free = w[1].label_x_px - (w[0].label_x_px + w[0].label_w_px);
        assert!(
            free >= LABEL_GAP_PX,
            "{ctx}: {:?} and {:?} overlap ({free:.1} px apart)",
            w[0].label,
            w[1].label
        );
    }
}

/// Both rows of a tick set, the tick-count bound (width / 10) and the tick flags.
pub fn check_set(set: &TickSet, scale: &Scale, ctx: &str) {
    check_row(&set.minor, scale.width_px, &format!("{ctx} minor"));
    check_row(&set.major, scale.width_px, &format!("{ctx} major"));
    let cap = (scale.width_px / 10.0).floor() as usize;
    assert!(
        set.minor.len() <= cap,
        "{ctx}: {} minor ticks",
        set.minor.len()
    );
    assert!(
        set.major.len() <= cap,
        "{ctx}: {} major ticks",
        set.major.len()
    );
    for t in set
        .minor
        .iter()
        .chain(set.major.iter().filter(|t| !t.sticky))
    {
        assert!(
            t.t_days >= scale.start_days && t.t_days <= scale.end_days(),
            "{ctx}: tick outside the window"
        );
        assert!(
            (t.x_px - scale.to_px(t.t_days)).abs() < 1e-6,
            "{ctx}: x_px is not the date's pixel"
        );
    }
    assert!(
        set.minor.iter().all(|t| !t.major && !t.sticky),
        "{ctx}: minor row flags"
    );
    assert!(set.major.iter().all(|t| t.major), "{ctx}: major row flags");
    assert!(
        set.major.iter().filter(|t| t.sticky).count() <= 1,
        "{ctx}: more than one sticky label"
    );
}
