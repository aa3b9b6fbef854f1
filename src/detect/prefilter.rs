//! Prefilters: where in a text a rule's regex can possibly match, so that it
//! runs on a few small regions instead of every byte.
//!
//! The contract: a prefilter may report regions holding no match, but every
//! match lies inside a reported region. It is proved per rule when the rules
//! load, from the regex's syntax tree: if every match must contain a byte of
//! an anchor class (an ASCII digit, `@`) and is at most N bytes long, then
//! every match lies within N bytes of an anchor byte.

use std::ops::Range;

use regex_automata::{meta, Input};
use regex_syntax::hir::{Class, Hir, HirKind};

/// A byte class that identifiers contain and ordinary prose rarely does.
struct Anchor {
    name: &'static str,
    /// Finds runs of the class.
    pattern: &'static str,
    contains: fn(u8) -> bool,
}

const ANCHORS: [Anchor; 2] = [
    Anchor { name: "digits", pattern: "[0-9]+", contains: |b| b.is_ascii_digit() },
    Anchor { name: "@", pattern: "@+", contains: |b| b == b'@' },
];

pub fn anchor_name(anchor: usize) -> &'static str {
    ANCHORS[anchor].name
}

/// Regions closer than this are searched as one: one longer search is
/// cheaper than many short ones.
const MERGE_GAP: usize = 256;

/// How a rule's regex is limited to part of the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Trigger {
    /// No anchor proved: search everything.
    Everywhere,
    /// Within `reach` bytes of a run of anchor class `anchor`.
    Anchor { anchor: usize, reach: usize },
}

/// The trigger of a parsed rule regex.
pub fn trigger(hir: &Hir) -> Trigger {
    let Some(reach) = hir.properties().maximum_len() else { return Trigger::Everywhere };
    ANCHORS
        .iter()
        .position(|a| always_contains(hir, a.contains))
        .map_or(Trigger::Everywhere, |anchor| Trigger::Anchor { anchor, reach })
}

/// True when every match of `hir` contains a byte for which `in_class` holds.
fn always_contains(hir: &Hir, in_class: fn(u8) -> bool) -> bool {
    match hir.kind() {
        HirKind::Empty | HirKind::Look(_) => false,
        HirKind::Literal(literal) => literal.0.iter().any(|&b| in_class(b)),
        HirKind::Class(Class::Bytes(class)) => class.ranges().iter().all(|r| (r.start()..=r.end()).all(in_class)),
        HirKind::Class(Class::Unicode(class)) => {
            class.ranges().iter().all(|r| r.end().is_ascii() && (r.start() as u8..=r.end() as u8).all(in_class))
        }
        HirKind::Repetition(rep) => rep.min >= 1 && always_contains(&rep.sub, in_class),
        HirKind::Capture(capture) => always_contains(&capture.sub, in_class),
        HirKind::Concat(parts) => parts.iter().any(|h| always_contains(h, in_class)),
        HirKind::Alternation(alternatives) => alternatives.iter().all(|h| always_contains(h, in_class)),
    }
}

/// The runs of each anchor class in one text, found once and shared by
/// every rule that uses them.
pub struct AnchorRuns {
    runs: Vec<Option<Vec<Range<usize>>>>,
}

/// The compiled anchor finders.
pub struct Anchors {
    finders: Vec<meta::Regex>,
}

impl Anchors {
    pub fn new(syntax: regex_automata::util::syntax::Config) -> Anchors {
        let finders = ANCHORS
            .iter()
            .map(|a| meta::Regex::builder().syntax(syntax).build(a.pattern).expect("static anchor pattern"))
            .collect();
        Anchors { finders }
    }

    pub fn runs(&self) -> AnchorRuns {
        AnchorRuns { runs: vec![None; self.finders.len()] }
    }

    /// The merged regions of `text` within `reach` of anchor `anchor`.
    pub fn regions(&self, cache: &mut AnchorRuns, text: &[u8], anchor: usize, reach: usize) -> Vec<Range<usize>> {
        let runs =
            cache.runs[anchor].get_or_insert_with(|| self.finders[anchor].find_iter(text).map(|m| m.range()).collect());
        let mut regions: Vec<Range<usize>> = Vec::new();
        for run in runs.iter() {
            let region = run.start.saturating_sub(reach)..(run.end + reach).min(text.len());
            match regions.last_mut() {
                Some(last) if region.start <= last.end + MERGE_GAP => last.end = region.end,
                _ => regions.push(region),
            }
        }
        regions
    }
}

/// `input` limited to `region`: look-around still sees the bytes outside it.
pub fn within<'h>(text: &'h [u8], region: Range<usize>) -> Input<'h> {
    Input::new(text).range(region)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(pattern: &str) -> Hir {
        regex_syntax::ParserBuilder::new().unicode(false).utf8(false).build().parse(pattern).unwrap()
    }

    #[test]
    fn proves_anchors_only_when_every_match_has_one() {
        let digits = |p: &str| trigger(&parse(p));
        assert_eq!(digits(r"\b[A-Z]{2} ?\d{6}[A-D]\b"), Trigger::Anchor { anchor: 0, reach: 10 });
        assert_eq!(digits(r"(?:\d{3}|x\d)-"), Trigger::Anchor { anchor: 0, reach: 4 });
        assert_eq!(digits(r"[a-z]+@[a-z]{1,5}"), Trigger::Everywhere); // unbounded
        assert_eq!(digits(r"[a-z]{1,9}@[a-z]{1,5}"), Trigger::Anchor { anchor: 1, reach: 15 });
        assert_eq!(digits(r"\d{3}|abc"), Trigger::Everywhere); // one alternative has no digit
        assert_eq!(digits(r"\d?x"), Trigger::Everywhere); // optional digit
        assert_eq!(digits(r"[0-9a-f]{4}"), Trigger::Everywhere); // hex need not hold a digit
    }

    #[test]
    fn regions_cover_reach_around_runs_and_merge() {
        let syntax = regex_automata::util::syntax::Config::new().unicode(false).utf8(false);
        let anchors = Anchors::new(syntax);
        let mut text = vec![b'x'; 2000];
        text[100] = b'1';
        text[101] = b'2';
        text[300] = b'3';
        text[1500] = b'4';
        let mut runs = anchors.runs();
        assert_eq!(anchors.regions(&mut runs, &text, 0, 10), vec![90..311, 1490..1511]);
        assert_eq!(anchors.regions(&mut runs, &text, 0, 1000), vec![0..2000]);
    }
}
