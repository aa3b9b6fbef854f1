//! Tables (spreadsheet sheets, CSV and TSV files): one line per row, each
//! cell labelled with its column's header, as in `NI Number: QQ123456C`.
//! The header is then context for every value below it, and the cells of a
//! row for each other (a sort code and an account number pair up), through
//! the detectors' ordinary context rules. Findings are located by cell.

use std::borrow::Cow;
use std::io::Read;

use csv_core::ReadRecordResult;
use encoding_rs::Encoding;

use super::{text, Context, Emitter, ExtractError, Field, Location};

/// A cell's value as the file stores it.
#[derive(Debug, PartialEq)]
pub enum Value<'a> {
    Text(&'a str),
    Number(f64),
    /// Spreadsheet dates are shown day first, as a UK user sees them.
    Date(jiff::civil::Date),
}

/// What a column header says its numbers are, for showing them as the user
/// sees them: a number cell drops the leading zeros its format displays.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Column {
    Plain,
    SortCode,
    Account,
    Phone,
}

impl Column {
    fn of(header: &str) -> Column {
        let header = header.to_lowercase();
        let any = |words: &[&str]| words.iter().any(|w| header.contains(w));
        if any(&["sort"]) {
            Column::SortCode
        } else if any(&["account", "acc no", "a/c"]) {
            Column::Account
        } else if any(&["phone", "mobile", "tel"]) {
            Column::Phone
        } else {
            Column::Plain
        }
    }

    fn number(self, x: f64) -> String {
        if x.fract() != 0.0 || x.abs() >= 1e15 {
            return x.to_string();
        }
        let n = x as i64;
        let digits = n.unsigned_abs().checked_ilog10().map_or(1, |log| log + 1);
        match self {
            Column::SortCode if n > 0 && digits < 6 => format!("{n:06}"),
            Column::Account if n > 0 && digits < 8 => format!("{n:08}"),
            Column::Phone if n > 0 && digits == 10 => format!("0{n}"),
            _ => n.to_string(),
        }
    }
}

/// Renders the rows of one table into an emitter.
#[derive(Default)]
pub struct Table {
    header: Option<Header>,
    /// Rows of two cells read so far, and whether one of three cells or
    /// more has been (a row of one cell is a title; none of either, no row
    /// yet).
    narrow_rows: usize,
    wide_seen: bool,
    /// Whether the header taken is still only a guess: no row below it yet.
    guessed: bool,
}

/// The most key/value rows a sheet's title block holds above its header.
const MAX_TITLE_ROWS: usize = 3;

/// A table's header row.
struct Header {
    /// Each column's label (blank for a blank cell) and what it says its
    /// numbers are.
    labels: Vec<(String, Column)>,
    /// The row's cells, blank ones counted.
    width: usize,
}

/// The last words of the labels of a person's fields: a cell that is one
/// ("Forename", "Date of birth", "NI number", "Home address:") names the
/// cell beside it.
const LABEL_WORDS: &[&str] = &[
    "name",
    "names",
    "forename",
    "forenames",
    "surname",
    "title",
    "birth",
    "dob",
    "address",
    "postcode",
    "email",
    "e-mail",
    "phone",
    "mobile",
    "telephone",
    "tel",
    "number",
    "no",
    "id",
    "reference",
    "ref",
    "religion",
    "ethnicity",
    "nationality",
    "gender",
    "sex",
];

/// Whether a cell is a field label: ends in ':', or is a short phrase
/// ending in a field word ("Forename(s)" as forms write it).
pub(super) fn is_label(cell: &Value) -> bool {
    let Value::Text(text) = cell else { return false };
    let text = text.trim();
    let bare = text.trim_end_matches(':');
    let bare = bare.strip_suffix("(s)").or(bare.strip_suffix("(S)")).unwrap_or(bare);
    let words: Vec<&str> = bare.split_whitespace().collect();
    text.ends_with(':')
        || (words.len() <= 4
            && words.last().is_some_and(|w| LABEL_WORDS.contains(&w.trim_end_matches('.').to_lowercase().as_str())))
}

impl Table {
    /// How many cells the header row has, blank ones counted, once a
    /// header is taken.
    fn width(&self) -> Option<usize> {
        self.header.as_ref().map(|h| h.width)
    }

    /// One row: `cells` are (column, value) pairs, 0-based, in order.
    pub fn row<'v>(
        &mut self,
        row: u32,
        cells: impl IntoIterator<Item = (u32, Value<'v>)>,
        out: &mut Emitter,
        context: &mut Context,
    ) {
        let mut width = 0;
        let cells: Vec<(u32, Value)> = cells
            .into_iter()
            .inspect(|(col, _)| width = width.max(*col as usize + 1))
            .filter(|(_, v)| !is_blank(v))
            .collect();
        if cells.is_empty() {
            return;
        }
        // The first row of two cells or more, with words and no numbers, is
        // the header; a row of one cell before it is the sheet's title. A
        // first cell that ends in ':' starts a key/value row ("Name: | Jane
        // Smith"), which labels nothing below it; so does a first row whose
        // first cell is a field label, or a first row of two cells ("Field |
        // Answer"), when the next row starts with a label ("Forename |
        // Oskar", then "Surname | Tregunna"): the first column holds keys,
        // not values under a header.
        // A sheet's title block may be key/value rows ("Client | Acme Care
        // Ltd", "Period | March 2026") over the table: while only such
        // narrow rows have been read, the first header-shaped row of three
        // cells or more with a field label among them ("Emp no | Surname |
        // Forename") is the header, the guess taken from them dropped. A
        // row of values ("Jane Smith | Manager | East") is not.
        let title = cells.len() == 1;
        let header_shaped = cells.iter().all(|(_, v)| matches!(v, Value::Text(t) if t.parse::<f64>().is_err()))
            && cells.iter().any(|(_, v)| matches!(v, Value::Text(t) if t.chars().any(char::is_alphabetic)))
            && !matches!(&cells[0].1, Value::Text(t) if t.trim_end().ends_with(':'));
        let seen_row = self.narrow_rows > 0 || self.wide_seen;
        let below_title_block = !self.wide_seen
            && (1..=MAX_TITLE_ROWS).contains(&self.narrow_rows)
            && cells.len() >= 3
            && cells.iter().any(|(_, v)| is_label(v));
        if below_title_block && header_shaped {
            (self.header, self.guessed) = (None, false);
        }
        let is_header = (!seen_row || below_title_block) && !title && header_shaped;
        match cells.len() {
            1 => {}
            2 => self.narrow_rows += 1,
            _ => self.wide_seen = true,
        }
        if self.guessed && !title {
            let keys =
                |h: &[(String, Column)]| h.len() == 2 || h.first().is_some_and(|(l, _)| is_label(&Value::Text(l)));
            if cells[0].0 == 0 && is_label(&cells[0].1) && self.header.as_ref().is_some_and(|h| keys(&h.labels)) {
                self.header = None;
            }
            self.guessed = false;
        }
        let mut first = true;
        for (col, value) in &cells {
            if !first {
                out.push("\t");
            }
            first = false;
            out.span(Field::Cell { row, col: *col });
            let label = self.header.as_ref().and_then(|h| h.labels.get(*col as usize));
            let column = label.map_or(Column::Plain, |(_, c)| *c);
            if let Some((label, _)) = label.filter(|(l, _)| !l.is_empty()) {
                out.push(label);
                out.push(": ");
            }
            match value {
                Value::Text(t) => out.push(&single_line(t)),
                Value::Number(x) => out.push(&column.number(*x)),
                Value::Date(d) => out.push(&d.strftime("%d/%m/%Y").to_string()),
            }
        }
        if is_header {
            let mut labels = Vec::new();
            for (col, value) in cells {
                if let Value::Text(t) = value {
                    labels.resize(col as usize + 1, (String::new(), Column::Plain));
                    labels[col as usize] = (single_line(t).trim().to_string(), Column::of(t));
                }
            }
            self.header = Some(Header { labels, width });
            self.guessed = true;
        }
        out.end_line(context.sink, context.options.window);
    }
}

/// A CSV row's cells rejoined where a value's comma went unquoted
/// ("O'Rourke, Fintan" read as two cells; RFC 4180 s. 2 says such a field
/// must be quoted): while the row has more cells than its header, a cell
/// that opens with a space, as a person writes after a comma and a writer
/// never after its delimiter, is the rest of the cell before it. Left to
/// right, and no more cells than the surplus.
fn rejoin_unquoted(cells: &mut Vec<Cow<'_, str>>, width: usize) {
    let mut i = 1;
    while cells.len() > width && i < cells.len() {
        if cells[i].starts_with(' ') && !cells[i - 1].trim().is_empty() {
            let rest = cells.remove(i);
            cells[i - 1] = Cow::Owned(format!("{},{rest}", cells[i - 1]));
        } else {
            i += 1;
        }
    }
}

fn is_blank(value: &Value) -> bool {
    matches!(value, Value::Text(t) if t.trim().is_empty())
}

/// `text` with its line breaks made spaces: copied only when it has one.
fn single_line(text: &str) -> Cow<'_, str> {
    match memchr::memchr2(b'\r', b'\n', text.as_bytes()) {
        Some(_) => Cow::Owned(text.replace(['\r', '\n'], " ")),
        None => Cow::Borrowed(text),
    }
}

/// Bytes of one CSV row held at once. A longer row (a field whose quote is
/// never closed runs to the end of the file) is read on as plain text.
const MAX_ROW: usize = 1 << 20;

/// Fields of one CSV row; past this, the row is read on as plain text.
const MAX_FIELDS: usize = 1 << 16;

/// CSV and TSV: the delimiter sniffed from the first lines, quoted fields,
/// rows streamed, cells located A1 style (row 1 is the first line). Memory
/// is bounded by `MAX_ROW` whatever the quoting.
pub fn extract_csv(
    encoding: &'static Encoding,
    head: &[u8],
    input: &mut dyn Read,
    at: &Location,
    context: &mut Context,
) -> Result<(), ExtractError> {
    let delimiter = sniff_delimiter(head);
    let mut reader = csv_core::ReaderBuilder::new().delimiter(delimiter).build();
    let mut source = text::decoded(encoding, head, input);
    let (mut out, mut table) = (Emitter::new(at.clone()), Table::default());
    let (mut buffer, mut start, mut end) = (vec![0; 64 << 10], 0, 0);
    let (mut fields, mut len) = (vec![0; MAX_ROW], 0);
    let (mut ends, mut fields_ended) = (vec![0; 64], 0);
    let mut row = 0;
    // While a row too long to hold is read as plain text: the bytes of it
    // handed on so far (`ends` count from the row's start).
    let mut overlong: Option<usize> = None;
    loop {
        if start == end {
            (start, end) = (0, source.read(&mut buffer).map_err(|e| ExtractError::corrupt("cannot read CSV", e))?);
        }
        let (result, read, written, ended) =
            reader.read_record(&buffer[start..end], &mut fields[len..], &mut ends[fields_ended..]);
        (start, len, fields_ended) = (start + read, len + written, fields_ended + ended);
        match result {
            ReadRecordResult::InputEmpty => {}
            ReadRecordResult::OutputEndsFull if ends.len() < MAX_FIELDS => ends.resize(ends.len() * 2, 0),
            ReadRecordResult::Record if overlong.is_none() => {
                let mut from = 0;
                let texts = ends[..fields_ended].iter().map(|&to| {
                    let text = std::str::from_utf8(&fields[from..to]).unwrap_or("");
                    from = to;
                    text
                });
                // Cells are collected only for a row wider than its header.
                if let Some(width) = table.width().filter(|&w| delimiter == b',' && fields_ended > w) {
                    let mut texts: Vec<Cow<str>> = texts.map(Cow::Borrowed).collect();
                    rejoin_unquoted(&mut texts, width);
                    let cells = texts.iter().enumerate().map(|(col, text)| (col as u32, Value::Text(text)));
                    table.row(row, cells, &mut out, context);
                } else {
                    let cells = texts.enumerate().map(|(col, text)| (col as u32, Value::Text(text)));
                    table.row(row, cells, &mut out, context);
                }
                (len, fields_ended, row) = (0, 0, row + 1);
            }
            ReadRecordResult::OutputFull | ReadRecordResult::OutputEndsFull | ReadRecordResult::Record => {
                let dumped = overlong.get_or_insert_with(|| {
                    let why = format!(
                        "row {} is longer than {} MiB or {MAX_FIELDS} fields (an unclosed quote?); read on as plain text",
                        row + 1,
                        MAX_ROW >> 20
                    );
                    context.sink.problem(at, &ExtractError::Limit(why));
                    out.flush(context.sink);
                    0
                });
                let row_ends = result == ReadRecordResult::Record;
                let kept = plain_text(&mut fields[..len], &ends[..fields_ended], *dumped, row_ends, &mut out, context);
                (*dumped, len, fields_ended) = (*dumped + len - kept, kept, 0);
                if row_ends {
                    out.flush(context.sink);
                    (overlong, row) = (None, row + 1);
                }
            }
            ReadRecordResult::End => break,
        }
    }
    out.flush(context.sink);
    Ok(())
}

/// Hands on the held part of an overlong row as plain text, its fields
/// (ending at `ends`, counted from `dumped` bytes before `bytes`) apart by
/// tabs. Unless the row ends here, a last line without its end stays held,
/// moved to the front, so that no match is split; returns its length.
fn plain_text(
    bytes: &mut [u8],
    ends: &[usize],
    dumped: usize,
    row_ends: bool,
    out: &mut Emitter,
    context: &mut Context,
) -> usize {
    let valid = std::str::from_utf8(bytes).map_or_else(|e| e.valid_up_to(), str::len);
    let cut = match memchr::memrchr(b'\n', &bytes[..valid]) {
        Some(i) if !row_ends => i + 1,
        _ => valid,
    };
    let mut from = 0;
    for to in ends.iter().map(|end| end - dumped).filter(|&to| to <= cut) {
        out.push(&String::from_utf8_lossy(&bytes[from..to]));
        out.push("\t");
        from = to;
    }
    let rest = String::from_utf8_lossy(&bytes[from..cut]);
    out.push(rest.strip_suffix('\n').unwrap_or(&rest));
    out.end_line(context.sink, context.options.window);
    bytes.copy_within(cut.., 0);
    bytes.len() - cut
}

/// The delimiter that appears most, outside quotes, on the first lines.
fn sniff_delimiter(head: &[u8]) -> u8 {
    let mut counts = [0usize; 4];
    const CANDIDATES: [u8; 4] = [b',', b';', b'\t', b'|'];
    let mut quoted = false;
    for &b in head.iter().take(4096) {
        if b == b'"' {
            quoted = !quoted;
        } else if !quoted {
            if let Some(i) = CANDIDATES.iter().position(|&c| c == b) {
                counts[i] += 1;
            }
        }
    }
    let best = (0..4).max_by_key(|&i| (counts[i], usize::MAX - i)).unwrap_or(0);
    if counts[best] == 0 {
        b','
    } else {
        CANDIDATES[best]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn delimiters_and_lost_zeros() {
        assert_eq!(sniff_delimiter(b"a;b;\"c,d,e,f\"\n1;2;3"), b';');
        assert_eq!(sniff_delimiter(b"a\tb\tc"), b'\t');
        assert_eq!(sniff_delimiter(b"plain"), b',');
        assert_eq!(Column::of("Sort Code").number(200000.0), "200000");
        assert_eq!(Column::of("Sort code").number(12345.0), "012345");
        assert_eq!(Column::of("Account No").number(1234567.0), "01234567");
        assert_eq!(Column::of("Mobile").number(7700900123.0), "07700900123");
        assert_eq!(Column::of("Amount").number(12.5), "12.5");
        assert_eq!(Column::of("Amount").number(200.0), "200");
    }

    #[derive(Default)]
    struct Collect(String);

    impl crate::extract::Sink for Collect {
        fn unit(&mut self, unit: &crate::extract::Unit<'_>) {
            self.0.push_str(&unit.text[unit.owned.clone()]);
        }
    }

    fn csv(bytes: &[u8]) -> String {
        let mut sink = Collect::default();
        let options = crate::extract::ExtractOptions::default();
        let mut context = Context::new(&options, &mut sink);
        let (head, mut rest) = bytes.split_at(bytes.len().min(64));
        extract_csv(encoding_rs::UTF_8, head, &mut rest, &Location::default(), &mut context).unwrap();
        sink.0
    }

    #[test]
    fn a_value_s_unquoted_comma_and_space_rejoin_its_cell() {
        let text = csv(b"ref,witness,role,phone\n7,Tregunna, Zeph,Planner,0116 496 0416,\n8,Smith,Driver,0116\n");
        assert!(text.contains("witness: Tregunna, Zeph\trole: Planner\tphone: 0116 496 0416\n"), "{text}");
        assert!(text.contains("witness: Smith\trole: Driver\tphone: 0116\n"), "{text}");
        // As wide as its header, or no space after the comma: cells as written.
        let text = csv(b"ref,witness,role\n7,Tregunna, Zeph\n8,Tregunna,Zeph,Planner\n");
        assert!(text.contains("witness: Tregunna\trole:  Zeph\n"), "{text}");
        assert!(text.contains("witness: Tregunna\trole: Zeph\tPlanner\n"), "{text}");
    }

    /// A title block of key/value rows over a table labels nothing: the
    /// first row of three header cells is the header. A narrow table's
    /// header stays.
    #[test]
    fn a_title_block_s_key_value_rows_are_no_header() {
        let text =
            csv(b"Client,Acme Care Ltd\nPeriod,March 2026\nSurname,Forename,NI number\nQuennell,Hal,QQ123456C\n");
        assert!(text.contains("Surname: Quennell\tForename: Hal\tNI number: QQ123456C\n"), "{text}");
        let text = csv(b"Name,Notes\nJane Smith,visited\nTom Jones,phoned\n");
        assert!(text.contains("Name: Tom Jones\tNotes: phoned\n"), "{text}");
        let text = csv(b"Report,March\nJane Smith,Manager,East\nPaul Grant,Cleaner,West\n");
        assert!(text.contains("Report: Paul Grant\tMarch: Cleaner\tWest\n"), "a row of values: {text}");
    }

    #[test]
    fn field_labels() {
        for label in ["Forename", "Date of birth", "NI number", "Home address:", "Anything:", "E-mail", "Forename(s)"] {
            assert!(is_label(&Value::Text(label)), "{label}");
        }
        for value in ["Oskar", "Jane Smith", "Finance", "QQ 12 34 56 C", "the name of the person who asked"] {
            assert!(!is_label(&Value::Text(value)), "{value}");
        }
    }
}
