//! Office documents that are zip packages of XML parts: Word (docx),
//! PowerPoint (pptx), OpenDocument text and presentations (odt, odp).
//! Each part is streamed through `markup` with its vocabulary, in reading
//! order: the body, then headers and footers, notes, comments. The
//! package's own properties (title, author, last editor, dates) come first;
//! embedded documents (an Excel sheet in a Word file, a Word file's
//! alternative-format chunks) are members, and so,
//! with OCR on, are its pictures (a pasted scan). An
//! OpenDocument file with encrypted parts is `encrypted`, not misread.

use std::io::{BufReader, Read, Seek};

use zip::read::ZipFile;
use zip::ZipArchive;

use super::markup::{self, attribute, elements, Vocabulary};
use super::{archive, Context, Emitter, ExtractError, Input, Location, Metered};
use crate::sniff::Format;

/// A part of a package to read, and the slide it is, if one.
struct PartName {
    name: String,
    page: Option<u32>,
}

pub fn extract(
    format: Format,
    input: &mut dyn Input,
    at: &Location,
    context: &mut Context,
) -> Result<(), ExtractError> {
    // Every part is metered as it is read: a picture that compresses far
    // (a bitmap) is a problem if OCR reads it, never the document's end.
    let mut package = archive::open_zip(input, "package", context)?;
    if matches!(format, Format::Odt | Format::Odp) && opendocument_encrypted(&mut package, context)? {
        return Err(ExtractError::Encrypted("password-protected OpenDocument file".into()));
    }
    let names: Vec<String> = package.file_names().map(String::from).collect();
    let (vocabulary, properties): (&Vocabulary, &str) = match format {
        Format::Docx => (&markup::WORDPROCESSING, "docProps/core.xml"),
        Format::Pptx => (&markup::PRESENTATION, "docProps/core.xml"),
        _ => (&markup::OPENDOCUMENT, "meta.xml"),
    };
    let mut out = Emitter::new(at.clone());
    announce_properties(&mut package, properties, at, &mut out, context)?;
    for mut part in reading_order(format, &names) {
        if part.page.is_none() && part.name.starts_with("ppt/notesSlides/") {
            part.page = notes_slide(&mut package, &part.name);
        }
        let location = Location { page: part.page, ..at.clone() };
        out.relocate(context.sink, location.clone());
        let mut reader = BufReader::new(open(&mut package, &part.name, context)?);
        let walked = markup::walk(&mut reader, vocabulary, &location, &mut out, context);
        // A limit cuts the part short: that, not the broken XML, is the cause.
        context.settle(reader.into_inner())?;
        walked?;
    }
    out.flush(context.sink);
    let ocr = context.options.ocr.enabled();
    let mut members: Vec<String> =
        names.iter().filter(|n| n.contains("/embeddings/") || ocr && is_picture(n)).cloned().collect();
    if format == Format::Docx {
        // Whole documents pasted in (altChunk: HTML, RTF, another docx).
        let chunks = relationships(&mut package, "word/document.xml", context)?;
        members.extend(chunks.into_iter().filter(|(rel, _)| rel.kind.ends_with("/aFChunk")).map(|(_, part)| part));
    }
    for name in &members {
        let embedded = match package.by_name(name) {
            Ok(file) => {
                let (size, compressed) = (file.size(), file.compressed_size());
                context.expand(file, size, compressed)
            }
            Err(e) => Err(archive::entry_error(name, e)),
        };
        match embedded {
            Ok(bytes) => context.member(at, name, &bytes),
            Err(error) => context.sink.problem(&at.member(name), &error),
        }
    }
    Ok(())
}

/// Whether a part is a picture: Word, PowerPoint and Excel keep them in
/// `media/`, OpenDocument in `Pictures/`.
pub(super) fn is_picture(name: &str) -> bool {
    name.starts_with("Pictures/") || name.split_once("/media/").is_some_and(|(top, _)| !top.contains('/'))
}

/// Whether an OpenDocument package's manifest describes encrypted parts:
/// its XML would otherwise be read as damaged, or as empty.
pub(super) fn opendocument_encrypted<R: Read + Seek>(
    package: &mut ZipArchive<R>,
    context: &mut Context,
) -> Result<bool, ExtractError> {
    const MANIFEST: &str = "META-INF/manifest.xml";
    if package.index_for_name(MANIFEST).is_none() {
        return Ok(false);
    }
    let mut manifest = Vec::new();
    let mut part = open(package, MANIFEST, context)?;
    let read = part.read_to_end(&mut manifest);
    context.settle(part)?;
    read?;
    Ok(memchr::memmem::find(&manifest, b"manifest:encryption-data").is_some())
}

/// A part, decompressing as it is read, metered against the file's limits.
pub(super) fn open<'z, R: Read + Seek>(
    package: &'z mut ZipArchive<R>,
    name: &str,
    context: &Context,
) -> Result<Metered<ZipFile<'z, R>>, ExtractError> {
    let part = package.by_name(name).map_err(|e| archive::entry_error(name, e))?;
    let compressed = part.compressed_size();
    Ok(context.meter(part, compressed))
}

/// The slide a notes page belongs to, from the notes part's relationships.
/// A relationships part is a few hundred bytes; more than 1 MiB is not read.
fn notes_slide<R: Read + Seek>(package: &mut ZipArchive<R>, notes: &str) -> Option<u32> {
    let (dir, file) = notes.rsplit_once('/')?;
    let rels = package.by_name(&format!("{dir}/_rels/{file}.rels")).ok()?;
    let mut text = String::new();
    rels.take(1 << 20).read_to_string(&mut text).ok()?;
    let at = text.find("slides/slide")? + "slides/slide".len();
    text[at..].split(".xml").next()?.parse().ok()
}

/// The text-bearing parts of a package, in the order a reader meets them.
fn reading_order(format: Format, names: &[String]) -> Vec<PartName> {
    let numbered = |prefix: &str| {
        let mut parts: Vec<(u32, &String)> = names
            .iter()
            .filter_map(|n| {
                let number = n.strip_prefix(prefix)?.strip_suffix(".xml")?;
                Some((if number.is_empty() { 0 } else { number.parse().ok()? }, n))
            })
            .collect();
        parts.sort();
        parts
    };
    let plain = |prefix: &str| numbered(prefix).into_iter().map(|(_, n)| PartName { name: n.clone(), page: None });
    match format {
        Format::Docx => {
            ["word/document", "word/header", "word/footer", "word/footnotes", "word/endnotes", "word/comments"]
                .into_iter()
                .flat_map(plain)
                .collect()
        }
        Format::Pptx => {
            let slides = numbered("ppt/slides/slide")
                .into_iter()
                .map(|(n, name)| PartName { name: name.clone(), page: Some(n) });
            slides.chain(["ppt/notesSlides/notesSlide", "ppt/comments/comment"].into_iter().flat_map(plain)).collect()
        }
        _ => ["content", "styles"].into_iter().flat_map(plain).collect(),
    }
}

/// A relationship: its id and type.
pub(super) struct Relationship {
    pub id: String,
    pub kind: String,
}

/// The relationships of the part `of`, each with its target's part name.
pub(super) fn relationships<R: Read + Seek>(
    package: &mut ZipArchive<R>,
    of: &str,
    context: &mut Context,
) -> Result<Vec<(Relationship, String)>, ExtractError> {
    let (dir, file) = of.rsplit_once('/').unwrap_or(("", of));
    let Some(rels) = part(package, &format!("{dir}/_rels/{file}.rels"), context)? else { return Ok(Vec::new()) };
    Ok(elements(&rels, b"Relationship", |e| {
        let target = attribute(e, b"Target")?;
        let relationship = Relationship { id: attribute(e, b"Id")?, kind: attribute(e, b"Type")? };
        Some((relationship, resolve(dir, &target)))
    }))
}

/// A relationship's target, relative to `dir` unless absolute.
fn resolve(dir: &str, target: &str) -> String {
    if let Some(absolute) = target.strip_prefix('/') {
        return absolute.to_string();
    }
    let mut parts: Vec<&str> = dir.split('/').filter(|p| !p.is_empty()).collect();
    for segment in target.split('/') {
        match segment {
            ".." => {
                parts.pop();
            }
            "." | "" => {}
            other => parts.push(other),
        }
    }
    parts.join("/")
}

/// What a package records about itself (`properties`: `docProps/core.xml`,
/// OpenDocument `meta.xml`), if it has them: the title and author a
/// document or a workbook names, its date.
pub(super) fn announce_properties<R: Read + Seek>(
    package: &mut ZipArchive<R>,
    properties: &str,
    at: &Location,
    out: &mut Emitter,
    context: &mut Context,
) -> Result<(), ExtractError> {
    if package.index_for_name(properties).is_some() {
        let mut part = BufReader::new(open(package, properties, context)?);
        let found = markup::properties(&mut part);
        context.settle(part.into_inner())?;
        found?.announce(at, out, context);
    }
    Ok(())
}

/// A part read whole (metered against the file's limits), if present.
pub(super) fn part<R: Read + Seek>(
    package: &mut ZipArchive<R>,
    name: &str,
    context: &mut Context,
) -> Result<Option<Vec<u8>>, ExtractError> {
    if package.index_for_name(name).is_none() {
        return Ok(None);
    }
    let mut bytes = Vec::new();
    let mut reader = open(package, name, context)?;
    let read = reader.read_to_end(&mut bytes);
    context.settle(reader)?;
    read?;
    Ok(Some(bytes))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn targets_resolve_against_their_part() {
        assert_eq!(resolve("xl/worksheets", "../comments1.xml"), "xl/comments1.xml");
        assert_eq!(resolve("xl", "worksheets/sheet1.xml"), "xl/worksheets/sheet1.xml");
        assert_eq!(resolve("xl", "/xl/worksheets/sheet2.xml"), "xl/worksheets/sheet2.xml");
    }

    #[test]
    fn parts_in_reading_order() {
        let names: Vec<String> = [
            "word/footer1.xml",
            "word/document.xml",
            "word/header2.xml",
            "word/header10.xml",
            "word/styles.xml",
            "word/comments.xml",
            "word/header1.xml",
        ]
        .map(String::from)
        .to_vec();
        let order: Vec<String> = reading_order(Format::Docx, &names).into_iter().map(|p| p.name).collect();
        assert_eq!(
            order,
            [
                "word/document.xml",
                "word/header1.xml",
                "word/header2.xml",
                "word/header10.xml",
                "word/footer1.xml",
                "word/comments.xml"
            ]
        );
        let slides: Vec<String> = ["ppt/slides/slide10.xml", "ppt/slides/slide2.xml"].map(String::from).to_vec();
        let pages: Vec<Option<u32>> = reading_order(Format::Pptx, &slides).into_iter().map(|p| p.page).collect();
        assert_eq!(pages, [Some(2), Some(10)]);
    }
}
