//! Detection: a compiled set of rules that turns text into validated,
//! normalised, scored matches.
//!
//! Per text unit: one Aho-Corasick pass finds every rule's keywords, context
//! words and veto words (whole words, ASCII case-insensitive); keyword rules
//! then run their regex only in a window around each keyword and keep the
//! match nearest to it, keywordless rules run on the whole unit; each match
//! is validated and normalised (`validate`), scored from its context, and
//! overlapping matches are merged. Masking (`mask`) is applied later, where a
//! match becomes a report record.

pub mod mask;
pub mod validate;

use std::ops::Range;
use std::sync::Arc;

use aho_corasick::{AhoCorasick, MatchKind};
use jiff::civil::Date;
use regex::bytes::{Regex, RegexBuilder};
use serde::{Deserialize, Serialize};
use thiserror::Error;

use crate::rules::DetectorRule;
use validate::{Candidate, Validator};

/// The finding kinds of CONTRACT.md.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    UkNino,
    UkBankAccount,
    Iban,
    PaymentCard,
    Email,
    Phone,
    UkPostcode,
    NhsNumber,
    DateOfBirth,
    UkPassport,
    UkDrivingLicence,
    IpAddress,
    PersonName,
}

impl Kind {
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::UkNino => "uk_nino",
            Kind::UkBankAccount => "uk_bank_account",
            Kind::Iban => "iban",
            Kind::PaymentCard => "payment_card",
            Kind::Email => "email",
            Kind::Phone => "phone",
            Kind::UkPostcode => "uk_postcode",
            Kind::NhsNumber => "nhs_number",
            Kind::DateOfBirth => "date_of_birth",
            Kind::UkPassport => "uk_passport",
            Kind::UkDrivingLicence => "uk_driving_licence",
            Kind::IpAddress => "ip_address",
            Kind::PersonName => "person_name",
        }
    }
}

/// Settings that apply to every rule.
#[derive(Debug, Clone, Copy)]
pub struct EngineOptions {
    /// Matches scored below this are dropped.
    pub min_confidence: f32,
    /// "Today", for validators that refuse future dates.
    pub today: Date,
}

impl EngineOptions {
    /// 0.5: a validated identifier with a strong structure (checksum, prefix
    /// rules, `@`) passes on its own; a weak one (a bare 10-digit number that
    /// happens to pass mod-11, a postcode without a space) needs a context word.
    pub const DEFAULT_MIN_CONFIDENCE: f32 = 0.5;
}

impl Default for EngineOptions {
    fn default() -> Self {
        EngineOptions { min_confidence: Self::DEFAULT_MIN_CONFIDENCE, today: jiff::Zoned::now().date() }
    }
}

#[derive(Debug, Error)]
pub enum EngineError {
    #[error("rule `{id}` ({source_file}): {message}")]
    Rule { id: String, source_file: String, message: String },
}

/// A validated, normalised match in one text unit. `value` is the full
/// normalised value: mask it before it leaves the process.
#[derive(Debug, Clone, PartialEq)]
pub struct Match {
    /// Index of the rule in `Engine::rules`.
    pub rule: usize,
    pub kind: Kind,
    pub value: String,
    pub confidence: f32,
    /// Byte range of the match in the unit.
    pub start: usize,
    pub end: usize,
}

/// A compiled rule.
pub struct Rule {
    pub id: Arc<str>,
    pub kind: Kind,
    pub description: String,
    regex: Regex,
    value_group: Option<usize>,
    named_groups: Vec<(usize, String)>,
    validator: Validator,
    has_keywords: bool,
    window: usize,
    context_window: usize,
    confidence: f32,
    context_confidence: f32,
}

/// How one dictionary word (keyword, context or veto word) is used, by rule index.
#[derive(Default)]
struct WordUse {
    keyword_of: Vec<usize>,
    context_of: Vec<usize>,
    veto_of: Vec<usize>,
}

/// A whole-word occurrence of a dictionary word.
#[derive(Debug, Clone, Copy)]
struct WordHit {
    start: usize,
    end: usize,
    word: usize,
}

/// The longest span two matches that overlap can be apart; bounds the merge scan.
const MAX_MATCH_SPAN: usize = 1024;

pub struct Engine {
    rules: Vec<Rule>,
    words: Option<AhoCorasick>,
    word_uses: Vec<WordUse>,
    options: EngineOptions,
}

impl Engine {
    pub fn new(rules: &[DetectorRule], options: EngineOptions) -> Result<Engine, EngineError> {
        let mut words: Vec<String> = Vec::new();
        let mut word_uses: Vec<WordUse> = Vec::new();
        let mut compiled = Vec::with_capacity(rules.len());
        for (index, rule) in rules.iter().enumerate() {
            let fail = |message: String| EngineError::Rule {
                id: rule.id.clone(),
                source_file: rule.source.clone(),
                message,
            };
            let validator: Validator = rule.validator.parse().map_err(fail)?;
            for c in [rule.confidence, rule.context_confidence.unwrap_or(0.0)] {
                if !(0.0..=1.0).contains(&c) {
                    return Err(fail(format!("confidence {c} is outside 0.0–1.0")));
                }
            }
            let regex = RegexBuilder::new(&rule.regex)
                .unicode(false)
                .size_limit(16 << 20)
                .build()
                .map_err(|e| fail(format!("bad regex: {e}")))?;
            let value_group = regex.capture_names().position(|n| n == Some("value"));
            let named_groups = regex
                .capture_names()
                .enumerate()
                .filter_map(|(i, n)| n.filter(|n| *n != "value").map(|n| (i, n.to_string())))
                .collect();
            let roles: [(&[String], fn(&mut WordUse) -> &mut Vec<usize>); 3] = [
                (&rule.keywords, |u| &mut u.keyword_of),
                (&rule.context, |u| &mut u.context_of),
                (&rule.veto, |u| &mut u.veto_of),
            ];
            for (list, role) in roles {
                for word in list {
                    let word = word.trim().to_ascii_lowercase();
                    if word.is_empty() {
                        return Err(fail("empty keyword, context or veto word".into()));
                    }
                    let id = words.iter().position(|w| *w == word).unwrap_or_else(|| {
                        words.push(word);
                        word_uses.push(WordUse::default());
                        words.len() - 1
                    });
                    role(&mut word_uses[id]).push(index);
                }
            }
            compiled.push(Rule {
                id: rule.id.as_str().into(),
                kind: rule.kind,
                description: rule.description.clone(),
                regex,
                value_group,
                named_groups,
                validator,
                has_keywords: !rule.keywords.is_empty(),
                window: rule.window,
                context_window: rule.context_window,
                confidence: rule.confidence,
                context_confidence: rule.context_confidence.unwrap_or(rule.confidence),
            });
        }
        let words = if words.is_empty() {
            None
        } else {
            let ac = AhoCorasick::builder()
                .ascii_case_insensitive(true)
                .match_kind(MatchKind::Standard)
                .build(&words)
                .map_err(|e| EngineError::Rule {
                    id: "(keywords)".into(),
                    source_file: String::new(),
                    message: e.to_string(),
                })?;
            Some(ac)
        };
        Ok(Engine { rules: compiled, words, word_uses, options })
    }

    pub fn rules(&self) -> &[Rule] {
        &self.rules
    }

    /// Every match in `text`, sorted by position, overlaps merged.
    pub fn scan(&self, text: &[u8]) -> Vec<Match> {
        let hits = self.word_hits(text);
        let mut found = Vec::new();
        for (index, rule) in self.rules.iter().enumerate() {
            if rule.has_keywords {
                self.scan_near_keywords(index, rule, text, &hits, &mut found);
            } else {
                self.scan_region(index, rule, text, 0..text.len(), &hits, &mut |m| found.push(m));
            }
        }
        merge_overlaps(found)
    }

    /// Whole-word occurrences of every dictionary word, sorted by start.
    fn word_hits(&self, text: &[u8]) -> Vec<WordHit> {
        let Some(ac) = &self.words else { return Vec::new() };
        let mut hits: Vec<WordHit> = ac
            .find_overlapping_iter(text)
            .filter(|m| is_whole_word(text, m.start(), m.end()))
            .map(|m| WordHit { start: m.start(), end: m.end(), word: m.pattern().as_usize() })
            .collect();
        hits.sort_unstable_by_key(|h| (h.start, h.end));
        hits
    }

    /// A keyword introduces one value: for each keyword, the match nearest to it.
    fn scan_near_keywords(&self, index: usize, rule: &Rule, text: &[u8], hits: &[WordHit], found: &mut Vec<Match>) {
        let mut last: Option<Range<usize>> = None;
        for kw in hits.iter().filter(|h| self.word_uses[h.word].keyword_of.contains(&index)) {
            let region = widen_to_whitespace(text, kw.start.saturating_sub(rule.window), (kw.end + rule.window).min(text.len()));
            let mut nearest: Option<(usize, Match)> = None;
            self.scan_region(index, rule, text, region, hits, &mut |m| {
                let distance = if m.start >= kw.end {
                    m.start - kw.end
                } else {
                    kw.start.saturating_sub(m.end)
                };
                if nearest.as_ref().is_none_or(|(d, _)| distance < *d) {
                    nearest = Some((distance, m));
                }
            });
            if let Some((_, m)) = nearest {
                // Two keywords next to one value ("DOB / date of birth") find it twice.
                if last.as_ref() != Some(&(m.start..m.end)) {
                    last = Some(m.start..m.end);
                    found.push(m);
                }
            }
        }
    }

    fn scan_region(
        &self,
        index: usize,
        rule: &Rule,
        text: &[u8],
        region: Range<usize>,
        hits: &[WordHit],
        emit: &mut dyn FnMut(Match),
    ) {
        let offset = region.start;
        let haystack = &text[region];
        if rule.value_group.is_none() && rule.named_groups.is_empty() {
            for m in rule.regex.find_iter(haystack) {
                self.consider(index, rule, text, offset + m.start()..offset + m.end(), &[], hits, emit);
            }
            return;
        }
        for caps in rule.regex.captures_iter(haystack) {
            let Some(span) = rule.value_group.and_then(|g| caps.get(g)).or_else(|| caps.get(0)) else {
                continue;
            };
            let groups: Vec<(&str, &str)> = rule
                .named_groups
                .iter()
                .filter_map(|(i, name)| {
                    let g = caps.get(*i)?;
                    Some((name.as_str(), std::str::from_utf8(g.as_bytes()).ok()?))
                })
                .collect();
            self.consider(index, rule, text, offset + span.start()..offset + span.end(), &groups, hits, emit);
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn consider(
        &self,
        index: usize,
        rule: &Rule,
        text: &[u8],
        span: Range<usize>,
        groups: &[(&str, &str)],
        hits: &[WordHit],
        emit: &mut dyn FnMut(Match),
    ) {
        // Extracted text is UTF-8; a span cut inside a character is no identifier.
        let Ok(candidate) = std::str::from_utf8(&text[span.clone()]) else { return };
        let near = |uses: fn(&WordUse) -> &Vec<usize>| {
            let lo = span.start.saturating_sub(rule.context_window);
            let hi = span.end + rule.context_window;
            let first = hits.partition_point(|h| h.end < lo);
            hits[first..]
                .iter()
                .take_while(|h| h.start <= hi)
                .any(|h| uses(&self.word_uses[h.word]).contains(&index))
        };
        if near(|u| &u.veto_of) {
            return;
        }
        let candidate = Candidate { text: candidate, groups, today: self.options.today };
        let Some(value) = rule.validator.normalise(&candidate) else { return };
        let confidence = if near(|u| &u.context_of) { rule.context_confidence } else { rule.confidence };
        if confidence >= self.options.min_confidence {
            emit(Match { rule: index, kind: rule.kind, value, confidence, start: span.start, end: span.end });
        }
    }
}

fn is_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b >= 0x80
}

/// True unless the word continues a longer word on either side ("lic" in "public").
fn is_whole_word(text: &[u8], start: usize, end: usize) -> bool {
    let open_left = !is_word_byte(text[start]) || start == 0 || !is_word_byte(text[start - 1]);
    let open_right = !is_word_byte(text[end - 1]) || end == text.len() || !is_word_byte(text[end]);
    open_left && open_right
}

/// Moves a window's edges outwards to whitespace (at most 64 bytes), so a
/// regex never starts or ends inside a token that the window cut.
fn widen_to_whitespace(text: &[u8], mut start: usize, mut end: usize) -> Range<usize> {
    let floor = start.saturating_sub(64);
    while start > floor && !text[start - 1].is_ascii_whitespace() {
        start -= 1;
    }
    let ceiling = (end + 64).min(text.len());
    while end < ceiling && !text[end].is_ascii_whitespace() {
        end += 1;
    }
    start..end
}

/// Sorted by position; of overlapping matches of one kind the more confident
/// (then the longer) stays, and a match inside a more confident match of
/// another kind (the digits of an IBAN that look like a card) is dropped.
fn merge_overlaps(mut found: Vec<Match>) -> Vec<Match> {
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
            if k.start <= m.start && m.end <= k.end && k.confidence >= m.confidence {
                continue 'next;
            }
        }
        kept.push(m);
    }
    kept
}

#[cfg(test)]
mod tests {
    use super::*;

    fn engine() -> Engine {
        let options = EngineOptions { today: Date::new(2026, 11, 23).unwrap(), ..EngineOptions::default() };
        Engine::new(&crate::rules::builtin().unwrap(), options).unwrap()
    }

    fn found(text: &str) -> Vec<(Kind, String)> {
        engine().scan(text.as_bytes()).into_iter().map(|m| (m.kind, m.value)).collect()
    }

    #[test]
    fn whole_words_only() {
        let text = b"the public library";
        assert!(!is_whole_word(text, 6, 9)); // "lic" inside "public"
        assert!(is_whole_word(text, 4, 10));
        assert!(is_whole_word(b"d.o.b.", 0, 6));
    }

    #[test]
    fn keyword_rules_take_the_nearest_value() {
        let got = found("DOB: 14/03/1985, joined 01/09/2015");
        assert_eq!(got, vec![(Kind::DateOfBirth, "1985-03-14".to_string())]);
    }

    #[test]
    fn keyword_rules_stay_silent_without_keyword() {
        assert!(found("Invoice date 14/03/2024, ref 925076473").is_empty());
    }

    #[test]
    fn context_raises_confidence() {
        let e = engine();
        let bare = e.scan(b"ref QQ 12 34 56 C here");
        let ctx = e.scan(b"NI number QQ 12 34 56 C here");
        assert_eq!(bare.len(), 1);
        assert_eq!(ctx.len(), 1);
        assert!(ctx[0].confidence > bare[0].confidence);
    }

    #[test]
    fn weak_structure_needs_context() {
        // Passes mod-11 but is a bare 10-digit number.
        assert!(found("Order 9434765919 shipped").is_empty());
        assert_eq!(found("NHS No 9434765919"), vec![(Kind::NhsNumber, "9434765919".to_string())]);
    }

    #[test]
    fn veto_words_suppress() {
        assert!(found("upgrade to version 1.2.3.4 today").is_empty());
        assert_eq!(found("login from 192.0.2.17"), vec![(Kind::IpAddress, "192.0.2.17".to_string())]);
    }

    #[test]
    fn overlapping_kinds_keep_the_containing_identifier() {
        let got = found("IBAN GB82 WEST 1234 5698 7654 32");
        assert_eq!(got, vec![(Kind::Iban, "GB82WEST12345698765432".to_string())]);
    }

    #[test]
    fn merge_prefers_confident_then_longer() {
        let m = |start, end, confidence| Match { rule: 0, kind: Kind::Phone, value: String::new(), confidence, start, end };
        let merged = merge_overlaps(vec![m(0, 10, 0.6), m(2, 12, 0.9), m(20, 25, 0.6)]);
        assert_eq!(merged.iter().map(|m| (m.start, m.end)).collect::<Vec<_>>(), vec![(2, 12), (20, 25)]);
    }

    #[test]
    fn bad_rules_are_named() {
        let mut rule = crate::rules::builtin().unwrap().remove(0);
        rule.regex = "(".into();
        let err = Engine::new(&[rule.clone()], EngineOptions::default()).err().unwrap().to_string();
        assert!(err.contains(&rule.id) && err.contains("bad regex"), "{err}");
        rule.regex = "a".into();
        rule.validator = "nope".into();
        let err = Engine::new(&[rule], EngineOptions::default()).err().unwrap().to_string();
        assert!(err.contains("unknown validator"), "{err}");
    }
}
