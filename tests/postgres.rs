//! The central PostgreSQL inventory against a real server (a throwaway
//! cluster, `common::pg`): it holds what SQLite holds, line for line of the
//! canonical dump; eight agents at once lose and duplicate nothing; shards
//! are balanced and together make the unsharded index; a connection killed
//! or a server restarted mid-run is ridden through, a server gone stops the
//! run with its reason and the next run completes; each host disposes of its own
//! files only; the key is shared through an owner-only file; over the
//! network the server is reached by TLS, its certificate verified.

mod common;

use std::collections::BTreeMap;
use std::fs;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

use common::{of_type, pg, records};
use dpscan::index::postgres::PgStore;
use dpscan::index::sqlite::SqliteStore;
use dpscan::index::Store;
use dpscan::walk::Shard;
use serde_json::Value;

const KEY: &str = "0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0";
const AS_OF: &str = "2030-01-01";

/// `dpscan ARGS` with the inventory `db` (a file, or a URL passed in
/// `$DPSCAN_DB` as an agent's service would) and the fixed key.
fn command(db: &str, args: &[&str]) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_dpscan"));
    command.env("DPSCAN_INDEX_KEY", KEY).env("NO_COLOR", "1").args(args);
    if db.starts_with("postgresql://") {
        command.env("DPSCAN_DB", db);
    } else {
        command.env_remove("DPSCAN_DB").args(["--db", db]);
    }
    command
}

/// Runs `dpscan ARGS` on `db`; it must succeed.
fn run(db: &str, args: &[&str]) -> Output {
    let out = command(db, args).output().unwrap();
    assert!(out.status.success(), "dpscan {args:?} failed: {}", String::from_utf8_lossy(&out.stderr));
    out
}

/// `dpscan index ROOT` into `db` as JSONL: the records.
fn index(db: &str, root: &Path, args: &[&str]) -> Vec<Value> {
    let mut all = vec!["index", root.to_str().unwrap(), "--format", "jsonl", "--as-of", AS_OF];
    all.extend(args);
    records(&run(db, &all).stdout)
}

fn pg_dump(url: &str) -> Vec<String> {
    PgStore::open(url, "dump").unwrap().dump().unwrap()
}

fn sqlite_dump(db: &Path) -> Vec<String> {
    SqliteStore::open(db, false).unwrap().dump().unwrap()
}

/// `count` small files in folders of 100 (under `prefix`): every seventh
/// holds identifiers, every thirteenth a health term about a named person.
fn tree(root: &Path, prefix: &str, count: usize) {
    for i in 0..count {
        let dir = root.join(prefix).join(format!("dept-{:03}", i / 100));
        fs::create_dir_all(&dir).unwrap();
        let mut text = format!("Minutes of meeting {i}. The budget was agreed and the report circulated.\n");
        if i % 7 == 0 {
            text.push_str(&format!("Employee NI number QQ {:02} 12 34 C, email staff{i}@example.com\n", i % 100));
        }
        if i % 13 == 0 {
            text.push_str("Dear Jane Smith, following your diagnosis of diabetes we have adjusted your duties.\n");
        }
        fs::write(dir.join(format!("note-{i:05}.txt")), text).unwrap();
    }
}

/// The summary record of an index run's output.
fn summary(records: &[Value]) -> Value {
    of_type(records, "summary")[0].clone()
}

#[test]
fn the_central_inventory_holds_what_sqlite_holds_and_answers_the_same() {
    let dir = tempfile::tempdir().unwrap();
    let generator = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/sar/generate.py");
    let made = Command::new("python3").arg(&generator).arg(dir.path()).output().expect("python3 runs the generator");
    assert!(made.status.success(), "{}", String::from_utf8_lossy(&made.stderr));
    let root = dir.path().join("share");
    // More findings than a file holds in memory, or a statement writes.
    common::payroll(&root.join("payroll.txt"), 12_000);
    let sqlite = dir.path().join("inventory.db");
    let sqlite = sqlite.to_str().unwrap();
    let url = pg::shared().database();

    index(sqlite, &root, &[]);
    let first = index(&url, &root, &[]);
    assert!(summary(&first)["changes"]["new"].as_u64().unwrap() > 20, "{}", summary(&first));
    let (central, local) = (pg_dump(&url), sqlite_dump(Path::new(sqlite)));
    assert!(central.iter().any(|l| l.starts_with("word\t")) && central.iter().any(|l| l.starts_with("finding\t")));
    assert_eq!(central, local, "the central dump differs from SQLite's");

    // Unchanged: nothing read again, nothing changed.
    let again = summary(&index(&url, &root, &[]));
    assert_eq!(again["changes"]["read"], 0, "{again}");
    assert_eq!(again["changes"]["new"], 0, "{again}");
    assert_eq!(pg_dump(&url), local);

    // Reports from either inventory are the same, but for the time taken.
    let report = |db: &str| {
        let mut records = records(&run(db, &["report", "--format", "jsonl", "--as-of", AS_OF]).stdout);
        records.last_mut().unwrap()["elapsed_seconds"] = Value::Null;
        records
    };
    assert_eq!(report(&url), report(sqlite));

    // A subject access search finds the same in both.
    let mut found = Vec::new();
    let subjects: BTreeMap<String, Value> =
        serde_json::from_str(&fs::read_to_string(dir.path().join("subjects.json")).unwrap()).unwrap();
    for (subject, terms) in &subjects {
        let mut args = vec!["sar".to_string(), "--format".into(), "jsonl".into()];
        for (field, values) in terms.as_object().unwrap() {
            let values = values.as_array().cloned().unwrap_or_else(|| vec![values.clone()]);
            for value in values {
                args.extend([format!("--{field}"), value.as_str().unwrap().to_string()]);
            }
        }
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let (central, local) = (records(&run(&url, &args).stdout), records(&run(sqlite, &args).stdout));
        assert!(of_type(&central, "hit").len() >= 5, "{subject}: {central:?}");
        assert_eq!(central, local, "{subject}");
        found.extend(of_type(&central, "hit").iter().map(|h| PathBuf::from(h["path"].as_str().unwrap())));
    }

    // A reviewer's mark is kept and listed.
    let mark = ["mark", found[0].to_str().unwrap(), "--as", "test-data", "--why", "synthetic", "--by", "dpo"];
    run(&url, &mark);
    let marks = records(&run(&url, &["marks", "--format", "jsonl"]).stdout);
    assert_eq!(marks.len(), 1, "{marks:?}");
    assert_eq!(marks[0]["state"], "current");
}

#[test]
fn files_moved_copied_or_touched_are_recalled_by_content_in_both_stores() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("share");
    tree(&root, "", 300);
    mailbox(&root.join("dept-000/notes.mbox"), 50);
    let sqlite = dir.path().join("inventory.db");
    let sqlite = sqlite.to_str().unwrap();
    let url = pg::shared().database();
    for db in [sqlite, &url] {
        index(db, &root, &[]);
    }
    // A folder renamed (a mailbox in it), a file and the mailbox copied,
    // one touched, one edited to the same size.
    fs::rename(root.join("dept-000"), root.join("moved-000")).unwrap();
    let (identifiers, health) = (root.join("dept-001/note-00105.txt"), root.join("dept-001/note-00117.txt"));
    fs::copy(&identifiers, root.join("dept-002/copy.txt")).unwrap();
    fs::copy(root.join("moved-000/notes.mbox"), root.join("dept-002/notes.mbox")).unwrap();
    let touched = fs::File::options().write(true).open(&health).unwrap();
    touched.set_modified(std::time::SystemTime::UNIX_EPOCH + Duration::from_secs(1_700_000_000)).unwrap();
    let edited = root.join("dept-001/note-00140.txt");
    fs::write(&edited, fs::read_to_string(&edited).unwrap().replace("budget", "BUDGET")).unwrap();
    for db in [sqlite, &url] {
        let changes = summary(&index(db, &root, &[]))["changes"].clone();
        assert_eq!(changes["recalled_by_content"], 104, "{db}: {changes}");
        assert_eq!(changes["read"], 1, "{db}: {changes}");
        let counts = ["new", "changed", "gone"].map(|c| changes[c].as_u64().unwrap());
        assert_eq!(counts, [103, 2, 101], "{db}: {changes}");
    }
    let local = sqlite_dump(Path::new(sqlite));
    assert_eq!(pg_dump(&url), local, "the central dump differs from SQLite's");
    // Both hold what reading the tree afresh gives, words and the
    // mailboxes' messages (copied in the database) included.
    let fresh = dir.path().join("fresh.db");
    index(fresh.to_str().unwrap(), &root, &[]);
    let held = common::not_gone(local);
    assert!(held.iter().any(|l| l.starts_with("word\t")) && held.iter().any(|l| l.starts_with("finding\t")));
    assert_eq!(held.iter().filter(|l| l.starts_with("message\t")).count(), 2 * 50);
    assert_eq!(held, sqlite_dump(&fresh));
}

/// A mailbox of `count` short messages, each with its own id and date.
fn mailbox(path: &Path, count: usize) {
    let text: String = (0..count)
        .map(|i| {
            format!(
                "From sender@example.com Mon Jan  1 10:00:00 2024\nFrom: sender@example.com\nSubject: note {i}\n\
                 Date: {:02} Mar {} 09:30:00 +0000\nMessage-ID: <m{i}@example.com>\n\nNote {i}.\n\n",
                i % 28 + 1,
                2010 + i % 15
            )
        })
        .collect();
    fs::write(path, text).unwrap();
}

/// Each message of a mailbox judged ten years after its own date.
const MAIL_BY_DATE: &str = "[default]\nkeep = '1 year'\naction = 'review'\n\n[[rule]]\nid = 'mail'\n\
    paths = ['**/*.mbox']\nkeep = '10 years'\nbasis = 'content'\naction = 'review'\n";

/// Mailboxes reported from the central inventory give every message's
/// verdict in order, as SQLite's do: the messages of consecutive
/// mailboxes read back together, and one mailbox larger than a round
/// trip's share alone (how they are chunked: `postgres::tests`).
#[test]
fn mailboxes_replayed_from_the_central_inventory_give_every_message_in_order() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("share");
    fs::create_dir(&root).unwrap();
    let mailboxes = 80;
    for i in 0..mailboxes {
        mailbox(&root.join(format!("box-{i:02}.mbox")), 5 + i * 10);
    }
    mailbox(&root.join("large.mbox"), 12_000);
    let policy = dir.path().join("mail.toml");
    fs::write(&policy, MAIL_BY_DATE).unwrap();
    let sqlite = dir.path().join("inventory.db");
    let sqlite = sqlite.to_str().unwrap();
    let url = pg::shared().database();
    let report = |db: &str| {
        let args = ["report", "--format", "jsonl", "--as-of", AS_OF, "--policy", policy.to_str().unwrap()];
        let mut records = records(&run(db, &args).stdout);
        records.last_mut().unwrap()["elapsed_seconds"] = Value::Null;
        records
    };
    for db in [sqlite, &url] {
        index(db, &root, &[]);
    }
    let central = report(&url);
    let messages = of_type(&central, "message");
    assert_eq!(messages.len(), 12_000 + (0..mailboxes).map(|i| 5 + i * 10).sum::<usize>());
    assert_eq!(messages[0]["date"], "2010-03-01T09:30:00Z", "{}", messages[0]);
    assert_eq!(central, report(sqlite), "the central report differs from SQLite's");
}

#[test]
fn eight_agents_at_once_equal_the_union_of_single_host_inventories() {
    let dir = tempfile::tempdir().unwrap();
    let roots: Vec<PathBuf> = ["a", "b", "c", "d", "big"].iter().map(|r| dir.path().join(r)).collect();
    for root in &roots[..4] {
        tree(root, "", 250);
    }
    tree(&roots[4], "", 1_000);
    let url = pg::shared().database();
    // Four roots, and four shards of a fifth, all at once.
    let mut agents: Vec<(String, std::process::Child)> = Vec::new();
    let mut start = |root: &Path, extra: &[&str]| {
        let mut args = vec!["index", root.to_str().unwrap(), "-q", "--as-of", AS_OF];
        args.extend(extra);
        let child = command(&url, &args).stdout(Stdio::null()).stderr(Stdio::piped()).spawn().unwrap();
        agents.push((format!("{args:?}"), child));
    };
    for root in &roots[..4] {
        start(root, &[]);
    }
    for shard in ["1/4", "2/4", "3/4", "4/4"] {
        start(&roots[4], &["--shard", shard]);
    }
    assert_eq!(agents.len(), 8);
    for (args, agent) in agents {
        let out = agent.wait_with_output().unwrap();
        assert!(out.status.success(), "{args}: {}", String::from_utf8_lossy(&out.stderr));
    }
    let mut union = Vec::new();
    for (i, root) in roots.iter().enumerate() {
        let db = dir.path().join(format!("single-{i}.db"));
        index(db.to_str().unwrap(), root, &["-q"]);
        union.extend(sqlite_dump(&db));
    }
    union.sort();
    let central = pg_dump(&url);
    assert_eq!(central.iter().filter(|l| l.starts_with("file\t")).count(), 2_000);
    assert_eq!(central, union, "the central inventory is not the union of the single-host ones");

    // A second agent on a root another holds is refused, and told who holds it.
    let mut holder = PgStore::open(&url, "agent-x").unwrap();
    holder.claim(&[roots[0].clone()], None).unwrap();
    let refused = command(&url, &["index", roots[0].to_str().unwrap(), "-q", "--host", "agent-x"]).output().unwrap();
    let said = String::from_utf8_lossy(&refused.stderr);
    assert_eq!(refused.status.code(), Some(2), "{said}");
    assert!(said.contains("another dpscan index is writing") && said.contains("process"), "{said}");
    // Another host's agent on the same path is its own file server's: not refused.
    run(&url, &["index", roots[0].to_str().unwrap(), "-q", "--host", "agent-y"]);
}

#[test]
fn shards_of_a_lopsided_tree_are_balanced_and_together_make_the_tree() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("share");
    // One folder of 1,500 files, thirty of three, one deep folder of twenty.
    tree(&root, "big", 1_500);
    for i in 0..30 {
        tree(&root, &format!("small-{i:02}"), 3);
    }
    tree(&root, "deep/a/b/c/d", 20);
    let total = 1_500 + 30 * 3 + 20;
    let (sharded, whole) = (pg::shared().database(), pg::shared().database());
    let mut sizes = Vec::new();
    for shard in 1..=4 {
        let records = index(&sharded, &root, &["--shard", &format!("{shard}/4")]);
        sizes.push(summary(&records)["files"].as_u64().unwrap());
    }
    index(&whole, &root, &[]);
    assert_eq!(sizes.iter().sum::<u64>(), total as u64);
    let mean = total as f64 / 4.0;
    let spread = sizes.iter().map(|&s| (s as f64 - mean).abs() / mean).fold(0.0, f64::max);
    eprintln!("shard sizes of {total} files in a lopsided tree: {sizes:?}, largest deviation {:.1}%", spread * 100.0);
    assert!(spread < 0.12, "shards unbalanced: {sizes:?}");
    assert_eq!(pg_dump(&sharded), pg_dump(&whole), "the shards together are not the tree");

    // A file gone from shard 2 is gone for shard 2's run only.
    let victim = (0..1_500)
        .map(|i| PathBuf::from(format!("big/dept-{:03}/note-{i:05}.txt", i / 100)))
        .find(|p| Shard::part_of(4, p) == 2)
        .unwrap();
    fs::remove_file(root.join(&victim)).unwrap();
    let gone = |records: &[Value]| summary(records)["changes"]["gone"].as_u64().unwrap();
    assert_eq!(gone(&index(&sharded, &root, &["--shard", "1/4"])), 0);
    assert_eq!(gone(&index(&sharded, &root, &["--shard", "2/4"])), 1);
    assert_eq!(gone(&index(&whole, &root, &[])), 1);
    assert_eq!(pg_dump(&sharded), pg_dump(&whole));
}

#[test]
fn a_dropped_connection_is_ridden_through_and_a_server_gone_stops_the_run() {
    // A cluster of its own: this test restarts it.
    let cluster = pg::Cluster::start();
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("share");
    tree(&root, "", 6_000);
    let clean = dir.path().join("clean.db");
    index(clean.to_str().unwrap(), &root, &["-q"]);
    let clean = sqlite_dump(&clean);
    for disruption in ["terminate", "restart", "stop"] {
        let url = cluster.database();
        let mut watcher = cluster.client(&url);
        let agent = command(&url, &["index", root.to_str().unwrap(), "-q", "-j", "1", "--as-of", AS_OF])
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        // Once a first batch is in, and the run still going.
        let started = Instant::now();
        loop {
            let held: i64 = watcher.query_opt("SELECT count(*) FROM files", &[]).ok().flatten().map_or(0, |r| r.get(0));
            if held > 0 {
                break;
            }
            assert!(started.elapsed() < Duration::from_secs(120), "no batch was committed");
            std::thread::sleep(Duration::from_millis(20));
        }
        let mut agent = agent;
        assert!(
            agent.try_wait().unwrap().is_none(),
            "the run ended before it could be disrupted: a larger tree is needed"
        );
        match disruption {
            "terminate" => {
                let ended: i64 = watcher
                    .query_one(
                        "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity
                         WHERE application_name = 'dpscan' AND datname = current_database()",
                        &[],
                    )
                    .unwrap()
                    .get(0);
                // Its writing session, and the reading one its worker (and
                // the writer, if they read at once) keeps: every one ended.
                assert!((2..=3).contains(&ended), "the agent's sessions: {ended}");
            }
            // Down for longer than the run retries.
            action => cluster.pg_ctl(action),
        }
        let out = agent.wait_with_output().unwrap();
        let said = String::from_utf8_lossy(&out.stderr);
        eprintln!("{disruption} mid-run: {}", if out.status.success() { "ridden through" } else { said.trim() });
        if disruption == "stop" {
            assert_eq!(out.status.code(), Some(2), "a server gone for good stops the run: {said}");
            assert!(said.contains("attempts to reconnect") && said.contains("next run resumes"), "{said}");
            cluster.pg_ctl("start");
        }
        if !out.status.success() {
            // Stopped with a clear reason; the next run completes.
            assert!(said.contains("connection") && !said.contains("panicked"), "{said}");
            run(&url, &["index", root.to_str().unwrap(), "-q", "--as-of", AS_OF]);
        }
        assert!(!said.contains("panicked"), "{said}");
        assert_eq!(pg_dump(&url), clean, "after {disruption}: the inventory differs from a clean build");
    }
}

#[test]
fn each_host_disposes_of_its_own_files_only() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("share");
    tree(&root, "", 30);
    let policy = dir.path().join("policy.toml");
    fs::write(&policy, "[default]\nkeep = \"1 day\"\naction = \"delete\"\nbasis = \"modified\"\n").unwrap();
    let url = pg::shared().database();
    let policy = policy.to_str().unwrap();
    run(&url, &["index", root.to_str().unwrap(), "-q", "--host", "fileserver-2", "--policy", policy]);
    let listed = |host: &str| {
        let args = ["dispose", "--root", root.to_str().unwrap(), "--delete", "--log", "/dev/null", "--host", host];
        let mut all = args.to_vec();
        all.extend(["--policy", policy, "--as-of", AS_OF, "--format", "jsonl"]);
        records(&run(&url, &all).stdout).len()
    };
    assert_eq!(listed("fileserver-1"), 0, "another host's files are not this host's to dispose of");
    assert_eq!(listed("fileserver-2"), 30);
    assert_eq!(fs::read_dir(root.join("dept-000")).unwrap().count(), 30, "a dry run changes nothing");
}

#[test]
fn the_shared_key_file_is_owner_only_and_must_match() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("share");
    tree(&root, "", 10);
    let url = pg::shared().database();
    let key = dir.path().join("dpscan.key");
    let with_key = |key: &Path| {
        let mut c = command(&url, &["index", root.to_str().unwrap(), "-q", "--key-file", key.to_str().unwrap()]);
        c.env_remove("DPSCAN_INDEX_KEY");
        c.output().unwrap()
    };
    // No key at all: refused, saying where a key comes from.
    let mut bare = command(&url, &["index", root.to_str().unwrap(), "-q"]);
    let out = bare.env_remove("DPSCAN_INDEX_KEY").output().unwrap();
    assert!(String::from_utf8_lossy(&out.stderr).contains("--key-file"), "{out:?}");
    // The first agent makes it, owner-only.
    let out = with_key(&key);
    assert!(out.status.success(), "{out:?}");
    assert_eq!(fs::metadata(&key).unwrap().permissions().mode() & 0o777, 0o600);
    // A copy others could read is refused.
    let loose = dir.path().join("loose.key");
    fs::copy(&key, &loose).unwrap();
    fs::set_permissions(&loose, fs::Permissions::from_mode(0o644)).unwrap();
    let out = with_key(&loose);
    assert!(!out.status.success() && String::from_utf8_lossy(&out.stderr).contains("chmod 600"), "{out:?}");
    // Another key is not this inventory's.
    let other = dir.path().join("other.key");
    fs::write(&other, "ab".repeat(32)).unwrap();
    fs::set_permissions(&other, fs::Permissions::from_mode(0o600)).unwrap();
    let out = with_key(&other);
    assert!(String::from_utf8_lossy(&out.stderr).contains("does not belong"), "{out:?}");
}

#[test]
fn over_the_network_the_inventory_is_reached_by_tls_and_the_certificate_is_verified() {
    // A CA of the test's own, and a certificate it signed for "localhost".
    let ca_key = rcgen::KeyPair::generate().unwrap();
    let mut ca_params = rcgen::CertificateParams::new(Vec::<String>::new()).unwrap();
    ca_params.is_ca = rcgen::IsCa::Ca(rcgen::BasicConstraints::Unconstrained);
    let ca = rcgen::CertifiedIssuer::self_signed(ca_params, ca_key).unwrap();
    let server_key = rcgen::KeyPair::generate().unwrap();
    let server =
        rcgen::CertificateParams::new(vec!["localhost".to_string()]).unwrap().signed_by(&server_key, &ca).unwrap();
    let (cluster, port) = pg::Cluster::start_tls(&server.pem(), &server_key.serialize_pem(), &ca.pem());
    cluster.sql("postgres", "CREATE DATABASE inventory");
    cluster.sql("postgres", "CREATE DATABASE certdb");

    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("share");
    tree(&root, "", 20);
    let ca_file = dir.path().join("ca.pem");
    fs::write(&ca_file, ca.pem()).unwrap();
    let url = |host: &str, query: &str| format!("postgresql://postgres@{host}:{port}/inventory{query}");
    let attempt = |url: &str| {
        let out = command(url, &["index", root.to_str().unwrap(), "--format", "jsonl"]).output().unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
        assert!(!stderr.contains("panicked"), "{stderr}");
        (out, stderr)
    };

    // With the CA: indexed, and over TLS, since the server refuses TCP in clear.
    let trusted = url("localhost", &format!("?sslrootcert={}", ca_file.display()));
    let (out, stderr) = attempt(&trusted);
    assert!(out.status.success(), "{stderr}");
    assert_eq!(summary(&records(&out.stdout))["files"], 20);
    // Asked for in clear: the server's refusal shows the success above was TLS.
    let (out, stderr) = attempt(&url("localhost", &format!("?sslmode=disable&sslrootcert={}", ca_file.display())));
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("no encryption"), "{stderr}");
    // Without the CA (the system's roots do not hold it): refused, saying why, at once.
    let started = Instant::now();
    let (out, stderr) = attempt(&url("localhost", ""));
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("UnknownIssuer") && stderr.contains("sslrootcert=FILE"), "{stderr}");
    assert!(started.elapsed() < Duration::from_secs(10), "a refused certificate is not a lost connection to retry");
    // A certificate for another name: refused although its CA is trusted.
    let (out, stderr) = attempt(&url("127.0.0.1", &format!("?sslmode=verify-full&sslrootcert={}", ca_file.display())));
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("not valid for name"), "{stderr}");
    // The URL's TLS settings are never echoed with a password.
    let (out, stderr) = attempt(&format!("postgresql://postgres:s3cret@localhost:{port}/inventory?sslmode=allow"));
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("sslmode=allow") && !stderr.contains("s3cret"), "{stderr}");
    // A database that admits only a client certificate naming the user.
    let client_key = rcgen::KeyPair::generate().unwrap();
    let mut client = rcgen::CertificateParams::new(Vec::<String>::new()).unwrap();
    client.distinguished_name.push(rcgen::DnType::CommonName, "postgres");
    let client = client.signed_by(&client_key, &ca).unwrap();
    let (cert_file, key_file) = (dir.path().join("client.crt"), dir.path().join("client.key"));
    fs::write(&cert_file, client.pem()).unwrap();
    fs::write(&key_file, client_key.serialize_pem()).unwrap();
    fs::set_permissions(&key_file, fs::Permissions::from_mode(0o600)).unwrap();
    let certdb = format!("postgresql://postgres@localhost:{port}/certdb?sslrootcert={}", ca_file.display());
    let (out, stderr) = attempt(&certdb);
    assert_eq!(out.status.code(), Some(2), "no client certificate, no entry: {stderr}");
    let with_cert = format!("{certdb}&sslcert={}&sslkey={}", cert_file.display(), key_file.display());
    let (out, stderr) = attempt(&with_cert);
    assert!(out.status.success(), "{stderr}");
    // What was indexed over TLS reads back over TLS.
    let (out, stderr) = attempt(&trusted);
    assert!(out.status.success(), "{stderr}");
    let changes = &summary(&records(&out.stdout))["changes"];
    assert_eq!((changes["unchanged"].as_u64(), changes["read"].as_u64()), (Some(20), Some(0)), "{changes}");
}

/// A central inventory of schema 3, from before messages had a table of
/// their own (each mailbox's list one JSON value in `files.messages`),
/// opens migrated and holds what it held.
#[test]
fn a_central_inventory_from_before_the_messages_table_opens_migrated() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("share");
    fs::create_dir_all(&root).unwrap();
    for name in ["archive.mbox", "with-attachment.eml", "message.msg"] {
        fs::copy(Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/mail").join(name), root.join(name)).unwrap();
    }
    let url = pg::shared().database();
    index(&url, &root, &[]);
    let held = pg_dump(&url);
    assert!(held.iter().filter(|line| line.starts_with("message\t")).count() >= 3, "messages held");
    pg::shared()
        .client(&url)
        .batch_execute(
            "ALTER TABLE files ADD COLUMN messages TEXT NOT NULL DEFAULT '[]';
             UPDATE files f SET messages = (SELECT json_agg(json_build_array(m.message_id, m.date) ORDER BY m.ord)
                 FROM messages m WHERE m.file_id = f.id)::text WHERE message_count > 0;
             ALTER TABLE files DROP COLUMN message_count;
             DROP TABLE messages;
             DELETE FROM schema_version WHERE version = 4;",
        )
        .unwrap();
    assert_eq!(pg_dump(&url), held);
}

/// Both stores are read a folder at a time as the crawl reaches it: in a
/// folder of more files than PostgreSQL reads in one query, with
/// subfolders among its files, and as folders become files and files
/// folders, both tell the same changes and hold the same inventory.
#[test]
fn a_rerun_tells_the_same_changes_from_either_store_a_folder_at_a_time() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("share");
    let write = |path: PathBuf, text: &str| {
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(path, text).unwrap();
    };
    for i in 0..1_100 {
        write(root.join(format!("big/f{i:04}.txt")), &format!("file {i} of the big folder\n"));
    }
    // "f0500.txt" sorts before "f0500/inner.txt" as bytes ('.' before '/').
    for i in [0, 500, 1_099] {
        write(root.join(format!("big/f{i:04}/inner.txt")), &format!("inside folder {i}\n"));
    }
    write(root.join("a/one.txt"), "in folder a\n");
    write(root.join("a.txt"), "beside folder a\n");
    write(root.join("é/two.txt"), "in é\n");
    let sqlite = dir.path().join("inventory.db");
    let sqlite = sqlite.to_str().unwrap();
    let url = pg::shared().database();
    let both = || {
        let runs = [sqlite, url.as_str()].map(|db| index(db, &root, &[]));
        let listed = runs.clone().map(|records| {
            let mut listed: Vec<String> = of_type(&records, "change")
                .iter()
                .map(|r| format!("{} {}", r["change"].as_str().unwrap(), r["path"].as_str().unwrap()))
                .collect();
            listed.sort();
            listed
        });
        assert_eq!(listed[0], listed[1], "the changes told differ");
        assert_eq!(pg_dump(&url), sqlite_dump(Path::new(sqlite)));
        let [local, central] = runs.map(|records| summary(&records)["changes"].clone());
        assert_eq!(local, central);
        central
    };
    assert_eq!(both()["new"], 1_106);
    let unchanged = both();
    let counted = ["new", "gone", "unchanged", "read"].map(|k| unchanged[k].as_u64().unwrap());
    assert_eq!(counted, [0, 0, 1_106, 0], "{unchanged}");

    fs::remove_dir_all(root.join("a")).unwrap();
    write(root.join("a"), "folder a is now a file\n");
    fs::remove_file(root.join("a.txt")).unwrap();
    write(root.join("a.txt/inner.txt"), "file a.txt is now a folder\n");
    fs::rename(root.join("big/f0500/inner.txt"), root.join("é/inner.txt")).unwrap();
    fs::copy(root.join("big/f0001.txt"), root.join("big/f1099/copy.txt")).unwrap();
    fs::remove_file(root.join("big/f0002.txt")).unwrap();
    write(root.join("big/f0003.txt"), "file 3 of the big folder, changed\n");
    let after = both();
    let counted = ["new", "changed", "gone", "read", "recalled_by_content"].map(|k| after[k].as_u64().unwrap());
    assert_eq!(counted, [4, 1, 4, 3, 2], "{after}");
}

/// More files gone than PostgreSQL lists in one page of paths (10,000):
/// every file of the tree removed, each is found gone once by the pass over
/// the paths held, in either store, and both hold the same inventory.
#[test]
fn files_gone_past_a_page_of_paths_are_each_found_gone_in_either_store() {
    const FILES: usize = 10_050;
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("share");
    let folders: Vec<PathBuf> = (0..=FILES / 1_000).map(|f| root.join(format!("d{f:02}"))).collect();
    for folder in &folders {
        fs::create_dir_all(folder).unwrap();
    }
    for i in 0..FILES {
        fs::write(folders[i / 1_000].join(format!("f{i:05}")), "").unwrap();
    }
    let sqlite = dir.path().join("inventory.db");
    let url = pg::shared().database();
    let stores = [sqlite.to_str().unwrap(), url.as_str()];
    for db in stores {
        assert_eq!(summary(&index(db, &root, &[]))["changes"]["new"], FILES, "{db}");
    }
    for folder in &folders {
        fs::remove_dir_all(folder).unwrap();
    }
    for db in stores {
        let changes = summary(&index(db, &root, &["--allow-all-gone"]))["changes"].clone();
        let counted = ["gone", "unchanged", "new"].map(|k| changes[k].as_u64().unwrap());
        assert_eq!(counted, [FILES as u64, 0, 0], "{db}: {changes}");
    }
    assert_eq!(pg_dump(&url), sqlite_dump(&sqlite));
}
