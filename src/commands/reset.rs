//! `dockerlings reset NAME`: the starting files back, the learner's version kept as a backup.

use anyhow::Result;

use super::{Context, Exit, exercise, relative_to_cwd};
use crate::progression;

pub fn run(ctx: &Context, name: &str, yes: bool) -> Result<Exit> {
    let exercise = exercise(&ctx.course, name)?;
    let dir = ctx.workspace.exercise_dir(exercise);
    if !yes {
        if !console::Term::stderr().is_term() {
            anyhow::bail!(
                "reset asks for confirmation, and there is no terminal to ask on; pass --yes to reset `{name}` anyway"
            );
        }
        let confirmed = dialoguer::Confirm::new()
            .with_prompt(format!(
                "Restore the starting files of `{name}` in {}? Your version is kept as a backup.",
                relative_to_cwd(&dir).display()
            ))
            .default(false)
            .interact()?;
        if !confirmed {
            println!("Nothing was changed.");
            return Ok(Exit::Pass);
        }
    }
    let reset = progression::reset(&ctx.course, &ctx.workspace, exercise)?;
    let done = match reset.stays_done {
        true => " It stays done: you passed it before, and its solution stays open.",
        false => "",
    };
    println!(
        "Restored `{name}`.{done} Your version is in {}",
        relative_to_cwd(&reset.backup).display()
    );
    Ok(Exit::Pass)
}
