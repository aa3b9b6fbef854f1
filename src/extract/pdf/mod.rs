//! PDF: text page by page, located by `page`. lopdf parses the file
//! (object streams, xref streams, incremental updates, encryption) and
//! pdf-extract interprets each page's content stream: text operators, font
//! encodings and `Differences`, ToUnicode CMaps, CID fonts, spacing from
//! positions. PDFs encrypted with the empty user password (the usual "no
//! copying" restriction) are read; others need a password and are errors.
//! A page with images and no text is a scan: with OCR on, each of its
//! images is handed to `ocr` as a file the engine reads (JPEG and JPEG 2000
//! as they are, CCITT fax wrapped in a TIFF header, Flate samples as PNG or
//! PNM), located by page and image; with OCR off, each such page is
//! reported, and a file of nothing else is reported as needing OCR.
//!
//! lopdf inflates a stream whole, whatever it expands to, and sizes a
//! predictor's rows from `/Columns` as written. So before it parses the
//! file, `defuse` decodes each compressed stream in the raw bytes with a
//! bound and empties in place (offsets unchanged) any that expands past
//! `MAX_STREAM`, and rewrites absurd predictor parameters; each is a
//! problem on the file, whose other text is read. Every filter chain lopdf
//! decodes (Flate, LZW, ASCII85) is checked; the streams of encrypted
//! files are not, as their bytes are ciphertext until lopdf decrypts them.
//!
//! pdf-extract draws an XObject (`Do`) by interpreting it anew each time,
//! without bound; `forms` checks a page's drawing before it is read.
//!
//! A cross-reference table that is missing, damaged or points at the wrong
//! offsets is rebuilt as poppler does (`rebuilt_xref`): every `N G obj` in
//! the file, under a trailer of the last `/Root`, `/Info`, `/Encrypt` and
//! `/ID` written anywhere in it.

use std::collections::{BTreeMap, HashMap};
use std::io::Read;

use flate2::read::{DeflateDecoder, ZlibDecoder};
use memchr::memmem;

use lopdf::xobject::PdfImage;
use lopdf::{Dictionary, Document, Object, ObjectId};
use pdf_extract::PlainTextOutput;

use super::markup::Properties;
use super::{ocr, Context, Emitter, ExtractError, Location};

mod forms;

pub fn extract(head: &[u8], input: &mut dyn Read, at: &Location, context: &mut Context) -> Result<(), ExtractError> {
    let mut bytes = super::read_capped(head, input, context.options.limits.max_member)?;
    let mut defused = defuse(&mut bytes);
    let mut document = load(&bytes)?;
    drop(bytes);
    // lopdf decrypts what the empty user password opens as it loads.
    let encrypted = document.was_encrypted() || document.is_encrypted();
    if document.is_encrypted() && document.decrypt("").is_err() {
        return Err(ExtractError::Encrypted("the PDF needs a password to open".into()));
    }
    if encrypted {
        defused.extend(defuse_decrypted(&mut document));
    }
    for error in &defused {
        context.sink.problem(at, error);
    }
    let mut out = Emitter::new(at.clone());
    properties(&document).announce(at, &mut out, context);
    let pages = document.get_pages();
    // A filled-in form's answers are in its fields, not in the page text:
    // read after the text of their widget's page.
    let page_numbers: HashMap<ObjectId, u32> = pages.iter().map(|(&number, &id)| (id, number)).collect();
    let mut answers: BTreeMap<Option<u32>, Vec<String>> = BTreeMap::new();
    for (page, line) in form_fields(&document) {
        answers.entry(page.and_then(|id| page_numbers.get(&id).copied())).or_default().push(line);
    }
    let mut image_only = Vec::new();
    // Pages that could not be read: when that is every page, the file was
    // not read at all, and is an error (the first page's).
    let (mut failed, mut first_failure) = (0, None);
    for (&number, &id) in &pages {
        let location = Location { page: Some(number), ..at.clone() };
        let mut text = String::new();
        let failure = match forms::check(&document, id) {
            forms::Check::Unreadable(error) => Some(error),
            check => {
                let emptied = match check {
                    forms::Check::Unbounded { streams, problem } => {
                        context.sink.problem(&location, &problem);
                        forms::empty(&mut document, &streams)
                    }
                    _ => Vec::new(),
                };
                let page = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                    pdf_extract::output_doc_page(&document, &mut PlainTextOutput::new(&mut text), number)
                }));
                forms::restore(&mut document, emptied);
                match page {
                    Ok(Ok(())) => None,
                    Ok(Err(e)) => Some(ExtractError::corrupt("cannot read the page", e)),
                    Err(_) => Some(ExtractError::crashed()),
                }
            }
        };
        if let Some(error) = failure {
            context.sink.problem(&location, &error);
            failed += 1;
            first_failure.get_or_insert(error);
        }
        let filled = answers.remove(&Some(number)).unwrap_or_default();
        if text.trim().is_empty() && has_images(&document, id) {
            image_only.push((location.clone(), id));
        }
        if text.trim().is_empty() && filled.is_empty() {
            continue;
        }
        out.relocate(context.sink, location);
        for line in text.lines().map(str::trim_end).chain(filled.iter().map(String::as_str)) {
            out.push(line);
            out.end_line(context.sink, context.options.window);
        }
    }
    let unplaced: Vec<String> = answers.into_values().flatten().collect();
    if !unplaced.is_empty() {
        out.relocate(context.sink, at.clone());
        for line in &unplaced {
            out.push(line);
            out.end_line(context.sink, context.options.window);
        }
    }
    out.flush(context.sink);
    if let Some(error) = first_failure.filter(|_| failed == pages.len()) {
        return Err(error);
    }
    if context.options.ocr.enabled() {
        for (location, id) in image_only {
            read_images(&document, id, &location, context);
        }
        return Ok(());
    }
    let off = context.options.ocr.off();
    if !image_only.is_empty() && image_only.len() == pages.len() {
        let why =
            format!("{} of {} pages are images without text (a scan?), not read; {off}", pages.len(), pages.len());
        return Err(ExtractError::NeedsOcr { pages: pages.len() as u64, why });
    }
    for (location, _) in image_only {
        let why = format!("the page is an image without text, not read; {off}");
        context.sink.problem(&location, &ExtractError::NeedsOcr { pages: 1, why });
    }
    Ok(())
}

/// OCRs the images of the page `id`, each at `at` with its number; an
/// image that cannot be read is a problem at its place.
fn read_images(document: &Document, id: ObjectId, at: &Location, context: &mut Context) {
    let Ok(images) = document.get_page_images(id) else { return };
    for (number, image) in (1..).zip(&images) {
        let location = Location { image: Some(number), ..at.clone() };
        let read = standalone(image).and_then(|bytes| ocr::read(&bytes, number, at, context));
        if let Err(error) = read {
            context.sink.problem(&location, &error);
        }
    }
}

/// An image of a PDF as a file of its own that the OCR engine reads.
fn standalone(image: &PdfImage) -> Result<Vec<u8>, ExtractError> {
    let unreadable = |what: String| ExtractError::UnsupportedEncoding(format!("an image {what}; not read by OCR"));
    let (width, height) = (dimension(image.width)?, dimension(image.height)?);
    let filters = image.filters.as_deref().unwrap_or_default();
    let params = decode_params(image.origin_dict);
    match filters {
        [only] if only == "DCTDecode" || only == "JPXDecode" => Ok(image.content.to_vec()),
        [only] if only == "CCITTFaxDecode" => Ok(ccitt_tiff(image.content, width, height, params)),
        [] | [_] if filters.iter().all(|f| f == "FlateDecode") => {
            let channels = match image.color_space.as_deref() {
                Some("DeviceGray" | "CalGray") | None => 1,
                Some("DeviceRGB" | "CalRGB") => 3,
                Some(other) => return Err(unreadable(format!("in the colour space {other}"))),
            };
            let bits = image.bits_per_component.unwrap_or(8);
            if !(bits == 8 || bits == 1 && channels == 1) {
                return Err(unreadable(format!("of {bits} bits per sample")));
            }
            let raster = Raster { width, height, channels, bits: bits as u8 };
            let predictor = params.and_then(|p| p.get(b"Predictor").ok()?.as_i64().ok()).unwrap_or(1);
            match (filters.is_empty(), predictor) {
                (false, 10..) => Ok(raster.png(image.content)),
                (true, _) => raster.pnm(image.content),
                (false, _) => raster.pnm(&inflate(image.content, raster.bytes())?),
            }
        }
        _ => Err(unreadable(format!("compressed as {}", filters.join(" + ")))),
    }
}

/// Bytes one PDF stream (a page's content, an object stream) may inflate
/// to: far above any page of text, and what lopdf and pdf-extract can hold
/// parsed many times over within a few hundred MiB.
const MAX_STREAM: u64 = 16 << 20;

/// Finds, in a PDF's raw bytes, the streams whose filters (Flate, LZW,
/// ASCII85, chained as lopdf decodes them) expand past `MAX_STREAM` and
/// empties them — their `/Filter` and data blanked to spaces, offsets
/// unchanged — and the predictor rows wider than that and narrows them;
/// says what it did, one error each. Images are left alone: nothing here
/// decodes them.
fn defuse(bytes: &mut [u8]) -> Vec<ExtractError> {
    let mut defused = Vec::new();
    let starts: Vec<usize> = memmem::find_iter(bytes, b"stream").filter(|&i| !bytes[..i].ends_with(b"end")).collect();
    for keyword in starts {
        let dict_start = memmem::rfind(&bytes[keyword.saturating_sub(8192)..keyword], b"obj")
            .map_or(keyword.saturating_sub(8192), |i| keyword.saturating_sub(8192) + i + 3);
        let dict = &bytes[dict_start..keyword];
        let Some((entry, filters)) = filter_entry(dict) else { continue };
        if !filters.iter().any(|f| f.expands()) || contains(dict, b"/Image") {
            continue;
        }
        let dict = dict.to_vec();
        let object = object_number(&bytes[..dict_start]);
        let mut data = keyword + b"stream".len();
        data += match bytes.get(data..data + 2) {
            Some(b"\r\n") => 2,
            Some([b'\n' | b'\r', _]) => 1,
            _ => 0,
        };
        let end = memmem::find(&bytes[data..], b"endstream").map_or(bytes.len(), |i| data + i);
        if row_width(|key| number(&dict, &[b"/", key].concat())) > MAX_STREAM {
            for key in [&b"/Columns"[..], b"/Colors", b"/BitsPerComponent"] {
                if let Some(digits) = number_after(&dict, key) {
                    let digits = dict_start + digits.start..dict_start + digits.end;
                    bytes[digits.start] = if key == b"/BitsPerComponent" { b'8' } else { b'1' };
                    bytes[digits.start + 1..digits.end].fill(b' ');
                }
            }
            defused.push(too_wide(&object));
        }
        if decoded_size(&filters, &bytes[data..end]) > MAX_STREAM {
            bytes[dict_start + entry.start..dict_start + entry.end].fill(b' ');
            bytes[data..end].fill(b' ');
            defused.push(too_large(&object));
        }
    }
    defused
}

/// `defuse` for the streams of an encrypted document, which were
/// ciphertext in its raw bytes: checked once decrypted, before any is
/// decoded, and emptied or narrowed the same way.
fn defuse_decrypted(document: &mut Document) -> Vec<ExtractError> {
    let mut defused = Vec::new();
    for (&(number, _), object) in &mut document.objects {
        let Object::Stream(stream) = object else { continue };
        let filters = stream.filters().ok().and_then(|names| names.into_iter().map(Filter::named).collect());
        let Some(filters) = filters.filter(|f: &Vec<Filter>| f.iter().any(|f| f.expands())) else { continue };
        if stream.dict.get(b"Subtype").and_then(Object::as_name).is_ok_and(|name| name == b"Image") {
            continue;
        }
        if let Ok(Object::Dictionary(params)) = stream.dict.get_mut(b"DecodeParms") {
            let value = |key: &[u8]| params.get(key).and_then(Object::as_i64).ok().and_then(|n| u64::try_from(n).ok());
            if row_width(value) > MAX_STREAM {
                params.set("Columns", 1);
                params.set("Colors", 1);
                params.set("BitsPerComponent", 8);
                defused.push(too_wide(&number.to_string()));
            }
        }
        if decoded_size(&filters, &stream.content) > MAX_STREAM {
            stream.dict.remove(b"Filter");
            stream.dict.remove(b"DecodeParms");
            stream.set_content(Vec::new());
            defused.push(too_large(&number.to_string()));
        }
    }
    defused
}

fn too_wide(object: &str) -> ExtractError {
    ExtractError::Limit(format!(
        "object {object}: predictor rows wider than {} MiB (damaged?); decoded as one column",
        MAX_STREAM >> 20
    ))
}

fn too_large(object: &str) -> ExtractError {
    ExtractError::Limit(format!(
        "object {object}: a compressed stream expands past {} MiB (a decompression bomb?); not read",
        MAX_STREAM >> 20
    ))
}

/// The stream filters lopdf decodes.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Filter {
    Flate,
    Lzw,
    Ascii85,
}

impl Filter {
    /// The filter of a name, full or abbreviated as inline images write it.
    fn named(name: &[u8]) -> Option<Filter> {
        match name {
            b"FlateDecode" | b"Fl" => Some(Filter::Flate),
            b"LZWDecode" | b"LZW" => Some(Filter::Lzw),
            b"ASCII85Decode" | b"A85" => Some(Filter::Ascii85),
            _ => None,
        }
    }

    /// Whether its output can be far larger than its input.
    fn expands(self) -> bool {
        matches!(self, Filter::Flate | Filter::Lzw)
    }
}

/// Where the `/Filter` entry of a stream's dictionary is (key and value),
/// and its filters in decoding order; `None` without one, or with a filter
/// lopdf cannot decode (then it decodes nothing).
fn filter_entry(dict: &[u8]) -> Option<(std::ops::Range<usize>, Vec<Filter>)> {
    let start = memmem::find(dict, b"/Filter")?;
    let value = start + b"/Filter".len();
    let value = value + dict[value..].iter().take_while(|b| b.is_ascii_whitespace()).count();
    let end = match dict.get(value)? {
        b'[' => value + memchr::memchr(b']', &dict[value..])? + 1,
        b'/' => value + 1 + dict[value + 1..].iter().take_while(|b| b.is_ascii_alphanumeric()).count(),
        _ => return None,
    };
    let names = dict[value..end].trim_ascii_start().strip_prefix(b"[").unwrap_or(&dict[value..end]);
    let filters = names
        .split(|&b| b == b'/')
        .skip(1)
        .map(|name| Filter::named(name.trim_ascii().strip_suffix(b"]").unwrap_or(name.trim_ascii()).trim_ascii()))
        .collect::<Option<Vec<_>>>()?;
    Some((start..end, filters))
}

/// What a stream decodes to through `filters`, counted up to just past
/// `MAX_STREAM`: each stage's output is held only that far.
fn decoded_size(filters: &[Filter], data: &[u8]) -> u64 {
    let mut stage = std::borrow::Cow::Borrowed(data);
    for filter in filters {
        stage = std::borrow::Cow::Owned(match filter {
            Filter::Flate => inflate_capped(&stage),
            Filter::Lzw => lzw_capped(&stage),
            Filter::Ascii85 => ascii85(&stage),
        });
        if stage.len() as u64 > MAX_STREAM {
            break;
        }
    }
    stage.len() as u64
}

/// A Flate stream inflated up to just past `MAX_STREAM`; as lopdf does,
/// raw deflate after the two header bytes when zlib fails.
fn inflate_capped(data: &[u8]) -> Vec<u8> {
    let inflate = |reader: &mut dyn Read| {
        let mut out = Vec::new();
        let failed = reader.take(MAX_STREAM + 1).read_to_end(&mut out).is_err();
        (failed, out)
    };
    match inflate(&mut ZlibDecoder::new(data)) {
        (true, out) if out.is_empty() => data.get(2..).map_or(out, |raw| inflate(&mut DeflateDecoder::new(raw)).1),
        (_, out) => out,
    }
}

/// An LZW stream (PDF's, early change) decoded up to just past `MAX_STREAM`.
fn lzw_capped(data: &[u8]) -> Vec<u8> {
    let mut decoder = weezl::decode::Decoder::with_tiff_size_switch(weezl::BitOrder::Msb, 8);
    let mut out = Vec::new();
    let mut buffer = vec![0; 64 << 10];
    let mut input = data;
    while out.len() as u64 <= MAX_STREAM {
        let result = decoder.decode_bytes(input, &mut buffer);
        out.extend_from_slice(&buffer[..result.consumed_out]);
        input = &input[result.consumed_in..];
        match result.status {
            Ok(weezl::LzwStatus::Ok) => {}
            _ => break,
        }
    }
    out
}

/// ASCII85 decoded (never longer than its input); what lopdf makes of a
/// damaged one does not matter here, only its size.
fn ascii85(data: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(data.len());
    let (mut group, mut count) = (0u32, 0);
    for &b in data.iter().take_while(|&&b| b != b'~') {
        match b {
            b'z' if count == 0 => out.extend_from_slice(&[0; 4]),
            b'!'..=b'u' => {
                group = group.wrapping_mul(85).wrapping_add(u32::from(b - b'!'));
                count += 1;
                if count == 5 {
                    out.extend_from_slice(&group.to_be_bytes());
                    (group, count) = (0, 0);
                }
            }
            _ => {}
        }
    }
    if count > 1 {
        for _ in count..5 {
            group = group.wrapping_mul(85).wrapping_add(84);
        }
        out.extend_from_slice(&group.to_be_bytes()[..count - 1]);
    }
    out
}

/// The bytes one predictor row takes, as lopdf computes it from the
/// decode parameters `value` gives.
fn row_width(value: impl Fn(&[u8]) -> Option<u64>) -> u64 {
    let predictor = value(b"Predictor").unwrap_or(1);
    if !(10..=15).contains(&predictor) {
        return 0;
    }
    let columns = value(b"Columns").unwrap_or(1).max(1);
    let colors = value(b"Colors").unwrap_or(1).max(1);
    let bits = value(b"BitsPerComponent").unwrap_or(8).max(8);
    columns.saturating_mul(colors).saturating_mul(bits) / 8
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    memmem::find(haystack, needle).is_some()
}

/// The digits of the number after `key` in `dict`.
fn number_after(dict: &[u8], key: &[u8]) -> Option<std::ops::Range<usize>> {
    let after = memmem::find(dict, key)? + key.len();
    let start = after + dict[after..].iter().take_while(|b| b.is_ascii_whitespace()).count();
    let len = dict[start..].iter().take_while(|b| b.is_ascii_digit()).count();
    (len > 0).then_some(start..start + len)
}

fn number(dict: &[u8], key: &[u8]) -> Option<u64> {
    let digits = number_after(dict, key)?;
    Some(dict[digits].iter().fold(0u64, |n, d| n.saturating_mul(10).saturating_add(u64::from(d - b'0'))))
}

/// The object number of the `N G obj` that ends `before`, for messages.
fn object_number(before: &[u8]) -> String {
    let text = String::from_utf8_lossy(&before[before.len().saturating_sub(32)..]);
    let words: Vec<&str> = text.split_whitespace().collect();
    match words.as_slice() {
        [.., number, _, obj] if obj.ends_with("obj") && number.parse::<u64>().is_ok() => number.to_string(),
        _ => "?".into(),
    }
}

/// The document, through a rebuilt cross-reference table if lopdf cannot
/// load it as written (the error is then the first one's).
fn load(bytes: &[u8]) -> Result<Document, ExtractError> {
    Document::load_mem(bytes).or_else(|error| {
        rebuilt_xref(bytes).and_then(|rebuilt| Document::load_mem(&rebuilt).ok()).ok_or_else(|| opening(error))
    })
}

/// The file from its `%PDF-` on, followed by a fresh cross-reference table
/// listing each object number at its last `N G obj` (an incremental update
/// redefines objects further on) and a trailer of the last `/Root`,
/// `/Info`, `/Encrypt` and `/ID` found anywhere (a trailer or an xref
/// stream's dictionary), else the last object typed `/Catalog` as root.
/// Objects inside object streams are found by lopdf when it reads their
/// stream. None when there is no object or no root.
fn rebuilt_xref(bytes: &[u8]) -> Option<Vec<u8>> {
    let body = &bytes[memmem::find(bytes, b"%PDF-")?..];
    let mut objects: BTreeMap<u64, (u64, usize)> = BTreeMap::new();
    for at in memmem::find_iter(body, b"obj") {
        if let Some((number, generation, start)) = object_header(&body[..at]) {
            objects.insert(number, (generation, start));
        }
    }
    let catalog = || {
        let at = memmem::rfind(body, b"/Catalog")?;
        let (number, (generation, _)) =
            objects.iter().filter(|(_, &(_, start))| start < at).max_by_key(|(_, o)| o.1)?;
        Some(format!("{number} {generation} R").into_bytes())
    };
    let root = last_entry(body, b"/Root", b'R').or_else(catalog)?;
    let mut out = body.to_vec();
    out.push(b'\n');
    let xref = out.len();
    out.extend(b"xref\n0 1\n0000000000 65535 f \n");
    for (number, (generation, start)) in &objects {
        out.extend(format!("{number} 1\n{start:010} {generation:05} n \n").as_bytes());
    }
    let size = objects.keys().next_back().map_or(1, |n| n + 1);
    out.extend(format!("trailer\n<< /Size {size} /Root ").as_bytes());
    out.extend(root);
    for (key, end) in [(&b"/Info"[..], b'R'), (b"/Encrypt", b'R'), (b"/ID", b']')] {
        if let Some(value) = last_entry(body, key, end) {
            out.extend([b" ", key, b" "].concat());
            out.extend(value);
        }
    }
    out.extend(format!(" >>\nstartxref\n{xref}\n%%EOF\n").as_bytes());
    Some(out)
}

/// The object number, generation and start of the `N G ` that ends
/// `before` (the bytes before an `obj` keyword), if it does.
fn object_header(before: &[u8]) -> Option<(u64, u64, usize)> {
    let token = |end: usize| {
        let end = end - before[..end].iter().rev().take_while(|b| b.is_ascii_whitespace()).count();
        let start = end - before[..end].iter().rev().take(10).take_while(|b| b.is_ascii_digit()).count();
        let number = std::str::from_utf8(&before[start..end]).ok()?.parse().ok()?;
        Some((number, start))
    };
    let (generation, gen_start) = token(before.len())?;
    let (number, start) = token(gen_start)?;
    let separated = before[start..gen_start].last().is_some_and(u8::is_ascii_whitespace);
    let token_starts = start == 0 || before[start - 1].is_ascii_whitespace();
    (separated && token_starts).then_some((number, generation, start))
}

/// The value after the last `key` in `body` that runs to an `end` byte
/// within 128 bytes and holds no other key (`N G R` for a reference, `[...]`
/// for `/ID`).
fn last_entry(body: &[u8], key: &[u8], end: u8) -> Option<Vec<u8>> {
    memmem::rfind_iter(body, key).find_map(|at| {
        let value = &body[at + key.len()..body.len().min(at + key.len() + 128)];
        let value = &value[..=value.iter().position(|&b| b == end)?];
        let value = value.trim_ascii();
        (!value.contains(&b'/') && !value.is_empty()).then(|| value.to_vec())
    })
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

/// An image's width or height, if it is one.
fn dimension(value: i64) -> Result<u32, ExtractError> {
    u32::try_from(value)
        .ok()
        .filter(|&v| v > 0)
        .ok_or_else(|| ExtractError::Corrupt(format!("an image {value} pixels wide or high")))
}

/// The image's `DecodeParms` (the first, for a chain of filters).
fn decode_params(dict: &Dictionary) -> Option<&Dictionary> {
    match dict.get(b"DecodeParms").ok()? {
        Object::Dictionary(params) => Some(params),
        Object::Array(array) => array.first()?.as_dict().ok(),
        _ => None,
    }
}

/// CCITT fax data as a one-strip TIFF: group 4 when `K` < 0, else group 3
/// (two-dimensional when `K` > 0). `EncodedByteAlign` and `BlackIs1` have
/// no TIFF tag of their own worth the trouble: the engine reads what most
/// scanners write.
fn ccitt_tiff(data: &[u8], width: u32, height: u32, params: Option<&Dictionary>) -> Vec<u8> {
    let k = params.and_then(|p| p.get(b"K").ok()?.as_i64().ok()).unwrap_or(0);
    let (compression, options_tag, options) = match k {
        ..0 => (4u32, 293u16, 0u32),
        0 => (3, 292, 0),
        1.. => (3, 292, 1),
    };
    const HEADER: u32 = 8;
    let entries: [(u16, u16, u32); 10] = [
        (256, 4, width),
        (257, 4, height),
        (258, 3, 1),
        (259, 3, compression),
        (262, 3, 0),
        (273, 4, 0), // the strip's offset, set below
        (277, 3, 1),
        (278, 4, height),
        (279, 4, data.len() as u32),
        (options_tag, 4, options),
    ];
    let strip = HEADER + 2 + entries.len() as u32 * 12 + 4;
    let mut tiff = Vec::with_capacity(strip as usize + data.len());
    tiff.extend_from_slice(b"II*\0");
    tiff.extend_from_slice(&HEADER.to_le_bytes());
    tiff.extend_from_slice(&(entries.len() as u16).to_le_bytes());
    for (tag, kind, value) in entries {
        let value = if tag == 273 { strip } else { value };
        tiff.extend_from_slice(&tag.to_le_bytes());
        tiff.extend_from_slice(&kind.to_le_bytes());
        tiff.extend_from_slice(&1u32.to_le_bytes());
        match kind {
            3 => tiff.extend_from_slice(&[(value as u16).to_le_bytes(), [0, 0]].concat()),
            _ => tiff.extend_from_slice(&value.to_le_bytes()),
        }
    }
    tiff.extend_from_slice(&0u32.to_le_bytes());
    tiff.extend_from_slice(data);
    tiff
}

/// Uncompressed samples of a PDF image, as the OCR engine will read them.
struct Raster {
    width: u32,
    height: u32,
    /// 1 (grey) or 3 (RGB).
    channels: u8,
    /// 8, or 1 for black and white.
    bits: u8,
}

impl Raster {
    /// Bytes of the samples, rows padded to whole bytes.
    fn bytes(&self) -> u64 {
        let row = (u64::from(self.width) * u64::from(self.channels) * u64::from(self.bits)).div_ceil(8);
        row * u64::from(self.height)
    }

    /// A PNG around a Flate stream written with PNG predictors: that is
    /// exactly PNG's own image data, so it is wrapped, not inflated here.
    fn png(&self, zlib: &[u8]) -> Vec<u8> {
        let colour = if self.channels == 3 { 2 } else { 0 };
        let mut header = Vec::with_capacity(13);
        header.extend_from_slice(&self.width.to_be_bytes());
        header.extend_from_slice(&self.height.to_be_bytes());
        header.extend_from_slice(&[self.bits, colour, 0, 0, 0]);
        let mut png = b"\x89PNG\r\n\x1A\n".to_vec();
        for (kind, data) in [(&b"IHDR"[..], &header[..]), (b"IDAT", zlib), (b"IEND", &[])] {
            png.extend_from_slice(&(data.len() as u32).to_be_bytes());
            let start = png.len();
            png.extend_from_slice(kind);
            png.extend_from_slice(data);
            let crc = crc32fast::hash(&png[start..]);
            png.extend_from_slice(&crc.to_be_bytes());
        }
        // A PDF's black-and-white samples have 0 as black, as PNG's do.
        png
    }

    /// A PNM (PGM, PPM, or PBM for black and white) of raw samples.
    fn pnm(&self, samples: &[u8]) -> Result<Vec<u8>, ExtractError> {
        let size = self.bytes();
        if (samples.len() as u64) < size {
            return Err(ExtractError::Corrupt(format!("an image with {} of its {size} bytes", samples.len())));
        }
        let magic = match (self.channels, self.bits) {
            (3, _) => "P6",
            (_, 1) => "P4",
            _ => "P5",
        };
        let max = if self.bits == 1 { String::new() } else { "255\n".into() };
        let mut pnm = format!("{magic}\n{} {}\n{max}", self.width, self.height).into_bytes();
        let samples = &samples[..size as usize];
        match self.bits {
            // PBM has 1 as black, a PDF image 0.
            1 => pnm.extend(samples.iter().map(|b| !b)),
            _ => pnm.extend_from_slice(samples),
        }
        Ok(pnm)
    }
}

/// Inflates a zlib stream to at most `size` bytes: an image's samples,
/// whatever the stream would expand to.
fn inflate(zlib: &[u8], size: u64) -> Result<Vec<u8>, ExtractError> {
    let mut samples = Vec::with_capacity(size.min(MAX_STREAM * 8) as usize);
    ZlibDecoder::new(zlib)
        .take(size)
        .read_to_end(&mut samples)
        .map_err(|e| ExtractError::corrupt("cannot decompress an image", e))?;
    Ok(samples)
}

/// Title, subject, author, keywords and dates from the Info dictionary.
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
    for (key, label) in
        [(&b"Title"[..], "Title"), (b"Subject", "Subject"), (b"Author", "Author"), (b"Keywords", "Keywords")]
    {
        if let Some(value) = text(key) {
            properties.add(label, &value);
        }
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

/// Form fields past which the rest are not read: far more than any form.
const MAX_FIELDS: usize = 100_000;

/// The values filled into the document's form (`/AcroForm`), one line a
/// field, `Name: value` (the field's name is the value's context, as a
/// column header is a cell's), in page order, each with the page its
/// widget is on when it says. Checkbox and radio states (names) are not
/// text; a field tree that loops or runs deep is read as far as it is
/// sound.
fn form_fields(document: &Document) -> Vec<(Option<ObjectId>, String)> {
    fn resolve<'d>(document: &'d Document, object: &'d Object) -> Option<&'d Object> {
        document.dereference(object).map(|(_, o)| o).ok()
    }
    let resolve = |object| resolve(document, object);
    let form = document.catalog().ok().and_then(|c| c.get(b"AcroForm").ok()).and_then(resolve);
    let Some(Ok(fields)) = form.and_then(|f| f.as_dict().ok()).map(|f| f.get(b"Fields").and_then(Object::as_array))
    else {
        return Vec::new();
    };
    let mut found = Vec::new();
    let mut seen = std::collections::HashSet::new();
    let mut stack: Vec<(&Object, String, Option<ObjectId>)> =
        fields.iter().rev().map(|f| (f, String::new(), None)).collect();
    while let Some((object, parent, page)) = stack.pop() {
        if found.len() >= MAX_FIELDS || stack.len() >= MAX_FIELDS {
            break;
        }
        if let Object::Reference(id) = object {
            if !seen.insert(*id) {
                continue;
            }
        }
        let Some(Ok(field)) = resolve(object).map(Object::as_dict) else { continue };
        let text = |key: &[u8]| match field.get(key) {
            Ok(Object::String(bytes, _)) => Some(text_string(bytes)),
            _ => None,
        };
        let name = match text(b"T") {
            Some(own) if !parent.is_empty() => format!("{parent}.{own}"),
            Some(own) => own,
            None => parent,
        };
        let page = field.get(b"P").and_then(Object::as_reference).ok().or(page);
        let values: Vec<String> = match field.get(b"V") {
            Ok(Object::String(bytes, _)) => vec![text_string(bytes)],
            Ok(Object::Array(items)) => items
                .iter()
                .filter_map(|i| if let Object::String(bytes, _) = i { Some(text_string(bytes)) } else { None })
                .collect(),
            _ => Vec::new(),
        };
        for value in values.iter().map(|v| v.trim()).filter(|v| !v.is_empty()) {
            let label = if name.is_empty() { String::new() } else { format!("{name}: ") };
            for line in value.lines() {
                found.push((page, format!("{label}{line}")));
            }
        }
        if let Ok(kids) = field.get(b"Kids").and_then(Object::as_array) {
            stack.extend(kids.iter().rev().map(|kid| (kid, name.clone(), page)));
        }
    }
    found
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

    #[test]
    fn the_info_dictionary_s_written_properties_are_read() {
        let mut document = Document::with_version("1.7");
        let mut info = lopdf::Dictionary::new();
        for (key, value) in [
            ("Title", "YF exemption - Maddox"),
            ("Author", " Clinic Admin "),
            ("Subject", ""),
            ("Keywords", "Clinic Admin"),
            ("Producer", "Writer 1.0"),
        ] {
            info.set(key, Object::string_literal(value));
        }
        let info = document.add_object(info);
        document.trailer.set("Info", info);
        let fields = properties(&document).fields;
        assert_eq!(fields, [("Title", "YF exemption - Maddox".to_string()), ("Author", "Clinic Admin".to_string())]);
    }
}
