//! A mailbox's messages, each its id and date, kept in the order read until
//! the file's retention rule is known and can judge them one by one, and
//! for the inventory, which stores them: a list that spills past a bounded
//! part in memory (`spill`), so that a mailbox of any size — a PST of a
//! million messages, ~50 MB as a list — holds a bounded part of memory.

use jiff::Timestamp;

use super::spill::{Spilled, Spilling};

/// A message: its id (or index) and its date.
pub type Message = (Box<str>, Option<Timestamp>);

/// A list being gathered; `finish` makes the `MessageList` read back.
pub type Messages = Spilling<Message>;

/// A mailbox's messages as gathered: shared, and read back in order as
/// often as asked.
pub type MessageList = Spilled<Message>;

#[cfg(test)]
mod tests {
    use super::super::spill::IN_MEMORY;
    use super::*;

    #[test]
    fn message_ids_and_dates_round_trip_through_the_spilled_part() {
        let date = |i: usize| (!i.is_multiple_of(3)).then(|| Timestamp::from_second(1_700_000_000 + i as i64).unwrap());
        let want: Vec<Message> = (0..IN_MEMORY + 17).map(|i| (format!("m{i}@example.com").into(), date(i))).collect();
        let mut messages = Messages::default();
        for message in &want {
            messages.push(message.clone());
        }
        let mut failed = None;
        let got: Vec<Message> = messages.finish().iter(&mut failed).map(|m| m.into_owned()).collect();
        assert!(failed.is_none(), "{failed:?}");
        assert_eq!(got, want);
    }
}
