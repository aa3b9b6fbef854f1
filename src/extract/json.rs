//! JSON and JSON Lines: every string and number value, one per line,
//! labelled with its key in words (`dateOfBirth`, `nhs_number` as "date of
//! birth", "nhs number": context as a column header is) and located by its
//! path from the root (`$.staff[2].nino`; a JSON Lines file's values are
//! `$[0]`, `$[1]`, …).

use std::io::Read;

use encoding_rs::Encoding;
use serde_json::Value;

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

fn walk(value: &Value, path: &mut String, key: Option<&str>, out: &mut Emitter, context: &mut Context) {
    let leaf = match value {
        Value::String(s) => s.replace(['\r', '\n'], " "),
        Value::Number(n) => n.to_string(),
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                let len = path.len();
                path.push_str(&format!("[{i}]"));
                walk(item, path, key, out, context);
                path.truncate(len);
            }
            return;
        }
        Value::Object(map) => {
            for (k, item) in map {
                let len = path.len();
                if k.chars().all(|c| c.is_alphanumeric() || c == '_') && !k.is_empty() {
                    path.push('.');
                    path.push_str(k);
                } else {
                    path.push_str(&format!("[{}]", Value::String(k.clone())));
                }
                walk(item, path, Some(k), out, context);
                path.truncate(len);
            }
            return;
        }
        Value::Bool(_) | Value::Null => return,
    };
    out.span(Field::JsonPath(path.clone()));
    if let Some(key) = key {
        // The key is context for the value, as a column header is.
        out.push(&words(key));
        out.push(": ");
    }
    out.push(&leaf);
    out.end_line(context.sink, context.options.window);
}

#[cfg(test)]
mod tests {
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
