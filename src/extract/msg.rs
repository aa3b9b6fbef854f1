//! Outlook `.msg` (MS-OXMSG): a compound file of MAPI properties. The
//! sender, recipients and subject become header lines, then the plain body
//! (or the HTML body as text); attachments are members, and an attached
//! message (an embedded storage) is read the same way, recursively.
//! 8-bit strings are in the message's code page (Windows-1252 when it names
//! none), the HTML body in its internet code page (else UTF-8 if valid).

use std::io::{Read, Seek};

use cfb::CompoundFile;
use encoding_rs::{Encoding, UTF_16LE, WINDOWS_1252};

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
/// The code page of 8-bit strings, and of the HTML body (`PT_LONG`s).
const MESSAGE_CODEPAGE: u16 = 0x3FFD;
const INTERNET_CODEPAGE: u16 = 0x3FDE;

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
    // The top-level property stream has a 32-byte header, an attached message's 24.
    let fixed = Fixed::read(file, storage, if storage == "/" { 32 } else { 24 }, limit);
    let (strings, html_encoding) = fixed.encodings();
    let string = |file: &mut CompoundFile<F>, id: u16| text(file, storage, id, strings, limit);
    let date = fixed.date();
    context.part(&Part { location: at.clone(), date, date_source: DateSource::MessageDate, conversation: None });
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
        let name = text(file, &path, DISPLAY_NAME, strings, limit);
        let address = text(file, &path, SMTP_ADDRESS, strings, limit)
            .or_else(|| text(file, &path, EMAIL_ADDRESS, strings, limit));
        address_line(&mut out, "Recipient", name.as_deref(), address.as_deref(), context);
    }
    if let Some(subject) = string(file, SUBJECT) {
        header_line(&mut out, "Subject", &subject, context);
    }
    out.end_line(context.sink, context.options.window);
    let plain = string(file, BODY);
    let html = string(file, HTML).or_else(|| {
        let bytes = binary(file, storage, HTML, limit)?;
        // Without an internet code page: UTF-8 if it reads as such.
        Some(match html_encoding {
            Some(encoding) => encoding.decode_with_bom_removal(&bytes).0.into_owned(),
            None => String::from_utf8(bytes).unwrap_or_else(|e| strings.decode(e.as_bytes()).0.into_owned()),
        })
    });
    body(&mut out, plain.as_deref(), html.as_deref(), context);
    out.flush(context.sink);
    for attachment in children.iter().filter(|n| n.starts_with("__attach_version1.0_")) {
        let path = format!("{storage}{attachment}/");
        let name = ATTACHMENT_NAMES
            .into_iter()
            .find_map(|id| text(file, &path, id, strings, limit))
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

/// A string property: Unicode (`001F`) or 8-bit (`001E`, in `eight_bit`),
/// NULs trimmed.
fn text<F: Read + Seek>(
    file: &mut CompoundFile<F>,
    storage: &str,
    id: u16,
    eight_bit: &'static Encoding,
    limit: u64,
) -> Option<String> {
    let (bytes, encoding) = match stream(file, &format!("{storage}__substg1.0_{id:04X}001F"), limit) {
        Some(bytes) => (bytes, UTF_16LE),
        None => (stream(file, &format!("{storage}__substg1.0_{id:04X}001E"), limit)?, eight_bit),
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

/// A message's fixed-size properties: 16-byte entries (tag, flags, value)
/// after the stream's header.
struct Fixed(Vec<u8>);

impl Fixed {
    fn read<F: Read + Seek>(file: &mut CompoundFile<F>, storage: &str, header: usize, limit: u64) -> Fixed {
        let bytes = stream(file, &format!("{storage}__properties_version1.0"), limit).unwrap_or_default();
        Fixed(bytes.get(header..).unwrap_or_default().to_vec())
    }

    /// The 8 value bytes of property `id` of type `kind`.
    fn value(&self, id: u16, kind: u32) -> Option<[u8; 8]> {
        self.0.chunks_exact(16).find_map(|e| {
            let tag = u32::from_le_bytes([e[0], e[1], e[2], e[3]]);
            ((tag >> 16) as u16 == id && tag & 0xFFFF == kind).then(|| e[8..16].try_into().expect("8 bytes"))
        })
    }

    /// When the message was sent, else delivered.
    fn date(&self) -> Option<jiff::Timestamp> {
        MESSAGE_TIMES.into_iter().find_map(|id| super::filetime(i64::from_le_bytes(self.value(id, 0x0040)?)))
    }

    /// The encodings of 8-bit strings and of the HTML body, if named.
    fn encodings(&self) -> (&'static Encoding, Option<&'static Encoding>) {
        let page = |id| {
            let value = self.value(id, 0x0003)?;
            codepage::to_encoding(u16::try_from(u32::from_le_bytes(value[..4].try_into().ok()?)).ok()?)
        };
        let strings = page(MESSAGE_CODEPAGE).or_else(|| page(INTERNET_CODEPAGE)).unwrap_or(WINDOWS_1252);
        (strings, page(INTERNET_CODEPAGE))
    }
}
