//! Watch mode, driven like a learner drives it: the real binary in a tmux pane, keys sent with
//! `send-keys`, the screen read with `capture-pane`. These need no engine (static checks, and an
//! engine that is not there). Needs tmux (CI installs it); without it these tests say so and
//! pass, except under CI where they fail.

#[path = "watch/pane.rs"]
mod pane;

use std::process::Command;
use std::time::Duration;

use pane::{Pane, Workspace, fixture, require_tmux};

#[test]
fn a_save_turns_a_failing_check_into_a_pass() {
    require_tmux();
    let ws = Workspace::new();
    let total = ws.total();
    let pane = Pane::start(&ws, "", "");
    let screen = pane.wait_for("Not yet:");
    assert!(screen.contains("Two named stages"), "{screen}");
    assert!(screen.contains("✗"), "{screen}");
    assert!(
        screen.contains("basics/two-stages/Dockerfile:"),
        "the failure says where:\n{screen}"
    );
    assert!(screen.contains("why:"), "the failure says why:\n{screen}");
    assert!(screen.contains(&format!("0 of {total} done")), "{screen}");

    ws.solve("two-stages", "basics/two-stages");
    let screen = pane.wait_for("✓ Passed");
    assert!(!screen.contains("✗"), "{screen}");
    assert_eq!(
        screen.matches("next exercise").count(),
        1,
        "the pass is told once:\n{screen}"
    );
    assert!(screen.contains(&format!("1 of {total} done")), "{screen}");
    assert!(
        screen.contains("n next"),
        "n is offered once it passes:\n{screen}"
    );
    assert_eq!(ws.state()["done"], serde_json::json!(["two-stages"]));

    pane.keys(&["q"]);
    pane.assert_exited_cleanly(0);
}

#[test]
fn keys_show_hints_move_on_list_and_quit() {
    require_tmux();
    let ws = Workspace::new();
    let pane = Pane::start(&ws, "", "");
    pane.wait_for("Not yet:");

    pane.keys(&["h"]);
    pane.wait_for("Hint 1/2");
    assert_eq!(ws.state()["hints_shown"]["two-stages"], 1);
    pane.keys(&["h"]);
    pane.wait_for("Hint 2/2");
    pane.keys(&["h"]);
    pane.wait_for("That was the last hint");
    assert_eq!(ws.state()["hints_shown"]["two-stages"], 2);

    pane.keys(&["n"]);
    pane.wait_for("n moves on once this exercise passes");
    ws.solve("two-stages", "basics/two-stages");
    pane.wait_for("✓ Passed");
    pane.keys(&["n"]);
    let screen = pane.wait_for("Pin the base image");
    assert!(
        screen.contains(&format!("exercise 2 of {}", ws.total())),
        "{screen}"
    );
    assert_eq!(ws.state()["current"], "pinned");

    pane.keys(&["l"]);
    let screen = pane.wait_for("Exercises");
    assert!(screen.contains("◀ current"), "{screen}");
    assert!(screen.contains("copy-artifact"), "{screen}");
    pane.keys(&["d"]);
    let screen = pane.wait_for("[d done]");
    assert!(screen.contains("two-stages"), "{screen}");
    assert!(
        !screen.contains("copy-artifact"),
        "the done filter hides pending ones:\n{screen}"
    );
    pane.keys(&["p"]);
    let screen = pane.wait_for("[p pending]");
    assert!(screen.contains("copy-artifact"), "{screen}");
    assert!(!screen.contains("two-stages "), "{screen}");
    pane.keys(&["a", "Escape"]);
    pane.wait_for("h hint");

    // Jump back to the first exercise from the list.
    pane.keys(&["l", "Home", "Enter"]);
    pane.wait_for("Two named stages");
    pane.wait_for("✓ Passed");
    assert_eq!(ws.state()["current"], "two-stages");

    pane.keys(&["q"]);
    pane.assert_exited_cleanly(0);
}

#[test]
fn the_list_searches_and_resets() {
    require_tmux();
    let ws = Workspace::new();
    let pane = Pane::start(&ws, "", "");
    pane.wait_for("Not yet:");
    pane.keys(&["l"]);
    pane.wait_for("/ search");
    // `/`, then letters: `r` and `q` are part of the search, not reset and quit.
    pane.keys(&["/", "c", "o", "p", "y", "-", "a", "r"]);
    let screen = pane.wait_for("search: copy-ar");
    assert!(screen.contains("copy-artifact"), "{screen}");
    assert!(!screen.contains("· two-stages "), "{screen}");
    pane.keys(&["Enter"]);
    pane.wait_for("r reset");
    // Reset the exercise under the cursor, from the list, after a yes.
    ws.save(
        "images/copy-artifact/Dockerfile",
        "FROM busybox:1.36 AS mine\n",
    );
    pane.keys(&["r"]);
    pane.wait_for("Reset `copy-artifact`?");
    pane.keys(&["n"]);
    pane.wait_for("Nothing was changed.");
    pane.keys(&["r"]);
    pane.wait_for("Reset `copy-artifact`?");
    pane.keys(&["y"]);
    let screen = pane.wait_for("Restored the starting files of `copy-artifact`");
    assert!(
        screen.contains("search: copy-ar"),
        "back on the list:\n{screen}"
    );
    assert_ne!(
        std::fs::read_to_string(ws.path("images/copy-artifact/Dockerfile")).unwrap(),
        "FROM busybox:1.36 AS mine\n"
    );
    // Esc clears the search, a second Esc goes back; the current exercise did not change.
    pane.keys(&["Escape"]);
    pane.wait_for("· two-stages ");
    pane.keys(&["Escape"]);
    pane.wait_for("h hint");
    assert_eq!(ws.state()["current"], "two-stages");
    pane.keys(&["q"]);
    pane.assert_exited_cleanly(0);
}

#[test]
fn only_saves_in_the_current_exercise_count() {
    require_tmux();
    let ws = Workspace::new();
    let pane = Pane::start(&ws, "", "");
    pane.wait_for("check 1 · static");
    // Editor scratch files, and another exercise's folder: no re-check.
    ws.save("basics/two-stages/.Dockerfile.swp", "swap");
    ws.save("basics/two-stages/4913", "");
    ws.save("basics/two-stages/Dockerfile~", "backup");
    ws.save("basics/pinned/Dockerfile", "FROM busybox:1.36\n");
    std::thread::sleep(Duration::from_millis(800));
    let screen = pane.screen();
    assert!(screen.contains("check 1 · static"), "{screen}");
    assert!(!screen.contains("check 2"), "{screen}");
    // A real save does.
    ws.save(
        "basics/two-stages/Dockerfile",
        "FROM busybox:1.36\n# edited\n",
    );
    pane.wait_for("check 2 · static");
    pane.keys(&["q"]);
    pane.assert_exited_cleanly(0);
}

#[test]
fn ctrl_c_quits_and_restores_the_terminal() {
    require_tmux();
    let ws = Workspace::new();
    let pane = Pane::start(&ws, "", "");
    pane.wait_for("Not yet:");
    assert!(pane.alternate_screen());
    pane.keys(&["C-c"]);
    pane.assert_exited_cleanly(0);
}

#[test]
fn sigterm_quits_and_restores_the_terminal() {
    require_tmux();
    let ws = Workspace::new();
    let pane = Pane::start(&ws, "", "");
    pane.wait_for("Not yet:");
    let status = Command::new("kill")
        .args(["-TERM", &pane.pid()])
        .status()
        .unwrap();
    assert!(status.success());
    pane.assert_exited_cleanly(143);
}

#[test]
fn reset_asks_first_and_keeps_a_backup() {
    require_tmux();
    let ws = Workspace::new();
    let mine = "FROM busybox:1.36\n# my version\n";
    ws.save("basics/two-stages/Dockerfile", mine);
    let pane = Pane::start(&ws, "", "");
    pane.wait_for("Not yet:");

    pane.keys(&["x"]);
    pane.wait_for("Reset `two-stages`?");
    pane.keys(&["n"]);
    pane.wait_for("Nothing was changed.");
    let dockerfile = ws.path("basics/two-stages/Dockerfile");
    assert_eq!(std::fs::read_to_string(&dockerfile).unwrap(), mine);

    pane.keys(&["x"]);
    pane.wait_for("Reset `two-stages`?");
    pane.keys(&["y"]);
    let screen = pane.wait_for("Your version is in");
    assert!(
        screen.contains(".dockerlings/backups/two-stages-"),
        "{screen}"
    );
    let starting =
        std::fs::read_to_string(fixture().join("exercises/basics/two-stages/Dockerfile")).unwrap();
    assert_eq!(std::fs::read_to_string(&dockerfile).unwrap(), starting);
    let backups: Vec<_> = std::fs::read_dir(ws.path(".dockerlings/backups"))
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .collect();
    assert_eq!(backups.len(), 1);
    assert_eq!(
        std::fs::read_to_string(backups[0].join("Dockerfile")).unwrap(),
        mine
    );

    // The restored folder is watched again.
    ws.solve("two-stages", "basics/two-stages");
    pane.wait_for("✓ Passed");
    pane.keys(&["q"]);
    pane.assert_exited_cleanly(0);
}

#[test]
fn check_all_shows_a_summary() {
    require_tmux();
    let ws = Workspace::new();
    ws.solve("pinned", "basics/pinned");
    let pane = Pane::start(&ws, "", "DOCKER_HOST=unix:///nonexistent.sock");
    pane.wait_for("Not yet:");
    pane.keys(&["c"]);
    let screen = pane.wait_for("Summary:");
    let summary = format!("1 passed, {} failed", ws.total() - 1);
    assert!(screen.contains(&summary), "{screen}");
    assert!(screen.contains("failing: stages"), "{screen}");
    assert_eq!(ws.state()["done"], serde_json::json!(["pinned"]));
    pane.keys(&["Escape"]);
    pane.wait_for("h hint");
    pane.keys(&["q"]);
    pane.assert_exited_cleanly(0);
}

#[test]
fn without_an_engine_the_static_checks_run_and_the_screen_says_what_to_do() {
    require_tmux();
    let ws = Workspace::new();
    let pane = Pane::start(&ws, "", "DOCKER_HOST=unix:///nonexistent.sock");
    pane.wait_for("Not yet:");
    pane.keys(&["l", "End", "Enter"]);
    let screen = pane.wait_for("Docker engine not reachable");
    assert!(screen.contains("Copy only the artifact"), "{screen}");
    assert!(screen.contains("fix:"), "{screen}");
    assert!(
        screen.contains("✗"),
        "the static checks still run:\n{screen}"
    );

    ws.solve("copy-artifact", "images/copy-artifact");
    pane.wait_for("check 3 · static");
    let screen = pane.wait_for("Not yet:");
    assert!(!screen.contains("✗"), "the static checks pass:\n{screen}");
    assert!(screen.contains("Docker engine not reachable"), "{screen}");
    pane.keys(&["q"]);
    pane.assert_exited_cleanly(0);
}

#[test]
fn manual_run_rechecks_on_r_only() {
    require_tmux();
    let ws = Workspace::new();
    let pane = Pane::start(&ws, "--manual-run", "");
    let screen = pane.wait_for("Not yet:");
    assert!(screen.contains("manual: press r after saving"), "{screen}");
    ws.solve("two-stages", "basics/two-stages");
    std::thread::sleep(Duration::from_millis(600));
    assert!(pane.screen().contains("Not yet:"));
    pane.keys(&["r"]);
    pane.wait_for("✓ Passed");
    pane.keys(&["q"]);
    pane.assert_exited_cleanly(0);
}
