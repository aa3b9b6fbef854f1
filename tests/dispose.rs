//! `dispose` and `restore` against a hostile share and hostile files: an
//! edited report or manifest, links and `..`, a path swapped for a link in a
//! loop while dispose runs, a log that cannot be written, a quarantine that
//! fills up, kill -9 at any point. Runs as root in CI (the full quarantine is
//! a small tmpfs), as a file server's disposal would.

mod common;

use std::ffi::OsStr;
use std::fs;
use std::os::unix::ffi::OsStrExt;
use std::os::unix::fs::{symlink, MetadataExt};
use std::path::{Path, PathBuf};
use std::process::Output;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::Duration;

use common::{dpscan, plant, records, snapshot};
use serde_json::Value;

const POLICY: &str = "[[rule]]\nid = \"old\"\npaths = [\"**\"]\nkeep = \"1 year\"\naction = \"delete\"\n";
const AS_OF: &str = "2024-03-01";

/// A temporary folder holding `share/`, the policy, and whatever a test adds.
struct Place {
    dir: tempfile::TempDir,
}

impl Place {
    fn new() -> Place {
        let dir = tempfile::tempdir().unwrap();
        fs::write(dir.path().join("policy.toml"), POLICY).unwrap();
        fs::create_dir(dir.path().join("share")).unwrap();
        Place { dir }
    }

    fn path(&self, relative: &str) -> PathBuf {
        self.dir.path().join(relative)
    }

    fn share(&self) -> PathBuf {
        self.path("share")
    }

    /// `dpscan retention ROOT` as a JSONL report file.
    fn report(&self, root: &Path) -> PathBuf {
        let report = self.path("report.jsonl");
        dpscan()
            .arg("retention")
            .arg(root)
            .args(["--format", "jsonl", "--as-of", AS_OF, "--policy"])
            .arg(self.path("policy.toml"))
            .arg("-o")
            .arg(&report)
            .assert()
            .success();
        report
    }
}

/// `dpscan dispose --as-of AS_OF --format jsonl ARGS...`.
fn dispose(args: &[&OsStr]) -> Output {
    dpscan().args(["dispose", "--as-of", AS_OF, "--format", "jsonl"]).args(args).output().unwrap()
}

/// `dispose --execute` of everything `report` found due, into `quarantine`.
fn quarantine_all(report: &Path, root: &Path, quarantine: &Path) -> Output {
    dispose(&[
        os("--execute"),
        os("--report"),
        report.as_os_str(),
        os("--root"),
        root.as_os_str(),
        os("--quarantine"),
        quarantine.as_os_str(),
    ])
}

fn restore(manifest: &Path, root: &Path) -> Output {
    dpscan()
        .args(["restore", "--format", "jsonl", "--manifest"])
        .arg(manifest)
        .arg("--root")
        .arg(root)
        .output()
        .unwrap()
}

fn os<S: AsRef<OsStr> + ?Sized>(s: &S) -> &OsStr {
    s.as_ref()
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// What proves a file untouched: its bytes and times (snapshot) and its
/// inode and change time, which any rename, chmod or time change moves.
fn untouched_proof(path: &Path) -> (u64, i64, i64) {
    let m = fs::symlink_metadata(path).unwrap();
    (m.ino(), m.ctime(), m.ctime_nsec())
}

#[test]
fn an_edited_report_cannot_lead_outside_the_named_tree() {
    let place = Place::new();
    plant(&place.share(), "a.txt", "Jane Doe, QQ 12 34 56 C", "2020-01-01");
    // The same bytes and times outside: every other check would pass.
    plant(&place.path("outside"), "a.txt", "Jane Doe, QQ 12 34 56 C", "2020-01-01");
    let outside = place.path("outside/a.txt");
    let proof = (snapshot(&place.path("outside")), untouched_proof(&outside));
    let report = place.report(&place.share());
    let text = fs::read_to_string(&report).unwrap();
    let share = place.share().display().to_string();
    let dir = place.dir.path().display().to_string();
    for edited_path in [format!("{dir}/outside/a.txt"), format!("{share}/../outside/a.txt")] {
        let edited = text
            .replace(&format!("\"{share}/a.txt\""), &format!("\"{edited_path}\""))
            .replace(&format!("\"roots\":[\"{share}\"]"), &format!("\"roots\":[\"{dir}\"]"));
        assert_ne!(edited, text);
        fs::write(&report, edited).unwrap();

        let out = dispose(&[os("--delete"), os("--execute"), os("--report"), report.as_os_str()]);
        assert_eq!(out.status.code(), Some(2), "no tree named: refused");
        assert!(stderr(&out).contains("--root") && stderr(&out).contains("not trusted"), "{}", stderr(&out));

        let out = dispose(&[
            os("--delete"),
            os("--execute"),
            os("--report"),
            report.as_os_str(),
            os("--root"),
            place.share().as_os_str(),
        ]);
        assert!(out.status.success(), "{}", stderr(&out));
        let outcomes = records(&out.stdout);
        assert_eq!(outcomes.len(), 1);
        assert_eq!(outcomes[0]["status"], "skipped");
        assert_eq!(outcomes[0]["reason"], "outside the trees given with --root");
        assert_eq!((snapshot(&place.path("outside")), untouched_proof(&outside)), proof);
    }
    assert!(place.share().join("a.txt").exists());
}

#[test]
fn a_quarantine_inside_the_share_is_refused_however_it_is_named() {
    let place = Place::new();
    plant(&place.share(), "a.txt", "x", "2020-01-01");
    let report = place.report(&place.share());
    symlink(place.share(), place.path("link")).unwrap();
    fs::create_dir(place.path("other")).unwrap();
    let named = [
        place.path("link/Quarantine"),           // through a link
        place.path("other/../share/Quarantine"), // through `..`
        place.path("link/new/deeper"),           // not there yet, under a link
        place.dir.path().to_path_buf(),          // holding the share
    ];
    let share = place.share();
    for quarantine in named {
        for execute in [false, true] {
            let mut args = vec![os("--report"), report.as_os_str(), os("--root"), share.as_os_str()];
            args.extend([os("--quarantine"), quarantine.as_os_str()]);
            if execute {
                args.push(os("--execute"));
            }
            let out = dispose(&args);
            assert_eq!(out.status.code(), Some(2), "{}", quarantine.display());
            assert!(stderr(&out).contains("inside the scanned root"), "{}", stderr(&out));
            assert!(out.stdout.is_empty());
        }
    }
    let left: Vec<_> = fs::read_dir(place.share()).unwrap().map(|e| e.unwrap().file_name()).collect();
    assert_eq!(left, ["a.txt"], "nothing made in the share");
}

/// Swaps `path` for a link to `target` and back, until told to stop; then
/// leaves the real entry in place.
fn swapper(path: PathBuf, target: PathBuf, stop: Arc<AtomicBool>) -> std::thread::JoinHandle<u64> {
    std::thread::spawn(move || {
        let aside = path.with_extension("real");
        let mut swaps = 0;
        while !stop.load(Ordering::Relaxed) {
            if fs::rename(&path, &aside).is_ok() {
                let _ = symlink(&target, &path);
                std::thread::yield_now();
                let _ = fs::remove_file(&path);
                let _ = fs::rename(&aside, &path);
                swaps += 1;
            }
            // As long real as swapped, give or take, so dispose meets both.
            std::thread::sleep(Duration::from_micros(20));
        }
        swaps
    })
}

#[test]
fn a_path_swapped_for_a_link_in_a_loop_never_leads_outside() {
    const ATTEMPTS: usize = 300;
    let place = Place::new();
    let content = "Jane Doe, QQ 12 34 56 C, health: asthma";
    plant(&place.share(), "dept/victim.txt", content, "2020-01-01");
    // The same bytes and times outside, so a followed link would pass every
    // check on content; only the walk can refuse it.
    plant(&place.path("outside"), "dept/victim.txt", content, "2020-01-01");
    let victim = place.share().join("dept/victim.txt");
    let real_inode = fs::metadata(&victim).unwrap().ino();
    let outside = place.path("outside/dept/victim.txt");
    let outside_inode = fs::metadata(&outside).unwrap().ino();
    let proof =
        || (snapshot(&place.path("outside")), untouched_proof(&outside), untouched_proof(&place.path("outside/dept")));
    let before = proof();
    let report = place.report(&place.share());
    let (mut moved, mut refused, mut swaps) = (0, 0, 0);
    for attempt in 0..ATTEMPTS {
        // Half the time the folder is swapped, half the time the file.
        let (path, target) = if attempt % 2 == 0 {
            (place.share().join("dept"), place.path("outside/dept"))
        } else {
            (victim.clone(), outside.clone())
        };
        let stop = Arc::new(AtomicBool::new(false));
        let swapping = swapper(path, target, stop.clone());
        let quarantine = place.path(&format!("q/{attempt}"));
        let out = quarantine_all(&report, &place.share(), &quarantine);
        stop.store(true, Ordering::Relaxed);
        swaps += swapping.join().unwrap();
        assert!(out.status.success(), "{}", stderr(&out));
        let outcome = &records(&out.stdout)[0];
        // Whatever the manifest says was moved is the real file, and only it.
        let manifest = quarantine.join("manifest.jsonl");
        for line in records(fs::read(&manifest).unwrap_or_default().as_slice()) {
            assert_eq!(line["inode"], real_inode, "attempt {attempt}: the manifest names another file: {line}");
            assert_ne!(line["inode"], outside_inode);
        }
        for entry in walkdir::WalkDir::new(&quarantine).into_iter().map(Result::unwrap) {
            assert!(!entry.path_is_symlink(), "attempt {attempt}: a link was moved: {}", entry.path().display());
        }
        let in_quarantine = quarantine.join("share/dept/victim.txt");
        if outcome["status"] == "done" {
            moved += 1;
            assert_eq!(fs::metadata(&in_quarantine).unwrap().ino(), real_inode);
            fs::rename(&in_quarantine, &victim).unwrap();
        } else {
            refused += 1;
            assert!(!in_quarantine.exists(), "attempt {attempt}: {outcome}");
        }
        assert_eq!(proof(), before, "attempt {attempt}: a file outside the root was touched: {outcome}");
    }
    assert!(swaps > ATTEMPTS as u64, "the swapper ran: {swaps} swaps");
    assert!(moved > 0 && refused > 0, "both outcomes seen: {moved} moved, {refused} refused");
}

#[test]
fn a_log_that_cannot_be_written_stops_the_run_before_anything_is_deleted() {
    let place = Place::new();
    for n in 0..3 {
        plant(&place.share(), &format!("f{n}.txt"), "x", "2020-01-01");
    }
    let report = place.report(&place.share());
    let before = snapshot(&place.share());
    for log in [PathBuf::from("/dev/full"), place.path("no/such/folder/log.jsonl")] {
        let out = dispose(&[
            os("--delete"),
            os("--execute"),
            os("--report"),
            report.as_os_str(),
            os("--root"),
            place.share().as_os_str(),
            os("--log"),
            log.as_os_str(),
        ]);
        assert_eq!(out.status.code(), Some(2));
        let err = stderr(&out);
        assert!(err.contains(&log.display().to_string()) && err.contains("the run stopped"), "{err}");
        let outcomes = records(&out.stdout);
        assert_eq!(outcomes.len(), 1, "the first file stops the run: {outcomes:?}");
        assert_eq!(outcomes[0]["status"], "skipped");
        assert!(outcomes[0]["reason"].as_str().unwrap().starts_with("not deleted: the disposal log cannot be"));
        assert_eq!(snapshot(&place.share()), before, "nothing deleted");
    }
}

/// A small tmpfs mounted on a folder, unmounted when dropped.
struct Mount(PathBuf);

impl Mount {
    fn tmpfs(at: &Path, size: &str) -> Mount {
        fs::create_dir_all(at).unwrap();
        let out = std::process::Command::new("mount")
            .args(["-t", "tmpfs", "-o", &format!("size={size},mode=700"), "tmpfs"])
            .arg(at)
            .output()
            .expect("`mount` must be installed: this test fills a real file system");
        assert!(
            out.status.success(),
            "this test needs root and `mount -t tmpfs` (CI runs as root): {}",
            String::from_utf8_lossy(&out.stderr)
        );
        Mount(at.to_path_buf())
    }
}

impl Drop for Mount {
    fn drop(&mut self) {
        let _ = std::process::Command::new("umount").arg(&self.0).status();
    }
}

#[test]
fn a_full_quarantine_stops_the_run_and_every_file_moved_comes_back() {
    let place = Place::new();
    for n in 0..24 {
        let content = format!("{n:04} {}\n", "personal data ".repeat(4096));
        plant(&place.share(), &format!("dept/file-{n:02}.txt"), &content, "2020-01-01");
    }
    let report = place.report(&place.share());
    let before = snapshot(&place.share());
    // Another file system than the share's, so each file is copied, and too
    // small for them all.
    let quarantine = place.path("quarantine");
    let _mount = Mount::tmpfs(&quarantine, "512k");
    let out = quarantine_all(&report, &place.share(), &quarantine);
    assert_eq!(out.status.code(), Some(2), "stdout: {}", String::from_utf8_lossy(&out.stdout));
    assert!(stderr(&out).contains("the run stopped there"), "{}", stderr(&out));
    let outcomes = records(&out.stdout);
    let done: Vec<&Value> = outcomes.iter().filter(|o| o["status"] == "done").collect();
    assert!(!done.is_empty() && done.len() < 24, "some moved, then full: {outcomes:?}");
    assert_eq!(outcomes.last().unwrap()["status"], "skipped", "the file that did not fit is said so");
    for o in &done {
        let path = Path::new(o["path"].as_str().unwrap());
        assert!(!path.exists(), "moved: {}", path.display());
        assert!(Path::new(o["destination"].as_str().unwrap()).exists());
    }
    // The manifest names every file moved.
    let manifest = quarantine.join("manifest.jsonl");
    let intents: Vec<String> = records(&fs::read(&manifest).unwrap())
        .iter()
        .filter(|l| l["stage"] == "intent")
        .map(|l| l["original"].as_str().unwrap().to_string())
        .collect();
    for o in &done {
        assert!(intents.contains(&o["path"].as_str().unwrap().to_string()), "{o} not in the manifest");
    }
    let out = restore(&manifest, &place.share());
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(snapshot(&place.share()), before, "every file back, bytes and times");
}

#[test]
fn restore_cannot_be_redirected_by_a_link_or_an_edited_manifest() {
    let place = Place::new();
    plant(&place.share(), "A/one.txt", "one", "2020-01-01");
    plant(&place.share(), "B/two.txt", "two", "2020-01-01");
    plant(&place.path("outside"), "secret.txt", "secret", "2020-01-01");
    fs::create_dir(place.path("outside/A")).unwrap();
    let report = place.report(&place.share());
    let quarantine = place.path("quarantine");
    let out = quarantine_all(&report, &place.share(), &quarantine);
    assert_eq!(records(&out.stdout).iter().filter(|o| o["status"] == "done").count(), 2);
    // A link planted where a folder was.
    fs::remove_dir(place.share().join("A")).unwrap();
    symlink(place.path("outside/A"), place.share().join("A")).unwrap();
    // The manifest edited: one file sent outside, and a file outside the
    // quarantine "restored" into the share.
    let manifest = quarantine.join("manifest.jsonl");
    let share = place.share().display().to_string();
    let dir = place.dir.path().display().to_string();
    let text = fs::read_to_string(&manifest).unwrap();
    let mut edited = text.replace(&format!("{share}/B/two.txt"), &format!("{dir}/outside/two.txt"));
    let stolen = text
        .lines()
        .find(|l| l.contains("A/one.txt") && l.contains("\"intent\""))
        .unwrap()
        .replace(&format!("{share}/A/one.txt"), &format!("{share}/C/stolen.txt"))
        .replace(&format!("{dir}/quarantine/share/A/one.txt"), &format!("{dir}/outside/secret.txt"));
    edited.push_str(&stolen);
    edited.push('\n');
    fs::write(&manifest, edited).unwrap();

    let out = restore(&manifest, &place.share());
    assert!(out.status.success(), "{}", stderr(&out));
    let outcomes = records(&out.stdout);
    let reason = |path: &str| {
        let o = outcomes
            .iter()
            .find(|o| o["path"].as_str().unwrap().ends_with(path))
            .unwrap_or_else(|| panic!("{path}: {outcomes:?}"));
        assert_eq!(o["status"], "skipped", "{o}");
        o["reason"].as_str().unwrap().to_string()
    };
    assert!(reason("A/one.txt").contains("not followed"));
    assert!(reason("outside/two.txt").contains("outside the trees given with --root"));
    assert!(reason("C/stolen.txt").contains("not in this quarantine folder"));
    assert_eq!(fs::read_dir(place.path("outside/A")).unwrap().count(), 0, "nothing written through the link");
    assert!(!place.path("outside/two.txt").exists() && !place.share().join("C").exists());
    assert!(place.path("outside/secret.txt").exists());
    assert!(quarantine.join("share/A/one.txt").exists() && quarantine.join("share/B/two.txt").exists());

    let out = dpscan().args(["restore", "--manifest"]).arg(&manifest).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("--root"), "{}", stderr(&out));
}

#[test]
fn names_that_are_not_utf8_and_single_file_scans_are_disposable() {
    let place = Place::new();
    let name = OsStr::from_bytes(b"caf\xe9 list.txt");
    let odd = place.share().join(name);
    fs::write(&odd, "Jane Doe, jane@example.com").unwrap();
    let time = common::noon("2020-01-01");
    fs::File::options()
        .write(true)
        .open(&odd)
        .unwrap()
        .set_times(fs::FileTimes::new().set_modified(time).set_accessed(time))
        .unwrap();
    let before = snapshot(&place.share());
    let report = place.report(&place.share());
    let file = records(&fs::read(&report).unwrap()).into_iter().find(|r| r["type"] == "file").unwrap();
    assert!(file["path_hex"].as_str().unwrap().ends_with("636166e9206c6973742e747874"), "{file}");
    let quarantine = place.path("quarantine");
    let out = quarantine_all(&report, &place.share(), &quarantine);
    assert_eq!(records(&out.stdout)[0]["status"], "done", "{}", String::from_utf8_lossy(&out.stdout));
    assert!(!odd.exists() && quarantine.join("share").join(name).exists());
    let out = restore(&quarantine.join("manifest.jsonl"), &place.share());
    assert_eq!(records(&out.stdout)[0]["status"], "done", "{}", String::from_utf8_lossy(&out.stdout));
    assert_eq!(snapshot(&place.share()), before, "back under its exact name");

    // A report of one file: its root is the file, named either way.
    plant(&place.share(), "one.txt", "x", "2020-01-01");
    plant(&place.share(), "two.txt", "x", "2020-01-01");
    for single in ["one.txt", "two.txt"] {
        let file = place.share().join(single);
        let report = place.report(&file);
        let root = if single == "one.txt" { file.clone() } else { place.share() };
        let out = dispose(&[
            os("--delete"),
            os("--execute"),
            os("--report"),
            report.as_os_str(),
            os("--root"),
            root.as_os_str(),
        ]);
        assert_eq!(records(&out.stdout)[0]["status"], "done", "{}", String::from_utf8_lossy(&out.stdout));
        assert!(!file.exists());
    }
}

#[test]
fn kill_9_at_any_point_of_a_quarantine_then_restore_brings_every_file_back() {
    let place = Place::new();
    for n in 0..300 {
        plant(&place.share(), &format!("d{}/f{n:03}.txt", n % 7), &format!("file {n}: QQ 12 34 56 C"), "2020-01-01");
    }
    let report = place.report(&place.share());
    let before = snapshot(&place.share());
    let binary = assert_cmd::cargo::cargo_bin("dpscan");
    let mut interrupted = 0;
    for attempt in 0..8 {
        let quarantine = place.path(&format!("q{attempt}"));
        let mut run = std::process::Command::new(&binary);
        run.args(["dispose", "--execute", "--as-of", AS_OF, "--format", "jsonl", "--report"])
            .arg(&report)
            .arg("--root")
            .arg(place.share())
            .arg("--quarantine")
            .arg(&quarantine)
            .stdout(std::process::Stdio::null());
        let mut child = run.spawn().unwrap();
        let mut jitter = [0u8; 1];
        getrandom::fill(&mut jitter).unwrap();
        std::thread::sleep(Duration::from_millis(5 + u64::from(jitter[0]) / 2));
        child.kill().unwrap();
        let status = child.wait().unwrap();
        interrupted += u32::from(status.code().is_none());
        // Every other time the run is made again before restoring: it must
        // pick up where the killed one stopped.
        if attempt % 2 == 1 {
            assert!(run.status().unwrap().success());
        }
        // Killed before its first line: then nothing was moved either.
        let manifest = quarantine.join("manifest.jsonl");
        if manifest.exists() {
            let out = restore(&manifest, &place.share());
            assert!(out.status.success(), "{}", stderr(&out));
        }
        assert_eq!(snapshot(&place.share()), before, "attempt {attempt}: every file back, bytes and times");
        // Killed before it made the quarantine (a loaded machine starts it
        // slowly): nothing can be left in it.
        let left = walkdir::WalkDir::new(&quarantine)
            .into_iter()
            .filter(|_| quarantine.exists())
            .map(Result::unwrap)
            .filter(|e| e.file_type().is_file() && e.file_name() != "manifest.jsonl")
            .count();
        assert_eq!(left, 0, "attempt {attempt}: nothing left behind or duplicated in the quarantine");
    }
    assert!(interrupted > 0, "some runs were killed mid-way");
}
