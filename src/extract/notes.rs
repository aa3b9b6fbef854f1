//! What a workbook holds beside its cells: xlsx comments (notes and
//! threaded comments, which calamine does not read), each at its sheet and
//! cell with its author, and an OpenDocument spreadsheet's page headers and
//! footers. OpenDocument annotations are read with the cells (`ods`).

use std::collections::HashMap;
use std::io::{BufReader, Read, Seek};

use quick_xml::events::{BytesStart, Event};
use zip::ZipArchive;

use super::markup::{self, attribute, characters, elements, events, Vocabulary};
use super::office::{part, relationships};
use super::{Context, Emitter, ExtractError, Location};
use crate::sniff::Format;

/// Relationship types (their last segment) of a worksheet's comments.
const NOTES: &str = "/comments";
const THREADED: &str = "/threadedComment";

/// Reads the notes of the workbook `package` (an xlsx or ods) into `out`.
pub fn read<R: Read + Seek>(
    format: Format,
    package: &mut ZipArchive<R>,
    at: &Location,
    context: &mut Context,
) -> Result<(), ExtractError> {
    let mut out = Emitter::new(at.clone());
    let read = match format {
        Format::Xlsx => xlsx(package, at, &mut out, context),
        _ => ods(package, at, &mut out, context),
    };
    out.flush(context.sink);
    read
}

/// One comment: where it is, who wrote it, what it says.
#[derive(Default)]
pub(super) struct Note {
    pub cell: String,
    pub author: Option<String>,
    pub text: String,
}

impl Note {
    pub(super) fn emit(self, sheet: &str, at: &Location, out: &mut Emitter, context: &mut Context) {
        let location = Location { sheet: Some(sheet.to_string()), cell: Some(self.cell), ..at.clone() };
        out.relocate(context.sink, location);
        for line in self.text.lines().chain(self.author.as_deref().map(|a| format!("Comment author: {a}")).as_deref()) {
            if !line.trim().is_empty() {
                out.push(line.trim());
                out.end_line(context.sink, context.options.window);
            }
        }
    }
}

fn xlsx<R: Read + Seek>(
    package: &mut ZipArchive<R>,
    at: &Location,
    out: &mut Emitter,
    context: &mut Context,
) -> Result<(), ExtractError> {
    let Some(workbook) = part(package, "xl/workbook.xml", context)? else { return Ok(()) };
    let sheets = elements(&workbook, b"sheet", |e| Some((attribute(e, b"name")?, attribute(e, b"r:id")?)));
    let parts = relationships(package, "xl/workbook.xml", context)?;
    let persons = package.file_names().find(|n| n.starts_with("xl/persons/")).map(str::to_string);
    let people: HashMap<String, String> = match persons {
        Some(name) => {
            let persons = part(package, &name, context)?.unwrap_or_default();
            elements(&persons, b"person", |e| Some((attribute(e, b"id")?, attribute(e, b"displayName")?)))
                .into_iter()
                .collect()
        }
        None => HashMap::new(),
    };
    for (sheet, id) in sheets {
        let Some((_, worksheet)) = parts.iter().find(|(rel, _)| rel.id == id) else { continue };
        let comments = relationships(package, worksheet, context)?;
        // Excel writes a threaded comment a second time as a note, for
        // older versions: the threaded one is read, not both.
        let threaded = comments.iter().any(|(rel, _)| rel.kind.ends_with(THREADED));
        for (rel, target) in &comments {
            let notes = if threaded && rel.kind.ends_with(THREADED) {
                threaded_comments(&part(package, target, context)?.unwrap_or_default(), &people)
            } else if !threaded && rel.kind.ends_with(NOTES) {
                legacy_notes(&part(package, target, context)?.unwrap_or_default())
            } else {
                continue;
            };
            for note in notes {
                note.emit(&sheet, at, out, context);
            }
        }
    }
    Ok(())
}

/// A `comments` part: each comment's runs of text, its author from the
/// part's own list.
fn legacy_notes(xml: &[u8]) -> Vec<Note> {
    let authors: Vec<String> = texts_of(xml, b"author");
    comments(xml, b"comment", b"t", |e| authors.get(attribute(e, b"authorId")?.parse::<usize>().ok()?).cloned())
}

/// A `threadedComments` part: each comment and reply, its author from the
/// workbook's persons.
fn threaded_comments(xml: &[u8], people: &HashMap<String, String>) -> Vec<Note> {
    comments(xml, b"threadedComment", b"text", |e| people.get(&attribute(e, b"personId")?).cloned())
}

/// Each `element` of a comments part (its cell in `ref`), with the text of
/// its `text` elements and the author `author` names.
fn comments(xml: &[u8], element: &[u8], text: &[u8], author: impl Fn(&BytesStart) -> Option<String>) -> Vec<Note> {
    let mut notes = Vec::new();
    events(xml, |event, inside| match event {
        Event::Start(e) if e.local_name().as_ref() == element => {
            notes.push(Note {
                cell: attribute(&e, b"ref").unwrap_or_default(),
                author: author(&e),
                text: String::new(),
            });
        }
        event if inside.last().is_some_and(|n| n == text) => {
            if let (Some(note), Some(chars)) = (notes.last_mut(), characters(&event)) {
                note.text.push_str(&chars);
            }
        }
        _ => {}
    });
    notes
}

/// OpenDocument headers and footers, in `styles.xml`.
const HEADERS: Vocabulary = Vocabulary {
    text: &["header", "footer", "header-left", "footer-left", "header-first", "footer-first"],
    lines: &["p", "h"],
    tabs: &[],
    tables: &[],
    rows: &[],
    cells: &[],
    words: &[],
    skip: &["page-number", "page-count", "sheet-name", "date", "time", "file-name"],
    spaces: Some(("s", "c")),
    authors: &[],
    page: None,
};

fn ods<R: Read + Seek>(
    package: &mut ZipArchive<R>,
    at: &Location,
    out: &mut Emitter,
    context: &mut Context,
) -> Result<(), ExtractError> {
    if let Some(styles) = part(package, "styles.xml", context)? {
        out.relocate(context.sink, at.clone());
        markup::walk(BufReader::new(&styles[..]), &HEADERS, at, out, context)?;
    }
    Ok(())
}

/// The text of each element named `name`.
fn texts_of(xml: &[u8], name: &[u8]) -> Vec<String> {
    let mut found = Vec::new();
    events(xml, |event, inside| match event {
        Event::Start(e) if e.local_name().as_ref() == name => found.push(String::new()),
        event if inside.last().is_some_and(|n| n == name) => {
            if let (Some(last), Some(text)) = (found.last_mut(), characters(&event)) {
                last.push_str(&text);
            }
        }
        _ => {}
    });
    found
}
