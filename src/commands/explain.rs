//! `dockerlings explain [DOCKERFILE]`: the stage graph and the lint findings of a Dockerfile.

use std::path::Path;

use anyhow::{Context as _, Result};

use super::{Context, Exit, exercise, json, relative_to_cwd};
use crate::ui;

/// `ctx` is the workspace, for the current exercise's Dockerfile when none is named.
pub fn run(ctx: Option<&Context>, dockerfile: Option<&Path>, as_json: bool) -> Result<Exit> {
    let path = match (dockerfile, ctx) {
        (Some(path), _) => path.to_path_buf(),
        (None, Some(ctx)) => {
            let current = exercise(&ctx.course, &ctx.workspace.state.current)?;
            ctx.workspace.dockerfile(current)
        }
        (None, None) => anyhow::bail!("name a Dockerfile, or run this in a workspace"),
    };
    let text = std::fs::read_to_string(&path)
        .with_context(|| format!("cannot read {}", path.display()))?;
    let explanation = crate::checks::explain(&text, &relative_to_cwd(&path));
    if as_json {
        json::print(&explanation)?;
    } else {
        print!("{}", ui::explain::render(&explanation));
    }
    Ok(Exit::Pass)
}
