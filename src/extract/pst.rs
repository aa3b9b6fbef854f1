//! Outlook personal folders (`.pst`, Unicode and ANSI) through the
//! outlook-pst crate: every folder from the top of the message store down,
//! every message in it as a part of its own (`message`: the folder path and
//! the message's node id, dated by its delivery or submit time), with the
//! sender, recipients, subject and body as text and the attachments as
//! members. Memory does not grow with the store: a folder's messages are
//! found by walking the node B-tree a page at a time (not by reading its
//! whole contents table), and the store is opened afresh every
//! `REOPEN_EVERY` messages, dropping the crate's page caches.

use std::collections::{HashMap, HashSet};
use std::io::{Cursor, Read, Seek, SeekFrom};
use std::rc::Rc;

use outlook_pst::ltp::prop_context::PropertyValue;
use outlook_pst::ltp::table_context::TableContext;
use outlook_pst::messaging::attachment::{AnsiAttachment, Attachment, AttachmentData, UnicodeAttachment};
use outlook_pst::messaging::folder::Folder;
use outlook_pst::messaging::message::{AnsiMessage, Message, UnicodeMessage};
use outlook_pst::messaging::store::{AnsiStore, EntryId, Store, UnicodeStore};
use outlook_pst::ndb::block_ref::BlockRef;
use outlook_pst::ndb::byte_index::ByteIndex;
use outlook_pst::ndb::header::Header;
use outlook_pst::ndb::node_id::{NodeId, NodeIdType};
use outlook_pst::ndb::root::Root;
use outlook_pst::{AnsiPstFile, PstFile, PstReader, UnicodePstFile};

use super::mail::{address_line, body, header_line};
use super::msg::{
    ATTACHMENT_NAMES, BODY, DISPLAY_BCC, DISPLAY_CC, DISPLAY_NAME, DISPLAY_TO, EMAIL_ADDRESS, HTML, MESSAGE_TIMES,
    SENDER_EMAIL, SENDER_NAME, SENDER_SMTP, SMTP_ADDRESS, SUBJECT,
};
use super::{Context, DateSource, Emitter, ExtractError, Input, Location, Part, Sink};

/// PR_CONVERSATION_TOPIC: the subject without "RE:" and the like, which
/// Outlook groups a conversation by.
const CONVERSATION_TOPIC: u16 = 0x0070;

/// Folders nested deeper than this are not entered.
const MAX_FOLDER_DEPTH: usize = 64;

/// The store is opened afresh after this many messages: outlook-pst keeps
/// every B-tree page it has parsed for the life of the file (~155 bytes a
/// message), and a new file starts with empty caches.
const REOPEN_EVERY: usize = 10_000;

/// A message with its attachments.
type Opened = (Rc<dyn Message>, Vec<Rc<dyn Attachment>>);

/// Where the store's bytes are, so that it can be opened again.
enum Source {
    File(std::fs::File),
    Memory(Rc<[u8]>),
}

impl Source {
    /// A new store over the bytes, with empty caches: Unicode if `unicode`.
    fn open(&self, unicode: bool) -> std::io::Result<Pst> {
        let reader: Box<dyn PstReader> = match self {
            Source::File(file) => {
                // Clones share the position, which the crate reads the header from.
                let mut file = file.try_clone()?;
                file.rewind()?;
                Box::new(file)
            }
            Source::Memory(bytes) => Box::new(Cursor::new(bytes.clone())),
        };
        Ok(if unicode {
            let file = Rc::new(UnicodePstFile::read_from(reader)?);
            Pst::Unicode(UnicodeStore::read(file.clone())?, file)
        } else {
            let file = Rc::new(AnsiPstFile::read_from(reader)?);
            Pst::Ansi(AnsiStore::read(file.clone())?, file)
        })
    }
}

/// A store of either kind with its file, and how to open its messages with
/// their attachments (the crate types differ by kind).
enum Pst {
    Unicode(Rc<UnicodeStore>, Rc<UnicodePstFile>),
    Ansi(Rc<AnsiStore>, Rc<AnsiPstFile>),
}

impl Pst {
    fn store(&self) -> Rc<dyn Store> {
        match self {
            Pst::Unicode(store, _) => store.clone(),
            Pst::Ansi(store, _) => store.clone(),
        }
    }

    fn message(&self, entry: &EntryId) -> std::io::Result<Opened> {
        fn attachments<M: Message + 'static, A: Attachment + 'static>(
            message: Rc<M>,
            read: impl Fn(Rc<M>, NodeId) -> std::io::Result<Rc<A>>,
        ) -> Opened {
            let ids: Vec<NodeId> = message
                .attachment_table()
                .map(|t| t.rows_matrix().map(|row| NodeId::from(u32::from(row.id()))).collect())
                .unwrap_or_default();
            let found =
                ids.into_iter().filter_map(|id| read(message.clone(), id).ok()).map(|a| a as Rc<dyn Attachment>);
            let found = found.collect();
            (message, found)
        }
        Ok(match self {
            Pst::Unicode(store, _) => attachments(UnicodeMessage::read(store.clone(), entry, None)?, |m, id| {
                UnicodeAttachment::read(m, id, None)
            }),
            Pst::Ansi(store, _) => {
                attachments(AnsiMessage::read(store.clone(), entry, None)?, |m, id| AnsiAttachment::read(m, id, None))
            }
        })
    }

    /// The node ids of the messages whose parent is one of `folders`, by
    /// folder, in node id order.
    fn messages(&self, folders: &[(u32, String)]) -> std::io::Result<HashMap<u32, Vec<u32>>> {
        let mut found: HashMap<u32, Vec<u32>> = folders.iter().map(|(folder, _)| (*folder, Vec::new())).collect();
        let mut take = |node: u32, parent: u32| {
            let message = matches!(NodeId::from(node).id_type(), Ok(NodeIdType::NormalMessage));
            if let Some(list) = found.get_mut(&parent).filter(|_| message) {
                list.push(node);
            }
        };
        match self {
            Pst::Unicode(_, file) => {
                let root = file.header().root().node_btree().index().index();
                NodeTree::UNICODE.walk(&mut **file.reader().lock().map_err(lock)?, root, &mut take)?
            }
            Pst::Ansi(_, file) => {
                let root = u64::from(file.header().root().node_btree().index().index());
                NodeTree::ANSI.walk(&mut **file.reader().lock().map_err(lock)?, root, &mut take)?
            }
        }
        Ok(found)
    }
}

fn lock<E>(_: E) -> std::io::Error {
    std::io::Error::other("the pst reader's lock is poisoned")
}

/// The layout of a node B-tree page ([MS-PST] 2.2.2.7.7): entries, then
/// their count, size and the page's level, then a trailer naming its type.
/// outlook-pst reads these pages only to find one node, keeping each page it
/// parsed; walking the tree here reads one page at a time and keeps none.
struct NodeTree {
    /// Bytes of a key, block id or byte index: 8 (Unicode) or 4 (ANSI).
    width: usize,
    /// Where the entry count is (the entries come before it).
    counts: usize,
    /// Where the trailer's page type is.
    page_type: usize,
}

/// The page type of a node B-tree page.
const NODE_BTREE_PAGE: u8 = 0x81;
/// B-tree pages are this size in both kinds of file.
const PAGE: usize = 512;
/// A tree deeper than this is damaged (a million messages take three levels).
const MAX_TREE_LEVEL: u8 = 8;

impl NodeTree {
    const UNICODE: NodeTree = NodeTree { width: 8, counts: 488, page_type: 496 };
    const ANSI: NodeTree = NodeTree { width: 4, counts: 496, page_type: 500 };

    /// Calls `take(node, parent)` for every leaf entry of the tree whose
    /// root page is at `root`, in key order.
    fn walk(&self, file: &mut dyn PstReader, root: u64, take: &mut dyn FnMut(u32, u32)) -> std::io::Result<()> {
        let damaged = |what: &str| std::io::Error::new(std::io::ErrorKind::InvalidData, format!("node b-tree: {what}"));
        // A tree has no more pages than the file: more means pages shared
        // by several parents (a damaged or hostile file).
        let mut pages_left = file.seek(SeekFrom::End(0))? / PAGE as u64;
        // Pages to read, as (offset, the level it must have); a stack, so
        // children are pushed last first to keep key order.
        let mut todo = vec![(root, None)];
        let mut page = [0u8; PAGE];
        let word = |page: &[u8], at: usize| {
            page[at..at + self.width].iter().rev().fold(0u64, |value, byte| value << 8 | u64::from(*byte))
        };
        while let Some((offset, level)) = todo.pop() {
            pages_left = pages_left.checked_sub(1).ok_or_else(|| damaged("more pages than the file holds"))?;
            file.seek(SeekFrom::Start(offset))?;
            file.read_exact(&mut page)?;
            let [count, _, size, this_level] = [0, 1, 2, 3].map(|i| page[self.counts + i]);
            let (count, size) = (usize::from(count), usize::from(size));
            // A leaf entry: nid, data block, subnode block, parent nid (4
            // bytes); above: key, then the child page's block id and byte index.
            let least = if this_level == 0 { 3 * self.width + 4 } else { 3 * self.width };
            if page[self.page_type] != NODE_BTREE_PAGE
                || level.is_some_and(|level| level != this_level)
                || this_level > MAX_TREE_LEVEL
                || size < least
                || count * size > self.counts
            {
                return Err(damaged("a page out of place"));
            }
            let entries = page[..count * size].chunks_exact(size);
            if this_level == 0 {
                for entry in entries {
                    take(word(entry, 0) as u32, u32::from_le_bytes(entry[3 * self.width..][..4].try_into().unwrap()));
                }
            } else {
                todo.extend(entries.rev().map(|entry| (word(entry, 2 * self.width), Some(this_level - 1))));
            }
        }
        Ok(())
    }
}

pub fn extract(head: &[u8], input: &mut dyn Input, at: &Location, context: &mut Context) -> Result<(), ExtractError> {
    input.rewind()?; // a member is read from its start
    let source = match input.reopen() {
        Some(file) => Source::File(file),
        None => {
            let mut bytes = Vec::new();
            input.take(context.options.limits.max_member + 1).read_to_end(&mut bytes)?;
            if bytes.len() as u64 > context.options.limits.max_member {
                return Err(ExtractError::Limit("a pst member too large to read in memory".into()));
            }
            Source::Memory(bytes.into())
        }
    };
    // The header's version: 14 and 15 are ANSI (Outlook 97–2002), 23 and up Unicode.
    let version = head.get(10..12).map_or(0, |v| u16::from_le_bytes([v[0], v[1]]));
    read(&source, version >= 23, REOPEN_EVERY, at, context)?;
    Ok(())
}

/// Reads every message of the store at `source` (Unicode if `unicode`), by
/// folder, with a fresh store for each `every` messages; gives the number of
/// stores opened.
fn read(
    source: &Source,
    unicode: bool,
    every: usize,
    at: &Location,
    context: &mut Context,
) -> Result<usize, ExtractError> {
    let corrupt = |e: std::io::Error| ExtractError::corrupt("damaged pst", e);
    let mut pst = source.open(unicode).map_err(corrupt)?;
    let mut opened = 1;
    let folders = folders(&*pst.store(), at, context.sink).map_err(corrupt)?;
    let mut messages = pst.messages(&folders).map_err(corrupt)?;
    let mut read = 0;
    for (folder, path) in &folders {
        for node in messages.remove(folder).unwrap_or_default() {
            if read == every {
                pst = source.open(unicode).map_err(corrupt)?;
                (opened, read) = (opened + 1, 0);
            }
            read += 1;
            let location = Location { message: Some(format!("{path}/{node}")), ..at.clone() };
            let message = pst.store().properties().make_entry_id(NodeId::from(node)).and_then(|e| pst.message(&e));
            match message {
                Ok((message, attachments)) => read_message(&*message, &attachments, &location, context),
                Err(e) => context.sink.problem(&location, &ExtractError::corrupt("cannot open the message", e)),
            }
        }
    }
    Ok(opened)
}

/// The folders under the top of the store (node id and path,
/// "/Inbox/Projects"), each before its subfolders.
fn folders(store: &dyn Store, at: &Location, sink: &mut dyn Sink) -> std::io::Result<Vec<(u32, String)>> {
    let top = store.properties().ipm_sub_tree_entry_id()?;
    let folder = store.open_folder(&top)?;
    let mut walk = Walk { store, at, sink, seen: HashSet::new(), folders: Vec::new() };
    walk.folder(&folder, top.node_id(), String::new(), 0);
    Ok(walk.folders)
}

/// A walk of the folders, listing them as it goes.
struct Walk<'a> {
    store: &'a dyn Store,
    at: &'a Location,
    sink: &'a mut dyn Sink,
    /// The folders walked, so a damaged store whose folders list each other
    /// is walked once (and no deeper than `MAX_FOLDER_DEPTH`).
    seen: HashSet<u32>,
    folders: Vec<(u32, String)>,
}

impl Walk<'_> {
    fn folder(&mut self, folder: &Rc<dyn Folder>, node: NodeId, path: String, depth: usize) {
        self.seen.insert(u32::from(node));
        self.folders.push((u32::from(node), path.clone()));
        let Some(children) = folder.hierarchy_table().filter(|_| depth < MAX_FOLDER_DEPTH) else { return };
        for row in children.rows_matrix() {
            let node = NodeId::from(u32::from(row.id()));
            if self.seen.contains(&u32::from(node)) {
                continue;
            }
            match self.store.properties().make_entry_id(node).and_then(|entry| self.store.open_folder(&entry)) {
                Ok(child) => {
                    let name =
                        text(child.properties().get(DISPLAY_NAME)).unwrap_or_else(|| u32::from(node).to_string());
                    self.folder(&child, node, format!("{path}/{}", name.replace('/', "\u{2215}")), depth + 1);
                }
                Err(e) => self.sink.problem(self.at, &ExtractError::corrupt("cannot open a folder", e)),
            }
        }
    }
}

fn read_message(message: &dyn Message, attachments: &[Rc<dyn Attachment>], at: &Location, context: &mut Context) {
    let properties = message.properties();
    let get = |id: u16| text(properties.get(id));
    let time = |id: u16| match properties.get(id) {
        Some(PropertyValue::Time(ticks)) => super::filetime(*ticks),
        _ => None,
    };
    let date = MESSAGE_TIMES.into_iter().find_map(time);
    let conversation = get(CONVERSATION_TOPIC);
    context.part(&Part { location: at.clone(), date, date_source: DateSource::MessageDate, conversation });
    let mut out = Emitter::new(at.clone());
    let sender = get(SENDER_SMTP).or_else(|| get(SENDER_EMAIL));
    address_line(&mut out, "From", get(SENDER_NAME).as_deref(), sender.as_deref(), context);
    for (label, id) in [("To", DISPLAY_TO), ("Cc", DISPLAY_CC), ("Bcc", DISPLAY_BCC)] {
        if let Some(names) = get(id) {
            header_line(&mut out, label, &names, context);
        }
    }
    if let Some(table) = message.recipient_table() {
        for (name, address) in recipients(table.as_ref()) {
            address_line(&mut out, "Recipient", name.as_deref(), address.as_deref(), context);
        }
    }
    if let Some(subject) = get(SUBJECT) {
        // A subject may start with a prefix marker: \u{1} and one character.
        let subject: String = match subject.strip_prefix('\u{1}') {
            Some(rest) => rest.chars().skip(1).collect(),
            None => subject,
        };
        header_line(&mut out, "Subject", &subject, context);
    }
    out.end_line(context.sink, context.options.window);
    let html = match properties.get(HTML) {
        Some(PropertyValue::Binary(page)) => Some(String::from_utf8_lossy(page.buffer()).into_owned()),
        other => text(other),
    };
    body(&mut out, get(BODY).as_deref(), html.as_deref(), context);
    out.flush(context.sink);
    for (i, attachment) in attachments.iter().enumerate() {
        let properties = attachment.properties();
        let name = ATTACHMENT_NAMES
            .into_iter()
            .find_map(|id| text(properties.get(id)))
            .unwrap_or_else(|| format!("attachment-{}", i + 1));
        match attachment.data() {
            Some(AttachmentData::Binary(data)) => context.member(at, &name, data.buffer()),
            Some(AttachmentData::Message(inner)) => {
                let location = at.member(&name);
                let read = context.nested(|context| {
                    read_message(&**inner, &[], &location, context);
                    Ok(())
                });
                if let Err(error) = read {
                    context.sink.problem(&location, &error);
                }
            }
            None => {}
        }
    }
}

/// The name and address of each row of a recipient table.
fn recipients(table: &dyn TableContext) -> Vec<(Option<String>, Option<String>)> {
    let columns = table.context().columns();
    table
        .rows_matrix()
        .filter_map(|row| {
            let values = row.columns(table.context()).ok()?;
            let value = |id: u16| {
                let index = columns.iter().position(|c| c.prop_id() == id)?;
                let value = values.get(index)?.as_ref()?;
                text(table.read_column(value, columns[index].prop_type()).ok().as_ref())
            };
            Some((value(DISPLAY_NAME), value(SMTP_ADDRESS).or_else(|| value(EMAIL_ADDRESS))))
        })
        .collect()
}

fn text(value: Option<&PropertyValue>) -> Option<String> {
    let text = match value? {
        PropertyValue::String8(s) => s.to_string(),
        PropertyValue::Unicode(s) => s.to_string(),
        _ => return None,
    };
    let text = text.trim_end_matches('\0').trim().to_string();
    (!text.is_empty()).then_some(text)
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;
    use crate::extract::{ExtractOptions, Unit};

    #[derive(Default, Debug, PartialEq)]
    struct Collect {
        messages: Vec<String>,
        text: String,
        problems: usize,
    }

    impl Sink for Collect {
        fn unit(&mut self, unit: &Unit<'_>) {
            self.text.push_str(&unit.text[unit.owned.clone()]);
        }
        fn part(&mut self, part: &Part) {
            self.messages.extend(part.location.message.clone());
        }
        fn problem(&mut self, _: &Location, _: &ExtractError) {
            self.problems += 1;
        }
    }

    /// A store of 1,000 messages in 3 folders, written by the benchmarks'
    /// generator, opened as a file (with the directory that holds it).
    fn generated() -> (Source, tempfile::TempDir) {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("g.pst");
        let generator = Path::new(env!("CARGO_MANIFEST_DIR")).join("benches/pst_gen.py");
        let made = std::process::Command::new("python3")
            .arg(generator)
            .arg(&out)
            .args(["1000", "--folders", "3"])
            .output()
            .expect("python3 runs the generator");
        assert!(made.status.success(), "{}", String::from_utf8_lossy(&made.stderr));
        (Source::File(std::fs::File::open(out).unwrap()), dir)
    }

    fn read_every(source: &Source, every: usize) -> (Collect, usize) {
        let options = ExtractOptions::default();
        let mut sink = Collect::default();
        let opened = read(source, true, every, &Location::default(), &mut Context::new(&options, &mut sink)).unwrap();
        (sink, opened)
    }

    #[test]
    fn messages_are_found_in_the_node_tree_and_read_a_bounded_number_per_store() {
        let (source, _dir) = generated();
        let (once, opened) = read_every(&source, usize::MAX);
        assert_eq!((once.messages.len(), once.problems, opened), (1000, 0, 1));
        // The walk of the node B-tree finds the messages the folders'
        // contents tables list, in the same order.
        let store = source.open(true).unwrap().store();
        let mut listed = Vec::new();
        for (node, path) in folders(&*store, &Location::default(), &mut Collect::default()).unwrap() {
            let folder = store.open_folder(&store.properties().make_entry_id(NodeId::from(node)).unwrap()).unwrap();
            let rows = folder.contents_table().map(|t| t.rows_matrix().map(|r| u32::from(r.id())).collect::<Vec<_>>());
            listed.extend(rows.unwrap_or_default().into_iter().map(|id| format!("{path}/{id}")));
        }
        assert_eq!(listed.len(), 1000);
        assert_eq!(once.messages, listed);
        // A store opened afresh every 7 messages (so no store's caches hold
        // more than 7 messages' pages) reads the same.
        let (often, opened) = read_every(&source, 7);
        assert_eq!(opened, 1000_usize.div_ceil(7));
        assert_eq!(often, once);
    }
}
