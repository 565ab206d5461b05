//! The course rules, in one place for the CLI and watch mode: when an exercise is done, when
//! the learner may move on, how hints open, and what a reset keeps. Callers save the
//! workspace and say what happened; these functions only decide and record.

use std::path::PathBuf;

use anyhow::Result;

use crate::checks::Verdict;
use crate::course::{Course, Exercise};
use crate::workspace::Workspace;

/// What `next` did.
#[derive(Debug)]
pub enum Next<'c> {
    /// The learner is now on this exercise.
    Moved(Exercise<'c>),
    /// The current exercise has not passed: moving on takes `force` (or picking one from the
    /// list).
    NotPassed(Exercise<'c>),
    /// There is no exercise after the current one.
    Last(Finish),
}

/// Where the learner stands once the last exercise is reached.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Finish {
    /// Every exercise has passed.
    Complete,
    /// This many exercises have not passed yet.
    Pending(usize),
}

/// Moves on to the exercise after the current one, once the current one has passed (or with
/// `force`).
pub fn next<'c>(course: &'c Course, workspace: &mut Workspace, force: bool) -> Next<'c> {
    let current = current(course, workspace);
    if !force && !workspace.is_done(current.id()) {
        return Next::NotPassed(current);
    }
    match course.exercises().nth(current.index + 1) {
        Some(next) => {
            go_to(workspace, next);
            Next::Moved(next)
        }
        None => Next::Last(finish(course, workspace)),
    }
}

/// What comes after the current exercise once it passes: `None` when there is a next one.
pub fn after_pass(course: &Course, workspace: &Workspace) -> Option<Finish> {
    let current = current(course, workspace);
    match current.index + 1 < course.len() {
        true => None,
        false => Some(finish(course, workspace)),
    }
}

fn finish(course: &Course, workspace: &Workspace) -> Finish {
    let pending = course
        .exercises()
        .filter(|e| !workspace.is_done(e.id()))
        .count();
    match pending {
        0 => Finish::Complete,
        pending => Finish::Pending(pending),
    }
}

/// Makes `exercise` the current one (picked from the list: any exercise, passed or not).
pub fn go_to(workspace: &mut Workspace, exercise: Exercise<'_>) {
    workspace.state.current = exercise.id().to_string();
}

/// The current exercise (the first, if the state names one the course does not have).
pub fn current<'c>(course: &'c Course, workspace: &Workspace) -> Exercise<'c> {
    course
        .exercise(&workspace.state.current)
        .or_else(|| course.exercises().next())
        .expect("a loaded course has exercises")
}

/// Records a verdict: an exercise is done once every one of its checks passed, static and
/// image checks alike. Returns true the first time.
pub fn record(workspace: &mut Workspace, verdict: &Verdict, static_only: bool) -> bool {
    verdict.passed && !static_only && workspace.mark_done(&verdict.exercise)
}

/// The hints of an exercise as the learner has opened them.
#[derive(Debug)]
pub struct Hints<'c> {
    /// Opened so far, in order (after this call).
    pub shown: Vec<&'c str>,
    pub total: usize,
    pub step: HintStep,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HintStep {
    /// The exercise has no hints.
    None,
    /// Hint `n` (1-based) was opened just now.
    Opened(usize),
    /// Every hint was open already.
    NoMore,
}

/// Opens the next hint of `exercise`: one at a time, remembered per exercise, the same
/// counter for `dockerlings hint` and watch mode's `h`.
pub fn next_hint<'c>(workspace: &mut Workspace, exercise: Exercise<'c>) -> Hints<'c> {
    let total = exercise.def.hints.len();
    let before = workspace.hints_shown(exercise.id()).min(total);
    let step = match total {
        0 => HintStep::None,
        _ if before >= total => HintStep::NoMore,
        _ => {
            workspace.show_hints(exercise.id(), before + 1);
            HintStep::Opened(before + 1)
        }
    };
    hints(workspace, exercise, step)
}

/// Opens every hint of `exercise` at once.
pub fn all_hints<'c>(workspace: &mut Workspace, exercise: Exercise<'c>) -> Hints<'c> {
    let total = exercise.def.hints.len();
    let before = workspace.hints_shown(exercise.id()).min(total);
    workspace.show_hints(exercise.id(), total);
    let step = match total {
        0 => HintStep::None,
        _ if before >= total => HintStep::NoMore,
        _ => HintStep::Opened(total),
    };
    hints(workspace, exercise, step)
}

/// The hints opened so far, without opening one.
pub fn shown_hints<'c>(workspace: &Workspace, exercise: Exercise<'c>) -> Vec<&'c str> {
    let shown = workspace.hints_shown(exercise.id());
    exercise
        .def
        .hints
        .iter()
        .take(shown)
        .map(|h| h.trim())
        .collect()
}

fn hints<'c>(workspace: &Workspace, exercise: Exercise<'c>, step: HintStep) -> Hints<'c> {
    Hints {
        shown: shown_hints(workspace, exercise),
        total: exercise.def.hints.len(),
        step,
    }
}

/// What a reset did.
#[derive(Debug)]
pub struct Reset {
    /// Where the learner's version went.
    pub backup: PathBuf,
    /// The exercise had passed, and stays done: a reset is for trying again, not for losing
    /// progress (its solution stays open too).
    pub stays_done: bool,
}

/// Restores the starting files of `exercise`, keeping the learner's version as a backup.
pub fn reset(course: &Course, workspace: &Workspace, exercise: Exercise<'_>) -> Result<Reset> {
    let backup = workspace.reset(course, exercise)?;
    Ok(Reset {
        backup,
        stays_done: workspace.is_done(exercise.id()),
    })
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;
    use crate::checks::{CheckKind, CheckResult};

    fn course() -> Course {
        Course::from_dir(&Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/course"))
            .unwrap()
    }

    fn workspace(course: &Course) -> (tempfile::TempDir, Workspace) {
        let dir = tempfile::tempdir().unwrap();
        let workspace = Workspace::init(&dir.path().join("ws"), course, None).unwrap();
        (dir, workspace)
    }

    /// `next` as text, to compare: `moved x`, `not passed x`, `last ...`.
    fn step(next: Next<'_>) -> String {
        match next {
            Next::Moved(e) => format!("moved {}", e.id()),
            Next::NotPassed(e) => format!("not passed {}", e.id()),
            Next::Last(finish) => format!("last {finish:?}"),
        }
    }

    fn passing(id: &str) -> Verdict {
        Verdict::new(
            id,
            vec![CheckResult::new(CheckKind::Stages, "Two stages", "").pass("2 stages")],
        )
    }

    #[test]
    fn next_waits_for_a_pass_unless_forced() {
        let course = course();
        let (_dir, mut ws) = workspace(&course);
        let first = current(&course, &ws);
        let not_passed = format!("not passed {}", first.id());
        assert_eq!(step(next(&course, &mut ws, false)), not_passed);
        assert_eq!(ws.state.current, first.id());
        // A static-only pass is not a pass.
        assert!(!record(&mut ws, &passing(first.id()), true));
        assert_eq!(step(next(&course, &mut ws, false)), not_passed);
        assert!(record(&mut ws, &passing(first.id()), false));
        assert!(
            !record(&mut ws, &passing(first.id()), false),
            "only the first time"
        );
        let second = course.exercises().nth(1).unwrap();
        assert_eq!(
            step(next(&course, &mut ws, false)),
            format!("moved {}", second.id())
        );
        assert_eq!(ws.state.current, second.id());
        let third = course.exercises().nth(2).unwrap();
        assert_eq!(
            step(next(&course, &mut ws, true)),
            format!("moved {}", third.id())
        );
    }

    #[test]
    fn the_last_exercise_says_how_many_are_left() {
        let course = course();
        let (_dir, mut ws) = workspace(&course);
        let last = course.exercises().last().unwrap();
        go_to(&mut ws, last);
        let total = course.len();
        assert_eq!(after_pass(&course, &ws), Some(Finish::Pending(total)));
        assert_eq!(
            step(next(&course, &mut ws, true)),
            format!("last Pending({total})")
        );
        for exercise in course.exercises() {
            record(&mut ws, &passing(exercise.id()), false);
        }
        assert_eq!(step(next(&course, &mut ws, false)), "last Complete");
        go_to(&mut ws, course.exercises().next().unwrap());
        assert_eq!(after_pass(&course, &ws), None);
    }

    #[test]
    fn hints_open_one_at_a_time_on_one_counter() {
        let course = course();
        let (_dir, mut ws) = workspace(&course);
        let exercise = course.require("two-stages").unwrap();
        let first = next_hint(&mut ws, exercise);
        assert_eq!(first.step, HintStep::Opened(1));
        assert_eq!(first.shown.len(), 1);
        assert_eq!(first.total, 2);
        assert_eq!(shown_hints(&ws, exercise), first.shown);
        assert_eq!(first.shown[0], exercise.def.hints[0].trim());
        assert_eq!(next_hint(&mut ws, exercise).step, HintStep::Opened(2));
        let again = next_hint(&mut ws, exercise);
        assert_eq!(again.step, HintStep::NoMore);
        assert_eq!(again.shown.len(), 2);
        let other = course.require("pinned").unwrap();
        let all = all_hints(&mut ws, other);
        assert_eq!(all.step, HintStep::Opened(2));
        assert_eq!(all.shown.len(), 2);
        assert_eq!(all_hints(&mut ws, other).step, HintStep::NoMore);
    }

    #[test]
    fn a_reset_keeps_a_pass_and_says_so() {
        let course = course();
        let (_dir, mut ws) = workspace(&course);
        let exercise = course.require("two-stages").unwrap();
        let dockerfile = ws.dockerfile(exercise);
        std::fs::write(&dockerfile, "FROM busybox:1.36 AS mine\n").unwrap();
        let done = reset(&course, &ws, exercise).unwrap();
        assert!(!done.stays_done);
        assert_eq!(
            std::fs::read_to_string(done.backup.join("Dockerfile")).unwrap(),
            "FROM busybox:1.36 AS mine\n"
        );
        record(&mut ws, &passing(exercise.id()), false);
        assert!(reset(&course, &ws, exercise).unwrap().stays_done);
        assert!(ws.is_done(exercise.id()));
    }
}
