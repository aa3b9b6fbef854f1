//! Excel 2, 3 and 4 files (BIFF2–BIFF4): a bare stream of records, not
//! inside an OLE file, which calamine does not read. Labels, numbers,
//! booleans and formula results, rendered row by row by `table`; strings in
//! the file's code page (its `CODEPAGE` record, else Windows-1252). Number
//! formats are not read, so a date shows as its serial number; a file with
//! a password (`FILEPASS`) is `encrypted`. An
//! Excel 4 workbook holds its sheets one after another, each from its own
//! beginning-of-file record, and each is a sheet here.

use std::collections::BTreeMap;
use std::io::Read;

use encoding_rs::{Encoding, WINDOWS_1252};

use super::table::{Table, Value};
use super::{read_capped, Context, Emitter, ExtractError, Location};

/// Record types (BIFF2 numbers, then BIFF3/4's where they differ).
const BOF: [u16; 3] = [0x0009, 0x0209, 0x0409];
/// The type a `BOF` record gives an Excel 4 workbook's globals.
const WORKBOOK_GLOBALS: u16 = 0x0100;
const CODEPAGE: u16 = 0x0042;
/// Present when the file is protected by a password (its cells obfuscated).
const FILEPASS: u16 = 0x002F;
const INTEGER: u16 = 0x0002;
const NUMBER: [u16; 2] = [0x0003, 0x0203];
const LABEL: [u16; 2] = [0x0004, 0x0204];
const BOOLERR: [u16; 2] = [0x0005, 0x0205];
const RK: u16 = 0x027E;
const FORMULA: [u16; 3] = [0x0006, 0x0206, 0x0406];
const STRING: [u16; 2] = [0x0007, 0x0207];

/// A cell's value until its sheet is rendered.
enum Cell {
    Text(String),
    Number(f64),
}

/// One sheet's cells by (row, column), and the formula cell a following
/// `STRING` record gives the text result of.
#[derive(Default)]
struct Sheet {
    cells: BTreeMap<(u16, u16), Cell>,
    pending_string: Option<(u16, u16)>,
}

pub fn extract(head: &[u8], input: &mut dyn Read, at: &Location, context: &mut Context) -> Result<(), ExtractError> {
    let bytes = read_capped(head, input, context.options.limits.max_member)?;
    let mut encoding: &'static Encoding = WINDOWS_1252;
    let mut sheets: Vec<Sheet> = Vec::new();
    let mut rest = &bytes[..];
    let mut cut = None;
    while rest.len() >= 4 {
        let kind = u16::from_le_bytes([rest[0], rest[1]]);
        let len = usize::from(u16::from_le_bytes([rest[2], rest[3]]));
        let Some(data) = rest.get(4..4 + len) else {
            cut = Some("a record runs past the end of the file (truncated?)");
            break;
        };
        rest = &rest[4 + len..];
        if kind == FILEPASS {
            return Err(ExtractError::Encrypted("password-protected Excel 2-4 file".into()));
        }
        if BOF.contains(&kind) {
            // An Excel 4 workbook's own globals come first: not a sheet.
            if u16_at(data, 2) != Some(WORKBOOK_GLOBALS) {
                sheets.push(Sheet::default());
            }
        } else if kind == CODEPAGE {
            if let Some(page) = u16_at(data, 0) {
                encoding = codepage::to_encoding(page).unwrap_or(WINDOWS_1252);
            }
        } else if let Some(sheet) = sheets.last_mut() {
            sheet.record(kind, data, encoding);
        }
    }
    if sheets.is_empty() {
        return Err(ExtractError::Corrupt("an Excel 2-4 file without a sheet".into()));
    }
    let mut out = Emitter::new(at.clone());
    for (number, sheet) in (1..).zip(&sheets) {
        let location = Location { sheet: Some(format!("Sheet{number}")), ..at.clone() };
        out.relocate(context.sink, location);
        let mut table = Table::default();
        let mut rows = sheet.cells.iter().peekable();
        while let Some(&(&(row, _), _)) = rows.peek() {
            let mut cells = Vec::new();
            while let Some((&(_, col), cell)) = rows.next_if(|((r, _), _)| *r == row) {
                cells.push((u32::from(col), cell));
            }
            let values = cells.into_iter().map(|(col, cell)| match cell {
                Cell::Text(text) => (col, Value::Text(text)),
                Cell::Number(x) => (col, Value::Number(*x)),
            });
            table.row(u32::from(row), values, &mut out, context);
        }
    }
    out.flush(context.sink);
    if let Some(why) = cut {
        context.sink.problem(at, &ExtractError::Corrupt(format!("{why}; read as far as it goes")));
    }
    Ok(())
}

impl Sheet {
    fn record(&mut self, kind: u16, data: &[u8], encoding: &'static Encoding) {
        // BIFF2 cells have three attribute bytes after row and column,
        // BIFF3/4 cells an XF index of two.
        let value_at = if kind < 0x0100 { 7 } else { 6 };
        let (Some(row), Some(col)) = (u16_at(data, 0), u16_at(data, 2)) else { return };
        let cell = if kind == INTEGER {
            u16_at(data, value_at).map(|n| Cell::Number(f64::from(n)))
        } else if NUMBER.contains(&kind) {
            f64_at(data, value_at).map(Cell::Number)
        } else if kind == RK {
            data.get(6..10).map(|b| Cell::Number(rk(u32::from_le_bytes([b[0], b[1], b[2], b[3]]))))
        } else if LABEL.contains(&kind) {
            text(data, value_at, kind < 0x0100, encoding).map(Cell::Text)
        } else if BOOLERR.contains(&kind) {
            let (value, is_error) = (data.get(value_at), data.get(value_at + 1));
            (is_error == Some(&0)).then(|| Cell::Text(if value == Some(&1) { "TRUE" } else { "FALSE" }.into()))
        } else if FORMULA.contains(&kind) {
            let result = data.get(value_at..value_at + 8);
            match result {
                // A result marked 0xFFFF in its last two bytes is not a
                // number: 0 is a string in the next record, 1 a boolean.
                Some(r) if r[6..8] == [0xFF, 0xFF] => {
                    match r[0] {
                        0 => self.pending_string = Some((row, col)),
                        1 => {
                            let shown = if r[2] == 1 { "TRUE" } else { "FALSE" };
                            self.cells.insert((row, col), Cell::Text(shown.into()));
                        }
                        _ => {}
                    }
                    return;
                }
                Some(_) => f64_at(data, value_at).map(Cell::Number),
                None => None,
            }
        } else if STRING.contains(&kind) {
            let (Some(at), Some(result)) = (self.pending_string.take(), text(data, 0, kind < 0x0100, encoding)) else {
                return;
            };
            self.cells.insert(at, Cell::Text(result));
            return;
        } else {
            None
        };
        if let Some(cell) = cell {
            self.cells.insert((row, col), cell);
        }
    }
}

/// A string at `at`: a one-byte length (BIFF2) or a two-byte one, then
/// the characters in the file's code page.
fn text(data: &[u8], at: usize, short: bool, encoding: &'static Encoding) -> Option<String> {
    let (len, start) =
        if short { (usize::from(*data.get(at)?), at + 1) } else { (usize::from(u16_at(data, at)?), at + 2) };
    let bytes = data.get(start..(start + len).min(data.len()))?;
    Some(encoding.decode_without_bom_handling(bytes).0.into_owned())
}

fn u16_at(data: &[u8], at: usize) -> Option<u16> {
    data.get(at..at + 2).map(|b| u16::from_le_bytes([b[0], b[1]]))
}

fn f64_at(data: &[u8], at: usize) -> Option<f64> {
    data.get(at..at + 8).and_then(|b| b.try_into().ok()).map(f64::from_le_bytes)
}

/// An RK number: 30 bits of an IEEE double's top or of an integer, maybe
/// divided by 100.
fn rk(value: u32) -> f64 {
    let number = if value & 2 != 0 {
        f64::from((value as i32) >> 2)
    } else {
        f64::from_bits(u64::from(value & 0xFFFF_FFFC) << 32)
    };
    if value & 1 != 0 {
        number / 100.0
    } else {
        number
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rk_numbers() {
        assert_eq!(rk((1234 << 2) | 2), 1234.0);
        assert_eq!(rk((1234 << 2) | 3), 12.34);
        assert_eq!(rk((1.5f64.to_bits() >> 32) as u32), 1.5);
    }
}
