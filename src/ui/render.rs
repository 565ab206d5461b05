//! Verdicts as text for the terminal (verify, check-all, the watch screen).

use std::path::Path;

use console::style;

use crate::checks::{CheckKind, CheckResult, Status, Verdict};

/// One check: a status mark, the title, where, and (unless it passed) what, expected and why.
pub fn check(result: &CheckResult, exercise_dir: &Path) -> String {
    let mark = match result.status {
        Status::Pass => style("✓").green().bold(),
        Status::Fail => style("✗").red().bold(),
        Status::Skipped => style("-").dim(),
    };
    let mut out = format!("{mark} {}", style(&result.title).bold());
    if let Some(location) = &result.location {
        let shown = exercise_dir.join(&location.file);
        out.push_str(&format!(
            "  {}",
            style(format!("{}:{}", shown.display(), location.line)).cyan()
        ));
    }
    if !result.message.is_empty() {
        out.push_str(&format!("\n    {}", result.message));
    }
    if result.status != Status::Pass {
        if let Some(found) = &result.found {
            out.push_str(&format!("\n    found:    {found}"));
        }
        if let Some(expected) = &result.expected {
            out.push_str(&format!("\n    expected: {expected}"));
        }
        if !result.why.is_empty() {
            out.push_str(&format!("\n    {} {}", style("why:").dim(), result.why));
        }
    }
    if result.status != Status::Pass
        || result.check == CheckKind::ImageSize
        || result.check == CheckKind::Cache
    {
        for line in &result.details {
            out.push_str(&format!("\n      {}", style(line).dim()));
        }
    }
    out
}

/// A whole verdict with a closing line.
pub fn verdict(verdict: &Verdict, exercise_dir: &Path) -> String {
    let mut out = String::new();
    for result in &verdict.results {
        out.push_str(&check(result, exercise_dir));
        out.push('\n');
    }
    let failed = verdict
        .results
        .iter()
        .filter(|r| r.status != Status::Pass)
        .count();
    if verdict.passed {
        out.push_str(&format!(
            "{} `{}` passes all {} checks.\n",
            style("Passed:").green().bold(),
            verdict.exercise,
            verdict.results.len()
        ));
    } else {
        out.push_str(&format!(
            "{} `{}`: {failed} of {} checks still to pass.\n",
            style("Not yet:").red().bold(),
            verdict.exercise,
            verdict.results.len()
        ));
    }
    out
}

/// One line for an exercise in check-all: `✓ id`, or `✗ id  failing: a, b; 2 skipped`.
pub fn summary(verdict: &Verdict) -> String {
    let id = &verdict.exercise;
    if verdict.passed {
        return format!("{} {id}", style("✓").green().bold());
    }
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
    let mut why = Vec::new();
    if !failing.is_empty() {
        why.push(format!("failing: {}", failing.join(", ")));
    }
    if skipped > 0 {
        why.push(format!("{skipped} skipped"));
    }
    format!(
        "{} {id:<28} {}",
        style("✗").red().bold(),
        style(why.join("; ")).dim()
    )
}
