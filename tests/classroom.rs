//! The learner's side of a workshop, the real binary against a stand-in class server on
//! loopback (tests/classroom/fake.rs): joining, events queued while the server is down and
//! delivered once when it is back, leaving; and against the real `classroom serve`
//! (tests/classroom/e2e.rs). Static checks only: no engine is needed.

#[path = "classroom/e2e.rs"]
mod e2e;
#[path = "classroom/fake.rs"]
mod fake;

use std::fs;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use assert_cmd::Command;
use fake::{CODE, Fake, Mode, TOKEN};
use predicates::prelude::*;
use serde_json::Value;

/// Long enough for a slow CI machine, short enough to call a command that waits for the
/// network hung.
const HANG: Duration = Duration::from_secs(20);

fn fixture() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/cli")
}

fn dockerlings(dir: &Path) -> Command {
    let mut cmd = Command::cargo_bin("dockerlings").unwrap();
    cmd.current_dir(dir)
        .env("NO_COLOR", "1")
        .env_remove("DOCKERLINGS_COURSE")
        .timeout(HANG);
    cmd
}

/// A fresh workspace of the fixture course, outside the source checkout.
fn workspace() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    dockerlings(dir.path())
        .arg("--course")
        .arg(fixture())
        .args(["init", "ws"])
        .assert()
        .success();
    let ws = dir.path().join("ws");
    (dir, ws)
}

fn classroom_dir(ws: &Path) -> PathBuf {
    ws.join(".dockerlings/classroom")
}

fn join(ws: &Path, fake: &Fake) {
    dockerlings(ws)
        .args(["classroom", "join", &fake.url(), CODE, "--name", "Ann B"])
        .assert()
        .success()
        .stdout(predicate::str::contains("Joined the class `Room 1`"));
}

fn kinds(events: &[Value]) -> Vec<String> {
    events
        .iter()
        .map(|e| e["kind"].as_str().unwrap().to_string())
        .collect()
}

fn status(ws: &Path) -> String {
    let out = dockerlings(ws)
        .args(["classroom", "status"])
        .assert()
        .success();
    String::from_utf8_lossy(&out.get_output().stdout).into_owned()
}

/// Runs a command, which must finish (pass or fail) before `HANG`; returns how long it took.
fn run(ws: &Path, args: &[&str]) -> Duration {
    let started = Instant::now();
    let output = dockerlings(ws).args(args).output().unwrap();
    assert!(
        output.status.code().is_some(),
        "`dockerlings {}` did not finish in {HANG:?}: {}",
        args.join(" "),
        String::from_utf8_lossy(&output.stderr)
    );
    started.elapsed()
}

#[test]
fn join_refuses_a_wrong_code_and_an_unreachable_server_and_stores_nothing() {
    let (_dir, ws) = workspace();
    let fake = Fake::start();
    dockerlings(&ws)
        .args(["classroom", "join", &fake.url(), "WRONG", "--name", "Ann"])
        .assert()
        .failure()
        .stderr(predicate::str::contains("did not accept the code `WRONG`"))
        .stderr(predicate::str::contains("unknown join code"));
    assert!(!classroom_dir(&ws).join("learner.json").exists());
    let mut gone = Fake::start();
    let url = gone.url();
    gone.down();
    dockerlings(&ws)
        .args(["classroom", "join", &url, CODE, "--name", "Ann"])
        .assert()
        .failure()
        .stderr(predicate::str::contains(format!(
            "cannot reach the class server at {url}"
        )))
        .stderr(predicate::str::contains("Nothing is recorded or queued"));
    dockerlings(&ws)
        .args(["classroom", "join", "https://127.0.0.1:1", CODE])
        .assert()
        .failure()
        .stderr(predicate::str::contains("plain HTTP"));
    assert!(status(&ws).contains("Not in a class"));
    // Outside a workspace.
    let outside = tempfile::tempdir().unwrap();
    dockerlings(outside.path())
        .args(["classroom", "join", &fake.url(), CODE])
        .assert()
        .failure()
        .stderr(predicate::str::contains(
            "not inside a dockerlings workspace",
        ));
}

#[test]
fn events_wait_while_the_server_is_down_and_arrive_once_when_it_is_back() {
    let (_dir, ws) = workspace();
    let mut fake = Fake::start();
    let state_file = ws.join(".dockerlings/state.json");
    let progress_before = fs::read(&state_file).unwrap();
    join(&ws, &fake);
    assert_eq!(
        fs::read(&state_file).unwrap(),
        progress_before,
        "joining leaves the progress alone"
    );
    let requests = fake.requests();
    let join_body = &requests[0].body;
    let state: Value = serde_json::from_slice(&progress_before).unwrap();
    assert_eq!(join_body["workspace_id"], state["workspace_id"]);
    assert_eq!(join_body["name"], "Ann B");
    assert_eq!(join_body["course_id"], "cli");
    assert!(!join_body["course_version"].as_str().unwrap().is_empty());
    let membership = classroom_dir(&ws).join("learner.json");
    let mode = fs::metadata(&membership).unwrap().permissions().mode();
    assert_eq!(mode & 0o777, 0o600, "the token is private");
    assert!(fs::read_to_string(&membership).unwrap().contains(TOKEN));
    // Joining says where the learner is at once.
    assert_eq!(kinds(&fake.events()), ["started"]);
    assert_eq!(fake.events()[0]["exercise"], "name-stages");

    fake.down();
    for args in [
        &["hint"][..],
        &["hint"],
        &["solution", "name-stages", "--force"],
        &["verify", "--static-only"],
    ] {
        run(&ws, args);
    }
    assert!(
        status(&ws).contains("Events waiting to be sent: 4"),
        "{}",
        status(&ws)
    );
    assert!(status(&ws).contains("Last try failed: cannot reach"));
    assert_eq!(fake.events().len(), 1, "nothing arrived while down");
    let progress: Value = serde_json::from_slice(&fs::read(&state_file).unwrap()).unwrap();
    assert_eq!(progress["hints_shown"]["name-stages"], 2);

    // Back, but the answer to the first batch is lost on the way: it is sent again.
    fake.up();
    fake.set(Mode::LoseAnswers(1));
    run(&ws, &["hint"]);
    assert!(status(&ws).contains("Events waiting to be sent: 4"));
    run(&ws, &["hint"]);
    let shown = status(&ws);
    assert!(shown.contains("Events waiting to be sent: 0"), "{shown}");
    assert!(status(&ws).contains("Last sent: 20"));
    let ids = fake.event_ids();
    assert_eq!(ids.len(), 5, "every event arrived: {ids:?}");
    assert_eq!(
        ids.values().filter(|&&n| n == 2).count(),
        4,
        "the batch whose answer was lost came twice, with the same ids: {ids:?}"
    );
    let events = fake.events();
    assert_eq!(
        kinds(&events),
        ["started", "hint", "hint", "solution", "failed"]
    );
    assert_eq!(events[1]["number"], 1);
    assert_eq!(events[2]["number"], 2);
    let failing = events[4]["failing"].as_array().unwrap();
    assert_eq!(failing[0]["code"], "DL-STAGE-NAMED", "{failing:?}");
    assert!(!failing[0]["title"].as_str().unwrap().is_empty());
    // Never file contents: no event carries more than the contract's fields.
    for event in &events {
        let text = event.to_string();
        assert!(!text.contains("FROM "), "{text}");
    }
    // Acknowledged events are not sent again.
    let before = fake.requests().len();
    run(&ws, &["hint"]);
    assert_eq!(
        fake.requests().len(),
        before,
        "an empty queue sends nothing"
    );

    // Leaving tells the server, deletes the token, and nothing is sent after.
    dockerlings(&ws)
        .args(["classroom", "leave"])
        .assert()
        .success()
        .stdout(predicate::str::contains("Left the class `Room 1`"));
    let last = fake.requests().pop().unwrap();
    assert_eq!(last.path, "/api/leave");
    assert_eq!(last.auth.as_deref(), Some(&*format!("Bearer {TOKEN}")));
    assert!(!membership.exists());
    let count = fake.requests().len();
    run(&ws, &["hint", "--all"]);
    run(&ws, &["solution", "name-stages", "--force"]);
    run(&ws, &["verify", "--static-only"]);
    assert_eq!(fake.requests().len(), count, "nothing after leaving");
    assert!(status(&ws).contains("Not in a class"));
}

#[test]
fn commands_finish_when_the_server_hangs_and_keep_the_events() {
    let (_dir, ws) = workspace();
    let fake = Fake::start();
    join(&ws, &fake);
    fake.set(Mode::Hang);
    let mut took = Vec::new();
    for args in [
        &["verify", "--static-only"][..],
        &["hint"],
        &["solution", "name-stages", "--force"],
        &["next", "--force"],
    ] {
        took.push((args.join(" "), run(&ws, args)));
    }
    eprintln!("with a server that never answers: {took:?}");
    let shown = status(&ws);
    // Each command tried to send everything queued: the four events wait.
    assert!(shown.contains("Events waiting to be sent: 4"), "{shown}");
    assert!(shown.contains("Last try failed"), "{shown}");
}

#[test]
fn processes_queue_side_by_side_and_a_kill_while_sending_loses_nothing() {
    let (_dir, ws) = workspace();
    let mut fake = Fake::start();
    join(&ws, &fake);
    fake.down();
    // Several processes of one workspace append at once.
    let children: Vec<_> = (0..6)
        .map(|_| {
            std::process::Command::new(assert_cmd::cargo::cargo_bin("dockerlings"))
                .current_dir(&ws)
                .args(["solution", "name-stages", "--force"])
                .stdout(std::process::Stdio::null())
                .stderr(std::process::Stdio::null())
                .spawn()
                .unwrap()
        })
        .collect();
    for mut child in children {
        child.wait().unwrap();
    }
    let shown = status(&ws);
    assert!(shown.contains("Events waiting to be sent: 6"), "{shown}");
    // Killed with SIGKILL while it waits for a server that never answers.
    fake.up();
    fake.set(Mode::Hang);
    let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("dockerlings"))
        .current_dir(&ws)
        .args(["hint"])
        .stdout(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let until = Instant::now() + HANG;
    while fake
        .requests()
        .iter()
        .all(|r| r.path != "/api/events" || r.body["events"].as_array().unwrap().len() < 7)
    {
        assert!(Instant::now() < until, "the hint never tried to send");
        std::thread::sleep(Duration::from_millis(20));
    }
    child.kill().unwrap();
    child.wait().unwrap();
    fake.set(Mode::Up);
    run(&ws, &["hint"]);
    let shown = status(&ws);
    assert!(shown.contains("Events waiting to be sent: 0"), "{shown}");
    assert!(!shown.contains("Dropped"), "{shown}");
    let events = fake.events();
    assert_eq!(
        kinds(&events),
        [
            "started", "solution", "solution", "solution", "solution", "solution", "solution",
            "hint", "hint"
        ]
    );
    // The killed process's hint is among them: it was queued before the send began.
    assert_eq!(events[7]["number"], 1);
}
