//! Detection throughput (MB/s) of the built-in rule pack on synthetic text:
//! sparse (one identifier line in 50, typical of documents) and dense (one in
//! 2, typical of HR and payroll exports); structured identifiers alone, and
//! with person names and special-category terms. Run: `cargo bench --bench detect`.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use dpscan::detect::{Engine, EngineOptions};

#[path = "../tests/common/corpus.rs"]
mod corpus;

fn detection(c: &mut Criterion) {
    let identifiers = Engine::new(&dpscan::rules::builtin().unwrap(), EngineOptions::default()).unwrap();
    let (names, special) = dpscan::rules::builtin_dictionaries();
    let everything = Engine::new(&dpscan::rules::builtin().unwrap(), EngineOptions::default())
        .unwrap()
        .with_dictionaries(names, special);
    let mut group = c.benchmark_group("detect");
    for (name, every) in [("sparse", 50), ("dense", 2), ("prose_only", 0)] {
        let text = corpus::corpus(4 << 20, every);
        group.throughput(Throughput::Bytes(text.len() as u64));
        for (engine_name, engine) in [("identifiers", &identifiers), ("with_names", &everything)] {
            group.bench_function(format!("{name}/{engine_name}"), |b| {
                b.iter(|| text.as_bytes().chunks(1 << 20).map(|chunk| engine.scan(chunk).len()).sum::<usize>())
            });
        }
    }
    group.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(10).measurement_time(std::time::Duration::from_secs(5));
    targets = detection
}
criterion_main!(benches);
