//! `dockerlings hint [NAME]`: the next hint (or all of them), remembered per exercise.

use anyhow::Result;
use console::style;

use super::{Context, Exit, exercise_or_current};

pub fn run(ctx: &mut Context, name: Option<&str>, all: bool) -> Result<Exit> {
    let exercise = exercise_or_current(ctx, name)?;
    let hints = &exercise.def.hints;
    if hints.is_empty() {
        println!(
            "`{}` has no hints: read its task again, and the lesson text.",
            exercise.id()
        );
        return Ok(Exit::Pass);
    }
    let id = exercise.id().to_string();
    let shown = ctx.workspace.hints_shown(&id);
    let upto = if all {
        hints.len()
    } else {
        (shown + 1).min(hints.len())
    };
    for (n, text) in hints.iter().enumerate().take(upto) {
        println!(
            "{} {}",
            style(format!("Hint {}/{}:", n + 1, hints.len()))
                .yellow()
                .bold(),
            text.trim()
        );
    }
    if upto == hints.len() && !all && shown >= hints.len() {
        println!("(that was the last hint)");
    }
    ctx.workspace.show_hints(&id, upto);
    ctx.workspace.save()?;
    Ok(Exit::Pass)
}
