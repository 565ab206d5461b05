//! Check results as text for the terminal: the one set of rules for `verify`, `check-all`,
//! `explain` and the watch checklist. Failing checks come first, then those that did not run,
//! then the passes; the watch screen folds the passes into one line while something fails.

use std::path::Path;

use console::style;

use crate::checks::{CheckKind, CheckResult, Measure, Status, Verdict};
use crate::ui::{bar, link, wrap::wrap};
use crate::values::size::Size;

const INDENT: &str = "    ";
const BAR_WIDTH: usize = 24;
/// Wide enough that `verify` output in a pipe or a log is not wrapped.
const NO_WRAP: usize = 1_000;

/// How results are drawn.
#[derive(Debug, Clone, Copy)]
pub struct Look<'a> {
    /// The exercise folder, absolute: what a location links to.
    pub dir: &'a Path,
    /// The same folder as the learner would type it: what a location shows.
    pub shown: &'a Path,
    /// Columns to wrap to; `None` does not wrap.
    pub width: Option<usize>,
    /// The watch screen: passes fold into one line while something fails, a pass shows no
    /// details, and image checks skipped for want of an engine say nothing (the screen says it
    /// once above them).
    pub compact: bool,
    /// Results of an earlier run, shown dimmed with their titles only until new ones come.
    pub stale: bool,
}

impl<'a> Look<'a> {
    /// Plain `verify` output: everything said, nothing wrapped.
    pub fn full(dir: &'a Path, shown: &'a Path) -> Self {
        Look {
            dir,
            shown,
            width: None,
            compact: false,
            stale: false,
        }
    }
}

/// The results in the order a learner reads them: failing first, then the ones that did not
/// run, then the passes (each group in the lesson's order).
pub fn results(results: &[CheckResult], look: Look<'_>) -> Vec<String> {
    let mut out = Vec::new();
    let group = |status: Status| results.iter().filter(move |r| r.status == status);
    for result in group(Status::Fail).chain(group(Status::Skipped)) {
        out.extend(check_lines(result, look));
    }
    let passes: Vec<&CheckResult> = group(Status::Pass).collect();
    let unsettled = passes.len() < results.len();
    if look.compact && unsettled && !look.stale && passes.len() > 1 {
        out.push(folded(&passes, look));
    } else {
        for result in passes {
            out.extend(check_lines(result, look));
        }
    }
    out
}

/// `✓ 3 more pass: Two stages, Named stages, …`: the passes in one line.
fn folded(passes: &[&CheckResult], look: Look<'_>) -> String {
    let titles: Vec<&str> = passes.iter().map(|r| r.title.as_str()).collect();
    let line = format!("{} pass: {}", passes.len(), titles.join(", "));
    let width = look.width.unwrap_or(NO_WRAP).saturating_sub(2).max(20);
    let line = console::truncate_str(&line, width, "…");
    format!("{} {}", style("✓").green().bold(), style(line).dim())
}

/// One check: a mark, the title and where; unless it passed, what, found, expected and why.
pub fn check_lines(result: &CheckResult, look: Look<'_>) -> Vec<String> {
    let width = look.width.unwrap_or(NO_WRAP);
    let mut out = Vec::new();
    let mark = match result.status {
        Status::Pass => style("✓").green().bold(),
        Status::Fail => style("✗").red().bold(),
        Status::Skipped => style("-").dim(),
    };
    let title = match look.stale {
        true => style(result.title.as_str()).dim(),
        false => style(result.title.as_str()).bold(),
    };
    let mut line = format!("{mark} {title}");
    // The rule code, for graders and `# dockerlings ignore=`; the watch screen keeps to titles.
    if !look.compact && !look.stale {
        line.push_str(&format!(" {}", style(format!("({})", result.code)).dim()));
    }
    if let Some(location) = &result.location {
        let text = format!(
            "{}:{}",
            look.shown.join(&location.file).display(),
            location.line
        );
        let target = look.dir.join(&location.file);
        line.push_str(&format!("  {}", style(link::file(&target, &text)).cyan()));
    }
    out.push(line);
    if look.stale {
        return out;
    }
    let dim = |lines: Vec<String>| lines.into_iter().map(|l| style(l).dim().to_string());
    match result.status {
        Status::Skipped if look.compact && is_for_want_of_an_engine(result) => {}
        Status::Skipped => out.extend(dim(wrap(&result.message, width, INDENT))),
        Status::Pass => {
            let measured = result.measure.as_ref().map(|m| measure_line(m, true));
            // A message that only repeats the measured value is left out.
            let message = result.message.trim();
            let informative = !message.is_empty()
                && !measured
                    .as_deref()
                    .is_some_and(|line| console::strip_ansi_codes(line).contains(message));
            out.extend(measured);
            if informative {
                out.extend(wrap(message, width, INDENT));
            }
            // What a size or cache pass found: the largest layers, the steps reused.
            let telling = matches!(result.check, CheckKind::ImageSize | CheckKind::Cache);
            if telling && !look.compact {
                out.extend(details(result));
            }
        }
        Status::Fail => {
            out.extend(wrap(&result.message, width, INDENT));
            if let Some(measure) = &result.measure {
                out.push(measure_line(measure, false));
            }
            if let Some(found) = &result.found {
                out.extend(wrap(&format!("found:    {found}"), width, INDENT));
            }
            if let Some(expected) = &result.expected {
                out.extend(wrap(&format!("expected: {expected}"), width, INDENT));
            }
            if !result.why.is_empty() {
                out.extend(dim(wrap(&format!("why: {}", result.why), width, INDENT)));
            }
            // The largest layers of a size check, the last lines of a failed build.
            out.extend(details(result));
        }
    }
    out
}

fn details(result: &CheckResult) -> impl Iterator<Item = String> + '_ {
    result
        .details
        .iter()
        .map(|detail| format!("{INDENT}  {}", style(detail).dim()))
}

/// Skipped because there is no engine: the watch screen says that once, above the checks.
fn is_for_want_of_an_engine(result: &CheckResult) -> bool {
    result.message.starts_with("no Docker engine")
}

/// One check as text (the lint findings of `explain`).
pub fn check(result: &CheckResult, exercise_dir: &Path) -> String {
    check_lines(result, Look::full(exercise_dir, exercise_dir)).join("\n")
}

/// A whole verdict (`verify`), wrapped to `width`, with a closing line. `quiet` shows the
/// failing checks only, and nothing for a pass.
pub fn verdict(
    verdict: &Verdict,
    dir: &Path,
    shown: &Path,
    width: Option<usize>,
    quiet: bool,
) -> String {
    let mut out = String::new();
    let look = Look {
        width,
        ..Look::full(dir, shown)
    };
    let failing: Vec<CheckResult>;
    let shown_results = if quiet {
        failing = verdict
            .results
            .iter()
            .filter(|r| r.status == Status::Fail)
            .cloned()
            .collect();
        &failing
    } else {
        &verdict.results
    };
    for line in results(shown_results, look) {
        out.push_str(&line);
        out.push('\n');
    }
    if quiet && verdict.passed {
        return out;
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

/// `8.45 MB of 20 MB  ████░░░░  42%`: the measured value against its target.
pub fn measure_line(measure: &Measure, passed: bool) -> String {
    let show = |value: f64| match measure.unit {
        "bytes" => Size(value.max(0.0) as u64).to_string(),
        _ => format!("{value:.3}"),
    };
    let fraction = if measure.target > 0.0 {
        measure.value / measure.target
    } else {
        1.0
    };
    let bar = bar::bar(fraction, BAR_WIDTH);
    let bar = if passed {
        style(bar).green()
    } else {
        style(bar).red()
    };
    let over = if fraction > 1.0 {
        format!(
            "  {}",
            style(format!("{:.0}% over", (fraction - 1.0) * 100.0)).red()
        )
    } else {
        format!("  {:.0}%", fraction * 100.0)
    };
    format!(
        "{INDENT}{} of {}  {bar}{over}",
        style(show(measure.value)).bold(),
        show(measure.target)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn look(compact: bool) -> Look<'static> {
        Look {
            dir: Path::new("/ws/go"),
            shown: Path::new("go"),
            width: Some(80),
            compact,
            stale: false,
        }
    }

    fn pass(kind: CheckKind, title: &str) -> CheckResult {
        CheckResult::new(kind, title, "").pass("fine")
    }

    #[test]
    fn a_size_bar_shows_value_against_target() {
        console::set_colors_enabled(false);
        let measure = Measure {
            value: 30_000_000.0,
            target: 20_000_000.0,
            unit: "bytes",
        };
        let line = measure_line(&measure, false);
        assert!(line.contains("30"), "{line}");
        assert!(line.contains("50% over"), "{line}");
        let measure = Measure {
            value: 5_000_000.0,
            target: 20_000_000.0,
            unit: "bytes",
        };
        assert!(measure_line(&measure, true).ends_with("25%"));
    }

    #[test]
    fn a_failure_says_where_what_and_why() {
        console::set_colors_enabled(false);
        let result = CheckResult::new(
            CheckKind::StagesNamed,
            "All stages are named",
            "Names survive edits.",
        )
        .fail("stage 2 has no name")
        .at("Dockerfile", 3)
        .expected("FROM alpine:3.20 AS runtime");
        for compact in [false, true] {
            let text = check_lines(&result, look(compact)).join("\n");
            assert!(text.contains("✗ All stages are named"), "{text}");
            assert!(text.contains("go/Dockerfile:3"), "{text}");
            assert!(text.contains("stage 2 has no name"), "{text}");
            assert!(
                text.contains("expected: FROM alpine:3.20 AS runtime"),
                "{text}"
            );
            assert!(text.contains("why: Names survive edits."), "{text}");
        }
    }

    #[test]
    fn a_failed_size_check_lists_the_largest_layers() {
        console::set_colors_enabled(false);
        let result = CheckResult::new(CheckKind::ImageSize, "Image is small", "Smaller pulls.")
            .fail("the image is 850MB")
            .measure(850e6, 20e6, "bytes")
            .details(vec![
                "largest layers:".into(),
                "  820MB  FROM golang:1.23".into(),
            ]);
        let text = check_lines(&result, look(true)).join("\n");
        assert!(
            text.contains("    largest layers:\n        820MB  FROM golang:1.23"),
            "{text}"
        );
        assert!(text.contains("over"), "{text}");
    }

    #[test]
    fn failures_come_first_and_the_watch_screen_folds_the_passes() {
        console::set_colors_enabled(false);
        let results = vec![
            pass(CheckKind::Stages, "Two stages"),
            pass(CheckKind::PinnedBases, "Bases are pinned"),
            CheckResult::new(CheckKind::StagesNamed, "All stages are named", "")
                .fail("stage 2 has no name"),
            CheckResult::new(CheckKind::Build, "The image builds", "").skipped("not run"),
        ];
        let full = results_text(&results, look(false));
        let order: Vec<usize> = ["✗ All stages", "- The image", "✓ Two stages", "✓ Bases"]
            .iter()
            .map(|title| {
                full.find(title)
                    .unwrap_or_else(|| panic!("{title}: {full}"))
            })
            .collect();
        assert!(order.windows(2).all(|w| w[0] < w[1]), "{full}");
        let compact = results_text(&results, look(true));
        assert!(compact.starts_with("✗ All stages are named"), "{compact}");
        assert!(
            compact.contains("✓ 2 pass: Two stages, Bases are pinned"),
            "{compact}"
        );
        assert!(!compact.contains("✓ Two stages"), "{compact}");
        // Once everything passes, each pass shows again (with its measure, if any).
        let passes = &results[..2];
        let all = results_text(passes, look(true));
        assert!(
            all.contains("✓ Two stages") && all.contains("✓ Bases"),
            "{all}"
        );
    }

    #[test]
    fn the_watch_screen_says_no_engine_once_not_per_check() {
        console::set_colors_enabled(false);
        let skipped = CheckResult::new(CheckKind::Build, "The image builds", "")
            .skipped("no Docker engine: not found; start Docker");
        assert_eq!(check_lines(&skipped, look(true)).len(), 1);
        let text = check_lines(&skipped, look(false)).join("\n");
        assert!(text.contains("start Docker"), "{text}");
    }

    #[test]
    fn the_verify_text_ends_with_how_many_are_left() {
        console::set_colors_enabled(false);
        let verdict = Verdict::new(
            "go",
            vec![
                pass(CheckKind::Stages, "Two stages"),
                CheckResult::new(CheckKind::StagesNamed, "Named", "").fail("no"),
            ],
        );
        let text = super::verdict(&verdict, Path::new("/ws/go"), Path::new("go"), None, false);
        assert!(
            text.ends_with("Not yet: `go`: 1 of 2 checks still to pass.\n"),
            "{text}"
        );
        assert!(text.find("✗ Named") < text.find("✓ Two stages"), "{text}");
    }

    #[test]
    fn quiet_shows_only_failures_and_wrapping_keeps_words_whole() {
        console::set_colors_enabled(false);
        let why = "Names keep `COPY --from=builder` and `docker build --target builder` \
                   pointing at the right stage when stages are added or moved.";
        let verdict = Verdict::new(
            "go",
            vec![
                pass(CheckKind::Stages, "Two stages"),
                CheckResult::new(CheckKind::StagesNamed, "Named", why).fail("stage 0 has no name"),
                CheckResult::new(CheckKind::Build, "Builds", "").skipped("not run"),
            ],
        );
        let text = super::verdict(
            &verdict,
            Path::new("/ws/go"),
            Path::new("go"),
            Some(40),
            true,
        );
        assert!(text.contains("✗ Named"), "{text}");
        assert!(
            !text.contains("Two stages") && !text.contains("Builds"),
            "{text}"
        );
        let words: Vec<&str> = why.split_whitespace().collect();
        // The wrapped text (the indented lines) fits.
        for line in text.lines().filter(|l| l.starts_with(INDENT)) {
            assert!(
                console::measure_text_width(line) <= 40,
                "{line:?} in\n{text}"
            );
        }
        // Joined again at the line breaks, the why is whole: no word was cut.
        let joined: Vec<&str> = text.split_whitespace().collect();
        assert!(joined.join(" ").contains(&words.join(" ")), "{text}");
        let passed = Verdict::new("go", vec![pass(CheckKind::Stages, "Two stages")]);
        assert_eq!(
            super::verdict(
                &passed,
                Path::new("/ws/go"),
                Path::new("go"),
                Some(40),
                true
            ),
            ""
        );
    }

    fn results_text(results: &[CheckResult], look: Look<'_>) -> String {
        super::results(results, look).join("\n")
    }
}
