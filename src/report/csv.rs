//! CSV: one row per finding, per problem and per file, for a spreadsheet. Location keys
//! get their own columns so a reviewer can filter by sheet or page.

use std::borrow::Cow;
use std::io::{self, Write};
use std::path::Path;

use serde::Serialize;

use super::{Change, FileRecord, Finding, MessageRecord, Origin, Reporter, Status, Summary};
use crate::extract::Location;
use crate::retention::{Due, Verdict};

/// Every column; each record fills the ones that apply.
#[derive(Serialize, Default)]
struct Row<'a> {
    #[serde(rename = "type")]
    record: &'static str,
    path: Cow<'a, str>,
    member: Option<&'a str>,
    message: Option<&'a str>,
    page: Option<u32>,
    sheet: Option<&'a str>,
    cell: Option<&'a str>,
    json_path: Option<&'a str>,
    line: Option<u64>,
    #[serde(rename = "kind")]
    finding_kind: Option<&'static str>,
    category: Option<&'static str>,
    value: Option<&'a str>,
    confidence: Option<f64>,
    detector: Option<&'a str>,
    status: Option<&'static str>,
    reason: Option<&'a str>,
    format: Option<&'static str>,
    size: Option<u64>,
    modified: Option<&'a str>,
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
}

impl<'a> Row<'a> {
    /// A row of `record` at a location inside the file at `path`.
    fn at(record: &'static str, path: &'a Path, l: &'a Location) -> Row<'a> {
        Row {
            record,
            path: path.to_string_lossy(),
            member: l.member.as_deref(),
            message: l.message.as_deref(),
            page: l.page,
            sheet: l.sheet.as_deref(),
            cell: l.cell.as_deref(),
            json_path: l.json_path.as_deref(),
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
}

impl CsvReporter {
    pub fn new(out: Box<dyn Write + Send>) -> Self {
        CsvReporter { out: csv::Writer::from_writer(out) }
    }
}

impl CsvReporter {
    fn write(&mut self, row: Row) -> io::Result<()> {
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
        let news = [(c.newly_personal, "personal_data"), (c.newly_special, "special_category")];
        let mut newly: Vec<&str> = news.iter().filter(|(on, _)| *on).map(|(_, what)| *what).collect();
        newly.extend(c.newly_due.map(Due::as_str));
        self.write(Row {
            record: "change",
            path: c.path.to_string_lossy(),
            change: Some(c.change.as_str()),
            newly: (!newly.is_empty()).then(|| newly.join(" ")),
            ..Row::default()
        })
    }

    fn finding(&mut self, f: &Finding) -> io::Result<()> {
        self.write(Row {
            finding_kind: Some(f.kind.as_str()),
            category: f.category.map(|c| c.as_str()),
            value: Some(&f.value),
            confidence: Some(f.confidence),
            detector: Some(&f.detector),
            ..Row::at("finding", &f.path, &f.location)
        })
    }

    fn message(&mut self, m: &MessageRecord) -> io::Result<()> {
        self.write(Row {
            record: "message",
            path: m.path.to_string_lossy(),
            message: m.location.message.as_deref(),
            modified: m.date.as_deref(),
            ..Row::retention(Some(&m.retention))
        })
    }

    fn file(&mut self, r: &FileRecord) -> io::Result<()> {
        let (status, reason) = match &r.status {
            Status::Scanned => ("scanned", None),
            Status::Skipped { reason, .. } => ("skipped", Some(reason.as_str())),
            Status::Error { error } => ("error", Some(error.as_str())),
        };
        for problem in &r.problems {
            self.write(Row { reason: Some(&problem.error), ..Row::at("problem", &r.path, &problem.location) })?;
        }
        let kinds: Vec<&str> = r.kinds.iter().map(|k| k.as_str()).collect();
        self.write(Row {
            record: "file",
            path: r.path.to_string_lossy(),
            status: Some(status),
            reason,
            format: r.format.map(|f| f.as_str()),
            size: Some(r.size),
            modified: r.modified.as_deref(),
            findings: Some(r.findings),
            kinds: Some(kinds.join(" ")),
            origin: r.origin.map(Origin::as_str),
            ..Row::retention(r.retention.as_ref())
        })
    }

    fn summary(&mut self, _: &Summary) -> io::Result<()> {
        // The totals are sums of the rows above; a CSV holds rows of one shape.
        self.out.flush()
    }
}
