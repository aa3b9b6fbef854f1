//! One pass of the built-in pack over one corpus of the engine bench, for
//! instruction counts: `valgrind --tool=callgrind` on this counts the same
//! whatever the machine's load, where `cargo bench --bench detect` times.
//! Run: `cargo bench --bench detect_once -- dense [names]` (corpus: sparse,
//! dense or prose_only; `names` adds the name and term dictionaries).

use dpscan::detect::{Engine, EngineOptions};

#[path = "../tests/common/corpus.rs"]
mod corpus;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).filter(|a| a != "--bench").collect();
    let every = match args.first().map(String::as_str) {
        Some("sparse") => 50,
        Some("prose_only") => 0,
        _ => 2,
    };
    let mut engine = Engine::new(&dpscan::rules::builtin().unwrap(), EngineOptions::default()).unwrap();
    if args.iter().any(|a| a == "names") {
        let (names, special) = dpscan::rules::builtin_dictionaries();
        engine = engine.with_dictionaries(names, special);
    }
    let text = corpus::corpus(4 << 20, every);
    let found: usize = text.as_bytes().chunks(1 << 20).map(|chunk| engine.scan(chunk).len()).sum();
    println!("{found} matches in {} bytes", text.len());
}
