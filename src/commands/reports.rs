//! `--report FORMAT=FILE`: which reports a command writes, the gradebook facts they carry,
//! and writing them. The documents themselves are rendered by `crate::report`.

use std::path::Path;
use std::time::{Instant, SystemTime};

use anyhow::{Context as _, Result};

use crate::checks::Verdict;
use crate::cli::{ReportFormat, ReportTarget};
use crate::course::{Course, Exercise};
use crate::docker::EngineFacts;
use crate::report::{CourseFacts, ExerciseFacts, Gradebook, junit, timestamp};
use crate::workspace::Workspace;

/// The reports one run writes, and when it started.
pub struct Reports {
    targets: Vec<ReportTarget>,
    started: SystemTime,
    clock: Instant,
}

impl Reports {
    /// Refuses a format the command cannot write before anything runs.
    pub fn new(targets: &[ReportTarget], allowed: &[ReportFormat], command: &str) -> Result<Self> {
        for target in targets {
            if !allowed.contains(&target.format) {
                let names: Vec<&str> = allowed.iter().map(|f| f.name()).collect();
                anyhow::bail!(
                    "`{command}` cannot write a {} report; it writes {}: --report {}={}",
                    target.format.name(),
                    names.join(" or "),
                    names[0],
                    target.path.display()
                );
            }
        }
        Ok(Reports {
            targets: targets.to_vec(),
            started: SystemTime::now(),
            clock: Instant::now(),
        })
    }

    pub fn any(&self) -> bool {
        !self.targets.is_empty()
    }

    /// The facts of this run, as it ends.
    pub fn gradebook(
        &self,
        course: &Course,
        workspace_id: Option<&str>,
        engine: Option<EngineFacts>,
        exercises: Vec<ExerciseFacts>,
    ) -> Gradebook {
        Gradebook {
            dockerlings_version: env!("CARGO_PKG_VERSION"),
            workspace_id: workspace_id.map(str::to_string),
            course: CourseFacts::of(course),
            engine,
            started_at: timestamp(self.started),
            finished_at: timestamp(SystemTime::now()),
            seconds: self.clock.elapsed().as_secs_f64(),
            exercises,
        }
    }

    /// Writes every report; `render` gives a format's bytes.
    pub fn write(&self, render: impl Fn(ReportFormat) -> Result<Vec<u8>>) -> Result<()> {
        for target in &self.targets {
            let bytes = render(target.format)?;
            write_file(&target.path, &bytes)?;
        }
        Ok(())
    }

    /// After an error: a JSON report holds the error document, a JUnit report one suite whose
    /// one test errored, so that a grader finds a file that says what went wrong.
    pub fn write_error(targets: &[ReportTarget], error: &serde_json::Value, message: &str) {
        for target in targets {
            let bytes = match target.format {
                ReportFormat::Json | ReportFormat::Sarif => {
                    serde_json::to_vec_pretty(error).unwrap_or_default()
                }
                ReportFormat::Junit => junit::render_error("dockerlings", message).into_bytes(),
            };
            // The error is already being reported; a report that cannot be written adds a line.
            if let Err(err) = write_file(&target.path, &bytes) {
                eprintln!("{} {err:#}", console::style("error:").red().bold());
            }
        }
    }
}

fn write_file(path: &Path, bytes: &[u8]) -> Result<()> {
    if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(parent).with_context(|| {
            format!(
                "cannot make the folder {} for the report {}",
                parent.display(),
                path.display()
            )
        })?;
    }
    std::fs::write(path, bytes).with_context(|| {
        format!(
            "cannot write the report {}; name a file you can write (--report FORMAT=FILE)",
            path.display()
        )
    })
}

/// An exercise's line in a gradebook.
pub fn exercise_facts(
    workspace: &Workspace,
    exercise: Exercise<'_>,
    verdict: &Verdict,
) -> ExerciseFacts {
    let id = exercise.id();
    ExerciseFacts {
        exercise: id.to_string(),
        passed: verdict.passed,
        seconds: verdict.results.iter().filter_map(|r| r.seconds).sum(),
        hints_shown: workspace.hints_shown(id),
        hints: exercise.def.hints.len(),
        solution_viewed_before_pass: workspace.solution_before_pass(id),
    }
}

/// The JUnit document of verdicts, each exercise's folder in front of its locations.
pub fn junit_of(verdicts: &[(&Verdict, &Path)], gradebook: &Gradebook) -> String {
    let suites: Vec<junit::Suite> = verdicts
        .iter()
        .map(|(verdict, dir)| {
            let facts = gradebook
                .exercises
                .iter()
                .find(|f| f.exercise == verdict.exercise);
            junit::Suite::of_verdict(verdict, dir, gradebook, facts)
        })
        .collect();
    junit::render("dockerlings", &suites)
}
