//! Prefilters: where in a text a rule's regex can possibly match, so that it
//! runs on a few small regions instead of every byte.
//!
//! The contract: a prefilter may report regions holding no match, but every
//! match lies inside a reported region. It is proved per rule when the rules
//! load, from the regex's syntax tree: if every match must contain a byte of
//! an anchor class (an ASCII digit, `@`) and is at most N bytes long, then
//! every match lies within N bytes of an anchor byte; and if every match
//! holds at least K anchor bytes, a region holding fewer holds no match (a
//! lone digit in a message id or "rota 0" runs no NINO, card or phone rule);
//! a set of rules searched in one pass uses its members' smallest K.

use std::ops::{Range, RangeInclusive};

use regex_automata::Input;
use regex_syntax::hir::literal::{Extractor, Literal};
use regex_syntax::hir::{Class, Hir, HirKind};

use super::cells;

/// A byte class that identifiers contain and ordinary prose rarely does: a
/// range of bytes, so that looking for it is a compare per byte, which the
/// compiler does 32 bytes at a time.
struct Anchor {
    name: &'static str,
    class: RangeInclusive<u8>,
}

const ANCHORS: [Anchor; 2] = [Anchor { name: "digits", class: b'0'..=b'9' }, Anchor { name: "@", class: b'@'..=b'@' }];

pub fn anchor_name(anchor: usize) -> &'static str {
    ANCHORS[anchor].name
}

/// Regions closer than this are searched as one: one longer search is
/// cheaper than many short ones, up to about a line of text. On dense text
/// (one identifier line in two) a wider gap joined every region into one
/// pass over the prose lines between; 48–64 measured best of 0–256
/// (BENCHMARKS.md).
const MERGE_GAP: usize = 64;

/// How a rule's regex is limited to part of the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Trigger {
    /// No anchor proved: search everything.
    Everywhere,
    /// Within `reach` bytes of a run of anchor class `anchor`, in regions
    /// holding at least `fewest` bytes of the class.
    Anchor { anchor: usize, reach: usize, fewest: usize },
}

/// The trigger of a parsed rule regex.
pub fn trigger(hir: &Hir) -> Trigger {
    let Some(reach) = hir.properties().maximum_len() else { return Trigger::Everywhere };
    anchored(hir).map_or(Trigger::Everywhere, |(anchor, fewest)| Trigger::Anchor { anchor, reach, fewest })
}

/// The anchor class every match of `hir` holds bytes of, and the fewest it holds.
fn anchored(hir: &Hir) -> Option<(usize, usize)> {
    ANCHORS.iter().enumerate().map(|(anchor, a)| (anchor, fewest(hir, &a.class))).find(|&(_, fewest)| fewest > 0)
}

/// Whether a rule with `trigger` gains from the regex's own literal
/// prefilter. Not when every literal a match can start with begins with a
/// byte of its anchor class: the rule runs only around runs of that class,
/// where such a prefilter stops at nearly every byte and hands back to the
/// regex. On payroll text the card, NHS number and IPv4 rules (digit-led)
/// searched 2.6–6× slower with it, and no faster on prose.
pub fn prefilter_pays(hir: &Hir, trigger: Trigger) -> bool {
    let Trigger::Anchor { anchor, .. } = trigger else { return true };
    let class = &ANCHORS[anchor].class;
    let led_by_anchor = |literal: &Literal| literal.as_bytes().first().is_some_and(|b| class.contains(b));
    let prefixes = Extractor::new().extract(hir);
    !prefixes.literals().is_some_and(|all| !all.is_empty() && all.iter().all(led_by_anchor))
}

/// The fewest bytes of `class` a match of `hir` can contain (0: a match
/// may hold none).
fn fewest(hir: &Hir, class: &RangeInclusive<u8>) -> usize {
    let in_class = |b: u8| class.contains(&b);
    match hir.kind() {
        HirKind::Empty | HirKind::Look(_) => 0,
        HirKind::Literal(literal) => literal.0.iter().filter(|&&b| in_class(b)).count(),
        HirKind::Class(Class::Bytes(class)) => {
            usize::from(class.ranges().iter().all(|r| (r.start()..=r.end()).all(in_class)))
        }
        HirKind::Class(Class::Unicode(class)) => usize::from(
            class.ranges().iter().all(|r| r.end().is_ascii() && (r.start() as u8..=r.end() as u8).all(in_class)),
        ),
        HirKind::Repetition(rep) => (rep.min as usize).saturating_mul(fewest(&rep.sub, class)),
        HirKind::Capture(capture) => fewest(&capture.sub, class),
        HirKind::Concat(parts) => parts.iter().map(|h| fewest(h, class)).fold(0, usize::saturating_add),
        HirKind::Alternation(alternatives) => alternatives.iter().map(|h| fewest(h, class)).min().unwrap_or(0),
    }
}

/// Whether a match of `hir` can hold a line break.
pub fn spans_lines(hir: &Hir) -> bool {
    match hir.kind() {
        HirKind::Empty | HirKind::Look(_) => false,
        HirKind::Literal(literal) => literal.0.contains(&b'\n'),
        HirKind::Class(Class::Bytes(class)) => class.ranges().iter().any(|r| (r.start()..=r.end()).contains(&b'\n')),
        HirKind::Class(Class::Unicode(class)) => class.ranges().iter().any(|r| (r.start()..=r.end()).contains(&'\n')),
        HirKind::Repetition(rep) => rep.max != Some(0) && spans_lines(&rep.sub),
        HirKind::Capture(capture) => spans_lines(&capture.sub),
        HirKind::Concat(parts) | HirKind::Alternation(parts) => parts.iter().any(spans_lines),
    }
}

/// The runs of each anchor class in one text, found once (when a rule first
/// asks) and shared by every rule that uses them.
#[derive(Default)]
pub struct AnchorRuns {
    runs: [Option<Vec<Range<usize>>>; ANCHORS.len()],
}

impl AnchorRuns {
    /// The merged regions of `text` within `reach` of anchor `anchor` that
    /// hold at least `fewest` of its bytes. (A match lies within `reach` of
    /// its anchor bytes, so in one region, with all of them.)
    pub fn regions(
        &mut self,
        text: &[u8],
        anchor: usize,
        reach: usize,
        fewest: usize,
    ) -> impl Iterator<Item = Range<usize>> + '_ {
        let len = text.len();
        let mut runs = self.runs(text, anchor).iter().peekable();
        std::iter::from_fn(move || loop {
            let run = runs.next()?;
            let mut region = run.start.saturating_sub(reach)..(run.end + reach).min(len);
            let mut held = run.len();
            while let Some(next) = runs.next_if(|next| next.start.saturating_sub(reach) <= region.end + MERGE_GAP) {
                region.end = (next.end + reach).min(len);
                held += next.len();
            }
            if held >= fewest {
                return Some(region);
            }
        })
    }

    /// The runs of anchor `anchor` in `text`.
    fn runs(&mut self, text: &[u8], anchor: usize) -> &[Range<usize>] {
        self.runs[anchor].get_or_insert_with(|| runs_of(text, &ANCHORS[anchor].class))
    }

    /// The regions of `text` within `reach` of anchor `anchor`'s runs, cut
    /// at line breaks, merged within a line, in order, that hold at least
    /// `fewest` of its bytes. A match that holds `fewest` bytes of the
    /// class, no line break, and lies within `reach` of its anchor bytes
    /// lies inside one of them.
    pub fn line_regions(&mut self, text: &[u8], anchor: usize, reach: usize, fewest: usize) -> Vec<Range<usize>> {
        // Each region with the anchor bytes it holds: the runs merged into it.
        let mut regions: Vec<(Range<usize>, usize)> = Vec::new();
        // The line of the last run, its line break excluded: each line's
        // bounds are looked for once, and each byte at most once in all.
        let mut line = 0..0;
        for run in self.runs(text, anchor) {
            if run.start >= line.end {
                line = line_around(text, line.end, run.clone());
            }
            let start = run.start.saturating_sub(reach).max(line.start);
            let end = (run.end + reach).min(line.end);
            match regions.last_mut() {
                Some((last, held)) if last.end >= line.start && start <= last.end + MERGE_GAP => {
                    last.end = last.end.max(end);
                    *held += run.len();
                }
                _ => {
                    if regions.last().is_some_and(|&(_, held)| held < fewest) {
                        regions.pop();
                    }
                    regions.push((start..end, run.len()));
                }
            }
        }
        if regions.last().is_some_and(|&(_, held)| held < fewest) {
            regions.pop();
        }
        regions.into_iter().map(|(region, _)| region).collect()
    }
}

/// The lines of `text` holding `span`, from the first's start to the last's
/// end (its line break excluded); the start looked for no further back
/// than `from`.
fn line_around(text: &[u8], from: usize, span: Range<usize>) -> Range<usize> {
    let start = memchr::memrchr(b'\n', &text[from..span.start]).map_or(from, |i| from + i + 1);
    let end = memchr::memchr(b'\n', &text[span.end..]).map_or(text.len(), |i| span.end + i);
    start..end
}

/// Where a keyword can introduce a match, proved when the rules load: each
/// keyword rule's match holds a byte of its anchor class and lies within the
/// rule's window of the keyword, so a keyword farther than the widest window
/// plus the longest keyword from every byte of those classes introduces
/// none. No keyword holds a line break, so whole lines are searched: a
/// search from a line's start finds what one from the text's start does.
/// A keyword heading a text table's column (`cells::column_below`) takes
/// matches below its window, in rows under it with no blank line between:
/// so a line's table, up to its header (`cells::table_top`), is searched
/// with it.
pub struct KeywordReach {
    anchors: Vec<usize>,
    reach: usize,
}

impl KeywordReach {
    /// The reach of `keywords` serving rules with these regexes and windows;
    /// `None` (search everything) when a rule's match may hold no anchor
    /// byte or a keyword spans lines.
    pub fn of<'k, 'h>(
        keywords: impl Iterator<Item = &'k str>,
        rules: impl Iterator<Item = (&'h Hir, usize)>,
    ) -> Option<KeywordReach> {
        let mut longest = 0;
        for keyword in keywords {
            if keyword.contains('\n') {
                return None;
            }
            longest = longest.max(keyword.len());
        }
        let (mut anchors, mut window) = (Vec::new(), 0);
        for (hir, rule_window) in rules {
            let (anchor, _) = anchored(hir)?;
            anchors.push(anchor);
            window = window.max(rule_window);
        }
        anchors.sort_unstable();
        anchors.dedup();
        Some(KeywordReach { anchors, reach: window + longest })
    }
}

impl AnchorRuns {
    /// The whole lines of `text` a keyword can introduce a match on, merged,
    /// in order.
    pub fn keyword_lines(&mut self, text: &[u8], keywords: &KeywordReach) -> Vec<Range<usize>> {
        let mut near: Vec<Range<usize>> = keywords
            .anchors
            .iter()
            .flat_map(|&a| self.regions(text, a, keywords.reach, 1).collect::<Vec<_>>())
            .collect();
        near.sort_unstable_by_key(|r| r.start);
        let mut lines: Vec<Range<usize>> = Vec::new();
        for r in near {
            let Range { start, end } = line_around(text, 0, r.start..r.end);
            // A table's header is its column's keyword, however far above.
            let start = cells::table_top(text, start, lines.last().map_or(0, |l| l.end));
            match lines.last_mut() {
                Some(last) if start <= last.end => last.end = last.end.max(end),
                _ => lines.push(start..end),
            }
        }
        lines
    }
}

/// Bytes tested at once for a byte of the class.
const BLOCK: usize = 32;

/// The maximal runs of bytes of `class` in `text`, in order. A block with
/// none costs one vector test; only blocks with one are read byte by byte.
fn runs_of(text: &[u8], class: &RangeInclusive<u8>) -> Vec<Range<usize>> {
    let (low, width) = (*class.start(), class.end() - class.start());
    let within = |b: &u8| b.wrapping_sub(low) <= width;
    let mut runs = Vec::new();
    let mut at = 0;
    loop {
        while let Some(block) = text[at..].first_chunk::<BLOCK>() {
            if block.iter().fold(false, |any, b| any | within(b)) {
                break;
            }
            at += BLOCK;
        }
        let Some(start) = text[at..].iter().position(within).map(|n| at + n) else { return runs };
        let end = text[start..].iter().position(|b| !within(b)).map_or(text.len(), |n| start + n);
        runs.push(start..end);
        at = end;
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
        assert_eq!(digits(r"\b[A-Z]{2} ?\d{6}[A-D]\b"), Trigger::Anchor { anchor: 0, reach: 10, fewest: 6 });
        assert_eq!(digits(r"(?:\d{3}|x\d)-"), Trigger::Anchor { anchor: 0, reach: 4, fewest: 1 });
        assert_eq!(digits(r"(?:\d{2}[ -]?){3}\d?"), Trigger::Anchor { anchor: 0, reach: 10, fewest: 6 });
        assert_eq!(digits(r"[a-z]+@[a-z]{1,5}"), Trigger::Everywhere); // unbounded
        assert_eq!(digits(r"[a-z]{1,9}@[a-z]{1,5}"), Trigger::Anchor { anchor: 1, reach: 15, fewest: 1 });
        assert_eq!(digits(r"\d{3}|abc"), Trigger::Everywhere); // one alternative has no digit
        assert_eq!(digits(r"\d?x"), Trigger::Everywhere); // optional digit
        assert_eq!(digits(r"[0-9a-f]{4}"), Trigger::Everywhere); // hex need not hold a digit
    }

    #[test]
    fn prefilter_only_when_matches_can_start_off_the_anchor() {
        let pays = |p: &str| prefilter_pays(&parse(p), trigger(&parse(p)));
        assert!(!pays(r"\b\d{3}[ -]\d{3}[ -]\d{4}\b")); // every start a digit
        assert!(!pays(r"\b(?:\d{1,3}\.){3}\d{1,3}\b"));
        assert!(pays(r"\+[1-9]\d{0,2}(?:[ -]?\d{1,4}){2,6}\b")); // starts with "+"
        assert!(pays(r"(?:\+44 ?|\b0)\d{10}")); // "+44" or "0"
        assert!(pays(r"(?i)\b[A-Z]{2}\d{6}[A-D]\b")); // letters
        assert!(pays(r"[a-z]+@[a-z]{1,5}")); // searched everywhere
    }

    #[test]
    fn regions_cover_reach_around_runs_and_merge() {
        let mut text = vec![b'x'; 2000];
        text[100] = b'1';
        text[101] = b'2';
        let (near, far) = (112 + MERGE_GAP / 2, 112 + MERGE_GAP / 2 + MERGE_GAP + 30);
        text[near] = b'3'; // within MERGE_GAP of the first region
        text[far] = b'5'; // beyond it
        text[1500] = b'4';
        let mut runs = AnchorRuns::default();
        let mut regions = |reach, fewest| runs.regions(&text, 0, reach, fewest).collect::<Vec<_>>();
        assert_eq!(regions(10, 1), vec![90..near + 11, far - 10..far + 11, 1490..1511]);
        assert_eq!(regions(1000, 1), vec![0..2000]);
        // Only regions holding enough digits: three in the first, one in the others.
        assert_eq!(regions(10, 2), vec![90..near + 11]);
        assert!(regions(10, 4).is_empty());
        assert_eq!(regions(1000, 5), vec![0..2000]);
    }

    #[test]
    fn proves_whether_a_match_can_hold_a_line_break() {
        let spans = |p: &str| spans_lines(&parse(p));
        assert!(!spans(r"\b\d{3}[ -]\d{3}[ -]\d{4}\b"));
        assert!(!spans(r"(?i)doc[ _]no[^\d\n]{0,20}?\d{9}"));
        assert!(spans(r"\d{6}[^\d]{0,60}?\d{8}")); // a negated class holds it
        assert!(spans(r"\d{2}\s\d{2}"));
        assert!(spans("\\d\n\\d"));
        assert!(!spans(r"\d(?:\n){0}\d")); // repeated no times
    }

    #[test]
    fn line_regions_cover_reach_within_lines() {
        let text = b"abc 12 defghij\nklm 3 n\n\nxxxxxxxxxxxxxxxxxxxxxxxxxxxx 4 yyyyyyyyyyyyyyyyyy 5 zz\n6";
        let mut runs = AnchorRuns::default();
        let regions = runs.line_regions(text, 0, 3, 1);
        let at = |s: &str| text.windows(s.len()).position(|w| w == s.as_bytes()).unwrap();
        let (four, five) = (at("4"), at("5"));
        assert_eq!(
            regions,
            vec![1..9, 16..22, four - 3..five + 4, text.len() - 1..text.len()],
            "reach on each side, cut at line breaks, runs within a line merged across the gap"
        );
        let far: Vec<u8> = [&b"1"[..], &[b'x'; MERGE_GAP + 10], b"2"].concat();
        assert_eq!(AnchorRuns::default().line_regions(&far, 0, 2, 1), vec![0..3, far.len() - 3..far.len()]);
        assert!(AnchorRuns::default().line_regions(b"no digits\n", 0, 5, 1).is_empty());
        // Only regions holding enough digits: "12" and the merged "4 … 5" hold two.
        assert_eq!(AnchorRuns::default().line_regions(text, 0, 3, 2), vec![1..9, four - 3..five + 4]);
        assert!(AnchorRuns::default().line_regions(text, 0, 3, 3).is_empty());
    }

    #[test]
    fn keywords_reach_the_lines_near_their_rules_anchors() {
        let (date, mail) = (parse(r"(?i)\d{1,2} [a-z]+ \d{4}"), parse(r"[a-z]{1,9}@[a-z]{1,5}"));
        // An unbounded match still holds a digit: the reach needs no length.
        let reach = KeywordReach::of(["born", "date of birth"].into_iter(), [(&date, 40), (&mail, 10)].into_iter());
        let reach = reach.unwrap();
        assert_eq!((reach.anchors.as_slice(), reach.reach), (&[0, 1][..], 40 + "date of birth".len()));
        assert!(KeywordReach::of(["born"].into_iter(), [(&parse(r"[a-z]+ \d?"), 40)].into_iter()).is_none());
        assert!(KeywordReach::of(["date of\nbirth"].into_iter(), [(&date, 40)].into_iter()).is_none());

        // Whole lines, merged: the digit's line, those within reach, none beyond.
        let line = "x".repeat(99);
        let mut text = [line.as_str(); 8].join("\n");
        text.replace_range(250..251, "7");
        text.replace_range(720..721, "@");
        let reach = KeywordReach { anchors: vec![0, 1], reach: 60 };
        let lines = AnchorRuns::default().keyword_lines(text.as_bytes(), &reach);
        assert_eq!(lines, vec![100..399, 600..799]);
        assert!(AnchorRuns::default().keyword_lines(line.as_bytes(), &reach).is_empty());
    }

    #[test]
    fn runs_are_those_a_regex_finds() {
        // Runs at the start and the end, across block edges, one block long,
        // blocks of none between; every length of text up to three blocks.
        let syntax = regex_automata::util::syntax::Config::new().unicode(false).utf8(false);
        let mut seed = 0x9e37_79b9_u32;
        let mut text: Vec<u8> = (0..4 * BLOCK + 7)
            .map(|i| {
                seed ^= seed << 13;
                seed ^= seed >> 17;
                seed ^= seed << 5;
                match (i / BLOCK) % 2 {
                    0 => b"0123456789@x@@ -"[seed as usize % 16],
                    _ => b'x',
                }
            })
            .collect();
        text.extend(b"1234567890123456789012345678901234567890@");
        for anchor in ANCHORS {
            let regex = regex_automata::meta::Regex::builder()
                .syntax(syntax)
                .build(&format!("[{}-{}]+", *anchor.class.start() as char, *anchor.class.end() as char))
                .unwrap();
            for len in 0..=text.len() {
                let text = &text[..len];
                let want: Vec<_> = regex.find_iter(text).map(|m| m.range()).collect();
                assert_eq!(runs_of(text, &anchor.class), want, "{} in {len} bytes", anchor.name);
            }
        }
    }
}
