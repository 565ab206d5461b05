//! Checking exercises: one at a time (the static checks at once, then the engine's), and
//! all of them (`check_all`, shared by the CLI, watch mode and `dev check`).

use std::path::{Path, PathBuf};

use futures_util::StreamExt;
use tokio::sync::OnceCell;
use tokio_util::sync::CancellationToken;

use crate::checks;
use crate::checks::progress::{Event, Sink};
use crate::checks::{Before, CheckKind, Job};
use crate::checks::{CheckResult, Verdict};
use crate::course::{Check, Course, Exercise};
use crate::docker::{self, Engine, Unavailable};
use crate::dockerfile::Snapshot;

/// The engine, connected once per process, when a check first needs it. A failed attempt is
/// not kept: the next run tries again, so a learner can start Docker and go on.
pub struct EngineLink {
    config: docker::Config,
    engine: OnceCell<Engine>,
    /// The workspace whose leftovers are swept once connected.
    sweep: Option<String>,
}

impl EngineLink {
    pub fn new(config: docker::Config) -> Self {
        EngineLink {
            config,
            engine: OnceCell::new(),
            sweep: None,
        }
    }

    /// Once connected, and before any check, removes what killed runs of this workspace
    /// left behind.
    pub fn sweeping(mut self, workspace_id: &str) -> Self {
        self.sweep = Some(workspace_id.to_string());
        self
    }

    /// The engine, if a check connected to it.
    pub fn connected(&self) -> Option<&Engine> {
        self.engine.get()
    }

    /// The engine, connecting on the first call (concurrent callers wait for that one).
    pub async fn connect(&self) -> Result<&Engine, Unavailable> {
        self.engine
            .get_or_try_init(|| async {
                let engine = Engine::connect(&self.config).await?;
                if let Some(workspace_id) = &self.sweep {
                    // Best effort: what stays is swept next time, or by `clean`.
                    let _ = docker::sweep(&engine, workspace_id).await;
                }
                Ok(engine)
            })
            .await
    }
}

/// How the engine checks of a run will go.
#[derive(Clone, Copy)]
enum EngineChoice<'a> {
    /// Build and check with this engine.
    Use(&'a Engine),
    /// There is no engine; engine checks are reported as skipped with this reason.
    Missing(&'a Unavailable),
    /// Static checks only, on purpose (`--static-only`).
    Skip,
}

impl<'a> From<&'a Option<Result<&'a Engine, Unavailable>>> for EngineChoice<'a> {
    fn from(connection: &'a Option<Result<&'a Engine, Unavailable>>) -> Self {
        match connection {
            Some(Ok(engine)) => EngineChoice::Use(engine),
            Some(Err(why)) => EngineChoice::Missing(why),
            None => EngineChoice::Skip,
        }
    }
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

/// Runs every check of `exercise` on the files in `dir`, sending events as results come: the
/// static results at once, then whether the engine answered (connected on first need), then
/// each engine result. `engine: None` runs the static checks only. The Dockerfile and
/// `.dockerignore` are read once, at the start: every check sees that text.
pub async fn verify(
    course: &Course,
    exercise: Exercise<'_>,
    dir: &Path,
    workspace_id: &str,
    engine: Option<&EngineLink>,
    events: &dyn Sink,
    cancel: &CancellationToken,
) -> Verdict {
    let engine = match engine {
        Some(link) => EngineSource::Link(link),
        None => EngineSource::Chosen(EngineChoice::Skip),
    };
    run_one(course, exercise, dir, workspace_id, engine, events, cancel).await
}

/// Where a run's engine comes from.
enum EngineSource<'a> {
    /// Connected when the exercise needs it, and said so as an event.
    Link(&'a EngineLink),
    /// Decided already (check-all connects once for every exercise).
    Chosen(EngineChoice<'a>),
}

async fn run_one(
    course: &Course,
    exercise: Exercise<'_>,
    dir: &Path,
    workspace_id: &str,
    engine: EngineSource<'_>,
    events: &dyn Sink,
    cancel: &CancellationToken,
) -> Verdict {
    let snapshot = Snapshot::read(dir, exercise.dockerfile());
    let mut results = static_checks(exercise, &snapshot);
    events.send(Event::Static(results.clone()));
    let connection;
    let choice = match engine {
        EngineSource::Chosen(choice) => choice,
        EngineSource::Link(_) if !exercise.needs_engine() => EngineChoice::Skip,
        EngineSource::Link(link) => {
            connection = tokio::select! {
                biased;
                () = cancel.cancelled() => return Verdict::new(exercise.id(), results),
                connected = link.connect() => Some(connected),
            };
            if let Some(connected) = &connection {
                events.send(Event::Engine(
                    connected.as_ref().map(|_| ()).map_err(Clone::clone),
                ));
            }
            EngineChoice::from(&connection)
        }
    };
    results.extend(
        engine_checks(
            course,
            exercise,
            &snapshot,
            workspace_id,
            choice,
            events,
            cancel,
        )
        .await,
    );
    Verdict::new(exercise.id(), results)
}

/// The engine checks of `exercise`, after the static ones.
async fn engine_checks(
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
    // An exercise the builder cannot build is skipped and says why: no fault of the learner.
    if let EngineChoice::Use(engine) = &engine
        && let Some(why) = exercise.unsupported_by(engine.builder)
    {
        return checks
            .into_iter()
            .map(|check| {
                let result = CheckResult::new(
                    check.kind(),
                    check.title(),
                    "Image checks build your Dockerfile with your own engine.",
                )
                .skipped(why.clone());
                events.send(Event::Result(result.clone()));
                result
            })
            .collect();
    }
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

/// Exercises checked at once when not told: as many builds as the cores can feed, at most 6;
/// one without an engine (static checks take milliseconds each).
pub fn default_jobs(engine: bool) -> usize {
    if !engine {
        return 1;
    }
    let cores = std::thread::available_parallelism().map_or(1, usize::from);
    (cores + 1).min(6)
}

/// One folder to check as an exercise.
#[derive(Clone)]
pub struct Item<'c> {
    pub exercise: Exercise<'c>,
    /// The files to check: a workspace folder, or a scratch copy.
    pub dir: PathBuf,
}

/// How a check-all runs.
pub struct CheckAll<'a> {
    pub course: &'a Course,
    /// Names the images and containers, so learners sharing an engine do not collide.
    pub workspace_id: &'a str,
    /// `None`: static checks only.
    pub engine: Option<&'a EngineLink>,
    /// Exercises checked at once; `None` for [`default_jobs`].
    pub jobs: Option<usize>,
    pub cancel: &'a CancellationToken,
}

/// What a check-all reports while it runs; `usize` is the item's index.
#[derive(Debug)]
pub enum AllEvent {
    /// Whether the engine answered (once, before any engine check, when one is needed).
    Engine(Result<(), Unavailable>),
    Started(usize),
    Progress(usize, Event),
    /// An item's verdict, as soon as it has one (items finish in any order).
    Checked(usize, Verdict),
}

/// Checks every item, up to `jobs` at once; the verdicts come back in the items' order. The
/// engine is connected once, before the first engine check; without one, engine checks are
/// reported as skipped and the items run one at a time.
pub async fn check_all(
    run: &CheckAll<'_>,
    items: &[Item<'_>],
    events: &(dyn Fn(AllEvent) + Send + Sync),
) -> Vec<Verdict> {
    let needed = items.iter().any(|item| item.exercise.needs_engine());
    let connection = match run.engine {
        Some(link) if needed => {
            let connected = tokio::select! {
                biased;
                () = run.cancel.cancelled() => None,
                connected = link.connect() => Some(connected),
            };
            match connected {
                Some(connected) => {
                    events(AllEvent::Engine(
                        connected.as_ref().map(|_| ()).map_err(Clone::clone),
                    ));
                    Some(connected)
                }
                None => return Vec::new(),
            }
        }
        _ => None,
    };
    let choice = EngineChoice::from(&connection);
    let engine_up = matches!(choice, EngineChoice::Use(_));
    let jobs = match run.jobs {
        Some(jobs) if engine_up => jobs.max(1),
        _ => default_jobs(engine_up),
    };
    let mut verdicts: Vec<Option<Verdict>> = vec![None; items.len()];
    // Items of one exercise (learner attempts) would share image tags: each after the first
    // gets a workspace id of its own.
    let workspace_ids: Vec<String> = items
        .iter()
        .enumerate()
        .map(|(index, item)| {
            let earlier = items[..index]
                .iter()
                .filter(|other| other.exercise.id() == item.exercise.id())
                .count();
            item_workspace_id(run.workspace_id, earlier)
        })
        .collect();
    let workspace_ids = &workspace_ids;
    let check = |index: usize, first: bool| async move {
        let item = &items[index];
        events(AllEvent::Started(index));
        // The first time, a lost engine is held back: the item is checked again once the
        // engine answers, and only a second loss is the run's.
        let lost = std::sync::Mutex::new(None);
        let sink = |event: Event| match event {
            Event::Engine(Err(why)) if first => {
                lost.lock().expect("not poisoned").get_or_insert(why);
            }
            event => events(AllEvent::Progress(index, event)),
        };
        let choice = if item.exercise.needs_engine() {
            choice
        } else {
            EngineChoice::Skip
        };
        let verdict = run_one(
            run.course,
            item.exercise,
            &item.dir,
            &workspace_ids[index],
            EngineSource::Chosen(choice),
            &sink,
            run.cancel,
        )
        .await;
        let lost = lost.into_inner().expect("not poisoned");
        (index, verdict, lost)
    };
    let mut lost_engine = Vec::new();
    let mut finished = futures_util::stream::iter(start_order(items, engine_up))
        .map(|index| check(index, true))
        .buffer_unordered(jobs);
    while let Some((index, verdict, lost)) = finished.next().await {
        match lost {
            Some(why) => lost_engine.push((index, verdict, why)),
            None => {
                events(AllEvent::Checked(index, verdict.clone()));
                verdicts[index] = Some(verdict);
            }
        }
    }
    drop(finished);
    // An engine service that crashed in the middle of a build (Podman 5.8's build service
    // does, now and then) is started again by its socket: what it dropped is checked again,
    // one at a time.
    lost_engine.sort_by_key(|(index, ..)| *index);
    for (index, verdict, why) in lost_engine {
        let back = match choice {
            EngineChoice::Use(engine) if !run.cancel.is_cancelled() => {
                docker::answers_again(engine.docker(), docker::ENGINE_RETURN_WAIT).await
            }
            _ => false,
        };
        let verdict = match back {
            true => check(index, false).await.1,
            false => {
                events(AllEvent::Progress(index, Event::Engine(Err(why))));
                verdict
            }
        };
        events(AllEvent::Checked(index, verdict.clone()));
        verdicts[index] = Some(verdict);
    }
    verdicts.into_iter().flatten().collect()
}

/// The workspace id [`check_all`] gives the item that is the `earlier`+1-th of its exercise:
/// the run's own for the first, then one per repeat (remove their objects too).
pub fn item_workspace_id(workspace_id: &str, earlier: usize) -> String {
    match earlier {
        0 => workspace_id.to_string(),
        n => format!("{workspace_id}-{n}"),
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

/// The order items start in. With an engine, the ones with the most image checks go first:
/// they take longest, and starting the longest last leaves the other jobs idle at the end.
/// The verdicts still come back in the items' order.
fn start_order(items: &[Item<'_>], engine: bool) -> Vec<usize> {
    let mut order: Vec<usize> = (0..items.len()).collect();
    if engine {
        let image_checks = |item: &Item<'_>| {
            let checks = &item.exercise.def.checks;
            checks.iter().filter(|c| !c.is_static()).count()
        };
        order.sort_by_key(|&index| std::cmp::Reverse(image_checks(&items[index])));
    }
    order
}

#[cfg(test)]
mod tests {
    #[test]
    fn repeats_of_an_exercise_get_workspace_ids_of_their_own() {
        assert_eq!(
            super::item_workspace_id("dev-1-attempts", 0),
            "dev-1-attempts"
        );
        assert_eq!(
            super::item_workspace_id("dev-1-attempts", 2),
            "dev-1-attempts-2"
        );
    }

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
            None,
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

    #[test]
    fn check_all_gives_every_verdict_in_course_order() {
        let course = course();
        let folders: Vec<_> = course
            .exercises()
            .map(|e| folder(&course, e.id(), e.id() == "pinned"))
            .collect();
        let items: Vec<Item<'_>> = course
            .exercises()
            .zip(&folders)
            .map(|(exercise, dir)| Item {
                exercise,
                dir: dir.path().to_path_buf(),
            })
            .collect();
        let cancel = CancellationToken::new();
        let run = CheckAll {
            course: &course,
            workspace_id: "test",
            engine: None,
            jobs: Some(4),
            cancel: &cancel,
        };
        let checked = Mutex::new(Vec::new());
        let events = |event: AllEvent| {
            if let AllEvent::Checked(index, verdict) = event {
                checked.lock().unwrap().push((index, verdict.exercise));
            }
        };
        let runtime = tokio::runtime::Builder::new_current_thread()
            .build()
            .unwrap();
        let verdicts = runtime.block_on(check_all(&run, &items, &events));
        let ids: Vec<&str> = verdicts.iter().map(|v| v.exercise.as_str()).collect();
        let expected: Vec<&str> = course.exercises().map(|e| e.id()).collect();
        assert_eq!(ids, expected);
        let passed: Vec<&str> = verdicts
            .iter()
            .filter(|v| v.passed)
            .map(|v| v.exercise.as_str())
            .collect();
        assert_eq!(passed, vec!["pinned"]);
        let mut checked = checked.into_inner().unwrap();
        checked.sort();
        assert_eq!(
            checked,
            expected
                .iter()
                .enumerate()
                .map(|(index, id)| (index, id.to_string()))
                .collect::<Vec<_>>()
        );
    }

    #[test]
    fn with_an_engine_the_longest_exercises_start_first() {
        let course = course();
        let items: Vec<Item<'_>> = course
            .exercises()
            .map(|exercise| Item {
                exercise,
                dir: PathBuf::new(),
            })
            .collect();
        let ids = |order: Vec<usize>| -> Vec<&str> {
            order.iter().map(|&i| items[i].exercise.id()).collect()
        };
        let in_course: Vec<&str> = course.exercises().map(|e| e.id()).collect();
        assert_eq!(ids(start_order(&items, false)), in_course);
        let started = ids(start_order(&items, true));
        // copy-artifact is the fixture's one exercise with image checks; the rest keep their order.
        assert_eq!(started[0], "copy-artifact");
        let rest: Vec<&str> = in_course
            .iter()
            .copied()
            .filter(|id| *id != "copy-artifact")
            .collect();
        assert_eq!(started[1..], rest[..]);
    }

    #[test]
    fn without_an_engine_one_job_is_enough() {
        assert_eq!(default_jobs(false), 1);
        let jobs = default_jobs(true);
        assert!((2..=6).contains(&jobs), "{jobs}");
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
