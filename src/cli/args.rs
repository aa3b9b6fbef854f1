//! The command-line grammar (clap). Nothing here acts: `cli::run` turns
//! these raw values into the library's plain option structs.

use std::path::PathBuf;

use clap::{ArgGroup, Args, Parser, Subcommand, ValueEnum};

use std::time::Duration;

use crate::extract::ocr::{OcrMode, OcrOptions};
use crate::extract::{ExtractOptions, Limits};
use crate::index::Database;
use crate::walk::Shard;

#[derive(Debug, Parser)]
#[command(name = "dpscan", version, about = "Find personal data on file shares", max_term_width = 100)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Crawl, extract text, detect personal data and report, with retention verdicts
    #[command(after_help = "Examples:
  dpscan scan /srv/share                              a table on a terminal
  dpscan scan /srv/share --format jsonl -o scan.jsonl a report for scripts and dispose
  dpscan scan /srv/share --format csv --excel -o scan.csv
  dpscan scan HR Finance --exclude '~$*' --exclude '*.tmp' --min-confidence 0.8
  dpscan scan /srv/share --quiet --fail-on-findings   exit 1 when anything is found (CI)")]
    Scan(ScanArgs),
    /// Retention audit: which files are past their period, and the action due
    #[command(after_help = "Examples:
  dpscan retention /srv/share                           what is due today, under the built-in policy
  dpscan retention /srv/share --policy ours.toml --as-of 2026-04-01
  dpscan retention /srv/share --format csv -o review.csv   a review sheet
  dpscan retention /srv/share --format jsonl -o due.jsonl  for `dpscan dispose --report due.jsonl`
  dpscan retention /srv/share --quiet --fail-on-findings   exit 1 when something is due")]
    Retention(RetentionArgs),
    /// Build or update the inventory: read only what changed since the last run, report the changes
    #[command(after_help = "Examples:
  dpscan index /srv/share --db /var/lib/dpscan/inventory.db
  dpscan index /srv/share --db inv.db --format jsonl -o changes.jsonl --fail-on-changes")]
    Index(IndexArgs),
    /// Write a report (any format) from the inventory alone, reading no file
    #[command(after_help = "Examples:
  dpscan report --db inv.db --format csv -o findings.csv
  dpscan report --db inv.db --policy new.toml --as-of 2026-04-01 --due   a new policy, no file read")]
    Report(ReportArgs),
    /// Information Asset Register: one row per asset (a policy rule's `asset`, else a top-level folder)
    #[command(after_help = "Examples:
  dpscan iar /srv/share --policy ours.toml -o assets.csv
  dpscan iar /srv/share --format xlsx -o assets.xlsx
  dpscan iar --db inv.db --policy ours.toml -o assets.csv   from the inventory, no file read")]
    Iar(IarArgs),
    /// Record a reviewer's decision on a file, or some of its findings, in the inventory
    #[command(after_help = "Examples:
  dpscan mark /srv/share/Test/sample.csv --db inv.db --as test-data --why 'synthetic records'
  dpscan mark /srv/share/HR/letter.docx --db inv.db --as false-positive --kind uk_nino \\
      --value 'QQ 12 34 56 C' --why 'the HMRC specimen number'")]
    Mark(MarkArgs),
    /// Subject access search: every file, message and member the inventory holds with the person's identifiers
    #[command(after_help = "Examples:
  dpscan sar --db inv.db --nino 'QQ 12 34 56 C' --email jane.smith@example.com
  dpscan sar --db inv.db --name 'Jane Smith' --phone '07700 900123' --format jsonl > jane.jsonl
  dpscan sar --db inv.db --name 'Jane Smith' --received 2026-01-31 --format html -o jane.html

A name is found in the forms documents write it (Jane Smith, Jane A. Smith, Smith, Jane;
J. Smith, Ms Smith and Smith alone are weak hits); identifiers among the findings by keyed
digest and as words in their usual written forms.")]
    Sar(SarArgs),
    /// Erasure plan: each file holding the person, to delete, redact, keep (and why) or check
    #[command(after_help = "Examples:
  dpscan erase --db inv.db --name 'Jane Smith' --nino 'QQ 12 34 56 C' --format csv -o plan.csv
  dpscan erase --db inv.db --name 'Jane Smith' --email jane.smith@example.com --format html -o plan.html
  dpscan dispose --plan plan.csv --root /srv/share --quarantine /srv/quarantine   once approved

A file is deleted when it is about the person (see README: Erasure), redacted when it mentions
them among others, kept under a legal hold (mark --as legal-hold) or a policy rule with an
`erasure` exemption; files that changed since indexing or could not be searched are to check.
Fill the CSV's `approved` column with `yes` for the deletions you approve.")]
    Erase(EraseArgs),
    /// List reviewers' decisions, and whether each still applies
    #[command(after_help = "Examples:
  dpscan marks --db inv.db
  dpscan marks --db inv.db --format jsonl")]
    Marks(MarksArgs),
    /// Breach impact assessment of exposed files, from the inventory alone: kinds of data, people, severity
    #[command(after_help = "Examples:
  dpscan breach --db inv.db /srv/share/HR                      a folder shared by mistake
  dpscan breach --db inv.db '/srv/share/**/*.xlsx' --format html -o breach.html
  dpscan breach --db inv.db --files lost-laptop.txt --format json
  dpscan breach --db inv.db --since 2026-03-03 --until 2026-03-10   what the runs saw new or changed

No file is read: the source files may be gone. People are a range, with its method.")]
    Breach(BreachArgs),
    /// Quarantine or delete the files a saved jsonl report found due for deletion
    #[command(after_help = "Examples:
  dpscan dispose --report due.jsonl --root /srv/share --quarantine /srv/quarantine   dry run: says what it would do
  dpscan dispose --report due.jsonl --root /srv/share --quarantine /srv/quarantine --execute
  dpscan dispose --db inv.db --root /srv/share --delete --execute --log disposals.jsonl")]
    Dispose(DisposeArgs),
    /// Put back every file of a quarantine manifest, byte- and timestamp-exact
    #[command(after_help = "Example:
  dpscan restore --manifest /srv/quarantine/manifest.jsonl --root /srv/share")]
    Restore(RestoreArgs),
    /// Print the text and locations the extractor sees in one file
    #[command(after_help = "Examples:
  dpscan extract letter.docx
  dpscan extract mailbox.pst --format jsonl")]
    Extract(ExtractArgs),
    /// List the active detectors, or check a rules directory
    #[command(after_help = "Examples:
  dpscan rules                          the built-in pack
  dpscan rules --rules ./our-rules      with our own rules added
  dpscan rules check ./our-rules        syntax, regexes and every sample")]
    Rules(RulesArgs),
    /// Print a shell's completion script, made from this command line
    #[command(after_help = "Examples:
  dpscan completions bash > /etc/bash_completion.d/dpscan
  dpscan completions zsh > /usr/local/share/zsh/site-functions/_dpscan
  dpscan completions fish > ~/.config/fish/completions/dpscan.fish")]
    Completions {
        /// The shell: bash, zsh, fish, powershell or elvish
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print the manual page (roff), made from this command line
    #[command(after_help = "Example:
  dpscan man > /usr/local/share/man/man1/dpscan.1")]
    Man,
}

#[derive(Debug, Args)]
pub struct ScanArgs {
    /// Files or directories to scan
    #[arg(required = true, value_name = "PATH")]
    pub paths: Vec<PathBuf>,
    #[command(flatten)]
    pub output: OutputArgs,
    #[command(flatten)]
    pub rules: RuleArgs,
    #[command(flatten)]
    pub walk: WalkArgs,
    #[command(flatten)]
    pub policy: PolicyArgs,
    /// Exit with status 1 when anything is found
    #[arg(long)]
    pub fail_on_findings: bool,
}

#[derive(Debug, Args)]
pub struct RetentionArgs {
    /// Files or directories to audit
    #[arg(required = true, value_name = "PATH")]
    pub paths: Vec<PathBuf>,
    #[command(flatten)]
    pub policy: PolicyArgs,
    /// Report every file, not only those with an action due (and errors)
    #[arg(long)]
    pub all: bool,
    /// Exit with status 1 when a file or mailbox message has an action due
    #[arg(long)]
    pub fail_on_findings: bool,
    #[command(flatten)]
    pub output: OutputArgs,
    #[command(flatten)]
    pub rules: RuleArgs,
    #[command(flatten)]
    pub walk: WalkArgs,
}

#[derive(Debug, Args)]
pub struct IndexArgs {
    /// Files or directories to index
    #[arg(required = true, value_name = "PATH")]
    pub paths: Vec<PathBuf>,
    #[command(flatten)]
    pub db: DbArgs,
    #[command(flatten)]
    pub output: OutputArgs,
    #[command(flatten)]
    pub rules: RuleArgs,
    #[command(flatten)]
    pub walk: WalkArgs,
    #[command(flatten)]
    pub policy: PolicyArgs,
    /// Exit with status 1 when a file newly holds personal or special-category data, or became due
    #[arg(long)]
    pub fail_on_changes: bool,
    /// Accept a run in which every file held under a root is gone (refused otherwise: an unmounted share)
    #[arg(long)]
    pub allow_all_gone: bool,
    /// Index only part I of N of each tree (files split by a hash of their path), so N hosts share one
    #[arg(long, value_name = "I/N", value_parser = Shard::parse)]
    pub shard: Option<Shard>,
}

#[derive(Debug, Args)]
#[command(group(ArgGroup::new("source").required(true).args(["paths", "db"])))]
pub struct IarArgs {
    /// Files or directories to scan for the register
    #[arg(value_name = "PATH")]
    pub paths: Vec<PathBuf>,
    /// Or the inventory (a file or a postgres:// URL; $DPSCAN_DB): the register of what it holds, reading no file
    #[arg(long, value_name = "FILE|URL", env = "DPSCAN_DB", hide_env_values = true, value_parser = Database::parse)]
    pub db: Option<Database>,
    #[command(flatten)]
    pub access: AccessArgs,
    #[command(flatten)]
    pub policy: PolicyArgs,
    /// Register format
    #[arg(long, value_enum, default_value_t = IarFormatArg::Csv)]
    pub format: IarFormatArg,
    /// Write the register to FILE (created readable by its owner only)
    #[arg(long, short, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// No progress line
    #[arg(long, short)]
    pub quiet: bool,
    #[command(flatten)]
    pub rules: RuleArgs,
    #[command(flatten)]
    pub walk: WalkArgs,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum IarFormatArg {
    Csv,
    Xlsx,
}

#[derive(Debug, Args)]
pub struct DbArgs {
    /// The inventory: an SQLite file, created owner-only beside its key file
    /// FILE.key, or a postgres:// URL of a central one (from $DPSCAN_DB when
    /// not given, which keeps a password out of the command line)
    #[arg(long, value_name = "FILE|URL", env = "DPSCAN_DB", hide_env_values = true, value_parser = Database::parse)]
    pub db: Database,
    #[command(flatten)]
    pub access: AccessArgs,
}

/// How an inventory is reached beyond where it is: its key and this host's name.
#[derive(Debug, Args)]
pub struct AccessArgs {
    /// The key file (owner-only; made by the first index), the same on every
    /// host of a central inventory [default: FILE.key for SQLite; or $DPSCAN_INDEX_KEY]
    #[arg(long, value_name = "FILE")]
    pub key_file: Option<PathBuf>,
    /// The name this host's files are kept under in a central inventory
    /// [default: this machine's name]
    #[arg(long, value_name = "NAME")]
    pub host: Option<String>,
}

#[derive(Debug, Args)]
pub struct ReportArgs {
    #[command(flatten)]
    pub db: DbArgs,
    #[command(flatten)]
    pub output: OutputArgs,
    #[command(flatten)]
    pub policy: PolicyArgs,
    /// Only files with an action due (and errors), as `retention` lists them
    #[arg(long)]
    pub due: bool,
    /// Include findings a reviewer marked, with the mark (hidden by default)
    #[arg(long)]
    pub show_marked: bool,
}

#[derive(Debug, Args)]
pub struct MarkArgs {
    /// The file, as indexed
    #[arg(value_name = "PATH")]
    pub path: PathBuf,
    #[command(flatten)]
    pub db: DbArgs,
    /// The decision
    #[arg(long = "as", value_enum, value_name = "DECISION")]
    pub decision: crate::index::marks::Decision,
    /// Who decided [default: $USER]
    #[arg(long, value_name = "NAME")]
    pub by: Option<String>,
    /// Why, in a sentence kept with the mark
    #[arg(long, value_name = "TEXT")]
    pub why: String,
    /// Only the file's findings of this kind (e.g. uk_nino)
    #[arg(long, value_name = "KIND", value_parser = crate::detect::Kind::named)]
    pub kind: Option<crate::detect::Kind>,
    /// Only those with this value, written as in the file (normalised as the detectors do); `-` reads
    /// it from standard input, which keeps it out of shell history and process lists
    #[arg(long, value_name = "VALUE", requires = "kind")]
    pub value: Option<String>,
}

/// Who a subject access search (and an erasure plan) looks for.
#[derive(Debug, Args)]
pub struct SubjectArgs {
    /// The person's name: "Jane Alice Smith" or "Smith, Jane"; found in the
    /// forms documents write it (repeatable)
    #[arg(long, value_name = "NAME")]
    pub name: Vec<String>,
    /// An email address (repeatable)
    #[arg(long, value_name = "EMAIL")]
    pub email: Vec<String>,
    /// A National Insurance number, spaced or not (repeatable)
    #[arg(long, value_name = "NINO")]
    pub nino: Vec<String>,
    /// A phone number in any UK or + form (repeatable)
    #[arg(long, value_name = "PHONE")]
    pub phone: Vec<String>,
    /// A date of birth, written as a document would (19/07/1984, 1984-07-19)
    #[arg(long, value_name = "DATE")]
    pub dob: Vec<String>,
    /// An NHS number (repeatable)
    #[arg(long, value_name = "NUMBER")]
    pub nhs: Vec<String>,
    /// A postcode (repeatable)
    #[arg(long, value_name = "POSTCODE")]
    pub postcode: Vec<String>,
    /// Also find the given names' familiar forms (Liz for Elizabeth, Bob for
    /// Robert), as weak hits
    #[arg(long)]
    pub nicknames: bool,
}

#[derive(Debug, Args)]
pub struct SarArgs {
    #[command(flatten)]
    pub db: DbArgs,
    #[command(flatten)]
    pub subject: SubjectArgs,
    /// Show values and snippets unmasked (for the DPO's review)
    #[arg(long)]
    pub reveal: bool,
    /// Also write the review bundle into DIR (new or empty; made owner-only)
    #[arg(long, value_name = "DIR")]
    pub export: Option<PathBuf>,
    /// The day the request was received, for the deadlines on the cover sheet and the HTML page
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    pub received: Option<jiff::civil::Date>,
    /// Output format [default: table on a terminal, else jsonl]
    #[arg(long, value_enum)]
    pub format: Option<SarFormat>,
    /// Write the output to FILE (created readable by its owner only)
    #[arg(long, short, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

#[derive(Debug, Args)]
#[command(group(ArgGroup::new("exposure").required(true).args(["paths", "files", "since"])))]
pub struct BreachArgs {
    #[command(flatten)]
    pub db: DbArgs,
    /// Exposed folders or files, or globs of them (quote a glob: '/srv/share/**/*.xlsx')
    #[arg(value_name = "PATH-GLOB", conflicts_with_all = ["files", "since"])]
    pub paths: Vec<String>,
    /// A file listing the exposed files, one path a line
    #[arg(long, value_name = "LIST", conflicts_with = "since")]
    pub files: Option<PathBuf>,
    /// With --until: the files the inventory's runs saw new or changed in this window (a day
    /// YYYY-MM-DD from its start, or an RFC 3339 time)
    #[arg(long, value_name = "DATE", requires = "until", value_parser = parse_since)]
    pub since: Option<jiff::Timestamp>,
    /// The window's end (a day YYYY-MM-DD to its end, or an RFC 3339 time)
    #[arg(long, value_name = "DATE", requires = "since", value_parser = parse_until)]
    pub until: Option<jiff::Timestamp>,
    /// The day of the exposure, on which children's ages are taken [default: --until's day, else today]
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    pub as_of: Option<jiff::civil::Date>,
    /// Output format [default: table on a terminal, else json]
    #[arg(long, value_enum)]
    pub format: Option<BreachFormat>,
    /// Write to FILE (made owner-only) instead of standard output
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

/// The formats of `breach`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum BreachFormat {
    Table,
    Json,
    Html,
}

#[derive(Debug, Args)]
pub struct EraseArgs {
    #[command(flatten)]
    pub db: DbArgs,
    #[command(flatten)]
    pub subject: SubjectArgs,
    #[command(flatten)]
    pub policy: PolicyArgs,
    /// Show the matched values unmasked (for the DPO's review)
    #[arg(long)]
    pub reveal: bool,
    /// Output format [default: table on a terminal, else jsonl]
    #[arg(long, value_enum)]
    pub format: Option<EraseFormat>,
    /// Write the plan to FILE (created owner-only) rather than standard output
    #[arg(long, short, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct MarksArgs {
    #[command(flatten)]
    pub db: DbArgs,
    /// Output format [default: table on a terminal, else jsonl]
    #[arg(long, value_enum)]
    pub format: Option<LineFormat>,
}

#[derive(Debug, Args)]
#[command(group(ArgGroup::new("method").required(true).args(["quarantine", "delete"])))]
#[command(group(ArgGroup::new("judged").required(true).multiple(true).args(["report", "db", "plan"])))]
pub struct DisposeArgs {
    /// A report written by `scan` or `retention` with `--format jsonl`
    #[arg(long, value_name = "FILE")]
    pub report: Option<PathBuf>,
    /// Or an erasure plan (`dpscan erase --format csv`): the files whose every row says `delete` and
    /// `approved` is `yes`, each row's seal verified with the key of --db (the plan's inventory),
    /// which is asked again for legal holds and exemptions from erasure (under --policy, as of
    /// --as-of)
    #[arg(long, value_name = "FILE", conflicts_with = "report", requires = "db")]
    pub plan: Option<PathBuf>,
    /// Or the inventory (a file or a postgres:// URL; $DPSCAN_DB): this host's files due for
    /// deletion under --policy as of --as-of. --report or --plan comes first when given
    #[arg(long, value_name = "FILE|URL", env = "DPSCAN_DB", hide_env_values = true, value_parser = Database::parse)]
    pub db: Option<Database>,
    #[command(flatten)]
    pub access: AccessArgs,
    /// A tree dispose may act in (repeat for several); files elsewhere are skipped. The report's own roots are not trusted
    #[arg(long = "root", value_name = "DIR")]
    pub roots: Vec<PathBuf>,
    /// With --db: the retention policy (with --plan: the one the plan was made under) [default: the
    /// built-in rules/retention.toml]
    #[arg(long, value_name = "FILE", requires = "db")]
    pub policy: Option<PathBuf>,
    /// Move the files under DIR (keeping their paths) and write DIR/manifest.jsonl
    #[arg(long, value_name = "DIR")]
    pub quarantine: Option<PathBuf>,
    /// Delete the files, appending each to the disposal log
    #[arg(long)]
    pub delete: bool,
    /// Act; without it, a dry run that only says what it would do
    #[arg(long)]
    pub execute: bool,
    /// The disposal log for --delete [default: REPORT.disposals.jsonl or FILE.disposals.jsonl; required
    /// with a postgres:// inventory]
    #[arg(long, value_name = "FILE")]
    pub log: Option<PathBuf>,
    /// The date expiry is re-checked against [default: today]
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    pub as_of: Option<jiff::civil::Date>,
    /// Output format [default: table on a terminal, else jsonl]
    #[arg(long, value_enum)]
    pub format: Option<LineFormat>,
}

#[derive(Debug, Args)]
pub struct RestoreArgs {
    /// The manifest.jsonl of a quarantine
    #[arg(long, value_name = "FILE")]
    pub manifest: PathBuf,
    /// A tree files may be put back into (repeat for several); the manifest is not trusted to say where
    #[arg(long = "root", value_name = "DIR")]
    pub roots: Vec<PathBuf>,
    /// Output format [default: table on a terminal, else jsonl]
    #[arg(long, value_enum)]
    pub format: Option<LineFormat>,
}

#[derive(Debug, Args)]
pub struct PolicyArgs {
    /// Retention policy (TOML) [default: the built-in rules/retention.toml]
    #[arg(long, value_name = "FILE")]
    pub policy: Option<PathBuf>,
    /// The date every retention period is measured against [default: today]
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    pub as_of: Option<jiff::civil::Date>,
}

#[derive(Debug, Args)]
pub struct OutputArgs {
    /// Report format [default: table on a terminal, else jsonl]
    #[arg(long, value_enum)]
    pub format: Option<FormatArg>,
    /// Colour in the table
    #[arg(long, value_enum, value_name = "WHEN", default_value_t = ColorArg::Auto)]
    pub color: ColorArg,
    /// Write records in this order, the same run after run, instead of as files
    /// finish (files are still read in parallel; the report waits for the end)
    #[arg(long, value_enum, value_name = "ORDER")]
    pub sort: Option<SortArg>,
    /// Write the report to FILE (created readable by its owner only)
    #[arg(long, short, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// With --format csv: begin with a UTF-8 byte-order mark, which Excel needs
    /// to show accented names right (and other CSV readers do not expect)
    #[arg(long)]
    pub excel: bool,
    /// Print full identifier values (masked by default)
    #[arg(long)]
    pub reveal: bool,
    /// Say in each finding what raised or lowered its confidence
    #[arg(long)]
    pub explain: bool,
    /// No progress line and no messages on stderr
    #[arg(long, short)]
    pub quiet: bool,
    /// No progress line
    #[arg(long)]
    pub no_progress: bool,
}

#[derive(Debug, Args)]
pub struct RuleArgs {
    /// A directory of detector files (*.toml) added to the built-in pack; a
    /// rule with a built-in rule's id replaces it
    #[arg(long, value_name = "DIR")]
    pub rules: Option<PathBuf>,
    /// Use only the rules of --rules, not the built-in pack
    #[arg(long, requires = "rules")]
    pub no_builtin_rules: bool,
    /// Drop findings scored below this (0.0-1.0)
    #[arg(long, value_name = "SCORE", default_value_t = crate::detect::EngineOptions::DEFAULT_MIN_CONFIDENCE)]
    pub min_confidence: f32,
}

#[derive(Debug, Args)]
pub struct WalkArgs {
    /// Scan only files matching GLOB (repeatable; a glob without `/` matches names)
    #[arg(long, value_name = "GLOB")]
    pub include: Vec<String>,
    /// Leave out files and directories matching GLOB (repeatable)
    #[arg(long, value_name = "GLOB")]
    pub exclude: Vec<String>,
    /// Skip files larger than SIZE (e.g. 500M, 2G) [default: no limit]
    #[arg(long, value_name = "SIZE", value_parser = parse_size)]
    pub max_filesize: Option<u64>,
    /// Follow symbolic links (loops are detected and reported)
    #[arg(long, short = 'L')]
    pub follow: bool,
    /// Do not cross into other file systems
    #[arg(long)]
    pub one_file_system: bool,
    /// Worker threads [default: one per core]
    #[arg(long, short = 'j', value_name = "N")]
    pub threads: Option<usize>,
    #[command(flatten)]
    pub limits: LimitArgs,
}

/// Bounds on what one file can make dpscan expand (archives, attachments,
/// Office packages): a file past one is reported with the limit it hit.
#[derive(Debug, Args)]
pub struct LimitArgs {
    /// Containers inside containers to open (a docx in a zip in an email is 3)
    #[arg(long, value_name = "N", default_value_t = Limits::default().max_depth)]
    pub max_depth: u32,
    /// Bytes one file may expand to, all members together (e.g. 4G)
    #[arg(long, value_name = "SIZE", value_parser = parse_size, default_value = "4G")]
    pub max_expanded: u64,
    /// Expanded-to-compressed ratio above which a member over 1 MiB is refused
    #[arg(long, value_name = "N", default_value_t = Limits::default().max_ratio)]
    pub max_ratio: u64,
    /// Seconds one file's reader may go without reading anything before the
    /// file is reported as timed out (a damaged file that makes a parser
    /// loop); a reader making progress goes on, for at most twice this and
    /// 2 s more for each MiB of the file
    #[arg(long, value_name = "SECONDS", default_value_t = ExtractOptions::default().budget.as_secs())]
    pub timeout: u64,
    /// Read the text of images (scans, image-only PDF pages, pictures in
    /// documents and mail) with Tesseract: auto where it is installed
    #[arg(long, value_enum, value_name = "WHEN", default_value = "auto")]
    pub ocr: OcrArg,
    /// Seconds OCR may take on one file, all its images together
    #[arg(long, value_name = "SECONDS", default_value_t = OcrOptions::default().budget.as_secs())]
    pub ocr_timeout: u64,
    /// Images (pages) OCR'd in one file, at most
    #[arg(long, value_name = "N", default_value_t = OcrOptions::default().max_images)]
    pub ocr_max_pages: u32,
    /// Address space of each worker process reading PDF, Office, mail,
    /// archive and image files (e.g. 512M, 2G): a file that needs more is
    /// an error, the run goes on; 128M at least
    #[arg(long, value_name = "SIZE", value_parser = parse_worker_memory, default_value = "1G")]
    pub worker_memory: u64,
    /// Read every file in this process, without worker processes (for
    /// debugging: a reader that aborts then ends the run)
    #[arg(long)]
    pub no_isolate: bool,
    /// Bytes of text detected at a time (for tests: small windows make many
    /// window edges, and large-file fan-out start at small files)
    #[arg(long, value_name = "BYTES", hide = true, value_parser = clap::value_parser!(u64).range(4096..),
          default_value_t = ExtractOptions::default().window as u64)]
    pub window: u64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum OcrArg {
    Auto,
    Always,
    Never,
}

impl LimitArgs {
    /// The options, or why they cannot be had (OCR asked for, not installed).
    pub fn options(&self) -> anyhow::Result<ExtractOptions> {
        let limits = Limits {
            max_depth: self.max_depth,
            max_expanded: self.max_expanded,
            max_ratio: self.max_ratio,
            ..Limits::default()
        };
        let mode = match self.ocr {
            OcrArg::Auto => OcrMode::Auto,
            OcrArg::Always => OcrMode::Always,
            OcrArg::Never => OcrMode::Never,
        };
        let ocr = OcrOptions::new(mode, Duration::from_secs(self.ocr_timeout), self.ocr_max_pages)
            .map_err(anyhow::Error::msg)?;
        Ok(ExtractOptions {
            limits,
            budget: Duration::from_secs(self.timeout),
            ocr,
            worker_memory: (!self.no_isolate).then_some(self.worker_memory),
            window: self.window as usize,
        })
    }
}

#[derive(Debug, Args)]
pub struct ExtractArgs {
    /// The file to extract (its format is sniffed from its content)
    pub file: PathBuf,
    /// Output format: table (text under location headers) or jsonl
    #[arg(long, value_enum, default_value_t = LineFormat::Table)]
    pub format: LineFormat,
    #[command(flatten)]
    pub limits: LimitArgs,
}

#[derive(Debug, Args)]
pub struct RulesArgs {
    #[command(subcommand)]
    pub action: Option<RulesAction>,
    #[command(flatten)]
    pub rules: RuleArgs,
}

#[derive(Debug, Subcommand)]
pub enum RulesAction {
    /// Validate a rules directory: syntax, regexes, validators and every sample
    #[command(after_help = "Example:
  dpscan rules check ./our-rules")]
    Check {
        /// The directory of detector files (*.toml) to check, with the built-in pack
        dir: PathBuf,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FormatArg {
    Table,
    Json,
    Jsonl,
    Csv,
    /// One self-contained page: overview, charts, risk by folder, owners, retention
    Html,
    /// A review workbook (needs --output): summary, files, findings, retention
    Xlsx,
}

/// The formats of commands that print one line per outcome as it happens
/// (`dispose`, `restore`, `marks`, `extract`): no array to close, no columns.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum LineFormat {
    Table,
    Jsonl,
}

impl LineFormat {
    /// Whether `format`, or the default for stdout (table on a terminal), is jsonl.
    pub fn jsonl(format: Option<LineFormat>) -> bool {
        match format {
            Some(f) => f == LineFormat::Jsonl,
            None => !std::io::IsTerminal::is_terminal(&std::io::stdout()),
        }
    }
}

/// The formats of `erase`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum EraseFormat {
    Table,
    Jsonl,
    /// A row per unit, with an empty `approved` column: the plan to approve
    Csv,
    /// One self-contained page, for the record of the decision
    Html,
}

/// The formats of `sar`: a line per unit found, or the review manifest's CSV.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SarFormat {
    Table,
    Jsonl,
    /// The rows of the export's manifest.csv
    Csv,
    /// One self-contained page for the review: the request, its deadlines, every hit
    Html,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SortArg {
    /// By path, folder by folder
    Path,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorArg {
    /// On a terminal, unless NO_COLOR is set
    Auto,
    Always,
    Never,
}

/// A calendar date, ISO 8601 only: `01/02/2025` is 1 February in the UK
/// and 2 January in the US, so it is refused rather than guessed.
fn parse_since(text: &str) -> Result<jiff::Timestamp, String> {
    parse_instant(text, false)
}

fn parse_until(text: &str) -> Result<jiff::Timestamp, String> {
    parse_instant(text, true)
}

/// An RFC 3339 time, or a day (UTC) from its first instant, or to its last
/// when `end`.
fn parse_instant(text: &str, end: bool) -> Result<jiff::Timestamp, String> {
    if let Ok(time) = text.trim().parse::<jiff::Timestamp>() {
        return Ok(time);
    }
    let day = parse_date(text).map_err(|_| format!("`{text}` is neither a day (YYYY-MM-DD) nor an RFC 3339 time"))?;
    let beyond = || format!("`{text}` is past the last day dpscan can represent");
    let start = day.to_zoned(jiff::tz::TimeZone::UTC).map_err(|_| beyond())?.timestamp();
    if !end {
        return Ok(start);
    }
    let next = start.checked_add(jiff::SignedDuration::from_hours(24)).map_err(|_| beyond())?;
    next.checked_sub(jiff::SignedDuration::from_nanos(1)).map_err(|_| beyond())
}

fn parse_date(text: &str) -> Result<jiff::civil::Date, String> {
    text.trim().parse().map_err(|_| format!("`{text}` is not a date: write it as YYYY-MM-DD, e.g. 2025-02-01"))
}

/// "123", "64K", "500M", "2G", "1T" (binary multiples).
fn parse_size(text: &str) -> Result<u64, String> {
    let text = text.trim();
    let split = text.find(|c: char| !c.is_ascii_digit()).unwrap_or(text.len());
    let (number, unit) = text.split_at(split);
    let number: u64 = number.parse().map_err(|_| format!("`{text}` is not a size such as 500M"))?;
    let shift = match unit.to_ascii_uppercase().trim_end_matches(['B', 'I']) {
        "" => 0,
        "K" => 10,
        "M" => 20,
        "G" => 30,
        "T" => 40,
        _ => return Err(format!("`{text}`: unknown unit (use K, M, G or T)")),
    };
    number.checked_mul(1 << shift).ok_or_else(|| format!("`{text}` is too large"))
}

/// A worker's address space: below 128 MiB dpscan itself barely starts,
/// and every file it sends a worker would be an error.
fn parse_worker_memory(text: &str) -> Result<u64, String> {
    let bytes = parse_size(text)?;
    match bytes {
        ..0x800_0000 => Err(format!("`{text}` is too little for a worker process (128M at least)")),
        _ => Ok(bytes),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn worker_memory_has_a_floor() {
        assert_eq!(parse_worker_memory("128M"), Ok(128 << 20));
        assert_eq!(parse_worker_memory("2G"), Ok(2 << 30));
        for little in ["0", "10M", "127M"] {
            assert!(parse_worker_memory(little).unwrap_err().contains("128M at least"), "{little}");
        }
    }

    #[test]
    fn sizes() {
        assert_eq!(parse_size("123"), Ok(123));
        assert_eq!(parse_size("64K"), Ok(64 << 10));
        assert_eq!(parse_size("500MiB"), Ok(500 << 20));
        assert_eq!(parse_size("2g"), Ok(2 << 30));
        assert!(parse_size("12X").is_err());
        assert!(parse_size("M").is_err());
    }

    #[test]
    fn dates_are_iso_only() {
        assert_eq!(parse_date("2025-02-01"), Ok(jiff::civil::date(2025, 2, 1)));
        assert!(parse_date("01/02/2025").unwrap_err().contains("YYYY-MM-DD"));
    }

    #[test]
    fn a_day_near_the_calendar_end_is_refused_not_a_panic() {
        assert_eq!(parse_until("2026-03-10"), Ok("2026-03-10T23:59:59.999999999Z".parse().unwrap()));
        for day in ["9999-12-30", "9999-12-31"] {
            assert!(parse_until(day).unwrap_err().contains("past the last day"), "{day}");
        }
    }

    #[test]
    fn every_command_has_examples_and_described_positionals() {
        use clap::CommandFactory;
        fn check(command: &clap::Command) {
            for sub in command.get_subcommands().filter(|s| s.get_name() != "help") {
                let help = sub.get_after_help().map(|h| h.to_string()).unwrap_or_default();
                assert!(help.starts_with("Example"), "`{}` has no examples", sub.get_name());
                for arg in sub.get_positionals() {
                    assert!(arg.get_help().is_some(), "`{} {}` is not described", sub.get_name(), arg.get_id());
                }
                check(sub);
            }
        }
        check(&Cli::command());
    }

    #[test]
    fn grammar_is_consistent() {
        use clap::CommandFactory;
        Cli::command().debug_assert();
    }
}
