//! `dockerlings check-all`: every exercise, several at once, listed in course order.

use anyhow::Result;
use serde::Serialize;

use std::sync::atomic::{AtomicBool, Ordering};

use super::reports::{self, Reports};
use super::verify::exit_for;
use super::{Context, Exit, Top, classroom, json};
use crate::checks::Verdict;
use crate::checks::progress::Event;
use crate::classroom::learner::Happened;
use crate::cli::{ReportFormat, ReportTarget};
use crate::progression;
use crate::report::Gradebook;
use crate::ui;
use crate::verify;

#[derive(Serialize)]
struct Body<'a> {
    static_only: bool,
    passed: usize,
    total: usize,
    verdicts: &'a [Verdict],
    gradebook: &'a Gradebook,
}

/// How `check-all` runs and reports.
pub struct Options<'a> {
    pub as_json: bool,
    pub static_only: bool,
    pub jobs: Option<usize>,
    pub reports: &'a [ReportTarget],
    /// Print the failing exercises only.
    pub quiet: bool,
}

pub fn run(ctx: &mut Context, options: Options<'_>, top: &Top) -> Result<Exit> {
    let Options {
        as_json,
        static_only,
        jobs,
        reports,
        quiet,
    } = options;
    let reports = Reports::new(
        reports,
        &[ReportFormat::Junit, ReportFormat::Json],
        "check-all",
    )?;
    let cancel = top.interrupt.token();
    let link =
        verify::EngineLink::new(ctx.engine.clone()).sweeping(&ctx.workspace.state.workspace_id);
    let items: Vec<verify::Item<'_>> = ctx
        .course
        .exercises()
        .map(|exercise| verify::Item {
            exercise,
            dir: ctx.workspace.exercise_dir(exercise),
        })
        .collect();
    let printer = ui::progress::AllPrinter::new(
        items.iter().map(|i| i.exercise.id().to_string()).collect(),
        !as_json,
    )
    .failures_only(quiet);
    let no_engine = AtomicBool::new(false);
    let events = |event: verify::AllEvent| {
        if let verify::AllEvent::Engine(Err(_))
        | verify::AllEvent::Progress(_, Event::Engine(Err(_))) = &event
        {
            no_engine.store(true, Ordering::Relaxed);
        }
        printer.event(event);
    };
    let run = verify::CheckAll {
        course: &ctx.course,
        workspace_id: &ctx.workspace.state.workspace_id,
        engine: (!static_only).then_some(&link),
        jobs,
        cancel,
    };
    let outcome = top
        .runtime
        .block_on(top.interrupt.run(verify::check_all(&run, &items, &events)));
    printer.finish();
    drop(items);
    if let Some(signal) = top.interrupt.signal() {
        return Ok(Exit::Signal(signal));
    }
    let Some(verdicts) = outcome else {
        return Ok(Exit::Fail);
    };
    let no_engine = no_engine.into_inner();
    let mut changed = false;
    for verdict in &verdicts {
        changed |= progression::record(&mut ctx.workspace, verdict, static_only);
    }
    if changed {
        ctx.workspace.save()?;
    }
    // Only passes: a run over every exercise fails the ones not started yet, which says
    // nothing about where the learner is stuck.
    let passes: Vec<Happened> = verdicts
        .iter()
        .filter_map(|v| Happened::checked(v, static_only))
        .filter(|h| matches!(h, Happened::Checked { passed: true, .. }))
        .collect();
    let passed = verdicts.iter().filter(|v| v.passed).count();
    if as_json || reports.any() {
        let engine = link
            .connected()
            .map(|engine| top.runtime.block_on(engine.facts()));
        let exercises: Vec<_> = ctx.course.exercises().collect();
        let facts = exercises
            .iter()
            .zip(&verdicts)
            .map(|(exercise, verdict)| reports::exercise_facts(&ctx.workspace, *exercise, verdict))
            .collect();
        let gradebook = reports.gradebook(
            &ctx.course,
            Some(&ctx.workspace.state.workspace_id),
            engine,
            facts,
        );
        let body = Body {
            static_only,
            passed,
            total: verdicts.len(),
            verdicts: &verdicts,
            gradebook: &gradebook,
        };
        reports.write(|format| match format {
            ReportFormat::Json => json::to_vec(&body),
            _ => {
                let shown: Vec<_> = verdicts
                    .iter()
                    .zip(&exercises)
                    .map(|(verdict, exercise)| (verdict, exercise.workspace_dir()))
                    .collect();
                Ok(reports::junit_of(&shown, &gradebook).into_bytes())
            }
        })?;
        if as_json {
            json::print(&body)?;
        }
    }
    let all_passed = passed == verdicts.len();
    if !as_json && (!quiet || !all_passed) {
        println!("{passed} passed, {} failed", verdicts.len() - passed);
    }
    // The worst exercise decides: a failing check, else a missing engine.
    let exits: Vec<Exit> = verdicts.iter().map(|v| exit_for(v, no_engine)).collect();
    classroom::tell(&ctx.workspace, passes, Some(&top.runtime));
    Ok([Exit::Fail, Exit::Engine]
        .into_iter()
        .find(|worst| exits.contains(worst))
        .unwrap_or(Exit::Pass))
}
