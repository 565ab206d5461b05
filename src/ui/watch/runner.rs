//! Check runs as futures the watch loop polls, reporting what happens over a channel.
//!
//! The loop owns every run: the current one, and cancelled ones that are still removing their
//! containers. A run is never dropped half-way; it is cancelled and awaited.

use std::path::PathBuf;
use std::sync::Arc;

use futures_util::FutureExt;
use futures_util::future::LocalBoxFuture;
use tokio::sync::mpsc::UnboundedSender;
use tokio_util::sync::CancellationToken;

use crate::checks::Verdict;
use crate::checks::progress::Event;
use crate::course::{Course, Exercise};
use crate::docker::Unavailable;
use crate::verify::{self, AllEvent, CheckAll, EngineLink, Item};

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
    /// Check all: this exercise is being checked now.
    Started(String),
    /// Check all: progress of an exercise being checked.
    Progress(String, Event),
    /// Check all: this exercise's verdict.
    Checked(Verdict),
    /// Check all: whether the engine answered.
    Engine(Result<(), Unavailable>),
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
    /// Connected once, at the first check that needs it; a failed attempt is tried again on
    /// the next run, so a learner can start Docker and go on.
    pub engine: Arc<EngineLink>,
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
        let sink = |event: Event| setup.send(run, Update::Event(event));
        let verdict = verify::verify(
            course,
            exercise,
            &dir,
            &setup.workspace_id,
            Some(&setup.engine),
            &sink,
            &cancel,
        )
        .await;
        if cancel.is_cancelled() {
            Outcome::Cancelled
        } else {
            Outcome::Exercise(verdict)
        }
    }
    .boxed_local()
}

/// Checks every exercise, several at once.
pub fn check_all<'c>(
    course: &'c Course,
    setup: Setup,
    run: RunId,
    cancel: CancellationToken,
) -> LocalBoxFuture<'c, Outcome> {
    async move {
        let items: Vec<Item<'_>> = course
            .exercises()
            .map(|exercise| Item {
                exercise,
                dir: setup.workspace_root.join(exercise.workspace_dir()),
            })
            .collect();
        let all = CheckAll {
            course,
            workspace_id: &setup.workspace_id,
            engine: Some(&setup.engine),
            jobs: None,
            cancel: &cancel,
        };
        let id = |index: usize| items[index].exercise.id().to_string();
        let events = |event: AllEvent| match event {
            AllEvent::Started(index) => setup.send(run, Update::Started(id(index))),
            AllEvent::Progress(index, event @ Event::BuildStep { .. }) => {
                setup.send(run, Update::Progress(id(index), event))
            }
            AllEvent::Checked(_, verdict) => setup.send(run, Update::Checked(verdict)),
            AllEvent::Engine(engine) => setup.send(run, Update::Engine(engine)),
            AllEvent::Progress(..) => {}
        };
        let verdicts = verify::check_all(&all, &items, &events).await;
        if cancel.is_cancelled() {
            Outcome::Cancelled
        } else {
            Outcome::All(verdicts)
        }
    }
    .boxed_local()
}
