//! The retention policy file (CONTRACT.md): TOML, `[default]` and ordered
//! `[[rule]]`s. Every value is checked while parsing (durations, globs,
//! formats, kinds, categories, actions), so a bad policy is refused before
//! any scanning, with the line of the mistake.

use std::path::Path;
use std::sync::Arc;

use globset::{Glob, GlobBuilder, GlobSet, GlobSetBuilder};
use jiff::civil::Date;
use jiff::Span;
use serde::{Deserialize, Serialize};
use thiserror::Error;

use crate::detect::{Category, Kind};
use crate::sniff::Format;

/// The built-in example policy, `rules/retention.toml`.
const BUILTIN: &str = include_str!("../../rules/retention.toml");

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Policy {
    pub default: Option<Default>,
    #[serde(default, rename = "rule")]
    pub rules: Vec<Rule>,
    /// Every rule's path globs in one set, matched once per file.
    #[serde(skip)]
    paths: PathIndex,
    #[serde(skip)]
    fingerprint: Arc<str>,
}

/// The globs of all rules as one `GlobSet`, and the rule of each glob.
#[derive(Debug, Default)]
struct PathIndex {
    set: GlobSet,
    rule_of: Vec<usize>,
}

/// What applies when no rule matches.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Default {
    pub keep: Keep,
    pub action: Action,
    #[serde(default)]
    pub basis: Basis,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rule {
    pub id: String,
    #[serde(default)]
    pub description: String,
    /// Globs on the path relative to the scan root, matched case-insensitively
    /// (Windows shares are); a rule without `paths` matches every path.
    #[serde(default)]
    pub paths: Vec<PathGlob>,
    #[serde(default)]
    pub formats: Vec<Format>,
    #[serde(default)]
    pub kinds: Vec<Kind>,
    #[serde(default)]
    pub categories: Vec<Category>,
    pub keep: Keep,
    #[serde(default)]
    pub basis: Basis,
    pub action: Action,
    pub owner: Option<String>,
    pub lawful_basis: Option<String>,
    pub asset: Option<String>,
    /// Why a right-to-erasure request does not reach the files this rule
    /// keeps, until their period ends (`dpscan erase` keeps them).
    pub erasure: Option<Exemption>,
}

/// A ground of UK GDPR Art. 17(3) on which personal data is kept despite a
/// request to erase it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Exemption {
    /// (a) freedom of expression and information.
    Expression,
    /// (b) a legal obligation, a task in the public interest or official authority.
    LegalObligation,
    /// (c) public health.
    PublicHealth,
    /// (d) archiving in the public interest, research or statistics.
    Archiving,
    /// (e) the establishment, exercise or defence of legal claims.
    LegalClaims,
}

impl std::fmt::Display for Exemption {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Exemption::Expression => "freedom of expression and information (Art. 17(3)(a))",
            Exemption::LegalObligation => "a legal obligation (Art. 17(3)(b))",
            Exemption::PublicHealth => "public health (Art. 17(3)(c))",
            Exemption::Archiving => "archiving, research or statistics (Art. 17(3)(d))",
            Exemption::LegalClaims => "legal claims (Art. 17(3)(e))",
        })
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Basis {
    #[default]
    Modified,
    Created,
    Content,
}

/// What is due once a file has expired.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Action {
    Delete,
    Review,
}

/// A retention period: "N days | weeks | months | years".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(try_from = "String")]
pub struct Keep {
    count: i64,
    unit: Unit,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Unit {
    Days,
    Weeks,
    Months,
    Years,
}

impl TryFrom<String> for Keep {
    type Error = String;

    fn try_from(text: String) -> Result<Keep, String> {
        let bad = || format!("bad period `{text}`: write N days, weeks, months or years");
        let (count, unit) = text.trim().split_once(char::is_whitespace).ok_or_else(bad)?;
        let count: i64 = count.parse().map_err(|_| bad())?;
        let unit = match unit.trim().to_ascii_lowercase().trim_end_matches('s') {
            "day" => Unit::Days,
            "week" => Unit::Weeks,
            "month" => Unit::Months,
            "year" => Unit::Years,
            _ => return Err(bad()),
        };
        if !(0..=200 * 366).contains(&count) {
            return Err(bad());
        }
        Ok(Keep { count, unit })
    }
}

impl std::fmt::Display for Keep {
    /// As a policy writes it: "6 months".
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let unit = match self.unit {
            Unit::Days => "day",
            Unit::Weeks => "week",
            Unit::Months => "month",
            Unit::Years => "year",
        };
        write!(f, "{} {unit}{}", self.count, if self.count == 1 { "" } else { "s" })
    }
}

impl Keep {
    /// `date` plus the period, in calendar arithmetic: a month or year added
    /// to a day the target month lacks lands on that month's last day
    /// (31 January + 1 month = 28 or 29 February; 29 February + 1 year =
    /// 28 February).
    pub fn after(self, date: Date) -> Date {
        let span = match self.unit {
            Unit::Days => Span::new().days(self.count),
            Unit::Weeks => Span::new().weeks(self.count),
            Unit::Months => Span::new().months(self.count),
            Unit::Years => Span::new().years(self.count),
        };
        date.checked_add(span).unwrap_or(Date::MAX)
    }
}

/// A path glob; `**` crosses folders, `*` does not.
#[derive(Debug, Clone, Deserialize)]
#[serde(try_from = "String")]
pub struct PathGlob(Glob);

impl TryFrom<String> for PathGlob {
    type Error = String;

    fn try_from(text: String) -> Result<PathGlob, String> {
        let glob = GlobBuilder::new(&text)
            .case_insensitive(true)
            .literal_separator(true)
            .build()
            .map_err(|e| format!("bad glob `{text}`: {e}"))?;
        Ok(PathGlob(glob))
    }
}

#[derive(Debug, Error)]
pub enum PolicyError {
    #[error("cannot read policy {path}: {source}")]
    Io { path: String, source: std::io::Error },
    #[error("policy {path}: {source}")]
    Invalid { path: String, source: Box<toml::de::Error> },
    #[error("policy {path}: {source}")]
    Glob { path: String, source: globset::Error },
    #[error("policy {path}: rule id `{id}` is used twice (or is the reserved `default`)")]
    Duplicate { path: String, id: String },
}

impl Policy {
    /// The built-in example policy.
    pub fn builtin() -> Policy {
        Policy::parse("rules/retention.toml (built in)", BUILTIN).expect("the built-in policy is tested")
    }

    pub fn load(path: &Path) -> Result<Policy, PolicyError> {
        let name = path.display().to_string();
        let text = std::fs::read_to_string(path).map_err(|source| PolicyError::Io { path: name.clone(), source })?;
        Policy::parse(&name, &text)
    }

    /// What its verdicts are judged by beside a file's facts and the day:
    /// its text, the system's time zone (a basis date is a day there) and
    /// how verdicts are reached (`retention::VERSION`). A verdict an
    /// inventory keeps stands only under the same fingerprint.
    pub fn fingerprint(&self) -> &Arc<str> {
        &self.fingerprint
    }

    /// Whether a rule, or the default, counts from content: only then is
    /// each message of a mailbox judged by its own date (`message_verdict`).
    pub fn dates_messages(&self) -> bool {
        self.default.as_ref().is_some_and(|d| d.basis == Basis::Content)
            || self.rules.iter().any(|r| r.basis == Basis::Content)
    }

    /// The period, basis and action of a rule by id (`default` for the default).
    pub fn terms(&self, rule: &str) -> Option<(Keep, Basis, Action)> {
        match (rule, &self.default) {
            ("default", Some(d)) => Some((d.keep, d.basis, d.action)),
            _ => self.rules.iter().find(|r| r.id == rule).map(|r| (r.keep, r.basis, r.action)),
        }
    }

    /// For each rule in order, whether its `paths` admit `relative` (a rule
    /// without paths admits every path).
    pub fn admitted(&self, relative: &Path) -> Vec<bool> {
        let mut admitted: Vec<bool> = self.rules.iter().map(|r| r.paths.is_empty()).collect();
        for glob in self.paths.set.matches(relative) {
            admitted[self.paths.rule_of[glob]] = true;
        }
        admitted
    }

    pub fn parse(name: &str, text: &str) -> Result<Policy, PolicyError> {
        let mut policy: Policy =
            toml::from_str(text).map_err(|e| PolicyError::Invalid { path: name.to_string(), source: Box::new(e) })?;
        // "default" names the default in verdicts, so no rule may take it.
        let mut ids = std::collections::HashSet::from(["default"]);
        if let Some(rule) = policy.rules.iter().find(|r| !ids.insert(r.id.as_str())) {
            return Err(PolicyError::Duplicate { path: name.to_string(), id: rule.id.clone() });
        }
        let mut set = GlobSetBuilder::new();
        for (index, rule) in policy.rules.iter().enumerate() {
            for glob in &rule.paths {
                set.add(glob.0.clone());
                policy.paths.rule_of.push(index);
            }
        }
        policy.paths.set = set.build().map_err(|e| PolicyError::Glob { path: name.to_string(), source: e })?;
        let zone = super::system_zone();
        let mut hasher = blake3::Hasher::new();
        for part in [&super::VERSION.to_string(), text, &zone_identity(zone)] {
            hasher.update(&(part.len() as u64).to_le_bytes());
            hasher.update(part.as_bytes());
        }
        policy.fingerprint = Arc::from(&hasher.finalize().to_hex()[..16]);
        Ok(policy)
    }
}

/// What says which day a moment falls on in `zone`: its IANA name or, for
/// a zone without one (a copied `/etc/localtime`, `TZ` naming a file), its
/// offsets and every transition to 2100, so that another zone never passes
/// for it.
fn zone_identity(zone: &jiff::tz::TimeZone) -> String {
    if let Some(name) = zone.iana_name() {
        return name.to_string();
    }
    let end = jiff::Timestamp::from_second(4_102_444_800).expect("2100-01-01 is a timestamp");
    let mut identity = zone.to_offset(jiff::Timestamp::UNIX_EPOCH).to_string();
    for transition in zone.following(jiff::Timestamp::MIN).take_while(|t| t.timestamp() < end) {
        identity.push_str(&format!(";{}{}", transition.timestamp().as_second(), transition.offset()));
    }
    identity
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::tz::TimeZone;

    #[test]
    fn zones_without_a_name_are_told_apart_by_their_transitions() {
        let us = TimeZone::posix("EST5EDT,M3.2.0,M11.1.0").unwrap();
        let old_us = TimeZone::posix("EST5EDT,M4.1.0,M10.5.0").unwrap();
        let fixed = TimeZone::fixed(jiff::tz::offset(-5));
        let identities = [zone_identity(&us), zone_identity(&old_us), zone_identity(&fixed)];
        assert_ne!(identities[0], identities[1]);
        assert_ne!(identities[0], identities[2]);
        assert_eq!(zone_identity(&us), identities[0]);
        assert_eq!(zone_identity(&TimeZone::get("Europe/London").unwrap()), "Europe/London");
    }
}
