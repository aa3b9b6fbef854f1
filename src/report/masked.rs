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
}

impl MaskedNames {
    pub fn new(inner: Box<dyn Reporter + Send>, engine: Arc<Engine>) -> MaskedNames {
        MaskedNames { inner, engine }
    }

    fn text(&self, text: &str) -> String {
        mask_text(&self.engine, text).into_owned()
    }

    fn location(&self, location: &Location) -> Option<Location> {
        masked_location(&self.engine, location)
    }
}

/// `location` with its names from the content masked by what `engine`
/// finds in them, or `None` when none needed masking.
pub fn masked_location(engine: &Engine, location: &Location) -> Option<Location> {
    let fields = [&location.member, &location.message, &location.sheet, &location.json_path]
        .map(|field| field.as_deref().map(|text| mask_text(engine, text)));
    if !fields.iter().flatten().any(|text| matches!(text, Cow::Owned(_))) {
        return None;
    }
    let [member, message, sheet, json_path] = fields.map(|field| field.map(Cow::into_owned));
    Some(Location { member, message, sheet, json_path, ..location.clone() })
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
