//! dockerlings: a rustlings-style course on Docker multistage builds.

#![forbid(unsafe_code)]

mod app;
mod checks;
mod cli;
mod course;
mod dev;
mod docker;
mod dockerfile;
mod ui;
mod values;
mod verify;
mod workspace;

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let cli = cli::Cli::parse();
    app::configure_colors(cli.color);
    match app::run(cli) {
        Ok(code) => code,
        Err(err) => {
            eprintln!("{} {err:#}", console::style("error:").red().bold());
            ExitCode::from(app::EXIT_USAGE)
        }
    }
}
