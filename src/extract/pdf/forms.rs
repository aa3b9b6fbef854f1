//! What a page draws, checked before pdf-extract reads it. pdf-extract
//! interprets every drawing of an XObject (`Do`) anew, whatever its type,
//! with no bound, and finds a page's resources by following `/Parent` as
//! far as it goes: XObjects that draw each other in a loop, or a parent
//! chain that loops, overflow its stack (ending the process), and forms
//! drawing forms 64 times, six deep, never end. `check` walks the page as
//! pdf-extract would, counting drawings and the bytes they make it
//! interpret; past a bound or in a loop, every XObject the page can reach
//! is emptied for the time of that page (never in the file): the page's
//! own text is read, a problem says the drawn text is not.

use std::collections::{BTreeSet, HashMap};

use lopdf::{Dictionary, Document, Object, ObjectId};

use crate::extract::ExtractError;

/// Drawings a page may make: a page draws a few, a form bomb billions.
const MAX_DRAWINGS: u64 = 10_000;

/// Bytes of drawn content a page may make pdf-extract interpret (it reads
/// some 10–20 MB a second).
const MAX_DRAWN_BYTES: u64 = 256 << 20;

/// XObjects drawn inside each other, or parents followed, deeper than
/// this: each level is a frame on the reader's stack.
const MAX_DEPTH: usize = 64;

/// What reading a page would do.
pub enum Check {
    /// Its drawing is bounded: read it as it is.
    Bounded,
    /// Read it with these streams emptied, and say why.
    Unbounded { streams: BTreeSet<ObjectId>, problem: ExtractError },
    /// Not to be read at all (its resources cannot be found without
    /// looping).
    Unreadable(ExtractError),
}

/// Why drawing is unbounded.
enum Why {
    Loop,
    TooMany,
    TooLarge,
    TooDeep,
}

pub fn check(document: &Document, page: ObjectId) -> Check {
    let Ok(page_dict) = document.get_dictionary(page) else { return Check::Bounded };
    let Some(resources) = inherited_resources(document, page_dict) else {
        return Check::Unreadable(ExtractError::Corrupt(format!(
            "the page's parents loop or nest deeper than {MAX_DEPTH} before its resources; not read"
        )));
    };
    let Some(resources) = resources else { return Check::Bounded };
    let mut streams = BTreeSet::new();
    reachable(document, resources, &mut streams, 0);
    if streams.is_empty() {
        return Check::Bounded;
    }
    let content = document.get_page_content(page).unwrap_or_default();
    let mut walk = Walk { document, path: Vec::new(), counted: HashMap::new() };
    let why = match walk.drawing(&content, resources) {
        Ok(_) => return Check::Bounded,
        Err(why) => why,
    };
    let what = match why {
        Why::Loop => "its drawings draw each other in a loop".to_string(),
        Why::TooMany => format!("it draws more than {MAX_DRAWINGS} times (a form bomb?)"),
        Why::TooLarge => format!("its drawings add up to more than {} MiB to interpret", MAX_DRAWN_BYTES >> 20),
        Why::TooDeep => format!("its drawings nest deeper than {MAX_DEPTH}"),
    };
    let problem = format!("the page's forms and images are left out: {what}");
    let problem = if matches!(why, Why::Loop) { ExtractError::Corrupt(problem) } else { ExtractError::Limit(problem) };
    Check::Unbounded { streams, problem }
}

/// Empties `streams` in the parsed document; what they held, to restore.
pub fn empty(document: &mut Document, streams: &BTreeSet<ObjectId>) -> Vec<(ObjectId, Object)> {
    let mut saved = Vec::new();
    for &id in streams {
        if let Some(object) = document.objects.get_mut(&id) {
            if let Ok(stream) = object.as_stream() {
                let mut emptied = stream.clone();
                emptied.set_plain_content(Vec::new());
                saved.push((id, std::mem::replace(object, Object::Stream(emptied))));
            }
        }
    }
    saved
}

/// Puts back what `empty` took.
pub fn restore(document: &mut Document, saved: Vec<(ObjectId, Object)>) {
    for (id, object) in saved {
        document.objects.insert(id, object);
    }
}

/// The `/Resources` pdf-extract reads a page with: the first up its
/// `/Parent` chain. `None` when the chain loops or runs too deep; `Some(None)`
/// when there are none.
fn inherited_resources<'d>(document: &'d Document, page: &'d Dictionary) -> Option<Option<&'d Dictionary>> {
    let mut node = page;
    for _ in 0..MAX_DEPTH {
        if let Ok(resources) = node.get(b"Resources") {
            return Some(dictionary(document, resources));
        }
        let parent = node.get(b"Parent").and_then(Object::as_reference).and_then(|id| document.get_dictionary(id));
        match parent {
            Ok(parent) => node = parent,
            Err(_) => return Some(None),
        }
    }
    None
}

/// The dictionary `object` is or refers to.
fn dictionary<'d>(document: &'d Document, object: &'d Object) -> Option<&'d Dictionary> {
    document.dereference(object).ok()?.1.as_dict().ok()
}

/// The stream an XObject dictionary's `name` refers to.
fn xobject<'d>(
    document: &'d Document,
    resources: &'d Dictionary,
    name: &[u8],
) -> Option<(ObjectId, &'d lopdf::Stream)> {
    let xobjects = dictionary(document, resources.get(b"XObject").ok()?)?;
    let id = xobjects.get(name).and_then(Object::as_reference).ok()?;
    Some((id, document.get_object(id).and_then(Object::as_stream).ok()?))
}

/// Every XObject stream reachable from `resources`, through the
/// resources of the streams themselves.
fn reachable(document: &Document, resources: &Dictionary, found: &mut BTreeSet<ObjectId>, depth: usize) {
    let Some(xobjects) = resources.get(b"XObject").ok().and_then(|x| dictionary(document, x)) else { return };
    for (_, object) in xobjects.iter() {
        let Ok(id) = object.as_reference() else { continue };
        let Ok(stream) = document.get_object(id).and_then(Object::as_stream) else { continue };
        if found.insert(id) && depth < MAX_DEPTH {
            if let Some(own) = stream.dict.get(b"Resources").ok().and_then(|r| dictionary(document, r)) {
                reachable(document, own, found, depth + 1);
            }
        }
    }
}

/// A page's drawing walked as pdf-extract walks it.
struct Walk<'d> {
    document: &'d Document,
    /// The XObjects being drawn, outermost first.
    path: Vec<ObjectId>,
    /// The drawings and bytes each XObject makes, under the resources it
    /// was drawn with (an XObject without its own uses its drawer's).
    counted: HashMap<(ObjectId, *const Dictionary), (u64, u64)>,
}

impl<'d> Walk<'d> {
    /// The drawings `content` makes and the bytes they interpret.
    fn drawing(&mut self, content: &[u8], resources: &'d Dictionary) -> Result<(u64, u64), Why> {
        let document = self.document;
        let Ok(content) = lopdf::content::Content::decode(content) else { return Ok((0, 0)) };
        let (mut drawings, mut bytes) = (0u64, 0u64);
        for operation in content.operations.iter().filter(|o| o.operator == "Do") {
            let Some(name) = operation.operands.first().and_then(|n| n.as_name().ok()) else { continue };
            let Some((id, stream)) = xobject(document, resources, name) else { continue };
            if self.path.contains(&id) {
                return Err(Why::Loop);
            }
            if self.path.len() >= MAX_DEPTH {
                return Err(Why::TooDeep);
            }
            let own = stream.dict.get(b"Resources").ok().and_then(|r| dictionary(document, r));
            let inner_resources = own.unwrap_or(resources);
            let key = (id, inner_resources as *const Dictionary);
            let (inner_drawings, inner_bytes) = match self.counted.get(&key) {
                Some(&known) => known,
                None => {
                    let body = stream.decompressed_content().unwrap_or_else(|_| stream.content.clone());
                    self.path.push(id);
                    let (d, b) = self.drawing(&body, inner_resources)?;
                    self.path.pop();
                    let known = (d, b.saturating_add(body.len() as u64));
                    self.counted.insert(key, known);
                    known
                }
            };
            drawings = drawings.saturating_add(1).saturating_add(inner_drawings);
            bytes = bytes.saturating_add(inner_bytes);
            if drawings > MAX_DRAWINGS {
                return Err(Why::TooMany);
            }
            if bytes > MAX_DRAWN_BYTES {
                return Err(Why::TooLarge);
            }
        }
        Ok((drawings, bytes))
    }
}
