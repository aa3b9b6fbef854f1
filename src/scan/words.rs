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
    /// Its words' digests (`WordDigest::bits`), in order.
    bits: Vec<u64>,
}

impl UnitWords {
    pub fn new(location: &Location, words: &[WordDigest]) -> UnitWords {
        UnitWords {
            // A location is strings and numbers: always JSON.
            location: serde_json::to_string(location).expect("a location is JSON"),
            bits: words.iter().map(|w| w.bits()).collect(),
        }
    }

    /// Its words, in order.
    pub fn words(&self) -> impl ExactSizeIterator<Item = WordDigest> + '_ {
        self.bits.iter().map(|&bits| WordDigest::from_bits(bits))
    }

    /// How many words it holds.
    pub fn len(&self) -> usize {
        self.bits.len()
    }

    pub fn is_empty(&self) -> bool {
        self.bits.is_empty()
    }
}

/// A file's units as gathered, read back in order as often as asked, and
/// how many words they hold in all.
#[derive(Debug, Clone, Default)]
pub struct UnitList {
    pub units: Spilled<UnitWords>,
    pub words: u64,
}
