//! The plan written out: the CSV a person approves row by row (and
//! `dispose --plan` reads back, each row's seal verified), JSON lines and
//! a table (`html` writes the page). Values are as the search gave them:
//! masked unless revealed.

use std::io::{self, Write};
use std::os::unix::ffi::OsStrExt;

use serde::{Deserialize, Serialize};

use super::{Action, Plan, Planned};
use crate::index::sar::{Hit, Matched, Strength};
use crate::report::csv::Untrusted;
use crate::report::{describe, sanitize};
use crate::scan::hex;

/// One row of the plan's CSV: a unit holding the person (or a file that
/// could not be searched), with its file's action. `approved` is left
/// empty for the person who approves the plan to fill (`yes`); `seal`
/// covers the fields `Sealed` names, so that no other that `dispose`
/// acts on can be changed.
#[derive(Debug, Serialize, Deserialize)]
pub struct PlanRow {
    pub action: Action,
    pub reason: String,
    pub path: String,
    /// The path's bytes in hex when it is not UTF-8, else empty.
    #[serde(default)]
    pub path_hex: String,
    /// The host the file is of.
    #[serde(default)]
    pub host: String,
    pub location: String,
    pub strength: String,
    pub matched: String,
    pub sha256: String,
    pub size: Option<u64>,
    pub modified: String,
    #[serde(default)]
    pub plan: String,
    #[serde(default)]
    pub seal: String,
    #[serde(default)]
    pub approved: String,
}

fn strength(strength: Option<Strength>) -> &'static str {
    strength.map_or("", Strength::as_str)
}

pub(super) fn matched(hit: &Hit) -> String {
    hit.matched.iter().map(Matched::to_string).collect::<Vec<_>>().join("; ")
}

impl PlanRow {
    /// The rows of a planned file: one per unit, or one for the file.
    fn of(plan: &str, file: &Planned) -> Vec<PlanRow> {
        let cell = |text: &str| Untrusted::from(text).cell().into_owned();
        let row = |hit: Option<&Hit>| PlanRow {
            action: file.action(),
            reason: cell(&file.reason.to_string()),
            path: cell(&file.path.to_string_lossy()),
            path_hex: file.path.to_str().map_or_else(|| hex(file.path.as_os_str().as_bytes()), |_| String::new()),
            host: file.host.clone(),
            location: hit.map(|h| cell(&describe(&h.location))).unwrap_or_default(),
            strength: strength(hit.map(|h| h.strength)).into(),
            matched: hit.map(|h| cell(&matched(h))).unwrap_or_default(),
            sha256: file.sha256.clone().unwrap_or_default(),
            size: file.size,
            modified: file.modified.clone().unwrap_or_default(),
            plan: plan.to_string(),
            seal: file.seal.clone(),
            approved: String::new(),
        };
        if file.hits.is_empty() {
            vec![row(None)]
        } else {
            file.hits.iter().map(|h| row(Some(h))).collect()
        }
    }
}

/// The plan as CSV: a row per unit, files in the plan's order.
pub fn csv(out: impl Write, plan: &Plan) -> io::Result<()> {
    let mut writer = csv::Writer::from_writer(out);
    for file in &plan.files {
        for row in PlanRow::of(&plan.id, file) {
            writer.serialize(row)?;
        }
    }
    writer.flush()
}

/// A file of the plan as a JSON line.
#[derive(Serialize)]
struct FileLine<'a> {
    #[serde(rename = "type")]
    record: &'static str,
    action: Action,
    reason: String,
    host: &'a str,
    #[serde(serialize_with = "crate::report::lossy")]
    path: &'a std::path::Path,
    #[serde(skip_serializing_if = "Option::is_none")]
    size: Option<u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    modified: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    sha256: Option<&'a str>,
    units: Vec<UnitLine<'a>>,
}

#[derive(Serialize)]
struct UnitLine<'a> {
    location: &'a crate::extract::Location,
    strength: Strength,
    matched: &'a [Matched],
}

/// The plan as JSON lines: a `file` record per file with its units, then
/// a `summary` of the plan's id and how many files get each action.
pub fn jsonl(mut out: impl Write, plan: &Plan) -> io::Result<()> {
    for file in &plan.files {
        let line = FileLine {
            record: "file",
            action: file.action(),
            reason: file.reason.to_string(),
            host: &file.host,
            path: &file.path,
            size: file.size,
            modified: file.modified.as_deref(),
            sha256: file.sha256.as_deref(),
            units: file
                .hits
                .iter()
                .map(|h| UnitLine { location: &h.location, strength: h.strength, matched: &h.matched })
                .collect(),
        };
        writeln!(out, "{}", serde_json::to_string(&line)?)?;
    }
    let mut summary = serde_json::json!({"type": "summary", "plan": plan.id, "files": plan.files.len()});
    for (action, count) in Action::ALL.iter().zip(plan.counts()) {
        summary[action.as_str()] = count.into();
    }
    writeln!(out, "{summary}")
}

/// The plan as a table: a line per file with its action and reason, its
/// units below, then the totals.
pub fn table(mut out: impl Write, plan: &Plan) -> io::Result<()> {
    for file in &plan.files {
        writeln!(
            out,
            "{:<7} {}  ({})",
            file.action().as_str(),
            sanitize(&file.path.to_string_lossy()),
            sanitize(&file.reason.to_string())
        )?;
        for hit in &file.hits {
            let location = describe(&hit.location);
            let location = if location.is_empty() { "file".to_string() } else { location };
            writeln!(out, "        {location:<16} {:<6} {}", strength(Some(hit.strength)), sanitize(&matched(hit)))?;
        }
    }
    let [delete, redact, keep, check] = plan.counts();
    writeln!(out, "\n{delete} files to delete, {redact} to redact, {keep} to keep, {check} to check by hand")
}
