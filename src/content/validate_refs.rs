//! Identity checks: ids are present, unique and link-safe; every reference names an existing
//! item; every claim (event, era, alternative date, quotation) cites at least one source.
use super::schema::SourceRef;
use super::validate::{closest, ids_of, Path, Validator, LISTS};
use std::collections::{HashMap, HashSet};

/// Per list: its ids as a set (for lookups) and in order (for messages). Built once: a file
/// may hold hundreds of thousands of references.
type Known<'c> = HashMap<&'static str, (HashSet<&'c str>, Vec<&'c str>)>;

pub(crate) fn check(v: &mut Validator) {
    for list in LISTS {
        unique_ids(v, list);
    }
    let c = v.content;
    let known: &Known = &LISTS
        .iter()
        .map(|&list| {
            let ids = ids_of(c, list);
            (list, (ids.iter().copied().collect(), ids))
        })
        .collect();
    for (i, era) in c.eras.iter().enumerate() {
        let base = v.path("eras", i);
        if let Some(lane) = &era.lane {
            reference(v, known, base.field("lane"), lane, "lanes");
        }
        cited(v, known, base, &era.sources, "era");
    }
    for (i, event) in c.events.iter().enumerate() {
        let base = v.path("events", i);
        reference(v, known, base.field("lane"), &event.lane, "lanes");
        if let Some(place) = &event.place {
            reference(v, known, base.field("place"), place, "places");
        }
        for (field, ids, list) in [
            ("quotes", &event.quotes, "quotes"),
            ("media", &event.media, "media"),
            ("related", &event.related, "events"),
        ] {
            for (j, id) in ids.iter().enumerate() {
                reference(v, known, base.field(field).at(j), id, list);
            }
        }
        cited(v, known, base, &event.sources, "event");
        for (j, alt) in event.alternatives.iter().enumerate() {
            let path = base.field("alternatives").at(j);
            cited(v, known, path, &alt.sources, "alternative date");
        }
    }
    for (i, quote) in c.quotes.iter().enumerate() {
        cited(v, known, v.path("quotes", i), &quote.sources, "quotation");
    }
    for (i, medium) in c.media.iter().enumerate() {
        // A medium may cite nothing (our own map), but what it cites must exist.
        let base = v.path("media", i);
        for (j, s) in medium.sources.iter().enumerate() {
            reference(v, known, source_path(base, j, s), s.id(), "sources");
        }
    }
}

/// Ids must be non-empty, unique within their list, and (for events, which appear in links such
/// as `#event=<id>`) made of characters that survive a URL unchanged.
fn unique_ids(v: &mut Validator, list: &'static str) {
    let ids = ids_of(v.content, list);
    let mut first: HashMap<&str, usize> = HashMap::new();
    for (i, id) in ids.iter().enumerate() {
        let path = v.path(list, i).field("id");
        if id.trim().is_empty() {
            v.error(
                path,
                format!(
                    "empty id: give this item of `{list}` a short unique id such as \"item-{i}\""
                ),
            );
            continue;
        }
        if list == "events"
            && !id
                .chars()
                .all(|ch| ch.is_ascii_alphanumeric() || "-_.".contains(ch))
        {
            v.error(
                path,
                format!("event id \"{id}\" appears in links (#event={id}): use only letters a–z, digits, '-', '_' or '.'"),
            );
        }
        match first.get(id) {
            Some(&earlier) => {
                let other = v.path(list, earlier);
                let before = format!("duplicate id \"{id}\" in `{list}`: the first one is");
                v.error_mentioning(path, before, other, "; give each item its own id");
            }
            None => {
                first.insert(id, i);
            }
        }
    }
}

/// Report a reference to an id that no item of `list` has.
fn reference(v: &mut Validator, known: &Known, path: Path, id: &str, list: &str) {
    let (set, existing) = &known[list];
    if set.contains(id) || v.was_dropped(list, id) {
        return;
    }
    let noun = match list {
        "lanes" => "lane",
        "quotes" => "quotation",
        "media" => "medium",
        "sources" => "source",
        "places" => "place",
        "events" => "event",
        _ => "id",
    };
    let message = if existing.is_empty() {
        format!("unknown {noun} \"{id}\": `{list}` is empty; add an item with \"id\": \"{id}\" to `{list}`")
    } else if let Some(close) = v
        .spend_suggestion()
        .then(|| closest(id, existing.iter().copied()))
        .flatten()
    {
        format!("unknown {noun} \"{id}\"; did you mean \"{close}\"? (ids are listed in `{list}`)")
    } else if existing.len() <= 8 {
        let names = existing
            .iter()
            .map(|e| format!("\"{e}\""))
            .collect::<Vec<_>>();
        format!(
            "unknown {noun} \"{id}\"; the ids in `{list}` are {}",
            names.join(", ")
        )
    } else {
        format!("unknown {noun} \"{id}\": add it to `{list}`, or use one of the ids listed there")
    };
    v.error(path, message);
}

/// `sources` must be non-empty and every cited id must exist.
fn cited(v: &mut Validator, known: &Known, base: Path, sources: &[SourceRef], noun: &str) {
    if sources.is_empty() {
        let example = v.content.sources.first().map_or("s1", |s| s.id.as_str());
        let message = format!(
            "this {noun} cites no source: add at least one source id from `sources`, e.g. \"sources\": [\"{example}\"]"
        );
        v.error(base.field("sources"), message);
    }
    for (j, s) in sources.iter().enumerate() {
        reference(v, known, source_path(base, j, s), s.id(), "sources");
    }
}

/// `…sources[2]`, or `…sources[2].id` when the reference is an object with a locator.
fn source_path(base: Path, j: usize, s: &SourceRef) -> Path {
    let cited = base.field("sources").at(j);
    match s {
        SourceRef::Id(_) => cited,
        SourceRef::Located { .. } => cited.field("id"),
    }
}
