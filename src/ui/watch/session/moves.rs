//! What the learner's keys do to the exercise: hints, moving on, resetting, and watching the
//! folder of the exercise they land on.

use super::{Session, Tone, watch_advice};
use crate::classroom::learner::Happened;
use crate::progression::{self, Finish, HintStep, Next};
use crate::ui::link;
use crate::ui::relative_to_cwd;
use crate::ui::watch::checklist::Checklist;
use crate::ui::watch::files::{FileWatcher, unreliable_file_system};

impl Session<'_> {
    pub(super) fn hint(&mut self) {
        let exercise = self.current();
        // Hints seen through `dockerlings hint` in another terminal count.
        let _ = self.workspace.refresh();
        let hints = progression::next_hint(&mut self.workspace, exercise);
        match hints.step {
            HintStep::None => self.say(
                Tone::Info,
                "This exercise has no hints: read the task again, and the lesson text.",
            ),
            HintStep::NoMore => self.say(
                Tone::Info,
                format!(
                    "That was the last hint: all {} are shown under the task.",
                    hints.total
                ),
            ),
            HintStep::Opened(number) => {
                self.save();
                self.tell(Some(Happened::Hint {
                    exercise: exercise.id().to_string(),
                    number: number as u32,
                }));
                self.say(
                    Tone::Info,
                    format!("Hint {number} of {} is shown under the task.", hints.total),
                );
            }
        }
    }

    /// What to do once the current exercise passes.
    pub(super) fn what_next(&self) -> String {
        match progression::after_pass(self.course, &self.workspace) {
            None => "Press n for the next exercise.".into(),
            Some(Finish::Complete) => "That was the last exercise: you finished the course!".into(),
            Some(Finish::Pending(pending)) => format!(
                "That was the last exercise; {pending} still to pass: press l and p to see them."
            ),
        }
    }

    pub(super) fn next(&mut self) {
        // `n` is the CLI's `next` without `--force`: the list is the way to go elsewhere.
        match progression::next(self.course, &mut self.workspace, false) {
            Next::NotPassed(_) => self.say(
                Tone::Warn,
                "n moves on once this exercise passes. To go elsewhere anyway, press l and pick one.",
            ),
            // Saves the move and starts watching the new folder.
            Next::Moved(next) => self.switch_to(next.id()),
            Next::Last(_) => {
                let next = self.what_next();
                self.say(Tone::Good, next);
            }
        }
    }

    pub(super) fn switch_to(&mut self, id: &str) {
        let Some(exercise) = self.course.exercise(id) else {
            return;
        };
        self.runs.stop();
        progression::go_to(&mut self.workspace, exercise);
        self.notice = None;
        self.save();
        self.tell(Some(Happened::Started {
            exercise: exercise.id().to_string(),
        }));
        self.checklist = Checklist::new(exercise);
        self.scroll = 0;
        self.watch_current();
        self.start_check();
    }

    /// Restores the starting files of exercise `id` (the current one, or one in the list).
    pub(super) fn reset(&mut self, id: &str) {
        let Some(exercise) = self.course.exercise(id) else {
            return;
        };
        let current = exercise.id() == self.workspace.state.current;
        if current {
            // The build reads the folder that is about to move.
            self.runs.stop();
        }
        match progression::reset(self.course, &self.workspace, exercise) {
            Ok(reset) => {
                let shown = relative_to_cwd(&reset.backup);
                let done = match reset.stays_done {
                    true => " It stays done: you passed it before.",
                    false => "",
                };
                let text = format!(
                    "Restored the starting files of `{}`.{done} Your version is in {}",
                    exercise.id(),
                    link::file(&reset.backup, &shown.display().to_string())
                );
                self.say(Tone::Good, text);
            }
            Err(err) => self.say(Tone::Bad, format!("Nothing was reset: {err:#}")),
        }
        if current {
            // The watched folder was moved away: watch the new one.
            self.watch_current();
            self.start_check();
        }
    }

    pub(super) fn watch_current(&mut self) {
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
}
