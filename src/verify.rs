//! Checking one exercise: the static checks at once, then the engine's.

use std::path::Path;

use tokio_util::sync::CancellationToken;

use crate::checks;
use crate::checks::image::Job;
use crate::checks::{CheckResult, Verdict};
use crate::course::{Check, Course, Exercise};
use crate::docker::{Engine, Unavailable};
use crate::progress::{Event, Sink};

/// How the engine checks of a run will go.
pub enum EngineChoice<'a> {
    /// Build and check with this engine.
    Use(&'a Engine),
    /// There is no engine; engine checks are reported as skipped with this reason.
    Missing(&'a Unavailable),
    /// Static checks only, on purpose (`--static-only`).
    Skip,
}

/// The static checks of an exercise, on the Dockerfile in `dir`.
pub fn static_checks(exercise: Exercise<'_>, dir: &Path) -> Vec<CheckResult> {
    let checks: Vec<&Check> = exercise
        .def
        .checks
        .iter()
        .filter(|c| c.is_static())
        .collect();
    if let Err(link) = crate::workspace::check_links(dir, exercise) {
        return vec![
            CheckResult::new(
                "dockerfile",
                "The Dockerfile can be read",
                "Every check starts from the Dockerfile.",
            )
            .fail(format!("{link:#}")),
        ];
    }
    let path = dir.join(exercise.dockerfile());
    match std::fs::read_to_string(&path) {
        Ok(text) => checks::run_static(&text, exercise.dockerfile(), &checks),
        Err(err) => vec![
            CheckResult::new(
                "dockerfile",
                "The Dockerfile can be read",
                "Every check starts from the Dockerfile.",
            )
            .fail(format!("cannot read {}: {err}", path.display()))
            .expected(format!(
                "a Dockerfile at {}; `dockerlings reset {}` restores the starting one",
                exercise.dockerfile().display(),
                exercise.id()
            )),
        ],
    }
}

/// Runs every check of `exercise` on the files in `dir`, sending events as results come.
pub async fn verify(
    course: &Course,
    exercise: Exercise<'_>,
    dir: &Path,
    workspace_id: &str,
    engine: EngineChoice<'_>,
    events: &dyn Sink,
    cancel: &CancellationToken,
) -> Verdict {
    let mut results = static_checks(exercise, dir);
    events.send(Event::Static(results.clone()));
    results
        .extend(engine_checks(course, exercise, dir, workspace_id, engine, events, cancel).await);
    Verdict::new(exercise.id(), results)
}

/// The engine checks of `exercise`, for callers that ran (and showed) the static ones already.
pub async fn engine_checks(
    course: &Course,
    exercise: Exercise<'_>,
    dir: &Path,
    workspace_id: &str,
    engine: EngineChoice<'_>,
    events: &dyn Sink,
    cancel: &CancellationToken,
) -> Vec<CheckResult> {
    let checks: Vec<&Check> = exercise
        .def
        .checks
        .iter()
        .filter(|c| !c.is_static())
        .collect();
    if checks.is_empty() {
        return Vec::new();
    }
    // A link would send files from outside the workspace; static_checks says which one.
    let engine = match (engine, crate::workspace::check_links(dir, exercise)) {
        (EngineChoice::Use(_), Err(link)) => {
            return checks
                .into_iter()
                .map(|check| {
                    let result = CheckResult::new(
                        check.kind(),
                        check.kind().to_string(),
                        "Image checks build your Dockerfile with your own engine.",
                    )
                    .skipped(format!("not built: {link:#}"));
                    events.send(Event::Result(result.clone()));
                    result
                })
                .collect();
        }
        (engine, _) => engine,
    };
    match engine {
        EngineChoice::Use(engine) => {
            let job = Job {
                course,
                exercise,
                context: dir.to_path_buf(),
                dockerfile: exercise.dockerfile().to_path_buf(),
                workspace_id: workspace_id.to_string(),
            };
            checks::image::run(engine, &job, &checks, events, cancel).await
        }
        EngineChoice::Missing(why) => checks
            .into_iter()
            .map(|check| {
                let result = CheckResult::new(
                    check.kind(),
                    format!("{} (needs the Docker engine)", check.kind()),
                    "Image checks build your Dockerfile with your own engine.",
                )
                .skipped(format!("no Docker engine: {}; {}", why.problem, why.fix));
                events.send(Event::Result(result.clone()));
                result
            })
            .collect(),
        EngineChoice::Skip => Vec::new(),
    }
}
