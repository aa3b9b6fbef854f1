//! The progress line on stderr: files, bytes and rate, findings. Drawn only
//! when stderr is a terminal and not turned off; otherwise every call is free.

use std::time::Duration;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

pub struct Progress {
    bar: ProgressBar,
    /// The report goes to the same terminal: clear the line around each write.
    shares_terminal: bool,
}

impl Progress {
    pub fn new(enabled: bool, shares_terminal: bool) -> Progress {
        // indicatif draws nothing when stderr is not a terminal.
        let target = if enabled { ProgressDrawTarget::stderr() } else { ProgressDrawTarget::hidden() };
        let bar = ProgressBar::with_draw_target(None, target);
        let style = ProgressStyle::with_template("{spinner} {msg}  {bytes} at {binary_bytes_per_sec}  {elapsed}")
            .expect("static template");
        bar.set_style(style);
        bar.enable_steady_tick(Duration::from_millis(120));
        Progress { bar, shares_terminal }
    }

    /// One more file done.
    pub fn file(&self, files: u64, bytes: u64, findings: u64) {
        self.bar.inc(bytes);
        if !self.bar.is_hidden() {
            self.bar.set_message(format!("{files} files, {findings} findings"));
        }
    }

    /// Runs `f`, a write to the report, with the progress line cleared when
    /// both go to the same terminal.
    pub fn around_output<R>(&self, f: impl FnOnce() -> R) -> R {
        if self.shares_terminal && !self.bar.is_hidden() {
            self.bar.suspend(f)
        } else {
            f()
        }
    }

    pub fn finish(&self) {
        self.bar.finish_and_clear();
    }
}
