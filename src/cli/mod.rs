//! The command line: parsed arguments → plain option structs → the library.
//! Exit status: 0 ran to the end (unreadable files are records, not
//! failures; also a reader that closed the pipe), 1 `--fail-on-findings`
//! found something (for `retention`: something is due) or `rules check`
//! found problems, 2 usage or fatal error such as a root that cannot be read
//! (returned as `Err` to `main`). An `index` run that ran to the end but
//! could not store a file it read exits 0 as a scan with unreadable files
//! does: the file is named in a warning on stderr, counted in the summary's
//! `unstored`, and read again by the next run.

mod args;

use std::io::{self, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;

use anyhow::{anyhow, bail, Context};
use clap::CommandFactory;

pub use args::Cli;
use args::{
    AccessArgs, BreachArgs, BreachFormat, ColorArg, Command, DbArgs, DisposeArgs, EraseArgs, EraseFormat, ExtractArgs,
    FormatArg, IarArgs, IarFormatArg, IndexArgs, LineFormat, MarkArgs, MarksArgs, OutputArgs, PolicyArgs, ReportArgs,
    RuleArgs, RulesAction, RulesArgs, SarArgs, SarFormat, SortArg, SubjectArgs, WalkArgs,
};

use crate::detect::mask::mask;
use crate::detect::{Engine, EngineOptions, Kind};
use crate::dispose::{self, Act, Done, Method, Outcome};
use crate::extract::{self, ExtractError, Location, Sink, Unit};
use crate::index::{self, Database, Inventory};
use crate::progress::Progress;
use crate::report::{self, sanitize, ReportFormat, Reporter, Sheet};
use crate::retention::Policy;
use crate::rules::{self, DetectorRule};
use crate::scan::{self, Job, ScanOptions};
use crate::walk::WalkOptions;

/// The exit status of a run that failed, after saying why on stderr. A
/// reader that stopped early (`dpscan scan … | head`) is no failure: as
/// ripgrep does, exit 0 and say nothing.
pub fn failed(e: &anyhow::Error) -> ExitCode {
    let broken_pipe =
        e.chain().any(|cause| cause.downcast_ref::<io::Error>().is_some_and(|e| e.kind() == io::ErrorKind::BrokenPipe));
    if broken_pipe {
        return ExitCode::SUCCESS;
    }
    eprintln!("dpscan: {}", report::sanitize_lines(&in_words(e)));
    ExitCode::from(2)
}

/// An error and its causes, each said once: a cause whose text its
/// error already quotes (thiserror's `{source}`) is not repeated.
fn in_words(e: &anyhow::Error) -> String {
    let mut text = String::new();
    for cause in e.chain() {
        let said = cause.to_string();
        let said = said.trim_end();
        if !text.contains(said) {
            if !text.is_empty() {
                text.push_str(": ");
            }
            text.push_str(said);
        }
    }
    text
}

pub fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    match cli.command {
        Command::Scan(args) => {
            let fail_on_findings = args.fail_on_findings;
            let summary = run_job(Job::Scan, args.paths, &args.output, &args.rules, args.walk, &args.policy, false)?;
            Ok(if fail_on_findings && summary.findings > 0 { ExitCode::from(1) } else { ExitCode::SUCCESS })
        }
        Command::Retention(args) => {
            let fail_on_due = args.fail_on_findings;
            let summary =
                run_job(Job::Retention, args.paths, &args.output, &args.rules, args.walk, &args.policy, !args.all)?;
            let due = summary.expired + summary.expired_messages > 0;
            Ok(if fail_on_due && due { ExitCode::from(1) } else { ExitCode::SUCCESS })
        }
        Command::Index(args) => run_index(args),
        Command::Report(args) => run_report(args),
        Command::Iar(args) => run_iar(args),
        Command::Mark(args) => run_mark(args),
        Command::Marks(args) => run_marks(args),
        Command::Sar(args) => run_sar(args),
        Command::Breach(args) => run_breach(args),
        Command::Erase(args) => run_erase(args),
        Command::Dispose(args) => run_dispose(args),
        Command::Restore(args) => {
            if args.roots.is_empty() {
                bail!("give --root DIR for each tree files may be put back into: the manifest is not trusted to say where");
            }
            let mut printer = OutcomePrinter::new(args.format);
            dispose::restore(&args.manifest, &args.roots, &mut |o| printer.print(o))?;
            printer.totals()?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Extract(args) => run_extract(args),
        Command::Rules(args) => run_rules(args),
        Command::Completions { shell } => print_generated(|out| {
            clap_complete::generate(shell, &mut Cli::command(), "dpscan", out);
            Ok(())
        }),
        Command::Man => print_generated(|out| clap_mangen::Man::new(Cli::command()).render(out)),
    }
}

/// Writes what `generate` makes from the grammar to stdout: made in memory
/// first, since clap_complete panics on a failed write (a closed pipe).
fn print_generated(generate: impl FnOnce(&mut Vec<u8>) -> io::Result<()>) -> anyhow::Result<ExitCode> {
    let mut text = Vec::new();
    generate(&mut text)?;
    io::stdout().write_all(&text)?;
    Ok(ExitCode::SUCCESS)
}

fn load_rules(args: &RuleArgs) -> anyhow::Result<Vec<DetectorRule>> {
    Ok(rules::active(args.rules.as_deref(), !args.no_builtin_rules)?)
}

/// Vocalink's tables: the built-in pair, or a newer one in `--rules DIR`.
fn load_modulus(args: &RuleArgs) -> anyhow::Result<rules::ModulusTables> {
    Ok(rules::ModulusTables::load(args.rules.as_deref())?)
}

fn build_engine(args: &RuleArgs, rules: &[DetectorRule], modulus: &rules::ModulusTables) -> anyhow::Result<Engine> {
    if !(0.0..=1.0).contains(&args.min_confidence) {
        bail!("--min-confidence must be between 0.0 and 1.0");
    }
    let options = EngineOptions { min_confidence: args.min_confidence, ..EngineOptions::default() };
    let modulus = match args.rules {
        Some(_) => Arc::new(modulus.compile()?),
        None => rules::builtin_modulus(),
    };
    let engine = Engine::new(rules, options)?.with_modulus(modulus);
    Ok(if args.no_builtin_rules { engine } else { engine.with_dictionaries_from(rules::builtin_dictionaries) })
}

/// `scan` and `retention`: the same crawl with a different job.
fn run_job(
    job: Job,
    roots: Vec<PathBuf>,
    output: &OutputArgs,
    rule_args: &RuleArgs,
    walk: WalkArgs,
    policy_args: &PolicyArgs,
    only_due: bool,
) -> anyhow::Result<crate::report::Summary> {
    check_roots(&roots)?;
    let rules = load_rules(rule_args)?;
    let engine = Arc::new(build_engine(rule_args, &rules, &load_modulus(rule_args)?)?);
    let policy = load_policy(policy_args.policy.as_deref(), Some(&rules))?;
    let command = if job == Job::Retention { "retention" } else { "scan" };
    let context = report_context(command, &roots, &policy, policy_args.as_of);
    let disclosure = report::Disclosure { reveal: output.reveal, explain: output.explain, key: None };
    let options = scan_options(job, roots, walk, output.output.iter().cloned().collect(), policy_args, disclosure)?;
    let sheet = if job == Job::Retention { Sheet::Retention } else { Sheet::Records };
    let (mut reporter, live_on_terminal) = open_report(output, sheet, &context, &engine)?;
    if only_due {
        reporter = Box::new(report::DueOnly::new(reporter));
    }
    let progress = Progress::new(!output.quiet && !output.no_progress && !live_on_terminal);
    scan::scan(&options, &engine, &policy, None, reporter.as_mut(), &progress)
}

/// Fails on the first root that is missing, or a directory that cannot be
/// listed: a share that was not there must not pass for a clean run. Files
/// inside a readable tree that fail stay records.
fn check_roots(roots: &[PathBuf]) -> anyhow::Result<()> {
    for root in roots {
        let listed =
            std::fs::metadata(root)
                .and_then(|meta| if meta.is_dir() { std::fs::read_dir(root).map(drop) } else { Ok(()) });
        listed.map_err(|e| anyhow!("cannot read the root {}: {e}", root.display()))?;
    }
    Ok(())
}

/// The policy at `path`, or the built-in one. With the active `rules`, a
/// kind the policy names that is not built in must be one a rule reports (a
/// misspelt kind would match nothing); without them (an inventory, which
/// holds what earlier packs found), any well-formed name stands.
fn load_policy(path: Option<&Path>, rules: Option<&[DetectorRule]>) -> anyhow::Result<Policy> {
    let policy = match path {
        Some(path) => Policy::load(path)?,
        None => Policy::builtin(),
    };
    if let Some(rules) = rules {
        let reported = |kind: &Kind| !kind.is_custom() || rules.iter().any(|r| r.kind == *kind);
        for rule in &policy.rules {
            if let Some(kind) = rule.kinds.iter().find(|k| !reported(k)) {
                bail!(
                    "policy rule `{}`: the kind `{}` is not built in, and no rule of --rules reports it",
                    rule.id,
                    kind.as_str()
                );
            }
        }
    }
    Ok(policy)
}

/// What the reports for people say beside the records.
fn report_context(
    command: &'static str,
    roots: &[PathBuf],
    policy: &Policy,
    as_of: Option<jiff::civil::Date>,
) -> report::Context {
    report::Context {
        command,
        today: as_of.unwrap_or_else(|| jiff::Zoned::now().date()),
        roots: roots.to_vec(),
        rules: report::overview::RuleInfo::of(policy),
    }
}

/// The reporter `output` asks for, CSV with the columns of `sheet`, and
/// whether it writes to a terminal while the crawl runs (then no progress
/// line is drawn: the report's own lines show progress). Unless revealed,
/// names from the content in its records are masked by what `engine` finds.
fn open_report(
    output: &OutputArgs,
    sheet: Sheet,
    context: &report::Context,
    engine: &Arc<Engine>,
) -> anyhow::Result<(Box<dyn Reporter + Send>, bool)> {
    let to_terminal = output.output.is_none() && io::stdout().is_terminal();
    let chosen = output.format.unwrap_or(if to_terminal { FormatArg::Table } else { FormatArg::Jsonl });
    if output.excel && chosen != FormatArg::Csv {
        bail!("--excel applies to --format csv only");
    }
    let format = match chosen {
        FormatArg::Table => ReportFormat::Table {
            color: match output.color {
                ColorArg::Always => true,
                ColorArg::Never => false,
                ColorArg::Auto => to_terminal && std::env::var_os("NO_COLOR").is_none(),
            },
        },
        FormatArg::Json => ReportFormat::Json,
        FormatArg::Jsonl => ReportFormat::Jsonl,
        FormatArg::Csv => ReportFormat::Csv { sheet, excel: output.excel },
        FormatArg::Html => ReportFormat::Html,
        FormatArg::Xlsx if to_terminal => bail!("--format xlsx writes a workbook: name its file with --output"),
        FormatArg::Xlsx => ReportFormat::Xlsx { sheet },
    };
    let out: Box<dyn Write + Send> = match &output.output {
        Some(path) => {
            Box::new(report::create_private(path).with_context(|| format!("cannot create {}", path.display()))?)
        }
        None => Box::new(io::stdout()),
    };
    let mut reporter = report::reporter(format, out, context).context("cannot write the report")?;
    if !output.reveal {
        reporter = Box::new(report::MaskedNames::new(reporter, engine.clone()));
    }
    if output.sort == Some(SortArg::Path) {
        reporter = Box::new(report::SortedByPath::new(reporter));
    }
    Ok((reporter, to_terminal && output.sort.is_none()))
}

fn scan_options(
    job: Job,
    roots: Vec<PathBuf>,
    walk: WalkArgs,
    own_files: Vec<PathBuf>,
    policy_args: &PolicyArgs,
    disclosure: report::Disclosure,
) -> anyhow::Result<ScanOptions> {
    Ok(ScanOptions {
        job,
        extract: walk.limits.options()?,
        walk: WalkOptions {
            roots,
            include: walk.include,
            exclude: walk.exclude,
            follow_links: walk.follow,
            one_file_system: walk.one_file_system,
            max_filesize: walk.max_filesize,
            own_files,
            shard: None,
        },
        disclosure,
        threads: walk.threads.unwrap_or(0), // 0: one per core
        as_of: policy_args.as_of.unwrap_or_else(|| jiff::Zoned::now().date()),
    })
}

/// `index`: the crawl of `scan` with the inventory as its memory and sink.
fn run_index(args: IndexArgs) -> anyhow::Result<ExitCode> {
    if args.output.reveal {
        bail!("the inventory keeps masked values and keyed digests only, so --reveal cannot apply to it; use `dpscan scan --reveal`");
    }
    // Canonical (absolute, links resolved), so the inventory knows a file
    // however its folder is named; a root inside another is crawled once. A
    // root that cannot be read (an unmounted share) stops the run here.
    let mut roots: Vec<PathBuf> = Vec::new();
    for path in &args.paths {
        let root = std::fs::canonicalize(path)
            .with_context(|| format!("cannot read the root {}; the inventory was not changed", path.display()))?;
        roots.push(root);
    }
    roots.sort();
    roots.dedup_by(|inner, outer| inner.starts_with(outer));
    check_roots(&roots).map_err(|e| anyhow!("{e}; the inventory was not changed"))?;
    let rule_args = &args.rules;
    let rules = load_rules(rule_args)?;
    let modulus = load_modulus(rule_args)?;
    let policy = load_policy(args.policy.policy.as_deref(), Some(&rules))?;
    let inventory = inventory(&args.db);
    let mut store = inventory.open(true)?;
    store.claim(&roots, args.shard)?;
    let key = inventory.key(store.as_mut(), true)?;
    // Loaded while the detectors are built and the crawl begins.
    let loader = store.loader(&roots);
    let shard = args.shard;
    let in_roots = roots.clone();
    let threads = crate::walk::crawl_threads(args.walk.threads.unwrap_or(0));
    let known = index::Loading::start(Box::new(move || {
        let mut known = loader()?;
        known.keep_folders_for(threads);
        // A sharded run answers for its part only: nothing outside it is gone.
        if let Some(shard) = shard {
            let in_part = |path: &Path| {
                let root = in_roots.iter().find(|r| path.starts_with(r));
                root.is_some_and(|r| shard.holds(crate::walk::relative(path, r)))
            };
            known.retain(in_part)?;
        }
        Ok(known)
    }));
    let engine = Arc::new(build_engine(rule_args, &rules, &modulus)?);
    let fingerprint = rules::fingerprint(
        &rules,
        !rule_args.no_builtin_rules,
        rule_args.min_confidence,
        &modulus,
        &args.walk.limits.options()?,
    );
    let run = index::Run {
        id: store.begin_run(&roots, &fingerprint)?,
        roots: roots.clone(),
        fingerprint,
        allow_all_gone: args.allow_all_gone,
    };
    let messages = store.message_source();
    let memory = index::Remembered { files: &known, fingerprint: &run.fingerprint, messages: &messages };
    // The reports for people show the whole inventory once the run is in
    // it, not the night's changes alone.
    // Opened first, so a report that cannot be written stops the run before it starts.
    let whole = matches!(args.output.format, Some(FormatArg::Html | FormatArg::Xlsx));
    let context = report_context("index", &roots, &policy, args.policy.as_of);
    let (opened, live_on_terminal) = open_report(&args.output, Sheet::Records, &context, &engine)?;
    let (reporter, mut for_people) = match whole {
        true => (report::reporter(ReportFormat::Jsonl, Box::new(io::sink()), &context)?, Some(opened)),
        false => (opened, None),
    };
    let mut own_files: Vec<PathBuf> = args.output.output.iter().cloned().collect();
    own_files.extend(inventory.own_files());
    let disclosure = report::Disclosure { reveal: false, explain: true, key: Some(Arc::new(key)) };
    let mut options = scan_options(Job::Scan, roots.clone(), args.walk, own_files, &args.policy, disclosure)?;
    options.walk.shard = args.shard;
    let progress = Progress::new(!args.output.quiet && !args.output.no_progress && !live_on_terminal);
    let mut writer = index::IndexWriter::new(store.as_mut(), &run, &known, reporter);
    let scanned = scan::scan(&options, &engine, &policy, Some(&memory), &mut writer, &progress);
    // A load that failed stops the run at its first file: say why.
    known.known().map_err(|e| anyhow!("{e}"))?;
    scanned?;
    let totals = *writer.totals();
    let news = totals.any_news();
    for unstored in writer.unstored() {
        eprintln!("dpscan: warning: {}", report::sanitize_lines(&unstored.to_string()));
    }
    drop(writer);
    if let Some(reporter) = for_people.as_mut() {
        let view = index::View { changes: Some(totals), ..index::View::default() };
        index::report(store.as_mut(), &policy, context.today, view, reporter.as_mut())?;
    }
    Ok(if args.fail_on_changes && news { ExitCode::from(1) } else { ExitCode::SUCCESS })
}

/// `report`: the inventory alone, judged under the policy as of the day.
fn run_report(args: ReportArgs) -> anyhow::Result<ExitCode> {
    if args.output.reveal {
        bail!("the inventory keeps masked values and keyed digests only, so --reveal cannot apply to it; use `dpscan scan --reveal`");
    }
    let (mut store, _) = inventory(&args.db).open_keyed()?;
    let policy = load_policy(args.policy.policy.as_deref(), None)?;
    let today = args.policy.as_of.unwrap_or_else(|| jiff::Zoned::now().date());
    let sheet = if args.due { Sheet::Retention } else { Sheet::Records };
    let context = report_context("report", &store.roots()?, &policy, Some(today));
    let engine = Arc::new(masking_engine()?);
    let (mut reporter, _) = open_report(&args.output, sheet, &context, &engine)?;
    if args.due {
        reporter = Box::new(report::DueOnly::new(reporter));
    }
    let view = index::View { explain: args.output.explain, show_marked: args.show_marked, changes: None };
    index::report(store.as_mut(), &policy, today, view, reporter.as_mut())?;
    Ok(ExitCode::SUCCESS)
}

/// `iar`: the Information Asset Register of a crawl, or of the inventory.
fn run_iar(args: IarArgs) -> anyhow::Result<ExitCode> {
    let (format, on_terminal) = match args.format {
        IarFormatArg::Csv => (report::iar::IarFormat::Csv, false),
        IarFormatArg::Xlsx => (report::iar::IarFormat::Xlsx, io::stdout().is_terminal()),
    };
    let out: Box<dyn Write + Send> = match &args.output {
        Some(path) => {
            Box::new(report::create_private(path).with_context(|| format!("cannot create {}", path.display()))?)
        }
        None if on_terminal => bail!("--format xlsx writes a workbook: name its file with --output"),
        None => Box::new(io::stdout()),
    };
    let open = |context: report::Context| report::iar::IarReporter::new(out, format, context);
    if let Some(db) = &args.db {
        let (mut store, _) = reach(db, &args.access).open_keyed()?;
        let policy = load_policy(args.policy.policy.as_deref(), None)?;
        let context = report_context("iar", &store.roots()?, &policy, args.policy.as_of);
        let view = index::View::default();
        index::report(store.as_mut(), &policy, context.today, view, &mut open(context.clone()))?;
        return Ok(ExitCode::SUCCESS);
    }
    check_roots(&args.paths)?;
    let rules = load_rules(&args.rules)?;
    let engine = build_engine(&args.rules, &rules, &load_modulus(&args.rules)?)?;
    let policy = load_policy(args.policy.policy.as_deref(), Some(&rules))?;
    let context = report_context("iar", &args.paths, &policy, args.policy.as_of);
    let mut reporter = open(context);
    let own_files = args.output.iter().cloned().collect();
    let options =
        scan_options(Job::Scan, args.paths, args.walk, own_files, &args.policy, report::Disclosure::default())?;
    scan::scan(&options, &engine, &policy, None, &mut reporter, &Progress::new(!args.quiet))?;
    Ok(ExitCode::SUCCESS)
}

/// `mark`: a reviewer's decision, kept in the inventory.
fn run_mark(args: MarkArgs) -> anyhow::Result<ExitCode> {
    if args.decision == index::marks::Decision::LegalHold && args.kind.is_some() {
        bail!("a legal hold keeps a whole file: give it without --kind");
    }
    let (mut store, key) = inventory(&args.db).open_keyed()?;
    // `-`: read from standard input, so the value is in no command line.
    let value = match args.value.as_deref() {
        Some("-") => {
            let mut line = String::new();
            io::stdin().read_line(&mut line).context("cannot read the value from standard input")?;
            Some(line.trim().to_string())
        }
        other => other.map(str::to_string),
    };
    let digest = match (args.kind, &value) {
        (Some(kind), Some(value)) => {
            // Normalised as the detectors normalise what they find.
            let value = query_engine()?.normalise(kind, value).with_context(|| {
                format!("the value given is not a valid {}, so no finding can hold it", kind.as_str())
            })?;
            Some(key.digest(kind, &value))
        }
        _ => None,
    };
    let by = args.by.or_else(|| std::env::var("USER").ok()).context("say who decided with --by NAME")?;
    let path = std::path::absolute(&args.path).with_context(|| format!("cannot resolve {}", args.path.display()))?;
    let new = index::marks::NewMark { path, decision: args.decision, by, why: args.why, kind: args.kind, digest };
    let covered = store.add_mark(&new)?;
    let path = new.path.to_string_lossy();
    let path = sanitize(&path);
    if new.decision == index::marks::Decision::LegalHold {
        writeln!(io::stdout(), "marked {path}: under a legal hold, which erasure plans keep")?;
    } else {
        writeln!(io::stdout(), "marked {path}: {covered} findings covered while it is unchanged")?;
    }
    Ok(ExitCode::SUCCESS)
}

/// The engine that normalises a value someone typed (a query, a mark) as
/// the detectors normalise what they find: the built-in pack, keeping every
/// match whatever its score.
fn query_engine() -> anyhow::Result<Engine> {
    let options = EngineOptions { min_confidence: 0.0, ..EngineOptions::default() };
    Ok(Engine::new(&rules::builtin()?, options)?.with_dictionaries_from(rules::builtin_dictionaries))
}

impl SubjectArgs {
    /// The identifiers given, as search terms; refused when nothing says who.
    fn terms(&self) -> anyhow::Result<Vec<index::sar::Term>> {
        let given = [
            (Kind::Email, &self.email),
            (Kind::UkNino, &self.nino),
            (Kind::Phone, &self.phone),
            (Kind::DateOfBirth, &self.dob),
            (Kind::NhsNumber, &self.nhs),
            (Kind::UkPostcode, &self.postcode),
        ];
        let terms: Vec<index::sar::Term> = given
            .iter()
            .flat_map(|(kind, typed)| typed.iter().map(|t| index::sar::Term { kind: *kind, typed: t.clone() }))
            .collect();
        if terms.is_empty() && self.name.is_empty() {
            bail!("say who to search for: --name, --email, --nino, --phone, --dob, --nhs or --postcode");
        }
        Ok(terms)
    }

    fn nicknames(&self) -> Option<&'static str> {
        self.nicknames.then_some(rules::NICKNAMES)
    }

    /// The names and `terms` as a report shows what was searched for:
    /// masked as a finding is, once normalised ("19/07/1984" shows its year
    /// alone), unless `reveal`.
    fn shown(&self, terms: &[index::sar::Term], engine: &Engine, reveal: bool) -> Vec<String> {
        let shown = |kind: Kind, typed: &str| match reveal {
            true => typed.to_string(),
            false => mask(kind, &engine.normalise(kind, typed).unwrap_or_else(|| typed.to_string())),
        };
        let mut searched: Vec<String> = self.name.iter().map(|n| shown(Kind::PersonName, n)).collect();
        searched.extend(terms.iter().map(|t| format!("{} {}", t.kind.as_str(), shown(t.kind, &t.typed))));
        searched
    }
}

/// `sar`: every place the inventory holds the person's identifiers.
fn run_sar(args: SarArgs) -> anyhow::Result<ExitCode> {
    use index::sar;
    let terms = args.subject.terms()?;
    let mut out: Box<dyn Write> = match &args.output {
        Some(path) => {
            Box::new(report::create_private(path).with_context(|| format!("cannot create {}", path.display()))?)
        }
        None => Box::new(io::stdout().lock()),
    };
    let (mut store, key) = inventory(&args.db).open_keyed()?;
    let engine = query_engine()?;
    let mut answer =
        sar::search(store.as_mut(), &engine, &key, &args.subject.name, &terms, args.subject.nicknames(), args.reveal)?;
    // What a hit's location or a file not searched quotes of the content,
    // masked as report records are.
    if !args.reveal {
        for hit in &mut answer.hits {
            if let Some(masked) = report::masked_location(&engine, &hit.location) {
                hit.location = masked;
            }
        }
        for unsearched in &mut answer.unsearched {
            unsearched.why = unsearched.why.masked(&engine);
        }
    }
    let searched = args.subject.shown(&terms, &engine, args.reveal);
    let request =
        sar::export::Request { terms: searched, received: args.received, reveal: args.reveal, answer: &answer };
    if let Some(dir) = &args.export {
        sar::export::write(dir, &request).with_context(|| format!("cannot export to {}", dir.display()))?;
    }
    let jsonl = match args.format {
        Some(SarFormat::Csv) => {
            sar::export::manifest(out, &answer)?;
            return Ok(ExitCode::SUCCESS);
        }
        Some(SarFormat::Html) => {
            sar::html::write(out, &request)?;
            return Ok(ExitCode::SUCCESS);
        }
        Some(format) => format == SarFormat::Jsonl,
        None => args.output.is_some() || LineFormat::jsonl(None),
    };
    for hit in &answer.hits {
        if jsonl {
            let mut value = serde_json::to_value(hit)?;
            value["type"] = "hit".into();
            writeln!(out, "{value}")?;
        } else {
            let matched: Vec<String> = hit.matched.iter().map(ToString::to_string).collect();
            let path = hit.path.to_string_lossy();
            writeln!(
                out,
                "{:?}  {}  {}  {}",
                hit.strength,
                sanitize(&path),
                report::describe(&hit.location),
                matched.join(", ")
            )?;
            match (&hit.snippet, hit.source) {
                (Some(snippet), _) => writeln!(out, "    “{}”", sanitize(snippet))?,
                (None, sar::Source::Changed) => writeln!(out, "    changed since indexing: index again to quote it")?,
                (None, sar::Source::Gone) => writeln!(out, "    gone since indexing")?,
                (None, sar::Source::Unchanged) => {}
            }
        }
    }
    for unsearched in &answer.unsearched {
        let (path, reason) = (unsearched.path.to_string_lossy(), unsearched.why.to_string());
        if jsonl {
            let record = serde_json::json!({"type": "unsearched", "path": path, "reason": reason});
            writeln!(out, "{record}")?;
        } else {
            writeln!(out, "not searched  {}: {}", sanitize(&path), sanitize(&reason))?;
        }
    }
    let files = answer.hits.iter().map(|h| &h.path).collect::<std::collections::BTreeSet<_>>().len();
    if jsonl {
        let summary = serde_json::json!({"type": "summary", "terms": terms.len() + args.subject.name.len(), "hits": answer.hits.len(),
            "files": files, "unsearched": answer.unsearched.len()});
        writeln!(out, "{summary}")?;
    } else {
        writeln!(
            out,
            "\n{} places in {files} files hold the {} terms given; {} files could not be searched",
            answer.hits.len(),
            terms.len() + args.subject.name.len(),
            answer.unsearched.len()
        )?;
    }
    Ok(ExitCode::SUCCESS)
}

/// `erase`: the erasure plan for one person.
fn run_erase(args: EraseArgs) -> anyhow::Result<ExitCode> {
    let terms = args.subject.terms()?;
    let to_terminal = args.output.is_none() && io::stdout().is_terminal();
    let format = args.format.unwrap_or(if to_terminal { EraseFormat::Table } else { EraseFormat::Jsonl });
    let policy = load_policy(args.policy.policy.as_deref(), None)?;
    let today = args.policy.as_of.unwrap_or_else(|| jiff::Zoned::now().date());
    let mut out: Box<dyn Write> = match &args.output {
        Some(path) => {
            Box::new(report::create_private(path).with_context(|| format!("cannot create {}", path.display()))?)
        }
        None => Box::new(io::stdout().lock()),
    };
    let (mut store, key) = inventory(&args.db).open_keyed()?;
    let request =
        crate::erase::Request { names: &args.subject.name, terms: &terms, nicknames: args.subject.nicknames() };
    let engine = query_engine()?;
    let plan = crate::erase::plan(store.as_mut(), &engine, &key, &request, &policy, today, args.reveal)?;
    match format {
        EraseFormat::Csv => crate::erase::write::csv(&mut out, &plan)?,
        EraseFormat::Jsonl => crate::erase::write::jsonl(&mut out, &plan)?,
        EraseFormat::Table => crate::erase::write::table(&mut out, &plan)?,
        EraseFormat::Html => {
            let terms = args.subject.shown(&terms, &engine, args.reveal);
            crate::erase::html::write(&mut out, &plan, &terms, today, args.reveal)?
        }
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

/// `marks`: every decision, current, stale (the file changed) or gone.
fn run_marks(args: MarksArgs) -> anyhow::Result<ExitCode> {
    let (mut store, _) = inventory(&args.db).open_keyed()?;
    let jsonl = LineFormat::jsonl(args.format);
    let mut out = io::stdout().lock();
    for record in store.marks()? {
        if jsonl {
            let mut value = serde_json::to_value(&record)?;
            value["type"] = "mark".into();
            writeln!(out, "{value}")?;
        } else {
            let m = &record.mark;
            let what = m.kind.map_or("the file", |k| k.as_str());
            let state = serde_json::to_value(record.state)?;
            writeln!(
                out,
                "{:<8} {} ({what}): {} by {} on {}: {}",
                state.as_str().unwrap_or_default(),
                sanitize(&record.path.to_string_lossy()),
                serde_json::to_value(m.decision)?.as_str().unwrap_or_default(),
                sanitize(&m.by),
                m.at.get(..10).unwrap_or(&m.at),
                sanitize(&m.why)
            )?;
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// The inventory `db` names, reached as `access` says.
fn reach(db: &Database, access: &AccessArgs) -> Inventory {
    Inventory {
        database: db.clone(),
        key_file: access.key_file.clone(),
        host: access.host.clone().unwrap_or_else(index::host),
    }
}

/// The built-in rules, which mask the names and error texts an inventory
/// holds from earlier runs (whatever rules found its findings).
fn masking_engine() -> anyhow::Result<Engine> {
    Ok(Engine::new(&rules::builtin()?, EngineOptions::default())?
        .with_modulus(rules::builtin_modulus())
        .with_dictionaries_from(rules::builtin_dictionaries))
}

/// `breach`: what the exposed files held, from the inventory alone.
fn run_breach(args: BreachArgs) -> anyhow::Result<ExitCode> {
    use crate::breach::{self, Exposure, Target};
    let cwd = std::env::current_dir().context("cannot tell the working directory")?;
    let exposure = match (&args.files, args.since.zip(args.until)) {
        (Some(list), _) => {
            Exposure::listed(list, &cwd).with_context(|| format!("cannot read the list {}", list.display()))?
        }
        (None, Some((since, until))) if since > until => bail!("--since {since} is after --until {until}"),
        (None, Some((since, until))) => Exposure::Window { since, until },
        (None, None) => Exposure::Paths(
            args.paths.iter().map(|p| Target::parse(p, &cwd)).collect::<Result<_, _>>().map_err(|e| anyhow!(e))?,
        ),
    };
    let as_of = args
        .as_of
        .or_else(|| args.until.map(|t| t.to_zoned(jiff::tz::TimeZone::UTC).date()))
        .unwrap_or_else(|| jiff::Zoned::now().date());
    let (mut store, _) = inventory(&args.db).open_keyed()?;
    let assessment = breach::assess(store.as_mut(), &exposure, as_of, &masking_engine()?)?;
    let named = match &exposure {
        Exposure::Paths(targets) => Some(targets.iter().map(|t| t.shown.as_str()).collect::<Vec<_>>().join(", ")),
        Exposure::Listed { list, .. } => Some(format!("a path listed in {}", list.display())),
        Exposure::Window { .. } => None,
    };
    if let Some(named) = named.filter(|_| assessment.files.exposed == 0) {
        bail!("no file of the inventory matches {named}");
    }
    let to_terminal = args.output.is_none() && io::stdout().is_terminal();
    let mut out: Box<dyn Write> = match &args.output {
        Some(path) => {
            Box::new(report::create_private(path).with_context(|| format!("cannot create {}", path.display()))?)
        }
        None => Box::new(io::stdout().lock()),
    };
    match args.format.unwrap_or(if to_terminal { BreachFormat::Table } else { BreachFormat::Json }) {
        BreachFormat::Table => breach::print_table(&mut out, &assessment)?,
        BreachFormat::Json => {
            serde_json::to_writer_pretty(&mut out, &assessment)?;
            writeln!(out)?;
        }
        BreachFormat::Html => breach::html::write(&mut out, &assessment)?,
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

fn inventory(args: &DbArgs) -> Inventory {
    reach(&args.db, &args.access)
}

fn run_dispose(args: DisposeArgs) -> anyhow::Result<ExitCode> {
    let (judged, source) = match (&args.report, &args.plan, &args.db) {
        (Some(report), _, _) => (dispose::read_report(report)?, report.clone()),
        (None, Some(plan), Some(db)) => {
            // Holds and files are this machine's: a plan is carried out
            // where its files are, as of a day that has come.
            let machine = index::host();
            if let Some(host) = args.access.host.as_deref().filter(|h| *h != machine) {
                bail!(
                    "--host {host} is not this machine ({machine}): a plan is carried out on the machine whose \
                     files it names, where their legal holds are checked; run dispose --plan there"
                );
            }
            let now = jiff::Zoned::now().date();
            if let Some(later) = args.as_of.filter(|d| *d > now) {
                bail!(
                    "--as-of {later} is after today ({now}): with --plan, exemptions are checked as of today or before"
                );
            }
            let (mut store, key) = reach(db, &args.access).open_keyed()?;
            let policy = load_policy(args.policy.as_deref(), None)?;
            let today = args.as_of.unwrap_or(now);
            let mut judged = dispose::read_plan(plan, &key)?;
            crate::erase::recheck(store.as_mut(), &masking_engine()?, &policy, today, &mut judged.files)?;
            (judged, plan.clone())
        }
        (None, None, Some(db)) => {
            let (mut store, _) = reach(db, &args.access).open_keyed()?;
            let policy = load_policy(args.policy.as_deref(), None)?;
            let today = args.as_of.unwrap_or_else(|| jiff::Zoned::now().date());
            let source = match db {
                Database::Sqlite(path) => path.clone(),
                Database::Postgres(_) if args.delete && args.log.is_none() => {
                    bail!("give --log FILE: a central inventory has no folder for the disposal log to go beside")
                }
                Database::Postgres(_) => PathBuf::from(db.to_string()),
            };
            (index::due_for_disposal(store.as_mut(), &policy, today)?, source)
        }
        // --plan requires --db (clap).
        (None, _, None) => bail!("give --report FILE, --plan FILE or --db FILE"),
    };
    if args.roots.is_empty() {
        let named: Vec<String> = judged.roots.iter().map(|r| r.display().to_string()).collect();
        bail!(
            "give --root DIR for each tree dispose may act in: {} is not trusted to say where (it names {})",
            source.display(),
            named.join(", ")
        );
    }
    let method = match args.quarantine {
        Some(dir) => Method::Quarantine(dir),
        None => {
            let mut default_log = source.into_os_string();
            default_log.push(".disposals.jsonl");
            Method::Delete { log: args.log.unwrap_or_else(|| default_log.into()) }
        }
    };
    let today = args.as_of.unwrap_or_else(|| jiff::Zoned::now().date());
    let mut printer = OutcomePrinter::new(args.format);
    dispose::dispose(judged, &args.roots, &method, args.execute, today, &mut |o| printer.print(o))?;
    printer.totals()?;
    if !args.execute && printer.counts[1] > 0 {
        eprintln!("dry run: nothing was changed; add --execute to act");
    }
    Ok(ExitCode::SUCCESS)
}

/// Prints disposal outcomes: a line each on a terminal, or JSONL records.
struct OutcomePrinter {
    jsonl: bool,
    /// done, dry run, skipped
    counts: [u64; 3],
}

impl OutcomePrinter {
    fn new(format: Option<LineFormat>) -> Self {
        OutcomePrinter { jsonl: LineFormat::jsonl(format), counts: [0; 3] }
    }

    fn print(&mut self, o: &Outcome) -> io::Result<()> {
        let slot = match o.status {
            Done::Done => 0,
            Done::DryRun => 1,
            Done::Skipped => 2,
        };
        self.counts[slot] += 1;
        let mut out = io::stdout().lock();
        if self.jsonl {
            let mut record = serde_json::to_value(o)?;
            record["type"] = "disposal".into();
            return writeln!(out, "{record}");
        }
        let verb = match (o.status, o.action) {
            (Done::Done, Act::Quarantine) => "quarantined",
            (Done::Done, Act::Delete) => "deleted",
            (Done::Done, Act::Restore) => "restored",
            (Done::DryRun, Act::Quarantine) => "would quarantine",
            (Done::DryRun, _) => "would delete",
            (Done::Skipped, _) => "skipped",
        };
        let path = sanitize(&o.path);
        match (&o.destination, &o.reason) {
            (_, Some(reason)) => writeln!(out, "{verb:<16} {path}: {}", sanitize(reason)),
            (Some(dest), None) => writeln!(out, "{verb:<16} {path} -> {}", sanitize(dest)),
            (None, None) => writeln!(out, "{verb:<16} {path}"),
        }
    }

    fn totals(&self) -> io::Result<()> {
        if !self.jsonl {
            let [done, dry, skipped] = self.counts;
            writeln!(io::stdout(), "{done} done, {dry} in dry run, {skipped} skipped")?;
        }
        Ok(())
    }
}

fn run_extract(args: ExtractArgs) -> anyhow::Result<ExitCode> {
    let path = &args.file;
    let (file, head, sniffed) =
        scan::open_and_sniff(path, true).map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))?;
    let stdout = io::stdout();
    let mut sink = PrintSink { out: stdout.lock(), jsonl: args.format == LineFormat::Jsonl, error: None };
    if !sink.jsonl {
        let encoding = sniffed.encoding.map_or("", |e| e.name());
        writeln!(sink.out, "# {} ({} {encoding})", sanitize(&path.display().to_string()), sniffed.format.as_str())?;
    }
    let target = extract::guard::Target { path, follow: true, size: file.metadata()?.len() };
    extract::guard::extract(&target, sniffed, head, file, &args.limits.options()?, &mut sink)
        .0
        .with_context(|| format!("cannot extract {}", path.display()))?;
    if let Some(e) = sink.error {
        return Err(e.into());
    }
    sink.out.flush()?;
    Ok(ExitCode::SUCCESS)
}

/// Prints each unit's own text (not the overlap it shares with its neighbours).
struct PrintSink<W: Write> {
    out: W,
    jsonl: bool,
    error: Option<io::Error>,
}

impl<W: Write> Sink for PrintSink<W> {
    fn unit(&mut self, unit: &Unit<'_>) {
        if self.error.is_some() {
            return;
        }
        let location = unit.locator().at(unit.owned.start);
        let text = &unit.text[unit.owned.clone()];
        let written = if self.jsonl {
            let record = serde_json::json!({ "location": location, "text": text });
            writeln!(self.out, "{record}")
        } else {
            let at = report::describe(&Location { line: Some(unit.first_line), ..unit.location.clone() });
            let end = if text.ends_with('\n') { "" } else { "\n" };
            write!(self.out, "## {at}\n{text}{end}")
        };
        self.error = written.err();
    }

    fn problem(&mut self, location: &Location, error: &ExtractError) {
        if self.error.is_none() {
            let written = if self.jsonl {
                writeln!(self.out, "{}", serde_json::json!({ "location": location, "problem": error.to_string() }))
            } else {
                writeln!(self.out, "## not read: {} {error}", report::describe(location))
            };
            self.error = written.err();
        }
    }
}

fn run_rules(args: RulesArgs) -> anyhow::Result<ExitCode> {
    match args.action {
        None => {
            let rules = load_rules(&args.rules)?;
            let engine = build_engine(&args.rules, &rules, &load_modulus(&args.rules)?)?;
            let mut out = io::stdout().lock();
            writeln!(out, "{:<30} {:<18} {:>5} {:>5}  {:<9} description", "id", "kind", "conf", "ctx", "runs near")?;
            for (r, compiled) in rules.iter().zip(engine.rules()) {
                let ctx = r.context_confidence.unwrap_or(r.confidence);
                let kind = r.kind.as_str();
                let scope = compiled.scope();
                writeln!(
                    out,
                    "{:<30} {kind:<18} {:>5.2} {ctx:>5.2}  {scope:<9} {}",
                    r.id, r.confidence, r.description
                )?;
            }
            if !args.rules.no_builtin_rules {
                // Scored by their evidence, and run over all text.
                let (names, special) = rules::builtin_dictionaries();
                for (kind, (id, description)) in
                    [(Kind::PersonName, names.describe()), (Kind::SpecialCategory, special.describe())]
                {
                    writeln!(
                        out,
                        "{id:<30} {:<18} {:>5} {:>5}  {:<9} {description}",
                        kind.as_str(),
                        "-",
                        "-",
                        "all text"
                    )?;
                }
            }
            Ok(ExitCode::SUCCESS)
        }
        Some(RulesAction::Check { dir }) => {
            let check_args = RuleArgs { rules: Some(dir.clone()), ..args.rules };
            let own = rules::load_dir(&dir)?;
            let rules = load_rules(&check_args)?;
            let engine = build_engine(&check_args, &rules, &load_modulus(&check_args)?)?;
            let failures: Vec<_> = rules::check_samples(&own, &engine);
            let mut out = io::stdout().lock();
            for failure in &failures {
                writeln!(out, "{failure}")?;
            }
            let samples: usize = own.iter().map(|r| r.samples.positive.len() + r.samples.negative.len()).sum();
            writeln!(out, "{}: {} rules, {samples} samples, {} failures", dir.display(), own.len(), failures.len())?;
            Ok(if failures.is_empty() { ExitCode::SUCCESS } else { ExitCode::from(1) })
        }
    }
}
