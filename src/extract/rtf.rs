//! RTF: the document's text with control words interpreted, not printed.
//! `\'hh` escapes are decoded by the document's code page (`\ansicpg`),
//! `\uN` by Unicode with its `\ucN` fallback characters skipped; font,
//! colour and style tables, pictures, embedded objects and field
//! instructions are skipped; paragraphs, rows and cells keep their breaks,
//! and each `\info` property (title, subject, author...) is a labelled line.

use std::io::Read;

use encoding_rs::{Encoding, WINDOWS_1252};

use super::{Context, Emitter, ExtractError, Location};

/// Ignorable (`\*`) destinations that do hold document text; any other
/// ignorable destination is skipped.
const TEXT_DESTINATIONS: [&str; 5] = ["footnote", "shpinst", "shptxt", "annotation", "atnauthor"];

/// Destinations that hold no document text.
const SKIPPED: [&str; 26] = [
    "sp",
    "fonttbl",
    "colortbl",
    "stylesheet",
    "pict",
    "objdata",
    "themedata",
    "colorschememapping",
    "datastore",
    "latentstyles",
    "listtable",
    "listoverridetable",
    "rsidtbl",
    "generator",
    "xmlnstbl",
    "mmathPr",
    "fldinst",
    "bkmkstart",
    "bkmkend",
    "filetbl",
    "pgdsctbl",
    "protusertbl",
    "xmlopen",
    "wgrffmtfilter",
    "panose",
    "comment",
];

/// Document properties in the `\info` group, with the label they get.
const PROPERTIES: [(&str, &str); 9] = [
    ("title", "Title"),
    ("subject", "Subject"),
    ("author", "Author"),
    ("operator", "Last modified by"),
    ("manager", "Manager"),
    ("company", "Company"),
    ("category", "Category"),
    ("keywords", "Keywords"),
    ("doccomm", "Comments"),
];

#[derive(Clone, Copy)]
struct Group {
    skip: bool,
    /// Fallback characters that follow each `\uN`.
    uc: usize,
    /// A property group: its text is a line of its own.
    property: bool,
    /// Opened with `\*`: an ignorable destination, unless its control word
    /// names one that holds text.
    starred: bool,
}

/// Groups nested deeper than this are refused.
const MAX_DEPTH: usize = 1024;

pub fn extract(head: &[u8], input: &mut dyn Read, at: &Location, context: &mut Context) -> Result<(), ExtractError> {
    let rtf = super::read_capped(head, input, context.options.limits.max_member)?;
    let mut out = Emitter::new(at.clone());
    let window = context.options.window;
    let mut encoding: &'static Encoding = WINDOWS_1252;
    let mut stack = vec![Group { skip: false, uc: 1, property: false, starred: false }];
    let mut bytes: Vec<u8> = Vec::new(); // 8-bit text awaiting decoding
    let mut pending_skip = 0usize; // fallback characters still to drop after \uN
    let mut i = 0;
    let flush = |bytes: &mut Vec<u8>, out: &mut Emitter, encoding: &'static Encoding| {
        if !bytes.is_empty() {
            out.push(&encoding.decode_without_bom_handling(bytes).0);
            bytes.clear();
        }
    };
    while i < rtf.len() {
        let group = *stack.last().unwrap_or(&Group { skip: false, uc: 1, property: false, starred: false });
        match rtf[i] {
            b'{' => {
                if stack.len() >= MAX_DEPTH {
                    return Err(ExtractError::Limit(format!("RTF groups nested deeper than {MAX_DEPTH}")));
                }
                stack.push(Group { property: false, starred: false, ..group });
                i += 1;
            }
            b'}' => {
                flush(&mut bytes, &mut out, encoding);
                if stack.len() > 1 && stack.pop().is_some_and(|g| g.property && !g.skip) {
                    out.end_line(context.sink, window);
                }
                i += 1;
            }
            b'\r' | b'\n' => i += 1,
            b'\\' => {
                let opens_group = rtf[..i].trim_ascii_end().last() == Some(&b'{');
                let (control, next) = control(&rtf, i + 1);
                i = next;
                let text_char = |pending: &mut usize| {
                    let skip = *pending > 0;
                    *pending = pending.saturating_sub(1);
                    skip
                };
                match control {
                    Control::Hex(b) => {
                        if !group.skip && !text_char(&mut pending_skip) {
                            bytes.push(b);
                        }
                    }
                    Control::Symbol(c) => {
                        if c == '*' {
                            // It marks a destination only first in its group;
                            // Word ignores it anywhere else.
                            if let Some(g) = stack.last_mut().filter(|_| opens_group) {
                                g.starred = true;
                            }
                        } else if !group.skip && !text_char(&mut pending_skip) {
                            flush(&mut bytes, &mut out, encoding);
                            match c {
                                '~' => out.push(" "),
                                '_' => out.push("-"),
                                '\\' | '{' | '}' => out.push(c.encode_utf8(&mut [0; 4])),
                                '\n' | '\r' => out.end_line(context.sink, window),
                                _ => {}
                            }
                        }
                    }
                    Control::Word(word, param) => {
                        pending_skip = 0;
                        if word == "bin" {
                            i = i.saturating_add(param.unwrap_or(0).max(0) as usize); // raw binary data
                            continue;
                        }
                        let starred = stack.last_mut().map(|g| std::mem::replace(&mut g.starred, false));
                        if SKIPPED.contains(&word) || (starred == Some(true) && !TEXT_DESTINATIONS.contains(&word)) {
                            if let Some(g) = stack.last_mut() {
                                g.skip = true;
                            }
                            continue;
                        }
                        match word {
                            "ansicpg" => {
                                let page = param.and_then(|p| u16::try_from(p).ok()).unwrap_or(1252);
                                encoding = codepage::to_encoding(page).unwrap_or(WINDOWS_1252);
                            }
                            "uc" => {
                                if let Some(g) = stack.last_mut() {
                                    g.uc = param.unwrap_or(1).clamp(0, 16) as usize;
                                }
                            }
                            _ if group.skip => {}
                            _ if PROPERTIES.iter().any(|(w, _)| *w == word) => {
                                let label = PROPERTIES.iter().find(|(w, _)| *w == word).map_or("", |(_, l)| l);
                                flush(&mut bytes, &mut out, encoding);
                                if !out.at_line_start() {
                                    out.end_line(context.sink, window);
                                }
                                out.push(&format!("{label}: "));
                                if let Some(g) = stack.last_mut() {
                                    g.property = true;
                                }
                            }
                            "u" => {
                                flush(&mut bytes, &mut out, encoding);
                                let code = param.unwrap_or(0);
                                let code = if code < 0 { code + 65536 } else { code } as u32;
                                if let Some(c) = char::from_u32(code) {
                                    out.push(c.encode_utf8(&mut [0; 4]));
                                }
                                pending_skip = group.uc;
                            }
                            "par" | "line" | "row" | "sect" | "page" => {
                                flush(&mut bytes, &mut out, encoding);
                                out.end_line(context.sink, window);
                            }
                            "tab" | "cell" => {
                                flush(&mut bytes, &mut out, encoding);
                                out.push("\t");
                            }
                            _ => {}
                        }
                    }
                }
            }
            b => {
                if !group.skip {
                    if pending_skip > 0 {
                        pending_skip -= 1;
                    } else {
                        bytes.push(b);
                    }
                }
                i += 1;
            }
        }
    }
    flush(&mut bytes, &mut out, encoding);
    out.flush(context.sink);
    Ok(())
}

enum Control<'a> {
    Word(&'a str, Option<i32>),
    Hex(u8),
    Symbol(char),
}

/// The control after a backslash at `at`, and where the text resumes.
fn control(rtf: &[u8], at: usize) -> (Control<'_>, usize) {
    let Some(&first) = rtf.get(at) else { return (Control::Symbol(' '), at) };
    if first == b'\'' {
        let hex = rtf.get(at + 1..at + 3).and_then(|h| u8::from_str_radix(std::str::from_utf8(h).ok()?, 16).ok());
        return match hex {
            Some(b) => (Control::Hex(b), at + 3),
            None => (Control::Symbol(' '), at + 1),
        };
    }
    if !first.is_ascii_alphabetic() {
        return (Control::Symbol(first as char), at + 1);
    }
    let end = at + rtf[at..].iter().take(32).take_while(|b| b.is_ascii_alphabetic()).count();
    let word = std::str::from_utf8(&rtf[at..end]).unwrap_or("");
    let digits =
        rtf[end..].iter().take(11).enumerate().take_while(|&(k, b)| b.is_ascii_digit() || (k == 0 && *b == b'-'));
    let param_end = end + digits.count();
    let param = std::str::from_utf8(&rtf[end..param_end]).ok().and_then(|p| p.parse().ok());
    let next = if rtf.get(param_end) == Some(&b' ') { param_end + 1 } else { param_end };
    (Control::Word(word, param), next)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn code_pages_decode_escapes() {
        let rtf = b"{\\rtf1\\ansi\\ansicpg932{\\fonttbl{\\f0 MS Mincho;}}\\'93\\'fa\\'96\\'7b\\par Caf\\u233?\\par}";
        let text = crate::extract::tests::text_of(|context| extract(rtf, &mut &b""[..], &Location::default(), context));
        assert_eq!(
            text, "\u{65e5}\u{672c}\nCaf\u{e9}\n",
            "Shift-JIS from \\ansicpg932; \\uN with its fallback skipped"
        );
    }

    #[test]
    fn a_star_marks_a_destination_only_first_in_its_group() {
        let rtf = b"{\\rtf1{\\*\\generator Writer;}{\\loch\\f2\\*\\cs7 The quick brown fox}\\par{\n\\*\\panose 02020603050405020304}\\par}";
        let text = crate::extract::tests::text_of(|context| extract(rtf, &mut &b""[..], &Location::default(), context));
        assert_eq!(text, "The quick brown fox\n\n", "a \\* after other control words is ignored");
    }

    #[test]
    fn info_properties_are_lines_of_their_own() {
        let rtf = b"{\\rtf1{\\info{\\title Minutes}{\\subject Payroll}{\\comment StarWriter}{\\company Example Ltd}}Body\\par}";
        let text = crate::extract::tests::text_of(|context| extract(rtf, &mut &b""[..], &Location::default(), context));
        assert_eq!(text, "Title: Minutes\nSubject: Payroll\nCompany: Example Ltd\nBody\n", "\\comment holds no text");
    }

    #[test]
    fn controls() {
        assert!(matches!(control(b"par hello", 0), (Control::Word("par", None), 4)));
        assert!(matches!(control(b"u-3913?", 0), (Control::Word("u", Some(-3913)), 6)));
        assert!(matches!(control(b"'e9x", 0), (Control::Hex(0xe9), 3)));
        assert!(matches!(control(b"{", 0), (Control::Symbol('{'), 1)));
    }
}
