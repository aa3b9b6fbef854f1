//! Outlook personal folders (`.pst`, Unicode and ANSI) through the
//! outlook-pst crate: every folder from the top of the message store down,
//! every message in it as a part of its own (`message`: the folder path and
//! the message's node id, dated by its delivery or submit time), with the
//! sender, recipients, subject and body as text and the attachments as
//! members.

use std::collections::HashSet;
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

use super::mail::{address_line, body, header_line};
use super::msg::{
    ATTACHMENT_NAMES, BODY, DISPLAY_BCC, DISPLAY_CC, DISPLAY_NAME, DISPLAY_TO, EMAIL_ADDRESS, HTML, MESSAGE_TIMES,
    SENDER_EMAIL, SENDER_NAME, SENDER_SMTP, SMTP_ADDRESS, SUBJECT,
};
use super::{Context, DateSource, Emitter, ExtractError, Input, Location, Part};

/// PR_CONVERSATION_TOPIC: the subject without "RE:" and the like, which
/// Outlook groups a conversation by.
const CONVERSATION_TOPIC: u16 = 0x0070;

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
    walk(&pst, &folder, "", at, context, &mut HashSet::new(), 0);
    Ok(())
}

/// The messages of `folder` (at `path`, "/Inbox/Projects"), then its
/// subfolders; `seen` holds the folders walked, so a damaged store whose
/// folders list each other is walked once, and no deeper than `MAX_FOLDER_DEPTH`.
fn walk(
    pst: &Pst,
    folder: &Rc<dyn Folder>,
    path: &str,
    at: &Location,
    context: &mut Context,
    seen: &mut HashSet<u32>,
    depth: usize,
) {
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
    let Some(children) = folder.hierarchy_table().filter(|_| depth < MAX_FOLDER_DEPTH) else { return };
    for row in children.rows_matrix() {
        let node = NodeId::from(u32::from(row.id()));
        if !seen.insert(u32::from(node)) {
            continue;
        }
        match store.properties().make_entry_id(node).and_then(|entry| store.open_folder(&entry)) {
            Ok(child) => {
                let name = text(child.properties().get(DISPLAY_NAME)).unwrap_or_else(|| u32::from(node).to_string());
                walk(pst, &child, &format!("{path}/{}", name.replace('/', "\u{2215}")), at, context, seen, depth + 1);
            }
            Err(e) => context.sink.problem(at, &ExtractError::corrupt("cannot open a folder", e)),
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
