//! Check all: every exercise, static and engine checks, filling in as they finish.

use console::style;

use super::runner::RunId;
use crate::checks::progress::Event;
use crate::checks::{Status, Verdict};
use crate::course::Course;
use crate::ui::bar;

#[derive(Debug, Default)]
pub struct AllView {
    pub run: RunId,
    running: Option<String>,
    build: Option<(usize, usize)>,
    verdicts: Vec<Verdict>,
    finished: bool,
    stopped: bool,
}

impl AllView {
    pub fn begin(run: RunId) -> Self {
        AllView {
            run,
            ..AllView::default()
        }
    }

    pub fn started(&mut self, exercise: String) {
        self.running = Some(exercise);
        self.build = None;
    }

    pub fn apply(&mut self, event: &Event) {
        if let Event::BuildStep { step, total, .. } = event {
            self.build = Some((*step, *total));
        }
    }

    pub fn checked(&mut self, verdict: Verdict) {
        self.running = None;
        self.verdicts.push(verdict);
    }

    pub fn finish(&mut self) {
        self.running = None;
        self.finished = true;
    }

    pub fn stop(&mut self) {
        if !self.finished {
            self.running = None;
            self.stopped = true;
        }
    }

    pub fn is_running(&self) -> bool {
        !self.finished && !self.stopped
    }

    pub fn lines(&self, course: &Course, frame: usize) -> Vec<String> {
        let total = course.len();
        let checked = self.verdicts.len();
        let mut out = vec![
            format!(
                "{}   {} of {total} checked",
                style("Check all: every exercise, static and image checks").bold(),
                checked
            ),
            String::new(),
        ];
        for exercise in course.exercises() {
            let id = exercise.id();
            let line = match self.verdicts.iter().find(|v| v.exercise == id) {
                Some(verdict) if verdict.passed => format!("{} {id}", style("✓").green().bold()),
                Some(verdict) => {
                    let failing: Vec<_> = verdict
                        .results
                        .iter()
                        .filter(|r| r.status == Status::Fail)
                        .map(|r| r.check.name())
                        .collect();
                    let skipped = verdict
                        .results
                        .iter()
                        .filter(|r| r.status == Status::Skipped)
                        .count();
                    let mut why = String::new();
                    if !failing.is_empty() {
                        why.push_str(&format!("failing: {}", failing.join(", ")));
                    }
                    if skipped > 0 {
                        if !why.is_empty() {
                            why.push_str("; ");
                        }
                        why.push_str(&format!("{skipped} skipped"));
                    }
                    format!("{} {id:<28} {}", style("✗").red().bold(), style(why).dim())
                }
                None if self.running.as_deref() == Some(id) => {
                    const FRAMES: [&str; 4] = ["◐", "◓", "◑", "◒"];
                    let build = match self.build {
                        Some((step, steps)) => format!(
                            "building step {step} of {steps} {}",
                            style(bar::progress(step, steps, 12)).cyan()
                        ),
                        None => "checking…".to_string(),
                    };
                    format!("{} {id:<28} {build}", style(FRAMES[frame % 4]).cyan())
                }
                None => format!("{} {}", style("·").dim(), style(id).dim()),
            };
            out.push(format!("  {line}"));
        }
        out.push(String::new());
        let passed = self.verdicts.iter().filter(|v| v.passed).count();
        if self.finished {
            let summary = format!("{passed} passed, {} failed", checked - passed);
            let summary = if passed == checked {
                style(summary).green().bold()
            } else {
                style(summary).bold()
            };
            out.push(format!("Summary: {summary}"));
        } else if self.stopped {
            out.push(format!(
                "Stopped after {checked} of {total}: {passed} passed, {} failed",
                checked - passed
            ));
        }
        out
    }
}
