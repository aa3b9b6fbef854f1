//! The HTML report in a real browser: headless Chromium (Debian's
//! `chromium`, which `.ci/run` installs) renders the report of `fixtures/`
//! and the subject access report of its inventory (`sar --format html`);
//! the rendered DOM must hold the key numbers and show that the page's own
//! script ran under its Content-Security-Policy, the console must stay free
//! of errors, and a screenshot is kept under the target directory
//! (`target/tmp/report-fixtures.png`). Without the browser the test fails.

mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use common::{dpscan, fixtures};

const CHROMIUM: &str = "/usr/bin/chromium";

/// Chromium's headless run of `page` with `extra` switches; console
/// messages go to stderr.
fn chromium(page: &Path, extra: &[&str]) -> Output {
    assert!(
        Path::new(CHROMIUM).exists(),
        "{CHROMIUM} is missing: install Debian's chromium (apt-get install chromium), as .ci/run does"
    );
    let profile = tempfile::tempdir().unwrap();
    let out = Command::new(CHROMIUM)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--enable-logging=stderr",
            "--v=0",
            "--virtual-time-budget=2000",
        ])
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .args(extra)
        .arg(format!("file://{}", page.display()))
        .output()
        .unwrap();
    assert!(out.status.success(), "chromium failed: {}", String::from_utf8_lossy(&out.stderr));
    out
}

/// The console's errors and security violations in Chromium's log.
fn console_errors(stderr: &[u8]) -> Vec<String> {
    String::from_utf8_lossy(stderr)
        .lines()
        .filter(|l| l.contains("CONSOLE") || l.contains("Content Security Policy") || l.contains("Uncaught"))
        .map(String::from)
        .collect()
}

#[test]
fn the_fixtures_report_renders_in_chromium_without_console_errors() {
    let dir = tempfile::tempdir().unwrap();
    let html = dir.path().join("report.html");
    let share = fixtures().join("share");
    let out = dpscan()
        .args(["scan", share.to_str().unwrap(), "--format", "html", "--as-of", "2099-01-01", "-o"])
        .arg(&html)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));

    // The way console errors are caught catches them: a page whose script
    // throws, and one whose inline script its policy refuses.
    let broken = dir.path().join("broken.html");
    std::fs::write(&broken, "<!DOCTYPE html><title>t</title><script>null.x = 1;</script>").unwrap();
    assert!(!console_errors(&chromium(&broken, &["--dump-dom"]).stderr).is_empty(), "a thrown error is not seen");
    let refused = dir.path().join("refused.html");
    std::fs::write(
        &refused,
        "<!DOCTYPE html><meta http-equiv=\"Content-Security-Policy\" content=\"script-src 'none'\"><title>t</title>\
         <script>document.title = 'ran';</script>",
    )
    .unwrap();
    let dom = chromium(&refused, &["--dump-dom"]);
    assert!(String::from_utf8_lossy(&dom.stdout).contains("<title>t</title>"), "the refused script ran");
    assert!(!console_errors(&dom.stderr).is_empty(), "a policy violation is not seen");

    let rendered = chromium(&html, &["--dump-dom"]);
    let errors = console_errors(&rendered.stderr);
    assert!(errors.is_empty(), "console errors: {errors:#?}");
    let dom = String::from_utf8_lossy(&rendered.stdout);
    for number in [
        r#"<span class="n" id="files">13</span>"#,
        r#"<span class="n" id="findings">109</span>"#,
        r#"<span class="n" id="due-delete">1</span>"#,
        r#"<span class="n" id="special">"#,
    ] {
        assert!(dom.contains(number), "{number} is not in the rendered page");
    }
    // The page's own script ran: it makes headings focusable for sorting
    // and shows the filter box, which the page hides for readers without it.
    assert!(dom.contains(r#"tabindex="0""#), "the page's script did not run");
    assert!(dom.contains(r#"data-table="risk-table" aria-label="Filter folders">"#), "the filter box is still hidden");
    assert!(dom.contains("<svg"), "no chart");

    let shot: PathBuf = Path::new(env!("CARGO_TARGET_TMPDIR")).join("report-fixtures.png");
    let _ = std::fs::remove_file(&shot);
    chromium(&html, &[&format!("--screenshot={}", shot.display()), "--window-size=1280,2200", "--hide-scrollbars"]);
    let png = std::fs::read(&shot).unwrap();
    assert!(png.starts_with(b"\x89PNG") && png.len() > 20_000, "a screenshot of {} bytes", png.len());
}

#[test]
fn the_sar_report_renders_in_chromium_with_its_counts() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("inventory.db");
    let key = "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f";
    let share = fixtures().join("share");
    let indexed =
        dpscan().env("DPSCAN_INDEX_KEY", key).arg("index").arg(&share).arg("--db").arg(&db).arg("-q").output();
    let indexed = indexed.unwrap();
    assert!(indexed.status.success(), "{}", String::from_utf8_lossy(&indexed.stderr));
    let sar = |args: &[&str]| {
        let out = dpscan()
            .env("DPSCAN_INDEX_KEY", key)
            .args(["sar", "--name", "Jane Example", "--nino", "QQ123456C", "--received", "2026-01-31", "--db"])
            .arg(&db)
            .args(args)
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        out.stdout
    };
    let summary = common::of_type(&common::records(&sar(&["--format", "jsonl"])), "summary")[0].clone();
    let html = dir.path().join("sar.html");
    sar(&["--format", "html", "-o", html.to_str().unwrap()]);

    let rendered = chromium(&html, &["--dump-dom"]);
    let errors = console_errors(&rendered.stderr);
    assert!(errors.is_empty(), "console errors: {errors:#?}");
    let dom = String::from_utf8_lossy(&rendered.stdout);
    assert!(
        summary["hits"].as_u64().unwrap() >= 2,
        "Jane Example is on the fixtures' staff list and payroll: {summary}"
    );
    for (id, n) in [("units", &summary["hits"]), ("files", &summary["files"]), ("unsearched", &summary["unsearched"])] {
        let card = format!(r#"<span class="n" id="{id}">{n}</span>"#);
        assert!(dom.contains(&card), "{card} is not in the rendered page");
    }
    assert!(dom.contains(r#"<td class="date" id="respond-by">2026-02-28 "#), "the deadline");
    assert!(dom.contains(r#"tabindex="0""#), "the page's script did not run");
    assert!(dom.contains(r#"data-table="hits-table" aria-label="Filter files">"#), "the filter box is still hidden");
    assert!(!dom.contains("QQ123456C") && !dom.contains("Jane Example"), "masked without --reveal");
}
