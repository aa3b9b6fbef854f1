//! `erase --format html`: the plan as one self-contained page, for the
//! record of the decision — the request, the files per action, and each
//! file's action, reason, units, date and hash. The HTML report's frame
//! (`report::html::Shell`: the policy, style and sorting script of
//! `templates/base.html`) around `templates/erase.html`, which escapes every
//! value; paths and reasons are also stripped of control and bidirectional
//! characters. Values are as the plan holds them: masked unless revealed.

use std::io::{self, Write};

use askama::Template;
use jiff::civil::Date;

use super::Plan;
use crate::report::html::Shell;
use crate::report::{describe, sanitize};

struct UnitRow {
    location: String,
    strength: &'static str,
    matched: String,
}

struct FileRow {
    action: &'static str,
    path: String,
    reason: String,
    units: Vec<UnitRow>,
    modified: String,
    sha256: String,
}

#[derive(Template)]
#[template(path = "erase.html")]
struct Page {
    shell: Shell,
    plan: String,
    terms: Vec<String>,
    today: Date,
    reveal: bool,
    counts: Counts,
    files: Vec<FileRow>,
}

/// Files per action.
struct Counts {
    delete: usize,
    redact: usize,
    keep: usize,
    check: usize,
}

/// Writes the page of `plan`, made for `terms` (as shown) as of `today`.
pub fn write(mut out: impl Write, plan: &Plan, terms: &[String], today: Date, reveal: bool) -> io::Result<()> {
    let clean = |text: &str| sanitize(text).into_owned();
    let files = plan
        .files
        .iter()
        .map(|f| FileRow {
            action: f.action().as_str(),
            path: clean(&f.path.to_string_lossy()),
            reason: clean(&f.reason.to_string()),
            units: f
                .hits
                .iter()
                .map(|h| UnitRow {
                    location: clean(&describe(&h.location)),
                    strength: h.strength.as_str(),
                    matched: clean(&super::write::matched(h)),
                })
                .collect(),
            modified: f.modified.clone().unwrap_or_default(),
            sha256: f.sha256.clone().unwrap_or_default(),
        })
        .collect();
    let [delete, redact, keep, check] = plan.counts();
    let page = Page {
        shell: Shell::new(),
        plan: plan.id.clone(),
        terms: terms.iter().map(|t| clean(t)).collect(),
        today,
        reveal,
        counts: Counts { delete, redact, keep, check },
        files,
    };
    out.write_all(page.render().map_err(io::Error::other)?.as_bytes())?;
    out.flush()
}
