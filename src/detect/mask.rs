//! Masking: how an identifier is shown without `--reveal`. Applied once, when
//! a finding record is built, so a full value never reaches a report, a log
//! line or an error message unless the user asked for it.

use std::borrow::Cow;

use super::{Engine, Kind};

/// The value with its identifying part replaced by `*`, keeping only what
/// helps a reviewer tell findings apart (a prefix, the last digits, a domain).
/// Separators are kept so the shape stays recognisable.
pub fn mask(kind: Kind, value: &str) -> String {
    let mut masked = String::with_capacity(value.len());
    mask_into(&mut masked, kind, value);
    masked
}

/// `mask`, appended to `masked`: no string of its own per part.
fn mask_into(masked: &mut String, kind: Kind, value: &str) {
    match kind {
        Kind::PaymentCard => keep(masked, value, 0, 4),
        Kind::Phone => keep(masked, value, 2, 3),
        Kind::Email => match value.split_once('@') {
            Some((local, domain)) => {
                keep(masked, local, 1, 0);
                masked.push('@');
                masked.push_str(domain);
            }
            None => keep(masked, value, 1, 0),
        },
        // The outward code names a district, not an address.
        Kind::UkPostcode => match value.split_once(' ') {
            Some((outward, inward)) => {
                masked.push_str(outward);
                masked.push(' ');
                keep(masked, inward, 0, 0);
            }
            None => keep(masked, value, 2, 0),
        },
        Kind::DateOfBirth => keep(masked, value, 4, 0),
        Kind::PersonName => {
            for (i, word) in value.split(' ').enumerate() {
                if i > 0 {
                    masked.push(' ');
                }
                keep(masked, word, 1, 0);
            }
        }
        // A lexicon term ("diabetes") is not an identifier; the finding's
        // location and the name beside it are what identify the person.
        Kind::SpecialCategory => masked.push_str(value),
        _ => keep(masked, value, 2, 1),
    }
}

/// `text` with every value `engine` finds in it masked as its finding would
/// be: for names that come from the content (an archive member, a sheet, a
/// JSON key, a message id) and for error texts.
pub fn mask_text<'t>(engine: &Engine, text: &'t str) -> Cow<'t, str> {
    let found = engine.scan(text.as_bytes());
    if found.is_empty() {
        return Cow::Borrowed(text);
    }
    let mut masked = String::with_capacity(text.len());
    let mut done = 0;
    for m in &found {
        if m.start < done {
            continue;
        }
        if let (Some(before), Some(value)) = (text.get(done..m.start), text.get(m.start..m.end)) {
            masked.push_str(before);
            mask_into(&mut masked, m.kind, value);
            done = m.end;
        }
    }
    masked.push_str(&text[done..]);
    Cow::Owned(masked)
}

/// Appends `value` to `masked`, keeping the first `head` and last `tail`
/// alphanumeric characters; other alphanumerics become `*`, punctuation and
/// spaces stay. At least half of the alphanumerics are always masked,
/// whatever `head` and `tail` say.
fn keep(masked: &mut String, value: &str, head: usize, tail: usize) {
    let total = value.chars().filter(|c| c.is_alphanumeric()).count();
    let shown = (head + tail).min(total / 2);
    let head = head.min(shown);
    let tail = shown - head;
    let mut seen = 0;
    for c in value.chars() {
        let hidden = c.is_alphanumeric() && {
            seen += 1;
            seen > head && seen <= total - tail
        };
        masked.push(if hidden { '*' } else { c });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn masks_per_kind() {
        let cases = [
            (Kind::UkNino, "QQ123456C", "QQ******C"),
            (Kind::PaymentCard, "4111111111111111", "************1111"),
            (Kind::Email, "jane.example@example.com", "j***.*******@example.com"),
            (Kind::Phone, "+447700900123", "+44*******123"),
            (Kind::UkPostcode, "SW1A 1AA", "SW1A ***"),
            (Kind::UkBankAccount, "123456:12345678", "12****:*******8"),
            (Kind::DateOfBirth, "1985-03-14", "1985-**-**"),
            (Kind::IpAddress, "192.0.2.17", "19*.*.*.*7"),
            (Kind::PersonName, "Jane Example", "J*** E******"),
            (Kind::Email, "jane.example", "j***.*******"),
            (Kind::UkPostcode, "SW1A1AA", "SW*****"),
            (Kind::SpecialCategory, "diabetes", "diabetes"),
        ];
        for (kind, value, want) in cases {
            assert_eq!(mask(kind, value), want, "{kind:?}");
        }
    }

    #[test]
    fn short_values_stay_mostly_hidden() {
        let kept = |value, head, tail| {
            let mut masked = String::new();
            keep(&mut masked, value, head, tail);
            masked
        };
        assert_eq!(kept("AB", 2, 1), "A*");
        assert_eq!(kept("A", 2, 1), "*");
        assert_eq!(kept("", 2, 1), "");
        // Characters outside ASCII count as ASCII ones do.
        assert_eq!(kept("Zo\u{eb}-Jones", 1, 0), "Z**-*****");
        assert_eq!(kept("\u{c9}lise 42", 2, 1), "\u{c9}l*** *2");
    }
}
