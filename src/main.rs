//! dockerlings: a rustlings-style course on Docker multistage builds.

#![forbid(unsafe_code)]

mod book;
mod checks;
mod classroom;
mod cli;
mod commands;
mod course;
mod docker;
mod dockerfile;
mod progression;
mod report;
mod ui;
mod values;
mod verify;
mod workspace;

use std::process::ExitCode;

fn main() -> ExitCode {
    commands::main()
}
