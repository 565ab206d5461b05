//! Checking one exercise: the static checks at once, then the engine's.

use std::path::Path;

use tokio_util::sync::CancellationToken;

use crate::checks;
use crate::checks::progress::{Event, Sink};
use crate::checks::{Before, CheckKind, Job};
use crate::checks::{CheckResult, Verdict};
use crate::course::{Check, Course, Exercise};
use crate::docker::{Engine, Unavailable};
use crate::dockerfile::Snapshot;

/// How the engine checks of a run will go.
pub enum EngineChoice<'a> {
    /// Build and check with this engine.
    Use(&'a Engine),
    /// There is no engine; engine checks are reported as skipped with this reason.
    Missing(&'a Unavailable),
    /// Static checks only, on purpose (`--static-only`).
    Skip,
}

/// The static checks of an exercise, on the Dockerfile as `snapshot` read it.
pub fn static_checks(exercise: Exercise<'_>, snapshot: &Snapshot) -> Vec<CheckResult> {
    let checks: Vec<&Check> = exercise
        .def
        .checks
        .iter()
        .filter(|c| c.is_static())
        .collect();
    if let Err(link) = crate::workspace::check_links(&snapshot.dir, exercise) {
        return vec![
            CheckResult::new(
                CheckKind::Dockerfile,
                "The Dockerfile can be read",
                "Every check starts from the Dockerfile.",
            )
            .fail(format!("{link:#}")),
        ];
    }
    match (&snapshot.parsed, &snapshot.text) {
        (Some(parsed), _) => checks::run_static_parsed(parsed, &snapshot.path, &checks),
        (None, Err(err)) => vec![unreadable(exercise, snapshot, err)],
        (None, Ok(_)) => unreachable!("a snapshot parses what it read"),
    }
}

fn unreadable(exercise: Exercise<'_>, snapshot: &Snapshot, err: &str) -> CheckResult {
    CheckResult::new(
        CheckKind::Dockerfile,
        "The Dockerfile can be read",
        "Every check starts from the Dockerfile.",
    )
    .fail(format!(
        "cannot read {}: {err}",
        snapshot.dir.join(&snapshot.path).display()
    ))
    .expected(format!(
        "a Dockerfile at {}; `dockerlings reset {}` restores the starting one",
        snapshot.path.display(),
        exercise.id()
    ))
}

/// Runs every check of `exercise` on the files in `dir`, sending events as results come. The
/// Dockerfile and `.dockerignore` are read once, at the start: every check sees that text.
pub async fn verify(
    course: &Course,
    exercise: Exercise<'_>,
    dir: &Path,
    workspace_id: &str,
    engine: EngineChoice<'_>,
    events: &dyn Sink,
    cancel: &CancellationToken,
) -> Verdict {
    let snapshot = Snapshot::read(dir, exercise.dockerfile());
    let mut results = static_checks(exercise, &snapshot);
    events.send(Event::Static(results.clone()));
    results.extend(
        engine_checks(
            course,
            exercise,
            &snapshot,
            workspace_id,
            engine,
            events,
            cancel,
        )
        .await,
    );
    Verdict::new(exercise.id(), results)
}

/// The engine checks of `exercise`, for callers that ran (and showed) the static ones already.
pub async fn engine_checks(
    course: &Course,
    exercise: Exercise<'_>,
    snapshot: &Snapshot,
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
    let engine = match (
        engine,
        crate::workspace::check_links(&snapshot.dir, exercise),
    ) {
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
                exercise_id: exercise.id().to_string(),
                context: snapshot.dir.clone(),
                dockerfile: snapshot.path.clone(),
                snapshot,
                workspace_id: workspace_id.to_string(),
                before: before(course, exercise),
            };
            checks::run_image_checks(engine, &job, &checks, events, cancel).await
        }
        EngineChoice::Missing(why) => checks
            .into_iter()
            .map(|check| {
                let result = CheckResult::new(
                    check.kind(),
                    format!("{} (needs the Docker engine)", check.title()),
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

/// The starting files of the exercise an `image_size: { before }` check compares with.
fn before(course: &Course, exercise: Exercise<'_>) -> Option<Before> {
    let id = exercise.def.checks.iter().find_map(|check| match check {
        Check::ImageSize(target) => target.before.clone(),
        _ => None,
    })?;
    let before = course.exercise(&id)?;
    Some(Before {
        dockerfile: before.dockerfile().to_path_buf(),
        // A course that loaded has readable starting files; if not, the size check says so.
        files: course.starting_files(before).unwrap_or_default(),
    })
}

#[cfg(test)]
mod tests {
    use std::path::Path;
    use std::sync::Mutex;

    use super::*;
    use crate::checks::Status;
    use crate::docker::context;

    fn course() -> Course {
        Course::from_dir(&Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/course"))
            .unwrap()
    }

    /// The exercise's starting files, or its solution, in a fresh folder.
    fn folder(course: &Course, id: &str, solved: bool) -> tempfile::TempDir {
        let exercise = course.require(id).unwrap();
        let files = if solved {
            course.solution_files(exercise).unwrap()
        } else {
            course.starting_files(exercise).unwrap()
        };
        let dir = tempfile::tempdir().unwrap();
        crate::workspace::write_files(dir.path(), &files).unwrap();
        dir
    }

    fn failing(verdict: &Verdict) -> Vec<&'static str> {
        verdict
            .results
            .iter()
            .filter(|r| r.status == Status::Fail)
            .map(|r| r.check.name())
            .collect()
    }

    fn verify_static(course: &Course, id: &str, dir: &Path, events: &dyn Sink) -> Verdict {
        let exercise = course.require(id).unwrap();
        let runtime = tokio::runtime::Builder::new_current_thread()
            .build()
            .unwrap();
        runtime.block_on(verify(
            course,
            exercise,
            dir,
            "test",
            EngineChoice::Skip,
            events,
            &CancellationToken::new(),
        ))
    }

    #[test]
    fn a_shipped_exercise_fails_what_it_teaches_and_its_solution_passes() {
        let course = course();
        let shipped = folder(&course, "two-stages", false);
        let verdict = verify_static(
            &course,
            "two-stages",
            shipped.path(),
            &crate::checks::progress::ignore,
        );
        assert!(!verdict.passed);
        assert_eq!(failing(&verdict), vec!["stages"]);
        let solved = folder(&course, "two-stages", true);
        let verdict = verify_static(
            &course,
            "two-stages",
            solved.path(),
            &crate::checks::progress::ignore,
        );
        assert!(verdict.passed, "{verdict:?}");
        assert_eq!(verdict.results.len(), 3);
    }

    #[test]
    fn the_static_results_come_first_as_an_event() {
        let course = course();
        let solved = folder(&course, "pinned", true);
        let seen = Mutex::new(Vec::new());
        let sink = |event: Event| {
            if let Event::Static(results) = event {
                seen.lock().unwrap().push(results.len());
            }
        };
        let verdict = verify_static(&course, "pinned", solved.path(), &sink);
        assert_eq!(*seen.lock().unwrap(), vec![verdict.results.len()]);
    }

    #[test]
    fn a_missing_dockerfile_fails_with_where_and_how_to_get_it_back() {
        let course = course();
        let dir = tempfile::tempdir().unwrap();
        let verdict = verify_static(
            &course,
            "pinned",
            dir.path(),
            &crate::checks::progress::ignore,
        );
        assert!(!verdict.passed);
        let result = &verdict.results[0];
        assert_eq!(result.check, CheckKind::Dockerfile);
        assert!(result.message.contains("cannot read"), "{}", result.message);
        assert!(
            result
                .expected
                .as_deref()
                .is_some_and(|e| e.contains("dockerlings reset pinned")),
            "{result:?}"
        );
    }

    /// A save between the static checks and the build must not reach the build: both judge the
    /// text read at the start of the run.
    #[test]
    fn a_save_after_the_static_checks_does_not_reach_the_build_context() {
        let course = course();
        let exercise = course.require("two-stages").unwrap();
        let solved = folder(&course, "two-stages", true);
        let dir = solved.path();
        let read = std::fs::read_to_string(dir.join("Dockerfile")).unwrap();
        let snapshot = Snapshot::read(dir, exercise.dockerfile());
        let results = static_checks(exercise, &snapshot);
        assert!(results.iter().all(CheckResult::passed), "{results:?}");
        // The learner saves a broken file and a .dockerignore that leaves everything out.
        std::fs::write(dir.join("Dockerfile"), "FROM busybox:1.36\n").unwrap();
        std::fs::write(dir.join(".dockerignore"), "*\n").unwrap();
        let pinned = checks::pinned(&snapshot);
        let rules = context::rules(dir, &snapshot.path, &pinned).unwrap();
        let mut tar = Vec::new();
        context::write_tar(dir, &rules, &pinned, &mut tar).unwrap();
        let mut archive = tar::Archive::new(tar.as_slice());
        let mut sent = Vec::new();
        for entry in archive.entries().unwrap() {
            let mut entry = entry.unwrap();
            let mut text = String::new();
            std::io::Read::read_to_string(&mut entry, &mut text).unwrap();
            sent.push((entry.path().unwrap().display().to_string(), text));
        }
        assert!(
            sent.contains(&("Dockerfile".to_string(), read)),
            "the context sent {sent:?}"
        );
        assert!(
            !sent.iter().any(|(path, _)| path == ".dockerignore"),
            "{sent:?}"
        );
    }
}
