//! Reviewer decisions that outlive a scan: a finding, the findings of one
//! kind or value, or a whole file marked a false positive, test data or an
//! accepted risk, or put under a legal hold, with who decided and why. A mark is tied to the content it
//! was made on (its SHA-256): while the file is unchanged the mark stands and
//! reports hide (or show) what it covers; once the file changes the mark no
//! longer applies and the file is flagged for review again.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use serde::Serialize;

use crate::detect::digest::ValueDigest;
use crate::detect::Kind;
use crate::report::Finding;

/// What a reviewer decided.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, serde::Deserialize, clap::ValueEnum)]
#[serde(rename_all = "snake_case")]
pub enum Decision {
    /// Not personal data at all.
    FalsePositive,
    /// Synthetic or test values, not a real person's.
    TestData,
    /// Personal data kept knowingly, for a stated reason.
    AcceptedRisk,
    /// Kept whatever else is asked (litigation, an investigation): an
    /// erasure plan keeps the file. Says nothing of its findings, so hides
    /// none.
    LegalHold,
}

impl Decision {
    /// Whether the findings it covers are left out of reports: a verdict on
    /// the findings themselves.
    fn hides(self) -> bool {
        self != Decision::LegalHold
    }

    /// Whether the findings it covers are no one's personal data (not
    /// personal at all, or synthetic): the other decisions keep them someone's.
    pub fn no_ones(self) -> bool {
        matches!(self, Decision::FalsePositive | Decision::TestData)
    }
}

/// A decision on a file, or on some of its findings.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Mark {
    pub decision: Decision,
    pub by: String,
    pub why: String,
    /// When it was made (RFC 3339).
    pub at: String,
    /// The findings it covers: all of the file's when `None`, else those of
    /// this kind (and this value, by digest, when `digest` is set).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kind: Option<Kind>,
    #[serde(skip)]
    pub digest: Option<ValueDigest>,
    /// The content it was made on, as a keyed tag of its hash.
    #[serde(skip)]
    pub content: [u8; 32],
}

impl Mark {
    /// Whether the mark covers `finding` of a file whose content has this
    /// tag.
    pub fn covers(&self, finding: &Finding, content: Option<&[u8; 32]>) -> bool {
        self.decision.hides()
            && content == Some(&self.content)
            && self.kind.is_none_or(|k| k == finding.kind)
            && self.digest.is_none_or(|d| finding.digest == Some(d))
    }
}

/// Whether a mark still applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum MarkState {
    /// The file is as it was when marked.
    Current,
    /// The file changed since: review it again.
    Stale,
    /// The file is no longer there.
    Gone,
}

/// A mark as `dpscan marks` lists it.
#[derive(Debug, Clone, Serialize)]
pub struct MarkRecord {
    /// The host of the marked file: a file is its host and path.
    pub host: String,
    #[serde(serialize_with = "crate::report::lossy")]
    pub path: Arc<Path>,
    pub state: MarkState,
    #[serde(flatten)]
    pub mark: Mark,
}

/// A mark to add to the file at `path`; the store dates it and ties it to
/// the content it holds for the file.
#[derive(Debug, Clone)]
pub struct NewMark {
    pub path: PathBuf,
    pub decision: Decision,
    pub by: String,
    pub why: String,
    pub kind: Option<Kind>,
    pub digest: Option<ValueDigest>,
}
