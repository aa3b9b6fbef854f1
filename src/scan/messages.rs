//! A mailbox's messages, each its id and date, kept in the order read until
//! the file's retention rule is known and can judge them one by one: in
//! memory up to `IN_MEMORY`, the rest in an unlinked temporary file of the
//! process's own (mode 0600, gone when closed), as the worker's frames. A
//! mailbox of any size — a PST of a million messages, ~50 MB as a list —
//! holds a bounded part of memory.

use std::fs::File;
use std::io::{self, BufReader, BufWriter, Seek, SeekFrom, Write};

use jiff::Timestamp;

use crate::extract::worker::{append_frame, read_frame};

/// A message: its id (or index) and its date.
pub type Message = (Box<str>, Option<Timestamp>);

/// Messages held in memory at most (~50 bytes each).
const IN_MEMORY: usize = 4096;

#[derive(Default)]
pub struct Messages {
    /// The messages after those spilled.
    kept: Vec<Message>,
    /// Where the first ones went; `None` until `kept` first fills, or if
    /// no temporary file could be made.
    spilled: Option<Spill>,
}

/// The temporary file and how many messages it holds. Once it cannot be
/// written (a full disk), the messages stay in memory, as they all did
/// before spilling, and none is lost.
struct Spill {
    file: BufWriter<File>,
    count: u64,
    broken: bool,
}

impl Messages {
    pub fn push(&mut self, id: &str, date: Option<Timestamp>) {
        self.kept.push((id.into(), date));
        if self.kept.len() >= IN_MEMORY {
            self.spill();
        }
    }

    /// Moves the messages held in memory to the file.
    fn spill(&mut self) {
        if self.spilled.is_none() {
            let file = tempfile::tempfile().ok();
            self.spilled = file.map(|file| Spill { file: BufWriter::new(file), count: 0, broken: false });
        }
        let Some(spill) = self.spilled.as_mut().filter(|s| !s.broken) else { return };
        let (mut frame, mut written) = (Vec::new(), 0);
        for message in &self.kept {
            frame.clear();
            if append_frame(&mut frame, message).and_then(|()| spill.file.write_all(&frame)).is_err() {
                spill.broken = true;
                break;
            }
            written += 1;
        }
        spill.count += written as u64;
        self.kept.drain(..written);
    }

    /// Every message, in the order pushed (again on each call), read back
    /// as it goes; if some cannot be, why, in `failed`, and those left out.
    pub fn replay<'a>(&'a mut self, failed: &'a mut Option<io::Error>) -> impl Iterator<Item = Message> + 'a {
        let mut spilled = None;
        if let Some(Spill { file, count, .. }) = &mut self.spilled {
            match file.flush().and_then(|()| file.get_ref().seek(SeekFrom::Start(0))) {
                Ok(_) => spilled = Some((BufReader::new(file.get_ref()), *count)),
                Err(e) => *failed = Some(e),
            }
        }
        let from_file = spilled.map(|(mut reader, count)| {
            (0..count).map_while(move |_| read_frame::<Message>(&mut reader).map_err(|e| *failed = Some(e)).ok())
        });
        from_file.into_iter().flatten().chain(self.kept.iter().cloned())
    }

    /// Messages held in memory.
    #[cfg(test)]
    fn in_memory(&self) -> usize {
        self.kept.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_mailbox_of_any_size_holds_a_bounded_list_and_replays_it_in_order() {
        let mut messages = Messages::default();
        let date = |i: usize| (!i.is_multiple_of(3)).then(|| Timestamp::from_second(1_700_000_000 + i as i64).unwrap());
        let n = 3 * IN_MEMORY + 17;
        for i in 0..n {
            messages.push(&format!("m{i}@example.com"), date(i));
            assert!(messages.in_memory() < IN_MEMORY, "{} messages in memory", messages.in_memory());
        }
        let want: Vec<Message> = (0..n).map(|i| (format!("m{i}@example.com").into(), date(i))).collect();
        for _ in 0..2 {
            let mut failed = None;
            let got: Vec<Message> = messages.replay(&mut failed).collect();
            assert!(failed.is_none(), "{failed:?}");
            assert_eq!(got, want);
        }
    }
}
