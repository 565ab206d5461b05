//! The live checklist of the exercise being checked: static results at once, then the build's
//! progress, then the image and run checks as they come.

use std::collections::VecDeque;
use std::path::Path;
use std::time::{Duration, Instant};

use console::style;

use super::runner::RunId;
use crate::checks::progress::Event;
use crate::checks::{CheckKind, CheckResult, Status, Verdict};
use crate::course::Exercise;
use crate::docker::Unavailable;
use crate::ui::render::{self, Look};
use crate::ui::{bar, wrap::wrap};

const LOG_LINES: usize = 3;

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
        let look = Look {
            dir,
            shown,
            width: Some(width),
            compact: true,
            stale: self.stale,
        };
        out.extend(render::results(&self.results, look));
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
