//! Special-category terms (UK GDPR Art. 9, and criminal-offence data under
//! Art. 10): one lexicon per category (`rules/special_category.toml`),
//! matched as whole words, ASCII case-insensitively, in one Aho-Corasick
//! search (leftmost-longest, so "type 2 diabetes" wins over "diabetes", and
//! "fingerprint" is still found in "fingerprint templates").
//!
//! A term counts only when it is about a person: a name or an identifier
//! in the same sentence or table row, or within `SUBJECT_REACH` bytes
//! before it — records, forms and letters name their person first ("Dear
//! Priya", "SURNAME: …") and give the details after, while a policy names
//! its owner or contact after what it says. A policy that lists
//! "health, religious belief and trade union membership" names no one, so it
//! yields nothing; lexicons hold terms that reveal a value ("type 2
//! diabetes", "UNISON"), not the names of the categories.

use std::ops::Range;
use std::sync::Arc;

use aho_corasick::{AhoCorasick, AhoCorasickKind, Input, MatchKind};
use serde::Deserialize;

use super::engine::whole_words;
use super::{Category, Evidence, Kind, Match};

/// How far from a term its subject may be: a record's header and its table.
const SUBJECT_REACH: usize = 600;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Lexicons {
    pub category: Vec<Lexicon>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Lexicon {
    pub name: Category,
    pub terms: Vec<String>,
}

pub struct SpecialDetector {
    terms: AhoCorasick,
    categories: Vec<Category>,
    id: Arc<str>,
}

impl SpecialDetector {
    pub fn new(lexicons: &Lexicons) -> Result<SpecialDetector, aho_corasick::BuildError> {
        let terms: Vec<(String, Category)> =
            lexicons.category.iter().flat_map(|l| l.terms.iter().map(move |t| (t.to_lowercase(), l.name))).collect();
        let searcher = AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::LeftmostLongest)
            .kind(Some(AhoCorasickKind::DFA))
            .build(terms.iter().map(|(t, _)| t))?;
        let categories = terms.into_iter().map(|(_, c)| c).collect();
        Ok(SpecialDetector { terms: searcher, categories, id: "special_category".into() })
    }

    /// What `dpscan rules` says of it: its id and its terms per category.
    pub fn describe(&self) -> (&str, String) {
        let mut counts: std::collections::BTreeMap<Category, usize> = Default::default();
        for category in &self.categories {
            *counts.entry(*category).or_default() += 1;
        }
        let counts: Vec<String> = counts.iter().map(|(c, n)| format!("{} {n}", c.as_str())).collect();
        (&self.id, format!("terms about a person: {}", counts.join(", ")))
    }

    /// Terms about a person: `people` are the spans of the text's matches
    /// that can name one (the engine's choice: names and identifiers, not a
    /// team's mailbox). Terms are looked for only within reach of one.
    pub fn scan(&self, text: &str, mut people: Vec<Range<usize>>, found: &mut Vec<Match>) {
        let bytes = text.as_bytes();
        people.sort_by_key(|p| p.start);
        let mut regions: Vec<Range<usize>> = Vec::new();
        for p in &people {
            let region = p.start.saturating_sub(SUBJECT_REACH)..(p.end + SUBJECT_REACH).min(bytes.len());
            match regions.last_mut() {
                Some(last) if region.start <= last.end => last.end = last.end.max(region.end),
                _ => regions.push(region),
            }
        }
        for region in regions {
            self.scan_region(text, region, &people, found);
        }
    }

    /// `people`: the subjects' spans, sorted by start.
    fn scan_region(&self, text: &str, region: Range<usize>, people: &[Range<usize>], found: &mut Vec<Match>) {
        let bytes = text.as_bytes();
        let find =
            |r: Range<usize>| self.terms.find(Input::new(bytes).range(r)).map(|m| (m.pattern().as_usize(), m.range()));
        for (pattern, m) in whole_words(bytes, region, find) {
            let sentence = sentence(bytes, m.start);
            let reach = m.start.saturating_sub(SUBJECT_REACH);
            // Only the people who start between the earlier of the two
            // bounds and the later of the two ends can count.
            let first = people.partition_point(|p| p.start < sentence.start.min(reach));
            let near = people[first..].iter().take_while(|p| p.start < sentence.end.max(m.start));
            let same_sentence = near.clone().any(|p| p.start >= sentence.start && p.end <= sentence.end);
            let named_before = near.clone().any(|p| p.start >= reach && p.end <= m.start);
            let evidence = match (same_sentence, named_before) {
                (true, _) => Evidence::LEXICON.with(Evidence::SUBJECT_NEAR),
                (false, true) => Evidence::LEXICON.with(Evidence::SUBJECT_BEFORE),
                (false, false) => continue,
            };
            found.push(Match {
                detector: self.id.clone(),
                kind: Kind::SpecialCategory,
                category: Some(self.categories[pattern]),
                value: text[m.start..m.end].to_lowercase(),
                confidence: 0.8,
                evidence,
                start: m.start,
                end: m.end,
            });
        }
    }
}

/// The sentence or table row around `at`: from after the previous line
/// break or sentence end (`.`, `!` or `?` before a space) to the next,
/// looked for no further than `SUBJECT_REACH` either way, so a unit without
/// either costs no more than the reach per term. A heading — a line that
/// opens a paragraph, with no sentence end, cell or field in it
/// ("Occupational Health Referral") — reaches over the fields it heads.
fn sentence(text: &[u8], at: usize) -> Range<usize> {
    let end_of = |w: &[u8]| w[0] == b'\n' || (matches!(w[0], b'.' | b'!' | b'?') && w[1].is_ascii_whitespace());
    let (lo, hi) = (at.saturating_sub(SUBJECT_REACH), (at + SUBJECT_REACH).min(text.len()));
    let start = text[lo..at].windows(2).rposition(end_of).map_or(lo, |i| lo + i + 1);
    let end = text[at..hi].windows(2).position(end_of).map_or(hi, |i| at + i + 1);
    let opens_paragraph = start == 0 || (start >= 2 && text[start - 2] == b'\n' && text[start - 1] == b'\n');
    let line = &text[start..end];
    let heading = opens_paragraph
        && line.ends_with(b"\n")
        && !line.iter().any(|b| matches!(b, b'\t' | b':' | b'.' | b',' | b';'));
    if heading {
        let mut block_end = end;
        for line in text[end..hi].split_inclusive(|&b| b == b'\n') {
            let body = line.trim_ascii();
            if body.is_empty() || reads_as_prose(body) {
                break;
            }
            block_end += line.len();
        }
        return start..block_end;
    }
    start..end
}

/// A line of running text rather than a field ("Employee: …"): it ends a
/// sentence or runs to eight words or more. A heading reaches over the
/// fields under it, not over the prose after them, where a policy's title
/// would reach the owner named at its end.
fn reads_as_prose(line: &[u8]) -> bool {
    line.ends_with(b".")
        || line.ends_with(b"!")
        || line.ends_with(b"?")
        || line.split(|b| b.is_ascii_whitespace()).filter(|w| !w.is_empty()).count() >= 8
}

#[cfg(test)]
mod tests {
    use super::*;

    fn detector() -> SpecialDetector {
        let lexicons: Lexicons = toml::from_str(
            "[[category]]\nname = 'health'\nterms = ['diabetes', 'fit note']\n\
             [[category]]\nname = 'trade_union'\nterms = ['unison']\n",
        )
        .unwrap();
        SpecialDetector::new(&lexicons).unwrap()
    }

    fn subject(start: usize, end: usize) -> Range<usize> {
        start..end
    }

    #[test]
    fn terms_count_about_someone_in_the_sentence_or_named_before() {
        let values = |text: &str, subjects: &[Range<usize>]| {
            let mut found = Vec::new();
            detector().scan(text, subjects.to_vec(), &mut found);
            found.into_iter().map(|m| m.value).collect::<Vec<_>>()
        };
        // Jane Smith is named before the fit note.
        assert_eq!(values("Jane Smith\n\nsent a fit note.", &[subject(0, 10)]), ["fit note"]);
        // The policy's terms are about no one: its owner Tom is named after
        // them, in another sentence; the last "unison" comes after Tom.
        let text = "Policy: diabetes and UNISON. Owner: Tom\n\nUNISON too.";
        let owner = text.find("Tom").unwrap();
        assert_eq!(values(text, &[subject(owner, owner + 3)]), ["unison"]);
        let row = "Name: Tom Example\tCondition: diabetes\nName: Ann Example\tUnion: UNISON";
        let ann = row.find("Ann").unwrap();
        let mut found = Vec::new();
        detector().scan(row, vec![subject(6, 17), subject(ann, ann + 11)], &mut found);
        assert_eq!(found.len(), 2, "a term in a person's row is theirs");
        let form = "Fit note\nEmployee: Tom Example";
        assert_eq!(values(form, &[subject(19, 30)]), ["fit note"], "a heading is about the record it heads");
        let mut found = Vec::new();
        detector().scan("Policy: diabetes is recorded.\n\nOwner: Tom", vec![subject(38, 41)], &mut found);
        assert!(found.is_empty(), "a name after the text is its owner, not its subject");
        let form = "Fit note\nEmployee: Tom Example\nDepartment: Estates";
        assert_eq!(values(form, &[subject(19, 30)]), ["fit note"], "a heading reaches over its fields");
        let policy = "Fit notes and diabetes\nStaff send a fit note to their manager.\nOwner: Tom Example";
        let owner = policy.find("Tom").unwrap();
        assert!(values(policy, &[subject(owner, owner + 11)]).is_empty(), "a title does not reach past prose");
    }

    #[test]
    fn whole_words_only() {
        let mut found = Vec::new();
        detector().scan("Jane: prediabetesx", vec![subject(0, 4)], &mut found);
        assert!(found.is_empty());
    }

    #[test]
    fn a_longer_term_cut_by_a_word_falls_back_to_a_shorter_one() {
        let lexicons: Lexicons = toml::from_str(
            "[[category]]\nname = 'biometric'\nterms = ['fingerprint', 'fingerprint template', 'face scan']\n\
             [[category]]\nname = 'health'\nterms = ['scanxiety']\n",
        )
        .unwrap();
        let special = SpecialDetector::new(&lexicons).unwrap();
        let mut found = Vec::new();
        let text = "Jane: two fingerprint templates; a face scanxiety; fingerprint template.";
        special.scan(text, vec![subject(0, 4)], &mut found);
        let got: Vec<&str> = found.iter().map(|m| m.value.as_str()).collect();
        // "face scan" is cut by "scanxiety", which starts inside it.
        assert_eq!(got, ["fingerprint", "scanxiety", "fingerprint template"]);
    }
}
