//! Subject access search over the inventory: everything held about one
//! person, found without a clear value in the database.
//!
//! Two ways in, both by keyed digest: identifiers normalised as the
//! detectors normalise what they find, looked up among the stored findings;
//! and the person's names and identifiers as words (`detect::words`), looked
//! up in the word index with their places, so a name is found in every form
//! documents write it ("Smith, Jane", "J. Smith", "Ms Smith", "JANE A.
//! SMITH") and an identifier no detector marked is still found. A hit is a
//! unit (file, member, message, page, sheet); it is strong when a full name
//! or an identifier matched, weak for a surname or an initial alone.
//!
//! The database holds no text, so each hit's unit is read again from its
//! source: to quote a snippet, and to drop an occurrence that belongs to
//! someone else ("Ravi Patel" is not Priya Patel). A source changed or gone
//! since it was indexed is said to be, never quoted.

pub mod export;
pub mod html;

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::ops::Range;
use std::path::Path;

use serde::Serialize;

use super::{HeldUnit, IndexError, Store, UnitId, Unsearched};
use crate::detect::digest::DigestKey;
use crate::detect::mask::mask;
use crate::detect::names::TITLES;
use crate::detect::words::{folded, for_each_word, WordDigest};
use crate::detect::{Engine, Kind};
use crate::extract::{self, ExtractOptions, Location, Sink, Unit};
use crate::report::RecordPath;
use crate::walk::Identity;

/// One identifier of the person, as the requester gave it.
#[derive(Debug, Clone)]
pub struct Term {
    pub kind: Kind,
    pub typed: String,
}

/// A term the detectors would not accept as written.
#[derive(Debug, thiserror::Error)]
#[error("`{typed}` is not a valid {}: check how it is written", kind.as_str())]
pub struct Invalid {
    pub kind: Kind,
    pub typed: String,
}

/// How a name was written where it matched.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Variant {
    /// "Jane Smith", "Ms Jane Smith".
    Full,
    /// "Jane A. Smith", "Jane Alice Smith".
    Middle,
    /// "Smith, Jane", "SMITH, Jane".
    SurnameFirst,
    /// "J. Smith", "Smith, J".
    Initial,
    /// "Ms Smith".
    Title,
    /// "Smith" alone.
    Surname,
}

impl Variant {
    pub fn as_str(self) -> &'static str {
        match self {
            Variant::Full => "full",
            Variant::Middle => "middle",
            Variant::SurnameFirst => "surname_first",
            Variant::Initial => "initial",
            Variant::Title => "title",
            Variant::Surname => "surname",
        }
    }

    fn strong(self) -> bool {
        matches!(self, Variant::Full | Variant::Middle | Variant::SurnameFirst)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Strength {
    Strong,
    Weak,
}

impl Strength {
    pub fn as_str(self) -> &'static str {
        match self {
            Strength::Strong => "strong",
            Strength::Weak => "weak",
        }
    }
}

/// A query term that matched in a unit, as a report shows it.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct Matched {
    pub kind: Kind,
    pub value: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub variant: Option<Variant>,
    /// Found through a nickname of the given name (`--nicknames`): weak.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub nickname: bool,
}

/// As a table or manifest shows it: `J*** S**** (initial)`, `uk_nino QQ******C`.
impl std::fmt::Display for Matched {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.variant {
            Some(variant) => write!(f, "{} ({})", self.value, variant.as_str())?,
            None => write!(f, "{} {}", self.kind.as_str(), self.value)?,
        }
        if self.nickname {
            f.write_str(" (nickname)")?;
        }
        Ok(())
    }
}

/// The state of a hit's source now, against when it was indexed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Source {
    Unchanged,
    /// Changed since indexing: not quoted; index again to search it as it is.
    Changed,
    Gone,
}

impl Source {
    /// Why a hit from a source in this state has no snippet.
    pub fn unquoted(self) -> &'static str {
        match self {
            Source::Unchanged => "found by its findings; no text to quote",
            Source::Changed => "changed since indexing: index again to quote it",
            Source::Gone => "gone since indexing",
        }
    }
}

/// A unit that holds the person's data.
#[derive(Debug, Clone, Serialize)]
pub struct Hit {
    #[serde(serialize_with = "crate::report::lossy")]
    pub path: RecordPath,
    pub location: Location,
    pub strength: Strength,
    pub matched: Vec<Matched>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub snippet: Option<String>,
    pub source: Source,
    /// Other people's names and identifiers in the unit, for the reviewer
    /// to redact before disclosure.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub third_parties: Vec<Matched>,
    /// With `--reveal`: the unit's text, the person's words marked «so».
    #[serde(skip)]
    pub text: Option<String>,
    /// Whose the names and identifiers read again in the unit are.
    #[serde(skip)]
    pub tally: Tally,
}

/// The names and identifiers the detectors find in a unit read again, by
/// whose they are: how many are the person's, and the kind of each that is
/// someone else's.
#[derive(Debug, Clone, Default)]
pub struct Tally {
    pub own: usize,
    pub others: Vec<Kind>,
}

/// What a search found, and what it could not look into.
#[derive(Debug, Default)]
pub struct Answer {
    pub hits: Vec<Hit>,
    pub unsearched: Vec<Unsearched>,
}

/// An answer in numbers, as the cover sheet and the HTML report give them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Counts {
    pub units: usize,
    pub files: usize,
    pub strong: usize,
    pub weak: usize,
    /// Hits whose source changed since it was indexed, and whose source went.
    pub changed: usize,
    pub gone: usize,
    pub unsearched: usize,
}

impl Answer {
    pub fn counts(&self) -> Counts {
        let hits = &self.hits;
        let strong = hits.iter().filter(|h| h.strength == Strength::Strong).count();
        let source = |state: Source| hits.iter().filter(|h| h.source == state).count();
        Counts {
            units: hits.len(),
            files: hits.iter().map(|h| &h.path).collect::<BTreeSet<_>>().len(),
            strong,
            weak: hits.len() - strong,
            changed: source(Source::Changed),
            gone: source(Source::Gone),
            unsearched: self.unsearched.len(),
        }
    }
}

/// A person's name, folded: "Jane Alice Smith", "Smith, Jane Alice" or
/// "Ms Jane Smith".
#[derive(Debug, Clone)]
pub(crate) struct Name {
    typed: String,
    pub(crate) given: String,
    middles: Vec<String>,
    pub(crate) surname: String,
    /// Short and familiar forms of the given name (`--nicknames`).
    nicknames: Vec<String>,
}

impl Name {
    pub(crate) fn parse(typed: &str) -> Option<Name> {
        let (before, after) = typed.split_once(',').unwrap_or((typed, ""));
        let untitled = |text: &str| {
            let mut words = folded(text);
            words.retain(|w| !TITLES.contains(&w.as_str()));
            words
        };
        let (mut words, surname) = if after.trim().is_empty() {
            let mut words = untitled(before);
            let surname = words.pop()?;
            (words, surname)
        } else {
            let mut surname = untitled(before);
            let surname = (surname.len() == 1).then(|| surname.pop()).flatten()?;
            (untitled(after), surname)
        };
        if words.is_empty() {
            return None;
        }
        let given = words.remove(0);
        Some(Name { typed: typed.trim().to_string(), given, middles: words, surname, nicknames: Vec::new() })
    }

    /// Takes as nicknames the other names of each group in `groups` (one a
    /// line, commas between, `#` comments) that holds the given name.
    fn with_nicknames(mut self, groups: &str) -> Name {
        for line in groups.lines().filter(|l| !l.trim_start().starts_with('#')) {
            let group: Vec<String> = line.split(',').map(|n| folded(n).concat()).filter(|n| !n.is_empty()).collect();
            if group.contains(&self.given) {
                self.nicknames.extend(group.into_iter().filter(|n| *n != self.given));
            }
        }
        self.nicknames.sort();
        self.nicknames.dedup();
        self
    }

    fn initials(&self) -> impl Iterator<Item = String> + '_ {
        std::iter::once(&self.given).chain(&self.middles).filter_map(|w| w.chars().next().map(String::from))
    }

    /// Whether `word` is one of this person's given names or initials.
    fn owns_given(&self, word: &str) -> bool {
        word == self.given
            || self.nicknames.iter().any(|n| n == word)
            || self.middles.iter().any(|m| m == word)
            || self.initials().any(|i| i == word)
    }
}

/// The words a written identifier can take: each form a phrase.
fn written_forms(kind: Kind, value: &str) -> Vec<String> {
    let split = |digits: &str, sizes: &[usize]| {
        let mut parts = Vec::new();
        let mut at = 0;
        for size in sizes {
            parts.push(digits.get(at..at + size)?);
            at += size;
        }
        (at == digits.len()).then(|| parts.join(" "))
    };
    match kind {
        Kind::UkNino => vec![
            value.into(),
            format!("{} {} {} {} {}", &value[..2], &value[2..4], &value[4..6], &value[6..8], &value[8..]),
        ],
        Kind::Phone => {
            let Some(national) = value.strip_prefix("+44") else { return vec![value.into()] };
            let local = format!("0{national}");
            let mut forms = vec![local.clone(), value.into()];
            for sizes in [[5, 6, 0], [5, 3, 3], [3, 4, 4], [4, 3, 4], [4, 7, 0]] {
                let sizes: Vec<usize> = sizes.into_iter().filter(|s| *s > 0).collect();
                forms.extend(split(&local, &sizes));
                let mut international = sizes.clone();
                international[0] -= 1;
                forms.extend(split(national, &international).map(|f| format!("44 {f}")));
            }
            forms
        }
        Kind::DateOfBirth => {
            let Ok(date) = value.parse::<jiff::civil::Date>() else { return vec![value.into()] };
            let (d, m, y) = (date.day(), date.month(), date.year());
            let month = date.strftime("%B").to_string();
            let short = &month[..3];
            let ordinal = match d {
                1 | 21 | 31 => "st",
                2 | 22 => "nd",
                3 | 23 => "rd",
                _ => "th",
            };
            vec![
                format!("{d:02} {m:02} {y}"),
                format!("{d} {m} {y}"),
                format!("{d} {month} {y}"),
                format!("{d} {short} {y}"),
                format!("{d}{ordinal} {month} {y}"),
                format!("{month} {d} {y}"),
                format!("{y}{m:02}{d:02}"),
                format!("{d:02}{m:02}{y}"),
            ]
        }
        Kind::NhsNumber => vec![value.into(), split(value, &[3, 3, 4]).unwrap_or_default()],
        Kind::UkPostcode => vec![value.into(), value.replace(' ', "")],
        _ => vec![value.into()],
    }
}

/// An identifier the person gave, normalised, and the phrases it is written as.
struct Identifier {
    kind: Kind,
    value: String,
    phrases: Vec<Vec<usize>>,
}

/// The distinct words a search looks up, numbered.
#[derive(Default)]
struct Vocabulary {
    words: Vec<String>,
    numbers: HashMap<String, usize>,
}

impl Vocabulary {
    fn number(&mut self, word: &str) -> usize {
        if let Some(n) = self.numbers.get(word) {
            return *n;
        }
        self.words.push(word.to_string());
        self.numbers.insert(word.to_string(), self.words.len() - 1);
        self.words.len() - 1
    }
}

/// Where each looked-up word is in one unit: positions by word number.
type Places = HashMap<usize, Vec<u32>>;

/// One occurrence of a term in a unit, by word positions.
#[derive(Debug, Clone)]
struct Occurrence {
    /// An index into the names, or into the identifiers after them.
    term: usize,
    kind: Kind,
    variant: Option<Variant>,
    /// Matched through a nickname of the given name: weaker.
    nickname: bool,
    positions: Vec<u32>,
}

/// Everything the inventory holds about the person named by `names` (and,
/// with `nicknames` groups, by the familiar forms of their given names) and
/// identified by `terms`, strong hits first. `engine` normalises the terms
/// (keeping every match, whatever its score) and finds the people a re-read
/// unit names; `reveal` shows values and snippets unmasked.
pub fn search(
    store: &mut dyn Store,
    engine: &Engine,
    key: &DigestKey,
    names: &[String],
    terms: &[Term],
    nicknames: Option<&str>,
    reveal: bool,
) -> Result<Answer, SearchError> {
    let names: Vec<Name> = names
        .iter()
        .map(|n| {
            let name = Name::parse(n).ok_or_else(|| SearchError::Name(n.clone()))?;
            Ok(match nicknames {
                Some(groups) => name.with_nicknames(groups),
                None => name,
            })
        })
        .collect::<Result<_, SearchError>>()?;
    let mut vocabulary = Vocabulary::default();
    let mut identifiers = Vec::new();
    for term in terms {
        let value = engine
            .normalise(term.kind, &term.typed)
            .ok_or_else(|| Invalid { kind: term.kind, typed: term.typed.clone() })?;
        let phrases = written_forms(term.kind, &value)
            .iter()
            .map(|form| folded(form).iter().map(|w| vocabulary.number(w)).collect::<Vec<_>>())
            .filter(|phrase| !phrase.is_empty())
            .collect();
        identifiers.push(Identifier { kind: term.kind, value, phrases });
    }
    for name in &names {
        for word in [&name.given, &name.surname].into_iter().chain(&name.middles).chain(&name.nicknames) {
            vocabulary.number(word);
        }
        for initial in name.initials() {
            vocabulary.number(&initial);
        }
    }
    for title in TITLES {
        vocabulary.number(title);
    }

    // Every unit holding a looked-up word, with the words' places in it.
    let digests: Vec<WordDigest> = vocabulary.words.iter().map(|w| WordDigest::of(key, w)).collect();
    let mut units: BTreeMap<UnitId, Places> = BTreeMap::new();
    for (number, places) in store.word_places(&digests)?.into_iter().enumerate() {
        for (unit, position) in places {
            units.entry(unit).or_default().entry(number).or_default().push(position);
        }
    }
    let mut found: BTreeMap<(RecordPath, Location), (HeldUnit, Vec<Occurrence>)> = BTreeMap::new();
    let ids: Vec<UnitId> = units.keys().copied().collect();
    for unit in store.units(&ids)? {
        let mut places = units.remove(&unit.id).unwrap_or_default();
        places.values_mut().for_each(|p| p.sort_unstable());
        let occurrences = occurrences(&names, &identifiers, &vocabulary, &places);
        if !occurrences.is_empty() {
            found.insert((unit.path.clone(), unit.location.clone()), (unit, occurrences));
        }
    }

    // Identifiers the detectors found, in units the words did not reach
    // (a value written in a form no phrase covers).
    let value_digests: Vec<_> = identifiers.iter().map(|i| key.digest(i.kind, &i.value)).collect();
    let mut by_finding: BTreeMap<(RecordPath, Location), Vec<Occurrence>> = BTreeMap::new();
    for finding in store.holding(&value_digests)? {
        let Some(term) = value_digests.iter().position(|d| Some(*d) == finding.digest) else { continue };
        let place = (finding.path.clone(), unit_of(&finding.location));
        by_finding.entry(place).or_default().push(Occurrence {
            term: names.len() + term,
            kind: finding.kind,
            variant: None,
            nickname: false,
            positions: Vec::new(),
        });
    }

    let mut hits = Vec::new();
    let mut files: BTreeMap<RecordPath, Vec<Candidate>> = BTreeMap::new();
    let mut places: BTreeSet<(RecordPath, Location)> = found.keys().cloned().collect();
    places.extend(by_finding.keys().cloned());
    for place in places {
        let (identity, mut occurrences) = match found.remove(&place) {
            Some((unit, occurrences)) => (unit.identity, occurrences),
            None => (None, Vec::new()),
        };
        occurrences.extend(by_finding.remove(&place).unwrap_or_default());
        files.entry(place.0).or_default().push(Candidate { location: place.1, identity, occurrences });
    }
    let options = ExtractOptions::default();
    let query = Query { names, identifiers, engine, reveal };
    for (path, candidates) in files {
        let source = source_now(&path, candidates.iter().find_map(|c| c.identity));
        let texts = match source {
            Source::Unchanged => read_units(&path, &options, candidates.iter().map(|c| &c.location)),
            _ => BTreeMap::new(),
        };
        for candidate in candidates {
            let text = texts.get(&candidate.location).map(String::as_str);
            hits.extend(query.judge(&path, candidate, source, text));
        }
    }
    hits.sort_by(|a, b| (a.strength, &a.path, &a.location).cmp(&(b.strength, &b.path, &b.location)));
    Ok(Answer { hits, unsearched: store.unsearched()? })
}

#[derive(Debug, thiserror::Error)]
pub enum SearchError {
    #[error(transparent)]
    Invalid(#[from] Invalid),
    #[error("`{0}` is not a name to search for: give a given name and a surname (\"Jane Smith\" or \"Smith, Jane\")")]
    Name(String),
    #[error(transparent)]
    Index(#[from] IndexError),
}

/// Whether a finding of `kind` is weighed as someone's data beside the
/// person: one rule for the tally of a unit holding them (`in_their_unit`)
/// and erase's count of the file's other units. A special-category term
/// names no one. In a unit holding the person it is taken as about them,
/// and weighs nothing; in another unit it may be about someone else, and
/// weighs as theirs: the safe direction, as erase deletes a file only when
/// nothing in it may be another person's.
pub fn weighed(kind: Kind, in_their_unit: bool) -> bool {
    !(in_their_unit && kind == Kind::SpecialCategory)
}

/// The unit a finding's location is in: lines and cells are not units.
pub(crate) fn unit_of(location: &Location) -> Location {
    Location { line: None, cell: None, json_path: None, ..location.clone() }
}

/// Every occurrence of a name or identifier among a unit's `places`.
fn occurrences(
    names: &[Name],
    identifiers: &[Identifier],
    vocabulary: &Vocabulary,
    places: &Places,
) -> Vec<Occurrence> {
    let at = |word: &str| vocabulary.numbers.get(word).and_then(|n| places.get(n)).map_or(&[][..], Vec::as_slice);
    let has = |word: &str, position: i64| position >= 0 && at(word).binary_search(&(position as u32)).is_ok();
    let mut found = Vec::new();
    for (term, name) in names.iter().enumerate() {
        // A nickname stands for the given name, more weakly.
        let by_nickname = |p: i64| name.nicknames.iter().any(|n| has(n, p));
        let given = |p: i64| has(&name.given, p) || by_nickname(p);
        let middle = |p: i64| name.middles.iter().any(|m| has(m, p)) || name.initials().skip(1).any(|i| has(&i, p));
        let initial = |p: i64| name.initials().next().is_some_and(|i| has(&i, p));
        let title = |p: i64| TITLES.iter().any(|t| has(t, p));
        for &p in at(&name.surname) {
            let s = i64::from(p);
            let (variant, first) = if given(s - 1) {
                (Variant::Full, s - 1)
            } else if given(s - 2) || (given(s - 3) && (middle(s - 1) || middle(s - 2))) {
                (Variant::Middle, if given(s - 2) { s - 2 } else { s - 3 })
            } else if given(s + 1) {
                (Variant::SurnameFirst, s)
            } else if initial(s - 1) || (initial(s - 2) && middle(s - 1)) {
                (Variant::Initial, if initial(s - 1) { s - 1 } else { s - 2 })
            } else if initial(s + 1) {
                (Variant::Initial, s)
            } else if title(s - 1) {
                (Variant::Title, s - 1)
            } else {
                (Variant::Surname, s)
            };
            let last =
                if variant == Variant::SurnameFirst || (variant == Variant::Initial && first == s) { s + 1 } else { s };
            let given_at = if variant == Variant::SurnameFirst { s + 1 } else { first };
            let nickname = variant.strong() && !has(&name.given, given_at);
            let positions = (first..=last).map(|p| p as u32).collect();
            found.push(Occurrence { term, kind: Kind::PersonName, variant: Some(variant), nickname, positions });
        }
    }
    for (i, identifier) in identifiers.iter().enumerate() {
        for phrase in &identifier.phrases {
            let first = &vocabulary.words[phrase[0]];
            for &p in at(first) {
                let rest = phrase.iter().enumerate().skip(1);
                if rest.clone().all(|(k, w)| has(&vocabulary.words[*w], i64::from(p) + k as i64)) {
                    let positions = (p..p + phrase.len() as u32).collect();
                    found.push(Occurrence {
                        term: names.len() + i,
                        kind: identifier.kind,
                        variant: None,
                        nickname: false,
                        positions,
                    });
                }
            }
        }
    }
    found
}

/// Whether the file at `path` is as it was indexed.
fn source_now(path: &Path, indexed: Option<Identity>) -> Source {
    match std::fs::symlink_metadata(path) {
        Err(_) => Source::Gone,
        Ok(metadata) if indexed.is_some_and(|i| i == Identity::of(&metadata)) => Source::Unchanged,
        Ok(_) => Source::Changed,
    }
}

/// The text of each of `wanted` units of the file at `path`, read again.
fn read_units<'a>(
    path: &Path,
    options: &ExtractOptions,
    wanted: impl Iterator<Item = &'a Location>,
) -> BTreeMap<Location, String> {
    struct Collect(BTreeMap<Location, String>);
    impl Sink for Collect {
        fn unit(&mut self, unit: &Unit<'_>) {
            if let Some(text) = self.0.get_mut(unit.location) {
                text.push_str(&unit.text[unit.owned.clone()]);
            }
        }
    }
    let mut sink = Collect(wanted.map(|l| (l.clone(), String::new())).collect());
    if let Ok((file, head, sniffed)) = crate::scan::open_and_sniff(path, false) {
        let mut input = file;
        // What cannot be read again is quoted as far as it was read.
        let _ = extract::extract(sniffed, &head, &mut input, options, &mut sink);
    }
    sink.0
}

/// Words around a match a snippet shows, before and after.
const SNIPPET_WORDS: usize = 8;

/// A unit where some term occurs, before its text is read again.
struct Candidate {
    location: Location,
    /// Its file as it was indexed (`None` for a unit known from findings only).
    identity: Option<Identity>,
    occurrences: Vec<Occurrence>,
}

/// What a search looks for, and how it shows what it found.
struct Query<'a> {
    names: Vec<Name>,
    identifiers: Vec<Identifier>,
    engine: &'a Engine,
    reveal: bool,
}

impl Query<'_> {
    /// A unit's hit: its occurrences checked against its text (when it could be
    /// read again), its strength and its snippet; `None` when every occurrence
    /// turned out to name someone else.
    fn judge(&self, path: &RecordPath, candidate: Candidate, source: Source, text: Option<&str>) -> Option<Hit> {
        let Candidate { location, mut occurrences, .. } = candidate;
        let (names, identifiers, engine, reveal) = (&self.names, &self.identifiers, self.engine, self.reveal);
        let mut snippet = None;
        let mut third_parties = Vec::new();
        let mut tally = Tally::default();
        let mut marked = None;
        if let Some(text) = text {
            let mut ranges: Vec<Range<usize>> = Vec::new();
            for_each_word(text, |range, _| ranges.push(range));
            let people = engine.scan(text.as_bytes());
            // A surname or initial inside another person's name is theirs.
            occurrences.retain(|o| {
                let (Some(variant), Some(name)) = (o.variant, names.get(o.term)) else { return true };
                if variant.strong() {
                    return true;
                }
                let Some(span) = o.positions.iter().map(|p| ranges.get(*p as usize)).collect::<Option<Vec<_>>>() else {
                    return false; // the text no longer has the words
                };
                let (start, end) = (span[0].start, span[span.len() - 1].end);
                let someone_else =
                    people.iter().filter(|m| m.kind == Kind::PersonName && m.start <= start && end <= m.end).any(|m| {
                        folded(&text[m.start..m.end])
                            .iter()
                            .any(|w| *w != name.surname && !TITLES.contains(&w.as_str()) && !name.owns_given(w))
                    });
                !someone_else
            });
            if let Some(first) = occurrences.iter().filter(|o| !o.positions.is_empty()).min_by_key(|o| o.positions[0]) {
                let from = (first.positions[0] as usize).saturating_sub(SNIPPET_WORDS);
                let to = (*first.positions.last().expect("not empty") as usize + SNIPPET_WORDS).min(ranges.len() - 1);
                let (start, end) = (ranges[from].start, ranges[to].end);
                let mut hidden: Vec<Range<usize>> = Vec::new();
                if !reveal {
                    hidden.extend(
                        occurrences
                            .iter()
                            .flat_map(|o| o.positions.iter().filter_map(|p| ranges.get(*p as usize).cloned())),
                    );
                    hidden.extend(people.iter().filter(|m| m.kind != Kind::SpecialCategory).map(|m| m.start..m.end));
                    // A name no detector took for one ("Patel is covering") is still someone's.
                    hidden.extend(engine.listed_name_words(text));
                }
                snippet = Some(quote(text, start..end, &hidden));
            }
            let theirs: Vec<Range<usize>> = occurrences
                .iter()
                .flat_map(|o| o.positions.iter().filter_map(|p| ranges.get(*p as usize).cloned()))
                .collect();
            let own_values: Vec<&str> = identifiers.iter().map(|i| i.value.as_str()).collect();
            for m in people.iter().filter(|m| weighed(m.kind, true)) {
                let subject =
                    own_values.contains(&m.value.as_str()) || theirs.iter().any(|r| r.start < m.end && m.start < r.end);
                if subject {
                    tally.own += 1;
                } else {
                    tally.others.push(m.kind);
                    let value = if reveal { m.value.clone() } else { mask(m.kind, &m.value) };
                    third_parties.push(Matched { kind: m.kind, value, variant: None, nickname: false });
                }
            }
            third_parties.sort();
            third_parties.dedup();
            if reveal {
                marked = Some(mark(text, &theirs));
            }
        }
        if occurrences.is_empty() {
            return None;
        }
        let strength = if occurrences.iter().any(|o| o.variant.is_none_or(Variant::strong) && !o.nickname) {
            Strength::Strong
        } else {
            Strength::Weak
        };
        let mut matched: Vec<Matched> = occurrences
            .iter()
            .map(|o| {
                let value = match names.get(o.term) {
                    Some(name) => name.typed.clone(),
                    None => identifiers[o.term - names.len()].value.clone(),
                };
                Matched {
                    kind: o.kind,
                    value: if reveal { value } else { mask(o.kind, &value) },
                    variant: o.variant,
                    nickname: o.nickname,
                }
            })
            .collect();
        matched.sort();
        matched.dedup();
        Some(Hit {
            path: path.clone(),
            location,
            strength,
            matched,
            snippet,
            source,
            third_parties,
            text: marked,
            tally,
        })
    }
}

/// `text[range]` on one line, with the parts in `hidden` masked.
fn quote(text: &str, range: Range<usize>, hidden: &[Range<usize>]) -> String {
    let mut out = String::new();
    let mut at = range.start;
    let mut hidden: Vec<&Range<usize>> = hidden.iter().filter(|h| h.start < range.end && h.end > range.start).collect();
    hidden.sort_by_key(|h| h.start);
    for h in hidden {
        let (start, end) = (h.start.max(at), h.end.min(range.end));
        if start >= end {
            continue;
        }
        out.push_str(&text[at..start]);
        out.push_str(&mask(Kind::PersonName, &text[start..end]));
        at = end;
    }
    out.push_str(&text[at..range.end]);
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// `text` with each of `spans` marked «so», for a reviewer to find.
fn mark(text: &str, spans: &[Range<usize>]) -> String {
    let mut spans = spans.to_vec();
    spans.sort_by_key(|s| s.start);
    let mut out = String::with_capacity(text.len() + spans.len() * 4);
    let mut at = 0;
    for span in spans {
        if span.start < at {
            continue;
        }
        out.push_str(&text[at..span.start]);
        out.push('«');
        out.push_str(&text[span.clone()]);
        out.push('»');
        at = span.end;
    }
    out.push_str(&text[at..]);
    out
}
