//! `dockerlings verify [NAME]`: every check of one exercise; a pass marks it done.

use anyhow::Result;
use console::style;
use serde::Serialize;

use super::{Context, Exit, Top, connect_if, exercise_or_current, json, relative_to_cwd};
use crate::checks::Verdict;
use crate::docker;
use crate::ui;
use crate::verify::{self, EngineChoice};

#[derive(Serialize)]
struct Body<'a> {
    verdict: &'a Verdict,
    static_only: bool,
}

pub fn run(
    ctx: &mut Context,
    name: Option<&str>,
    as_json: bool,
    static_only: bool,
    top: &Top,
) -> Result<Exit> {
    let exercise = exercise_or_current(ctx, name)?;
    let id = exercise.id().to_string();
    let dir = ctx.workspace.exercise_dir(exercise);
    let printer = ui::progress::Printer::new(!as_json);
    let cancel = top.interrupt.token();
    let work = async {
        let engine = connect_if(&ctx.engine, !static_only && exercise.needs_engine()).await;
        let choice = engine_choice(static_only, &engine);
        let verdict = verify::verify(
            &ctx.course,
            exercise,
            &dir,
            &ctx.workspace.state.workspace_id,
            choice,
            &printer,
            cancel,
        )
        .await;
        (verdict, matches!(engine, Some(Err(_))))
    };
    let outcome = top.runtime.block_on(top.interrupt.run(work));
    printer.finish();
    if let Some(signal) = top.interrupt.signal() {
        return Ok(Exit::Signal(signal));
    }
    let Some((verdict, no_engine)) = outcome else {
        return Ok(Exit::Fail);
    };
    if as_json {
        json::print(&Body {
            verdict: &verdict,
            static_only,
        })?;
    } else {
        println!(
            "{}",
            style(format!("{} — {}", id, exercise.def.title)).bold()
        );
        print!("{}", ui::render::verdict(&verdict, &relative_to_cwd(&dir)));
    }
    if verdict.passed && !static_only {
        let first_time = ctx.workspace.mark_done(&id);
        ctx.workspace.save()?;
        if first_time && !as_json {
            println!("Run `dockerlings next` to move on.");
        }
    }
    Ok(exit_for(&verdict, no_engine))
}

/// How the engine checks of a run go, given the connection (`None`: none was needed).
pub(super) fn engine_choice<'e>(
    static_only: bool,
    engine: &'e Option<Result<docker::Engine, docker::Unavailable>>,
) -> EngineChoice<'e> {
    match (static_only, engine) {
        (false, Some(Ok(engine))) => EngineChoice::Use(engine),
        (false, Some(Err(why))) => EngineChoice::Missing(why),
        (true, _) | (false, None) => EngineChoice::Skip,
    }
}

/// Fail when a check fails; when nothing fails but the engine checks could not run for want
/// of an engine, say so with its own code.
pub(super) fn exit_for(verdict: &Verdict, no_engine: bool) -> Exit {
    let failed = verdict
        .results
        .iter()
        .any(|r| r.status == crate::checks::Status::Fail);
    match (verdict.passed, failed, no_engine) {
        (true, _, _) => Exit::Pass,
        (false, false, true) => Exit::Engine,
        _ => Exit::Fail,
    }
}
