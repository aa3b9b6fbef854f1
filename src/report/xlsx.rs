//! `--format xlsx`: the review workbook. A summary sheet first (totals,
//! findings by kind, folders by risk, from `Overview`), then a sheet per
//! record type: files, findings and retention verdicts (`Sheet::Records`),
//! or the retention sheet alone (`Sheet::Retention`). Each has a frozen
//! header row and a filter.
//!
//! Cells are typed: counts, sizes and confidences are numbers, dates are
//! dates, and everything taken from a file name or content — paths, masked
//! values, phone numbers, reasons — is a text cell, written as text and so
//! never a formula, never a number that loses its leading zero. Rows stream
//! to temporary files (rust_xlsxwriter's constant-memory mode, owner-only
//! files removed at once), so a share of any size needs little memory; a
//! sheet stops at Excel's 1,048,576 rows and the summary says so.

use std::io::{self, Write};

use jiff::Timestamp;
use rust_xlsxwriter::{Format, Workbook, Worksheet, XlsxError};

use super::overview::Overview;
use super::{owners, Change, Context, FileRecord, Finding, MessageRecord, Origin, Reporter, Sheet, Status, Summary};
use crate::retention::Verdict;

/// The cells of a row, each typed.
enum Cell<'a> {
    Text(&'a str),
    Owned(String),
    Number(f64),
    Date(jiff::civil::Date),
    Time(Timestamp),
    Empty,
}

/// The data sheets: name and header of each.
const FILES: (&str, &[&str]) = (
    "Files",
    &[
        "path",
        "status",
        "reason",
        "format",
        "size",
        "modified",
        "file_owner",
        "findings",
        "kinds",
        "origin",
        "retention_rule",
        "retention_status",
        "expires",
        "action",
    ],
);
const FINDINGS: (&str, &[&str]) = (
    "Findings",
    &[
        "path",
        "member",
        "message",
        "page",
        "sheet",
        "cell",
        "line",
        "kind",
        "category",
        "value",
        "confidence",
        "detector",
    ],
);
const RETENTION: (&str, &[&str]) = (
    "Retention",
    &[
        "path",
        "message",
        "retention_rule",
        "retention_status",
        "basis",
        "basis_date",
        "expires",
        "action",
        "owner",
        "lawful_basis",
        "asset",
        "size",
        "findings",
        "kinds",
        "error",
    ],
);

/// Excel's last row (0-based).
const LAST_ROW: u32 = 1_048_575;

pub struct XlsxReporter {
    out: Box<dyn Write + Send>,
    workbook: Workbook,
    /// The data sheets, in workbook order after the summary: name, header
    /// width, next row.
    sheets: Vec<(&'static str, u16, u32)>,
    /// Rows left out of a full sheet.
    dropped: u64,
    overview: Overview,
    context: Context,
    bold: Format,
    date: Format,
    time: Format,
}

impl XlsxReporter {
    pub fn new(out: Box<dyn Write + Send>, sheet: Sheet, context: Context) -> io::Result<Self> {
        let mut workbook = Workbook::new();
        workbook.add_worksheet().set_name("Summary").map_err(error)?;
        let bold = Format::new().set_bold();
        let layout: &[(&'static str, &[&str])] = match sheet {
            Sheet::Records => &[FILES, FINDINGS, RETENTION],
            Sheet::Retention => &[RETENTION],
        };
        let mut sheets = Vec::new();
        for (name, header) in layout {
            let worksheet = workbook.add_worksheet_with_constant_memory().map_err(error)?;
            worksheet.set_name(*name).map_err(error)?;
            worksheet.set_freeze_panes(1, 0).map_err(error)?;
            for (col, title) in (0u16..).zip(header.iter()) {
                worksheet.write_string_with_format(0, col, *title, &bold).map_err(error)?;
                let width = if col == 0 { 60.0 } else { 16.0 };
                worksheet.set_column_width(col, width).map_err(error)?;
            }
            sheets.push((*name, header.len() as u16, 1));
        }
        Ok(XlsxReporter {
            out,
            workbook,
            sheets,
            dropped: 0,
            overview: Overview::new(&context.roots, context.today),
            context,
            bold,
            date: Format::new().set_num_format("yyyy-mm-dd"),
            time: Format::new().set_num_format("yyyy-mm-dd hh:mm"),
        })
    }

    /// Writes `cells` as the next row of the data sheet `name`, if the
    /// workbook has it.
    fn row(&mut self, name: &str, cells: &[Cell]) -> io::Result<()> {
        let Some(index) = self.sheets.iter().position(|(n, _, _)| *n == name) else { return Ok(()) };
        let row = self.sheets[index].2;
        if row > LAST_ROW {
            self.dropped += 1;
            return Ok(());
        }
        self.sheets[index].2 += 1;
        let worksheet = self.workbook.worksheet_from_index(index + 1).map_err(error)?;
        write_cells(worksheet, row, cells, &self.date, &self.time).map_err(error)
    }

    fn summary_sheet(&mut self, summary: &Summary) -> Result<(), XlsxError> {
        let o = &self.overview;
        let totals: Vec<(&str, u64)> = vec![
            ("files reached", summary.files),
            ("files scanned", summary.scanned),
            ("bytes scanned", summary.bytes),
            ("files holding personal data", o.personal),
            ("files holding special-category data", o.special),
            ("findings", summary.findings),
            ("files due for deletion", o.due_delete),
            ("files due for review", o.due_review),
            ("files that could not be read", summary.errors),
            ("of which encrypted", o.encrypted()),
            ("scans that need OCR", summary.needs_ocr),
            ("files skipped", summary.skipped),
            ("parts of files not read", summary.problems),
            ("rows left out of full sheets", self.dropped),
        ];
        let mut folders: Vec<Vec<Cell>> = Vec::new();
        for (path, f) in o.by_risk() {
            folders.push(vec![
                Cell::Owned(path.to_string_lossy().into_owned()),
                Cell::Number(f.score() as f64),
                Cell::Number(f.files as f64),
                Cell::Number(f.personal as f64),
                Cell::Number(f.exposure.special_files as f64),
                Cell::Owned(f.categories_text()),
                Cell::Number(f.financial as f64),
                Cell::Number(f.expired as f64),
            ]);
        }
        let (date, time, bold) = (&self.date, &self.time, &self.bold);
        let sheet = self.workbook.worksheet_from_index(0)?;
        sheet.set_column_width(0, 60.0)?;
        sheet.write_string_with_format(0, 0, format!("dpscan {}", self.context.command), bold)?;
        write_cells(sheet, 1, &[Cell::Text("retention judged as of"), Cell::Date(self.context.today)], date, time)?;
        let mut row = 3;
        for (what, n) in totals {
            write_cells(sheet, row, &[Cell::Text(what), Cell::Number(n as f64)], date, time)?;
            row += 1;
        }
        row += 1;
        sheet.write_string_with_format(row, 0, "findings by kind", bold)?;
        for (kind, n) in &summary.findings_by_kind {
            row += 1;
            write_cells(sheet, row, &[Cell::Text(kind.as_str()), Cell::Number(*n as f64)], date, time)?;
        }
        row += 2;
        let header = [
            "folder",
            "risk",
            "files",
            "with personal data",
            "special category",
            "categories",
            "bank / card",
            "past retention",
        ];
        for (col, title) in (0u16..).zip(header) {
            sheet.write_string_with_format(row, col, title, bold)?;
        }
        for cells in &folders {
            row += 1;
            write_cells(sheet, row, cells, date, time)?;
        }
        Ok(())
    }
}

fn write_cells(sheet: &mut Worksheet, row: u32, cells: &[Cell], date: &Format, time: &Format) -> Result<(), XlsxError> {
    for (col, cell) in (0u16..).zip(cells) {
        match cell {
            Cell::Text(text) => sheet.write_string(row, col, *text)?,
            Cell::Owned(text) => sheet.write_string(row, col, text)?,
            Cell::Number(n) => sheet.write_number(row, col, *n)?,
            Cell::Date(d) => sheet.write_datetime_with_format(row, col, d, date)?,
            Cell::Time(t) => {
                sheet.write_datetime_with_format(row, col, t.to_zoned(jiff::tz::TimeZone::UTC).datetime(), time)?
            }
            Cell::Empty => continue,
        };
    }
    Ok(())
}

fn error(e: XlsxError) -> io::Error {
    match e {
        XlsxError::IoError(e) => e,
        e => io::Error::other(e),
    }
}

fn text(value: Option<&str>) -> Cell<'_> {
    value.map_or(Cell::Empty, Cell::Text)
}

fn number(value: Option<impl Into<f64>>) -> Cell<'static> {
    value.map_or(Cell::Empty, |n| Cell::Number(n.into()))
}

fn date(value: Option<jiff::civil::Date>) -> Cell<'static> {
    value.map_or(Cell::Empty, Cell::Date)
}

/// The verdict columns of the retention sheet, from `retention_rule` to `asset`.
fn verdict_cells(v: Option<&Verdict>) -> [Cell<'_>; 9] {
    [
        text(v.and_then(|v| v.rule.as_deref())),
        text(v.map(|v| v.status.as_str())),
        text(v.and_then(|v| v.basis.as_deref())),
        date(v.and_then(|v| v.basis_date)),
        date(v.and_then(|v| v.expires)),
        text(v.map(|v| v.action.as_str())),
        text(v.and_then(|v| v.owner.as_deref())),
        text(v.and_then(|v| v.lawful_basis.as_deref())),
        text(v.and_then(|v| v.asset.as_deref())),
    ]
}

impl Reporter for XlsxReporter {
    fn change(&mut self, _: &Change) -> io::Result<()> {
        Ok(())
    }

    fn finding(&mut self, f: &Finding) -> io::Result<()> {
        self.overview.finding(f);
        let l = &f.location;
        let path = f.path.to_string_lossy();
        self.row(
            FINDINGS.0,
            &[
                Cell::Text(&path),
                text(l.member.as_deref()),
                text(l.message.as_deref()),
                number(l.page),
                text(l.sheet.as_deref()),
                text(l.cell.as_deref()),
                number(l.line.map(|n| n as f64)),
                Cell::Text(f.kind.as_str()),
                text(f.category.map(|c| c.as_str())),
                Cell::Text(&f.value),
                Cell::Number(f.confidence),
                Cell::Text(&f.detector),
            ],
        )
    }

    fn message(&mut self, m: &MessageRecord) -> io::Result<()> {
        let path = m.path.to_string_lossy();
        let mut cells = vec![Cell::Text(&path), text(m.location.message.as_deref())];
        cells.extend(verdict_cells(Some(&m.retention)));
        self.row(RETENTION.0, &cells)
    }

    fn file(&mut self, r: &FileRecord) -> io::Result<()> {
        self.overview.file(r);
        let path = r.path.to_string_lossy();
        let (status, reason) = match &r.status {
            Status::Scanned => ("scanned", None),
            Status::Skipped { reason, .. } => ("skipped", Some(reason.as_str())),
            Status::Error { error, .. } => ("error", Some(error.as_str())),
        };
        let kinds: Vec<&str> = r.kinds.iter().map(|k| k.as_str()).collect();
        let kinds = kinds.join(" ");
        let owner = r.uid.map(owners::name);
        let modified = r.modified.as_deref().and_then(|m| m.parse::<Timestamp>().ok());
        let v = r.retention.as_ref();
        self.row(
            FILES.0,
            &[
                Cell::Text(&path),
                Cell::Text(status),
                text(reason),
                text(r.format.map(|f| f.as_str())),
                Cell::Number(r.size as f64),
                modified.map_or(Cell::Empty, Cell::Time),
                text(owner.as_deref()),
                Cell::Number(r.findings as f64),
                Cell::Text(&kinds),
                text(r.origin.map(Origin::as_str)),
                text(v.and_then(|v| v.rule.as_deref())),
                text(v.map(|v| v.status.as_str())),
                date(v.and_then(|v| v.expires)),
                text(v.map(|v| v.action.as_str())),
            ],
        )?;
        let error = reason.filter(|_| matches!(r.status, Status::Error { .. }));
        let mut cells = vec![Cell::Text(&path), Cell::Empty];
        cells.extend(verdict_cells(v));
        cells.extend([Cell::Number(r.size as f64), Cell::Number(r.findings as f64), Cell::Text(&kinds), text(error)]);
        self.row(RETENTION.0, &cells)
    }

    fn summary(&mut self, summary: &Summary) -> io::Result<()> {
        for index in 0..self.sheets.len() {
            let (_, width, next) = self.sheets[index];
            let sheet = self.workbook.worksheet_from_index(index + 1).map_err(error)?;
            sheet.autofilter(0, 0, next.saturating_sub(1).max(1), width - 1).map_err(error)?;
        }
        self.summary_sheet(summary).map_err(error)?;
        self.workbook.save_to_writer(&mut self.out).map_err(error)?;
        self.out.flush()
    }
}
