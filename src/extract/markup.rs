//! Text from XML, streamed with quick-xml (never a DOM): Office Open XML
//! parts, OpenDocument content, document properties, and any other XML. A
//! `Vocabulary` says which elements hold text, which end a line or a cell,
//! and which are skipped whole; one walker serves every XML format.
//! Entities are those of XML (and HTML5 by name); a DTD's are never
//! expanded, so no entity bomb can grow the text.

use std::collections::BTreeSet;
use std::io::{BufRead, BufReader, Read};

use quick_xml::encoding::Decoder;
use quick_xml::events::{BytesStart, Event};
use quick_xml::name::QName;
use quick_xml::Reader;
use rustc_hash::FxHashMap;

use super::{Context, Emitter, ExtractError, Location};

/// Elements nested deeper than this are refused: no real document needs it.
const MAX_DEPTH: usize = 512;

/// What the elements of one XML vocabulary mean, by local name, or by
/// qualified name where the entry has a prefix (`"dc:date"`, an annotation's
/// date, is not `text:date`, a date field in the text). `"*"` stands for
/// every element.
pub struct Vocabulary {
    /// Elements whose character data is text; when empty, all of it is.
    pub text: &'static [&'static str],
    /// Elements whose end ends a line: paragraphs, rows, line breaks.
    pub lines: &'static [&'static str],
    /// Elements that stand for a tab: tabs, the end of a table cell.
    pub tabs: &'static [&'static str],
    /// Tables, their rows and their cells. A row is one line (inside a
    /// cell, the end of a paragraph is a space), and when a table's first
    /// row is a header, each cell below is labelled with its column's
    /// header, as `table` does for spreadsheets.
    pub tables: &'static [&'static str],
    pub rows: &'static [&'static str],
    pub cells: &'static [&'static str],
    /// Elements whose start and end separate words (a tracked deletion
    /// next to its replacement, a footnote inside a sentence).
    pub words: &'static [&'static str],
    /// Elements skipped with everything inside them.
    pub skip: &'static [&'static str],
    /// The element for a run of spaces, with its count attribute
    /// (OpenDocument `<text:s text:c="3"/>`).
    pub spaces: Option<(&'static str, &'static str)>,
    /// Elements naming who wrote a comment or a change, listed after the
    /// text with their label rather than in it.
    pub authors: &'static [Author],
    /// The element that starts a new page (an OpenDocument slide).
    pub page: Option<&'static str>,
}

/// An element naming the person who wrote a comment or a change.
pub struct Author {
    pub element: &'static str,
    pub label: &'static str,
    pub naming: Naming,
}

/// Where an `Author` element holds the name.
pub enum Naming {
    /// Its `author` attribute (Word's `<w:comment w:author="…">`).
    Attribute,
    /// The text of its child element of this name (OpenDocument's
    /// `<office:annotation><dc:creator>…`), which is then not part of the
    /// document's text.
    Child(&'static str),
}

/// A table being walked: its header (once its first row is known to be
/// one), and where the current row and cell are.
#[derive(Default)]
struct TableState {
    header: Option<Vec<String>>,
    first_row: Vec<String>,
    row: usize,
    col: usize,
    cell_start: usize,
}

impl TableState {
    fn start_cell(&mut self, out: &mut Emitter) {
        if let Some(label) = self.header.as_ref().and_then(|h| h.get(self.col)).filter(|l| !l.is_empty()) {
            out.push_word(label);
            out.push(": ");
        }
        self.cell_start = out.len();
    }

    fn end_cell(&mut self, out: &Emitter) {
        if self.row == 0 {
            self.first_row.push(out.since(self.cell_start).trim().to_string());
        }
        self.col += 1;
    }

    /// A first row of words without digits is a header, unless it is a
    /// field and its value ("Name | Hao Zhang", "Resident | Babatunde
    /// Nwosu"): a row of two cells whose second is no field label ("Name |
    /// Date of birth" is a header). A table of such rows labels nothing
    /// below it.
    fn end_row(&mut self) {
        if self.row == 0 {
            let words = |c: &String| c.chars().any(char::is_alphabetic) && !c.chars().any(|c| c.is_ascii_digit());
            let cells: Vec<&String> = self.first_row.iter().filter(|c| !c.is_empty()).collect();
            let label = |c: &String| super::table::is_label(&super::table::Value::Text(c));
            let field = matches!(cells[..], [_, value] if !label(value));
            if cells.iter().all(|c| words(c)) && !field {
                self.header = Some(std::mem::take(&mut self.first_row));
            }
        }
        self.row += 1;
        self.col = 0;
    }
}

/// An element's name as vocabulary entries match it, split once per event.
#[derive(Clone, Copy)]
struct Name<'a> {
    qualified: &'a [u8],
    /// The name after its prefix, when that holds no colon.
    local: Option<&'a [u8]>,
}

impl<'a> Name<'a> {
    fn of(name: QName<'a>) -> Self {
        let local = name.local_name().into_inner();
        Name { qualified: name.into_inner(), local: (!local.contains(&b':')).then_some(local) }
    }

    /// Whether `entry` names this element: `"*"` every element, an entry
    /// with a prefix the qualified name, one without the local name. No
    /// entry is searched for its colon: one equal to the qualified name is
    /// right either way (without a colon that name is its local name), and
    /// one equal to a local name without a colon has none.
    fn is(self, entry: &str) -> bool {
        let entry = entry.as_bytes();
        entry == b"*" || entry == self.qualified || Some(entry) == self.local
    }

    fn in_list(self, list: &[&str]) -> bool {
        list.iter().any(|entry| self.is(entry))
    }
}

/// What a vocabulary makes of an element, by its name.
#[derive(Clone, Copy)]
struct Roles<'v> {
    skip: bool,
    text: bool,
    table: bool,
    row: bool,
    cell: bool,
    tab: bool,
    word: bool,
    line: bool,
    page: bool,
    spaces: bool,
    author: Option<&'v Author>,
}

impl<'v> Roles<'v> {
    fn of(vocabulary: &'v Vocabulary, name: Name) -> Self {
        Roles {
            skip: name.in_list(vocabulary.skip),
            text: name.in_list(vocabulary.text),
            table: name.in_list(vocabulary.tables),
            row: name.in_list(vocabulary.rows),
            cell: name.in_list(vocabulary.cells),
            tab: name.in_list(vocabulary.tabs),
            word: name.in_list(vocabulary.words),
            line: name.in_list(vocabulary.lines),
            page: vocabulary.page.is_some_and(|p| name.is(p)),
            spaces: vocabulary.spaces.is_some_and(|(s, _)| name.is(s)),
            author: vocabulary.authors.iter().find(|a| name.is(a.element)),
        }
    }
}

/// A part's elements' roles, worked out once for each of its first
/// `KNOWN_NAMES` distinct names (a document uses a few dozen) and each
/// time for any beyond, so that no part can grow the book.
struct RoleBook<'v> {
    vocabulary: &'v Vocabulary,
    known: FxHashMap<Vec<u8>, Roles<'v>>,
}

const KNOWN_NAMES: usize = 256;

impl<'v> RoleBook<'v> {
    fn of(&mut self, name: QName) -> Roles<'v> {
        if let Some(roles) = self.known.get(name.as_ref()) {
            return *roles;
        }
        let roles = Roles::of(self.vocabulary, Name::of(name));
        if self.known.len() < KNOWN_NAMES {
            self.known.insert(name.as_ref().to_vec(), roles);
        }
        roles
    }
}

/// Word's main document, headers, footers, notes and comments. Deleted text
/// (`delText`) is text the organisation still holds; field codes are not
/// text, and a drawing's VML fallback repeats its text box.
pub const WORDPROCESSING: Vocabulary = Vocabulary {
    text: &["t", "delText"],
    lines: &["p", "tr", "br", "cr"],
    tabs: &["tab", "tc"],
    tables: &["tbl"],
    rows: &["tr"],
    cells: &["tc"],
    words: &["ins", "del", "moveFrom", "moveTo", "footnoteReference", "endnoteReference"],
    skip: &["instrText", "delInstrText", "Fallback", "rPr", "pPr", "sectPr"],
    spaces: None,
    authors: &[
        Author { element: "comment", label: "Comment author", naming: Naming::Attribute },
        Author { element: "ins", label: "Change author", naming: Naming::Attribute },
        Author { element: "del", label: "Change author", naming: Naming::Attribute },
    ],
    page: None,
};

/// PowerPoint slides and notes (DrawingML text).
pub const PRESENTATION: Vocabulary = Vocabulary {
    text: &["t"],
    lines: &["p", "tr", "br"],
    tabs: &["tab", "tc"],
    tables: &["tbl"],
    rows: &["tr"],
    cells: &["tc"],
    words: &[],
    skip: &["Fallback"],
    spaces: None,
    authors: &[],
    page: None,
};

/// OpenDocument text and presentations: all character data in the body is
/// text, including notes, annotations and tracked deletions; who wrote an
/// annotation or a change is listed after it, and when is not text.
pub const OPENDOCUMENT: Vocabulary = Vocabulary {
    text: &[],
    lines: &["p", "h", "line-break", "table-row", "page"],
    tabs: &["tab", "table-cell"],
    tables: &["table"],
    rows: &["table-row"],
    cells: &["table-cell", "covered-table-cell"],
    words: &["note", "frame", "changed-region", "annotation"],
    skip: &[
        "automatic-styles",
        "font-face-decls",
        "scripts",
        "forms",
        "sequence-decls",
        "note-citation",
        "page-number",
        "dc:date",
    ],
    spaces: Some(("s", "c")),
    authors: &[
        Author { element: "annotation", label: "Comment author", naming: Naming::Child("dc:creator") },
        Author { element: "change-info", label: "Change author", naming: Naming::Child("dc:creator") },
    ],
    page: Some("page"),
};

/// Any other XML: every element's character data, a line per element.
pub const GENERIC: Vocabulary = Vocabulary {
    text: &[],
    lines: &["*"],
    tabs: &[],
    tables: &[],
    rows: &[],
    cells: &[],
    words: &[],
    skip: &[],
    spaces: None,
    authors: &[],
    page: None,
};

/// Walks one XML document into `out`. `at` is the location of its text;
/// with a `page` element, each page moves `out` to that page of `at`.
pub fn walk(
    input: impl BufRead,
    vocabulary: &Vocabulary,
    at: &Location,
    out: &mut Emitter,
    context: &mut Context,
) -> Result<(), ExtractError> {
    let mut reader = Reader::from_reader(input);
    let window = context.options.window;
    let mut buf = Vec::new();
    let (mut depth, mut skipping, mut in_text, mut in_cell, mut page) = (0usize, 0usize, 0usize, 0usize, 0u32);
    let all_text = vocabulary.text.is_empty();
    let mut authors = BTreeSet::new();
    // The element naming its author in a child, and that name being read
    // (kept out of `out`).
    let mut named_by: Option<&Author> = None;
    let mut naming: Option<String> = None;
    let mut tables: Vec<TableState> = Vec::new();
    let mut book = RoleBook { vocabulary, known: FxHashMap::default() };
    loop {
        let event = reader.read_event_into(&mut buf).map_err(|e| ExtractError::corrupt("malformed XML", e))?;
        match event {
            Event::Start(e) => {
                depth += 1;
                if depth > MAX_DEPTH {
                    return Err(ExtractError::Limit(format!("XML nested deeper than {MAX_DEPTH} elements")));
                }
                let Some(roles) = (skipping == 0).then(|| book.of(e.name())).filter(|roles| !roles.skip) else {
                    skipping += 1;
                    continue;
                };
                in_text += usize::from(roles.text);
                if roles.table {
                    tables.push(TableState::default());
                } else if roles.cell {
                    in_cell += 1;
                    if let Some(table) = tables.last_mut() {
                        table.start_cell(out);
                    }
                }
                if roles.word {
                    out.push_word("");
                }
                if roles.page {
                    page += 1;
                    out.relocate(context.sink, Location { page: Some(page), ..at.clone() });
                }
                note_author(&e, roles.author, reader.decoder(), &mut authors);
                match (named_by, roles.author) {
                    (Some(Author { naming: Naming::Child(child), .. }), _) if Name::of(e.name()).is(child) => {
                        naming = Some(String::new());
                    }
                    (None, Some(author @ Author { naming: Naming::Child(_), .. })) => named_by = Some(author),
                    _ => {}
                }
            }
            Event::Empty(e) => {
                if skipping > 0 {
                    continue;
                }
                let roles = book.of(e.name());
                note_author(&e, roles.author, reader.decoder(), &mut authors);
                if roles.tab {
                    out.push("\t");
                } else if roles.word {
                    out.push_word("");
                } else if roles.spaces {
                    out.push(&" ".repeat(space_count(&e, vocabulary).min(64)));
                } else if vocabulary.lines != ["*"] && roles.line {
                    if in_cell > 0 {
                        out.push_word("");
                    } else {
                        out.end_line(context.sink, window);
                    }
                }
            }
            Event::End(e) => {
                depth = depth.saturating_sub(1);
                if skipping > 0 {
                    skipping -= 1;
                    continue;
                }
                if let (Some(text), Some(author)) = (naming.take(), named_by) {
                    if !text.trim().is_empty() {
                        authors.insert((author.label, text.trim().to_string()));
                    }
                } else if named_by.is_some_and(|a| Name::of(e.name()).is(a.element)) {
                    named_by = None;
                }
                let roles = book.of(e.name());
                in_text = in_text.saturating_sub(usize::from(roles.text));
                if roles.table {
                    tables.pop();
                } else if roles.row {
                    if let Some(table) = tables.last_mut() {
                        table.end_row();
                    }
                } else if roles.cell {
                    in_cell = in_cell.saturating_sub(1);
                    if let Some(table) = tables.last_mut() {
                        table.end_cell(out);
                    }
                }
                if roles.tab {
                    out.push("\t");
                } else if roles.word {
                    out.push_word("");
                } else if roles.line {
                    if in_cell > 0 {
                        out.push_word("");
                    } else if !(vocabulary.lines == ["*"] && out.at_line_start()) {
                        out.end_line(context.sink, window);
                    }
                }
            }
            Event::Text(t) if skipping == 0 && (all_text || in_text > 0) => {
                let text = t.decode().map_err(|e| ExtractError::corrupt("malformed XML", e))?;
                push(out, &mut naming, if all_text { text.trim_matches(['\n', '\r']) } else { &text });
            }
            Event::CData(t) if skipping == 0 && (all_text || in_text > 0) => {
                push(out, &mut naming, &String::from_utf8_lossy(&t));
            }
            Event::GeneralRef(r) if skipping == 0 && (all_text || in_text > 0) => {
                if let Ok(Some(c)) = r.resolve_char_ref() {
                    push(out, &mut naming, c.encode_utf8(&mut [0; 4]));
                } else if let Some(text) =
                    std::str::from_utf8(&r).ok().and_then(quick_xml::escape::resolve_html5_entity)
                {
                    push(out, &mut naming, text);
                }
            }
            Event::Eof => break,
            _ => {}
        }
        buf.clear();
    }
    if !out.at_line_start() {
        out.end_line(context.sink, window);
    }
    for (label, name) in authors {
        out.push(&format!("{label}: {name}"));
        out.end_line(context.sink, window);
    }
    Ok(())
}

/// Calls `visit` with each event of a small XML part read whole and the
/// names of the elements it is in; stops at the end or at malformed XML
/// (what was read stands).
pub(super) fn events(xml: &[u8], mut visit: impl FnMut(Event, &[Vec<u8>])) {
    let mut reader = Reader::from_reader(xml);
    let mut inside: Vec<Vec<u8>> = Vec::new();
    loop {
        let event = match reader.read_event() {
            Ok(Event::Eof) | Err(_) => break,
            Ok(event) => event,
        };
        let end = matches!(event, Event::End(_));
        if let Event::Start(e) = &event {
            inside.push(e.local_name().as_ref().to_vec());
        }
        visit(event, &inside);
        if end {
            inside.pop();
        }
    }
}

/// What `pick` takes from each element named `name`.
pub(super) fn elements<T>(xml: &[u8], name: &[u8], mut pick: impl FnMut(&BytesStart) -> Option<T>) -> Vec<T> {
    let mut found = Vec::new();
    events(xml, |event, _| {
        if let Event::Start(e) | Event::Empty(e) = event {
            if e.local_name().as_ref() == name {
                found.extend(pick(&e));
            }
        }
    });
    found
}

/// The characters an event stands for: text, or an entity reference.
pub(super) fn characters(event: &Event) -> Option<String> {
    match event {
        Event::Text(t) => t.decode().ok().map(|t| t.into_owned()),
        Event::GeneralRef(r) => match r.resolve_char_ref() {
            Ok(Some(c)) => Some(c.to_string()),
            _ => std::str::from_utf8(r).ok().and_then(quick_xml::escape::resolve_xml_entity).map(str::to_string),
        },
        _ => None,
    }
}

/// The unescaped value of the attribute named `key` (with its prefix).
pub(super) fn attribute(e: &BytesStart, key: &[u8]) -> Option<String> {
    let attribute = e.attributes().flatten().find(|a| a.key.as_ref() == key)?;
    let value = std::str::from_utf8(&attribute.value).ok()?;
    quick_xml::escape::unescape(value).ok().map(|v| v.into_owned())
}

/// Text goes to the author's name being read, if any, else to the output.
fn push(out: &mut Emitter, naming: &mut Option<String>, text: &str) {
    match naming {
        Some(name) => name.push_str(text),
        None => out.push(text),
    }
}

/// Notes the name in an element's `author` attribute, where the element
/// names its author so.
fn note_author(
    e: &BytesStart,
    author: Option<&Author>,
    decoder: Decoder,
    authors: &mut BTreeSet<(&'static str, String)>,
) {
    let Some(Author { label, naming: Naming::Attribute, .. }) = author else {
        return;
    };
    for attribute in e.attributes().flatten() {
        if attribute.key.local_name().as_ref() == b"author" {
            if let Ok(value) = attribute.decode_and_unescape_value(decoder) {
                if !value.trim().is_empty() {
                    authors.insert((label, value.trim().to_string()));
                }
            }
        }
    }
}

fn space_count(e: &BytesStart, vocabulary: &Vocabulary) -> usize {
    let Some((_, count)) = vocabulary.spaces else { return 1 };
    e.attributes()
        .flatten()
        .find(|a| a.key.local_name().as_ref() == count.as_bytes())
        .and_then(|a| std::str::from_utf8(&a.value).ok()?.parse().ok())
        .unwrap_or(1)
}

/// What a document records about itself (`docProps/core.xml`, OpenDocument
/// `meta.xml`, a PDF's Info, a Word 97 file's summary): its written
/// properties and dates.
#[derive(Debug, Default, PartialEq)]
pub struct Properties {
    /// (label, value): its title, subject, author, who last saved it,
    /// keywords, comments — each value once.
    pub fields: Vec<(&'static str, String)>,
    pub created: Option<jiff::Timestamp>,
    pub modified: Option<jiff::Timestamp>,
}

impl Properties {
    /// A written property, unless empty or already given.
    pub fn add(&mut self, label: &'static str, value: &str) {
        let value = value.trim_matches(|c: char| c.is_whitespace() || c == '\0');
        if !value.is_empty() && !self.fields.iter().any(|(_, v)| v == value) {
            self.fields.push((label, value.to_string()));
        }
    }

    /// Announces the document's date to the sink (modified, else created)
    /// and writes its fields as lines of text.
    pub fn announce(self, at: &Location, out: &mut Emitter, context: &mut Context) {
        let (date, date_source) = match (self.modified, self.created) {
            (Some(modified), _) => (Some(modified), super::DateSource::DocumentModified),
            (None, created) => (created, super::DateSource::DocumentCreated),
        };
        context.part(&super::Part { location: at.clone(), date, date_source, conversation: None });
        for (label, value) in self.fields {
            out.push(&format!("{label}: {value}"));
            out.end_line(context.sink, context.options.window);
        }
    }
}

/// Written property elements by local name, with their labels: Office core
/// properties and OpenDocument meta.
const FIELDS: [(&str, &str); 9] = [
    ("title", "Title"),
    ("subject", "Subject"),
    ("creator", "Author"),
    ("initial-creator", "Author"),
    ("lastModifiedBy", "Last modified by"),
    ("keywords", "Keywords"),
    ("keyword", "Keywords"),
    ("description", "Comments"),
    ("category", "Category"),
];
const CREATED: [&str; 2] = ["created", "creation-date"];
const MODIFIED: [&str; 2] = ["modified", "date"];

pub fn properties(input: impl BufRead) -> Result<Properties, ExtractError> {
    let mut reader = Reader::from_reader(input);
    let (mut buf, mut current, mut value) = (Vec::new(), Vec::new(), String::new());
    let mut properties = Properties::default();
    loop {
        match reader.read_event_into(&mut buf).map_err(|e| ExtractError::corrupt("malformed properties", e))? {
            Event::Start(e) => (current, value) = (e.local_name().as_ref().to_vec(), String::new()),
            // An element's value is whole at its end: text and the entities
            // between ("Smith &amp; Co", "O&apos;Brien") are one value.
            Event::End(_) => {
                let text = value.trim();
                if let Some(&(_, label)) = FIELDS.iter().find(|(n, _)| n.as_bytes() == current) {
                    properties.add(label, text);
                } else if CREATED.iter().any(|n| n.as_bytes() == current) {
                    properties.created = timestamp(text);
                } else if MODIFIED.iter().any(|n| n.as_bytes() == current) {
                    properties.modified = timestamp(text);
                }
                current.clear();
            }
            Event::Text(t) => {
                value.push_str(&t.decode().map_err(|e| ExtractError::corrupt("malformed properties", e))?)
            }
            Event::Eof => break,
            event => value.extend(characters(&event)),
        }
        buf.clear();
    }
    Ok(properties)
}

/// An ISO 8601 date-time, with or without a zone (none means UTC).
fn timestamp(text: &str) -> Option<jiff::Timestamp> {
    text.parse::<jiff::Timestamp>().ok().or_else(|| {
        text.parse::<jiff::civil::DateTime>().ok()?.to_zoned(jiff::tz::TimeZone::UTC).ok().map(|z| z.timestamp())
    })
}

/// A standalone XML file, every element's text; quick-xml decodes it from
/// the encoding its BOM or declaration gives.
pub fn extract_xml(
    head: &[u8],
    input: &mut dyn Read,
    at: &Location,
    context: &mut Context,
) -> Result<(), ExtractError> {
    let mut out = Emitter::new(at.clone());
    walk(BufReader::new(head.chain(input)), &GENERIC, at, &mut out, context)?;
    out.flush(context.sink);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn written_properties_are_labelled_lines_each_value_once() {
        let core = r#"<cp:coreProperties xmlns:cp="c" xmlns:dc="d" xmlns:dcterms="t">
            <dc:title>Form F - Wroblewski &amp; O&apos;Brien</dc:title><dc:subject> </dc:subject><dc:creator>Ann Example</dc:creator>
            <cp:keywords>adoption</cp:keywords><cp:lastModifiedBy>Ann Example</cp:lastModifiedBy>
            <dc:description>Panel copy</dc:description><dcterms:modified>2016-03-02T17:30:00Z</dcterms:modified>
            </cp:coreProperties>"#;
        let found = properties(core.as_bytes()).unwrap();
        let labelled: Vec<_> = found.fields.iter().map(|(l, v)| format!("{l}: {v}")).collect();
        assert_eq!(
            labelled,
            [
                "Title: Form F - Wroblewski & O'Brien",
                "Author: Ann Example",
                "Keywords: adoption",
                "Comments: Panel copy"
            ]
        );
        assert!(found.modified.is_some());
        let meta = r#"<office:meta><dc:title>Rota</dc:title><meta:initial-creator>Bo Example</meta:initial-creator>
            <meta:keyword>rota</meta:keyword><meta:keyword>May</meta:keyword></office:meta>"#;
        let found = properties(meta.as_bytes()).unwrap().fields;
        assert_eq!(found.len(), 4, "{found:?}");
    }

    #[test]
    fn an_entry_with_a_prefix_matches_the_qualified_name_one_without_the_local_name() {
        let entries = ["*", "t", "date", "dc:date", "b:c", "c"];
        for name in ["t", "w:t", "date", "dc:date", "text:date", "b:c", "a:b:c", "a:c"] {
            let qname = QName(name.as_bytes());
            for entry in entries {
                let matched = entry == "*"
                    || entry.as_bytes()
                        == if entry.contains(':') { qname.as_ref() } else { qname.local_name().into_inner() };
                assert_eq!(Name::of(qname).is(entry), matched, "{entry} against {name}");
            }
        }
    }

    #[test]
    fn names_past_the_role_book_s_bound_are_read_as_those_before_it() {
        let mut book = RoleBook { vocabulary: &WORDPROCESSING, known: FxHashMap::default() };
        let names: Vec<String> = (0..KNOWN_NAMES).map(|n| format!("w:x{n}")).collect();
        for name in &names {
            assert!(!book.of(QName(name.as_bytes())).text);
        }
        assert_eq!(book.known.len(), KNOWN_NAMES);
        let text = book.of(QName(b"w:t"));
        assert!(text.text && !text.skip && !text.line);
        assert!(book.of(QName(b"w:rPr")).skip);
        assert!(book.of(QName(b"w:ins")).author.is_some_and(|a| a.label == "Change author"));
        assert_eq!(book.known.len(), KNOWN_NAMES);
    }

    #[test]
    fn a_first_row_of_a_field_and_its_value_is_no_header() {
        let header = |cells: &[&str]| {
            let mut table =
                TableState { first_row: cells.iter().map(|c| c.to_string()).collect(), ..Default::default() };
            table.end_row();
            table.header
        };
        assert_eq!(header(&["Name", "Hao Zhang"]), None);
        assert_eq!(header(&["Pupil forename(s)", "POPESCU"]), None);
        // A key that is no label word: the value still is none.
        assert_eq!(header(&["Resident", "Babatunde Nwosu"]), None);
        assert_eq!(header(&["Patient", "NHS number"]).unwrap(), ["Patient", "NHS number"]);
        assert_eq!(header(&["Name", "Date of birth"]).unwrap(), ["Name", "Date of birth"]);
        assert_eq!(header(&["Name", "Role", "Start"]).unwrap(), ["Name", "Role", "Start"]);
    }
}
