//! The aggregate behind the reports for people (the HTML report, the
//! workbook's summary, the asset register): what a share holds per
//! top-level folder, per owner, per retention rule and per asset, a risk
//! score per folder with its reasons, files due month by month and file
//! ages. Built as records stream; its size follows folders, owners and
//! rules, never files or findings: a folder keeps only its riskiest files,
//! for the drill-down.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::{Path, PathBuf};

use jiff::civil::Date;
use jiff::{Timestamp, ToSpan};

use super::{Failure, FileRecord, Finding, RecordPath, Status};
use crate::detect::{Category, Kind};
use crate::retention::{Due, Policy};

/// The riskiest files each folder lists.
pub const TOP_FILES: usize = 10;

/// A retention rule as the reports describe it.
#[derive(Debug, Clone)]
pub struct RuleInfo {
    pub id: String,
    pub description: String,
    /// The period, as the policy writes it.
    pub keep: String,
    pub action: &'static str,
    pub owner: Option<String>,
    pub lawful_basis: Option<String>,
    pub asset: Option<String>,
}

impl RuleInfo {
    /// The policy's rules in order, then its default.
    pub fn of(policy: &Policy) -> Vec<RuleInfo> {
        let mut rules: Vec<RuleInfo> = policy
            .rules
            .iter()
            .map(|r| RuleInfo {
                id: r.id.clone(),
                description: r.description.clone(),
                keep: r.keep.to_string(),
                action: action(r.action),
                owner: r.owner.clone(),
                lawful_basis: r.lawful_basis.clone(),
                asset: r.asset.clone(),
            })
            .collect();
        if let Some(d) = &policy.default {
            rules.push(RuleInfo {
                id: "default".into(),
                description: "when no rule matches".into(),
                keep: d.keep.to_string(),
                action: action(d.action),
                owner: None,
                lawful_basis: None,
                asset: None,
            });
        }
        rules
    }
}

fn action(action: crate::retention::Action) -> &'static str {
    match action {
        crate::retention::Action::Delete => "delete",
        crate::retention::Action::Review => "review",
    }
}

/// What raises a folder's or a file's risk.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Factor {
    /// Files holding special-category (Art. 9) or criminal-offence data.
    Special,
    /// Findings of personal data, in tens.
    Identifiers,
    /// Files holding bank accounts, IBANs or card numbers.
    Financial,
    /// Files holding personal data past their retention period.
    PastRetention,
}

impl Factor {
    pub const ALL: [Factor; 4] = [Factor::Special, Factor::Identifiers, Factor::Financial, Factor::PastRetention];

    /// Points per `per()` units.
    pub fn weight(self) -> u64 {
        match self {
            Factor::Special => 10,
            Factor::Identifiers => 1,
            Factor::Financial => 5,
            Factor::PastRetention => 3,
        }
    }

    /// How many units earn `weight()` points.
    pub fn per(self) -> u64 {
        match self {
            Factor::Identifiers => 10,
            _ => 1,
        }
    }

    /// What it counts, in words.
    pub fn counted(self) -> &'static str {
        match self {
            Factor::Special => "files with special-category or criminal-offence data",
            Factor::Identifiers => "findings of personal data",
            Factor::Financial => "files with bank accounts, IBANs or card numbers",
            Factor::PastRetention => "files with personal data past their retention period",
        }
    }
}

/// What a folder (or one file) holds that the risk score counts.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Exposure {
    pub special_files: u64,
    pub findings: u64,
    pub financial_files: u64,
    pub past_retention: u64,
}

/// One factor's part in a score.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reason {
    pub factor: Factor,
    pub count: u64,
    pub points: u64,
}

impl Exposure {
    fn count(&self, factor: Factor) -> u64 {
        match factor {
            Factor::Special => self.special_files,
            Factor::Identifiers => self.findings,
            Factor::Financial => self.financial_files,
            Factor::PastRetention => self.past_retention,
        }
    }

    /// The factors that add points, and how many each adds.
    pub fn reasons(&self) -> Vec<Reason> {
        Factor::ALL
            .iter()
            .map(|&factor| {
                let count = self.count(factor);
                Reason { factor, count, points: count / factor.per() * factor.weight() }
            })
            .filter(|r| r.points > 0)
            .collect()
    }

    pub fn score(&self) -> u64 {
        self.reasons().iter().map(|r| r.points).sum()
    }

    fn add(&mut self, other: &Exposure) {
        self.special_files += other.special_files;
        self.findings += other.findings;
        self.financial_files += other.financial_files;
        self.past_retention += other.past_retention;
    }
}

/// One of a folder's riskiest files.
#[derive(Debug, Clone)]
pub struct FileRisk {
    pub path: String,
    pub score: u64,
    pub findings: u64,
    pub kinds: Vec<(Kind, u64)>,
    pub categories: Vec<Category>,
    /// What is due, once past its retention period.
    pub due: Option<Due>,
}

impl FileRisk {
    pub fn kinds_text(&self) -> String {
        let kinds: Vec<String> = self.kinds.iter().map(|(k, n)| format!("{} {n}", k.as_str())).collect();
        kinds.join(", ")
    }
}

/// A top-level folder.
#[derive(Debug, Clone, Default)]
pub struct Folder {
    pub files: u64,
    pub bytes: u64,
    /// Files holding any finding.
    pub personal: u64,
    pub exposure: Exposure,
    pub kinds: BTreeMap<Kind, u64>,
    pub categories: BTreeSet<Category>,
    /// Bank account, IBAN and card findings.
    pub financial: u64,
    /// Files past their retention period.
    pub expired: u64,
    pub oldest: Option<Timestamp>,
    /// Its riskiest files, riskiest first, at most `TOP_FILES`.
    pub top: Vec<FileRisk>,
}

impl Folder {
    pub fn score(&self) -> u64 {
        self.exposure.score()
    }

    pub fn oldest_date(&self) -> String {
        self.oldest.map(|t| t.to_string()[..10].to_string()).unwrap_or_default()
    }

    pub fn categories_text(&self) -> String {
        let names: Vec<&str> = self.categories.iter().map(|c| c.as_str()).collect();
        names.join(", ")
    }

    /// Keeps `file` if it is among the riskiest: by score, then by findings.
    fn keep_top(&mut self, file: FileRisk) {
        let rank = |f: &FileRisk| (f.score, f.findings);
        if self.top.len() == TOP_FILES && self.top.last().is_some_and(|last| rank(last) >= rank(&file)) {
            return;
        }
        let at = self.top.partition_point(|f| rank(f) >= rank(&file));
        self.top.insert(at, file);
        self.top.truncate(TOP_FILES);
    }
}

/// The files of one owner.
#[derive(Debug, Clone, Default)]
pub struct Owner {
    pub files: u64,
    pub bytes: u64,
    pub personal: u64,
    pub special: u64,
    pub expired: u64,
}

/// The verdicts of one retention rule.
#[derive(Debug, Clone, Default)]
pub struct RuleCounts {
    pub files: u64,
    /// Past their period: deletion due, review due.
    pub delete: u64,
    pub review: u64,
}

/// An information asset: a policy rule's `asset`, else a top-level folder.
#[derive(Debug, Clone, Default)]
pub struct Asset {
    pub owners: BTreeSet<String>,
    pub lawful_bases: BTreeSet<String>,
    /// The rules that decided its files, whose periods apply.
    pub rules: BTreeSet<String>,
    pub kinds: BTreeSet<Kind>,
    pub categories: BTreeSet<Category>,
    pub files: u64,
    pub bytes: u64,
    pub expired: u64,
    /// The top-level folders its files are in.
    pub locations: BTreeSet<PathBuf>,
}

/// File ages, by the years since the file was last modified.
pub const AGE_BUCKETS: [(&str, i16); 7] =
    [("< 1 y", 1), ("1-2 y", 2), ("2-3 y", 3), ("3-5 y", 5), ("5-7 y", 7), ("7-10 y", 10), ("10+ y", i16::MAX)];

/// Everything the reports for people show, gathered from the records.
#[derive(Debug, Clone)]
pub struct Overview {
    today: Date,
    roots: Vec<PathBuf>,
    here: PathBuf,
    /// Files holding any finding; any special-category finding.
    pub personal: u64,
    pub special: u64,
    /// Files past their period with deletion, review due.
    pub due_delete: u64,
    pub due_review: u64,
    pub errors: BTreeMap<Failure, u64>,
    pub folders: BTreeMap<PathBuf, Folder>,
    pub owners: BTreeMap<Option<u32>, Owner>,
    pub rules: BTreeMap<String, RuleCounts>,
    pub assets: BTreeMap<String, Asset>,
    /// Files whose period ended before today, then those whose period ends
    /// in each of the twelve months from today's.
    pub due_by_month: [u64; 13],
    /// Files per `AGE_BUCKETS`, and those of unknown age.
    pub ages: [u64; AGE_BUCKETS.len()],
    /// Findings of files whose record has not arrived, by kind and category.
    pending: HashMap<RecordPath, (BTreeMap<Kind, u64>, BTreeSet<Category>)>,
}

impl Overview {
    /// `roots` as the scan reaches them, and `today` for ages and what falls due.
    pub fn new(roots: &[PathBuf], today: Date) -> Overview {
        Overview {
            today,
            roots: roots.iter().map(|r| std::path::absolute(r).unwrap_or_else(|_| r.clone())).collect(),
            here: std::env::current_dir().unwrap_or_default(),
            personal: 0,
            special: 0,
            due_delete: 0,
            due_review: 0,
            errors: BTreeMap::new(),
            folders: BTreeMap::new(),
            owners: BTreeMap::new(),
            rules: BTreeMap::new(),
            assets: BTreeMap::new(),
            due_by_month: [0; 13],
            ages: [0; AGE_BUCKETS.len()],
            pending: HashMap::new(),
        }
    }

    pub fn finding(&mut self, finding: &Finding) {
        let (kinds, categories) = self.pending.entry(finding.path.clone()).or_default();
        *kinds.entry(finding.kind).or_default() += 1;
        categories.extend(finding.category);
    }

    pub fn file(&mut self, file: &FileRecord) {
        // A file an inventory recalls sends its counts, not its findings.
        let (kinds, categories) = match file.facts.as_deref().filter(|f| f.reading.recalled()) {
            Some(facts) => (facts.kind_counts.clone(), facts.categories.clone()),
            None => self.pending.remove(&file.path).unwrap_or_default(),
        };
        let findings: u64 = kinds.values().sum();
        let personal = findings > 0;
        let special = !categories.is_empty();
        let financial: u64 = kinds.iter().filter(|(k, _)| k.is_financial()).map(|(_, n)| n).sum();
        let verdict = file.retention.as_ref();
        let expired = verdict.is_some_and(|v| v.is_expired());
        let due = verdict.filter(|v| v.is_expired()).map(|v| v.action);
        let scanned = matches!(file.status, Status::Scanned);
        let bytes = if scanned { file.size } else { 0 };
        let modified: Option<Timestamp> = file.modified.as_deref().and_then(|m| m.parse().ok());

        self.personal += u64::from(personal);
        self.special += u64::from(special);
        self.due_delete += u64::from(due == Some(Due::Delete));
        self.due_review += u64::from(due == Some(Due::Review));
        if let Status::Error { why, .. } = &file.status {
            *self.errors.entry(*why).or_default() += 1;
        }
        if let Some(expires) = verdict.and_then(|v| v.expires) {
            let months = (i32::from(expires.year()) - i32::from(self.today.year())) * 12 + i32::from(expires.month())
                - i32::from(self.today.month());
            let slot = if expires < self.today { Some(0) } else { usize::try_from(months + 1).ok() };
            if let Some(count) = slot.and_then(|m| self.due_by_month.get_mut(m)) {
                *count += 1;
            }
        }
        if let Some(modified) = modified {
            let day = modified.to_zoned(jiff::tz::TimeZone::UTC).date();
            let years = self.today.since((jiff::Unit::Year, day)).map_or(0, |span| span.get_years());
            let bucket = AGE_BUCKETS.iter().position(|(_, below)| years < *below).unwrap_or(AGE_BUCKETS.len() - 1);
            self.ages[bucket] += 1;
        }

        let owner = self.owners.entry(file.uid).or_default();
        owner.files += 1;
        owner.bytes += bytes;
        owner.personal += u64::from(personal);
        owner.special += u64::from(special);
        owner.expired += u64::from(expired);

        if let Some(v) = verdict {
            let rule = self.rules.entry(v.rule.clone().unwrap_or_else(|| "no rule".into())).or_default();
            rule.files += 1;
            rule.delete += u64::from(due == Some(Due::Delete));
            rule.review += u64::from(due == Some(Due::Review));
        }

        let dir = file.path.parent().unwrap_or(Path::new(""));
        let top = super::top_folder(&self.roots, &self.here, dir).to_path_buf();
        let exposure = Exposure {
            special_files: u64::from(special),
            findings,
            financial_files: u64::from(financial > 0),
            past_retention: u64::from(expired && personal),
        };
        let asset_name = verdict.and_then(|v| v.asset.clone()).unwrap_or_else(|| top.to_string_lossy().into_owned());
        let asset = self.assets.entry(asset_name).or_default();
        asset.files += 1;
        asset.bytes += bytes;
        asset.expired += u64::from(expired);
        asset.kinds.extend(kinds.keys().filter(|k| **k != Kind::SpecialCategory));
        asset.categories.extend(&categories);
        asset.locations.insert(top.clone());
        if let Some(v) = verdict {
            asset.owners.extend(v.owner.clone());
            asset.lawful_bases.extend(v.lawful_basis.clone());
            asset.rules.extend(v.rule.clone());
        }

        let folder = self.folders.entry(top).or_default();
        folder.files += 1;
        folder.bytes += bytes;
        folder.personal += u64::from(personal);
        folder.exposure.add(&exposure);
        folder.financial += financial;
        folder.expired += u64::from(expired);
        folder.categories.extend(&categories);
        for (kind, n) in &kinds {
            *folder.kinds.entry(*kind).or_default() += n;
        }
        if let Some(modified) = modified {
            folder.oldest = Some(folder.oldest.map_or(modified, |o| o.min(modified)));
        }
        let score = exposure.score();
        if personal || score > 0 {
            folder.keep_top(FileRisk {
                path: file.path.to_string_lossy().into_owned(),
                score,
                findings,
                kinds: kinds.into_iter().collect(),
                categories: categories.into_iter().collect(),
                due,
            });
        }
    }

    /// Folders, riskiest first (then by path).
    pub fn by_risk(&self) -> Vec<(&Path, &Folder)> {
        let mut folders: Vec<(&Path, &Folder)> = self.folders.iter().map(|(p, f)| (p.as_path(), f)).collect();
        folders.sort_by(|a, b| b.1.score().cmp(&a.1.score()).then(a.0.cmp(b.0)));
        folders
    }

    /// The first day of each of the twelve months from today's.
    pub fn months(&self) -> Vec<Date> {
        let first = self.today.first_of_month();
        (0..12).map(|m| first.checked_add(m.months()).unwrap_or(first)).collect()
    }

    /// Files not read because they are encrypted.
    pub fn encrypted(&self) -> u64 {
        self.errors.get(&Failure::Encrypted).copied().unwrap_or(0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_score_is_the_sum_of_its_reasons() {
        let exposure = Exposure { special_files: 2, findings: 35, financial_files: 1, past_retention: 0 };
        let reasons = exposure.reasons();
        let points: Vec<(Factor, u64)> = reasons.iter().map(|r| (r.factor, r.points)).collect();
        assert_eq!(points, [(Factor::Special, 20), (Factor::Identifiers, 3), (Factor::Financial, 5)]);
        assert_eq!(exposure.score(), 28);
        assert_eq!(Exposure::default().score(), 0);
    }

    #[test]
    fn files_fall_due_past_or_in_one_of_the_next_twelve_months_and_age_by_year() {
        use crate::retention::{Status as Kept, Verdict};
        let today = jiff::civil::date(2026, 12, 3);
        let mut overview = Overview::new(&[PathBuf::from("/share")], today);
        for (name, expires, modified) in [
            ("a", "2026-11-30", "2019-11-30T12:00:00Z"),
            ("b", "2026-12-03", "2026-01-01T12:00:00Z"),
            ("c", "2027-11-30", "2024-12-03T12:00:00Z"),
            ("d", "2027-12-01", "2026-12-03T12:00:00Z"),
        ] {
            let expires: Date = expires.parse().unwrap();
            let verdict = Verdict {
                rule: Some("default".into()),
                basis: None,
                basis_date: None,
                expires: Some(expires),
                status: if expires < today { Kept::Expired } else { Kept::Retained },
                action: if expires < today { Due::Review } else { Due::Keep },
                owner: None,
                lawful_basis: None,
                asset: None,
            };
            overview.file(&FileRecord {
                size: 10,
                modified: Some(modified.into()),
                uid: Some(0),
                retention: Some(verdict),
                ..FileRecord::scanned(Path::new("/share/HR").join(name).as_path().into())
            });
        }
        // Past, this month, November next year; December next year is beyond.
        let mut due = [0; 13];
        (due[0], due[1], due[12]) = (1, 1, 1);
        assert_eq!(overview.due_by_month, due);
        assert_eq!(overview.months()[11], jiff::civil::date(2027, 11, 1));
        // Ages: a 7 years (7-10), b and d under one, c two (2-3).
        assert_eq!(overview.ages, [2, 0, 1, 0, 0, 1, 0]);
        assert_eq!((overview.due_review, overview.rules["default"].review), (1, 1));
        let hr = &overview.folders[Path::new("/share/HR")];
        assert_eq!((hr.files, hr.bytes, hr.expired), (4, 40, 1));
        assert_eq!(overview.owners[&Some(0)].files, 4);
        assert_eq!(overview.assets["/share/HR"].locations.len(), 1);
    }

    #[test]
    fn a_folder_keeps_its_riskiest_files_only() {
        let mut folder = Folder::default();
        for score in [3, 40, 1, 7, 12, 9, 30, 2, 5, 8, 11, 6] {
            let file = FileRisk {
                path: format!("f{score}"),
                score,
                findings: 1,
                kinds: Vec::new(),
                categories: Vec::new(),
                due: None,
            };
            folder.keep_top(file);
        }
        let kept: Vec<u64> = folder.top.iter().map(|f| f.score).collect();
        assert_eq!(kept, [40, 30, 12, 11, 9, 8, 7, 6, 5, 3]);
    }
}
