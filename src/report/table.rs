//! The human report: findings grouped under their file, errors in full,
//! skipped files counted by reason, then a line per folder and the totals. Paths are sanitised, since a
//! file name can carry terminal control or bidi-override characters.

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::io::{self, BufWriter, Write};

use indicatif::HumanBytes;

use super::{Change, FileRecord, Finding, FolderTotals, MessageRecord, RecordPath, Reporter, Skip, Status, Summary};
use crate::extract::Location;
use crate::retention::{Due, Verdict};

pub struct TableReporter {
    out: BufWriter<Box<dyn Write + Send>>,
    color: bool,
    current_path: Option<RecordPath>,
    skipped: BTreeMap<String, u64>,
}

impl TableReporter {
    pub fn new(out: Box<dyn Write + Send>, color: bool) -> Self {
        TableReporter { out: BufWriter::new(out), color, current_path: None, skipped: BTreeMap::new() }
    }

    fn paint<'a>(&self, code: &str, text: &'a str) -> Cow<'a, str> {
        if self.color {
            format!("\x1b[{code}m{text}\x1b[0m").into()
        } else {
            text.into()
        }
    }
}

/// Control and bidirectional-override characters escaped as `\u{…}`.
pub fn sanitize(text: &str) -> Cow<'_, str> {
    let unsafe_char = |c: char| {
        c.is_control()
            || matches!(c, '\u{200E}' | '\u{200F}' | '\u{061C}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
    };
    if !text.chars().any(unsafe_char) {
        return text.into();
    }
    text.chars()
        .map(|c| if unsafe_char(c) { format!("\\u{{{:04x}}}", c as u32) } else { c.to_string() })
        .collect::<String>()
        .into()
}

/// `sanitize` line by line: a multi-line message keeps its line breaks.
pub fn sanitize_lines(text: &str) -> String {
    text.split('\n').map(sanitize).collect::<Vec<_>>().join("\n")
}

/// A location in words: `hr.zip!offer.docx sheet Staff C4`.
pub fn describe(location: &Location) -> String {
    let mut parts = Vec::new();
    if let Some(m) = &location.member {
        parts.push(sanitize(m).into_owned());
    }
    if let Some(m) = &location.message {
        parts.push(format!("message {}", sanitize(m)));
    }
    if let Some(p) = location.page {
        parts.push(format!("page {p}"));
    }
    if let Some(s) = &location.sheet {
        parts.push(format!("sheet {}", sanitize(s)));
    }
    if let Some(c) = &location.cell {
        parts.push(c.clone());
    }
    if let Some(p) = &location.json_path {
        parts.push(sanitize(p).into_owned());
    }
    if let Some(l) = location.line {
        parts.push(format!("line {l}"));
    }
    parts.join(" ")
}

impl TableReporter {
    /// A line for what is past its period; nothing for what is not.
    fn expired(&mut self, what: &str, v: &Verdict) -> io::Result<()> {
        if !v.is_expired() {
            return Ok(());
        }
        let label = self.paint("33", "expired").into_owned();
        let (rule, basis) = (v.rule.as_deref().unwrap_or("-"), v.basis.as_deref().unwrap_or("-"));
        let since = v.basis_date.map(|d| d.to_string()).unwrap_or_default();
        let expires = v.expires.map(|d| d.to_string()).unwrap_or_default();
        let action = v.action.as_str();
        writeln!(self.out, "{label} {action:<6} {what}  (rule {rule}; {basis} {since}; expired {expires})")
    }
}

impl TableReporter {
    /// A line per folder (a root's own folders, and the root for the files
    /// directly in it), so that a long run ends readable; nothing when all
    /// is in one folder, which the totals then say.
    fn folders(&mut self, s: &Summary) -> io::Result<()> {
        let folders = s.by_folder();
        if folders.len() < 2 {
            return Ok(());
        }
        let names: Vec<(Cow<str>, &FolderTotals)> =
            folders.iter().map(|(dir, totals)| (dir.to_string_lossy(), totals)).collect();
        let width = names.iter().map(|(name, _)| sanitize(name).chars().count()).max().unwrap_or(0).min(48);
        writeln!(self.out, "\n{}", self.paint("1", "by folder"))?;
        for (name, t) in names {
            let kinds: Vec<String> = t.findings_by_kind.iter().map(|(k, n)| format!("{} {n}", k.as_str())).collect();
            // A retention audit that read nothing has no findings to speak of.
            let findings = match t.findings() {
                _ if s.scanned == 0 => String::new(),
                0 => ", no findings".to_string(),
                n => format!(", {n} findings: {}", kinds.join(", ")),
            };
            let special: Vec<&str> = t.special.iter().map(|c| c.as_str()).collect();
            let special = if special.is_empty() { String::new() } else { format!("; special: {}", special.join(", ")) };
            let due = if t.due > 0 { self.paint("33", &format!("{} due", t.due)).into_owned() } else { "0 due".into() };
            let files = if t.files == 1 { "1 file ".to_string() } else { format!("{} files", t.files) };
            writeln!(self.out, "  {:<width$}  {files:>11}, {due}{findings}{special}", sanitize(&name))?;
        }
        Ok(())
    }
}

impl Reporter for TableReporter {
    fn change(&mut self, c: &Change) -> io::Result<()> {
        let n = &c.news;
        let what = n.change.as_str();
        let mut news = Vec::new();
        if n.newly_personal {
            news.push("now holds personal data".to_string());
        }
        if n.newly_special {
            news.push("now holds special-category data".to_string());
        }
        if let Some(due) = n.newly_due {
            news.push(format!("due for {}", if due == Due::Delete { "deletion" } else { "review" }));
        }
        if n.review_again {
            news.push("changed since a reviewer marked it: review again".to_string());
        }
        let label = self.paint(if n.is_news() { "33" } else { "2" }, &format!("{what:<9}")).into_owned();
        let path = c.path.to_string_lossy();
        let news = if news.is_empty() { String::new() } else { format!("  ({})", news.join(", ")) };
        writeln!(self.out, "{label} {}{news}", sanitize(&path))
    }

    fn finding(&mut self, f: &Finding) -> io::Result<()> {
        if self.current_path.as_ref() != Some(&f.path) {
            let header = self.paint("1", &sanitize(&f.path.to_string_lossy())).into_owned();
            writeln!(self.out, "\n{header}")?;
            self.current_path = Some(f.path.clone());
        }
        let kind = match f.category {
            Some(category) => category.as_str(),
            None => f.kind.as_str(),
        };
        writeln!(
            self.out,
            "  {:<16} {kind:<20} {:<28} {:.2}  {}",
            describe(&f.location),
            sanitize(&f.value),
            f.confidence,
            f.detector
        )?;
        match &f.evidence {
            Some(evidence) => writeln!(self.out, "{:18} because: {}", "", evidence.describe().join("; ")),
            None => Ok(()),
        }
    }

    fn message(&mut self, m: &MessageRecord) -> io::Result<()> {
        let id = m.location.message.as_deref().unwrap_or("?");
        self.expired(&format!("{} message {}", sanitize(&m.path.to_string_lossy()), sanitize(id)), &m.retention)
    }

    fn file(&mut self, r: &FileRecord) -> io::Result<()> {
        if let Some(v) = &r.retention {
            self.expired(&sanitize(&r.path.to_string_lossy()), v)?;
        }
        for problem in &r.problems {
            let label = self.paint("31", "unread").into_owned();
            let path = r.path.to_string_lossy();
            let (path, at, error) = (sanitize(&path), describe(&problem.location), sanitize(&problem.error));
            writeln!(self.out, "{label} {path} {at}: {error}")?;
        }
        match &r.status {
            Status::Error { error, .. } => {
                let label = self.paint("31", "error").into_owned();
                writeln!(self.out, "{label} {}: {}", sanitize(&r.path.to_string_lossy()), sanitize(error))
            }
            // Not reading what the policy did not need is by design, not a problem.
            Status::Skipped { why: Skip::NotRead, .. } => Ok(()),
            // Which scans were not read, a DPO must see file by file.
            Status::Skipped { why: Skip::NeedsOcr, reason } => {
                let label = self.paint("33", "unread").into_owned();
                writeln!(self.out, "{label} {}: {}", sanitize(&r.path.to_string_lossy()), sanitize(reason))
            }
            Status::Skipped { reason, .. } => {
                *self.skipped.entry(reason.clone()).or_default() += 1;
                Ok(())
            }
            Status::Scanned => Ok(()),
        }
    }

    fn summary(&mut self, s: &Summary) -> io::Result<()> {
        self.folders(s)?;
        let not_read = if s.not_read > 0 {
            format!(", {} not read (policy needed no content)", s.not_read)
        } else {
            String::new()
        };
        let ocr = if s.needs_ocr > 0 { format!(" ({} need OCR)", s.needs_ocr) } else { String::new() };
        if s.ocr.read > 0 || s.ocr.unread > 0 {
            writeln!(
                self.out,
                "\nOCR: {} pages or images read, {} not read (OCR off or not installed)",
                s.ocr.read, s.ocr.unread
            )?;
        }
        writeln!(
            self.out,
            "\n{} files: {} scanned ({}){not_read}, {} skipped{ocr}, {} errors, {} past their retention period{}, in {:.2} s",
            s.files,
            s.scanned,
            HumanBytes(s.bytes),
            s.skipped,
            s.errors,
            s.expired,
            if s.expired_messages > 0 { format!(" (and {} messages in mailboxes)", s.expired_messages) } else { String::new() },
            s.elapsed_seconds
        )?;
        let kinds: Vec<String> = s.findings_by_kind.iter().map(|(k, n)| format!("{} {n}", k.as_str())).collect();
        let findings = self.paint("1", &s.findings.to_string()).into_owned();
        if kinds.is_empty() {
            // A retention audit that read nothing has no findings to speak of.
            if s.scanned > 0 {
                writeln!(self.out, "{findings} findings")?;
            }
        } else {
            writeln!(self.out, "{findings} findings: {}", kinds.join(", "))?;
        }
        if let Some(c) = &s.changes {
            writeln!(
                self.out,
                "since the last run: {} new, {} changed, {} gone, {} unchanged; {} files read, \
                 {} recalled by content; {} newly hold personal data, {} special-category data; {} newly due; \
                 {} to review again",
                c.new,
                c.changed,
                c.gone,
                c.unchanged,
                c.read,
                c.recalled_by_content,
                c.newly_personal,
                c.newly_special,
                c.newly_due,
                c.review_again
            )?;
        }
        if !self.skipped.is_empty() {
            let reasons: Vec<String> = self.skipped.iter().map(|(r, n)| format!("{} ({n})", sanitize(r))).collect();
            writeln!(self.out, "skipped: {}", reasons.join("; "))?;
        }
        self.out.flush()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sanitises_control_and_bidi() {
        assert_eq!(sanitize("plain/path.txt"), "plain/path.txt");
        assert_eq!(sanitize("evil\x1b[2Jname"), "evil\\u{001b}[2Jname");
        assert_eq!(sanitize("invoice\u{202E}fdp.exe"), "invoice\\u{202e}fdp.exe");
    }
}
