//! The Dockerfile model on top of parse-dockerfile: stages, names, bases, `--from` targets and
//! the 1-based line of every instruction.
//!
//! `Dockerfile::parse` is the entry point.

mod args;
mod build;
mod image;
mod lines;
mod model;
mod shell;
mod snapshot;
mod text;

#[cfg(test)]
pub use image::ImageRef;

pub use model::{
    BaseTarget, Body, CommandForm, Copy, CopyFrom, Dockerfile, Flag, FromTarget, Instruction, Kind,
    ParseError, ResolvedBase, Stage, UserSource, clean_path,
};
// The types of `runs`, `runs_as` and `stage_runs`, for check kinds to name.
#[allow(unused_imports)]
pub use model::{Mount, Run, RunStep, RunsAs};
#[allow(unused_imports)]
pub use shell::ShellCommand;
pub use snapshot::Snapshot;
pub use text::{contains_normalized, normalize};

impl Dockerfile {
    /// Parses a Dockerfile's text. The error carries the line and the parser's message.
    pub fn parse(text: &str) -> Result<Dockerfile, ParseError> {
        build::parse(text)
    }
}
