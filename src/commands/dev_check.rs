//! `dockerlings dev check`: every exercise fails as shipped, for the reason it teaches, and
//! passes solved.

use std::collections::BTreeSet;
use std::path::PathBuf;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use anyhow::Result;
use console::style;
use serde::Serialize;

use super::exit::NoEngine;
use super::reports::Reports;
use super::{Exit, Top, exercise, json};
use crate::checks::{CheckKind, Status, Verdict};
use crate::cli::{ReportFormat, ReportTarget};
use crate::course::{Attempt, Course, Exercise};
use crate::docker::{self, Engine};
use crate::report::{Gradebook, junit};
use crate::ui;
use crate::values::size::Size;
use crate::verify::{self, AllEvent, EngineLink};
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
    /// Learner attempts of the corpus, and how many got the verdict a teacher expects.
    pub attempts: usize,
    pub attempts_ok: usize,
    /// Why the engine could not check the exercise (it needs BuildKit): neither passed nor
    /// failed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub skipped: Option<String>,
}

/// How `dev check` runs.
pub struct Options<'a> {
    pub jobs: Option<usize>,
    pub as_json: bool,
    /// Also judge the learner-attempt corpus.
    pub attempts: bool,
    pub reports: &'a [ReportTarget],
    /// Print only the exercises with a problem.
    pub quiet: bool,
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
    run: &verify::CheckAll<'_>,
    exercises: &[Exercise<'_>],
    folders: &[Result<tempfile::TempDir>],
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
    let verdicts = verify::check_all(run, &items, &events).await;
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
    if let Some(why) = &report.skipped {
        println!(
            "{:<26} {}  {why}",
            report.exercise,
            style("skipped").yellow()
        );
        return;
    }
    let mark = |ok: bool| {
        if ok {
            style("ok").green().to_string()
        } else {
            style("FAIL").red().bold().to_string()
        }
    };
    let attempts = if report.attempts == 0 {
        String::new()
    } else {
        let ok = report.attempts_ok == report.attempts;
        let count = format!("{}/{}", report.attempts_ok, report.attempts);
        format!(
            "  attempts {}",
            if ok {
                style(count).green()
            } else {
                style(count).red().bold()
            }
        )
    };
    println!(
        "{:<26} shipped {:<4}  solution {:<4}  {:>6.1}s  {:>8} → {:<8}{attempts}",
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
    gradebook: &'a Gradebook,
}

/// An exercise as a JUnit suite: shipped, solved and the attempts, each a test case whose
/// failure lists the problems found.
fn junit_suite(report: &ExerciseReport, gradebook: &Gradebook) -> junit::Suite {
    let case = |name: &str, classname: &str, ok: bool, prefixes: &[&str]| {
        let problems: Vec<&String> = report
            .problems
            .iter()
            .filter(|p| prefixes.iter().any(|prefix| p.starts_with(prefix)))
            .collect();
        let outcome = if let Some(why) = &report.skipped {
            junit::Outcome::Skipped {
                message: why.clone(),
            }
        } else if ok {
            junit::Outcome::Pass
        } else {
            junit::Outcome::Fail {
                message: problems
                    .first()
                    .map_or_else(|| format!("{name}: no"), |p| p.to_string()),
                text: problems.iter().map(|p| format!("{p}\n")).collect(),
            }
        };
        junit::Case {
            name: name.to_string(),
            classname: classname.to_string(),
            seconds: None,
            outcome,
        }
    };
    let mut cases = vec![
        case(
            "fails as shipped for the reason it teaches",
            "dev.shipped",
            report.shipped_ok,
            &["as shipped"],
        ),
        case(
            "passes with the reference solution",
            "dev.solution",
            report.solution_ok,
            &["the solution", "solution:"],
        ),
    ];
    if report.attempts > 0 {
        cases.push(case(
            &format!(
                "{} learner attempts get the expected verdict",
                report.attempts
            ),
            "dev.attempts",
            report.attempts_ok == report.attempts,
            &["attempt "],
        ));
    }
    junit::Suite {
        name: report.exercise.clone(),
        properties: gradebook.properties(),
        cases,
    }
}

pub fn run(
    course: &Course,
    config: &docker::Config,
    names: &[String],
    options: Options,
    top: &Top,
) -> Result<Exit> {
    let Options {
        jobs,
        as_json,
        attempts,
        reports,
        quiet,
    } = options;
    // What goes to the terminal: with --quiet, only the exercises with a problem.
    let chatty = !as_json && !quiet;
    let files = Reports::new(
        reports,
        &[ReportFormat::Junit, ReportFormat::Json],
        "dev check",
    )?;
    let exercises: Vec<Exercise<'_>> = if names.is_empty() {
        course.exercises().collect()
    } else {
        names
            .iter()
            .map(|name| exercise(course, name))
            .collect::<Result<_>>()?
    };
    if chatty {
        println!(
            "{} lessons and {} exercises load without errors from {}.",
            course.lessons.len(),
            course.len(),
            course.source.describe()
        );
    }
    let cancel = top.interrupt.token();
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
    let attempts: Vec<(Exercise<'_>, Attempt)> = if attempts {
        course
            .attempts()?
            .into_iter()
            .filter_map(|a| {
                let exercise = exercises.iter().find(|e| e.id() == a.exercise)?;
                Some((*exercise, a))
            })
            .collect()
    } else {
        Vec::new()
    };
    let attempt_folders: Vec<_> = attempts
        .iter()
        .map(|(e, a)| scratch_copy(course.attempt_files(*e, a)))
        .collect();
    let attempted_id = format!("dev-{}-attempts", std::process::id());
    let names: Vec<String> = exercises.iter().map(|e| e.id().to_string()).collect();
    let printer = ui::progress::AllPrinter::spinner(names, chatty);
    let link = EngineLink::new(config.clone());
    let work = async {
        let engine = link.connect().await.map_err(|why| NoEngine {
            what: "dev check (it builds every exercise)",
            why,
        })?;
        let run = verify::CheckAll {
            course,
            workspace_id: &shipped_id,
            engine: Some(&link),
            jobs,
            cancel,
        };
        let (shipped, shipped_seconds) =
            check_pass(&run, &exercises, &shipped_folders, &printer).await;
        let run = verify::CheckAll {
            course,
            workspace_id: &solved_id,
            engine: Some(&link),
            jobs,
            cancel,
        };
        let (solved, solved_seconds) =
            check_pass(&run, &exercises, &solved_folders, &printer).await;
        let attempt_names: Vec<String> = attempts
            .iter()
            .map(|(e, a)| format!("{}/{}", e.id(), a.name))
            .collect();
        let attempt_printer = ui::progress::AllPrinter::spinner(attempt_names, chatty);
        let run = verify::CheckAll {
            course,
            workspace_id: &attempted_id,
            engine: Some(&link),
            jobs,
            cancel,
        };
        let attempted_exercises: Vec<Exercise<'_>> = attempts.iter().map(|(e, _)| *e).collect();
        let (attempted, attempted_seconds) = check_pass(
            &run,
            &attempted_exercises,
            &attempt_folders,
            &attempt_printer,
        )
        .await;
        attempt_printer.finish();
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
                attempts: 0,
                attempts_ok: 0,
                skipped: None,
            };
            if let Some(why) = exercise.unsupported_by(engine.builder) {
                report.shipped_ok = true;
                report.solution_ok = true;
                report.skipped = Some(why);
                reports.push(report);
                continue;
            }
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
            for (index, (_, attempt)) in attempts
                .iter()
                .enumerate()
                .filter(|(_, (e, _))| e.id() == exercise.id())
            {
                report.attempts += 1;
                report.seconds += attempted_seconds[index];
                let problems = match (&attempted[index], &attempt_folders[index]) {
                    (Some(verdict), _) => attempt.judge(verdict),
                    (None, Err(err)) => vec![format!("{err:#}")],
                    (None, Ok(_)) => vec!["not checked".into()],
                };
                if problems.is_empty() {
                    report.attempts_ok += 1;
                }
                for problem in problems {
                    report.problems.push(format!(
                        "attempt `{}` ({}): {problem}",
                        attempt.name, attempt.about
                    ));
                }
            }
            reports.push(report);
        }
        let cleaned = async {
            docker::remove_workspace_objects(engine, &shipped_id).await?;
            // Each repeat of an exercise had a workspace id of its own.
            let repeats = attempts
                .iter()
                .map(|(e, _)| attempts.iter().filter(|(o, _)| o.id() == e.id()).count())
                .max()
                .unwrap_or(0);
            for earlier in 0..repeats.max(1) {
                let id = verify::item_workspace_id(&attempted_id, earlier);
                docker::remove_workspace_objects(engine, &id).await?;
            }
            docker::remove_workspace_objects(engine, &solved_id).await
        }
        .await;
        anyhow::Ok((reports, cleaned))
    };
    let outcome = top.runtime.block_on(top.interrupt.run(work));
    if let Some(signal) = top.interrupt.signal() {
        return Ok(Exit::Signal(signal));
    }
    let Some(outcome) = outcome else {
        return Ok(Exit::Fail);
    };
    printer.finish();
    let (reports, cleaned) = outcome?;
    if !as_json {
        for report in &reports {
            let fine =
                report.shipped_ok && report.solution_ok && report.attempts_ok == report.attempts;
            if !(quiet && fine) {
                print_line(report);
            }
        }
    }
    let failed = reports
        .iter()
        .filter(|r| !(r.shipped_ok && r.solution_ok && r.attempts_ok == r.attempts))
        .count();
    let engine = link
        .connected()
        .map(|engine| top.runtime.block_on(engine.facts()));
    let gradebook = files.gradebook(course, None, engine, Vec::new());
    let body = Body {
        passed: reports.len() - failed,
        failed,
        seconds: started.elapsed().as_secs_f64(),
        exercises: &reports,
        gradebook: &gradebook,
    };
    files.write(|format| match format {
        ReportFormat::Json => json::to_vec(&body),
        _ => {
            let suites: Vec<_> = reports.iter().map(|r| junit_suite(r, &gradebook)).collect();
            Ok(junit::render("dockerlings dev check", &suites).into_bytes())
        }
    })?;
    if as_json {
        json::print(&body)?;
    } else if !(quiet && failed == 0) {
        let skipped = reports.iter().filter(|r| r.skipped.is_some()).count();
        println!(
            "\n{} of {} exercises fail as shipped for their lesson's reason and pass solved ({:.0?}){}.",
            reports.len() - failed - skipped,
            reports.len() - skipped,
            Duration::from_secs(started.elapsed().as_secs()),
            match skipped {
                0 => String::new(),
                n => format!("; {n} skipped: this engine's builder cannot build them"),
            }
        );
    }
    if let Err(err) = cleaned {
        eprintln!("warning: could not remove the images dev check made: {err}");
    }
    Ok(Exit::passed(failed == 0))
}
