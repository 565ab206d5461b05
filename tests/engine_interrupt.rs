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

/// A small random generator: the seed is printed, so a failing run can be replayed with
/// DOCKERLINGS_INTERRUPT_SEED.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

/// Dangling images of the workspace: builds that a newer build of the same tag replaced.
fn superseded_images(ws: &Workspace) -> Vec<String> {
    docker_ok(&[
        "images",
        "-q",
        "--filter",
        &format!("label={}={}", support::LABEL, ws.id),
        "--filter",
        "dangling=true",
    ])
    .lines()
    .map(str::to_string)
    .collect()
}

/// SIGINT, SIGTERM or SIGKILL at a random moment of a verify (building, creating, running,
/// probing, looking inside an image); then the next verify must leave no container and no
/// superseded image of the workspace. DOCKERLINGS_INTERRUPTS sets the rounds (default 50).
#[test]
fn interrupts_at_random_moments_leave_nothing_after_the_next_command() {
    let rounds: usize = std::env::var("DOCKERLINGS_INTERRUPTS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(50);
    let seed: u64 = std::env::var("DOCKERLINGS_INTERRUPT_SEED")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| {
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .unwrap()
                .as_nanos() as u64
                | 1
        });
    println!("interrupts: {rounds} rounds, seed {seed}");
    let mut rng = Rng(seed);
    let ws = Workspace::new();
    let exercises = ["sleepy-build", "runs", "serves", "files", "sleepy-run"];
    let signals = ["INT", "TERM", "KILL"];
    let mut failures = Vec::new();
    let mut by_signal = [0usize; 3];
    let started = Instant::now();
    for round in 0..rounds {
        let exercise = exercises[rng.below(exercises.len() as u64) as usize];
        let signal = rng.below(3) as usize;
        let delay = Duration::from_millis(rng.below(4_000));
        // A new image each round, so every build supersedes the one before.
        let dockerfile = ws.exercise(exercise).join("Dockerfile");
        let mut text = std::fs::read_to_string(&dockerfile).unwrap();
        text.push_str(&format!("LABEL org.example.round=\"{round}\"\n"));
        std::fs::write(&dockerfile, text).unwrap();
        let mut child = spawn_verify(&ws, exercise, &[]);
        std::thread::sleep(delay);
        let _ = Command::new("kill")
            .args([&format!("-{}", signals[signal]), &child.id().to_string()])
            .status();
        let waited = Instant::now();
        while child.try_wait().unwrap().is_none() {
            if waited.elapsed() > Duration::from_secs(30) {
                let _ = child.kill();
                failures.push(format!(
                    "round {round}: verify {exercise} did not stop within 30s of SIG{}",
                    signals[signal]
                ));
                break;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        by_signal[signal] += 1;
        // The next command, which sweeps before it starts; `runs` builds and runs.
        let next = ws
            .command(&["verify", "runs", "--json"])
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .output()
            .unwrap();
        if next.status.code() != Some(1) {
            failures.push(format!(
                "round {round}: the next verify ended with {:?}: {}",
                next.status.code(),
                String::from_utf8_lossy(&next.stderr)
            ));
        }
        let containers = ws.containers();
        let images = superseded_images(&ws);
        if !containers.is_empty() || !images.is_empty() {
            failures.push(format!(
                "round {round}: SIG{} {:?} into verify {exercise}: containers {containers:?}, superseded images {images:?}",
                signals[signal], delay
            ));
        }
    }
    println!(
        "interrupts: {rounds} rounds (INT {}, TERM {}, KILL {}) in {:.0}s; rounds with leftovers after the next command: {}",
        by_signal[0],
        by_signal[1],
        by_signal[2],
        started.elapsed().as_secs_f64(),
        failures.len()
    );
    assert!(failures.is_empty(), "seed {seed}:\n{}", failures.join("\n"));
}
