//! Spreadsheets through calamine: xlsx, xls and ods. Every sheet, hidden
//! ones included, located by `sheet` and `cell`; rows rendered by `table`,
//! so that column headers are context for the cells below them.

use std::fmt::Display;
use std::io::{Read, Seek};

use calamine::{Data, Ods, Reader, Xls, Xlsx};

use super::table::{Table, Value};
use super::{Context, Emitter, ExtractError, Input, Location};
use crate::sniff::Format;

pub fn extract(
    format: Format,
    input: &mut dyn Input,
    at: &Location,
    context: &mut Context,
) -> Result<(), ExtractError> {
    input.rewind()?;
    if format == Format::Xls {
        if let Ok(mut file) = cfb::CompoundFile::open(&mut *input) {
            let mut out = Emitter::new(at.clone());
            super::doc::summary_information(&mut file).announce(at, &mut out, context);
            out.flush(context.sink);
        }
        input.rewind()?;
    }
    match format {
        Format::Xlsx => sheets(Xlsx::new(input).map_err(opening)?, at, context),
        Format::Xls => sheets(Xls::new(input).map_err(opening)?, at, context),
        _ => sheets(Ods::new(input).map_err(opening)?, at, context),
    }
}

fn opening(error: impl Display) -> ExtractError {
    let message = error.to_string();
    if message.to_lowercase().contains("password") {
        ExtractError::Encrypted(format!("password-protected workbook ({message})"))
    } else {
        ExtractError::corrupt("cannot open the workbook", message)
    }
}

/// Extracts every sheet that can be read; a sheet that cannot is damage to
/// the workbook, an error once the others are done.
fn sheets<RS: Read + Seek, R: Reader<RS>>(
    mut workbook: R,
    at: &Location,
    context: &mut Context,
) -> Result<(), ExtractError>
where
    R::Error: Display,
{
    let names = workbook.sheet_names();
    let mut out = Emitter::new(at.clone());
    let mut failed = Vec::new();
    for name in &names {
        let location = Location { sheet: Some(name.clone()), ..at.clone() };
        let range = match workbook.worksheet_range(name) {
            Ok(range) => range,
            Err(e) => {
                failed.push((location, ExtractError::corrupt("cannot be read", e)));
                continue;
            }
        };
        out.relocate(context.sink, location);
        let (top, left) = range.start().unwrap_or((0, 0));
        let mut table = Table::default();
        for (i, row) in range.rows().enumerate() {
            let cells = row.iter().enumerate().map(|(j, cell)| (left + j as u32, value(cell)));
            table.row(top + i as u32, cells, &mut out, context);
        }
    }
    out.flush(context.sink);
    match failed.into_iter().next() {
        Some((location, error)) => {
            let sheet = location.sheet.unwrap_or_default();
            Err(ExtractError::Corrupt(format!(
                "sheet {sheet:?}: {}",
                error.to_string().trim_start_matches("corrupt: ")
            )))
        }
        None => Ok(()),
    }
}

fn value(cell: &Data) -> Value<'_> {
    match cell {
        Data::String(s) | Data::DateTimeIso(s) | Data::DurationIso(s) => Value::Text(s),
        Data::Float(x) => Value::Number(*x),
        Data::Int(n) => Value::Number(*n as f64),
        Data::Bool(b) => Value::Text(if *b { "TRUE" } else { "FALSE" }),
        Data::DateTime(d) if d.is_datetime() => excel_date(d.as_f64()).map_or(Value::Number(d.as_f64()), Value::Date),
        Data::DateTime(d) => Value::Number(d.as_f64()),
        Data::Error(_) | Data::Empty => Value::Text(""),
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
    fn excel_serial_dates() {
        assert_eq!(excel_date(29281.0), Some(jiff::civil::date(1980, 3, 1)));
        assert_eq!(excel_date(45658.75), Some(jiff::civil::date(2025, 1, 1)));
        assert_eq!(excel_date(-3.0), None);
    }
}
