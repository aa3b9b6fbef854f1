//! Words as the search index sees them, the same at indexing and at query
//! time: runs of letters and digits, case-folded and accent-folded (Zoë =
//! Zoe), with an apostrophe or hyphen inside a word dropped so O’Neill =
//! O'Neill = ONeill and Whitfield-Jones is one word. Each word is kept in
//! the inventory only as a keyed digest (`WordDigest`), written as a short
//! token for SQLite's full-text index.

use std::ops::Range;

use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

use super::digest::DigestKey;

/// A word's keyed digest: 60 bits, as twelve base-32 letters and digits.
/// Short on purpose: a collision can only add a candidate, and every hit is
/// checked against the source's text when its snippet is made.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct WordDigest(u64);

/// The length of a digest's token (`WordDigest::token`).
pub const TOKEN_LEN: usize = 12;
const ALPHABET: &[u8; 32] = b"abcdefghijklmnopqrstuvwxyz234567";

impl WordDigest {
    pub fn of(key: &DigestKey, folded: &str) -> WordDigest {
        WordDigest(key.word(folded) >> 4)
    }

    /// The digest as the full-text index stores it.
    pub fn token(self) -> [u8; TOKEN_LEN] {
        std::array::from_fn(|i| ALPHABET[(self.0 >> (5 * (TOKEN_LEN - 1 - i)) & 31) as usize])
    }

    pub fn token_str(self) -> String {
        String::from_utf8_lossy(&self.token()).into_owned()
    }

    /// The digest as a number (60 bits), as a database column keeps it.
    pub fn bits(self) -> u64 {
        self.0
    }

    pub fn from_bits(bits: u64) -> WordDigest {
        WordDigest(bits)
    }
}

fn apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | 'ʼ' | '‘')
}

fn joins(c: char) -> bool {
    apostrophe(c) || matches!(c, '-' | '‐' | '‑')
}

/// Whether `rest` is a possessive ending: "s" and no more of the word.
fn possessive(rest: &str) -> bool {
    let mut after = rest.chars();
    matches!(after.next(), Some('s' | 'S')) && !after.next().is_some_and(char::is_alphanumeric)
}

/// Calls `visit` with each word of `text`, in order: where it is written,
/// and its folded form.
pub fn for_each_word(text: &str, mut visit: impl FnMut(Range<usize>, &str)) {
    let mut folded = String::new();
    let mut chars = text.char_indices().peekable();
    while let Some((start, first)) = chars.find(|(_, c)| c.is_alphanumeric()) {
        folded.clear();
        fold_into(first, &mut folded);
        let mut end = start + first.len_utf8();
        while let Some(&(at, c)) = chars.peek() {
            let rest = &text[at + c.len_utf8()..];
            if c.is_alphanumeric() {
                fold_into(c, &mut folded);
            } else if is_combining_mark(c) {
                // an accent written apart from its letter: folded away
            } else if apostrophe(c) && possessive(rest) {
                chars.next();
                chars.next(); // Smith's is Smith
                break;
            } else if !(joins(c) && rest.chars().next().is_some_and(char::is_alphanumeric)) {
                break;
            } // else dropped: O'Neill, Whitfield-Jones
            end = at + c.len_utf8();
            chars.next();
        }
        visit(start..end, &folded);
    }
}

/// The folded words of `text`, in order.
pub fn folded(text: &str) -> Vec<String> {
    let mut words = Vec::new();
    for_each_word(text, |_, word| words.push(word.to_string()));
    words
}

fn fold_into(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
    } else {
        for lower in c.to_lowercase() {
            out.extend(std::iter::once(lower).nfkd().filter(|d| !is_combining_mark(*d)));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn case_accents_apostrophes_and_hyphens_fold_away() {
        assert_eq!(folded("Zoë O’Neill"), folded("ZOE O'NEILL"));
        assert_eq!(folded("Zoë O’Neill"), ["zoe", "oneill"]);
        assert_eq!(folded("Zoe\u{308}l O’Neill"), ["zoel", "oneill"]);
        assert_eq!(folded("WHITFIELD-JONES, Thomas"), ["whitfieldjones", "thomas"]);
        assert_eq!(
            folded("J. Smith's file - see jane.smith@example.com"),
            ["j", "smith", "file", "see", "jane", "smith", "example", "com"]
        );
        assert_eq!(folded("QQ 12 34 56 C; 1984-07-19"), ["qq", "12", "34", "56", "c", "19840719"]);
    }

    #[test]
    fn ranges_point_at_the_words_as_written() {
        let text = "Dear Ms O’Neill,";
        let mut ranges: Vec<&str> = Vec::new();
        for_each_word(text, |range, _| ranges.push(&text[range]));
        assert_eq!(ranges, ["Dear", "Ms", "O’Neill"]);
    }

    #[test]
    fn tokens_are_twelve_letters_and_digits_and_keyed() {
        let key = DigestKey::from_hex(&"ab".repeat(32)).unwrap();
        let other = DigestKey::from_hex(&"cd".repeat(32)).unwrap();
        let token = WordDigest::of(&key, "smith").token();
        assert!(token.iter().all(|c| c.is_ascii_lowercase() || (b'2'..=b'7').contains(c)));
        assert_eq!(token, WordDigest::of(&key, "smith").token());
        assert_ne!(token, WordDigest::of(&other, "smith").token());
        assert_ne!(token, WordDigest::of(&key, "smyth").token());
    }
}
