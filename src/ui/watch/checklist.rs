//! The live checklist of the exercise being checked: static results at once, then the build's
//! progress, then the image and run checks as they come.

use std::collections::VecDeque;
use std::path::Path;
use std::time::{Duration, Instant};

use console::style;

use super::runner::RunId;
use crate::checks::progress::Event;
use crate::checks::{CheckKind, CheckResult, Measure, Status, Verdict};
use crate::course::Exercise;
use crate::docker::Unavailable;
use crate::ui::{bar, link, wrap::wrap};
use crate::values::size::Size;

const LOG_LINES: usize = 3;
const BAR_WIDTH: usize = 24;

#[derive(Debug, Clone)]
struct BuildStep {
    step: usize,
    total: usize,
    instruction: String,
}

#[derive(Debug)]
pub struct Checklist {
    /// The run whose results are shown (numbered from 1 in a session).
    pub run: RunId,
    running: bool,
    started: Instant,
    static_after: Option<Duration>,
    finished_after: Option<Duration>,
    /// Static results first, then engine results, in the lesson's order.
    results: Vec<CheckResult>,
    /// Engine checks that have not reported yet, by kind.
    pending: Vec<CheckKind>,
    /// Results of an earlier run, shown until the new static results replace them.
    stale: bool,
    build: Option<BuildStep>,
    log: VecDeque<String>,
    engine: Option<Result<(), Unavailable>>,
    passed: Option<bool>,
    engine_kinds: Vec<CheckKind>,
}

impl Checklist {
    pub fn new(exercise: Exercise<'_>) -> Self {
        Checklist {
            run: 0,
            running: false,
            started: Instant::now(),
            static_after: None,
            finished_after: None,
            results: Vec::new(),
            pending: Vec::new(),
            stale: false,
            build: None,
            log: VecDeque::new(),
            engine: None,
            passed: None,
            engine_kinds: exercise
                .def
                .checks
                .iter()
                .filter(|c| !c.is_static())
                .map(|c| c.kind())
                .collect(),
        }
    }

    /// A new run starts; the last results stay on screen (dimmed) until its first ones come.
    pub fn begin(&mut self, run: RunId) {
        self.run = run;
        self.running = true;
        self.started = Instant::now();
        self.static_after = None;
        self.finished_after = None;
        self.stale = true;
        self.passed = None;
    }

    pub fn passed(&self) -> Option<bool> {
        self.passed
    }

    /// How many checks failed, and how many did not run, in the shown results.
    pub fn counts(&self) -> (usize, usize) {
        let count = |status| self.results.iter().filter(|r| r.status == status).count();
        (count(Status::Fail), count(Status::Skipped))
    }

    pub fn apply(&mut self, event: Event) {
        if !self.running {
            return;
        }
        match event {
            Event::Static(results) => {
                // Sent twice per run (ours, then verify's own); both are the same results.
                if self.static_after.is_none() {
                    self.static_after = Some(self.started.elapsed());
                }
                self.results = results;
                self.pending = self.engine_kinds.clone();
                self.stale = false;
                self.build = None;
                self.log.clear();
            }
            Event::BuildStep {
                step,
                total,
                instruction,
            } => {
                self.build = Some(BuildStep {
                    step,
                    total,
                    instruction,
                });
            }
            Event::Log(line) => {
                let line = line.trim_end();
                if !line.trim().is_empty() {
                    if self.log.len() == LOG_LINES {
                        self.log.pop_front();
                    }
                    self.log.push_back(line.to_string());
                }
            }
            Event::Engine(engine) => self.engine = Some(engine),
            Event::Result(result) => {
                if let Some(at) = self.pending.iter().position(|k| *k == result.check) {
                    self.pending.remove(at);
                }
                if result.check == CheckKind::Build {
                    self.build = None;
                }
                self.results.push(result);
            }
        }
    }

    pub fn finish(&mut self, verdict: &Verdict) {
        self.running = false;
        self.finished_after = Some(self.started.elapsed());
        self.results = verdict.results.clone();
        self.pending.clear();
        self.stale = false;
        self.build = None;
        self.log.clear();
        self.passed = Some(verdict.passed);
    }

    /// A run was stopped before it finished (a newer one replaces it, or the learner left).
    pub fn stop(&mut self) {
        self.running = false;
        self.build = None;
    }

    /// `check 7 · static 3 ms · building…` or `check 7 · done in 1.24 s`: how fresh the
    /// screen is, in words a learner can read and a benchmark can wait for.
    pub fn timing(&self) -> String {
        if self.run == 0 {
            return String::new();
        }
        let mut out = format!("check {}", self.run);
        if let Some(after) = self.static_after {
            out.push_str(&format!(" · static {}", duration(after)));
        }
        match (self.running, self.finished_after) {
            (true, _) if self.static_after.is_none() => out.push_str(" · checking…"),
            (true, _) => out.push_str(" · running…"),
            (false, Some(after)) => out.push_str(&format!(" · done in {}", duration(after))),
            (false, None) => out.push_str(" · stopped"),
        }
        out
    }

    /// The checklist as screen lines. `dir` is the exercise folder (absolute, for links),
    /// `shown` the same as the learner would type it.
    pub fn lines(&self, dir: &Path, shown: &Path, width: usize, frame: usize) -> Vec<String> {
        let mut out = Vec::new();
        if self.results.is_empty() && self.running {
            out.push(format!("{} checking…", spinner(frame)));
            return out;
        }
        if let Some(Err(why)) = &self.engine {
            engine_problem(why, width, &mut out);
        }
        let engine_missing = matches!(self.engine, Some(Err(_)));
        for result in &self.results {
            check_lines(
                result,
                dir,
                shown,
                width,
                engine_missing,
                self.stale,
                &mut out,
            );
        }
        if self.running && !self.stale {
            if let Some(build) = &self.build {
                let fraction = build.step as f64 / build.total.max(1) as f64;
                out.push(format!(
                    "{} Building  step {} of {}  {}  {}",
                    spinner(frame),
                    build.step,
                    build.total,
                    style(bar::bar(fraction, 16)).cyan(),
                    style(build.instruction.trim()).dim()
                ));
                for line in &self.log {
                    out.push(format!("      {}", style(line).dim()));
                }
            }
            for kind in &self.pending {
                if *kind == CheckKind::Build && self.build.is_some() {
                    continue;
                }
                let waiting = if self.engine.is_none() && !self.engine_kinds.is_empty() {
                    "connecting to the engine…"
                } else {
                    "waiting"
                };
                out.push(format!(
                    "{} {}  {}",
                    style("·").dim(),
                    kind.name().replace('_', " "),
                    style(waiting).dim()
                ));
            }
        }
        out
    }
}

fn spinner(frame: usize) -> String {
    const FRAMES: [&str; 4] = ["◐", "◓", "◑", "◒"];
    style(FRAMES[frame % FRAMES.len()]).cyan().to_string()
}

fn duration(d: Duration) -> String {
    if d < Duration::from_secs(1) {
        format!("{} ms", d.as_millis())
    } else {
        format!("{:.2} s", d.as_secs_f64())
    }
}

/// What `doctor` would say about the engine, and that the static checks still run.
fn engine_problem(why: &Unavailable, width: usize, out: &mut Vec<String>) {
    out.push(format!(
        "{} {}",
        style("! Docker engine not reachable:").yellow().bold(),
        why.problem.lines().next().unwrap_or_default()
    ));
    for line in why.problem.lines().skip(1) {
        out.extend(wrap(line, width, "    "));
    }
    let mut fix = wrap(&format!("fix: {}", why.fix), width, "    ");
    out.append(&mut fix);
    out.extend(
        wrap(
            "The static checks still run on every save; the image checks run once the engine answers (each re-check tries again, or press r).",
            width,
            "    ",
        )
        .into_iter()
        .map(|l| style(l).dim().to_string()),
    );
}

fn check_lines(
    result: &CheckResult,
    dir: &Path,
    shown: &Path,
    width: usize,
    engine_missing: bool,
    stale: bool,
    out: &mut Vec<String>,
) {
    let mark = match result.status {
        Status::Pass => style("✓").green().bold(),
        Status::Fail => style("✗").red().bold(),
        Status::Skipped => style("-").dim(),
    };
    let title = if stale {
        style(result.title.as_str()).dim()
    } else {
        style(result.title.as_str()).bold()
    };
    let mut line = format!("{mark} {title}");
    if let Some(location) = &result.location {
        let text = format!("{}:{}", shown.join(&location.file).display(), location.line);
        let target = dir.join(&location.file);
        line.push_str(&format!("  {}", style(link::file(&target, &text)).cyan()));
    }
    out.push(line);
    if stale {
        return;
    }
    let indent = "    ";
    match result.status {
        // Without an engine every image check says the same; the panel above says it once.
        Status::Skipped if engine_missing => {}
        Status::Skipped => {
            out.extend(
                wrap(&result.message, width, indent)
                    .into_iter()
                    .map(|l| style(l).dim().to_string()),
            );
        }
        Status::Pass => {
            let measured = result.measure.as_ref().map(|m| measure_line(m, true));
            // A size pass carries the before/after reduction; a cache pass, the reused steps.
            // A message that only repeats the measured value is left out.
            let message = result.message.trim();
            let informative = !message.is_empty()
                && !measured
                    .as_deref()
                    .is_some_and(|line| console::strip_ansi_codes(line).contains(message));
            out.extend(measured);
            if matches!(result.check, CheckKind::ImageSize | CheckKind::Cache) && informative {
                out.extend(wrap(message, width, indent));
            }
        }
        Status::Fail => {
            out.extend(wrap(&result.message, width, indent));
            if let Some(measure) = &result.measure {
                out.push(measure_line(measure, false));
            }
            if let Some(found) = &result.found {
                out.extend(wrap(&format!("found:    {found}"), width, indent));
            }
            if let Some(expected) = &result.expected {
                out.extend(wrap(&format!("expected: {expected}"), width, indent));
            }
            if !result.why.is_empty() {
                let why = wrap(&format!("why: {}", result.why), width, indent);
                out.extend(why.into_iter().map(|l| style(l).dim().to_string()));
            }
            // The largest layers of a size check, the last lines of a failed build.
            for detail in &result.details {
                out.push(format!("{indent}{}", style(detail).dim()));
            }
        }
    }
}

/// `8.45 MB of 20 MB  ████░░░░  42%`: the measured value against its target.
fn measure_line(measure: &Measure, passed: bool) -> String {
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
        "    {} of {}  {bar}{over}",
        style(show(measure.value)).bold(),
        show(measure.target)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

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
        let mut out = Vec::new();
        check_lines(
            &result,
            Path::new("/ws/go"),
            Path::new("go"),
            80,
            false,
            false,
            &mut out,
        );
        let text = out.join("\n");
        assert!(text.contains("✗ All stages are named"), "{text}");
        assert!(text.contains("go/Dockerfile:3"), "{text}");
        assert!(text.contains("stage 2 has no name"), "{text}");
        assert!(
            text.contains("expected: FROM alpine:3.20 AS runtime"),
            "{text}"
        );
        assert!(text.contains("why: Names survive edits."), "{text}");
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
        let mut out = Vec::new();
        check_lines(
            &result,
            Path::new("/ws/go"),
            Path::new("go"),
            80,
            false,
            false,
            &mut out,
        );
        let text = out.join("\n");
        assert!(text.contains("largest layers:"), "{text}");
        assert!(
            text.contains("    largest layers:\n      820MB  FROM golang:1.23"),
            "{text}"
        );
        assert!(text.contains("over"), "{text}");
    }
}
