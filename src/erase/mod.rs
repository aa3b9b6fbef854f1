//! Erasure plans (`dpscan erase`): what to do, file by file, about a
//! right-to-erasure request (UK GDPR Art. 17).
//!
//! The subject access search (`index::sar`) finds every unit holding the
//! person; each file holding one is then given one action with its reason:
//! `keep` under a legal hold (a `legal-hold` mark) or a retention rule whose
//! `erasure` exemption runs until its period ends; `check` when the file
//! changed since indexing, could not be searched in full, or is another
//! host's; else `delete` when the file is *about* the person and `redact`
//! when it *mentions* them among others, by one rule (`Evidence::about`) on
//! what the inventory and the units read again show. The plan proposes;
//! nothing here deletes: a person approves its rows, each sealed with the
//! inventory's key (`Sealed`), and `dispose --plan` carries out the approved
//! deletions with its own checks, after `recheck` has looked at holds and
//! exemptions again.

pub mod html;
pub mod write;

pub use write::PlanRow;

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::os::unix::ffi::OsStrExt;
use std::path::{Path, PathBuf};

use jiff::civil::Date;
use serde::{Deserialize, Serialize};

use crate::detect::digest::DigestKey;
use crate::detect::{Engine, Kind};
use crate::dispose::{Ground, JudgedFile};
use crate::extract::Location;
use crate::index::marks::{Decision, MarkState};
use crate::index::sar::{self, Hit, SearchError, Source, Strength, Term};
use crate::index::{IndexError, Store};
use crate::report::{NotRead, RecordPath};
use crate::retention::{Exemption, Policy, Status};
use crate::scan::hex;

/// Who is to be erased: the subject access search's query.
pub struct Request<'a> {
    pub names: &'a [String],
    pub terms: &'a [Term],
    /// The nickname groups, when their familiar forms are searched too.
    pub nicknames: Option<&'a str>,
}

/// What a plan proposes for a file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Action {
    /// The file is about the person: delete it (once approved).
    Delete,
    /// The file mentions them among others: take the mentions out.
    Redact,
    /// Kept despite the request, for the reason given.
    Keep,
    /// The plan cannot judge it: a person must look.
    Check,
}

impl Action {
    pub const ALL: [Action; 4] = [Action::Delete, Action::Redact, Action::Keep, Action::Check];

    pub fn as_str(self) -> &'static str {
        match self {
            Action::Delete => "delete",
            Action::Redact => "redact",
            Action::Keep => "keep",
            Action::Check => "check",
        }
    }
}

/// What a file shows of the person and of others, for `about`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Evidence {
    /// A full name or an identifier of the person matched in it.
    pub strong: bool,
    /// Their names and identifiers the detectors find in its units read again.
    pub own: usize,
    /// Other people's names, in those units and in the file's other units.
    pub others_named: usize,
    /// Other people's identifiers of any kind (email, phone, date of
    /// birth, postcode, numbers), likewise.
    pub others_identified: usize,
}

impl Evidence {
    /// The rule, in one place: a file is about the person when they are
    /// strongly identified in it, the detectors see them in it at least
    /// once, and it holds no one else's personal data: no other person's
    /// name and no identifier that is not theirs. Deleting it then destroys
    /// no one else's data; anything less is a mention, to redact.
    pub fn about(&self) -> bool {
        self.strong && self.own > 0 && self.others_named == 0 && self.others_identified == 0
    }

    fn count(&mut self, kind: Kind) {
        match kind {
            Kind::PersonName => self.others_named += 1,
            _ => self.others_identified += 1,
        }
    }
}

/// Why a file gets its action.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reason {
    About(Evidence),
    Mentions(Evidence),
    /// A `legal-hold` mark on the file.
    Hold {
        by: String,
        why: String,
        at: String,
    },
    /// A retention rule exempt from erasure, its period still running.
    Exempt {
        rule: String,
        ground: Exemption,
        until: Option<Date>,
    },
    /// The file is not what was indexed.
    Changed(Source),
    /// The file could not be searched in full, and why.
    Unsearched(NotRead),
    /// The file found is another host's (a central inventory): that host
    /// reads it again, and disposes of it.
    OtherHost(String),
}

impl Reason {
    pub fn action(&self) -> Action {
        match self {
            Reason::About(_) => Action::Delete,
            Reason::Mentions(_) => Action::Redact,
            Reason::Hold { .. } | Reason::Exempt { .. } => Action::Keep,
            Reason::Changed(_) | Reason::Unsearched(_) | Reason::OtherHost(_) => Action::Check,
        }
    }
}

impl std::fmt::Display for Reason {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let evidence = |f: &mut std::fmt::Formatter<'_>, e: &Evidence| {
            write!(
                f,
                "{} mentions of the person ({} match), {} of other people's names, {} of other people's \
                 identifiers",
                e.own,
                if e.strong { "strong" } else { "weak" },
                e.others_named,
                e.others_identified,
            )
        };
        match self {
            Reason::About(e) => {
                f.write_str("about the person: ")?;
                evidence(f, e)
            }
            Reason::Mentions(e) => {
                f.write_str("mentions the person among others: ")?;
                evidence(f, e)
            }
            Reason::Hold { by, why, at } => {
                write!(f, "legal hold by {by} on {}: {why}", at.get(..10).unwrap_or(at))
            }
            Reason::Exempt { rule, ground, until } => {
                write!(f, "retention rule `{rule}` keeps it for {ground}")?;
                match until {
                    Some(date) => write!(f, " until {date}"),
                    None => Ok(()),
                }
            }
            Reason::Changed(Source::Gone) => f.write_str("gone since indexing: index again, then plan again"),
            Reason::Changed(_) => f.write_str("changed since indexing: index again, then plan again"),
            Reason::Unsearched(why) => write!(f, "could not be searched: {why}"),
            Reason::OtherHost(host) => write!(f, "a file of host {host}: plan it there (--host {host})"),
        }
    }
}

/// One file of the plan: its action's reason, the units holding the person,
/// and the file as indexed (what `dispose` checks it against).
#[derive(Debug)]
pub struct Planned {
    /// The host it is a file of.
    pub host: String,
    pub path: RecordPath,
    pub reason: Reason,
    pub hits: Vec<Hit>,
    pub size: Option<u64>,
    pub modified: Option<String>,
    pub sha256: Option<String>,
    /// Its rows' seal (`Sealed`).
    pub seal: String,
}

impl Planned {
    pub fn action(&self) -> Action {
        self.reason.action()
    }

    /// The strongest of its units, if any hold the person.
    pub fn strength(&self) -> Option<Strength> {
        self.hits.iter().map(|h| h.strength).min()
    }
}

/// An erasure plan: every file holding the person, then every file that
/// could not be searched, in path order, under an id its rows are sealed
/// with.
#[derive(Debug)]
pub struct Plan {
    /// Random, one per plan: ties each approved row to the plan it came from.
    pub id: String,
    pub files: Vec<Planned>,
}

impl Plan {
    /// How many files get each action, in `Action::ALL` order.
    pub fn counts(&self) -> [usize; 4] {
        Action::ALL.map(|a| self.files.iter().filter(|f| f.action() == a).count())
    }
}

/// What a plan row commits `dispose` to, sealed with the inventory's key:
/// the plan, the file (its host, exact path, and content as planned) and
/// its action. Only `approved`, and the texts a person reads, may change
/// after the plan is made: a row edited in any of these, or made without
/// the key, does not verify, and `dispose` refuses it.
pub struct Sealed<'a> {
    pub plan: &'a str,
    pub host: &'a str,
    pub path: &'a Path,
    pub action: Action,
    pub sha256: &'a str,
    pub size: Option<u64>,
    pub modified: &'a str,
}

impl Sealed<'_> {
    /// The seal: a keyed tag over every field, 128 bits in hex.
    pub fn seal(&self, key: &DigestKey) -> String {
        let size = self.size.map(|s| s.to_string()).unwrap_or_default();
        let fields: [&[u8]; 7] = [
            self.plan.as_bytes(),
            self.host.as_bytes(),
            self.path.as_os_str().as_bytes(),
            self.action.as_str().as_bytes(),
            self.sha256.as_bytes(),
            size.as_bytes(),
            self.modified.as_bytes(),
        ];
        hex(&key.tag("dpscan erasure plan row", &fields)[..16])
    }
}

/// What the inventory holds of a file the search found.
#[derive(Default)]
struct Held {
    verdict: Option<crate::retention::Verdict>,
    size: Option<u64>,
    modified: Option<String>,
    sha256: Option<String>,
    /// The kinds of its findings outside the units holding the person.
    elsewhere: Vec<Kind>,
}

/// The legal holds on this host's files, by host and path, with their
/// free text (which may name anyone) masked unless `reveal`.
fn holds(
    store: &mut dyn Store,
    engine: &Engine,
    reveal: bool,
) -> Result<HashMap<(String, PathBuf), Reason>, IndexError> {
    Ok(store
        .marks()?
        .into_iter()
        .filter(|r| r.mark.decision == Decision::LegalHold && r.state != MarkState::Gone)
        .map(|r| {
            let m = r.mark;
            let shown = |text: String| match reveal {
                true => text,
                false => crate::detect::mask::mask_text(engine, &text).into_owned(),
            };
            ((r.host, r.path.to_path_buf()), Reason::Hold { by: shown(m.by), why: shown(m.why), at: m.at })
        })
        .collect())
}

/// What keeps the file at `path` of `host` despite the request, first that
/// applies: a legal hold, or a retention rule exempt from erasure whose
/// period still runs (`verdict`, judged as of the day).
fn kept(
    holds: &HashMap<(String, PathBuf), Reason>,
    policy: &Policy,
    host: &str,
    path: &Path,
    verdict: Option<&crate::retention::Verdict>,
) -> Option<Reason> {
    if let Some(hold) = holds.get(&(host.to_string(), path.to_path_buf())) {
        return Some(hold.clone());
    }
    let verdict = verdict.filter(|v| v.status == Status::Retained)?;
    let rule = policy.rules.iter().find(|r| Some(&r.id) == verdict.rule.as_ref())?;
    Some(Reason::Exempt { rule: rule.id.clone(), ground: rule.erasure?, until: verdict.expires })
}

/// The plan for erasing the person `request` names, judged under `policy`
/// as of `today`; values shown in clear with `reveal`. It plans the files
/// of this host (`Store::host`), which it reads again and `dispose` acts
/// on; a file found only on another host is to be planned there.
pub fn plan(
    store: &mut dyn Store,
    engine: &Engine,
    key: &DigestKey,
    request: &Request,
    policy: &Policy,
    today: Date,
    reveal: bool,
) -> Result<Plan, SearchError> {
    let answer = sar::search(store, engine, key, request.names, request.terms, request.nicknames, reveal)?;
    let mut hits: BTreeMap<RecordPath, Vec<Hit>> = BTreeMap::new();
    for hit in answer.hits {
        hits.entry(hit.path.clone()).or_default().push(hit);
    }
    let holds = holds(store, engine, reveal)?;
    let here = store.host().to_string();

    let mut held: HashMap<RecordPath, Held> = HashMap::new();
    let mut elsewhere: HashMap<RecordPath, String> = HashMap::new();
    let paths: Vec<&Path> = hits.keys().map(|p| &**p).collect();
    store.replay_paths(&paths, &mut |host, known, findings| {
        let Some(units) = hits.get(&known.record.path) else { return Ok(()) };
        if host != here {
            elsewhere.insert(known.record.path.clone(), host.to_string());
            return Ok(());
        }
        let record = rejudged(&known, policy, today);
        let places: BTreeSet<&Location> = units.iter().map(|h| &h.location).collect();
        let elsewhere = findings
            .iter()
            .filter(|f| !f.mark.as_ref().is_some_and(|m| m.decision.no_ones()))
            .filter(|f| !places.contains(&sar::unit_of(&f.location)))
            .filter(|f| sar::weighed(f.kind, false))
            .map(|f| f.kind)
            .collect();
        held.insert(
            record.path.clone(),
            Held {
                verdict: record.retention,
                size: Some(record.size),
                modified: record.modified,
                sha256: known.facts.sha256.as_ref().map(|h| hex(h)),
                elsewhere,
            },
        );
        Ok(())
    })?;

    let mut plan = Plan { id: plan_id()?, files: Vec::new() };
    let mut add = |host: String, path: RecordPath, reason: Reason, hits: Vec<Hit>, file: Held| {
        let seal = Sealed {
            plan: &plan.id,
            host: &host,
            path: &path,
            action: reason.action(),
            sha256: file.sha256.as_deref().unwrap_or_default(),
            size: file.size,
            modified: file.modified.as_deref().unwrap_or_default(),
        }
        .seal(key);
        plan.files.push(Planned {
            host,
            path,
            reason,
            hits,
            size: file.size,
            modified: file.modified,
            sha256: file.sha256,
            seal,
        });
    };
    for (path, mut units) in hits {
        // Names from the content (a member called after someone) are masked
        // as values are; the search needed them clear to read the units again.
        for hit in units.iter_mut().filter(|_| !reveal) {
            if let Some(masked) = crate::report::masked_location(engine, &hit.location) {
                hit.location = masked;
            }
        }
        match (held.remove(&path), elsewhere.remove(&path)) {
            (None, Some(host)) => add(host.clone(), path, Reason::OtherHost(host), units, Held::default()),
            (file, _) => {
                let file = file.unwrap_or_default();
                let reason = judge(policy, &holds, &here, &path, &units, &file);
                add(here.clone(), path, reason, units, file);
            }
        }
    }
    for unsearched in answer.unsearched {
        let why = if reveal { unsearched.why } else { unsearched.why.masked(engine) };
        add(unsearched.host, unsearched.path.into(), Reason::Unsearched(why), Vec::new(), Held::default());
    }
    Ok(plan)
}

/// The record of a file the inventory holds, judged under `policy` as of
/// `today`.
fn rejudged(known: &crate::scan::Recalled, policy: &Policy, today: Date) -> crate::report::FileRecord {
    let relative = crate::walk::relative(&known.record.path, &known.facts.root);
    crate::scan::rejudge(known, relative, policy, today, &mut |_| {})
}

/// A new plan's id: 64 random bits in hex.
fn plan_id() -> Result<String, IndexError> {
    let mut id = [0; 8];
    getrandom::fill(&mut id)
        .map_err(|e| IndexError::Io { path: "the system's random source".into(), source: std::io::Error::other(e) })?;
    Ok(hex(&id))
}

/// The reason, and so the action, for one file of this host holding the
/// person.
fn judge(
    policy: &Policy,
    holds: &HashMap<(String, PathBuf), Reason>,
    host: &str,
    path: &Path,
    units: &[Hit],
    file: &Held,
) -> Reason {
    if let Some(kept) = kept(holds, policy, host, path, file.verdict.as_ref()) {
        return kept;
    }
    if let Some(changed) = units.iter().map(|h| h.source).find(|s| *s != Source::Unchanged) {
        return Reason::Changed(changed);
    }
    let mut evidence = Evidence {
        strong: units.iter().any(|h| h.strength == Strength::Strong),
        own: units.iter().map(|h| h.tally.own).sum(),
        ..Evidence::default()
    };
    for kind in units.iter().flat_map(|h| &h.tally.others).chain(&file.elsewhere) {
        evidence.count(*kind);
    }
    if evidence.about() {
        Reason::About(evidence)
    } else {
        Reason::Mentions(evidence)
    }
}

/// Checks again, as `dispose` is about to act, the approved deletions of a
/// plan (`Ground::Erasure`), against the inventory as it is now: a file
/// of another host, no longer in the inventory, under a legal hold or kept
/// by a retention rule exempt from erasure (under `policy` as of `today`)
/// is stopped with the reason. Free text is masked with `engine`.
pub fn recheck(
    store: &mut dyn Store,
    engine: &Engine,
    policy: &Policy,
    today: Date,
    files: &mut [JudgedFile],
) -> Result<(), IndexError> {
    let holds = holds(store, engine, false)?;
    let here = store.host().to_string();
    let mut verdicts: HashMap<PathBuf, Option<crate::retention::Verdict>> = HashMap::new();
    let paths: Vec<&Path> = files.iter().map(|f| f.path.as_path()).collect();
    store.replay_paths(&paths, &mut |host, known, _| {
        if host == here {
            let record = rejudged(&known, policy, today);
            verdicts.insert(record.path.to_path_buf(), record.retention);
        }
        Ok(())
    })?;
    for file in files {
        let Ground::Erasure { host, stopped: stopped @ None } = &mut file.ground else { continue };
        *stopped = if *host != here {
            Some(format!("a file of host {host}, not of this one ({here}): dispose of it there"))
        } else {
            match verdicts.get(&file.path) {
                None => Some("no longer in the inventory: index again, then plan again".into()),
                Some(verdict) => kept(&holds, policy, host, &file.path, verdict.as_ref()).map(|r| r.to_string()),
            }
        };
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_is_about_the_person_only_when_it_holds_no_one_elses_data() {
        let e = |strong, own, named, identified| Evidence {
            strong,
            own,
            others_named: named,
            others_identified: identified,
        };
        assert!(e(true, 3, 0, 0).about());
        assert!(!e(true, 3, 1, 0).about(), "one other person named makes it theirs too");
        assert!(!e(true, 9, 3, 0).about());
        assert!(!e(true, 9, 0, 1).about(), "another person's identifier makes it theirs too");
        assert!(!e(false, 3, 0, 0).about(), "a surname alone is a mention");
        assert!(!e(true, 0, 0, 0).about(), "not seen on reading again");
    }

    #[test]
    fn a_special_category_term_weighs_as_anothers_only_outside_the_persons_units() {
        assert!(!sar::weighed(Kind::SpecialCategory, true), "about the person, in their unit");
        assert!(sar::weighed(Kind::SpecialCategory, false), "maybe someone else's, elsewhere");
        assert!(sar::weighed(Kind::Email, true) && sar::weighed(Kind::Email, false));
    }

    #[test]
    fn every_identifier_of_another_counts_not_only_numbers() {
        for kind in [Kind::Email, Kind::Phone, Kind::DateOfBirth, Kind::UkPostcode, Kind::UkNino] {
            let mut evidence = Evidence { strong: true, own: 5, ..Evidence::default() };
            evidence.count(kind);
            assert!(!evidence.about(), "{kind:?}");
        }
    }
}
