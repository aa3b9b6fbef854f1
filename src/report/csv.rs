//! CSV, for a spreadsheet. `Sheet::Records`: one row per finding, per
//! problem and per file, with a column for each location key so a reviewer
//! can filter by sheet or page, then a row per folder and the totals.
//! `Sheet::Retention`: the review sheet of a
//! retention audit, one row per file or message, retention columns only.
//!
//! Every cell that comes from a file name, member name or content is
//! neutralised against formula injection (OWASP): one beginning with `=`,
//! `+`, `-`, `@`, tab or carriage return gets a leading `'`, so Excel shows it
//! as text and never runs it. `excel` starts the file with a UTF-8
//! byte-order mark, which Excel needs to read accented names right and
//! which other readers do not expect.

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::io::{self, Write};
use std::path::Path;

use serde::Serialize;

use super::{owners, Change, FileRecord, Finding, MessageRecord, Origin, Reporter, Status, Summary};
use crate::detect::Kind;
use crate::extract::Location;
use crate::retention::{Due, Verdict};

/// Text from a file name, member name or content: written so that a
/// spreadsheet never takes it for a formula.
#[derive(Default)]
pub struct Untrusted<'a>(Cow<'a, str>);

impl<'a> From<&'a str> for Untrusted<'a> {
    fn from(text: &'a str) -> Self {
        Untrusted(text.into())
    }
}

impl From<String> for Untrusted<'_> {
    fn from(text: String) -> Self {
        Untrusted(text.into())
    }
}

impl<'a> From<&'a Path> for Untrusted<'a> {
    fn from(path: &'a Path) -> Self {
        Untrusted(path.to_string_lossy())
    }
}

impl Untrusted<'_> {
    /// The text as a cell: with a leading `'` where a spreadsheet would
    /// take it for a formula.
    pub fn cell(&self) -> Cow<'_, str> {
        if self.0.starts_with(['=', '+', '-', '@', '\t', '\r']) {
            format!("'{}", self.0).into()
        } else {
            Cow::Borrowed(&self.0)
        }
    }
}

impl Serialize for Untrusted<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.cell())
    }
}

fn untrusted(text: &Option<String>) -> Option<Untrusted<'_>> {
    text.as_deref().map(Untrusted::from)
}

/// Which columns a CSV report has.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sheet {
    /// Every record, every column.
    Records,
    /// A retention review: files and messages, retention columns only.
    Retention,
}

/// Every column; each record fills the ones that apply.
#[derive(Serialize, Default)]
struct Row<'a> {
    #[serde(rename = "type")]
    record: &'static str,
    path: Untrusted<'a>,
    member: Option<Untrusted<'a>>,
    message: Option<Untrusted<'a>>,
    page: Option<u32>,
    sheet: Option<Untrusted<'a>>,
    cell: Option<&'a str>,
    json_path: Option<Untrusted<'a>>,
    line: Option<u64>,
    #[serde(rename = "kind")]
    finding_kind: Option<&'static str>,
    /// A finding's special category; a folder's, space-separated.
    category: Option<Cow<'static, str>>,
    value: Option<Untrusted<'a>>,
    confidence: Option<f64>,
    detector: Option<&'a str>,
    status: Option<&'static str>,
    reason: Option<Untrusted<'a>>,
    format: Option<&'static str>,
    size: Option<u64>,
    modified: Option<Untrusted<'a>>,
    /// The file's owner (its user name, or the uid); `owner` is the rule's.
    file_owner: Option<Untrusted<'a>>,
    findings: Option<u64>,
    kinds: Option<String>,
    origin: Option<&'static str>,
    retention_rule: Option<&'a str>,
    retention_status: Option<&'static str>,
    action: Option<&'static str>,
    basis: Option<&'a str>,
    basis_date: Option<String>,
    expires: Option<String>,
    owner: Option<&'a str>,
    lawful_basis: Option<&'a str>,
    asset: Option<&'a str>,
    change: Option<&'static str>,
    newly: Option<String>,
    /// Folder and summary rows: files, and files past their retention period.
    files: Option<u64>,
    due: Option<u64>,
}

/// The review sheet's columns.
#[derive(Serialize, Default)]
struct ReviewRow<'a> {
    path: Untrusted<'a>,
    message: Option<Untrusted<'a>>,
    retention_rule: Option<&'a str>,
    retention_status: Option<&'static str>,
    basis: Option<&'a str>,
    basis_date: Option<String>,
    expires: Option<String>,
    action: Option<&'static str>,
    owner: Option<&'a str>,
    lawful_basis: Option<&'a str>,
    asset: Option<&'a str>,
    size: Option<u64>,
    findings: Option<u64>,
    kinds: Option<String>,
    error: Option<Untrusted<'a>>,
}

impl<'a> ReviewRow<'a> {
    fn of(path: &'a Path, verdict: Option<&'a Verdict>) -> ReviewRow<'a> {
        let r = Row::retention(verdict);
        ReviewRow {
            path: path.into(),
            retention_rule: r.retention_rule,
            retention_status: r.retention_status,
            basis: r.basis,
            basis_date: r.basis_date,
            expires: r.expires,
            action: r.action,
            owner: r.owner,
            lawful_basis: r.lawful_basis,
            asset: r.asset,
            ..ReviewRow::default()
        }
    }
}

impl<'a> Row<'a> {
    /// A row of `record` at a location inside the file at `path`.
    fn at(record: &'static str, path: &'a Path, l: &'a Location) -> Row<'a> {
        Row {
            record,
            path: path.into(),
            member: untrusted(&l.member),
            message: untrusted(&l.message),
            page: l.page,
            sheet: untrusted(&l.sheet),
            cell: l.cell.as_deref(),
            json_path: untrusted(&l.json_path),
            line: l.line,
            ..Row::default()
        }
    }

    /// A row with the retention columns of `verdict` filled in.
    fn retention(verdict: Option<&'a Verdict>) -> Row<'a> {
        let v = verdict;
        Row {
            retention_rule: v.and_then(|v| v.rule.as_deref()),
            retention_status: v.map(|v| v.status.as_str()),
            action: v.map(|v| v.action.as_str()),
            basis: v.and_then(|v| v.basis.as_deref()),
            basis_date: v.and_then(|v| v.basis_date).map(|d| d.to_string()),
            expires: v.and_then(|v| v.expires).map(|d| d.to_string()),
            owner: v.and_then(|v| v.owner.as_deref()),
            lawful_basis: v.and_then(|v| v.lawful_basis.as_deref()),
            asset: v.and_then(|v| v.asset.as_deref()),
            ..Row::default()
        }
    }
}

pub struct CsvReporter {
    out: csv::Writer<Box<dyn Write + Send>>,
    sheet: Sheet,
}

impl CsvReporter {
    /// Fails only when `excel`'s byte-order mark cannot be written.
    pub fn new(mut out: Box<dyn Write + Send>, sheet: Sheet, excel: bool) -> io::Result<Self> {
        if excel {
            out.write_all("\u{feff}".as_bytes())?;
        }
        Ok(CsvReporter { out: csv::Writer::from_writer(out), sheet })
    }

    fn write(&mut self, row: impl Serialize) -> io::Result<()> {
        self.out.serialize(row).map_err(io_error)
    }
}

/// The write error itself when there is one, so that a closed pipe is still
/// known as one (`csv::Error` hides it from `source()`).
fn io_error(e: csv::Error) -> io::Error {
    match e.into_kind() {
        csv::ErrorKind::Io(e) => e,
        kind => io::Error::other(format!("{kind:?}")),
    }
}

impl Reporter for CsvReporter {
    fn change(&mut self, c: &Change) -> io::Result<()> {
        if self.sheet == Sheet::Retention {
            return Ok(());
        }
        let n = &c.news;
        let news = [(n.newly_personal, "personal_data"), (n.newly_special, "special_category")];
        let mut newly: Vec<&str> = news.iter().filter(|(on, _)| *on).map(|(_, what)| *what).collect();
        newly.extend(n.newly_due.map(Due::as_str));
        if n.review_again {
            newly.push("review_again");
        }
        self.write(Row {
            record: "change",
            path: c.path.as_ref().into(),
            change: Some(n.change.as_str()),
            newly: (!newly.is_empty()).then(|| newly.join(" ")),
            ..Row::default()
        })
    }

    fn finding(&mut self, f: &Finding) -> io::Result<()> {
        if self.sheet == Sheet::Retention {
            return Ok(());
        }
        self.write(Row {
            finding_kind: Some(f.kind.as_str()),
            category: f.category.map(|c| c.as_str().into()),
            value: Some(f.value.as_str().into()),
            confidence: Some(f.confidence),
            detector: Some(&f.detector),
            ..Row::at("finding", &f.path, &f.location)
        })
    }

    fn message(&mut self, m: &MessageRecord) -> io::Result<()> {
        let message = untrusted(&m.location.message);
        if self.sheet == Sheet::Retention {
            return self.write(ReviewRow { message, ..ReviewRow::of(&m.path, Some(&m.retention)) });
        }
        self.write(Row {
            record: "message",
            path: m.path.as_ref().into(),
            message,
            modified: untrusted(&m.date),
            ..Row::retention(Some(&m.retention))
        })
    }

    fn file(&mut self, r: &FileRecord) -> io::Result<()> {
        let (status, reason) = match &r.status {
            Status::Scanned => ("scanned", None),
            Status::Skipped { reason, .. } => ("skipped", Some(reason.as_str())),
            Status::Error { error, .. } => ("error", Some(error.as_str())),
        };
        let reason = reason.map(Untrusted::from);
        let kinds: Vec<&str> = r.kinds.iter().map(|k| k.as_str()).collect();
        let kinds = Some(kinds.join(" "));
        if self.sheet == Sheet::Retention {
            let error = reason.filter(|_| matches!(r.status, Status::Error { .. }));
            let verdict = ReviewRow::of(&r.path, r.retention.as_ref());
            return self.write(ReviewRow { size: Some(r.size), findings: Some(r.findings), kinds, error, ..verdict });
        }
        for problem in &r.problems {
            let reason = Some(problem.error.as_str().into());
            self.write(Row { reason, ..Row::at("problem", &r.path, &problem.location) })?;
        }
        self.write(Row {
            record: "file",
            path: r.path.as_ref().into(),
            status: Some(status),
            reason,
            format: r.format.map(|f| f.as_str()),
            size: Some(r.size),
            modified: untrusted(&r.modified),
            file_owner: r.uid.map(|uid| owners::name(uid).to_string().into()),
            findings: Some(r.findings),
            kinds,
            origin: r.origin.map(Origin::as_str),
            ..Row::retention(r.retention.as_ref())
        })
    }

    /// The records sheet ends with a `folder` row per folder (as the table
    /// gathers them) and a `summary` row: files, due, findings, with the
    /// findings per kind as `kind=count` and the special categories.
    /// The review sheet is rows of files and messages only.
    fn summary(&mut self, s: &Summary) -> io::Result<()> {
        if self.sheet == Sheet::Records {
            let counted = |by_kind: &BTreeMap<Kind, u64>| {
                let counts: Vec<String> = by_kind.iter().map(|(k, n)| format!("{}={n}", k.as_str())).collect();
                Some(counts.join(" "))
            };
            for (dir, t) in s.by_folder() {
                let special: Vec<&str> = t.special.iter().map(|c| c.as_str()).collect();
                self.write(Row {
                    record: "folder",
                    path: dir.into(),
                    findings: Some(t.findings()),
                    kinds: counted(&t.findings_by_kind),
                    category: (!special.is_empty()).then(|| special.join(" ").into()),
                    files: Some(t.files),
                    due: Some(t.due),
                    ..Row::default()
                })?;
            }
            self.write(Row {
                record: "summary",
                size: Some(s.bytes),
                findings: Some(s.findings),
                kinds: counted(&s.findings_by_kind),
                files: Some(s.files),
                due: Some(s.expired),
                ..Row::default()
            })?;
        }
        self.out.flush()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formula_starts_are_neutralised() {
        let cell = |text: &str| serde_json::to_value(Untrusted::from(text)).unwrap();
        for hostile in ["=1+1", "+44", "-2", "@SUM(A1)", "\tx", "\rx"] {
            assert_eq!(cell(hostile), format!("'{hostile}"));
        }
        assert_eq!(cell("HR/=a.txt"), "HR/=a.txt");
        assert_eq!(cell(""), "");
    }
}
