//! Extraction: a file's bytes → text units, each with its location, pushed
//! into a `Sink`. One extractor per format; the format comes from `sniff`,
//! never from trying parsers in turn. Extractors know nothing of detection.

pub mod mail;
pub mod text;

use std::io::{self, Read};
use std::ops::Range;

use serde::Serialize;
use thiserror::Error;

use crate::sniff::{Format, Sniffed};
use mail::Container;

/// Where a piece of text sits inside a file. Only the keys that apply are set.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Location {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub member: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub page: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sheet: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cell: Option<String>,
    /// 1-based, in the extracted text of this part.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub line: Option<u64>,
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
}

impl<'a> Unit<'a> {
    /// Locations of offsets in `text`, asked for in increasing order.
    pub fn locator(&self) -> Locator<'a> {
        Locator { text: self.text.as_bytes(), base: self.location, offset: 0, line: self.first_line }
    }
}

/// Turns offsets into locations with line numbers, counting newlines once.
pub struct Locator<'a> {
    text: &'a [u8],
    base: &'a Location,
    offset: usize,
    line: u64,
}

impl Locator<'_> {
    /// The location of byte `offset`; offsets must not decrease between calls.
    pub fn at(&mut self, offset: usize) -> Location {
        self.line += memchr::memchr_iter(b'\n', &self.text[self.offset..offset]).count() as u64;
        self.offset = offset;
        Location { line: Some(self.line), ..self.base.clone() }
    }
}

/// A part of a file with a life of its own: a message in a mailbox (or the
/// one message of an eml), announced before its text units.
pub struct Part {
    pub location: Location,
    /// The date the part carries (a message's `Date:` header).
    pub date: Option<jiff::Timestamp>,
}

/// Receives the text units of one file, in order.
pub trait Sink {
    fn unit(&mut self, unit: &Unit<'_>);

    /// A new part begins; its units follow.
    fn part(&mut self, _part: &Part) {}
}

#[derive(Debug, Clone, Copy)]
pub struct ExtractOptions {
    /// Text is handed on in windows of about this many bytes, so memory stays
    /// bounded whatever the file size.
    pub window: usize,
}

impl Default for ExtractOptions {
    fn default() -> Self {
        ExtractOptions { window: 1 << 20 }
    }
}

#[derive(Debug, Error)]
pub enum ExtractError {
    #[error("no extractor for {} files", .0.as_str())]
    Unsupported(Format),
    #[error("read failed: {0}")]
    Io(#[from] io::Error),
}

/// Extracts the text of a file whose first bytes, `head`, were sniffed as
/// `sniffed`; `rest` yields the bytes after `head`.
pub fn extract(
    sniffed: Sniffed,
    head: &[u8],
    rest: &mut dyn Read,
    options: &ExtractOptions,
    sink: &mut dyn Sink,
) -> Result<(), ExtractError> {
    let window = options.window;
    let top = Location::default();
    match (sniffed.format, sniffed.encoding) {
        (Format::Eml, Some(encoding)) => Ok(mail::extract(Container::Message, encoding, head, rest, window, sink)?),
        (Format::Mbox, Some(encoding)) => Ok(mail::extract(Container::Mbox, encoding, head, rest, window, sink)?),
        (Format::Empty | Format::Text | Format::Csv | Format::Html | Format::Xml, Some(encoding)) => {
            Ok(text::Windows::default().extract(encoding, head, rest, window, &top, sink)?)
        }
        (format, _) => Err(ExtractError::Unsupported(format)),
    }
}
