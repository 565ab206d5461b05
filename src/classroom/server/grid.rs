//! What the dashboard shows, worked out from the store: each learner's progress on each
//! exercise (folded from their events as they arrive), who is stuck longest, the most common
//! failing check per exercise, and the counts the projector shows without names.

use serde::Serialize;

use super::store::{Hits, Snapshot};
use crate::classroom::protocol::{MAX_TEXT, What};

/// A learner on one exercise.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum State {
    Working,
    Failing,
    Passed,
}

impl State {
    pub fn name(self) -> &'static str {
        match self {
            State::Working => "working",
            State::Failing => "failing",
            State::Passed => "passed",
        }
    }

    pub fn parse(text: &str) -> State {
        match text {
            "passed" => State::Passed,
            "failing" => State::Failing,
            _ => State::Working,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Check {
    pub code: String,
    pub title: String,
}

/// One learner's progress on one exercise, as stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Progress {
    pub exercise: String,
    pub state: State,
    /// The first failing check of the last failed run, while failing.
    pub check: Option<Check>,
    pub started_ms: i64,
    /// Since when that check has been the first failing one.
    pub failing_since_ms: Option<i64>,
    /// The newest event that decided the state.
    pub last_at_ms: i64,
    /// The highest hint number seen.
    pub hints: i64,
    pub solution: bool,
    pub passed_seconds: Option<i64>,
    pub failures: i64,
}

/// Titles are for people: a long one is cut rather than refused.
pub fn clip(text: &str) -> String {
    text.chars().take(MAX_TEXT).collect()
}

impl Progress {
    pub fn new(exercise: &str, at_ms: i64) -> Progress {
        Progress {
            exercise: exercise.to_string(),
            state: State::Working,
            check: None,
            started_ms: at_ms,
            failing_since_ms: None,
            last_at_ms: at_ms,
            hints: 0,
            solution: false,
            passed_seconds: None,
            failures: 0,
        }
    }

    /// Folds in one event. Events may arrive late (a learner offline for a while): an older
    /// run does not overwrite a newer one's state, and a pass stays a pass.
    pub fn apply(&mut self, what: &What, at_ms: i64) {
        self.started_ms = self.started_ms.min(at_ms);
        let newer = at_ms >= self.last_at_ms;
        match what {
            What::Started => {}
            What::Failed { failing } => {
                self.failures += 1;
                if self.state != State::Passed && newer {
                    self.last_at_ms = at_ms;
                    match failing.first() {
                        Some(first) => {
                            let same = self.check.as_ref().is_some_and(|c| c.code == first.code);
                            if !same || self.failing_since_ms.is_none() {
                                self.failing_since_ms = Some(at_ms);
                            }
                            self.state = State::Failing;
                            self.check = Some(Check {
                                code: first.code.clone(),
                                title: clip(&first.title),
                            });
                        }
                        None => {
                            self.state = State::Working;
                            self.check = None;
                            self.failing_since_ms = None;
                        }
                    }
                }
            }
            What::Passed { seconds } => {
                if self.state != State::Passed || newer {
                    self.passed_seconds = Some(i64::try_from(*seconds).unwrap_or(i64::MAX));
                }
                self.state = State::Passed;
                self.check = None;
                self.failing_since_ms = None;
                self.last_at_ms = self.last_at_ms.max(at_ms);
            }
            What::Hint { number } => self.hints = self.hints.max(i64::from(*number)),
            What::Solution => self.solution = true,
        }
    }
}

/// An exercise column: the course's exercises in order, then any other id a learner sent.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Column {
    pub id: String,
    pub title: String,
}

#[derive(Debug, Serialize)]
pub struct Grid {
    pub class_name: String,
    pub now_ms: i64,
    pub events: i64,
    pub exercises: Vec<Column>,
    pub learners: Vec<Row>,
    /// Learners on an exercise they have not passed, the longest first.
    pub stuck: Vec<Stuck>,
    /// Per exercise, the check that failed for the most learners.
    pub common_failures: Vec<CommonFailure>,
    pub counts: Vec<Count>,
}

#[derive(Debug, Serialize)]
pub struct Row {
    pub id: String,
    pub name: String,
    pub joined_ms: i64,
    pub left: bool,
    pub current: Option<String>,
    pub last_seen_ms: i64,
    /// In the order of `exercises`; `None` where not started.
    pub cells: Vec<Option<Cell>>,
}

#[derive(Debug, Serialize)]
pub struct Cell {
    pub state: State,
    pub check: Option<Check>,
    pub hints: i64,
    pub solution: bool,
    pub started_ms: i64,
    pub passed_seconds: Option<i64>,
    pub failures: i64,
}

#[derive(Debug, Serialize)]
pub struct Stuck {
    pub learner: String,
    pub name: String,
    pub exercise: String,
    pub check: Option<Check>,
    pub since_ms: i64,
}

#[derive(Debug, Serialize)]
pub struct CommonFailure {
    pub exercise: String,
    pub code: String,
    pub title: String,
    pub learners: i64,
    pub failures: i64,
}

/// What the projector shows: no names.
#[derive(Debug, Serialize)]
pub struct Count {
    pub exercise: String,
    pub working: usize,
    pub failing: usize,
    pub passed: usize,
}

/// The projector's view: the class's progress, no one named.
#[derive(Debug, Serialize)]
pub struct Projector<'a> {
    pub class_name: &'a str,
    pub learners: usize,
    pub events: i64,
    pub exercises: &'a [Column],
    pub counts: &'a [Count],
}

impl Grid {
    pub fn build(snapshot: Snapshot, course: &[Column], now_ms: i64) -> Grid {
        let mut exercises = course.to_vec();
        let mut extra: Vec<&str> = snapshot
            .progress
            .iter()
            .map(|(_, p)| p.exercise.as_str())
            .filter(|id| !course.iter().any(|c| c.id == *id))
            .collect();
        extra.sort_unstable();
        extra.dedup();
        exercises.extend(extra.into_iter().map(|id| Column {
            id: id.to_string(),
            title: id.to_string(),
        }));
        let column = |id: &str| exercises.iter().position(|c| c.id == id);
        let mut learners: Vec<Row> = snapshot
            .learners
            .iter()
            .map(|l| Row {
                id: l.id.clone(),
                name: l.name.clone(),
                joined_ms: l.joined_ms,
                left: l.left_ms.is_some(),
                current: l.current_exercise.clone(),
                last_seen_ms: l.last_seen_ms,
                cells: exercises.iter().map(|_| None).collect(),
            })
            .collect();
        let mut counts: Vec<Count> = exercises
            .iter()
            .map(|c| Count {
                exercise: c.id.clone(),
                working: 0,
                failing: 0,
                passed: 0,
            })
            .collect();
        let mut stuck = Vec::new();
        for (learner_id, p) in &snapshot.progress {
            let (Some(row), Some(col)) = (
                learners.iter_mut().find(|r| &r.id == learner_id),
                column(&p.exercise),
            ) else {
                continue;
            };
            let count = &mut counts[col];
            match p.state {
                State::Working => count.working += 1,
                State::Failing => count.failing += 1,
                State::Passed => count.passed += 1,
            }
            if !row.left && p.state != State::Passed && row.current.as_deref() == Some(&p.exercise)
            {
                stuck.push(Stuck {
                    learner: row.id.clone(),
                    name: row.name.clone(),
                    exercise: p.exercise.clone(),
                    check: p.check.clone(),
                    since_ms: p.failing_since_ms.unwrap_or(p.started_ms),
                });
            }
            row.cells[col] = Some(Cell {
                state: p.state,
                check: p.check.clone(),
                hints: p.hints,
                solution: p.solution,
                started_ms: p.started_ms,
                passed_seconds: p.passed_seconds,
                failures: p.failures,
            });
        }
        stuck.sort_by(|a, b| a.since_ms.cmp(&b.since_ms).then(a.name.cmp(&b.name)));
        stuck.truncate(10);
        learners.sort_by_key(|a| a.left);
        Grid {
            class_name: snapshot.class_name,
            now_ms,
            events: snapshot.events,
            common_failures: most_common(&snapshot.hits, &exercises),
            exercises,
            learners,
            stuck,
            counts,
        }
    }

    pub fn projector(&self) -> Projector<'_> {
        Projector {
            class_name: &self.class_name,
            learners: self.learners.iter().filter(|l| !l.left).count(),
            events: self.events,
            exercises: &self.exercises,
            counts: &self.counts,
        }
    }
}

/// Per exercise, in course order, the check the most learners failed (then the most failures).
fn most_common(hits: &[Hits], exercises: &[Column]) -> Vec<CommonFailure> {
    exercises
        .iter()
        .filter_map(|column| {
            hits.iter()
                .filter(|h| h.exercise == column.id)
                .max_by(|a, b| {
                    (a.learners, a.failures, &b.code).cmp(&(b.learners, b.failures, &a.code))
                })
                .map(|h| CommonFailure {
                    exercise: h.exercise.clone(),
                    code: h.code.clone(),
                    title: h.title.clone(),
                    learners: h.learners,
                    failures: h.failures,
                })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::classroom::protocol::FailingCheck;

    fn failed(code: &str) -> What {
        What::Failed {
            failing: vec![FailingCheck {
                code: code.into(),
                title: format!("{code} title"),
            }],
        }
    }

    #[test]
    fn a_check_failing_again_keeps_its_since_and_a_new_one_restarts_it() {
        let mut p = Progress::new("ex", 100);
        p.apply(&What::Started, 100);
        assert_eq!(p.state, State::Working);
        p.apply(&failed("DL-A"), 200);
        p.apply(&failed("DL-A"), 300);
        assert_eq!(p.state, State::Failing);
        assert_eq!(p.failing_since_ms, Some(200));
        p.apply(&failed("DL-B"), 400);
        assert_eq!(p.check.as_ref().unwrap().code, "DL-B");
        assert_eq!(p.failing_since_ms, Some(400));
        assert_eq!(p.failures, 3);
    }

    #[test]
    fn a_late_failure_does_not_undo_a_pass_or_a_newer_run() {
        let mut p = Progress::new("ex", 100);
        p.apply(&failed("DL-B"), 500);
        p.apply(&failed("DL-A"), 300);
        assert_eq!(p.check.as_ref().unwrap().code, "DL-B");
        p.apply(&What::Passed { seconds: 42 }, 600);
        p.apply(&failed("DL-A"), 700);
        assert_eq!(p.state, State::Passed);
        assert_eq!(p.passed_seconds, Some(42));
        assert_eq!(p.check, None);
    }

    #[test]
    fn hints_keep_the_highest_and_the_solution_sticks() {
        let mut p = Progress::new("ex", 0);
        p.apply(&What::Hint { number: 2 }, 1);
        p.apply(&What::Hint { number: 1 }, 2);
        p.apply(&What::Solution, 3);
        assert_eq!(p.hints, 2);
        assert!(p.solution);
    }

    #[test]
    fn the_most_common_check_is_the_one_most_learners_hit() {
        let hit = |code: &str, learners, failures| Hits {
            exercise: "ex".into(),
            code: code.into(),
            title: String::new(),
            learners,
            failures,
        };
        let columns = [Column {
            id: "ex".into(),
            title: "Ex".into(),
        }];
        let common = most_common(&[hit("DL-A", 2, 9), hit("DL-B", 3, 3)], &columns);
        assert_eq!(common[0].code, "DL-B");
    }
}
