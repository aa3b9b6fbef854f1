//! JSON Lines (one record per line) and JSON (the same records in one array).

use std::io::{self, BufWriter, Write};

use super::{Change, FileRecord, Finding, MessageRecord, Record, Reporter, Summary};

pub struct JsonReporter {
    out: BufWriter<Box<dyn Write + Send>>,
    /// One JSON array instead of one object per line.
    array: bool,
    written: u64,
}

impl JsonReporter {
    pub fn new(out: Box<dyn Write + Send>, array: bool) -> Self {
        JsonReporter { out: BufWriter::with_capacity(64 << 10, out), array, written: 0 }
    }

    fn write(&mut self, record: Record) -> io::Result<()> {
        if self.array {
            self.out.write_all(if self.written == 0 { b"[\n" } else { b",\n" })?;
        }
        serde_json::to_writer(&mut self.out, &record)?;
        if !self.array {
            self.out.write_all(b"\n")?;
        }
        self.written += 1;
        Ok(())
    }
}

impl Reporter for JsonReporter {
    fn change(&mut self, change: &Change) -> io::Result<()> {
        self.write(Record::Change(change))
    }

    fn finding(&mut self, finding: &Finding) -> io::Result<()> {
        self.write(Record::Finding(finding))
    }

    fn message(&mut self, message: &MessageRecord) -> io::Result<()> {
        self.write(Record::Message(message))
    }

    fn file(&mut self, file: &FileRecord) -> io::Result<()> {
        self.write(Record::File(file))
    }

    fn summary(&mut self, summary: &Summary) -> io::Result<()> {
        self.write(Record::Summary(summary))?;
        if self.array {
            self.out.write_all(b"\n]\n")?;
        }
        self.out.flush()
    }
}
