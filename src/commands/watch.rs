//! `dockerlings` with no command: watch mode, the learner's screen.

use anyhow::Result;

use super::{Exit, Top, context};
use crate::cli::Cli;
use crate::ui::watch::{self, Ended, Stop};
use crate::workspace::Workspace;

pub fn run(cli: &Cli) -> Result<Exit> {
    if !console::Term::stdout().is_term() || !console::Term::stderr().is_term() {
        anyhow::bail!(
            "watch mode needs a terminal, and this is not one (piped or CI).\n  Use `dockerlings verify [NAME]` for one exercise or `dockerlings check-all` for all; both have --json."
        );
    }
    let ctx = context(cli)?;
    let top = Top::start_reaping(&ctx.engine)?;
    let stop = Stop {
        now: top.interrupt.token().clone(),
        hurry: top.interrupt.hurry().clone(),
    };
    let root = ctx.workspace.root.clone();
    let ended = top.runtime.block_on(watch::run(
        &ctx.course,
        ctx.workspace,
        ctx.engine,
        cli.manual_run,
        stop,
    ))?;
    // Back on the normal screen: say where the learner left off.
    if let Ok(workspace) = Workspace::find(&root) {
        println!(
            "{} of {} exercises done. Run `dockerlings` to go on, `dockerlings list` to see them all.",
            workspace.state.done.len(),
            ctx.course.len()
        );
    }
    Ok(match ended {
        Ended::Quit => Exit::Pass,
        Ended::Stopped => Exit::Signal(top.interrupt.signal().unwrap_or(2)),
    })
}
