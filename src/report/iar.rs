//! The Information Asset Register (`dpscan iar`): one row per information
//! asset — the `asset` a policy rule names, else a top-level folder — with
//! its owner, lawful basis, the kinds of personal data and special
//! categories it holds, files and bytes, retention period, files past it,
//! and where it is. Gathered by `Overview`, written when the run ends as
//! CSV (cells from file names neutralised against formula injection) or as
//! a workbook of typed cells.

use std::io::{self, Write};

use rust_xlsxwriter::{Format, Workbook};

use super::csv::Untrusted;
use super::overview::{Asset, Overview};
use super::{Change, Context, FileRecord, Finding, MessageRecord, Reporter, Summary};

/// The register's columns.
const COLUMNS: [&str; 10] = [
    "asset",
    "owner",
    "lawful_basis",
    "personal_data",
    "special_categories",
    "files",
    "bytes",
    "retention",
    "past_retention",
    "location",
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IarFormat {
    Csv,
    Xlsx,
}

/// One asset's row, its lists joined with `; `.
struct Row {
    asset: String,
    owner: String,
    lawful_basis: String,
    personal_data: String,
    special_categories: String,
    files: u64,
    bytes: u64,
    retention: String,
    past_retention: u64,
    location: String,
}

pub struct IarReporter {
    out: Box<dyn Write + Send>,
    format: IarFormat,
    overview: Overview,
    context: Context,
}

impl IarReporter {
    pub fn new(out: Box<dyn Write + Send>, format: IarFormat, context: Context) -> Self {
        IarReporter { out, format, overview: Overview::new(&context.roots, context.today), context }
    }

    fn rows(&self) -> Vec<Row> {
        let join = |items: Vec<String>| items.join("; ");
        self.overview
            .assets
            .iter()
            .map(|(name, a): (&String, &Asset)| Row {
                asset: name.clone(),
                owner: join(a.owners.iter().cloned().collect()),
                lawful_basis: join(a.lawful_bases.iter().cloned().collect()),
                personal_data: join(a.kinds.iter().map(|k| k.as_str().to_string()).collect()),
                special_categories: join(a.categories.iter().map(|c| c.as_str().to_string()).collect()),
                files: a.files,
                bytes: a.bytes,
                // Each rule that decided its files, with its period.
                retention: join(
                    self.context
                        .rules
                        .iter()
                        .filter(|r| a.rules.contains(&r.id))
                        .map(|r| format!("{} ({}, then {})", r.keep, r.id, r.action))
                        .collect(),
                ),
                past_retention: a.expired,
                location: join(a.locations.iter().map(|l| l.to_string_lossy().into_owned()).collect()),
            })
            .collect()
    }

    fn write_csv(&mut self) -> io::Result<()> {
        let rows = self.rows();
        let mut csv = csv::Writer::from_writer(&mut self.out);
        csv.write_record(COLUMNS)?;
        for r in &rows {
            let cell = |text: &str| Untrusted::from(text).cell().into_owned();
            csv.write_record([
                cell(&r.asset),
                cell(&r.owner),
                cell(&r.lawful_basis),
                cell(&r.personal_data),
                cell(&r.special_categories),
                r.files.to_string(),
                r.bytes.to_string(),
                cell(&r.retention),
                r.past_retention.to_string(),
                cell(&r.location),
            ])?;
        }
        csv.flush()
    }

    fn write_xlsx(&mut self) -> Result<(), rust_xlsxwriter::XlsxError> {
        let rows = self.rows();
        let mut workbook = Workbook::new();
        let bold = Format::new().set_bold();
        let sheet = workbook.add_worksheet().set_name("Information assets")?;
        for (col, title) in (0u16..).zip(COLUMNS) {
            sheet.write_string_with_format(0, col, title, &bold)?;
            sheet.set_column_width(col, if (5..=6).contains(&col) { 12.0 } else { 32.0 })?;
        }
        for (row, r) in (1u32..).zip(&rows) {
            for (col, text) in
                (0u16..).zip([&r.asset, &r.owner, &r.lawful_basis, &r.personal_data, &r.special_categories])
            {
                sheet.write_string(row, col, text)?;
            }
            sheet.write_number(row, 5, r.files as f64)?;
            sheet.write_number(row, 6, r.bytes as f64)?;
            sheet.write_string(row, 7, &r.retention)?;
            sheet.write_number(row, 8, r.past_retention as f64)?;
            sheet.write_string(row, 9, &r.location)?;
        }
        sheet.set_freeze_panes(1, 0)?;
        sheet.autofilter(0, 0, rows.len().max(1) as u32, COLUMNS.len() as u16 - 1)?;
        workbook.save_to_writer(&mut self.out)
    }
}

impl Reporter for IarReporter {
    fn change(&mut self, _: &Change) -> io::Result<()> {
        Ok(())
    }

    fn finding(&mut self, finding: &Finding) -> io::Result<()> {
        self.overview.finding(finding);
        Ok(())
    }

    fn message(&mut self, _: &MessageRecord) -> io::Result<()> {
        Ok(())
    }

    fn takes_messages(&self) -> bool {
        false
    }

    fn file(&mut self, file: &FileRecord) -> io::Result<()> {
        self.overview.file(file);
        Ok(())
    }

    fn summary(&mut self, _: &Summary) -> io::Result<()> {
        match self.format {
            IarFormat::Csv => self.write_csv()?,
            IarFormat::Xlsx => self.write_xlsx().map_err(io::Error::other)?,
        }
        self.out.flush()
    }
}
