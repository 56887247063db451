//! Date checks: every EDTF string parses, intervals are intervals, and everything lies within
//! the extent the timeline can be zoomed out to.
use super::validate::{Path, Validator};
use crate::core::date::{parse_edtf, Edtf, Precision};

pub(crate) fn check(v: &mut Validator) {
    let c = v.content;
    let extent = interval(v, Path::top("extent"), &c.extent, "extent");
    let view = interval(
        v,
        Path::top("initial_view"),
        &c.initial_view,
        "initial_view",
    );
    if let (Some(extent), Some(view)) = (extent, view) {
        if !inside(&view, &extent) {
            v.error(
                "initial_view",
                format!(
                    "initial_view \"{}\" reaches outside the extent \"{}\": choose a view inside \
                     the extent, or widen `extent`",
                    c.initial_view, c.extent
                ),
            );
        }
    }
    for (i, era) in c.eras.iter().enumerate() {
        let path = v.path("eras", i).field("date");
        if let Some(date) = interval(v, path, &era.date, "era date") {
            within(v, path, &era.date, &date, extent.as_ref());
        }
    }
    for (i, event) in c.events.iter().enumerate() {
        let base = v.path("events", i);
        let path = base.field("date");
        if let Some(date) = date(v, path, &event.date, "event date") {
            within(v, path, &event.date, &date, extent.as_ref());
        }
        for (j, alt) in event.alternatives.iter().enumerate() {
            let path = base.field("alternatives").at(j).field("date");
            if let Some(date) = date(v, path, &alt.date, "alternative date") {
                within(v, path, &alt.date, &date, extent.as_ref());
            }
            // The card shows `date` with the event's sources as the main version and each
            // alternative as another one: a repeat would show the same date twice.
            if alt.date.trim() == event.date.trim() {
                v.warning(
                    path,
                    "this alternative repeats the event's own date: list only the other versions \
                     here (the event's `date` and `sources` are the main version)",
                );
            }
        }
    }
    for (i, quote) in c.quotes.iter().enumerate() {
        if let Some(raw) = &quote.date {
            date(v, v.path("quotes", i).field("date"), raw, "quotation date");
        }
    }
    for (i, source) in c.sources.iter().enumerate() {
        let base = v.path("sources", i);
        if let Some(raw) = &source.published {
            date(v, base.field("published"), raw, "publication date");
        }
        if let Some(raw) = &source.accessed {
            let path = base.field("accessed");
            if let Some(d) = date(v, path, raw, "access date") {
                if d.is_interval() || d.start().precision() != Precision::Day {
                    v.warning(
                        path,
                        format!("access date \"{raw}\" should be the day you read the source, e.g. 2025-11-20"),
                    );
                }
            }
        }
    }
}

/// Parse an EDTF date, reporting why it is wrong and how to write it.
fn date(v: &mut Validator, path: Path, raw: &str, what: &str) -> Option<Edtf> {
    match parse_edtf(raw) {
        Ok(d) => Some(d),
        Err(e) if e.0.contains("ends before it starts") => {
            v.error(
                path,
                format!("{what} \"{raw}\" is an interval that ends before it starts: put the earlier date first, e.g. 1926/1929"),
            );
            None
        }
        Err(e) => {
            v.error(path, format!("{what} is not valid EDTF: {e}"));
            None
        }
    }
}

/// Like `date`, but the value must be an interval such as `1917/1920`.
fn interval(v: &mut Validator, path: Path, raw: &str, what: &str) -> Option<Edtf> {
    let d = date(v, path, raw, what)?;
    if d.is_interval() {
        Some(d)
    } else {
        v.error(
            path,
            format!("{what} \"{raw}\" must be an interval (start/end), e.g. \"{raw}/{raw}\" or 1917/1920"),
        );
        None
    }
}

fn within(v: &mut Validator, path: Path, raw: &str, date: &Edtf, extent: Option<&Edtf>) {
    let Some(extent) = extent else { return };
    if !inside(date, extent) {
        let message = format!(
            "date \"{raw}\" lies outside the extent \"{}\": correct the date, or widen `extent`",
            v.content.extent
        );
        v.error(path, message);
    }
}

fn inside(d: &Edtf, extent: &Edtf) -> bool {
    d.start_days() >= extent.start_days() && d.end_days() <= extent.end_days()
}
