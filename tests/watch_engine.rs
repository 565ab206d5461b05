//! Watch mode against a real Docker engine: the full verdict on screen, a save that cancels a
//! running build, and quitting that leaves no container behind. Needs an engine with
//! busybox:1.36 (`bash scripts/engine-up.sh`, then `bash scripts/standins.sh busybox:1.36`
//! without a registry), and tmux.

#[path = "watch/pane.rs"]
mod pane;

use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use pane::{BIN, Pane, Workspace, require_tmux};

const BUILD_TIMEOUT: Duration = Duration::from_secs(90);

fn require_engine() {
    let answers = Command::new("docker")
        .arg("info")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|status| status.success());
    assert!(
        answers,
        "these tests need a Docker engine and `docker info` got no answer: start one with `bash scripts/engine-up.sh`"
    );
    let busybox = Command::new("docker")
        .args(["image", "inspect", "busybox:1.36"])
        .output()
        .is_ok_and(|out| out.status.success());
    assert!(
        busybox,
        "these tests build on busybox:1.36: `docker pull busybox:1.36`, or `bash scripts/standins.sh busybox:1.36` without a registry"
    );
}

/// Whether the engine is Podman, whose Docker API does not list the containers buildah runs
/// build steps in: there the tests watch the screen instead.
fn is_podman() -> bool {
    let out = Command::new("docker")
        .args([
            "version",
            "--format",
            "{{range .Server.Components}}{{.Name}};{{end}}",
        ])
        .output()
        .unwrap();
    String::from_utf8_lossy(&out.stdout).contains("Podman")
}

/// Containers whose command mentions `marker`.
fn containers_with(marker: &str) -> Vec<String> {
    let out = Command::new("docker")
        .args(["ps", "-a", "--no-trunc", "--format", "{{.ID}} {{.Command}}"])
        .output()
        .unwrap();
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .filter(|line| line.contains(marker))
        .map(str::to_string)
        .collect()
}

fn wait_until(what: &str, mut done: impl FnMut() -> bool) {
    let start = Instant::now();
    while !done() {
        assert!(start.elapsed() < BUILD_TIMEOUT, "timed out waiting: {what}");
        std::thread::sleep(Duration::from_millis(100));
    }
}

/// Removes what the workspace made on the engine, whatever the test did.
struct Clean<'a>(&'a Workspace);

impl Drop for Clean<'_> {
    fn drop(&mut self) {
        let _ = Command::new(BIN)
            .arg("clean")
            .current_dir(&self.0.root)
            .output();
    }
}

fn go_to_copy_artifact(pane: &Pane) {
    pane.wait_for("Not yet:");
    pane.keys(&["l", "End", "Enter"]);
    pane.wait_for("Copy only the artifact");
}

#[test]
fn the_full_verdict_shows_the_image_size_against_its_target() {
    require_tmux();
    require_engine();
    let ws = Workspace::new();
    let _clean = Clean(&ws);
    let pane = Pane::start(&ws, "", "");
    go_to_copy_artifact(&pane);
    // As shipped, the 3 MB scratch file makes the image too big.
    let screen = pane.wait_for_within("% over", BUILD_TIMEOUT);
    assert!(screen.contains("✗"), "{screen}");

    ws.solve("copy-artifact", "images/copy-artifact");
    let screen = pane.wait_for_within("✓ Passed", BUILD_TIMEOUT);
    assert!(!screen.contains("✗"), "{screen}");
    let size_bar = screen
        .lines()
        .any(|line| line.contains("MB of ") && line.contains('░') && line.ends_with('%'));
    assert!(size_bar, "the size against its target, as a bar:\n{screen}");
    assert_eq!(ws.state()["done"], serde_json::json!(["copy-artifact"]));
    pane.keys(&["q"]);
    pane.assert_exited_cleanly(0);
}

#[test]
fn a_save_during_a_build_cancels_it_and_quitting_leaves_no_container() {
    require_tmux();
    require_engine();
    let ws = Workspace::new();
    let _clean = Clean(&ws);
    let id = ws.state()["workspace_id"].as_str().unwrap().to_string();
    let first = format!("watch-cancel-first-{id}");
    let second = format!("watch-cancel-second-{id}");
    // The final stage copies from `build` so that builders which skip unused stages (BuildKit,
    // buildah) run its step too.
    let dockerfile = |marker: &str| {
        format!(
            "FROM busybox:1.36 AS build\nRUN sleep 120 # {marker}\nFROM busybox:1.36 AS final\nCOPY --from=build /etc/passwd /built\nCMD [\"true\"]\n"
        )
    };
    // The classic builder runs each step in a container of the engine's: the hardest case.
    let pane = Pane::start(&ws, "--builder classic", "");
    go_to_copy_artifact(&pane);

    ws.save("images/copy-artifact/Dockerfile", &dockerfile(&first));
    pane.wait_for_within("Building", BUILD_TIMEOUT);
    if is_podman() {
        // What shows: the second save starts over and quitting is prompt and clean.
        std::thread::sleep(Duration::from_secs(2));
        ws.save("images/copy-artifact/Dockerfile", &dockerfile(&second));
        std::thread::sleep(Duration::from_secs(2));
        pane.wait_for_within("Building", BUILD_TIMEOUT);
        pane.keys(&["q"]);
        let start = Instant::now();
        pane.wait_for_within("exit=", BUILD_TIMEOUT);
        assert!(start.elapsed() < Duration::from_secs(30));
        pane.assert_exited_cleanly(0);
        return;
    }
    wait_until("the first build's container", || {
        !containers_with(&first).is_empty()
    });

    ws.save("images/copy-artifact/Dockerfile", &dockerfile(&second));
    wait_until("the second build's container", || {
        !containers_with(&second).is_empty()
    });
    wait_until("the first build's container to go", || {
        containers_with(&first).is_empty()
    });

    pane.keys(&["q"]);
    let start = Instant::now();
    pane.wait_for_within("exit=", BUILD_TIMEOUT);
    assert!(start.elapsed() < Duration::from_secs(30));
    pane.assert_exited_cleanly(0);
    // The engine removes a cancelled classic build's container once the build's connection
    // closes; it must not outlive that by long.
    wait_until("the second build's container to go", || {
        containers_with(&second).is_empty()
    });
}

#[test]
fn sigterm_during_a_build_restores_the_terminal_and_leaves_no_container() {
    require_tmux();
    require_engine();
    let ws = Workspace::new();
    let _clean = Clean(&ws);
    let id = ws.state()["workspace_id"].as_str().unwrap().to_string();
    let marker = format!("watch-sigterm-{id}");
    let pane = Pane::start(&ws, "--builder classic", "");
    go_to_copy_artifact(&pane);
    ws.save(
        "images/copy-artifact/Dockerfile",
        &format!(
            "FROM busybox:1.36 AS build\nRUN sleep 120 # {marker}\nFROM busybox:1.36 AS final\nCOPY --from=build /etc/passwd /built\n"
        ),
    );
    if is_podman() {
        pane.wait_for_within("Building", BUILD_TIMEOUT);
        std::thread::sleep(Duration::from_secs(2));
        let status = Command::new("kill")
            .args(["-TERM", &pane.pid()])
            .status()
            .unwrap();
        assert!(status.success());
        pane.assert_exited_cleanly(143);
        return;
    }
    wait_until("the build's container", || {
        !containers_with(&marker).is_empty()
    });
    let status = Command::new("kill")
        .args(["-TERM", &pane.pid()])
        .status()
        .unwrap();
    assert!(status.success());
    pane.assert_exited_cleanly(143);
    wait_until("the build's container to go", || {
        containers_with(&marker).is_empty()
    });
}
