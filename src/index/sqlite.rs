//! The embedded store: one SQLite file (rusqlite's bundled SQLite, nothing to
//! install), owner-only, in WAL mode. The schema is versioned
//! (`PRAGMA user_version`) and migrated forward on open. Enumerations are
//! stored as the names the JSON records use; small per-file lists (kinds,
//! categories, problems) as JSON text, a mailbox's messages a row each.

use std::io;
use std::os::unix::ffi::{OsStrExt, OsStringExt};
use std::path::{Path, PathBuf};
use std::sync::{Arc, LazyLock};

use jiff::Timestamp;
use rusqlite::types::ValueRef;
use rusqlite::{params, Connection, OpenFlags, OptionalExtension, Row};
use serde::de::DeserializeOwned;

use super::marks::{Mark, MarkRecord, NewMark};
use super::rows::{
    self, bytes_path, identity, json, name, Cell, Columns, Decoder, FileRow, FindingList, HeldContent, Source, Update,
    FILE_COLUMNS, FILE_COLUMN_COUNT, MESSAGE_COLUMNS,
};
use super::{
    under_root, HeldUnit, Hosts, IndexError, Known, Loader, MessageSource, News, Pool, RunId, Seen, Shard, Span, Stop,
    Store, Stored, UnitId, Unsearched, Visit,
};
use crate::detect::digest::{DigestKey, ValueDigest};
use crate::detect::words::{WordDigest, TOKEN_LEN};
use crate::detect::{Category, Kind};
use crate::report::{FileRecord, Finding, Summary};
use crate::scan::messages::{MessageList, Messages};
use crate::scan::spill::Spilled;
use crate::scan::words::UnitWords;

/// Each entry moves the schema one version forward.
const MIGRATIONS: &[&str] = &[
    r#"
CREATE TABLE meta (key TEXT PRIMARY KEY, value BLOB NOT NULL);
CREATE TABLE runs (
    id INTEGER PRIMARY KEY,
    host TEXT NOT NULL,
    roots TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    started TEXT NOT NULL,
    finished TEXT,
    summary TEXT
);
CREATE TABLE files (
    id INTEGER PRIMARY KEY,
    path BLOB NOT NULL UNIQUE,
    root BLOB NOT NULL,
    device INTEGER, inode INTEGER, size INTEGER NOT NULL, modified_ns INTEGER, changed_ns INTEGER,
    created_ns INTEGER,
    fingerprint TEXT NOT NULL,
    sha256 BLOB,
    format TEXT,
    status TEXT NOT NULL, skip TEXT, reason TEXT,
    content_date TEXT, content_source TEXT,
    kinds TEXT NOT NULL, categories TEXT NOT NULL, problems TEXT NOT NULL, messages TEXT NOT NULL,
    due TEXT,
    -- Runs: first seen, last read; a file not gone was last seen by the
    -- latest finished run over its root, a gone one by the run before.
    first_seen INTEGER NOT NULL REFERENCES runs, last_read INTEGER NOT NULL REFERENCES runs,
    gone_run INTEGER REFERENCES runs,
    -- News of a run that has not finished (JSON), reported by the next one.
    pending TEXT
);
CREATE INDEX files_pending ON files (path) WHERE pending IS NOT NULL;
CREATE TABLE findings (
    file_id INTEGER NOT NULL REFERENCES files ON DELETE CASCADE,
    location TEXT NOT NULL,
    kind TEXT NOT NULL,
    category TEXT,
    masked TEXT NOT NULL,
    digest BLOB NOT NULL,
    confidence REAL NOT NULL,
    detector TEXT NOT NULL,
    evidence INTEGER NOT NULL
);
CREATE INDEX findings_file ON findings (file_id);
CREATE INDEX findings_digest ON findings (digest);
"#,
    r#"
CREATE TABLE marks (
    id INTEGER PRIMARY KEY,
    path BLOB NOT NULL,
    kind TEXT,
    digest BLOB,
    decision TEXT NOT NULL,
    by TEXT NOT NULL,
    why TEXT NOT NULL,
    at TEXT NOT NULL,
    sha256 BLOB NOT NULL
);
CREATE INDEX marks_path ON marks (path);
"#,
    r#"
-- Text units (a file, member, message, page, sheet) and their words, as
-- keyed-digest tokens in order: a full-text index that holds no text.
CREATE TABLE units (
    id INTEGER PRIMARY KEY,
    file_id INTEGER NOT NULL REFERENCES files ON DELETE CASCADE,
    location TEXT NOT NULL
);
CREATE INDEX units_file ON units (file_id);
CREATE VIRTUAL TABLE words USING fts5 (tokens, content = '', contentless_delete = 1, tokenize = 'ascii');
CREATE VIRTUAL TABLE word_places USING fts5vocab (words, instance);
-- Files indexed before had no words kept: read them all again.
UPDATE files SET fingerprint = '';
"#,
    r#"
-- The owner of each file (uid), for reports grouped by owner; known for a
-- file once it is indexed again.
ALTER TABLE files ADD COLUMN uid INTEGER;
"#,
    r#"
-- The run that last saw each file new or changed (its size or modification
-- time), for breach windows: last_read also moves when a new rule pack
-- reads a file again. Files held before are dated by their last read.
ALTER TABLE files ADD COLUMN changed_run INTEGER REFERENCES runs;
UPDATE files SET changed_run = last_read;
"#,
    r#"
-- How each file's verdict was judged: under which policy (its fingerprint),
-- the days it holds as judged (YYYYMMDD; from inclusive, until exclusive,
-- NULL unbounded) and how many of its messages were past their period. A
-- re-run keeps a verdict that stands. Files held before are judged again.
ALTER TABLE files ADD COLUMN judged_under TEXT NOT NULL DEFAULT '';
ALTER TABLE files ADD COLUMN holds_from INTEGER;
ALTER TABLE files ADD COLUMN holds_until INTEGER;
ALTER TABLE files ADD COLUMN expired_messages INTEGER NOT NULL DEFAULT 0;
"#,
    r#"
-- A mailbox's messages (id as read, date), a row each in the order read:
-- written and read back as they stream, where one JSON value per file held
-- the whole list in memory. The files keep their count. One B-tree, in
-- the order of its key.
CREATE TABLE messages (
    file_id INTEGER NOT NULL REFERENCES files ON DELETE CASCADE,
    ord INTEGER NOT NULL,
    message_id TEXT NOT NULL,
    date TEXT,
    PRIMARY KEY (file_id, ord)
) WITHOUT ROWID;
INSERT INTO messages (file_id, ord, message_id, date)
    SELECT f.id, m.key, m.value ->> 0, m.value ->> 1 FROM files f, json_each(f.messages) m
    WHERE f.messages <> '[]';
ALTER TABLE files ADD COLUMN message_count INTEGER NOT NULL DEFAULT 0;
UPDATE files SET message_count = json_array_length(messages) WHERE messages <> '[]';
ALTER TABLE files DROP COLUMN messages;
"#,
];

pub struct SqliteStore {
    conn: Connection,
    path: PathBuf,
    /// The key, once checked: content hashes are sealed with it.
    key: Option<DigestKey>,
    /// A write transaction is open.
    in_batch: bool,
    /// Files of the open batch recalled by content, and the file each
    /// takes its words from: copied when the batch is committed.
    copies: Vec<(i64, i64)>,
    /// The lock of a writing run, held while the store is.
    claimed: Option<std::fs::File>,
    /// The one host its files are of: its latest run's, else this one.
    host: String,
}

impl Columns for Row<'_> {
    fn int(&self, i: usize) -> Option<i64> {
        self.get_ref(i).ok()?.as_i64_or_null().ok().flatten()
    }

    fn real(&self, i: usize) -> Option<f64> {
        self.get_ref(i).ok()?.as_f64_or_null().ok().flatten()
    }

    fn text(&self, i: usize) -> Option<&str> {
        self.get_ref(i).ok()?.as_str_or_null().ok().flatten()
    }

    fn blob(&self, i: usize) -> Option<&[u8]> {
        self.get_ref(i).ok()?.as_blob_or_null().ok().flatten()
    }
}

impl SqliteStore {
    /// Opens the inventory at `path`; `create` makes it (owner-only) when
    /// it does not exist.
    pub fn open(path: &Path, create: bool) -> Result<SqliteStore, IndexError> {
        configure_sqlite();
        let io_error = |source| IndexError::Io { path: path.to_path_buf(), source };
        match std::fs::symlink_metadata(path) {
            Ok(_) => {}
            Err(e) if e.kind() == io::ErrorKind::NotFound && create => create_private(path).map_err(io_error)?,
            Err(e) if e.kind() == io::ErrorKind::NotFound => {
                return Err(IndexError::Io {
                    path: path.to_path_buf(),
                    source: io::Error::new(e.kind(), "no inventory here; make one with `dpscan index PATH --db FILE`"),
                })
            }
            Err(e) => return Err(io_error(e)),
        }
        // An inventory found readable by others (copied, restored from a
        // backup) is made owner-only before SQLite adds files beside it.
        for suffix in ["", "-wal", "-shm"] {
            super::key::make_private(&super::beside(path, suffix)).map_err(io_error)?;
        }
        let database = |source| IndexError::Database { path: path.to_path_buf(), source };
        let conn = Connection::open(path).map_err(database)?;
        conn.pragma_update(None, "journal_mode", "WAL").map_err(database)?;
        conn.pragma_update(None, "synchronous", "NORMAL").map_err(database)?;
        conn.pragma_update(None, "foreign_keys", "ON").map_err(database)?;
        conn.busy_timeout(std::time::Duration::from_secs(30)).map_err(database)?;
        let mut store = SqliteStore {
            conn,
            path: path.to_path_buf(),
            key: None,
            in_batch: false,
            copies: Vec::new(),
            claimed: None,
            host: String::new(),
        };
        store.migrate()?;
        store.host = store
            .conn
            .query_row("SELECT host FROM runs ORDER BY id DESC LIMIT 1", [], |r| r.get(0))
            .optional()
            .map_err(store.error())?
            .unwrap_or_else(super::host);
        Ok(store)
    }

    fn error(&self) -> impl Fn(rusqlite::Error) -> IndexError + '_ {
        |source| IndexError::Database { path: self.path.clone(), source }
    }

    fn corrupt(&self, what: impl Into<String>) -> IndexError {
        IndexError::Corrupt { path: self.path.clone(), what: what.into() }
    }

    fn migrate(&mut self) -> Result<(), IndexError> {
        let version: i64 = self.conn.pragma_query_value(None, "user_version", |r| r.get(0)).map_err(self.error())?;
        let known = MIGRATIONS.len() as i64;
        if version > known {
            return Err(IndexError::Newer { path: self.path.clone(), found: version, known });
        }
        for (step, sql) in MIGRATIONS.iter().enumerate().skip(version as usize) {
            let sql = format!("BEGIN IMMEDIATE; {sql}; PRAGMA user_version = {}; COMMIT;", step + 1);
            self.conn.execute_batch(&sql).map_err(self.error())?;
        }
        Ok(())
    }

    /// Opens the write transaction of a batch if none is open.
    fn batch(&mut self) -> Result<(), IndexError> {
        if !self.in_batch {
            self.conn.execute_batch("BEGIN IMMEDIATE").map_err(self.error())?;
            self.in_batch = true;
        }
        Ok(())
    }

    /// Reads this store's rows back into stored files.
    fn decoder(&self) -> Decoder<'_> {
        Decoder::new(&self.path, self.key.as_ref())
    }

    fn json_text<T: serde::Serialize + ?Sized>(&self, value: &T) -> Result<String, IndexError> {
        rows::to_json(&self.path, value)
    }

    /// What a mark keeps of a file's content: a keyed tag of its hash, the
    /// same for every version with that content.
    fn content_tag(&self, hash: &[u8; 32]) -> Result<[u8; 32], IndexError> {
        let key = self.key.as_ref().ok_or_else(|| IndexError::Key("the inventory's key was not checked".into()))?;
        Ok(key.content_tag(hash))
    }

    /// The row id of the file held at `path` (not gone), and the tag of its
    /// content when it was read.
    fn content_of(&self, path: &Path) -> Result<Option<HeldContent>, IndexError> {
        let sql = format!("SELECT {FILE_COLUMNS}, id FROM files WHERE path = ?1 AND gone_run IS NULL");
        let mut statement = self.conn.prepare_cached(&sql).map_err(self.error())?;
        let mut rows = statement.query([path.as_os_str().as_bytes()]).map_err(self.error())?;
        let Some(row) = rows.next().map_err(self.error())? else { return Ok(None) };
        let stored = self.decoder().stored(row)?;
        let id = row.get(FILE_COLUMN_COUNT).map_err(self.error())?;
        Ok(Some((id, stored.sha256.map(|h| self.content_tag(&h)).transpose()?)))
    }

    /// Runs one statement of `sql` with `values`.
    fn run(&self, sql: &str, values: &[&dyn rusqlite::ToSql]) -> Result<usize, IndexError> {
        self.conn.prepare_cached(sql).and_then(|mut s| s.execute(values)).map_err(self.error())
    }

    /// Replaces the findings of the file `file_id` at `path`.
    fn put_findings(&self, file_id: i64, path: &Path, findings: &FindingList) -> Result<(), IndexError> {
        self.clear_findings(file_id)?;
        let mut insert = self
            .conn
            .prepare_cached(
                "INSERT INTO findings (file_id, location, kind, category, masked, digest, confidence, detector,
                     evidence)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
            )
            .map_err(self.error())?;
        self.put_list(path, findings, |_, f| {
            let values = params![
                file_id,
                f.location,
                f.kind.as_str(),
                f.category.map(Category::as_str),
                f.masked,
                &f.digest[..],
                f.confidence,
                &*f.detector,
                f.evidence,
            ];
            insert.execute(values).map(drop).map_err(self.error())
        })
    }

    /// Replaces the messages of the file `file_id` at `path`.
    fn put_messages(&self, file_id: i64, path: &Path, messages: &MessageList) -> Result<(), IndexError> {
        self.clear_messages(file_id)?;
        let mut insert = self
            .conn
            .prepare_cached("INSERT INTO messages (file_id, ord, message_id, date) VALUES (?1, ?2, ?3, ?4)")
            .map_err(self.error())?;
        self.put_list(path, messages, |ord, (id, date)| {
            let values = params![file_id, ord, &**id, date.map(|d| d.to_string())];
            insert.execute(values).map(drop).map_err(self.error())
        })
    }

    /// Replaces the text units of the file `file_id` at `path` and their words.
    fn put_words(&self, file_id: i64, path: &Path, units: &Spilled<UnitWords>) -> Result<(), IndexError> {
        self.clear_words(file_id)?;
        let mut tokens = String::new();
        self.put_list(path, units, |_, unit| {
            tokens.clear();
            // Exactly, a token and a space a word: a text's one unit may
            // hold millions of words.
            tokens.reserve_exact(unit.words.len() * (TOKEN_LEN + 1));
            for word in &unit.words {
                tokens.push_str(std::str::from_utf8(&word.token()).expect("ASCII"));
                tokens.push(' ');
            }
            self.add_unit(file_id, &unit.location, &tokens)
        })
    }

    /// Writes each item of `list`, the list of the file at `path`, with
    /// `write` (given its place in the list), in order as read back; a list
    /// that cannot be read back is an error naming the file.
    fn put_list<T: DeserializeOwned + Clone>(
        &self,
        path: &Path,
        list: &Spilled<T>,
        mut write: impl FnMut(i64, &T) -> Result<(), IndexError>,
    ) -> Result<(), IndexError> {
        let mut failed = None;
        for (ord, item) in list.iter(&mut failed).enumerate() {
            write(ord as i64, &item)?;
        }
        failed.map_or(Ok(()), |source| Err(IndexError::Io { path: path.into(), source }))
    }

    /// Removes the findings of the file `file_id`.
    fn clear_findings(&self, file_id: i64) -> Result<(), IndexError> {
        self.run("DELETE FROM findings WHERE file_id = ?1", &[&file_id]).map(drop)
    }

    /// Removes the messages of the file `file_id`.
    fn clear_messages(&self, file_id: i64) -> Result<(), IndexError> {
        self.run("DELETE FROM messages WHERE file_id = ?1", &[&file_id]).map(drop)
    }

    /// Removes the text units of the file `file_id` and their words.
    fn clear_words(&self, file_id: i64) -> Result<(), IndexError> {
        // One by row id: the full-text table is searched by row id only
        // for `rowid = ?`, not for a list.
        let held: Vec<i64> = self
            .conn
            .prepare_cached("DELETE FROM units WHERE file_id = ?1 RETURNING id")
            .and_then(|mut s| s.query_map([file_id], |r| r.get(0))?.collect())
            .map_err(self.error())?;
        for unit_id in held {
            self.run("DELETE FROM words WHERE rowid = ?1", &[&unit_id])?;
        }
        Ok(())
    }

    /// Adds a text unit at `location` (JSON) to the file `file_id`, its
    /// words the space-separated `tokens`.
    fn add_unit(&self, file_id: i64, location: &str, tokens: &str) -> Result<(), IndexError> {
        let unit_id: i64 = self
            .conn
            .prepare_cached("INSERT INTO units (file_id, location) VALUES (?1, ?2) RETURNING id")
            .and_then(|mut s| s.query_row(params![file_id, location], |r| r.get(0)))
            .map_err(self.error())?;
        self.run("INSERT INTO words (rowid, tokens) VALUES (?1, ?2)", &[&unit_id, &tokens])?;
        Ok(())
    }

    /// Gives the file `file_id` the findings and messages of the file held
    /// at `from` in place of its own, copied in the database, and its units
    /// and words when the batch is committed (`copy_words`).
    fn copy_held(&mut self, file_id: i64, from: &[u8]) -> Result<(), IndexError> {
        let source: i64 = self
            .conn
            .prepare_cached("SELECT id FROM files WHERE path = ?1")
            .and_then(|mut s| s.query_row([from], |r| r.get(0)))
            .map_err(self.error())?;
        self.clear_findings(file_id)?;
        self.run(
            "INSERT INTO findings (file_id, location, kind, category, masked, digest, confidence, detector, evidence)
             SELECT ?1, location, kind, category, masked, digest, confidence, detector, evidence
             FROM findings WHERE file_id = ?2 ORDER BY rowid",
            &[&file_id, &source],
        )?;
        self.clear_messages(file_id)?;
        self.run(
            "INSERT INTO messages (file_id, ord, message_id, date)
             SELECT ?1, ord, message_id, date FROM messages WHERE file_id = ?2",
            &[&file_id, &source],
        )?;
        self.clear_words(file_id)?;
        self.copies.push((file_id, source));
        Ok(())
    }

    /// Gives each file of `copies` the units and words of the file it was
    /// recalled from. A contentless full-text table gives no text back:
    /// the words are read from its vocabulary by place, in one pass over
    /// all of it for the batch (`BENCHMARKS.md`: 0.13 s over 20,000 files).
    fn copy_words(&self, copies: &[(i64, i64)]) -> Result<(), IndexError> {
        let mut sources: Vec<i64> = copies.iter().map(|(_, source)| *source).collect();
        sources.sort_unstable();
        sources.dedup();
        let mut units: Vec<SourceUnit> = Vec::new();
        let mut statement =
            self.conn.prepare_cached("SELECT id, location FROM units WHERE file_id = ?1").map_err(self.error())?;
        for file in sources {
            let rows = statement
                .query_map([file], |r| Ok(SourceUnit { id: r.get(0)?, file, location: r.get(1)?, words: Vec::new() }));
            units.extend(rows.and_then(Iterator::collect::<Result<Vec<_>, _>>).map_err(self.error())?);
        }
        units.sort_unstable_by_key(|unit| unit.id);
        let mut statement =
            self.conn.prepare_cached("SELECT doc, offset, term FROM word_places").map_err(self.error())?;
        let mut places = statement.query([]).map_err(self.error())?;
        while let Some(place) = places.next().map_err(self.error())? {
            let unit: i64 = place.get(0).map_err(self.error())?;
            if let Ok(at) = units.binary_search_by_key(&unit, |unit| unit.id) {
                units[at].words.push((place.get(1).map_err(self.error())?, place.get(2).map_err(self.error())?));
            }
        }
        drop(places);
        for unit in &mut units {
            unit.words.sort_unstable();
        }
        for (file_id, source) in copies {
            for unit in units.iter().filter(|unit| unit.file == *source) {
                let tokens: Vec<&str> = unit.words.iter().map(|(_, term)| term.as_str()).collect();
                self.add_unit(*file_id, &unit.location, &tokens.join(" "))?;
            }
        }
        Ok(())
    }

    /// Every file not gone that `filter` (SQL after the `WHERE`, with
    /// `params`) keeps, with its findings.
    fn replay_where(
        &self,
        filter: &str,
        params: &[&dyn rusqlite::ToSql],
        visit: &mut Visit<'_>,
    ) -> Result<(), IndexError> {
        let sql = format!("SELECT {FILE_COLUMNS}, id FROM files WHERE gone_run IS NULL {filter}");
        let mut files = self.conn.prepare_cached(&sql).map_err(self.error())?;
        let sql = format!("SELECT {} FROM findings WHERE file_id = ?1 ORDER BY rowid", rows::FINDING_COLUMNS);
        let mut findings = self.conn.prepare_cached(&sql).map_err(self.error())?;
        let mut rows = files.query(params).map_err(self.error())?;
        let mut detectors = Vec::new();
        let mut decoder = self.decoder();
        while let Some(row) = rows.next().map_err(self.error())? {
            let id: i64 = row.get(FILE_COLUMN_COUNT).map_err(self.error())?;
            let stored = decoder.stored(row)?;
            let path = bytes_path(row.blob(0).ok_or_else(|| self.corrupt("bad path"))?);
            let messages = match stored.messages() {
                0 => MessageList::default(),
                _ => messages_of(&self.conn, &self.path, path)?,
            };
            let recalled =
                stored.unpack(path, messages).ok_or_else(|| self.corrupt("a file row that cannot be read back"))?;
            let path = recalled.record.path.clone();
            let marks = self.marks_of(&path)?;
            let content = stored.sha256.map(|h| self.content_tag(&h)).transpose()?;
            let mut found = Vec::new();
            let mut finding_rows = findings.query([id]).map_err(self.error())?;
            while let Some(r) = finding_rows.next().map_err(self.error())? {
                let mut finding = rows::finding(&self.path, r, 0, &path, &mut detectors)?;
                finding.mark = marks.iter().find(|m| m.covers(&finding, content.as_ref())).cloned();
                found.push(finding);
            }
            visit(&self.host, recalled, found).map_err(|e| IndexError::Io { path: "the report".into(), source: e })?;
        }
        Ok(())
    }

    /// The marks made on the file at `path`, whatever its content now.
    fn marks_of(&self, path: &Path) -> Result<Vec<Arc<Mark>>, IndexError> {
        let mut statement = self
            .conn
            .prepare_cached(&format!("SELECT {} FROM marks WHERE path = ?1 ORDER BY id", rows::MARK_COLUMNS))
            .map_err(self.error())?;
        let mut rows = statement.query([path.as_os_str().as_bytes()]).map_err(self.error())?;
        let mut marks = Vec::new();
        while let Some(row) = rows.next().map_err(self.error())? {
            marks.push(Arc::new(rows::mark(&self.path, row, 0)?));
        }
        Ok(marks)
    }
}

/// The messages of the file at a path (`?1`), in order, as `MESSAGE_COLUMNS`.
static MESSAGES_BY_PATH: LazyLock<String> = LazyLock::new(|| {
    format!(
        "SELECT {MESSAGE_COLUMNS} FROM messages WHERE file_id = (SELECT id FROM files WHERE path = ?1) ORDER BY ord"
    )
});

/// The messages of the file at `path`, in order.
fn messages_of(conn: &Connection, db: &Path, path: &Path) -> Result<MessageList, IndexError> {
    let database = |source| IndexError::Database { path: db.to_path_buf(), source };
    let mut statement = conn.prepare_cached(&MESSAGES_BY_PATH).map_err(database)?;
    let mut rows = statement.query([path.as_os_str().as_bytes()]).map_err(database)?;
    let mut messages = Messages::default();
    while let Some(row) = rows.next().map_err(database)? {
        rows::push_message(db, &mut messages, row)?;
    }
    Ok(messages.finish())
}

/// A text unit of a file recalled from (`SqliteStore::copy_words`): its
/// file, location and words, each with its place.
struct SourceUnit {
    id: i64,
    file: i64,
    location: String,
    words: Vec<(i64, String)>,
}

/// Turns off SQLite's memory statistics, which dpscan never reads: they
/// take one process-wide lock on every allocation, which the threads that
/// load an inventory would otherwise queue on. Must run before SQLite is
/// first used; later calls do nothing.
fn configure_sqlite() {
    static CONFIGURED: std::sync::Once = std::sync::Once::new();
    CONFIGURED.call_once(|| {
        // SAFETY: called once, before any connection exists (the store is
        // SQLite's only user); `sqlite3_config` takes an int for this option.
        unsafe { rusqlite::ffi::sqlite3_config(rusqlite::ffi::SQLITE_CONFIG_MEMSTATUS, 0 as std::ffi::c_int) };
    });
}

/// The files of an inventory as a run reads them (`super::Reader`), over
/// read-only connections of its own.
struct SqliteReader {
    db: PathBuf,
    key: Option<DigestKey>,
    pool: Pool<Connection>,
}

/// The root itself (a file), and every path below it: the paths between
/// "root/" and "root0" ('0' follows '/'), whatever root they were indexed
/// under before. The unary `+` keeps SQLite off the path index: these
/// read most of the table, faster in row order than through the index
/// with a lookup per row.
const UNDER_ROOT: &str = "(+path = ?1 OR (+path >= ?2 AND +path < ?3))";

impl SqliteReader {
    fn with<T>(&self, work: impl FnOnce(&Connection) -> Result<T, IndexError>) -> Result<T, IndexError> {
        let open = || {
            Connection::open_with_flags(&self.db, OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX)
                .map_err(|source| self.error(source))
        };
        self.pool.with(open, |conn| work(conn))
    }

    fn error(&self, source: rusqlite::Error) -> IndexError {
        IndexError::Database { path: self.db.clone(), source }
    }
}

impl super::Reader for SqliteReader {
    /// Streamed: never ends at a limit.
    fn span(&self, from: &[u8], to: &[u8], _: usize, direct: &dyn Fn(&[u8]) -> bool) -> Result<Span, IndexError> {
        self.with(|conn| {
            let sql = format!(
                "SELECT {FILE_COLUMNS}, id FROM files WHERE path >= ?1 AND path < ?2 AND gone_run IS NULL ORDER BY path"
            );
            let mut statement = conn.prepare_cached(&sql).map_err(|e| self.error(e))?;
            let mut rows = statement.query(params![from, to]).map_err(|e| self.error(e))?;
            let mut decoder = Decoder::new(&self.db, self.key.as_ref());
            let mut files = Vec::new();
            while let Some(row) = rows.next().map_err(|e| self.error(e))? {
                let path = row.blob(0).ok_or_else(|| decoder.corrupt("path"))?;
                if !direct(path) {
                    return Ok((files, Stop::Nested(path.to_vec())));
                }
                let mut stored = decoder.stored(row)?;
                stored.id = row.int(FILE_COLUMN_COUNT).unwrap_or_default() as usize;
                files.push((path.into(), stored));
            }
            Ok((files, Stop::End))
        })
    }

    fn by_id(&self, id: i64) -> Result<Option<(PathBuf, Stored)>, IndexError> {
        self.with(|conn| {
            let sql = format!("SELECT {FILE_COLUMNS} FROM files WHERE id = ?1 AND gone_run IS NULL");
            let mut statement = conn.prepare_cached(&sql).map_err(|e| self.error(e))?;
            let mut rows = statement.query([id]).map_err(|e| self.error(e))?;
            let Some(row) = rows.next().map_err(|e| self.error(e))? else { return Ok(None) };
            let mut decoder = Decoder::new(&self.db, self.key.as_ref());
            let path = bytes_path(row.blob(0).ok_or_else(|| decoder.corrupt("path"))?).to_path_buf();
            Ok(Some((path, Stored { id: id as usize, ..decoder.stored(row)? })))
        })
    }

    fn paths(&self, roots: &[PathBuf], last: i64, visit: &mut dyn FnMut(i64, &[u8])) -> Result<(), IndexError> {
        self.with(|conn| {
            let sql = format!("SELECT id, path FROM files WHERE id <= ?4 AND gone_run IS NULL AND {UNDER_ROOT}");
            let mut statement = conn.prepare(&sql).map_err(|e| self.error(e))?;
            for root in roots {
                let [exact, below, after] = under_root(root);
                let mut rows = statement.query(params![exact, below, after, last]).map_err(|e| self.error(e))?;
                while let Some(row) = rows.next().map_err(|e| self.error(e))? {
                    let path = row.blob(1).ok_or_else(|| rows::bad_row(&self.db, "path"))?;
                    visit(row.int(0).unwrap_or_default(), path);
                }
            }
            Ok(())
        })
    }
}

/// What a run needs at once of the files held under `roots`: the largest
/// row id, how many there are, and the fingerprint, size and id of each
/// held with a content hash and not failed (what a file moved or copied is
/// recalled from); the rest is read as the crawl reaches it.
fn load(db: &Path, key: Option<&DigestKey>, roots: &[PathBuf]) -> Result<Known, IndexError> {
    let reader = SqliteReader { db: db.to_path_buf(), key: key.cloned(), pool: Pool::new(usize::MAX) };
    let (last, held, hashed) = reader.with(|conn| {
        let error = |e| reader.error(e);
        let last: Option<i64> = conn.query_row("SELECT max(id) FROM files", [], |r| r.get(0)).map_err(error)?;
        let last = last.unwrap_or(0);
        let sql = format!(
            "SELECT fingerprint, size, id, sha256 IS NOT NULL AND status <> 'error' FROM files
             WHERE id <= ?4 AND gone_run IS NULL AND {UNDER_ROOT}"
        );
        let mut statement = conn.prepare(&sql).map_err(error)?;
        let mut decoder = Decoder::new(db, key);
        let (mut held, mut hashed) = (0, Vec::new());
        for root in roots {
            let [exact, below, after] = under_root(root);
            let mut rows = statement.query(params![exact, below, after, last]).map_err(error)?;
            while let Some(row) = rows.next().map_err(error)? {
                held += 1;
                if row.int(3) == Some(1) {
                    let fingerprint = decoder.shared(row.text(0).unwrap_or_default());
                    hashed.push((fingerprint, row.int(1).unwrap_or_default() as u64, row.int(2).unwrap_or_default()));
                }
            }
        }
        Ok((last, held, hashed))
    })?;
    Ok(Known::new(Box::new(reader), roots, last, held, hashed))
}

impl Store for SqliteStore {
    /// One run writes an SQLite inventory at a time, whatever its roots:
    /// the inventory's lock file is taken.
    fn claim(&mut self, _: &[PathBuf], _: Option<Shard>) -> Result<(), IndexError> {
        self.claimed = Some(super::lock(&self.path)?);
        Ok(())
    }

    fn check_key(&mut self, key: &DigestKey) -> Result<(), IndexError> {
        let check = key.check_value();
        let stored: Option<Vec<u8>> = self
            .conn
            .query_row("SELECT value FROM meta WHERE key = 'key_check'", [], |r| r.get(0))
            .optional()
            .map_err(self.error())?;
        match stored {
            Some(stored) if stored == check => {
                self.key = Some(key.clone());
                Ok(())
            }
            Some(_) => Err(IndexError::Key(format!(
                "the key given does not belong to the inventory {} (check {} or the key file)",
                self.path.display(),
                super::key::KEY_ENV
            ))),
            None => {
                self.conn
                    .execute("INSERT INTO meta (key, value) VALUES ('key_check', ?1)", [&check[..]])
                    .map_err(self.error())?;
                self.key = Some(key.clone());
                Ok(())
            }
        }
    }

    fn host(&self) -> &str {
        &self.host
    }

    fn has_key(&mut self) -> Result<bool, IndexError> {
        self.conn
            .query_row("SELECT count(*) FROM meta WHERE key = 'key_check'", [], |r| r.get::<_, i64>(0))
            .map(|n| n > 0)
            .map_err(self.error())
    }

    fn begin_run(&mut self, roots: &[PathBuf], fingerprint: &str) -> Result<RunId, IndexError> {
        let roots = serde_json::to_string(&roots.iter().map(|r| r.to_string_lossy()).collect::<Vec<_>>())
            .map_err(|e| self.corrupt(e.to_string()))?;
        self.conn
            .execute(
                "INSERT INTO runs (host, roots, fingerprint, started) VALUES (?1, ?2, ?3, ?4)",
                params![super::host(), roots, fingerprint, Timestamp::now().to_string()],
            )
            .map_err(self.error())?;
        Ok(self.conn.last_insert_rowid())
    }

    fn loader(&self, roots: &[PathBuf]) -> Loader {
        let (db, key, roots) = (self.path.clone(), self.key.clone(), roots.to_vec());
        Box::new(move || load(&db, key.as_ref(), &roots))
    }

    /// Reads over read-only connections of its own, one per thread asking
    /// at once.
    fn message_source(&self) -> MessageSource {
        let (db, pool) = (self.path.clone(), Pool::new(usize::MAX));
        Box::new(move |path: &Path| {
            let database = |source| IndexError::Database { path: db.clone(), source };
            let open = || Connection::open_with_flags(&db, OpenFlags::SQLITE_OPEN_READ_ONLY).map_err(database);
            pool.with(open, |conn| messages_of(conn, &db, path))
        })
    }

    fn put(
        &mut self,
        run: RunId,
        file: &FileRecord,
        findings: &FindingList,
        fingerprint: &str,
        pending: Option<&News>,
    ) -> Result<(), IndexError> {
        self.batch()?;
        let row = FileRow::encode(&self.path, self.key.as_ref(), file, findings, fingerprint, pending)?;
        let identity = row.identity.as_ref();
        let file_id: i64 = self
            .conn
            .prepare_cached(
                "INSERT INTO files (path, root, device, inode, size, modified_ns, changed_ns, created_ns,
                     fingerprint, sha256, format, status, skip, reason, content_date, content_source, kinds,
                     categories, problems, message_count, due, first_seen, last_read, gone_run, pending, uid,
                     changed_run,
                     judged_under, holds_from, holds_until, expired_messages)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20,
                     ?21, ?22, ?22, NULL, ?23, ?24, ?22, ?25, ?26, ?27, ?28)
                 ON CONFLICT (path) DO UPDATE SET root = ?2, device = ?3, inode = ?4, size = ?5,
                     modified_ns = ?6, changed_ns = ?7, created_ns = ?8, fingerprint = ?9, sha256 = ?10,
                     format = ?11, status = ?12, skip = ?13, reason = ?14, content_date = ?15,
                     content_source = ?16, kinds = ?17, categories = ?18, problems = ?19, message_count = ?20,
                     due = ?21, last_read = ?22, pending = ?23, uid = ?24, judged_under = ?25, holds_from = ?26,
                     holds_until = ?27, expired_messages = ?28,
                     first_seen = CASE WHEN gone_run IS NULL THEN first_seen ELSE ?22 END,
                     changed_run = CASE WHEN gone_run IS NULL AND size IS ?5 AND modified_ns IS ?6
                         THEN changed_run ELSE ?22 END,
                     gone_run = NULL
                 RETURNING id",
            )
            .map_err(self.error())?
            .query_row(
                params![
                    row.path,
                    row.root,
                    identity.map(|i| i.device as i64),
                    identity.map(|i| i.inode as i64),
                    row.size,
                    identity.map(|i| i.modified_ns),
                    identity.map(|i| i.changed_ns),
                    row.created_ns,
                    row.fingerprint,
                    row.sha256.as_ref().map(|h| &h[..]),
                    row.format,
                    row.status,
                    row.skip,
                    row.reason,
                    row.content_date,
                    row.content_source,
                    row.kinds,
                    row.categories,
                    row.problems,
                    row.facts.messages.len() as i64,
                    row.due,
                    run,
                    row.pending,
                    row.uid,
                    row.judged.under,
                    row.judged.holds_from,
                    row.judged.holds_until,
                    row.judged.expired_messages,
                ],
                |r| r.get(0),
            )
            .map_err(self.error())?;
        match &row.source {
            Source::InPlace => Ok(()),
            Source::CopyOf(from) => self.copy_held(file_id, from),
            Source::Read => {
                self.put_messages(file_id, &file.path, &row.facts.messages)?;
                self.put_findings(file_id, &file.path, &row.findings)?;
                self.put_words(file_id, &file.path, &row.facts.words.units)
            }
        }
    }

    fn update(&mut self, file: &FileRecord, pending: Option<&News>) -> Result<(), IndexError> {
        self.batch()?;
        let update = Update::encode(&self.path, file, pending)?;
        self.conn
            .prepare_cached(
                "UPDATE files SET root = ?2, due = ?3, pending = ?4, judged_under = ?5, holds_from = ?6,
                     holds_until = ?7, expired_messages = ?8 WHERE path = ?1",
            )
            .map_err(self.error())?
            .execute(params![
                update.path,
                update.root,
                update.due,
                update.pending,
                update.judged.under,
                update.judged.holds_from,
                update.judged.holds_until,
                update.judged.expired_messages,
            ])
            .map_err(self.error())?;
        Ok(())
    }

    fn commit(&mut self) -> Result<(), IndexError> {
        if self.in_batch {
            let copies = std::mem::take(&mut self.copies);
            if !copies.is_empty() {
                self.copy_words(&copies)?;
            }
            self.conn.execute_batch("COMMIT").map_err(self.error())?;
            self.in_batch = false;
        }
        Ok(())
    }

    fn finish_run(&mut self, run: RunId, gone: &[PathBuf], summary: &Summary) -> Result<(), IndexError> {
        self.batch()?;
        let now = Timestamp::now().to_string();
        for path in gone {
            self.conn
                .prepare_cached("UPDATE files SET gone_run = ?2 WHERE path = ?1")
                .map_err(self.error())?
                .execute(params![path.as_os_str().as_bytes(), run])
                .map_err(self.error())?;
        }
        self.conn.execute("UPDATE files SET pending = NULL WHERE pending IS NOT NULL", []).map_err(self.error())?;
        let summary = self.json_text(summary)?;
        self.conn
            .execute("UPDATE runs SET finished = ?2, summary = ?3 WHERE id = ?1", params![run, now, summary])
            .map_err(self.error())?;
        self.commit()
    }

    fn roots(&mut self) -> Result<Vec<PathBuf>, IndexError> {
        let mut statement = self
            .conn
            .prepare("SELECT DISTINCT root FROM files WHERE gone_run IS NULL ORDER BY root")
            .map_err(self.error())?;
        let roots = statement
            .query_map([], |r| r.get::<_, Vec<u8>>(0))
            .map_err(self.error())?
            .map(|r| r.map(|b| PathBuf::from(std::ffi::OsString::from_vec(b))))
            .collect::<Result<_, _>>()
            .map_err(self.error())?;
        Ok(roots)
    }

    /// An SQLite inventory is one host's: `hosts` changes nothing.
    fn replay(&mut self, _: Hosts, visit: &mut Visit<'_>) -> Result<(), IndexError> {
        self.replay_where("ORDER BY path", &[], visit)
    }

    fn replay_paths(&mut self, paths: &[&Path], visit: &mut Visit<'_>) -> Result<(), IndexError> {
        for path in paths {
            self.replay_where("AND path = ?1", &[&path.as_os_str().as_bytes()], visit)?;
        }
        Ok(())
    }

    fn add_mark(&mut self, new: &NewMark) -> Result<u64, IndexError> {
        let path = new.path.as_os_str().as_bytes();
        let file = self.content_of(&new.path)?;
        let refuse = |why: String| Err(IndexError::Refused(format!("{}: {why}", new.path.display())));
        let Some((file_id, Some(content))) = file else {
            return refuse(match file {
                None => "not in the inventory (index its folder first)".into(),
                Some(_) => "its content was never read (skipped or unreadable): there is nothing to mark".into(),
            });
        };
        let mut covered = 0;
        let mut statement =
            self.conn.prepare("SELECT kind, digest FROM findings WHERE file_id = ?1").map_err(self.error())?;
        let mut rows = statement.query([file_id]).map_err(self.error())?;
        while let Some(row) = rows.next().map_err(self.error())? {
            let kind: String = row.get(0).map_err(self.error())?;
            let digest: Vec<u8> = row.get(1).map_err(self.error())?;
            let kind_matches = new.kind.is_none_or(|k| k.as_str() == kind);
            covered += u64::from(kind_matches && new.digest.is_none_or(|d| d[..] == digest[..]));
        }
        drop(rows);
        drop(statement);
        if new.kind.is_some() && covered == 0 {
            return refuse("no finding of that kind (and value) in it".into());
        }
        self.conn
            .execute(
                "INSERT INTO marks (path, kind, digest, decision, by, why, at, sha256)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                params![
                    path,
                    new.kind.map(Kind::as_str),
                    new.digest.as_ref().map(|d| &d[..]),
                    name(&new.decision),
                    new.by,
                    new.why,
                    Timestamp::now().to_string(),
                    &content[..],
                ],
            )
            .map_err(self.error())?;
        Ok(covered)
    }

    fn marks(&mut self) -> Result<Vec<MarkRecord>, IndexError> {
        let mut statement = self
            .conn
            .prepare(&format!("SELECT path, {} FROM marks ORDER BY path, id", rows::MARK_COLUMNS))
            .map_err(self.error())?;
        let mut rows = statement.query([]).map_err(self.error())?;
        let mut marked = Vec::new();
        while let Some(row) = rows.next().map_err(self.error())? {
            let path: Vec<u8> = row.get(0).map_err(self.error())?;
            marked.push((PathBuf::from(std::ffi::OsString::from_vec(path)), rows::mark(&self.path, row, 1)?));
        }
        drop(rows);
        drop(statement);
        let mut marks = Vec::new();
        for (path, mark) in marked {
            let state = rows::mark_state(self.content_of(&path)?, &mark);
            marks.push(MarkRecord { host: self.host.clone(), path: Arc::from(path.as_path()), state, mark });
        }
        Ok(marks)
    }

    fn marks_on(&mut self, path: &Path, sha256: &[u8; 32]) -> Result<u64, IndexError> {
        let content = self.content_tag(sha256)?;
        self.conn
            .prepare_cached("SELECT count(*) FROM marks WHERE path = ?1 AND sha256 = ?2")
            .map_err(self.error())?
            .query_row(params![path.as_os_str().as_bytes(), &content[..]], |r| r.get::<_, i64>(0))
            .map(|n| n as u64)
            .map_err(self.error())
    }

    fn holding(&mut self, digests: &[ValueDigest]) -> Result<Vec<Finding>, IndexError> {
        let mut found = Vec::new();
        let sql = format!(
            "SELECT f.path, {} FROM findings g JOIN files f ON f.id = g.file_id
             WHERE g.digest = ?1 AND f.gone_run IS NULL",
            rows::FINDING_COLUMNS
        );
        let mut statement = self.conn.prepare(&sql).map_err(self.error())?;
        let mut detectors = Vec::new();
        for digest in digests {
            let mut rows = statement.query([&digest[..]]).map_err(self.error())?;
            while let Some(r) = rows.next().map_err(self.error())? {
                let path = Arc::from(bytes_path(r.blob(0).ok_or_else(|| self.corrupt("bad path"))?));
                found.push(rows::finding(&self.path, r, 1, &path, &mut detectors)?);
            }
        }
        Ok(found)
    }

    fn word_places(&mut self, words: &[WordDigest]) -> Result<Vec<Vec<(UnitId, u32)>>, IndexError> {
        let mut statement =
            self.conn.prepare("SELECT doc, offset FROM word_places WHERE term = ?1").map_err(self.error())?;
        let mut places = Vec::new();
        for word in words {
            let token = word.token_str();
            let rows = statement.query_map([&token], |r| Ok((r.get(0)?, r.get(1)?))).map_err(self.error())?;
            places.push(rows.collect::<Result<Vec<_>, _>>().map_err(self.error())?);
        }
        Ok(places)
    }

    fn units(&mut self, ids: &[UnitId]) -> Result<Vec<HeldUnit>, IndexError> {
        let mut statement = self
            .conn
            .prepare_cached(
                "SELECT f.path, u.location, f.device, f.inode, f.size, f.modified_ns, f.changed_ns
                 FROM units u JOIN files f ON f.id = u.file_id WHERE u.id = ?1 AND f.gone_run IS NULL",
            )
            .map_err(self.error())?;
        let mut units = Vec::new();
        for &id in ids {
            let mut rows = statement.query([id]).map_err(self.error())?;
            let Some(r) = rows.next().map_err(self.error())? else { continue };
            let corrupt = || self.corrupt("bad unit in the units table");
            let path: Vec<u8> = r.get(0).map_err(self.error())?;
            let int = |i: usize| r.get::<_, Option<i64>>(i).map_err(self.error());
            let identity = identity([int(2)?, int(3)?, int(4)?, int(5)?, int(6)?]);
            units.push(HeldUnit {
                id,
                path: Arc::from(bytes_path(&path)),
                location: json(r.get::<_, Option<String>>(1).map_err(self.error())?.as_deref()).ok_or_else(corrupt)?,
                identity,
            });
        }
        Ok(units)
    }

    fn unsearched(&mut self) -> Result<Vec<Unsearched>, IndexError> {
        let mut files = Vec::new();
        let filter = "AND (status != 'scanned' OR problems != '[]') ORDER BY path";
        self.replay_where(filter, &[], &mut |host, known, _| {
            let path = known.record.path.to_path_buf();
            files.extend(known.record.not_read().map(|why| Unsearched { host: host.to_string(), path, why }));
            Ok(())
        })?;
        Ok(files)
    }

    fn seen(&mut self) -> Result<Vec<Seen>, IndexError> {
        let mut statement = self
            .conn
            .prepare(
                "SELECT f.path, a.started, c.started FROM files f JOIN runs a ON a.id = f.first_seen
                 JOIN runs c ON c.id = f.changed_run WHERE f.gone_run IS NULL",
            )
            .map_err(self.error())?;
        let mut rows = statement.query([]).map_err(self.error())?;
        let mut seen = Vec::new();
        while let Some(row) = rows.next().map_err(self.error())? {
            let path = bytes_path(row.blob(0).ok_or_else(|| self.corrupt("bad path"))?).to_path_buf();
            seen.push(rows::seen(&self.path, self.host.clone(), path, row.text(1), row.text(2))?);
        }
        Ok(seen)
    }

    fn dump(&mut self) -> Result<Vec<String>, IndexError> {
        let file_sql = "SELECT hex(path), hex(root), device, inode, size, modified_ns, changed_ns, created_ns,
                fingerprint, hex(sha256), format, status, skip, reason, content_date, content_source, kinds,
                categories, problems, message_count, due, gone_run IS NOT NULL, judged_under, holds_from,
                holds_until, expired_messages FROM files";
        let message_sql = "SELECT hex(f.path), m.message_id, m.date FROM messages m JOIN files f ON f.id = m.file_id";
        let finding_sql = "SELECT hex(f.path), g.location, g.kind, g.category, g.masked, hex(g.digest),
                g.confidence, g.detector, g.evidence FROM findings g JOIN files f ON f.id = g.file_id";
        let mut lines = Vec::new();
        let word_sql = "SELECT hex(f.path), u.location, p.offset, p.term FROM word_places p
                JOIN units u ON u.id = p.doc JOIN files f ON f.id = u.file_id";
        let tables = [("file", file_sql), ("finding", finding_sql), ("message", message_sql), ("word", word_sql)];
        for (label, sql) in tables {
            let mut statement = self.conn.prepare(sql).map_err(self.error())?;
            let columns = statement.column_count();
            let mut rows = statement.query([]).map_err(self.error())?;
            while let Some(row) = rows.next().map_err(self.error())? {
                let cells = (0..columns)
                    .map(|i| {
                        Ok(match row.get_ref(i)? {
                            ValueRef::Null => Cell::Null,
                            ValueRef::Integer(n) => Cell::Int(n),
                            ValueRef::Real(x) => Cell::Real(x),
                            ValueRef::Text(t) => Cell::Text(String::from_utf8_lossy(t).into_owned()),
                            ValueRef::Blob(b) => Cell::Blob(b.to_vec()),
                        })
                    })
                    .collect::<Result<Vec<_>, rusqlite::Error>>()
                    .map_err(self.error())?;
                lines.push(rows::dump_line(label, cells));
            }
        }
        lines.sort();
        Ok(lines)
    }
}

/// Creates an empty database file readable by its owner only, so SQLite
/// (which gives its WAL and shared-memory files the database's mode) never
/// makes a file others can read.
fn create_private(path: &Path) -> io::Result<()> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    options.open(path).map(drop)
}
