//! How text lays out a table: the cells of a line parted by tabs (a sheet,
//! a Word table), by bars (a Markdown table) or by runs of spaces (a PDF's
//! or a plain text's aligned columns), the column under a header cell, the
//! columns of a label's row over the next, a key/value row of two cells, a
//! list's rows under its first, and whether a full stop ends a sentence or
//! an abbreviation.
//! Reads bytes only; what a cell means is for the detectors.

use std::ops::Range;
use std::sync::LazyLock;

use memchr::memmem;

/// The most lines below a header its column is read over, and so the most
/// lines above a row a header is looked for (`table_top`).
const MAX_COLUMN_ROWS: usize = 256;

/// The longest header line read: a longer line is prose or a dump.
const MAX_HEADER: usize = 1024;

/// The longest row read below a header: a longer line is no table's row
/// (and reading its cells would cost more than its table is worth).
const MAX_ROW: usize = 4 * MAX_HEADER;

/// The words a header cell may hold beside its keyword, which say how its
/// values are written ("Date of birth (dd/mm/yyyy)"); any other word makes
/// the cell a sentence or a value ("DOB seen").
const FORMAT_WORDS: [&str; 10] = ["d", "m", "y", "dd", "mm", "yy", "yyyy", "ddmmyy", "ddmmyyyy", "format"];

/// What parts a line's cells.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Parting {
    Tab,
    Bar,
    /// Two spaces or more (aligned columns).
    Spaces,
}

impl Parting {
    /// How a table's line is parted: by tabs if it holds one, else by bars
    /// if it holds two, else by runs of spaces.
    fn of(line: &[u8]) -> Parting {
        if line.contains(&b'\t') {
            Parting::Tab
        } else if line.iter().filter(|b| **b == b'|').count() >= 2 {
            Parting::Bar
        } else {
            Parting::Spaces
        }
    }

    /// The byte that parts its cells (none for aligned columns).
    fn separator(self) -> Option<u8> {
        match self {
            Parting::Tab => Some(b'\t'),
            Parting::Bar => Some(b'|'),
            Parting::Spaces => None,
        }
    }
}

/// The cell of `line` parted by `sep` that holds the keyword at `kw`.
fn own_cell(text: &[u8], line: Range<usize>, kw: &Range<usize>, sep: u8) -> Range<usize> {
    let start = memchr::memrchr(sep, &text[line.start..kw.start]).map_or(line.start, |i| line.start + i + 1);
    let end = memchr::memchr(sep, &text[kw.end..line.end]).map_or(line.end, |i| kw.end + i);
    start..end
}

/// Whether a line may be a row of a text table (a superset of every
/// parting's rows): it holds a tab, a bar or two spaces running. Of lines
/// together, whether any may be.
fn may_be_row(line: &[u8]) -> bool {
    static TWO_SPACES: LazyLock<memmem::Finder<'static>> = LazyLock::new(|| memmem::Finder::new(b"  "));
    memchr::memchr2(b'\t', b'|', line).is_some() || TWO_SPACES.find(line).is_some()
}

/// The line holding `at`, its line break excluded.
fn line_at(text: &[u8], at: usize) -> Range<usize> {
    let start = memchr::memrchr(b'\n', &text[..at]).map_or(0, |i| i + 1);
    let end = memchr::memchr(b'\n', &text[at..]).map_or(text.len(), |i| at + i);
    start..end
}

/// The lines of `lines` (whole lines of `text`) that may open a table: each
/// may be a row (`may_be_row`) and the line above it may not, or there is
/// none. Lines that hold no cells cost one search.
pub(super) fn table_tops(text: &[u8], lines: Range<usize>) -> Vec<Range<usize>> {
    let mut tops = Vec::new();
    if !may_be_row(&text[lines.clone()]) {
        return tops;
    }
    let mut above = lines.start > 0 && may_be_row(&text[line_at(text, lines.start - 1)]);
    let mut at = lines.start;
    while at < lines.end {
        let end = memchr::memchr(b'\n', &text[at..lines.end]).map_or(lines.end, |i| at + i);
        let row = may_be_row(&text[at..end]);
        if row && !above {
            tops.push(at..end);
        }
        (above, at) = (row, end + 1);
    }
    tops
}

/// Where a table holding the line starting at `line_start` may start:
/// when that line holds cells (`may_be_row`), the highest of the lines
/// above it, up to `MAX_COLUMN_ROWS`, that hold cells with every line
/// between — its header, a row as well; never above `floor`. A column's
/// value found below a header is then on a line whose table top reaches
/// the header.
pub(super) fn table_top(text: &[u8], line_start: usize, floor: usize) -> usize {
    if !may_be_row(&text[line_at(text, line_start)]) {
        return line_start;
    }
    let mut top = line_start;
    for _ in 0..MAX_COLUMN_ROWS {
        if top <= floor || top == 0 {
            break;
        }
        let above = line_at(text, top - 1);
        if !may_be_row(&text[above.clone()]) {
            break;
        }
        top = above.start.max(floor);
    }
    top
}

/// `r` of `text` less the spaces at its ends.
fn trimmed(text: &[u8], r: Range<usize>) -> Range<usize> {
    let s = &text[r.clone()];
    let lead = s.iter().take_while(|b| b.is_ascii_whitespace()).count();
    let tail = s[lead..].iter().rev().take_while(|b| b.is_ascii_whitespace()).count();
    r.start + lead..r.end - tail
}

/// The cells of `line` of `text`, trimmed of spaces (empty cells kept, so a
/// bar's or a tab's column keeps its place).
fn cells(text: &[u8], line: Range<usize>, parting: Parting) -> Vec<Range<usize>> {
    let trim = |r: Range<usize>| trimmed(text, r);
    let split = |range: Range<usize>, sep: u8| {
        let mut out = Vec::new();
        let mut at = range.start;
        for i in range.clone() {
            if text[i] == sep {
                out.push(trim(at..i));
                at = i + 1;
            }
        }
        out.push(trim(at..range.end));
        out
    };
    match parting {
        Parting::Tab => split(line, b'\t'),
        Parting::Bar => {
            // "| a | b |": the outer bars open and close the row.
            let inner = trim(line);
            let start = inner.start + usize::from(text.get(inner.start) == Some(&b'|'));
            let end = if inner.end > start && text[inner.end - 1] == b'|' { inner.end - 1 } else { inner.end };
            split(start..end.max(start), b'|')
        }
        Parting::Spaces => aligned_cells(text, line).into_iter().map(|(cell, _)| cell).collect(),
    }
}

/// The cells of an aligned `line` (parted by two spaces or more), trimmed,
/// each with the columns it spans (characters from the line's start),
/// counted in the one pass that splits them.
fn aligned_cells(text: &[u8], line: Range<usize>) -> Vec<(Range<usize>, Range<usize>)> {
    let mut out = Vec::new();
    let (mut at, mut column) = (line.start, 0);
    while at < line.end {
        while at < line.end && text[at] == b' ' {
            at += 1;
            column += 1;
        }
        let (start, first) = (at, column);
        while at < line.end && !(text[at] == b' ' && text.get(at + 1) == Some(&b' ')) {
            // A character's first byte, not a continuation byte.
            column += usize::from(text[at] & 0xC0 != 0x80);
            at += 1;
        }
        // What trims is ASCII whitespace: a byte, a column each.
        let lead = text[start..at].iter().take_while(|b| b.is_ascii_whitespace()).count();
        let tail = text[start + lead..at].iter().rev().take_while(|b| b.is_ascii_whitespace()).count();
        if at > start + lead {
            out.push((start + lead..at - tail, first + lead..column - tail));
        }
    }
    out
}

/// How far either side of a word its key/value row's line ends are
/// looked for (and a field's cell, `special::field_of`).
pub(super) const KEY_VALUE_REACH: usize = 200;

/// A key/value row ("Religion<TAB>Sikh", a Word table's row of two cells):
/// when `at` is in the second cell of its line and nothing but space (a
/// Word row's closing tab) follows that cell, the key cell's and the value
/// cell's ranges. The line's ends are looked for within `KEY_VALUE_REACH`
/// of `at` (or are the text's). The one reader of such a row for names and
/// special-category terms.
pub(super) fn key_value(text: &[u8], at: usize) -> Option<(Range<usize>, Range<usize>)> {
    let from = at.saturating_sub(KEY_VALUE_REACH);
    let line_start = match memchr::memrchr(b'\n', &text[from..at]) {
        Some(i) => from + i + 1,
        None if from == 0 => 0,
        None => return None,
    };
    let to = (at + KEY_VALUE_REACH).min(text.len());
    let line_end = match memchr::memchr(b'\n', &text[at..to]) {
        Some(i) => at + i,
        None if to == text.len() => to,
        None => return None,
    };
    let tab = line_start + memchr::memchr(b'\t', &text[line_start..at])?;
    if text[tab + 1..at].contains(&b'\t') {
        return None;
    }
    let value_end = memchr::memchr(b'\t', &text[at..line_end]).map_or(line_end, |i| at + i);
    text[value_end..line_end].iter().all(u8::is_ascii_whitespace).then_some((line_start..tab, tab + 1..value_end))
}

/// The fewest filled cells of a list's row: a record a row, as a register,
/// a log or a caseload lays them out (a key/value table has two).
const LIST_CELLS: usize = 3;

/// The cells of `line` when it is a list's row: `LIST_CELLS` filled cells
/// or more, parted by tabs or bars.
fn list_row(text: &[u8], line: Range<usize>) -> Option<Vec<Range<usize>>> {
    let parting = match memchr::memchr2(b'\t', b'|', &text[line.clone()]) {
        Some(i) if text[line.start + i] == b'\t' => Parting::Tab,
        Some(_) => Parting::Bar,
        None => return None,
    };
    let row = cells(text, line, parting);
    (row.iter().filter(|c| !c.is_empty()).count() >= LIST_CELLS).then_some(row)
}

/// The lists of a text (records a row: `list_row`) as one detector meets
/// their rows in order: the last list's first row, the columns its header
/// cells mark (the detector's test, asked once a list) and the end of its
/// rows read so far, so a row below them finds its list's first row
/// without reading the rows above again (each row is read about once per
/// text).
#[derive(Default)]
pub(super) struct Lists {
    known: Option<(Range<usize>, usize, Vec<bool>)>,
}

/// A list's row (`Lists::row`): its line and cells, where its record
/// starts, its list's first row and the columns that header marks.
pub(super) struct ListRow {
    first: Range<usize>,
    line: Range<usize>,
    /// The start of the row that opens this row's record: the row itself,
    /// or, when its first cell is blank, the nearest row above it (below
    /// the first) whose first cell is filled ("\t4 May\tNurse\treview"
    /// goes on with the record above).
    record: usize,
    cells: Vec<Range<usize>>,
    marked: Vec<bool>,
}

impl Lists {
    /// The list's row holding `at`, when its line is one (its list's
    /// first row however far above); a new list's header cells are marked
    /// by `mark`, which reads them all (a column's part may depend on the
    /// others).
    pub(super) fn row(&mut self, text: &[u8], at: usize, mark: impl Fn(&[&[u8]]) -> Vec<bool>) -> Option<ListRow> {
        let line = line_at(text, at);
        let cells = list_row(text, line.clone())?;
        let mut top = line.start;
        loop {
            let joins = |(first, end, _): &(Range<usize>, usize, Vec<bool>)| first.start <= top && top <= end + 1;
            if let Some((first, end, marked)) = self.known.as_mut().filter(|known| joins(known)) {
                *end = (*end).max(line.end);
                let record = record_start(text, first.end, line.clone(), &cells);
                return Some(ListRow { first: first.clone(), line, cells, record, marked: marked.clone() });
            }
            match top
                .checked_sub(1)
                .map(|end| line_at(text, end))
                .filter(|above| list_row(text, above.clone()).is_some())
            {
                Some(above) => top = above.start,
                None => break,
            }
        }
        let first = line_at(text, top);
        let header = if top == line.start { cells.clone() } else { list_row(text, first.clone())? };
        let marked = mark(&header.into_iter().map(|cell| &text[cell]).collect::<Vec<_>>());
        self.known = Some((first.clone(), line.end, marked.clone()));
        let record = record_start(text, first.end, line.clone(), &cells);
        Some(ListRow { first, line, cells, record, marked })
    }
}

/// The most rows above a row with a blank first cell read for the row
/// that opens its record (`record_start`).
const CONTINUATION_ROWS: usize = 16;

/// Where the record of a list's row (`line`, its `cells`) starts: at the
/// row, or, when its first cell is blank, at the nearest row above it,
/// after `first_end` (its list's first row) and within
/// `CONTINUATION_ROWS`, whose first cell is filled. A list whose first
/// column is blank that far (indented rows) is a record a row.
fn record_start(text: &[u8], first_end: usize, line: Range<usize>, cells: &[Range<usize>]) -> usize {
    let blank = |cells: &[Range<usize>]| cells.first().is_none_or(Range::is_empty);
    let mut row = line.clone();
    if blank(cells) {
        for _ in 0..CONTINUATION_ROWS {
            if row.start <= first_end + 1 {
                break;
            }
            row = line_at(text, row.start - 1);
            match list_row(text, row.clone()) {
                Some(above) if !blank(&above) => return row.start,
                Some(_) => {}
                None => break,
            }
        }
    }
    line.start
}

impl ListRow {
    /// Whether `earlier` is in another record of this list, a row above
    /// its record's (`record_start`) and below its first (the first is its
    /// header, or a title over it): a list's row that names no one
    /// ("Anonymous", a report about a canteen) is not about the person of
    /// the row above it; a key/value table's rows (two cells) are one
    /// record's.
    pub(super) fn below(&self, earlier: usize) -> bool {
        earlier > self.first.end && earlier < self.record
    }

    /// This row's cell holding `at`, and its list's first row's cells (its
    /// header's).
    pub(super) fn cell_and_header(&self, text: &[u8], at: usize) -> Option<(Range<usize>, Vec<Range<usize>>)> {
        let cell = self.cells.iter().find(|c| c.contains(&at))?.clone();
        Some((cell, list_row(text, self.first.clone())?))
    }

    /// The header cell over the column of `at`, in a row below its list's
    /// first (its header).
    pub(super) fn column_header(&self, text: &[u8], at: usize) -> Option<Range<usize>> {
        let column = self.cells.iter().position(|c| c.contains(&at)).filter(|_| self.first != self.line)?;
        list_row(text, self.first.clone())?.get(column).cloned()
    }

    /// Whether `at` is in this row's cell of a column its list's header
    /// marks (the row below the first).
    pub(super) fn marked(&self, at: usize) -> bool {
        self.first != self.line
            && self.line.contains(&at)
            && self.cells.iter().position(|c| c.contains(&at)).is_some_and(|i| self.marked.get(i) == Some(&true))
    }
}

/// The cells of `range` of `text` parted by tabs, trimmed of spaces.
pub(super) fn tab_cells(text: &[u8], range: Range<usize>) -> Vec<Range<usize>> {
    cells(text, range, Parting::Tab)
}

/// Whether a header cell may be a value's: a date ("02/05/1971", "3 May
/// 2015", "02051971") has two runs of digits or one of four or more; a
/// numbered header ("Address 1") has neither.
fn date_shaped(cell: &[u8]) -> bool {
    let runs: Vec<usize> = cell.split(|b| !b.is_ascii_digit()).map(<[u8]>::len).filter(|len| *len > 0).collect();
    runs.len() >= 2 || runs.iter().any(|len| *len >= 4)
}

/// The words a header abbreviates with a full stop ("Tel.", "Client
/// no.", "Next of kin tel.", "Date of appt.").
const ABBREVIATIONS: [&str; 19] = [
    "no", "nos", "ref", "tel", "mob", "ext", "addr", "dept", "reg", "approx", "appt", "dr", "exp", "est", "nr", "num",
    "co", "yrs", "hrs",
];

/// Whether a full stop after `word` ends no sentence: a header's
/// abbreviation (`ABBREVIATIONS`: "Ref.", "Member no."), a person's title
/// ("Dr. Shah", "Insp."), an initial ("J. Smith") or letters with full
/// stops inside ("e.g.", "D.O.B."). The one answer for a header cell's
/// end (`ends_sentence`) and a field's sentence in a cell
/// (`special::field_of`).
pub(super) fn is_abbreviation(word: &[u8]) -> bool {
    word.len() == 1
        || word.contains(&b'.')
        || ABBREVIATIONS.iter().any(|a| a.as_bytes().eq_ignore_ascii_case(word))
        || std::str::from_utf8(word).is_ok_and(super::names::is_title)
}

/// Whether a cell ends a sentence: a question or an exclamation, or a full
/// stop after three words or more, not after an abbreviation
/// (`is_abbreviation`), the last of two after a slash too ("Next of kin
/// tel./mob."). A header's abbreviation of one or two words ("Ref.",
/// "D.O.B.", "Member no.") ends none either.
fn ends_sentence(cell: &[u8]) -> bool {
    match cell.last() {
        Some(b'!' | b'?') => true,
        Some(b'.') => {
            let mut words = cell[..cell.len() - 1].split(u8::is_ascii_whitespace).filter(|word| !word.is_empty());
            let last = words.next_back().unwrap_or_default();
            let last = last.rsplit(|b| *b == b'/').next().unwrap_or_default();
            words.count() >= 2 && !is_abbreviation(last)
        }
        _ => false,
    }
}

/// Whether the header cell `head` around the keyword at `kw` is a label:
/// beside the keyword, only punctuation, brackets and `FORMAT_WORDS`, but
/// for one word joined to it by "or", what the column holds instead
/// ("card_or_account", "Account or card").
fn is_label(text: &[u8], head: &Range<usize>, kw: &Range<usize>) -> bool {
    fn words(side: &[u8]) -> impl Iterator<Item = &[u8]> {
        side.split(|b| b.is_ascii_punctuation() || b.is_ascii_whitespace())
            .filter(|word| !word.is_empty() && !FORMAT_WORDS.iter().any(|f| f.as_bytes().eq_ignore_ascii_case(word)))
    }
    let or = |word: Option<&[u8]>| word.is_some_and(|w| w.eq_ignore_ascii_case(b"or"));
    let (mut before, mut after) = (words(&text[head.start..kw.start]), words(&text[kw.end..head.end]));
    // Read without collecting: this runs at every keyword in a table's line.
    match (before.next(), after.next()) {
        (None, None) => true,
        // "card or account": one word, then "or" next to the keyword.
        (Some(_), None) => or(before.next()) && before.next().is_none(),
        // "account or card": "or" next to the keyword, then one word.
        (None, first) => or(first) && after.next().is_some() && after.next().is_none(),
        _ => false,
    }
}

/// When the keyword at `kw` is a header cell of a text table — its line's
/// cells, two or more (three parted by spaces), end no sentence and hold
/// no date, and its cell is a label (`is_label`) — the cell of its column
/// in each row below, up to a blank line, a line that is no row, or
/// `MAX_COLUMN_ROWS` lines; a row longer than `MAX_ROW` is skipped.
///
/// A bar's or a tab's column is the cell of its place, and the row below
/// the header has as many cells as it. A column of aligned text is the
/// row's cell that starts within `ALIGN_SLACK` characters of the header
/// cell or overlaps half the shorter of the two, the one that overlaps
/// most; a row of fewer than half the header's cells ends it.
pub(super) fn column_below(text: &[u8], kw: Range<usize>) -> Vec<Range<usize>> {
    const ALIGN_SLACK: usize = 2;
    let header = line_at(text, kw.start);
    let line = &text[header.clone()];
    // Every parting's header needs a tab, a bar or two spaces running (two
    // cells or three): a line of prose is refused before its cells are read.
    if line.len() > MAX_HEADER || !may_be_row(line) {
        return Vec::new();
    }
    let parting = Parting::of(line);
    // The keyword's own cell first, most often one of a row's values
    // ("account no: 10000000", a column word's): the checks below, of it
    // alone, before the line's cells are read.
    if let Some(sep) = parting.separator() {
        let own = trimmed(text, own_cell(text, header.clone(), &kw, sep));
        let cell = &text[own.clone()];
        if ends_sentence(cell) || date_shaped(cell) || !is_label(text, &own, &kw) {
            return Vec::new();
        }
    }
    let heads = cells(text, header.clone(), parting);
    let fewest = if parting == Parting::Spaces { 3 } else { 2 };
    let prose = heads.iter().any(|c| ends_sentence(&text[c.clone()]));
    let dated = heads.iter().any(|c| date_shaped(&text[c.clone()]));
    if prose || dated || heads.iter().filter(|c| !c.is_empty()).count() < fewest {
        return Vec::new();
    }
    let Some(index) = heads.iter().position(|c| c.start <= kw.start && kw.end <= c.end) else { return Vec::new() };
    if !is_label(text, &heads[index], &kw) {
        return Vec::new();
    }
    // An aligned column is found by the characters its header spans; a
    // bar's or a tab's by its place alone.
    let span = match parting {
        Parting::Spaces => aligned_cells(text, header.clone()).swap_remove(index).1,
        Parting::Tab | Parting::Bar => 0..0,
    };
    let mut below = Vec::new();
    let mut first_row = true;
    let mut at = header.end + 1;
    for _ in 0..MAX_COLUMN_ROWS {
        if at >= text.len() {
            break;
        }
        let row = line_at(text, at);
        at = row.end + 1;
        let body = &text[row.clone()];
        if body.trim_ascii().is_empty() {
            break;
        }
        if body.len() > MAX_ROW {
            continue;
        }
        let cell = match parting {
            Parting::Bar if body.iter().all(|b| matches!(b, b'|' | b'-' | b':' | b' ' | b'\r')) => continue,
            Parting::Tab | Parting::Bar => {
                if parting.separator().is_some_and(|sep| !body.contains(&sep)) {
                    break;
                }
                let row_cells = cells(text, row, parting);
                match labelled_cell(text, &heads, index, &row_cells) {
                    Labelled::Own(cell) => Some(cell),
                    Labelled::Another => None,
                    Labelled::No if first_row && row_cells.len() != heads.len() => return Vec::new(),
                    Labelled::No => row_cells.get(index).cloned(),
                }
            }
            Parting::Spaces => {
                let row_cells = aligned_cells(text, row);
                if row_cells.len() < 2 || 2 * row_cells.len() < heads.len() {
                    break;
                }
                let overlap = |c: &Range<usize>| c.end.min(span.end).saturating_sub(c.start.max(span.start));
                row_cells
                    .into_iter()
                    .filter(|(_, c)| {
                        c.start.abs_diff(span.start) <= ALIGN_SLACK || 2 * overlap(c) >= c.len().min(span.len())
                    })
                    .max_by_key(|(_, c)| overlap(c))
                    .map(|(cell, _)| cell)
            }
        };
        first_row = false;
        below.extend(cell.filter(|c| !c.is_empty()));
    }
    below
}

/// Where a row's cells are written labelled by their headers, as the table
/// reader writes a sheet's rows ("DOB: 14/06/1941"), and an empty cell left
/// out.
enum Labelled {
    /// The cell the header at hand labels, wherever it stands.
    Own(Range<usize>),
    /// None of the row's cells: the one at the header's place is labelled by
    /// another header (the row's cell for this column was empty, and each
    /// later cell moved one place left).
    Another,
    /// The cells are not labelled: the header's place says.
    No,
}

/// Which of `row` the header `heads[index]` labels (`Labelled`): a cell
/// opening with the header's text and a colon.
fn labelled_cell(text: &[u8], heads: &[Range<usize>], index: usize, row: &[Range<usize>]) -> Labelled {
    let labels = |cell: &Range<usize>, head: &Range<usize>| {
        let head = &text[head.clone()];
        !head.is_empty() && text[cell.clone()].strip_prefix(head).is_some_and(|rest| rest.starts_with(b":"))
    };
    if let Some(own) = row.iter().find(|cell| labels(cell, &heads[index])) {
        return Labelled::Own(own.clone());
    }
    match row.get(index) {
        Some(cell) if heads.iter().any(|head| labels(cell, head)) => Labelled::Another,
        _ => Labelled::No,
    }
}

/// A row's label over the next row's, a record per column (a two-person
/// form: "Sort code | 20-00-00 | 40-11-22" over "Account number | 55779911
/// | 12345678"): when the line holding the keyword at `kw` is parted by
/// tabs or bars (as `column_below` parts a header), the keyword stands in
/// its first cell with no digit there, and the next line is parted alike
/// into as many cells, its first a label too (a letter, no digit), each
/// later cell of the keyword's line with the next line's cell of its
/// column, both filled. Empty otherwise.
pub(super) fn columns_of_two_rows(text: &[u8], kw: Range<usize>) -> Vec<(Range<usize>, Range<usize>)> {
    let line = line_at(text, kw.start);
    let body = &text[line.clone()];
    if line.end >= text.len() || line.len() > MAX_HEADER || memchr::memchr2(b'\t', b'|', body).is_none() {
        return Vec::new();
    }
    let parting = Parting::of(body);
    let Some(sep) = parting.separator() else {
        return Vec::new();
    };
    // The keyword's own cell first, most often a value's ("Sort code:
    // 12-34-56"), before the lines' cells are read.
    if text[own_cell(text, line.clone(), &kw, sep)].iter().any(u8::is_ascii_digit) {
        return Vec::new();
    }
    let next = line_at(text, line.end + 1);
    if next.len() > MAX_HEADER {
        return Vec::new();
    }
    let (labels, values) = (cells(text, line, parting), cells(text, next, parting));
    let digitless = |cell: &Range<usize>| !text[cell.clone()].iter().any(u8::is_ascii_digit);
    let labelled = labels.first().is_some_and(|c| c.start <= kw.start && kw.end <= c.end && digitless(c))
        && values.first().is_some_and(|c| digitless(c) && text[c.clone()].iter().any(u8::is_ascii_alphabetic));
    if !labelled || labels.len() != values.len() {
        return Vec::new();
    }
    labels.into_iter().zip(values).skip(1).filter(|(a, b)| !a.is_empty() && !b.is_empty()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn column<'t>(text: &'t str, keyword: &str) -> Vec<&'t str> {
        let at = text.find(keyword).unwrap();
        column_below(text.as_bytes(), at..at + keyword.len()).into_iter().map(|c| &text[c]).collect()
    }

    #[test]
    fn a_header_cell_s_column_by_bars_tabs_or_aligned_spaces() {
        let bars = "| Ref | Member | DOB | Joined |\n|---|---|---|---|\n| A1 | Jo Bloggs | 02/05/1971 | 2019 |\n\
                    | A2 | Al Smith |  | 2020 |\n\nAfter the table.";
        assert_eq!(column(bars, "DOB"), ["02/05/1971"], "an empty cell keeps its place; a blank line ends it");
        let tabs = "Pupil\tBorn\tYear\nAmy Lee\t3 May 2015\t5\nBen Ray\t9 June 2016\t4\n";
        assert_eq!(column(tabs, "Born"), ["3 May 2015", "9 June 2016"]);
        let aligned = "Tenant                  Birth date     Move in\n\
                       Ann Example Longname    01/02/1960     4 May 2020\n\
                       Bo Ek                   12/12/1999     5 May 2021\n\
                       Signed: the officer\n";
        assert_eq!(column(aligned, "Birth date"), ["01/02/1960", "12/12/1999"], "a line of one cell ends it");
    }

    /// The table reader writes a sheet's rows as labelled cells and leaves
    /// an empty one out: a header's cell is the one it labels, and a row
    /// without it has none (not the next column's cell, moved into its
    /// place; heldout23's coroner's referrals read a date of death as a
    /// date of birth).
    #[test]
    fn a_labelled_row_s_cell_is_the_one_its_header_labels() {
        let sheet = "Ref\tDOB\tDate of death\n\
                     Ref: 1\tDOB: 14/06/1941\tDate of death: 28/02/2026\n\
                     Ref: 2\tDate of death: 02/03/2026\n\
                     Ref: 3\tDOB: 05/01/1979\tDate of death: 01/03/2026\n";
        assert_eq!(column(sheet, "DOB"), ["DOB: 14/06/1941", "DOB: 05/01/1979"]);
        let first_short = "Ref\tDOB\tDate of death\nRef: 2\tDate of death: 02/03/2026\nRef: 3\tDOB: 05/01/1979\n";
        assert_eq!(column(first_short, "DOB"), ["DOB: 05/01/1979"], "a first row short of a cell");
    }

    #[test]
    fn no_column_under_prose_a_value_or_a_long_cell() {
        assert!(column("Her date of birth  is on file.\nAmy Lee  3 May 2015\n", "date of birth").is_empty());
        assert!(column("DOB\t02/05/1971\nDOB\t03/05/1972\n", "DOB").is_empty(), "a key/value row holds digits");
        let long = "Name\tPlease give your date of birth as written on your passport\nAmy\t3 May 2015\n";
        assert!(column(long, "date of birth").is_empty(), "a question, not a header");
        assert!(column("Name  DOB\nAmy   3 May 2015\n", "DOB").is_empty(), "two aligned cells: too few");
        let spaced = "Born in Leeds.  Moved to York.  Nurse.\nSeen on 12/03/2026.  Next  soon\n";
        assert!(column(spaced, "Born").is_empty(), "sentences parted by two spaces are no header");
        assert!(column("Pupil\tDOB\tHe is well.\nAmy\t3 May 2015\tyes\n", "DOB").is_empty(), "a sentence's cell");
    }

    #[test]
    fn a_header_s_abbreviation_ends_no_sentence() {
        let bars = "| Ref. | Tenant | Tel. | D.O.B. |\n|---|---|---|---|\n| K7 | Bo Ek | 01632 960111 | 12/12/1999 |\n";
        assert_eq!(column(bars, "D.O.B."), ["12/12/1999"]);
        let tabs = "Client no.\tName\tBirth date\nC-77\tAmy Lee\t3 May 2015\n";
        assert_eq!(column(tabs, "Birth date"), ["3 May 2015"]);
        let kin = "Name\tNext of kin tel.\tDOB\nAmy Lee\t01632 960111\t02/05/1971\n";
        assert_eq!(column(kin, "DOB"), ["02/05/1971"], "a header of four words");
        let seen = "Name\tDOB\tSeen by the nurse.\nAmy Lee\t02/05/1971\tyes\n";
        assert!(column(seen, "DOB").is_empty(), "a sentence's word before its full stop");
        for head in [
            "Date of appt.",
            "Seen by Dr.",
            "Next of kin tel./mob.",
            "Time in post yrs.",
            "Passport date exp.",
            // A title or an initial ends no sentence either (as a field's
            // sentence in a cell reads them).
            "Seen by Insp.",
            "Allocated to Mr J.",
            "Contact, e.g.",
        ] {
            let text = format!("Name\t{head}\tDOB\nAmy Lee\t3 May 2024\t02/05/1971\n");
            assert_eq!(column(&text, "DOB"), ["02/05/1971"], "{head}");
        }
    }

    #[test]
    fn a_row_of_a_megabyte_is_skipped_not_read() {
        let text = format!("Name  DOB  Ref\n{}\nAmy  3 May 2015  A1\n", "ab  ".repeat(1 << 18));
        assert_eq!(column(&text, "DOB"), ["3 May 2015"]);
    }

    #[test]
    fn a_header_cell_holds_its_keyword_and_format_words_only() {
        assert!(column("ID checked\tDOB seen\nInterview\t12/03/2024\n", "DOB").is_empty(), "a value cell");
        assert!(column("Name\tChild DOB\nAmy\t12/03/2024\n", "DOB").is_empty(), "another word");
        assert_eq!(column("Name\tDOB (dd/mm/yyyy)\nAmy\t12/03/2024\n", "DOB"), ["12/03/2024"]);
        assert_eq!(column("Name\t[Date of birth, DDMMYYYY]\nAmy\t12032024\n", "Date of birth"), ["12032024"]);
        assert!(column("Name\tDOB\tRef\nAmy\t12/03/2024\n", "DOB").is_empty(), "a row of fewer cells");
        assert!(column("Name\tDOB 2\nAmy\t12/03/2024\n", "DOB").is_empty(), "a digit in its cell");
        let numbered = "| Address 1 | DOB | Ref |\n|---|---|---|\n| 1 High St | 02/05/1971 | A1 |\n";
        assert_eq!(column(numbered, "DOB"), ["02/05/1971"], "a digit in another header cell");
        assert!(column("Amy\tDOB\t3 May 2015\nBen\tDOB\t9 June 2016\n", "DOB").is_empty(), "a date beside it");
        // One word joined by "or": what the column holds instead.
        assert_eq!(column("Ref\tcard_or_account\nA1\t601613 31926819\n", "account"), ["601613 31926819"]);
        assert_eq!(column("Ref\tAccount or card\nA1\t601613 31926819\n", "Account"), ["601613 31926819"]);
        assert!(column("Ref\tcard and account\nA1\t601613 31926819\n", "account").is_empty(), "both");
        assert!(column("Ref\tnew card or account\nA1\t601613 31926819\n", "account").is_empty(), "two words");
    }

    #[test]
    fn an_aligned_cell_starts_under_its_header_or_overlaps_half() {
        let shifted = "Name                Date of birth  Ref\n\
                       Amy Lee                       12/03/2024  A1\n";
        assert!(column(shifted, "Date of birth").is_empty(), "three characters of ten under it");
        let ragged = "Ref  Name   Born        Ward  Notes\n\
                      A1   Amy    3 May 2015  W2    none\n\
                      Printed by  J Born\n\
                      A2   Ben    9 June 2016 W3    none\n";
        assert_eq!(column(ragged, "Born"), ["3 May 2015"], "a row of two cells of five ends it");
    }

    #[test]
    fn a_key_and_its_value_on_a_line_of_two_cells() {
        fn pair<'t>(text: &'t str, word: &str) -> Option<(&'t str, &'t str)> {
            let at = text.find(word).unwrap();
            key_value(text.as_bytes(), at).map(|(k, v)| (&text[k], &text[v]))
        }
        assert_eq!(
            pair("Name: x\nReligion\tSikh, practising\nNext", "practising"),
            Some(("Religion", "Sikh, practising"))
        );
        assert_eq!(pair("Religion \t Sikh \t\n", "Sikh"), Some(("Religion ", " Sikh ")), "a Word row's closing tab");
        assert_eq!(pair("Name\tReligion\tSikh\n", "Sikh"), None, "a third cell: a header or a record row");
        assert_eq!(pair("Religion\tSikh\tJoined 2019\n", "Sikh"), None, "a cell after the value");
        assert_eq!(pair("Religion: Sikh\n", "Sikh"), None, "no cells");
        let far = format!("{}\tSikh", "k".repeat(KEY_VALUE_REACH));
        assert_eq!(pair(&far, "Sikh"), None, "the line's start out of reach");
    }

    #[test]
    fn a_row_holds_a_tab_a_bar_or_two_spaces_running() {
        let rows = [("a\tb", true), ("a | b", true), ("a  b", true), ("a b  ", true), ("a b c", false), (" a ", false)];
        for (line, row) in rows {
            assert_eq!(may_be_row(line.as_bytes()), row, "{line:?}");
        }
        let prose = "a word of prose ".repeat(8);
        assert!(!may_be_row(prose.as_bytes()) && may_be_row(format!("{prose}|").as_bytes()), "past 64 bytes");
        assert!(column(&format!("{prose}DOB\nAmy\t12/03/2024\n"), "DOB").is_empty(), "a header holds cells");
    }

    #[test]
    fn a_table_s_top_reaches_its_header() {
        let text = b"Prose.\nIntro line.\nName\tDOB\nA\t1\nB\t2\n";
        let last = text.len() - 4;
        assert_eq!(table_top(text, last, 0), 19, "over the rows to the header");
        assert_eq!(table_top(text, 7, 0), 7, "a line of no cells is no table's");
        assert_eq!(table_top(text, last, 24), 24, "not above the floor");
    }
}
