//! Tools for course authors: `dev check` (every exercise fails as shipped, for the reason it
//! teaches, and passes solved) and `dev new` (scaffolding).

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::{Duration, Instant};

use anyhow::{Context, Result, bail};
use console::style;
use futures_util::StreamExt;
use serde::Serialize;
use tokio_util::sync::CancellationToken;

use crate::checks::progress;
use crate::checks::{CheckKind, Status, Verdict};
use crate::cli::EngineArgs;
use crate::course::{Course, Exercise};
use crate::docker::{self, Engine};
use crate::values::size::Size;
use crate::verify::{self, EngineChoice};
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

/// Verifies a set of files as the exercise; also returns the size of the image it built.
async fn verify_files(
    course: &Course,
    exercise: Exercise<'_>,
    files: &[(PathBuf, Vec<u8>)],
    workspace_id: &str,
    engine: &Engine,
) -> Result<(Verdict, Option<u64>)> {
    let dir = tempfile::Builder::new()
        .prefix("dockerlings-dev-")
        .tempdir()?;
    write_files(dir.path(), files)?;
    let verdict = verify::verify(
        course,
        exercise,
        dir.path(),
        workspace_id,
        EngineChoice::Use(engine),
        &progress::ignore,
        &CancellationToken::new(),
    )
    .await;
    let built = verdict
        .results
        .iter()
        .any(|r| r.check == CheckKind::Build && r.passed());
    let size = match built {
        true => docker::built_image_size(engine, workspace_id, exercise.id()).await,
        false => None,
    };
    Ok((verdict, size))
}

async fn check_exercise(
    course: &Course,
    exercise: Exercise<'_>,
    engine: &Engine,
    workspace_id: &str,
) -> ExerciseReport {
    let started = Instant::now();
    let mut report = ExerciseReport {
        exercise: exercise.id().to_string(),
        shipped_ok: false,
        solution_ok: false,
        problems: Vec::new(),
        seconds: 0.0,
        shipped_size: None,
        solution_size: None,
    };
    let shipped = match course.starting_files(exercise) {
        Ok(files) => verify_files(course, exercise, &files, workspace_id, engine).await,
        Err(err) => Err(err),
    };
    match shipped {
        Ok((verdict, size)) => {
            let problems = shipped_problems(exercise, &verdict);
            report.shipped_ok = problems.is_empty();
            report.shipped_size = size;
            report.problems.extend(problems);
        }
        Err(err) => report.problems.push(format!("as shipped: {err:#}")),
    }
    let solved = match course.solution_files(exercise) {
        Ok(files) => verify_files(course, exercise, &files, workspace_id, engine).await,
        Err(err) => Err(err),
    };
    match solved {
        Ok((verdict, size)) => {
            let problems = solution_problems(&verdict);
            report.solution_ok = problems.is_empty();
            report.solution_size = size;
            report.problems.extend(problems);
        }
        Err(err) => report.problems.push(format!("solution: {err:#}")),
    }
    report.seconds = started.elapsed().as_secs_f64();
    report
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
    jobs: usize,
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
    let engine = runtime.block_on(Engine::connect(args)).map_err(|why| {
        anyhow::anyhow!("dev check builds every exercise and needs a Docker engine: {why}")
    })?;
    let workspace_id = format!("dev-{}", std::process::id());
    let started = Instant::now();
    let reports: Vec<ExerciseReport> = runtime.block_on(async {
        futures_util::stream::iter(exercises.iter().copied())
            .map(|exercise| {
                let engine = &engine;
                let workspace_id = workspace_id.as_str();
                async move {
                    let report = check_exercise(course, exercise, engine, workspace_id).await;
                    if !json {
                        print_line(&report);
                    }
                    report
                }
            })
            .buffered(jobs.max(1))
            .collect()
            .await
    });
    let cleaned = runtime.block_on(crate::docker::remove_workspace_objects(
        &engine,
        &workspace_id,
    ));
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

/// `dev context DIR`: every entry the build context of `dir` sends, in the order it is sent,
/// then the totals on stderr.
pub fn context(dir: &Path, dockerfile: &Path) -> Result<ExitCode> {
    use crate::docker::context::{self, EntryKind, Pinned};
    let pinned = Pinned::default();
    let ignore = context::rules(dir, dockerfile, &pinned)?;
    let (entries, stats) = context::list(dir, &ignore, &pinned)
        .with_context(|| format!("cannot read the context {}", dir.display()))?;
    for entry in &entries {
        match &entry.kind {
            EntryKind::Dir => println!("dir {}/", entry.path),
            EntryKind::File { .. } => println!("file {}", entry.path),
            EntryKind::Symlink { target } => {
                let target =
                    crate::docker::dockerignore::show(target.as_os_str().as_encoded_bytes());
                println!("symlink {} -> {target}", entry.path)
            }
            EntryKind::HardLink { first } => {
                println!(
                    "hardlink {} => {}",
                    entry.path,
                    crate::docker::dockerignore::show(first)
                )
            }
        }
    }
    eprintln!(
        "{} files, {}",
        stats.files,
        crate::values::size::Size(stats.bytes)
    );
    Ok(ExitCode::SUCCESS)
}
