//! Check runs as futures the watch loop polls, reporting what happens over a channel.
//!
//! The loop owns every run: the current one, and cancelled ones that are still removing their
//! containers. A run is never dropped half-way; it is cancelled and awaited.

use std::path::PathBuf;

use futures_util::FutureExt;
use futures_util::future::LocalBoxFuture;
use tokio::sync::mpsc::UnboundedSender;
use tokio_util::sync::CancellationToken;

use crate::checks::Verdict;
use crate::checks::progress::Event;
use crate::course::{Course, Exercise};
use crate::docker::{self, Engine, Unavailable};
use crate::dockerfile::Snapshot;
use crate::verify::{self, EngineChoice};

/// Which run a message belongs to: messages of replaced runs are dropped.
pub type RunId = u64;

#[derive(Debug)]
pub struct Message {
    pub run: RunId,
    pub update: Update,
}

#[derive(Debug)]
pub enum Update {
    /// Progress of the exercise being checked.
    Event(Event),
    /// Whether the engine answered (only for exercises with engine checks).
    Engine(Result<(), Unavailable>),
    /// Check all: this exercise is being checked now.
    Started(String),
    /// Check all: this exercise's verdict.
    Checked(Verdict),
}

/// What a run ends with.
#[derive(Debug)]
pub enum Outcome {
    Exercise(Verdict),
    All(Vec<Verdict>),
    Cancelled,
}

/// Everything a run needs besides the course.
#[derive(Clone)]
pub struct Setup {
    pub engine: docker::Config,
    pub workspace_root: PathBuf,
    pub workspace_id: String,
    pub tx: UnboundedSender<Message>,
}

impl Setup {
    fn send(&self, run: RunId, update: Update) {
        let _ = self.tx.send(Message { run, update });
    }
}

/// Checks one exercise: static results first, then the engine's.
pub fn check_exercise<'c>(
    course: &'c Course,
    exercise: Exercise<'c>,
    setup: Setup,
    run: RunId,
    cancel: CancellationToken,
) -> LocalBoxFuture<'c, Outcome> {
    async move {
        let dir = setup.workspace_root.join(exercise.workspace_dir());
        // The static verdict goes on screen before anything waits on the engine.
        // Read once: the static checks, the image checks and the build all use this text.
        let snapshot = Snapshot::read(&dir, exercise.dockerfile());
        let mut results = verify::static_checks(exercise, &snapshot);
        setup.send(run, Update::Event(Event::Static(results.clone())));
        let engine = match connect_if_needed(exercise, &setup, &cancel).await {
            Some(engine) => engine,
            None => return Outcome::Cancelled,
        };
        if let Some(result) = &engine {
            setup.send(
                run,
                Update::Engine(result.as_ref().map(|_| ()).map_err(Clone::clone)),
            );
        }
        let sink = |event: Event| setup.send(run, Update::Event(event));
        results.extend(
            verify::engine_checks(
                course,
                exercise,
                &snapshot,
                &setup.workspace_id,
                choice(&engine),
                &sink,
                &cancel,
            )
            .await,
        );
        if cancel.is_cancelled() {
            Outcome::Cancelled
        } else {
            Outcome::Exercise(Verdict::new(exercise.id(), results))
        }
    }
    .boxed_local()
}

/// Checks every exercise in order, static and engine checks.
pub fn check_all<'c>(
    course: &'c Course,
    setup: Setup,
    run: RunId,
    cancel: CancellationToken,
) -> LocalBoxFuture<'c, Outcome> {
    async move {
        let mut verdicts = Vec::new();
        // Connected once, at the first exercise that needs it.
        let mut engine: Option<Result<Engine, Unavailable>> = None;
        for exercise in course.exercises() {
            if cancel.is_cancelled() {
                return Outcome::Cancelled;
            }
            setup.send(run, Update::Started(exercise.id().to_string()));
            if engine.is_none() {
                match connect_if_needed(exercise, &setup, &cancel).await {
                    Some(connected) => engine = connected,
                    None => return Outcome::Cancelled,
                }
            }
            let dir = setup.workspace_root.join(exercise.workspace_dir());
            let sink = |event: Event| {
                if let Event::BuildStep { .. } = event {
                    setup.send(run, Update::Event(event));
                }
            };
            let choice = if exercise.needs_engine() {
                choice(&engine)
            } else {
                EngineChoice::Skip
            };
            let verdict = verify::verify(
                course,
                exercise,
                &dir,
                &setup.workspace_id,
                choice,
                &sink,
                &cancel,
            )
            .await;
            if cancel.is_cancelled() {
                return Outcome::Cancelled;
            }
            setup.send(run, Update::Checked(verdict.clone()));
            verdicts.push(verdict);
        }
        Outcome::All(verdicts)
    }
    .boxed_local()
}

/// `Some(None)` when the exercise has no engine checks, `None` when cancelled while
/// connecting. Connecting again on every run is what lets a learner start Docker and go on.
async fn connect_if_needed(
    exercise: Exercise<'_>,
    setup: &Setup,
    cancel: &CancellationToken,
) -> Option<Option<Result<Engine, Unavailable>>> {
    if !exercise.needs_engine() {
        return Some(None);
    }
    tokio::select! {
        biased;
        () = cancel.cancelled() => None,
        engine = Engine::connect(&setup.engine) => Some(Some(engine)),
    }
}

fn choice(engine: &Option<Result<Engine, Unavailable>>) -> EngineChoice<'_> {
    match engine {
        Some(Ok(engine)) => EngineChoice::Use(engine),
        Some(Err(why)) => EngineChoice::Missing(why),
        None => EngineChoice::Skip,
    }
}
