//! A file's words for the inventory's search index: each text unit's
//! location (JSON, as the inventory keeps it) and its words' keyed digests
//! in order, in a list that spills past a bounded part in memory (`spill`),
//! so that a mailbox of a million short messages — a unit each — holds a
//! bounded part of memory until the file is stored. Gathered by the scan's
//! word index, written by the inventory as it reads them back.

use serde::{Deserialize, Serialize};

use super::spill::Spilled;
use crate::detect::words::WordDigest;
use crate::extract::Location;

/// The words of one text unit (a file, member, message, page or sheet).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct UnitWords {
    /// Where the unit is, as JSON.
    pub location: String,
    /// Its words, in order (spilled as their bits).
    #[serde(with = "as_bits")]
    pub words: Vec<WordDigest>,
}

impl UnitWords {
    pub fn new(location: &Location, words: Vec<WordDigest>) -> UnitWords {
        // A location is strings and numbers: always JSON.
        UnitWords { location: serde_json::to_string(location).expect("a location is JSON"), words }
    }
}

/// Digests as their bits (`WordDigest::bits`), each 8 bytes little-endian
/// (a `[u8; 8]`, which postcard writes as its bytes): a frame is 8 bytes a
/// word, where a varint of a random 64-bit digest takes 9 or 10.
mod as_bits {
    use std::fmt;

    use serde::de::{SeqAccess, Visitor};
    use serde::ser::SerializeSeq;
    use serde::{Deserializer, Serializer};

    use crate::detect::words::WordDigest;

    pub fn serialize<S: Serializer>(words: &[WordDigest], serializer: S) -> Result<S::Ok, S::Error> {
        let mut seq = serializer.serialize_seq(Some(words.len()))?;
        for word in words {
            seq.serialize_element(&word.bits().to_le_bytes())?;
        }
        seq.end()
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Vec<WordDigest>, D::Error> {
        deserializer.deserialize_seq(Digests)
    }

    struct Digests;

    impl<'de> Visitor<'de> for Digests {
        type Value = Vec<WordDigest>;

        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("word digests of 8 bytes each")
        }

        fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Vec<WordDigest>, A::Error> {
            // Not allocated ahead past a bound: the length is only believed
            // as digests come.
            let mut words = Vec::with_capacity(seq.size_hint().unwrap_or(0).min(1 << 16));
            while let Some(bytes) = seq.next_element::<[u8; 8]>()? {
                words.push(WordDigest::from_bits(u64::from_le_bytes(bytes)));
            }
            Ok(words)
        }
    }
}

/// A file's units as gathered, read back in order as often as asked, and
/// how many words they hold in all.
#[derive(Debug, Clone, Default)]
pub struct UnitList {
    pub units: Spilled<UnitWords>,
    pub word_count: u64,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::worker::{read_frame, write_frame};

    #[test]
    fn a_units_digests_spill_as_8_bytes_a_word_and_read_back_whole() {
        // Digests with their high bits set, as keyed hashes mostly have:
        // a varint of each would take 10 bytes.
        let words: Vec<WordDigest> =
            (0..10_000u64).map(|i| WordDigest::from_bits(u64::MAX - i.wrapping_mul(0x9e37_79b9_7f4a_7c15))).collect();
        let unit = UnitWords { location: "{\"page\":3}".into(), words };
        let mut frame = Vec::new();
        let mut file = Vec::new();
        write_frame(&mut file, &mut frame, &unit).unwrap();
        // The frame's length, the location's and the list's varint lengths.
        let overhead = 4 + 1 + unit.location.len() + 2;
        assert_eq!(file.len(), overhead + 8 * unit.words.len());
        let back: UnitWords = read_frame(&mut file.as_slice()).unwrap();
        assert_eq!(back, unit);
    }
}
