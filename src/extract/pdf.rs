//! PDF: text page by page, located by `page`. lopdf parses the file
//! (object streams, xref streams, incremental updates, encryption) and
//! pdf-extract interprets each page's content stream: text operators, font
//! encodings and `Differences`, ToUnicode CMaps, CID fonts, spacing from
//! positions. PDFs encrypted with the empty user password (the usual "no
//! copying" restriction) are read; others need a password and are errors.
//! A page with images and no text is a scan dpscan cannot read: each is
//! reported, and a file of nothing else is reported as needing OCR. An OCR
//! step would plug in where those pages are found.

use std::io::Read;

use lopdf::{Document, Object, ObjectId};
use pdf_extract::PlainTextOutput;

use super::markup::Properties;
use super::{Context, Emitter, ExtractError, Location};

pub fn extract(head: &[u8], input: &mut dyn Read, at: &Location, context: &mut Context) -> Result<(), ExtractError> {
    let bytes = super::read_capped(head, input, context.options.limits.max_member)?;
    let mut document = Document::load_mem(&bytes).map_err(opening)?;
    drop(bytes);
    if document.is_encrypted() && document.decrypt("").is_err() {
        return Err(ExtractError::Encrypted("the PDF needs a password to open".into()));
    }
    let mut out = Emitter::new(at.clone());
    properties(&document).announce(at, &mut out, context);
    let pages = document.get_pages();
    let mut image_only = Vec::new();
    for (&number, &id) in &pages {
        let mut text = String::new();
        let page = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            pdf_extract::output_doc_page(&document, &mut PlainTextOutput::new(&mut text), number)
        }));
        let location = Location { page: Some(number), ..at.clone() };
        match page {
            Ok(Ok(())) => {}
            Ok(Err(e)) => context.sink.problem(&location, &ExtractError::corrupt("cannot read the page", e)),
            Err(panic) => context.sink.problem(&location, &ExtractError::crashed(panic)),
        }
        if text.trim().is_empty() {
            if has_images(&document, id) {
                image_only.push(location);
            }
            continue;
        }
        out.relocate(context.sink, location);
        for line in text.lines() {
            out.push(line.trim_end());
            out.end_line(context.sink, context.options.window);
        }
    }
    out.flush(context.sink);
    if !image_only.is_empty() && image_only.len() == pages.len() {
        return Err(ExtractError::NeedsOcr(format!(
            "{} of {} pages are images without text (a scan?), not read",
            image_only.len(),
            pages.len()
        )));
    }
    for location in image_only {
        context.sink.problem(&location, &ExtractError::NeedsOcr("the page is an image without text, not read".into()));
    }
    Ok(())
}

fn opening(error: lopdf::Error) -> ExtractError {
    let message = error.to_string();
    let lower = message.to_lowercase();
    if lower.contains("password") || lower.contains("decrypt") {
        ExtractError::Encrypted(format!("the PDF needs a password to open ({message})"))
    } else {
        ExtractError::corrupt("damaged or truncated PDF", message)
    }
}

fn has_images(document: &Document, page: ObjectId) -> bool {
    document.get_page_images(page).is_ok_and(|images| !images.is_empty())
}

/// Author, creation and modification dates from the Info dictionary.
fn properties(document: &Document) -> Properties {
    let mut properties = Properties::default();
    let info = document.trailer.get(b"Info").ok().and_then(|o| match o {
        Object::Reference(id) => document.get_dictionary(*id).ok(),
        Object::Dictionary(d) => Some(d),
        _ => None,
    });
    let Some(info) = info else { return properties };
    let text = |key: &[u8]| match info.get(key) {
        Ok(Object::String(bytes, _)) => Some(text_string(bytes)),
        _ => None,
    };
    if let Some(author) = text(b"Author").filter(|a| !a.trim().is_empty()) {
        properties.people.push(("Author", author.trim().to_string()));
    }
    properties.created = text(b"CreationDate").as_deref().and_then(pdf_date);
    properties.modified = text(b"ModDate").as_deref().and_then(pdf_date);
    properties
}

/// A PDF text string: UTF-16BE after a BOM, else PDFDocEncoding (Latin-1
/// for everything that matters here).
fn text_string(bytes: &[u8]) -> String {
    match bytes.strip_prefix(b"\xFE\xFF") {
        Some(utf16) => encoding_rs::UTF_16BE.decode_without_bom_handling(utf16).0.into_owned(),
        None => encoding_rs::WINDOWS_1252.decode_without_bom_handling(bytes).0.into_owned(),
    }
}

/// `D:YYYYMMDDHHmmSS+HH'mm'`, every part after the year optional.
fn pdf_date(text: &str) -> Option<jiff::Timestamp> {
    let text = text.trim().strip_prefix("D:").unwrap_or(text.trim());
    let digits: String = text.chars().take_while(char::is_ascii_digit).take(14).collect();
    let field = |at: usize, default: i8| digits.get(at..at + 2).and_then(|d| d.parse().ok()).unwrap_or(default);
    let year: i16 = digits.get(..4)?.parse().ok()?;
    let date =
        jiff::civil::DateTime::new(year, field(4, 1), field(6, 1), field(8, 0), field(10, 0), field(12, 0), 0).ok()?;
    let zone = &text[digits.len()..];
    let offset = match zone.chars().next() {
        Some(sign @ ('+' | '-')) => {
            let numbers: String = zone[1..].chars().filter(char::is_ascii_digit).collect();
            let hours: i32 = numbers.get(..2).and_then(|h| h.parse().ok()).unwrap_or(0);
            let minutes: i32 = numbers.get(2..4).and_then(|m| m.parse().ok()).unwrap_or(0);
            let seconds = (hours * 3600 + minutes * 60) * if sign == '-' { -1 } else { 1 };
            jiff::tz::Offset::from_seconds(seconds).ok()?
        }
        _ => jiff::tz::Offset::UTC,
    };
    date.to_zoned(jiff::tz::TimeZone::fixed(offset)).ok().map(|z| z.timestamp())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pdf_dates() {
        let at = |s: &str| pdf_date(s).map(|t| t.to_string());
        assert_eq!(at("D:20170504103000+01'00'").as_deref(), Some("2017-05-04T09:30:00Z"));
        assert_eq!(at("D:20170504103000Z'").as_deref(), Some("2017-05-04T10:30:00Z"));
        assert_eq!(at("D:2017").as_deref(), Some("2017-01-01T00:00:00Z"));
        assert_eq!(at("yesterday"), None);
        assert_eq!(at("D:20171345"), None, "month 13");
        assert_eq!(at("D:20170230"), None, "30 February");
    }
}
