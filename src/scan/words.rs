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

/// Digests as their bits (`WordDigest::bits`).
mod as_bits {
    use serde::{Deserialize, Deserializer, Serializer};

    use crate::detect::words::WordDigest;

    pub fn serialize<S: Serializer>(words: &[WordDigest], serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(words.iter().map(|w| w.bits()))
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Vec<WordDigest>, D::Error> {
        Ok(Vec::<u64>::deserialize(deserializer)?.into_iter().map(WordDigest::from_bits).collect())
    }
}

/// A file's units as gathered, read back in order as often as asked, and
/// how many words they hold in all.
#[derive(Debug, Clone, Default)]
pub struct UnitList {
    pub units: Spilled<UnitWords>,
    pub words: u64,
}
