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
use std::sync::LazyLock;

use arrayvec::ArrayString;
use jiff::civil::Date;

use super::modulus::{Modulus, Verdict};
use super::one_of;

/// The data the validators judge by, as shipped in `rules/`: the countries
/// of the IBAN registry with their lengths, and the UK postcode areas.
pub const IBAN_REGISTRY: &str = include_str!("../../rules/iban_registry.txt");
pub const UK_POSTCODE_AREAS: &str = include_str!("../../rules/uk_postcode_areas.txt");

/// How much text before a match a validator sees (`Candidate::before`):
/// enough for a user agent's product name.
pub const BEFORE: usize = 64;

/// A candidate handed to a validator.
pub struct Candidate<'a> {
    /// The matched text: the rule's `value` group when it has one, else the whole match.
    pub text: &'a str,
    /// Other named groups of the rule's regex, by name (only `sort` and `account` are used).
    pub groups: &'a [(&'a str, &'a str)],
    /// Today's date, for checks such as "a birth date is not in the future".
    pub today: Date,
    /// Up to `BEFORE` bytes of the text before the match and two after
    /// it, for values that must not be cut out of a longer run (an IPv4
    /// address out of the OID 1.3.6.1.2.1.1.5.0) nor out of a token (a
    /// user agent's product and version).
    pub before: &'a [u8],
    pub after: &'a [u8],
}

impl Candidate<'_> {
    fn group(&self, name: &str) -> Option<&str> {
        self.groups.iter().find(|(n, _)| *n == name).map(|(_, v)| *v)
    }
}

/// A valid candidate.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Valid {
    /// The normalised value.
    pub value: String,
    /// Bytes of the candidate's text the value takes: all of it, but for an
    /// IBAN whose country's length ends it before a word that followed.
    pub len: usize,
    /// Written in a form that ordinary text also takes (a postcode in lower
    /// case or without its space, outside the known areas; an IPv6 address
    /// of one or two groups, `::1`): an identifier only beside a context word.
    pub needs_context: bool,
}

impl Valid {
    fn whole(c: &Candidate, value: String) -> Valid {
        Valid { value, len: c.text.len(), needs_context: false }
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

    /// A valid candidate's value, `None` for an invalid one.
    pub fn normalise(self, c: &Candidate) -> Option<Valid> {
        let value = match self {
            Validator::Verbatim => collapse_whitespace(c.text),
            Validator::UkNino => uk_nino(c.text)?,
            Validator::UkBankAccount if across_rows(c) => return None,
            Validator::UkBankAccount => uk_bank_account(c.group("sort")?, c.group("account")?)?,
            Validator::Iban => return iban(c.text),
            Validator::PaymentCard => payment_card(c.text)?,
            Validator::Email => email(c.text)?,
            Validator::Phone => phone(c.text, c.before)?,
            Validator::UkPostcode => return uk_postcode(c),
            Validator::NhsNumber => nhs_number(c.text)?,
            Validator::Date => past_date(c.text, c.today)?,
            Validator::UkPassport => uk_passport(c)?,
            Validator::UkDrivingLicence => uk_driving_licence(c.text)?,
            Validator::IpAddress => return ip_address(c),
        };
        Some(Valid::whole(c, value))
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
    keep_bytes(s, |b| b.is_ascii_alphanumeric().then(|| b.to_ascii_uppercase()))
}

fn digits(s: &str) -> String {
    keep_bytes(s, |b| b.is_ascii_digit().then_some(b))
}

/// The ASCII bytes `keep` maps `s` to, in one allocation of `s`'s length
/// (a byte of a multi-byte character is never ASCII, so never kept).
fn keep_bytes(s: &str, keep: impl Fn(u8) -> Option<u8>) -> String {
    let mut kept = String::with_capacity(s.len());
    kept.extend(s.bytes().filter_map(keep).map(char::from));
    kept
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

/// Whether a pair's first number, on an earlier line than its second, is
/// a table row's field and the second number another row's of the same
/// table: a filled cell follows the first number on its line, and the
/// second number's line is another row, tab-separated up to the number in
/// no more cells than the first line holds, or opening with the first
/// line's label ("Account: 41268830<TAB>Paid: monthly\nName: …<TAB>Sort
/// code: 40-12-76"). A two-column form ("Sort code: 20-00-00<TAB>Account
/// name: Jane\nAccount no: 55779911"), a form's consecutive lines, a
/// key/value table's last cell, stay one record's.
///
/// Where the rows hold pairs of their own, the disjoint pairs
/// (`engine::keep_disjoint_pairs`) refuse the cross pair too; this alone
/// refuses it where they hold none: one row's account and the next row's
/// sort code, each row's only bank number (`detect::tests::
/// one_row_s_account_and_the_next_row_s_sort_code_are_no_pair`).
fn across_rows(c: &Candidate) -> bool {
    let Some((first, rest)) = c.text.split_once('\n') else { return false };
    if !first.split('\t').skip(1).any(|cell| !cell.trim().is_empty()) {
        return false;
    }
    let opening = c.before.iter().rposition(|&b| b == b'\n').map_or(c.before, |i| &c.before[i + 1..]);
    let second = rest.rsplit('\n').next().unwrap_or(rest).as_bytes();
    let tabs = |line: &[u8]| line.iter().filter(|&&b| b == b'\t').count();
    fn label(line: &[u8]) -> &[u8] {
        let end = line.iter().position(|&b| b == b':' || b == b'\t').unwrap_or(line.len());
        line[..end].trim_ascii()
    }
    let row_label = label(opening);
    (1..=tabs(opening) + tabs(first.as_bytes())).contains(&tabs(second))
        || (!row_label.is_empty() && row_label.eq_ignore_ascii_case(label(second)))
}

/// Whether a pair's number at `start` is another field's: it ends a
/// reference (`ends_reference`) or a label naming another record stands
/// right before it (`labelled_as_other_record`). Read as a bank account,
/// such digits pair with the sort code beside them in place of the account
/// number that follows it.
pub(super) fn another_fields_number(text: &[u8], start: usize) -> bool {
    ends_reference(text, start) || labelled_as_other_record(text, start)
}

/// Whether the number at `start` ends a reference: a code of letters and a
/// hyphen right before its digits ("HEW-40011872", a customer account's
/// number with its prefix; "INV-55779911"). A bank number's own label is no
/// code ("a/c-12345678", "Account no-31926819", "sort-code-65-43-21"), nor
/// is one letter.
fn ends_reference(text: &[u8], start: usize) -> bool {
    const LABELS: [&str; 9] = ["ac", "acc", "acct", "account", "no", "num", "number", "sc", "code"];
    let Some(before) = text[..start].strip_suffix(b"-") else { return false };
    let letters = before.iter().rev().take_while(|b| b.is_ascii_alphabetic()).count();
    letters > 1 && !one_of(&before[before.len() - letters..], LABELS)
}

/// Whether the number at `start` is the value of a field label naming
/// another record's number ("Case no: 14099281", "Customer ref: 40011872",
/// "Payroll no: 10022345"): the label, from the cell's or line's start to a
/// colon right before the number (spaces aside), holds one of those words
/// and no bank word ("Client account: 12345678" is an account, "Employee
/// AccNo:" and "Standing order sort code:" label a bank's numbers). A table
/// written as labelled cells ("Case no: 14099281<TAB>Sort code:
/// 07-01-16<TAB>Account: 52209813") puts its references beside its bank
/// numbers: the case number is no account.
fn labelled_as_other_record(text: &[u8], start: usize) -> bool {
    const OTHER_RECORDS: &str = "case ref reference invoice order policy claim member membership payroll employee \
                                 staff customer client patient student pupil id file ticket booking transaction";
    // A bank word stands whole or opens a joined label ("AccNo",
    // "Sortcode", "BankDetails").
    const BANK_WORDS: &str = "ac sc bacs";
    const BANK_OPENINGS: &str = "acc bank sort";
    let Some(before) = text[..start].trim_ascii_end().strip_suffix(b":") else { return false };
    let from = before.iter().rposition(|&b| matches!(b, b'\t' | b'\n' | b'|')).map_or(0, |i| i + 1);
    let label = &before[from..];
    if label.len() > 40 || label.windows(3).any(|w| one_of(w, ["a/c", "s/c"])) {
        return false;
    }
    let words = || label.split(|b| !b.is_ascii_alphanumeric()).filter(|w| !w.is_empty());
    let opens = |word: &[u8]| BANK_OPENINGS.split(' ').any(|l| word.get(..l.len()).is_some_and(|w| one_of(w, [l])));
    words().any(|word| one_of(word, OTHER_RECORDS.split(' ')))
        && !words().any(|word| one_of(word, BANK_WORDS.split(' ')) || opens(word))
}

fn uk_bank_account(sort: &str, account: &str) -> Option<String> {
    let sort = digits(sort);
    let account = digits(account);
    if sort.len() != 6 || account.len() != 8 || all_same(&account) {
        return None;
    }
    Some([sort.as_str(), ":", &account].concat())
}

/// IBAN lengths by country: every country of SWIFT's IBAN registry
/// (release 99, 2025), `rules/iban_registry.txt`.
static IBAN_LENGTHS: LazyLock<Vec<([u8; 2], usize)>> = LazyLock::new(|| {
    IBAN_REGISTRY
        .lines()
        .filter_map(|l| {
            let mut words = l.split('#').next()?.split_whitespace();
            let country = words.next()?.as_bytes().try_into().ok()?;
            Some((country, words.next()?.parse().ok()?))
        })
        .collect()
});

/// ISO 13616: a country of the registry at its length, check digits 02–98
/// (00, 01 and 99 never result from the computation, yet 00 and 01 can
/// pass mod 97 where 97 and 98 would), an account part at least half
/// digits, and the number mod 97 equal to 1.
/// Groups of any size and separators; a word after the last group is not
/// part of it: the country's length says where the IBAN ends.
fn iban(text: &str) -> Option<Valid> {
    let (mut v, mut len) = (String::with_capacity(34), 0);
    let mut expected = usize::MAX;
    for (i, c) in text.char_indices() {
        if c.is_ascii_alphanumeric() {
            v.push(c.to_ascii_uppercase());
            if v.len() == 2 {
                let country: [u8; 2] = v.as_bytes().try_into().ok()?;
                expected = IBAN_LENGTHS.iter().find(|(cc, _)| *cc == country)?.1;
            }
            if v.len() == expected {
                len = i + 1;
                break;
            }
        }
    }
    let b = v.as_bytes();
    if b.len() != expected || !b[2..4].iter().all(u8::is_ascii_digit) || matches!(&b[2..4], b"00" | b"01" | b"99") {
        return None;
    }
    // Every country's account number is mostly digits; words are not ("no 12 items for the").
    if b[4..].iter().filter(|c| c.is_ascii_digit()).count() * 2 < b.len() - 4 {
        return None;
    }
    // The IBAN ends with its last character: a group running on is a longer number.
    if text[len..].starts_with(|c: char| c.is_ascii_alphanumeric()) {
        return None;
    }
    // Move the first four characters to the end, letters become 10..35,
    // and the whole number mod 97 must be 1.
    let mut remainder = 0u32;
    for &c in b[4..].iter().chain(&b[..4]) {
        let n = if c.is_ascii_digit() { u32::from(c - b'0') } else { u32::from(c - b'A') + 10 };
        remainder = if n >= 10 { (remainder * 100 + n) % 97 } else { (remainder * 10 + n) % 97 };
    }
    (remainder == 1).then_some(Valid { value: v, len, needs_context: false })
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

/// An address as RFC 5321 and 6531 allow it in practice: an apostrophe in
/// the local part (o'brien@), internationalised domain labels (bücher.example);
/// no dot at either end of the local part nor two in a row.
fn email(text: &str) -> Option<String> {
    let v = text.trim_matches('.').to_lowercase();
    let (local, domain) = v.rsplit_once('@')?;
    let tld = domain.rsplit_once('.')?.1;
    let labels_ok = domain.split('.').all(|l| !l.is_empty() && !l.starts_with('-') && !l.ends_with('-'));
    if local.is_empty() || local.len() > 64 || domain.len() > 253 || !labels_ok || tld.len() < 2 {
        return None;
    }
    if local.starts_with('.') || local.ends_with('.') || local.contains("..") {
        return None;
    }
    if !tld.bytes().all(|b| b.is_ascii_alphabetic()) {
        return None;
    }
    Some(v)
}

/// UK numbers (national `0…` or `+44 (0)…`, `0044`, `00 44`) and
/// international `+` numbers, normalised to E.164. A UK number must fit
/// Ofcom's numbering plan, not only look like one; a zero after `+` is no
/// country code, so `+07700 900123` is nothing.
fn phone(text: &str, before: &[u8]) -> Option<String> {
    let t = text.trim();
    if before.last() == Some(&b'+') {
        return None;
    }
    let d = digits(t);
    let international = t.starts_with('+') || t.starts_with("00");
    let national = if international {
        let rest = if t.starts_with('+') { d.as_str() } else { &d[2..] };
        match rest.strip_prefix("44") {
            // "+44 (0)20 …": the trunk zero is not dialled after the country code.
            Some(uk) => uk.strip_prefix('0').unwrap_or(uk),
            None => {
                return ((8..=15).contains(&rest.len()) && !rest.starts_with('0')).then(|| ["+", rest].concat());
            }
        }
    } else {
        d.strip_prefix('0')?
    };
    uk_numbering_plan(national).then(|| ["+44", national].concat())
}

/// Whether a UK significant number (after the trunk 0) is in a range
/// Ofcom's national telephone numbering plan uses, at a length used there:
/// 01 geographic (10 digits, 9 for a few small exchanges), 02[03489]
/// geographic, 03[0347] non-geographic, 05[56] corporate and VoIP, 07
/// mobile, personal and pager, 0800 (9 or 10), 0808, 084 and 087
/// freephone and special rates, 09[018] premium rate. 04 and 06 are
/// unused.
fn uk_numbering_plan(n: &str) -> bool {
    let b = n.as_bytes();
    let second = |set: &[u8]| b.get(1).is_some_and(|d| set.contains(d));
    match (b.first(), b.len()) {
        (Some(b'1'), 9 | 10) => !second(b"0"),
        (Some(b'8'), 9) => n.starts_with("800"),
        (Some(b'8'), 10) => ["800", "808", "84", "87"].iter().any(|p| n.starts_with(p)),
        (_, 10) => match b[0] {
            b'2' => second(b"03489"),
            b'3' => second(b"0347"),
            b'5' => second(b"56"),
            b'7' => true,
            b'9' => second(b"018"),
            _ => false,
        },
        _ => false,
    }
}

/// The UK postcode areas, `rules/uk_postcode_areas.txt`.
static POSTCODE_AREAS: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    UK_POSTCODE_AREAS.lines().flat_map(|l| l.split('#').next().unwrap_or("").split_whitespace()).collect()
});

/// Royal Mail format rules, including which letters each position may
/// hold, in any case, with or without the space. Written in capitals with
/// the space it is a postcode; in lower case or without the space, only
/// when its area is a real one, or else beside an address (context). One
/// that ends like an ordinal in lower case ("m1 1st", "b33 8th") needs the
/// address too, and is none before a word ("b3 3rd floor").
fn uk_postcode(c: &Candidate) -> Option<Valid> {
    let Postcode { compact, needs_context } = postcode(c.text, c.after)?;
    let (outward, inward) = compact.split_at(compact.len() - 3);
    Some(Valid { value: [outward, " ", inward].concat(), len: c.text.len(), needs_context })
}

/// Whether `text` alone is a UK postcode that needs no context, as
/// `uk_postcode` judges one: the test a line of an address puts to its
/// words (`names::address_line`). It allocates nothing.
pub(super) fn is_postcode(text: &str) -> bool {
    postcode(text, &[]).is_some_and(|p| !p.needs_context)
}

/// A postcode as `postcode` reads it.
struct Postcode {
    /// Its letters, upper-cased, and digits: the outward code, then the
    /// inward code's three.
    compact: ArrayString<7>,
    /// Whether it needs context (`uk_postcode`).
    needs_context: bool,
}

/// A postcode, `after` the bytes that follow it.
fn postcode(text: &str, after: &[u8]) -> Option<Postcode> {
    let mut v = ArrayString::<7>::new();
    for b in text.bytes().filter(u8::is_ascii_alphanumeric) {
        // Over seven letters and digits: no postcode.
        v.try_push(char::from(b.to_ascii_uppercase())).ok()?;
    }
    if &v == "GIR0AA" {
        return Some(Postcode { compact: v, needs_context: false });
    }
    if v.len() < 5 {
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
    if !ok {
        return None;
    }
    let area = &outward[..outward.find(|c: char| c.is_ascii_digit()).unwrap_or(0)];
    let plain = text.contains(' ') && !text.bytes().any(|b| b.is_ascii_lowercase());
    // "b3 3rd floor" is a room; "Westport b33 8th;" may be an address.
    let ordinal = ["st", "nd", "rd", "th"].contains(&&text[text.len() - 2..]);
    if ordinal && after.len() == 2 && after[0] == b' ' && after[1].is_ascii_alphabetic() {
        return None;
    }
    let needs_context = ordinal || (!plain && !POSTCODE_AREAS.contains(&area));
    Some(Postcode { compact: v, needs_context })
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
    // "3rd of March": the "of" joins a day to its month.
    let parts: Vec<&str> = text
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|p| !p.is_empty() && !p.eq_ignore_ascii_case("of"))
        .collect();
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

/// Nine digits, not all the same, that are no part of a longer run of
/// digit groups: a digit group or a "+NN" country code right before them, or
/// a group right after, makes them a phone number's ("+34 612 345 678"), a
/// longer reference's ("123 456 789 012") or a SIN's.
fn uk_passport(c: &Candidate) -> Option<String> {
    let separator = |b: &u8| matches!(b, b' ' | b'-' | b'.');
    let before = c.before.split_last().filter(|(last, _)| separator(last)).map_or(c.before, |(_, rest)| rest);
    let grouped_before = before.last().is_some_and(|b| b.is_ascii_digit() || *b == b'+');
    let grouped_after = c.after.first().is_some_and(separator) && c.after.get(1).is_some_and(u8::is_ascii_digit);
    let d = digits(c.text);
    (d.len() == 9 && !all_same(&d) && !grouped_before && !grouped_after).then_some(d)
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
/// of a longer dotted number (a dot and a digit on either side). An IPv6
/// address of fewer than three groups (`::1`, `fe80::1`, also `a::b` in
/// code) is one only beside a context word; a zone (`%eth0`) is not part
/// of the value.
fn ip_address(c: &Candidate) -> Option<Valid> {
    let text = c.text;
    if text.contains(':') {
        let address = text.split('%').next()?;
        let ip = Ipv6Addr::from_str(address).ok()?;
        // Times (12:30:45) do not parse; the unspecified address is no one's.
        let groups = address.split(':').filter(|g| !g.is_empty()).count() + usize::from(address.contains('.'));
        return (!ip.is_unspecified()).then(|| Valid {
            value: ip.to_string(),
            len: text.len(),
            needs_context: groups < 3,
        });
    }
    // "9." before or ".9" after: the run goes on.
    let continues = |pair: &[u8], dot: usize| pair.len() == 2 && pair[dot] == b'.' && pair[1 - dot].is_ascii_digit();
    let last_two = &c.before[c.before.len().saturating_sub(2)..];
    if continues(last_two, 1) || continues(c.after, 0) || is_product(c.before) {
        return None;
    }
    // `Ipv4Addr` refuses leading zeros, so "01.02.2003" is not an address.
    let ip = Ipv4Addr::from_str(text).ok()?;
    (!ip.is_unspecified()).then(|| Valid::whole(c, ip.to_string()))
}

/// Whether `before` ends in a user agent's product name and its slash
/// ("ExampleApp/" before the version "4.12.0.7", RFC 9110's `product`):
/// a token from a space, a quote or a bracket that starts with a letter
/// and holds token characters only. A URL's path or host before an
/// address ("/clients/", "http://host/") holds another slash or a colon.
fn is_product(before: &[u8]) -> bool {
    let Some(rest) = before.strip_suffix(b"/") else { return false };
    let start = rest.iter().rposition(|b| b.is_ascii_whitespace() || b"\"'([<=,;".contains(b)).map_or(0, |i| i + 1);
    let name = &rest[start..];
    let tchar = |b: &u8| b.is_ascii_alphanumeric() || b"!#$%&*+-.^_`|~".contains(b);
    name.first().is_some_and(u8::is_ascii_alphabetic) && name.iter().all(tchar)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(v: Validator, cases: &[(&str, Option<&str>)]) {
        check_groups(v, &[], cases);
    }

    fn valid(v: Validator, text: &str) -> Option<Valid> {
        let today = Date::new(2026, 11, 23).unwrap();
        v.normalise(&Candidate { text, groups: &[], today, before: b" ", after: b" " })
    }

    fn check_groups(v: Validator, groups: &[(&str, &str)], cases: &[(&str, Option<&str>)]) {
        let today = Date::new(2026, 11, 23).unwrap();
        for (input, want) in cases {
            let got = v.normalise(&Candidate { text: input, groups, today, before: b" ", after: b" " });
            assert_eq!(got.map(|g| g.value).as_deref(), *want, "{} on {input:?}", v.name());
        }
    }

    /// Valid, but only beside a context word.
    fn needs_context(v: Validator, text: &str) -> bool {
        valid(v, text).unwrap_or_else(|| panic!("{} refuses {text:?}", v.name())).needs_context
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
    fn a_bank_pair_is_one_row_s_or_one_form_s() {
        let groups = [("sort", "10-79-99"), ("account", "55779911")];
        let pair = Some("107999:55779911");
        check_groups(
            Validator::UkBankAccount,
            &groups,
            &[
                ("55779911\tRef: R1\nPayee: Ben Example\tSort code: 10-79-99", None), // two rows of a table
                ("55779911\t\nSort code\t10-79-99", pair),                            // a key/value table
                ("55779911\nSort code: 10-79-99", pair),                              // a form's lines
                ("55779911\tRef: R1\nSort code: 10-79-99", pair),                     // a two-column form
            ],
        );
        // The first line's opening, before the pair, says how many cells
        // its row holds and what its label is.
        let sort_first = [("sort", "10-79-99"), ("account", "55779911")];
        let today = Date::new(2026, 11, 23).unwrap();
        let valid = |before: &[u8], text: &str| {
            let c = Candidate { text, groups: &sort_first, today, before, after: b"" };
            Validator::UkBankAccount.normalise(&c).map(|v| v.value)
        };
        let form = "10-79-99\tAccount name: Jane\nAccount no: 55779911";
        assert_eq!(valid(b"Sort code: ", form).as_deref(), pair, "a two-column form is one record");
        let tabbed_form = "10-79-99\tAccount name:\tJane\nAccount no:\t55779911";
        assert_eq!(valid(b"Sort code:\t", tabbed_form), None, "as many cells as the first row: another row");
        let rows = "10-79-99\tPaid: monthly\nName: Ben\tAccount: 55779911";
        assert_eq!(valid(b"Name: Ann\tSort code: ", rows), None, "a second row of the table");
        let wider = "10-79-99\tPaid: monthly\nName: Ben\tDept: HR\tAccount: 55779911";
        assert_eq!(
            valid(b"Sort code: ", wider).as_deref(),
            pair,
            "more cells than the first line: no row of its table"
        );
        let relabelled = "10-79-99\tPaid: monthly\nBank: 55779911";
        assert_eq!(valid(b"Bank: ", relabelled), None, "the first line's label repeated: another record");
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
                // Irregular grouping: a space after the country, dashes, 2/3/6-digit groups.
                ("GB 82 WEST 1234 5698 7654 32", Some("GB82WEST12345698765432")),
                ("GB82-WEST-1234-5698-7654-32", Some("GB82WEST12345698765432")),
                ("IE29 AIBK 931152 12345678", Some("IE29AIBK93115212345678")),
                ("DE89 370 400 440 532 013 000", Some("DE89370400440532013000")),
                // ECBS / SWIFT registry examples, one per length family.
                ("NO9386011117947", Some("NO9386011117947")),
                ("BE68539007547034", Some("BE68539007547034")),
                ("MT84MALT011000012345MTLCAST001S", Some("MT84MALT011000012345MTLCAST001S")),
                ("LC55HEMM000100010012001200023015", Some("LC55HEMM000100010012001200023015")),
                ("RU0304452522540817810538091310419", Some("RU0304452522540817810538091310419")),
                ("SO211000001001000100141", Some("SO211000001001000100141")),
                ("GB82WEST123456987654321", None), // runs on: a longer number
                ("GB00WEST12345698765432", None),  // check digits 00, 01 and 99 never result
                ("GB01WEST12345698765432", None),
                ("GB99WEST12345698765432", None),
            ],
        );
        // A word the regex ran into is left out of the span.
        assert_eq!(valid(Validator::Iban, "NL91 ABNA 0417 1643 00 Bank").map(|v| v.len), Some(22));
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
                ("aoife.o'brien@example.com", Some("aoife.o'brien@example.com")),
                ("Jürgen@Bücher.example.org", Some("jürgen@bücher.example.org")),
                ("jane..smith@example.com", None),
                ("jane.@example.com", None),
                (".jane@example.com", Some("jane@example.com")), // a dot before it ends a sentence
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
                // Every grouping of Ofcom's drama ranges.
                ("07700 900 123", Some("+447700900123")),
                ("07700-900-123", Some("+447700900123")),
                ("07700.900.123", Some("+447700900123")),
                ("0207 946 0018", Some("+442079460018")),
                ("(020) 7946 0018", Some("+442079460018")),
                ("00 44 7700 900123", Some("+447700900123")),
                ("+44 (0)808 157 0639", Some("+448081570639")),
                ("0800 123456", Some("+44800123456")), // 0800 has 9-digit numbers too
                ("016977 3456", Some("+44169773456")), // a 4-digit local number
                ("0300 123 4567", Some("+443001234567")),
                ("0000 000000", None),
                ("0123 45", None),
                ("04700 900123", None),  // 04 is not a UK range
                ("06700 900123", None),  // nor 06
                ("0210 123 4567", None), // 021 is not allocated
                ("0500 123 4567", None), // 05 only 055 and 056
                ("0101 496 0000", None), // 010 is not geographic
                ("07700 90012", None),   // a mobile has 10 digits
                ("0808 157 063", None),  // 0808 too
                ("+1 23", None),
            ],
        );
        // "+07700 900123" is no national number: a zero after + is no country code.
        let today = Date::new(2026, 11, 23).unwrap();
        let after_plus = Candidate { text: "07700 900123", groups: &[], today, before: b" +", after: b"" };
        assert_eq!(Validator::Phone.normalise(&after_plus), None);
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
                ("Sw1a 1Aa", Some("SW1A 1AA")),
            ],
        );
        // Capitals with the space are postcodes; lower case or no space only in a real area.
        assert!(!needs_context(Validator::UkPostcode, "ZX1 1AB"));
        assert!(!needs_context(Validator::UkPostcode, "sw1a 1aa"));
        assert!(!needs_context(Validator::UkPostcode, "EC1A1BB"));
        assert!(!needs_context(Validator::UkPostcode, "hx11zz"));
        assert!(needs_context(Validator::UkPostcode, "ZX11AB"));
        assert!(needs_context(Validator::UkPostcode, "zx1 1ab"));
        assert!(needs_context(Validator::UkPostcode, "m1 1st")); // or an ordinal
        assert!(needs_context(Validator::UkPostcode, "b33 8th"));
        let today = Date::new(2026, 11, 23).unwrap();
        let room = Candidate { text: "b3 3rd", groups: &[], today, before: b" ", after: b" f" };
        assert_eq!(Validator::UkPostcode.normalise(&room), None);
    }

    /// `is_postcode` is `uk_postcode`'s verdict on a word alone: a postcode
    /// that needs no context. Over seven letters and digits is none.
    #[test]
    fn is_postcode_is_a_postcode_needing_no_context() {
        let today = Date::new(2026, 11, 23).unwrap();
        let texts = [
            "SW1A 1AA",
            "sw1a1aa",
            "GIR 0AA",
            "gir0aa",
            "DN55 1PT",
            "ZX1 1AB",
            "hx11zz",
            "ZX11AB",
            "zx1 1ab",
            "m1 1st",
            "SW1A 1AAB",
            "SW1A 1AA 1",
            "QA1 1AA",
            "SW1A1A",
            "W1",
            "",
            "£12.50",
        ];
        let mut verdicts = [0; 2];
        for text in texts {
            let c = Candidate { text, groups: &[], today, before: b" ", after: b"" };
            let want = Validator::UkPostcode.normalise(&c).is_some_and(|v| !v.needs_context);
            assert_eq!(is_postcode(text), want, "{text:?}");
            verdicts[usize::from(want)] += 1;
        }
        assert_eq!(verdicts, [10, 7]);
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
                ("3rd of March 1985", Some("1985-03-03")),
                ("23-Jan-1985", Some("1985-01-23")),
                ("07-NOV-78", Some("1978-11-07")),
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
        let today = Date::new(2026, 11, 23).unwrap();
        let passport = |before: &[u8], text: &str, after: &[u8]| {
            Validator::UkPassport.normalise(&Candidate { text, groups: &[], today, before, after }).map(|v| v.value)
        };
        assert_eq!(passport(b"Passport: ", "533 901 276", b" (").as_deref(), Some("533901276"));
        assert_eq!(passport(b"Passport no. ", "533901276", b"\n").as_deref(), Some("533901276"));
        assert_eq!(passport(b"mobile +34 ", "612 345 678", b""), None, "a country code before: a phone");
        assert_eq!(passport(b"Passport +", "612345678", b""), None, "a plus before: a phone");
        assert_eq!(passport(b"ref ", "123 456 789", b" 0"), None, "a group after: a longer number");
        assert_eq!(passport(b"ref 123-", "456 789 012", b""), None, "a group before: a longer number");
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
                ("MORGA 753116 SM9IJ", Some("MORGA753116SM9IJ")), // typed in blocks
                ("MORGA 753116 SM 9IJ", Some("MORGA753116SM9IJ")),
            ],
        );
    }

    #[test]
    fn an_ip_address_is_no_product_s_version() {
        let today = Date::new(2026, 11, 23).unwrap();
        let after = |before: &[u8]| {
            let c = Candidate { text: "4.12.0.7", groups: &[], today, before, after: b" (" };
            Validator::IpAddress.normalise(&c).map(|v| v.value)
        };
        assert_eq!(after(b"p/"), None, "Example-App/4.12.0.7 (Android 14)");
        assert_eq!(after(b"//").as_deref(), Some("4.12.0.7"), "http://4.12.0.7/");
        assert_eq!(after(b": ").as_deref(), Some("4.12.0.7"));
        assert_eq!(after(b"UA: \"Example-App/"), None, "a product's name from a quote");
        assert_eq!(after(b"GET /clients/").as_deref(), Some("4.12.0.7"), "a URL's path");
        assert_eq!(after(b"see https://api.example.com/clients/").as_deref(), Some("4.12.0.7"));
        assert_eq!(after(b"http://host/").as_deref(), Some("4.12.0.7"), "a URL's host before the path");
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
                ("::", None),
                ("fe80::1%eth0", Some("fe80::1")),
            ],
        );
        // One or two groups: an address only beside a context word.
        assert!(needs_context(Validator::IpAddress, "::1"));
        assert!(needs_context(Validator::IpAddress, "fe80::1"));
        assert!(needs_context(Validator::IpAddress, "a::b"));
        assert!(!needs_context(Validator::IpAddress, "2001:db8::1"));
    }

    #[test]
    fn ipv4_not_out_of_a_longer_dotted_number() {
        let today = Date::new(2026, 11, 23).unwrap();
        let ip = |before: &[u8], after: &[u8]| {
            Validator::IpAddress
                .normalise(&Candidate { text: "1.2.3.4", groups: &[], today, before, after })
                .map(|v| v.value)
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
