//! Legacy Word binary `.doc`: the text of every story (body, footnotes,
//! headers, comments, text boxes). Word 97–2003 keep it in pieces listed by
//! the piece table in the table stream, each piece 8-bit (Windows-1252) or
//! UTF-16; Word 6 and 95 in 8-bit pieces listed in the document stream
//! itself, or in one run when the file was never fast-saved. Field codes
//! are dropped and their results kept. Word 2 and encrypted files are
//! reported, not guessed at.

use std::io::Read;

use encoding_rs::{UTF_16LE, WINDOWS_1252};

use super::markup::Properties;
use super::{Context, Emitter, ExtractError, Input, Location};

pub fn extract(input: &mut dyn Input, at: &Location, context: &mut Context) -> Result<(), ExtractError> {
    input.rewind()?;
    let limit = context.options.limits.max_member;
    let mut file = cfb::CompoundFile::open(input).map_err(|e| ExtractError::corrupt("damaged OLE container", e))?;
    let document = read_stream(&mut file, "/WordDocument", limit)?;
    let pieces = match Fib::parse(&document)? {
        Fib::Pieces { table, clx } => {
            let stream = match table {
                Some(name) => &read_stream(&mut file, name, limit)?,
                None => &document,
            };
            let clx = stream
                .get(clx)
                .ok_or_else(|| ExtractError::Corrupt("the piece table lies outside its stream".into()))?;
            // Word 6/95 (no table stream) has only 8-bit pieces.
            pieces(clx, document.len(), table.is_none())?
        }
        Fib::Contiguous(bytes) => vec![Piece { bytes, compressed: true }],
    };
    let mut out = Emitter::new(at.clone());
    summary_information(&mut file).announce(at, &mut out, context);
    // Open fields, and how many of them are still in their code part: a
    // field's code (between 0x13 and 0x14) is dropped, its result (up to
    // 0x15) kept.
    let mut fields: Vec<bool> = Vec::new();
    let mut in_code = 0usize;
    let mut text = String::new();
    let mut after_cell_mark = false;
    for piece in pieces {
        text.clear();
        let bytes = document
            .get(piece.bytes.clone())
            .ok_or_else(|| ExtractError::Corrupt("a text piece lies outside the document stream".into()))?;
        let encoding = if piece.compressed { WINDOWS_1252 } else { UTF_16LE };
        text.push_str(&encoding.decode_without_bom_handling(bytes).0);
        for c in text.chars() {
            let cell_mark = c == '\u{07}';
            let row_end = cell_mark && after_cell_mark;
            after_cell_mark = cell_mark && !row_end;
            match c {
                '\u{13}' if fields.len() < MAX_FIELD_DEPTH => {
                    fields.push(true);
                    in_code += 1;
                }
                '\u{14}' => {
                    if let Some(code) = fields.last_mut().filter(|code| **code) {
                        *code = false;
                        in_code -= 1;
                    }
                }
                '\u{15}' => {
                    if fields.pop() == Some(true) {
                        in_code -= 1;
                    }
                }
                _ if in_code > 0 => {}
                '\r' | '\u{0b}' | '\u{0c}' => out.end_line(context.sink, context.options.window),
                // A row ends with a cell mark right after its last cell's.
                '\u{07}' if row_end => out.end_line(context.sink, context.options.window),
                '\u{07}' => out.push("\t"),
                '\u{1e}' => out.push("-"),
                '\t' => out.push("\t"),
                c if c < ' ' => {}
                c => out.push(c.encode_utf8(&mut [0; 4])),
            }
        }
    }
    out.flush(context.sink);
    Ok(())
}

fn read_stream<F: Read + std::io::Seek>(
    file: &mut cfb::CompoundFile<F>,
    name: &str,
    limit: u64,
) -> Result<Vec<u8>, ExtractError> {
    let mut stream = file.open_stream(name).map_err(|e| ExtractError::corrupt(&format!("no {name} stream"), e))?;
    if stream.len() > limit {
        return Err(ExtractError::Limit(format!(
            "a {} MiB stream is larger than {} MiB",
            stream.len() >> 20,
            limit >> 20
        )));
    }
    let mut bytes = Vec::with_capacity(stream.len() as usize);
    stream.read_to_end(&mut bytes).map_err(|e| ExtractError::corrupt(&format!("cannot read {name}"), e))?;
    Ok(bytes)
}

/// What the File Information Block says: where the text is.
enum Fib {
    /// In pieces, listed by the piece table (Clx) at `clx` of the stream
    /// `table` (`None`: the document stream, as in Word 6/95).
    Pieces { table: Option<&'static str>, clx: std::ops::Range<usize> },
    /// In one 8-bit run of the document stream: a Word 6/95 file never
    /// fast-saved.
    Contiguous(std::ops::Range<usize>),
}

impl Fib {
    fn parse(document: &[u8]) -> Result<Fib, ExtractError> {
        let short = || ExtractError::Corrupt("the WordDocument stream is too short for its header".into());
        let u16_at = |at: usize| document.get(at..at + 2).map(|b| u16::from_le_bytes([b[0], b[1]])).ok_or_else(short);
        let u32_at = |at: usize| {
            document.get(at..at + 4).map(|b| u32::from_le_bytes([b[0], b[1], b[2], b[3]])).ok_or_else(short)
        };
        let version = u16_at(2)?;
        if !matches!(u16_at(0)?, 0xA5EC | 0xA5DC | 0xA5DB) {
            return Err(ExtractError::Corrupt("not a Word document (bad FIB signature)".into()));
        }
        // Word 2 and earlier share no layout with what follows.
        if version < 0x0065 {
            return Err(ExtractError::Version(format!(
                "Word 2 or earlier document (version {version:#x}); Word 6 and later are read"
            )));
        }
        let flags = u16_at(0x0A)?;
        if flags & 0x0100 != 0 {
            return Err(ExtractError::Encrypted("password-protected Word document".into()));
        }
        let range = |fc: u32, lcb: u32| fc as usize..(fc as usize).saturating_add(lcb as usize);
        if version < 0x00C1 {
            // Word 6/95: a fixed FIB; fcClx/lcbClx is its 34th pair, after
            // the story lengths. A file never fast-saved has no piece table.
            if flags & 0x0004 == 0 {
                return Ok(Fib::Contiguous(range(u32_at(0x18)?, u32_at(0x1C)?.saturating_sub(u32_at(0x18)?))));
            }
            let pair = 0x58 + 33 * 8;
            return Ok(Fib::Pieces { table: None, clx: range(u32_at(pair)?, u32_at(pair + 4)?) });
        }
        // FibBase (32 bytes), then three variable arrays, each after its count.
        let words = 32 + 2 + 2 * u16_at(32)? as usize;
        let longs = words + 2 + 4 * u16_at(words)? as usize;
        let fc_lcb = longs + 2;
        // fcClx / lcbClx: the 34th pair of FibRgFcLcb97.
        let (fc, lcb) = (u32_at(fc_lcb + 33 * 8)?, u32_at(fc_lcb + 33 * 8 + 4)?);
        Ok(Fib::Pieces { table: Some(if flags & 0x0200 != 0 { "/1Table" } else { "/0Table" }), clx: range(fc, lcb) })
    }
}

/// Fields nested deeper than this are taken as text: no document needs it.
const MAX_FIELD_DEPTH: usize = 64;

struct Piece {
    bytes: std::ops::Range<usize>,
    /// 8-bit text rather than UTF-16.
    compressed: bool,
}

/// The pieces of the Clx: skips padding and the property modifiers (Prc), then reads
/// the PlcPcd: n+1 character positions and n 8-byte piece descriptors.
/// `eight_bit`: every piece is 8-bit at its plain offset (Word 6/95).
fn pieces(clx: &[u8], document_len: usize, eight_bit: bool) -> Result<Vec<Piece>, ExtractError> {
    let corrupt = || ExtractError::Corrupt("damaged piece table".into());
    let mut at = 0;
    let plc = loop {
        match clx.get(at) {
            // Padding, as some writers leave.
            Some(0) => at += 2,
            Some(1) => {
                let size = clx.get(at + 1..at + 3).ok_or_else(corrupt)?;
                at += 3 + u16::from_le_bytes([size[0], size[1]]) as usize;
            }
            Some(2) => {
                let size = clx.get(at + 1..at + 5).ok_or_else(corrupt)?;
                let size = u32::from_le_bytes([size[0], size[1], size[2], size[3]]) as usize;
                break clx.get(at + 5..at + 5 + size).ok_or_else(corrupt)?;
            }
            _ => return Err(corrupt()),
        }
    };
    let count = plc.len().saturating_sub(4) / 12;
    let u32_at = |i: usize| u32::from_le_bytes([plc[i], plc[i + 1], plc[i + 2], plc[i + 3]]);
    let mut pieces = Vec::with_capacity(count);
    let mut total = 0usize;
    for i in 0..count {
        let (start, end) = (u32_at(4 * i), u32_at(4 * (i + 1)));
        let chars = end.checked_sub(start).ok_or_else(corrupt)? as usize;
        let fc = u32_at(4 * (count + 1) + 8 * i + 2);
        let compressed = eight_bit || fc & 0x4000_0000 != 0;
        let offset = match (eight_bit, compressed) {
            (true, _) => fc as usize,
            (false, true) => (fc & 0x3FFF_FFFF) as usize / 2,
            (false, false) => fc as usize,
        };
        let len = if compressed { chars } else { chars * 2 };
        // Pieces tile the document's text: together they cannot be longer
        // than the stream, however many point at the same bytes.
        total = total.saturating_add(len);
        if total > document_len {
            return Err(ExtractError::Corrupt("the piece table covers more text than the document holds".into()));
        }
        pieces.push(Piece { bytes: offset..offset.saturating_add(len), compressed });
    }
    Ok(pieces)
}

/// The title, subject, author, keywords, comments, last editor and dates
/// in an OLE file's `SummaryInformation` property set (MS-OLEPS), as legacy
/// Word and Excel files carry them.
pub fn summary_information<F: Read + std::io::Seek>(file: &mut cfb::CompoundFile<F>) -> Properties {
    let mut properties = Properties::default();
    let Ok(stream) = file.open_stream("/\u{5}SummaryInformation") else { return properties };
    let mut bytes = Vec::new();
    if stream.take(1 << 20).read_to_end(&mut bytes).is_err() {
        return properties;
    }
    let u32_at = |at: usize| bytes.get(at..at + 4).map(|b| u32::from_le_bytes([b[0], b[1], b[2], b[3]]) as usize);
    let Some(set) = u32_at(44) else { return properties };
    let count = u32_at(set + 4).unwrap_or(0).min(1024);
    for i in 0..count {
        let (Some(id), Some(offset)) = (u32_at(set + 8 + 8 * i), u32_at(set + 12 + 8 * i)) else { break };
        let at = set + offset;
        let value_type = u32_at(at).unwrap_or(0) & 0xFFFF;
        match (id, value_type) {
            (2..=6 | 8, 0x1E) => {
                let len = u32_at(at + 4).unwrap_or(0).min(4096);
                let Some(text) = bytes.get(at + 8..at + 8 + len) else { continue };
                let label = match id {
                    2 => "Title",
                    3 => "Subject",
                    4 => "Author",
                    5 => "Keywords",
                    6 => "Comments",
                    _ => "Last modified by",
                };
                properties.add(label, &WINDOWS_1252.decode_without_bom_handling(text).0);
            }
            (12 | 13, 0x40) => {
                let (Some(low), Some(high)) = (u32_at(at + 4), u32_at(at + 8)) else { continue };
                let date = super::filetime(((high as i64) << 32) | low as i64);
                if id == 12 {
                    properties.created = date;
                } else {
                    properties.modified = date;
                }
            }
            _ => {}
        }
    }
    properties
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_2_is_unsupported_and_a_bad_signature_corrupt() {
        let mut fib = vec![0u8; 64];
        fib[..2].copy_from_slice(&0x1234u16.to_le_bytes());
        assert!(matches!(Fib::parse(&fib), Err(ExtractError::Corrupt(_))));
        fib[..2].copy_from_slice(&0xA5DBu16.to_le_bytes());
        fib[2..4].copy_from_slice(&0x002Du16.to_le_bytes());
        let error = Fib::parse(&fib).err().unwrap();
        assert_eq!(
            error.to_string(),
            "unsupported version: Word 2 or earlier document (version 0x2d); Word 6 and later are read"
        );
    }
}
