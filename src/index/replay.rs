//! The inventory read back: reports of it alone, judged again under a
//! policy as of a day, and the list of files due for disposal.

use std::time::Instant;

use jiff::civil::Date;

use super::{ChangeTotals, Hosts, IndexError, Store};
use crate::dispose::{Ground, Judged, JudgedFile};
use crate::report::{Reporter, Summary};
use crate::retention::{Due, Policy};

/// The files of this host the inventory holds that are due for deletion
/// under `policy` as of `today`, for `dispose` (which checks each one again
/// on disk): another host's files are its own agent's to dispose of.
pub fn due_for_disposal(store: &mut dyn Store, policy: &Policy, today: Date) -> Result<Judged, IndexError> {
    let roots = store.roots()?;
    let mut files = Vec::new();
    store.replay(Hosts::Own, &mut |_, known, _| {
        let relative = crate::walk::relative(&known.record.path, &known.facts.root);
        let record = crate::scan::rejudge(&known, relative, policy, today, &mut |_| {});
        if let Some(verdict) = record.retention.filter(|v| v.action == Due::Delete) {
            files.push(JudgedFile {
                path: record.path.to_path_buf(),
                size: record.size,
                modified: record.modified,
                sha256: record.sha256,
                ground: Ground::Expired { rule: verdict.rule, expires: verdict.expires },
            });
        }
        Ok(())
    })?;
    Ok(Judged { files, roots, working_directory: None })
}

/// What a report from the inventory shows beyond the plain records.
#[derive(Debug, Clone, Copy, Default)]
pub struct View {
    /// Each finding's evidence.
    pub explain: bool,
    /// Findings a reviewer marked, with their mark (hidden otherwise).
    pub show_marked: bool,
    /// The totals of the `index` run the report ends, for its summary.
    pub changes: Option<ChangeTotals>,
}

/// Writes a report of the inventory alone, as `scan` of the same tree
/// would: every file not gone with its findings, each judged again under
/// `policy` as of `today`. Returns the totals.
pub fn report(
    store: &mut dyn Store,
    policy: &Policy,
    today: Date,
    view: View,
    reporter: &mut dyn Reporter,
) -> Result<Summary, anyhow::Error> {
    let started = Instant::now();
    let roots = store.roots()?;
    let mut summary = Summary {
        roots: roots.clone(),
        working_directory: std::env::current_dir().ok(),
        changes: view.changes,
        ..Summary::default()
    };
    let mut messages = Vec::new();
    store.replay(Hosts::All, &mut |_, known, findings| {
        let relative = crate::walk::relative(&known.record.path, &known.facts.root);
        let mut record = crate::scan::rejudge(&known, relative, policy, today, &mut |m| messages.push(m));
        record.facts = None;
        let mut kinds = std::collections::BTreeSet::new();
        record.findings = 0;
        for mut finding in findings {
            if finding.mark.is_some() && !view.show_marked {
                summary.marked += 1;
                continue;
            }
            if !view.explain {
                finding.evidence = None;
            }
            record.findings += 1;
            kinds.insert(finding.kind);
            summary.add_finding(&finding);
            reporter.finding(&finding)?;
        }
        record.kinds = kinds.into_iter().collect();
        for message in messages.drain(..) {
            summary.add_message(&message);
            reporter.message(&message)?;
        }
        summary.add_file(&record);
        reporter.file(&record)
    })?;
    summary.elapsed_seconds = started.elapsed().as_secs_f64();
    reporter.summary(&summary)?;
    Ok(summary)
}
