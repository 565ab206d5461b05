//! Events a check run sends while it works, so the watch screen and `verify` can show them.

use super::CheckResult;
use crate::docker::Unavailable;

#[derive(Debug, Clone)]
pub enum Event {
    /// The static checks are done (they come first, in milliseconds).
    Static(Vec<CheckResult>),
    /// The engine is building; `step` of `total` is running `instruction`.
    BuildStep {
        step: usize,
        total: usize,
        instruction: String,
    },
    /// A line of build or run output.
    Log(String),
    /// An engine or run check finished.
    Result(CheckResult),
    /// Whether the engine answered, once per run that needs it.
    Engine(Result<(), Unavailable>),
}

/// Where events go. `verify --json` ignores them; watch mode draws them.
pub trait Sink: Send + Sync {
    fn send(&self, event: Event);
}

impl<F: Fn(Event) + Send + Sync> Sink for F {
    fn send(&self, event: Event) {
        self(event)
    }
}

/// A sink that drops everything.
#[cfg(test)]
pub fn ignore(_: Event) {}
