//! Ctrl-C in the middle of a build or a run leaves nothing behind: the real binary is
//! interrupted with SIGINT while it works, and the engine is searched for what it made.

#[path = "engine/support.rs"]
mod support;

use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use support::{Workspace, docker_ok, wait_for};

fn interrupt(child: &mut Child) -> Option<i32> {
    let status = Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(status.success());
    let started = Instant::now();
    loop {
        if let Some(status) = child.try_wait().unwrap() {
            return status.code();
        }
        if started.elapsed() > Duration::from_secs(30) {
            let _ = child.kill();
            panic!("dockerlings did not stop within 30s of SIGINT");
        }
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// Containers (any, labelled or not) whose command mentions `marker`.
fn containers_with(marker: &str) -> Vec<String> {
    docker_ok(&["ps", "-a", "--no-trunc", "--format", "{{.ID}} {{.Command}}"])
        .lines()
        .filter(|line| line.contains(marker))
        .map(str::to_string)
        .collect()
}

fn spawn_verify(ws: &Workspace, exercise: &str, extra: &[&str]) -> Child {
    let mut args = vec!["verify", exercise, "--json"];
    args.extend_from_slice(extra);
    ws.command(&args)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap()
}

#[test]
fn sigint_during_a_build_leaves_no_container() {
    let ws = Workspace::new();
    let marker = format!("dockerlings-interrupt-build-{}", ws.id);
    ws.write(
        "sleepy-build",
        "Dockerfile",
        &format!("FROM busybox:1.36\nRUN sleep 120 # {marker}\n"),
    );
    // The classic builder runs each step in a container of the engine's: the hardest case.
    let mut child = spawn_verify(&ws, "sleepy-build", &["--builder", "classic"]);
    if support::is_podman() {
        // Buildah runs steps in containers Podman's Docker API does not list, and finishes a
        // step whose client went away: what shows is a prompt exit and nothing labelled left.
        std::thread::sleep(Duration::from_secs(5));
        let started = Instant::now();
        assert_eq!(interrupt(&mut child), Some(130));
        assert!(started.elapsed() < Duration::from_secs(5));
        assert!(
            ws.containers().is_empty(),
            "labelled containers left: {:?}",
            ws.containers()
        );
        return;
    }
    let started = wait_for(Duration::from_secs(60), || {
        !containers_with(&marker).is_empty()
    });
    if !started {
        let _ = child.kill();
        panic!("the build step never started");
    }
    assert_eq!(interrupt(&mut child), Some(130));
    assert!(
        wait_for(Duration::from_secs(15), || containers_with(&marker)
            .is_empty()),
        "the build's container is still there: {:?}",
        containers_with(&marker)
    );
    assert!(
        ws.containers().is_empty(),
        "labelled containers left: {:?}",
        ws.containers()
    );
}

#[test]
fn sigint_during_a_buildkit_build_stops_at_once() {
    let ws = Workspace::new();
    ws.write(
        "sleepy-build",
        "Dockerfile",
        &format!("FROM busybox:1.36\nRUN sleep 120 # {}\n", ws.id),
    );
    if support::is_podman() {
        let output = ws
            .command(&["verify", "sleepy-build", "--json", "--builder", "buildkit"])
            .output()
            .unwrap();
        support::assert_buildkit_refused(
            output.status.code(),
            &String::from_utf8_lossy(&output.stdout),
        );
        return;
    }
    let mut child = spawn_verify(&ws, "sleepy-build", &["--builder", "buildkit"]);
    std::thread::sleep(Duration::from_secs(4));
    let started = Instant::now();
    assert_eq!(interrupt(&mut child), Some(130));
    assert!(started.elapsed() < Duration::from_secs(5));
    assert!(
        ws.containers().is_empty(),
        "labelled containers left: {:?}",
        ws.containers()
    );
}

#[test]
fn sigint_during_a_run_removes_the_container() {
    let ws = Workspace::new();
    let mut child = spawn_verify(&ws, "sleepy-run", &[]);
    let filter = format!("label={}={}", support::LABEL, ws.id);
    let running = wait_for(Duration::from_secs(60), || {
        !docker_ok(&[
            "ps",
            "-q",
            "--filter",
            &filter,
            "--filter",
            "label=org.dockerlings.kind=run",
        ])
        .trim()
        .is_empty()
    });
    if !running {
        let _ = child.kill();
        panic!("the run never started");
    }
    assert_eq!(interrupt(&mut child), Some(130));
    // Removed before the process exits, not eventually.
    assert!(
        ws.containers().is_empty(),
        "labelled containers left: {:?}",
        ws.containers()
    );
}
