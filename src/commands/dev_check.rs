//! `dockerlings dev check`: every exercise fails as shipped, for the reason it teaches, and
//! passes solved.

use std::collections::BTreeSet;
use std::path::PathBuf;
use std::time::{Duration, Instant};

use anyhow::Result;
use console::style;
use futures_util::StreamExt;
use serde::Serialize;
use tokio_util::sync::CancellationToken;

use super::{Exit, Top, connect_or_fail, exercise, json};
use crate::checks::progress;
use crate::checks::{CheckKind, Status, Verdict};
use crate::course::{Course, Exercise};
use crate::docker::{self, Engine};
use crate::values::size::Size;
use crate::verify::{self, EngineChoice};
use crate::workspace::write_files;

/// What `dev check` found for one exercise.
#[derive(Debug, Serialize)]
struct ExerciseReport {
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
fn shipped_problems(exercise: Exercise<'_>, verdict: &Verdict) -> Vec<String> {
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
    cancel: &CancellationToken,
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
        cancel,
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
    cancel: &CancellationToken,
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
        Ok(files) => verify_files(course, exercise, &files, workspace_id, engine, cancel).await,
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
        Ok(files) => verify_files(course, exercise, &files, workspace_id, engine, cancel).await,
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

#[derive(Serialize)]
struct Body<'a> {
    passed: usize,
    failed: usize,
    seconds: f64,
    exercises: &'a [ExerciseReport],
}

pub fn run(
    course: &Course,
    config: &docker::Config,
    names: &[String],
    jobs: usize,
    as_json: bool,
    top: &Top,
) -> Result<Exit> {
    let exercises: Vec<Exercise<'_>> = if names.is_empty() {
        course.exercises().collect()
    } else {
        names
            .iter()
            .map(|name| exercise(course, name))
            .collect::<Result<_>>()?
    };
    if !as_json {
        println!(
            "{} lessons and {} exercises load without errors from {}.",
            course.lessons.len(),
            course.len(),
            course.source.describe()
        );
    }
    let cancel = top.interrupt.token();
    let workspace_id = format!("dev-{}", std::process::id());
    let started = Instant::now();
    let work = async {
        let engine = connect_or_fail(config, "dev check (it builds every exercise)").await?;
        let reports: Vec<ExerciseReport> = futures_util::stream::iter(exercises.iter().copied())
            .map(|exercise| {
                let engine = &engine;
                let workspace_id = workspace_id.as_str();
                async move {
                    let report =
                        check_exercise(course, exercise, engine, workspace_id, cancel).await;
                    if !as_json && !cancel.is_cancelled() {
                        print_line(&report);
                    }
                    report
                }
            })
            .buffered(jobs.max(1))
            .collect()
            .await;
        let cleaned = docker::remove_workspace_objects(&engine, &workspace_id).await;
        anyhow::Ok((reports, cleaned))
    };
    let outcome = top.runtime.block_on(top.interrupt.run(work));
    if let Some(signal) = top.interrupt.signal() {
        return Ok(Exit::Signal(signal));
    }
    let Some(outcome) = outcome else {
        return Ok(Exit::Fail);
    };
    let (reports, cleaned) = outcome?;
    let failed = reports
        .iter()
        .filter(|r| !(r.shipped_ok && r.solution_ok))
        .count();
    if as_json {
        json::print(&Body {
            passed: reports.len() - failed,
            failed,
            seconds: started.elapsed().as_secs_f64(),
            exercises: &reports,
        })?;
    } else {
        println!(
            "\n{} of {} exercises fail as shipped for their lesson's reason and pass solved ({:.0?}).",
            reports.len() - failed,
            reports.len(),
            Duration::from_secs(started.elapsed().as_secs())
        );
    }
    if let Err(err) = cleaned {
        eprintln!("warning: could not remove the images dev check made: {err}");
    }
    Ok(Exit::passed(failed == 0))
}
