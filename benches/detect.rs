//! Detection throughput (MB/s) of the built-in rule pack on synthetic text:
//! sparse (one identifier line in 50, typical of documents) and dense (one in
//! 2, typical of HR and payroll exports). Run: `cargo bench --bench detect`.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use dpscan::detect::{Engine, EngineOptions};

#[path = "../tests/common/corpus.rs"]
mod corpus;

fn detection(c: &mut Criterion) {
    let engine = Engine::new(&dpscan::rules::builtin().unwrap(), EngineOptions::default()).unwrap();
    let mut group = c.benchmark_group("detect");
    for (name, every) in [("sparse", 50), ("dense", 2), ("prose_only", 0)] {
        let text = corpus::corpus(4 << 20, every);
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_function(name, |b| {
            b.iter(|| text.as_bytes().chunks(1 << 20).map(|chunk| engine.scan(chunk).len()).sum::<usize>())
        });
    }
    group.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(10).measurement_time(std::time::Duration::from_secs(5));
    targets = detection
}
criterion_main!(benches);
