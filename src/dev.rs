//! Tools for course authors: `dev check` (every exercise fails as shipped, for the reason it
//! teaches, and passes solved) and `dev new` (scaffolding).

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use anyhow::{Context, Result, bail};
use console::style;
use serde::Serialize;
use tokio_util::sync::CancellationToken;

use crate::checks::{CheckKind, Status, Verdict};
use crate::cli::EngineArgs;
use crate::course::{Course, Exercise};
use crate::docker::{self, Engine};
use crate::ui;
use crate::values::size::Size;
use crate::verify::{self, AllEvent, EngineLink};
use crate::workspace::write_files;

/// What `dev check` found for one exercise.
#[derive(Debug, Serialize)]
pub struct ExerciseReport {
    pub exercise: String,
    /// The shipped state fails on exactly what the exercise teaches.
    pub shipped_ok: bool,
    /// The reference solution passes every check.
    pub solution_ok: bool,
    pub problems: Vec<String>,
    pub seconds: f64,
    /// Final image sizes in bytes, where the exercise builds one.
    pub shipped_size: Option<u64>,
    pub solution_size: Option<u64>,
}

/// Compares a shipped verdict with what the exercise says it fails on.
pub fn shipped_problems(exercise: Exercise<'_>, verdict: &Verdict) -> Vec<String> {
    let expected: BTreeSet<CheckKind> = exercise.def.fails_as_shipped.iter().copied().collect();
    let failed: BTreeSet<CheckKind> = verdict
        .results
        .iter()
        .filter(|r| r.status == Status::Fail)
        .map(|r| r.check)
        .collect();
    let mut problems = Vec::new();
    for kind in expected.difference(&failed) {
        problems.push(format!(
            "as shipped, `{kind}` should fail (it is what the exercise teaches) but did not"
        ));
    }
    for result in verdict
        .results
        .iter()
        .filter(|r| r.status == Status::Fail && !expected.contains(&r.check))
    {
        problems.push(format!(
            "as shipped, `{}` fails for a reason the exercise does not teach: {}",
            result.check, result.message
        ));
    }
    let skipped = verdict.results.iter().any(|r| r.status == Status::Skipped);
    if skipped && !failed.contains(&CheckKind::Build) && !failed.contains(&CheckKind::Target) {
        for result in verdict
            .results
            .iter()
            .filter(|r| r.status == Status::Skipped)
        {
            problems.push(format!(
                "as shipped, `{}` was skipped: {}",
                result.check, result.message
            ));
        }
    }
    problems
}

fn solution_problems(verdict: &Verdict) -> Vec<String> {
    verdict
        .results
        .iter()
        .filter(|r| !r.passed())
        .map(|r| {
            format!(
                "the solution fails `{}`: {}{}",
                r.check,
                r.message,
                r.location
                    .as_ref()
                    .map(|l| format!(" ({}:{})", l.file.display(), l.line))
                    .unwrap_or_default()
            )
        })
        .collect()
}

/// The exercise's files (as shipped, or solved) in a scratch folder.
fn scratch_copy(files: Result<Vec<(PathBuf, Vec<u8>)>>) -> Result<tempfile::TempDir> {
    let dir = tempfile::Builder::new()
        .prefix("dockerlings-dev-")
        .tempdir()?;
    write_files(dir.path(), &files?)?;
    Ok(dir)
}

/// One pass of check-all over scratch copies; `None` where the copy could not be made.
/// Also returns how long each exercise took.
async fn check_pass(
    course: &Course,
    exercises: &[Exercise<'_>],
    folders: &[Result<tempfile::TempDir>],
    workspace_id: &str,
    link: &EngineLink,
    jobs: Option<usize>,
    printer: &ui::progress::AllPrinter,
) -> (Vec<Option<Verdict>>, Vec<f64>) {
    let mut items = Vec::new();
    let mut positions = Vec::new();
    for (at, (exercise, folder)) in exercises.iter().zip(folders).enumerate() {
        if let Ok(dir) = folder {
            items.push(verify::Item {
                exercise: *exercise,
                dir: dir.path().to_path_buf(),
            });
            positions.push(at);
        }
    }
    let cancel = CancellationToken::new();
    let run = verify::CheckAll {
        course,
        workspace_id,
        engine: Some(link),
        jobs,
        cancel: &cancel,
    };
    let times = Mutex::new(vec![(None::<Instant>, 0.0); items.len()]);
    let events = |event: AllEvent| {
        if let Ok(mut times) = times.lock() {
            match &event {
                AllEvent::Started(index) => times[*index].0 = Some(Instant::now()),
                AllEvent::Checked(index, _) => {
                    let started = times[*index].0;
                    times[*index].1 = started.map_or(0.0, |at| at.elapsed().as_secs_f64());
                }
                _ => {}
            }
        }
        printer.event(event);
    };
    let verdicts = verify::check_all(&run, &items, &events).await;
    let times = times.into_inner().unwrap_or_default();
    let mut by_exercise = vec![None; exercises.len()];
    let mut seconds = vec![0.0; exercises.len()];
    for ((verdict, at), (_, took)) in verdicts.into_iter().zip(&positions).zip(times) {
        by_exercise[*at] = Some(verdict);
        seconds[*at] = took;
    }
    (by_exercise, seconds)
}

/// The size of the image a pass built for an exercise, when its build passed.
async fn built_size(engine: &Engine, workspace_id: &str, verdict: &Verdict) -> Option<u64> {
    let built = verdict
        .results
        .iter()
        .any(|r| r.check == CheckKind::Build && r.passed());
    match built {
        true => docker::built_image_size(engine, workspace_id, &verdict.exercise).await,
        false => None,
    }
}

fn size_cell(size: Option<u64>) -> String {
    size.map(|bytes| Size(bytes).to_string())
        .unwrap_or_else(|| "-".into())
}

fn print_line(report: &ExerciseReport) {
    let mark = |ok: bool| {
        if ok {
            style("ok").green().to_string()
        } else {
            style("FAIL").red().bold().to_string()
        }
    };
    println!(
        "{:<26} shipped {:<4}  solution {:<4}  {:>6.1}s  {:>8} → {:<8}",
        report.exercise,
        mark(report.shipped_ok),
        mark(report.solution_ok),
        report.seconds,
        size_cell(report.shipped_size),
        size_cell(report.solution_size),
    );
    for problem in &report.problems {
        println!("    {} {problem}", style("•").red());
    }
}

pub fn check(
    course: &Course,
    args: &EngineArgs,
    names: &[String],
    jobs: Option<usize>,
    json: bool,
) -> Result<ExitCode> {
    let exercises: Vec<Exercise<'_>> = if names.is_empty() {
        course.exercises().collect()
    } else {
        names
            .iter()
            .map(|name| course.require(name))
            .collect::<Result<_>>()?
    };
    if !json {
        println!(
            "{} lessons and {} exercises load without errors from {}.",
            course.lessons.len(),
            course.len(),
            course.source.describe()
        );
    }
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?;
    let link = EngineLink::new(args.clone());
    let engine = runtime.block_on(link.connect()).map_err(|why| {
        anyhow::anyhow!("dev check builds every exercise and needs a Docker engine: {why}")
    })?;
    // The shipped and solved images of an exercise are tagged apart, so both can be measured.
    let shipped_id = format!("dev-{}-shipped", std::process::id());
    let solved_id = format!("dev-{}-solved", std::process::id());
    let started = Instant::now();
    let shipped_folders: Vec<_> = exercises
        .iter()
        .map(|e| scratch_copy(course.starting_files(*e)))
        .collect();
    let solved_folders: Vec<_> = exercises
        .iter()
        .map(|e| scratch_copy(course.solution_files(*e)))
        .collect();
    let names: Vec<String> = exercises.iter().map(|e| e.id().to_string()).collect();
    let printer = ui::progress::AllPrinter::spinner(names, !json);
    let reports: Vec<ExerciseReport> = runtime.block_on(async {
        let (shipped, shipped_seconds) = check_pass(
            course,
            &exercises,
            &shipped_folders,
            &shipped_id,
            &link,
            jobs,
            &printer,
        )
        .await;
        let (solved, solved_seconds) = check_pass(
            course,
            &exercises,
            &solved_folders,
            &solved_id,
            &link,
            jobs,
            &printer,
        )
        .await;
        let mut reports = Vec::new();
        for (at, exercise) in exercises.iter().enumerate() {
            let mut report = ExerciseReport {
                exercise: exercise.id().to_string(),
                shipped_ok: false,
                solution_ok: false,
                problems: Vec::new(),
                seconds: shipped_seconds[at] + solved_seconds[at],
                shipped_size: None,
                solution_size: None,
            };
            match (&shipped[at], &shipped_folders[at]) {
                (Some(verdict), _) => {
                    let problems = shipped_problems(*exercise, verdict);
                    report.shipped_ok = problems.is_empty();
                    report.shipped_size = built_size(engine, &shipped_id, verdict).await;
                    report.problems.extend(problems);
                }
                (None, Err(err)) => report.problems.push(format!("as shipped: {err:#}")),
                (None, Ok(_)) => report.problems.push("as shipped: not checked".into()),
            }
            match (&solved[at], &solved_folders[at]) {
                (Some(verdict), _) => {
                    let problems = solution_problems(verdict);
                    report.solution_ok = problems.is_empty();
                    report.solution_size = built_size(engine, &solved_id, verdict).await;
                    report.problems.extend(problems);
                }
                (None, Err(err)) => report.problems.push(format!("solution: {err:#}")),
                (None, Ok(_)) => report.problems.push("solution: not checked".into()),
            }
            reports.push(report);
        }
        reports
    });
    printer.finish();
    if !json {
        for report in &reports {
            print_line(report);
        }
    }
    let cleaned = runtime.block_on(async {
        crate::docker::remove_workspace_objects(engine, &shipped_id).await?;
        crate::docker::remove_workspace_objects(engine, &solved_id).await
    });
    let failed = reports
        .iter()
        .filter(|r| !(r.shipped_ok && r.solution_ok))
        .count();
    if json {
        let out = serde_json::json!({
            "schema": crate::app::JSON_SCHEMA,
            "passed": reports.len() - failed,
            "failed": failed,
            "seconds": started.elapsed().as_secs_f64(),
            "exercises": reports,
        });
        println!("{}", serde_json::to_string_pretty(&out)?);
    } else {
        println!(
            "\n{} of {} exercises fail as shipped for their lesson's reason and pass solved ({:.0?}).",
            reports.len() - failed,
            reports.len(),
            Duration::from_secs(started.elapsed().as_secs())
        );
        if let Err(err) = cleaned {
            eprintln!("warning: could not remove the images dev check made: {err:#}");
        }
    }
    Ok(ExitCode::from(if failed == 0 {
        crate::app::EXIT_PASS
    } else {
        crate::app::EXIT_FAIL
    }))
}

/// Scaffolds `lessons/<lesson>.yaml` (and its prose) or adds an exercise to it.
pub fn new(course_dir: &Path, lesson: &str, exercise: Option<&str>) -> Result<ExitCode> {
    let lessons = course_dir.join("lessons");
    let lesson_file = lessons.join(format!("{lesson}.yaml"));
    let exercise_id = exercise
        .map(str::to_string)
        .unwrap_or_else(|| format!("{lesson}-first"));
    let valid = |id: &str| {
        !id.is_empty()
            && id
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
    };
    if !valid(lesson) || !valid(&exercise_id) {
        bail!("ids are lowercase letters, digits and dashes, like `go-multistage`");
    }
    let dir = format!("{lesson}/{exercise_id}");
    let exercise_dir = course_dir.join("exercises").join(&dir);
    if exercise_dir.exists() {
        bail!(
            "{} already exists; choose another exercise id",
            exercise_dir.display()
        );
    }
    let entry = format!(
        "  - id: {exercise_id}\n    dir: {dir}\n    title: TODO a short title\n    task: |\n      TODO what the learner should do, in two or three sentences.\n    hints:\n      - TODO a nudge\n      - TODO nearly the answer\n    checks:\n      - stages: {{ min: 2 }}\n      - stages_named: true\n      - build: true\n    fails_as_shipped: [stages]\n"
    );
    fs::create_dir_all(&lessons)?;
    if lesson_file.exists() {
        let mut text = fs::read_to_string(&lesson_file)?;
        if !text.ends_with('\n') {
            text.push('\n');
        }
        text.push_str(&entry);
        fs::write(&lesson_file, text)?;
    } else {
        fs::write(
            &lesson_file,
            format!(
                "id: {lesson}\ntitle: TODO the lesson title\ntext: {lesson}.md\nimages: [busybox:1.36]\nexercises:\n{entry}"
            ),
        )?;
        fs::write(
            lessons.join(format!("{lesson}.md")),
            "# TODO the lesson title\n\nWhat the lesson teaches, for the book and the learner.\n",
        )?;
        let course_file = lessons.join("course.yaml");
        if course_file.exists() {
            println!(
                "Add `{lesson}` to the `lessons:` list in {}.",
                course_file.display()
            );
        } else {
            fs::write(
                &course_file,
                format!("version: 1\ntitle: TODO the course title\nlessons: [{lesson}]\n"),
            )?;
        }
    }
    let dockerfile = "# TODO the starting state: what the learner fixes\nFROM busybox:1.36\nCMD [\"echo\", \"hello\"]\n";
    write_files(
        &exercise_dir,
        &[(PathBuf::from("Dockerfile"), dockerfile.as_bytes().to_vec())],
    )
    .context("cannot write the exercise")?;
    let solution = lessons.join("solutions").join(&exercise_id);
    write_files(
        &solution,
        &[(
            PathBuf::from("Dockerfile"),
            b"FROM busybox:1.36 AS build\nFROM busybox:1.36 AS final\nCMD [\"echo\", \"hello\"]\n"
                .to_vec(),
        )],
    )?;
    println!(
        "Wrote {}, {} and {}.\nFill in the TODOs, then run `dockerlings --course {} dev check {exercise_id}`.",
        lesson_file.display(),
        exercise_dir.display(),
        solution.display(),
        course_dir.display()
    );
    Ok(ExitCode::SUCCESS)
}
