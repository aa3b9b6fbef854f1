//! Subject access search over the inventory: the person's identifiers,
//! normalised as the detectors normalise what they find, looked up by keyed
//! digest among the stored findings, so no clear value is needed in the
//! database. Each place (file, member, message, page, sheet, cell, line)
//! holding one or more of them is one hit. Files whose text could not be
//! searched are listed, so the answer is known to be incomplete.
//!
//! This first part finds what the detectors found; names are matched as
//! written (case aside). Name variants, words no detector marked and
//! snippets re-read from the source are for the word index to come.

use std::collections::BTreeMap;
use std::path::PathBuf;

use serde::Serialize;

use super::{IndexError, Store};
use crate::detect::digest::{DigestKey, ValueDigest};
use crate::detect::{Engine, Kind};
use crate::extract::Location;
use crate::report::RecordPath;

/// One identifier of the person, as the requester gave it.
#[derive(Debug, Clone)]
pub struct Term {
    pub kind: Kind,
    pub typed: String,
}

/// A term the detectors would not accept as written.
#[derive(Debug, thiserror::Error)]
#[error("`{typed}` is not a valid {}: no finding can hold it", kind.as_str())]
pub struct Invalid {
    pub kind: Kind,
    pub typed: String,
}

/// A query term that matched, as a report shows it (masked).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct Matched {
    pub kind: Kind,
    pub value: String,
}

/// A place that holds the person's data.
#[derive(Debug, Clone, Serialize)]
pub struct Hit {
    #[serde(serialize_with = "crate::report::lossy")]
    pub path: RecordPath,
    pub location: Location,
    pub matched: Vec<Matched>,
}

/// What a search found, and what it could not look into.
#[derive(Debug, Default)]
pub struct Answer {
    pub hits: Vec<Hit>,
    pub unsearched: Vec<(PathBuf, String)>,
}

/// Normalises each term as the detectors would (`engine` should keep every
/// match, whatever its score) and digests it with `key`.
pub fn digests(engine: &Engine, key: &DigestKey, terms: &[Term]) -> Result<Vec<ValueDigest>, Invalid> {
    terms
        .iter()
        .map(|t| match engine.normalise(t.kind, &t.typed) {
            Some(value) => Ok(key.digest(t.kind, &value)),
            None => Err(Invalid { kind: t.kind, typed: t.typed.clone() }),
        })
        .collect()
}

/// Every place in the inventory holding one of `digests`, in path order.
pub fn search(store: &mut dyn Store, digests: &[ValueDigest]) -> Result<Answer, IndexError> {
    let mut places: BTreeMap<(RecordPath, Location), Hit> = BTreeMap::new();
    for finding in store.holding(digests)? {
        let hit = places.entry((finding.path.clone(), finding.location.clone())).or_insert_with(|| Hit {
            path: finding.path.clone(),
            location: finding.location.clone(),
            matched: Vec::new(),
        });
        let matched = Matched { kind: finding.kind, value: finding.value };
        if !hit.matched.contains(&matched) {
            hit.matched.push(matched);
        }
    }
    let mut hits: Vec<Hit> = places.into_values().collect();
    for hit in &mut hits {
        hit.matched.sort();
    }
    Ok(Answer { hits, unsearched: store.unsearched()? })
}
