//! A leftmost-longest search for many terms at once, ASCII
//! case-insensitive: the match that starts first, and of those the longest,
//! as the `aho-corasick` crate's `MatchKind::LeftmostLongest` finds it.
//!
//! A DFA built breadth-first: each state's row of transitions is its
//! failure state's row with its own trie edges written over, so the build
//! costs a copy per state and byte class, where the crate's DFA builder
//! follows the failure chain for every byte of every state (BENCHMARKS.md,
//! issue 21, session 22). Leftmost semantics as Aho-Corasick has them: a
//! state that ends a term fails to the dead state, so once a match is
//! pending the search only goes on while a longer one may start as early.

use std::ops::Range;

/// No transition yet, while the trie is built.
const NONE: u32 = u32::MAX;
/// The dead state, row 0: every search that reaches it is over.
const DEAD: u32 = 0;
/// The start state, row 1 of the trie.
const START: u32 = 1;

pub struct LeftmostLongest {
    /// Each byte's class: the bytes no term holds share one, and an ASCII
    /// capital shares its small letter's.
    classes: [u8; 256],
    /// Classes per state.
    stride: usize,
    /// The transitions, a row of `stride` per state, each a state's
    /// offset in this table: the dead state, then the states that match,
    /// then the others, so one comparison tells a state that needs a look.
    table: Vec<u32>,
    start: u32,
    /// The offset of the last state that matches.
    last_match: u32,
    /// Per state that matches (rows 1 to `last_match`'s), its term and the
    /// term's length.
    matches: Vec<(u32, u32)>,
}

impl LeftmostLongest {
    /// The automaton of `terms`, none of them empty; a term's index is
    /// what `find` says of it (of two the same, the first).
    pub fn new<T: AsRef<[u8]>>(terms: &[T]) -> LeftmostLongest {
        assert!(terms.iter().all(|t| !t.as_ref().is_empty()), "an empty term would match everywhere");
        let classes = byte_classes(terms);
        let stride = usize::from(classes.iter().max().copied().unwrap_or(0)) + 1;
        let class = |b: u8| usize::from(classes[usize::from(b)]);

        // The trie: a row per state, NONE where it has no edge.
        let most_states = 2 + terms.iter().map(|t| t.as_ref().len()).sum::<usize>();
        assert!(most_states * stride < NONE as usize, "the table's offsets are u32");
        let mut table = Vec::with_capacity(most_states * stride);
        table.resize(stride, DEAD);
        table.resize(2 * stride, NONE);
        let mut ends = vec![NONE, NONE];
        for (index, term) in terms.iter().enumerate() {
            let mut state = START as usize;
            for &b in term.as_ref() {
                let edge = state * stride + class(b);
                if table[edge] == NONE {
                    table[edge] = ends.len() as u32;
                    ends.push(NONE);
                    table.resize(table.len() + stride, NONE);
                }
                state = table[edge] as usize;
            }
            if ends[state] == NONE {
                ends[state] = index as u32;
            }
        }

        // Breadth-first, so a state's failure state, shallower, is done
        // before it: its missing edges are the failure state's.
        let states = ends.len();
        let mut fail = vec![DEAD; states];
        let mut matched = ends.clone();
        let mut queue = Vec::with_capacity(states);
        queue.push(START);
        let mut fail_row = vec![DEAD; stride];
        let mut done = 0;
        while let Some(&state) = queue.get(done) {
            done += 1;
            if state == START {
                // A byte no term starts with leaves the search at the start.
                fail_row.fill(START);
            } else {
                fail_row.copy_from_slice(&table[fail[state as usize] as usize * stride..][..stride]);
            }
            let row = &mut table[state as usize * stride..][..stride];
            for (&child, &by_failure) in row.iter().zip(&fail_row).filter(|(&child, _)| child != NONE) {
                // A state that ends a term fails to the dead state (a match
                // is pending); one that does not matches what its failure
                // state matches.
                if ends[child as usize] == NONE {
                    fail[child as usize] = by_failure;
                    matched[child as usize] = matched[by_failure as usize];
                }
                queue.push(child);
            }
            for (edge, &by_failure) in row.iter_mut().zip(&fail_row) {
                *edge = if *edge == NONE { by_failure } else { *edge };
            }
        }

        // Renumbered: dead, the states that match, the others.
        let mut order = Vec::with_capacity(states);
        order.push(DEAD);
        order.extend((START..states as u32).filter(|&s| matched[s as usize] != NONE));
        let matching = order.len();
        order.extend((START..states as u32).filter(|&s| matched[s as usize] == NONE));
        let mut offset = vec![0; states];
        for (row, &state) in order.iter().enumerate() {
            offset[state as usize] = (row * stride) as u32;
        }
        let mut renumbered = Vec::with_capacity(states * stride);
        for &state in &order {
            renumbered.extend(table[state as usize * stride..][..stride].iter().map(|&s| offset[s as usize]));
        }
        let matches = order[1..matching]
            .iter()
            .map(|&s| matched[s as usize])
            .map(|index| (index, terms[index as usize].as_ref().len() as u32))
            .collect();
        LeftmostLongest {
            classes,
            stride,
            table: renumbered,
            start: offset[START as usize],
            last_match: ((matching - 1) * stride) as u32,
            matches,
        }
    }

    /// The leftmost-longest term in `hay`: its index and where it is.
    pub fn find(&self, hay: &[u8]) -> Option<(usize, Range<usize>)> {
        let mut state = self.start;
        let mut found = None;
        let mut at = 0;
        while at < hay.len() {
            let stepped;
            (state, stepped) = self.to_special(state, &hay[at..]);
            at += stepped;
            if state == DEAD || state > self.last_match {
                break;
            }
            found = Some((state, at));
        }
        let (state, end) = found?;
        let (index, len) = self.matches[state as usize / self.stride - 1];
        Some((index as usize, end - len as usize..end))
    }

    /// Whether `hay` holds a term.
    pub fn is_match(&self, hay: &[u8]) -> bool {
        self.find(hay).is_some()
    }

    /// Steps from `state` over `bytes` until a state that matches or the
    /// dead one: that state and the bytes stepped, or the last state and
    /// all of them. A loop of its own, out of line, so its state stays in
    /// a register (as `engine::to_special`).
    #[inline(never)]
    fn to_special(&self, mut state: u32, bytes: &[u8]) -> (u32, usize) {
        for (at, &b) in bytes.iter().enumerate() {
            state = self.table[state as usize + usize::from(self.classes[usize::from(b)])];
            if state <= self.last_match {
                return (state, at + 1);
            }
        }
        (state, bytes.len())
    }
}

/// A class per byte some term holds, ASCII letters in either case as one,
/// and class 0 for every other byte.
fn byte_classes<T: AsRef<[u8]>>(terms: &[T]) -> [u8; 256] {
    let mut used = [false; 256];
    for &b in terms.iter().flat_map(|t| t.as_ref()) {
        used[usize::from(b.to_ascii_lowercase())] = true;
    }
    let mut classes = [0; 256];
    let mut next = 0;
    for b in 0..=u8::MAX {
        if used[usize::from(b)] {
            next += 1;
            classes[usize::from(b)] = next;
        }
    }
    for b in b'A'..=b'Z' {
        classes[usize::from(b)] = classes[usize::from(b.to_ascii_lowercase())];
    }
    classes
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(terms: &[&str], hay: &str) -> Option<(usize, String)> {
        LeftmostLongest::new(terms).find(hay.as_bytes()).map(|(index, at)| (index, hay[at].to_string()))
    }

    #[test]
    fn the_earliest_start_wins_then_the_longest() {
        let terms = ["diabetes", "type 2 diabetes", "type 2", "bc", "abcd"];
        assert_eq!(found(&terms, "has Type 2 Diabetes."), Some((1, "Type 2 Diabetes".into())));
        assert_eq!(found(&terms, "has type 2 diabetic"), Some((2, "type 2".into())), "the longer one breaks off");
        assert_eq!(found(&terms, "abcx"), Some((3, "bc".into())), "a term inside a longer one's start");
        assert_eq!(found(&terms, "ABCD"), Some((4, "ABCD".into())));
        assert_eq!(found(&terms, "type 3 diabetes"), Some((0, "diabetes".into())));
        assert_eq!(found(&terms, "type 3 diabete"), None);
        assert_eq!(found(&terms, ""), None);
    }

    #[test]
    fn only_ascii_letters_fold() {
        let terms = ["café", "b_c"];
        assert_eq!(found(&terms, "CAFé"), Some((0, "CAFé".into())));
        assert_eq!(found(&terms, "CAFÉ"), None, "É is not é");
        assert_eq!(found(&terms, "B_C"), Some((1, "B_C".into())));
        assert_eq!(found(&terms, "b c"), None);
    }
}
