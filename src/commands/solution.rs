//! `dockerlings solution NAME`: the reference solution, once the exercise passes.

use anyhow::Result;
use console::style;

use super::{Context, Exit, classroom, exercise};
use crate::classroom::learner::Happened;

pub fn run(ctx: &mut Context, name: &str, force: bool) -> Result<Exit> {
    let exercise = exercise(&ctx.course, name)?;
    if !ctx.workspace.is_done(name) {
        if !force {
            println!(
                "The solution of `{name}` opens once the exercise passes (`dockerlings verify {name}`).\nStuck? Try `dockerlings hint {name}`. To see it anyway: `dockerlings solution {name} --force`."
            );
            return Ok(Exit::Fail);
        }
        eprintln!(
            "{} showing the solution of `{name}` before it passes: you learn more by getting there yourself.",
            style("warning:").yellow().bold()
        );
        // A gradebook asks whether the solution was seen before the pass.
        if ctx.workspace.record_solution_before_pass(name) {
            ctx.workspace.save()?;
        }
    }
    for (path, contents) in ctx.course.solution_overlay(exercise)? {
        println!(
            "{}",
            style(format!(
                "── {} ──",
                exercise.workspace_dir().join(&path).display()
            ))
            .bold()
        );
        println!("{}", String::from_utf8_lossy(&contents));
    }
    let seen = Happened::Solution {
        exercise: name.to_string(),
    };
    classroom::tell(&ctx.workspace, vec![seen], None);
    Ok(Exit::Pass)
}
