//! Build progress on stderr for `verify` and `check-all`.

use std::sync::Mutex;

use indicatif::{ProgressBar, ProgressStyle};

use crate::checks::progress::{Event, Sink};
use crate::ui::render;
use crate::verify::AllEvent;

/// Shows build steps on a spinner line (stderr, only on a terminal).
pub struct Printer {
    bar: Option<ProgressBar>,
    last: Mutex<String>,
}

impl Printer {
    pub fn new(enabled: bool) -> Self {
        let bar = (enabled && console::Term::stderr().is_term()).then(|| {
            let bar = ProgressBar::new_spinner();
            bar.set_style(
                ProgressStyle::with_template("{spinner} {msg}").expect("a valid template"),
            );
            bar.enable_steady_tick(std::time::Duration::from_millis(120));
            bar
        });
        Printer {
            bar,
            last: Mutex::new(String::new()),
        }
    }

    pub fn finish(&self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
    }
}

impl Sink for Printer {
    fn send(&self, event: Event) {
        let Some(bar) = &self.bar else { return };
        let message = match event {
            Event::BuildStep {
                step,
                total,
                instruction,
            } => format!("building: step {step}/{total}  {instruction}"),
            Event::Result(result) => format!("checked {}", result.check),
            _ => return,
        };
        if let Ok(mut last) = self.last.lock() {
            *last = message.clone();
        }
        bar.set_message(message);
    }
}

/// Check-all on the terminal: one line per exercise in course order, whatever order they
/// finish in, under a spinner that says which are running.
pub struct AllPrinter {
    bar: Option<ProgressBar>,
    /// Print the per-exercise lines (not with `--json`).
    lines: bool,
    /// Only the lines of exercises that do not pass (`--quiet`).
    failures_only: bool,
    state: Mutex<AllState>,
}

struct AllState {
    names: Vec<String>,
    /// What each running item is doing.
    running: std::collections::BTreeMap<usize, String>,
    /// Rendered lines waiting for the ones before them.
    ready: Vec<Option<String>>,
    next: usize,
}

impl AllPrinter {
    pub fn new(names: Vec<String>, enabled: bool) -> Self {
        let printer = Printer::new(enabled);
        let ready = vec![None; names.len()];
        AllPrinter {
            bar: printer.bar,
            lines: enabled,
            failures_only: false,
            state: Mutex::new(AllState {
                names,
                running: Default::default(),
                ready,
                next: 0,
            }),
        }
    }

    /// Prints the lines of failing exercises only, with no spinner: for `--quiet`.
    pub fn failures_only(mut self, quiet: bool) -> Self {
        if quiet {
            self.failures_only = true;
            if let Some(bar) = self.bar.take() {
                bar.finish_and_clear();
            }
        }
        self
    }

    /// Only the spinner: for callers that print their own lines.
    pub fn spinner(names: Vec<String>, enabled: bool) -> Self {
        AllPrinter {
            lines: false,
            ..AllPrinter::new(names, enabled)
        }
    }

    pub fn event(&self, event: AllEvent) {
        let Ok(mut state) = self.state.lock() else {
            return;
        };
        match event {
            AllEvent::Engine(Err(why)) => {
                let line = format!(
                    "{} {}\n  fix: {}\n  The image checks are skipped; the static checks still run.",
                    console::style("! Docker engine not reachable:")
                        .yellow()
                        .bold(),
                    why.problem,
                    why.fix
                );
                if self.lines {
                    match &self.bar {
                        Some(bar) => bar.println(line),
                        None => println!("{line}"),
                    }
                }
            }
            AllEvent::Engine(Ok(())) => {}
            AllEvent::Started(index) => {
                state.running.insert(index, "checking".into());
            }
            AllEvent::Progress(index, Event::BuildStep { step, total, .. }) => {
                state
                    .running
                    .insert(index, format!("building {step}/{total}"));
            }
            AllEvent::Progress(..) => {}
            AllEvent::Checked(index, verdict) => {
                state.running.remove(&index);
                if index < state.ready.len() {
                    // A passing exercise under --quiet has an empty line, which is not printed.
                    let line = match self.failures_only && verdict.passed {
                        true => String::new(),
                        false => render::summary(&verdict),
                    };
                    state.ready[index] = Some(line);
                }
                while let Some(Some(line)) = state.ready.get(state.next).cloned() {
                    if self.lines && !line.is_empty() {
                        match &self.bar {
                            Some(bar) => bar.println(line),
                            None => println!("{line}"),
                        }
                    }
                    state.next += 1;
                }
            }
        }
        if let Some(bar) = &self.bar {
            let running: Vec<String> = state
                .running
                .iter()
                .filter_map(|(index, what)| {
                    let name = state.names.get(*index)?;
                    Some(format!("{name} ({what})"))
                })
                .collect();
            bar.set_message(running.join(", "));
        }
    }

    pub fn finish(&self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
    }
}
