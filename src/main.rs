use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let cli = dpscan::cli::Cli::parse();
    match dpscan::cli::run(cli) {
        Ok(code) => code,
        Err(e) => {
            let message = format!("{e:#}");
            eprintln!("dpscan: {}", dpscan::report::sanitize(&message));
            ExitCode::from(2)
        }
    }
}
