//! JSON: every string and number value, one per line, labelled with its
//! key and located by its path from the root (`$.staff[2].nino`).

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
    let value: Value = serde_json::from_str(&source).map_err(|e| ExtractError::corrupt("malformed JSON", e))?;
    drop(source);
    let mut out = Emitter::new(at.clone());
    walk(&value, &mut "$".to_string(), None, &mut out, context);
    out.flush(context.sink);
    Ok(())
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
        out.push(&key.replace(['_', '-'], " "));
        out.push(": ");
    }
    out.push(&leaf);
    out.end_line(context.sink, context.options.window);
}
