//! Helpers for the checks' tests.

use std::path::Path;

use crate::checks::Check;
use crate::checks::{CheckResult, Status};

/// Runs one check on a Dockerfile text; it must produce exactly one result.
pub fn run_one(text: &str, check: &Check) -> CheckResult {
    let mut results = super::run_static(text, Path::new("Dockerfile"), &[check]);
    assert_eq!(results.len(), 1, "{results:#?}");
    results.remove(0)
}

/// Asserts a pass and returns the result.
pub fn passes(text: &str, check: &Check) -> CheckResult {
    let result = run_one(text, check);
    assert_eq!(result.status, Status::Pass, "{result:#?}");
    result
}

/// Asserts a failure at `line` and returns the result.
pub fn fails_at(text: &str, check: &Check, line: usize) -> CheckResult {
    let result = run_one(text, check);
    assert_eq!(result.status, Status::Fail, "{result:#?}");
    assert_eq!(
        result.location.as_ref().map(|l| l.line),
        Some(line),
        "{result:#?}"
    );
    assert_eq!(
        result.location.as_ref().map(|l| l.file.as_path()),
        Some(Path::new("Dockerfile"))
    );
    result
}
