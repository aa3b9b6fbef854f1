use std::io::Write;
#[path = "../tests/common/corpus.rs"]
mod corpus;
fn main() {
    let block = corpus::corpus(1 << 20, 0);
    let mut out = std::io::BufWriter::new(std::fs::File::create("/tmp/gib.txt").unwrap());
    for i in 0..1024usize {
        out.write_all(format!("Zoë's NI number QQ{:06}A\n", i).as_bytes()).unwrap();
        out.write_all(&block.as_bytes()[..block.len() - i % 97]).unwrap();
    }
}
