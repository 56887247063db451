//! A TimelineJS3 era (a labelled span behind the events) to a Tarikh era.
//! TimelineJS3 keeps only an era's dates and headline; so do we.
use super::schema::{Era, SourceRef, Text};
use super::timelinejs3::{Cx, SOURCE_ID};
use super::timelinejs3_date::{read_date, DateOutcome};
use super::timelinejs3_event::{note_dropped_parts, str_field};
use super::timelinejs3_html::html_to_line;
use crate::core::date::parse_edtf;
use serde_json::Value;

pub struct ImportedEra {
    pub era: Era,
    pub first_year: i64,
    pub last_year: i64,
}

pub fn import_era(cx: &mut Cx, index: usize, value: &Value) -> Option<ImportedEra> {
    let path = format!("eras[{index}]");
    let title = html_to_line(str_field(value.get("text"), "headline"));
    let named = if title.is_empty() {
        String::new()
    } else {
        format!(" (\"{title}\")")
    };
    let mut read = |key: &str| match read_date(value.get(key)) {
        DateOutcome::Ok(d) => {
            note_dropped_parts(cx, &format!("{path}.{key}"), &d);
            Some(d)
        }
        DateOutcome::Missing => {
            cx.warn(
                format!("{path}.{key}"),
                format!("era {index}{named} has no {key}; eras need both dates, so it is left out"),
            );
            None
        }
        DateOutcome::Invalid(why) => {
            cx.warn(
                format!("{path}.{key}"),
                format!("era {index}{named} has an invalid {key} ({why}); it is left out"),
            );
            None
        }
    };
    let (start, end) = (read("start_date")?, read("end_date")?);
    let date = format!("{}/{}", start.edtf, end.edtf);
    if let Err(e) = parse_edtf(&date) {
        cx.warn(
            format!("{path}.end_date"),
            format!("era {index}{named}: {e}; it is left out"),
        );
        return None;
    }
    let id = cx.ids.claim(&format!("era-{}", index + 1));
    let title = if title.is_empty() {
        format!("Era {}", index + 1)
    } else {
        title
    };
    Some(ImportedEra {
        era: Era {
            id,
            title: Text::One(title),
            date,
            lane: None,
            sources: vec![SourceRef::Id(SOURCE_ID.into())],
            note: None,
        },
        first_year: start.point.year,
        last_year: end.point.year,
    })
}
