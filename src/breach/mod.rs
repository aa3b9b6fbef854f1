//! `dpscan breach`: a breach impact assessment from the inventory alone.
//!
//! Given what was exposed — folders, files or globs, a list of files, or
//! what the inventory saw new or changed in a time window — it says what
//! those files held: the kinds of data by category, how many people, how
//! sensitive, and what could not be assessed. No file is read (the laptop
//! may be gone): everything comes from the findings the inventory holds,
//! which carry masked values and keyed digests, never a clear value.
//!
//! People are estimated, never counted: identifiers (a NINO, an email, a
//! name, …) found in the same record — a text unit, or a row of a table or
//! an element of a JSON array where the location says so — are linked
//! (union-find over their digests), and the answer is a range: at least
//! the distinct values of an identifier a person has only one of, likely
//! the linked groups, at most every distinct identifier a different
//! person. Severity follows the factors the ICO asks about, each rule in
//! `severity` with its reason. Reading the data and writing it out are
//! elsewhere: `Assessor` takes files and findings as they are replayed,
//! `html` and `print_table` present the `Assessment`.

pub mod html;

use std::collections::{BTreeMap, BTreeSet};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use jiff::civil::Date;
use jiff::Timestamp;
use rustc_hash::{FxHashMap, FxHashSet};
use serde::{Serialize, Serializer};

use crate::detect::digest::ValueDigest;
use crate::detect::mask::mask_text;
use crate::detect::{Category, Engine, Kind};
use crate::extract::Location;
use crate::index::marks::Decision;
use crate::index::{Hosts, IndexError, Seen, Store};
use crate::report::{sanitize, FileRecord, Finding, Skip, Status};

/// What the data is about, for a breach report: the groups the ICO's form
/// asks about, a special category each on its own.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum DataCategory {
    /// Names and dates of birth.
    Identity,
    /// Email, phone, postal address (postcode).
    Contact,
    /// Bank accounts, IBANs, payment cards.
    Financial,
    /// NINO, NHS number, passport, driving licence.
    GovernmentId,
    /// IP addresses.
    Online,
    /// A special category of Art. 9, or criminal-offence data (Art. 10).
    Special(Category),
    /// A date of birth under 18 years before the exposure.
    Children,
    /// Kinds an organisation's own rules add.
    Other,
}

impl DataCategory {
    pub fn as_str(self) -> &'static str {
        match self {
            DataCategory::Identity => "identity",
            DataCategory::Contact => "contact",
            DataCategory::Financial => "financial",
            DataCategory::GovernmentId => "government_id",
            DataCategory::Online => "online",
            DataCategory::Special(c) => c.as_str(),
            DataCategory::Children => "children",
            DataCategory::Other => "other",
        }
    }

    /// The article of UK GDPR that makes it sensitive, if one does.
    pub fn article(self) -> Option<&'static str> {
        match self {
            DataCategory::Special(Category::CriminalOffence) => Some("Art. 10"),
            DataCategory::Special(_) => Some("Art. 9"),
            _ => None,
        }
    }
}

impl Serialize for DataCategory {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

/// What a kind of finding is to a breach assessment.
#[derive(Debug, Clone, Copy)]
struct KindRole {
    category: DataCategory,
    /// It points at one person, so it links the record it is in to them.
    identifies: bool,
    /// A person has at most one: so many distinct values, so many people.
    one_each: bool,
}

/// Every built-in kind's role: the one table.
const ROLES: [(Kind, KindRole); 13] = {
    use DataCategory::*;
    const fn role(category: DataCategory, identifies: bool, one_each: bool) -> KindRole {
        KindRole { category, identifies, one_each }
    }
    [
        (Kind::PersonName, role(Identity, true, false)),
        (Kind::DateOfBirth, role(Identity, false, true)),
        (Kind::Email, role(Contact, true, false)),
        (Kind::Phone, role(Contact, true, false)),
        (Kind::UkPostcode, role(Contact, false, false)),
        (Kind::UkBankAccount, role(Financial, true, false)),
        (Kind::Iban, role(Financial, true, false)),
        (Kind::PaymentCard, role(Financial, true, false)),
        (Kind::UkNino, role(GovernmentId, true, true)),
        (Kind::NhsNumber, role(GovernmentId, true, true)),
        (Kind::UkPassport, role(GovernmentId, true, true)),
        (Kind::UkDrivingLicence, role(GovernmentId, true, true)),
        (Kind::IpAddress, role(Online, false, false)),
    ]
};

/// The role of `finding`'s kind; a special-category term's is its category.
fn role(finding: &Finding) -> KindRole {
    if let (Kind::SpecialCategory, Some(category)) = (finding.kind, finding.category) {
        return KindRole { category: DataCategory::Special(category), identifies: false, one_each: false };
    }
    ROLES
        .iter()
        .find(|(k, _)| *k == finding.kind)
        .map_or(KindRole { category: DataCategory::Other, identifies: false, one_each: false }, |(_, role)| *role)
}

/// Below this age on the exposure day, a date of birth is a child's.
const ADULT_AGE: i16 = 18;

/// Whether the masked date of birth `masked` (`1985-**-**`: its year is
/// all the inventory keeps in the clear) is certainly a child's on `as_of`,
/// and whether it may be (born in the year that turns 18 then).
fn child(masked: &str, as_of: Date) -> (bool, bool) {
    let Some(year) = masked.get(..4).and_then(|y| y.parse::<i16>().ok()) else { return (false, false) };
    let age = as_of.year() - year; // this year's birthday past, else one less
    ((0..ADULT_AGE).contains(&age), age == ADULT_AGE)
}

/// What was exposed, as the user named it.
#[derive(Debug, Clone)]
pub enum Exposure {
    /// Files at or under these paths, or matching these globs.
    Paths(Vec<Target>),
    /// The files a list names, one path a line.
    Listed { list: PathBuf, paths: BTreeSet<PathBuf> },
    /// Files the inventory saw new or changed by runs started in the window.
    Window { since: Timestamp, until: Timestamp },
}

/// A path or glob of `Exposure::Paths`, made absolute.
#[derive(Debug, Clone)]
pub struct Target {
    pub shown: String,
    matcher: Matcher,
}

#[derive(Debug, Clone)]
enum Matcher {
    Under(PathBuf),
    Glob(globset::GlobMatcher),
}

impl Target {
    /// `text` as typed: a glob if it has `*`, `?`, `[` or `{`, else a file
    /// or folder; relative to `cwd`, links resolved where the path still
    /// exists (the inventory holds canonical paths).
    pub fn parse(text: &str, cwd: &Path) -> Result<Target, String> {
        let absolute = cwd.join(text);
        let matcher = if text.contains(['*', '?', '[', '{']) {
            let glob = globset::GlobBuilder::new(&absolute.to_string_lossy())
                .literal_separator(true)
                .build()
                .map_err(|e| format!("`{text}` is not a glob: {e}"))?;
            Matcher::Glob(glob.compile_matcher())
        } else {
            Matcher::Under(std::fs::canonicalize(&absolute).unwrap_or_else(|_| lexical(&absolute)))
        };
        Ok(Target { shown: text.to_string(), matcher })
    }

    fn holds(&self, path: &Path) -> bool {
        match &self.matcher {
            Matcher::Under(base) => path.starts_with(base),
            Matcher::Glob(glob) => glob.is_match(path),
        }
    }
}

/// `path` without `.` and with each `..` taking off the name before it.
fn lexical(path: &Path) -> PathBuf {
    let mut clean = PathBuf::new();
    for part in path.components() {
        match part {
            std::path::Component::CurDir => {}
            std::path::Component::ParentDir => {
                clean.pop();
            }
            other => clean.push(other),
        }
    }
    clean
}

impl Exposure {
    /// The files a list names: one path a line, relative to `cwd` unless
    /// absolute; blank lines and lines starting with `#` are skipped.
    pub fn listed(list: &Path, cwd: &Path) -> io::Result<Exposure> {
        let text = std::fs::read_to_string(list)?;
        let paths = text
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .map(|l| {
                let path = cwd.join(l);
                std::fs::canonicalize(&path).unwrap_or_else(|_| lexical(&path))
            })
            .collect();
        Ok(Exposure::Listed { list: list.to_path_buf(), paths })
    }

    /// How it is described in a report.
    fn describe(&self) -> Scope {
        match self {
            Exposure::Paths(targets) => Scope::Paths { paths: targets.iter().map(|t| t.shown.clone()).collect() },
            Exposure::Listed { list, paths } => {
                Scope::Files { list: list.to_string_lossy().into_owned(), listed: paths.len() as u64 }
            }
            Exposure::Window { since, until } => Scope::Window { since: *since, until: *until },
        }
    }
}

/// The exposure as a report states it.
#[derive(Debug, Clone, Serialize)]
#[serde(tag = "by", rename_all = "snake_case")]
pub enum Scope {
    Paths { paths: Vec<String> },
    Files { list: String, listed: u64 },
    Window { since: Timestamp, until: Timestamp },
}

impl std::fmt::Display for Scope {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Scope::Paths { paths } => write!(f, "files at or under {}", paths.join(", ")),
            Scope::Files { list, listed } => write!(f, "the {listed} files listed in {list}"),
            Scope::Window { since, until } => {
                write!(f, "files the inventory saw new or changed from {since} to {until}")
            }
        }
    }
}

/// Whether a file of the inventory is in the exposed set.
enum Membership {
    In,
    /// Held by a window's end and changed after it: the inventory holds
    /// only the later version, and cannot tell whether it changed within.
    ChangedAfter,
}

/// The exposure resolved against the inventory's run history.
struct Selector<'a> {
    exposure: &'a Exposure,
    /// For a window: the files in it, and those changed after it, by
    /// host and path (two hosts may hold the same path).
    window: FxHashMap<String, FxHashMap<PathBuf, Membership>>,
}

impl<'a> Selector<'a> {
    fn new(exposure: &'a Exposure, store: &mut dyn Store) -> Result<Selector<'a>, IndexError> {
        let mut window: FxHashMap<String, FxHashMap<PathBuf, Membership>> = FxHashMap::default();
        if let Exposure::Window { since, until } = exposure {
            // Held by the window's end, last changed at or after its start.
            for Seen { host, path, first, changed } in store.seen()? {
                if first <= *until && changed >= *since {
                    let held = if changed > *until { Membership::ChangedAfter } else { Membership::In };
                    window.entry(host).or_default().insert(path, held);
                }
            }
        }
        Ok(Selector { exposure, window })
    }

    /// Whether the file at `path` of `host` is exposed: paths and lists
    /// name paths on every host, a window the files that changed in it.
    fn member(&self, host: &str, path: &Path) -> Option<&Membership> {
        match self.exposure {
            Exposure::Paths(targets) => targets.iter().any(|t| t.holds(path)).then_some(&Membership::In),
            Exposure::Listed { paths, .. } => paths.contains(path).then_some(&Membership::In),
            Exposure::Window { .. } => self.window.get(host)?.get(path),
        }
    }
}

/// Why an exposed file, or part of one, could not be assessed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Gap {
    Encrypted,
    NeedsOcr,
    Corrupt,
    LimitExceeded,
    TimedOut,
    ExtractorFailed,
    Unreadable,
    /// Skipped: no extractor for its format, too large, a link, …
    NotRead,
    /// Read, but some parts (archive members, attachments) not.
    PartsNotRead,
    /// A listed file the inventory does not hold.
    NotInInventory,
    /// Held by the window's end, changed after it: its content then is unknown.
    ChangedAfterWindow,
}

impl Gap {
    pub fn as_str(self) -> &'static str {
        match self {
            Gap::Encrypted => "encrypted",
            Gap::NeedsOcr => "needs OCR",
            Gap::Corrupt => "corrupt",
            Gap::LimitExceeded => "limit exceeded",
            Gap::TimedOut => "timed out",
            Gap::ExtractorFailed => "extractor failed",
            Gap::Unreadable => "cannot be read",
            Gap::NotRead => "not read",
            Gap::PartsNotRead => "parts not read",
            Gap::NotInInventory => "not in the inventory",
            Gap::ChangedAfterWindow => "changed after the window",
        }
    }

    /// Why a file could not be assessed in full, if it could not, and the
    /// inventory's words for it: what `FileRecord::not_read` says, typed.
    fn of(record: &FileRecord) -> Option<(Gap, String)> {
        use crate::report::{Failure, NotRead};
        let detail = match record.not_read()? {
            NotRead::Whole(detail) | NotRead::Parts(detail) => detail,
        };
        let gap = match &record.status {
            Status::Scanned => Gap::PartsNotRead,
            Status::Skipped { why: Skip::NeedsOcr, .. } => Gap::NeedsOcr,
            Status::Skipped { .. } => Gap::NotRead,
            Status::Error { why, .. } => match why {
                Failure::Encrypted => Gap::Encrypted,
                Failure::Corrupt => Gap::Corrupt,
                Failure::Limit => Gap::LimitExceeded,
                Failure::TimedOut => Gap::TimedOut,
                Failure::Crashed => Gap::ExtractorFailed,
                Failure::Unreadable => Gap::Unreadable,
            },
        };
        Some((gap, detail))
    }
}

/// An exposed file that could not be assessed, in whole or in part.
#[derive(Debug, Clone, Serialize)]
pub struct Unassessed {
    pub path: String,
    pub gap: Gap,
    /// The inventory's words for it.
    pub detail: String,
}

/// A range of people: the method's bounds and its likely figure between.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Range {
    pub low: u64,
    pub likely: u64,
    pub high: u64,
}

impl std::fmt::Display for Range {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.low == self.high {
            write!(f, "{}", self.low)
        } else {
            write!(f, "{} to {} (likely {})", self.low, self.high, self.likely)
        }
    }
}

/// One kind's tally within a category.
#[derive(Debug, Clone, Serialize)]
pub struct KindCount {
    pub kind: Kind,
    pub findings: u64,
    /// Distinct values (by keyed digest).
    pub values: u64,
    pub files: u64,
}

/// A category of data found in the exposed files.
#[derive(Debug, Clone, Serialize)]
pub struct CategoryRow {
    pub category: DataCategory,
    /// `Art. 9` or `Art. 10` for the sensitive ones.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub article: Option<&'static str>,
    pub findings: u64,
    pub values: u64,
    pub files: u64,
    /// People whose data of this category was exposed.
    pub subjects: Range,
    pub kinds: Vec<KindCount>,
}

/// An exposed file holding personal data: the report's list of records.
#[derive(Debug, Clone, Serialize)]
pub struct ExposedFile {
    pub path: String,
    pub findings: u64,
    pub categories: Vec<DataCategory>,
}

/// How severe the breach is judged to be.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Level {
    Low,
    Medium,
    High,
}

impl Level {
    pub fn as_str(self) -> &'static str {
        match self {
            Level::Low => "low",
            Level::Medium => "medium",
            Level::High => "high",
        }
    }
}

/// The factor a severity reason weighs, after the ICO's questions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Factor {
    SpecialCategory,
    CriminalOffence,
    Children,
    Financial,
    IdentityTheft,
    Volume,
    UnknownContent,
    Encrypted,
    Ordinary,
    /// The exposure holds no file: a window in which nothing changed.
    NothingExposed,
}

#[derive(Debug, Clone, Serialize)]
pub struct Reason {
    pub level: Level,
    pub factor: Factor,
    pub reason: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct Severity {
    pub level: Level,
    pub reasons: Vec<Reason>,
}

/// The people estimate and how it was made.
#[derive(Debug, Clone, Serialize)]
pub struct Subjects {
    #[serde(flatten)]
    pub range: Range,
    /// Linked groups of identifiers (the likely figure, within the bounds).
    pub linked_groups: u64,
    /// Distinct identifier values.
    pub identifiers: u64,
    /// Records holding personal data but no identifier.
    pub unnamed_records: u64,
    pub method: &'static str,
}

const METHOD: &str = "Identifiers (names, emails, phones, NINOs, NHS numbers, passports, driving licences, bank \
    accounts, IBANs, cards) found in the same record (a text unit: a file, page, message, archive member or \
    sheet; or a row of a table, an element of a JSON array) are linked, by keyed digest, into groups. Low: the \
    most distinct values of any identifier a person has only one of (NINO, NHS number, passport, driving \
    licence, date of birth), and at least 1 when personal data was found. Likely: the linked groups, which \
    assumes each person's identifiers appear together somewhere (one person named in one file and emailed in \
    another counts twice). High: every distinct identifier a different person, and each record with personal \
    data but no identifier one more; people sharing one identifier value (the same name, a shared mailbox) are \
    counted once. All assume the detections are right. People named in none of the files assessed are not \
    counted.";

/// Children's data, when dates of birth say so.
#[derive(Debug, Clone, Serialize)]
pub struct Children {
    /// Whether any date of birth was found to judge by.
    pub assessed: bool,
    /// Distinct dates of birth under 18 on the exposure day.
    pub certain: u64,
    /// Distinct dates of birth in the year that turns 18 then: a child or
    /// not by the birthday, which the inventory does not keep.
    pub possible: u64,
    pub basis: String,
}

/// Everything the assessment found: the report's facts.
#[derive(Debug, Clone, Serialize)]
pub struct Assessment {
    pub exposure: Scope,
    /// The day of the exposure (children's ages are taken on it).
    pub as_of: Date,
    pub files: FileTotals,
    pub subjects: Subjects,
    pub severity: Severity,
    pub categories: Vec<CategoryRow>,
    pub children: Children,
    pub not_assessed: Vec<Unassessed>,
    /// Files with personal data, by path.
    pub records: Vec<ExposedFile>,
    pub values: &'static str,
}

/// Why no value appears: the inventory holds none in the clear.
const VALUES: &str = "none: the inventory holds masked values and keyed digests only, so this report gives kinds \
    and counts, never an identifier (there is nothing to reveal)";

#[derive(Debug, Clone, Default, Serialize)]
pub struct FileTotals {
    /// Exposed files the inventory holds.
    pub exposed: u64,
    /// Of those, read in full.
    pub assessed: u64,
    pub with_personal_data: u64,
    /// Exposed files, listed or held, not assessed in whole or in part.
    pub not_assessed: u64,
    pub not_assessed_by_reason: BTreeMap<Gap, u64>,
    /// Findings a reviewer marked a false positive or test data: left out.
    pub findings_marked_not_personal: u64,
}

/// A distinct value found (by digest).
struct Value {
    kind: Kind,
    category: DataCategory,
    role: KindRole,
    /// A date of birth under 18 on the exposure day.
    child: bool,
    /// A date of birth in the year that turns 18 then.
    maybe_child: bool,
}

/// A record: where co-occurring identifiers are taken to be linked.
#[derive(Default)]
struct Record {
    /// Values found in it, by index, each once.
    values: Vec<u32>,
    categories: Vec<DataCategory>,
}

/// Builds an `Assessment` from the exposed files as they are replayed.
pub struct Assessor<'e> {
    as_of: Date,
    /// Masks what the inventory's texts quote of the content (member
    /// names, parser errors), as every report does without `--reveal`.
    engine: &'e Engine,
    values: Vec<Value>,
    by_digest: FxHashMap<ValueDigest, u32>,
    records: Vec<Record>,
    /// Per category, then kind: findings and files.
    tally: BTreeMap<DataCategory, BTreeMap<Kind, (u64, u64)>>,
    files: FileTotals,
    exposed: Vec<ExposedFile>,
    not_assessed: Vec<Unassessed>,
}

impl<'e> Assessor<'e> {
    pub fn new(as_of: Date, engine: &'e Engine) -> Assessor<'e> {
        Assessor {
            as_of,
            engine,
            values: Vec::new(),
            by_digest: FxHashMap::default(),
            records: Vec::new(),
            tally: BTreeMap::new(),
            files: FileTotals::default(),
            exposed: Vec::new(),
            not_assessed: Vec::new(),
        }
    }

    fn gap(&mut self, path: &Path, gap: Gap, detail: String) {
        self.files.not_assessed += 1;
        *self.files.not_assessed_by_reason.entry(gap).or_default() += 1;
        let detail = mask_text(self.engine, &detail).into_owned();
        self.not_assessed.push(Unassessed { path: path.to_string_lossy().into_owned(), gap, detail });
    }

    /// An exposed file of the inventory and its findings.
    pub fn file(&mut self, record: &FileRecord, findings: Vec<Finding>) {
        self.files.exposed += 1;
        match Gap::of(record) {
            Some((gap, detail)) => self.gap(&record.path, gap, detail),
            None => self.files.assessed += 1,
        }
        let mut records: BTreeMap<Location, Record> = BTreeMap::new();
        let mut kinds: BTreeSet<(DataCategory, Kind)> = BTreeSet::new();
        let mut count = 0;
        for finding in findings {
            let not_personal = finding
                .mark
                .as_ref()
                .is_some_and(|m| matches!(m.decision, Decision::FalsePositive | Decision::TestData));
            if not_personal {
                self.files.findings_marked_not_personal += 1;
                continue;
            }
            let Some(digest) = finding.digest else { continue };
            let role = role(&finding);
            let index = match self.by_digest.get(&digest) {
                Some(&index) => index,
                None => {
                    let index = self.values.len() as u32;
                    let (child, maybe_child) = match finding.kind {
                        Kind::DateOfBirth => child(&finding.value, self.as_of),
                        _ => (false, false),
                    };
                    self.values.push(Value { kind: finding.kind, category: role.category, role, child, maybe_child });
                    self.by_digest.insert(digest, index);
                    index
                }
            };
            let value = &self.values[index as usize];
            count += 1;
            let entry = self.tally.entry(value.category).or_default().entry(value.kind).or_default();
            entry.0 += 1;
            kinds.insert((value.category, value.kind));
            let held = records.entry(record_of(&finding.location)).or_default();
            held.values.push(index);
            held.categories.push(value.category);
            if value.child {
                let entry = self.tally.entry(DataCategory::Children).or_default().entry(Kind::DateOfBirth).or_default();
                entry.0 += 1;
                kinds.insert((DataCategory::Children, Kind::DateOfBirth));
                held.categories.push(DataCategory::Children);
            }
        }
        for (category, kind) in &kinds {
            if let Some(entry) = self.tally.get_mut(category).and_then(|k| k.get_mut(kind)) {
                entry.1 += 1;
            }
        }
        for mut held in records.into_values() {
            held.values.sort_unstable();
            held.values.dedup();
            held.categories.sort_unstable();
            held.categories.dedup();
            self.records.push(held);
        }
        if count > 0 {
            self.files.with_personal_data += 1;
            let categories: BTreeSet<DataCategory> = kinds.iter().map(|(c, _)| *c).collect();
            self.exposed.push(ExposedFile {
                path: record.path.to_string_lossy().into_owned(),
                findings: count,
                categories: categories.into_iter().collect(),
            });
        }
    }

    /// The assessment of everything given, for `exposure`.
    pub fn finish(mut self, exposure: Scope) -> Assessment {
        let groups = self.link();
        let everyone = self.estimate(&groups, |_| true, |_| true);
        let subjects = Subjects {
            range: everyone.0,
            linked_groups: everyone.1,
            identifiers: self.values.iter().filter(|v| v.role.identifies).count() as u64,
            unnamed_records: self.records.iter().filter(|r| !self.named(r)).count() as u64,
            method: METHOD,
        };
        let categories: Vec<CategoryRow> = self
            .tally
            .iter()
            .map(|(&category, kinds)| {
                let in_category = |v: &Value| v.category == category || (category == DataCategory::Children && v.child);
                let kinds: Vec<KindCount> = kinds
                    .iter()
                    .map(|(&kind, &(findings, files))| KindCount {
                        kind,
                        findings,
                        values: self.values.iter().filter(|v| v.kind == kind && in_category(v)).count() as u64,
                        files,
                    })
                    .collect();
                CategoryRow {
                    category,
                    article: category.article(),
                    findings: kinds.iter().map(|k| k.findings).sum(),
                    values: kinds.iter().map(|k| k.values).sum(),
                    files: self.exposed.iter().filter(|f| f.categories.contains(&category)).count() as u64,
                    subjects: self.estimate(&groups, |r| r.categories.contains(&category), in_category).0,
                    kinds,
                }
            })
            .collect();
        let dobs = self.values.iter().filter(|v| v.kind == Kind::DateOfBirth);
        let children = Children {
            assessed: dobs.clone().next().is_some(),
            certain: dobs.clone().filter(|v| v.child).count() as u64,
            possible: self.values.iter().filter(|v| v.maybe_child).count() as u64,
            basis: if dobs.clone().next().is_some() {
                format!(
                    "dates of birth under {ADULT_AGE} on {}: the inventory keeps each date's year in the clear \
                     (its masked form), so a date in the year that turns {ADULT_AGE} is counted as possible only",
                    self.as_of
                )
            } else {
                "not assessed: no date of birth was found, and nothing else the inventory holds tells a child's data"
                    .into()
            },
        };
        self.exposed.sort_by(|a, b| a.path.cmp(&b.path));
        self.not_assessed.sort_by(|a, b| (a.gap, &a.path).cmp(&(b.gap, &b.path)));
        let severity = severity(&subjects, &categories, &children, &self.files);
        Assessment {
            exposure,
            as_of: self.as_of,
            files: self.files,
            subjects,
            severity,
            categories,
            children,
            not_assessed: self.not_assessed,
            records: self.exposed,
            values: VALUES,
        }
    }

    fn named(&self, record: &Record) -> bool {
        record.values.iter().any(|&v| self.values[v as usize].role.identifies)
    }

    /// Each value's group: identifiers in one record are linked.
    fn link(&self) -> Vec<u32> {
        let mut parent: Vec<u32> = (0..self.values.len() as u32).collect();
        fn root(parent: &mut [u32], mut v: u32) -> u32 {
            while parent[v as usize] != v {
                parent[v as usize] = parent[parent[v as usize] as usize];
                v = parent[v as usize];
            }
            v
        }
        for record in &self.records {
            let mut ids = record.values.iter().copied().filter(|&v| self.values[v as usize].role.identifies);
            let Some(first) = ids.next() else { continue };
            for other in ids {
                let (a, b) = (root(&mut parent, first), root(&mut parent, other));
                parent[a.max(b) as usize] = a.min(b);
            }
        }
        (0..self.values.len() as u32).map(|v| root(&mut parent, v)).collect()
    }

    /// People in the records `record_in` picks, as a range, and the linked
    /// groups among them; `value_in` picks the values of one-each kinds
    /// that set the low end.
    fn estimate(
        &self,
        groups: &[u32],
        record_in: impl Fn(&Record) -> bool,
        value_in: impl Fn(&Value) -> bool,
    ) -> (Range, u64) {
        let mut linked = FxHashSet::default();
        let mut identifiers = FxHashSet::default();
        let mut unnamed = 0;
        let mut any = false;
        for record in self.records.iter().filter(|r| record_in(r)) {
            any = true;
            let mut named = false;
            for &v in &record.values {
                if self.values[v as usize].role.identifies {
                    named = true;
                    identifiers.insert(v);
                    linked.insert(groups[v as usize]);
                }
            }
            unnamed += u64::from(!named);
        }
        let mut floor: FxHashMap<Kind, u64> = FxHashMap::default();
        for value in self.values.iter().filter(|v| v.role.one_each && value_in(v)) {
            *floor.entry(value.kind).or_default() += 1;
        }
        let low = floor.values().copied().max().unwrap_or(0).max(u64::from(any));
        let high = (identifiers.len() as u64 + unnamed).max(low);
        let likely = (linked.len() as u64).clamp(low, high);
        (Range { low, likely, high }, linked.len() as u64)
    }
}

/// The record a finding at `location` is in: its text unit, narrowed to a
/// table's row (a cell's digits) or a JSON array's element where the
/// location gives one.
fn record_of(location: &Location) -> Location {
    let row = location.cell.as_ref().map(|cell| cell.trim_start_matches(|c: char| c.is_ascii_alphabetic()).to_string());
    let element = location.json_path.as_ref().and_then(|path| path.find(']').map(|end| path[..=end].to_string()));
    Location { line: None, cell: row, json_path: element, ..location.clone() }
}

/// People at or above which the volume alone makes a breach medium, and high.
pub const VOLUME_MEDIUM: u64 = 100;
pub const VOLUME_HIGH: u64 = 1_000;

/// The severity rules, after the factors the ICO asks about: each gives a
/// level and a reason, and the breach is as severe as its worst reason.
fn severity(subjects: &Subjects, categories: &[CategoryRow], children: &Children, files: &FileTotals) -> Severity {
    let mut reasons = Vec::new();
    let mut add = |level, factor, reason: String| reasons.push(Reason { level, factor, reason });
    let listed = |rows: &mut dyn Iterator<Item = &CategoryRow>| {
        rows.map(|c| format!("{} ({} people)", c.category.as_str(), c.subjects)).collect::<Vec<_>>().join(", ")
    };
    let special: Vec<&CategoryRow> = categories
        .iter()
        .filter(|c| matches!(c.category, DataCategory::Special(s) if s != Category::CriminalOffence))
        .collect();
    if !special.is_empty() {
        add(
            Level::High,
            Factor::SpecialCategory,
            format!(
                "special-category data (Art. 9): {}; its exposure is likely to cause significant harm",
                listed(&mut special.into_iter())
            ),
        );
    }
    let row = |category| categories.iter().find(|c| c.category == category);
    if let Some(c) = row(DataCategory::Special(Category::CriminalOffence)) {
        add(
            Level::High,
            Factor::CriminalOffence,
            format!("criminal-offence data (Art. 10) about {} people", c.subjects),
        );
    }
    if let Some(c) = row(DataCategory::Children) {
        add(
            Level::High,
            Factor::Children,
            format!(
                "children's data about {} people (dates of birth under {ADULT_AGE}: {})",
                c.subjects, children.certain
            ),
        );
    }
    let kinds_of = |c: &CategoryRow, which: &dyn Fn(Kind) -> bool| {
        c.kinds
            .iter()
            .filter(|k| which(k.kind))
            .map(|k| format!("{} {}", k.kind.as_str(), k.values))
            .collect::<Vec<_>>()
    };
    if let Some(c) = row(DataCategory::Financial) {
        add(
            Level::High,
            Factor::Financial,
            format!(
                "financial data that enables fraud: {} ({} people)",
                kinds_of(c, &|k| k.is_financial()).join(", "),
                c.subjects
            ),
        );
    }
    if let Some(c) = row(DataCategory::GovernmentId) {
        let theft = kinds_of(c, &|k| matches!(k, Kind::UkNino | Kind::UkPassport | Kind::UkDrivingLicence));
        if theft.is_empty() {
            add(
                Level::Medium,
                Factor::IdentityTheft,
                format!("NHS numbers ({} people): a key to health records", c.subjects),
            );
        } else {
            add(
                Level::High,
                Factor::IdentityTheft,
                format!("identifiers that enable identity theft: {} ({} people)", theft.join(", "), c.subjects),
            );
        }
    }
    let people = subjects.range;
    if people.low >= VOLUME_HIGH {
        add(Level::High, Factor::Volume, format!("volume: at least {} people", people.low));
    } else if people.high >= VOLUME_MEDIUM {
        add(Level::Medium, Factor::Volume, format!("volume: up to {} people", people.high));
    }
    let by_reason = &files.not_assessed_by_reason;
    let encrypted = by_reason.get(&Gap::Encrypted).copied().unwrap_or(0);
    let unknown = files.not_assessed - encrypted;
    if unknown > 0 {
        add(
            Level::Medium,
            Factor::UnknownContent,
            format!("exposed files not assessed in full: {unknown}; what they hold is unknown"),
        );
    }
    if encrypted > 0 {
        add(
            Level::Low,
            Factor::Encrypted,
            format!("encrypted exposed files: {encrypted}; unreadable unless their password was exposed too"),
        );
    }
    if files.exposed + files.not_assessed == 0 {
        // Paths and lists that match nothing are refused before; a window can be empty.
        reasons.push(Reason {
            level: Level::Low,
            factor: Factor::NothingExposed,
            reason: "no file changed in the window: the inventory holds nothing exposed".into(),
        });
    } else if reasons.iter().all(|r| r.level == Level::Low) {
        let found: Vec<&str> = categories.iter().map(|c| c.category.as_str()).collect();
        let reason = if found.is_empty() {
            "no personal data found in the files assessed".to_string()
        } else {
            format!("only {} data, about {} people", found.join(", "), people)
        };
        reasons.push(Reason { level: Level::Low, factor: Factor::Ordinary, reason });
    }
    reasons.sort_by_key(|r| std::cmp::Reverse(r.level));
    Severity { level: reasons.iter().map(|r| r.level).max().unwrap_or(Level::Low), reasons }
}

/// Assesses `exposure` from `store` alone, as of `as_of`: every host's
/// files, no file opened; what `engine` finds in the inventory's texts
/// about files not read is masked.
pub fn assess(
    store: &mut dyn Store,
    exposure: &Exposure,
    as_of: Date,
    engine: &Engine,
) -> Result<Assessment, IndexError> {
    let selector = Selector::new(exposure, store)?;
    let mut assessor = Assessor::new(as_of, engine);
    let mut held = FxHashSet::default();
    store.replay(Hosts::All, &mut |host, known, findings| {
        let path = &known.record.path;
        match selector.member(host, path) {
            Some(Membership::In) => {
                if let Exposure::Listed { .. } = exposure {
                    held.insert(path.to_path_buf());
                }
                assessor.file(&known.record, findings);
            }
            Some(Membership::ChangedAfter) => assessor.gap(
                path,
                Gap::ChangedAfterWindow,
                "the inventory holds only its later version; whether it was new or changed within the window is unknown"
                    .into(),
            ),
            None => {}
        }
        Ok(())
    })?;
    if let Exposure::Listed { paths, .. } = exposure {
        for path in paths.iter().filter(|p| !held.contains(*p)) {
            assessor.gap(path, Gap::NotInInventory, "never indexed, or gone: its content is unknown".into());
        }
    }
    Ok(assessor.finish(exposure.describe()))
}

/// The assessment as a table, for a terminal.
pub fn print_table(out: &mut dyn Write, a: &Assessment) -> io::Result<()> {
    let clean = |text: &str| sanitize(text).into_owned();
    writeln!(out, "breach assessment: {} (as of {})", clean(&a.exposure.to_string()), a.as_of)?;
    let f = &a.files;
    writeln!(
        out,
        "files      {} exposed in the inventory: {} assessed, {} with personal data, {} not assessed in full",
        f.exposed, f.assessed, f.with_personal_data, f.not_assessed
    )?;
    let s = &a.subjects;
    writeln!(
        out,
        "people     {} ({} linked groups of {} identifiers; {} records with no identifier)",
        s.range, s.linked_groups, s.identifiers, s.unnamed_records
    )?;
    writeln!(out, "severity   {}", a.severity.level.as_str().to_uppercase())?;
    for r in &a.severity.reasons {
        writeln!(out, "  {:<7} {}", r.level.as_str(), r.reason)?;
    }
    writeln!(out, "\n{:<22} {:>8} {:>7} {:>6} {:>12}  kinds", "category", "findings", "values", "files", "people")?;
    for c in &a.categories {
        let kinds: Vec<String> = c.kinds.iter().map(|k| format!("{} {}", k.kind.as_str(), k.findings)).collect();
        let name = match c.article {
            Some(article) => format!("{} ({article})", c.category.as_str()),
            None => c.category.as_str().to_string(),
        };
        let people = c.subjects.to_string();
        writeln!(
            out,
            "{name:<22} {:>8} {:>7} {:>6} {people:>12}  {}",
            c.findings,
            c.values,
            c.files,
            kinds.join(", ")
        )?;
    }
    let children = &a.children;
    if children.assessed {
        writeln!(
            out,
            "\nchildren   {} under 18, {} possibly: {}",
            children.certain, children.possible, children.basis
        )?;
    } else {
        writeln!(out, "\nchildren   {}", children.basis)?;
    }
    if !a.not_assessed.is_empty() {
        writeln!(out, "\nnot assessed")?;
        for u in &a.not_assessed {
            writeln!(out, "  {:<30} {}: {}", u.gap.as_str(), clean(&u.path), clean(&u.detail))?;
        }
    }
    writeln!(out, "\nvalues     {}", a.values)?;
    writeln!(out, "method     {}", a.subjects.method)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_date_of_birth_is_a_childs_by_its_year() {
        let day = Date::constant(2026, 6, 1);
        assert_eq!(child("2010-**-**", day), (true, false));
        assert_eq!(child("2009-**-**", day), (true, false));
        assert_eq!(child("2008-**-**", day), (false, true));
        assert_eq!(child("1985-**-**", day), (false, false));
        assert_eq!(child("2030-**-**", day), (false, false));
        assert_eq!(child("**********", day), (false, false));
    }

    #[test]
    fn a_record_is_a_unit_or_a_row_or_an_array_element() {
        let cell = Location { sheet: Some("Staff".into()), cell: Some("AB12".into()), ..Location::default() };
        assert_eq!(record_of(&cell).cell.as_deref(), Some("12"));
        let json = Location { json_path: Some("$.staff[2].contact.email".into()), ..Location::default() };
        assert_eq!(record_of(&json).json_path.as_deref(), Some("$.staff[2]"));
        let line = Location { page: Some(3), line: Some(9), ..Location::default() };
        assert_eq!(record_of(&line), Location { page: Some(3), ..Location::default() });
    }

    #[test]
    fn volume_alone_raises_the_severity_at_its_thresholds() {
        let judge = |low, high| {
            let subjects = Subjects {
                range: Range { low, likely: low, high },
                linked_groups: low,
                identifiers: high,
                unnamed_records: 0,
                method: METHOD,
            };
            let children = Children { assessed: false, certain: 0, possible: 0, basis: String::new() };
            let files = FileTotals { exposed: 1, ..FileTotals::default() };
            let judged = severity(&subjects, &[], &children, &files);
            (judged.level, judged.reasons.iter().map(|r| r.factor).collect::<Vec<_>>())
        };
        assert_eq!(judge(3, VOLUME_MEDIUM - 1), (Level::Low, vec![Factor::Ordinary]));
        assert_eq!(judge(3, VOLUME_MEDIUM), (Level::Medium, vec![Factor::Volume]));
        assert_eq!(judge(VOLUME_HIGH - 1, 5_000), (Level::Medium, vec![Factor::Volume]));
        assert_eq!(judge(VOLUME_HIGH, 5_000), (Level::High, vec![Factor::Volume]));
    }

    #[test]
    fn the_financial_category_is_the_financial_kinds() {
        for (kind, role) in ROLES {
            assert_eq!(role.category == DataCategory::Financial, kind.is_financial(), "{kind:?}");
        }
    }

    #[test]
    fn a_glob_or_a_folder_names_the_exposed_files() {
        let cwd = Path::new("/nowhere-dpscan");
        let folder = Target::parse("share/HR", cwd).unwrap();
        assert!(folder.holds(Path::new("/nowhere-dpscan/share/HR/a.txt")));
        assert!(!folder.holds(Path::new("/nowhere-dpscan/share/HRX/a.txt")));
        let glob = Target::parse("share/*/payroll-*.csv", cwd).unwrap();
        assert!(glob.holds(Path::new("/nowhere-dpscan/share/Finance/payroll-2024.csv")));
        assert!(!glob.holds(Path::new("/nowhere-dpscan/share/Finance/Old/payroll-2024.csv")));
        assert!(Target::parse("share/[", cwd).is_err());
    }
}
