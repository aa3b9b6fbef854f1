//! Extraction: a file's bytes → text units, each with its location, pushed
//! into a `Sink`. One extractor per format; the format comes from `sniff`,
//! never from trying parsers in turn. Extractors know nothing of detection.
//!
//! Containers (zip archives, Office packages, mail attachments) hand their
//! members back to `Context::member`, which sniffs and extracts each like a
//! file of its own, under a member location such as `outer.zip!inner/a.docx`.
//! Every byte a container expands is charged to one budget per file on disk
//! (`Limits`), and what a format's parser must hold whole (a PDF, an RTF, a
//! message) is capped by the member limit. Parsers from other crates that
//! expand on their own (calamine, lopdf) get their input checked first and
//! run under `catch_unwind`; `guard` runs the whole of a file's extraction
//! under a time budget, in a worker process (`worker`) for the formats
//! those parsers read.

pub mod archive;
mod biff;
pub mod doc;
pub mod guard;
pub mod html;
pub mod json;
pub mod mail;
pub mod markup;
pub mod msg;
mod notes;
pub mod ocr;
mod ods;
pub mod office;
pub mod pdf;
pub mod pst;
pub mod rtf;
pub mod sheet;
pub mod table;
pub mod text;
pub mod worker;
pub mod xls;

use std::io::{self, Cursor, Read, Seek, SeekFrom};
use std::ops::Range;
use std::sync::Arc;
use std::time::Duration;

use serde::Serialize;
use thiserror::Error;

use crate::sniff::{self, Format, Sniffed, HEAD_LEN};
use mail::Container;

/// The extractors' version: raise it with any change that alters the text
/// or locations an extractor produces, so inventories read every file again.
pub const VERSION: u32 = 6;

/// Where a piece of text sits inside a file. Only the keys that apply are set.
#[derive(Debug, Clone, Default, PartialEq, Eq, PartialOrd, Ord, Serialize, serde::Deserialize)]
pub struct Location {
    /// The chain of archive members and attachments: `/` inside one
    /// container, `!` between nesting levels.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub member: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// A PDF page or a presentation slide, 1-based.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub page: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sheet: Option<String>,
    /// A spreadsheet or CSV cell, A1 style.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cell: Option<String>,
    /// A JSON value, as a path from the root: `$.staff[2].nino`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub json_path: Option<String>,
    /// Set for text read from an image by OCR: the image's number on its
    /// page (PDF), else 1.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub image: Option<u32>,
    /// 1-based, in the extracted text of this part.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub line: Option<u64>,
}

impl Location {
    /// The location of a member named `name` inside the container here
    /// (in the same message of a mailbox).
    pub fn member(&self, name: &str) -> Location {
        let member = match &self.member {
            Some(outer) => format!("{outer}!{name}"),
            None => name.to_string(),
        };
        Location { member: Some(member), message: self.message.clone(), ..Location::default() }
    }
}

/// A field of structured text that starts at `start` in a unit's text and
/// runs to the next span: a table cell or a JSON value.
#[derive(Debug, Clone, PartialEq, Serialize, serde::Deserialize)]
pub struct Span {
    pub start: usize,
    pub field: Field,
}

impl Span {
    /// The bytes it holds: its own and its JSON path's (the length:
    /// allocator overhead and spare capacity are not counted). A unit's
    /// spans can hold more than its text; units and batches are weighed by
    /// this.
    pub fn held(&self) -> usize {
        size_of_val(self)
            + match &self.field {
                Field::Cell { .. } => 0,
                Field::JsonPath(path) => path.len(),
            }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, serde::Deserialize)]
pub enum Field {
    /// 0-based row and column.
    Cell {
        row: u32,
        col: u32,
    },
    JsonPath(String),
}

/// A piece of extracted text.
pub struct Unit<'a> {
    pub location: &'a Location,
    pub text: &'a str,
    /// The line number of `text`'s first line.
    pub first_line: u64,
    /// Only matches starting in this range belong to this unit: the rest of
    /// `text` is overlap with the neighbouring windows of a large file, there
    /// so that nothing is lost at a window edge.
    pub owned: Range<usize>,
    /// For structured text, the fields of `text` in order; empty otherwise.
    pub spans: &'a [Span],
    /// For text read by OCR, the engine's mean confidence in its words (0
    /// to 1).
    pub ocr: Option<f32>,
}

impl<'a> Unit<'a> {
    /// A unit that owns all of `text`.
    pub fn whole(location: &'a Location, text: &'a str, first_line: u64, spans: &'a [Span]) -> Unit<'a> {
        Unit { location, text, first_line, owned: 0..text.len(), spans, ocr: None }
    }

    /// Locations of offsets in `text`, asked for in increasing order.
    pub fn locator(&self) -> Locator<'a> {
        Locator { text: self.text.as_bytes(), base: self.location, spans: self.spans, offset: 0, line: self.first_line }
    }
}

/// A unit that owns its text, to hand to another thread or process.
#[derive(Debug, Clone, Serialize, serde::Deserialize)]
pub struct HeldUnit {
    #[serde(with = "worker::location")]
    pub location: Location,
    pub text: String,
    pub first_line: u64,
    pub owned: Range<usize>,
    pub spans: Vec<Span>,
    pub ocr: Option<f32>,
}

impl HeldUnit {
    pub fn of(unit: &Unit<'_>) -> HeldUnit {
        HeldUnit {
            location: unit.location.clone(),
            text: unit.text.to_string(),
            first_line: unit.first_line,
            owned: unit.owned.clone(),
            spans: unit.spans.to_vec(),
            ocr: unit.ocr,
        }
    }

    pub fn unit(&self) -> Unit<'_> {
        let HeldUnit { location, text, first_line, owned, spans, ocr } = self;
        Unit { location, text, first_line: *first_line, owned: owned.clone(), spans, ocr: *ocr }
    }
}

/// Turns offsets into locations with line numbers, counting newlines once.
pub struct Locator<'a> {
    text: &'a [u8],
    base: &'a Location,
    spans: &'a [Span],
    offset: usize,
    line: u64,
}

impl Locator<'_> {
    /// The location of byte `offset`; offsets asked for in increasing order
    /// cost one pass over the text. Inside a field, the field (cell, JSON
    /// path) replaces the line.
    pub fn at(&mut self, offset: usize) -> Location {
        if offset >= self.offset {
            self.line += memchr::memchr_iter(b'\n', &self.text[self.offset..offset]).count() as u64;
        } else {
            self.line -= memchr::memchr_iter(b'\n', &self.text[offset..self.offset]).count() as u64;
        }
        self.offset = offset;
        let field = self.spans.partition_point(|s| s.start <= offset).checked_sub(1).map(|i| &self.spans[i].field);
        match field {
            None => Location { line: Some(self.line), ..self.base.clone() },
            Some(Field::Cell { row, col }) => Location { cell: Some(a1(*row, *col)), ..self.base.clone() },
            Some(Field::JsonPath(path)) => Location { json_path: Some(path.clone()), ..self.base.clone() },
        }
    }
}

/// A1-style name of a 0-based cell: (0, 0) → "A1", (9, 27) → "AB10".
/// Made once per cell finding, so written straight into one small string.
pub fn a1(row: u32, col: u32) -> String {
    // At most 7 letters (u32::MAX + 1 columns) and 10 digits.
    let mut name = [0u8; 17];
    let mut at = name.len();
    let mut n = u64::from(row) + 1;
    while n > 0 {
        at -= 1;
        name[at] = b'0' + (n % 10) as u8;
        n /= 10;
    }
    let mut n = u64::from(col) + 1;
    while n > 0 {
        at -= 1;
        name[at] = b'A' + ((n - 1) % 26) as u8;
        n = (n - 1) / 26;
    }
    name[at..].iter().map(|&b| char::from(b)).collect()
}

/// A part of a file with a life of its own (a message in a mailbox, the one
/// message of an eml), or a date a document carries about itself; announced
/// before the text units it covers.
#[derive(Debug, Clone, Serialize, serde::Deserialize)]
pub struct Part {
    #[serde(with = "worker::location")]
    pub location: Location,
    /// The date the part carries: a message's `Date:` header, a document's
    /// modified (else created) property.
    pub date: Option<jiff::Timestamp>,
    /// Where `date` came from, for the retention verdict.
    pub date_source: DateSource,
    /// For a message of a mailbox: the conversation it belongs to (its
    /// thread's first message, an Outlook conversation topic), when it says.
    pub conversation: Option<String>,
}

/// Where a part's date came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, serde::Deserialize)]
pub enum DateSource {
    DateHeader,
    MessageDate,
    DocumentModified,
    DocumentCreated,
}

impl DateSource {
    pub fn as_str(self) -> &'static str {
        match self {
            DateSource::DateHeader => "Date header",
            DateSource::MessageDate => "message date",
            DateSource::DocumentModified => "document modified property",
            DateSource::DocumentCreated => "document created property",
        }
    }
}

/// Receives the text units of one file, in order.
pub trait Sink {
    fn unit(&mut self, unit: &Unit<'_>);

    /// A new part begins; its units follow.
    fn part(&mut self, _part: &Part) {}

    /// Something inside the file could not be read (a member of an archive,
    /// an attachment); the rest of the file still is.
    fn problem(&mut self, _location: &Location, _error: &ExtractError) {}

    /// The reader starts (`true`) or stops waiting on the OCR engine, whose
    /// time is budgeted apart from reading (`guard`).
    fn ocr(&mut self, _running: bool) {}
}

/// Bounds on the work one file on disk can cause, whatever it holds.
#[derive(Debug, Clone, Copy, Serialize, serde::Deserialize)]
pub struct Limits {
    /// Containers inside containers: a docx in a zip in an eml is depth 3.
    pub max_depth: u32,
    /// Bytes expanded from all the compressed members of one file.
    pub max_expanded: u64,
    /// Bytes of one member held in memory.
    pub max_member: u64,
    /// Expanded-to-compressed ratio above which a large member is refused.
    pub max_ratio: u64,
    /// Entries in one archive.
    pub max_entries: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits { max_depth: 8, max_expanded: 4 << 30, max_member: 512 << 20, max_ratio: 200, max_entries: 100_000 }
    }
}

/// Members smaller than this are never refused for their ratio: small
/// runs of repeated bytes compress very well and mean nothing.
const RATIO_FLOOR: u64 = 1 << 20;

#[derive(Debug, Clone, Copy, Serialize, serde::Deserialize)]
pub struct ExtractOptions {
    /// Text is handed on in windows of about this many bytes, so memory stays
    /// bounded whatever the file size.
    pub window: usize,
    pub limits: Limits,
    /// Time a file's reader may go without handing over anything, not
    /// counting the time it waits for detection (see `guard`), nor OCR.
    pub budget: Duration,
    pub ocr: ocr::OcrOptions,
    /// The address space (bytes) of each worker process that reads the
    /// formats third-party parsers read (see `worker`); `None` reads them
    /// in this process.
    pub worker_memory: Option<u64>,
}

impl Default for ExtractOptions {
    fn default() -> Self {
        ExtractOptions {
            window: 1 << 20,
            limits: Limits::default(),
            budget: Duration::from_secs(60),
            ocr: ocr::OcrOptions::default(),
            worker_memory: None,
        }
    }
}

#[derive(Debug, Clone, Error, Serialize, serde::Deserialize)]
pub enum ExtractError {
    #[error("no extractor for {} files", .0.as_str())]
    Unsupported(Format),
    /// A format read, written in a way that is not (an image compressed as
    /// JBIG2, say).
    #[error("unsupported encoding: {0}")]
    UnsupportedEncoding(String),
    #[error("encrypted: {0}")]
    Encrypted(String),
    #[error("corrupt: {0}")]
    Corrupt(String),
    #[error("unsupported version: {0}")]
    Version(String),
    /// Images of text (`pages` of them) not read: OCR is off.
    #[error("needs OCR: {why}")]
    NeedsOcr { pages: u64, why: String },
    #[error("limit exceeded: {0}")]
    Limit(String),
    #[error("the extractor failed on this input (please report it): {0}")]
    Crashed(String),
    /// The reader handed over nothing for this long.
    #[error("timed out after {} s of reading with nothing read (stuck on a damaged file?); not read further", .0.as_secs())]
    TimedOut(Duration),
    /// The reader went on reading for this long in all: longer than a file
    /// of its size may take (`guard`).
    #[error("timed out after {} s of reading in all, longer than a file of its size takes (a parser looping?); not read further", .0.as_secs())]
    Overran(Duration),
    /// Shared, so that an error can be handed on from a reader's thread.
    #[error("read failed: {0}")]
    Io(#[serde(with = "worker::io_error")] Arc<io::Error>),
}

impl From<io::Error> for ExtractError {
    fn from(error: io::Error) -> ExtractError {
        ExtractError::Io(Arc::new(error))
    }
}

impl ExtractError {
    /// An extractor panicked: a bug, in dpscan or a parser it uses, that
    /// this input revealed. The run goes on. The record names where the
    /// panic was (see `guard`), not its message, which may quote the file.
    pub fn crashed() -> ExtractError {
        let site = guard::panic_site().map_or_else(|| "a panic".to_string(), |site| format!("a panic in {site}"));
        ExtractError::Crashed(site)
    }

    pub fn corrupt(what: &str, error: impl std::fmt::Display) -> ExtractError {
        ExtractError::Corrupt(format!("{what}: {error}"))
    }
}

/// What extractors read from: a file on disk, or a member in memory.
pub trait Input: Read + Seek {
    /// A handle of its own on the same file, for a parser that must own its
    /// reader (`pst`); `None` for a member in memory.
    fn reopen(&self) -> Option<std::fs::File> {
        None
    }
}

/// The bytes of `input` after its position, if it can say.
fn remaining(input: &mut dyn Input) -> Option<u64> {
    let at = input.stream_position().ok()?;
    let end = input.seek(SeekFrom::End(0)).ok()?;
    input.seek(SeekFrom::Start(at)).ok()?;
    Some(end.saturating_sub(at))
}

impl Input for std::fs::File {
    fn reopen(&self) -> Option<std::fs::File> {
        self.try_clone().ok()
    }
}

impl<T: AsRef<[u8]>> Input for Cursor<T> {}

/// Extracts the text of a file whose first bytes, `head`, were sniffed as
/// `sniffed`; `input` is the whole file, positioned just after `head`.
pub fn extract(
    sniffed: Sniffed,
    head: &[u8],
    input: &mut dyn Input,
    options: &ExtractOptions,
    sink: &mut dyn Sink,
) -> Result<(), ExtractError> {
    let mut context = Context::new(options, sink);
    let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        context.dispatch(&Location::default(), sniffed, head, input)
    }));
    result.unwrap_or_else(|_| Err(ExtractError::crashed()))
}

/// One file on disk being extracted: its sink and its share of the limits.
pub struct Context<'a> {
    pub options: &'a ExtractOptions,
    pub sink: &'a mut dyn Sink,
    expanded: u64,
    depth: u32,
    /// Images OCR'd so far, and the time they took.
    ocr_images: u32,
    ocr_time: Duration,
}

impl<'a> Context<'a> {
    pub fn new(options: &'a ExtractOptions, sink: &'a mut dyn Sink) -> Context<'a> {
        Context { options, sink, expanded: 0, depth: 0, ocr_images: 0, ocr_time: Duration::ZERO }
    }

    /// The one table from format to extractor.
    fn dispatch(
        &mut self,
        at: &Location,
        sniffed: Sniffed,
        head: &[u8],
        input: &mut dyn Input,
    ) -> Result<(), ExtractError> {
        let window = self.options.window;
        match (sniffed.format, sniffed.encoding) {
            (Format::Eml, Some(encoding)) => mail::extract(Container::Message, encoding, head, input, at, self),
            (Format::Mbox, Some(encoding)) => mail::extract(Container::Mbox, encoding, head, input, at, self),
            (Format::Csv, Some(encoding)) => table::extract_csv(encoding, head, input, at, self),
            (Format::Html, Some(encoding)) => html::extract(encoding, head, input, at, self),
            (Format::Xml, _) => markup::extract_xml(head, input, at, self),
            (Format::Json, Some(encoding)) => json::extract(encoding, head, input, at, self),
            (Format::Empty | Format::Text, Some(encoding)) => {
                let bytes = head.len() as u64 + remaining(input).unwrap_or(0);
                Ok(text::Windows::sized(bytes).extract(encoding, head, input, window, at, self.sink)?)
            }
            (Format::Rtf, _) => rtf::extract(head, input, at, self),
            (Format::Pdf, _) => pdf::extract(head, input, at, self),
            (Format::Docx | Format::Pptx | Format::Odt | Format::Odp, _) => office::extract(sniffed.format, input, at, self),
            (Format::Xls, _) if crate::sniff::is_early_excel(head) => biff::extract(head, input, at, self),
            (Format::Xlsx | Format::Xls | Format::Ods, _) => sheet::extract(sniffed.format, input, at, self),
            (Format::Doc, _) => doc::extract(input, at, self),
            (Format::Msg, _) => msg::extract(input, at, self),
            (Format::Pst, _) => pst::extract(head, input, at, self),
            (Format::Zip, _) => archive::extract_zip(input, at, self),
            (Format::Tar, _) => archive::extract_tar(input, at, self),
            (Format::Gzip, _) => archive::extract_gzip(input, at, self),
            (Format::Image, _) => {
                let bytes = read_capped(head, input, self.options.limits.max_member)?;
                ocr::read(&bytes, 1, at, self)
            }
            (Format::Ole, _) if sniff::is_encrypted_office(input) => Err(ExtractError::Encrypted(
                "password-protected Office document (encrypted docx, xlsx or pptx); it cannot be read without the password"
                    .into(),
            )),
            // An OLE file `sniff` could not place: damaged, or of a kind not read.
            (Format::Ole, _) => {
                input.rewind()?;
                match cfb::CompoundFile::open(&mut *input) {
                    Err(e) => Err(ExtractError::corrupt("damaged or truncated OLE file", e)),
                    Ok(_) => Err(ExtractError::Unsupported(Format::Ole)),
                }
            }
            (format, _) => Err(ExtractError::Unsupported(format)),
        }
    }

    /// Extracts a member held in memory as if it were a file: sniffed from
    /// its bytes (its name's extension only a hint), at `at.member(name)`.
    /// A member that cannot be read is reported to the sink as a problem
    /// and the container goes on.
    pub fn member(&mut self, at: &Location, name: &str, bytes: &[u8]) {
        let location = at.member(name);
        let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| self.contents(&location, name, bytes)));
        if let Err(error) = result.unwrap_or_else(|_| Err(ExtractError::crashed())) {
            self.sink.problem(&location, &error);
        }
    }

    /// Extracts bytes that stand for a file named `name` at `at` itself: a
    /// member, or what a gzip stream wraps.
    pub fn contents(&mut self, at: &Location, name: &str, bytes: &[u8]) -> Result<(), ExtractError> {
        let head = &bytes[..bytes.len().min(HEAD_LEN)];
        let mut input = Cursor::new(bytes);
        let sniffed = sniff::refine(sniff::sniff(head, &extension(name)), head, &mut input);
        input.set_position(head.len() as u64);
        self.nested(|context| context.dispatch(at, sniffed, head, &mut input))
    }

    /// Runs `inside` one container deeper (a member, an attached message):
    /// nesting is bounded, and what it announces does not date the file.
    pub fn nested<T>(&mut self, inside: impl FnOnce(&mut Self) -> Result<T, ExtractError>) -> Result<T, ExtractError> {
        let max = self.options.limits.max_depth;
        if self.depth >= max {
            return Err(ExtractError::Limit(format!("nested deeper than {max} containers")));
        }
        self.depth += 1;
        let result = inside(self);
        self.depth -= 1;
        result
    }

    /// Wraps a decompressing reader so that what it expands is counted
    /// against the file's limits; `compressed` is the size the container
    /// gives for it. Hand it back to `settle` when done.
    pub fn meter<R: Read>(&self, inner: R, compressed: u64) -> Metered<R> {
        let limits = self.options.limits;
        let cap = limits.max_member.min(limits.max_expanded.saturating_sub(self.expanded));
        Metered { inner, cap, compressed, max_ratio: limits.max_ratio, read: 0, exceeded: None }
    }

    /// Charges what a metered reader expanded; an error if it hit a limit.
    pub fn settle<R>(&mut self, metered: Metered<R>) -> Result<(), ExtractError> {
        self.expanded += metered.read;
        match metered.exceeded {
            Some(Exceeded::Ratio) => Err(ExtractError::Limit(format!(
                "compression ratio above {}:1 (a zip bomb?)",
                self.options.limits.max_ratio
            ))),
            Some(Exceeded::Size) => Err(self.size_limit(metered.read)),
            None => Ok(()),
        }
    }

    /// Reads a compressed member whole into memory, charged to the file's
    /// limits. `declared` and `compressed` are the sizes the container
    /// claims; a claim over a limit is refused before any work, and the
    /// bytes actually expanded are what count.
    pub fn expand(&mut self, reader: impl Read, declared: u64, compressed: u64) -> Result<Vec<u8>, ExtractError> {
        let mut metered = self.meter(reader, compressed);
        if declared > RATIO_FLOOR && declared / compressed.max(1) > metered.max_ratio {
            metered.exceeded = Some(Exceeded::Ratio);
            return self.settle(metered).map(|()| Vec::new());
        }
        if declared > metered.cap {
            return Err(self.size_limit(declared));
        }
        let mut bytes = Vec::with_capacity(declared.min(64 << 20) as usize);
        let read = metered.read_to_end(&mut bytes);
        self.settle(metered)?;
        read.map_err(|e| ExtractError::corrupt("cannot decompress", e))?;
        Ok(bytes)
    }

    /// Announces a part to the sink, if it is the file's own: a message in a
    /// mailbox on disk, a document's dates. Parts of members (an attached
    /// document, an email in a zip) do not date the file.
    pub fn part(&mut self, part: &Part) {
        if self.depth == 0 {
            self.sink.part(part);
        }
    }

    /// The file's expansion budget is spent: nothing more can be expanded.
    pub fn exhausted(&self) -> bool {
        self.expanded >= self.options.limits.max_expanded
    }

    fn size_limit(&self, size: u64) -> ExtractError {
        let limits = self.options.limits;
        if self.expanded.saturating_add(size) >= limits.max_expanded {
            ExtractError::Limit(format!("expands to more than {} MiB in all", limits.max_expanded >> 20))
        } else {
            ExtractError::Limit(format!(
                "a member of {} MiB is larger than {} MiB",
                size >> 20,
                limits.max_member >> 20
            ))
        }
    }
}

/// A reader that counts what it yields and stops (reads as the end) at the
/// first byte past a limit, noting which; see `Context::meter`.
pub struct Metered<R> {
    inner: R,
    cap: u64,
    compressed: u64,
    max_ratio: u64,
    read: u64,
    exceeded: Option<Exceeded>,
}

#[derive(Debug, Clone, Copy)]
enum Exceeded {
    Size,
    Ratio,
}

impl<R: Read> Read for Metered<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if self.exceeded.is_some() {
            return Ok(0);
        }
        let n = self.inner.read(buf)?;
        self.read += n as u64;
        if self.read > self.cap {
            self.exceeded = Some(Exceeded::Size);
            return Ok(0);
        }
        if self.read > RATIO_FLOOR && self.read / self.compressed.max(1) > self.max_ratio {
            self.exceeded = Some(Exceeded::Ratio);
            return Ok(0);
        }
        Ok(n)
    }
}

/// `head` then the rest of `input`, whole, or a limit error past `max` bytes.
pub fn read_capped(head: &[u8], input: &mut dyn Read, max: u64) -> Result<Vec<u8>, ExtractError> {
    let mut bytes = head.to_vec();
    input.take((max + 1).saturating_sub(head.len() as u64)).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > max {
        return Err(ExtractError::Limit(format!("more than {} MiB to hold in memory at once", max >> 20)));
    }
    Ok(bytes)
}

/// A Windows FILETIME (100 ns ticks since 1601) as a timestamp; none for 0.
pub fn filetime(ticks: i64) -> Option<jiff::Timestamp> {
    (ticks > 0).then(|| jiff::Timestamp::from_second(ticks / 10_000_000 - 11_644_473_600).ok()).flatten()
}

/// A member name's extension, lowercase: a hint for sniffing text formats.
fn extension(name: &str) -> String {
    let file = name.rsplit(['/', '\\']).next().unwrap_or(name);
    file.rsplit_once('.').map(|(_, ext)| ext.to_ascii_lowercase()).unwrap_or_default()
}

/// Builds extracted text and hands it to the sink in units of about one
/// window, cut only at line ends so that no match is split between units.
pub struct Emitter {
    location: Location,
    text: String,
    spans: Vec<Span>,
    /// Bytes `spans` hold (`Span::held`).
    spans_held: usize,
    first_line: u64,
}

impl Emitter {
    pub fn new(location: Location) -> Emitter {
        Emitter { location, text: String::new(), spans: Vec::new(), spans_held: 0, first_line: 1 }
    }

    pub fn push(&mut self, text: &str) {
        self.text.push_str(text);
    }

    /// Text is separated from what came before by a space, unless it is at
    /// a line start or already separated.
    pub fn push_word(&mut self, text: &str) {
        self.separate();
        self.text.push_str(text);
    }

    /// A space, unless at a line start or already separated.
    pub fn separate(&mut self) {
        if !self.text.is_empty() && !self.text.ends_with([' ', '\t', '\n']) {
            self.text.push(' ');
        }
    }

    /// Bytes of text not yet handed on.
    pub fn len(&self) -> usize {
        self.text.len()
    }

    pub fn is_empty(&self) -> bool {
        self.text.is_empty()
    }

    /// The text pushed since `len()` was `start` (the text not yet handed on).
    pub fn since(&self, start: usize) -> &str {
        self.text.get(start..).unwrap_or("")
    }

    /// A field (cell, JSON value) starts at the current end of the text.
    pub fn span(&mut self, field: Field) {
        let span = Span { start: self.text.len(), field };
        self.spans_held += span.held();
        self.spans.push(span);
    }

    /// Ends the current line, and hands the text on once it and its spans
    /// hold a window (a cell's span can hold more than its text).
    pub fn end_line(&mut self, sink: &mut dyn Sink, window: usize) {
        self.text.push('\n');
        if self.text.len() + self.spans_held >= window {
            self.flush(sink);
        }
    }

    /// Whether the text so far ends a line (or is empty).
    pub fn at_line_start(&self) -> bool {
        self.text.is_empty() || self.text.ends_with('\n')
    }

    /// Hands on what is left and carries on at `location`, from line 1.
    pub fn relocate(&mut self, sink: &mut dyn Sink, location: Location) {
        self.flush(sink);
        self.location = location;
        self.first_line = 1;
    }

    pub fn flush(&mut self, sink: &mut dyn Sink) {
        if !self.text.is_empty() {
            sink.unit(&Unit::whole(&self.location, &self.text, self.first_line, &self.spans));
            self.first_line += memchr::memchr_iter(b'\n', self.text.as_bytes()).count() as u64;
        }
        self.text.clear();
        self.spans.clear();
        self.spans_held = 0;
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// All the text `extract` hands to the sink, with default options.
    pub fn text_of(extract: impl FnOnce(&mut Context) -> Result<(), ExtractError>) -> String {
        struct Text(String);
        impl Sink for Text {
            fn unit(&mut self, unit: &Unit<'_>) {
                self.0.push_str(&unit.text[unit.owned.clone()]);
            }
        }
        let options = ExtractOptions::default();
        let mut sink = Text(String::new());
        extract(&mut Context::new(&options, &mut sink)).expect("extraction succeeds");
        sink.0
    }

    /// Rows of one-character cells hold ~16 times their text in spans: the
    /// emitter hands them on once text and spans hold a window, not the
    /// text alone (which held ~17 windows a unit).
    #[test]
    fn units_of_small_cells_are_cut_by_their_spans() {
        struct Held(Vec<usize>);
        impl Sink for Held {
            fn unit(&mut self, unit: &Unit<'_>) {
                self.0.push(unit.text.len() + unit.spans.iter().map(Span::held).sum::<usize>());
            }
        }
        let window = 64 << 10;
        let mut sink = Held(Vec::new());
        let mut out = Emitter::new(Location::default());
        for row in 0..10_000 {
            for col in 0..50 {
                out.span(Field::Cell { row, col });
                out.push_word(&(col % 10).to_string());
            }
            out.end_line(&mut sink, window);
        }
        out.flush(&mut sink);
        let (last, full) = sink.0.split_last().expect("units");
        assert!(full.len() > 100, "{} units", sink.0.len());
        assert!(full.iter().all(|held| (window..window + 2048).contains(held)), "units hold {full:?}");
        assert!(*last < window + 2048);
    }

    #[test]
    fn cells_are_named_a1_style() {
        let names =
            [(0, 0, "A1"), (9, 27, "AB10"), (0, 25, "Z1"), (0, 26, "AA1"), (99, 701, "ZZ100"), (0, 702, "AAA1")];
        for (row, col, name) in names {
            assert_eq!(a1(row, col), name);
        }
        assert_eq!(a1(u32::MAX, u32::MAX), "MWLQKWV4294967296");
    }
}
