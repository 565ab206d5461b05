//! `dockerlings verify [NAME]`: every check of one exercise; a pass marks it done.

use anyhow::Result;
use console::style;
use serde::Serialize;

use std::sync::atomic::{AtomicBool, Ordering};

use super::reports::{self, Reports};
use super::{Context, Exit, Top, classroom, json, relative_to_cwd};
use crate::checks::Verdict;
use crate::checks::progress::{Event, Sink};
use crate::classroom::learner::Happened;
use crate::cli::{ReportFormat, ReportTarget};
use crate::progression::{self, Finish};
use crate::report::Gradebook;
use crate::ui;
use crate::verify;

#[derive(Serialize)]
struct Body<'a> {
    verdict: &'a Verdict,
    static_only: bool,
    gradebook: &'a Gradebook,
}

/// How `verify` runs and reports.
pub struct Options<'a> {
    pub as_json: bool,
    pub static_only: bool,
    pub reports: &'a [ReportTarget],
    /// Print the failing checks only.
    pub quiet: bool,
}

pub fn run(ctx: &mut Context, name: Option<&str>, options: Options<'_>, top: &Top) -> Result<Exit> {
    let Options {
        as_json,
        static_only,
        reports,
        quiet,
    } = options;
    let reports = Reports::new(
        reports,
        &[ReportFormat::Junit, ReportFormat::Json],
        "verify",
    )?;
    // Borrows the course only: the workspace records the verdict while the exercise is held.
    let current = ctx.workspace.state.current.clone();
    let exercise = super::exercise(&ctx.course, name.unwrap_or(&current))?;
    let id = exercise.id().to_string();
    let dir = ctx.workspace.exercise_dir(exercise);
    let printer = ui::progress::Printer::new(!as_json && !quiet);
    let cancel = top.interrupt.token();
    let link =
        verify::EngineLink::new(ctx.engine.clone()).sweeping(&ctx.workspace.state.workspace_id);
    let no_engine = AtomicBool::new(false);
    let events = |event: Event| {
        if let Event::Engine(Err(_)) = &event {
            no_engine.store(true, Ordering::Relaxed);
        }
        printer.send(event);
    };
    let work = async {
        verify::verify(
            &ctx.course,
            exercise,
            &dir,
            &ctx.workspace.state.workspace_id,
            (!static_only).then_some(&link),
            &events,
            cancel,
        )
        .await
    };
    let outcome = top.runtime.block_on(top.interrupt.run(work));
    printer.finish();
    if let Some(signal) = top.interrupt.signal() {
        return Ok(Exit::Signal(signal));
    }
    let Some(verdict) = outcome else {
        return Ok(Exit::Fail);
    };
    let no_engine = no_engine.into_inner();
    let recorded = progression::record(&mut ctx.workspace, &verdict, static_only);
    if recorded {
        ctx.workspace.save()?;
    }
    let gradebook = (as_json || reports.any()).then(|| {
        let engine = link
            .connected()
            .map(|engine| top.runtime.block_on(engine.facts()));
        let facts = reports::exercise_facts(&ctx.workspace, exercise, &verdict);
        reports.gradebook(
            &ctx.course,
            Some(&ctx.workspace.state.workspace_id),
            engine,
            vec![facts],
        )
    });
    if let Some(gradebook) = &gradebook {
        let body = Body {
            verdict: &verdict,
            static_only,
            gradebook,
        };
        let shown = exercise.workspace_dir();
        reports.write(|format| match format {
            ReportFormat::Json => json::to_vec(&body),
            _ => Ok(reports::junit_of(&[(&verdict, shown)], gradebook).into_bytes()),
        })?;
        if as_json {
            json::print(&body)?;
        }
    }
    if !as_json {
        if !quiet {
            println!(
                "{}",
                style(format!("{} — {}", id, exercise.def.title)).bold()
            );
        }
        print!(
            "{}",
            ui::render::verdict(
                &verdict,
                &dir,
                &relative_to_cwd(&dir),
                ui::text_width(),
                quiet
            )
        );
    }
    if recorded && !as_json && !quiet {
        let current = ctx.workspace.state.current == id;
        match progression::after_pass(&ctx.course, &ctx.workspace) {
            Some(Finish::Complete) if current => {
                println!("That was the last exercise: you finished the course!")
            }
            Some(Finish::Pending(pending)) if current => println!(
                "That was the last exercise; {pending} still to pass: `dockerlings list` shows which."
            ),
            _ => println!("Run `dockerlings next` to move on."),
        }
    }
    // After the verdict is printed: a slow class server never holds it back.
    let checked = Happened::checked(&verdict, static_only);
    classroom::tell(
        &ctx.workspace,
        checked.into_iter().collect(),
        Some(&top.runtime),
    );
    Ok(exit_for(&verdict, no_engine))
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
