//! Outlook `.msg` (MS-OXMSG): a compound file of MAPI properties. The
//! sender, recipients and subject become header lines, then the plain body
//! (or the HTML body as text); attachments are members, and an attached
//! message (an embedded storage) is read the same way, recursively.

use std::io::{Read, Seek};

use cfb::CompoundFile;
use encoding_rs::{UTF_16LE, WINDOWS_1252};

use super::{html, Context, Emitter, ExtractError, Input, Location, Part};

// MAPI property ids.
const SUBJECT: u16 = 0x0037;
const SENDER_NAME: u16 = 0x0C1A;
const SENDER_EMAIL: u16 = 0x0C1F;
const SENDER_SMTP: u16 = 0x5D01;
const DISPLAY_TO: u16 = 0x0E04;
const DISPLAY_CC: u16 = 0x0E03;
const DISPLAY_BCC: u16 = 0x0E02;
const BODY: u16 = 0x1000;
const HTML: u16 = 0x1013;
const DISPLAY_NAME: u16 = 0x3001;
const EMAIL_ADDRESS: u16 = 0x3003;
const SMTP_ADDRESS: u16 = 0x39FE;
const ATTACH_DATA: u16 = 0x3701;
const ATTACH_LONG_FILENAME: u16 = 0x3707;
const ATTACH_FILENAME: u16 = 0x3704;
const CLIENT_SUBMIT_TIME: u16 = 0x0039;
const DELIVERY_TIME: u16 = 0x0E06;

pub fn extract(input: &mut dyn Input, at: &Location, context: &mut Context) -> Result<(), ExtractError> {
    input.rewind()?;
    let mut file = CompoundFile::open(input).map_err(|e| ExtractError::corrupt("damaged OLE container", e))?;
    message(&mut file, "/", at, context, 0)
}

/// The message in `storage` ("/" for the file's own, a path ending in "/"
/// for an attached one).
fn message<F: Read + Seek>(
    file: &mut CompoundFile<F>,
    storage: &str,
    at: &Location,
    context: &mut Context,
    depth: u32,
) -> Result<(), ExtractError> {
    if depth > context.options.limits.max_depth {
        return Err(ExtractError::Limit("attached messages nested too deeply".into()));
    }
    let limit = context.options.limits.max_member;
    let string = |file: &mut CompoundFile<F>, id: u16| text(file, storage, id, limit);
    // The top-level property stream has a 32-byte header, an attached message's 24.
    let date = date(file, storage, if depth == 0 { 32 } else { 24 }, limit);
    context.part(&Part { location: at.clone(), date, date_source: "message date" });
    let window = context.options.window;
    let mut out = Emitter::new(at.clone());
    let line = |out: &mut Emitter, text: String, context: &mut Context| {
        out.push(&text.replace(['\r', '\n'], " "));
        out.end_line(context.sink, window);
    };
    let sender = (string(file, SENDER_NAME), string(file, SENDER_SMTP).or_else(|| string(file, SENDER_EMAIL)));
    match sender {
        (Some(name), Some(address)) => line(&mut out, format!("From: {name} <{address}>"), context),
        (Some(only), None) | (None, Some(only)) => line(&mut out, format!("From: {only}"), context),
        (None, None) => {}
    }
    for (label, id) in [("To", DISPLAY_TO), ("Cc", DISPLAY_CC), ("Bcc", DISPLAY_BCC)] {
        if let Some(names) = string(file, id).filter(|n| !n.is_empty()) {
            line(&mut out, format!("{label}: {names}"), context);
        }
    }
    let children: Vec<String> = match file.read_storage(storage) {
        Ok(entries) => entries.filter(|e| e.is_storage()).map(|e| e.name().to_string()).collect(),
        Err(e) => return Err(ExtractError::corrupt("damaged message storage", e)),
    };
    for recipient in children.iter().filter(|n| n.starts_with("__recip_version1.0_")) {
        let path = format!("{storage}{recipient}/");
        let name = text(file, &path, DISPLAY_NAME, limit);
        let address = text(file, &path, SMTP_ADDRESS, limit).or_else(|| text(file, &path, EMAIL_ADDRESS, limit));
        match (name, address) {
            (Some(name), Some(address)) => line(&mut out, format!("Recipient: {name} <{address}>"), context),
            (Some(only), None) | (None, Some(only)) => line(&mut out, format!("Recipient: {only}"), context),
            (None, None) => {}
        }
    }
    if let Some(subject) = string(file, SUBJECT) {
        line(&mut out, format!("Subject: {subject}"), context);
    }
    out.end_line(context.sink, window);
    if let Some(body) = string(file, BODY) {
        for text in body.lines() {
            out.push(text);
            out.end_line(context.sink, window);
        }
    } else if let Some(page) = string(file, HTML).or_else(|| binary(file, storage, HTML, limit).map(lossy)) {
        html::render(&page, &mut out, context);
    }
    out.flush(context.sink);
    for attachment in children.iter().filter(|n| n.starts_with("__attach_version1.0_")) {
        let path = format!("{storage}{attachment}/");
        let name = [ATTACH_LONG_FILENAME, ATTACH_FILENAME, DISPLAY_NAME]
            .into_iter()
            .find_map(|id| text(file, &path, id, limit))
            .unwrap_or_else(|| attachment.clone());
        let embedded = format!("{path}__substg1.0_{ATTACH_DATA:04X}000D/");
        if file.is_storage(&embedded) {
            if let Err(error) = message(file, &embedded, &at.member(&name), context, depth + 1) {
                context.sink.problem(&at.member(&name), &error);
            }
        } else if let Some(bytes) = binary(file, &path, ATTACH_DATA, limit) {
            context.member(at, &name, &bytes);
        }
    }
    Ok(())
}

fn lossy(bytes: Vec<u8>) -> String {
    String::from_utf8_lossy(&bytes).into_owned()
}

/// A string property: Unicode (`001F`) or 8-bit (`001E`), NULs trimmed.
fn text<F: Read + Seek>(file: &mut CompoundFile<F>, storage: &str, id: u16, limit: u64) -> Option<String> {
    let (bytes, encoding) = match stream(file, &format!("{storage}__substg1.0_{id:04X}001F"), limit) {
        Some(bytes) => (bytes, UTF_16LE),
        None => (stream(file, &format!("{storage}__substg1.0_{id:04X}001E"), limit)?, WINDOWS_1252),
    };
    let text = encoding.decode_without_bom_handling(&bytes).0.trim_end_matches('\0').trim().to_string();
    (!text.is_empty()).then_some(text)
}

fn binary<F: Read + Seek>(file: &mut CompoundFile<F>, storage: &str, id: u16, limit: u64) -> Option<Vec<u8>> {
    stream(file, &format!("{storage}__substg1.0_{id:04X}0102"), limit)
}

fn stream<F: Read + Seek>(file: &mut CompoundFile<F>, path: &str, limit: u64) -> Option<Vec<u8>> {
    let stream = file.open_stream(path).ok()?;
    let mut bytes = Vec::new();
    stream.take(limit).read_to_end(&mut bytes).ok()?;
    Some(bytes)
}

/// When the message was sent (else delivered), from the fixed-size
/// properties: 16-byte entries after the stream's header.
fn date<F: Read + Seek>(
    file: &mut CompoundFile<F>,
    storage: &str,
    header: usize,
    limit: u64,
) -> Option<jiff::Timestamp> {
    let bytes = stream(file, &format!("{storage}__properties_version1.0"), limit)?;
    let entries = bytes.get(header..)?.chunks_exact(16);
    let time = |wanted: u16| {
        entries.clone().find_map(|e| {
            let tag = u32::from_le_bytes([e[0], e[1], e[2], e[3]]);
            ((tag >> 16) as u16 == wanted && tag & 0xFFFF == 0x0040)
                .then(|| i64::from_le_bytes([e[8], e[9], e[10], e[11], e[12], e[13], e[14], e[15]]))
        })
    };
    let ticks = time(CLIENT_SUBMIT_TIME).or_else(|| time(DELIVERY_TIME)).filter(|t| *t > 0)?;
    jiff::Timestamp::from_second(ticks / 10_000_000 - 11_644_473_600).ok()
}
