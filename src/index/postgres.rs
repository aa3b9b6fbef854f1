//! The central store: one PostgreSQL database the agents of many hosts
//! write to at once. Its tables are SQLite's with the host added: a file is
//! unique on (host, path), and an agent loads, writes and marks gone only
//! its own host's files, under the roots (and in the shard) it claimed with
//! an advisory lock. A text unit's words are one array of digests, in
//! order (a GIN index finds the units holding a word; its places are its
//! positions in the array). The schema is versioned (`schema_version`) and
//! migrated in one transaction under an advisory lock, so agents starting
//! together do not race.
//!
//! Writes of a batch are kept in memory and sent in one transaction at
//! `commit`. A connection lost (the server restarted, the session
//! terminated, the network gone) is made again with back-off and the
//! transaction sent again — every write replaces, so twice is harmless;
//! when it cannot be made again the run stops with an error, what was
//! committed stands, and the next run resumes from it. Connections over
//! the network use TLS (`tls`).

use std::borrow::Cow;
use std::io;
use std::ops::Range;
use std::os::unix::ffi::{OsStrExt, OsStringExt};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use jiff::Timestamp;
use postgres::fallible_iterator::FallibleIterator;
use postgres::types::{ToSql, Type};
use postgres::{Client, Config, Row, Transaction};
use rustc_hash::FxHashMap;
use serde::de::DeserializeOwned;
use tokio_postgres_rustls::MakeRustlsConnect;

use super::marks::{Mark, MarkRecord, NewMark};
use super::rows::{
    self, bytes_path, identity, json, name, Cell, Columns, Decoder, FileRow, FindingList, FindingRow, HeldContent,
    Source, Update, FILE_COLUMNS, FILE_COLUMN_COUNT, MESSAGE_COLUMNS, MESSAGE_COLUMN_COUNT,
};
use super::{
    tls, under_root, HeldUnit, Hosts, IndexError, Known, Loader, MessageSource, News, PathFile, Pool, RunId, Seen,
    Span, Stop, Store, Stored, UnitId, Unsearched, Visit,
};
use crate::detect::digest::{DigestKey, ValueDigest};
use crate::detect::words::WordDigest;
use crate::detect::{Category, Kind};
use crate::report::{FileRecord, Finding, Summary};
use crate::scan::messages::{Message, MessageList, Messages};
use crate::scan::spill::Spilled;
use crate::scan::words::UnitWords;
use crate::walk::{relative, Shard};

/// Each entry moves the schema one version forward.
const MIGRATIONS: &[&str] = &[
    r#"
CREATE TABLE meta (key TEXT PRIMARY KEY, value BYTEA NOT NULL);
CREATE TABLE runs (
    id BIGSERIAL PRIMARY KEY,
    host TEXT NOT NULL,
    roots TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    started TEXT NOT NULL,
    finished TEXT,
    summary TEXT
);
-- Who holds each claim (the advisory lock is the claim itself).
CREATE TABLE claims (lock BIGINT PRIMARY KEY, host TEXT NOT NULL, pid INTEGER NOT NULL, what TEXT NOT NULL,
    since TEXT NOT NULL);
CREATE TABLE files (
    id BIGSERIAL PRIMARY KEY,
    host TEXT NOT NULL,
    path BYTEA NOT NULL,
    root BYTEA NOT NULL,
    device BIGINT, inode BIGINT, size BIGINT NOT NULL, modified_ns BIGINT, changed_ns BIGINT,
    created_ns BIGINT,
    fingerprint TEXT NOT NULL,
    sha256 BYTEA,
    format TEXT,
    status TEXT NOT NULL, skip TEXT, reason TEXT,
    content_date TEXT, content_source TEXT,
    kinds TEXT NOT NULL, categories TEXT NOT NULL, problems TEXT NOT NULL, messages TEXT NOT NULL,
    due TEXT,
    first_seen BIGINT NOT NULL REFERENCES runs, last_read BIGINT NOT NULL REFERENCES runs,
    gone_run BIGINT REFERENCES runs,
    pending TEXT,
    uid BIGINT,
    UNIQUE (host, path)
);
CREATE TABLE findings (
    file_id BIGINT NOT NULL REFERENCES files ON DELETE CASCADE,
    ord INTEGER NOT NULL,
    location TEXT NOT NULL,
    kind TEXT NOT NULL,
    category TEXT,
    masked TEXT NOT NULL,
    digest BYTEA NOT NULL,
    confidence DOUBLE PRECISION NOT NULL,
    detector TEXT NOT NULL,
    evidence BIGINT NOT NULL,
    PRIMARY KEY (file_id, ord)
);
CREATE INDEX findings_digest ON findings (digest);
CREATE TABLE marks (
    id BIGSERIAL PRIMARY KEY,
    host TEXT NOT NULL,
    path BYTEA NOT NULL,
    kind TEXT,
    digest BYTEA,
    decision TEXT NOT NULL,
    by TEXT NOT NULL,
    why TEXT NOT NULL,
    at TEXT NOT NULL,
    sha256 BYTEA NOT NULL
);
CREATE INDEX marks_path ON marks (host, path);
CREATE TABLE units (
    id BIGSERIAL PRIMARY KEY,
    file_id BIGINT NOT NULL REFERENCES files ON DELETE CASCADE,
    location TEXT NOT NULL,
    words BIGINT[] NOT NULL
);
CREATE INDEX units_file ON units (file_id);
CREATE INDEX units_words ON units USING gin (words);
"#,
    r#"
-- The run that last saw each file new or changed (its size or modification
-- time), for breach windows: last_read also moves when a new rule pack
-- reads a file again. Files held before are dated by their last read.
ALTER TABLE files ADD COLUMN changed_run BIGINT REFERENCES runs;
UPDATE files SET changed_run = last_read;
"#,
    r#"
-- How each file's verdict was judged: under which policy (its fingerprint),
-- the days it holds as judged (YYYYMMDD; from inclusive, until exclusive,
-- NULL unbounded) and how many of its messages were past their period. A
-- re-run keeps a verdict that stands. Files held before are judged again.
ALTER TABLE files ADD COLUMN judged_under TEXT NOT NULL DEFAULT '';
ALTER TABLE files ADD COLUMN holds_from BIGINT;
ALTER TABLE files ADD COLUMN holds_until BIGINT;
ALTER TABLE files ADD COLUMN expired_messages BIGINT NOT NULL DEFAULT 0;
"#,
    r#"
-- A mailbox's messages (id as read, date), a row each in the order read:
-- written and read back as they stream, where one JSON value per file held
-- the whole list in memory. The files keep their count.
CREATE TABLE messages (
    file_id BIGINT NOT NULL REFERENCES files ON DELETE CASCADE,
    ord BIGINT NOT NULL,
    message_id TEXT NOT NULL,
    date TEXT,
    PRIMARY KEY (file_id, ord)
);
INSERT INTO messages (file_id, ord, message_id, date)
    SELECT f.id, m.ord - 1, m.value ->> 0, m.value ->> 1
    FROM files f, jsonb_array_elements(f.messages::jsonb) WITH ORDINALITY AS m(value, ord)
    WHERE f.messages <> '[]';
ALTER TABLE files ADD COLUMN message_count BIGINT NOT NULL DEFAULT 0;
UPDATE files SET message_count = jsonb_array_length(messages::jsonb) WHERE messages <> '[]';
ALTER TABLE files DROP COLUMN messages;
"#,
];

/// The advisory lock migrations run under (any number, fixed forever).
const MIGRATION_LOCK: i64 = 0x6470_7363_616e_0001;

/// Waits before each attempt to reconnect: about half a minute in all.
const BACKOFF: [Duration; 5] = [
    Duration::from_millis(500),
    Duration::from_secs(2),
    Duration::from_secs(4),
    Duration::from_secs(8),
    Duration::from_secs(16),
];

/// Files replayed per round trip.
const REPLAY_PAGE: i64 = 2_000;

/// Paths of the files held read per round trip when looking for those gone.
const PATHS_PAGE: i64 = 10_000;

/// Sessions a run reads the files held (or a mailbox's messages) over at
/// once: its workers share them, rather than each holding one of a server
/// many hosts write to.
const SESSIONS: usize = 4;

/// Messages written per statement, and read back per round trip (a
/// mailbox of more alone).
const MESSAGE_CHUNK: usize = 10_000;

/// Findings written per statement.
const FINDING_CHUNK: usize = 10_000;

/// Text units written per statement: until their words reach
/// `WORD_CHUNK`, or they are `UNIT_CHUNK` (a unit is never split; each
/// weighs as `WORD_CHUNK / UNIT_CHUNK` words more than it holds).
const WORD_CHUNK: usize = 100_000;
const UNIT_CHUNK: usize = 10_000;

/// The writes of the open batch, kept until its transaction commits.
#[derive(Default)]
struct Batch {
    /// Files read, with the run that read them.
    puts: Vec<(RunId, FileRow)>,
    /// Files recalled whose root, verdict or news changed.
    updates: Vec<Update>,
}

/// The connection, made again when lost, with the claims it must hold.
struct Link {
    config: Config,
    tls: MakeRustlsConnect,
    client: Client,
    /// The server and database, for messages (no user, no password).
    name: String,
    /// Advisory locks this session holds.
    claims: Vec<i64>,
}

impl Link {
    fn connect(config: &Config, tls: &MakeRustlsConnect, name: &str) -> Result<Client, IndexError> {
        config.connect(tls.clone()).map_err(|source| match tls::refusal(&source) {
            Some(reason) => IndexError::Refused(format!(
                "inventory {name}: the server's certificate was refused ({reason}); dpscan verifies it against \
                 the system's CAs, or the one given by sslrootcert=FILE in the URL, and its name against the host's"
            )),
            None => IndexError::Postgres { db: name.to_string(), source },
        })
    }

    fn error(&self, source: postgres::Error) -> IndexError {
        IndexError::Postgres { db: self.name.clone(), source }
    }

    /// Runs `op`, again on a new connection if this one is lost (the
    /// server restarted, the session was ended); `op` must be safe to run
    /// twice, as a transaction that replaces what it writes is.
    fn run<T>(&mut self, mut op: impl FnMut(&mut Client) -> Result<T, postgres::Error>) -> Result<T, IndexError> {
        let mut tries = 0;
        loop {
            let error = match op(&mut self.client) {
                Ok(value) => return Ok(value),
                Err(e) if !lost(&e) => return Err(self.error(e)),
                Err(e) => e,
            };
            let mut last = error;
            loop {
                let Some(wait) = BACKOFF.get(tries) else {
                    let seconds = BACKOFF.iter().sum::<Duration>().as_secs();
                    return Err(IndexError::Lost { db: self.name.clone(), tries: tries as u32, seconds, source: last });
                };
                std::thread::sleep(*wait);
                tries += 1;
                match self.reconnect() {
                    Ok(()) => break,
                    Err(Reconnect::Failed(e)) if lost(&e) => last = e,
                    Err(Reconnect::Failed(e)) => return Err(self.error(e)),
                    Err(Reconnect::Taken) => {
                        return Err(IndexError::Refused(format!(
                            "inventory {}: the connection was lost and another run claimed these roots meanwhile; \
                             nothing more was written by this one",
                            self.name
                        )))
                    }
                }
            }
        }
    }

    /// A new session, holding the claims again.
    fn reconnect(&mut self) -> Result<(), Reconnect> {
        self.client = self.config.connect(self.tls.clone()).map_err(Reconnect::Failed)?;
        for &lock in &self.claims {
            let taken: bool =
                self.client.query_one("SELECT pg_try_advisory_lock($1)", &[&lock]).map_err(Reconnect::Failed)?.get(0);
            if !taken {
                return Err(Reconnect::Taken);
            }
        }
        Ok(())
    }
}

enum Reconnect {
    Failed(postgres::Error),
    /// Another session took a claim while this one was away.
    Taken,
}

/// Whether `e` means the connection is gone (so a new one may succeed),
/// not that the statement was wrong.
fn lost(e: &postgres::Error) -> bool {
    if e.is_closed() {
        return true;
    }
    if let Some(db) = e.as_db_error() {
        let code = db.code().code();
        // Connection exceptions; admin shutdown (terminated), crash
        // shutdown, starting up.
        return code.starts_with("08") || matches!(code, "57P01" | "57P02" | "57P03");
    }
    // An I/O error, but not a certificate refused: that fails the same
    // way on every try.
    std::error::Error::source(e).is_some_and(|s| s.is::<io::Error>()) && tls::refusal(e).is_none()
}

pub struct PgStore {
    link: Link,
    /// `link.name` as errors about rows name a store.
    db: PathBuf,
    host: String,
    key: Option<DigestKey>,
    batch: Batch,
    /// What this run claimed: its roots and shard.
    scope: Option<(Vec<PathBuf>, Option<Shard>)>,
}

/// The server and database a URL names, without user or password.
pub fn describe(url: &str) -> String {
    let parsed = tls::split(url).ok().and_then(|(url, _)| url.parse::<Config>().ok());
    let Some(config) = parsed else { return "postgresql://(unreadable URL)".into() };
    let host = match config.get_hosts().first() {
        Some(postgres::config::Host::Tcp(host)) => host.clone(),
        Some(postgres::config::Host::Unix(dir)) => dir.display().to_string(),
        None => "localhost".into(),
    };
    let port = config.get_ports().first().map(|p| format!(":{p}")).unwrap_or_default();
    format!("postgresql://{host}{port}/{}", config.get_dbname().unwrap_or_default())
}

/// Marks by the host and path of their file.
type MarksByFile = FxHashMap<(String, Vec<u8>), Vec<Arc<Mark>>>;

impl PgStore {
    /// Connects to the database at `url` (libpq's `PGPASSWORD` fills in a
    /// password the URL leaves out), migrates its schema, and writes as
    /// `host`.
    pub fn open(url: &str, host: &str) -> Result<PgStore, IndexError> {
        let name = describe(url);
        let (url, settings) = tls::split(url).map_err(|e| IndexError::Refused(format!("inventory {name}: {e}")))?;
        let mut config: Config = url.parse().map_err(|source| IndexError::Postgres { db: name.clone(), source })?;
        let tls = tls::connector(&mut config, &settings)
            .map_err(|e| IndexError::Refused(format!("inventory {name}: TLS: {e}")))?;
        if config.get_password().is_none() {
            if let Some(password) = std::env::var_os("PGPASSWORD") {
                config.password(password.as_bytes());
            }
        }
        if config.get_application_name().is_none() {
            config.application_name("dpscan");
        }
        if config.get_connect_timeout().is_none() {
            config.connect_timeout(Duration::from_secs(10));
        }
        let client = Link::connect(&config, &tls, &name)?;
        let link = Link { config, tls, client, name: name.clone(), claims: Vec::new() };
        let mut store = PgStore {
            link,
            db: PathBuf::from(name),
            host: host.to_string(),
            key: None,
            batch: Batch::default(),
            scope: None,
        };
        store.migrate()?;
        Ok(store)
    }

    fn corrupt(&self, what: impl Into<String>) -> IndexError {
        IndexError::Corrupt { path: self.db.clone(), what: what.into() }
    }

    fn migrate(&mut self) -> Result<(), IndexError> {
        let known = MIGRATIONS.len() as i64;
        let found = self.link.run(|client| {
            let mut tx = client.transaction()?;
            tx.execute("SELECT pg_advisory_xact_lock($1)", &[&MIGRATION_LOCK])?;
            tx.batch_execute("CREATE TABLE IF NOT EXISTS schema_version (version BIGINT NOT NULL)")?;
            let version: i64 = tx.query_one("SELECT coalesce(max(version), 0) FROM schema_version", &[])?.get(0);
            if version <= known {
                for (step, sql) in MIGRATIONS.iter().enumerate().skip(version as usize) {
                    tx.batch_execute(sql)?;
                    tx.execute("INSERT INTO schema_version (version) VALUES ($1)", &[&(step as i64 + 1)])?;
                }
            }
            tx.commit()?;
            Ok(version)
        })?;
        if found > known {
            return Err(IndexError::Newer { path: self.db.clone(), found, known });
        }
        Ok(())
    }

    fn content_tag(&self, hash: &[u8; 32]) -> Result<[u8; 32], IndexError> {
        let key = self.key.as_ref().ok_or_else(|| IndexError::Key("the inventory's key was not checked".into()))?;
        Ok(key.content_tag(hash))
    }

    /// Every mark, by host and path.
    fn all_marks(&mut self) -> Result<MarksByFile, IndexError> {
        let mut marks = MarksByFile::default();
        let sql = format!("SELECT host, path, {} FROM marks ORDER BY id", rows::MARK_COLUMNS);
        for row in self.link.run(|c| c.query(&sql, &[]))? {
            let mark = rows::mark(&self.db, &row, 2)?;
            marks.entry((row.get(0), row.get(1))).or_default().push(Arc::new(mark));
        }
        Ok(marks)
    }

    /// Hands each file of `page` (rows of `FILE_COLUMNS`, id and host) to
    /// `visit` with its findings, each with the first of `marks` covering
    /// it, and its messages: those of consecutive files read in one round
    /// trip, up to `MESSAGE_CHUNK` messages at a time (a larger mailbox alone).
    fn visit_page(&mut self, page: &[Row], marks: &MarksByFile, visit: &mut Visit<'_>) -> Result<(), IndexError> {
        let findings_sql = format!(
            "SELECT file_id, {} FROM findings WHERE file_id = ANY($1) ORDER BY file_id, ord",
            rows::FINDING_COLUMNS
        );
        let messages_sql =
            format!("SELECT {MESSAGE_COLUMNS}, file_id FROM messages WHERE file_id = ANY($1) ORDER BY file_id, ord");
        let ids: Vec<i64> = page.iter().map(|r| r.get(rows::FILE_COLUMN_COUNT)).collect();
        let mut found: FxHashMap<i64, Vec<Row>> = FxHashMap::default();
        for row in self.link.run(|c| c.query(&findings_sql, &[&ids]))? {
            found.entry(row.get(0)).or_default().push(row);
        }
        let mut decoder = Decoder::new(&self.db, self.key.as_ref());
        let stored: Vec<Stored> = page.iter().map(|row| decoder.stored(row)).collect::<Result<_, _>>()?;
        let mut detectors = Vec::new();
        let counts: Vec<u64> = stored.iter().map(Stored::messages).collect();
        for chunk in message_chunks(&counts, MESSAGE_CHUNK as u64) {
            let (first, end) = (chunk.start, chunk.end);
            let mailboxes: Vec<i64> = chunk.filter(|&i| counts[i] > 0).map(|i| ids[i]).collect();
            let mut messages = match mailboxes.is_empty() {
                true => FxHashMap::default(),
                false => {
                    let db = &self.db;
                    self.link.run(|c| read_messages(c, db, &messages_sql, &[&mailboxes]))??
                }
            };
            for (row, stored) in page[first..end].iter().zip(&stored[first..end]) {
                let id: i64 = row.get(rows::FILE_COLUMN_COUNT);
                let path = bytes_path(row.blob(0).ok_or_else(|| self.corrupt("bad path"))?);
                let recalled = stored
                    .unpack(path, messages.remove(&id).unwrap_or_default())
                    .ok_or_else(|| self.corrupt("a file row that cannot be read back"))?;
                let path = recalled.record.path.clone();
                let content = stored.sha256.map(|h| self.content_tag(&h)).transpose()?;
                let host: String = row.get(rows::FILE_COLUMN_COUNT + 1);
                let no_marks = Vec::new();
                let marks = marks.get(&(host.clone(), row.get(0))).unwrap_or(&no_marks);
                let mut findings = Vec::new();
                for r in found.remove(&id).unwrap_or_default() {
                    let mut finding = rows::finding(&self.db, &r, 1, &path, &mut detectors)?;
                    finding.mark = marks.iter().find(|m| m.covers(&finding, content.as_ref())).cloned();
                    findings.push(finding);
                }
                visit(&host, recalled, findings)
                    .map_err(|e| IndexError::Io { path: "the report".into(), source: e })?;
            }
        }
        Ok(())
    }

    /// This host's file at `path` (not gone): its row id and the tag of its
    /// content when it was read.
    fn content_of(&mut self, path: &Path) -> Result<Option<HeldContent>, IndexError> {
        let sql = format!("SELECT {FILE_COLUMNS}, id FROM files WHERE host = $1 AND path = $2 AND gone_run IS NULL");
        let (host, path) = (self.host.clone(), path.as_os_str().as_bytes().to_vec());
        let Some(row) = self.link.run(|c| c.query_opt(&sql, &[&host, &path]))? else { return Ok(None) };
        let stored = Decoder::new(&self.db, self.key.as_ref()).stored(&row)?;
        let id: i64 = row.get(rows::FILE_COLUMN_COUNT);
        Ok(Some((id, stored.sha256.map(|h| self.content_tag(&h)).transpose()?)))
    }

    /// The claim of `root` (and `shard`) as an advisory lock number: the
    /// same on every agent.
    fn lock_of(&self, root: &Path, shard: Option<Shard>) -> i64 {
        let mut hasher = blake3::Hasher::new();
        hasher.update(self.host.as_bytes()).update(&[0]).update(root.as_os_str().as_bytes()).update(&[0]);
        hasher.update(shard.map(|s| s.to_string()).unwrap_or_default().as_bytes());
        i64::from_le_bytes(hasher.finalize().as_bytes()[..8].try_into().expect("8 bytes"))
    }

    /// Whether this run's shard, if any, holds the file at `path`.
    fn in_shard(&self, path: &Path) -> bool {
        match &self.scope {
            Some((roots, Some(shard))) => {
                roots.iter().find(|r| path.starts_with(r)).is_some_and(|root| shard.holds(relative(path, root)))
            }
            _ => true,
        }
    }
}

impl Columns for Row {
    fn int(&self, i: usize) -> Option<i64> {
        self.try_get(i).ok().flatten()
    }

    fn real(&self, i: usize) -> Option<f64> {
        self.try_get(i).ok().flatten()
    }

    fn text(&self, i: usize) -> Option<&str> {
        self.try_get(i).ok().flatten()
    }

    fn blob(&self, i: usize) -> Option<&[u8]> {
        self.try_get(i).ok().flatten()
    }
}

/// The files of a page whose messages are read in one round trip: runs of
/// consecutive files (`counts`: each one's messages) holding at most `max`
/// messages in all, or a file of more alone; every file in one run, in
/// order.
fn message_chunks(counts: &[u64], max: u64) -> Vec<Range<usize>> {
    let mut chunks: Vec<Range<usize>> = Vec::new();
    let mut held = 0;
    for (i, &count) in counts.iter().enumerate() {
        match chunks.last_mut() {
            Some(last) if held + count <= max => {
                last.end = i + 1;
                held += count;
            }
            _ => {
                chunks.push(i..i + 1);
                held = count;
            }
        }
    }
    chunks
}

/// Writes a batch in `tx`, a statement for each table: files (upserted),
/// their messages, findings, text units and the units' words (replaced, in
/// chunks), then the files recalled (their root, due and news). Messages,
/// findings or units that cannot be read back end the writing, with why in
/// `unread`.
fn write_batch(
    tx: &mut Transaction<'_>,
    host: &str,
    batch: &Batch,
    unread: &mut Option<IndexError>,
) -> Result<(), postgres::Error> {
    let rows = &batch.puts;
    if !rows.is_empty() {
        let column = |value: fn(&FileRow) -> Option<i64>| rows.iter().map(|(_, r)| value(r)).collect::<Vec<_>>();
        let text = |value: fn(&FileRow) -> Option<&str>| rows.iter().map(|(_, r)| value(r)).collect::<Vec<_>>();
        let files = tx.query(
            "INSERT INTO files AS f (host, path, root, device, inode, size, modified_ns, changed_ns, created_ns,
                 fingerprint, sha256, format, status, skip, reason, content_date, content_source, kinds,
                 categories, problems, message_count, due, first_seen, last_read, gone_run, pending, uid,
                 changed_run, judged_under, holds_from, holds_until, expired_messages)
             SELECT $1, path, root, device, inode, size, modified_ns, changed_ns, created_ns, fingerprint, sha256,
                 format, status, skip, reason, content_date, content_source, kinds, categories, problems,
                 message_count, due, run, run, NULL, pending, uid, run, judged_under, holds_from, holds_until,
                 expired_messages
             FROM unnest($2::bytea[], $3::bytea[], $4::int8[], $5::int8[], $6::int8[], $7::int8[], $8::int8[],
                 $9::int8[], $10::text[], $11::bytea[], $12::text[], $13::text[], $14::text[], $15::text[],
                 $16::text[], $17::text[], $18::text[], $19::text[], $20::text[], $21::int8[], $22::text[],
                 $23::int8[], $24::text[], $25::int8[], $26::text[], $27::int8[], $28::int8[], $29::int8[])
                 AS r(path, root, device, inode, size, modified_ns, changed_ns, created_ns, fingerprint, sha256,
                 format, status, skip, reason, content_date, content_source, kinds, categories, problems,
                 message_count, due, run, pending, uid, judged_under, holds_from, holds_until, expired_messages)
             ON CONFLICT (host, path) DO UPDATE SET root = EXCLUDED.root, device = EXCLUDED.device,
                 inode = EXCLUDED.inode, size = EXCLUDED.size, modified_ns = EXCLUDED.modified_ns,
                 changed_ns = EXCLUDED.changed_ns, created_ns = EXCLUDED.created_ns,
                 fingerprint = EXCLUDED.fingerprint, sha256 = EXCLUDED.sha256, format = EXCLUDED.format,
                 status = EXCLUDED.status, skip = EXCLUDED.skip, reason = EXCLUDED.reason,
                 content_date = EXCLUDED.content_date, content_source = EXCLUDED.content_source,
                 kinds = EXCLUDED.kinds, categories = EXCLUDED.categories, problems = EXCLUDED.problems,
                 message_count = EXCLUDED.message_count, due = EXCLUDED.due, last_read = EXCLUDED.last_read,
                 pending = EXCLUDED.pending, uid = EXCLUDED.uid, judged_under = EXCLUDED.judged_under,
                 holds_from = EXCLUDED.holds_from, holds_until = EXCLUDED.holds_until,
                 expired_messages = EXCLUDED.expired_messages,
                 first_seen = CASE WHEN f.gone_run IS NULL THEN f.first_seen ELSE EXCLUDED.first_seen END,
                 changed_run = CASE WHEN f.gone_run IS NULL AND f.size = EXCLUDED.size
                     AND f.modified_ns IS NOT DISTINCT FROM EXCLUDED.modified_ns
                     THEN f.changed_run ELSE EXCLUDED.changed_run END,
                 gone_run = NULL
             RETURNING id, path",
            &[
                &host,
                &rows.iter().map(|(_, r)| r.path.as_slice()).collect::<Vec<_>>(),
                &rows.iter().map(|(_, r)| r.root.as_slice()).collect::<Vec<_>>(),
                &column(|r| r.identity.map(|i| i.device as i64)),
                &column(|r| r.identity.map(|i| i.inode as i64)),
                &column(|r| Some(r.size)),
                &column(|r| r.identity.map(|i| i.modified_ns)),
                &column(|r| r.identity.map(|i| i.changed_ns)),
                &column(|r| r.created_ns),
                &text(|r| Some(&r.fingerprint)),
                &rows.iter().map(|(_, r)| r.sha256.as_ref().map(|h| &h[..])).collect::<Vec<_>>(),
                &text(|r| r.format),
                &text(|r| Some(r.status)),
                &text(|r| r.skip.as_deref()),
                &text(|r| r.reason.as_deref()),
                &text(|r| r.content_date.as_deref()),
                &text(|r| r.content_source.as_deref()),
                &text(|r| Some(&r.kinds)),
                &text(|r| Some(&r.categories)),
                &text(|r| Some(&r.problems)),
                &column(|r| Some(r.facts.messages.len() as i64)),
                &text(|r| r.due),
                &rows.iter().map(|(run, _)| *run).collect::<Vec<_>>(),
                &text(|r| r.pending.as_deref()),
                &column(|r| r.uid),
                &text(|r| Some(&r.judged.under)),
                &column(|r| r.judged.holds_from),
                &column(|r| r.judged.holds_until),
                &column(|r| Some(r.judged.expired_messages)),
            ],
        )?;
        let ids: FxHashMap<&[u8], i64> = files.iter().map(|r| (r.get::<_, &[u8]>(1), r.get::<_, i64>(0))).collect();
        let id_of = |row: &FileRow| ids.get(row.path.as_slice()).copied().unwrap_or_default();
        // Files read write their own findings, messages and words; those
        // recalled by the content of another take a copy of its; one
        // recalled by its content at its own path keeps what it holds.
        let (mut read, mut copies, mut sources) = (Vec::new(), Vec::new(), Vec::new());
        for (_, row) in rows {
            match &row.source {
                Source::Read => read.push((row, id_of(row))),
                Source::CopyOf(from) => {
                    copies.push(id_of(row));
                    sources.push(from.as_slice());
                }
                Source::InPlace => {}
            }
        }
        let replaced: Vec<i64> = read.iter().map(|(_, id)| *id).chain(copies.iter().copied()).collect();
        tx.execute("DELETE FROM findings WHERE file_id = ANY($1)", &[&replaced])?;
        tx.execute("DELETE FROM units WHERE file_id = ANY($1)", &[&replaced])?;
        tx.execute("DELETE FROM messages WHERE file_id = ANY($1)", &[&replaced])?;
        let messages = read.iter().map(|&(row, id)| (row, id, &row.facts.messages));
        write_lists(tx, messages, MESSAGE_CHUNK, |_| 1, unread, write_messages)?;
        if unread.is_some() {
            return Ok(());
        }
        let findings = read.iter().map(|&(row, id)| (row, id, &row.findings));
        write_lists(tx, findings, FINDING_CHUNK, |_| 1, unread, write_findings)?;
        if unread.is_some() {
            return Ok(());
        }
        let units = read.iter().map(|&(row, id)| (row, id, &row.facts.words.units));
        write_lists(tx, units, WORD_CHUNK, |unit| WORD_CHUNK / UNIT_CHUNK + unit.words.len(), unread, write_units)?;
        if unread.is_some() {
            return Ok(());
        }
        if !copies.is_empty() {
            let pairs =
                "unnest($2::int8[], $3::bytea[]) AS c(id, source) JOIN files s ON s.host = $1 AND s.path = c.source";
            for copy in [
                format!(
                    "INSERT INTO findings (file_id, ord, location, kind, category, masked, digest, confidence,
                         detector, evidence)
                     SELECT c.id, g.ord, g.location, g.kind, g.category, g.masked, g.digest, g.confidence,
                         g.detector, g.evidence
                     FROM {pairs} JOIN findings g ON g.file_id = s.id"
                ),
                format!(
                    "INSERT INTO messages (file_id, ord, message_id, date) SELECT c.id, m.ord, m.message_id, m.date
                     FROM {pairs} JOIN messages m ON m.file_id = s.id"
                ),
                format!(
                    "INSERT INTO units (file_id, location, words) SELECT c.id, u.location, u.words
                     FROM {pairs} JOIN units u ON u.file_id = s.id ORDER BY u.id"
                ),
            ] {
                tx.execute(&copy, &[&host, &copies, &sources])?;
            }
        }
    }
    let updates = &batch.updates;
    if !updates.is_empty() {
        tx.execute(
            "UPDATE files f SET root = u.root, due = u.due, pending = u.pending, judged_under = u.judged_under,
                 holds_from = u.holds_from, holds_until = u.holds_until, expired_messages = u.expired_messages
             FROM unnest($2::bytea[], $3::bytea[], $4::text[], $5::text[], $6::text[], $7::int8[], $8::int8[],
                 $9::int8[])
                 AS u(path, root, due, pending, judged_under, holds_from, holds_until, expired_messages)
             WHERE f.host = $1 AND f.path = u.path",
            &[
                &host,
                &updates.iter().map(|u| u.path.as_slice()).collect::<Vec<_>>(),
                &updates.iter().map(|u| u.root.as_slice()).collect::<Vec<_>>(),
                &updates.iter().map(|u| u.due).collect::<Vec<_>>(),
                &updates.iter().map(|u| u.pending.as_deref()).collect::<Vec<_>>(),
                &updates.iter().map(|u| u.judged.under.as_str()).collect::<Vec<_>>(),
                &updates.iter().map(|u| u.judged.holds_from).collect::<Vec<_>>(),
                &updates.iter().map(|u| u.judged.holds_until).collect::<Vec<_>>(),
                &updates.iter().map(|u| u.judged.expired_messages).collect::<Vec<_>>(),
            ],
        )?;
    }
    Ok(())
}

/// An item of a file's list (its messages, findings or units) as written: the
/// file's id, the item's place in the list, and the item (lent while the
/// list holds it in memory).
type Placed<'a, T> = (i64, i64, Cow<'a, T>);

/// Writes findings, each with its file and its place among the file's.
fn write_findings(tx: &mut Transaction<'_>, findings: &[Placed<'_, FindingRow>]) -> Result<(), postgres::Error> {
    tx.execute(
        "INSERT INTO findings (file_id, ord, location, kind, category, masked, digest, confidence, detector,
             evidence)
         SELECT * FROM unnest($1::int8[], $2::int4[], $3::text[], $4::text[], $5::text[], $6::text[],
             $7::bytea[], $8::float8[], $9::text[], $10::int8[])",
        &[
            &findings.iter().map(|f| f.0).collect::<Vec<_>>(),
            &findings.iter().map(|f| f.1 as i32).collect::<Vec<_>>(),
            &findings.iter().map(|f| f.2.location.as_str()).collect::<Vec<_>>(),
            &findings.iter().map(|f| f.2.kind.as_str()).collect::<Vec<_>>(),
            &findings.iter().map(|f| f.2.category.map(Category::as_str)).collect::<Vec<_>>(),
            &findings.iter().map(|f| f.2.masked.as_str()).collect::<Vec<_>>(),
            &findings.iter().map(|f| &f.2.digest[..]).collect::<Vec<_>>(),
            &findings.iter().map(|f| f.2.confidence).collect::<Vec<_>>(),
            &findings.iter().map(|f| &*f.2.detector).collect::<Vec<_>>(),
            &findings.iter().map(|f| i64::from(f.2.evidence)).collect::<Vec<_>>(),
        ],
    )?;
    Ok(())
}

/// Writes text units, each with its file: each unit's words its slice of
/// one array.
fn write_units(tx: &mut Transaction<'_>, units: &[Placed<'_, UnitWords>]) -> Result<(), postgres::Error> {
    let (mut starts, mut ends, mut words) = (Vec::new(), Vec::new(), Vec::<i64>::new());
    for (_, _, unit) in units {
        starts.push(words.len() as i32 + 1);
        words.extend(unit.words.iter().map(|w| w.bits() as i64));
        ends.push(words.len() as i32);
    }
    tx.execute(
        "INSERT INTO units (file_id, location, words)
         SELECT f, l, coalesce(($5::int8[])[s:e], '{}')
         FROM unnest($1::int8[], $2::text[], $3::int4[], $4::int4[]) AS u(f, l, s, e)",
        &[
            &units.iter().map(|(file_id, _, _)| *file_id).collect::<Vec<_>>(),
            &units.iter().map(|(_, _, unit)| unit.location.as_str()).collect::<Vec<_>>(),
            &starts,
            &ends,
            &words,
        ],
    )?;
    Ok(())
}

/// Writes messages, each with its file and its place among the file's.
fn write_messages(tx: &mut Transaction<'_>, messages: &[Placed<'_, Message>]) -> Result<(), postgres::Error> {
    tx.execute(
        "INSERT INTO messages (file_id, ord, message_id, date)
         SELECT * FROM unnest($1::int8[], $2::int8[], $3::text[], $4::text[])",
        &[
            &messages.iter().map(|(file_id, _, _)| *file_id).collect::<Vec<_>>(),
            &messages.iter().map(|(_, ord, _)| *ord).collect::<Vec<_>>(),
            &messages.iter().map(|(_, _, message)| &*message.0).collect::<Vec<&str>>(),
            &messages.iter().map(|(_, _, message)| message.1.map(|d| d.to_string())).collect::<Vec<_>>(),
        ],
    )?;
    Ok(())
}

/// Writes the lists of `files` (each a file's row, its id and its list)
/// with `write`, a statement per `chunk` of the items' `weight`, each item
/// with its file's id and its place in the list, as they are read back. A
/// list that cannot be read back ends the writing, with why in `unread`.
fn write_lists<'a, T: DeserializeOwned + Clone + 'a>(
    tx: &mut Transaction<'_>,
    files: impl Iterator<Item = (&'a FileRow, i64, &'a Spilled<T>)>,
    chunk: usize,
    weight: fn(&T) -> usize,
    unread: &mut Option<IndexError>,
    write: fn(&mut Transaction<'_>, &[Placed<'_, T>]) -> Result<(), postgres::Error>,
) -> Result<(), postgres::Error> {
    let (mut items, mut weighed) = (Vec::new(), 0);
    for (row, file_id, list) in files {
        let mut failed = None;
        for (ord, item) in list.iter(&mut failed).enumerate() {
            weighed += weight(&item);
            items.push((file_id, ord as i64, item));
            if weighed >= chunk {
                write(tx, &items)?;
                items.clear();
                weighed = 0;
            }
        }
        if let Some(source) = failed {
            *unread = Some(IndexError::Io { path: bytes_path(&row.path).into(), source });
            return Ok(());
        }
    }
    if !items.is_empty() {
        write(tx, &items)?;
    }
    Ok(())
}

/// The messages the rows of `sql` (`MESSAGE_COLUMNS`, then the file's id)
/// give, streamed, by file; a message that cannot be read back is an error
/// of its own.
fn read_messages(
    client: &mut Client,
    db: &Path,
    sql: &str,
    params: &[&(dyn ToSql + Sync)],
) -> Result<Result<FxHashMap<i64, MessageList>, IndexError>, postgres::Error> {
    let mut rows = client.query_raw(sql, params.iter().copied())?;
    let mut files: FxHashMap<i64, Messages> = FxHashMap::default();
    while let Some(row) = rows.next()? {
        if let Err(e) = rows::push_message(db, files.entry(row.get(MESSAGE_COLUMN_COUNT)).or_default(), &row) {
            return Ok(Err(e));
        }
    }
    Ok(Ok(files.into_iter().map(|(id, messages)| (id, messages.finish())).collect()))
}

/// The files of a host as a run reads them (`super::Reader`), over
/// sessions of its own, each opened again if it is lost (`Link::run`).
struct PgReader {
    config: Config,
    tls: MakeRustlsConnect,
    name: String,
    db: PathBuf,
    host: String,
    key: Option<DigestKey>,
    pool: Pool<Link>,
}

/// The root itself (a file), and every path below it (`PgStore::under`).
const UNDER_ROOT: &str = "(path = $2 OR (path >= $3 AND path < $4))";

impl PgReader {
    /// `op` over a session kept, or a new one; what it could not decode
    /// ends it as the database's own error would.
    fn with<T>(
        &self,
        mut op: impl FnMut(&mut Client) -> Result<Result<T, IndexError>, postgres::Error>,
    ) -> Result<T, IndexError> {
        let open = || {
            let client = Link::connect(&self.config, &self.tls, &self.name)?;
            let (config, tls, name) = (self.config.clone(), self.tls.clone(), self.name.clone());
            Ok(Link { config, tls, client, name, claims: Vec::new() })
        };
        self.pool.with(open, |link| link.run(&mut op))?
    }

    /// The rows of `sql` (`FILE_COLUMNS`, then the row id) as files, with
    /// their paths, until `go_on` refuses one (its path then returned).
    fn files(
        &self,
        sql: &str,
        params: &[&(dyn ToSql + Sync)],
        go_on: &dyn Fn(&[u8]) -> bool,
    ) -> Result<(Vec<PathFile>, Option<Vec<u8>>), IndexError> {
        self.with(|client| {
            let mut rows = client.query_raw(sql, params.iter().copied())?;
            let mut decoder = Decoder::new(&self.db, self.key.as_ref());
            let mut files = Vec::new();
            while let Some(row) = rows.next()? {
                let Some(path) = row.blob(0) else { return Ok(Err(decoder.corrupt("path"))) };
                if !go_on(path) {
                    return Ok(Ok((files, Some(path.to_vec()))));
                }
                match decoder.stored(&row) {
                    Ok(stored) => {
                        let id = row.int(FILE_COLUMN_COUNT).unwrap_or_default() as usize;
                        files.push((path.into(), Stored { id, ..stored }));
                    }
                    Err(e) => return Ok(Err(e)),
                }
            }
            Ok(Ok((files, None)))
        })
    }
}

impl super::Reader for PgReader {
    /// `limit` rows a query: a session's rows cannot be left unread.
    fn span(&self, from: &[u8], to: &[u8], limit: usize, direct: &dyn Fn(&[u8]) -> bool) -> Result<Span, IndexError> {
        let sql = format!(
            "SELECT {FILE_COLUMNS}, id FROM files
             WHERE host = $1 AND path >= $2 AND path < $3 AND gone_run IS NULL ORDER BY path LIMIT $4"
        );
        let (from, to, limit) = (from.to_vec(), to.to_vec(), limit as i64);
        let (files, nested) = self.files(&sql, &[&self.host, &from, &to, &limit], direct)?;
        Ok(match nested {
            Some(path) => (files, Stop::Nested(path)),
            None if files.len() as i64 == limit => (files, Stop::Limit),
            None => (files, Stop::End),
        })
    }

    fn by_id(&self, id: i64) -> Result<Option<(PathBuf, Stored)>, IndexError> {
        let sql = format!("SELECT {FILE_COLUMNS}, id FROM files WHERE host = $1 AND id = $2 AND gone_run IS NULL");
        let (files, _) = self.files(&sql, &[&self.host, &id], &|_| true)?;
        Ok(files.into_iter().next().map(|(path, stored)| (bytes_path(&path).to_path_buf(), stored)))
    }

    fn paths(&self, roots: &[PathBuf], last: i64, visit: &mut dyn FnMut(i64, &[u8])) -> Result<(), IndexError> {
        let sql = format!(
            "SELECT id, path FROM files
             WHERE host = $1 AND id <= $5 AND id > $6 AND gone_run IS NULL AND {UNDER_ROOT} ORDER BY id LIMIT $7"
        );
        for root in roots {
            let [exact, below, after] = under_root(root);
            let mut since = i64::MIN;
            loop {
                let params: [&(dyn ToSql + Sync); 7] = [&self.host, &exact, &below, &after, &last, &since, &PATHS_PAGE];
                // A page read whole before any is visited: a session lost
                // midway would otherwise visit its first paths twice.
                let page: Vec<(i64, Vec<u8>)> = self.with(|client| {
                    let mut rows = client.query_raw(&sql, params)?;
                    let mut paths = Vec::new();
                    while let Some(row) = rows.next()? {
                        let Some(path) = row.blob(1) else { return Ok(Err(rows::bad_row(&self.db, "path"))) };
                        paths.push((row.int(0).unwrap_or_default(), path.to_vec()));
                    }
                    Ok(Ok(paths))
                })?;
                page.iter().for_each(|(id, path)| visit(*id, path));
                match page.last() {
                    Some((id, _)) if page.len() as i64 == PATHS_PAGE => since = *id,
                    _ => break,
                }
            }
        }
        Ok(())
    }
}

/// What a run needs at once of the files `reader`'s host holds under
/// `roots`: the largest row id, how many there are, and the fingerprint,
/// size and id of each held with a content hash and not failed; the rest
/// is read as the crawl reaches it.
fn load(reader: PgReader, roots: &[PathBuf]) -> Result<Known, IndexError> {
    let sql = format!(
        "SELECT fingerprint, size, id, sha256 IS NOT NULL AND status <> 'error' FROM files
         WHERE host = $1 AND id <= $5 AND gone_run IS NULL AND {UNDER_ROOT}"
    );
    let (last, held, hashed) = reader.with(|client| {
        let last: i64 = client.query_one("SELECT coalesce(max(id), 0) FROM files", &[])?.get(0);
        let mut decoder = Decoder::new(&reader.db, reader.key.as_ref());
        let (mut held, mut hashed) = (0, Vec::new());
        for root in roots {
            let [exact, below, after] = under_root(root);
            let params: [&(dyn ToSql + Sync); 5] = [&reader.host, &exact, &below, &after, &last];
            let mut rows = client.query_raw(&sql, params)?;
            while let Some(row) = rows.next()? {
                held += 1;
                if row.try_get::<_, bool>(3).unwrap_or(false) {
                    let fingerprint = decoder.shared(row.text(0).unwrap_or_default());
                    hashed.push((fingerprint, row.int(1).unwrap_or_default() as u64, row.int(2).unwrap_or_default()));
                }
            }
        }
        Ok(Ok((last, held, hashed)))
    })?;
    Ok(Known::new(Box::new(reader), roots, last, held, hashed))
}

impl Store for PgStore {
    fn claim(&mut self, roots: &[PathBuf], shard: Option<Shard>) -> Result<(), IndexError> {
        for root in roots {
            let lock = self.lock_of(root, shard);
            let what = match shard {
                Some(shard) => format!("{} shard {shard}", root.display()),
                None => root.display().to_string(),
            };
            let taken: bool = self.link.run(|c| c.query_one("SELECT pg_try_advisory_lock($1)", &[&lock]))?.get(0);
            if !taken {
                let holder =
                    self.link.run(|c| c.query_opt("SELECT host, pid, since FROM claims WHERE lock = $1", &[&lock]))?;
                let by = holder.map_or_else(String::new, |r| {
                    format!(
                        " (host {}, process {}, since {})",
                        r.get::<_, String>(0),
                        r.get::<_, i32>(1),
                        r.get::<_, String>(2)
                    )
                });
                return Err(IndexError::Refused(format!(
                    "another dpscan index is writing {what} for host {} into {}{by}: wait for it to finish",
                    self.host, self.link.name
                )));
            }
            self.link.claims.push(lock);
            let (host, pid, since) = (self.host.clone(), std::process::id() as i32, Timestamp::now().to_string());
            self.link.run(|c| {
                c.execute(
                    "INSERT INTO claims (lock, host, pid, what, since) VALUES ($1, $2, $3, $4, $5)
                     ON CONFLICT (lock) DO UPDATE SET host = $2, pid = $3, what = $4, since = $5",
                    &[&lock, &host, &pid, &what, &since],
                )
            })?;
        }
        self.scope = Some((roots.to_vec(), shard));
        Ok(())
    }

    fn check_key(&mut self, key: &DigestKey) -> Result<(), IndexError> {
        let check = key.check_value().to_vec();
        let stored: Vec<u8> = self
            .link
            .run(|c| {
                c.execute("INSERT INTO meta (key, value) VALUES ('key_check', $1) ON CONFLICT DO NOTHING", &[&check])?;
                c.query_one("SELECT value FROM meta WHERE key = 'key_check'", &[])
            })?
            .get(0);
        if stored != check {
            return Err(IndexError::Key(format!(
                "the key given does not belong to the inventory {} (check --key-file or {})",
                self.link.name,
                super::key::KEY_ENV
            )));
        }
        self.key = Some(key.clone());
        Ok(())
    }

    fn host(&self) -> &str {
        &self.host
    }

    fn has_key(&mut self) -> Result<bool, IndexError> {
        let n: i64 = self.link.run(|c| c.query_one("SELECT count(*) FROM meta WHERE key = 'key_check'", &[]))?.get(0);
        Ok(n > 0)
    }

    fn begin_run(&mut self, roots: &[PathBuf], fingerprint: &str) -> Result<RunId, IndexError> {
        let roots = serde_json::to_string(&roots.iter().map(|r| r.to_string_lossy()).collect::<Vec<_>>())
            .map_err(|e| self.corrupt(e.to_string()))?;
        let (host, started) = (self.host.clone(), Timestamp::now().to_string());
        let row = self.link.run(|c| {
            c.query_one(
                "INSERT INTO runs (host, roots, fingerprint, started) VALUES ($1, $2, $3, $4) RETURNING id",
                &[&host, &roots, &fingerprint, &started],
            )
        })?;
        Ok(row.get(0))
    }

    /// Reads over sessions of its own, one per thread asking at once.
    fn message_source(&self) -> MessageSource {
        let (config, tls, name) = (self.link.config.clone(), self.link.tls.clone(), self.link.name.clone());
        let (db, host, pool) = (self.db.clone(), self.host.clone(), Pool::new(SESSIONS));
        let sql = format!(
            "SELECT {MESSAGE_COLUMNS} FROM messages
             WHERE file_id = (SELECT id FROM files WHERE host = $1 AND path = $2) ORDER BY ord"
        );
        Box::new(move |path: &Path| {
            let path = path.as_os_str().as_bytes();
            let failed = |source| IndexError::Postgres { db: name.clone(), source };
            pool.with(
                || Link::connect(&config, &tls, &name),
                |client| {
                    let mut messages = Messages::default();
                    let mut rows = client
                        .query_raw(&sql, [&host as &(dyn ToSql + Sync), &path as &(dyn ToSql + Sync)])
                        .map_err(failed)?;
                    while let Some(row) = rows.next().map_err(failed)? {
                        rows::push_message(&db, &mut messages, &row)?;
                    }
                    Ok(messages.finish())
                },
            )
        })
    }

    /// Reads over sessions of its own, while this one starts the run.
    fn loader(&self, roots: &[PathBuf]) -> Loader {
        let reader = PgReader {
            config: self.link.config.clone(),
            tls: self.link.tls.clone(),
            name: self.link.name.clone(),
            db: self.db.clone(),
            host: self.host.clone(),
            key: self.key.clone(),
            pool: Pool::new(SESSIONS),
        };
        let roots = roots.to_vec();
        Box::new(move || load(reader, &roots))
    }

    fn put(
        &mut self,
        run: RunId,
        file: &FileRecord,
        findings: &FindingList,
        fingerprint: &str,
        pending: Option<&News>,
    ) -> Result<(), IndexError> {
        let row = FileRow::encode(&self.db, self.key.as_ref(), file, findings, fingerprint, pending)?;
        self.batch.puts.push((run, row));
        Ok(())
    }

    fn update(&mut self, file: &FileRecord, pending: Option<&News>) -> Result<(), IndexError> {
        self.batch.updates.push(Update::encode(&self.db, file, pending)?);
        Ok(())
    }

    fn commit(&mut self) -> Result<(), IndexError> {
        if self.batch.puts.is_empty() && self.batch.updates.is_empty() {
            return Ok(());
        }
        let (batch, host, mut unread) = (&self.batch, &self.host, None);
        self.link.run(|client| {
            let mut tx = client.transaction()?;
            write_batch(&mut tx, host, batch, &mut unread)?;
            // Rolled back when dropped.
            if unread.is_some() {
                return Ok(());
            }
            tx.commit()
        })?;
        if let Some(error) = unread {
            return Err(error);
        }
        self.batch = Batch::default();
        Ok(())
    }

    fn finish_run(&mut self, run: RunId, gone: &[PathBuf], summary: &Summary) -> Result<(), IndexError> {
        self.commit()?;
        // The news this run reported: of its own files, under its roots, in its shard.
        let mut reported: Vec<Vec<u8>> = Vec::new();
        let roots = self.scope.as_ref().map(|(roots, _)| roots.clone()).unwrap_or_default();
        for root in &roots {
            let [exact, below, after] = under_root(root);
            let host = &self.host;
            let rows = self.link.run(|c| {
                c.query(
                    "SELECT path FROM files WHERE host = $1 AND pending IS NOT NULL
                     AND (path = $2 OR (path >= $3 AND path < $4))",
                    &[host, &exact, &below, &after],
                )
            })?;
            reported.extend(rows.iter().map(|r| r.get::<_, Vec<u8>>(0)).filter(|p| self.in_shard(bytes_path(p))));
        }
        let gone: Vec<Vec<u8>> = gone.iter().map(|p| p.as_os_str().as_bytes().to_vec()).collect();
        let summary = rows::to_json(&self.db, summary)?;
        let (host, finished) = (&self.host, Timestamp::now().to_string());
        self.link.run(|c| {
            let mut tx = c.transaction()?;
            tx.execute("UPDATE files SET gone_run = $3 WHERE host = $1 AND path = ANY($2)", &[host, &gone, &run])?;
            tx.execute("UPDATE files SET pending = NULL WHERE host = $1 AND path = ANY($2)", &[host, &reported])?;
            tx.execute("UPDATE runs SET finished = $2, summary = $3 WHERE id = $1", &[&run, &finished, &summary])?;
            tx.commit()
        })
    }

    fn roots(&mut self) -> Result<Vec<PathBuf>, IndexError> {
        let rows =
            self.link.run(|c| c.query("SELECT DISTINCT root FROM files WHERE gone_run IS NULL ORDER BY root", &[]))?;
        Ok(rows.iter().map(|r| PathBuf::from(std::ffi::OsString::from_vec(r.get(0)))).collect())
    }

    fn replay(&mut self, hosts: Hosts, visit: &mut Visit<'_>) -> Result<(), IndexError> {
        let own = hosts == Hosts::Own;
        let marks = self.all_marks()?;
        let files_sql = format!(
            "SELECT {FILE_COLUMNS}, id, host FROM files WHERE gone_run IS NULL AND (NOT $1 OR host = $2)
             AND (path, host) > ($3, $4) ORDER BY path, host LIMIT $5"
        );
        let mut after: (Vec<u8>, String) = (Vec::new(), String::new());
        loop {
            let host = &self.host;
            let page = self.link.run(|c| c.query(&files_sql, &[&own, host, &after.0, &after.1, &REPLAY_PAGE]))?;
            let Some(last) = page.last() else { return Ok(()) };
            after = (last.get(0), last.get(rows::FILE_COLUMN_COUNT + 1));
            self.visit_page(&page, &marks, visit)?;
        }
    }

    fn replay_paths(&mut self, paths: &[&Path], visit: &mut Visit<'_>) -> Result<(), IndexError> {
        let marks = self.all_marks()?;
        let sql = format!("SELECT {FILE_COLUMNS}, id, host FROM files WHERE gone_run IS NULL AND path = ANY($1)");
        let paths: Vec<&[u8]> = paths.iter().map(|p| p.as_os_str().as_bytes()).collect();
        let page = self.link.run(|c| c.query(&sql, &[&paths]))?;
        self.visit_page(&page, &marks, visit)
    }

    fn add_mark(&mut self, new: &NewMark) -> Result<u64, IndexError> {
        let refuse = |why: String| Err(IndexError::Refused(format!("{}: {why}", new.path.display())));
        let file = self.content_of(&new.path)?;
        let Some((file_id, Some(content))) = file else {
            return refuse(match file {
                None => format!("not in the inventory for host {} (index its folder first)", self.host),
                Some(_) => "its content was never read (skipped or unreadable): there is nothing to mark".into(),
            });
        };
        let rows = self.link.run(|c| c.query("SELECT kind, digest FROM findings WHERE file_id = $1", &[&file_id]))?;
        let covered = rows
            .iter()
            .filter(|r| new.kind.is_none_or(|k| k.as_str() == r.get::<_, &str>(0)))
            .filter(|r| new.digest.is_none_or(|d| d[..] == *r.get::<_, &[u8]>(1)))
            .count() as u64;
        if new.kind.is_some() && covered == 0 {
            return refuse("no finding of that kind (and value) in it".into());
        }
        let (host, path) = (&self.host, new.path.as_os_str().as_bytes());
        let (kind, digest) = (new.kind.map(Kind::as_str), new.digest.as_ref().map(|d| &d[..]));
        let (decision, at) = (name(&new.decision), Timestamp::now().to_string());
        self.link.run(|c| {
            c.execute(
                "INSERT INTO marks (host, path, kind, digest, decision, by, why, at, sha256)
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
                &[host, &path, &kind, &digest, &decision, &new.by, &new.why, &at, &&content[..]],
            )
        })?;
        Ok(covered)
    }

    fn marks(&mut self) -> Result<Vec<MarkRecord>, IndexError> {
        let sql = format!("SELECT path, {} FROM marks WHERE host = $1 ORDER BY path, id", rows::MARK_COLUMNS);
        let host = self.host.clone();
        let rows = self.link.run(|c| c.query(&sql, &[&host]))?;
        let mut marks = Vec::new();
        for row in rows {
            let path = PathBuf::from(std::ffi::OsString::from_vec(row.get(0)));
            let mark = rows::mark(&self.db, &row, 1)?;
            let state = rows::mark_state(self.content_of(&path)?, &mark);
            marks.push(MarkRecord { host: self.host.clone(), path: Arc::from(path.as_path()), state, mark });
        }
        Ok(marks)
    }

    fn marks_on(&mut self, path: &Path, sha256: &[u8; 32]) -> Result<u64, IndexError> {
        let content = self.content_tag(sha256)?.to_vec();
        let (host, path) = (&self.host, path.as_os_str().as_bytes());
        let n: i64 = self
            .link
            .run(|c| {
                c.query_one(
                    "SELECT count(*) FROM marks WHERE host = $1 AND path = $2 AND sha256 = $3",
                    &[host, &path, &content],
                )
            })?
            .get(0);
        Ok(n as u64)
    }

    fn holding(&mut self, digests: &[ValueDigest]) -> Result<Vec<Finding>, IndexError> {
        let sql = format!(
            "SELECT f.path, {} FROM findings g JOIN files f ON f.id = g.file_id
             WHERE g.digest = ANY($1) AND f.gone_run IS NULL",
            rows::FINDING_COLUMNS
        );
        let digests: Vec<&[u8]> = digests.iter().map(|d| &d[..]).collect();
        let mut detectors = Vec::new();
        let mut found = Vec::new();
        for row in self.link.run(|c| c.query(&sql, &[&digests]))? {
            let path = Arc::from(bytes_path(row.blob(0).ok_or_else(|| self.corrupt("bad path"))?));
            let mut finding = rows::finding(&self.db, &row, 1, &path, &mut detectors)?;
            finding.evidence = None;
            found.push(finding);
        }
        Ok(found)
    }

    fn word_places(&mut self, words: &[WordDigest]) -> Result<Vec<Vec<(UnitId, u32)>>, IndexError> {
        let mut places = Vec::new();
        for word in words {
            let bits = word.bits() as i64;
            let rows =
                self.link.run(|c| c.query("SELECT id, words FROM units WHERE words @> ARRAY[$1::int8]", &[&bits]))?;
            let mut here = Vec::new();
            for row in rows {
                let unit: UnitId = row.get(0);
                let held: Vec<i64> = row.get(1);
                here.extend(held.iter().enumerate().filter(|(_, w)| **w == bits).map(|(i, _)| (unit, i as u32)));
            }
            places.push(here);
        }
        Ok(places)
    }

    fn units(&mut self, ids: &[UnitId]) -> Result<Vec<HeldUnit>, IndexError> {
        let rows = self.link.run(|c| {
            c.query(
                "SELECT u.id, f.path, u.location, f.device, f.inode, f.size, f.modified_ns, f.changed_ns
                 FROM units u JOIN files f ON f.id = u.file_id WHERE u.id = ANY($1) AND f.gone_run IS NULL",
                &[&ids],
            )
        })?;
        let mut held: FxHashMap<UnitId, HeldUnit> = FxHashMap::default();
        for r in rows {
            let corrupt = || self.corrupt("bad unit in the units table");
            let id: UnitId = r.get(0);
            held.insert(
                id,
                HeldUnit {
                    id,
                    path: Arc::from(bytes_path(r.blob(1).ok_or_else(corrupt)?)),
                    location: json(r.text(2)).ok_or_else(corrupt)?,
                    identity: identity([r.int(3), r.int(4), r.int(5), r.int(6), r.int(7)]),
                },
            );
        }
        // In the order asked, as SQLite answers.
        Ok(ids.iter().filter_map(|id| held.remove(id)).collect())
    }

    fn unsearched(&mut self) -> Result<Vec<Unsearched>, IndexError> {
        let sql = format!(
            "SELECT {FILE_COLUMNS}, id, host FROM files WHERE gone_run IS NULL
             AND (status != 'scanned' OR problems != '[]') ORDER BY path, host"
        );
        let page = self.link.run(|c| c.query(&sql, &[]))?;
        let mut files = Vec::new();
        self.visit_page(&page, &MarksByFile::default(), &mut |host, known, _| {
            let path = known.record.path.to_path_buf();
            files.extend(known.record.not_read().map(|why| Unsearched { host: host.to_string(), path, why }));
            Ok(())
        })?;
        Ok(files)
    }

    fn seen(&mut self) -> Result<Vec<Seen>, IndexError> {
        let rows = self.link.run(|c| {
            c.query(
                "SELECT f.path, a.started, c.started, f.host FROM files f JOIN runs a ON a.id = f.first_seen
                 JOIN runs c ON c.id = f.changed_run WHERE f.gone_run IS NULL",
                &[],
            )
        })?;
        rows.iter()
            .map(|r| {
                let path = bytes_path(r.blob(0).ok_or_else(|| self.corrupt("bad path"))?).to_path_buf();
                rows::seen(&self.db, r.get(3), path, r.text(1), r.text(2))
            })
            .collect()
    }

    /// The lines of SQLite's dump, value for value, of every host's files.
    fn dump(&mut self) -> Result<Vec<String>, IndexError> {
        let file_sql = "SELECT upper(encode(path, 'hex')), upper(encode(root, 'hex')), device, inode, size,
                modified_ns, changed_ns, created_ns, fingerprint, coalesce(upper(encode(sha256, 'hex')), ''), format,
                status, skip, reason, content_date, content_source, kinds, categories, problems, message_count, due,
                (gone_run IS NOT NULL)::int4::int8, judged_under, holds_from, holds_until, expired_messages
                FROM files";
        let finding_sql = "SELECT upper(encode(f.path, 'hex')), g.location, g.kind, g.category, g.masked,
                upper(encode(g.digest, 'hex')), g.confidence, g.detector, g.evidence
                FROM findings g JOIN files f ON f.id = g.file_id";
        let message_sql = "SELECT upper(encode(f.path, 'hex')), m.message_id, m.date
                FROM messages m JOIN files f ON f.id = m.file_id";
        let mut lines = Vec::new();
        for (label, sql) in [("file", file_sql), ("finding", finding_sql), ("message", message_sql)] {
            for row in self.link.run(|c| c.query(sql, &[]))? {
                let cells = row.columns().iter().enumerate().map(|(i, column)| {
                    let cell = match *column.type_() {
                        Type::INT8 => row.int(i).map(Cell::Int),
                        Type::FLOAT8 => row.real(i).map(Cell::Real),
                        _ => row.text(i).map(|t| Cell::Text(t.to_string())),
                    };
                    cell.unwrap_or(Cell::Null)
                });
                lines.push(rows::dump_line(label, cells));
            }
        }
        let word_sql = "SELECT upper(encode(f.path, 'hex')), u.location, u.words FROM units u
                JOIN files f ON f.id = u.file_id";
        for row in self.link.run(|c| c.query(word_sql, &[]))? {
            let (path, location, words): (String, String, Vec<i64>) = (row.get(0), row.get(1), row.get(2));
            for (offset, word) in words.into_iter().enumerate() {
                let cells = [
                    Cell::Text(path.clone()),
                    Cell::Text(location.clone()),
                    Cell::Int(offset as i64),
                    Cell::Text(WordDigest::from_bits(word as u64).token_str()),
                ];
                lines.push(rows::dump_line("word", cells));
            }
        }
        lines.sort();
        Ok(lines)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn consecutive_mailboxes_messages_are_read_in_chunks_of_at_most_the_limit() {
        let max = MESSAGE_CHUNK as u64;
        let chunks = |counts: &[u64]| -> Vec<(usize, usize)> {
            message_chunks(counts, max).into_iter().map(|r| (r.start, r.end)).collect()
        };
        assert_eq!(chunks(&[]), []);
        // Exactly the limit: one round trip; one over: two.
        assert_eq!(chunks(&[max / 2, 0, max / 2]), [(0, 3)]);
        assert_eq!(chunks(&[max / 2, 0, max / 2 + 1]), [(0, 2), (2, 3)]);
        // A mailbox larger than the limit alone, and the files without
        // messages after it in a chunk of their own.
        assert_eq!(chunks(&[3, max + 1, 0, 0, 5]), [(0, 1), (1, 2), (2, 5)]);
        assert_eq!(chunks(&[0, 0]), [(0, 2)]);
    }
}
