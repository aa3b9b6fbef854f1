//! Keyed digests of normalised values: how the inventory can find "every
//! file holding QQ123456C" without holding QQ123456C.
//!
//! A digest is BLAKE3 in keyed mode over the finding's kind and its
//! normalised value, truncated to 128 bits. Without the 32-byte key, a copy
//! of the inventory reveals no identifier, not even by trying every NINO
//! (there are fewer than 10^9): each guess needs the key. A query normalises
//! its input as the detectors do and looks its digest up.

use std::fmt;

use super::Kind;

/// The secret an inventory's digests are made with.
#[derive(Clone, PartialEq, Eq)]
pub struct DigestKey([u8; 32]);

/// A keyed digest of one normalised value.
pub type ValueDigest = [u8; 16];

/// What a key looks like where it is stored: 64 hexadecimal digits.
#[derive(Debug, thiserror::Error)]
#[error("a digest key is 64 hexadecimal digits")]
pub struct BadKey;

impl DigestKey {
    /// A new random key from the operating system's generator.
    pub fn generate() -> std::io::Result<DigestKey> {
        let mut key = [0; 32];
        getrandom::fill(&mut key).map_err(std::io::Error::other)?;
        Ok(DigestKey(key))
    }

    pub fn from_hex(text: &str) -> Result<DigestKey, BadKey> {
        let text = text.trim().as_bytes();
        if text.len() != 64 {
            return Err(BadKey);
        }
        let mut key = [0; 32];
        for (byte, pair) in key.iter_mut().zip(text.chunks(2)) {
            let pair = std::str::from_utf8(pair).map_err(|_| BadKey)?;
            *byte = u8::from_str_radix(pair, 16).map_err(|_| BadKey)?;
        }
        Ok(DigestKey(key))
    }

    pub fn to_hex(&self) -> String {
        self.0.iter().map(|b| format!("{b:02x}")).collect()
    }

    /// The digest of `value`, a normalised value of `kind` (as a finding
    /// carries it). Case is folded where it carries no meaning (names).
    pub fn digest(&self, kind: Kind, value: &str) -> ValueDigest {
        let mut hasher = blake3::Hasher::new_keyed(&self.0);
        hasher.update(kind.as_str().as_bytes());
        hasher.update(&[0]);
        match kind {
            Kind::PersonName => hasher.update(value.to_lowercase().as_bytes()),
            _ => hasher.update(value.as_bytes()),
        };
        truncate(hasher.finalize())
    }

    /// `hash` (a file's content hash) sealed for the file at `path` in the
    /// version `version`: XOR with a keyed pad, so a copy of the inventory
    /// without the key cannot test guesses of a small file's content (one
    /// NINO in a file is a guessable file). Sealing again opens it.
    pub fn seal(&self, path: &[u8], version: &[u8], hash: &[u8; 32]) -> [u8; 32] {
        let mut pad = blake3::Hasher::new_keyed(&self.0);
        pad.update(b"dpscan content hash seal\0");
        pad.update(&(path.len() as u64).to_le_bytes());
        pad.update(path);
        pad.update(version);
        let pad = pad.finalize();
        std::array::from_fn(|i| hash[i] ^ pad.as_bytes()[i])
    }

    /// A keyed tag of a file's content hash: equal for equal content, and
    /// no help to whoever lacks the key in guessing that content.
    pub fn content_tag(&self, hash: &[u8; 32]) -> [u8; 32] {
        let mut tag = blake3::Hasher::new_keyed(&self.0);
        tag.update(b"dpscan content tag\0");
        tag.update(hash);
        *tag.finalize().as_bytes()
    }

    /// A keyed tag of a record made of `fields` for `purpose`: each field
    /// length-prefixed, so no two records tag the same by moving bytes
    /// from one field to the next. Whoever lacks the key can neither make
    /// a tag nor change a field without its tag failing.
    pub fn tag(&self, purpose: &str, fields: &[&[u8]]) -> [u8; 32] {
        let mut hasher = blake3::Hasher::new_keyed(&self.0);
        hasher.update(purpose.as_bytes());
        hasher.update(&[0]);
        for field in fields {
            hasher.update(&(field.len() as u64).to_le_bytes());
            hasher.update(field);
        }
        *hasher.finalize().as_bytes()
    }

    /// A keyed 64-bit digest of one folded word (`words`).
    pub fn word(&self, folded: &str) -> u64 {
        let mut hasher = blake3::Hasher::new_keyed(&self.0);
        hasher.update(b"dpscan word\0");
        hasher.update(folded.as_bytes());
        u64::from_le_bytes(hasher.finalize().as_bytes()[..8].try_into().expect("8 bytes"))
    }

    /// A value that tells whether a key is the one an inventory was made
    /// with, and nothing about the key.
    pub fn check_value(&self) -> ValueDigest {
        truncate(blake3::keyed_hash(&self.0, b"dpscan inventory key check"))
    }
}

fn truncate(hash: blake3::Hash) -> ValueDigest {
    let mut digest = [0; 16];
    digest.copy_from_slice(&hash.as_bytes()[..16]);
    digest
}

/// Never print the key, even in a debug dump.
impl fmt::Debug for DigestKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("DigestKey(..)")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digests_depend_on_key_kind_and_value() {
        let key = DigestKey::generate().unwrap();
        let other = DigestKey::generate().unwrap();
        let nino = key.digest(Kind::UkNino, "QQ123456C");
        assert_eq!(nino, key.digest(Kind::UkNino, "QQ123456C"));
        assert_ne!(nino, other.digest(Kind::UkNino, "QQ123456C"));
        assert_ne!(nino, key.digest(Kind::UkNino, "QQ123456D"));
        assert_ne!(nino, key.digest(Kind::UkPassport, "QQ123456C"));
        assert_eq!(key.digest(Kind::PersonName, "Jane Smith"), key.digest(Kind::PersonName, "JANE SMITH"));
    }

    #[test]
    fn a_tag_depends_on_every_field_and_where_it_ends() {
        let key = DigestKey::generate().unwrap();
        let tag = key.tag("test", &[b"ab", b"c"]);
        assert_eq!(tag, key.tag("test", &[b"ab", b"c"]));
        assert_ne!(tag, key.tag("test", &[b"a", b"bc"]));
        assert_ne!(tag, key.tag("test", &[b"ab", b"d"]));
        assert_ne!(tag, key.tag("other", &[b"ab", b"c"]));
        assert_ne!(tag, DigestKey::generate().unwrap().tag("test", &[b"ab", b"c"]));
    }

    #[test]
    fn keys_round_trip_through_hex_and_hide_in_debug() {
        let key = DigestKey::generate().unwrap();
        assert_eq!(DigestKey::from_hex(&key.to_hex()).unwrap(), key);
        assert!(DigestKey::from_hex("00ff").is_err());
        assert!(DigestKey::from_hex(&"zz".repeat(32)).is_err());
        assert_eq!(format!("{key:?}"), "DigestKey(..)");
    }
}
