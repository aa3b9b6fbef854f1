//! The breach assessment as one self-contained page, through the report's
//! askama machinery: `templates/breach.html` in the report's frame
//! (`report::html::Shell`: the policy, style and sorting script of
//! `templates/base.html`). It holds kinds, counts and
//! file names (escaped, stripped of control and bidirectional characters),
//! never a value: the inventory it is made from holds none in the clear.

use std::io::{self, Write};

use askama::Template;

use super::Assessment;
use crate::report::html::Shell;
use crate::report::sanitize;

/// Files with personal data listed on the page; the JSON lists them all.
const LISTED: usize = 500;

#[derive(Template)]
#[template(path = "breach.html")]
struct Page<'a> {
    a: &'a Assessment,
    exposure: String,
    generated: String,
    shell: Shell,
    records: Vec<(String, u64, String)>,
    more: usize,
    not_assessed: Vec<(&'static str, String, String)>,
}

/// Writes the page of `assessment` to `out`.
pub fn write(out: &mut dyn Write, assessment: &Assessment) -> io::Result<()> {
    let clean = |text: &str| sanitize(text).into_owned();
    let records = assessment
        .records
        .iter()
        .take(LISTED)
        .map(|r| {
            let categories: Vec<&str> = r.categories.iter().map(|c| c.as_str()).collect();
            (clean(&r.path), r.findings, categories.join(", "))
        })
        .collect();
    let page = Page {
        a: assessment,
        exposure: clean(&assessment.exposure.to_string()),
        generated: jiff::Timestamp::now().strftime("%Y-%m-%d %H:%M UTC").to_string(),
        shell: Shell::new(),
        records,
        more: assessment.records.len().saturating_sub(LISTED),
        not_assessed: assessment
            .not_assessed
            .iter()
            .map(|u| (u.gap.as_str(), clean(&u.path), clean(&u.detail)))
            .collect(),
    };
    let html = page.render().map_err(io::Error::other)?;
    out.write_all(html.as_bytes())?;
    out.flush()
}
