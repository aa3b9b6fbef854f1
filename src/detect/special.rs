//! Special-category terms (UK GDPR Art. 9, and criminal-offence data under
//! Art. 10): one lexicon per category (`rules/special_category.toml`),
//! matched as whole words, case-insensitively, in one multi-pattern search
//! (longest terms first, so "type 2 diabetes" wins over "diabetes").
//!
//! A term counts only when it is about a person: a name or an identifier
//! within `SUBJECT_REACH` bytes, in the same paragraph (text between blank
//! lines) or in an earlier one — records, forms and letters name their
//! person first ("Dear Priya", "SURNAME: …") and give the details after,
//! while a policy names its owner or contact at the end. A policy that lists
//! "health, religious belief and trade union membership" names no one, so it
//! yields nothing; lexicons hold terms that reveal a value ("type 2
//! diabetes", "UNISON"), not the names of the categories.

use std::ops::Range;
use std::sync::Arc;

use regex_automata::{meta, Input};
use serde::Deserialize;

use super::engine::is_whole_word;
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
    terms: meta::Regex,
    categories: Vec<Category>,
    id: Arc<str>,
}

impl SpecialDetector {
    pub fn new(lexicons: &Lexicons) -> Result<SpecialDetector, Box<regex_automata::meta::BuildError>> {
        let mut terms: Vec<(String, Category)> =
            lexicons.category.iter().flat_map(|l| l.terms.iter().map(move |t| (t.to_lowercase(), l.name))).collect();
        terms.sort_by(|a, b| b.0.len().cmp(&a.0.len()).then_with(|| a.0.cmp(&b.0)));
        let patterns: Vec<String> = terms.iter().map(|(t, _)| format!("(?i){}", regex_syntax::escape(t))).collect();
        let regex = meta::Regex::builder()
            .syntax(regex_automata::util::syntax::Config::new().unicode(false).utf8(false))
            .build_many(&patterns)
            .map_err(Box::new)?;
        let categories = terms.into_iter().map(|(_, c)| c).collect();
        Ok(SpecialDetector { terms: regex, categories, id: "special_category".into() })
    }

    /// Terms about a person: `subjects` are the other matches of the text,
    /// sorted by position. Terms are looked for only within reach of one.
    pub fn scan(&self, text: &str, subjects: &[Match], found: &mut Vec<Match>) {
        let bytes = text.as_bytes();
        let mut regions: Vec<Range<usize>> = Vec::new();
        for s in subjects.iter().filter(|s| s.kind != Kind::SpecialCategory) {
            let region = s.start.saturating_sub(SUBJECT_REACH)..(s.end + SUBJECT_REACH).min(bytes.len());
            match regions.last_mut() {
                Some(last) if region.start <= last.end => last.end = last.end.max(region.end),
                _ => regions.push(region),
            }
        }
        for region in regions {
            self.scan_region(text, region, subjects, found);
        }
    }

    fn scan_region(&self, text: &str, region: Range<usize>, subjects: &[Match], found: &mut Vec<Match>) {
        let bytes = text.as_bytes();
        for m in self.terms.find_iter(Input::new(bytes).range(region)) {
            if !is_whole_word(bytes, m.start(), m.end()) {
                continue;
            }
            let paragraph = paragraph(bytes, m.start());
            let reach = m.start().saturating_sub(SUBJECT_REACH);
            let people = subjects.iter().filter(|s| s.kind != Kind::SpecialCategory);
            let same_paragraph = people.clone().any(|s| s.start >= paragraph.start && s.end <= paragraph.end);
            let named_before = people.clone().any(|s| s.start >= reach && s.end <= m.start());
            let evidence = match (same_paragraph, named_before) {
                (true, _) => Evidence::LEXICON.with(Evidence::SUBJECT_NEAR),
                (false, true) => Evidence::LEXICON.with(Evidence::SUBJECT_BEFORE),
                (false, false) => continue,
            };
            found.push(Match {
                detector: self.id.clone(),
                kind: Kind::SpecialCategory,
                category: Some(self.categories[m.pattern().as_usize()]),
                value: text[m.start()..m.end()].to_lowercase(),
                confidence: 0.8,
                evidence,
                start: m.start(),
                end: m.end(),
            });
        }
    }
}

/// The paragraph around `at`, from after the previous blank line to the
/// next, looked for no further than `SUBJECT_REACH` either way: a subject
/// farther off does not count, and a unit without blank lines costs no more
/// than the reach per term.
fn paragraph(text: &[u8], at: usize) -> Range<usize> {
    let blank = |w: &[u8]| w == b"\n\n" || w == b"\n\r";
    let (lo, hi) = (at.saturating_sub(SUBJECT_REACH), (at + SUBJECT_REACH).min(text.len()));
    let start = text[lo..at].windows(2).rposition(blank).map_or(lo, |i| lo + i + 2);
    let end = text[at..hi].windows(2).position(blank).map_or(hi, |i| at + i);
    start..end
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

    fn subject(start: usize, end: usize) -> Match {
        Match {
            detector: "n".into(),
            kind: Kind::PersonName,
            category: None,
            value: String::new(),
            confidence: 0.8,
            evidence: Evidence::default(),
            start,
            end,
        }
    }

    #[test]
    fn terms_count_about_someone_in_the_paragraph_or_named_before() {
        let text = "Jane Smith\n\nsent a fit note.\n\nPolicy: diabetes and UNISON. Owner: Tom\n\nUNISON too.";
        let owner = text.find("Tom").unwrap();
        let mut found = Vec::new();
        detector().scan(text, &[subject(0, 10), subject(owner, owner + 3)], &mut found);
        let got: Vec<&str> = found.iter().map(|m| m.value.as_str()).collect();
        // "fit note": Jane Smith, the paragraph before; the policy's terms:
        // Tom, in their paragraph; the last "unison": Tom, before it.
        assert_eq!(got, ["fit note", "diabetes", "unison", "unison"]);
        let mut found = Vec::new();
        detector().scan("Policy: diabetes is recorded.\n\nOwner: Tom", &[subject(38, 41)], &mut found);
        assert!(found.is_empty(), "a name after the text is its owner, not its subject");
    }

    #[test]
    fn whole_words_only() {
        let mut found = Vec::new();
        detector().scan("Jane: prediabetesx", &[subject(0, 4)], &mut found);
        assert!(found.is_empty());
    }
}
