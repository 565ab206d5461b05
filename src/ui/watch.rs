//! Watch mode: the learner's screen.

use anyhow::Result;

use crate::app::Context;

pub fn run(_ctx: Context, _manual_run: bool) -> Result<std::process::ExitCode> {
    anyhow::bail!("watch mode is not built yet; use `dockerlings verify`")
}
