//! `--format html`: one self-contained page a data-protection officer can
//! open offline and hand on — the overview, charts, the risk of each
//! top-level folder with its reasons and riskiest files, owners, retention
//! by rule, what could not be read. Written from `Overview` when the run
//! ends, through the askama template `templates/report.html`, which escapes
//! every value; names from the share are also stripped of control and
//! bidirectional characters (`sanitize`), so a file name can neither inject
//! markup nor reorder what the page shows.
//!
//! The page loads nothing: inline CSS and SVG, and one small inline script
//! (sorting and filtering tables; the page reads the same without it). Its
//! Content-Security-Policy allows no source at all but inline styles and
//! that one script, by its SHA-256: markup that slipped through could run
//! no script of its own. That frame (`templates/base.html`: the policy, the
//! style, the script) is `Shell`, which `sar --format html` shares.

use std::io::{self, Write};

use askama::Template;
use base64::Engine as _;
use sha2::{Digest, Sha256};

use super::chart::Chart;
use super::overview::{Factor, FileRisk, Overview, Reason, AGE_BUCKETS};
use super::{owners, sanitize, Change, Context, FileRecord, Finding, MessageRecord, Reporter, Summary};

/// What every page of `templates/base.html` carries: its
/// Content-Security-Policy and its one script (table sorting and filtering),
/// which the policy allows by its hash.
pub(crate) struct Shell {
    pub csp: String,
    pub script: &'static str,
}

impl Shell {
    pub fn new() -> Shell {
        let script = include_str!("../../templates/report.js");
        let hash = base64::engine::general_purpose::STANDARD.encode(Sha256::digest(script.as_bytes()));
        Shell {
            csp: format!("default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-{hash}'; img-src data:"),
            script,
        }
    }
}

pub struct HtmlReporter {
    out: Box<dyn Write + Send>,
    context: Context,
    overview: Overview,
}

impl HtmlReporter {
    pub fn new(out: Box<dyn Write + Send>, context: Context) -> Self {
        let overview = Overview::new(&context.roots, context.today);
        HtmlReporter { out, context, overview }
    }
}

impl Reporter for HtmlReporter {
    fn change(&mut self, _: &Change) -> io::Result<()> {
        Ok(()) // the summary carries the totals of changes
    }

    fn finding(&mut self, finding: &Finding) -> io::Result<()> {
        self.overview.finding(finding);
        Ok(())
    }

    fn message(&mut self, _: &MessageRecord) -> io::Result<()> {
        Ok(()) // counted in the summary
    }

    fn takes_messages(&self) -> bool {
        false
    }

    fn file(&mut self, file: &FileRecord) -> io::Result<()> {
        self.overview.file(file);
        Ok(())
    }

    fn summary(&mut self, summary: &Summary) -> io::Result<()> {
        let page = Page::new(&self.context, &self.overview, summary);
        let html = page.render().map_err(io::Error::other)?;
        self.out.write_all(html.as_bytes())?;
        self.out.flush()
    }
}

/// A row of the risk table.
struct FolderRow {
    path: String,
    score: u64,
    reasons: Vec<Reason>,
    files: u64,
    bytes: u64,
    personal: u64,
    special: u64,
    categories: String,
    financial: u64,
    expired: u64,
    oldest: String,
    top: Vec<FileRisk>,
}

/// A row of a table of counts.
struct Count {
    label: String,
    value: u64,
}

struct OwnerRow {
    name: String,
    files: u64,
    bytes: u64,
    personal: u64,
    special: u64,
    expired: u64,
}

struct RuleRow {
    id: String,
    description: String,
    keep: String,
    action: &'static str,
    owner: String,
    lawful_basis: String,
    asset: String,
    files: u64,
    delete: u64,
    review: u64,
}

#[derive(Template)]
#[template(path = "report.html")]
struct Page<'a> {
    command: &'static str,
    today: String,
    generated: String,
    roots: Vec<String>,
    summary: &'a Summary,
    overview: &'a Overview,
    shell: Shell,
    charts: Vec<Chart>,
    folders: Vec<FolderRow>,
    owners: Vec<OwnerRow>,
    rules: Vec<RuleRow>,
    errors: Vec<Count>,
    kinds: Vec<Count>,
    factors: Vec<Factor>,
}

impl<'a> Page<'a> {
    fn new(context: &Context, overview: &'a Overview, summary: &'a Summary) -> Page<'a> {
        let clean = |text: &str| sanitize(text).into_owned();
        let folders: Vec<FolderRow> = overview
            .by_risk()
            .into_iter()
            .map(|(path, f)| FolderRow {
                path: clean(&path.to_string_lossy()),
                score: f.score(),
                reasons: f.exposure.reasons(),
                files: f.files,
                bytes: f.bytes,
                personal: f.personal,
                special: f.exposure.special_files,
                categories: f.categories_text(),
                financial: f.financial,
                expired: f.expired,
                oldest: f.oldest_date(),
                top: f.top.iter().map(|t| FileRisk { path: clean(&t.path), ..t.clone() }).collect(),
            })
            .collect();
        let kinds: Vec<Count> =
            summary.findings_by_kind.iter().map(|(k, n)| Count { label: k.as_str().into(), value: *n }).collect();
        let months = overview.months();
        let charts = vec![
            Chart::bars("Findings by kind", kinds.iter().map(|c| (c.label.clone(), c.value)).collect()),
            Chart::bars(
                "Files with special-category data, by folder",
                folders.iter().filter(|f| f.special > 0).map(|f| (f.path.clone(), f.special)).collect(),
            ),
            Chart::bars("Top folders by risk", folders.iter().take(10).map(|f| (f.path.clone(), f.score)).collect()),
            Chart::columns(
                "Files reaching the end of their retention period: past it, then by month",
                std::iter::once("past".to_string())
                    .chain(months.iter().map(|m| m.strftime("%b %y").to_string()))
                    .zip(overview.due_by_month)
                    .collect(),
            ),
            Chart::columns(
                "Files by age (since last modified)",
                AGE_BUCKETS.iter().zip(overview.ages).map(|((label, _), n)| (label.to_string(), n)).collect(),
            ),
        ];
        let owners = overview
            .owners
            .iter()
            .map(|(uid, o)| OwnerRow {
                name: uid.map_or_else(|| "unknown".into(), |uid| clean(&owners::name(uid))),
                files: o.files,
                bytes: o.bytes,
                personal: o.personal,
                special: o.special,
                expired: o.expired,
            })
            .collect();
        let rules = context
            .rules
            .iter()
            .map(|r| {
                let counts = overview.rules.get(&r.id).cloned().unwrap_or_default();
                RuleRow {
                    id: r.id.clone(),
                    description: r.description.clone(),
                    keep: r.keep.clone(),
                    action: r.action,
                    owner: r.owner.clone().unwrap_or_default(),
                    lawful_basis: r.lawful_basis.clone().unwrap_or_default(),
                    asset: r.asset.clone().unwrap_or_default(),
                    files: counts.files,
                    delete: counts.delete,
                    review: counts.review,
                }
            })
            .collect();
        let errors = overview.errors.iter().map(|(why, n)| Count { label: why.as_str().into(), value: *n }).collect();
        Page {
            command: context.command,
            today: context.today.to_string(),
            generated: jiff::Timestamp::now().strftime("%Y-%m-%d %H:%M UTC").to_string(),
            roots: summary.roots.iter().map(|r| clean(&r.to_string_lossy())).collect(),
            summary,
            overview,
            shell: Shell::new(),
            charts,
            folders,
            owners,
            rules,
            errors,
            kinds,
            factors: Factor::ALL.to_vec(),
        }
    }
}
