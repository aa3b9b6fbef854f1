//! Detection rules as data: the TOML schema of `rules/detectors/*.toml`, the
//! built-in pack compiled into the binary, loading a user's rules directory,
//! and `rules check` (every rule's samples judged by the real engine). The
//! pack's other data lives here too: the name lists, the special-category
//! lexicons and Vocalink's bank modulus tables (which a rules directory may
//! replace with a newer pair).
//!
//! This module only reads and checks rules; compiling them into something
//! that scans is `detect::Engine`'s job.

use std::borrow::Cow;
use std::collections::HashSet;
use std::fs;
use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};

use serde::Deserialize;
use thiserror::Error;

use crate::detect::modulus::{Modulus, Table, TableError};
use crate::detect::names::{NameDetector, NameLists};
use crate::detect::special::{Lexicons, SpecialDetector};
use crate::detect::{Engine, Kind};
use crate::extract::ExtractOptions;

/// The built-in pack: `rules/detectors/*.toml`, compiled in.
const BUILTIN: &[(&str, &str)] = &[("identifiers.toml", include_str!("../../rules/detectors/identifiers.toml"))];

/// The built-in name dictionaries, `rules/names/*.txt`.
const NAMES: NameLists<'static> = NameLists {
    given: include_str!("../../rules/names/given.txt"),
    surnames: include_str!("../../rules/names/surnames.txt"),
    ambiguous: include_str!("../../rules/names/ambiguous.txt"),
    not_names: include_str!("../../rules/names/not_names.txt"),
    name_ends: include_str!("../../rules/names/name_ends.txt"),
    posts: include_str!("../../rules/names/posts.txt"),
    nicknames: NICKNAMES,
};

/// Nickname groups (`rules/names/nicknames.txt`): one a line, commas between.
pub const NICKNAMES: &str = include_str!("../../rules/names/nicknames.txt");

/// The built-in special-category lexicons.
const SPECIAL: &str = include_str!("../../rules/special_category.toml");

/// The built-in dictionary detectors: person names and special-category terms.
pub fn builtin_dictionaries() -> (NameDetector, SpecialDetector) {
    let lexicons = load_lexicons("rules/special_category.toml", SPECIAL).expect("the built-in lexicons are tested");
    (NameDetector::new(&NAMES), SpecialDetector::new(&lexicons))
}

/// What produces a file's findings, as a short hash: the detector rules as
/// loaded, the dictionaries and lexicons when on, the bank modulus tables,
/// the confidence floor, the
/// extractors' and detection's versions and limits, and dpscan's own version. An inventory
/// reads again every file whose findings came from another fingerprint.
pub fn fingerprint(
    rules: &[DetectorRule],
    dictionaries: bool,
    min_confidence: f32,
    modulus: &ModulusTables,
    extract: &ExtractOptions,
) -> String {
    let mut hasher = blake3::Hasher::new();
    let mut part = |text: &str| {
        hasher.update(&(text.len() as u64).to_le_bytes());
        hasher.update(text.as_bytes());
    };
    part(env!("CARGO_PKG_VERSION"));
    part(&crate::extract::VERSION.to_string());
    part(&crate::detect::VERSION.to_string());
    part(crate::detect::validate::IBAN_REGISTRY);
    part(crate::detect::validate::UK_POSTCODE_AREAS);
    // Where files are read (in workers or not) changes nothing read well.
    part(&format!("{:?}", ExtractOptions { worker_memory: None, ..*extract }));
    part(&min_confidence.to_string());
    for rule in rules {
        // What detects, not where it was written or how it is described.
        let detecting = DetectorRule {
            description: String::new(),
            samples: Samples::default(),
            source: String::new(),
            ..rule.clone()
        };
        part(&format!("{detecting:?}"));
    }
    part(&modulus.weights.text);
    part(&modulus.substitutions.text);
    if dictionaries {
        for text in
            [NAMES.given, NAMES.surnames, NAMES.ambiguous, NAMES.not_names, NAMES.name_ends, NAMES.posts, SPECIAL]
        {
            part(text);
        }
    }
    hasher.finalize().to_hex()[..16].to_string()
}

/// Special-category lexicons from TOML `text`. Every listed term must load:
/// a comment inside a term list that holds a quoted term ("# mental health
/// "self-harm", …" on one line) is refused, where TOML would drop the term
/// silently.
pub fn load_lexicons(file: &str, text: &str) -> Result<Lexicons, RulesError> {
    if let Some((line, terms)) = commented_terms(text) {
        return Err(RulesError::CommentedTerms { file: file.to_string(), line, terms: terms.join(", ") });
    }
    let lexicons: Lexicons =
        toml::from_str(text).map_err(|e| RulesError::Syntax { file: file.to_string(), source: Box::new(e) })?;
    // A term has one role in its category: listed twice, it would be
    // counted twice and say the same. Case and runs of whitespace are no
    // difference ("Union  rep" is "union rep" typed twice).
    for lexicon in &lexicons.category {
        let mut seen = HashSet::new();
        let key = |t: &String| t.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase();
        if let Some(term) = lexicon.entries().find(|t| !seen.insert(key(t))) {
            let category = lexicon.name.as_str();
            return Err(RulesError::TermTwice { file: file.to_string(), category, term: term.clone() });
        }
    }
    Ok(lexicons)
}

/// The first line (1-based) with a comment inside an array that holds
/// double-quoted strings, and those strings. Comments outside arrays may
/// quote words freely.
fn commented_terms(text: &str) -> Option<(usize, Vec<&str>)> {
    let mut depth = 0usize;
    for (number, line) in text.lines().enumerate() {
        let mut quote = None;
        let mut chars = line.char_indices();
        while let Some((i, c)) = chars.next() {
            match (quote, c) {
                (Some('"'), '\\') => {
                    chars.next();
                }
                (Some(q), c) if c == q => quote = None,
                (Some(_), _) => {}
                (None, '"' | '\'') => quote = Some(c),
                (None, '[') => depth += 1,
                (None, ']') => depth = depth.saturating_sub(1),
                (None, '#') => {
                    let quoted: Vec<&str> = line[i..].split('"').skip(1).step_by(2).collect();
                    if depth > 0 && !quoted.is_empty() {
                        return Some((number + 1, quoted));
                    }
                    break;
                }
                _ => {}
            }
        }
    }
    None
}

/// One of Vocalink's tables as text, and where it came from.
#[derive(Debug, Clone)]
pub struct TableText {
    /// The file, for messages: a path in the source tree for the built-in table.
    pub file: Cow<'static, str>,
    pub text: Cow<'static, str>,
}

/// The text of Vocalink's two modulus tables. Their text is what a rule
/// pack's fingerprint should hash: it changes with every Vocalink release.
#[derive(Debug, Clone)]
pub struct ModulusTables {
    /// `valacdos.txt`: the weight table.
    pub weights: TableText,
    /// `scsubtab.txt`: the sort-code substitution table.
    pub substitutions: TableText,
}

/// The built-in tables, `rules/vocalink/` (version 7.70; see its README).
pub const MODULUS: ModulusTables = ModulusTables {
    weights: TableText {
        file: Cow::Borrowed("rules/vocalink/valacdos.txt"),
        text: Cow::Borrowed(include_str!("../../rules/vocalink/valacdos.txt")),
    },
    substitutions: TableText {
        file: Cow::Borrowed("rules/vocalink/scsubtab.txt"),
        text: Cow::Borrowed(include_str!("../../rules/vocalink/scsubtab.txt")),
    },
};

impl ModulusTables {
    /// The built-in tables, each replaced by its namesake (`valacdos.txt`,
    /// `scsubtab.txt`) in `dir` when there is one.
    pub fn load(dir: Option<&Path>) -> Result<ModulusTables, RulesError> {
        let replace = |builtin: TableText| -> Result<TableText, RulesError> {
            let Some(path) = dir.map(|d| d.join(Path::new(builtin.file.as_ref()).file_name().unwrap_or_default()))
            else {
                return Ok(builtin);
            };
            match fs::read_to_string(&path) {
                Ok(text) => Ok(TableText { file: path.display().to_string().into(), text: text.into() }),
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(builtin),
                Err(source) => Err(RulesError::Io { path, source }),
            }
        };
        Ok(ModulusTables { weights: replace(MODULUS.weights)?, substitutions: replace(MODULUS.substitutions)? })
    }

    /// The parsed tables, or the file and line that does not parse.
    pub fn compile(&self) -> Result<Modulus, RulesError> {
        Modulus::parse(&self.weights.text, &self.substitutions.text).map_err(|source| {
            let table = match source.table {
                Table::Weights => &self.weights,
                Table::Substitutions => &self.substitutions,
            };
            RulesError::Table { file: table.file.to_string(), source }
        })
    }
}

/// The built-in modulus tables, parsed once.
pub fn builtin_modulus() -> Arc<Modulus> {
    static BUILTIN: OnceLock<Arc<Modulus>> = OnceLock::new();
    BUILTIN.get_or_init(|| Arc::new(MODULUS.compile().expect("the built-in modulus tables are tested"))).clone()
}

/// One detector as written in a rules file.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DetectorRule {
    pub id: String,
    pub kind: Kind,
    pub description: String,
    /// A `regex` crate pattern, matched on bytes with ASCII classes: `\d` is
    /// `[0-9]` and `\b` an ASCII word boundary (opt into Unicode with `(?u)`).
    /// A group named `value` narrows the match to the identifier itself.
    pub regex: String,
    /// When non-empty, the regex runs only within `window` bytes of one of
    /// these words; when empty it runs on all text.
    #[serde(default)]
    pub keywords: Vec<String>,
    #[serde(default = "default_window")]
    pub window: usize,
    /// Words that raise confidence when within `context_window` bytes.
    #[serde(default)]
    pub context: Vec<String>,
    #[serde(default = "default_window")]
    pub context_window: usize,
    /// Words that, just before the match, mean it is not of this kind
    /// ("version" before `1.2.3.4`): the match is dropped.
    #[serde(default)]
    pub veto: Vec<String>,
    /// Confidence of a validated match with no context word near it.
    pub confidence: f32,
    /// Confidence with a context word near it (default: `confidence`).
    pub context_confidence: Option<f32>,
    /// The name of a validator in `detect::validate` (`verbatim` for none).
    pub validator: String,
    /// Normalised values published as specimens (HMRC's NINO `QQ123456C`
    /// on its blank forms and guidance): test data, scored at the default
    /// floor (0.5) with the reason `specimen`, so `--min-confidence` above
    /// 0.5 drops them. A pack that scores them as any value leaves the list out.
    #[serde(default)]
    pub specimens: Vec<String>,
    #[serde(default)]
    pub samples: Samples,
    /// The file the rule came from, for error messages.
    #[serde(skip)]
    pub source: String,
}

/// Example texts a rule must find something of its kind in (`positive`), and
/// must not (`negative`). Checked by `dpscan rules check` and `cargo test`.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Samples {
    #[serde(default)]
    pub positive: Vec<String>,
    #[serde(default)]
    pub negative: Vec<String>,
}

fn default_window() -> usize {
    64
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RuleFile {
    #[serde(default)]
    detector: Vec<DetectorRule>,
}

#[derive(Debug, Error)]
pub enum RulesError {
    #[error("cannot read rules directory {}: {source}", path.display())]
    Io { path: PathBuf, source: std::io::Error },
    #[error("{file}: {source}")]
    Syntax { file: String, source: Box<toml::de::Error> },
    #[error("{file}: rule `{id}` is defined twice")]
    Duplicate { file: String, id: String },
    #[error("rule `{id}` ({file}): {message}")]
    Invalid { file: String, id: String, message: String },
    #[error("{file}: {source}")]
    Table { file: String, source: TableError },
    #[error("{file}, line {line}: terms inside a comment would not load: {terms}")]
    CommentedTerms { file: String, line: usize, terms: String },
    #[error("{file}: `{term}` is listed twice in {category}")]
    TermTwice { file: String, category: &'static str, term: String },
    #[error("no rules to run: the rules directory is empty and the built-in pack is off")]
    Empty,
}

/// The built-in pack.
pub fn builtin() -> Result<Vec<DetectorRule>, RulesError> {
    let mut rules = Vec::new();
    for (name, text) in BUILTIN {
        rules.extend(parse(name, text)?);
    }
    Ok(rules)
}

/// Every `*.toml` file directly inside `dir`, in file-name order.
pub fn load_dir(dir: &Path) -> Result<Vec<DetectorRule>, RulesError> {
    let io = |source| RulesError::Io { path: dir.to_path_buf(), source };
    let mut files: Vec<PathBuf> =
        fs::read_dir(dir).map_err(io)?.map(|e| e.map(|e| e.path())).collect::<Result<_, _>>().map_err(io)?;
    files.retain(|p| p.extension().is_some_and(|e| e == "toml") && p.is_file());
    files.sort();
    let mut rules = Vec::new();
    for file in files {
        let text = fs::read_to_string(&file).map_err(|source| RulesError::Io { path: file.clone(), source })?;
        rules.extend(parse(&file.display().to_string(), &text)?);
    }
    Ok(rules)
}

/// The active rule set: the built-in pack unless `builtin` is false, then the
/// rules of `dir`; a rule of `dir` with a built-in rule's id replaces it.
pub fn active(dir: Option<&Path>, builtin_pack: bool) -> Result<Vec<DetectorRule>, RulesError> {
    let mut rules = if builtin_pack { builtin()? } else { Vec::new() };
    if let Some(dir) = dir {
        for rule in load_dir(dir)? {
            match rules.iter_mut().find(|r| r.id == rule.id) {
                Some(existing) => *existing = rule,
                None => rules.push(rule),
            }
        }
    }
    if rules.is_empty() {
        return Err(RulesError::Empty);
    }
    Ok(rules)
}

fn parse(file: &str, text: &str) -> Result<Vec<DetectorRule>, RulesError> {
    let parsed: RuleFile =
        toml::from_str(text).map_err(|e| RulesError::Syntax { file: file.to_string(), source: Box::new(e) })?;
    let mut seen = HashSet::new();
    let mut rules = parsed.detector;
    for rule in &mut rules {
        if !seen.insert(rule.id.clone()) {
            return Err(RulesError::Duplicate { file: file.to_string(), id: rule.id.clone() });
        }
        rule.source = file.to_string();
    }
    Ok(rules)
}

/// One way a rule's samples are misjudged by the engine.
#[derive(Debug)]
pub struct SampleFailure {
    pub rule: String,
    pub sample: String,
    pub expected_finding: bool,
}

impl std::fmt::Display for SampleFailure {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        let verdict = if self.expected_finding { "missed positive" } else { "fired on negative" };
        write!(f, "rule `{}`: {verdict} sample {:?}", self.rule, self.sample)
    }
}

/// Runs every rule's samples through `engine` (built from the same rules): a
/// positive sample must yield a finding of the rule's kind, a negative none.
pub fn check_samples(rules: &[DetectorRule], engine: &Engine) -> Vec<SampleFailure> {
    let mut failures = Vec::new();
    for rule in rules {
        let judged =
            rule.samples.positive.iter().map(|s| (s, true)).chain(rule.samples.negative.iter().map(|s| (s, false)));
        for (sample, expected_finding) in judged {
            let found = engine.scan(sample.as_bytes()).iter().any(|m| m.kind == rule.kind);
            if found != expected_finding {
                failures.push(SampleFailure { rule: rule.id.clone(), sample: sample.clone(), expected_finding });
            }
        }
    }
    failures
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::detect::EngineOptions;

    #[test]
    fn builtin_pack_lists_every_file_in_rules_detectors() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("rules/detectors");
        let mut on_disk: Vec<String> = fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|n| n.ends_with(".toml"))
            .collect();
        on_disk.sort();
        let mut compiled: Vec<String> = BUILTIN.iter().map(|(n, _)| n.to_string()).collect();
        compiled.sort();
        assert_eq!(on_disk, compiled, "src/rules/mod.rs BUILTIN must list rules/detectors/*.toml");
    }

    #[test]
    fn every_builtin_sample_is_judged_right() {
        let rules = builtin().unwrap();
        let engine = Engine::new(&rules, EngineOptions::default()).unwrap();
        let failures = check_samples(&rules, &engine);
        let report: Vec<String> = failures.iter().map(ToString::to_string).collect();
        assert!(failures.is_empty(), "{}", report.join("\n"));
        for rule in &rules {
            assert!(!rule.samples.positive.is_empty(), "rule {} has no positive sample", rule.id);
            assert!(!rule.samples.negative.is_empty(), "rule {} has no negative sample", rule.id);
        }
    }

    #[test]
    fn builtin_dictionaries_load() {
        let lexicons = load_lexicons("special_category.toml", SPECIAL).unwrap();
        assert_eq!(lexicons.category.len(), 9, "one lexicon per category");
        assert!(lexicons.category.iter().all(|c| c.terms.len() >= 10));
        builtin_dictionaries();
    }

    #[test]
    fn a_rules_directory_replaces_each_modulus_table_it_holds() {
        let dir = tempfile::tempdir().unwrap();
        let builtin = ModulusTables::load(Some(dir.path())).unwrap();
        assert_eq!(builtin.weights.text, MODULUS.weights.text);
        let row = "089000 089999 MOD10    0    0    0    0    0    0    7    1    3    7    1    3    7    1\n";
        fs::write(dir.path().join("valacdos.txt"), row).unwrap();
        let newer = ModulusTables::load(Some(dir.path())).unwrap();
        assert_eq!(newer.weights.text, row);
        assert_eq!(newer.substitutions.text, MODULUS.substitutions.text);
        let modulus = newer.compile().unwrap();
        assert_eq!(modulus.verdict("089999", "66374958"), crate::detect::modulus::Verdict::Valid);
        assert_eq!(modulus.verdict("107999", "88837491"), crate::detect::modulus::Verdict::Unchecked);
        fs::write(dir.path().join("scsubtab.txt"), "938173\n").unwrap();
        let err = ModulusTables::load(Some(dir.path())).unwrap().compile().unwrap_err().to_string();
        assert!(err.contains("scsubtab.txt: line 1"), "{err}");
    }

    #[test]
    fn every_listed_term_loads() {
        let lexicons = load_lexicons("special_category.toml", SPECIAL).unwrap();
        let loaded: HashSet<&str> = lexicons.category.iter().flat_map(|c| c.terms.iter().map(String::as_str)).collect();
        for term in ["self-harm", "suicidal", "ethnic minority", "bame", "sex offender register"] {
            assert!(loaded.contains(term), "{term} is not loaded");
        }
        let swallowed = "# \"quoted\" words are fine here\n[[category]]\nname = 'health'\nterms = [\n  \"asthma\", # or \"copd\"\n  # mental health \"self-harm\", \"suicidal\",\n  \"x # y\",\n]\n";
        let err = load_lexicons("lex.toml", swallowed).unwrap_err().to_string();
        assert!(err.contains("lex.toml, line 5") && err.contains("copd"), "{err}");
        let err = load_lexicons("lex.toml", &swallowed.replace(" # or \"copd\"", "")).unwrap_err().to_string();
        assert!(err.contains("line 6") && err.contains("self-harm, suicidal"), "{err}");
        let fixed = swallowed.replace(" # or \"copd\"", "").replace("# mental health ", "");
        assert_eq!(load_lexicons("lex.toml", &fixed).unwrap().category[0].terms.len(), 4);
        let twice = "[[category]]\nname = 'health'\nterms = ['asthma', 'Injury']\nlabels = ['injury']\n";
        let err = load_lexicons("lex.toml", twice).unwrap_err().to_string();
        assert!(err.contains("`injury` is listed twice in health"), "{err}");
        let spaced = "[[category]]\nname = 'trade_union'\nterms = ['union rep', 'Union  rep']\n";
        let err = load_lexicons("lex.toml", spaced).unwrap_err().to_string();
        assert!(err.contains("`Union  rep` is listed twice in trade_union"), "{err}");
        let two_categories = "[[category]]\nname = 'health'\nterms = ['marfan syndrome']\n\
                              [[category]]\nname = 'genetic'\nterms = ['marfan syndrome']\n";
        assert!(load_lexicons("lex.toml", two_categories).is_ok(), "a term may reveal two categories");
    }

    #[test]
    fn unknown_keys_and_duplicates_are_refused() {
        let unknown = "[[detector]]\nid='x'\nkind='email'\ndescription=''\nregex='a'\nconfidence=0.5\nvalidator='verbatim'\nflavour='mint'\n";
        let err = parse("bad.toml", unknown).unwrap_err().to_string();
        assert!(err.contains("bad.toml") && err.contains("flavour"), "{err}");
        let rule =
            "[[detector]]\nid='x'\nkind='email'\ndescription=''\nregex='a'\nconfidence=0.5\nvalidator='verbatim'\n";
        let err = parse("dup.toml", &format!("{rule}{rule}")).unwrap_err().to_string();
        assert!(err.contains("defined twice"), "{err}");
    }
}
