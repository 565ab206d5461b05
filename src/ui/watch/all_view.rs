//! Check all: every exercise, static and engine checks, filling in as they finish.

use std::collections::BTreeMap;

use console::style;

use super::runner::RunId;
use crate::checks::Verdict;
use crate::checks::progress::Event;
use crate::course::Course;
use crate::docker::Unavailable;
use crate::ui::{bar, render};

#[derive(Debug, Default)]
pub struct AllView {
    pub run: RunId,
    /// The exercises being checked, with their build's step and steps once it reports.
    running: BTreeMap<String, Option<(usize, usize)>>,
    /// Why there is no engine, when there is none.
    engine: Option<Unavailable>,
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

    pub fn engine_missing(&mut self, why: Unavailable) {
        self.engine = Some(why);
    }

    pub fn started(&mut self, exercise: String) {
        self.running.insert(exercise, None);
    }

    pub fn apply(&mut self, exercise: String, event: &Event) {
        if let Event::BuildStep { step, total, .. } = event {
            self.running.insert(exercise, Some((*step, *total)));
        }
    }

    pub fn checked(&mut self, verdict: Verdict) {
        self.running.remove(&verdict.exercise);
        self.verdicts.push(verdict);
    }

    pub fn finish(&mut self) {
        self.running.clear();
        self.finished = true;
    }

    pub fn stop(&mut self) {
        if !self.finished {
            self.running.clear();
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
        if let Some(why) = &self.engine {
            out.push(format!(
                "{} {}",
                style("! Docker engine not reachable:").yellow().bold(),
                why.problem.lines().next().unwrap_or_default()
            ));
            out.push(format!("  fix: {}; the image checks are skipped.", why.fix));
            out.push(String::new());
        }
        for exercise in course.exercises() {
            let id = exercise.id();
            let line = match self.verdicts.iter().find(|v| v.exercise == id) {
                Some(verdict) => render::summary(verdict),
                None if let Some(build) = self.running.get(id) => {
                    const FRAMES: [&str; 4] = ["◐", "◓", "◑", "◒"];
                    let build = match *build {
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
