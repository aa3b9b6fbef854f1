//! The engine: rules compiled once, then `scan` on each text unit.

use std::ops::Range;
use std::sync::{Arc, LazyLock};

use aho_corasick::automaton::{Automaton, StateID};
use aho_corasick::dfa::DFA;
use aho_corasick::{Anchored, MatchKind};
use regex_automata::hybrid::dfa::{Cache, DFA as LazyDFA};
use regex_automata::hybrid::LazyStateID;
use regex_automata::nfa::thompson;
use regex_automata::util::pool::Pool;
use regex_automata::util::syntax;
use regex_automata::{meta, Input, MatchKind as RegexMatchKind};
use regex_syntax::hir::{Hir, HirKind};

use super::cells;
use super::modulus::{Modulus, Verdict};
use super::names::{NameDetector, NamesSeen};
use super::prefilter::{self, AnchorRuns, KeywordReach, Trigger};
use super::special::SpecialDetector;
use super::validate::{self, Candidate, Validator};
use super::{EngineError, EngineOptions, Evidence, Kind, Match};
use crate::rules::DetectorRule;

/// A veto word counts only when it ends this close before the match ("version 1.2.3.4").
const VETO_REACH: usize = 16;

/// The score of a value that outside data refutes (a sort code and account
/// that fail the bank's modulus check: a typo, or digits that are not an
/// account, yet still beside a person's bank details) and of a published
/// specimen (HMRC's `QQ 12 34 56 C`: test data or a blank form, unless
/// someone used it for a real record). Kept at the lowest score reported by
/// default, so any stricter `--min-confidence` drops it.
const REFUTED_CONFIDENCE: f32 = EngineOptions::DEFAULT_MIN_CONFIDENCE;

/// The longest span two matches that overlap can be apart; bounds the merge scan.
const MAX_MATCH_SPAN: usize = 1024;

/// A compiled rule.
pub struct Rule {
    pub id: Arc<str>,
    pub kind: Kind,
    pub description: String,
    regex: meta::Regex,
    /// Index of the group named `value`, if any.
    value_group: Option<usize>,
    /// Other named groups, passed to the validator.
    named_groups: Vec<(usize, String)>,
    /// For a keyword rule of pairs (`Kind::is_pair`) of two such groups,
    /// each group's pattern alone: a table's cells read down a column
    /// (`Engine::down_columns`).
    pair_parts: Option<Box<[meta::Regex; 2]>>,
    validator: Validator,
    has_keywords: bool,
    /// The roles its words take: `context` when it has any context word,
    /// `veto` when it has any veto word (each word's own role for it is in
    /// `Engine::word_roles`).
    roles: WordRole,
    trigger: Trigger,
    /// Its set (`Engine::sets`) and its pattern there, if it is in one.
    in_set: Option<(usize, usize)>,
    window: usize,
    context_window: usize,
    confidence: f32,
    context_confidence: f32,
    /// Normalised values published as specimens, which are no one's.
    specimens: Vec<String>,
}

impl Rule {
    /// The bytes of a text `len` long where words can bear on a match at
    /// `span`: a context word within the context window either side, a veto
    /// word ending at most `VETO_REACH` before it (and starting within the
    /// larger of the two reaches). Empty for a rule with no such words. Both the word search and its estimate
    /// (`Engine::foreseen_windows`) read it here.
    fn word_window(&self, span: &Range<usize>, len: usize) -> Range<usize> {
        let WordRole { context, veto } = self.roles;
        if !context && !veto {
            return span.start..span.start;
        }
        let start = span.start.saturating_sub(self.context_window.max(VETO_REACH));
        // A veto word ends before the span: a rule with no context word
        // reads nothing after the span's start.
        let end = if context { (span.end + self.context_window).min(len) } else { span.start };
        start..end
    }

    /// Where the rule's regex runs: near keywords, near an anchor byte class,
    /// or on all text (the slow case, worth knowing when writing a rule).
    pub fn scope(&self) -> &'static str {
        match self.trigger {
            _ if self.has_keywords => "keywords",
            Trigger::Anchor { anchor, .. } => prefilter::anchor_name(anchor),
            Trigger::Everywhere => "all text",
        }
    }
}

/// What a dictionary word is to one rule: a context word of it, a veto
/// word of it, both or neither.
#[derive(Clone, Copy, Default)]
struct WordRole {
    context: bool,
    veto: bool,
}

/// The dictionary detectors: person names, special-category terms.
pub type Dictionaries = (NameDetector, SpecialDetector);

/// The rules near one anchor class whose matches hold no line break, as one
/// set of patterns. One pass over each region near the class's bytes (cut
/// at line breaks: `AnchorRuns::line_regions`) says which of them match
/// there at all; each rule then runs its own regex on those regions only,
/// not on every region near its anchors (on the engine bench's dense
/// corpus, ten rules a line where two or three match).
///
/// What a rule finds is unchanged: each of its matches lies inside one
/// region (it holds an anchor byte and no line break, within the set's
/// reach), so a search of the text near its anchors finds what searches of
/// the regions one by one find; and a region where the set saw no match
/// of the rule holds none. The pass sees every end of every pattern's
/// matches, so each rule searches only the part of a region its matches
/// can lie in (`PatternSpan`).
struct RuleSet {
    anchor: usize,
    /// The longest reach of its rules.
    reach: usize,
    /// Each pattern's reach: its rule's longest match.
    reaches: Vec<usize>,
    /// The fewest anchor bytes a match of any of its rules holds: a region
    /// holding fewer holds no match of any.
    fewest: usize,
    /// The rules' regexes, a pattern each, as one lazy DFA of all matches
    /// (`MatchKind::All`), stepped a byte at a time by `RuleSet::which`.
    dfa: LazyDFA,
    /// Its caches, one per thread searching at a time: the states a cache
    /// holds are computed once and kept across units.
    caches: Pool<Cache, CacheFn>,
}

/// Makes a lazy DFA's cache for a set's pool.
type CacheFn = Box<dyn Fn() -> Cache + Send + Sync + std::panic::UnwindSafe + std::panic::RefUnwindSafe>;

/// At most this many rules to a set: which patterns match is kept as the
/// bits of a `u64`. Rules past it search alone (`compile_sets`).
const SET_SIZE: usize = 64;

/// Where one pattern of a set matches in one region of its pass: from
/// its first match's end less its reach (no match of it starts before)
/// to its last match's end (none ends after). Its rule's regex searched
/// there finds what it finds in the whole region, without reading the
/// bytes before its first match that the region's other patterns need,
/// nor searching on past its last.
struct PatternSpan {
    pattern: usize,
    span: Range<usize>,
}

/// The spans of one set's pass (`RuleSet::matching`) where pattern
/// `pattern` matches.
fn spans_of(matching: &[PatternSpan], pattern: usize) -> impl Iterator<Item = &Range<usize>> {
    matching.iter().filter(move |m| m.pattern == pattern).map(|m| &m.span)
}

/// The first and last end of each pattern's matches in a region
/// (`RuleSet::which`), read only for the patterns it says match there.
type Ends = [(usize, usize); SET_SIZE];

impl RuleSet {
    /// The spans of `text` near the set's anchor where each of its patterns
    /// matches, in order of their regions; regions where none does are left
    /// out.
    fn matching(&self, text: &[u8], runs: &mut AnchorRuns) -> Vec<PatternSpan> {
        let regions = runs.line_regions(text, self.anchor, self.reach, self.fewest);
        let mut spans = Vec::new();
        if regions.is_empty() {
            return spans;
        }
        let mut cache = self.caches.get();
        let mut ends: Ends = [(0, 0); SET_SIZE];
        for region in regions {
            match self.which(&mut cache, text, region.clone(), &mut ends) {
                Some(mut matched) => {
                    while matched != 0 {
                        let pattern = matched.trailing_zeros() as usize;
                        matched &= matched - 1;
                        let (first, last) = ends[pattern];
                        let start = first.saturating_sub(self.reaches[pattern]).max(region.start);
                        spans.push(PatternSpan { pattern, span: start..last });
                    }
                }
                // Should the lazy DFA fail (it gives up only when told to,
                // and is not), every rule searches the region itself: a
                // region reported without a match costs time, never a
                // finding.
                None => {
                    spans.extend((0..self.reaches.len()).map(|pattern| PatternSpan { pattern, span: region.clone() }))
                }
            }
        }
        spans
    }

    /// The patterns with a match inside `region` of `text` (bit `p` for
    /// pattern `p`), and in `ends` the first and last end of each one's
    /// matches: one overlapping pass, the DFA stepped in this loop.
    /// `meta::Regex::which_overlapping_matches` returned to its caller at
    /// every match end, and each rule matches at several ends of one value
    /// (an IBAN at each group's end): 3,050 instructions a region on the
    /// dense corpus, 1,680 here (BENCHMARKS.md, session 20).
    fn which(&self, cache: &mut Cache, text: &[u8], region: Range<usize>, ends: &mut Ends) -> Option<u64> {
        let dfa = &self.dfa;
        let mut state = dfa.start_state_forward(cache, &prefilter::within(text, region.clone())).ok()?;
        let mut matched = 0u64;
        // A match state holds the patterns whose matches end one byte back.
        let mut note = |cache: &Cache, state, end: usize| {
            for index in 0..dfa.match_len(cache, state) {
                let pattern = dfa.match_pattern(cache, state, index).as_usize();
                if matched & 1 << pattern == 0 {
                    matched |= 1 << pattern;
                    ends[pattern].0 = end;
                }
                ends[pattern].1 = end;
            }
        };
        let mut at = region.start;
        while at < region.end {
            if !state.is_tagged() {
                let stepped;
                (state, stepped) = untagged_run(dfa, cache, state, &text[at..region.end]);
                at += stepped;
                if at == region.end {
                    break;
                }
            }
            // The step to a tagged state: a match, dead or quit state, or
            // one not computed yet (which `next_state` computes).
            state = dfa.next_state(cache, state, text[at]).ok()?;
            at += 1;
            if state.is_tagged() {
                if state.is_match() {
                    note(cache, state, at - 1);
                } else if state.is_dead() {
                    return Some(matched);
                } else if state.is_quit() {
                    return None;
                }
            }
        }
        // The byte after the region, or the text's end, settles a match
        // ending at the region's end (a look-ahead such as `\b`).
        state = match text.get(region.end) {
            Some(&byte) => dfa.next_state(cache, state, byte).ok()?,
            None => dfa.next_eoi_state(cache, state).ok()?,
        };
        if state.is_quit() {
            return None;
        }
        if state.is_match() {
            note(cache, state, region.end);
        }
        Some(matched)
    }
}

pub struct Engine {
    rules: Vec<Rule>,
    /// Sets of rules searched only where one pass says they match.
    sets: Vec<RuleSet>,
    /// Every keyword, one pattern each, and the rules each one triggers.
    keywords: Option<meta::Regex>,
    keyword_rules: Vec<Vec<usize>>,
    /// The context words of the keyword rules of pairs, one pattern each,
    /// and the rules each serves: a header cell naming one ("Account",
    /// "card_or_account") on a table's top line labels its column as a
    /// keyword heading it would (`Engine::scan_near_keywords`), and
    /// introduces no value elsewhere.
    column_words: Option<meta::Regex>,
    column_rules: Vec<Vec<usize>>,
    /// The lines keywords are looked for on; `None`: everywhere.
    keyword_reach: Option<KeywordReach>,
    /// Context and veto words, searched only near a candidate.
    words: Option<DFA>,
    /// What each word is to each rule, a row of words per rule: rule `r`'s
    /// role for word `w` is at `r * words + w`. One look-up per word found
    /// near a candidate.
    word_roles: Vec<WordRole>,
    /// Person names and special-category terms, built when first needed: a
    /// crawl that reads no file (a path-only retention audit) never pays for
    /// their automata.
    dictionaries: Option<LazyLock<Dictionaries, Box<dyn FnOnce() -> Dictionaries + Send>>>,
    /// Vocalink's tables, for the validators that confirm against them.
    modulus: Arc<Modulus>,
    options: EngineOptions,
}

fn syntax_config() -> syntax::Config {
    // Bytes, ASCII classes: `\d` is [0-9], `\b` an ASCII word boundary.
    syntax::Config::new().unicode(false).utf8(false)
}

/// Lowercased, trimmed dictionary words, or an error naming the empty one.
fn dictionary(list: &[String]) -> Result<Vec<String>, String> {
    list.iter()
        .map(|w| {
            let w = w.trim().to_ascii_lowercase();
            if w.is_empty() {
                Err("empty keyword, context or veto word".to_string())
            } else {
                Ok(w)
            }
        })
        .collect()
}

impl Engine {
    pub fn new(rules: &[DetectorRule], options: EngineOptions) -> Result<Engine, EngineError> {
        let mut compiled = Vec::with_capacity(rules.len());
        let mut keywords: Vec<(String, usize)> = Vec::new();
        let mut column_words: Vec<(String, usize)> = Vec::new();
        let mut words: Vec<String> = Vec::new();
        // (word, rule, whether a veto word) for each word of each rule.
        let mut word_uses: Vec<(usize, usize, bool)> = Vec::new();
        let mut keyword_rule_hirs = Vec::new();
        // Per anchor class, the rules that may join its set.
        let mut set_members: Vec<Vec<usize>> = Vec::new();
        for (index, rule) in rules.iter().enumerate() {
            let fail =
                |message: String| EngineError::Rule { id: rule.id.clone(), source_file: rule.source.clone(), message };
            let validator: Validator = rule.validator.parse().map_err(fail)?;
            for c in [rule.confidence, rule.context_confidence.unwrap_or(0.0)] {
                if !(0.0..=1.0).contains(&c) {
                    return Err(fail(format!("confidence {c} is outside 0.0–1.0")));
                }
            }
            let hir = regex_syntax::ParserBuilder::new()
                .unicode(false)
                .utf8(false)
                .build()
                .parse(&rule.regex)
                .map_err(|e| fail(format!("bad regex: {e}")))?;
            let trigger = prefilter::trigger(&hir);
            let regex = meta::Regex::builder()
                .syntax(syntax_config())
                .configure(meta::Config::new().auto_prefilter(prefilter::prefilter_pays(&hir, trigger)))
                .build(&rule.regex)
                .map_err(|e| fail(format!("bad regex: {e}")))?;
            let names = regex.group_info().pattern_names(regex_automata::PatternID::ZERO);
            let named: Vec<(usize, String)> =
                names.enumerate().filter_map(|(i, n)| n.map(|n| (i, n.to_string()))).collect();
            let value_group = named.iter().find(|(_, n)| n == "value").map(|(i, _)| *i);
            let named_groups: Vec<(usize, String)> = named.into_iter().filter(|(_, n)| n != "value").collect();
            let pair_parts = match named_groups[..] {
                [(first, _), (second, _)] if rule.kind.is_pair() && !rule.keywords.is_empty() => {
                    let part = |group| {
                        let sub = captured(&hir, group).ok_or_else(|| fail(format!("no group {group}")))?;
                        meta::Regex::builder()
                            .configure(light())
                            .build_from_hir(sub)
                            .map_err(|e| fail(format!("bad regex: {e}")))
                    };
                    Some(Box::new([part(first)?, part(second)?]))
                }
                _ => None,
            };
            for keyword in dictionary(&rule.keywords).map_err(fail)? {
                keywords.push((keyword, index));
            }
            if rule.kind.is_pair() && !rule.keywords.is_empty() {
                column_words.extend(dictionary(&rule.context).map_err(fail)?.into_iter().map(|word| (word, index)));
            }
            match trigger {
                Trigger::Anchor { anchor, .. } if rule.keywords.is_empty() && !prefilter::spans_lines(&hir) => {
                    set_members.resize_with(set_members.len().max(anchor + 1), Vec::new);
                    set_members[anchor].push(index);
                }
                _ => {}
            }
            if !rule.keywords.is_empty() {
                keyword_rule_hirs.push((hir, rule.window));
            }
            for (list, veto) in [(&rule.context, false), (&rule.veto, true)] {
                for word in dictionary(list).map_err(fail)? {
                    let id = words.iter().position(|w| *w == word).unwrap_or_else(|| {
                        words.push(word);
                        words.len() - 1
                    });
                    word_uses.push((id, index, veto));
                }
            }
            compiled.push(Rule {
                id: rule.id.as_str().into(),
                kind: rule.kind,
                description: rule.description.clone(),
                regex,
                value_group,
                named_groups,
                pair_parts,
                validator,
                has_keywords: !rule.keywords.is_empty(),
                roles: WordRole { context: !rule.context.is_empty(), veto: !rule.veto.is_empty() },
                trigger,
                in_set: None,
                window: rule.window,
                context_window: rule.context_window,
                confidence: rule.confidence,
                context_confidence: rule.context_confidence.unwrap_or(rule.confidence),
                specimens: rule.specimens.clone(),
            });
        }
        let sets = compile_sets(rules, &mut compiled, set_members);
        let keyword_reach = KeywordReach::of(
            keywords.iter().map(|(k, _)| k.as_str()),
            keyword_rule_hirs.iter().map(|(hir, window)| (hir, *window)),
        );
        let (keywords, keyword_rules) = compile_keywords(keywords, meta::Config::new())?;
        let (column_words, column_rules) = compile_keywords(column_words, light())?;
        let mut word_roles = vec![WordRole::default(); rules.len() * words.len()];
        for (word, rule, veto) in word_uses {
            let role = &mut word_roles[rule * words.len() + word];
            if veto {
                role.veto = true;
            } else {
                role.context = true;
            }
        }
        let words = if words.is_empty() {
            None
        } else {
            let dfa = DFA::builder()
                .ascii_case_insensitive(true)
                .match_kind(MatchKind::Standard)
                // Searched in a candidate's window only, where words ("v",
                // "ni", "uk") start every few bytes: a prefilter would stop
                // after each, dearer than stepping the automaton; a DFA
                // steps fastest, and a few hundred words build one at once.
                .prefilter(false)
                .build(&words)
                .map_err(|e| EngineError::Rule {
                    id: "(context words)".into(),
                    source_file: String::new(),
                    message: e.to_string(),
                })?;
            Some(dfa)
        };
        Ok(Engine {
            rules: compiled,
            sets,
            keywords,
            keyword_rules,
            column_words,
            column_rules,
            keyword_reach,
            words,
            word_roles,
            dictionaries: None,
            modulus: crate::rules::builtin_modulus(),
            options,
        })
    }

    /// Replaces the built-in bank modulus tables (a newer Vocalink release).
    pub fn with_modulus(mut self, modulus: Arc<Modulus>) -> Engine {
        self.modulus = modulus;
        self
    }

    /// Adds the dictionary detectors: person names, and special-category
    /// terms about the people and identifiers found.
    pub fn with_dictionaries(self, names: NameDetector, special: SpecialDetector) -> Engine {
        self.with_dictionaries_from(move || (names, special))
    }

    /// Adds the dictionary detectors, built by `build` the first time text
    /// reaches them.
    pub fn with_dictionaries_from(mut self, build: impl FnOnce() -> Dictionaries + Send + 'static) -> Engine {
        self.dictionaries = Some(LazyLock::new(Box::new(build)));
        self
    }

    pub fn rules(&self) -> &[Rule] {
        &self.rules
    }

    /// A value of `kind` as someone typed it (in a query, a reviewer's
    /// mark), normalised as the detectors normalise what they find: the
    /// first match of `kind` in the value behind the words that introduce
    /// it in a document. `None` when the detectors would not accept it.
    pub fn normalise(&self, kind: Kind, typed: &str) -> Option<String> {
        let introduced = match kind {
            Kind::UkNino => "NI number",
            Kind::UkBankAccount => "Sort code and account number",
            Kind::Iban => "IBAN",
            Kind::PaymentCard => "Card number",
            Kind::Email => "Email",
            Kind::Phone => "Phone",
            Kind::UkPostcode => "Postcode",
            Kind::NhsNumber => "NHS number",
            Kind::DateOfBirth => "Date of birth",
            Kind::UkPassport => "Passport number",
            Kind::UkDrivingLicence => "Driving licence number",
            Kind::IpAddress => "IP address",
            Kind::PersonName => "Name",
            Kind::SpecialCategory | Kind::Custom(_) => "",
        };
        let text = format!("{introduced}: {}", typed.trim());
        self.scan(text.as_bytes()).into_iter().find(|m| m.kind == kind).map(|m| m.value)
    }

    /// The confidence below which nothing is reported.
    pub fn min_confidence(&self) -> f32 {
        self.options.min_confidence
    }

    /// The words of `text` the name lists hold (`NameDetector::listed_words`);
    /// none without the dictionaries.
    pub fn listed_name_words(&self, text: &str) -> Vec<Range<usize>> {
        self.dictionaries.as_ref().map_or_else(Vec::new, |d| d.0.listed_words(text))
    }

    /// Every match in `text`, sorted by position, overlaps merged.
    pub fn scan(&self, text: &[u8]) -> Vec<Match> {
        self.scan_unit(text, &mut NamesSeen::default())
    }

    /// `scan` of one text unit of a file, whose earlier units named the
    /// people in `seen`: a given name alone here is one of them.
    pub fn scan_unit(&self, unit: &[u8], seen: &mut NamesSeen) -> Vec<Match> {
        let mut found = self.scan_rules(unit);
        // Only rules make pairs: settled once, before any merge.
        keep_disjoint_pairs(&mut found);
        // Extracted text is UTF-8; the dictionary detectors need characters.
        let Ok(text) = std::str::from_utf8(unit) else { return merge_overlaps(found) };
        let Some(dictionaries) = &self.dictionaries else { return merge_overlaps(found) };
        let (names, special) = &**dictionaries;
        names.scan(text, seen, &mut found);
        let mut found = merge_overlaps(found);
        // One threshold for every detector, once the scores are final (the
        // rules' matches below it were dropped as they were judged). Only
        // what is reported can be the subject of a special-category term.
        let min = self.options.min_confidence;
        found.retain(|m| m.confidence >= min);
        let mut terms = Vec::new();
        let people: Vec<Range<usize>> = found
            .iter()
            .filter(|m| match m.kind {
                Kind::SpecialCategory => false,
                Kind::Email => !names.is_role_mailbox(&m.value),
                _ => true,
            })
            .map(|m| m.start..m.end)
            .collect();
        special.scan(text, people, &mut terms);
        terms.retain(|m| m.confidence >= min);
        if !terms.is_empty() {
            found.extend(terms);
            found = merge_overlaps(found);
        }
        found
    }

    /// Every match of the rules in `text`, in no order, overlaps not merged.
    fn scan_rules(&self, text: &[u8]) -> Vec<Match> {
        let mut found = Vec::new();
        let mut runs = AnchorRuns::default();
        let mut unit = Unit { text, words: WordHits::default() };
        let matching: Vec<_> = self.sets.iter().map(|set| set.matching(text, &mut runs)).collect();
        if let Some(words) = &self.words {
            // The set rules' candidates alone will search windows adding up
            // to more than the unit (dense text): search it once, first,
            // rather than windows up to its length and then it.
            if self.foreseen_windows(&matching, text.len()) > text.len() {
                unit.words.search_unit(words, text);
            }
        }
        for (index, rule) in self.rules.iter().enumerate() {
            if rule.has_keywords {
                continue;
            }
            let mut emit = |m| found.push(m);
            if let Some((set, pattern)) = rule.in_set {
                for region in spans_of(&matching[set], pattern) {
                    self.search(index, rule, &mut unit, region.clone(), &mut emit);
                }
                continue;
            }
            match rule.trigger {
                Trigger::Everywhere => self.search(index, rule, &mut unit, 0..text.len(), &mut emit),
                Trigger::Anchor { anchor, reach, fewest } => {
                    for region in runs.regions(text, anchor, reach, fewest) {
                        self.search(index, rule, &mut unit, region, &mut emit);
                    }
                }
            }
        }
        self.scan_near_keywords(&mut unit, &mut runs, &mut found);
        found
    }

    /// The bytes the windows of the set rules' candidates (`matching`) will
    /// hold in a unit `len` long, as far as one pass says: a window, at
    /// least, about each span where a rule with context or veto words
    /// matches (`Rule::word_window` of the span).
    fn foreseen_windows(&self, matching: &[Vec<PatternSpan>], len: usize) -> usize {
        let windows = |rule: &Rule| {
            let (set, pattern) = rule.in_set?;
            Some(spans_of(&matching[set], pattern).map(|span| rule.word_window(span, len).len()).sum::<usize>())
        };
        self.rules.iter().filter_map(windows).sum()
    }

    /// A keyword introduces one value: for each keyword and each rule it
    /// serves, the match nearest to the keyword, or one in each cell it
    /// labels, or a pair down each column of its row and the next. Keywords
    /// are looked for on the lines within their reach of the rules' anchor
    /// bytes (`runs`), and so are the column words (`Engine::column_words`),
    /// which take the first match in each cell of a column they head only.
    fn scan_near_keywords(&self, unit: &mut Unit<'_>, runs: &mut AnchorRuns, found: &mut Vec<Match>) {
        let Some(keywords) = &self.keywords else { return };
        let text = unit.text;
        let lines = match &self.keyword_reach {
            Some(reach) => runs.keyword_lines(text, reach),
            None => std::iter::once(0..text.len()).collect(),
        };
        // The last span taken per rule: two keywords next to one value
        // ("DOB / date of birth") find it twice.
        let mut last: Vec<Option<Range<usize>>> = vec![None; self.rules.len()];
        let find =
            |r: Range<usize>| keywords.search(&Input::new(text).range(r)).map(|m| (m.pattern().as_usize(), m.range()));
        for (pattern, kw) in lines.iter().flat_map(|lines| whole_words(text, lines.clone(), find)) {
            let KeywordLine { in_cells, row } = keyword_line(text, kw.clone());
            // A header cell's value is below it, a row's label each later
            // cell's: the first match in each of those cells, when any.
            let column = cells::column_below(text, kw.clone());
            let labelled: Vec<Range<usize>> =
                column.iter().cloned().chain(row.iter().flat_map(|row| cells::tab_cells(text, row.clone()))).collect();
            // A label's row over the next, a record per column: a pair
            // rule's pairs down the columns (`down_columns`).
            let pair_rules = self.keyword_rules[pattern].iter().any(|&index| self.rules[index].pair_parts.is_some());
            let two_rows = if pair_rules { cells::columns_of_two_rows(text, kw.clone()) } else { Vec::new() };
            for &index in &self.keyword_rules[pattern] {
                let rule = &self.rules[index];
                let row_end = row.as_ref().map(|r| r.end);
                let taken = self.down_columns(index, rule, unit, &two_rows).unwrap_or_else(|| {
                    let firsts = self.firsts_in(index, rule, unit, &labelled);
                    if firsts.is_empty() {
                        self.nearest(index, unit, &kw, Near { in_cells, row_end, column: &column })
                    } else {
                        firsts
                    }
                });
                push_new(&mut last[index], taken, found);
            }
        }
        let Some(words) = &self.column_words else { return };
        let find =
            |r: Range<usize>| words.search(&Input::new(text).range(r)).map(|m| (m.pattern().as_usize(), m.range()));
        // A column word heads a table: its top line alone is searched, not
        // the rows below, which may name an account in every cell.
        let tops = lines.into_iter().flat_map(|lines| cells::table_tops(text, lines));
        for (pattern, word) in tops.flat_map(|top| whole_words(text, top, find)) {
            let column = cells::column_below(text, word);
            if column.is_empty() {
                continue;
            }
            for &index in &self.column_rules[pattern] {
                let taken = self.firsts_in(index, &self.rules[index], unit, &column);
                push_new(&mut last[index], taken, found);
            }
        }
    }

    /// The first match of rule `index` in each of the `cells` a keyword
    /// labels, when any.
    fn firsts_in(&self, index: usize, rule: &Rule, unit: &mut Unit<'_>, cells: &[Range<usize>]) -> Vec<Match> {
        let text = unit.text;
        cells
            .iter()
            .filter_map(|cell| {
                let mut first_in = |region: Range<usize>| {
                    let mut first = None;
                    self.search(index, rule, unit, region, &mut |m| {
                        if m.start < cell.end {
                            first.get_or_insert(m);
                        }
                    });
                    first
                };
                // Else one that starts in it and runs on into the row's
                // next cells (a sort code's column, its account beside it),
                // no further than the rule's window past the cell.
                first_in(cell.clone()).or_else(|| {
                    let reach = (cell.end + rule.window).min(text.len());
                    let line_end = memchr::memchr(b'\n', &text[cell.end..reach]).map_or(reach, |i| cell.end + i);
                    first_in(cell.start..line_end)
                })
            })
            .collect()
    }

    /// A pair rule's pairs read down the columns of two rows (`columns`,
    /// `cells::columns_of_two_rows`), when two columns or more hold one each:
    /// in each, a cell holding the first group's number and no other digit
    /// over one holding the second's ("Tenant: 20-00-00" over "Tenant:
    /// 55779911", as a sheet's rows are written), judged as the rule's
    /// matches are. A pair spans its first number: its second is on the
    /// next line, past the next column's first, and the spans of the
    /// columns' pairs must not overlap (`keep_disjoint_pairs`). Once the
    /// layout holds, its judgement stands: pairs it refuses are not read
    /// again by `nearest`, which would pair one column's first number with
    /// another column's second.
    fn down_columns(
        &self,
        index: usize,
        rule: &Rule,
        unit: &mut Unit<'_>,
        columns: &[(Range<usize>, Range<usize>)],
    ) -> Option<Vec<Match>> {
        let parts = rule.pair_parts.as_deref()?;
        let text = unit.text;
        let number = |part: &meta::Regex, cell: &Range<usize>| {
            let m = part.find(prefilter::within(text, cell.clone()))?;
            let mut outside = text[cell.start..m.start()].iter().chain(&text[m.end()..cell.end]);
            (!outside.any(u8::is_ascii_digit)).then_some(m.range())
        };
        let read: Vec<[Range<usize>; 2]> =
            columns.iter().filter_map(|(a, b)| Some([number(&parts[0], a)?, number(&parts[1], b)?])).collect();
        if read.len() < 2 {
            return None;
        }
        let mut pairs = Vec::new();
        for numbers in read {
            let groups = rule
                .named_groups
                .iter()
                .zip(&numbers)
                .filter_map(|((_, name), n)| Some((name.as_str(), std::str::from_utf8(&text[n.clone()]).ok()?)))
                .collect();
            let span = numbers[0].clone();
            self.judge(index, rule, unit, span, &Reading { groups, numbers: Some(numbers) }, &mut |m| pairs.push(m));
        }
        Some(pairs)
    }

    /// The match of rule `index` nearest to the keyword at `kw`, within its
    /// window (or to `row_end`, the end of the row the keyword labels).
    fn nearest(&self, index: usize, unit: &mut Unit<'_>, kw: &Range<usize>, near: Near<'_>) -> Vec<Match> {
        let Near { in_cells, row_end, column } = near;
        let (rule, text) = (&self.rules[index], unit.text);
        let region =
            kw.start.saturating_sub(rule.window)..(kw.end + rule.window).max(row_end.unwrap_or(0)).min(text.len());
        let mut nearest: Option<((bool, usize), Match)> = None;
        self.search(index, rule, unit, region, &mut |m| {
            // A label's value follows it: a match before the keyword on an
            // earlier line is another field's value ("Panel date 1 May
            // 2026.\nDate of birth\t3 April 1958"), taken only when none is
            // on the keyword's own line or after, and never for a table's
            // cell (a header's column is below it).
            let above = m.end <= kw.start && text[m.end..kw.start].contains(&b'\n');
            if above && in_cells {
                return;
            }
            // A header's value starts in its column (one that runs on
            // into the next cell, "107999<TAB>88837491", too); the nearest
            // other is another column's.
            if !column.is_empty() && !column.iter().any(|c| c.contains(&m.start)) {
                return;
            }
            // A match in an earlier cell of the keyword's line is another
            // field's value too ("Joined: 01/05/2009<TAB>Date of birth:
            // 15/03/1964"): taken only when none follows the keyword.
            let earlier_cell = m.end <= kw.start && text[m.end..kw.start].contains(&b'\t');
            let distance = if m.start >= kw.end { m.start - kw.end } else { kw.start.saturating_sub(m.end) };
            let distance = (above || earlier_cell, distance);
            if nearest.as_ref().is_none_or(|(d, _)| distance < *d) {
                nearest = Some((distance, m));
            }
        });
        nearest.into_iter().map(|(_, m)| m).collect()
    }

    /// Runs one rule's regex on `region` of the unit and judges each match.
    fn search(
        &self,
        index: usize,
        rule: &Rule,
        unit: &mut Unit<'_>,
        region: Range<usize>,
        emit: &mut dyn FnMut(Match),
    ) {
        let text = unit.text;
        let input = prefilter::within(text, region);
        if rule.value_group.is_none() && rule.named_groups.is_empty() {
            for m in rule.regex.find_iter(input) {
                self.judge(index, rule, unit, m.range(), &Reading::default(), emit);
            }
            return;
        }
        for caps in rule.regex.captures_iter(input) {
            let Some(span) =
                rule.value_group.and_then(|g| caps.get_group(g)).or_else(|| caps.get_match().map(|m| m.span()))
            else {
                continue;
            };
            let groups = rule
                .named_groups
                .iter()
                .filter_map(|(i, name)| {
                    let g = caps.get_group(*i)?;
                    Some((name.as_str(), std::str::from_utf8(&text[g.range()]).ok()?))
                })
                .collect();
            // A pair's numbers (`Match::numbers`) are the two groups its
            // validator reads.
            let numbers = match rule.named_groups[..] {
                [(first, _), (second, _)] if rule.kind.is_pair() => {
                    caps.get_group(first).zip(caps.get_group(second)).map(|(a, b)| [a.range(), b.range()])
                }
                _ => None,
            };
            self.judge(index, rule, unit, span.range(), &Reading { groups, numbers }, emit);
        }
    }

    /// Veto, validate and normalise, confirm, score: a match, or nothing. A
    /// value written in a form ordinary text also takes needs a context
    /// word; a specimen scores `REFUTED_CONFIDENCE`. A value confirmed by outside
    /// data (a bank's modulus check) scores as if in context; one refuted by
    /// it scores `REFUTED_CONFIDENCE` at most.
    fn judge(
        &self,
        index: usize,
        rule: &Rule,
        unit: &mut Unit<'_>,
        span: Range<usize>,
        read: &Reading<'_>,
        emit: &mut dyn FnMut(Match),
    ) {
        let text = unit.text;
        // Extracted text is UTF-8; a span cut inside a character is no identifier.
        let Ok(candidate) = std::str::from_utf8(&text[span.clone()]) else { return };
        let another_fields = |n: &Range<usize>| validate::another_fields_number(text, n.start);
        if read.numbers.as_ref().is_some_and(|numbers| numbers.iter().any(another_fields)) {
            return;
        }
        let before = &text[span.start.saturating_sub(validate::BEFORE)..span.start];
        let after = &text[span.end..(span.end + 2).min(text.len())];
        let groups = &read.groups;
        let candidate = Candidate { text: candidate, groups, today: self.options.today, before, after };
        // Both are pure: the validator first, as it refuses more candidates
        // for less (most phone- and IBAN-shaped runs in tables of figures).
        let Some(valid) = rule.validator.normalise(&candidate) else { return };
        let (vetoed, in_context) = self.words_near(index, rule, unit, &span);
        if vetoed || (valid.needs_context && !in_context) {
            return;
        }
        let (value, span) = (valid.value, span.start..span.start + valid.len);
        let verdict = rule.validator.confirm(&value, &self.modulus);
        let specimen = rule.specimens.contains(&value);
        let confidence = match verdict {
            _ if specimen => REFUTED_CONFIDENCE,
            Verdict::Valid => rule.context_confidence,
            Verdict::Invalid => rule.confidence.min(REFUTED_CONFIDENCE),
            Verdict::Unchecked if in_context => rule.context_confidence,
            Verdict::Unchecked => rule.confidence,
        };
        if confidence >= self.options.min_confidence {
            let mut evidence = Evidence::VALIDATED;
            if rule.has_keywords {
                evidence = evidence.with(Evidence::KEYWORD);
            }
            if in_context {
                evidence = evidence.with(Evidence::CONTEXT);
            }
            if specimen {
                evidence = evidence.with(Evidence::SPECIMEN);
            }
            evidence = evidence.with(match verdict {
                Verdict::Valid => Evidence::MODULUS,
                Verdict::Invalid => Evidence::MODULUS_FAILED,
                Verdict::Unchecked => Evidence::default(),
            });
            let (start, end, detector) = (span.start, span.end, rule.id.clone());
            let (category, numbers) = (None, read.numbers.clone().map(Box::new));
            emit(Match { detector, kind: rule.kind, category, value, confidence, evidence, start, end, numbers });
        }
    }

    /// Whether a veto word of the rule ends just before `span`, and whether a
    /// context word of it lies within its context window: one pass for both.
    fn words_near(&self, index: usize, rule: &Rule, unit: &mut Unit<'_>, span: &Range<usize>) -> (bool, bool) {
        let Some(words) = &self.words else { return (false, false) };
        let WordRole { context: has_context, veto: has_veto } = rule.roles;
        if !has_context && !has_veto {
            return (false, false);
        }
        let roles = &self.word_roles[index * words.patterns_len()..][..words.patterns_len()];
        let window = rule.word_window(span, unit.text.len());
        let (mut vetoed, mut in_context) = (false, false);
        unit.words.visit(words, unit.text, window, |pattern, Range { start, end }| {
            let role = roles[pattern];
            vetoed |= role.veto && end <= span.start && end + VETO_REACH >= span.start;
            in_context |= role.context && start + rule.context_window >= span.start;
            // Words come in order of their ends: none ending after the
            // span's start can veto it, so in context past it, or with no
            // veto word, the answer is final.
            !(vetoed || in_context && (end > span.start || !has_veto))
        });
        (vetoed, in_context)
    }
}

/// What a rule's match read besides its span (`Engine::judge`).
#[derive(Default)]
struct Reading<'t> {
    /// Its named groups but `value`, by name, for the validator.
    groups: Vec<(&'t str, &'t str)>,
    /// A pair's two numbers (`Match::numbers`): the ranges of the two
    /// groups its validator reads.
    numbers: Option<[Range<usize>; 2]>,
}

/// One text unit being scanned, and the context and veto words found in it.
struct Unit<'t> {
    text: &'t [u8],
    words: WordHits,
}

/// The whole-word occurrences of the context and veto words in one unit, as
/// candidates ask for them: found in each candidate's window while the
/// windows searched add up to less than the unit, then in the whole unit
/// once and kept; or in the whole unit first, when the set pass foresees
/// more windows than that (`Engine::foreseen_windows`). Sparse text pays
/// for its few windows only; dense text (a payroll export), where windows
/// overlap and each byte would be searched several times, pays for one pass.
#[derive(Default)]
struct WordHits {
    /// Bytes searched in windows so far.
    searched: usize,
    /// Every occurrence in the unit (pattern, span), in order of their ends.
    all: Option<Vec<(usize, Range<usize>)>>,
}

impl WordHits {
    /// Finds and keeps every occurrence in the unit, `text`.
    fn search_unit(&mut self, words: &DFA, text: &[u8]) {
        let mut all = Vec::new();
        word_hits(words, text, 0..text.len(), |pattern, found| {
            all.push((pattern, found));
            true
        });
        self.all = Some(all);
    }

    /// Calls `go_on` with each occurrence lying wholly inside `window` of
    /// `text`, in order of their ends, until it returns false.
    fn visit(
        &mut self,
        words: &DFA,
        text: &[u8],
        window: Range<usize>,
        mut go_on: impl FnMut(usize, Range<usize>) -> bool,
    ) {
        if self.all.is_none() && self.searched + window.len() > text.len() {
            self.search_unit(words, text);
        }
        let Some(all) = &self.all else {
            self.searched += window.len();
            word_hits(words, text, window, go_on);
            return;
        };
        let first = all.partition_point(|(_, found)| found.end <= window.start);
        for (pattern, found) in all[first..].iter().take_while(|(_, found)| found.end <= window.end) {
            if found.start >= window.start && !go_on(*pattern, found.clone()) {
                break;
            }
        }
    }
}

/// Calls `go_on` with each whole-word occurrence of `words` lying wholly
/// inside `range` of `text`, in order of their ends, until it returns false.
/// The automaton steps in `to_special`, no search call per occurrence
/// (words such as "v" and "ni" occur inside other words every few bytes); a
/// match ends where its step does.
fn word_hits(words: &DFA, text: &[u8], range: Range<usize>, mut go_on: impl FnMut(usize, Range<usize>) -> bool) {
    let mut state = words.start_state(Anchored::No).expect("context words are built for unanchored search");
    let mut end = range.start;
    while end < range.end {
        let stepped;
        (state, stepped) = to_special(words, state, &text[end..range.end]);
        end += stepped;
        if !words.is_special(state) || words.is_dead(state) {
            return;
        }
        if !words.is_match(state) {
            continue;
        }
        for index in 0..words.match_len(state) {
            let pattern = words.match_pattern(state, index);
            let start = end - words.pattern_len(pattern);
            if is_whole_word(text, start, end) && !go_on(pattern.as_usize(), start..end) {
                return;
            }
        }
    }
}

/// Steps `words` from `state` over `bytes` until a special state (a match,
/// or dead): that state and the bytes stepped, or the last state and all of
/// them. A loop of its own, out of line: inside `word_hits`, beside the
/// matches' handling, its state and pointers lived on the stack (22
/// instructions a byte; here 11.4, BENCHMARKS.md, session 20).
#[inline(never)]
fn to_special(words: &DFA, mut state: StateID, bytes: &[u8]) -> (StateID, usize) {
    for (at, &byte) in bytes.iter().enumerate() {
        state = words.next_state(Anchored::No, state, byte);
        if words.is_special(state) {
            return (state, at + 1);
        }
    }
    (state, bytes.len())
}

/// Steps `dfa` from an untagged `state` over `bytes` while the states it
/// reaches are untagged (neither a match, dead, quit nor yet to compute):
/// the last of them and the bytes stepped, stopping before the byte whose
/// step is tagged. Reads the cache only, so its table stays in registers
/// (`next_state` may grow it: its loop reloaded the table each byte).
#[inline(never)]
fn untagged_run(dfa: &LazyDFA, cache: &Cache, mut state: LazyStateID, bytes: &[u8]) -> (LazyStateID, usize) {
    for (at, &byte) in bytes.iter().enumerate() {
        let next = dfa.next_state_untagged(cache, state, byte);
        if next.is_tagged() {
            return (state, at);
        }
        state = next;
    }
    (state, bytes.len())
}

/// Pushes onto `found` the matches of one rule in `taken` but one at the
/// span it took `last`: two keywords next to one value ("DOB / date of
/// birth") find it twice.
fn push_new(last: &mut Option<Range<usize>>, taken: Vec<Match>, found: &mut Vec<Match>) {
    for m in taken {
        if last.as_ref() != Some(&(m.start..m.end)) {
            *last = Some(m.start..m.end);
            found.push(m);
        }
    }
}

/// The keyword's line, as far as a table goes.
struct KeywordLine {
    /// Whether the line is a row of cells (a tab within `ROW_REACH`).
    in_cells: bool,
    /// The later cells when the keyword labels the row: it stands in the
    /// line's first cell with no value after it there, the line above has as
    /// many cells (a record per column: "Field<TAB>Tenant<TAB>Partner" over
    /// "Date of birth<TAB>04/08/1990<TAB>4 January 1962"), and the row ends
    /// before a cell that holds another label ("Start date", no digit).
    row: Option<Range<usize>>,
}

/// How far either side of a keyword its line is read.
const ROW_REACH: usize = 240;

fn keyword_line(text: &[u8], kw: Range<usize>) -> KeywordLine {
    let from = kw.start.saturating_sub(ROW_REACH);
    let to = (kw.end + ROW_REACH).min(text.len());
    let line_start = text[from..kw.start].iter().rposition(|b| *b == b'\n').map(|i| from + i + 1);
    let line_start = line_start.or((from == 0).then_some(0));
    let line_end = text[kw.end..to].iter().position(|b| *b == b'\n').map_or(to, |i| kw.end + i);
    let before = &text[line_start.unwrap_or(from)..kw.start];
    let tab = text[kw.end..line_end].iter().position(|b| *b == b'\t').map(|i| kw.end + i);
    let in_cells = before.contains(&b'\t') || tab.is_some();
    let first_cell = line_start.is_some() && !before.contains(&b'\t');
    let cells = |line: &[u8]| line.iter().filter(|b| **b == b'\t').count();
    let over_columns = |start: usize| {
        let above_end = start.checked_sub(1)?;
        let from = above_end.saturating_sub(ROW_REACH);
        let above_start = text[from..above_end].iter().rposition(|b| *b == b'\n').map(|i| from + i + 1);
        let above_start = above_start.or((from == 0).then_some(0))?;
        (cells(&text[above_start..above_end]) == cells(&text[start..line_end])).then_some(())
    };
    let row = tab
        .filter(|&tab| first_cell && !text[kw.end..tab].iter().any(u8::is_ascii_digit))
        .filter(|_| line_start.and_then(over_columns).is_some())
        .map(|tab| {
            let is_label =
                |cell: &[u8]| cell.iter().any(u8::is_ascii_alphabetic) && !cell.iter().any(u8::is_ascii_digit);
            let end = text[tab + 1..line_end]
                .split(|b| *b == b'\t')
                .scan(tab + 1, |at, cell| {
                    let start = *at;
                    *at += cell.len() + 1;
                    Some((start, cell))
                })
                .find(|(_, cell)| is_label(cell))
                .map_or(line_end, |(start, _)| start);
            tab + 1..end
        });
    KeywordLine { in_cells, row }
}

/// Where a keyword's value may be when none is in the cells it labels
/// (`Engine::nearest`).
#[derive(Clone, Copy)]
struct Near<'c> {
    /// The keyword is in a cell of a tab-parted line.
    in_cells: bool,
    /// The end of the row the keyword labels.
    row_end: Option<usize>,
    /// The cells of the column the keyword heads (`cells::column_below`),
    /// empty when it heads none.
    column: &'c [Range<usize>],
}

/// The sets of rules (`RuleSet`), from the rules that may join each anchor
/// class's set (their indices). A class with one such rule has none (its
/// pass would only repeat the rule's search), nor one whose patterns
/// together pass the regex compiler's limits: its rules search alone, and
/// find the same. So do the rules past `SET_SIZE`. Either is silent: the
/// crate has no log, and nothing a scan reports changes.
fn compile_sets(rules: &[DetectorRule], compiled: &mut [Rule], members: Vec<Vec<usize>>) -> Vec<RuleSet> {
    let mut sets = Vec::new();
    for (anchor, mut members) in members.into_iter().enumerate() {
        members.truncate(SET_SIZE);
        if members.len() < 2 {
            continue;
        }
        let patterns: Vec<&str> = members.iter().map(|&index| rules[index].regex.as_str()).collect();
        // No prefilter: regions start near anchor bytes, where a literal
        // prefilter would stop at each. The NFA's size limit is the one a
        // rule's own regex compiles under (`meta`'s default).
        let Ok(dfa) = LazyDFA::builder()
            .syntax(syntax_config())
            .thompson(thompson::Config::new().nfa_size_limit(Some(10 << 20)))
            .configure(LazyDFA::config().match_kind(RegexMatchKind::All))
            .build_many(&patterns)
        else {
            continue;
        };
        let (mut reach, mut reaches, mut fewest) = (0, Vec::with_capacity(members.len()), usize::MAX);
        for (pattern, &index) in members.iter().enumerate() {
            compiled[index].in_set = Some((sets.len(), pattern));
            match compiled[index].trigger {
                Trigger::Anchor { reach: r, fewest: f, .. } => {
                    (reach, fewest) = (reach.max(r), fewest.min(f));
                    reaches.push(r);
                }
                Trigger::Everywhere => reaches.push(usize::MAX),
            }
        }
        let for_pool = dfa.clone();
        let caches = Pool::new(Box::new(move || for_pool.create_cache()) as CacheFn);
        sets.push(RuleSet { anchor, reach, reaches, fewest, dfa, caches });
    }
    sets
}

/// The configuration of a regex searched in a few short places only (a
/// pair's cells, a table's top line): no full DFA nor prefilter, whose
/// builds cost each process more than such searches save.
fn light() -> meta::Config {
    meta::Config::new().dfa(false).onepass(false).auto_prefilter(false)
}

/// The pattern `hir` captures as group `index`, if any.
fn captured(hir: &Hir, index: usize) -> Option<&Hir> {
    match hir.kind() {
        HirKind::Capture(capture) if capture.index as usize == index => Some(&capture.sub),
        HirKind::Capture(capture) => captured(&capture.sub, index),
        HirKind::Repetition(repetition) => captured(&repetition.sub, index),
        HirKind::Concat(subs) | HirKind::Alternation(subs) => subs.iter().find_map(|sub| captured(sub, index)),
        HirKind::Empty | HirKind::Literal(_) | HirKind::Class(_) | HirKind::Look(_) => None,
    }
}

/// One pattern per distinct keyword (whole-word, ASCII case-insensitive).
/// The search reports one keyword per place, so a keyword also triggers the
/// rules of every keyword it contains ("nhs number" those of "nhs").
fn compile_keywords(
    keywords: Vec<(String, usize)>,
    config: meta::Config,
) -> Result<(Option<meta::Regex>, Vec<Vec<usize>>), EngineError> {
    let mut distinct: Vec<String> = keywords.iter().map(|(k, _)| k.clone()).collect();
    distinct.sort_by(|a, b| b.len().cmp(&a.len()).then(a.cmp(b)));
    distinct.dedup();
    if distinct.is_empty() {
        return Ok((None, Vec::new()));
    }
    let rules: Vec<Vec<usize>> = distinct
        .iter()
        .map(|word| {
            let mut served: Vec<usize> =
                keywords.iter().filter(|(k, _)| word.contains(k.as_str())).map(|(_, rule)| *rule).collect();
            served.sort_unstable();
            served.dedup();
            served
        })
        .collect();
    // A keyword's words are also read joined by '_', as systems name
    // columns and keys ("date_of_birth", "nhs_number").
    let patterns: Vec<String> =
        distinct.iter().map(|k| format!("(?i){}", regex_syntax::escape(k).replace(' ', "[ _]"))).collect();
    let regex =
        meta::Regex::builder().syntax(syntax_config()).configure(config).build_many(&patterns).map_err(|e| {
            EngineError::Rule { id: "(keywords)".into(), source_file: String::new(), message: e.to_string() }
        })?;
    Ok((Some(regex), rules))
}

/// Whether the character at `bytes`' start (`first`) or end is part of a
/// word: an ASCII letter or digit, or a letter or digit of any script (a
/// curly quote, a no-break space or a dash is not). Bytes that are not
/// UTF-8 count as a word's.
#[inline]
fn is_word_char(bytes: &[u8], first: bool) -> bool {
    let b = if first { bytes[0] } else { bytes[bytes.len() - 1] };
    if b.is_ascii() {
        return b.is_ascii_alphanumeric();
    }
    is_word_char_beyond_ascii(bytes, first)
}

/// `is_word_char` of a character that is not ASCII: out of line, as the
/// ASCII test that nearly every call ends with is inlined.
#[inline(never)]
fn is_word_char_beyond_ascii(bytes: &[u8], first: bool) -> bool {
    let c = if first {
        bytes[..bytes.len().min(4)].utf8_chunks().next().and_then(|c| c.valid().chars().next())
    } else {
        let from = bytes.len().saturating_sub(4);
        let lead = (from..bytes.len()).find(|&i| bytes[i] & 0xC0 != 0x80).unwrap_or(from);
        std::str::from_utf8(&bytes[lead..]).ok().and_then(|s| s.chars().next_back())
    };
    c.is_none_or(char::is_alphanumeric)
}

/// True unless the word continues a longer word on either side ("lic" in "public").
/// The right side is read only when the left is open: most occurrences the
/// context words' walk asks about lie inside longer words.
pub(super) fn is_whole_word(text: &[u8], start: usize, end: usize) -> bool {
    let open_left = || start == 0 || !is_word_char(&text[start..], true) || !is_word_char(&text[..start], false);
    let open_right = || end == text.len() || !is_word_char(&text[..end], false) || !is_word_char(&text[end..], true);
    open_left() && open_right()
}

/// The whole-word matches of a multi-term search, in order. `find` is the
/// search: the leftmost-longest term inside a range, with its pattern index.
/// Where the longest term at a place runs into a longer word ("fingerprint
/// template" in "fingerprint templates"), the shorter terms starting there
/// are tried ("fingerprint"), and failing those the search goes on from the
/// next byte — not from the end of the refused term, which could hide a
/// term starting inside it. A caller that refuses a term for its own words
/// asks for the terms that start inside it and read on past it
/// (`WholeWords::look_inside`).
pub(super) fn whole_words<F>(text: &[u8], range: Range<usize>, find: F) -> WholeWords<'_, F>
where
    F: FnMut(Range<usize>) -> Option<(usize, Range<usize>)>,
{
    WholeWords { text, at: range.start, end: range.end, refused_end: 0, find }
}

/// The iterator of `whole_words`.
pub(super) struct WholeWords<'t, F> {
    text: &'t [u8],
    at: usize,
    end: usize,
    /// The end of the term refused last (`look_inside`): a term inside it
    /// is no other reading of its words.
    refused_end: usize,
    find: F,
}

impl<F> WholeWords<'_, F> {
    /// Goes on from inside `found` (the last match) rather than after it,
    /// for the terms that start inside it and read on past it: "since the
    /// stroke unit", refused as an event that goes on into another word,
    /// still holds "stroke unit"; "a trade union representative", refused
    /// as anyone's, holds no "union representative" of its own.
    pub(super) fn look_inside(&mut self, found: Range<usize>) {
        self.refused_end = found.end;
        self.at = found.start + 1;
    }

    /// Whether `found` starts inside the term refused last (`look_inside`).
    pub(super) fn inside_refused(&self, found: &Range<usize>) -> bool {
        found.start < self.refused_end
    }
}

impl<F> Iterator for WholeWords<'_, F>
where
    F: FnMut(Range<usize>) -> Option<(usize, Range<usize>)>,
{
    type Item = (usize, Range<usize>);

    fn next(&mut self) -> Option<Self::Item> {
        while self.at < self.end {
            let (mut pattern, mut found) = (self.find)(self.at..self.end)?;
            let start = found.start;
            loop {
                if found.end <= self.refused_end {
                    break;
                }
                if is_whole_word(self.text, found.start, found.end) {
                    self.at = found.end;
                    return Some((pattern, found));
                }
                // The longest term inside what was refused, if it starts at the same place.
                match (self.find)(start..found.end - 1) {
                    Some((p, shorter)) if shorter.start == start && !shorter.is_empty() => {
                        (pattern, found) = (p, shorter)
                    }
                    _ => break,
                }
            }
            self.at = start + 1;
        }
        None
    }
}

/// Sorted by position; of overlapping matches of one kind the more confident
/// (then the longer) stays, and a match inside a more confident or a longer
/// match of another kind (the digits of an IBAN that look like a card, the
/// last ten digits of "+44 117 496 0027" that pass as an NHS number) is
/// dropped: the longer reading accounts for more of the text, but a pair
/// accounts for its numbers only (`reads_numbers_of`). Overlapping pairs
/// of one kind were settled as the rules' matches were made
/// (`keep_disjoint_pairs`).
pub(super) fn merge_overlaps(mut found: Vec<Match>) -> Vec<Match> {
    found.sort_by(|a, b| a.start.cmp(&b.start).then(b.end.cmp(&a.end)));
    let mut kept: Vec<Match> = Vec::with_capacity(found.len());
    'next: for m in found {
        let start = m.start;
        for k in kept.iter_mut().rev().take_while(|k| k.start + MAX_MATCH_SPAN > start) {
            if k.end <= m.start {
                continue;
            }
            if k.kind == m.kind {
                let better = (m.confidence, m.end - m.start) > (k.confidence, k.end - k.start);
                if better {
                    *k = m;
                }
                continue 'next;
            }
            if k.start <= m.start
                && m.end <= k.end
                && (k.confidence >= m.confidence || k.end - k.start > m.end - m.start)
                && reads_numbers_of(k, &m)
            {
                continue 'next;
            }
        }
        kept.push(m);
    }
    // A better match that replaced an earlier one can start after the
    // matches kept since: locations are asked for in order.
    kept.sort_by_key(|m| m.start);
    kept
}

/// Whether `inner`, inside `outer`'s span, may be a reading of `outer`'s
/// value: of a value read whole, always; of a pair's, only when it reads
/// some of the pair's numbers (`Match::numbers`). What lies between them or
/// before them (a payee's name, an account holder's line, a branch's phone
/// or postcode, the field's label) is another value.
fn reads_numbers_of(outer: &Match, inner: &Match) -> bool {
    outer.numbers.as_ref().is_none_or(|numbers| numbers.iter().any(|n| n.start < inner.end && inner.start < n.end))
}

/// Of the pairs (`Kind::is_pair`) in `found`, drops those that overlap a
/// pair of their kind kept, keeping the most that share no number: a
/// number is one pair's. A pair's span runs from its first number to its
/// second, so one that reads a record's account with the next record's
/// sort code ("Account no: 55718204\nSaima Bhatti\nSort code 77-14-02")
/// overlaps both records' own pairs and is longer than either: "the longer
/// stays" would keep it for the two. The more confident still go first (a
/// pair the modulus check passes over one it fails); of equally confident
/// ones, the one that ends first (interval scheduling: the most disjoint
/// spans), then the shorter (of two first numbers for one second number,
/// the nearer).
fn keep_disjoint_pairs(found: &mut Vec<Match>) {
    if found.iter().filter(|m| m.kind.is_pair()).nth(1).is_none() {
        return;
    }
    let mut pairs: Vec<Match> = found.extract_if(.., |m| m.kind.is_pair()).collect();
    pairs.sort_by(|a, b| {
        let by_score = a.kind.cmp(&b.kind).then(b.confidence.total_cmp(&a.confidence));
        by_score.then(a.end.cmp(&b.end)).then(b.start.cmp(&a.start))
    });
    // The spans kept of the kind at hand: of its more confident pairs
    // (`kept`, disjoint, by start), and of the score at hand (`scored`, in
    // order of their ends: the last ends last).
    let (mut kept, mut scored): (Vec<Range<usize>>, Vec<Range<usize>>) = (Vec::new(), Vec::new());
    let mut score = None;
    pairs.retain(|m| {
        if score != Some((m.kind, m.confidence)) {
            if score.is_some_and(|(kind, _)| kind == m.kind) {
                kept.append(&mut scored);
                kept.sort_unstable_by_key(|k| k.start);
            } else {
                kept.clear();
                scored.clear();
            }
            score = Some((m.kind, m.confidence));
        }
        // Of the kept spans that start before this one ends, the last ends last.
        let before = kept.partition_point(|k| k.start < m.end);
        let free = scored.last().is_none_or(|s| s.end <= m.start)
            && before.checked_sub(1).is_none_or(|i| kept[i].end <= m.start);
        if free {
            scored.push(m.start..m.end);
        }
        free
    });
    found.append(&mut pairs);
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A match of `kind` at `start..end` scoring `confidence`.
    fn at(kind: Kind, start: usize, end: usize, confidence: f32) -> Match {
        let (detector, category, value, evidence) = ("test".into(), None, String::new(), Evidence::default());
        Match { detector, kind, category, value, confidence, evidence, start, end, numbers: None }
    }

    /// The spans kept of matches once pairs are settled and overlaps
    /// merged, as `Engine::scan_unit` does.
    fn merged(mut found: Vec<Match>) -> Vec<(usize, usize)> {
        keep_disjoint_pairs(&mut found);
        merge_overlaps(found).iter().map(|m| (m.start, m.end)).collect()
    }

    /// Overlapping pairs keep the most that share no number, the more
    /// confident first: a pair across two records (10..40) loses to the
    /// records' own (0..20, 30..50) at one score, wins over both at a
    /// higher one, and a confident record's pair keeps the other record's
    /// beside it. At one second number, the nearer first one. A value of
    /// one number still keeps its longer reading.
    #[test]
    fn overlapping_pairs_keep_the_most_disjoint_the_more_confident_first() {
        let bank = |start, end, confidence| at(Kind::UkBankAccount, start, end, confidence);
        assert_eq!(merged(vec![bank(10, 40, 0.5), bank(0, 20, 0.5), bank(30, 50, 0.5)]), [(0, 20), (30, 50)]);
        assert_eq!(merged(vec![bank(0, 20, 0.5), bank(10, 40, 0.95), bank(30, 50, 0.5)]), [(10, 40)]);
        assert_eq!(merged(vec![bank(0, 20, 0.5), bank(10, 40, 0.5), bank(30, 50, 0.95)]), [(0, 20), (30, 50)]);
        let chain: Vec<Match> = (0..6).map(|i| bank(i * 10, i * 10 + 15, 0.85)).collect();
        assert_eq!(merged(chain), [(0, 15), (20, 35), (40, 55)], "every other link of a chain");
        assert_eq!(merged(vec![bank(0, 30, 0.85), bank(12, 30, 0.85)]), [(12, 30)]);
        let phone = |start, end| at(Kind::Phone, start, end, 0.85);
        assert_eq!(merged(vec![phone(10, 40), phone(0, 20), phone(30, 50)]), [(10, 40)]);
    }

    /// `keep_disjoint_pairs` keeps what checking each pair, in its order,
    /// against every pair kept so far keeps: random spans at three scores.
    #[test]
    fn disjoint_pairs_are_those_every_kept_pair_allows() {
        let mut seed = 0x1b87_3593_u32;
        let mut next = |below: u32| {
            seed ^= seed << 13;
            seed ^= seed >> 17;
            seed ^= seed << 5;
            (seed % below) as usize
        };
        let (mut kept_some, mut dropped_some) = (0, 0);
        for _ in 0..500 {
            let pairs: Vec<Match> = (0..1 + next(30))
                .map(|_| {
                    let start = next(200);
                    at(Kind::UkBankAccount, start, start + 5 + next(35), [0.5, 0.85, 0.95][next(3)])
                })
                .collect();
            let mut order = pairs.clone();
            order.sort_by(|a, b| {
                b.confidence.total_cmp(&a.confidence).then(a.end.cmp(&b.end)).then(b.start.cmp(&a.start))
            });
            let mut want: Vec<(usize, usize, u32)> = Vec::new();
            for m in order {
                if want.iter().all(|&(start, end, _)| end <= m.start || m.end <= start) {
                    want.push((m.start, m.end, m.confidence.to_bits()));
                }
            }
            let mut got = pairs.clone();
            keep_disjoint_pairs(&mut got);
            let mut got: Vec<(usize, usize, u32)> =
                got.iter().map(|m| (m.start, m.end, m.confidence.to_bits())).collect();
            got.sort_unstable();
            want.sort_unstable();
            assert_eq!(got, want);
            kept_some += want.len();
            dropped_some += pairs.len() - want.len();
        }
        assert!(kept_some > 1000 && dropped_some > 1000, "{kept_some} kept, {dropped_some} dropped");
    }

    /// A pair accounts for its numbers, not for the text between them: a
    /// name, a postcode or a phone there stays beside it, a reading of its
    /// digits as another kind (a number, or a run of digits into one) does
    /// not. A value read whole accounts for all its span.
    #[test]
    fn a_pair_drops_readings_of_its_numbers_not_of_the_text_between() {
        let text = "Sort code: 20-00-00, payee Jane Smith, SW1A 1AA, tel 020 7946 0018 / 55779911";
        let span = |part: &str| {
            let start = text.find(part).unwrap();
            start..start + part.len()
        };
        let (sort, account) = (span("20-00-00"), span("55779911"));
        let pair = Match {
            numbers: Some(Box::new([sort.clone(), account.clone()])),
            ..at(Kind::UkBankAccount, sort.start, account.end, 0.95)
        };
        let others = [
            (Kind::PersonName, span("Jane Smith")),
            (Kind::UkPostcode, span("SW1A 1AA")),
            (Kind::Phone, span("020 7946 0018")),
            (Kind::DateOfBirth, sort),
            (Kind::NhsNumber, span("0018 / 55779911")),
        ];
        let found = |pair: &Match| {
            let others = others.iter().map(|(kind, span)| at(*kind, span.start, span.end, 0.8));
            merge_overlaps(std::iter::once(pair.clone()).chain(others).collect())
        };
        let kept: Vec<Kind> = found(&pair).iter().map(|m| m.kind).collect();
        assert_eq!(kept, [Kind::UkBankAccount, Kind::PersonName, Kind::UkPostcode, Kind::Phone]);
        let one = Match { kind: Kind::Iban, numbers: None, ..pair };
        assert_eq!(found(&one).iter().map(|m| m.kind).collect::<Vec<_>>(), [Kind::Iban]);
    }

    /// Keywords looked for only on the lines near digits find what a search
    /// of every line finds: keywords and values on one line, on the lines
    /// before and after, at the reach's edge and beyond it, in a text with
    /// no line breaks, and keywords inside longer words.
    #[test]
    fn keywords_near_anchors_find_what_every_line_finds() {
        let rules = crate::rules::builtin().unwrap();
        let near = Engine::new(&rules, EngineOptions::default()).unwrap();
        assert!(near.keyword_reach.is_some(), "the built-in keyword rules are anchored");
        let everywhere = Engine { keyword_reach: None, ..Engine::new(&rules, EngineOptions::default()).unwrap() };
        let filler = "The panel met on Tuesday and agreed the plan for the spring term.";
        let lines = [
            "Date of birth: 14/03/1987",
            "DOB",
            "12 May 1990",
            "Passport number",
            "123456789",
            "Sort code 40-47-84 account 70872490",
            "NHS no 943 476 5919 and NHS number",
            "born on 3rd June 2001, stubborn and unborn",
            "nhs9434765919",
            filler,
        ];
        let (mut seed, mut values) = (0x2545_f491_u32, 0);
        for round in 0..300 {
            let mut text = String::new();
            for _ in 0..(round % 12) {
                seed ^= seed << 13;
                seed ^= seed >> 17;
                seed ^= seed << 5;
                let line = lines[seed as usize % lines.len()];
                let repeat = if line == filler { (seed >> 8) as usize % 4 } else { 1 };
                let sep = if round % 5 == 0 { " " } else { "\n" };
                for _ in 0..repeat.max(1) {
                    text.push_str(line);
                    text.push_str(sep);
                }
            }
            let found = |engine: &Engine| {
                let mut found = Vec::new();
                engine.scan_near_keywords(
                    &mut Unit { text: text.as_bytes(), words: WordHits::default() },
                    &mut AnchorRuns::default(),
                    &mut found,
                );
                found.into_iter().map(|m| (m.start, m.end, m.detector, m.value)).collect::<Vec<_>>()
            };
            let want = found(&everywhere);
            assert_eq!(found(&near), want, "{text:?}");
            values += want.len();
        }
        assert!(values > 300, "the texts hold values keywords introduce ({values})");
    }

    /// The rules searched as a set find what each rule searching every
    /// region near its anchors finds: identifier lines of every rule in the
    /// set, alone, together, on long lines and in text without line
    /// breaks, values split across lines, and digits with nothing to find.
    #[test]
    fn rules_in_a_set_find_what_each_rule_alone_finds() {
        let rules = crate::rules::builtin().unwrap();
        let set = Engine::new(&rules, EngineOptions::default()).unwrap();
        let in_set = set.rules.iter().filter(|r| r.in_set.is_some()).count();
        assert!(in_set >= 8, "the built-in digit rules form a set ({in_set})");
        let mut alone = Engine { sets: Vec::new(), ..Engine::new(&rules, EngineOptions::default()).unwrap() };
        alone.rules.iter_mut().for_each(|r| r.in_set = None);
        let pieces = [
            "NI number QQ 12 34 56 C and QQ123456C",
            "Card 4111 1111 1111 1111, IBAN GB82 WEST 1234 5698 7654 32",
            "Mobile 07700 900123 or +44 20 7946 0018 or +1 415 555 0100",
            "NHS 943 476 5919 in SW1A 1AA, licence MORGA753116SM9IJ",
            "document number: 925076473 from 192.0.2.17",
            "GB82 WEST\n1234 5698 7654 32",
            "4111 1111\n1111 1111",
            "rota 0 on 3 May, room 12, version 1.2.3.4.5",
            "the panel met on Tuesday and agreed the plan",
            "a,b,1,2,3",
        ];
        let (mut seed, mut values) = (0x9e37_79b9_u32, 0);
        for round in 0..400 {
            let mut text = String::new();
            for _ in 0..(round % 9) {
                seed ^= seed << 13;
                seed ^= seed >> 17;
                seed ^= seed << 5;
                text.push_str(pieces[seed as usize % pieces.len()]);
                text.push_str([" ", "\n", "\r\n", ", ", " "][(seed >> 8) as usize % 5]);
            }
            let found = |engine: &Engine| {
                engine
                    .scan(text.as_bytes())
                    .into_iter()
                    .map(|m| (m.start, m.end, m.detector, m.value))
                    .collect::<Vec<_>>()
            };
            let want = found(&alone);
            assert_eq!(found(&set), want, "{text:?}");
            values += want.len();
        }
        assert!(values > 1000, "the texts hold values ({values})");
    }

    /// A custom rule: a verbatim value of its own kind, no keywords.
    fn custom_rule(id: usize, regex: String, context: &[&str], veto: &[&str]) -> DetectorRule {
        DetectorRule {
            id: format!("ref_{id}"),
            kind: Kind::named(&format!("ref_{id}")).unwrap(),
            description: String::new(),
            regex,
            keywords: Vec::new(),
            window: 64,
            context: context.iter().map(|w| w.to_string()).collect(),
            context_window: 64,
            veto: veto.iter().map(|w| w.to_string()).collect(),
            confidence: 0.6,
            context_confidence: Some(0.9),
            validator: "verbatim".into(),
            specimens: Vec::new(),
            samples: Default::default(),
            source: String::new(),
        }
    }

    /// What an engine's rules find in one text, before overlaps merge:
    /// place, detector, score (bits), reasons (bits), value; sorted.
    type Found = Vec<(usize, usize, Arc<str>, u32, u32, String)>;

    /// What each engine's rules find in each of `rounds` texts: round `r`'s
    /// text starts with `pieces[r % first]`, the rest drawn at random.
    fn found_in_texts(engines: &[&Engine], pieces: &[String], first: usize, rounds: usize) -> Vec<Vec<Found>> {
        let (mut seed, mut values) = (0x85eb_ca6b_u32, 0);
        let mut all = vec![Vec::new(); engines.len()];
        for round in 0..rounds {
            let mut text = pieces[round % first].clone();
            for _ in 0..(round % 7) {
                seed ^= seed << 13;
                seed ^= seed >> 17;
                seed ^= seed << 5;
                text.push_str([" ", "\n", ", "][(seed >> 8) as usize % 3]);
                text.push_str(&pieces[seed as usize % pieces.len()]);
            }
            for (engine, all) in engines.iter().zip(&mut all) {
                let mut found: Found = engine
                    .scan_rules(text.as_bytes())
                    .into_iter()
                    .map(|m| (m.start, m.end, m.detector, m.confidence.to_bits(), m.evidence.0, m.value))
                    .collect();
                found.sort();
                values += found.len();
                all.push(found);
            }
        }
        assert!(values > rounds * engines.len(), "the texts hold references ({values})");
        all
    }

    /// A custom pack of more rules than a set holds: the first `SET_SIZE`
    /// search as a set, the rest alone, and together they find what each
    /// rule alone finds, with the same scores and reasons. Each rule has a
    /// literal of its own (`R07-`), so no other rule's match can stand in
    /// for one of its own, and settings of its own (context words, veto
    /// words, one word as both, windows, scores); each text starts with a
    /// value of one rule in turn, and every rule finds something.
    #[test]
    fn a_custom_pack_past_a_set_s_size_finds_what_each_rule_alone_finds() {
        let pack: Vec<DetectorRule> = (0..SET_SIZE + 6)
            .map(|i| {
                let (fewest, more) = (2 + i % 5, i % 4);
                let regex = format!(r"\bR{i:02}-\d{{{fewest},{}}}\b", fewest + more);
                let context = [(i & 1 != 0).then_some("ref"), (i & 4 != 0).then_some("order")];
                let context: Vec<&str> = context.into_iter().flatten().collect();
                let veto: &[&str] = if i & 2 != 0 { &["order"] } else { &[] };
                DetectorRule {
                    context_window: 8 + i % 7 * 8,
                    confidence: 0.5 + i as f32 / 1000.0,
                    context_confidence: Some(0.95 - i as f32 / 1000.0),
                    ..custom_rule(i, regex, &context, veto)
                }
            })
            .collect();
        let set = Engine::new(&pack, EngineOptions::default()).unwrap();
        let in_set = set.rules.iter().filter(|r| r.in_set.is_some()).count();
        assert_eq!((set.sets.len(), in_set), (1, SET_SIZE), "one set of the first {SET_SIZE} rules");
        let mut alone = Engine { sets: Vec::new(), ..Engine::new(&pack, EngineOptions::default()).unwrap() };
        alone.rules.iter_mut().for_each(|r| r.in_set = None);
        // A value of each rule; then each with a context word, a veto word,
        // both, a context word further off, and with too many digits.
        let values: Vec<String> =
            (0..pack.len()).map(|i| format!("R{i:02}-{}", &"0123456789"[..2 + i % 5 + i % 4 % 3])).collect();
        let mut pieces = values.clone();
        for form in ["ref ", "order ", "ref order ", "ref the panel met on Tuesday to agree "] {
            pieces.extend(values.iter().map(|v| format!("{form}{v}")));
        }
        pieces.extend(values.iter().map(|v| format!("{v}123456")));
        let found = found_in_texts(&[&set, &alone], &pieces, pack.len(), 400);
        let [with_set, rule_by_rule] = <[_; 2]>::try_from(found).unwrap();
        let detectors: std::collections::HashSet<&Arc<str>> = with_set.iter().flatten().map(|f| &f.2).collect();
        assert_eq!(detectors.len(), pack.len(), "every rule finds something");
        assert_eq!(with_set, rule_by_rule);
    }

    /// `words_near` says what reading every word in the window says, with
    /// no early stop: a word that is both a context and a veto word, a veto
    /// word after a context word, context words after the span, rules with
    /// veto words only, context words only, and neither; windows searched
    /// alone and the unit searched whole.
    #[test]
    fn words_near_says_what_reading_every_word_in_the_window_says() {
        let digit = || r"\bX\d\b".to_string();
        let pack = [
            DetectorRule { context_window: 24, ..custom_rule(0, digit(), &["ref", "no"], &["no", "v"]) },
            DetectorRule { context_window: 8, ..custom_rule(1, digit(), &[], &["order", "v"]) },
            DetectorRule { context_window: 40, ..custom_rule(2, digit(), &["ref", "order"], &[]) },
            DetectorRule { context_window: 12, ..custom_rule(3, digit(), &["ref"], &["order"]) },
            custom_rule(4, digit(), &[], &[]),
        ];
        let engine = Engine::new(&pack, EngineOptions::default()).unwrap();
        let words = engine.words.as_ref().unwrap();
        let tokens = ["ref", "no", "order", "v", "X1", "refno", "none", "the panel", "0123456789"];
        let (mut seed, mut outcomes) = (0x27d4_eb2d_u32, [[0usize; 4]; 5]);
        for round in 0..300 {
            let mut text = String::new();
            for _ in 0..(1 + round % 15) {
                seed ^= seed << 13;
                seed ^= seed >> 17;
                seed ^= seed << 5;
                text.push_str(tokens[seed as usize % tokens.len()]);
                text.push_str([" ", "\n", ". "][(seed >> 8) as usize % 3]);
            }
            let text = text.as_bytes();
            let mut every = Vec::new();
            word_hits(words, text, 0..text.len(), |pattern, found| {
                every.push((pattern, found));
                true
            });
            let mut whole = Unit { text, words: WordHits::default() };
            whole.words.search_unit(words, text);
            for (index, rule) in engine.rules.iter().enumerate() {
                let roles = &engine.word_roles[index * words.patterns_len()..][..words.patterns_len()];
                for start in 0..text.len() {
                    let span = start..(start + 2).min(text.len());
                    let window = start.saturating_sub(rule.context_window.max(VETO_REACH))
                        ..(span.end + rule.context_window).min(text.len());
                    let inside = every.iter().filter(|(_, w)| window.start <= w.start && w.end <= window.end);
                    let (mut vetoed, mut in_context) = (false, false);
                    for (pattern, w) in inside {
                        vetoed |= roles[*pattern].veto && w.end <= start && w.end + VETO_REACH >= start;
                        in_context |= roles[*pattern].context && w.start + rule.context_window >= start;
                    }
                    // The verdict: vetoed, or whether in context (which a
                    // vetoed match need not know).
                    let verdict = |(vetoed, in_context): (bool, bool)| (!vetoed).then_some(in_context);
                    let want = verdict((vetoed, in_context));
                    let mut alone = Unit { text, words: WordHits::default() };
                    let got = engine.words_near(index, rule, &mut alone, &span);
                    assert_eq!(verdict(got), want, "{index} {span:?} {:?}", String::from_utf8_lossy(text));
                    let got = engine.words_near(index, rule, &mut whole, &span);
                    assert_eq!(verdict(got), want, "{index} {span:?} {:?}", String::from_utf8_lossy(text));
                    outcomes[index][usize::from(vetoed) * 2 + usize::from(in_context)] += 1;
                }
            }
        }
        // Every outcome a rule's words allow occurs.
        let allowed = |index: usize| match index {
            0 | 3 => vec![0, 1, 2, 3],
            1 => vec![0, 2],
            2 => vec![0, 1],
            _ => vec![0],
        };
        for (index, counts) in outcomes.iter().enumerate() {
            for outcome in 0..4 {
                assert_eq!(counts[outcome] > 0, allowed(index).contains(&outcome), "rule {index}: {counts:?}");
            }
        }
    }

    /// Rules whose regexes compile alone but not as one set (together past
    /// the regex compiler's size limit) search alone, and find what the
    /// same pack without them finds with its set.
    #[test]
    fn rules_that_cannot_form_a_set_search_alone_and_find_the_same() {
        let small: Vec<DetectorRule> = (0..3)
            .map(|i| custom_rule(i, format!(r"\b[A-Z]{{{}}}-?\d{{2,8}}\b", 1 + i), &["ref"], &["order"]))
            .collect();
        // ~7 MB of NFA each (two states a digit): alone under the compiler's
        // 10 MiB limit, two together over it.
        let huge = (3..5).map(|i| custom_rule(i, format!(r"\d{{100000}}{}", ["x", "y"][i - 3]), &[], &[]));
        let pack: Vec<DetectorRule> = small.iter().cloned().chain(huge).collect();
        let without = Engine::new(&small, EngineOptions::default()).unwrap();
        assert_eq!(without.sets.len(), 1, "the small rules form a set");
        let fallback = Engine::new(&pack, EngineOptions::default()).unwrap();
        assert!(fallback.sets.is_empty(), "the pack's set cannot be compiled");
        assert!(fallback.rules.iter().all(|r| r.in_set.is_none()));
        let pieces = [
            "ref AB-1234 and order C12345678",
            "ABC-123456, Z9876",
            "order ref XYZ-12345678 from the ledger",
            "rota 0 on 3 May\nAB-12\n345",
            "QQ-00000000 A-1 B-22 CD-333 EFG-4444",
            "the panel met on Tuesday",
        ]
        .map(String::from);
        let [set, alone] = <[_; 2]>::try_from(found_in_texts(&[&without, &fallback], &pieces, 1, 200)).unwrap();
        assert_eq!(set, alone);
    }

    /// A set's own loop (`RuleSet::which`) says which of its patterns match
    /// in a region as `meta`'s overlapping search does, and each pattern's
    /// span from its ends holds every match its rule's own regex finds in
    /// the region: the built-in digit set on identifier lines, over every
    /// region of each text, those that end before a byte that settles a
    /// match (`\b`), mid-value, and at the text's end.
    #[test]
    fn a_set_s_loop_says_which_patterns_match_as_the_regex_set_does() {
        let rules = crate::rules::builtin().unwrap();
        let engine = Engine::new(&rules, EngineOptions::default()).unwrap();
        let set = &engine.sets[0];
        let mut members: Vec<(usize, &str)> = (engine.rules.iter().zip(&rules))
            .filter_map(|(rule, source)| Some((rule.in_set.filter(|&(s, _)| s == 0)?.1, source.regex.as_str())))
            .collect();
        members.sort_unstable();
        let patterns: Vec<&str> = members.into_iter().map(|(_, regex)| regex).collect();
        let config = meta::Config::new().match_kind(RegexMatchKind::All);
        let regex = meta::Regex::builder().syntax(syntax_config()).configure(config).build_many(&patterns).unwrap();
        let texts = [
            "NI QQ 12 34 56 C, card 4111 1111 1111 1111",
            "IBAN GB82 WEST 1234 5698 7654 32 and +44 20 7946 0018",
            "NHS 943 476 5919 in SW1A 1AA from 192.0.2.17",
            "licence MORGA753116SM9IJ, rota 0 on 3 May 2024",
        ];
        let alone: Vec<meta::Regex> =
            patterns.iter().map(|p| meta::Regex::builder().syntax(syntax_config()).build(p).unwrap()).collect();
        let mut cache = set.caches.get();
        let mut ends: Ends = [(0, 0); SET_SIZE];
        let (mut regions, mut matched, mut cut) = (0, 0, 0);
        for text in texts.map(str::as_bytes) {
            for start in 0..text.len() {
                for end in start..=text.len() {
                    let mut which = regex_automata::PatternSet::new(patterns.len());
                    regex.which_overlapping_matches(&prefilter::within(text, start..end), &mut which);
                    let want = which.iter().fold(0u64, |bits, p| bits | 1 << p.as_usize());
                    assert_eq!(set.which(&mut cache, text, start..end, &mut ends), Some(want), "{start}..{end}");
                    regions += 1;
                    matched += usize::from(want != 0);
                    for pattern in which.iter().map(|p| p.as_usize()) {
                        let (first, last) = ends[pattern];
                        let span = first.saturating_sub(set.reaches[pattern]).max(start)..last;
                        let found: Vec<_> = alone[pattern].find_iter(prefilter::within(text, start..end)).collect();
                        let inside = |r: &Range<usize>| span.start <= r.start && r.end <= span.end;
                        assert!(found.iter().all(|m| inside(&m.range())), "{pattern} in {start}..{end}: {span:?}");
                        let in_span: Vec<_> = alone[pattern].find_iter(prefilter::within(text, span.clone())).collect();
                        assert_eq!(in_span, found, "{pattern} in {start}..{end}: {span:?}");
                        cut += usize::from(span.len() < end - start);
                    }
                }
            }
        }
        assert!(matched > 1000 && matched < regions, "{matched} of {regions} regions hold a match");
        assert!(cut > 1000, "spans narrower than their regions: {cut}");
    }

    #[test]
    fn word_hits_are_the_same_from_windows_and_from_the_whole_unit() {
        const WORDS: [&str; 5] = ["ni", "ni number", "account", "v", "bank"];
        let words = DFA::builder().ascii_case_insensitive(true).build(WORDS).unwrap();
        let text = b"NI number QQ123456C; company account, Bank v 1.2.3.4 (nin) ni; banking v";
        for start in 0..text.len() {
            for end in start..=text.len() {
                let visited = |words_hits: &mut WordHits| {
                    let mut seen = Vec::new();
                    words_hits.visit(&words, text, start..end, |pattern, found| {
                        seen.push((pattern, found));
                        true
                    });
                    seen
                };
                let in_window = visited(&mut WordHits::default());
                let in_unit = visited(&mut WordHits { searched: text.len(), all: None });
                assert_eq!(in_window, in_unit, "{start}..{end}");
                let want: Vec<_> = (start..end)
                    .flat_map(|s| (s + 1..=end).map(move |e| s..e))
                    .filter(|r| is_whole_word(text, r.start, r.end))
                    .filter_map(|r| {
                        let word = text[r.clone()].to_ascii_lowercase();
                        WORDS.iter().position(|w| w.as_bytes() == word).map(|p| (p, r))
                    })
                    .collect();
                let mut sorted = in_unit.clone();
                sorted.sort_by_key(|(p, r)| (r.start, r.end, *p));
                assert_eq!(sorted, want, "{start}..{end}");
            }
        }
    }
}
