//! `dockerlings check-all`: every exercise, in course order.

use anyhow::Result;
use console::style;
use serde::Serialize;

use super::verify::{engine_choice, exit_for};
use super::{Context, Exit, Top, connect_if, json};
use crate::checks::Verdict;
use crate::ui;
use crate::verify;

#[derive(Serialize)]
struct Body<'a> {
    static_only: bool,
    passed: usize,
    total: usize,
    verdicts: &'a [Verdict],
}

pub fn run(ctx: &mut Context, as_json: bool, static_only: bool, top: &Top) -> Result<Exit> {
    let cancel = top.interrupt.token();
    let needed = !static_only && ctx.course.exercises().any(|e| e.needs_engine());
    let work = async {
        let engine = connect_if(&ctx.engine, needed).await;
        let mut verdicts = Vec::new();
        for exercise in ctx.course.exercises() {
            if cancel.is_cancelled() {
                break;
            }
            let printer = ui::progress::Printer::new(!as_json);
            let verdict = verify::verify(
                &ctx.course,
                exercise,
                &ctx.workspace.exercise_dir(exercise),
                &ctx.workspace.state.workspace_id,
                engine_choice(static_only, &engine),
                &printer,
                cancel,
            )
            .await;
            printer.finish();
            if !as_json {
                println!("{}", line(&verdict));
            }
            verdicts.push(verdict);
        }
        (verdicts, matches!(engine, Some(Err(_))))
    };
    let outcome = top.runtime.block_on(top.interrupt.run(work));
    if let Some(signal) = top.interrupt.signal() {
        return Ok(Exit::Signal(signal));
    }
    let Some((verdicts, no_engine)) = outcome else {
        return Ok(Exit::Fail);
    };
    if !static_only {
        for verdict in verdicts.iter().filter(|v| v.passed) {
            ctx.workspace.mark_done(&verdict.exercise);
        }
        ctx.workspace.save()?;
    }
    let passed = verdicts.iter().filter(|v| v.passed).count();
    if as_json {
        json::print(&Body {
            static_only,
            passed,
            total: verdicts.len(),
            verdicts: &verdicts,
        })?;
    } else {
        println!("{passed} passed, {} failed", verdicts.len() - passed);
    }
    // The worst exercise decides: a failing check, else a missing engine.
    let exits: Vec<Exit> = verdicts.iter().map(|v| exit_for(v, no_engine)).collect();
    Ok([Exit::Fail, Exit::Engine]
        .into_iter()
        .find(|worst| exits.contains(worst))
        .unwrap_or(Exit::Pass))
}

/// One exercise's line: a mark, the id, and the checks still failing.
fn line(verdict: &Verdict) -> String {
    let mark = if verdict.passed {
        style("✓").green()
    } else {
        style("✗").red()
    };
    let failing: Vec<_> = verdict
        .results
        .iter()
        .filter(|r| !r.passed())
        .map(|r| r.check.name())
        .collect();
    let failing = match failing.is_empty() {
        true => String::new(),
        false => format!("failing: {}", failing.join(", ")),
    };
    format!("{mark} {:<28} {failing}", verdict.exercise)
}
