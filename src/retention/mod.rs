//! Retention: a policy and what is known of a file → a verdict (which rule,
//! which date it counted from, when it expires, what is due). Pure: the
//! "today" (`--as-of`) is an input, and facts about a file are asked for
//! through `Evidence` only when a rule needs them, so a file whose rule looks
//! at path alone is never opened.

pub mod policy;

use std::path::Path;

use jiff::civil::Date;
use jiff::tz::TimeZone;
use jiff::Timestamp;
use serde::Serialize;

use crate::detect::{Category, Kind};
use crate::sniff::Format;
pub use policy::{Action, Basis, Exemption, Policy, PolicyError};

/// The version of how a verdict is reached from a policy and a file's
/// facts. Part of a policy's fingerprint: raise it when the same facts
/// would be judged otherwise, so inventories judge their files again.
pub const VERSION: u32 = 1;

/// What a policy may ask of a file. The expensive answers (format, findings)
/// are computed on first request.
pub trait Evidence {
    /// The path relative to its scan root.
    fn relative_path(&self) -> &Path;
    fn modified(&self) -> Option<Timestamp>;
    /// Birth time, where the file system records it.
    fn created(&self) -> Option<Timestamp>;
    fn format(&mut self) -> Option<Format>;
    /// Whether the file holds a finding of one of `kinds`, or a
    /// special-category finding of one of `categories`.
    fn holds(&mut self, kinds: &[Kind], categories: &[Category]) -> bool;
    /// The date the content carries, and where it came from ("Date header").
    fn content_date(&mut self) -> Option<(Timestamp, &str)>;
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    Expired,
    Retained,
    NoRule,
}

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Expired => "expired",
            Status::Retained => "retained",
            Status::NoRule => "no_rule",
        }
    }
}

/// What is due now: the rule's action once expired, `keep` before.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Due {
    Delete,
    Review,
    Keep,
}

impl Due {
    pub fn as_str(self) -> &'static str {
        match self {
            Due::Delete => "delete",
            Due::Review => "review",
            Due::Keep => "keep",
        }
    }
}

/// The `retention` object of a file record.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Verdict {
    /// The deciding rule's id, `default`, or null when nothing applies.
    pub rule: Option<String>,
    /// Which date the period counts from, and why when it fell back.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub basis: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub basis_date: Option<Date>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expires: Option<Date>,
    pub status: Status,
    pub action: Due,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub owner: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lawful_basis: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub asset: Option<String>,
}

impl Verdict {
    pub fn is_expired(&self) -> bool {
        self.status == Status::Expired
    }
}

/// The days a verdict holds as it is: from `from` (`None`: every day
/// before) until `until`, exclusive (`None`: every day after). Nothing but
/// the day moves a verdict judged from the same facts under the same
/// policy, and the day moves it once, when its period ends.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Holds {
    pub from: Option<Date>,
    pub until: Option<Date>,
}

impl Holds {
    /// The days `verdict` holds: until its expiry passes, or, expired, from then on.
    pub fn of(verdict: &Verdict) -> Holds {
        let Some(turn) = verdict.expires.and_then(|expires| expires.tomorrow().ok()) else {
            return Holds::default(); // no period, or one that never ends
        };
        match verdict.is_expired() {
            true => Holds { from: Some(turn), until: None },
            false => Holds { from: None, until: Some(turn) },
        }
    }

    /// The days both hold.
    pub fn and(self, other: Holds) -> Holds {
        Holds { from: self.from.max(other.from), until: option_min(self.until, other.until) }
    }

    pub fn contains(&self, day: Date) -> bool {
        self.from.is_none_or(|from| from <= day) && self.until.is_none_or(|until| day < until)
    }
}

fn option_min(a: Option<Date>, b: Option<Date>) -> Option<Date> {
    match (a, b) {
        (Some(a), Some(b)) => Some(a.min(b)),
        _ => a.or(b),
    }
}

/// The verdict of `policy` on a file, as of `today`; `None` when the file
/// has no modification time to count from.
pub fn evaluate(policy: &Policy, evidence: &mut dyn Evidence, today: Date) -> Option<Verdict> {
    let admitted = policy.admitted(evidence.relative_path());
    for (rule, admitted) in policy.rules.iter().zip(admitted) {
        if !admitted {
            continue;
        }
        if !rule.formats.is_empty() && !evidence.format().is_some_and(|f| rule.formats.contains(&f)) {
            continue;
        }
        let content_condition = !rule.kinds.is_empty() || !rule.categories.is_empty();
        if content_condition && !evidence.holds(&rule.kinds, &rule.categories) {
            continue;
        }
        let mut verdict = judge(evidence, rule.keep, rule.basis, rule.action, today)?;
        verdict.rule = Some(rule.id.clone());
        verdict.owner.clone_from(&rule.owner);
        verdict.lawful_basis.clone_from(&rule.lawful_basis);
        verdict.asset.clone_from(&rule.asset);
        return Some(verdict);
    }
    match &policy.default {
        Some(default) => {
            let mut verdict = judge(evidence, default.keep, default.basis, default.action, today)?;
            verdict.rule = Some("default".into());
            Some(verdict)
        }
        None => Some(Verdict {
            rule: None,
            basis: None,
            basis_date: None,
            expires: None,
            status: Status::NoRule,
            action: Due::Keep,
            owner: None,
            lawful_basis: None,
            asset: None,
        }),
    }
}

fn judge(
    evidence: &mut dyn Evidence,
    keep: policy::Keep,
    basis: Basis,
    action: Action,
    today: Date,
) -> Option<Verdict> {
    let modified = evidence.modified()?;
    let (label, timestamp) = match basis {
        Basis::Modified => ("modified".to_string(), modified),
        Basis::Created => match evidence.created() {
            Some(created) => ("created".to_string(), created),
            None => ("modified (no birth time recorded)".to_string(), modified),
        },
        Basis::Content => match evidence.content_date() {
            Some((date, source)) => (format!("content ({source})"), date),
            None => ("modified (no content date found)".to_string(), modified),
        },
    };
    Some(dated(keep, action, label, timestamp, today))
}

/// The system's time zone, read once per run: asking jiff for it costs a
/// lock, a clock read and a shared count on every call, which the crawl's
/// threads would take for every file they judge. A file's basis date is
/// its day in this zone.
pub(crate) fn system_zone() -> &'static TimeZone {
    static ZONE: std::sync::LazyLock<TimeZone> = std::sync::LazyLock::new(TimeZone::system);
    &ZONE
}

/// The verdict for a period of `keep` from `timestamp`.
fn dated(keep: policy::Keep, action: Action, basis: String, timestamp: Timestamp, today: Date) -> Verdict {
    let basis_date = system_zone().to_datetime(timestamp).date();
    let expires = keep.after(basis_date);
    let expired = expires < today;
    let action = match (expired, action) {
        (false, _) => Due::Keep,
        (true, Action::Delete) => Due::Delete,
        (true, Action::Review) => Due::Review,
    };
    Verdict {
        rule: None,
        basis: Some(basis),
        basis_date: Some(basis_date),
        expires: Some(expires),
        status: if expired { Status::Expired } else { Status::Retained },
        action,
        owner: None,
        lawful_basis: None,
        asset: None,
    }
}

/// The verdict on one message of a mailbox judged `file`: the file's rule,
/// counted from the message's own date. `None` when the rule does not count
/// from content (every message then shares the file's verdict).
pub fn message_verdict(
    policy: &Policy,
    file: &Verdict,
    date: Option<Timestamp>,
    modified: Timestamp,
    today: Date,
) -> Option<Verdict> {
    let (keep, basis, action) = policy.terms(file.rule.as_deref()?)?;
    if basis != Basis::Content {
        return None;
    }
    let (label, timestamp) = match date {
        Some(date) => ("content (message date)".to_string(), date),
        None => ("modified (message has no date)".to_string(), modified),
    };
    let verdict = dated(keep, action, label, timestamp, today);
    Some(Verdict {
        rule: file.rule.clone(),
        owner: file.owner.clone(),
        lawful_basis: file.lawful_basis.clone(),
        asset: file.asset.clone(),
        ..verdict
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::PathBuf;

    struct Facts {
        path: PathBuf,
        modified: Timestamp,
        created: Option<Timestamp>,
        format: Format,
        kinds: Vec<Kind>,
        content: Option<Timestamp>,
        asked_for_content: bool,
    }

    impl Evidence for Facts {
        fn relative_path(&self) -> &Path {
            &self.path
        }
        fn modified(&self) -> Option<Timestamp> {
            Some(self.modified)
        }
        fn created(&self) -> Option<Timestamp> {
            self.created
        }
        fn format(&mut self) -> Option<Format> {
            self.asked_for_content = true;
            Some(self.format)
        }
        fn holds(&mut self, kinds: &[Kind], _: &[Category]) -> bool {
            self.asked_for_content = true;
            kinds.iter().any(|k| self.kinds.contains(k))
        }
        fn content_date(&mut self) -> Option<(Timestamp, &str)> {
            self.asked_for_content = true;
            self.content.map(|t| (t, "Date header"))
        }
    }

    fn noon(date: &str) -> Timestamp {
        format!("{date}T12:00:00Z").parse().unwrap()
    }

    fn facts(path: &str, modified: &str) -> Facts {
        Facts {
            path: path.into(),
            modified: noon(modified),
            created: None,
            format: Format::Text,
            kinds: Vec::new(),
            content: None,
            asked_for_content: false,
        }
    }

    const POLICY: &str = r#"
        [default]
        keep = "7 years"
        action = "review"

        [[rule]]
        id = "unsuccessful"
        paths = ["**/recruitment/unsuccessful/**"]
        keep = "6 months"
        action = "delete"
        owner = "HR"

        [[rule]]
        id = "ids"
        kinds = ["uk_passport"]
        keep = "1 month"
        action = "review"

        [[rule]]
        id = "csv-exports"
        formats = ["csv"]
        keep = "2 weeks"
        basis = "created"
        action = "delete"
    "#;

    fn verdict(f: &mut Facts, today: &str) -> Verdict {
        let policy = Policy::parse("test", POLICY).unwrap();
        evaluate(&policy, f, today.parse().unwrap()).unwrap()
    }

    #[test]
    fn first_matching_rule_decides_case_insensitively() {
        let mut f = facts("HR/Recruitment/Unsuccessful/cv.txt", "2024-01-10");
        f.kinds = vec![Kind::UkPassport]; // a later rule would match too
        let v = verdict(&mut f, "2024-07-11");
        assert_eq!(v.rule.as_deref(), Some("unsuccessful"));
        assert_eq!(v.expires, Some("2024-07-10".parse().unwrap()));
        assert_eq!((v.status, v.action), (Status::Expired, Due::Delete));
        assert_eq!(v.owner.as_deref(), Some("HR"));
        assert!(!f.asked_for_content, "a path-only rule must not read the file");
    }

    #[test]
    fn expired_only_after_the_expiry_date() {
        let mut f = facts("HR/Recruitment/Unsuccessful/cv.txt", "2024-01-10");
        let v = verdict(&mut f, "2024-07-10");
        assert_eq!((v.status, v.action), (Status::Retained, Due::Keep));
    }

    #[test]
    fn content_and_format_rules_and_the_default() {
        let mut f = facts("Scans/id.txt", "2024-01-10");
        f.kinds = vec![Kind::UkPassport];
        assert_eq!(verdict(&mut f, "2024-03-01").rule.as_deref(), Some("ids"));

        let mut f = facts("exports/list.csv", "2024-01-10");
        f.format = Format::Csv;
        f.created = Some(noon("2024-01-01"));
        let v = verdict(&mut f, "2024-01-16");
        assert_eq!((v.rule.as_deref(), v.basis.as_deref()), (Some("csv-exports"), Some("created")));
        assert_eq!(v.expires, Some("2024-01-15".parse().unwrap()));
        assert_eq!(v.action, Due::Delete);

        f.created = None;
        let v = verdict(&mut f, "2024-01-16");
        assert_eq!(v.basis.as_deref(), Some("modified (no birth time recorded)"));
        assert_eq!(v.status, Status::Retained);

        let mut f = facts("Misc/notes.txt", "2017-01-10");
        let v = verdict(&mut f, "2024-01-11");
        assert_eq!((v.rule.as_deref(), v.status, v.action), (Some("default"), Status::Expired, Due::Review));
    }

    #[test]
    fn content_basis_uses_the_content_date_and_messages_their_own() {
        let policy =
            Policy::parse("p", "[[rule]]\nid='mail'\nkeep='1 year'\nbasis='content'\naction='review'\n").unwrap();
        let today: Date = "2024-06-01".parse().unwrap();
        let mut f = facts("Mail/box.mbox", "2024-05-01");
        f.content = Some(noon("2023-03-01"));
        let v = evaluate(&policy, &mut f, today).unwrap();
        assert_eq!(
            (v.basis.as_deref(), v.expires),
            (Some("content (Date header)"), Some("2024-03-01".parse().unwrap()))
        );
        assert_eq!(v.status, Status::Expired);
        let old = message_verdict(&policy, &v, Some(noon("2022-01-01")), noon("2024-05-01"), today).unwrap();
        assert_eq!(old.status, Status::Expired);
        let recent = message_verdict(&policy, &v, Some(noon("2024-01-01")), noon("2024-05-01"), today).unwrap();
        assert_eq!(recent.status, Status::Retained);
        let undated = message_verdict(&policy, &v, None, noon("2024-05-01"), today).unwrap();
        assert_eq!(undated.basis.as_deref(), Some("modified (message has no date)"));
        let by_mtime = Policy::parse("p", "[[rule]]\nid='m'\nkeep='1 year'\naction='review'\n").unwrap();
        let v = evaluate(&by_mtime, &mut f, today).unwrap();
        assert!(message_verdict(&by_mtime, &v, Some(noon("2022-01-01")), noon("2024-05-01"), today).is_none());
    }

    #[test]
    fn a_verdict_holds_until_the_day_after_it_expires_and_expired_from_then_on() {
        let d = |s: &str| -> Date { s.parse().unwrap() };
        let mut f = facts("HR/Recruitment/Unsuccessful/cv.txt", "2024-01-10"); // expires 2024-07-10
        let kept = Holds::of(&verdict(&mut f, "2024-07-10"));
        assert_eq!(kept, Holds { from: None, until: Some(d("2024-07-11")) });
        assert!(kept.contains(d("2020-01-01")) && kept.contains(d("2024-07-10")) && !kept.contains(d("2024-07-11")));
        let expired = Holds::of(&verdict(&mut f, "2024-07-11"));
        assert_eq!(expired, Holds { from: Some(d("2024-07-11")), until: None });
        assert!(!expired.contains(d("2024-07-10")) && expired.contains(d("2099-01-01")));
        // Each day of the span judges the same; the days either side do not.
        let policy = Policy::parse("test", POLICY).unwrap();
        for (holds, day) in
            [(kept, "2024-01-10"), (kept, "2024-07-10"), (expired, "2024-07-11"), (expired, "2030-01-01")]
        {
            let v = evaluate(&policy, &mut f, d(day)).unwrap();
            assert_eq!(Holds::of(&v), holds, "{day}");
        }
        let both = kept.and(Holds { from: Some(d("2024-03-01")), until: Some(d("2025-01-01")) });
        assert_eq!(both, Holds { from: Some(d("2024-03-01")), until: Some(d("2024-07-11")) });
        let no_rule = Policy::parse("p", "[[rule]]\nid='x'\npaths=['a/**']\nkeep='1 day'\naction='delete'\n").unwrap();
        let v = evaluate(&no_rule, &mut facts("b/c.txt", "2024-01-01"), d("2024-06-01")).unwrap();
        assert_eq!(Holds::of(&v), Holds::default(), "no period: every day");
    }

    #[test]
    fn a_policys_fingerprint_is_its_text() {
        let a = Policy::parse("a.toml", POLICY).unwrap();
        assert_eq!(a.fingerprint(), Policy::parse("elsewhere.toml", POLICY).unwrap().fingerprint());
        let edited = POLICY.replace("6 months", "7 months");
        assert_ne!(a.fingerprint(), Policy::parse("a.toml", &edited).unwrap().fingerprint());
    }

    #[test]
    fn no_rule_without_a_default() {
        let policy = Policy::parse("p", "[[rule]]\nid='x'\npaths=['a/**']\nkeep='1 day'\naction='delete'\n").unwrap();
        let v = evaluate(&policy, &mut facts("b/c.txt", "2024-01-01"), "2024-06-01".parse().unwrap()).unwrap();
        assert_eq!((v.rule, v.status, v.action), (None, Status::NoRule, Due::Keep));
    }

    #[test]
    fn calendar_arithmetic_clamps_to_month_end() {
        let keep = |s: &str| policy::Keep::try_from(s.to_string()).unwrap();
        let d = |s: &str| -> Date { s.parse().unwrap() };
        assert_eq!(keep("1 month").after(d("2024-01-31")), d("2024-02-29"));
        assert_eq!(keep("1 month").after(d("2023-01-31")), d("2023-02-28"));
        assert_eq!(keep("1 year").after(d("2024-02-29")), d("2025-02-28"));
        assert_eq!(keep("4 years").after(d("2024-02-29")), d("2028-02-29"));
        assert_eq!(keep("6 months").after(d("2024-08-31")), d("2025-02-28"));
        assert_eq!(keep("2 weeks").after(d("2024-12-25")), d("2025-01-08"));
        assert_eq!(keep("31 days").after(d("2024-02-01")), d("2024-03-03"));
        assert_eq!(keep("1 Year").after(d("2024-03-01")), d("2025-03-01"));
    }

    #[test]
    fn bad_policies_name_the_line() {
        let cases = [
            ("[[rule]]\nid='a'\nkeep='6 fortnights'\naction='delete'\n", "6 fortnights", "line 3"),
            ("[[rule]]\nid='a'\npaths=['[']\nkeep='1 day'\naction='delete'\n", "bad glob", "line 3"),
            ("[[rule]]\nid='a'\nkeep='1 day'\naction='shred'\n", "shred", "line 4"),
            // A well-formed unknown kind is a rule pack's own, checked against the active rules.
            ("[[rule]]\nid='a'\nkinds=['SSN number']\nkeep='1 day'\naction='delete'\n", "SSN number", "line 3"),
            ("[[rule]]\nid='a'\nkeep='1 day'\naction='delete'\ncolour='red'\n", "colour", "line 5"),
            ("[[rule]]\nid='a'\nformats=['docz']\nkeep='1 day'\naction='delete'\n", "docz", "line 3"),
        ];
        for (text, what, line) in cases {
            let err = Policy::parse("p.toml", text).unwrap_err().to_string();
            assert!(err.contains(what) && err.contains(line), "{err}");
        }
        let dup = "[[rule]]\nid='a'\nkeep='1 day'\naction='delete'\n";
        assert!(Policy::parse("p", &format!("{dup}{dup}")).unwrap_err().to_string().contains("used twice"));
    }

    #[test]
    fn builtin_policy_parses() {
        let policy = Policy::builtin();
        assert!(policy.default.is_some());
        assert!(policy.rules.len() >= 10);
        assert!(policy.rules.iter().all(|r| !r.description.is_empty() && r.owner.is_some()));
    }
}
