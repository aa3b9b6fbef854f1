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

pub fn extract_zip(input: &mut dyn Input, at: &Location, context: &mut Context) -> Result<(), ExtractError> {
    input.rewind()?;
    let mut archive =
        ZipArchive::new(input).map_err(|e| ExtractError::corrupt("damaged or truncated zip archive", e))?;
    let limits = context.options.limits;
    if archive.len() > limits.max_entries {
        return Err(ExtractError::Limit(format!("{} entries, more than {}", archive.len(), limits.max_entries)));
    }
    refuse_overlapping_entries(&mut archive)?;
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
