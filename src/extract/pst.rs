//! Outlook personal folders (`.pst`, Unicode and ANSI) through the
//! outlook-pst crate: every folder from the top of the message store down,
//! every message in it as a part of its own (`message`: the folder path and
//! the message's node id, dated by its delivery or submit time), with the
//! sender, recipients, subject and body as text and the attachments as
//! members. A folder's messages are found by walking the node B-tree a
//! page at a time (not by reading its whole contents table), and the store
//! is opened afresh every `REOPEN_EVERY` messages, dropping the crate's
//! page caches: what grows with the store is the list of its messages'
//! node ids, 4–8 bytes a message. A damaged page of the tree costs the
//! messages under it, said as a problem naming the page, and a folder
//! whose count of messages differs from what it says it holds is said too.

use std::collections::{HashMap, HashSet};
use std::io::{Cursor, Read, Seek, SeekFrom};
use std::rc::Rc;

use outlook_pst::ltp::prop_context::PropertyValue;
use outlook_pst::ltp::table_context::TableContext;
use outlook_pst::messaging::attachment::{AnsiAttachment, Attachment, AttachmentData, UnicodeAttachment};
use outlook_pst::messaging::folder::Folder;
use outlook_pst::messaging::message::{AnsiMessage, Message, UnicodeMessage};
use outlook_pst::messaging::store::{AnsiStore, EntryId, Store, UnicodeStore};
use outlook_pst::ndb::block_id::BlockId;
use outlook_pst::ndb::block_ref::{AnsiPageRef, BlockRef, UnicodePageRef};
use outlook_pst::ndb::byte_index::ByteIndex;
use outlook_pst::ndb::header::Header;
use outlook_pst::ndb::node_id::{NodeId, NodeIdType};
use outlook_pst::ndb::page::{
    AnsiNodeBTree, BTreePageEntry, NodeBTreeEntry, PageTrailer, RootBTreeIntermediatePage, RootBTreeLeafPage,
    RootBTreePage, UnicodeNodeBTree, PAGE_SIZE,
};
use outlook_pst::ndb::root::Root;
use outlook_pst::{AnsiPstFile, PstFile, PstReader, UnicodePstFile};

use super::mail::{address_line, body, header_line};
use super::msg::{
    ATTACHMENT_NAMES, BODY, DISPLAY_BCC, DISPLAY_CC, DISPLAY_NAME, DISPLAY_TO, EMAIL_ADDRESS, HTML, MESSAGE_TIMES,
    SENDER_EMAIL, SENDER_NAME, SENDER_SMTP, SMTP_ADDRESS, SUBJECT,
};
use super::{Context, DateSource, Emitter, ExtractError, Input, Location, Part, Sink};

/// PR_CONTENT_COUNT: how many messages a folder holds.
const CONTENT_COUNT: u16 = 0x3602;

/// PR_CONVERSATION_TOPIC: the subject without "RE:" and the like, which
/// Outlook groups a conversation by.
const CONVERSATION_TOPIC: u16 = 0x0070;

/// Folders nested deeper than this are not entered.
const MAX_FOLDER_DEPTH: usize = 64;

/// The store is opened afresh after this many messages: outlook-pst keeps
/// every B-tree page it has parsed for the life of the file (~155 bytes a
/// message), and a new file starts with empty caches.
const REOPEN_EVERY: usize = 10_000;

/// Messages' node ids by the node id of their folder.
type ByFolder = HashMap<u32, Vec<u32>>;

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
    /// folder, in node id order (each once), and the damage found in the
    /// node B-tree on the way.
    fn messages(&self, folders: &[Listing]) -> std::io::Result<(ByFolder, Vec<Damage>)> {
        let mut found: ByFolder = folders.iter().map(|folder| (folder.node, Vec::new())).collect();
        let mut take = |node: u32, parent: u32| {
            let message = matches!(NodeId::from(node).id_type(), Ok(NodeIdType::NormalMessage));
            if let Some(list) = found.get_mut(&parent).filter(|_| message) {
                list.push(node);
            }
        };
        let damage = match self {
            Pst::Unicode(_, file) => {
                let reader = &mut **file.reader().lock().map_err(lock)?;
                let size = reader.seek(SeekFrom::End(0))?;
                let read = |at: UnicodePageRef| node_page(UnicodeNodeBTree::read(&mut &mut *reader, at)?);
                walk(*file.header().root().node_btree(), size, read, &mut take)
            }
            Pst::Ansi(_, file) => {
                let reader = &mut **file.reader().lock().map_err(lock)?;
                let size = reader.seek(SeekFrom::End(0))?;
                let read = |at: AnsiPageRef| node_page(AnsiNodeBTree::read(&mut &mut *reader, at)?);
                walk(*file.header().root().node_btree(), size, read, &mut take)
            }
        };
        for list in found.values_mut() {
            list.sort_unstable();
            list.dedup();
        }
        Ok((found, damage))
    }
}

fn lock<E>(_: E) -> std::io::Error {
    std::io::Error::other("the pst reader's lock is poisoned")
}

/// A page of the node B-tree ([MS-PST] 2.2.2.7.7) read by outlook-pst,
/// which checks its type, CRC, counts and level: its block id and level,
/// and its entries, (node, parent) in a leaf, the child pages above.
struct NodePage<R: BlockRef> {
    id: R::Block,
    level: u8,
    leaves: Vec<(u32, u32)>,
    children: Vec<R>,
}

/// The parts of `page` a walk of the tree needs; outlook-pst keeps the
/// pages it reads to find one node, a walk here keeps none.
fn node_page<Pst, Above, Leaf>(
    page: RootBTreePage<Pst, Pst::NodeBTreeEntry, Above, Leaf>,
) -> std::io::Result<NodePage<Pst::PageRef>>
where
    Pst: PstFile,
    Above: RootBTreeIntermediatePage<Pst, Pst::NodeBTreeEntry, Leaf>,
    Leaf: RootBTreeLeafPage<Pst, Entry = Pst::NodeBTreeEntry>,
{
    Ok(match page {
        RootBTreePage::Intermediate(page, _) => NodePage {
            id: page.trailer().block_id(),
            level: page.level(),
            leaves: Vec::new(),
            children: page.entries().iter().map(|entry| entry.block()).collect(),
        },
        RootBTreePage::Leaf(page) => NodePage {
            id: page.trailer().block_id(),
            level: 0,
            leaves: page.entries().iter().map(|e| (u32::from(e.node()), e.parent().map_or(0, u32::from))).collect(),
            children: Vec::new(),
        },
    })
}

/// A page of the node B-tree found damaged: where it is and what is wrong;
/// the messages under it are not listed.
#[derive(Debug, PartialEq)]
struct Damage {
    /// The page's offset in the file.
    page: u64,
    why: Why,
}

/// What is wrong with a node B-tree page.
#[derive(Debug, PartialEq)]
enum Why {
    /// It would end past the end of the file.
    PastTheEnd(u64),
    /// outlook-pst would not read it (its type, CRC, counts or level).
    Unreadable(String),
    /// Its trailer's block id is not the one its parent names.
    BlockId { found: u64, named: u64 },
    /// Its level is not one below its parent's.
    Level { found: u8, expected: u8 },
    /// Another page (or this one) already listed it: read once.
    ListedAgain,
}

impl std::fmt::Display for Damage {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "node b-tree page at byte {}: ", self.page)?;
        match &self.why {
            Why::PastTheEnd(size) => write!(f, "past the end of the file ({size} bytes)")?,
            Why::Unreadable(error) => write!(f, "{error}")?,
            Why::BlockId { found, named } => write!(f, "its block id is {found:#x}, its parent names {named:#x}")?,
            Why::Level { found, expected } => {
                write!(f, "its level is {found}, not {expected} (one below its parent's)")?
            }
            Why::ListedAgain => write!(f, "listed again by another page")?,
        }
        write!(f, "; the messages under it are not listed")
    }
}

/// Calls `take(node, parent)` for every leaf entry of the node B-tree whose
/// root page is `root`, in key order, each page `read` once: a page that is
/// damaged or listed again is skipped with the branch under it, and said.
/// A file of `size` bytes; the pages walked are kept by offset (a tree has
/// one page per 512 bytes at most), not the messages.
fn walk<R: BlockRef>(
    root: R,
    size: u64,
    mut read: impl FnMut(R) -> std::io::Result<NodePage<R>>,
    take: &mut dyn FnMut(u32, u32),
) -> Vec<Damage> {
    let (mut damage, mut seen) = (Vec::new(), HashSet::new());
    // Pages to read, with the level each must have; a stack, so children
    // are pushed last first to keep key order.
    let mut todo = vec![(root, None)];
    while let Some((at, level)) = todo.pop() {
        let offset: u64 = at.index().index().into();
        let why = if !seen.insert(offset) {
            Why::ListedAgain
        } else if offset.saturating_add(PAGE_SIZE as u64) > size {
            // outlook-pst's read fails here too, but says only that a read
            // came short ("failed to fill whole buffer", as it would of a
            // short read anywhere): this says the file ends before the page
            // does, a store cut short.
            Why::PastTheEnd(size)
        } else {
            match read(at) {
                Err(error) => Why::Unreadable(error.to_string()),
                Ok(page) if page.id != at.block() => {
                    Why::BlockId { found: page.id.into_u64(), named: at.block().into_u64() }
                }
                Ok(page) if level.is_some_and(|level| level != page.level) => {
                    Why::Level { found: page.level, expected: level.unwrap_or_default() }
                }
                Ok(page) => {
                    page.leaves.into_iter().for_each(|(node, parent)| take(node, parent));
                    todo.extend(page.children.into_iter().rev().map(|child| (child, page.level.checked_sub(1))));
                    continue;
                }
            }
        };
        damage.push(Damage { page: offset, why });
    }
    damage
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
    let (mut messages, damage) = pst.messages(&folders).map_err(corrupt)?;
    for damage in &damage {
        context.sink.problem(at, &ExtractError::corrupt("damaged pst", damage));
    }
    let mut read = 0;
    for Listing { node: folder, path, count } in &folders {
        let nodes = messages.remove(folder).unwrap_or_default();
        if let Some(count) = count.filter(|count| *count != nodes.len()) {
            let found = format!("the node b-tree lists {} messages, its contents count says {count}", nodes.len());
            context.sink.problem(at, &ExtractError::corrupt(&format!("pst folder {path}"), found));
        }
        for node in nodes {
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

/// A folder of the store.
struct Listing {
    node: u32,
    /// "/Inbox/Projects"; "" for the top.
    path: String,
    /// How many messages it says it holds (PR_CONTENT_COUNT).
    count: Option<usize>,
}

/// The folders under the top of the store, each before its subfolders.
fn folders(store: &dyn Store, at: &Location, sink: &mut dyn Sink) -> std::io::Result<Vec<Listing>> {
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
    folders: Vec<Listing>,
}

impl Walk<'_> {
    fn folder(&mut self, folder: &Rc<dyn Folder>, node: NodeId, path: String, depth: usize) {
        self.seen.insert(u32::from(node));
        let count = match folder.properties().get(CONTENT_COUNT) {
            Some(PropertyValue::Integer32(count)) => usize::try_from(*count).ok(),
            _ => None,
        };
        self.folders.push(Listing { node: u32::from(node), path: path.clone(), count });
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
        problems: Vec<String>,
    }

    impl Sink for Collect {
        fn unit(&mut self, unit: &Unit<'_>) {
            self.text.push_str(&unit.text[unit.owned.clone()]);
        }
        fn part(&mut self, part: &Part) {
            self.messages.extend(part.location.message.clone());
        }
        fn problem(&mut self, _: &Location, error: &ExtractError) {
            self.problems.push(error.to_string());
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
        assert_eq!((once.messages.len(), once.problems.len(), opened), (1000, 0, 1));
        // The walk of the node B-tree finds the messages the folders'
        // contents tables list, in the same order.
        let store = source.open(true).unwrap().store();
        let mut listed = Vec::new();
        for Listing { node, path, .. } in folders(&*store, &Location::default(), &mut Collect::default()).unwrap() {
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

    /// The node B-tree pages of the store at `source`, in the order walked:
    /// offset, level, and the messages a leaf lists.
    fn pages(source: &Source) -> Vec<(u64, u8, usize)> {
        let Pst::Unicode(_, file) = source.open(true).unwrap() else { unreachable!("a unicode store") };
        let reader = &mut **file.reader().lock().unwrap();
        let mut pages = Vec::new();
        let read = |at: UnicodePageRef| {
            let page = node_page(UnicodeNodeBTree::read(&mut &mut *reader, at)?)?;
            let message = |node: &&(u32, u32)| matches!(NodeId::from(node.0).id_type(), Ok(NodeIdType::NormalMessage));
            pages.push((at.index().index(), page.level, page.leaves.iter().filter(message).count()));
            Ok(page)
        };
        assert_eq!(walk(*file.header().root().node_btree(), u64::MAX, read, &mut |_, _| {}), []);
        pages
    }

    /// The bytes of the generated store, and the pages of its node B-tree.
    fn generated_bytes() -> (Vec<u8>, Vec<(u64, u8, usize)>) {
        let (source, dir) = generated();
        (std::fs::read(dir.path().join("g.pst")).unwrap(), pages(&source))
    }

    fn read_bytes(bytes: Vec<u8>) -> Collect {
        read_every(&Source::Memory(bytes.into()), usize::MAX).0
    }

    /// A Unicode page trailer: its type, then (at 4) its CRC of the 496
    /// bytes before it.
    const TRAILER: usize = 496;

    #[test]
    fn a_damaged_page_costs_the_messages_under_it_and_names_itself() {
        let (mut bytes, pages) = generated_bytes();
        let &(leaf, _, lost) =
            pages.iter().filter(|(_, level, messages)| *level == 0 && *messages > 0).nth(20).unwrap();
        bytes[leaf as usize + TRAILER] ^= 1;
        let damaged = read_bytes(bytes);
        assert_eq!(damaged.messages.len(), 1000 - lost);
        assert_eq!(damaged.messages.iter().collect::<HashSet<_>>().len(), damaged.messages.len());
        let page = format!(
            "corrupt: damaged pst: node b-tree page at byte {leaf}: \
             Mismatch between PAGETRAILER ptype and ptypeRepeat: (0x80, 0x81); the messages under it are not listed"
        );
        assert_eq!(damaged.problems[0], page);
        // The folder (or two) whose messages were under it says so.
        let folders = &damaged.problems[1..];
        assert!((1..=2).contains(&folders.len()), "{:?}", damaged.problems);
        let counted = |p: &&String| p.starts_with("corrupt: pst folder /") && p.contains(": the node b-tree lists ");
        assert!(folders.iter().all(|p| counted(&p)), "{folders:?}");
    }

    /// A store cut short in the middle of a page of its node B-tree: the
    /// walk says the file ends there, where outlook-pst's own read says
    /// only that it came short.
    #[test]
    fn a_page_cut_short_by_the_end_of_the_file_says_so() {
        let (bytes, pages) = generated_bytes();
        let Pst::Unicode(_, file) = Source::Memory(bytes.clone().into()).open(true).unwrap() else {
            unreachable!("a unicode store")
        };
        let root = *file.header().root().node_btree();
        let page = pages[0].0;
        assert_eq!(page, root.index().index());
        let cut = &bytes[..page as usize + PAGE_SIZE / 2];
        let walk_cut = |size: u64| {
            let mut reader = Cursor::new(cut);
            walk(root, size, |at| node_page(UnicodeNodeBTree::read(&mut reader, at)?), &mut |_, _| {})
        };
        let size = cut.len() as u64;
        let damage = walk_cut(size);
        assert_eq!(damage, [Damage { page, why: Why::PastTheEnd(size) }]);
        let said = format!(
            "node b-tree page at byte {page}: past the end of the file ({size} bytes); \
             the messages under it are not listed"
        );
        assert_eq!(damage[0].to_string(), said);
        // Not told the file's size, the walk says what outlook-pst does.
        let short = Why::Unreadable("failed to fill whole buffer".into());
        assert_eq!(walk_cut(u64::MAX), [Damage { page, why: short }]);
    }

    /// The PST CRC ([MS-PST] 5.3): CRC-32, reflected, starting from 0 with
    /// no final inversion.
    fn crc(bytes: &[u8]) -> u32 {
        bytes.iter().fold(0u32, |crc, byte| {
            (0..8).fold(crc ^ u32::from(*byte), |crc, _| if crc & 1 == 1 { crc >> 1 ^ 0xEDB8_8320 } else { crc >> 1 })
        })
    }

    #[test]
    fn a_page_listed_again_is_read_once_and_said() {
        let (mut bytes, pages) = generated_bytes();
        let (root, level, _) = pages[0];
        assert!(level > 0);
        let root = root as usize;
        let crc_at = root + TRAILER + 4;
        assert_eq!(crc(&bytes[root..root + TRAILER]).to_le_bytes(), bytes[crc_at..crc_at + 4]);
        // Every entry of the root page (key, then the child's block id and
        // offset) names its first child.
        let entries = usize::from(bytes[root + 488]);
        let first: [u8; 16] = bytes[root + 8..root + 24].try_into().unwrap();
        for entry in 1..entries {
            bytes[root + entry * 24 + 8..][..16].copy_from_slice(&first);
        }
        let sum = crc(&bytes[root..root + TRAILER]);
        bytes[crc_at..crc_at + 4].copy_from_slice(&sum.to_le_bytes());
        let damaged = read_bytes(bytes);
        assert!(!damaged.messages.is_empty() && damaged.messages.len() < 1000, "{}", damaged.messages.len());
        assert_eq!(damaged.messages.iter().collect::<HashSet<_>>().len(), damaged.messages.len());
        let again = damaged
            .problems
            .iter()
            .filter(|p| p.ends_with("listed again by another page; the messages under it are not listed"));
        assert_eq!(again.count(), entries - 1, "{:?}", damaged.problems);
    }
}
