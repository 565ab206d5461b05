//! The watch loop: one place that owns the state, reacts to keys, saves and check progress,
//! and redraws.

mod draw;
mod moves;
#[cfg(test)]
mod tests;

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use anyhow::Result;
use tokio::sync::mpsc::{self, UnboundedReceiver, UnboundedSender};
use tokio_util::sync::CancellationToken;

use super::all_view::AllView;
use super::checklist::Checklist;
use super::files::{Change, FileWatcher};
use super::keys::{self, Action, Input, Mode};
use super::list_view::{self, ListView};
use super::runner::{self, Message, Outcome, Setup, Update};
use super::runs::{Done, Runs};
use super::terminal::Terminal;
use super::{Ended, Stop};
use crate::classroom::learner::{self, Happened, Learner, Reporter};
use crate::course::{Course, Exercise};
use crate::docker;
use crate::progression;
use crate::verify::EngineLink;
use crate::workspace::Workspace;

/// How long quitting waits for a cancelled build to remove its containers.
const CLEANUP_DEADLINE: Duration = Duration::from_secs(30);
const SPINNER_TICK: Duration = Duration::from_millis(120);

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Tone {
    Info,
    Good,
    Warn,
    Bad,
}

struct Notice {
    text: String,
    tone: Tone,
}

/// Why the loop woke up.
enum Wake {
    Input(Input),
    Change(Change),
    // Boxed: a message can carry a whole check result, much larger than the other wakes.
    Message(Box<Message>),
    Finished(runner::RunId, Outcome),
    Drained,
    Tick,
    /// The process was asked to stop (a signal).
    Stopped,
    /// The key reader stopped (the terminal went away).
    NoMoreInput,
}

/// The receiving ends, apart from the state, so the loop can wait on them while it borrows
/// the state's runs.
struct Inbox {
    inputs: UnboundedReceiver<Input>,
    changes: UnboundedReceiver<Change>,
    messages: UnboundedReceiver<Message>,
    stop: Stop,
    tick: tokio::time::Interval,
}

pub struct Session<'c> {
    course: &'c Course,
    workspace: Workspace,
    setup: Setup,
    manual_run: bool,
    mode: Mode,
    /// The exercise a confirmed reset restores, and the screen it was asked from.
    reset_target: String,
    reset_from: Mode,
    checklist: Checklist,
    list: ListView,
    all: AllView,
    notice: Option<Notice>,
    watcher: Option<FileWatcher>,
    watch_problem: Option<String>,
    changes_tx: UnboundedSender<Change>,
    runs: Runs<'c>,
    scroll: usize,
    frame: usize,
    /// Rows of the body at the last draw, for page-wise movement.
    page: usize,
    /// Tells the class, if the workspace joined one, from a task of its own.
    reporter: Option<Reporter>,
}

/// Runs watch mode until the learner quits or `stop` is cancelled.
pub async fn run(
    course: &Course,
    workspace: Workspace,
    engine: docker::Config,
    manual_run: bool,
    stop: Stop,
) -> Result<Ended> {
    let (inputs_tx, inputs) = mpsc::unbounded_channel();
    let (changes_tx, changes) = mpsc::unbounded_channel();
    let (messages_tx, messages) = mpsc::unbounded_channel();
    let mut tick = tokio::time::interval(SPINNER_TICK);
    // After an idle spell the spinner just goes on; no burst of missed frames.
    tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Skip);
    let mut inbox = Inbox {
        inputs,
        changes,
        messages,
        stop,
        tick,
    };
    let mut session = Session::new(
        course,
        workspace,
        engine,
        manual_run,
        changes_tx,
        messages_tx,
    )?;
    session.reporter = Some(Reporter::spawn(Learner::at(&session.workspace.root)));
    let mut terminal = Terminal::enter()?;
    keys::spawn_reader(inputs_tx);
    session.watch_current();
    session.start_check();
    let ended = loop {
        session.draw(&mut terminal)?;
        let wake = session.next_wake(&mut inbox).await;
        match wake {
            Wake::Input(Input::Resize) => terminal.resized(),
            // A run's messages are all sent before it ends: apply them before its verdict.
            Wake::Finished(..) => {
                while let Ok(message) = inbox.messages.try_recv() {
                    session.handle(Wake::Message(Box::new(message)));
                }
            }
            _ => {}
        }
        if let Some(ended) = session.handle(wake) {
            break ended;
        }
        // Take whatever else is waiting before drawing again: one redraw per burst.
        while let Ok(message) = inbox.messages.try_recv() {
            session.handle(Wake::Message(Box::new(message)));
        }
    };
    let shut = session.shut_down(&mut terminal, &mut inbox).await;
    if let Some(reporter) = session.reporter.take() {
        reporter.finish(learner::ONE_SHOT_BUDGET).await;
    }
    shut?;
    Ok(ended)
}

impl<'c> Session<'c> {
    /// The state before the first check: no terminal, no key reader, nothing watched yet.
    fn new(
        course: &'c Course,
        workspace: Workspace,
        engine: docker::Config,
        manual_run: bool,
        changes_tx: UnboundedSender<Change>,
        messages_tx: UnboundedSender<Message>,
    ) -> Result<Session<'c>> {
        let exercise = course.require(&workspace.state.current)?;
        Ok(Session {
            course,
            setup: Setup {
                engine: Arc::new(EngineLink::new(engine).sweeping(&workspace.state.workspace_id)),
                workspace_root: workspace.root.clone(),
                workspace_id: workspace.state.workspace_id.clone(),
                tx: messages_tx,
            },
            workspace,
            manual_run,
            mode: Mode::Exercise,
            reset_target: String::new(),
            reset_from: Mode::Exercise,
            checklist: Checklist::new(exercise),
            list: ListView::open(exercise.id()),
            all: AllView::default(),
            notice: None,
            watcher: None,
            watch_problem: None,
            changes_tx,
            runs: Runs::default(),
            scroll: 0,
            frame: 0,
            page: 10,
            reporter: None,
        })
    }

    fn current(&self) -> Exercise<'c> {
        progression::current(self.course, &self.workspace)
    }

    fn exercise_dir(&self) -> PathBuf {
        self.workspace.exercise_dir(self.current())
    }

    async fn next_wake(&mut self, inbox: &mut Inbox) -> Wake {
        let animating = self.runs.is_active();
        let busy = animating || self.runs.is_draining();
        tokio::select! {
            input = inbox.inputs.recv() => match input {
                Some(input) => Wake::Input(input),
                None => Wake::NoMoreInput,
            },
            Some(change) = inbox.changes.recv() => Wake::Change(change),
            Some(message) = inbox.messages.recv() => Wake::Message(Box::new(message)),
            done = self.runs.wait(), if busy => match done {
                Done::Finished(run, outcome) => Wake::Finished(run, outcome),
                Done::Drained => Wake::Drained,
            },
            _ = inbox.tick.tick(), if animating => Wake::Tick,
            () = inbox.stop.now.cancelled() => Wake::Stopped,
        }
    }

    /// Reacts to one wake-up; `Some` ends watch mode.
    fn handle(&mut self, wake: Wake) -> Option<Ended> {
        match wake {
            Wake::Input(Input::Key(key)) => {
                for key in keys::split_alt(key) {
                    if let Some(action) = keys::action(self.mode, key)
                        && let Some(ended) = self.act(action)
                    {
                        return Some(ended);
                    }
                }
            }
            Wake::Input(Input::Resize) | Wake::Drained => {}
            Wake::NoMoreInput => return Some(Ended::Quit),
            // The watcher reports a save once the files are quiet.
            Wake::Change(Change::Saved) => {
                // Check all reads every exercise anyway; the current one is checked on return.
                if self.mode != Mode::CheckAll {
                    self.start_check();
                }
            }
            Wake::Change(Change::Failed(why)) => {
                self.watch_problem = Some(watch_advice(&format!("watching files failed: {why}")));
            }
            Wake::Message(message) => self.apply(*message),
            Wake::Finished(run, outcome) => self.finished(run, outcome),
            Wake::Tick => self.frame = self.frame.wrapping_add(1),
            Wake::Stopped => return Some(Ended::Stopped),
        }
        None
    }

    fn act(&mut self, action: Action) -> Option<Ended> {
        match (self.mode, action) {
            (_, Action::Quit) => return Some(Ended::Quit),
            (Mode::ConfirmReset, Action::Yes) => {
                self.mode = self.reset_from;
                let id = std::mem::take(&mut self.reset_target);
                self.reset(&id);
            }
            (Mode::ConfirmReset, _) => {
                self.mode = self.reset_from;
                self.say(Tone::Info, "Nothing was changed.");
            }
            (Mode::List | Mode::Search, action) => {
                let outcome =
                    self.list
                        .handle(action, self.course, &self.workspace.state, self.page);
                match outcome {
                    list_view::Outcome::Jump(id) => {
                        self.mode = Mode::Exercise;
                        if id != self.workspace.state.current {
                            self.switch_to(&id);
                        }
                    }
                    list_view::Outcome::Reset(id) => self.confirm_reset(id, Mode::List),
                    list_view::Outcome::Searching(true) => self.mode = Mode::Search,
                    list_view::Outcome::Searching(false) => self.mode = Mode::List,
                    list_view::Outcome::Back => self.mode = Mode::Exercise,
                    list_view::Outcome::Stay => {}
                }
            }
            (Mode::CheckAll, Action::Back) => {
                if self.all.is_running() {
                    self.runs.stop();
                    self.all.stop();
                }
                self.mode = Mode::Exercise;
                self.start_check();
            }
            (Mode::CheckAll, Action::CheckAll) => self.start_check_all(),
            (Mode::CheckAll, _) => {}
            (Mode::Exercise, action) => self.act_on_exercise(action),
        }
        None
    }

    fn act_on_exercise(&mut self, action: Action) {
        match action {
            Action::Hint => self.hint(),
            Action::Next => self.next(),
            Action::List => {
                // Passes recorded by commands in other terminals show in the list too.
                let _ = self.workspace.refresh();
                self.list = ListView::open(&self.workspace.state.current);
                self.mode = Mode::List;
            }
            Action::Rerun => self.start_check(),
            Action::Reset => {
                let id = self.current().id().to_string();
                self.confirm_reset(id, Mode::Exercise);
            }
            Action::CheckAll => self.start_check_all(),
            Action::Up => self.scroll = self.scroll.saturating_sub(1),
            Action::Down => self.scroll += 1,
            Action::PageUp => self.scroll = self.scroll.saturating_sub(self.page),
            Action::PageDown => self.scroll += self.page,
            Action::Top => self.scroll = 0,
            // Clamped to the last page when drawn.
            Action::Bottom => self.scroll = usize::MAX / 2,
            _ => {}
        }
    }

    /// Asks before resetting exercise `id`; `from` is the screen to go back to.
    fn confirm_reset(&mut self, id: String, from: Mode) {
        self.reset_target = id;
        self.reset_from = from;
        self.mode = Mode::ConfirmReset;
    }

    fn say(&mut self, tone: Tone, text: impl Into<String>) {
        self.notice = Some(Notice {
            text: text.into(),
            tone,
        });
    }

    /// Reports to the class; returns at once.
    fn tell(&self, happened: Option<Happened>) {
        if let (Some(reporter), Some(happened)) = (&self.reporter, happened) {
            reporter.tell(happened);
        }
    }

    fn save(&mut self) {
        if let Err(err) = self.workspace.save() {
            self.say(Tone::Bad, format!("Your progress was not saved: {err:#}"));
        }
    }

    // ---- checks ----

    fn start_check(&mut self) {
        let exercise = self.current();
        let (run, cancel) = self.runs.next_run();
        let future = runner::check_exercise(
            self.course,
            exercise,
            self.setup.clone(),
            run,
            cancel.clone(),
        );
        self.runs.start(run, cancel, future);
        self.checklist.begin(run);
    }

    fn start_check_all(&mut self) {
        self.mode = Mode::CheckAll;
        let (run, cancel) = self.runs.next_run();
        let future = runner::check_all(self.course, self.setup.clone(), run, cancel.clone());
        self.runs.start(run, cancel, future);
        self.checklist.stop();
        self.all = AllView::begin(run);
    }

    fn apply(&mut self, message: Message) {
        if message.run == self.checklist.run {
            if let Update::Event(event) = message.update {
                self.checklist.apply(event);
            }
        } else if message.run == self.all.run {
            match message.update {
                Update::Started(id) => self.all.started(id),
                Update::Progress(id, event) => self.all.apply(id, &event),
                Update::Checked(verdict) => {
                    if progression::record(&mut self.workspace, &verdict, false) {
                        self.save();
                    }
                    // Passes only: checking all fails the exercises not started yet.
                    let checked = Happened::checked(&verdict, false)
                        .filter(|h| matches!(h, Happened::Checked { passed: true, .. }));
                    self.tell(checked);
                    self.all.checked(verdict);
                }
                Update::Engine(Err(why)) => self.all.engine_missing(why),
                Update::Event(_) | Update::Engine(Ok(())) => {}
            }
        }
    }

    fn finished(&mut self, run: runner::RunId, outcome: Outcome) {
        match outcome {
            Outcome::Exercise(verdict) if run == self.checklist.run => {
                self.checklist.finish(&verdict);
                // The checklist says it passed and what next: no second message.
                if progression::record(&mut self.workspace, &verdict, false) {
                    self.save();
                }
                self.tell(Happened::checked(&verdict, false));
            }
            Outcome::All(verdicts) if run == self.all.run => {
                self.all.finish();
                let passed = verdicts.iter().filter(|v| v.passed).count();
                self.say(
                    Tone::Info,
                    format!(
                        "Checked all: {passed} passed, {} failed. Esc goes back.",
                        verdicts.len() - passed
                    ),
                );
            }
            _ => {}
        }
    }

    // ---- leaving ----

    /// Cancels the running check and waits for it to remove its containers, so nothing is left
    /// behind. A second Ctrl-C or signal stops waiting.
    async fn shut_down(&mut self, terminal: &mut Terminal, inbox: &mut Inbox) -> Result<()> {
        self.runs.stop();
        if !self.runs.is_draining() {
            return Ok(());
        }
        self.mode = Mode::Exercise;
        self.say(
            Tone::Warn,
            "Stopping the running check and removing its containers… (Ctrl-C again to leave now)",
        );
        self.draw(terminal)?;
        let deadline = tokio::time::sleep(CLEANUP_DEADLINE);
        tokio::pin!(deadline);
        loop {
            tokio::select! {
                _ = self.runs.wait() => {}
                () = &mut deadline => break,
                () = hurry(&inbox.stop) => break,
                Some(Input::Key(key)) = inbox.inputs.recv() => {
                    if keys::action(Mode::Exercise, key) == Some(Action::Quit) {
                        break;
                    }
                }
                else => break,
            }
            if !self.runs.is_draining() {
                break;
            }
        }
        Ok(())
    }
}

/// While quitting: a signal (the first, if quitting was a key; else a second) stops waiting.
async fn hurry(stop: &Stop) {
    let token: &CancellationToken = match stop.now.is_cancelled() {
        true => &stop.hurry,
        false => &stop.now,
    };
    token.cancelled().await
}

/// What to do when saves cannot be noticed.
fn watch_advice(why: &str) -> String {
    format!(
        "⚠ {why}. Saves may go unnoticed: press r after saving, or start with `dockerlings --manual-run`."
    )
}
