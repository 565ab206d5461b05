//! `dockerlings clean`: removes the images and containers this workspace made.

use anyhow::Result;

use super::{Context, Exit, Top, connect_or_fail};
use crate::docker::{self, naming};

pub fn run(ctx: &Context, top: &Top) -> Result<Exit> {
    let id = &ctx.workspace.state.workspace_id;
    let work = async {
        let engine = connect_or_fail(&ctx.engine, "clean").await?;
        docker::remove_workspace_objects(&engine, id)
            .await
            .map_err(|err| {
                anyhow::anyhow!(
                    "the engine refused to remove something: {err}; `docker ps -a --filter label={}={id}` shows what is left",
                    naming::LABEL_WORKSPACE
                )
            })
    };
    let Some(removed) = top.runtime.block_on(top.interrupt.run(work)) else {
        return Ok(Exit::Signal(top.interrupt.signal().unwrap_or(2)));
    };
    let removed = removed?;
    let plural = |n: usize| if n == 1 { "" } else { "s" };
    println!(
        "Removed {} container{} and {} image{} of this workspace.",
        removed.containers,
        plural(removed.containers),
        removed.images,
        plural(removed.images)
    );
    println!("The engine's build cache is shared; `docker builder prune` empties it.");
    Ok(Exit::Pass)
}
