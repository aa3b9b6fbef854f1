//! OpenDocument spreadsheets, streamed from `content.xml`: every table's
//! rows as `table` renders them, each annotation at its cell. Read here, not
//! by calamine, because calamine drops every cell without an
//! `office:value-type` (the attribute is optional, and many producers leave
//! it out of text cells), refuses some valid files, holds the whole workbook
//! in memory and can spin on a table that is never closed. A cell's value is
//! its typed value where it has one (a number, a date, a formula's string
//! result), else its paragraphs. Repeated rows and cells are read once, at
//! the first position they cover: a repeat adds no new value, and a row
//! repeated a million times costs nothing.

use std::io::{BufReader, Read, Seek};

use quick_xml::events::{BytesStart, Event};
use quick_xml::Reader;
use zip::ZipArchive;

use super::markup::{attribute, characters};
use super::notes::Note;
use super::table::{Table, Value};
use super::{a1, office, Context, Emitter, ExtractError, Location};

/// Reads the tables of `package`, an OpenDocument spreadsheet, into the
/// sink. A sheet cut short by damaged XML is a problem; when nothing could
/// be read before the damage, the file is an error.
pub fn extract<R: Read + Seek>(
    package: &mut ZipArchive<R>,
    at: &Location,
    context: &mut Context,
) -> Result<(), ExtractError> {
    if office::opendocument_encrypted(package, context)? {
        return Err(ExtractError::Encrypted("password-protected workbook".into()));
    }
    let mut reader = BufReader::new(office::open(package, "content.xml", context)?);
    let mut sheets = Sheets {
        at,
        out: Emitter::new(at.clone()),
        name: String::new(),
        table: Table::default(),
        row: 0,
        col: 0,
        row_repeat: 0,
        cell: None,
        nested: 0,
        cells: Vec::new(),
        note: None,
        note_field: None,
        rows: 0,
    };
    let walked = sheets.walk(&mut reader, context);
    sheets.end_row(context);
    sheets.out.flush(context.sink);
    // A limit cuts the part short: that, not the broken XML, is the cause.
    context.settle(reader.into_inner())?;
    match walked {
        Ok(()) => Ok(()),
        Err(error) if sheets.rows == 0 => Err(ExtractError::corrupt("damaged spreadsheet content", error)),
        Err(error) => {
            let location = Location { sheet: Some(sheets.name), ..at.clone() };
            context.sink.problem(&location, &ExtractError::corrupt("the sheet is cut short by damaged XML", error));
            Ok(())
        }
    }
}

/// Where the walk is: the sheet, the row and cell being read, the cell's
/// value so far, an annotation being read.
struct Sheets<'a> {
    at: &'a Location,
    out: Emitter,
    name: String,
    table: Table,
    /// 0-based position of the current row and of the next cell.
    row: u32,
    col: u32,
    /// How many rows the current row stands for, and the current cell's
    /// columns; `None` outside a cell.
    row_repeat: u32,
    cell: Option<Cell>,
    /// Cells of a table nested in the current cell (an old ODF subtable):
    /// their text is the outer cell's.
    nested: u32,
    cells: Vec<(u32, Owned)>,
    note: Option<Note>,
    /// Inside the annotation's author (`dc:creator`) or date.
    note_field: Option<NoteField>,
    /// Rows that held a value, over all sheets.
    rows: usize,
}

#[derive(Clone, Copy, PartialEq)]
enum NoteField {
    Author,
    Date,
}

/// A cell being read: its columns, its typed value, its text.
struct Cell {
    repeat: u32,
    typed: Option<Owned>,
    string: Option<String>,
    text: String,
}

/// A cell's value, owned until its row is handed to `table`.
enum Owned {
    Text(String),
    Number(f64),
    Date(jiff::civil::Date),
}

impl Owned {
    fn value(&self) -> Value<'_> {
        match self {
            Owned::Text(text) => Value::Text(text),
            Owned::Number(x) => Value::Number(*x),
            Owned::Date(date) => Value::Date(*date),
        }
    }
}

/// Columns a sheet can have (LibreOffice's limit, Excel's too): a cell
/// repeated past it is not read, so a header row never spans more.
const MAX_COLUMNS: u32 = 16_384;

/// Character data as OpenDocument reads it: each run of white space one
/// space (spaces kept on purpose are `text:s`, `text:tab`, `text:line-break`).
fn collapsed(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for (i, word) in text.split(|c: char| c.is_ascii_whitespace()).enumerate() {
        if i > 0 && !out.ends_with(' ') {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// How many rows or columns an element stands for.
fn repeat(e: &BytesStart, key: &[u8]) -> u32 {
    attribute(e, key).and_then(|n| n.parse().ok()).filter(|&n| n > 0).unwrap_or(1)
}

/// The typed value a cell's attributes give, if any. Text is read from the
/// cell's paragraphs, or, when they are empty, from `office:string-value`
/// (a formula's string result).
fn typed(e: &BytesStart) -> Option<Owned> {
    match attribute(e, b"office:value-type")?.as_str() {
        "float" | "percentage" | "currency" => attribute(e, b"office:value")?.parse().ok().map(Owned::Number),
        "date" => {
            let value = attribute(e, b"office:date-value")?;
            value.get(..10)?.parse().ok().map(Owned::Date)
        }
        "boolean" => {
            Some(Owned::Text(if attribute(e, b"office:boolean-value")? == "true" { "TRUE" } else { "FALSE" }.into()))
        }
        _ => None,
    }
}

impl Sheets<'_> {
    /// Walks the content; an error says how it is damaged (XML that breaks
    /// off before its elements close is damaged too).
    fn walk(&mut self, input: &mut impl std::io::BufRead, context: &mut Context) -> Result<(), String> {
        let mut reader = Reader::from_reader(input);
        let (mut buf, mut depth) = (Vec::new(), 0usize);
        loop {
            let event = reader.read_event_into(&mut buf).map_err(|e| e.to_string())?;
            match &event {
                Event::Eof if depth == 0 => return Ok(()),
                Event::Eof => return Err("the XML ends before its elements close (truncated?)".into()),
                Event::Start(e) => {
                    depth += 1;
                    self.start(e, false, context);
                }
                Event::Empty(e) => self.start(e, true, context),
                Event::End(e) => {
                    depth = depth.saturating_sub(1);
                    self.end(e.local_name().as_ref(), context);
                }
                event => {
                    if let Some(text) = characters(event) {
                        self.text(&collapsed(&text));
                    }
                }
            }
            buf.clear();
        }
    }

    fn text(&mut self, text: &str) {
        if let Some(note) = self.note.as_mut() {
            match self.note_field {
                Some(NoteField::Author) => note.author.get_or_insert_with(String::new).push_str(text.trim()),
                Some(NoteField::Date) => {}
                None => note.text.push_str(text),
            }
        } else if let Some(cell) = self.cell.as_mut() {
            cell.text.push_str(text);
        }
    }

    fn start(&mut self, e: &BytesStart, empty: bool, context: &mut Context) {
        match e.local_name().as_ref() {
            b"table" if self.cell.is_none() => {
                self.end_row(context);
                self.name = attribute(e, b"table:name").unwrap_or_default();
                (self.table, self.row) = (Table::default(), 0);
                let location = Location { sheet: Some(self.name.clone()), ..self.at.clone() };
                self.out.relocate(context.sink, location);
            }
            b"table-row" if self.cell.is_none() => {
                self.end_row(context);
                (self.row_repeat, self.col) = (repeat(e, b"table:number-rows-repeated"), 0);
                if empty {
                    self.end_row(context);
                }
            }
            b"table-cell" | b"covered-table-cell" if self.cell.is_some() => self.nested += u32::from(!empty),
            b"table-cell" | b"covered-table-cell" => {
                let repeat = repeat(e, b"table:number-columns-repeated");
                let string = attribute(e, b"office:string-value");
                self.cell = Some(Cell { repeat, typed: typed(e), string, text: String::new() });
                if empty {
                    self.end(b"table-cell", context);
                }
            }
            b"annotation" if self.note.is_none() && !empty => {
                self.note = Some(Note { cell: a1(self.row, self.col), ..Note::default() });
            }
            b"creator" if self.note.is_some() && !empty => self.note_field = Some(NoteField::Author),
            b"date" if self.note.is_some() && !empty => self.note_field = Some(NoteField::Date),
            b"s" => self.text(&" ".repeat(repeat(e, b"text:c").min(64) as usize)),
            b"tab" => self.text("\t"),
            b"line-break" => self.text("\n"),
            _ => {}
        }
    }

    fn end(&mut self, name: &[u8], context: &mut Context) {
        match name {
            b"annotation" => {
                if let Some(note) = self.note.take() {
                    note.emit(&self.name, self.at, &mut self.out, context);
                    let location = Location { sheet: Some(self.name.clone()), ..self.at.clone() };
                    self.out.relocate(context.sink, location);
                }
            }
            b"creator" | b"date" => self.note_field = None,
            b"p" | b"h" => self.text("\n"),
            b"table-cell" | b"covered-table-cell" if self.nested > 0 => self.nested -= 1,
            b"table-cell" | b"covered-table-cell" => {
                if let Some(cell) = self.cell.take() {
                    let text = cell.text.trim();
                    let value = match (cell.typed, cell.string) {
                        (Some(typed), _) => Some(typed),
                        (None, Some(string)) if text.is_empty() => Some(Owned::Text(string)),
                        (None, _) => (!text.is_empty()).then(|| Owned::Text(text.to_string())),
                    };
                    self.cells.extend(value.filter(|_| self.col < MAX_COLUMNS).map(|value| (self.col, value)));
                    self.col = self.col.saturating_add(cell.repeat);
                }
            }
            b"table-row" if self.cell.is_none() => self.end_row(context),
            _ => {}
        }
    }

    /// Hands the row read so far to the table, and moves past the rows it
    /// stands for.
    fn end_row(&mut self, context: &mut Context) {
        if self.row_repeat == 0 {
            return;
        }
        if !self.cells.is_empty() {
            self.rows += 1;
            let cells = self.cells.iter().map(|(col, value)| (*col, value.value()));
            self.table.row(self.row, cells, &mut self.out, context);
            self.cells.clear();
        }
        self.row = self.row.saturating_add(self.row_repeat);
        self.row_repeat = 0;
    }
}
