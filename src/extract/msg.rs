//! Outlook `.msg` (MS-OXMSG): a compound file of MAPI properties. The
//! sender, recipients and subject become header lines, then the plain body
//! (or the HTML body as text); attachments are members, and an attached
//! message (an embedded storage) is read the same way, recursively.

use std::io::{Read, Seek};

use cfb::CompoundFile;
use encoding_rs::{UTF_16LE, WINDOWS_1252};

use super::mail::{address_line, body, header_line};
use super::{Context, DateSource, Emitter, ExtractError, Input, Location, Part};

// MAPI property ids, shared with `pst`.
pub const SUBJECT: u16 = 0x0037;
pub const SENDER_NAME: u16 = 0x0C1A;
pub const SENDER_EMAIL: u16 = 0x0C1F;
pub const SENDER_SMTP: u16 = 0x5D01;
pub const DISPLAY_TO: u16 = 0x0E04;
pub const DISPLAY_CC: u16 = 0x0E03;
pub const DISPLAY_BCC: u16 = 0x0E02;
pub const BODY: u16 = 0x1000;
pub const HTML: u16 = 0x1013;
pub const DISPLAY_NAME: u16 = 0x3001;
pub const EMAIL_ADDRESS: u16 = 0x3003;
pub const SMTP_ADDRESS: u16 = 0x39FE;
pub const ATTACH_DATA: u16 = 0x3701;
/// Where an attachment's name is, best first.
pub const ATTACHMENT_NAMES: [u16; 3] = [0x3707, 0x3704, DISPLAY_NAME];
/// When a message was sent, else when it arrived: its date.
pub const MESSAGE_TIMES: [u16; 2] = [0x0039, 0x0E06];

pub fn extract(input: &mut dyn Input, at: &Location, context: &mut Context) -> Result<(), ExtractError> {
    input.rewind()?;
    let mut file = CompoundFile::open(input).map_err(|e| ExtractError::corrupt("damaged OLE container", e))?;
    message(&mut file, "/", at, context)
}

/// The message in `storage` ("/" for the file's own, a path ending in "/"
/// for an attached one).
fn message<F: Read + Seek>(
    file: &mut CompoundFile<F>,
    storage: &str,
    at: &Location,
    context: &mut Context,
) -> Result<(), ExtractError> {
    let limit = context.options.limits.max_member;
    let string = |file: &mut CompoundFile<F>, id: u16| text(file, storage, id, limit);
    // The top-level property stream has a 32-byte header, an attached message's 24.
    let date = date(file, storage, if storage == "/" { 32 } else { 24 }, limit);
    context.part(&Part { location: at.clone(), date, date_source: DateSource::MessageDate });
    let mut out = Emitter::new(at.clone());
    let sender = string(file, SENDER_SMTP).or_else(|| string(file, SENDER_EMAIL));
    address_line(&mut out, "From", string(file, SENDER_NAME).as_deref(), sender.as_deref(), context);
    for (label, id) in [("To", DISPLAY_TO), ("Cc", DISPLAY_CC), ("Bcc", DISPLAY_BCC)] {
        if let Some(names) = string(file, id) {
            header_line(&mut out, label, &names, context);
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
        address_line(&mut out, "Recipient", name.as_deref(), address.as_deref(), context);
    }
    if let Some(subject) = string(file, SUBJECT) {
        header_line(&mut out, "Subject", &subject, context);
    }
    out.end_line(context.sink, context.options.window);
    let plain = string(file, BODY);
    let html = string(file, HTML).or_else(|| binary(file, storage, HTML, limit).map(lossy));
    body(&mut out, plain.as_deref(), html.as_deref(), context);
    out.flush(context.sink);
    for attachment in children.iter().filter(|n| n.starts_with("__attach_version1.0_")) {
        let path = format!("{storage}{attachment}/");
        let name = ATTACHMENT_NAMES
            .into_iter()
            .find_map(|id| text(file, &path, id, limit))
            .unwrap_or_else(|| attachment.clone());
        let embedded = format!("{path}__substg1.0_{ATTACH_DATA:04X}000D/");
        if file.is_storage(&embedded) {
            let location = at.member(&name);
            if let Err(error) = context.nested(|context| message(file, &embedded, &location, context)) {
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
    MESSAGE_TIMES.into_iter().find_map(|id| super::filetime(time(id)?))
}
