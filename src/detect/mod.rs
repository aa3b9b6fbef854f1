//! Detection: a compiled set of rules (`Engine`) that turns text into
//! validated, normalised, scored matches.
//!
//! Per text unit: rules with keywords run their regex only in a window around
//! each keyword (one multi-pattern search finds them all) and keep the match
//! nearest to it; other rules run only where their prefilter says a match can
//! be (`prefilter`). Each match is validated and normalised (`validate`),
//! confirmed against outside data where there is some (a UK bank account by
//! Vocalink's modulus check, `modulus`), dropped if a veto word precedes it,
//! scored by the context words near it, and overlapping matches are merged.
//! Person names (`names`) and special-category terms (`special`, gated by
//! the names and identifiers around them) come from dictionaries rather than
//! regexes. Masking (`mask`) is applied later, where a match becomes a
//! report record.

mod cells;
pub mod digest;
mod engine;
mod leftmost;
pub mod mask;
pub mod modulus;
pub mod names;
mod prefilter;
pub mod special;
pub mod validate;
pub mod words;

use std::ops::Range;
use std::sync::Arc;

use jiff::civil::Date;
use serde::{Deserialize, Serialize};
use thiserror::Error;

pub use engine::{Engine, Rule};

/// The version of what the code of detection finds beyond its rules and
/// lists (validators, the name and term logic). Part of the rule pack's
/// fingerprint: raise it when a change finds other things, so inventories
/// read their files again.
pub const VERSION: u32 = 2;

/// The finding kinds of CONTRACT.md, and the kinds a rule pack adds
/// (`Custom`: an organisation's own reference numbers). `Copy`, so a match
/// carries its kind at no cost; a custom name is interned once per process.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Kind {
    UkNino,
    UkBankAccount,
    Iban,
    PaymentCard,
    Email,
    Phone,
    UkPostcode,
    NhsNumber,
    DateOfBirth,
    UkPassport,
    UkDrivingLicence,
    IpAddress,
    PersonName,
    SpecialCategory,
    Custom(CustomKind),
}

/// The name of a kind a rule pack defines, interned: equal names are one
/// `&'static str`, so the kind stays `Copy`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct CustomKind(&'static str);

/// Every built-in kind and its record name: the one list.
const BUILTIN_KINDS: [(Kind, &str); 14] = [
    (Kind::UkNino, "uk_nino"),
    (Kind::UkBankAccount, "uk_bank_account"),
    (Kind::Iban, "iban"),
    (Kind::PaymentCard, "payment_card"),
    (Kind::Email, "email"),
    (Kind::Phone, "phone"),
    (Kind::UkPostcode, "uk_postcode"),
    (Kind::NhsNumber, "nhs_number"),
    (Kind::DateOfBirth, "date_of_birth"),
    (Kind::UkPassport, "uk_passport"),
    (Kind::UkDrivingLicence, "uk_driving_licence"),
    (Kind::IpAddress, "ip_address"),
    (Kind::PersonName, "person_name"),
    (Kind::SpecialCategory, "special_category"),
];

impl Kind {
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Custom(CustomKind(name)) => name,
            builtin => BUILTIN_KINDS.iter().find(|(k, _)| *k == builtin).map_or("", |(_, name)| name),
        }
    }

    /// Whether it is financial data that enables fraud: a bank account,
    /// an IBAN or a payment card.
    pub fn is_financial(self) -> bool {
        matches!(self, Kind::UkBankAccount | Kind::Iban | Kind::PaymentCard)
    }

    /// Whether its value is two numbers a document may write apart, with
    /// words or lines between them (a sort code and an account number): a
    /// match's span then holds that text too, and its length says nothing
    /// of how much of the value it read (`engine::keep_disjoint_pairs`);
    /// the numbers it read are `Match::numbers`.
    pub fn is_pair(self) -> bool {
        matches!(self, Kind::UkBankAccount)
    }

    /// The kind of a record name: a built-in one, or a custom kind when
    /// `name` is a lowercase identifier (`employee_id`) of up to 48 bytes.
    pub fn named(name: &str) -> Result<Kind, String> {
        if let Some((kind, _)) = BUILTIN_KINDS.iter().find(|(_, n)| *n == name) {
            return Ok(*kind);
        }
        let mut bytes = name.bytes();
        let well_formed = name.len() <= 48
            && bytes.next().is_some_and(|b| b.is_ascii_lowercase())
            && bytes.all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_');
        if !well_formed {
            return Err(format!(
                "`{name}` is not a kind: a kind is a built-in one ({}) or a name of lowercase letters, digits and _ \
                 such as `employee_id`",
                BUILTIN_KINDS.map(|(_, n)| n).join(", ")
            ));
        }
        Ok(Kind::Custom(CustomKind::intern(name)))
    }

    /// Whether a rule pack defined it.
    pub fn is_custom(self) -> bool {
        matches!(self, Kind::Custom(_))
    }
}

impl CustomKind {
    /// The one `&'static str` of `name`. Names come from rule packs,
    /// policies and stored records, so the set stays small; each is kept
    /// for the life of the process.
    fn intern(name: &str) -> CustomKind {
        static NAMES: std::sync::Mutex<std::collections::BTreeSet<&'static str>> =
            std::sync::Mutex::new(std::collections::BTreeSet::new());
        let mut names = NAMES.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        if let Some(name) = names.get(name) {
            return CustomKind(name);
        }
        let name: &'static str = Box::leak(name.into());
        names.insert(name);
        CustomKind(name)
    }
}

impl Serialize for Kind {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for Kind {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Kind, D::Error> {
        let name = std::borrow::Cow::<str>::deserialize(deserializer)?;
        Kind::named(&name).map_err(serde::de::Error::custom)
    }
}

impl Serialize for Category {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for Category {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Category, D::Error> {
        let name = std::borrow::Cow::<str>::deserialize(deserializer)?;
        CATEGORIES.iter().find(|(_, n)| *n == name).map(|(c, _)| *c).ok_or_else(|| {
            let names = CATEGORIES.iter().map(|(_, n)| *n).collect::<Vec<_>>().join(", ");
            serde::de::Error::custom(format!("unknown category `{name}`, expected one of {names}"))
        })
    }
}

/// `Category`, its variants' record names and `CATEGORIES`, from one table:
/// a variant cannot lack a name, nor the list a variant.
macro_rules! categories {
    ($($variant:ident = $name:literal,)*) => {
        /// Special categories (UK GDPR Art. 9) and criminal-offence data (Art. 10).
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum Category {
            $($variant,)*
        }

        /// Every category and its record name, in declaration order: the one
        /// list, for serde and the tests.
        pub const CATEGORIES: &[(Category, &str)] = &[$((Category::$variant, $name),)*];

        impl Category {
            pub fn as_str(self) -> &'static str {
                match self {
                    $(Category::$variant => $name,)*
                }
            }
        }
    };
}

categories! {
    RacialEthnicOrigin = "racial_ethnic_origin",
    PoliticalOpinion = "political_opinion",
    ReligiousBelief = "religious_belief",
    TradeUnion = "trade_union",
    Genetic = "genetic",
    Biometric = "biometric",
    Health = "health",
    SexLifeOrientation = "sex_life_orientation",
    CriminalOffence = "criminal_offence",
}

/// Why a match scored what it did: a set of reasons, kept as bits on every
/// match and put into words only for `--explain`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Evidence(u32);

impl Evidence {
    pub const VALIDATED: Evidence = Evidence(1);
    pub const KEYWORD: Evidence = Evidence(1 << 1);
    pub const CONTEXT: Evidence = Evidence(1 << 2);
    pub const GIVEN_NAME: Evidence = Evidence(1 << 3);
    pub const SURNAME: Evidence = Evidence(1 << 4);
    pub const TITLE: Evidence = Evidence(1 << 5);
    pub const INITIAL: Evidence = Evidence(1 << 6);
    pub const LIST_FORM: Evidence = Evidence(1 << 7);
    pub const UNKNOWN_WORD: Evidence = Evidence(1 << 8);
    pub const AMBIGUOUS: Evidence = Evidence(1 << 9);
    pub const LATER_MENTION: Evidence = Evidence(1 << 10);
    pub const LEXICON: Evidence = Evidence(1 << 11);
    pub const SUBJECT_NEAR: Evidence = Evidence(1 << 12);
    pub const SUBJECT_BEFORE: Evidence = Evidence(1 << 13);
    pub const MODULUS: Evidence = Evidence(1 << 14);
    pub const MODULUS_FAILED: Evidence = Evidence(1 << 15);
    pub const SPECIMEN: Evidence = Evidence(1 << 16);
    pub const OCR_UNSURE: Evidence = Evidence(1 << 17);

    const WORDS: [(Evidence, &'static str); 18] = [
        (Evidence::VALIDATED, "pattern matched and validator passed (+)"),
        (Evidence::KEYWORD, "beside one of the rule's keywords (+)"),
        (Evidence::CONTEXT, "context word nearby (+)"),
        (Evidence::GIVEN_NAME, "given name in the dictionary (+)"),
        (Evidence::SURNAME, "surname in the dictionary (+)"),
        (Evidence::TITLE, "title before the name (+)"),
        (Evidence::INITIAL, "initial (+)"),
        (Evidence::LIST_FORM, "written 'Surname, Forename' (+)"),
        (Evidence::UNKNOWN_WORD, "a word in no dictionary (-)"),
        (Evidence::AMBIGUOUS, "also an ordinary word or place (-)"),
        (Evidence::LATER_MENTION, "part of a name found earlier in the text (+)"),
        (Evidence::LEXICON, "term in the category's lexicon"),
        (Evidence::SUBJECT_NEAR, "a person or identifier in the same paragraph"),
        (Evidence::SUBJECT_BEFORE, "a person or identifier named just before"),
        (Evidence::MODULUS, "sort code and account pass the bank's modulus check (+)"),
        (Evidence::MODULUS_FAILED, "sort code and account fail the bank's modulus check (-)"),
        (Evidence::SPECIMEN, "a published specimen, test data (-)"),
        (Evidence::OCR_UNSURE, "read from an image by OCR that was unsure of the words (-)"),
    ];

    /// The reasons as bits, for storage.
    pub fn bits(self) -> u32 {
        self.0
    }

    pub fn from_bits(bits: u32) -> Evidence {
        Evidence(bits)
    }

    pub fn with(self, other: Evidence) -> Evidence {
        Evidence(self.0 | other.0)
    }

    /// The reasons, in words.
    pub fn describe(self) -> Vec<&'static str> {
        Self::WORDS.iter().filter(|(e, _)| self.0 & e.0 != 0).map(|(_, w)| *w).collect()
    }
}

/// Settings that apply to every rule.
#[derive(Debug, Clone, Copy)]
pub struct EngineOptions {
    /// Matches scored below this are dropped.
    pub min_confidence: f32,
    /// "Today", for validators that refuse future dates.
    pub today: Date,
}

impl EngineOptions {
    /// 0.5: a validated identifier with a strong structure (checksum, prefix
    /// rules, `@`) passes on its own; a weak one (a bare 10-digit number that
    /// happens to pass mod-11, a postcode without a space) needs a context word.
    pub const DEFAULT_MIN_CONFIDENCE: f32 = 0.5;
}

impl Default for EngineOptions {
    fn default() -> Self {
        EngineOptions { min_confidence: Self::DEFAULT_MIN_CONFIDENCE, today: jiff::Zoned::now().date() }
    }
}

#[derive(Debug, Error)]
pub enum EngineError {
    #[error("rule `{id}` ({source_file}): {message}")]
    Rule { id: String, source_file: String, message: String },
}

/// A validated, normalised match in one text unit. `value` is the full
/// normalised value: mask it before it leaves the process.
#[derive(Debug, Clone, PartialEq)]
pub struct Match {
    /// The id of the rule or detector that found it.
    pub detector: Arc<str>,
    pub kind: Kind,
    /// For `special_category` matches.
    pub category: Option<Category>,
    pub value: String,
    pub confidence: f32,
    pub evidence: Evidence,
    /// Byte range of the match in the unit.
    pub start: usize,
    pub end: usize,
    /// A pair's two numbers (`Kind::is_pair`), as its rule read them: their
    /// byte ranges in the unit. The text between them or before them (a
    /// payee's name, a branch's postcode, the field's label) is no part of
    /// its value. `None` for a value read whole, its span. Boxed: few
    /// matches are pairs, and every match is moved as the merge sorts.
    pub numbers: Option<Box<[Range<usize>; 2]>>,
}

/// OCR confidence (0 to 1) from which a page's words are taken as read.
const OCR_SURE: f32 = 0.85;

impl Match {
    /// Lowers the confidence of a match in text that OCR read with mean
    /// word confidence `ocr`, in proportion below `OCR_SURE`: whether it is
    /// still at least `min`.
    pub fn read_by_ocr(&mut self, ocr: f32, min: f32) -> bool {
        if ocr < OCR_SURE {
            self.confidence *= ocr.max(0.0) / OCR_SURE;
            self.evidence = self.evidence.with(Evidence::OCR_UNSURE);
        }
        self.confidence >= min
    }
}

/// Whether `word` is one of `words`, ASCII case-insensitively.
fn one_of<S: AsRef<str>>(word: &[u8], words: impl IntoIterator<Item = S>) -> bool {
    words.into_iter().any(|w| w.as_ref().as_bytes().eq_ignore_ascii_case(word))
}

#[cfg(test)]
mod tests {
    use super::*;
    use engine::{is_whole_word, merge_overlaps};

    fn engine() -> Engine {
        let options = EngineOptions { today: Date::new(2026, 11, 23).unwrap(), ..EngineOptions::default() };
        Engine::new(&crate::rules::builtin().unwrap(), options).unwrap()
    }

    fn found(text: &str) -> Vec<(Kind, String)> {
        engine().scan(text.as_bytes()).into_iter().map(|m| (m.kind, m.value)).collect()
    }

    #[test]
    fn categories_are_written_and_read_by_their_one_list_of_names() {
        for &(category, name) in CATEGORIES {
            assert_eq!(category.as_str(), name);
            assert_eq!(serde_json::to_string(&category).unwrap(), format!("\"{name}\""));
            assert_eq!(serde_json::from_str::<Category>(&format!("\"{name}\"")).unwrap(), category);
        }
        let names: std::collections::BTreeSet<&str> = CATEGORIES.iter().map(|(_, n)| *n).collect();
        assert_eq!(names.len(), CATEGORIES.len(), "one name each");
        let err = serde_json::from_str::<Category>("\"wealth\"").unwrap_err().to_string();
        assert!(err.contains("unknown category `wealth`") && err.contains("criminal_offence"), "{err}");
    }

    #[test]
    fn a_proper_noun_beside_a_surname_that_is_also_a_word_is_no_name() {
        let (names, special) = crate::rules::builtin_dictionaries();
        let engine = engine().with_dictionaries(names, special);
        let people =
            |text: &str| engine.scan(text.as_bytes()).into_iter().filter(|m| m.kind == Kind::PersonName).count();
        assert_eq!(people("Census groups, for example White, Mixed or Multiple, or Asian."), 0);
        assert_eq!(people("The office moved to Bethnal Green last year."), 0);
    }

    /// Capitalised, a legal form is a not-name word (`not_names.txt`): a
    /// community interest company's and the Welsh forms as Ltd's and LLP's
    /// (heldout19's policy text: a document author "Aire Custody Health CIC").
    #[test]
    fn a_legal_form_in_capitals_ends_a_firm_s_name() {
        let (names, special) = crate::rules::builtin_dictionaries();
        let engine = engine().with_dictionaries(names, special);
        let people = |text: &str| -> Vec<String> {
            engine.scan(text.as_bytes()).into_iter().filter(|m| m.kind == Kind::PersonName).map(|m| m.value).collect()
        };
        for firm in ["Author: Priya Patel CIC", "Author: Aire Custody Health CIC", "Supplier: Jane Smith Cyf"] {
            assert_eq!(people(firm), Vec::<String>::new(), "{firm}");
        }
        assert_eq!(people("Author: Priya Patel"), ["Priya Patel"]);
    }

    /// A post or an organisation as a document's author is no one: "Lead"
    /// names a post as "Manager" does ("Clinical Lead", "Training Lead"),
    /// "Bureau" an organisation as "Agency" does ("Citizens Advice
    /// Bureau", "Payroll Bureau"), and neither lends a category reach.
    #[test]
    fn a_post_or_a_bureau_as_author_is_no_one() {
        let (names, special) = crate::rules::builtin_dictionaries();
        let engine = engine().with_dictionaries(names, special);
        let found = |text: &str| -> Vec<Kind> { engine.scan(text.as_bytes()).into_iter().map(|m| m.kind).collect() };
        for author in ["Training Lead", "Bureau Training Lead", "Clinical Lead", "Citizens Advice Bureau"] {
            let text = format!("Author: {author}\nThis module covers absence codes such as statutory sick pay.\n");
            assert_eq!(found(&text), [], "{author}");
        }
    }

    #[test]
    fn the_builtin_lexicons_read_records_as_their_categories_mean() {
        let (names, special) = crate::rules::builtin_dictionaries();
        let engine = engine().with_dictionaries(names, special);
        // Each category a text reveals, once.
        let categories = |text: &str| -> Vec<&str> {
            let found = engine.scan(text.as_bytes());
            let set: std::collections::BTreeSet<&str> =
                found.iter().filter_map(|m| m.category).map(|c| c.as_str()).collect();
            set.into_iter().collect()
        };
        assert!(categories("Right to work: Olena Kravchuk\nNationality: Nigerian\n").is_empty(), "a nationality");
        assert_eq!(categories("Olena Kravchuk\nEthnicity: Black African\n"), ["racial_ethnic_origin"]);
        let clear = "DBS disclosure note\nCandidate: Olena Kravchuk\nEnhanced certificate: no information recorded.\n";
        assert!(categories(clear).is_empty(), "a clear check reveals no offence");
        assert_eq!(categories("Candidate: Olena Kravchuk\nDBS: conviction for theft (2019)\n"), ["criminal_offence"]);
        assert_eq!(categories("Client: Olena Kravchuk\nDietary requirements: Halal only\n"), ["religious_belief"]);
        assert!(categories("Olena Kravchuk chaired it.\nCanteen: halal and vegetarian options.").is_empty(), "a menu");
        assert_eq!(categories("Olena Kravchuk will be off this week with chickenpox."), ["health"]);
        // Round 11: heavy drinking and depot injections, court martial,
        // a birth's second female parent, a headstone's faith, a union's
        // branch; an identity card is a country's, no origin.
        assert_eq!(categories("Olena Kravchuk admitted binge drinking at weekends."), ["health"]);
        assert_eq!(categories("Olena Kravchuk missed her depot injection on Monday."), ["health"]);
        assert_eq!(categories("Olena Kravchuk, court-martialled in 1987."), ["criminal_offence"]);
        let birth = "Child: Olena Kravchuk\tMother: Ann Example\tSecond female parent: Jo Example\n";
        assert_eq!(categories(birth), ["sex_life_orientation"]);
        let stone = "Deceased: Olena Kravchuk\tInscription: Innaa lillaahi wa innaa ilayhi raaji'oon\n";
        assert_eq!(categories(stone), ["religious_belief"]);
        assert_eq!(
            categories("Death notice: Olena Kravchuk. Inna lilahi, she passed on Friday."),
            ["religious_belief"]
        );
        assert_eq!(categories("Olena Kravchuk is our RMT branch secretary."), ["trade_union"]);
        let bank = "Olena Kravchuk, branch rep at the Example Bank, signed the mortgage offer.";
        assert!(categories(bank).is_empty(), "a bank's branch rep");
        let document = "Olena Kravchuk (Polish residence permit, date of birth 1988-03-11) gave notice.";
        assert!(categories(document).is_empty(), "a country's document, not an origin");
        // Round 12: adherents in the plural, a hearing loss by its type, a
        // variant by its zygosity, abuse as safeguarding records name it,
        // symptoms of the heart, a strike by its union; an exercise named
        // after a country is no origin.
        assert_eq!(categories("Olena Kravchuk said her parents are Methodists."), ["religious_belief"]);
        assert_eq!(categories("Client: Olena Kravchuk\tLeft ear: mixed hearing loss\n"), ["health"]);
        assert_eq!(categories("Olena Kravchuk: hemizygous for the familial change."), ["genetic"]);
        assert_eq!(
            categories("Adult at risk: Olena Kravchuk\nConcern: sexually exploited by a lodger\n"),
            ["sex_life_orientation"]
        );
        assert_eq!(categories("Olena Kravchuk felt dizzy on the treadmill and sat down."), ["health"]);
        assert_eq!(categories("Olena Kravchuk went on strike with Unite on Friday."), ["trade_union"]);
        // A strike is the union's, a plural its faith's group, a course
        // its harm's: no one's.
        assert!(categories("Olena Kravchuk's flight was cancelled by the Unite strike.").is_empty(), "a strike");
        let lunch = "Olena Kravchuk booked the interfaith lunch for Muslims and Christians.";
        assert!(categories(lunch).is_empty(), "a group");
        assert!(categories("Olena Kravchuk: priority for Catholics at St Mary's.").is_empty(), "a group");
        let course = "Delegate: Olena Kravchuk\tCourse: Sexual harassment awareness\n";
        assert!(categories(course).is_empty(), "a course");
        let concern = "Adult at risk: Olena Kravchuk\nConcern: sexual harassment by a neighbour\n";
        assert_eq!(categories(concern), ["sex_life_orientation"], "what happened to her");
        let exercise = "Member: Olena Kravchuk\tPlan: Romanian deadlift 3x8, Russian twist 3x20\n";
        assert!(categories(exercise).is_empty(), "exercises named after countries");
        // Round 13: a voice disorder by its type, a recurrent copy-number
        // region with its sub-band, the type of sex a sexual history records.
        assert_eq!(categories("Caller: Olena Kravchuk\tFinding: functional dysphonia\n"), ["health"]);
        assert_eq!(categories("Olena Kravchuk: 16p11.2 duplication on array, de novo."), ["genetic"]);
        assert_eq!(
            categories("Patient: Olena Kravchuk\tHistory: receptive anal sex, no condom\n"),
            ["sex_life_orientation"]
        );
        // Round 5: canvass returns, party and union records, statutory pay.
        let canvass = "Elector: 1\tName: Olena Kravchuk\tVI: L\n";
        assert_eq!(categories(canvass), ["political_opinion"], "a voting intention");
        assert!(categories("Name: Olena Kravchuk\tVI: Won't say\n").is_empty(), "no answer at the door");
        let volunteer = "Name: Olena Kravchuk\tCan do: Telling at polling station\n";
        assert_eq!(categories(volunteer), ["political_opinion"], "polling-day work is for a party");
        let payroll = "Name: Olena Kravchuk\tSSP: 0\tSMP: 0\tUnion Subs: 0\n";
        assert!(categories(payroll).is_empty(), "nothing paid, nothing deducted");
        let payroll = "Name: Olena Kravchuk\tSSP: 116.75\tUnion Subs: 12.40\n";
        assert_eq!(categories(payroll), ["health", "trade_union"]);
        assert_eq!(categories("Olena Kravchuk, workplace rep, 07700 900123"), ["trade_union"]);
        let clause = "Olena Kravchuk: the council recognises UNISON and GMB for collective bargaining.";
        assert!(categories(clause).is_empty(), "a recognition clause is about the employer");
        let victim = "Olena Kravchuk was referred with PTSD after a serious assault in 2024.";
        assert_eq!(categories(victim), ["health"], "a victim's assault is no offence of hers");
        // Round 6: an STI test and contraception are health; whom someone
        // had sex with is sex life; an ID check's face match is biometric.
        let clinic =
            "Patient: Olena Kravchuk\tService: STI screen\tResult: chlamydia negative\tEmergency contraception\n";
        assert_eq!(categories(clinic), ["health"], "care received, not a sex life");
        let contacts = "Index patient: Olena Kravchuk\nPartner notification: sexual contacts in the look-back period\n";
        assert_eq!(categories(contacts), ["sex_life_orientation"]);
        let check =
            "Applicant: Olena Kravchuk\nID check: selfie liveness passed, face match 97% against her passport.\n";
        assert_eq!(categories(check), ["biometric"]);
        assert!(categories("Driver: Olena Kravchuk\tDBS result: Clear - no convictions\n").is_empty(), "denied");
        // Round 10: a tissue type, a hyphenated trait, a sexual history,
        // prophylaxis, food refusal, a wound, a cause of death.
        assert_eq!(categories("Donor: Olena Kravchuk\nHLA-B*07:02, HLA-DRB1*04:01\n"), ["genetic"]);
        assert_eq!(categories("Olena Kravchuk\tfinger-vein template enrolled\n"), ["biometric"]);
        assert_eq!(categories("Olena Kravchuk reports sex with women only.\n"), ["sex_life_orientation"]);
        // A leaflet's group, a law firm's partners.
        assert!(
            categories("Dear Olena Kravchuk,\nTesting is free for anyone who has sex with a new partner.").is_empty()
        );
        assert!(categories("Olena Kravchuk is one of three female partners at the firm.").is_empty(), "a firm");
        assert_eq!(categories("Olena Kravchuk started pre-exposure prophylaxis (PrEP) in May.\n"), ["health"]);
        // The kitchen's, a school's or an audit's prep is no one's health.
        assert!(categories("Kitchen rota: Olena Kravchuk on prep from 6am.\n").is_empty(), "a kitchen's prep");
        assert!(categories("Olena Kravchuk started prep for the audit.\n").is_empty(), "an audit's prep");
        assert_eq!(categories("Detainee: Olena Kravchuk\nWelfare: food refusal, day 4\n"), ["health"]);
        assert_eq!(categories("Patient: Olena Kravchuk\tFindings: open wound to left shin\n"), ["health"]);
        assert_eq!(categories("Deceased: Olena Kravchuk\nCause of death\tpneumonia\n"), ["health"]);
        // A drug an offence is about, a state, a group, a study's topic, a
        // college society: no one's.
        let charge = "Defendant: Olena Kravchuk\tCharge: possession with intent to supply heroin\n";
        assert_eq!(categories(charge), ["criminal_offence"], "the offence, not a habit");
        // A medicine supplied is the person's health.
        assert_eq!(categories("Patient: Olena Kravchuk\nPharmacy: supplied methadone 60ml daily\n"), ["health"]);
        assert_eq!(categories("Olena Kravchuk: we supply home oxygen from Monday.\n"), ["health"]);
        assert!(categories("Olena Kravchuk fled the Syrian army in 2019.").is_empty(), "a state's army");
        let language = "Olena Kravchuk asked for the leaflet in Somali; she is a fluent Somali speaker.";
        assert!(categories(language).is_empty(), "a language");
        assert!(categories("Olena Kravchuk: pay into your Polish account.").is_empty(), "a country's bank");
        assert_eq!(categories("Olena Kravchuk is Somali."), ["racial_ethnic_origin"]);
        // The next field's label is no neighbour word; wrapped prose is.
        let fields = "Applicant: Olena Kravchuk\nEthnicity: White British\nPassport number: 925665416\n";
        assert!(categories(fields).contains(&"racial_ethnic_origin"), "the next line's label");
        let cell = "Applicant: Olena Kravchuk\nEthnicity\tWhite British\nBank\tBarclays\n";
        assert!(categories(cell).contains(&"racial_ethnic_origin"), "the next row's label");
        assert_eq!(categories("Carer: Olena Kravchuk, Somali\nState pension: yes\n"), ["racial_ethnic_origin"]);
        assert!(categories("Olena Kravchuk: pay into your Polish\naccount.").is_empty(), "a wrapped line");
        assert!(categories("Dear Olena Kravchuk,\nYour gift helps people living with HIV.").is_empty());
        assert!(categories("Olena Kravchuk chairs (a study of prayer and anxiety).").is_empty());
        assert!(categories("Olena Kravchuk: the Jewish Club meets on Thursdays.").is_empty());
        // A club or a union of anything else is the person's.
        assert_eq!(categories("Olena Kravchuk attends the Dementia Club on Tuesdays.\n"), ["health"]);
        assert_eq!(categories("Olena Kravchuk, RMT Union rep, signed.\n"), ["trade_union"]);
        // A hoist's demonstration, a charity's rally, a prison's wing.
        let political = |text: &str| categories(text).contains(&"political_opinion");
        assert!(!political("Olena Kravchuk attended a demonstration of the new hoist."), "a hoist");
        assert!(!political("Olena Kravchuk organised the charity car rally."), "a charity's rally");
        assert!(!political("Olena Kravchuk was detained at HMP Styal, women's wing."), "a prison's wing");
        assert!(political("Olena Kravchuk was detained after a demonstration in Minsk."), "held after it");
    }

    #[test]
    fn a_team_mailbox_is_not_the_subject_of_a_term() {
        let (names, special) = crate::rules::builtin_dictionaries();
        let engine = engine().with_dictionaries(names, special);
        let terms =
            |text: &str| engine.scan(text.as_bytes()).into_iter().filter(|m| m.kind == Kind::SpecialCategory).count();
        let training = "From: Learning <learning@example.org>\nTo: All managers <managers@example.org>\n\n\
                        Common conditions: depression and anxiety.";
        assert_eq!(terms(training), 0, "addressed to a team, about no one");
        let note = "To: jsmith@example.org\n\nNotes: depression and anxiety.";
        assert_eq!(terms(note), 2, "addressed to a person, about them");
        let street = "Jane Smith lives at Church Street and works at Chapel Lane with the greens team.";
        assert_eq!(terms(street), 0, "a street named after a church is no religion");
    }

    #[test]
    fn whole_words_only() {
        let text = b"the public library";
        assert!(!is_whole_word(text, 6, 9)); // "lic" inside "public"
        assert!(is_whole_word(text, 4, 10));
        assert!(is_whole_word(b"d.o.b.", 0, 6));
        // Curly quotes, a no-break space and a dash are not letters; é is.
        let text = "\u{201c}diabetes\u{201d}\u{a0}asthma\u{2014}caf\u{e9}s".as_bytes();
        let at = |w: &str| text.windows(w.len()).position(|x| x == w.as_bytes()).unwrap();
        assert!(is_whole_word(text, at("diabetes"), at("diabetes") + 8));
        assert!(is_whole_word(text, at("asthma"), at("asthma") + 6));
        assert!(!is_whole_word(text, at("caf"), at("caf") + 3), "caf in caf\u{e9}s");
        assert!(!is_whole_word("\u{e9}tude".as_bytes(), 2, 6), "tude after \u{e9}");
    }

    #[test]
    fn a_keyword_cut_by_a_word_falls_back_to_a_shorter_one() {
        // "nhs number" runs into "nhs numbers": the keyword "nhs" still counts.
        assert_eq!(found("NHS numbers 9434765919"), vec![(Kind::NhsNumber, "9434765919".to_string())]);
    }

    #[test]
    fn keyword_rules_take_the_nearest_value() {
        let got = found("DOB: 14/03/1985, joined 01/09/2015");
        assert_eq!(got, vec![(Kind::DateOfBirth, "1985-03-14".to_string())]);
    }

    #[test]
    fn a_keyword_s_value_follows_it_rather_than_ends_the_line_above() {
        let form = "Hearing date 2 June 2025.\nDate of birth \t9 October 1961\t";
        assert_eq!(found(form), vec![(Kind::DateOfBirth, "1961-10-09".to_string())]);
        // A row's label is each later cell's (a record per column).
        let row = "Field\tTenant\tPartner\nDate of birth \tTenant: 04/08/1990 \tPartner: 4 January 1962 \n";
        let dates: Vec<String> = found(row).into_iter().map(|(_, v)| v).collect();
        assert_eq!(dates, ["1990-08-04", "1962-01-04"]);
        // Not another field's value on the row, nor a row with no columns above.
        let fields = "Date of birth\t04/08/1990\tStart date\t01/09/2020\n";
        assert_eq!(found(fields), vec![(Kind::DateOfBirth, "1990-08-04".to_string())], "no columns above");
        let paired = format!("Field\tValue\tField\tValue\n{fields}");
        assert_eq!(found(&paired), vec![(Kind::DateOfBirth, "1990-08-04".to_string())], "a label ends the row");
        let passport = "Passport number\t925665416\tVisa number\t120345678\n";
        let passports: Vec<String> =
            found(passport).into_iter().filter(|(k, _)| *k == Kind::UkPassport).map(|(_, v)| v).collect();
        assert_eq!(passports, ["925665416"], "the visa's number is no passport's");
        let record = "DOB: 04/08/1990\tStart date: 01/09/2020\n";
        assert_eq!(found(record), vec![(Kind::DateOfBirth, "1990-08-04".to_string())], "a key/value cell");
        let header = "Ward list \u{2013} 13/11/2025\nPatient\tDOB\tWard\n";
        assert!(found(header).is_empty(), "a header cell's values are below it");
        // With nothing on its own line, the date above is still its value.
        assert_eq!(found("09/10/1961\nDOB"), vec![(Kind::DateOfBirth, "1961-10-09".to_string())]);
    }

    #[test]
    fn a_header_cell_s_column_below_it_and_column_names_joined_by_underscores() {
        let dates = |text: &str| -> Vec<String> {
            found(text).into_iter().filter(|(k, _)| *k == Kind::DateOfBirth).map(|(_, v)| v).collect()
        };
        let aligned = "Referrals, spring term\n\nPupil                 Born          Seen on       Outcome\n\
                       Amy Example-Longname  02/05/2015    04/03/2026    plan\n\
                       Ben Example           9 June 2016   05/03/2026    refused\n";
        assert_eq!(dates(aligned), ["2015-05-02", "2016-06-09"], "not the appointment beside it");
        let bars =
            "| Ref | Tenant | DOB | Viewing |\n|---|---|---|---|\n| T-1 | Jo Example | 23-Jan-85 | 01/03/2026 |\n";
        assert_eq!(dates(bars), ["1985-01-23"]);
        assert_eq!(dates("patient_id: 4471\tdate_of_birth: 14/03/1985"), ["1985-03-14"]);
        let booked = "| Client | Booked | Review date |\n|---|---|---|\n| Jo Example | 02/05/2025 | 01/03/2026 |\n";
        assert!(dates(booked).is_empty(), "no birth column, no date of birth");
        let unknown = "Client\tDOB\tSeen\nJo Example\tnot given\t01/03/2026\n";
        assert!(dates(unknown).is_empty(), "a birth column without a date takes no other column's");
        let abbreviated = "| Tenant | Ref. | D.O.B. |\n|---|---|---|\n| Jo Example | T-1 | 02/05/1971 |\n";
        assert_eq!(dates(abbreviated), ["1971-05-02"], "an abbreviation's full stop ends no sentence");
        let appointment = "Name\tDate of appt.\tDOB\nJo Example\t03/05/2024\t02/05/1971\n";
        assert_eq!(dates(appointment), ["1971-05-02"], "not the appointment's date");
    }

    #[test]
    fn a_key_value_cell_s_date_not_the_cell_before_it() {
        let dates = |text: &str| -> Vec<String> {
            found(text).into_iter().filter(|(k, _)| *k == Kind::DateOfBirth).map(|(_, v)| v).collect()
        };
        let row = "Tenant: Jo Example\tMoved in: 04/06/2019\tBirth date: 22/11/1958\tRent: weekly\n";
        assert_eq!(dates(row), ["1958-11-22"]);
    }

    #[test]
    fn a_sort_code_column_takes_the_account_beside_it_in_every_row() {
        let banks = |text: &str| -> Vec<String> {
            let mut found: Vec<String> =
                found(text).into_iter().filter(|(k, _)| *k == Kind::UkBankAccount).map(|(_, v)| v).collect();
            found.sort();
            found
        };
        let table = "Payee\tSort code\tAccount no\tRef\nAmy Example\t20-00-00\t55779911\tR1\n\
                     Ben Example\t10-79-99\t88837491\tR2\n";
        assert_eq!(banks(table), ["107999:88837491", "200000:55779911"]);
        let keyed = "Payee\tSort code\tAccount no\tRef\n\
                     Payee: Amy Example\tSort code: 20-00-00\tAccount no: 55779911\tRef: R1\n\
                     Payee: Ben Example\tSort code: 10-79-99\tAccount no: 88837491\tRef: R2\n";
        assert_eq!(banks(keyed), ["107999:88837491", "200000:55779911"], "not one row's account with the next's code");
    }

    /// A table whose rows hold no pair of their own (one payee's account,
    /// the next payee's sort code): no pair across the rows
    /// (`validate::across_rows`; there is no row's own pair for the
    /// disjoint pairs to prefer).
    #[test]
    fn one_row_s_account_and_the_next_row_s_sort_code_are_no_pair() {
        let rows = "Payee: Amy Example\tAccount no: 55779911\tPaid: monthly\n\
                    Payee: Ben Example\tSort code: 10-79-99\tPaid: weekly\n";
        assert_eq!(found(rows), []);
        let form = "Payee: Amy Example\nAccount no: 55779911\nSort code: 10-79-99\n";
        assert_eq!(found(form), [(Kind::UkBankAccount, "107999:55779911".to_string())], "one record's lines");
    }

    /// A number is one pair's: on a form of two people's bank details, one
    /// record's account and the next record's sort code are no pair, in any
    /// of the layouts forms take (heldout15's two-person form). The sort
    /// codes are in no modulus table, so every reading scores alike.
    #[test]
    fn consecutive_records_keep_their_own_bank_pairs() {
        let banks = |text: &str| -> Vec<String> {
            let mut found: Vec<String> =
                found(text).into_iter().filter(|(k, _)| *k == Kind::UkBankAccount).map(|(_, v)| v).collect();
            found.sort();
            found
        };
        let forms = [
            "Sort code: 12-34-56\nAccount no: 11223344\nSort code: 65-43-21\nAccount no: 55667788\n",
            "Sort code: 12-34-56\nAccount number: 11223344\nSort code: 65-43-21\nAccount number: 55667788\n",
            "Jo Example\nSort code: 12-34-56\nAccount no: 11223344\nAmy Example\nSort code 65-43-21 Account 55667788\n",
            "Sort code 12-34-56 Account 11223344\nSort code: 65-43-21\nAccount no: 55667788\n",
            "Account number 11223344, sort code 12-34-56\nAccount number 55667788, sort code 65-43-21\n",
            "Account: 11223344\nSort code: 12-34-56\nAccount: 55667788\nSort code: 65-43-21\n",
        ];
        for form in forms {
            assert_eq!(banks(form), ["123456:11223344", "654321:55667788"], "{form:?}");
        }
    }

    /// Two people's bank details side by side, a record per column (a
    /// two-person form: "Field | Tenant | Partner"): each column's sort
    /// code with the account below it, not the partner's sort code with
    /// the tenant's account, in tabs, in bars, without the header rows, and
    /// as the table reader writes a sheet's or a CSV's rows.
    #[test]
    fn two_people_s_bank_details_in_columns_pair_down_each_column() {
        fn banks(text: &str) -> Vec<(String, &str)> {
            let mut found: Vec<(String, &str)> = engine()
                .scan(text.as_bytes())
                .into_iter()
                .filter(|m| m.kind == Kind::UkBankAccount)
                .map(|m| (m.value, &text[m.start..m.end]))
                .collect();
            found.sort();
            found
        }
        let forms = [
            "Field\tTenant\tPartner\nName\tAmy Example\tBen Example\n\
             Sort code\t20-00-00\t40-11-22\nAccount number\t55779911\t12345678\n",
            "Field | Tenant | Partner\nName | Amy Example | Ben Example\n\
             Sort code | 20-00-00 | 40-11-22\nAccount number | 55779911 | 12345678\n",
            "Sort code\t20-00-00\t40-11-22\nAccount number\t55779911\t12345678\n",
            "| Sort code | 20-00-00 | 40-11-22 |\n| Account number | 55779911 | 12345678 |\n",
            "Field\tTenant\tPartner\nField: Name\tTenant: Amy Example\tPartner: Ben Example\n\
             Field: Sort code\tTenant: 20-00-00\tPartner: 40-11-22\n\
             Field: Account number\tTenant: 55779911\tPartner: 12345678\n",
        ];
        let want = [("200000:55779911".to_string(), "20-00-00"), ("401122:12345678".to_string(), "40-11-22")];
        for form in forms {
            assert_eq!(banks(form), want, "{form:?}");
        }
        // One person's form, a column of values: read as before, the pair
        // spanning both its numbers.
        let one = [
            ("Sort code\t20-00-00\nAccount number\t55779911\n", "20-00-00\nAccount number\t55779911"),
            ("Field\tTenant\nSort code\t20-00-00\nAccount number\t55779911\n", "20-00-00\nAccount number\t55779911"),
            ("Sort code | 20-00-00 |\nAccount number | 55779911 |\n", "20-00-00 |\nAccount number | 55779911"),
        ];
        for (form, span) in one {
            assert_eq!(banks(form), [("200000:55779911".to_string(), span)], "{form:?}");
        }
    }

    /// A customer reference ending in eight digits ("HEW-40011872") is no
    /// account number: the sort code pairs with the account number after
    /// it, in a refunds table as the table reader writes it and in prose.
    /// The sort codes are in no modulus table, so every reading scores alike.
    #[test]
    fn a_reference_s_digits_are_no_account_number() {
        let banks = |text: &str| -> Vec<String> {
            found(text).into_iter().filter(|(k, _)| *k == Kind::UkBankAccount).map(|(_, v)| v).collect()
        };
        let table = "Refund ID\tAccount\tSort code\tAccount number\n\
                     Refund ID: RF-1\tAccount: HEW-40011872\tSort code: 12-34-56\tAccount number: 11223344\n\
                     Refund ID: RF-2\tAccount: HEW-40027751\tSort code: 65-43-21\tAccount number: 55667788\n";
        assert_eq!(banks(table), ["123456:11223344", "654321:55667788"]);
        let prose = "Customer HEW-40011872, sort code 12-34-56, account number 11223344.";
        assert_eq!(banks(prose), ["123456:11223344"]);
        // A bank number's own label before a hyphen is no reference.
        for labelled in [
            "sort code 12-34-56, a/c-11223344",
            "Sort code: 12-34-56\nAccount no-11223344",
            "sort-code-12-34-56 account 11223344",
            "Sort code 12-34-56\tACCT-11223344",
        ] {
            assert_eq!(banks(labelled), ["123456:11223344"], "{labelled}");
        }
    }

    /// A number under a label naming another record ("Case no:",
    /// "Customer ref:") is no account number, though it stands before a
    /// sort code as an account would: in a sheet written as labelled cells
    /// (heldout23's deputyship finance sheet) the sort code pairs with the
    /// account after it. A label with a bank word stays an account's.
    #[test]
    fn a_number_labelled_as_another_record_s_is_no_account_number() {
        let banks = |text: &str| -> Vec<String> {
            found(text).into_iter().filter(|(k, _)| *k == Kind::UkBankAccount).map(|(_, v)| v).collect()
        };
        let sheet = "Client\tCase no\tSort code\tAccount\n\
                     Client: Amy Example\tCase no: 14099281\tSort code: 12-34-56\tAccount: 11223344\n\
                     Client: Ben Example\tCase no: 13876502\tSort code: 65-43-21\tAccount: 55667788\n";
        assert_eq!(banks(sheet), ["123456:11223344", "654321:55667788"]);
        let form = "Customer ref: 40011872\nSort code: 12-34-56\nAccount number: 11223344\n";
        assert_eq!(banks(form), ["123456:11223344"]);
        for labelled in [
            "Client account: 40011872, sort code 12-34-56",
            "Client a/c: 40011872, sort code 12-34-56",
            "Standing order sort code: 12-34-56\tAccount: 40011872",
            "Employee Sortcode: 12-34-56\tEmployee AccNo: 40011872",
            "Staff BACS details: 12-34-56 40011872, sort code as shown",
        ] {
            assert_eq!(banks(labelled), ["123456:40011872"], "{labelled}");
        }
    }

    /// A header naming an account, alone or as one of two things its
    /// column holds ("card_or_account"), labels its cells for the bank
    /// rules, as a keyword heading it would: a sort code and account in one
    /// cell under it are a pair (heldout15's payments export, as the table
    /// reader writes it, and a text table). Elsewhere the word introduces
    /// nothing.
    #[test]
    fn an_account_column_s_cell_holds_a_sort_code_and_account() {
        let banks = |text: &str| -> Vec<String> {
            found(text).into_iter().filter(|(k, _)| *k == Kind::UkBankAccount).map(|(_, v)| v).collect()
        };
        let export = "date\tref\tmethod\tcard_or_account\tamount\n\
                      date: 2026-11-03\tref: AUR-5521\tmethod: transfer\tcard_or_account: 601613 31926819\tamount: 6450.00\n";
        assert_eq!(banks(export), ["601613:31926819"]);
        assert_eq!(banks("Ref\tPayee\tAccount\nR1\tAmy Example\t20-00-00 55779911\n"), ["200000:55779911"]);
        assert!(banks("Paid from account 601613 31926819 on Friday.").is_empty(), "prose");
        assert!(banks("Ref\tNote\nR1\tpaid from account 601613 31926819\n").is_empty(), "a cell's words");
        assert!(banks("Ref\tNew card or account\nR1\t601613 31926819\n").is_empty(), "no label");
    }

    /// Of a record's pair and a pair read across two records, the one the
    /// bank's modulus check passes stays, whichever it is; a record's pair
    /// that fails it is still kept beside a passing one it shares no number
    /// with.
    #[test]
    fn a_bank_pair_the_modulus_check_passes_wins_a_conflict() {
        let banks = |text: &str| -> Vec<(String, bool)> {
            let mut found: Vec<(String, bool)> = engine()
                .scan(text.as_bytes())
                .into_iter()
                .filter(|m| m.kind == Kind::UkBankAccount)
                .map(|m| (m.value, m.evidence.bits() & Evidence::MODULUS.bits() != 0))
                .collect();
            found.sort();
            found
        };
        // 107999:55779911 and 200000:88837491 fail, the cross 200000:55779911 passes.
        let cross_passes =
            "Sort code: 10-79-99\nAccount no: 55779911\nAmy Example\nSort code: 20-00-00\nAccount no: 88837491\n";
        assert_eq!(banks(cross_passes), [("200000:55779911".to_string(), true)]);
        // 107999:66374958 fails, 107999:88837491 passes; the cross, longer, fails.
        let second_passes =
            "Sort code: 10-79-99\nAccount no: 66374958\nAmy Example\nSort code: 10-79-99\nAccount no: 88837491\n";
        let want = [("107999:66374958".to_string(), false), ("107999:88837491".to_string(), true)];
        assert_eq!(banks(second_passes), want);
    }

    /// The text between a bank pair's numbers is no part of it: an account
    /// holder's name on the line between stays a name.
    #[test]
    fn a_name_between_a_bank_pair_s_numbers_is_kept() {
        let (names, special) = crate::rules::builtin_dictionaries();
        let engine = engine().with_dictionaries(names, special);
        let form = "Sort code: 12-34-56\nAccount holder: Jane Smith\nAccount no: 11223344\n";
        let found: Vec<(Kind, String)> = engine.scan(form.as_bytes()).into_iter().map(|m| (m.kind, m.value)).collect();
        let want = [(Kind::UkBankAccount, "123456:11223344".to_string()), (Kind::PersonName, "Jane Smith".to_string())];
        assert_eq!(found, want);
    }

    /// A pair's numbers are the ones its rule read: a rule pack's pair rule
    /// that allows digits between them reads a form's branch postcode and
    /// phone there, and they stay values of their own.
    #[test]
    fn a_postcode_and_a_phone_between_a_bank_pair_s_numbers_are_kept() {
        let mut rules = crate::rules::builtin().unwrap();
        let mut form_rule = rules.iter().find(|r| r.id == "uk_bank_account_sort_first").unwrap().clone();
        form_rule.id = "bank_form".into();
        form_rule.regex = form_rule.regex.replace(r"[^\d]{0,60}?", r"[^\n]{0,60}?");
        assert!(form_rule.regex.contains(r"[^\n]"), "{}", form_rule.regex);
        rules.push(form_rule);
        let engine = Engine::new(&rules, EngineOptions::default()).unwrap();
        let form = "Sort code: 20-00-00  Branch: SW1A 1AA  Tel: 020 7946 0018  Account: 55779911\n";
        let found: Vec<(Kind, String)> = engine.scan(form.as_bytes()).into_iter().map(|m| (m.kind, m.value)).collect();
        let want =
            [(Kind::UkBankAccount, "200000:55779911"), (Kind::UkPostcode, "SW1A 1AA"), (Kind::Phone, "+442079460018")];
        assert_eq!(found, want.map(|(kind, value)| (kind, value.to_string())));
    }

    #[test]
    fn a_passport_number_in_threes() {
        assert_eq!(found("Passport 533 901 276 seen"), vec![(Kind::UkPassport, "533901276".to_string())]);
    }

    #[test]
    fn a_mobile_grouped_four_digits_at_a_time() {
        assert_eq!(found("mob: 0770 0900 123"), vec![(Kind::Phone, "+447700900123".to_string())]);
    }

    #[test]
    fn abbreviated_bank_labels_and_share_codes() {
        let bank = |text: &str| found(text).into_iter().filter(|(k, _)| *k == Kind::UkBankAccount).count();
        assert_eq!(bank("Pay to: Sort 20-00-00 Acc 55779911"), 1, "a cell's short labels");
        assert_eq!(bank("Please sort the files 010126 to 20260131 by Friday"), 0, "the verb, no account's label");
        assert_eq!(bank("Bank (travel claims)\t20 00 00 / 55779911\n"), 1, "one label for both numbers");
        assert_eq!(bank("Bank holiday 25 12 26, booking 55779911"), 0, "only separators between them");
        assert_eq!(bank("Bank transfer ref 204518 / 31004927"), 0, "a field's label ends in a colon or a tab");
        let postcodes = |text: &str| found(text).into_iter().filter(|(k, _)| *k == Kind::UkPostcode).count();
        assert_eq!(postcodes("Right to work: share code N7P 4XW K2L"), 0, "a share code starts like a postcode");
        assert_eq!(postcodes("Address: 4 Mill Lane, N7 4XW"), 1);
    }

    #[test]
    fn two_digit_ordinal_days_of_birth() {
        assert_eq!(found("born 23rd May 1979"), vec![(Kind::DateOfBirth, "1979-05-23".to_string())]);
        assert_eq!(found("DOB: 31st December 1980"), vec![(Kind::DateOfBirth, "1980-12-31".to_string())]);
    }

    #[test]
    fn keyword_rules_stay_silent_without_keyword() {
        assert!(found("Invoice date 14/03/2024, ref 925076473").is_empty());
    }

    #[test]
    fn context_raises_confidence() {
        let e = engine();
        let bare = e.scan(b"ref QQ 12 34 57 C here");
        let ctx = e.scan(b"NI number QQ 12 34 57 C here");
        assert_eq!(bare.len(), 1);
        assert_eq!(ctx.len(), 1);
        assert!(ctx[0].confidence > bare[0].confidence);
    }

    #[test]
    fn a_published_specimen_is_reported_as_test_data() {
        let found = engine().scan(b"NI number (e.g. QQ 12 34 56 C): QQ 65 43 21 A");
        let scores: Vec<(&str, f32)> = found.iter().map(|m| (m.value.as_str(), m.confidence)).collect();
        assert_eq!(scores, [("QQ123456C", 0.5), ("QQ654321A", 0.95)]);
        assert!(found[0].evidence.describe().contains(&"a published specimen, test data (-)"));
    }

    #[test]
    fn short_forms_need_their_context_word() {
        let kinds = |text: &str| engine().scan(text.as_bytes()).into_iter().map(|m| m.value).collect::<Vec<_>>();
        assert_eq!(kinds("login from ::1 at noon"), ["::1"]);
        assert!(kinds("the ratio a::b holds").is_empty());
        assert_eq!(kinds("Flat 2, 7 Grove Way, zx11ab"), ["ZX1 1AB"]);
        assert!(kinds("part zx11ab in stock").is_empty());
        assert_eq!(kinds("part ec1a1bb in stock"), ["EC1A 1BB"]);
    }

    #[test]
    fn weak_structure_needs_context() {
        // Passes mod-11 but is a bare 10-digit number.
        assert!(found("Order 9434765919 shipped").is_empty());
        assert_eq!(found("NHS No 9434765919"), vec![(Kind::NhsNumber, "9434765919".to_string())]);
    }

    #[test]
    fn veto_words_suppress() {
        assert!(found("upgrade to version 1.2.3.4 today").is_empty());
        let got = found("version 1.2.3.4 and then a login from 192.0.2.7");
        assert_eq!(got, vec![(Kind::IpAddress, "192.0.2.7".to_string())]);
        assert_eq!(found("login from 192.0.2.17"), vec![(Kind::IpAddress, "192.0.2.17".to_string())]);
    }

    #[test]
    fn an_address_in_a_url_s_path_is_no_product_s_version() {
        let ips = |text: &str| found(text).into_iter().filter(|(k, _)| *k == Kind::IpAddress).count();
        assert_eq!(ips("GET /clients/192.0.2.17 HTTP/1.1"), 1);
        assert_eq!(ips("proxy http://gateway/192.0.2.5 refused"), 1);
        assert_eq!(ips("user agent: ExampleApp/4.12.0.7 (Android 14)"), 0);
    }

    #[test]
    fn bank_modulus_check_raises_or_lowers_confidence() {
        let e = engine();
        // Vocalink's own test accounts: no context word beside the keyword.
        let passes = e.scan(b"sort code 08-99-99 66374958");
        assert_eq!(passes.len(), 1);
        assert_eq!(passes[0].value, "089999:66374958");
        assert_eq!(passes[0].confidence, 0.95);
        assert!(passes[0].evidence.describe().iter().any(|w| w.contains("pass the bank's modulus")));
        // Fails: kept at the default threshold, even with a context word.
        let fails = e.scan(b"sort code 08-99-99 account number 66374959");
        assert_eq!(fails.len(), 1);
        assert_eq!(fails[0].confidence, EngineOptions::DEFAULT_MIN_CONFIDENCE);
        assert!(fails[0].evidence.describe().iter().any(|w| w.contains("fail the bank's modulus")));
        let strict = EngineOptions { min_confidence: 0.6, ..EngineOptions::default() };
        let strict = Engine::new(&crate::rules::builtin().unwrap(), strict).unwrap();
        assert!(strict.scan(b"sort code 08-99-99 account number 66374959").is_empty());
        // A sort code outside the table cannot be checked: scored as before.
        let unchecked = e.scan(b"sort code 12-34-56 12345678");
        assert_eq!(unchecked.len(), 1);
        assert_eq!(unchecked[0].confidence, 0.85);
    }

    #[test]
    fn addresses_inside_longer_dotted_numbers_are_not_ipv4() {
        assert!(found("OID 1.3.6.1.2.1.1.5.0 polled from the agent").is_empty());
        assert!(found("host 10.2.3.4.5 from the build").is_empty());
        assert!(found("host 1.2.3.4.5.6.7.8.9.10.11.12.13.14.15.16.17 from the build").is_empty());
        assert_eq!(found("login from 192.0.2.17."), vec![(Kind::IpAddress, "192.0.2.17".to_string())]);
        let two = found("hosts 192.0.2.1,192.0.2.2 and (198.51.100.7)");
        let values: Vec<&str> = two.iter().map(|(_, v)| v.as_str()).collect();
        assert_eq!(values, ["192.0.2.1", "192.0.2.2", "198.51.100.7"]);
    }

    #[test]
    fn ipv6_with_an_ipv4_tail_is_one_address() {
        assert_eq!(found("login from ::ffff:192.0.2.1"), vec![(Kind::IpAddress, "::ffff:192.0.2.1".to_string())]);
        assert_eq!(found("client 64:ff9b::192.0.2.33"), vec![(Kind::IpAddress, "64:ff9b::c000:221".to_string())]);
    }

    #[test]
    fn overlapping_kinds_keep_the_containing_identifier() {
        let got = found("IBAN GB82 WEST 1234 5698 7654 32");
        assert_eq!(got, vec![(Kind::Iban, "GB82WEST12345698765432".to_string())]);
    }

    #[test]
    fn a_phone_s_digits_are_no_nhs_number_beside_one() {
        let got = found("NHS number 943 476 5919. Daughter: +44 117 496 0027");
        let kinds: Vec<Kind> = got.iter().map(|(k, _)| *k).collect();
        assert_eq!(kinds, [Kind::NhsNumber, Kind::Phone], "{got:?}");
        assert_eq!(got[0].1, "9434765919");
    }

    #[test]
    fn merge_prefers_confident_then_longer() {
        let m = |start, end, confidence| Match {
            detector: "phone".into(),
            kind: Kind::Phone,
            category: None,
            value: String::new(),
            confidence,
            evidence: Evidence::default(),
            start,
            end,
            numbers: None,
        };
        let merged = merge_overlaps(vec![m(0, 10, 0.6), m(2, 12, 0.9), m(20, 25, 0.6)]);
        assert_eq!(merged.iter().map(|m| (m.start, m.end)).collect::<Vec<_>>(), vec![(2, 12), (20, 25)]);
    }

    #[test]
    fn bad_rules_are_named() {
        let mut rule = crate::rules::builtin().unwrap().remove(0);
        rule.regex = "(".into();
        let err = Engine::new(&[rule.clone()], EngineOptions::default()).err().unwrap().to_string();
        assert!(err.contains(&rule.id) && err.contains("bad regex"), "{err}");
        rule.regex = "a".into();
        rule.validator = "nope".into();
        let err = Engine::new(&[rule], EngineOptions::default()).err().unwrap().to_string();
        assert!(err.contains("unknown validator"), "{err}");
    }
}
