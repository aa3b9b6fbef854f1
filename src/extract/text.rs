//! Plain text in any encoding `sniff` recognises, decoded to UTF-8 by
//! encoding_rs and streamed in overlapping windows: memory stays bounded on
//! a file of any size, and a match that straddles a window edge is seen whole
//! by the next window (see `Unit::owned`).

use std::io::{self, Read};

use encoding_rs::{Decoder, Encoding};

use super::{Location, Sink, Unit};

/// Bytes shared by neighbouring windows: the longest match plus its context
/// must fit in half of it.
const OVERLAP: usize = 4096;
const READ_CHUNK: usize = 256 << 10;
/// The first read's size: most files on a share are small, and a buffer is
/// zeroed before it is read into. Reads grow to `READ_CHUNK` while they fill it.
const FIRST_READ: usize = 16 << 10;

/// The buffers of windowed decoding, kept for the next text: a mailbox
/// decodes one text per message.
#[derive(Default)]
pub struct Windows {
    text: String,
    raw: Vec<u8>,
    /// The bytes the next text is expected to hold, if known (`sized`).
    expected: usize,
}

impl Windows {
    /// Buffers for a text of `bytes` bytes: sized once by `extract`, not
    /// grown (and copied) read by read.
    pub fn sized(bytes: u64) -> Windows {
        Windows { expected: usize::try_from(bytes).unwrap_or(usize::MAX), ..Windows::default() }
    }

    /// Decodes `head` then `rest` as one text at `location`.
    pub fn extract(
        &mut self,
        encoding: &'static Encoding,
        head: &[u8],
        rest: &mut dyn Read,
        window: usize,
        location: &Location,
        sink: &mut dyn Sink,
    ) -> io::Result<()> {
        let overlap = OVERLAP.min(window / 4);
        // Sniffs and strips a BOM; without one, decodes as `encoding`.
        let mut decoder = encoding.new_decoder();
        let (text, raw) = (&mut self.text, &mut self.raw);
        text.clear();
        let chunk = READ_CHUNK.min(window);
        if let Some(decoded) = decoder.max_utf8_buffer_length(self.expected.min(window + chunk)) {
            text.reserve(decoded);
        }
        // The whole text in one read if it fits a chunk (one byte more, to
        // see its end).
        let first_read = self.expected.saturating_add(1).clamp(FIRST_READ.min(chunk), chunk);
        if raw.len() < first_read {
            raw.resize(first_read, 0);
        }
        decode(&mut decoder, head, text, false);
        let mut first_line = 1;
        let mut owned_start = 0;
        let mut eof = false;
        loop {
            while text.len() < window && !eof {
                let n = read_some(rest, raw)?;
                eof = n == 0;
                decode(&mut decoder, &raw[..n], text, eof);
                if n == raw.len() && n < chunk {
                    raw.resize((2 * n).min(chunk), 0);
                }
            }
            let owned_end = if eof { text.len() } else { floor_char_boundary(text, text.len() - overlap / 2) };
            sink.unit(&Unit { owned: owned_start..owned_end, ..Unit::whole(location, text, first_line, &[]) });
            if eof {
                return Ok(());
            }
            let keep_from = floor_char_boundary(text, text.len() - overlap);
            first_line += memchr::memchr_iter(b'\n', &text.as_bytes()[..keep_from]).count() as u64;
            owned_start = owned_end - keep_from;
            text.drain(..keep_from);
        }
    }
}

/// `head` then `rest`, decoded from `encoding` (or the encoding of a BOM)
/// to UTF-8 as they are read.
pub struct Decoded<'a> {
    decoder: Decoder,
    input: io::Chain<&'a [u8], &'a mut dyn Read>,
    raw: Vec<u8>,
    out: String,
    served: usize,
    eof: bool,
}

pub fn decoded<'a>(encoding: &'static Encoding, head: &'a [u8], rest: &'a mut dyn Read) -> Decoded<'a> {
    Decoded {
        decoder: encoding.new_decoder(),
        input: head.chain(rest),
        raw: vec![0; 64 << 10],
        out: String::new(),
        served: 0,
        eof: false,
    }
}

impl Read for Decoded<'_> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        while self.served == self.out.len() && !self.eof {
            self.out.clear();
            self.served = 0;
            let n = read_some(&mut self.input, &mut self.raw)?;
            self.eof = n == 0;
            decode(&mut self.decoder, &self.raw[..n], &mut self.out, self.eof);
        }
        let n = (self.out.len() - self.served).min(buf.len());
        buf[..n].copy_from_slice(&self.out.as_bytes()[self.served..self.served + n]);
        self.served += n;
        Ok(n)
    }
}

/// `head` then `rest`, decoded, whole: for formats parsed in one piece
/// (HTML, JSON), up to the member limit.
pub fn whole(
    encoding: &'static Encoding,
    head: &[u8],
    rest: &mut dyn Read,
    context: &super::Context,
) -> Result<String, super::ExtractError> {
    let bytes = super::read_capped(&[], &mut decoded(encoding, head, rest), context.options.limits.max_member)?;
    Ok(String::from_utf8(bytes).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned()))
}

fn decode(decoder: &mut Decoder, bytes: &[u8], text: &mut String, last: bool) {
    if let Some(needed) = decoder.max_utf8_buffer_length(bytes.len()) {
        text.reserve(needed);
    }
    // With the space reserved above, one call consumes all of `bytes`;
    // malformed sequences become U+FFFD.
    let _ = decoder.decode_to_string(bytes, text, last);
}

fn read_some<R: Read + ?Sized>(reader: &mut R, buf: &mut [u8]) -> io::Result<usize> {
    loop {
        match reader.read(buf) {
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            other => return other,
        }
    }
}

fn floor_char_boundary(s: &str, mut i: usize) -> usize {
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;
    use encoding_rs::{UTF_16LE, UTF_8, WINDOWS_1252};

    /// Collects each window's owned text and the line number it starts on.
    #[derive(Default)]
    struct Collect(Vec<(u64, String)>);

    impl Sink for Collect {
        fn unit(&mut self, unit: &Unit<'_>) {
            let owned = &unit.text[unit.owned.clone()];
            let line = unit.locator().at(unit.owned.start).line.unwrap();
            self.0.push((line, owned.to_string()));
        }
    }

    fn run(encoding: &'static Encoding, bytes: &[u8], window: usize) -> Collect {
        let mut sink = Collect::default();
        let (head, mut rest) = bytes.split_at(bytes.len().min(10));
        Windows::default().extract(encoding, head, &mut rest, window, &Location::default(), &mut sink).unwrap();
        sink
    }

    #[test]
    fn owned_ranges_tile_the_text_exactly() {
        let text: String = (0..2000).map(|i| format!("line {i} é\n")).collect();
        for window in [64, 100, 1000, 1 << 20] {
            let got = run(UTF_8, text.as_bytes(), window);
            let joined: String = got.0.iter().map(|(_, t)| t.as_str()).collect();
            assert_eq!(joined, text, "window {window}");
            for (line, owned) in &got.0 {
                // Each owned piece starts on the line its text says it does.
                let first = owned.split('\n').next().unwrap();
                let expected = text.split('\n').nth(*line as usize - 1).unwrap();
                assert!(expected.ends_with(first), "window {window}: line {line} {first:?} vs {expected:?}");
            }
        }
    }

    #[test]
    fn decodes_utf16_and_windows_1252() {
        let utf16: Vec<u8> =
            [0xFF, 0xFE].into_iter().chain("Zoë QQ123456C\r\n".encode_utf16().flat_map(u16::to_le_bytes)).collect();
        assert_eq!(run(UTF_16LE, &utf16, 1 << 20).0[0].1, "Zoë QQ123456C\r\n");
        assert_eq!(run(WINDOWS_1252, b"Zo\xEB \xA35", 1 << 20).0[0].1, "Zoë £5");
        // A BOM overrides the sniffed encoding and is not part of the text.
        assert_eq!(run(WINDOWS_1252, b"\xEF\xBB\xBFhi", 1 << 20).0[0].1, "hi");
    }
}
