//! `sar --format html`, and `report.html` in an export: one self-contained
//! page of a subject access search — the request and its deadlines, the
//! counts, every hit (strong first) with where it is, what matched and in
//! which form, the snippet, the file's date and the other people to redact,
//! and the files that could not be searched, so the answer's gaps show.
//!
//! It is the HTML report's frame (`report::html::Shell`: the policy, style
//! and sorting script of `templates/base.html`) around `templates/sar.html`,
//! which escapes every value; paths, reasons and snippets are also stripped
//! of control and bidirectional characters. It shows what the `Request`
//! holds, masked unless revealed there, and no time of its own making, so
//! the same search gives the same page.

use std::io::{self, Write};

use askama::Template;

use super::export::{self, Deadlines, Request};
use super::{Counts, Hit, Source, Strength};
use crate::report::html::Shell;
use crate::report::{describe, sanitize};

/// A row of the hits table.
struct HitRow {
    path: String,
    location: String,
    strength: Strength,
    matched: Vec<String>,
    snippet: Option<String>,
    source: Source,
    modified: String,
    third_parties: Vec<String>,
}

impl HitRow {
    fn of(hit: &Hit) -> HitRow {
        let clean = |text: &str| sanitize(text).into_owned();
        HitRow {
            path: clean(&hit.path.to_string_lossy()),
            location: describe(&hit.location),
            strength: hit.strength,
            matched: hit.matched.iter().map(|m| clean(&m.to_string())).collect(),
            snippet: hit.snippet.as_deref().map(clean),
            source: hit.source,
            modified: export::modified(hit).map_or_else(String::new, |t| t.strftime("%Y-%m-%d %H:%M UTC").to_string()),
            third_parties: hit.third_parties.iter().map(|m| clean(&m.to_string())).collect(),
        }
    }
}

#[derive(Template)]
#[template(path = "sar.html")]
struct Page {
    shell: Shell,
    terms: Vec<String>,
    deadlines: Option<Deadlines>,
    counts: Counts,
    reveal: bool,
    hits: Vec<HitRow>,
    unsearched: Vec<(String, String)>,
}

/// Writes the page of `request` to `out`.
pub fn write(mut out: impl Write, request: &Request) -> io::Result<()> {
    let answer = request.answer;
    let clean = |text: &str| sanitize(text).into_owned();
    let page = Page {
        shell: Shell::new(),
        terms: request.terms.iter().map(|t| clean(t)).collect(),
        deadlines: request.deadlines(),
        counts: answer.counts(),
        reveal: request.reveal,
        hits: answer.hits.iter().map(HitRow::of).collect(),
        unsearched: answer
            .unsearched
            .iter()
            .map(|u| (clean(&u.path.to_string_lossy()), clean(&u.why.to_string())))
            .collect(),
    };
    out.write_all(page.render().map_err(io::Error::other)?.as_bytes())?;
    out.flush()
}
