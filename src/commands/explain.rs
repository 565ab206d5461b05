//! `dockerlings explain [DOCKERFILE]`: the stage graph and the lint findings of a Dockerfile.

use std::path::Path;

use anyhow::{Context as _, Result};

use super::reports::Reports;
use super::{Context, Exit, exercise, json, relative_to_cwd};
use crate::checks::PragmaUse;
use crate::cli::{ExplainFormat, ReportFormat, ReportTarget};
use crate::report;
use crate::ui;
use crate::workspace::Workspace;

/// `ctx` is the workspace, for the current exercise's Dockerfile when none is named.
pub fn run(
    ctx: Option<&Context>,
    dockerfile: Option<&Path>,
    format: ExplainFormat,
    reports: &[ReportTarget],
) -> Result<Exit> {
    let reports = Reports::new(
        reports,
        &[ReportFormat::Sarif, ReportFormat::Json],
        "explain",
    )?;
    let path = match (dockerfile, ctx) {
        (Some(path), _) => path.to_path_buf(),
        (None, Some(ctx)) => {
            let current = exercise(&ctx.course, &ctx.workspace.state.current)?;
            ctx.workspace.dockerfile(current)
        }
        (None, None) => anyhow::bail!("name a Dockerfile, or run this in a workspace"),
    };
    let text = read_bounded(&path)?;
    // A learner's own project may silence a rule on a line; a course exercise may not, as
    // its graded checks do not read pragmas.
    let pragmas = match dockerfile {
        Some(path) if !Workspace::holds(path) => PragmaUse::Honour,
        _ => PragmaUse::Ignore,
    };
    let explanation = crate::checks::explain(&text, &relative_to_cwd(&path), pragmas);
    let sarif = || -> Result<Vec<u8>> {
        let mut bytes = serde_json::to_vec_pretty(&report::sarif::render(&explanation))?;
        bytes.push(b'\n');
        Ok(bytes)
    };
    reports.write(|format| match format {
        ReportFormat::Sarif => sarif(),
        _ => json::to_vec(&explanation),
    })?;
    match format {
        ExplainFormat::Json => json::print(&explanation)?,
        ExplainFormat::Sarif => print!("{}", String::from_utf8_lossy(&sarif()?)),
        ExplainFormat::Text => print!("{}", ui::explain::render(&explanation)),
    }
    Ok(Exit::Pass)
}

/// The largest Dockerfile `explain` reads: `explain /dev/zero` must not eat the memory.
const MAX_DOCKERFILE: u64 = 1 << 20;

fn read_bounded(path: &std::path::Path) -> Result<String> {
    use std::io::Read;
    let mut bytes = Vec::new();
    std::fs::File::open(path)
        .and_then(|file| file.take(MAX_DOCKERFILE + 1).read_to_end(&mut bytes))
        .with_context(|| format!("cannot read {}", path.display()))?;
    if bytes.len() as u64 > MAX_DOCKERFILE {
        anyhow::bail!(
            "{} is larger than 1 MiB: that is not a Dockerfile",
            path.display()
        );
    }
    String::from_utf8(bytes).with_context(|| format!("{} is not UTF-8 text", path.display()))
}
