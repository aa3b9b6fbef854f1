use std::time::Instant;
#[path = "../tests/common/corpus.rs"]
mod corpus;
fn main() {
    let text = corpus::corpus(32 << 20, 50);
    let t = text.as_bytes();
    let mb = |s: Instant| t.len() as f64 / s.elapsed().as_secs_f64() / 1e6;
    let re = regex_automata::meta::Regex::new(r"\p{Lu}[\p{L}\p{M}'’\-]*").unwrap();
    let s = Instant::now();
    let n = re.find_iter(t).count();
    println!("cap words {:.0} MB/s {n}", mb(s));
    for pat in [r"(?-u:[A-Z\xC3-\xC9][A-Za-z\x80-\xFF'\-]*)", r"[A-Z][a-zA-Z'\-]*"] {
        let re = regex_automata::meta::Regex::builder()
            .syntax(regex_automata::util::syntax::Config::new().utf8(false))
            .build(pat)
            .unwrap();
        let s = Instant::now();
        let n = re.find_iter(t).count();
        println!("{pat} {:.0} MB/s {n}", mb(s));
    }
    let lex: dpscan::detect::special::Lexicons =
        toml::from_str(&std::fs::read_to_string("rules/special_category.toml").unwrap()).unwrap();
    let pats: Vec<String> = lex.category.iter().flat_map(|c| c.terms.clone()).collect();
    for kind in [aho_corasick::MatchKind::LeftmostLongest, aho_corasick::MatchKind::Standard] {
        let ac =
            aho_corasick::AhoCorasick::builder().ascii_case_insensitive(true).match_kind(kind).build(&pats).unwrap();
        let s = Instant::now();
        let n = ac.find_iter(t).count();
        println!("special AC {kind:?} {:.0} MB/s {n}", mb(s));
    }
    let re = regex_automata::meta::Regex::builder()
        .build_many(&pats.iter().map(|p| format!("(?i){}", regex_syntax::escape(p))).collect::<Vec<_>>())
        .unwrap();
    let s = Instant::now();
    let n = re.find_iter(t).count();
    println!("special meta {:.0} MB/s {n}", mb(s));
}
