//! An xls workbook made safe for calamine before it reads it. calamine
//! trusts what the file says: its own OLE reader sizes vectors from header
//! fields and follows sector chains without a bound, and its BIFF reader
//! reserves a sheet's declared dimensions and allocates the grid spanned by
//! its cells — one flipped bit asks for tens of GiB, and the process aborts.
//!
//! So the OLE container is read by the `cfb` crate, which checks it, and
//! the `Workbook` stream handed to calamine in a fresh, well-formed
//! container of its own. In the stream, records that would make calamine
//! allocate beyond the file's means are neutralised in place (their type
//! set to one nobody reads, offsets unchanged): `Dimensions` (only a size
//! hint), cells past the last column BIFF allows, and rows that would make a
//! sheet's grid take more than half the member limit (4 M cells by default:
//! the grid and the rest of a scan stay within 512 MiB). What that leaves out
//! is a problem on the sheet; the rest of the workbook is read.
//!
//! It does not read cells itself: calamine does.

use std::io::{Cursor, Read, Seek, Write};

use super::{ExtractError, Input, Limits};

/// Names calamine looks for, BIFF8 first; OLE names ignore case.
const STREAMS: [&str; 2] = ["Workbook", "Book"];

/// A record type no reader acts on.
const NEUTRAL: u16 = 0x0000;

/// Bytes calamine holds per cell of a sheet's grid: a value and a formula.
const CELL_BYTES: u64 = 64;

/// Columns in BIFF5 and BIFF8 sheets (A to IV).
const COLUMNS: u32 = 256;

/// A workbook calamine can read without allocating past the limits, and
/// what had to be left out of it, by sheet index (calamine's order).
pub struct Safe {
    pub book: Cursor<Vec<u8>>,
    pub left_out: Vec<(usize, ExtractError)>,
}

/// Reads the workbook stream of `input` (an OLE file) and rebuilds it;
/// announces nothing. A container the `cfb` crate refuses is corrupt.
pub fn make_safe(input: &mut dyn Input, limits: &Limits) -> Result<Safe, ExtractError> {
    input.rewind()?;
    let mut file =
        cfb::CompoundFile::open(&mut *input).map_err(|e| ExtractError::corrupt("damaged OLE container", e))?;
    let name = STREAMS
        .into_iter()
        .find(|name| file.is_stream(name))
        .ok_or_else(|| ExtractError::Corrupt("no Workbook stream in the OLE container".into()))?;
    let mut stream = file.open_stream(name)?;
    let size = stream.len();
    if size > limits.max_member {
        return Err(ExtractError::Limit(format!(
            "a workbook stream of {} MiB is larger than {} MiB",
            size >> 20,
            limits.max_member >> 20
        )));
    }
    let mut workbook = Vec::with_capacity(size as usize);
    stream.read_to_end(&mut workbook)?;
    let left_out = neutralise(&mut workbook, limits.max_member / 2 / CELL_BYTES);
    let mut book = cfb::CompoundFile::create_with_version(cfb::Version::V3, Cursor::new(Vec::new()))?;
    book.create_stream(name)?.write_all(&workbook)?;
    book.flush()?;
    let mut book = book.into_inner();
    book.rewind()?;
    Ok(Safe { book, left_out })
}

/// One record of interest: where its type sits, and for a cell the row and
/// the columns it covers.
struct Record {
    at: usize,
    row: u32,
    columns: (u32, u32),
}

/// Neutralises, in each sheet's substream, what would make calamine
/// allocate past a grid of `max_cells`; returns what was left out.
fn neutralise(stream: &mut [u8], max_cells: u64) -> Vec<(usize, ExtractError)> {
    let mut left_out = Vec::new();
    for (sheet, start) in sheet_offsets(stream).into_iter().enumerate() {
        let mut cells = Vec::new();
        let found: Vec<_> = records(stream, start).collect();
        for (at, kind, data) in found {
            match kind {
                0x0200 => set_type(stream, at), // Dimensions: only a size hint
                0x0006 | 0x0203 | 0x0204 | 0x0205 | 0x027E | 0x00FD if data.len() >= 4 => {
                    let col = u16_at(&stream[data.clone()], 2).into();
                    cells.push(Record { at, row: u16_at(&stream[data], 0).into(), columns: (col, col) });
                }
                0x00BD if data.len() >= 6 => {
                    let bytes = &stream[data.clone()];
                    let columns = (u16_at(bytes, 2).into(), u16_at(bytes, bytes.len() - 2).into());
                    cells.push(Record { at, row: u16_at(bytes, 0).into(), columns });
                }
                _ => {}
            }
        }
        let (wide, cells): (Vec<_>, Vec<_>) =
            cells.into_iter().partition(|c| c.columns.1 >= COLUMNS || c.columns.0 > c.columns.1);
        for cell in &wide {
            set_type(stream, cell.at);
        }
        if !wide.is_empty() {
            let why = format!("{} cells past the last column a sheet can have (damaged?) not read", wide.len());
            left_out.push((sheet, ExtractError::Corrupt(why)));
        }
        let Some(first_col) = cells.iter().map(|c| c.columns.0).min() else { continue };
        let last_col = cells.iter().map(|c| c.columns.1).max().unwrap_or(first_col);
        let first_row = cells.iter().map(|c| c.row).min().unwrap_or(0);
        let rows = max_cells / u64::from(last_col - first_col + 1);
        let cut: Vec<&Record> = cells.iter().filter(|c| u64::from(c.row - first_row) >= rows).collect();
        for cell in &cut {
            set_type(stream, cell.at);
        }
        if !cut.is_empty() {
            let why = format!(
                "{} cells from row {} on not read: the sheet would span more than {max_cells} cells (damaged?)",
                cut.len(),
                u64::from(first_row) + rows + 1
            );
            left_out.push((sheet, ExtractError::Limit(why)));
        }
    }
    left_out
}

/// Where each sheet's substream starts, from the BoundSheet records of the
/// globals, in order, as calamine reads them.
fn sheet_offsets(stream: &[u8]) -> Vec<usize> {
    records(stream, 0)
        .filter(|(_, kind, data)| *kind == 0x0085 && data.len() >= 4)
        .map(|(_, _, data)| {
            let at = data.start;
            u32::from_le_bytes([stream[at], stream[at + 1], stream[at + 2], stream[at + 3]]) as usize
        })
        .collect()
}

/// The records from `start` to the first EOF record, as calamine walks
/// them: offset of the type, type, the range of the data. `Continue`
/// records belong to the record before them and are skipped.
fn records(stream: &[u8], start: usize) -> impl Iterator<Item = (usize, u16, std::ops::Range<usize>)> + '_ {
    let mut at = start;
    std::iter::from_fn(move || {
        let header = stream.get(at..at.checked_add(4)?)?;
        let (kind, len) = (u16_at(header, 0), usize::from(u16_at(header, 2)));
        let data = at + 4..at + 4 + len;
        if data.end > stream.len() || kind == 0x000A {
            return None;
        }
        let record = (at, kind, data.clone());
        at = data.end;
        while let Some(next) = stream.get(at..at + 4).filter(|h| u16_at(h, 0) == 0x003C) {
            at += 4 + usize::from(u16_at(next, 2));
        }
        Some(record)
    })
}

fn set_type(stream: &mut [u8], at: usize) {
    stream[at..at + 2].copy_from_slice(&NEUTRAL.to_le_bytes());
}

fn u16_at(bytes: &[u8], at: usize) -> u16 {
    u16::from_le_bytes([bytes[at], bytes[at + 1]])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record(kind: u16, data: &[u8]) -> Vec<u8> {
        let mut out = kind.to_le_bytes().to_vec();
        out.extend((data.len() as u16).to_le_bytes());
        out.extend(data);
        out
    }

    fn cell(row: u16, col: u16) -> Vec<u8> {
        let mut data = row.to_le_bytes().to_vec();
        data.extend(col.to_le_bytes());
        data.extend([0u8; 10]); // xf and an IEEE number
        record(0x0203, &data)
    }

    /// A globals substream with one BoundSheet, then the sheet's records.
    fn workbook(sheet: &[Vec<u8>]) -> Vec<u8> {
        let mut globals = record(0x0809, &[0; 16]);
        let (bound_len, eof_len) = (4 + 10, 4);
        let offset = (globals.len() + bound_len + eof_len) as u32;
        let mut bound = offset.to_le_bytes().to_vec();
        bound.extend([0, 0, 2, 0]);
        bound.extend(b"Sh");
        globals.extend(record(0x0085, &bound));
        globals.extend(record(0x000A, &[]));
        assert_eq!(globals.len(), offset as usize);
        globals.extend(sheet.iter().flatten());
        globals
    }

    #[test]
    fn a_rebuilt_workbook_reads_as_the_original() {
        use calamine::Reader;
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures/formats/staff.xls");
        let mut file = std::fs::File::open(path).unwrap();
        let safe = make_safe(&mut file, &Limits::default()).unwrap();
        assert!(safe.left_out.is_empty());
        let mut book = calamine::Xls::new(safe.book).unwrap();
        let names = book.sheet_names();
        assert!(names.len() > 1, "{names:?}");
        let range = book.worksheet_range(&names[0]).unwrap();
        assert!(range.used_cells().count() > 3);
    }

    fn types(stream: &[u8], start: usize) -> Vec<u16> {
        records(stream, start).map(|(_, kind, _)| kind).collect()
    }

    #[test]
    fn dimensions_and_wide_cells_are_neutralised() {
        let mut stream =
            workbook(&[record(0x0200, &[0xFF; 14]), cell(0, 0), cell(1, 40000), cell(2, 3), record(0x000A, &[])]);
        let left_out = neutralise(&mut stream, 1 << 20);
        let start = sheet_offsets(&stream)[0];
        assert_eq!(types(&stream, start), [NEUTRAL, 0x0203, NEUTRAL, 0x0203]);
        assert_eq!(left_out.len(), 1);
        assert_eq!(
            left_out[0].1.to_string(),
            "corrupt: 1 cells past the last column a sheet can have (damaged?) not read"
        );
    }

    #[test]
    fn rows_past_the_grid_limit_are_neutralised() {
        let mut stream = workbook(&[cell(0, 0), cell(0, 9), cell(5, 1), cell(60000, 2), record(0x000A, &[])]);
        let left_out = neutralise(&mut stream, 100);
        let start = sheet_offsets(&stream)[0];
        assert_eq!(types(&stream, start), [0x0203, 0x0203, 0x0203, NEUTRAL]);
        assert_eq!(
            left_out[0].1.to_string(),
            "limit exceeded: 1 cells from row 11 on not read: the sheet would span more than 100 cells (damaged?)"
        );
    }
}
