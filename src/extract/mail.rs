//! Mail as text: a single message (eml) or an mbox, read message by
//! message, so a multi-gigabyte mailbox needs the memory of its largest
//! message only. Each message's headers give its Message-ID (its `message`
//! location inside a mailbox) and its `Date:` (its content date, for
//! retention).
//!
//! Each message is then MIME-decoded (mail-parser): quoted-printable and
//! base64, charsets, RFC 2047 encoded words; its addresses, subject and text
//! (or HTML) body become text, its other headers are kept as written, and
//! its attachments become members, extracted through the same dispatch as
//! files. A message too large to hold in memory, or that is not MIME, is
//! scanned as written, streamed. The header and body helpers here serve
//! Outlook messages (`msg`, `pst`) too.

use std::borrow::Cow;
use std::io::{self, BufRead, BufReader, Read};

use encoding_rs::Encoding;
use jiff::fmt::rfc2822::DateTimeParser;

use mail_parser::decoders::quoted_printable::HEX_MAP;
use mail_parser::parsers::MessageStream;
use mail_parser::{GetHeader, HeaderName, HeaderValue, MessageParser, MimeHeaders};

use super::{html, text::Windows, Context, DateSource, Emitter, ExtractError, Location, Part};

/// A header block longer than this ends there (the rest is read as body):
/// a hostile file cannot make one header block unbounded.
const MAX_HEADER: usize = 256 << 10;

/// Whether the input is one message or an mbox of many.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Container {
    Message,
    Mbox,
}

pub fn extract(
    container: Container,
    encoding: &'static Encoding,
    head: &[u8],
    rest: &mut dyn Read,
    at: &Location,
    context: &mut Context,
) -> Result<(), ExtractError> {
    let mut reader = BufReader::with_capacity(256 << 10, io::Cursor::new(head).chain(rest));
    let mut line = Vec::new();
    if container == Container::Mbox {
        reader.read_until(b'\n', &mut line)?; // the first envelope line, "From sender date"
    }
    let cap = context.options.limits.max_member;
    let mut windows = Windows::default();
    for index in 1.. {
        let mut raw = Vec::new();
        loop {
            line.clear();
            if reader.read_until(b'\n', &mut line)? == 0 {
                break;
            }
            raw.extend_from_slice(&line);
            if is_blank(&line) || raw.len() > MAX_HEADER {
                break;
            }
        }
        let fields = parse_headers(&raw);
        let location = match container {
            Container::Message => at.clone(),
            Container::Mbox => {
                Location { message: Some(fields.message_id.clone().unwrap_or_else(|| index.to_string())), ..at.clone() }
            }
        };
        let (date, conversation) = (fields.date, fields.conversation.clone());
        context.part(&Part { location: location.clone(), date, date_source: DateSource::DateHeader, conversation });
        let headers_ended = raw.ends_with(b"\n\n") || raw.ends_with(b"\n\r\n") || raw == b"\n";
        let mut body = Body::new(&mut reader, container == Container::Mbox, headers_ended);
        (&mut body).take(cap.saturating_sub(raw.len() as u64) + 1).read_to_end(&mut raw)?;
        let decoded = raw.len() as u64 <= cap && message(&raw, &fields.others, &location, context);
        if !decoded {
            // Too large to decode in memory, or not MIME at all: its text as
            // written, streamed.
            if raw.len() as u64 > cap {
                let error = ExtractError::Limit(format!("a message over {} MiB is scanned undecoded", cap >> 20));
                context.sink.problem(&location, &error);
            }
            let window = context.options.window;
            windows.extract(encoding, &raw, &mut body, window, &location, context.sink)?;
        }
        if !body.next {
            return Ok(());
        }
    }
    Ok(())
}

/// One message, MIME-decoded: its addresses and subject (encoded words
/// decoded), its `other` header lines as written, its text body (or its
/// HTML body as text), then each attachment as a member, named by its file
/// name. False when it does not parse as a message.
fn message(raw: &[u8], other: &[String], at: &Location, context: &mut Context) -> bool {
    let predecoded = predecoded(raw);
    let Some(message) = MessageParser::default().parse(predecoded.as_deref().unwrap_or(raw)) else { return false };
    let window = context.options.window;
    let mut out = Emitter::new(at.clone());
    let addresses = [
        ("From", message.from()),
        ("Sender", message.sender()),
        ("Reply-To", message.reply_to()),
        ("To", message.to()),
        ("Cc", message.cc()),
        ("Bcc", message.bcc()),
    ];
    for (label, address) in addresses {
        let mut addrs = address.into_iter().flat_map(|a| a.iter()).peekable();
        while let Some(addr) = addrs.next() {
            // "Cc: Mukwashi, Tendai <t.m@…>": a display name's comma left
            // unquoted (RFC 5322 s. 3.4 wants it quoted) parts a word with no
            // address from the name and address after it: one mailbox.
            let word = match (addr.name(), addr.address()) {
                (Some(word), None) | (None, Some(word)) if !word.contains('@') => Some(word),
                _ => None,
            };
            let next = word.and_then(|_| addrs.next_if(|next| next.name().is_some() && next.address().is_some()));
            match (word, next) {
                (Some(word), Some(next)) => {
                    let name = format!("{word}, {}", next.name().unwrap_or_default());
                    address_line(&mut out, label, Some(&name), next.address(), context);
                }
                _ => address_line(&mut out, label, addr.name(), addr.address(), context),
            }
        }
    }
    if let Some(subject) = message.subject() {
        header_line(&mut out, "Subject", subject, context);
    }
    for line in other {
        out.push(line);
        out.end_line(context.sink, window);
    }
    out.end_line(context.sink, window);
    for part in message.text_bodies() {
        // mail-parser has decoded a text part to a string already.
        let text = part.text_contents().map_or_else(|| String::from_utf8_lossy(part.contents()), Cow::Borrowed);
        let (plain, html) = if part.is_text_html() { (None, Some(&*text)) } else { (Some(&*text), None) };
        body(&mut out, plain, html, context);
    }
    out.flush(context.sink);
    for (i, part) in message.attachments().enumerate() {
        let name = match part.attachment_name() {
            Some(name) => name.to_string(),
            None if part.is_message() => format!("attachment-{}.eml", i + 1),
            None => format!("attachment-{}", i + 1),
        };
        context.member(at, &name, part.contents());
    }
    true
}

/// A message of one text part in quoted-printable (most mail), decoded
/// here and handed to mail-parser as unencoded: its decoder reads a byte at
/// a time (~40 instructions a byte, a tenth of a mailbox scan), this one
/// copies the runs between `=` and line ends whole. The message comes back
/// without its `Content-Transfer-Encoding` headers, its body decoded, so
/// that mail-parser reads it as it would have read the original: the same
/// headers (it finds them, so their offsets are its own), the same text.
/// None for any other message, and where mail-parser's decoder gives up on
/// the body (then the original is parsed, as before).
fn predecoded(raw: &[u8]) -> Option<Vec<u8>> {
    let mut stream = MessageStream::new(raw);
    let mut headers = Vec::new();
    if !stream.parse_headers(&MessageParser::default(), &mut headers) {
        return None;
    }
    let body = stream.offset();
    let text = headers.header_value(&HeaderName::ContentType).and_then(HeaderValue::as_content_type);
    let encoding = headers.header_value(&HeaderName::ContentTransferEncoding);
    let quoted_printable =
        matches!(encoding, Some(HeaderValue::Text(name)) if name.eq_ignore_ascii_case("quoted-printable"));
    if !quoted_printable || text.is_none_or(|text| text.ctype() != "text") {
        return None;
    }
    let mut out = Vec::with_capacity(raw.len());
    let mut from = 0;
    for header in headers.iter().filter(|header| header.name == HeaderName::ContentTransferEncoding) {
        out.extend_from_slice(&raw[from..header.offset_field as usize]);
        from = header.offset_end as usize;
    }
    out.extend_from_slice(&raw[from..body]);
    decode_quoted_printable(&raw[body..], &mut out)?;
    Some(out)
}

/// Quoted-printable `bytes` decoded onto `out` exactly as mail-parser
/// decodes a part that runs to the end of its message
/// (`MessageStream::decode_quoted_printable_mime` with no boundary): line
/// ends as the part's first (`\r\n` once a `\r` is seen), trailing spaces
/// dropped, an `=` not followed by hex digits kept as written. None where
/// mail-parser gives up (an `=` inside an escape).
fn decode_quoted_printable(bytes: &[u8], out: &mut Vec<u8>) -> Option<()> {
    let mut decoder = Decoder { out, line_end: b"\n", trailing: 0 };
    let mut i = 0;
    while i < bytes.len() {
        let end = memchr::memchr3(b'=', b'\n', b'\r', &bytes[i..]).map_or(bytes.len(), |n| i + n);
        decoder.run(&bytes[i..end]);
        let Some(&special) = bytes.get(end) else { break };
        i = end + 1;
        match special {
            b'\n' => decoder.end_line(),
            b'\r' => decoder.carriage_return(),
            _ => i = decoder.escape(bytes, i)?,
        }
    }
    Some(())
}

/// Where decoded bytes go, and what decides a line's end there.
struct Decoder<'a> {
    out: &'a mut Vec<u8>,
    /// The line end written: `\n`, or `\r\n` once a `\r` is seen.
    line_end: &'static [u8],
    /// Whitespace written at the end of the line so far, dropped at its end.
    trailing: usize,
}

impl Decoder<'_> {
    /// Writes a run of bytes that are neither `=` nor a line end.
    fn run(&mut self, run: &[u8]) {
        let blank = run.iter().rev().take_while(|b| b.is_ascii_whitespace()).count();
        self.trailing = if blank == run.len() { self.trailing + blank } else { blank };
        self.out.extend_from_slice(run);
    }

    /// A `\r` read: every line end from here on is written `\r\n`.
    fn carriage_return(&mut self) {
        self.line_end = b"\r\n";
    }

    /// Ends a line: its trailing whitespace dropped, the line end written.
    fn end_line(&mut self) {
        self.out.truncate(self.out.len() - self.trailing);
        self.out.extend_from_slice(self.line_end);
        self.trailing = 0;
    }

    /// What follows an `=` (`bytes[i - 1]`), as mail-parser reads it: a
    /// soft line break, an escaped byte (a line end between its two digits
    /// is written as one), or the `=` and what follows kept as written. The
    /// index after it; None where mail-parser gives up.
    fn escape(&mut self, bytes: &[u8], mut i: usize) -> Option<usize> {
        let mut high = None;
        while let Some(&ch) = bytes.get(i) {
            i += 1;
            match (ch, high) {
                (b'=', _) => return None,
                (b'\r', _) => self.carriage_return(),
                (b'\n', None) => {
                    self.trailing = 0;
                    return Some(i);
                }
                (b'\n', Some(_)) => self.end_line(),
                (_, None) => match HEX_MAP[usize::from(ch)] {
                    -1 if ch.is_ascii_whitespace() => {}
                    -1 => {
                        self.out.extend_from_slice(&[b'=', ch]);
                        self.trailing = 0;
                        return Some(i);
                    }
                    digit => high = Some(digit as u8),
                },
                (_, Some(high)) => {
                    match HEX_MAP[usize::from(ch)] {
                        -1 => self.out.extend_from_slice(&[b'=', bytes[i - 2], ch]),
                        low => self.out.push(high << 4 | low as u8),
                    }
                    self.trailing = 0;
                    return Some(i);
                }
            }
        }
        Some(i)
    }
}

/// A header line of a message, whatever its container (MIME, msg, pst);
/// line breaks in `value` become spaces.
pub fn header_line(out: &mut Emitter, label: &str, value: &str, context: &mut Context) {
    out.push(label);
    out.push(": ");
    out.push(&value.replace(['\r', '\n'], " "));
    out.end_line(context.sink, context.options.window);
}

/// "Label: Name <address>", or whichever of the two there is.
pub fn address_line(out: &mut Emitter, label: &str, name: Option<&str>, address: Option<&str>, context: &mut Context) {
    match (name, address) {
        (Some(name), Some(address)) => header_line(out, label, &format!("{name} <{address}>"), context),
        (Some(only), None) | (None, Some(only)) => header_line(out, label, only, context),
        (None, None) => {}
    }
}

/// A message body: the plain text if there is one, else the HTML as text.
pub fn body(out: &mut Emitter, plain: Option<&str>, html: Option<&str>, context: &mut Context) {
    if let Some(plain) = plain {
        for line in plain.lines() {
            out.push(line);
            out.end_line(context.sink, context.options.window);
        }
    } else if let Some(page) = html {
        html::render(page, out, context);
    }
}

/// "From sender Mon Jan  1 10:00:00 2024": a time, and a year at the end.
/// Body text that starts a line with "From " rarely looks like that.
fn is_envelope(line: &[u8]) -> bool {
    let line = line.trim_ascii_end();
    let year = line.len() >= 4 && line[line.len() - 4..].iter().all(u8::is_ascii_digit);
    year && line.windows(3).any(|w| w[0].is_ascii_digit() && w[1] == b':' && w[2].is_ascii_digit())
}

fn is_blank(line: &[u8]) -> bool {
    line.iter().all(|b| *b == b'\n' || *b == b'\r')
}

#[derive(Default)]
struct Fields {
    message_id: Option<String>,
    date: Option<jiff::Timestamp>,
    /// The thread's first message: the first of `References:`, else
    /// `In-Reply-To:`.
    conversation: Option<String>,
    /// Header lines not rendered decoded, kept as written: `Received:` lines
    /// hold IP addresses, `Return-Path:` and `Delivered-To:` addresses.
    others: Vec<String>,
}

/// Headers that are rendered decoded (addresses, subject), locate or date
/// the message, or describe its MIME structure: not repeated as written.
const RENDERED: [&str; 12] = [
    "from",
    "sender",
    "reply-to",
    "to",
    "cc",
    "bcc",
    "subject",
    "date",
    "message-id",
    "mime-version",
    "in-reply-to",
    "references",
];

/// Message-ID, Date and the other headers of a header block (folded lines
/// unfolded).
fn parse_headers(block: &[u8]) -> Fields {
    let text = String::from_utf8_lossy(block);
    let mut unfolded: Vec<String> = Vec::new();
    for line in text.lines() {
        match (line.starts_with([' ', '\t']), unfolded.last_mut()) {
            (true, Some(last)) => last.push_str(line),
            _ => unfolded.push(line.to_string()),
        }
    }
    let mut fields = Fields::default();
    for line in &unfolded {
        let Some((name, value)) = line.split_once(':') else { continue };
        let value = value.trim();
        if name.eq_ignore_ascii_case("message-id") {
            fields.message_id = first_id(value);
        } else if name.eq_ignore_ascii_case("references") {
            fields.conversation = first_id(value).or(fields.conversation.take());
        } else if name.eq_ignore_ascii_case("in-reply-to") && fields.conversation.is_none() {
            fields.conversation = first_id(value);
        } else if name.eq_ignore_ascii_case("date") {
            // Drop a trailing comment such as "(UTC)", and the day of the week,
            // which mailers add and sometimes get wrong.
            let value = value.split_once('(').map_or(value, |(date, _)| date).trim();
            let value = value.split_once(',').filter(|(day, _)| day.len() <= 4).map_or(value, |(_, date)| date).trim();
            fields.date = DateTimeParser::new().parse_timestamp(value).ok();
        }
        let name = name.trim().to_ascii_lowercase();
        if !RENDERED.contains(&name.as_str()) && !name.starts_with("content-") && !name.starts_with("from ") {
            fields.others.push(line.clone());
        }
    }
    fields
}

/// The first message id of a header value ("<a@b> <c@d>", or bare).
fn first_id(value: &str) -> Option<String> {
    let id = value.split_whitespace().next()?.trim_start_matches('<');
    let id = id.split('>').next().unwrap_or(id).trim();
    (!id.is_empty()).then(|| id.to_string())
}

/// One message's text after its headers: up to the next mbox envelope line
/// ("From " at the start of a line after a blank line, or shaped like an
/// envelope), or to the end for a single message. Read in line-sized pieces
/// of at most `MAX_PIECE` bytes.
struct Body<'r, R> {
    reader: &'r mut R,
    mbox: bool,
    piece: Vec<u8>,
    served: usize,
    /// The last piece ended a line, and that line was blank.
    after_blank_line: bool,
    /// Stopped at the next message's envelope line.
    next: bool,
}

const MAX_PIECE: u64 = 64 << 10;

impl<'r, R: BufRead> Body<'r, R> {
    /// `after_blank_line`: the headers ended with their blank line, so an
    /// envelope line right after them starts the next message.
    fn new(reader: &'r mut R, mbox: bool, after_blank_line: bool) -> Self {
        Body { reader, mbox, piece: Vec::new(), served: 0, after_blank_line, next: false }
    }
}

impl<R: BufRead> Read for Body<'_, R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if self.next {
            return Ok(0);
        }
        if !self.mbox {
            return self.reader.read(buf);
        }
        if self.served == self.piece.len() {
            let line_start = self.piece.is_empty() || self.piece.ends_with(b"\n");
            let blank_before = self.after_blank_line;
            self.piece.clear();
            self.served = 0;
            if (&mut *self.reader).take(MAX_PIECE).read_until(b'\n', &mut self.piece)? == 0 {
                return Ok(0);
            }
            if line_start && self.piece.starts_with(b"From ") && (blank_before || is_envelope(&self.piece)) {
                // The next message's envelope: skip the rest of its line.
                while !self.piece.ends_with(b"\n") {
                    self.piece.clear();
                    if (&mut *self.reader).take(MAX_PIECE).read_until(b'\n', &mut self.piece)? == 0 {
                        break;
                    }
                }
                self.next = true;
                return Ok(0);
            }
            self.after_blank_line = line_start && is_blank(&self.piece) && self.piece.ends_with(b"\n");
        }
        let n = (self.piece.len() - self.served).min(buf.len());
        buf[..n].copy_from_slice(&self.piece[self.served..self.served + n]);
        self.served += n;
        Ok(n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::{Sink, Unit};

    #[derive(Default)]
    struct Collect {
        parts: Vec<(Option<String>, Option<String>)>,
        text: Vec<(Option<String>, u64, String)>,
    }

    impl Sink for Collect {
        fn unit(&mut self, unit: &Unit<'_>) {
            let owned = unit.text[unit.owned.clone()].to_string();
            self.text.push((unit.location.message.clone(), unit.first_line, owned));
        }

        fn part(&mut self, part: &Part) {
            self.parts.push((part.location.message.clone(), part.date.map(|d| d.to_string())));
        }
    }

    fn run(container: Container, bytes: &[u8], window: usize) -> Collect {
        let mut sink = Collect::default();
        let (head, mut rest) = bytes.split_at(bytes.len().min(20));
        let options = crate::extract::ExtractOptions { window, ..Default::default() };
        let mut context = Context::new(&options, &mut sink);
        extract(container, encoding_rs::UTF_8, head, &mut rest, &Location::default(), &mut context).unwrap();
        sink
    }

    const MBOX: &str = "From a@example.com Mon Jan  1 10:00:00 2024\n\
        Message-ID: <one@example.com>\nDate: Mon, 1 Jan 2024 10:00:00 +0000 (UTC)\nSubject: first\n\n\
        Body one, NI QQ 12 34 56 C\n>From the archive\nFrom here on, a body line\n\n\
        From b@example.com Tue Feb  6 10:00:00 2024\n\
        Date: Tue, 6 Feb\n 2024 09:30:00 +0100\nSubject: second\n\nBody two\n\n\
        From c@example.com Wed Feb  7 10:00:00 2024\nSubject: empty body\n\n\
        From d@example.com Wed Feb  7 10:00:00 2024\nSubject: last\n\nBody four\n";

    #[test]
    fn mbox_messages_get_their_id_or_index_and_date() {
        let got = run(Container::Mbox, MBOX.as_bytes(), 1 << 20);
        assert_eq!(
            got.parts,
            [
                (Some("one@example.com".into()), Some("2024-01-01T10:00:00Z".into())),
                (Some("2".into()), Some("2024-02-06T08:30:00Z".into())), // folded Date header
                (Some("3".into()), None),
                (Some("4".into()), None),
            ]
        );
        assert_eq!(got.text.len(), 4);
        assert!(got.text[0].2.contains("QQ 12 34 56 C") && got.text[0].2.contains(">From the archive"));
        assert!(got.text[0].2.starts_with("Subject: first\n\nBody one"), "addresses and subject, then the body");
        assert_eq!(got.text[1].2, "Subject: second\n\nBody two\n\n");
        assert_eq!(got.text[2].2, "Subject: empty body\n\n", "an envelope right after the headers");
        assert_eq!(got.text[3].2, "Subject: last\n\nBody four\n");
    }

    #[test]
    fn small_windows_and_reads_keep_message_boundaries() {
        let many: String = (0..200).map(|i| MBOX.replace("one@", &format!("m{i}@"))).collect();
        let got = run(Container::Mbox, many.as_bytes(), 64);
        assert_eq!(got.parts.len(), 800);
        let text: String = got.text.iter().map(|t| t.2.as_str()).collect();
        assert_eq!(text.matches("QQ 12 34 56 C").count(), 200);
    }

    #[test]
    fn headers_not_rendered_are_kept_as_written_and_non_mime_is_raw() {
        let eml = "Received: from pc1 ([192.0.2.10]) by mx.example.com\r\n\tfor <a@example.com>\r\n\
            From: a@example.com\r\nMessage-ID: <x@example.com>\r\nContent-Type: text/plain\r\n\r\nHello\r\n";
        let got = run(Container::Message, eml.as_bytes(), 1 << 20);
        assert_eq!(
            got.text[0].2,
            "From: a@example.com\nReceived: from pc1 ([192.0.2.10]) by mx.example.com\tfor <a@example.com>\n\nHello\n"
        );
    }

    /// Bytes of the characters that steer a quoted-printable decoder, drawn
    /// by a fixed xorshift sequence.
    fn shuffled(seed: u64, count: usize, len: usize) -> Vec<Vec<u8>> {
        const ALPHABET: &[u8] = b"==\n\n\r \t\x0cAaFf09gZ-\xc3\xa9x";
        let mut state = seed;
        let mut next = move || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        (0..count)
            .map(|_| {
                let len = next() as usize % len;
                (0..len).map(|_| ALPHABET[next() as usize % ALPHABET.len()]).collect()
            })
            .collect()
    }

    #[test]
    fn quoted_printable_decodes_as_mail_parser_decodes_it() {
        let mut given = shuffled(0x9e37_79b9_7f4a_7c15, 20_000, 40);
        given.extend(["a=3D b  \nc=\n d=\r\n=4", "x=\n=\n", "=A\nB =g = \t\n", "tail  ", "=4=1"].map(|s| s.into()));
        decodes_as_mail_parser(given);
    }

    /// The same on two million shuffled inputs of up to 80 bytes, in
    /// twenty sequences (~12 s): the decoder's differential check runs with
    /// every test run, not only by hand.
    #[test]
    fn quoted_printable_decodes_as_mail_parser_on_two_million_inputs() {
        for seed in 1..=20_u64 {
            decodes_as_mail_parser(shuffled(seed.wrapping_mul(0xd1b5_4a32_d192_ed03), 100_000, 80));
        }
    }

    fn decodes_as_mail_parser(given: Vec<Vec<u8>>) {
        for bytes in given {
            let (end, want) = MessageStream::new(&bytes).decode_quoted_printable_mime(b"");
            let mut got = Vec::new();
            let got = decode_quoted_printable(&bytes, &mut got).map(|()| got);
            let want = (end != usize::MAX).then(|| want.into_owned());
            assert_eq!(got, want, "{:?}", String::from_utf8_lossy(&bytes));
        }
    }

    /// A message predecoded parses to the same text and attachments as the
    /// message as written.
    #[test]
    fn predecoded_messages_parse_as_the_original() {
        let heads = [
            "Subject: a\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n",
            "Content-Transfer-Encoding: base64\r\nContent-Type: text/html\r\nContent-Transfer-Encoding:\r\n Quoted-Printable\r\n\r\n",
            "Content-Type: text/plain; charset=iso-8859-1\nContent-Disposition: attachment; filename=a.txt\n\
             Content-Transfer-Encoding: quoted-printable\nX-After: 1\n\n",
            "Content-Type: TEXT/plain\nContent-Transfer-Encoding: quoted-printable\nContent-Transfer-Encoding: 7bit\n\n",
            "Content-Type: application/pdf\nContent-Transfer-Encoding: quoted-printable\n\n",
        ];
        let mut predecoded_count = 0;
        for (i, body) in shuffled(0x2545_f491_4f6c_dd1d, 2_000, 80).into_iter().enumerate() {
            let raw = [heads[i % heads.len()].as_bytes(), &body].concat();
            let said = |raw: &[u8]| {
                let message = MessageParser::default().parse(raw).expect("a message");
                let text: Vec<_> = message.text_bodies().map(|p| (p.is_text_html(), p.contents().to_vec())).collect();
                let attached: Vec<_> = message
                    .attachments()
                    .map(|p| (p.attachment_name().map(str::to_string), p.contents().to_vec()))
                    .collect();
                (text, attached)
            };
            if let Some(decoded) = predecoded(&raw) {
                predecoded_count += 1;
                assert_eq!(said(&decoded), said(&raw), "{:?}", String::from_utf8_lossy(&raw));
            }
        }
        // 720 are: the rest are not text, not quoted-printable, or given up on.
        assert!(predecoded_count > 500, "{predecoded_count} of 2,000 predecoded");
    }

    #[test]
    fn a_display_name_s_unquoted_comma_keeps_its_mailbox_whole() {
        let mail = b"From: a@example.com\nCc: Tregunna, Zeph <zt@example.net>, b@example.com\nSubject: x\n\nBody\n";
        let text = &run(Container::Message, mail, 1 << 20).text[0].2;
        assert!(text.contains("Cc: Tregunna, Zeph <zt@example.net>\nCc: b@example.com\n"), "{text}");
    }

    #[test]
    fn a_single_message_has_no_message_location() {
        // Thursday, not Monday: the wrong weekday is ignored.
        let eml = "From: a@example.com\r\nDate: Mon, 29 Feb 2024 05:34 -0500\r\n\r\nFrom here on, text\r\n";
        let got = run(Container::Message, eml.as_bytes(), 1 << 20);
        assert_eq!(got.parts, [(None, Some("2024-02-29T10:34:00Z".into()))]);
        assert_eq!(got.text[0].2, "From: a@example.com\n\nFrom here on, text\n", "no mbox splitting in one message");
    }
}
