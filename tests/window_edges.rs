//! Window edges of streamed text never lose or double a match, and line
//! numbers stay exact across them.

use dpscan::detect::{Engine, EngineOptions};
use dpscan::extract::{text, Sink, Unit};

fn nino(i: usize) -> String {
    format!("QQ{:06}{}", i % 1_000_000, ['A', 'B', 'C', 'D'][i % 4])
}

/// Collects the owned matches of each window, as the scanner does.
struct Owned<'e> {
    engine: &'e Engine,
    values: Vec<(u64, String)>,
}

impl Sink for Owned<'_> {
    fn unit(&mut self, unit: &Unit<'_>) {
        let mut locator = unit.locator();
        for m in self.engine.scan(unit.text.as_bytes()) {
            if unit.owned.contains(&m.start) {
                self.values.push((locator.at(m.start).line.unwrap(), m.value));
            }
        }
    }
}

#[test]
fn window_edges_lose_and_double_nothing() {
    // An identifier every ~100 bytes and small windows: thousands of edges,
    // each cutting through text at a different point of a line.
    let mut text = String::new();
    let mut want = Vec::new();
    for i in 0..100_000 {
        let filler: String = "lorem ipsum dolor sit amet é ".chars().take((i * 7) % 28).collect();
        let value = nino(i);
        text.push_str(&format!(
            "{filler}NI {} {} {} {} {}\n",
            &value[..2],
            &value[2..4],
            &value[4..6],
            &value[6..8],
            &value[8..]
        ));
        want.push((i as u64 + 1, value));
    }
    let engine = Engine::new(&dpscan::rules::builtin().unwrap(), EngineOptions::default()).unwrap();
    for window in [4096, 10_007, 1 << 20] {
        let mut sink = Owned { engine: &engine, values: Vec::new() };
        let (head, mut rest) = text.as_bytes().split_at(100);
        let location = Default::default();
        text::Windows::default().extract(encoding_rs::UTF_8, head, &mut rest, window, &location, &mut sink).unwrap();
        assert_eq!(sink.values.len(), want.len(), "window {window}");
        assert!(sink.values == want, "window {window}: values or line numbers differ");
    }
}
