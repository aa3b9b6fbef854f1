use std::process::ExitCode;

use clap::Parser;

#[global_allocator]
static ALLOCATOR: dpscan::extract::worker::Allocator = dpscan::extract::worker::Allocator;

fn main() -> ExitCode {
    dpscan::extract::worker::without_huge_pages();
    if let Some(code) = dpscan::extract::worker::serve_if_worker() {
        return code;
    }
    let cli = dpscan::cli::Cli::parse();
    dpscan::cli::run(cli).unwrap_or_else(|e| dpscan::cli::failed(&e))
}
