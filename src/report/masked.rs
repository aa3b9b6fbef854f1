//! Names that come from the content — archive members, sheets, JSON keys,
//! message ids — and problem texts, masked like values for a report written
//! without `--reveal`: a member called `QQ123456C.pdf` would otherwise
//! print the number a finding masks. The inventory keeps them clear, beside
//! the file's path, because they are how a unit is found and read again.

use std::borrow::Cow;
use std::collections::HashMap;
use std::io;
use std::sync::Arc;

use crate::detect::{mask::mask_text, Engine};
use crate::extract::Location;

use super::{Change, FileRecord, Finding, MessageRecord, Problem, RecordPath, Reporter, Status, Summary};

/// Passes every record on with its content-derived names masked.
pub struct MaskedNames {
    inner: Box<dyn Reporter + Send>,
    engine: Arc<Engine>,
    /// Per field of a location, the last name masked and what it became:
    /// a message's findings all carry its id, a member's its name, so each
    /// is scanned once, not once per finding. Indexed by `Field`.
    recent: [Last; Field::ALL.len()],
    /// The message ids masked for findings, kept for their message records.
    ids: MessageIds,
}

/// What a location is masked for.
#[derive(Clone, Copy, PartialEq, Eq)]
enum For {
    Finding,
    Message,
    Problem,
}

impl MaskedNames {
    pub fn new(inner: Box<dyn Reporter + Send>, engine: Arc<Engine>) -> MaskedNames {
        MaskedNames { inner, engine, recent: Default::default(), ids: MessageIds::default() }
    }

    fn text(&self, text: &str) -> String {
        mask_text(&self.engine, text).into_owned()
    }

    fn location(&mut self, path: &RecordPath, location: &Location, masked_for: For) -> Option<Location> {
        let keep = masked_for == For::Finding && self.inner.takes_messages();
        let (engine, recent, ids) = (&self.engine, &mut self.recent, &mut self.ids);
        masked_fields(location, |field, text| {
            if field == Field::Message && masked_for == For::Message {
                if let Some(masked) = ids.take(path, text) {
                    return masked;
                }
            }
            let recent = &mut recent[field as usize];
            match recent {
                Some((last, masked)) if last == text => masked.clone(),
                _ => {
                    let masked = changed(mask_text(engine, text));
                    if field == Field::Message && keep {
                        ids.keep(path, text, &masked);
                    }
                    *recent = Some((text.to_string(), masked.clone()));
                    masked
                }
            }
        })
    }
}

/// A field of a location named from the content, in `ALL`'s order (its
/// index in `MaskedNames::recent`).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Field {
    Member,
    /// The message's id.
    Message,
    Sheet,
    JsonPath,
}

impl Field {
    /// In the order they are masked.
    const ALL: [Field; 4] = [Field::Member, Field::Message, Field::Sheet, Field::JsonPath];

    fn of(self, location: &Location) -> Option<&str> {
        match self {
            Field::Member => location.member.as_deref(),
            Field::Message => location.message.as_deref(),
            Field::Sheet => location.sheet.as_deref(),
            Field::JsonPath => location.json_path.as_deref(),
        }
    }

    fn of_mut(self, location: &mut Location) -> &mut Option<String> {
        match self {
            Field::Member => &mut location.member,
            Field::Message => &mut location.message,
            Field::Sheet => &mut location.sheet,
            Field::JsonPath => &mut location.json_path,
        }
    }
}

/// The last text of a field masked, and what it became (`None`: nothing to
/// mask).
type Last = Option<(String, Option<String>)>;

/// A mailbox's findings come message by message, its message records only
/// after the file's retention rule is known, so the last id masked is never
/// the one a message record carries: the ids masked for a file's findings
/// are kept, by file, until its message record (or its file record) comes.
/// At most `HELD` at once: past that a message record's id is masked again.
#[derive(Default)]
struct MessageIds {
    by_file: HashMap<RecordPath, HashMap<String, Option<String>>>,
    held: usize,
}

/// ~150 bytes each: at most ~1 MB.
const HELD: usize = 8_192;

impl MessageIds {
    fn keep(&mut self, path: &RecordPath, id: &str, masked: &Option<String>) {
        if self.held >= HELD {
            return;
        }
        let ids = self.by_file.entry(path.clone()).or_default();
        if ids.insert(id.to_string(), masked.clone()).is_none() {
            self.held += 1;
        }
    }

    /// The masked id kept for a message record of the file at `path`.
    fn take(&mut self, path: &RecordPath, id: &str) -> Option<Option<String>> {
        let masked = self.by_file.get_mut(path)?.remove(id)?;
        self.held -= 1;
        Some(masked)
    }

    /// Lets go of the ids of the file at `path`: its record comes after
    /// all its messages'.
    fn forget(&mut self, path: &RecordPath) {
        if let Some(ids) = self.by_file.remove(path) {
            self.held -= ids.len();
        }
    }
}

/// `location` with its names from the content masked by what `engine`
/// finds in them, or `None` when none needed masking.
pub fn masked_location(engine: &Engine, location: &Location) -> Option<Location> {
    masked_fields(location, |_, text| changed(mask_text(engine, text)))
}

/// `location` with each content-derived name that `mask` (given the field
/// and its text) changes replaced, or `None` if none is.
fn masked_fields(location: &Location, mut mask: impl FnMut(Field, &str) -> Option<String>) -> Option<Location> {
    let mut masked: Option<Location> = None;
    for field in Field::ALL {
        let Some(text) = field.of(location) else { continue };
        if let Some(text) = mask(field, text) {
            *field.of_mut(masked.get_or_insert_with(|| location.clone())) = Some(text);
        }
    }
    masked
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
        match self.location(&finding.path, &finding.location, For::Finding) {
            Some(location) => self.inner.finding(&Finding { location, ..finding.clone() }),
            None => self.inner.finding(finding),
        }
    }

    fn message(&mut self, message: &MessageRecord) -> io::Result<()> {
        if !self.inner.takes_messages() {
            return Ok(()); // nothing to mask it for
        }
        match self.location(&message.path, &message.location, For::Message) {
            Some(location) => self.inner.message(&MessageRecord { location, ..message.clone() }),
            None => self.inner.message(message),
        }
    }

    fn file(&mut self, file: &FileRecord) -> io::Result<()> {
        self.ids.forget(&file.path);
        if file.problems.is_empty() && !matches!(file.status, Status::Error { .. }) {
            return self.inner.file(file);
        }
        let problems = file
            .problems
            .iter()
            .map(|p| Problem {
                location: self.location(&file.path, &p.location, For::Problem).unwrap_or_else(|| p.location.clone()),
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

#[cfg(test)]
mod tests {
    use std::path::Path;
    use std::sync::Mutex;

    use super::*;
    use crate::detect::{EngineOptions, Kind};
    use crate::retention::{self, Due, Verdict};

    /// The locations of the records passed on, in order.
    struct Written(Arc<Mutex<Vec<Location>>>);

    impl Reporter for Written {
        fn change(&mut self, _: &Change) -> io::Result<()> {
            Ok(())
        }
        fn finding(&mut self, finding: &Finding) -> io::Result<()> {
            self.0.lock().unwrap().push(finding.location.clone());
            Ok(())
        }
        fn message(&mut self, message: &MessageRecord) -> io::Result<()> {
            self.0.lock().unwrap().push(message.location.clone());
            Ok(())
        }
        fn file(&mut self, _: &FileRecord) -> io::Result<()> {
            Ok(())
        }
        fn summary(&mut self, _: &Summary) -> io::Result<()> {
            Ok(())
        }
    }

    /// A mailbox's message records come after all its findings, another
    /// file's between: each id masked for a finding is handed to its message
    /// record, masked as it would be alone, and let go of.
    #[test]
    fn a_message_record_takes_the_id_its_findings_masked() {
        let engine = Arc::new(Engine::new(&crate::rules::builtin().unwrap(), EngineOptions::default()).unwrap());
        let written = Arc::new(Mutex::new(Vec::new()));
        let mut masked = MaskedNames::new(Box::new(Written(written.clone())), engine.clone());
        let (mbox, other): (RecordPath, RecordPath) = (Path::new("a.mbox").into(), Path::new("b.eml").into());
        let at = |id: &str| Location { message: Some(id.into()), ..Location::default() };
        let ids = ["<QQ123456C@example.org>", "<plain@example.org>", "<AB123456C.x@example.org>"];
        let finding = |path: &RecordPath, id: &str| Finding {
            path: path.clone(),
            location: at(id),
            kind: Kind::UkNino,
            category: None,
            value: String::new(),
            confidence: 0.9,
            detector: "rule".into(),
            evidence: None,
            digest: None,
            mark: None,
        };
        let verdict = Verdict {
            rule: None,
            basis: None,
            basis_date: None,
            expires: None,
            status: retention::Status::NoRule,
            action: Due::Keep,
            owner: None,
            lawful_basis: None,
            asset: None,
        };
        let message =
            |id: &str| MessageRecord { path: mbox.clone(), location: at(id), date: None, retention: verdict.clone() };
        for id in ids {
            masked.finding(&finding(&mbox, id)).unwrap();
            masked.finding(&finding(&mbox, id)).unwrap();
        }
        masked.finding(&finding(&other, "<ZZ>")).unwrap();
        assert_eq!(masked.ids.held, ids.len() + 1, "each message id kept once");
        for id in ids {
            masked.message(&message(id)).unwrap();
        }
        assert_eq!(masked.ids.held, 1, "every message record took its id; the other file's waits");
        masked.message(&message(ids[0])).unwrap(); // taken already: masked again
        let alone = |id: &str| masked_location(&engine, &at(id)).unwrap_or_else(|| at(id));
        let expected: Vec<Location> = ids
            .iter()
            .flat_map(|id| [alone(id), alone(id)])
            .chain([alone("<ZZ>")])
            .chain(ids.iter().map(|id| alone(id)))
            .chain([alone(ids[0])])
            .collect();
        assert_eq!(*written.lock().unwrap(), expected);
        assert_ne!(expected[0], at(ids[0]), "the id that carries a number is masked");
        masked.finding(&finding(&mbox, "<kept@example.org>")).unwrap();
        let file = FileRecord::scanned(mbox.clone());
        masked.file(&file).unwrap();
        assert_eq!((masked.ids.held, masked.ids.by_file.len()), (1, 1), "the file's record lets its ids go");
    }
}
