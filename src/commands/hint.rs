//! `dockerlings hint [NAME]`: the next hint (or all of them), remembered per exercise.

use anyhow::Result;
use console::style;

use super::{Context, Exit, classroom, exercise};
use crate::classroom::learner::Happened;
use crate::progression::{self, HintStep};

pub fn run(ctx: &mut Context, name: Option<&str>, all: bool) -> Result<Exit> {
    let id = name.map_or_else(|| ctx.workspace.state.current.clone(), str::to_string);
    let exercise = exercise(&ctx.course, &id)?;
    let before = ctx.workspace.hints_shown(&id);
    let hints = match all {
        true => progression::all_hints(&mut ctx.workspace, exercise),
        false => progression::next_hint(&mut ctx.workspace, exercise),
    };
    if hints.step == HintStep::None {
        println!(
            "`{}` has no hints: read its task again, and the lesson text.",
            exercise.id()
        );
        return Ok(Exit::Pass);
    }
    // The ones opened before come again, so the newest reads in context.
    for (n, text) in hints.shown.iter().enumerate() {
        println!(
            "{} {text}",
            style(format!("Hint {}/{}:", n + 1, hints.total))
                .yellow()
                .bold(),
        );
    }
    if hints.step == HintStep::NoMore && !all {
        println!("(that was the last hint)");
    }
    ctx.workspace.save()?;
    let upto = match hints.step {
        HintStep::Opened(upto) => upto,
        _ => before,
    };
    let opened = (before + 1..=upto)
        .map(|number| Happened::Hint {
            exercise: id.clone(),
            number: number as u32,
        })
        .collect();
    classroom::tell(&ctx.workspace, opened, None);
    Ok(Exit::Pass)
}
