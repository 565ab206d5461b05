//! The watch loop as a state machine: keys, saves and check results in, the screen and the
//! workspace out, with no terminal. The engine is one that is not there, so the image checks of
//! the fixture's engine exercise are skipped and the static ones decide.

use std::path::Path;

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use tokio::sync::mpsc::{self, UnboundedReceiver};

use super::*;

const WIDTH: usize = 100;
const HEIGHT: usize = 40;

fn course() -> Course {
    Course::from_dir(&Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/course")).unwrap()
}

struct Harness<'c> {
    session: Session<'c>,
    messages: UnboundedReceiver<Message>,
    _changes: UnboundedReceiver<Change>,
    _dir: tempfile::TempDir,
}

impl<'c> Harness<'c> {
    /// A fresh workspace of the fixture course, its first check run to the end.
    async fn start(course: &'c Course) -> Harness<'c> {
        let dir = tempfile::tempdir().unwrap();
        let workspace = Workspace::init(&dir.path().join("ws"), course, None).unwrap();
        let (changes_tx, changes) = mpsc::unbounded_channel();
        let (messages_tx, messages) = mpsc::unbounded_channel();
        let engine = docker::Config {
            host: Some("unix:///nonexistent/docker.sock".into()),
            ..Default::default()
        };
        let session =
            Session::new(course, workspace, engine, true, changes_tx, messages_tx).unwrap();
        let mut harness = Harness {
            session,
            messages,
            _changes: changes,
            _dir: dir,
        };
        harness.session.start_check();
        harness.settle().await;
        harness
    }

    fn press(&mut self, code: KeyCode) -> Option<Ended> {
        let key = KeyEvent::new(code, KeyModifiers::NONE);
        self.session.handle(Wake::Input(Input::Key(key)))
    }

    fn keys(&mut self, keys: &str) {
        for c in keys.chars() {
            assert_eq!(self.press(KeyCode::Char(c)), None, "{c} ended watch mode");
        }
    }

    /// Runs every check in flight to its end, as the loop does: messages before verdicts.
    async fn settle(&mut self) {
        while self.session.runs.is_active() || self.session.runs.is_draining() {
            let wake = match self.session.runs.wait().await {
                Done::Finished(run, outcome) => Wake::Finished(run, outcome),
                Done::Drained => Wake::Drained,
            };
            self.drain();
            self.session.handle(wake);
        }
        self.drain();
    }

    fn drain(&mut self) {
        while let Ok(message) = self.messages.try_recv() {
            self.session.handle(Wake::Message(Box::new(message)));
        }
    }

    /// A save in the current exercise, as the file watcher reports it.
    fn saved(&mut self) {
        self.session.handle(Wake::Change(Change::Saved));
    }

    fn screen(&mut self) -> String {
        console::set_colors_enabled(false);
        self.session.frame_lines(WIDTH, HEIGHT).join("\n")
    }

    fn notice(&self) -> &str {
        self.session.notice.as_ref().map_or("", |n| n.text.as_str())
    }

    fn solve(&self, id: &str) {
        let exercise = self.session.course.require(id).unwrap();
        let files = self.session.course.solution_files(exercise).unwrap();
        let dir = self.session.workspace.exercise_dir(exercise);
        crate::workspace::write_files(&dir, &files).unwrap();
    }

    fn dockerfile(&self, id: &str) -> std::path::PathBuf {
        let exercise = self.session.course.require(id).unwrap();
        self.session.workspace.dockerfile(exercise)
    }
}

#[tokio::test]
async fn a_save_turns_a_failure_into_a_pass_and_n_moves_on() {
    let course = course();
    let mut h = Harness::start(&course).await;
    assert_eq!(h.session.checklist.passed(), Some(false));
    let screen = h.screen();
    assert!(
        screen.starts_with("dockerlings · Fixture course"),
        "{screen}"
    );
    assert!(screen.contains("✗"), "{screen}");
    assert!(screen.contains("Not yet:"), "{screen}");
    assert!(
        !screen.contains("n next"),
        "n is offered only after a pass:\n{screen}"
    );

    // `n` refuses before the pass, as `dockerlings next` does without --force.
    h.keys("n");
    assert!(h.notice().contains("n moves on once"), "{}", h.notice());
    assert_eq!(h.session.workspace.state.current, "two-stages");

    h.solve("two-stages");
    h.saved();
    assert!(h.session.runs.is_active(), "a save starts a check");
    h.settle().await;
    assert_eq!(h.session.checklist.passed(), Some(true));
    assert!(h.session.workspace.is_done("two-stages"));
    let screen = h.screen();
    assert!(screen.contains("✓ Passed"), "{screen}");
    assert!(screen.contains("n next"), "{screen}");
    assert_eq!(
        screen.matches("Press n for the next exercise").count(),
        1,
        "the pass is told once:\n{screen}"
    );

    h.keys("n");
    assert_eq!(h.session.workspace.state.current, "pinned");
    assert!(
        h.session.runs.is_active(),
        "the new exercise is checked at once"
    );
    h.settle().await;
    assert!(h.screen().contains("Pin the base image"));
    // The move was saved.
    let saved = Workspace::find(&h.session.workspace.root).unwrap();
    assert_eq!(saved.state.current, "pinned");
}

#[tokio::test]
async fn hints_open_one_at_a_time_under_the_task() {
    let course = course();
    let mut h = Harness::start(&course).await;
    h.keys("h");
    assert_eq!(h.notice(), "Hint 1 of 2 is shown under the task.");
    let screen = h.screen();
    assert!(screen.contains("Hint 1/2"), "{screen}");
    assert!(!screen.contains("Hint 2/2"), "{screen}");
    h.keys("hh");
    assert!(
        h.notice().contains("That was the last hint"),
        "{}",
        h.notice()
    );
    assert!(h.screen().contains("Hint 2/2"));
    assert_eq!(h.session.workspace.hints_shown("two-stages"), 2);
}

#[tokio::test]
async fn reset_asks_first_and_only_y_restores() {
    let course = course();
    let mut h = Harness::start(&course).await;
    let dockerfile = h.dockerfile("two-stages");
    std::fs::write(&dockerfile, "FROM busybox:1.36 AS mine\n").unwrap();
    h.keys("x");
    assert_eq!(h.session.mode, Mode::ConfirmReset);
    assert!(h.screen().contains("Reset `two-stages`?"));
    h.press(KeyCode::Enter);
    assert_eq!(h.session.mode, Mode::Exercise);
    assert_eq!(h.notice(), "Nothing was changed.");
    assert_eq!(
        std::fs::read_to_string(&dockerfile).unwrap(),
        "FROM busybox:1.36 AS mine\n"
    );
    h.keys("xy");
    assert_eq!(h.session.mode, Mode::Exercise);
    assert!(
        h.notice()
            .starts_with("Restored the starting files of `two-stages`.")
    );
    assert_ne!(
        std::fs::read_to_string(&dockerfile).unwrap(),
        "FROM busybox:1.36 AS mine\n"
    );
    assert!(h.session.runs.is_active(), "the restored files are checked");
    h.settle().await;
}

#[tokio::test]
async fn the_list_searches_jumps_and_resets_another_exercise() {
    let course = course();
    let mut h = Harness::start(&course).await;
    h.keys("l/pin");
    assert_eq!(h.session.mode, Mode::Search);
    let screen = h.screen();
    assert!(screen.contains("search: pin"), "{screen}");
    assert!(!screen.contains("· two-stages "), "{screen}");
    h.press(KeyCode::Enter);
    assert_eq!(h.session.mode, Mode::List);

    // `r` resets the exercise under the cursor, not the current one, after a yes.
    let dockerfile = h.dockerfile("pinned");
    std::fs::write(&dockerfile, "FROM busybox AS mine\n").unwrap();
    h.keys("r");
    assert_eq!(h.session.mode, Mode::ConfirmReset);
    assert!(h.screen().contains("Reset `pinned`?"));
    h.keys("y");
    assert_eq!(h.session.mode, Mode::List, "back on the list");
    assert!(h.notice().contains("`pinned`"), "{}", h.notice());
    assert_ne!(
        std::fs::read_to_string(&dockerfile).unwrap(),
        "FROM busybox AS mine\n"
    );
    assert!(
        !h.session.runs.is_active(),
        "the current exercise was not touched"
    );

    h.press(KeyCode::Enter);
    assert_eq!(h.session.mode, Mode::Exercise);
    assert_eq!(h.session.workspace.state.current, "pinned");
    h.settle().await;
}

#[tokio::test]
async fn check_all_records_passes_and_a_save_waits_for_the_return() {
    let course = course();
    let mut h = Harness::start(&course).await;
    h.solve("pinned");
    h.keys("c");
    assert_eq!(h.session.mode, Mode::CheckAll);
    // The current exercise is checked when the learner comes back, not during check all.
    let run = h.session.checklist.run;
    h.saved();
    assert_eq!(h.session.checklist.run, run);
    h.settle().await;
    let screen = h.screen();
    let summary = format!("1 passed, {} failed", course.len() - 1);
    assert!(screen.contains(&summary), "{screen}");
    assert!(screen.contains("failing: stages"), "{screen}");
    // The engine exercise's image checks were skipped, and the screen says why.
    assert!(screen.contains("Docker engine not reachable"), "{screen}");
    assert!(h.session.workspace.is_done("pinned"));
    h.press(KeyCode::Esc);
    assert_eq!(h.session.mode, Mode::Exercise);
    assert!(
        h.session.checklist.run > run,
        "back on the exercise, it is checked again"
    );
    h.settle().await;
}

#[tokio::test]
async fn without_an_engine_the_static_checks_still_decide() {
    let course = course();
    let mut h = Harness::start(&course).await;
    h.keys("l");
    h.press(KeyCode::End);
    h.press(KeyCode::Enter);
    assert_eq!(h.session.workspace.state.current, "copy-artifact");
    h.settle().await;
    let screen = h.screen();
    assert!(screen.contains("Docker engine not reachable"), "{screen}");
    assert!(screen.contains("✗"), "the static checks ran:\n{screen}");
    h.solve("copy-artifact");
    h.saved();
    h.settle().await;
    let screen = h.screen();
    assert!(!screen.contains("✗"), "{screen}");
    assert!(screen.contains("checks did not run"), "{screen}");
    assert_eq!(h.session.checklist.passed(), Some(false));
    assert!(!h.session.workspace.is_done("copy-artifact"));
}

#[tokio::test]
async fn quitting_and_a_lost_terminal_end_the_loop() {
    let course = course();
    let mut h = Harness::start(&course).await;
    let ctrl_c = KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL);
    h.keys("l/");
    // In a search, q is a letter; Ctrl-C still quits.
    assert_eq!(h.press(KeyCode::Char('q')), None);
    assert_eq!(
        h.session.handle(Wake::Input(Input::Key(ctrl_c))),
        Some(Ended::Quit)
    );
    assert_eq!(h.session.handle(Wake::NoMoreInput), Some(Ended::Quit));
    assert_eq!(h.session.handle(Wake::Stopped), Some(Ended::Stopped));
    h.press(KeyCode::Esc);
    h.press(KeyCode::Esc);
    assert_eq!(h.press(KeyCode::Char('q')), Some(Ended::Quit));
}

#[tokio::test]
async fn a_joined_workspace_tells_the_class_what_happens_on_the_screen() {
    use crate::classroom::learner::{self, Membership};
    use crate::classroom::protocol::What;
    use crate::classroom::queue::Queue;

    let course = course();
    let mut h = Harness::start(&course).await;
    let learner = Learner::at(&h.session.workspace.root);
    std::fs::create_dir_all(learner.dir()).unwrap();
    // A server that refuses connections: everything stays queued, to be read back here.
    let membership = Membership {
        server: "http://127.0.0.1:9".into(),
        learner_id: "l1".into(),
        learner_token: "t".into(),
        class_name: "c".into(),
        name: "Ann".into(),
        joined_at_ms: 1,
    };
    std::fs::write(
        learner.dir().join(learner::MEMBERSHIP_FILE),
        serde_json::to_vec(&membership).unwrap(),
    )
    .unwrap();
    h.session.reporter = Some(Reporter::spawn(learner.clone()));
    h.saved();
    h.settle().await;
    h.keys("h");
    h.solve("two-stages");
    h.saved();
    h.settle().await;
    h.keys("n");
    h.settle().await;
    h.session
        .reporter
        .take()
        .unwrap()
        .finish(std::time::Duration::from_secs(10))
        .await;
    let batch = Queue::new(learner.dir()).peek(100, 1 << 20).unwrap();
    let told: Vec<(String, String)> = batch
        .events
        .iter()
        .map(|e| {
            let kind = serde_json::to_value(&e.what).unwrap()["kind"]
                .as_str()
                .unwrap()
                .to_string();
            (e.exercise.clone(), kind)
        })
        .collect();
    let expected = [
        ("two-stages", "failed"),
        ("two-stages", "hint"),
        ("two-stages", "passed"),
        ("pinned", "started"),
        ("pinned", "failed"),
    ];
    let expected: Vec<(String, String)> = expected
        .iter()
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .collect();
    assert_eq!(told, expected);
    assert!(matches!(batch.events[1].what, What::Hint { number: 1 }));
}
