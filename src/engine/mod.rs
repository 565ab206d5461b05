//! The Docker engine: finding it, building, inspecting, running, cleaning up.

use std::path::PathBuf;

use tokio_util::sync::CancellationToken;

use crate::cli::EngineArgs;
use crate::course::{Check, Course, Exercise};
use crate::progress::Sink;
use crate::verdict::CheckResult;

/// A connected engine.
pub struct Engine {}

/// Why there is no engine, and what to do about it (as `doctor` says it).
#[derive(Debug, Clone, thiserror::Error)]
#[error("{problem}\n  fix: {fix}")]
pub struct Unavailable {
    pub problem: String,
    pub fix: String,
}

impl Engine {
    pub async fn connect(_args: &EngineArgs) -> Result<Engine, Unavailable> {
        Err(Unavailable {
            problem: "engine support is not built yet".into(),
            fix: "use --static-only".into(),
        })
    }
}

/// One exercise to build and check.
pub struct Job<'a> {
    pub course: &'a Course,
    pub exercise: Exercise<'a>,
    /// The exercise folder on disk: the build context.
    pub context: PathBuf,
    /// The Dockerfile, relative to `context`.
    pub dockerfile: PathBuf,
    /// Identifies the workspace in image tags and labels, so learners sharing an engine do not
    /// collide.
    pub workspace_id: String,
}

/// Runs the engine checks of `checks` (static ones are skipped), in order.
pub async fn run_checks(
    _engine: &Engine,
    _job: &Job<'_>,
    _checks: &[&Check],
    _events: &dyn Sink,
    _cancel: &CancellationToken,
) -> Vec<CheckResult> {
    Vec::new()
}

/// `dockerlings doctor`: the endpoint search, the engine, BuildKit, the course's images.
pub async fn doctor(
    _args: &EngineArgs,
    _course: Option<&Course>,
    _json: bool,
) -> anyhow::Result<std::process::ExitCode> {
    anyhow::bail!("doctor is not built yet")
}

/// `dockerlings pull`: every image the course names, with a progress bar each.
pub async fn pull(_args: &EngineArgs, _images: &[String]) -> anyhow::Result<std::process::ExitCode> {
    anyhow::bail!("pull is not built yet")
}

/// `dockerlings clean`: removes the images and containers this workspace made.
pub async fn clean(
    _args: &EngineArgs,
    _workspace_id: &str,
) -> anyhow::Result<std::process::ExitCode> {
    anyhow::bail!("clean is not built yet")
}

/// Removes every container and image labelled with this workspace id; returns how many.
pub async fn remove_workspace_objects(_engine: &Engine, _workspace_id: &str) -> anyhow::Result<usize> {
    Ok(0)
}
