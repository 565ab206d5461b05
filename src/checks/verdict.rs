//! What a check says: the one result type shared by static, engine and run checks, the watch
//! screen, `verify` and the `--json` output.

use std::path::PathBuf;

use serde::Serialize;

use super::CheckKind;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    Pass,
    Fail,
    /// Not run because something it needs failed first (e.g. the build).
    Skipped,
}

/// Where a result points: a file of the exercise and a 1-based line.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Location {
    /// Relative to the exercise folder, e.g. `Dockerfile`.
    pub file: PathBuf,
    pub line: usize,
}

/// A number measured against a target, for bars and before/after figures.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Measure {
    pub value: f64,
    pub target: f64,
    /// `bytes` or `ratio`.
    pub unit: &'static str,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CheckResult {
    /// The check kind, as written in lesson files (`stages_named`, `image_size`, ...).
    pub check: CheckKind,
    /// The kind's stable rule code (`DL-STAGE-NAMED`), always `check.code()`: for graders
    /// and code scanning, which key on codes rather than kind names.
    pub code: &'static str,
    /// A short title of what is checked: "All stages are named".
    pub title: String,
    pub status: Status,
    /// What is wrong (or, on a pass, what was found), in one sentence.
    pub message: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub location: Option<Location>,
    /// The value found, e.g. `golang:latest` or `14.9MB`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub found: Option<String>,
    /// What was expected, e.g. `a pinned tag` or `≤ 20MB`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expected: Option<String>,
    /// One sentence of why it matters.
    pub why: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub measure: Option<Measure>,
    /// Extra lines: the largest layers, the last lines of a failed build, steps reused.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub details: Vec<String>,
    /// How long the check took, in seconds (an engine check that shares the build counts
    /// only its own part); absent where it was not timed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub seconds: Option<f64>,
}

impl CheckResult {
    pub fn new(check: CheckKind, title: impl Into<String>, why: impl Into<String>) -> Self {
        CheckResult {
            check,
            code: check.code(),
            title: title.into(),
            status: Status::Pass,
            message: String::new(),
            location: None,
            found: None,
            expected: None,
            why: why.into(),
            measure: None,
            details: Vec::new(),
            seconds: None,
        }
    }

    pub fn pass(mut self, message: impl Into<String>) -> Self {
        self.status = Status::Pass;
        self.message = message.into();
        self
    }

    pub fn fail(mut self, message: impl Into<String>) -> Self {
        self.status = Status::Fail;
        self.message = message.into();
        self
    }

    pub fn skipped(mut self, message: impl Into<String>) -> Self {
        self.status = Status::Skipped;
        self.message = message.into();
        self
    }

    pub fn at(mut self, file: impl Into<PathBuf>, line: usize) -> Self {
        self.location = Some(Location {
            file: file.into(),
            line,
        });
        self
    }

    pub fn found(mut self, found: impl Into<String>) -> Self {
        self.found = Some(found.into());
        self
    }

    pub fn expected(mut self, expected: impl Into<String>) -> Self {
        self.expected = Some(expected.into());
        self
    }

    pub fn measure(mut self, value: f64, target: f64, unit: &'static str) -> Self {
        self.measure = Some(Measure {
            value,
            target,
            unit,
        });
        self
    }

    pub fn details(mut self, details: Vec<String>) -> Self {
        self.details = details;
        self
    }

    pub fn timed(mut self, started: std::time::Instant) -> Self {
        self.seconds = Some(started.elapsed().as_secs_f64());
        self
    }

    pub fn passed(&self) -> bool {
        self.status == Status::Pass
    }
}

/// All results of one exercise.
#[derive(Debug, Clone, Serialize)]
pub struct Verdict {
    pub exercise: String,
    pub passed: bool,
    pub results: Vec<CheckResult>,
}

impl Verdict {
    pub fn new(exercise: impl Into<String>, results: Vec<CheckResult>) -> Self {
        let passed = !results.is_empty() && results.iter().all(CheckResult::passed);
        Verdict {
            exercise: exercise.into(),
            passed,
            results,
        }
    }
}
