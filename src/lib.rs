//! dpscan finds personal data on file shares.
//!
//! The pipeline runs one way: [`walk`] finds files, [`source`] opens them
//! without changing them, [`sniff`] names their format, [`extract`] turns them
//! into text units with locations, [`detect`] finds validated identifiers in
//! the text using the rules of [`rules`], and [`report`] writes the records.
//! [`scan`] ties these together; [`cli`] is the command line over them.
//!
//! ```
//! use dpscan::detect::{Engine, EngineOptions, Kind};
//!
//! let engine = Engine::new(&dpscan::rules::builtin().unwrap(), EngineOptions::default()).unwrap();
//! let found = engine.scan(b"NI number: QQ 12 34 56 C");
//! assert_eq!(found[0].kind, Kind::UkNino);
//! assert_eq!(found[0].value, "QQ123456C");
//! ```

pub mod breach;
pub mod cli;
pub mod detect;
pub mod dispose;
pub mod erase;
pub mod extract;
pub mod index;
pub mod progress;
pub mod report;
pub mod retention;
pub mod rules;
pub mod scan;
pub mod sniff;
pub mod source;
pub mod walk;
