//! Content made ready for display: dates parsed once, lookups by id, the layout index and the
//! overview density. Pure; built once per loaded file.
use super::schema::{Calendar, ContentFile, Event};
use crate::core::command::{reduce, Command, EventTimes, TimelineState};
use crate::core::date::{parse_edtf, Edtf};
use crate::core::date_format::{format_edtf, year_text};
use crate::core::i18n::{locale, Lang};
use crate::core::layout::{era_rows, LayoutIndex, LayoutItem};
use crate::core::url_state::UrlState;
use crate::core::view::{Limits, View};
use std::collections::HashMap;

/// Lane colours when the content gives none (each at least 4.5:1 against white).
const DEFAULT_LANE_COLOURS: [&str; 6] = [
    "#8a3b12", "#1f5f8b", "#6b4c9a", "#9b1c31", "#2f6b3a", "#6b5a1f",
];

/// Number of bins in the overview's density strip.
pub const DENSITY_BINS: usize = 160;

pub struct Prepared {
    pub file: ContentFile,
    /// Parsed date per event (content order). Validation guarantees they parse; a date that
    /// somehow does not falls back to the extent start so nothing panics.
    pub dates: Vec<Edtf>,
    pub times: EventTimes,
    pub index: LayoutIndex,
    pub lane_of: Vec<usize>,
    pub era_ranges: Vec<(f64, f64)>,
    pub era_rows: Vec<usize>,
    pub era_row_count: usize,
    pub extent: (f64, f64),
    pub home: View,
    pub limits: Limits,
    pub default_lang: Lang,
    pub density: Vec<f64>,
    ids: HashMap<String, usize>,
}

impl Prepared {
    pub fn new(file: ContentFile) -> Prepared {
        let extent = parse_edtf(&file.extent)
            .map(|d| (d.start_days(), d.end_days()))
            .unwrap_or((0.0, 365.0));
        let home = parse_edtf(&file.initial_view)
            .map(|d| View::from_range(d.start_days(), d.end_days()))
            .unwrap_or_else(|_| View::from_range(extent.0, extent.1));
        let fallback = Edtf::Point(crate::core::date::DatePoint::year(1970));
        let dates: Vec<Edtf> = file
            .events
            .iter()
            .map(|e| parse_edtf(&e.date).unwrap_or(fallback))
            .collect();
        let lane_pos: HashMap<&str, usize> = file
            .lanes
            .iter()
            .enumerate()
            .map(|(i, l)| (l.id.as_str(), i))
            .collect();
        let lane_of: Vec<usize> = file
            .events
            .iter()
            .map(|e| *lane_pos.get(e.lane.as_str()).unwrap_or(&0))
            .collect();
        let items: Vec<LayoutItem> = file
            .events
            .iter()
            .enumerate()
            .map(|(i, e)| LayoutItem {
                index: i,
                start_days: dates[i].start_days(),
                end_days: dates[i].end_days(),
                is_range: dates[i].is_interval(),
                lane: lane_of[i],
                importance: e.importance.clamp(1, 3),
                label_chars: e
                    .title
                    .entries()
                    .iter()
                    .map(|(_, t)| t.chars().count())
                    .max()
                    .unwrap_or(0)
                    .min(40),
            })
            .collect();
        let index = LayoutIndex::new(&items, file.lanes.len());
        let times = EventTimes::new(items.iter().map(|i| (i.start_days, i.end_days)).collect());
        let era_ranges: Vec<(f64, f64)> = file
            .eras
            .iter()
            .map(|e| {
                parse_edtf(&e.date)
                    .map(|d| (d.start_days(), d.end_days()))
                    .unwrap_or(extent)
            })
            .collect();
        let era_rows = era_rows(&era_ranges);
        let era_row_count = era_rows.iter().max().map(|m| m + 1).unwrap_or(0);
        let density = density(&times.ranges, extent);
        let default_lang = Lang::from_code(&file.default_language).unwrap_or(Lang::En);
        let ids = file
            .events
            .iter()
            .enumerate()
            .map(|(i, e)| (e.id.clone(), i))
            .collect();
        Prepared {
            limits: Limits::for_extent(extent.0, extent.1),
            file,
            dates,
            times,
            index,
            lane_of,
            era_ranges,
            era_rows,
            era_row_count,
            extent,
            home,
            default_lang,
            density,
            ids,
        }
    }

    pub fn whole(&self) -> View {
        View::from_range(self.extent.0, self.extent.1)
    }

    /// The first state: the default view, or what the deep link asks for (anything unusable in
    /// the link is ignored, so a broken link opens the default view). The width is a stand-in
    /// until the stage is measured.
    pub fn initial_state(&self, lang: Option<Lang>, link: &UrlState) -> TimelineState {
        let default_lang = lang.unwrap_or(self.default_lang);
        let mut state = TimelineState {
            view: self.home.constrain(&self.limits, 0.5),
            width_px: 1000.0,
            limits: self.limits,
            home: self.home,
            whole: self.whole(),
            open: None,
            lang: link.lang.unwrap_or(default_lang),
            default_lang,
        };
        if let Some(i) = link.event.as_deref().and_then(|id| self.event_index(id)) {
            state = reduce(&state, Command::Open(i), &self.times);
        }
        if let Some((a, b)) = link.range_days {
            state = reduce(
                &state,
                Command::SetView(View::from_range(a, b)),
                &self.times,
            );
        }
        state
    }

    /// "1888–1931": the default view named by its years (the first preset button).
    pub fn home_label(&self, lang: Lang) -> String {
        match parse_edtf(&self.file.initial_view) {
            Ok(e) => {
                let (a, b) = (e.start().year, e.end().year);
                if a == b {
                    year_text(a, lang)
                } else {
                    format!("{}–{}", year_text(a, lang), year_text(b, lang))
                }
            }
            Err(_) => locale(lang).t("reset").to_string(),
        }
    }

    /// The overview strip's bars: left, width and height of each non-empty density bin, in % of
    /// the strip.
    pub fn density_bars(&self) -> impl Iterator<Item = (f64, f64, f64)> + '_ {
        let n = self.density.len().max(1) as f64;
        self.density
            .iter()
            .enumerate()
            .filter(|(_, v)| **v > 0.0)
            .map(move |(i, v)| (i as f64 / n * 100.0, 100.0 / n, 15.0 + v * 85.0))
    }

    /// Left and width of `view` on the overview strip, in % of the strip (clamped to it).
    pub fn window_pct(&self, view: &View) -> (f64, f64) {
        let span = (self.extent.1 - self.extent.0).max(1.0);
        let frac = |t: f64| ((t - self.extent.0) / span).clamp(0.0, 1.0);
        let (a, b) = (frac(view.start_days), frac(view.end_days()));
        (a * 100.0, (b - a) * 100.0)
    }

    pub fn event_index(&self, id: &str) -> Option<usize> {
        self.ids.get(id).copied()
    }

    pub fn event(&self, i: usize) -> Option<&Event> {
        self.file.events.get(i)
    }

    /// The event's date label, Old Style shown when the content says so.
    pub fn date_label(&self, i: usize, lang: Lang) -> String {
        let julian = self
            .file
            .events
            .get(i)
            .map(|e| e.original_calendar == Calendar::Julian)
            .unwrap_or(false);
        self.dates
            .get(i)
            .map(|d| format_edtf(d, lang, julian))
            .unwrap_or_default()
    }

    /// The lane's colour from the content, or a default one.
    pub fn lane_colour(&self, lane: usize) -> &str {
        self.file
            .lanes
            .get(lane)
            .and_then(|l| l.color.as_deref())
            .unwrap_or(DEFAULT_LANE_COLOURS[lane % DEFAULT_LANE_COLOURS.len()])
    }

    pub fn fallback_code(&self) -> &str {
        self.default_lang.code()
    }
}

/// Events per bin over the extent, normalised to 0..1 (for the overview strip).
fn density(ranges: &[(f64, f64)], extent: (f64, f64)) -> Vec<f64> {
    let mut bins = vec![0.0; DENSITY_BINS];
    let span = (extent.1 - extent.0).max(1.0);
    for &(start, _) in ranges {
        let b = (((start - extent.0) / span) * DENSITY_BINS as f64).floor();
        if b >= 0.0 && (b as usize) < DENSITY_BINS {
            bins[b as usize] += 1.0;
        }
    }
    let max = bins.iter().cloned().fold(0.0, f64::max);
    if max > 0.0 {
        bins.iter_mut().for_each(|b| *b /= max);
    }
    bins
}
