//! OCR: the text of images — scans on their own (PNG, JPEG, TIFF of any
//! number of pages, BMP, GIF, WebP), image-only PDF pages, pictures in
//! Office documents and mail attachments — read by Tesseract.
//!
//! Tesseract runs as its command-line program, one child process per
//! image: dpscan builds and runs with nothing but Rust installed, OCR turns
//! on where `tesseract` is on the `PATH` (Debian: `apt-get install
//! tesseract-ocr`), and an engine that crashes, loops or asks for all the
//! memory on a hostile image costs that image only: the child has an
//! address-space limit and the file's OCR time budget, and is killed past
//! it. Starting the program costs about 0.1 s beside the second or more
//! that reading a page takes (`BENCHMARKS.md`). Each child uses one thread
//! (`OMP_THREAD_LIMIT=1`): the worker pool runs as many as there are cores.
//!
//! Text comes back as Tesseract's TSV: words with their page, line and
//! confidence. A page is one unit at its location with `image` set (so a
//! finding says it was read from an image), and carries the page's mean
//! word confidence, which lowers the confidence of what is found in it.

use std::io::{Read, Write};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use super::{Context, ExtractError, Location, Unit};

/// The program run, found on the `PATH`.
const PROGRAM: &str = "tesseract";

/// Address space a Tesseract child may take: a page at 600 dpi needs a
/// few hundred MiB; an image that claims more is a bomb.
const MAX_MEMORY: u64 = 2 << 30;

/// Images smaller than this (in pixels, either way) hold no text worth
/// reading: icons, bullets, rules, logos.
const MIN_SIDE: u32 = 48;

/// Pixels in one image, at most: an A3 page at 600 dpi is 70 million.
const MAX_PIXELS: u64 = 100_000_000;

/// When OCR runs, as the user asked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum OcrMode {
    /// Where the engine is installed.
    Auto,
    /// Always: a missing engine is an error before the run starts.
    Always,
    Never,
}

/// How images are read in a run.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct OcrOptions {
    pub mode: OcrMode,
    /// Time OCR may take on one file, all its images together.
    pub budget: Duration,
    /// Images (pages) OCR'd in one file, at most.
    pub max_images: u32,
}

impl Default for OcrOptions {
    fn default() -> Self {
        OcrOptions { mode: OcrMode::Never, budget: Duration::from_secs(300), max_images: 100 }
    }
}

/// What to tell a user whose images were not read for want of the engine.
const INSTALL: &str = "install Tesseract to read it (Debian and Ubuntu: apt-get install tesseract-ocr)";

impl OcrOptions {
    /// Options for `mode`. `Always` without the engine is an error saying
    /// what to install; under `Auto` the engine is looked for when the
    /// first image needs it, so a run that meets none (a retention audit,
    /// a share of text) starts no program.
    pub fn new(mode: OcrMode, budget: Duration, max_images: u32) -> Result<OcrOptions, String> {
        if mode == OcrMode::Always && !installed() {
            return Err(format!("--ocr always: the OCR engine was not found; {INSTALL}"));
        }
        Ok(OcrOptions { mode, budget, max_images })
    }

    /// Whether images are read: asked for, and the engine is installed.
    pub fn enabled(&self) -> bool {
        match self.mode {
            OcrMode::Always => true,
            OcrMode::Auto => installed(),
            OcrMode::Never => false,
        }
    }

    /// Why images are not read, and what to do about it.
    pub fn off(&self) -> &'static str {
        if self.mode == OcrMode::Never {
            "OCR is off (--ocr never)"
        } else {
            INSTALL
        }
    }
}

/// Whether the engine is installed and runs: asked once per process (a
/// command may build its options more than once).
fn installed() -> bool {
    static INSTALLED: std::sync::OnceLock<bool> = std::sync::OnceLock::new();
    *INSTALLED.get_or_init(|| {
        let answer = Command::new(PROGRAM)
            .arg("--version")
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status();
        answer.is_ok_and(|status| status.success())
    })
}

/// An image's bytes, in a format Leptonica reads (PNG, JPEG, TIFF, BMP,
/// GIF, WebP, JPEG 2000, PNM), read at `at`: each of its pages handed on as
/// a unit. `image` numbers it among its page's images (PDF); a file or
/// member that is an image is image 1.
pub fn read(bytes: &[u8], image: u32, at: &Location, context: &mut Context) -> Result<(), ExtractError> {
    let ocr = context.options.ocr;
    if !ocr.enabled() {
        return Err(ExtractError::NeedsOcr { pages: 1, why: format!("an image; {}", ocr.off()) });
    }
    if let Ok(size) = imagesize::blob_size(bytes) {
        let (width, height) = (size.width as u64, size.height as u64);
        if width < u64::from(MIN_SIDE) || height < u64::from(MIN_SIDE) {
            return Ok(());
        }
        if width * height > MAX_PIXELS {
            return Err(ExtractError::Limit(format!(
                "an image of {width} × {height} pixels is larger than {} million; not read",
                MAX_PIXELS / 1_000_000
            )));
        }
    }
    if context.ocr_images >= ocr.max_images {
        return Err(ExtractError::Limit(format!("more than {} images to OCR in one file; not read", ocr.max_images)));
    }
    let left = ocr.budget.saturating_sub(context.ocr_time);
    if left.is_zero() {
        return Err(ExtractError::Limit(format!("OCR took its {} s for this file; not read", ocr.budget.as_secs())));
    }
    context.ocr_images += 1;
    let started = Instant::now();
    context.sink.ocr(true);
    let tsv = run(bytes, left);
    context.sink.ocr(false);
    context.ocr_time += started.elapsed();
    let pages = parse(&tsv?);
    let several = pages.len() > 1;
    for page in pages {
        let location = Location { page: at.page.or(several.then_some(page.number)), image: Some(image), ..at.clone() };
        let unit = Unit { ocr: Some(page.confidence), ..Unit::whole(&location, &page.text, 1, &[]) };
        context.sink.unit(&unit);
    }
    Ok(())
}

/// Runs the engine on `image` within `time`: its TSV output.
fn run(image: &[u8], time: Duration) -> Result<String, ExtractError> {
    let mut command = Command::new(PROGRAM);
    command
        .args(["stdin", "stdout", "-l", "eng", "--psm", "1", "tsv"])
        .env("OMP_THREAD_LIMIT", "1")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null());
    isolate(&mut command);
    let mut child = command
        .spawn()
        .map_err(|e| ExtractError::NeedsOcr { pages: 1, why: format!("cannot start {PROGRAM}: {e}") })?;
    let (mut stdin, mut stdout) = (child.stdin.take(), child.stdout.take());
    let deadline = Instant::now() + time;
    let (output, status) = std::thread::scope(|threads| {
        threads.spawn(move || {
            // A child that stops reading (it failed) ends the write.
            let _ = stdin.as_mut().map(|pipe| pipe.write_all(image));
        });
        let reader = threads.spawn(move || {
            let mut text = Vec::new();
            let _ = stdout.as_mut().map(|pipe| pipe.read_to_end(&mut text));
            text
        });
        let status = wait(&mut child, deadline);
        (reader.join().unwrap_or_default(), status)
    });
    match status {
        None => Err(ExtractError::Limit(format!("OCR did not finish within {} s; not read", time.as_secs()))),
        Some(false) => Err(ExtractError::Corrupt(
            "the OCR engine could not read the image (damaged, or a format it does not know)".into(),
        )),
        Some(true) => Ok(String::from_utf8_lossy(&output).into_owned()),
    }
}

/// Waits for `child` until `deadline`: whether it succeeded, or `None`
/// when it had to be killed.
fn wait(child: &mut Child, deadline: Instant) -> Option<bool> {
    let mut pause = Duration::from_millis(2);
    loop {
        match child.try_wait() {
            Ok(Some(status)) => return Some(status.success()),
            Ok(None) if Instant::now() < deadline => {
                std::thread::sleep(pause);
                pause = (pause * 2).min(Duration::from_millis(50));
            }
            _ => {
                kill(child);
                return None;
            }
        }
    }
}

/// Kills the engine and whatever it started (a wrapper script's children
/// would hold its output open), then reaps it.
fn kill(child: &mut Child) {
    #[cfg(unix)]
    if let Some(group) = rustix::process::Pid::from_raw(child.id() as i32) {
        let _ = rustix::process::kill_process_group(group, rustix::process::Signal::KILL);
    }
    let _ = child.kill();
    let _ = child.wait();
}

/// Runs the child in a process group of its own, for `kill`, with its
/// address space limited, killed if the thread that started it ends (with
/// the worker process it runs in, say).
#[cfg(unix)]
fn isolate(command: &mut Command) {
    use std::os::unix::process::CommandExt;
    command.process_group(0);
    let limit = rustix::process::Rlimit { current: Some(MAX_MEMORY), maximum: Some(MAX_MEMORY) };
    // SAFETY: between fork and exec only setrlimit and prctl run, which are
    // async-signal-safe and allocate nothing.
    unsafe {
        command.pre_exec(move || {
            rustix::process::setrlimit(rustix::process::Resource::As, limit)?;
            if libc::prctl(libc::PR_SET_PDEATHSIG, libc::SIGKILL) != 0 {
                return Err(std::io::Error::last_os_error());
            }
            Ok(())
        });
    }
}

#[cfg(not(unix))]
fn isolate(_: &mut Command) {}

/// One page of OCR'd text: its lines, and the mean confidence of its words
/// (0 to 1).
#[derive(Debug, PartialEq)]
struct Page {
    number: u32,
    text: String,
    confidence: f32,
}

/// Tesseract's TSV (level, page, block, paragraph, line, word, box,
/// confidence, text) as pages of lines; a blank line between blocks.
fn parse(tsv: &str) -> Vec<Page> {
    let mut pages: Vec<Page> = Vec::new();
    let (mut line_key, mut sum, mut words): (Option<(&str, &str, &str)>, f32, u32) = (None, 0.0, 0);
    for row in tsv.lines().skip(1) {
        let fields: Vec<&str> = row.splitn(12, '\t').collect();
        let [level, page, block, paragraph, line, _, _, _, _, _, confidence, word] = fields[..] else { continue };
        let word = word.trim();
        let (Ok(5), Ok(page), Ok(confidence)) = (level.parse::<u8>(), page.parse::<u32>(), confidence.parse::<f32>())
        else {
            continue;
        };
        if word.is_empty() || confidence < 0.0 {
            continue;
        }
        if pages.last().is_none_or(|p| p.number != page) {
            close(pages.last_mut(), sum, words);
            pages.push(Page { number: page, text: String::new(), confidence: 0.0 });
            (line_key, sum, words) = (None, 0.0, 0);
        }
        let text = &mut pages.last_mut().expect("pushed").text;
        let key = (block, paragraph, line);
        match line_key {
            Some(last) if last == key => text.push(' '),
            Some((last_block, ..)) => text.push_str(if last_block == block { "\n" } else { "\n\n" }),
            None => {}
        }
        line_key = Some(key);
        text.push_str(word);
        sum += confidence;
        words += 1;
    }
    close(pages.last_mut(), sum, words);
    pages
}

/// Ends a page: its last line, and its mean confidence.
fn close(page: Option<&mut Page>, sum: f32, words: u32) {
    if let Some(page) = page {
        page.text.push('\n');
        page.confidence = if words == 0 { 0.0 } else { sum / words as f32 / 100.0 };
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TSV: &str = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext
1\t1\t0\t0\t0\t0\t0\t0\t100\t100\t-1\t
5\t1\t1\t1\t1\t1\t0\t0\t10\t10\t96.5\tName:
5\t1\t1\t1\t1\t2\t0\t0\t10\t10\t90.5\tJane
5\t1\t1\t1\t2\t1\t0\t0\t10\t10\t80\tSmith
5\t1\t2\t1\t1\t1\t0\t0\t10\t10\t93\tQQ
4\t2\t1\t1\t1\t0\t0\t0\t10\t10\t-1\t
5\t2\t1\t1\t1\t1\t0\t0\t10\t10\t50\tpage
5\t2\t1\t1\t1\t2\t0\t0\t10\t10\t70\ttwo
";

    #[test]
    fn tsv_becomes_pages_of_lines_with_their_confidence() {
        let pages = parse(TSV);
        assert_eq!(pages.len(), 2);
        assert_eq!(pages[0].text, "Name: Jane\nSmith\n\nQQ\n");
        assert!((pages[0].confidence - 0.9).abs() < 1e-6, "{}", pages[0].confidence);
        assert_eq!((pages[1].number, pages[1].text.as_str()), (2, "page two\n"));
        assert!((pages[1].confidence - 0.6).abs() < 1e-6);
    }

    #[test]
    fn output_without_words_is_no_page() {
        assert!(parse("level\tpage_num\n1\t1\t0\t0\t0\t0\t0\t0\t1\t1\t-1\t\n").is_empty());
    }
}
