//! Tools for course authors: `dev check` and `dev new`.

use std::path::Path;
use std::process::ExitCode;

use anyhow::Result;

use crate::cli::EngineArgs;
use crate::course::Course;

pub fn check(
    _course: &Course,
    _engine: &EngineArgs,
    _names: &[String],
    _jobs: usize,
    _json: bool,
) -> Result<ExitCode> {
    anyhow::bail!("dev check is not built yet")
}

pub fn new(_dir: &Path, _lesson: &str, _exercise: Option<&str>) -> Result<ExitCode> {
    anyhow::bail!("dev new is not built yet")
}
