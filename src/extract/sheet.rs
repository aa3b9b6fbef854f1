//! Spreadsheets: xlsx and xls through calamine, ods by `ods`. Every sheet,
//! hidden ones included, located by `sheet` and `cell`; rows rendered by
//! `table`, so that column headers are context for the cells below them.
//! xlsx cells are streamed (a sheet that claims a million rows costs only
//! the cells it has); an xlsx package is checked against the limits first,
//! since calamine does not count what it expands, and an xls workbook is
//! handed over only once `xls` has made it safe to read. Comments and
//! headers, which calamine skips, are read by `notes`; the author and
//! dates a workbook records about itself, as a Word document's.

use std::fmt::Display;
use std::io::{Read, Seek};

use calamine::{Data, DataRef, DataType, Reader, Xls, Xlsx};

use super::table::{Table, Value};
use super::{archive, notes, ods, office, xls, Context, Emitter, ExtractError, Input, Location};
use crate::sniff::Format;

/// Calls back with each row of a sheet: its 0-based index and its cells,
/// read where the reader holds them.
type Rows<'r> = &'r mut dyn FnMut(u32, &mut dyn Iterator<Item = (u32, Value<'_>)>);

pub fn extract(
    format: Format,
    input: &mut dyn Input,
    at: &Location,
    context: &mut Context,
) -> Result<(), ExtractError> {
    match format {
        Format::Xls => {
            input.rewind()?;
            if let Ok(mut file) = cfb::CompoundFile::open(&mut *input) {
                let mut out = Emitter::new(at.clone());
                super::doc::summary_information(&mut file).announce(at, &mut out, context);
                out.flush(context.sink);
            }
            input.rewind()?;
            let safe = xls::make_safe(input, &context.options.limits)?;
            let mut book = Xls::new(safe.book).map_err(opening)?;
            let all = book.sheet_names();
            for (sheet, error) in safe.left_out {
                context.sink.problem(&Location { sheet: all.get(sheet).cloned(), ..at.clone() }, &error);
            }
            let names = with_cells(book.sheets_metadata());
            sheets(&names, |name, row| range_cells(&mut book, name, row), at, context)
        }
        Format::Ods => {
            let mut package = archive::open_zip(input, "workbook", context)?;
            read_properties(&mut package, "meta.xml", at, context)?;
            ods::extract(&mut package, at, context)?;
            read_notes(format, &mut package, at, context)
        }
        _ => {
            let mut package = archive::open_zip(input, "workbook", context)?;
            archive::check_package(&mut package, context)?;
            read_properties(&mut package, "docProps/core.xml", at, context)?;
            input.rewind()?;
            let mut book = Xlsx::new(&mut *input).map_err(opening)?;
            let names = with_cells(book.sheets_metadata());
            sheets(&names, |name, row| stream_cells(&mut book, name, row), at, context)?;
            let mut package = archive::open_zip(input, "workbook", context)?;
            read_notes(format, &mut package, at, context)
        }
    }
}

/// The workbook's author and dates, before its cells, as a Word
/// document's are read.
fn read_properties(
    package: &mut zip::ZipArchive<&mut dyn Input>,
    properties: &str,
    at: &Location,
    context: &mut Context,
) -> Result<(), ExtractError> {
    let mut out = Emitter::new(at.clone());
    let read = office::announce_properties(package, properties, at, &mut out, context);
    out.flush(context.sink);
    read
}

/// The workbook's notes and headers: a part that cannot be read is a
/// problem, the cells already read stand.
fn read_notes(
    format: Format,
    package: &mut zip::ZipArchive<&mut dyn Input>,
    at: &Location,
    context: &mut Context,
) -> Result<(), ExtractError> {
    if let Err(error) = notes::read(format, package, at, context) {
        context.sink.problem(at, &error);
    }
    Ok(())
}

fn opening(error: impl Display) -> ExtractError {
    let message = error.to_string();
    if message.to_lowercase().contains("password") {
        ExtractError::Encrypted(format!("password-protected workbook ({message})"))
    } else {
        ExtractError::corrupt("cannot open the workbook", message)
    }
}

/// The sheets that hold cells: a chart sheet has none (and calamine will
/// not read one).
fn with_cells(sheets: &[calamine::Sheet]) -> Vec<String> {
    sheets.iter().filter(|s| s.typ != calamine::SheetType::ChartSheet).map(|s| s.name.clone()).collect()
}

/// Extracts every sheet that can be read, with `read` handing over its
/// rows. A sheet that cannot be read is a problem; when no sheet could be
/// read, the file is an error (the first such sheet's).
fn sheets(
    names: &[String],
    mut read: impl FnMut(&str, Rows) -> Result<(), String>,
    at: &Location,
    context: &mut Context,
) -> Result<(), ExtractError> {
    let mut out = Emitter::new(at.clone());
    let (mut failures, mut first_failure) = (0, None);
    for name in names {
        let location = Location { sheet: Some(name.clone()), ..at.clone() };
        out.relocate(context.sink, location.clone());
        let mut table = Table::default();
        let read = read(name, &mut |row, cells| table.row(row, cells, &mut out, context));
        if let Err(e) = read {
            let error = ExtractError::Corrupt(format!("sheet {name:?} cannot be read: {e}"));
            context.sink.problem(&location, &error);
            failures += 1;
            first_failure.get_or_insert(error);
        }
    }
    out.flush(context.sink);
    match first_failure {
        Some(error) if failures == names.len() => Err(error),
        _ => Ok(()),
    }
}

/// An xlsx sheet's cells as they are parsed, grouped into rows; a shared
/// string is read where the workbook holds it.
fn stream_cells<RS: Read + Seek>(book: &mut Xlsx<RS>, name: &str, emit: Rows) -> Result<(), String> {
    let mut cells = book.worksheet_cells_reader(name).map_err(|e| e.to_string())?;
    let (mut row, mut current) = (Vec::new(), None);
    fn values<'r>(row: &'r [(u32, DataRef)]) -> impl Iterator<Item = (u32, Value<'r>)> {
        row.iter().map(|(col, cell)| (*col, value(cell)))
    }
    while let Some(cell) = cells.next_cell().map_err(|e| e.to_string())? {
        let (r, c) = cell.get_position();
        if current != Some(r) {
            if let Some(done) = current {
                emit(done, &mut values(&row));
            }
            row.clear();
            current = Some(r);
        }
        row.push((c, cell.get_value().clone()));
    }
    if let Some(done) = current {
        emit(done, &mut values(&row));
    }
    Ok(())
}

/// An xls sheet, read whole by calamine, row by row.
fn range_cells<RS: Read + Seek, R: Reader<RS>>(book: &mut R, name: &str, emit: Rows) -> Result<(), String>
where
    R::Error: Display,
{
    let range = book.worksheet_range(name).map_err(|e| e.to_string())?;
    let (top, left) = range.start().unwrap_or((0, 0));
    for (i, row) in range.rows().enumerate() {
        let mut cells = row
            .iter()
            .enumerate()
            .filter(|(_, cell)| !matches!(cell, Data::Empty))
            .map(|(j, cell)| (left + j as u32, value(cell)));
        emit(top + i as u32, &mut cells);
    }
    Ok(())
}

/// A cell as `table` reads it, whichever of calamine's forms holds it
/// (each kind of cell answers one of these questions).
fn value(cell: &impl DataType) -> Value<'_> {
    if let Some(text) = cell.get_string().or(cell.get_datetime_iso()).or(cell.get_duration_iso()) {
        Value::Text(text)
    } else if let Some(x) = cell.get_float() {
        Value::Number(x)
    } else if let Some(n) = cell.get_int() {
        Value::Number(n as f64)
    } else if let Some(b) = cell.get_bool() {
        Value::Text(if b { "TRUE" } else { "FALSE" })
    } else if let Some(d) = cell.get_datetime() {
        let serial = d.as_f64();
        match d.is_datetime().then(|| excel_date(serial)).flatten() {
            Some(date) => Value::Date(date),
            None => Value::Number(serial),
        }
    } else {
        Value::Text("")
    }
}

/// An Excel serial date (days since 1899-12-30, the 1900 system).
fn excel_date(serial: f64) -> Option<jiff::civil::Date> {
    if !(1.0..2_958_466.0).contains(&serial) {
        return None;
    }
    jiff::civil::date(1899, 12, 30).checked_add(jiff::Span::new().days(serial.floor() as i64)).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cell_reads_the_same_whether_its_string_is_shared_or_owned() {
        use calamine::{CellErrorType, ExcelDateTime, ExcelDateTimeType};
        let date = ExcelDateTime::new(29281.0, ExcelDateTimeType::DateTime, false);
        let duration = ExcelDateTime::new(1.5, ExcelDateTimeType::TimeDelta, false);
        let early = ExcelDateTime::new(0.5, ExcelDateTimeType::DateTime, false);
        let cells = [
            (DataRef::SharedString("Jane Smith"), Value::Text("Jane Smith")),
            (DataRef::String("QQ 12 34 56 C".into()), Value::Text("QQ 12 34 56 C")),
            (DataRef::DateTimeIso("1980-03-01".into()), Value::Text("1980-03-01")),
            (DataRef::DurationIso("PT1H".into()), Value::Text("PT1H")),
            (DataRef::Float(12.5), Value::Number(12.5)),
            (DataRef::Int(7700900123), Value::Number(7700900123.0)),
            (DataRef::Bool(true), Value::Text("TRUE")),
            (DataRef::Bool(false), Value::Text("FALSE")),
            (DataRef::DateTime(date), Value::Date(jiff::civil::date(1980, 3, 1))),
            (DataRef::DateTime(duration), Value::Number(1.5)),
            (DataRef::DateTime(early), Value::Number(0.5)),
            (DataRef::Error(CellErrorType::Div0), Value::Text("")),
            (DataRef::Empty, Value::Text("")),
        ];
        for (cell, read) in cells {
            assert_eq!(value(&cell), read, "{cell:?}");
            assert_eq!(value(&Data::from(cell.clone())), read, "{cell:?} as Data");
        }
    }

    #[test]
    fn excel_serial_dates() {
        assert_eq!(excel_date(29281.0), Some(jiff::civil::date(1980, 3, 1)));
        assert_eq!(excel_date(45658.75), Some(jiff::civil::date(2025, 1, 1)));
        assert_eq!(excel_date(-3.0), None);
    }
}
