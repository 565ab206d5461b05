//! What the learner's keys do to the exercise: hints, moving on, resetting, and watching the
//! folder of the exercise they land on.

use super::{Session, Tone, watch_advice};
use crate::ui::link;
use crate::ui::relative_to_cwd;
use crate::ui::watch::checklist::Checklist;
use crate::ui::watch::files::{FileWatcher, unreliable_file_system};

impl Session<'_> {
    pub(super) fn hint(&mut self) {
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
        // Hints seen through `dockerlings hint` in another terminal count.
        let _ = self.workspace.refresh();
        let shown = self.workspace.hints_shown(&id);
        if shown >= total {
            self.say(
                Tone::Info,
                format!("That was the last hint: all {total} are shown under the task."),
            );
            return;
        }
        self.workspace.show_hints(&id, shown + 1);
        self.save();
        self.say(
            Tone::Info,
            format!("Hint {} of {total} is shown under the task.", shown + 1),
        );
    }

    /// What to do once the current exercise passes.
    pub(super) fn what_next(&self) -> String {
        if self.current().index + 1 < self.course.len() {
            return "Press n for the next exercise.".into();
        }
        match self.course.len() - self.workspace.state.done.len() {
            0 => "That was the last exercise: you finished the course!".into(),
            pending => format!(
                "That was the last exercise; {pending} still to pass: press l and p to see them."
            ),
        }
    }

    pub(super) fn next(&mut self) {
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
            None => {
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
        self.workspace.state.current = id.to_string();
        self.notice = None;
        self.save();
        self.checklist = Checklist::new(exercise);
        self.scroll = 0;
        self.watch_current();
        self.start_check();
    }

    pub(super) fn reset(&mut self) {
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
