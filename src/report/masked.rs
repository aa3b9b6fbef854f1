//! Names that come from the content — archive members, sheets, JSON keys,
//! message ids — and problem texts, masked like values for a report written
//! without `--reveal`: a member called `QQ123456C.pdf` would otherwise
//! print the number a finding masks. The inventory keeps them clear, beside
//! the file's path, because they are how a unit is found and read again.

use std::borrow::Cow;
use std::io;
use std::sync::Arc;

use crate::detect::{mask::mask_text, Engine};
use crate::extract::Location;

use super::{Change, FileRecord, Finding, MessageRecord, Problem, Reporter, Status, Summary};

/// Passes every record on with its content-derived names masked.
pub struct MaskedNames {
    inner: Box<dyn Reporter + Send>,
    engine: Arc<Engine>,
    /// Per field of a location, the last name masked and what it became
    /// (`None`: nothing to mask): a message's findings all carry its id,
    /// a member's its name, so each is scanned once, not once per finding.
    recent: [Option<(String, Option<String>)>; FIELDS],
}

impl MaskedNames {
    pub fn new(inner: Box<dyn Reporter + Send>, engine: Arc<Engine>) -> MaskedNames {
        MaskedNames { inner, engine, recent: Default::default() }
    }

    fn text(&self, text: &str) -> String {
        mask_text(&self.engine, text).into_owned()
    }

    fn location(&mut self, location: &Location) -> Option<Location> {
        let (engine, recent) = (&self.engine, &mut self.recent);
        masked_fields(location, |field, text| match &recent[field] {
            Some((last, masked)) if last == text => masked.clone(),
            _ => {
                let masked = changed(mask_text(engine, text));
                recent[field] = Some((text.to_string(), masked.clone()));
                masked
            }
        })
    }
}

/// The fields of a location named from the content.
const FIELDS: usize = 4;

/// `location` with its names from the content masked by what `engine`
/// finds in them, or `None` when none needed masking.
pub fn masked_location(engine: &Engine, location: &Location) -> Option<Location> {
    masked_fields(location, |_, text| changed(mask_text(engine, text)))
}

/// `location` with each content-derived name that `mask` (given the
/// field's index and its text) changes replaced, or `None` if none is.
fn masked_fields(location: &Location, mut mask: impl FnMut(usize, &str) -> Option<String>) -> Option<Location> {
    let fields: [&Option<String>; FIELDS] = [&location.member, &location.message, &location.sheet, &location.json_path];
    let mut masked: [Option<String>; FIELDS] = Default::default();
    for (i, field) in fields.iter().enumerate() {
        masked[i] = field.as_deref().and_then(|text| mask(i, text));
    }
    if masked.iter().all(Option::is_none) {
        return None;
    }
    let [member, message, sheet, json_path] = std::array::from_fn(|i| masked[i].take().or_else(|| fields[i].clone()));
    Some(Location { member, message, sheet, json_path, ..location.clone() })
}

/// The text masked, if masking changed it.
fn changed(masked: Cow<'_, str>) -> Option<String> {
    match masked {
        Cow::Owned(text) => Some(text),
        Cow::Borrowed(_) => None,
    }
}

impl Reporter for MaskedNames {
    fn change(&mut self, change: &Change) -> io::Result<()> {
        self.inner.change(change)
    }

    fn finding(&mut self, finding: &Finding) -> io::Result<()> {
        match self.location(&finding.location) {
            Some(location) => self.inner.finding(&Finding { location, ..finding.clone() }),
            None => self.inner.finding(finding),
        }
    }

    fn message(&mut self, message: &MessageRecord) -> io::Result<()> {
        if !self.inner.takes_messages() {
            return Ok(()); // nothing to mask it for
        }
        match self.location(&message.location) {
            Some(location) => self.inner.message(&MessageRecord { location, ..message.clone() }),
            None => self.inner.message(message),
        }
    }

    fn file(&mut self, file: &FileRecord) -> io::Result<()> {
        if file.problems.is_empty() && !matches!(file.status, Status::Error { .. }) {
            return self.inner.file(file);
        }
        let problems = file
            .problems
            .iter()
            .map(|p| Problem {
                location: self.location(&p.location).unwrap_or_else(|| p.location.clone()),
                error: self.text(&p.error),
            })
            .collect();
        let status = match &file.status {
            Status::Error { why, error } => Status::Error { why: *why, error: self.text(error) },
            other => other.clone(),
        };
        self.inner.file(&FileRecord { problems, status, ..file.clone() })
    }

    fn summary(&mut self, summary: &Summary) -> io::Result<()> {
        self.inner.summary(summary)
    }
}
