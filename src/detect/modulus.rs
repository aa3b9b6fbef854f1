//! UK bank modulus checking, as Vocalink specifies it ("Validating account
//! numbers: UK modulus checking"): whether a sort code and account number
//! can belong together.
//!
//! The data is Vocalink's: a weight table (`valacdos.txt`: per sort-code
//! range one or two checks, each a method — MOD10, MOD11 or DBLAL — with 14
//! weights and an exception number) and a sort-code substitution table
//! (`scsubtab.txt`, used by exception 5). This module parses them and runs
//! the checks with the 14 exception rules; finding the tables (built in or
//! a user's newer pair) is `rules`' job. A pass says the pair *could* exist,
//! not that it does; a sort code outside the table cannot be checked.

use thiserror::Error;

/// What the tables say about a sort code and account number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    /// Every check that applies passed.
    Valid,
    /// A check failed: no such account under that sort code.
    Invalid,
    /// The sort code is not in the table (or the input is not 6 + 8 digits).
    Unchecked,
}

/// Which of the two tables.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Table {
    Weights,
    Substitutions,
}

/// A table that does not parse: which, where, and why.
#[derive(Debug, Error)]
#[error("line {line}: {message}")]
pub struct TableError {
    pub table: Table,
    pub line: usize,
    pub message: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Method {
    /// Sum of digit × weight, modulo 10.
    Mod10,
    /// Sum of digit × weight, modulo 11.
    Mod11,
    /// Double alternate: the sum of the decimal digits of each product, modulo 10.
    DoubleAlternate,
}

/// One row of the weight table. Weights are for the 14 digits u v w x y z
/// (sort code) a b c d e f g h (account number).
#[derive(Debug, Clone)]
struct Check {
    method: Method,
    weights: [i32; 14],
    exception: Option<u8>,
}

/// A sort-code range and its one or two checks.
#[derive(Debug, Clone)]
struct SortRange {
    start: u32,
    end: u32,
    checks: Vec<Check>,
}

/// The parsed tables.
#[derive(Debug, Clone)]
pub struct Modulus {
    /// Sorted by `start`, not overlapping.
    ranges: Vec<SortRange>,
    /// (original, substitute), sorted by original.
    substitutes: Vec<(u32, u32)>,
}

/// Exception 2: weights when `a` is not 0, by whether `g` is 9.
const EXCEPTION_2: [i32; 14] = [0, 0, 1, 2, 5, 3, 6, 4, 8, 7, 10, 9, 3, 1];
const EXCEPTION_2_G9: [i32; 14] = [0, 0, 0, 0, 0, 0, 0, 0, 8, 7, 10, 9, 3, 1];
/// Exception 8 checks under this sort code.
const EXCEPTION_8_SORT: u32 = 90126;
/// Exception 9 (the second check of 2 & 9) checks under this sort code.
const EXCEPTION_9_SORT: u32 = 309634;

/// Account digit positions (a … h).
const A: usize = 0;
const B: usize = 1;
const C: usize = 2;
const G: usize = 6;
const H: usize = 7;

fn six_digits(field: &str) -> Option<u32> {
    (field.len() == 6 && field.bytes().all(|b| b.is_ascii_digit())).then(|| field.parse().ok()).flatten()
}

impl Modulus {
    /// Parses the weight table and the substitution table. Rows must come in
    /// sort-code order, a range's two checks on consecutive rows.
    pub fn parse(weights: &str, substitutions: &str) -> Result<Modulus, TableError> {
        Ok(Modulus { ranges: parse_weights(weights)?, substitutes: parse_substitutions(substitutions)? })
    }

    /// Checks `sort` (6 digits) with `account` (8 digits).
    pub fn verdict(&self, sort: &str, account: &str) -> Verdict {
        let (Some(code), Some(account)) = (six_digits(sort), account_digits(account)) else {
            return Verdict::Unchecked;
        };
        let at = self.ranges.partition_point(|r| r.start <= code);
        let Some(range) = at.checked_sub(1).map(|i| &self.ranges[i]).filter(|r| code <= r.end) else {
            return Verdict::Unchecked;
        };
        let passes = |check: &Check| self.passes(check, code, &account);
        let valid = match range.checks.as_slice() {
            // These pairs are alternatives: the account is valid if either check passes.
            [first, second]
                if matches!(
                    (first.exception, second.exception),
                    (Some(2), Some(9)) | (Some(10), Some(11)) | (Some(12), Some(13))
                ) =>
            {
                passes(first) || passes(second)
            }
            // One check, or two that must both pass.
            checks => checks.iter().all(passes),
        };
        if valid {
            Verdict::Valid
        } else {
            Verdict::Invalid
        }
    }

    /// One row's check, with the exception rules that belong to the row.
    fn passes(&self, check: &Check, sort: u32, account: &[i32; 8]) -> bool {
        match check.exception {
            // The double alternate check does not apply to these accounts.
            Some(3) if matches!(account[C], 6 | 9) => return true,
            // A foreign currency account: no check applies.
            Some(6) if (4..=8).contains(&account[A]) && account[G] == account[H] => return true,
            _ => {}
        }
        let sort = match check.exception {
            Some(5) => self.substitutes.binary_search_by_key(&sort, |s| s.0).map_or(sort, |i| self.substitutes[i].1),
            Some(8) => EXCEPTION_8_SORT,
            Some(9) => EXCEPTION_9_SORT,
            _ => sort,
        };
        let standard = |account: &[i32; 8]| standard(check, sort, account);
        match check.exception {
            // Coutts: on failure, an account ending 0, 1 or 9 is checked again
            // without that digit, shifted right behind a 0.
            Some(14) => {
                standard(account)
                    || (matches!(account[H], 0 | 1 | 9) && {
                        let mut shifted = [0; 8];
                        shifted[1..].copy_from_slice(&account[..7]);
                        standard(&shifted)
                    })
            }
            _ => standard(account),
        }
    }
}

/// A row's weighted sum and its test, with the exceptions that change
/// weights (2, 7, 10), the total (1) or the test (4, 5).
fn standard(check: &Check, sort: u32, account: &[i32; 8]) -> bool {
    let mut weights = check.weights;
    let zeroise_sort_and_ab = |w: &mut [i32; 14]| w[..8].fill(0);
    match check.exception {
        Some(2) if account[A] != 0 => weights = if account[G] == 9 { EXCEPTION_2_G9 } else { EXCEPTION_2 },
        Some(7) if account[G] == 9 => zeroise_sort_and_ab(&mut weights),
        Some(10) if matches!((account[A], account[B]), (0 | 9, 9)) && account[G] == 9 => {
            zeroise_sort_and_ab(&mut weights)
        }
        _ => {}
    }
    let sort_digits = (0..6).rev().map(|i| (sort / 10u32.pow(i) % 10) as i32);
    let products = sort_digits.chain(account.iter().copied()).zip(weights).map(|(d, w)| d * w);
    let total: i32 = match check.method {
        Method::DoubleAlternate => {
            let extra = if check.exception == Some(1) { 27 } else { 0 };
            products.map(|p| p / 10 + p % 10).sum::<i32>() + extra
        }
        Method::Mod10 | Method::Mod11 => products.sum(),
    };
    let (g, h) = (account[G], account[H]);
    match (check.method, check.exception) {
        (Method::Mod11, Some(4)) => total.rem_euclid(11) == g * 10 + h,
        (Method::Mod11, Some(5)) => match total.rem_euclid(11) {
            0 => g == 0,
            1 => false,
            r => 11 - r == g,
        },
        (Method::DoubleAlternate, Some(5)) => match total.rem_euclid(10) {
            0 => h == 0,
            r => 10 - r == h,
        },
        (Method::Mod11, _) => total.rem_euclid(11) == 0,
        (Method::Mod10 | Method::DoubleAlternate, _) => total.rem_euclid(10) == 0,
    }
}

fn account_digits(account: &str) -> Option<[i32; 8]> {
    let bytes: [u8; 8] = account.as_bytes().try_into().ok()?;
    bytes.iter().all(u8::is_ascii_digit).then(|| bytes.map(|b| i32::from(b - b'0')))
}

/// Non-blank lines with their 1-based numbers, split into fields.
fn rows(text: &str) -> impl Iterator<Item = (usize, Vec<&str>)> {
    text.lines()
        .enumerate()
        .map(|(i, line)| (i + 1, line.split_whitespace().collect::<Vec<_>>()))
        .filter(|(_, fields)| !fields.is_empty())
}

fn parse_weights(text: &str) -> Result<Vec<SortRange>, TableError> {
    let mut ranges: Vec<SortRange> = Vec::new();
    for (line, fields) in rows(text) {
        let fail = |message: String| TableError { table: Table::Weights, line, message };
        let [start, end, method, rest @ ..] = fields.as_slice() else {
            return Err(fail("expected: start end method 14 weights [exception]".into()));
        };
        let (start, end) = match (six_digits(start), six_digits(end)) {
            (Some(s), Some(e)) if s <= e => (s, e),
            _ => return Err(fail(format!("bad sort-code range {start} {end}"))),
        };
        let method = match *method {
            "MOD10" => Method::Mod10,
            "MOD11" => Method::Mod11,
            "DBLAL" => Method::DoubleAlternate,
            other => return Err(fail(format!("unknown method `{other}` (known: MOD10, MOD11, DBLAL)"))),
        };
        if !(14..=15).contains(&rest.len()) {
            return Err(fail(format!("expected 14 weights and an optional exception, found {} fields", rest.len())));
        }
        let mut weights = [0; 14];
        for (w, field) in weights.iter_mut().zip(rest) {
            *w = field.parse().map_err(|_| fail(format!("bad weight `{field}`")))?;
        }
        let exception = match rest.get(14) {
            None => None,
            Some(field) => match field.parse::<u8>() {
                Ok(n @ 1..=14) => Some(n),
                _ => return Err(fail(format!("unknown exception `{field}` (known: 1-14)"))),
            },
        };
        let check = Check { method, weights, exception };
        match ranges.last_mut() {
            Some(last) if (last.start, last.end) == (start, end) => {
                if last.checks.len() == 2 {
                    return Err(fail("a sort-code range has at most two checks".into()));
                }
                last.checks.push(check);
            }
            Some(last) if start <= last.end => {
                return Err(fail("rows out of sort-code order or overlapping the previous range".into()));
            }
            _ => ranges.push(SortRange { start, end, checks: vec![check] }),
        }
    }
    Ok(ranges)
}

fn parse_substitutions(text: &str) -> Result<Vec<(u32, u32)>, TableError> {
    let mut substitutes: Vec<(u32, u32)> = Vec::new();
    for (line, fields) in rows(text) {
        let fail = |message: String| TableError { table: Table::Substitutions, line, message };
        let [from, to] = fields.as_slice() else {
            return Err(fail("expected: sort code, substitute sort code".into()));
        };
        let (Some(from), Some(to)) = (six_digits(from), six_digits(to)) else {
            return Err(fail(format!("bad sort codes {from} {to}")));
        };
        if substitutes.iter().any(|s| s.0 == from) {
            return Err(fail(format!("sort code {from:06} is substituted twice")));
        }
        substitutes.push((from, to));
    }
    substitutes.sort_unstable();
    Ok(substitutes)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn modulus() -> std::sync::Arc<Modulus> {
        crate::rules::builtin_modulus()
    }

    /// Vocalink's own test cases (specification v7.70, section "Test cases"),
    /// and the two extra exception 14 examples of its text.
    const VOCALINK_CASES: &[(u32, &str, &str, bool)] = &[
        (1, "089999", "66374958", true),
        (2, "107999", "88837491", true),
        (3, "202959", "63748472", true),
        (4, "871427", "46238510", true),
        (5, "872427", "46238510", true),
        (6, "871427", "09123496", true),
        (7, "871427", "99123496", true),
        (8, "820000", "73688637", true),
        (9, "827999", "73988638", true),
        (10, "827101", "28748352", true),
        (11, "134020", "63849203", true),
        (12, "118765", "64371389", true),
        (13, "200915", "41011166", true),
        (14, "938611", "07806039", true),
        (15, "938600", "42368003", true),
        (16, "938063", "55065200", true),
        (17, "772798", "99345694", true),
        (18, "086090", "06774744", true),
        (19, "309070", "02355688", true),
        (20, "309070", "12345668", true),
        (21, "309070", "12345677", true),
        (22, "309070", "99345694", true),
        (23, "938063", "15764273", false),
        (24, "938063", "15764264", false),
        (25, "938063", "15763217", false),
        (26, "118765", "64371388", false),
        (27, "203099", "66831036", false),
        (28, "203099", "58716970", false),
        (29, "089999", "66374959", false),
        (30, "107999", "88837493", false),
        (31, "074456", "12345112", true),
        (32, "070116", "34012583", true),
        (33, "074456", "11104102", true),
        (34, "180002", "00000190", true),
        (35, "180002", "98093517", true),
    ];

    #[test]
    fn vocalink_test_cases() {
        for &(case, sort, account, valid) in VOCALINK_CASES {
            let want = if valid { Verdict::Valid } else { Verdict::Invalid };
            assert_eq!(modulus().verdict(sort, account), want, "Vocalink case {case}: {sort} {account}");
        }
    }

    #[test]
    fn unknown_sort_codes_and_bad_input_are_unchecked() {
        assert_eq!(modulus().verdict("001100", "12345678"), Verdict::Unchecked);
        assert_eq!(modulus().verdict("123456", "12345678"), Verdict::Unchecked);
        assert_eq!(modulus().verdict("08999", "66374958"), Verdict::Unchecked);
        assert_eq!(modulus().verdict("089999", "6637495"), Verdict::Unchecked);
        assert_eq!(modulus().verdict("089999", "6637495x"), Verdict::Unchecked);
    }

    #[test]
    fn bad_tables_are_refused_with_their_line() {
        let row = "089000 089999 MOD10    0    0    0    0    0    0    7    1    3    7    1    3    7    1\n";
        assert!(Modulus::parse(row, "938173 938017\n").is_ok());
        let cases = [
            (format!("{row}{}", row.replace("MOD10", "MOD12")), "unknown method"),
            (row.replace(" 1\n", " x\n"), "bad weight"),
            (row.replace(" 1\n", " 1 15\n"), "unknown exception"),
            (format!("{row}{row}{row}"), "at most two checks"),
            (format!("{row}{}", row.replace("089000", "089500")), "overlapping"),
        ];
        for (table, want) in cases {
            let err = Modulus::parse(&table, "").unwrap_err();
            assert_eq!(err.table, Table::Weights);
            assert!(err.to_string().contains(want), "{err}");
        }
        let err = Modulus::parse(row, "938173 938017\n938173\n").unwrap_err();
        assert_eq!((err.table, err.line), (Table::Substitutions, 2));
    }
}
