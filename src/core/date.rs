//! EDTF (ISO 8601-2) dates as the content uses them, and the time coordinate of the axis.
//!
//! The axis coordinate is `t_days`: days (f64) since 1970-01-01 in the proleptic Gregorian
//! calendar. f64 keeps sub-day precision out to billions of years (cosmological content).

/// Mean Gregorian year, used for years outside day arithmetic (deep time) and for spans.
pub const DAYS_PER_YEAR: f64 = 365.2425;

/// Seasons as EDTF level 1 writes them in the month position.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Season {
    Spring,
    Summer,
    Autumn,
    Winter,
}

/// How precise one date is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Precision {
    Year,
    Season,
    Month,
    Day,
}

/// One EDTF date: a year with optional season, month or day, and qualifiers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DatePoint {
    /// Astronomical year: 0 is 1 BCE, -1 is 2 BCE.
    pub year: i64,
    pub month: Option<u8>,
    pub day: Option<u8>,
    pub season: Option<Season>,
    /// `~`: about (c.).
    pub approximate: bool,
    /// `?`: the source is unsure.
    pub uncertain: bool,
}

/// A parsed EDTF value: one date or a closed interval.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Edtf {
    Point(DatePoint),
    Interval(DatePoint, DatePoint),
}

/// Why an EDTF string was rejected; the message says how to write it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EdtfError(pub String);

impl std::fmt::Display for EdtfError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

const HINT: &str =
    "write e.g. 1889-03-08, 1929-04, 1929-23 (autumn), 1889~, 1930?, 1926/1929 or Y-13800000000";

impl DatePoint {
    pub fn year(year: i64) -> Self {
        DatePoint {
            year,
            month: None,
            day: None,
            season: None,
            approximate: false,
            uncertain: false,
        }
    }

    pub fn ymd(year: i64, month: u8, day: u8) -> Self {
        DatePoint {
            month: Some(month),
            day: Some(day),
            ..Self::year(year)
        }
    }

    pub fn precision(&self) -> Precision {
        if self.day.is_some() {
            Precision::Day
        } else if self.month.is_some() {
            Precision::Month
        } else if self.season.is_some() {
            Precision::Season
        } else {
            Precision::Year
        }
    }

    /// First day covered, as axis coordinate.
    pub fn start_days(&self) -> f64 {
        let (m, d) = match (self.month, self.day, self.season) {
            (Some(m), Some(d), _) => (m, d),
            (Some(m), None, _) => (m, 1),
            (None, _, Some(s)) => (season_first_month(s), 1),
            _ => (1, 1),
        };
        civil_to_days(self.year, m, d)
    }

    /// Day after the last day covered (exclusive end), as axis coordinate.
    pub fn end_days(&self) -> f64 {
        match (self.month, self.day, self.season) {
            (Some(_), Some(_), _) => self.start_days() + 1.0,
            (Some(m), None, _) => self.start_days() + days_in_month(self.year, m) as f64,
            (None, _, Some(s)) => {
                let first = season_first_month(s);
                let (y, m) = if first + 3 > 12 {
                    (self.year + 1, first + 3 - 12)
                } else {
                    (self.year, first + 3)
                };
                civil_to_days(y, m, 1)
            }
            _ => civil_to_days(self.year + 1, 1, 1),
        }
    }
}

impl Edtf {
    pub fn start(&self) -> DatePoint {
        match self {
            Edtf::Point(p) | Edtf::Interval(p, _) => *p,
        }
    }
    pub fn end(&self) -> DatePoint {
        match self {
            Edtf::Point(p) | Edtf::Interval(_, p) => *p,
        }
    }
    pub fn start_days(&self) -> f64 {
        self.start().start_days()
    }
    pub fn end_days(&self) -> f64 {
        self.end().end_days()
    }
    pub fn is_interval(&self) -> bool {
        matches!(self, Edtf::Interval(..))
    }
    /// A point event with day (or finer) precision is drawn as a marker; anything longer
    /// than a year as a bar when it is an interval.
    pub fn midpoint_days(&self) -> f64 {
        (self.start_days() + self.end_days()) / 2.0
    }
}

/// Parse an EDTF string (level 0 and the level 1 features the content uses).
pub fn parse_edtf(input: &str) -> Result<Edtf, EdtfError> {
    let s = input.trim();
    if s.is_empty() {
        return Err(EdtfError(format!("empty date: {HINT}")));
    }
    if s.len() > 64 {
        return Err(EdtfError(format!(
            "date too long ({} characters): {HINT}",
            s.len()
        )));
    }
    match s.split_once('/') {
        Some((a, b)) => {
            let start = parse_point(a)?;
            let end = parse_point(b)?;
            if end.end_days() <= start.start_days() {
                return Err(EdtfError(format!(
                    "interval \"{s}\" ends before it starts: put the earlier date first"
                )));
            }
            Ok(Edtf::Interval(start, end))
        }
        None => Ok(Edtf::Point(parse_point(s)?)),
    }
}

fn parse_point(raw: &str) -> Result<DatePoint, EdtfError> {
    let mut s = raw.trim();
    let (mut approximate, mut uncertain) = (false, false);
    // Qualifiers at the end apply to the whole date (level 1).
    loop {
        if let Some(rest) = s.strip_suffix('~') {
            approximate = true;
            s = rest;
        } else if let Some(rest) = s.strip_suffix('?') {
            uncertain = true;
            s = rest;
        } else if let Some(rest) = s.strip_suffix('%') {
            approximate = true;
            uncertain = true;
            s = rest;
        } else {
            break;
        }
    }
    let bad = || EdtfError(format!("\"{}\" is not an EDTF date: {HINT}", raw.trim()));
    // Level 1 long years: Y-13800000000, Y170000002.
    if let Some(long) = s.strip_prefix('Y') {
        let year: i64 = long.parse().map_err(|_| bad())?;
        if year.unsigned_abs() > 100_000_000_000 {
            return Err(EdtfError(format!(
                "year {year} is beyond ±100 billion years"
            )));
        }
        return Ok(DatePoint {
            approximate,
            uncertain,
            ..DatePoint::year(year)
        });
    }
    let (negative, body) = match s.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, s),
    };
    let mut parts = body.split('-');
    let year_text = parts.next().ok_or_else(bad)?;
    if year_text.len() != 4 || !year_text.bytes().all(|b| b.is_ascii_digit()) {
        return Err(bad());
    }
    let mut year: i64 = year_text.parse().map_err(|_| bad())?;
    if negative {
        year = -year;
    }
    let mut point = DatePoint {
        approximate,
        uncertain,
        ..DatePoint::year(year)
    };
    if let Some(m) = parts.next() {
        let m: u8 = two_digits(m).ok_or_else(bad)?;
        match m {
            1..=12 => point.month = Some(m),
            21 => point.season = Some(Season::Spring),
            22 => point.season = Some(Season::Summer),
            23 => point.season = Some(Season::Autumn),
            24 => point.season = Some(Season::Winter),
            _ => {
                return Err(EdtfError(format!(
                    "month {m} in \"{}\" must be 01–12, or 21–24 for a season",
                    raw.trim()
                )))
            }
        }
        if let Some(d) = parts.next() {
            let d: u8 = two_digits(d).ok_or_else(bad)?;
            let month = point.month.ok_or_else(|| {
                EdtfError(format!("a season cannot have a day: \"{}\"", raw.trim()))
            })?;
            if d == 0 || d > days_in_month(year, month) {
                return Err(EdtfError(format!(
                    "day {d} does not exist in {year}-{month:02}"
                )));
            }
            point.day = Some(d);
        }
    }
    if parts.next().is_some() {
        return Err(bad());
    }
    Ok(point)
}

fn two_digits(s: &str) -> Option<u8> {
    if s.len() == 2 && s.bytes().all(|b| b.is_ascii_digit()) {
        s.parse().ok()
    } else {
        None
    }
}

fn season_first_month(s: Season) -> u8 {
    match s {
        Season::Spring => 3,
        Season::Summer => 6,
        Season::Autumn => 9,
        Season::Winter => 12,
    }
}

pub fn is_leap_year(year: i64) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

pub fn days_in_month(year: i64, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap_year(year) => 29,
        2 => 28,
        _ => 0,
    }
}

/// Beyond this many years from year 0 there is no calendar: a year is a mean year starting at
/// `year_to_days(year)`, months and days are ignored. `civil_to_days` and `days_to_civil` switch
/// at the same year so they stay inverses of each other on both sides.
pub const CALENDAR_YEARS_MAX: i64 = 10_000_000;

/// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's civil algorithm).
/// Very large years (deep time) use the mean year so the arithmetic never overflows.
pub fn civil_to_days(year: i64, month: u8, day: u8) -> f64 {
    if year.abs() > CALENDAR_YEARS_MAX {
        return (year as f64 - 1970.0) * DAYS_PER_YEAR;
    }
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = month as i64;
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + day as i64 - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    (era * 146_097 + doe - 719_468) as f64
}

/// The Gregorian calendar date of a whole day number (inverse of `civil_to_days`).
pub fn days_to_civil(days: f64) -> (i64, u8, u8) {
    // Deep time first, on the unfloored value: flooring a day count of trillions can move it a
    // whole day back, across the start of the (mean) year it is in.
    let mean_year = (days / DAYS_PER_YEAR + 1970.0).floor();
    if mean_year.is_nan() || mean_year.abs() > CALENDAR_YEARS_MAX as f64 {
        // `as` saturates, so infinities and NaN (as 0) cannot panic here.
        return (mean_year as i64, 1, 1);
    }
    let z = days.floor() as i64 + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u8;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
    let y = yoe + era * 400 + if m <= 2 { 1 } else { 0 };
    (y, m, d)
}

/// Fractional year of an axis coordinate (for deep-time labels and spans).
pub fn days_to_year_f64(days: f64) -> f64 {
    1970.0 + days / DAYS_PER_YEAR
}

pub fn year_to_days(year: f64) -> f64 {
    (year - 1970.0) * DAYS_PER_YEAR
}

/// The Julian ("Old Style") calendar date of a Gregorian date.
pub fn gregorian_to_julian(year: i64, month: u8, day: u8) -> (i64, u8, u8) {
    // Julian Day Number of the Gregorian date, then the Julian calendar from the JDN.
    let jdn = civil_to_days(year, month, day) as i64 + 2_440_588;
    let c = jdn + 32_082;
    let d = (4 * c + 3).div_euclid(1461);
    let e = c - (1461 * d).div_euclid(4);
    let m = (5 * e + 2).div_euclid(153);
    let day = (e - (153 * m + 2).div_euclid(5) + 1) as u8;
    let month = (m + 3 - 12 * m.div_euclid(10)) as u8;
    let year = d - 4800 + m.div_euclid(10);
    (year, month, day)
}

/// Russia switched to the Gregorian calendar on 14 February 1918 (New Style).
pub fn is_before_russian_reform(year: i64, month: u8, day: u8) -> bool {
    (year, month, day) < (1918, 2, 14)
}
