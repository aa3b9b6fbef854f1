//! JSON and JSON Lines: every string, number and boolean value, one per line,
//! labelled with its key in words (`dateOfBirth`, `nhs_number` as "date of
//! birth", "nhs number": context as a column header is) and located by its
//! path from the root (`$.staff[2].nino`; a JSON Lines file's values are
//! `$[0]`, `$[1]`, …). An object's fields are read in the order written,
//! so the fields a system writes together (a sort code and its account
//! number) stay together.

use std::fmt::{self, Write as _};
use std::io::Read;

use encoding_rs::Encoding;
use serde::de::{Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};

use super::{text, Context, Emitter, ExtractError, Field, Location};

/// The whole document is parsed in memory (up to the member limit);
/// serde_json refuses nesting deeper than 128, so `walk` is bounded too.
pub fn extract(
    encoding: &'static Encoding,
    head: &[u8],
    input: &mut dyn Read,
    at: &Location,
    context: &mut Context,
) -> Result<(), ExtractError> {
    let source = text::whole(encoding, head, input, context)?;
    let values = serde_json::Deserializer::from_str(&source).into_iter::<Value>();
    let values: Vec<Value> =
        values.collect::<Result<_, _>>().map_err(|e| ExtractError::corrupt("malformed JSON", e))?;
    drop(source);
    let mut out = Emitter::new(at.clone());
    match &values[..] {
        [value] => walk(value, &mut "$".to_string(), None, &mut out, context),
        lines => {
            for (i, value) in lines.iter().enumerate() {
                walk(value, &mut format!("$[{i}]"), None, &mut out, context);
            }
        }
    }
    out.flush(context.sink);
    Ok(())
}

/// A key as words, lowercase: `dateOfBirth`, `NHSNumber`, `family_name`
/// and `post-code` as "date of birth", "nhs number", "family name", "post
/// code".
fn words(key: &str) -> String {
    let chars: Vec<char> = key.chars().collect();
    let mut out = String::with_capacity(key.len() + 4);
    for (i, &c) in chars.iter().enumerate() {
        if c == '_' || c == '-' {
            out.push(' ');
            continue;
        }
        let after_lower = i > 0 && chars[i - 1].is_lowercase();
        let acronym_end = i > 0 && chars[i - 1].is_uppercase() && chars.get(i + 1).is_some_and(|n| n.is_lowercase());
        if c.is_uppercase() && (after_lower || acronym_end) {
            out.push(' ');
        }
        out.extend(c.to_lowercase());
    }
    out
}

/// A JSON value as `walk` reads it: text on one line (a string, its line
/// breaks as spaces, or a number or a boolean as written: "liveness
/// passed: true" answers its key), a list, or an
/// object's fields in the order written; a null holds nothing to find.
enum Value {
    Text(String),
    List(Vec<Value>),
    Object(Vec<(String, Value)>),
    Nothing,
}

impl<'de> Deserialize<'de> for Value {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Value, D::Error> {
        deserializer.deserialize_any(ValueVisitor)
    }
}

struct ValueVisitor;

impl<'de> Visitor<'de> for ValueVisitor {
    type Value = Value;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a JSON value")
    }

    fn visit_bool<E>(self, b: bool) -> Result<Value, E> {
        Ok(Value::Text(b.to_string()))
    }

    fn visit_unit<E>(self) -> Result<Value, E> {
        Ok(Value::Nothing)
    }

    fn visit_i64<E>(self, n: i64) -> Result<Value, E> {
        Ok(Value::Text(n.to_string()))
    }

    fn visit_u64<E>(self, n: u64) -> Result<Value, E> {
        Ok(Value::Text(n.to_string()))
    }

    fn visit_f64<E>(self, x: f64) -> Result<Value, E> {
        Ok(serde_json::Number::from_f64(x).map_or(Value::Nothing, |n| Value::Text(n.to_string())))
    }

    fn visit_str<E>(self, s: &str) -> Result<Value, E> {
        Ok(Value::Text(s.replace(['\r', '\n'], " ")))
    }

    fn visit_string<E>(self, s: String) -> Result<Value, E> {
        Ok(Value::Text(if s.contains(['\r', '\n']) { s.replace(['\r', '\n'], " ") } else { s }))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut items: A) -> Result<Value, A::Error> {
        let mut list = Vec::new();
        while let Some(item) = items.next_element()? {
            list.push(item);
        }
        Ok(Value::List(list))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut fields: A) -> Result<Value, A::Error> {
        let mut object = Vec::new();
        while let Some(field) = fields.next_entry()? {
            object.push(field);
        }
        Ok(Value::Object(object))
    }
}

fn walk(value: &Value, path: &mut String, key: Option<&str>, out: &mut Emitter, context: &mut Context) {
    let leaf = match value {
        Value::Text(s) => s,
        Value::List(items) => {
            for (i, item) in items.iter().enumerate() {
                let len = path.len();
                let _ = write!(path, "[{i}]");
                walk(item, path, key, out, context);
                path.truncate(len);
            }
            return;
        }
        Value::Object(fields) => {
            for (k, item) in fields {
                let len = path.len();
                if k.chars().all(|c| c.is_alphanumeric() || c == '_') && !k.is_empty() {
                    path.push('.');
                    path.push_str(k);
                } else {
                    let _ = write!(path, "[{}]", serde_json::to_string(k).expect("a string serialises"));
                }
                walk(item, path, Some(k), out, context);
                path.truncate(len);
            }
            return;
        }
        Value::Nothing => return,
    };
    out.span(Field::JsonPath(path.clone()));
    if let Some(key) = key {
        // The key is context for the value, as a column header is.
        out.push(&words(key));
        out.push(": ");
    }
    out.push(leaf);
    out.end_line(context.sink, context.options.window);
}

#[cfg(test)]
mod tests {
    use super::Value;

    #[test]
    fn fields_keep_the_order_written() {
        let value: Value =
            serde_json::from_str(r#"{"sortCode": "10-79-99", "accountNumber": "88837491", "monthly": 14.99}"#).unwrap();
        let Value::Object(fields) = value else { panic!("an object") };
        let read: Vec<(&str, &str)> = fields
            .iter()
            .map(|(k, v)| match v {
                Value::Text(t) => (k.as_str(), t.as_str()),
                _ => panic!("text"),
            })
            .collect();
        assert_eq!(read, [("sortCode", "10-79-99"), ("accountNumber", "88837491"), ("monthly", "14.99")]);
    }

    #[test]
    fn keys_read_as_words() {
        let cases = [
            ("dateOfBirth", "date of birth"),
            ("NHSNumber", "nhs number"),
            ("ukPassportNumber", "uk passport number"),
            ("family_name", "family name"),
            ("post-code", "post code"),
            ("dob", "dob"),
        ];
        for (key, words) in cases {
            assert_eq!(super::words(key), words, "{key}");
        }
    }
}
