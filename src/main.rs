use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let cli = dpscan::cli::Cli::parse();
    dpscan::cli::run(cli).unwrap_or_else(|e| dpscan::cli::failed(&e))
}
