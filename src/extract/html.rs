//! HTML: the text a reader sees. Tags are dropped (block elements end a
//! line), entities decoded, and scripts, styles and comments skipped.
//! Forgiving by design: HTML on shared drives is rarely well formed.

use std::io::Read;

use encoding_rs::Encoding;

use super::{text, Context, Emitter, ExtractError, Location};

/// Elements whose start or end breaks a line.
const BLOCKS: [&str; 28] = [
    "address",
    "article",
    "aside",
    "blockquote",
    "br",
    "dd",
    "div",
    "dl",
    "dt",
    "fieldset",
    "figcaption",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hr",
    "li",
    "main",
    "nav",
    "ol",
    "p",
    "pre",
    "tr",
];
/// Elements that separate cells of a row.
const CELLS: [&str; 2] = ["td", "th"];
/// Elements whose content is not text.
const RAW: [&str; 4] = ["script", "style", "template", "noscript"];

pub fn extract(
    encoding: &'static Encoding,
    head: &[u8],
    input: &mut dyn Read,
    at: &Location,
    context: &mut Context,
) -> Result<(), ExtractError> {
    let html = text::whole(encoding, head, input, context)?;
    let mut out = Emitter::new(at.clone());
    render(&html, &mut out, context);
    out.flush(context.sink);
    Ok(())
}

/// The text of an HTML document or fragment, into `out`.
pub fn render(html: &str, out: &mut Emitter, context: &mut Context) {
    let window = context.options.window;
    let mut rest = html;
    while !rest.is_empty() {
        let Some(open) = rest.find('<') else {
            push_text(out, rest);
            break;
        };
        push_text(out, &rest[..open]);
        rest = &rest[open..];
        if let Some(comment) = rest.strip_prefix("<!--") {
            rest = comment.find("-->").map_or("", |end| &comment[end + 3..]);
            continue;
        }
        // A tag starts with a letter, '/', '!' or '?'; any other '<' is text ("a < b").
        if !rest[1..].starts_with(|c: char| c.is_ascii_alphabetic() || matches!(c, '/' | '!' | '?')) {
            push_text(out, "<");
            rest = &rest[1..];
            continue;
        }
        let close = rest.find('>').unwrap_or(rest.len());
        let tag = &rest[1..close];
        rest = rest.get(close + 1..).unwrap_or("");
        let name: String = tag
            .trim_start_matches('/')
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .map(|c| c.to_ascii_lowercase())
            .collect();
        if RAW.contains(&name.as_str()) && !tag.starts_with('/') && !tag.ends_with('/') {
            // Skip to the matching end tag, whatever its case.
            let end = format!("</{name}");
            rest = find_ignore_case(rest, &end).map_or("", |i| {
                let after = &rest[i..];
                after.find('>').map_or("", |j| &after[j + 1..])
            });
        } else if BLOCKS.contains(&name.as_str()) {
            if !out.at_line_start() {
                out.end_line(context.sink, window);
            }
        } else if CELLS.contains(&name.as_str()) && tag.starts_with('/') {
            out.push("\t");
        }
    }
    if !out.at_line_start() {
        out.end_line(context.sink, window);
    }
}

/// Text between tags: entities decoded, each run of whitespace one space —
/// also a run alone between two tags (`<label>Email</label> <span>…`).
fn push_text(out: &mut Emitter, raw: &str) {
    for (i, word) in decode_entities(raw).split(char::is_whitespace).enumerate() {
        if i > 0 {
            out.separate();
        }
        out.push(word);
    }
}

/// Named (HTML5) and numeric character references; unknown ones stay as written.
pub fn decode_entities(raw: &str) -> std::borrow::Cow<'_, str> {
    if !raw.contains('&') {
        return raw.into();
    }
    let mut text = String::with_capacity(raw.len());
    let mut rest = raw;
    while let Some(amp) = rest.find('&') {
        text.push_str(&rest[..amp]);
        rest = &rest[amp..];
        let end = rest[1..].find(|c: char| !(c.is_ascii_alphanumeric() || c == '#')).map_or(rest.len(), |i| i + 1);
        let name = &rest[1..end];
        let resolved = match name.strip_prefix('#') {
            Some(number) => number
                .strip_prefix(['x', 'X'])
                .map_or_else(|| number.parse().ok(), |hex| u32::from_str_radix(hex, 16).ok())
                .and_then(char::from_u32)
                .map(String::from),
            None => quick_xml::escape::resolve_html5_entity(name).map(String::from),
        };
        match resolved {
            Some(value) => {
                text.push_str(&value);
                rest = rest[end..].strip_prefix(';').unwrap_or(&rest[end..]);
            }
            None => {
                text.push('&');
                rest = &rest[1..];
            }
        }
    }
    text.push_str(rest);
    text.into()
}

fn find_ignore_case(haystack: &str, needle: &str) -> Option<usize> {
    let needle = needle.as_bytes();
    haystack.as_bytes().windows(needle.len()).position(|w| w.eq_ignore_ascii_case(needle))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stray_angle_brackets_are_text() {
        let text = crate::extract::tests::text_of(|context| {
            let mut out = Emitter::new(Location::default());
            render("a < b and <b>bold</b> é<", &mut out, context);
            render("<", &mut out, context);
            render("‹é <unclosed", &mut out, context);
            out.flush(context.sink);
            Ok(())
        });
        assert_eq!(text, "a < b and bold é<\n<\n‹é \n", "an unclosed tag runs to the end");
    }

    #[test]
    fn whitespace_between_inline_elements_separates_their_words() {
        let text = crate::extract::tests::text_of(|context| {
            let mut out = Emitter::new(Location::default());
            render("<p><label>Email</label> <span>a@example.org</span></p>", &mut out, context);
            render("<p> <b>x</b>\n<i>y</i>  z </p><p>\n\tw</p>", &mut out, context);
            out.flush(context.sink);
            Ok(())
        });
        assert_eq!(text, "Email a@example.org\nx y z \nw\n");
    }

    #[test]
    fn entities() {
        assert_eq!(
            decode_entities("Caf&eacute; &amp; bar &#39;x&#x27; &nbsp;&bogus; a&b"),
            "Café & bar 'x' \u{a0}&bogus; a&b"
        );
    }
}
