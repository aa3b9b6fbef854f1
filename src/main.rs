use std::process::ExitCode;

use clap::Parser;

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let cli = dpscan::cli::Cli::parse();
    dpscan::cli::run(cli).unwrap_or_else(|e| dpscan::cli::failed(&e))
}
