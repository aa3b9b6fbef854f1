//! Outlook personal folders (`.pst`, Unicode and ANSI) through the
//! outlook-pst crate: every folder from the top of the message store down,
//! every message in it as a part of its own (`message`: the folder path and
//! the message's node id, dated by its delivery or submit time), with the
//! sender, recipients, subject and body as text and the attachments as
//! members.

use std::io::{Cursor, Read};
use std::rc::Rc;

use outlook_pst::ltp::prop_context::PropertyValue;
use outlook_pst::ltp::table_context::TableContext;
use outlook_pst::messaging::attachment::{AnsiAttachment, Attachment, AttachmentData, UnicodeAttachment};
use outlook_pst::messaging::folder::Folder;
use outlook_pst::messaging::message::{AnsiMessage, Message, UnicodeMessage};
use outlook_pst::messaging::store::{AnsiStore, EntryId, Store, UnicodeStore};
use outlook_pst::ndb::node_id::NodeId;
use outlook_pst::{AnsiPstFile, PstReader, UnicodePstFile};

use super::{html, Context, Emitter, ExtractError, Input, Location, Part};

// MAPI property ids, as in an Outlook msg.
const SUBJECT: u16 = 0x0037;
const CLIENT_SUBMIT_TIME: u16 = 0x0039;
const SENDER_NAME: u16 = 0x0C1A;
const SENDER_EMAIL: u16 = 0x0C1F;
const DISPLAY_TO: u16 = 0x0E04;
const DISPLAY_CC: u16 = 0x0E03;
const DELIVERY_TIME: u16 = 0x0E06;
const BODY: u16 = 0x1000;
const HTML: u16 = 0x1013;
const DISPLAY_NAME: u16 = 0x3001;
const EMAIL_ADDRESS: u16 = 0x3003;
const SMTP_ADDRESS: u16 = 0x39FE;
const ATTACH_LONG_FILENAME: u16 = 0x3707;
const ATTACH_FILENAME: u16 = 0x3704;

/// Folders nested deeper than this are not entered.
const MAX_FOLDER_DEPTH: usize = 64;

/// A message with its attachments.
type Opened = (Rc<dyn Message>, Vec<Rc<dyn Attachment>>);

/// A store of either kind, and how to open its messages with their
/// attachments (the crate types differ by kind).
enum Pst {
    Unicode(Rc<UnicodeStore>),
    Ansi(Rc<AnsiStore>),
}

impl Pst {
    fn store(&self) -> Rc<dyn Store> {
        match self {
            Pst::Unicode(store) => store.clone(),
            Pst::Ansi(store) => store.clone(),
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
            Pst::Unicode(store) => attachments(UnicodeMessage::read(store.clone(), entry, None)?, |m, id| {
                UnicodeAttachment::read(m, id, None)
            }),
            Pst::Ansi(store) => {
                attachments(AnsiMessage::read(store.clone(), entry, None)?, |m, id| AnsiAttachment::read(m, id, None))
            }
        })
    }
}

pub fn extract(head: &[u8], input: &mut dyn Input, at: &Location, context: &mut Context) -> Result<(), ExtractError> {
    input.rewind()?; // a reopened handle shares the position
    let reader: Box<dyn PstReader> = match input.reopen() {
        Some(file) => Box::new(file),
        None => {
            let mut bytes = Vec::new();
            input.take(context.options.limits.max_member + 1).read_to_end(&mut bytes)?;
            if bytes.len() as u64 > context.options.limits.max_member {
                return Err(ExtractError::Limit("a pst member too large to read in memory".into()));
            }
            Box::new(Cursor::new(bytes))
        }
    };
    let corrupt = |e: std::io::Error| ExtractError::corrupt("damaged pst", e);
    // The header's version: 14 and 15 are ANSI (Outlook 97–2002), 23 and up Unicode.
    let version = head.get(10..12).map_or(0, |v| u16::from_le_bytes([v[0], v[1]]));
    let pst = if version >= 23 {
        Pst::Unicode(UnicodeStore::read(Rc::new(UnicodePstFile::read_from(reader).map_err(corrupt)?)).map_err(corrupt)?)
    } else {
        Pst::Ansi(AnsiStore::read(Rc::new(AnsiPstFile::read_from(reader).map_err(corrupt)?)).map_err(corrupt)?)
    };
    let store = pst.store();
    let top = store.properties().ipm_sub_tree_entry_id().map_err(corrupt)?;
    let folder = store.open_folder(&top).map_err(corrupt)?;
    walk(&pst, &folder, "", at, context, 0);
    Ok(())
}

/// The messages of `folder` (at `path`, "Inbox/Projects"), then its subfolders.
fn walk(pst: &Pst, folder: &Rc<dyn Folder>, path: &str, at: &Location, context: &mut Context, depth: usize) {
    let store = pst.store();
    if let Some(contents) = folder.contents_table() {
        for row in contents.rows_matrix() {
            let node = NodeId::from(u32::from(row.id()));
            let location = Location { message: Some(format!("{path}/{}", u32::from(node))), ..at.clone() };
            let opened = store.properties().make_entry_id(node).and_then(|entry| pst.message(&entry));
            match opened {
                Ok((message, attachments)) => read_message(&*message, &attachments, &location, context),
                Err(e) => context.sink.problem(&location, &ExtractError::corrupt("cannot open the message", e)),
            }
        }
    }
    if depth >= MAX_FOLDER_DEPTH {
        return;
    }
    let Some(children) = folder.hierarchy_table() else { return };
    for row in children.rows_matrix() {
        let node = NodeId::from(u32::from(row.id()));
        match store.properties().make_entry_id(node).and_then(|entry| store.open_folder(&entry)) {
            Ok(child) => {
                let name = text(child.properties().get(DISPLAY_NAME)).unwrap_or_else(|| u32::from(node).to_string());
                walk(pst, &child, &format!("{path}/{}", name.replace('/', "\u{2215}")), at, context, depth + 1);
            }
            Err(e) => context.sink.problem(at, &ExtractError::corrupt("cannot open a folder", e)),
        }
    }
}

fn read_message(message: &dyn Message, attachments: &[Rc<dyn Attachment>], at: &Location, context: &mut Context) {
    let properties = message.properties();
    let get = |id: u16| text(properties.get(id));
    let time = |id: u16| match properties.get(id) {
        Some(PropertyValue::Time(t)) if *t > 0 => jiff::Timestamp::from_second(t / 10_000_000 - 11_644_473_600).ok(),
        _ => None,
    };
    let date = time(DELIVERY_TIME).or_else(|| time(CLIENT_SUBMIT_TIME));
    context.part(&Part { location: at.clone(), date, date_source: "message date" });
    let window = context.options.window;
    let mut out = Emitter::new(at.clone());
    let line = |out: &mut Emitter, text: String, context: &mut Context| {
        out.push(&text.replace(['\r', '\n'], " "));
        out.end_line(context.sink, window);
    };
    match (get(SENDER_NAME), get(SENDER_EMAIL)) {
        (Some(name), Some(address)) => line(&mut out, format!("From: {name} <{address}>"), context),
        (Some(only), None) | (None, Some(only)) => line(&mut out, format!("From: {only}"), context),
        (None, None) => {}
    }
    for (label, id) in [("To", DISPLAY_TO), ("Cc", DISPLAY_CC)] {
        if let Some(names) = get(id).filter(|n| !n.is_empty()) {
            line(&mut out, format!("{label}: {names}"), context);
        }
    }
    if let Some(table) = message.recipient_table() {
        for recipient in recipients(table.as_ref()) {
            line(&mut out, format!("Recipient: {recipient}"), context);
        }
    }
    if let Some(subject) = get(SUBJECT) {
        // A subject may start with a 2-character prefix marker (\u{1} and a length).
        let subject = subject.strip_prefix('\u{1}').map_or(subject.as_str(), |s| s.get(1..).unwrap_or(""));
        line(&mut out, format!("Subject: {subject}"), context);
    }
    out.end_line(context.sink, window);
    if let Some(body) = get(BODY) {
        for text in body.lines() {
            out.push(text);
            out.end_line(context.sink, window);
        }
    } else if let Some(PropertyValue::Binary(page)) = properties.get(HTML) {
        html::render(&String::from_utf8_lossy(page.buffer()), &mut out, context);
    }
    out.flush(context.sink);
    for (i, attachment) in attachments.iter().enumerate() {
        let properties = attachment.properties();
        let name = [ATTACH_LONG_FILENAME, ATTACH_FILENAME, DISPLAY_NAME]
            .into_iter()
            .find_map(|id| text(properties.get(id)))
            .unwrap_or_else(|| format!("attachment-{}", i + 1));
        match attachment.data() {
            Some(AttachmentData::Binary(data)) => context.member(at, &name, data.buffer()),
            Some(AttachmentData::Message(inner)) => read_message(&**inner, &[], &at.member(&name), context),
            None => {}
        }
    }
}

/// "Name <address>" for each row of a recipient table.
fn recipients(table: &dyn TableContext) -> Vec<String> {
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
            let address = value(SMTP_ADDRESS).or_else(|| value(EMAIL_ADDRESS));
            match (value(DISPLAY_NAME), address) {
                (Some(name), Some(address)) => Some(format!("{name} <{address}>")),
                (Some(only), None) | (None, Some(only)) => Some(only),
                (None, None) => None,
            }
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
