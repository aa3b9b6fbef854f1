//! The progress line on stderr: files, bytes and rate, findings, pages
//! read by OCR. Drawn only when stderr is a terminal, the report does not
//! go to the same terminal (there the report's own lines show progress, and
//! a line redrawn around each of them would flood it), and it is not turned
//! off; otherwise every call is free.

use std::time::Duration;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

pub struct Progress {
    bar: ProgressBar,
}

impl Progress {
    /// A progress line, drawn when `enabled` (not asked off, and the report
    /// is not written to the terminal).
    pub fn new(enabled: bool) -> Progress {
        // indicatif draws nothing when stderr is not a terminal.
        let target = if enabled { ProgressDrawTarget::stderr() } else { ProgressDrawTarget::hidden() };
        let bar = ProgressBar::with_draw_target(None, target);
        let style = ProgressStyle::with_template("{spinner} {msg}  {bytes} at {binary_bytes_per_sec}  {elapsed}")
            .expect("static template");
        bar.set_style(style);
        bar.enable_steady_tick(Duration::from_millis(120));
        Progress { bar }
    }

    /// One more file done; `ocr_pages` read by OCR so far.
    pub fn file(&self, files: u64, bytes: u64, findings: u64, ocr_pages: u64) {
        self.bar.inc(bytes);
        if !self.bar.is_hidden() {
            let ocr = if ocr_pages > 0 { format!(", {ocr_pages} pages OCR'd") } else { String::new() };
            self.bar.set_message(format!("{files} files, {findings} findings{ocr}"));
        }
    }

    pub fn finish(&self) {
        self.bar.finish_and_clear();
    }
}
