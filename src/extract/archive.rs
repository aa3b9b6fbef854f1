//! Archives: zip (zip64, deflate, deflate64, stored), tar and gzip. Each
//! member is read into memory within the file's limits and extracted like
//! a file of its own (`Context::member`), so archives nest. Member names
//! are labels only: nothing is ever written, so `../../etc/passwd` in an
//! archive is just a name in a location. Encrypted members are reported,
//! never guessed at.

use std::io::{Read, Seek};

use zip::result::ZipError;
use zip::ZipArchive;

use super::{Context, ExtractError, Input, Location};

/// The error for a zip entry that cannot be opened.
pub fn entry_error(name: &str, error: ZipError) -> ExtractError {
    match error {
        ZipError::UnsupportedArchive(why) if why.to_lowercase().contains("password") => {
            ExtractError::Encrypted(format!("{name} is password-protected"))
        }
        ZipError::InvalidPassword => ExtractError::Encrypted(format!("{name} is password-protected")),
        ZipError::UnsupportedArchive(why) => ExtractError::Corrupt(format!("{name}: unsupported zip feature: {why}")),
        e => ExtractError::corrupt(&format!("cannot open {name}"), e),
    }
}

/// Opens a zip, an archive or an Office package (`what`, for the error),
/// refusing what no honest one holds: more entries than the limit, or
/// entries that overlap.
pub fn open_zip<'i>(
    input: &'i mut dyn Input,
    what: &str,
    context: &Context,
) -> Result<ZipArchive<&'i mut dyn Input>, ExtractError> {
    input.rewind()?;
    let mut archive =
        ZipArchive::new(input).map_err(|e| ExtractError::corrupt(&format!("damaged or truncated {what}"), e))?;
    let limits = context.options.limits;
    if archive.len() > limits.max_entries {
        return Err(ExtractError::Limit(format!("{} entries, more than {}", archive.len(), limits.max_entries)));
    }
    refuse_overlapping_entries(&mut archive)?;
    Ok(archive)
}

/// A workbook package whose parts claim sizes or ratios over the limits is
/// refused whole, before a parser that does not count what it expands
/// (calamine) reads it. Pictures are not checked: calamine never opens them.
pub fn check_package<R: Read + Seek>(package: &mut ZipArchive<R>, context: &Context) -> Result<(), ExtractError> {
    let limits = context.options.limits;
    let mut total = 0u64;
    for index in 0..package.len() {
        let Ok(part) = package.by_index_raw(index) else { continue };
        if super::office::is_picture(part.name()) {
            continue;
        }
        let (size, compressed) = (part.size(), part.compressed_size().max(1));
        total = total.saturating_add(size);
        if size > limits.max_member || total > limits.max_expanded {
            return Err(ExtractError::Limit(format!("the part {} claims {} MiB", part.name(), size >> 20)));
        }
        if size > super::RATIO_FLOOR && size / compressed > limits.max_ratio {
            return Err(ExtractError::Limit(format!(
                "the part {} has a compression ratio of {}:1 (a zip bomb?)",
                part.name(),
                size / compressed
            )));
        }
    }
    Ok(())
}

pub fn extract_zip(input: &mut dyn Input, at: &Location, context: &mut Context) -> Result<(), ExtractError> {
    let mut archive = open_zip(input, "zip archive", context)?;
    for index in 0..archive.len() {
        let name = archive.name_for_index(index).unwrap_or_default().to_string();
        let bytes = match archive.by_index(index) {
            Ok(entry) if entry.is_dir() => continue,
            Ok(entry) => {
                let (size, compressed) = (entry.size(), entry.compressed_size());
                context.expand(entry, size, compressed)
            }
            Err(e) => Err(entry_error(&name, e)),
        };
        match bytes {
            Ok(bytes) => context.member(at, &name, &bytes),
            Err(error) => context.sink.problem(&at.member(&name), &error),
        }
        if context.exhausted() {
            let left = archive.len() - index - 1;
            if left > 0 {
                let error = ExtractError::Limit(format!("{left} more entries not read: the expansion budget is spent"));
                context.sink.problem(at, &error);
            }
            break;
        }
    }
    Ok(())
}

/// The "better zip bomb" points many directory entries at one compressed
/// kernel, so that each entry's data overlaps the next entry's. No honest
/// archive does that.
fn refuse_overlapping_entries<R: Read + Seek>(archive: &mut ZipArchive<R>) -> Result<(), ExtractError> {
    let mut spans = Vec::with_capacity(archive.len());
    for index in 0..archive.len() {
        if let Ok(entry) = archive.by_index_raw(index) {
            let start = entry.header_start();
            let end = entry.data_start().unwrap_or(start).saturating_add(entry.compressed_size());
            spans.push((start, end));
        }
    }
    spans.sort_unstable();
    if spans.windows(2).any(|pair| pair[1].0 < pair[0].1) {
        return Err(ExtractError::Limit("entries overlap one another (the overlapping zip bomb construction)".into()));
    }
    Ok(())
}

pub fn extract_tar(input: &mut dyn Input, at: &Location, context: &mut Context) -> Result<(), ExtractError> {
    input.rewind()?;
    let mut archive = tar::Archive::new(input);
    let entries = archive.entries().map_err(|e| ExtractError::corrupt("damaged tar archive", e))?;
    for (count, entry) in entries.enumerate() {
        if count >= context.options.limits.max_entries {
            return Err(ExtractError::Limit(format!("more than {} entries", context.options.limits.max_entries)));
        }
        let entry = entry.map_err(|e| ExtractError::corrupt("damaged tar archive", e))?;
        if !entry.header().entry_type().is_file() {
            continue;
        }
        let name = String::from_utf8_lossy(&entry.path_bytes()).into_owned();
        let size = entry.size();
        match context.expand(entry, size, size) {
            Ok(bytes) => context.member(at, &name, &bytes),
            Err(error) => context.sink.problem(&at.member(&name), &error),
        }
        if context.exhausted() {
            break;
        }
    }
    Ok(())
}

/// A gzip stream wraps one file: its content is extracted at the same
/// location (a `.tar.gz`'s members are the tar's).
pub fn extract_gzip(input: &mut dyn Input, at: &Location, context: &mut Context) -> Result<(), ExtractError> {
    input.rewind()?;
    let compressed = input.seek(std::io::SeekFrom::End(0))?;
    input.rewind()?;
    let mut decoder = flate2::read::MultiGzDecoder::new(input);
    let name = decoder.header().and_then(|h| h.filename()).map(|n| String::from_utf8_lossy(n).into_owned());
    let bytes = context.expand(&mut decoder, 0, compressed)?;
    context.contents(at, name.as_deref().unwrap_or(""), &bytes)
}
