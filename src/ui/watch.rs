//! Watch mode: the learner's screen. It checks the current exercise on every save (static
//! checks at once, then the build and the image checks), and takes single keys for the rest.
//!
//! One loop (`session`) owns the state and draws; keys come from their own thread, saves from
//! the file watcher, check progress from the run futures the loop polls.

mod all_view;
mod checklist;
mod files;
mod keys;
mod list_view;
mod runner;
mod runs;
mod screen;
mod session;
mod terminal;

use anyhow::Result;
use tokio_util::sync::CancellationToken;

use crate::course::Course;
use crate::docker;
use crate::workspace::Workspace;

/// How watch mode ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ended {
    /// The learner quit (`q`, Ctrl-C as a key, or the terminal's input ended).
    Quit,
    /// `Stop::now` was cancelled.
    Stopped,
}

/// The caller's way to end watch mode: `now` ends it as `q` does (the running check is
/// cancelled and its containers removed); `hurry` stops waiting for that clean-up.
#[derive(Debug, Clone)]
pub struct Stop {
    pub now: CancellationToken,
    pub hurry: CancellationToken,
}

/// Runs watch mode on the current exercise until the learner quits or `stop` says so. The
/// terminal is given back on every way out.
pub async fn run(
    course: &Course,
    workspace: Workspace,
    engine: docker::Config,
    manual_run: bool,
    stop: Stop,
) -> Result<Ended> {
    session::run(course, workspace, engine, manual_run, stop).await
}
