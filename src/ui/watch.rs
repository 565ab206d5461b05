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
mod signals;
mod terminal;

use std::process::ExitCode;

use anyhow::Result;

use crate::app::Context;

pub fn run(ctx: Context, manual_run: bool) -> Result<ExitCode> {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()?;
    let Context {
        course,
        workspace,
        engine_args,
    } = ctx;
    let root = workspace.root.clone();
    let code = runtime.block_on(session::run(&course, workspace, engine_args, manual_run))?;
    // Back on the normal screen: say where the learner left off.
    if let Ok(workspace) = crate::workspace::Workspace::find(&root) {
        println!(
            "{} of {} exercises done. Run `dockerlings` to go on, `dockerlings list` to see them all.",
            workspace.state.done.len(),
            course.len()
        );
    }
    Ok(code)
}
