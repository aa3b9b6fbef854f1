//! Validators: the strict second stage after a rule's regex. Each one turns a
//! candidate into its normalised value (CONTRACT.md) or rejects it, using the
//! identifier's own structure — checksums, prefix rules, calendar dates.
//!
//! A validator never looks at context; scoring does that. A rejected candidate
//! is dropped whatever its context says. Some identifiers can be checked
//! further against outside data (`confirm`): a UK bank account against
//! Vocalink's modulus tables.

use std::net::{Ipv4Addr, Ipv6Addr};
use std::str::FromStr;

use jiff::civil::Date;

use super::modulus::{Modulus, Verdict};

/// A candidate handed to a validator.
pub struct Candidate<'a> {
    /// The matched text: the rule's `value` group when it has one, else the whole match.
    pub text: &'a str,
    /// Other named groups of the rule's regex, by name (only `sort` and `account` are used).
    pub groups: &'a [(&'a str, &'a str)],
    /// Today's date, for checks such as "a birth date is not in the future".
    pub today: Date,
    /// Up to two bytes of the text on each side of the match, for values
    /// that must not be cut out of a longer run (an IPv4 address out of
    /// the OID 1.3.6.1.2.1.1.5.0).
    pub before: &'a [u8],
    pub after: &'a [u8],
}

impl Candidate<'_> {
    fn group(&self, name: &str) -> Option<&str> {
        self.groups.iter().find(|(n, _)| *n == name).map(|(_, v)| *v)
    }
}

/// The named validators a rule may refer to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Validator {
    /// Keep the matched text, inner whitespace collapsed (no structural check).
    Verbatim,
    UkNino,
    UkBankAccount,
    Iban,
    PaymentCard,
    Email,
    Phone,
    UkPostcode,
    NhsNumber,
    Date,
    UkPassport,
    UkDrivingLicence,
    IpAddress,
}

impl Validator {
    pub const ALL: [Validator; 13] = [
        Validator::Verbatim,
        Validator::UkNino,
        Validator::UkBankAccount,
        Validator::Iban,
        Validator::PaymentCard,
        Validator::Email,
        Validator::Phone,
        Validator::UkPostcode,
        Validator::NhsNumber,
        Validator::Date,
        Validator::UkPassport,
        Validator::UkDrivingLicence,
        Validator::IpAddress,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Validator::Verbatim => "verbatim",
            Validator::UkNino => "uk_nino",
            Validator::UkBankAccount => "uk_bank_account",
            Validator::Iban => "iban",
            Validator::PaymentCard => "payment_card",
            Validator::Email => "email",
            Validator::Phone => "phone",
            Validator::UkPostcode => "uk_postcode",
            Validator::NhsNumber => "nhs_number",
            Validator::Date => "date",
            Validator::UkPassport => "uk_passport",
            Validator::UkDrivingLicence => "uk_driving_licence",
            Validator::IpAddress => "ip_address",
        }
    }

    /// The normalised value of a valid candidate, `None` for an invalid one.
    pub fn normalise(self, c: &Candidate) -> Option<String> {
        match self {
            Validator::Verbatim => Some(collapse_whitespace(c.text)),
            Validator::UkNino => uk_nino(c.text),
            Validator::UkBankAccount => uk_bank_account(c.group("sort")?, c.group("account")?),
            Validator::Iban => iban(c.text),
            Validator::PaymentCard => payment_card(c.text),
            Validator::Email => email(c.text),
            Validator::Phone => phone(c.text),
            Validator::UkPostcode => uk_postcode(c.text),
            Validator::NhsNumber => nhs_number(c.text),
            Validator::Date => past_date(c.text, c.today),
            Validator::UkPassport => uk_passport(c.text),
            Validator::UkDrivingLicence => uk_driving_licence(c.text),
            Validator::IpAddress => ip_address(c.text, c.before, c.after),
        }
    }
}

impl Validator {
    /// What outside data says about a normalised `value`: for a UK bank
    /// account, Vocalink's modulus check of its sort code and number;
    /// `Unchecked` for the identifiers that have none.
    pub fn confirm(self, value: &str, modulus: &Modulus) -> Verdict {
        match (self, value.split_once(':')) {
            (Validator::UkBankAccount, Some((sort, account))) => modulus.verdict(sort, account),
            _ => Verdict::Unchecked,
        }
    }
}

impl FromStr for Validator {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, String> {
        Validator::ALL.into_iter().find(|v| v.name() == s).ok_or_else(|| {
            let names: Vec<_> = Validator::ALL.iter().map(|v| v.name()).collect();
            format!("unknown validator `{s}` (known: {})", names.join(", "))
        })
    }
}

/// Inner runs of whitespace collapsed to one space, ends trimmed.
pub fn collapse_whitespace(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Uppercase ASCII alphanumerics only: separators (spaces, dashes, dots) removed.
fn compact(s: &str) -> String {
    s.chars().filter(char::is_ascii_alphanumeric).map(|c| c.to_ascii_uppercase()).collect()
}

fn digits(s: &str) -> String {
    s.chars().filter(char::is_ascii_digit).collect()
}

fn all_same(s: &str) -> bool {
    let mut bytes = s.bytes();
    bytes.next().is_some_and(|first| bytes.all(|b| b == first))
}

/// HMRC rules: D F I Q U V never first or second letter, O never second;
/// unallocated (BG GB KN NK NT TN ZZ) and administrative (OO CR FY MW NC PP)
/// prefixes refused; suffix A–D. `QQ` is HMRC's specimen prefix, used in its
/// own guidance and forms: accepted so that specimen and test data is found.
fn uk_nino(text: &str) -> Option<String> {
    let v = compact(text);
    let b = v.as_bytes();
    if b.len() != 9
        || !b[..2].iter().all(u8::is_ascii_alphabetic)
        || !b[2..8].iter().all(u8::is_ascii_digit)
        || !(b'A'..=b'D').contains(&b[8])
    {
        return None;
    }
    let prefix = &v[..2];
    if prefix == "QQ" {
        return Some(v);
    }
    const NEVER: &[u8] = b"DFIQUV";
    const REFUSED: [&str; 13] = ["BG", "GB", "KN", "NK", "NT", "TN", "ZZ", "OO", "CR", "FY", "MW", "NC", "PP"];
    if NEVER.contains(&b[0]) || NEVER.contains(&b[1]) || b[1] == b'O' || REFUSED.contains(&prefix) {
        return None;
    }
    Some(v)
}

fn uk_bank_account(sort: &str, account: &str) -> Option<String> {
    let sort = digits(sort);
    let account = digits(account);
    if sort.len() != 6 || account.len() != 8 || all_same(&account) {
        return None;
    }
    Some(format!("{sort}:{account}"))
}

/// IBAN lengths by country (SWIFT IBAN registry).
const IBAN_LENGTHS: &[(&str, usize)] = &[
    ("AD", 24),
    ("AE", 23),
    ("AL", 28),
    ("AT", 20),
    ("AZ", 28),
    ("BA", 20),
    ("BE", 16),
    ("BG", 22),
    ("BH", 22),
    ("BR", 29),
    ("BY", 28),
    ("CH", 21),
    ("CR", 22),
    ("CY", 28),
    ("CZ", 24),
    ("DE", 22),
    ("DK", 18),
    ("DO", 28),
    ("EE", 20),
    ("EG", 29),
    ("ES", 24),
    ("FI", 18),
    ("FO", 18),
    ("FR", 27),
    ("GB", 22),
    ("GE", 22),
    ("GI", 23),
    ("GL", 18),
    ("GR", 27),
    ("GT", 28),
    ("HR", 21),
    ("HU", 28),
    ("IE", 22),
    ("IL", 23),
    ("IQ", 23),
    ("IS", 26),
    ("IT", 27),
    ("JO", 30),
    ("KW", 30),
    ("KZ", 20),
    ("LB", 28),
    ("LC", 32),
    ("LI", 21),
    ("LT", 20),
    ("LU", 20),
    ("LV", 21),
    ("LY", 25),
    ("MC", 27),
    ("MD", 24),
    ("ME", 22),
    ("MK", 19),
    ("MR", 27),
    ("MT", 31),
    ("MU", 30),
    ("NL", 18),
    ("NO", 15),
    ("PK", 24),
    ("PL", 28),
    ("PS", 29),
    ("PT", 25),
    ("QA", 29),
    ("RO", 24),
    ("RS", 22),
    ("SA", 24),
    ("SC", 31),
    ("SD", 18),
    ("SE", 24),
    ("SI", 19),
    ("SK", 24),
    ("SM", 27),
    ("ST", 25),
    ("SV", 28),
    ("TL", 23),
    ("TN", 24),
    ("TR", 26),
    ("UA", 29),
    ("VA", 22),
    ("VG", 24),
    ("XK", 20),
];

fn iban(text: &str) -> Option<String> {
    let mut v = compact(text);
    let expected = IBAN_LENGTHS.iter().find(|(cc, _)| v.get(..2) == Some(*cc))?.1;
    // A spaced IBAN followed by a four-letter word ("… 1234 Bank") reaches
    // the regex as one more group: the country's length says where it ends.
    v.truncate(expected);
    let b = v.as_bytes();
    if b.len() != expected || !b[2..4].iter().all(u8::is_ascii_digit) {
        return None;
    }
    // ISO 13616: move the first four characters to the end, letters become
    // 10..35, and the whole number mod 97 must be 1.
    let mut remainder = 0u32;
    for &c in b[4..].iter().chain(&b[..4]) {
        let n = if c.is_ascii_digit() { u32::from(c - b'0') } else { u32::from(c - b'A') + 10 };
        remainder = if n >= 10 { (remainder * 100 + n) % 97 } else { (remainder * 10 + n) % 97 };
    }
    (remainder == 1).then_some(v)
}

fn luhn(digits: &[u8]) -> bool {
    let sum: u32 = digits
        .iter()
        .rev()
        .enumerate()
        .map(|(i, &d)| {
            let d = u32::from(d - b'0');
            if i % 2 == 1 {
                if d * 2 > 9 {
                    d * 2 - 9
                } else {
                    d * 2
                }
            } else {
                d
            }
        })
        .sum();
    sum.is_multiple_of(10)
}

/// Issuer prefix ranges and the lengths each issuer uses (ISO/IEC 7812 IINs).
fn known_issuer(d: &str) -> bool {
    let len = d.len();
    let prefix = |n: usize| d[..n].parse::<u32>().unwrap_or(0);
    let in_range = |n: usize, lo: u32, hi: u32| (lo..=hi).contains(&prefix(n));
    match d.as_bytes()[0] {
        b'4' => matches!(len, 13 | 16 | 19),          // Visa
        b'2' => len == 16 && in_range(4, 2221, 2720), // Mastercard 2-series
        b'5' => {
            (len == 16 && in_range(2, 51, 55)) // Mastercard
                || ((12..=19).contains(&len) && (prefix(2) == 50 || in_range(2, 56, 59)))
            // Maestro
        }
        b'3' => {
            (len == 15 && matches!(prefix(2), 34 | 37)) // American Express
                || ((14..=19).contains(&len) && (in_range(3, 300, 305) || matches!(prefix(2), 36 | 38 | 39))) // Diners Club
                || ((16..=19).contains(&len) && in_range(4, 3528, 3589)) // JCB
        }
        b'6' => (12..=19).contains(&len), // Discover, UnionPay, Maestro (6xxx)
        _ => false,
    }
}

fn payment_card(text: &str) -> Option<String> {
    let d = digits(text);
    if !(12..=19).contains(&d.len()) || all_same(&d) || !luhn(d.as_bytes()) || !known_issuer(&d) {
        return None;
    }
    Some(d)
}

fn email(text: &str) -> Option<String> {
    let v = text.trim_matches('.').to_ascii_lowercase();
    let (local, domain) = v.rsplit_once('@')?;
    let tld = domain.rsplit_once('.')?.1;
    let labels_ok = domain.split('.').all(|l| !l.is_empty() && !l.starts_with('-') && !l.ends_with('-'));
    if local.is_empty() || local.len() > 64 || domain.len() > 253 || !labels_ok || tld.len() < 2 {
        return None;
    }
    if !tld.bytes().all(|b| b.is_ascii_alphabetic()) {
        return None;
    }
    Some(v)
}

/// UK numbers (national `0…` or `+44 (0)…`) and international `+` numbers,
/// normalised to E.164.
fn phone(text: &str) -> Option<String> {
    let t = text.trim();
    let d = digits(t);
    let international = t.starts_with('+') || t.starts_with("00");
    let national = if international {
        let rest = if t.starts_with('+') { d.as_str() } else { &d[2..] };
        match rest.strip_prefix("44") {
            // "+44 (0)20 …": the trunk zero is not dialled after the country code.
            Some(uk) => uk.strip_prefix('0').unwrap_or(uk).to_string(),
            None => {
                return ((8..=15).contains(&rest.len()) && !rest.starts_with('0')).then(|| format!("+{rest}"));
            }
        }
    } else {
        d.strip_prefix('0')?.to_string()
    };
    // UK significant numbers (after the 0): 10 digits, or 9 for a few ranges.
    let first = national.as_bytes().first().copied().unwrap_or(b'0');
    let valid = match national.len() {
        10 => matches!(first, b'1' | b'2' | b'3' | b'5' | b'7' | b'8' | b'9'),
        9 => matches!(first, b'1' | b'8'), // some small exchanges, 0800 numbers
        _ => false,
    };
    valid.then(|| format!("+44{national}"))
}

/// Royal Mail format rules, including which letters each position may hold.
fn uk_postcode(text: &str) -> Option<String> {
    let v = compact(text);
    if v == "GIR0AA" {
        return Some("GIR 0AA".into());
    }
    if !(5..=7).contains(&v.len()) {
        return None;
    }
    let (outward, inward) = v.split_at(v.len() - 3);
    let i = inward.as_bytes();
    if !i[0].is_ascii_digit() || !i[1..].iter().all(|c| c.is_ascii_uppercase() && !b"CIKMOV".contains(c)) {
        return None;
    }
    let o = outward.as_bytes();
    let letter = |c: u8, banned: &[u8]| c.is_ascii_uppercase() && !banned.contains(&c);
    let ok = match o {
        // A9, A99, A9A
        [a, n] => letter(*a, b"QVX") && n.is_ascii_digit(),
        [a, n, m] if n.is_ascii_digit() => letter(*a, b"QVX") && (m.is_ascii_digit() || b"ABCDEFGHJKPSTUW".contains(m)),
        // AA9
        [a, b, n] => letter(*a, b"QVX") && letter(*b, b"IJZ") && n.is_ascii_digit(),
        // AA99, AA9A
        [a, b, n, m] => {
            letter(*a, b"QVX")
                && letter(*b, b"IJZ")
                && n.is_ascii_digit()
                && (m.is_ascii_digit() || b"ABEHMNPRVWXY".contains(m))
        }
        _ => false,
    };
    ok.then(|| format!("{outward} {inward}"))
}

/// NHS number: modulus 11 with weights 10..2; a remainder giving 10 is invalid.
fn nhs_number(text: &str) -> Option<String> {
    let d = digits(text);
    if d.len() != 10 || all_same(&d) {
        return None;
    }
    let b = d.as_bytes();
    let sum: u32 = b[..9].iter().zip((2..=10).rev()).map(|(&c, w)| u32::from(c - b'0') * w).sum();
    let check = match 11 - sum % 11 {
        11 => 0,
        10 => return None,
        c => c,
    };
    (check == u32::from(b[9] - b'0')).then_some(d)
}

const MONTHS: [&str; 12] = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/// A calendar date written day-first (UK), ISO, or with a month name,
/// normalised to `YYYY-MM-DD`; refused when in the future or before 1900.
fn past_date(text: &str, today: Date) -> Option<String> {
    let parts: Vec<&str> = text.split(|c: char| !c.is_ascii_alphanumeric()).filter(|p| !p.is_empty()).collect();
    let month_of = |s: &str| {
        let s = s.to_ascii_lowercase();
        MONTHS.iter().position(|m| s.starts_with(m)).map(|i| i as i8 + 1)
    };
    let num = |s: &str| -> Option<i16> {
        let s = s.trim_end_matches(|c: char| c.is_ascii_alphabetic()); // 3rd, 21st
        if s.is_empty() || s.len() > 4 {
            None
        } else {
            s.parse().ok()
        }
    };
    let (year, month, day) = match parts.as_slice() {
        // ISO, year first: four digits ("23rd" is a day, not a year).
        [a, b, c] if a.len() == 4 && a.bytes().all(|b| b.is_ascii_digit()) => (num(a)?, num(b)?, num(c)?),
        [a, b, c] => match (month_of(a), month_of(b)) {
            (Some(m), _) => (num(c)?, i16::from(m), num(b)?), // March 3, 1985
            (_, Some(m)) => (num(c)?, i16::from(m), num(a)?), // 3 March 1985
            _ => (num(c)?, num(b)?, num(a)?),                 // 03/03/1985
        },
        _ => return None,
    };
    let year = match year {
        y if y >= 1000 => y,
        y if y < 100 => {
            // Two-digit years: the latest year not after today.
            let century = today.year() - today.year() % 100;
            if century + y <= today.year() {
                century + y
            } else {
                century - 100 + y
            }
        }
        _ => return None,
    };
    let date = Date::new(year, i8::try_from(month).ok()?, i8::try_from(day).ok()?).ok()?;
    (year >= 1900 && date <= today).then(|| date.to_string())
}

fn uk_passport(text: &str) -> Option<String> {
    let d = digits(text);
    (d.len() == 9 && !all_same(&d)).then_some(d)
}

/// DVLA licence number: surname (5, padded with 9), decade digit, month
/// (+50 for women), day, year digit, initials (2, padded with 9), a digit
/// and two check characters.
fn uk_driving_licence(text: &str) -> Option<String> {
    let v = compact(text);
    let b = v.as_bytes();
    if b.len() != 16 {
        return None;
    }
    let surname = &b[..5];
    let padding = surname.iter().position(|&c| c == b'9').unwrap_or(5);
    if padding == 0
        || !surname[..padding].iter().all(u8::is_ascii_uppercase)
        || !surname[padding..].iter().all(|&c| c == b'9')
        || !b[5..11].iter().all(u8::is_ascii_digit)
        || !b[11].is_ascii_uppercase()
        || !(b[12].is_ascii_uppercase() || b[12] == b'9')
        || !b[13].is_ascii_digit()
        || !b[14..].iter().all(u8::is_ascii_alphanumeric)
    {
        return None;
    }
    let num = |i: usize| (b[i] - b'0') * 10 + (b[i + 1] - b'0');
    let month = match num(6) {
        m @ 1..=12 => m,
        m @ 51..=62 => m - 50,
        _ => return None,
    };
    // Year unknown to the decade: allow 29 February.
    Date::new(2000, month as i8, num(8) as i8).ok()?;
    Some(v)
}

/// An IPv6 or IPv4 address; an IPv4 address only when it is not four parts
/// of a longer dotted number (a dot and a digit on either side).
fn ip_address(text: &str, before: &[u8], after: &[u8]) -> Option<String> {
    if text.contains(':') {
        let ip = Ipv6Addr::from_str(text).ok()?;
        // Times (12:30:45) and C++ paths (a::b) are not addresses: ask for
        // at least three groups (an IPv4 tail is two) and refuse the
        // unspecified address.
        let groups = text.split(':').filter(|g| !g.is_empty()).count() + usize::from(text.contains('.'));
        return (groups >= 3 && !ip.is_unspecified()).then(|| ip.to_string());
    }
    // "9." before or ".9" after: the run goes on.
    let continues = |pair: &[u8], dot: usize| pair.len() == 2 && pair[dot] == b'.' && pair[1 - dot].is_ascii_digit();
    if continues(before, 1) || continues(after, 0) {
        return None;
    }
    // `Ipv4Addr` refuses leading zeros, so "01.02.2003" is not an address.
    let ip = Ipv4Addr::from_str(text).ok()?;
    (!ip.is_unspecified()).then(|| ip.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(v: Validator, cases: &[(&str, Option<&str>)]) {
        check_groups(v, &[], cases);
    }

    fn check_groups(v: Validator, groups: &[(&str, &str)], cases: &[(&str, Option<&str>)]) {
        let today = Date::new(2026, 11, 23).unwrap();
        for (input, want) in cases {
            let got = v.normalise(&Candidate { text: input, groups, today, before: b" ", after: b" " });
            assert_eq!(got.as_deref(), *want, "{} on {input:?}", v.name());
        }
    }

    #[test]
    fn nino() {
        check(
            Validator::UkNino,
            &[
                ("QQ 12 34 56 C", Some("QQ123456C")),
                ("qq-12-34-56-a", Some("QQ123456A")),
                ("AB123456D", Some("AB123456D")),
                ("OA123456B", Some("OA123456B")),
                ("QQ123456E", None), // suffix beyond D
                ("DA123456A", None), // D first
                ("AF123456A", None), // F second
                ("AO123456A", None), // O second
                ("BG123456A", None),
                ("GB123456A", None),
                ("NK123456A", None),
                ("TN123456A", None),
                ("ZZ123456A", None),
                ("OO123456A", None),
                ("CR123456A", None),
                ("PP123456A", None),
                ("QQ12345C", None),
            ],
        );
    }

    #[test]
    fn bank_account() {
        check_groups(
            Validator::UkBankAccount,
            &[("sort", "12-34-56"), ("account", "12345678")],
            &[("x", Some("123456:12345678"))],
        );
        check_groups(Validator::UkBankAccount, &[("sort", "12 34 56"), ("account", "00000000")], &[("x", None)]);
        check_groups(Validator::UkBankAccount, &[("sort", "12-34"), ("account", "12345678")], &[("x", None)]);
        check(Validator::UkBankAccount, &[("12-34-56 12345678", None)]); // groups missing
    }

    #[test]
    fn bank_accounts_are_confirmed_by_modulus_check() {
        let modulus = crate::rules::builtin_modulus();
        let confirm = |value| Validator::UkBankAccount.confirm(value, &modulus);
        assert_eq!(confirm("089999:66374958"), Verdict::Valid);
        assert_eq!(confirm("089999:66374959"), Verdict::Invalid);
        assert_eq!(confirm("123456:12345678"), Verdict::Unchecked); // sort code not in the table
        assert_eq!(Validator::Verbatim.confirm("089999:66374959", &modulus), Verdict::Unchecked);
    }

    #[test]
    fn iban_mod97_and_length() {
        check(
            Validator::Iban,
            &[
                ("GB82 WEST 1234 5698 7654 32", Some("GB82WEST12345698765432")),
                ("gb82west12345698765432", Some("GB82WEST12345698765432")),
                ("DE89370400440532013000", Some("DE89370400440532013000")),
                ("FR1420041010050500013M02606", Some("FR1420041010050500013M02606")),
                ("GB82WEST12345698765433", None), // check fails
                ("GB82WEST1234569876543", None),  // wrong length for GB
                ("NL91 ABNA 0417 1643 00 Bank", Some("NL91ABNA0417164300")),
                ("XX82WEST12345698765432", None), // unknown country
            ],
        );
    }

    #[test]
    fn card_luhn_and_issuer() {
        check(
            Validator::PaymentCard,
            &[
                ("4111 1111 1111 1111", Some("4111111111111111")),
                ("5555-5555-5555-4444", Some("5555555555554444")),
                ("3782 822463 10005", Some("378282246310005")),
                ("6011111111111117", Some("6011111111111117")),
                ("2223003122003222", Some("2223003122003222")),
                ("4111 1111 1111 1112", None), // Luhn
                ("1234567812345670", None),    // passes Luhn, no issuer starts with 1
                ("0000000000000000", None),
                ("37828224631000", None), // Amex length
            ],
        );
    }

    #[test]
    fn emails() {
        check(
            Validator::Email,
            &[
                ("Jane.Example@Example.COM", Some("jane.example@example.com")),
                ("a+b@mail.example.org", Some("a+b@mail.example.org")),
                ("user@localhost", None),
                ("user@example.c0m", None),
                ("@example.com", None),
                ("user@-bad.example.com", None),
            ],
        );
    }

    #[test]
    fn phones_to_e164() {
        check(
            Validator::Phone,
            &[
                ("07700 900123", Some("+447700900123")),
                ("07700900123", Some("+447700900123")),
                ("+44 7700 900123", Some("+447700900123")),
                ("+44 (0)20 7946 0018", Some("+442079460018")),
                ("020 7946 0018", Some("+442079460018")),
                ("0113 496 0999", Some("+441134960999")),
                ("01632 960001", Some("+441632960001")),
                ("0044 20 7946 0018", Some("+442079460018")),
                ("+1 202 555 0142", Some("+12025550142")),
                ("+353 1 555 0123", Some("+35315550123")),
                ("0000 000000", None),
                ("0123 45", None),
                ("04700 900123", None), // 04 is not a UK range
                ("+1 23", None),
            ],
        );
    }

    #[test]
    fn postcodes() {
        check(
            Validator::UkPostcode,
            &[
                ("SW1A 1AA", Some("SW1A 1AA")),
                ("sw1a1aa", Some("SW1A 1AA")),
                ("EC1A 1BB", Some("EC1A 1BB")),
                ("W1A 0AX", Some("W1A 0AX")),
                ("M1 1AE", Some("M1 1AE")),
                ("B33 8TH", Some("B33 8TH")),
                ("CR2 6XH", Some("CR2 6XH")),
                ("DN55 1PT", Some("DN55 1PT")),
                ("GIR 0AA", Some("GIR 0AA")),
                ("QA1 1AA", None),  // Q never first
                ("AJ1 1AA", None),  // J never second
                ("SW1A 1CA", None), // C never in the inward code
                ("W1L 0AX", None),  // L not allowed third
                ("SW1A1A", None),
            ],
        );
    }

    #[test]
    fn nhs_mod11() {
        check(
            Validator::NhsNumber,
            &[
                ("943 476 5919", Some("9434765919")),
                ("9434765919", Some("9434765919")),
                ("943-476-5919", Some("9434765919")),
                ("943 476 5918", None), // wrong check digit
                ("1000000010", None),   // remainder gives check 10
                ("0000000000", None),
                ("123456789", None),
            ],
        );
    }

    #[test]
    fn dates_of_birth() {
        check(
            Validator::Date,
            &[
                ("14/03/1985", Some("1985-03-14")),
                ("14-03-1985", Some("1985-03-14")),
                ("14.03.1985", Some("1985-03-14")),
                ("1985-03-14", Some("1985-03-14")),
                ("3 March 1985", Some("1985-03-03")),
                ("3rd Mar 1985", Some("1985-03-03")),
                ("23rd May 1979", Some("1979-05-23")),
                ("21st June 1980", Some("1980-06-21")),
                ("May 22nd, 1979", Some("1979-05-22")),
                ("March 3, 1985", Some("1985-03-03")),
                ("29/02/2000", Some("2000-02-29")),
                ("01/02/85", Some("1985-02-01")),
                ("01/02/19", Some("2019-02-01")),
                ("29/02/2001", None), // not a leap year
                ("31/04/1990", None),
                ("14/13/1985", None),
                ("01/01/2030", None), // future
                ("01/01/1850", None),
            ],
        );
    }

    #[test]
    fn passports() {
        check(Validator::UkPassport, &[("925076473", Some("925076473")), ("111111111", None), ("12345678", None)]);
    }

    #[test]
    fn driving_licences() {
        check(
            Validator::UkDrivingLicence,
            &[
                ("MORGA753116SM9IJ", Some("MORGA753116SM9IJ")),
                ("morga753116sm9ij", Some("MORGA753116SM9IJ")),
                ("LI999652295JA9AB", Some("LI999652295JA9AB")), // short surname, female, 29 Feb
                ("MORGA713116SM9IJ", None),                     // month 13
                ("MORGA754316SM9IJ", None),                     // 31 April
                ("MO9GA753116SM9IJ", None),                     // letter after padding
                ("99999753116SM9IJ", None),
            ],
        );
    }

    #[test]
    fn ip_addresses() {
        check(
            Validator::IpAddress,
            &[
                ("192.0.2.17", Some("192.0.2.17")),
                ("203.0.113.255", Some("203.0.113.255")),
                ("2001:DB8:0:0:0:0:0:1", Some("2001:db8::1")),
                ("2001:db8::8a2e:370:7334", Some("2001:db8::8a2e:370:7334")),
                ("::ffff:192.0.2.1", Some("::ffff:192.0.2.1")),
                ("64:ff9b::192.0.2.33", Some("64:ff9b::c000:221")),
                ("1.3.6.1.2", None),
                ("256.1.1.1", None),
                ("01.02.2003", None),
                ("0.0.0.0", None),
                ("12:30:45", None),
                ("a::b", None),
            ],
        );
    }

    #[test]
    fn ipv4_not_out_of_a_longer_dotted_number() {
        let today = Date::new(2026, 11, 23).unwrap();
        let ip = |before: &[u8], after: &[u8]| {
            Validator::IpAddress.normalise(&Candidate { text: "1.2.3.4", groups: &[], today, before, after })
        };
        assert_eq!(ip(b"", b""), Some("1.2.3.4".into()));
        assert_eq!(ip(b"m ", b". "), Some("1.2.3.4".into())); // end of a sentence
        assert_eq!(ip(b"P:", b",5"), Some("1.2.3.4".into()));
        assert_eq!(ip(b"", b".5"), None);
        assert_eq!(ip(b"6.", b""), None);
    }

    #[test]
    fn verbatim_collapses_whitespace() {
        check(Validator::Verbatim, &[("  Jane \t  Example ", Some("Jane Example"))]);
    }

    #[test]
    fn names_round_trip() {
        for v in Validator::ALL {
            assert_eq!(v.name().parse::<Validator>(), Ok(v));
        }
        assert!("nope".parse::<Validator>().is_err());
    }
}
