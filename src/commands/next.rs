//! `dockerlings next`: move on to the next exercise, once the current one passes.

use anyhow::Result;

use super::{Context, Exit, classroom, relative_to_cwd};
use crate::classroom::learner::Happened;
use crate::progression::{self, Finish, Next};

pub fn run(ctx: &mut Context, force: bool) -> Result<Exit> {
    match progression::next(&ctx.course, &mut ctx.workspace, force) {
        Next::NotPassed(current) => {
            println!(
                "`{id}` has not passed yet: run `dockerlings verify` (or `dockerlings` to watch).\nTo move on anyway: `dockerlings next --force`.",
                id = current.id()
            );
            Ok(Exit::Fail)
        }
        Next::Last(finish) => {
            match finish {
                Finish::Complete => {
                    println!("That was the last exercise: the course is complete.")
                }
                Finish::Pending(pending) => println!(
                    "That was the last exercise; {pending} still to pass: `dockerlings list` shows which."
                ),
            }
            Ok(Exit::Pass)
        }
        Next::Moved(next) => {
            ctx.workspace.save()?;
            let dir = ctx.workspace.exercise_dir(next);
            println!(
                "Now on `{}`: {}\n  {}",
                next.id(),
                next.def.title,
                relative_to_cwd(&dir).display()
            );
            let started = Happened::Started {
                exercise: next.id().to_string(),
            };
            classroom::tell(&ctx.workspace, vec![started], None);
            Ok(Exit::Pass)
        }
    }
}
