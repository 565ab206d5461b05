//! The watch loop: one place that owns the state, reacts to keys, saves and check progress,
//! and redraws.

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

use anyhow::Result;
use console::style;
use tokio::sync::mpsc::{self, UnboundedReceiver, UnboundedSender};
use tokio::time::Instant;

use super::all_view::AllView;
use super::checklist::Checklist;
use super::files::{Change, FileWatcher, unreliable_file_system};
use super::keys::{self, Action, Input, Mode};
use super::list_view::{self, ListView};
use super::runner::{self, Message, Outcome, Setup, Update};
use super::runs::{Done, Runs};
use super::screen::{Frame, spread};
use super::signals::Signals;
use super::terminal::Terminal;
use crate::app::relative_to_cwd;
use crate::cli::EngineArgs;
use crate::course::{Course, Exercise};
use crate::ui::{bar, link, wrap::wrap};
use crate::workspace::Workspace;

/// Editors write a file in several steps (truncate, write, rename, chmod): wait for quiet.
const DEBOUNCE: Duration = Duration::from_millis(100);
/// Once a written file is closed its contents are complete: wait only for the steps that may
/// follow at once (a chmod, removing a backup).
const DEBOUNCE_AFTER_CLOSE: Duration = Duration::from_millis(20);
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
    Debounced,
    Message(Message),
    Finished(runner::RunId, Outcome),
    Drained,
    Tick,
    Signal(u8),
    /// The key reader stopped (the terminal went away).
    NoMoreInput,
}

/// The receiving ends, apart from the state, so the loop can wait on them while it borrows
/// the state's runs.
struct Inbox {
    inputs: UnboundedReceiver<Input>,
    changes: UnboundedReceiver<Change>,
    messages: UnboundedReceiver<Message>,
    signals: Signals,
    tick: tokio::time::Interval,
}

pub struct Session<'c> {
    course: &'c Course,
    workspace: Workspace,
    setup: Setup,
    manual_run: bool,
    mode: Mode,
    checklist: Checklist,
    list: ListView,
    all: AllView,
    notice: Option<Notice>,
    watcher: Option<FileWatcher>,
    watch_problem: Option<String>,
    changes_tx: UnboundedSender<Change>,
    debounce: Option<Instant>,
    /// A written file was closed since the last check started.
    write_closed: bool,
    runs: Runs<'c>,
    scroll: usize,
    frame: usize,
    /// Rows of the body at the last draw, for page-wise movement.
    page: usize,
}

/// Runs watch mode until the learner quits; returns the exit code.
pub async fn run(
    course: &Course,
    workspace: Workspace,
    engine_args: EngineArgs,
    manual_run: bool,
) -> Result<ExitCode> {
    let (inputs_tx, inputs) = mpsc::unbounded_channel();
    let (changes_tx, changes) = mpsc::unbounded_channel();
    let (messages_tx, messages) = mpsc::unbounded_channel();
    let mut inbox = Inbox {
        inputs,
        changes,
        messages,
        signals: Signals::listen()?,
        tick: tokio::time::interval(SPINNER_TICK),
    };
    let exercise = course.require(&workspace.state.current)?;
    let mut session = Session {
        course,
        setup: Setup {
            engine_args,
            workspace_root: workspace.root.clone(),
            workspace_id: workspace.state.workspace_id.clone(),
            tx: messages_tx,
        },
        workspace,
        manual_run,
        mode: Mode::Exercise,
        checklist: Checklist::new(exercise),
        list: ListView::open(exercise.id()),
        all: AllView::default(),
        notice: None,
        watcher: None,
        watch_problem: None,
        changes_tx,
        debounce: None,
        write_closed: false,
        runs: Runs::default(),
        scroll: 0,
        frame: 0,
        page: 10,
    };
    let mut terminal = Terminal::enter()?;
    keys::spawn_reader(inputs_tx);
    session.watch_current();
    session.start_check();
    let code = loop {
        session.draw(&mut terminal)?;
        let wake = session.next_wake(&mut inbox).await;
        match wake {
            Wake::Input(Input::Resize) => terminal.resized(),
            // A run's messages are all sent before it ends: apply them before its verdict.
            Wake::Finished(..) => {
                while let Ok(message) = inbox.messages.try_recv() {
                    session.handle(Wake::Message(message));
                }
            }
            _ => {}
        }
        if let Some(code) = session.handle(wake) {
            break code;
        }
        // Take whatever else is waiting before drawing again: one redraw per burst.
        while let Ok(message) = inbox.messages.try_recv() {
            session.handle(Wake::Message(message));
        }
    };
    session.shut_down(&mut terminal, &mut inbox).await?;
    Ok(ExitCode::from(code))
}

impl<'c> Session<'c> {
    fn current(&self) -> Exercise<'c> {
        self.course
            .exercise(&self.workspace.state.current)
            .or_else(|| self.course.exercises().next())
            .expect("a loaded course has exercises")
    }

    fn exercise_dir(&self) -> PathBuf {
        self.workspace.exercise_dir(self.current())
    }

    async fn next_wake(&mut self, inbox: &mut Inbox) -> Wake {
        let debounce = self.debounce;
        let animating = self.runs.is_active();
        let busy = animating || self.runs.is_draining();
        tokio::select! {
            input = inbox.inputs.recv() => match input {
                Some(input) => Wake::Input(input),
                None => Wake::NoMoreInput,
            },
            Some(change) = inbox.changes.recv() => Wake::Change(change),
            () = tokio::time::sleep_until(debounce.unwrap_or_else(Instant::now)), if debounce.is_some() => Wake::Debounced,
            Some(message) = inbox.messages.recv() => Wake::Message(message),
            done = self.runs.wait(), if busy => match done {
                Done::Finished(run, outcome) => Wake::Finished(run, outcome),
                Done::Drained => Wake::Drained,
            },
            _ = inbox.tick.tick(), if animating => Wake::Tick,
            code = inbox.signals.next() => Wake::Signal(code),
        }
    }

    /// Reacts to one wake-up; `Some(code)` ends watch mode.
    fn handle(&mut self, wake: Wake) -> Option<u8> {
        match wake {
            Wake::Input(Input::Key(key)) => {
                let action = keys::action(self.mode, key)?;
                return self.act(action);
            }
            Wake::Input(Input::Resize) | Wake::Drained => {}
            Wake::NoMoreInput => return Some(crate::app::EXIT_PASS),
            Wake::Change(Change::Saved { closed }) => {
                self.write_closed |= closed;
                let quiet = if self.write_closed {
                    DEBOUNCE_AFTER_CLOSE
                } else {
                    DEBOUNCE
                };
                self.debounce = Some(Instant::now() + quiet);
            }
            Wake::Change(Change::Failed(why)) => {
                self.watch_problem = Some(watch_advice(&format!("watching files failed: {why}")));
            }
            Wake::Debounced => {
                self.debounce = None;
                self.write_closed = false;
                // Check all reads every exercise anyway; the current one is checked on return.
                if self.mode != Mode::CheckAll {
                    self.start_check();
                }
            }
            Wake::Message(message) => self.apply(message),
            Wake::Finished(run, outcome) => self.finished(run, outcome),
            Wake::Tick => self.frame = self.frame.wrapping_add(1),
            Wake::Signal(code) => return Some(code),
        }
        None
    }

    fn act(&mut self, action: Action) -> Option<u8> {
        match (self.mode, action) {
            (_, Action::Quit) => return Some(crate::app::EXIT_PASS),
            (Mode::ConfirmReset, Action::Yes) => {
                self.mode = Mode::Exercise;
                self.reset();
            }
            (Mode::ConfirmReset, _) => {
                self.mode = Mode::Exercise;
                self.say(Tone::Info, "Nothing was changed.");
            }
            (Mode::List, Action::Back) => self.mode = Mode::Exercise,
            (Mode::List, action) => {
                let outcome =
                    self.list
                        .handle(action, self.course, &self.workspace.state, self.page);
                if let list_view::Outcome::Jump(id) = outcome {
                    self.mode = Mode::Exercise;
                    if id != self.workspace.state.current {
                        self.switch_to(&id);
                    }
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
                self.list = ListView::open(&self.workspace.state.current);
                self.mode = Mode::List;
            }
            Action::Rerun => self.start_check(),
            Action::Reset => {
                self.mode = Mode::ConfirmReset;
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

    fn say(&mut self, tone: Tone, text: impl Into<String>) {
        self.notice = Some(Notice {
            text: text.into(),
            tone,
        });
    }

    fn save(&mut self) {
        if let Err(err) = self.workspace.save() {
            self.say(Tone::Bad, format!("Your progress was not saved: {err:#}"));
        }
    }

    // ---- checks ----

    fn start_check(&mut self) {
        self.debounce = None;
        self.write_closed = false;
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
            match message.update {
                Update::Event(event) => self.checklist.apply(event),
                Update::Engine(engine) => self.checklist.engine(engine),
                Update::Started(_) | Update::Checked(_) => {}
            }
        } else if message.run == self.all.run {
            match message.update {
                Update::Started(id) => self.all.started(id),
                Update::Event(event) => self.all.apply(&event),
                Update::Checked(verdict) => {
                    if verdict.passed && self.workspace.mark_done(&verdict.exercise) {
                        self.save();
                    }
                    self.all.checked(verdict);
                }
                Update::Engine(_) => {}
            }
        }
    }

    fn finished(&mut self, run: runner::RunId, outcome: Outcome) {
        match outcome {
            Outcome::Exercise(verdict) if run == self.checklist.run => {
                self.checklist.finish(&verdict);
                if verdict.passed && self.workspace.mark_done(&verdict.exercise) {
                    self.save();
                    let next = if self.is_last() {
                        "That was the last exercise: you finished the course!"
                    } else {
                        "Press n for the next exercise."
                    };
                    self.say(Tone::Good, format!("`{}` passes. {next}", verdict.exercise));
                }
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

    // ---- what the keys do ----

    fn hint(&mut self) {
        let exercise = self.current();
        let total = exercise.def.hints.len();
        if total == 0 {
            self.say(
                Tone::Info,
                "This exercise has no hints: read the task again, and the lesson text.",
            );
            return;
        }
        let id = exercise.id().to_string();
        let shown = self
            .workspace
            .state
            .hints_shown
            .get(&id)
            .copied()
            .unwrap_or(0);
        if shown >= total {
            self.say(
                Tone::Info,
                format!("That was the last hint: all {total} are shown under the task."),
            );
            return;
        }
        self.workspace.state.hints_shown.insert(id, shown + 1);
        self.save();
        self.say(
            Tone::Info,
            format!("Hint {} of {total} is shown under the task.", shown + 1),
        );
    }

    fn is_last(&self) -> bool {
        self.current().index + 1 == self.course.len()
    }

    fn next(&mut self) {
        let current = self.current();
        if !self.workspace.is_done(current.id()) {
            self.say(
                Tone::Warn,
                "n moves on once this exercise passes. To go elsewhere anyway, press l and pick one.",
            );
            return;
        }
        match self.course.exercises().nth(current.index + 1) {
            Some(next) => {
                let id = next.id().to_string();
                self.switch_to(&id);
            }
            None => self.say(
                Tone::Good,
                "That was the last exercise: you finished the course!",
            ),
        }
    }

    fn switch_to(&mut self, id: &str) {
        let Some(exercise) = self.course.exercise(id) else {
            return;
        };
        self.runs.stop();
        self.workspace.state.current = id.to_string();
        self.notice = None;
        self.save();
        self.checklist = Checklist::new(exercise);
        self.scroll = 0;
        self.watch_current();
        self.start_check();
    }

    fn reset(&mut self) {
        // The build reads the folder that is about to move.
        self.runs.stop();
        let exercise = self.current();
        match self.workspace.reset(self.course, exercise) {
            Ok(backup) => {
                let shown = relative_to_cwd(&backup);
                let text = format!(
                    "Restored the starting files of `{}`. Your version is in {}",
                    exercise.id(),
                    link::file(&backup, &shown.display().to_string())
                );
                self.say(Tone::Good, text);
            }
            Err(err) => self.say(Tone::Bad, format!("Nothing was reset: {err:#}")),
        }
        // The watched folder was moved away: watch the new one.
        self.watch_current();
        self.start_check();
    }

    fn watch_current(&mut self) {
        self.watcher = None;
        self.watch_problem = None;
        if self.manual_run {
            return;
        }
        let dir = self.exercise_dir();
        match FileWatcher::watch(&dir, self.changes_tx.clone()) {
            Ok(watcher) => {
                self.watcher = Some(watcher);
                self.watch_problem = unreliable_file_system(&dir).map(|why| watch_advice(&why));
            }
            Err(why) => self.watch_problem = Some(watch_advice(&why)),
        }
    }

    // ---- drawing ----

    fn draw(&mut self, terminal: &mut Terminal) -> Result<()> {
        let (columns, rows) = terminal.size();
        let (width, height) = (usize::from(columns), usize::from(rows));
        let header = self.header(width);
        let footer = self.footer(width);
        self.page = Frame::body_room(header.len(), footer.len(), height).max(1);
        let body = match self.mode {
            Mode::Exercise | Mode::ConfirmReset => self.exercise_body(width),
            Mode::List => self
                .list
                .lines(self.course, &self.workspace.state, self.page),
            Mode::CheckAll => self.all.lines(self.course, self.frame),
        };
        let mut scroll = if matches!(self.mode, Mode::Exercise | Mode::ConfirmReset) {
            self.scroll
        } else {
            0
        };
        let lines = Frame {
            header,
            body,
            footer,
        }
        .fit(width, height, &mut scroll);
        if matches!(self.mode, Mode::Exercise | Mode::ConfirmReset) {
            self.scroll = scroll;
        }
        terminal.draw(&lines)?;
        Ok(())
    }

    fn header(&self, width: usize) -> Vec<String> {
        let exercise = self.current();
        let title = format!(
            "{} · {}",
            style("dockerlings").cyan().bold(),
            self.course.title
        );
        let position = style(format!(
            "exercise {} of {}",
            exercise.index + 1,
            self.course.len()
        ))
        .dim()
        .to_string();
        let dockerfile = self.workspace.dockerfile(exercise);
        let shown = relative_to_cwd(&dockerfile).display().to_string();
        let watching = if self.manual_run {
            style("manual: press r after saving").yellow().to_string()
        } else if self.watcher.is_some() {
            style("watching for saves").dim().to_string()
        } else {
            style("not watching: press r after saving")
                .yellow()
                .to_string()
        };
        vec![
            spread(&title, &position, width),
            format!(
                "{}  {}",
                style(&exercise.def.title).bold(),
                style(format!(
                    "{} · {}",
                    exercise.id(),
                    exercise.lesson.file.title
                ))
                .dim()
            ),
            spread(
                &format!("Edit {}", style(link::file(&dockerfile, &shown)).cyan()),
                &watching,
                width,
            ),
            String::new(),
        ]
    }

    fn exercise_body(&self, width: usize) -> Vec<String> {
        let exercise = self.current();
        let mut out = wrap(&exercise.def.task, width, "  ");
        let shown = self
            .workspace
            .state
            .hints_shown
            .get(exercise.id())
            .copied()
            .unwrap_or(0);
        let total = exercise.def.hints.len();
        for (n, hint) in exercise.def.hints.iter().take(shown).enumerate() {
            out.push(String::new());
            out.push(format!(
                "  {}",
                style(format!("Hint {}/{total}", n + 1)).yellow().bold()
            ));
            out.extend(wrap(hint.trim(), width, "  "));
        }
        out.push(String::new());
        out.push(style("Checks").bold().underlined().to_string());
        let dir = self.exercise_dir();
        let shown_dir = relative_to_cwd(&dir);
        out.extend(self.checklist.lines(&dir, &shown_dir, width, self.frame));
        match self.checklist.passed() {
            Some(true) => {
                out.push(String::new());
                let next = if self.is_last() {
                    "That was the last exercise: you finished the course!"
                } else {
                    "Press n for the next exercise."
                };
                out.push(format!(
                    "{} {next}",
                    style("✓ Passed: every check is green.").green().bold()
                ));
            }
            Some(false) => {
                out.push(String::new());
                let (failed, skipped) = self.checklist.counts();
                out.push(if failed > 0 {
                    "Not yet: fix the first ✗ above and save; the checks run again by themselves."
                        .to_string()
                } else {
                    format!("Not yet: {skipped} checks did not run (see above).")
                });
            }
            None => {}
        }
        out
    }

    fn footer(&self, width: usize) -> Vec<String> {
        let mut out = Vec::new();
        if let Some(problem) = &self.watch_problem {
            out.extend(
                wrap(problem, width, "")
                    .into_iter()
                    .take(3)
                    .map(|l| style(l).yellow().to_string()),
            );
        }
        let notice = if self.mode == Mode::ConfirmReset {
            let exercise = self.current();
            style(format!(
                "Reset `{}`? Its starting files come back; your version is kept as a backup. y resets, any other key keeps your files.",
                exercise.id()
            ))
            .yellow()
            .bold()
            .to_string()
        } else {
            match &self.notice {
                Some(Notice { text, tone }) => match tone {
                    Tone::Info => text.clone(),
                    Tone::Good => style(text).green().to_string(),
                    Tone::Warn => style(text).yellow().to_string(),
                    Tone::Bad => style(text).red().to_string(),
                },
                None => String::new(),
            }
        };
        out.push(notice);
        let done = self.workspace.state.done.len();
        let total = self.course.len();
        let progress = format!(
            "Progress {} {done} of {total} done",
            style(bar::progress(done, total, 20)).green()
        );
        out.push(spread(
            &progress,
            &style(self.checklist.timing()).dim().to_string(),
            width,
        ));
        out.push(self.keys_help());
        out
    }

    fn keys_help(&self) -> String {
        let key = |k: &str, what: &str| format!("{} {}", style(k).bold(), style(what).dim());
        let keys: Vec<String> = match self.mode {
            Mode::Exercise => {
                let mut keys = Vec::new();
                if self.workspace.is_done(self.current().id()) {
                    keys.push(format!(
                        "{} {}",
                        style("n").green().bold(),
                        style("next").green()
                    ));
                }
                keys.extend([
                    key("h", "hint"),
                    key("r", "re-run"),
                    key("l", "list"),
                    key("x", "reset"),
                    key("c", "check all"),
                    key("q", "quit"),
                ]);
                keys
            }
            Mode::List => vec![
                key("↑↓", "move"),
                key("Enter", "go to"),
                key("a", "all"),
                key("d", "done"),
                key("p", "pending"),
                key("Esc", "back"),
                key("q", "quit"),
            ],
            Mode::ConfirmReset => vec![key("y", "reset"), key("any other key", "keep")],
            Mode::CheckAll => vec![
                key("Esc", "back"),
                key("c", "check all again"),
                key("q", "quit"),
            ],
        };
        keys.join("  ")
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
                _ = inbox.signals.next() => break,
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

/// What to do when saves cannot be noticed.
fn watch_advice(why: &str) -> String {
    format!(
        "⚠ {why}. Saves may go unnoticed: press r after saving, or start with `dockerlings --manual-run`."
    )
}
