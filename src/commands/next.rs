//! `dockerlings next`: move on to the next exercise.

use anyhow::Result;

use super::{Context, Exit, exercise, relative_to_cwd};

pub fn run(ctx: &mut Context) -> Result<Exit> {
    let current = exercise(&ctx.course, &ctx.workspace.state.current)?;
    if !ctx.workspace.is_done(current.id()) {
        println!(
            "`{}` has not passed yet: run `dockerlings verify` (or `dockerlings` to watch). Moving on anyway.",
            current.id()
        );
    }
    let Some(next) = ctx.course.exercises().nth(current.index + 1) else {
        println!("That was the last exercise: the course is complete.");
        return Ok(Exit::Pass);
    };
    let id = next.id().to_string();
    let dir = ctx.workspace.exercise_dir(next);
    ctx.workspace.state.current = id.clone();
    ctx.workspace.save()?;
    println!(
        "Now on `{id}`: {}\n  {}",
        next.def.title,
        relative_to_cwd(&dir).display()
    );
    Ok(Exit::Pass)
}
