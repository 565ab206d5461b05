//! Progress is never lost or corrupted: commands killed at random moments (SIGKILL), and
//! commands run by several workers at once. Seeded, so a failure replays with its seed.
//!
//! Sizes come from the environment, so `scripts/state-stress.sh` runs the same program at a
//! larger scale and prints the figures: STATE_STRESS_KILLS, STATE_STRESS_ROUNDS,
//! STATE_STRESS_WORKERS, STATE_STRESS_SEED.

use std::collections::BTreeSet;
use std::fs;
use std::os::unix::process::ExitStatusExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::sync::{Arc, Barrier, Mutex};
use std::time::{Duration, Instant};

const BIN: &str = env!("CARGO_BIN_EXE_dockerlings");
const PASSING: &str = "FROM busybox:1.36 AS app\n";

fn env_or(name: &str, default: u64) -> u64 {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

/// xorshift64*: enough randomness for kill times, and the same run for the same seed.
struct Rng(u64);

impl Rng {
    fn new(seed: u64) -> Rng {
        Rng(seed.wrapping_mul(0x9e37_79b9_7f4a_7c15) | 1)
    }
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
    fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }
}

fn write(root: &Path, path: &str, text: &str) {
    let path = root.join(path);
    fs::create_dir_all(path.parent().unwrap()).unwrap();
    fs::write(path, text).unwrap();
}

/// Per worker `w`: `h{w}` with `hints` hints, `d{w}-{j}` that pass once their Dockerfile is
/// fixed, and `r{w}` to reset.
struct Fixture {
    _dir: tempfile::TempDir,
    ws: PathBuf,
}

const DONE_PER_WORKER: usize = 20;

impl Fixture {
    fn new(workers: usize, hints: usize) -> Fixture {
        // On the real disk, where flushes take time, not in a memory file system; and
        // outside the source checkout, where dockerlings refuses to make a workspace.
        let disk = Path::new("/var/tmp");
        let dir = if disk.is_dir() {
            tempfile::tempdir_in(disk)
        } else {
            tempfile::tempdir()
        }
        .unwrap();
        let course = dir.path().join("course");
        let hint_lines: String = (1..=hints).map(|n| format!("      - hint {n}\n")).collect();
        let mut lesson = String::from("id: one\ntitle: One\ntext: one.md\nexercises:\n");
        let mut ids = Vec::new();
        for w in 0..workers {
            ids.push(format!("h{w}"));
            ids.push(format!("r{w}"));
            ids.extend((0..DONE_PER_WORKER).map(|j| format!("d{w}-{j}")));
        }
        for id in &ids {
            let hints = if id.starts_with('h') {
                format!("    hints:\n{hint_lines}")
            } else {
                String::new()
            };
            lesson.push_str(&format!(
                "  - id: {id}\n    dir: one/{id}\n    title: T {id}\n    task: Name it.\n{hints}    checks:\n      - stages_named: true\n    fails_as_shipped: [stages_named]\n"
            ));
            write(
                &course,
                &format!("lessons/solutions/{id}/Dockerfile"),
                PASSING,
            );
            write(
                &course,
                &format!("exercises/one/{id}/Dockerfile"),
                "FROM busybox:1.36\n",
            );
            write(&course, &format!("exercises/one/{id}/app/app.txt"), "app\n");
        }
        write(
            &course,
            "lessons/course.yaml",
            "version: 1\ntitle: T\nlessons: [one]\n",
        );
        write(&course, "lessons/one.md", "# One\n");
        write(&course, "lessons/one.yaml", &lesson);
        let ws = dir.path().join("ws");
        let out = Command::new(BIN)
            .arg("--course")
            .arg(&course)
            .arg("init")
            .arg(&ws)
            .output()
            .unwrap();
        assert!(out.status.success(), "{out:?}");
        for id in ids.iter().filter(|id| id.starts_with('d')) {
            write(&ws, &format!("one/{id}/Dockerfile"), PASSING);
        }
        Fixture { _dir: dir, ws }
    }

    fn meta(&self) -> PathBuf {
        self.ws.join(".dockerlings")
    }

    fn spawn(&self, args: &[&str]) -> Child {
        Command::new(BIN)
            .args(args)
            .current_dir(&self.ws)
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap()
    }

    fn run(&self, args: &[&str]) -> Output {
        self.spawn(args).wait_with_output().unwrap()
    }

    /// The progress as the state file holds it; panics if it is not valid.
    fn state(&self, what: &str) -> serde_json::Value {
        let path = self.meta().join("state.json");
        let text = fs::read_to_string(&path)
            .unwrap_or_else(|err| panic!("{what}: cannot read {}: {err}", path.display()));
        serde_json::from_str(&text)
            .unwrap_or_else(|err| panic!("{what}: the state is corrupt ({err}): {text:?}"))
    }

    /// Temp files, temp folders and a reset journal: what a killed process leaves to repair.
    fn leftovers(&self) -> Vec<PathBuf> {
        let mut found = Vec::new();
        let list = |dir: &Path| -> Vec<(PathBuf, String)> {
            fs::read_dir(dir)
                .into_iter()
                .flatten()
                .flatten()
                .map(|e| (e.path(), e.file_name().to_string_lossy().into_owned()))
                .collect()
        };
        for (path, name) in list(&self.meta()) {
            if (name.starts_with('.') && name.ends_with(".tmp")) || name == "reset.json" {
                found.push(path);
            }
        }
        for (path, name) in list(&self.meta().join("backups")) {
            if name.starts_with(".reset-") {
                found.push(path);
            }
        }
        found
    }

    fn copy_matches(&self) -> bool {
        let read = |name: &str| fs::read(self.meta().join(name)).ok();
        read("state.json") == read("state.last-good.json")
    }

    fn hints(&self, state: &serde_json::Value, id: &str) -> u64 {
        state["hints_shown"][id].as_u64().unwrap_or(0)
    }

    fn done(&self, state: &serde_json::Value) -> BTreeSet<String> {
        state["done"]
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v.as_str().unwrap().to_string())
            .collect()
    }
}

/// The number `k` of the last "Hint k/N" a `hint` run printed.
fn last_hint(out: &Output) -> u64 {
    let text = String::from_utf8_lossy(&out.stdout);
    text.lines()
        .rev()
        .find_map(|l| l.strip_prefix("Hint ")?.split('/').next()?.parse().ok())
        .unwrap_or_else(|| panic!("no hint printed: {out:?}"))
}

#[derive(Clone, Copy, Debug)]
enum Op {
    Hint,
    Verify(usize),
    Reset,
}

fn pick(rng: &mut Rng) -> Op {
    match rng.below(10) {
        0..=3 => Op::Hint,
        4..=7 => Op::Verify(rng.below(DONE_PER_WORKER as u64) as usize),
        _ => Op::Reset,
    }
}

/// One worker's view: what its successful commands recorded, which must never be lost.
#[derive(Default)]
struct Worker {
    last_hint: u64,
    passed: BTreeSet<String>,
    /// Edits of `r{w}`'s Dockerfile that a finished reset moved to a backup.
    backed_up: Vec<String>,
    edits: u64,
}

/// What one command did: `Some(output)` if it ran to the end, `None` if it was killed.
fn run_op(
    fx: &Fixture,
    w: usize,
    op: Op,
    state: &mut Worker,
    kill_after: Option<Duration>,
) -> Option<Output> {
    let (hint, reset) = (format!("h{w}"), format!("r{w}"));
    let edit = format!("FROM busybox:1.36\n# edit {w}-{}\n", state.edits);
    let args: Vec<String> = match op {
        Op::Hint => vec!["hint".into(), hint],
        Op::Verify(j) => vec!["verify".into(), format!("d{w}-{j}")],
        Op::Reset => {
            state.edits += 1;
            write(&fx.ws, &format!("one/{reset}/Dockerfile"), &edit);
            vec!["reset".into(), reset, "--yes".into()]
        }
    };
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let mut child = fx.spawn(&args);
    let mut killed = false;
    if let Some(delay) = kill_after {
        std::thread::sleep(delay);
        if child.try_wait().unwrap().is_none() {
            child.kill().unwrap();
            killed = true;
        }
    }
    let out = child.wait_with_output().unwrap();
    if killed && out.status.signal() == Some(9) {
        return None;
    }
    assert!(out.status.success(), "{args:?} failed: {out:?}");
    match op {
        Op::Hint => {
            let k = last_hint(&out);
            assert!(
                k > state.last_hint,
                "went backwards: hint {k} after hint {}",
                state.last_hint
            );
            state.last_hint = k;
        }
        Op::Verify(j) => {
            state.passed.insert(format!("d{w}-{j}"));
        }
        Op::Reset => state.backed_up.push(edit),
    }
    Some(out)
}

/// Checks, after one more command has run, that nothing a successful command recorded is lost,
/// that no file is corrupt and that nothing is left behind.
fn check_after_next_command(fx: &Fixture, workers: &[Worker], what: &str) {
    let out = fx.run(&["list"]);
    assert!(out.status.success(), "{what}: {out:?}");
    let left = fx.leftovers();
    assert!(left.is_empty(), "{what}: left behind {left:?}");
    let state = fx.state(what);
    let copy = fs::read_to_string(fx.meta().join("state.last-good.json")).unwrap();
    let copy: serde_json::Value = serde_json::from_str(&copy)
        .unwrap_or_else(|err| panic!("{what}: the last-good copy is corrupt ({err})"));
    assert_eq!(copy, state, "{what}: the copy differs from the state");
    let done = fx.done(&state);
    for (w, worker) in workers.iter().enumerate() {
        let hints = fx.hints(&state, &format!("h{w}"));
        assert!(
            hints >= worker.last_hint,
            "{what}: worker {w} saw hint {} but {hints} are recorded",
            worker.last_hint
        );
        let lost: Vec<_> = worker.passed.difference(&done).collect();
        assert!(
            lost.is_empty(),
            "{what}: worker {w} lost the passes {lost:?}"
        );
        let dir = fx.ws.join(format!("one/r{w}"));
        assert!(
            dir.join("Dockerfile").is_file() && dir.join("app/app.txt").is_file(),
            "{what}: {} is incomplete",
            dir.display()
        );
    }
}

/// Every edit a finished reset moved away is in some backup.
fn check_backups(fx: &Fixture, workers: &[Worker]) -> usize {
    let backups: Vec<String> = fs::read_dir(fx.meta().join("backups"))
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|e| fs::read_to_string(e.path().join("Dockerfile")).ok())
        .collect();
    let mut kept = 0;
    for worker in workers {
        for edit in &worker.backed_up {
            assert!(backups.contains(edit), "the backup of {edit:?} is missing");
            kept += 1;
        }
    }
    kept
}

/// How long each kind of command takes here, so kills can land anywhere in it.
fn durations(fx: &Fixture) -> [Duration; 3] {
    let mut worker = Worker::default();
    let mut time = |op: Op| {
        let started = Instant::now();
        for _ in 0..3 {
            run_op(fx, 0, op, &mut worker, None);
        }
        started.elapsed() / 3
    };
    [time(Op::Hint), time(Op::Verify(0)), time(Op::Reset)]
}

fn kill_time(rng: &mut Rng, typical: &[Duration; 3], op: Op) -> Duration {
    let typical = match op {
        Op::Hint => typical[0],
        Op::Verify(_) => typical[1],
        Op::Reset => typical[2],
    };
    // Saves come at the end of a command: most kills aim at its second half.
    typical.mul_f64(0.3 + rng.unit() * 0.9)
}

#[test]
fn commands_killed_at_random_moments_lose_nothing_and_leave_nothing() {
    let kills_wanted = env_or("STATE_STRESS_KILLS", 300);
    let seed = env_or("STATE_STRESS_SEED", 10);
    let mut rng = Rng::new(seed);
    let fx = Fixture::new(1, kills_wanted as usize * 2 + 50);
    let typical = durations(&fx);
    let mut workers = vec![Worker::default()];
    // The durations run recorded progress too.
    let state = fx.state("start");
    workers[0].last_hint = fx.hints(&state, "h0");
    workers[0].passed = fx.done(&state);
    workers[0].backed_up.clear();

    let started = Instant::now();
    let (mut kills, mut mid_write, mut commands) = (0, 0, 0);
    let mut done_before = 0;
    while kills < kills_wanted {
        let op = pick(&mut rng);
        let delay = kill_time(&mut rng, &typical, op);
        commands += 1;
        if run_op(&fx, 0, op, &mut workers[0], Some(delay)).is_some() {
            continue;
        }
        kills += 1;
        let what = format!("seed {seed}, kill {kills} ({op:?} after {delay:?})");
        // Even before anything repairs it, the state file is whole, and not behind.
        let state = fx.state(&what);
        let done = fx.done(&state).len();
        assert!(done >= done_before, "{what}: passes went backwards");
        done_before = done;
        if !fx.leftovers().is_empty() || !fx.ws.join("one/r0").exists() || !fx.copy_matches() {
            mid_write += 1;
        }
        check_after_next_command(&fx, &workers, &what);
        commands += 1;
    }
    let kept = check_backups(&fx, &workers);
    eprintln!(
        "kills: {kills} SIGKILLs over {commands} commands (seed {seed}) in {:.1} s; {mid_write} landed mid-write (left a temp file, a reset journal, a moved folder or a stale copy); after the next command: 0 corrupt files, 0 lost updates, 0 backwards, 0 leftovers; {kept} finished resets, all backups present",
        started.elapsed().as_secs_f64()
    );
    assert!(
        mid_write > 0,
        "no kill landed mid-write: the test does not test what it should"
    );
}

#[test]
fn concurrent_commands_lose_no_update() {
    let rounds = env_or("STATE_STRESS_ROUNDS", 100) as usize;
    let workers_count = env_or("STATE_STRESS_WORKERS", 4) as usize;
    let seed = env_or("STATE_STRESS_SEED", 10);
    let fx = Arc::new(Fixture::new(workers_count, rounds + 20));
    let typical = durations(&fx);
    let start = fx.state("start");
    let workers: Vec<_> = (0..workers_count)
        .map(|w| {
            Mutex::new(Worker {
                last_hint: fx.hints(&start, &format!("h{w}")),
                passed: fx
                    .done(&start)
                    .into_iter()
                    .filter(|d| d.starts_with(&format!("d{w}-")))
                    .collect(),
                ..Worker::default()
            })
        })
        .collect();
    let workers = Arc::new(workers);
    let barrier = Arc::new(Barrier::new(workers_count));
    let kills = Arc::new(Mutex::new(0u64));
    let started = Instant::now();
    let threads: Vec<_> = (0..workers_count)
        .map(|w| {
            let (fx, workers, barrier, kills) =
                (fx.clone(), workers.clone(), barrier.clone(), kills.clone());
            std::thread::spawn(move || {
                let mut rng = Rng::new(seed * 1000 + w as u64);
                for _ in 0..rounds {
                    let op = pick(&mut rng);
                    // One command in ten is killed, so concurrency and kills mix.
                    let kill = (rng.below(10) == 0).then(|| kill_time(&mut rng, &typical, op));
                    barrier.wait();
                    let mut worker = workers[w].lock().unwrap();
                    if run_op(&fx, w, op, &mut worker, kill).is_none() {
                        *kills.lock().unwrap() += 1;
                    }
                }
            })
        })
        .collect();
    for thread in threads {
        thread.join().unwrap();
    }
    let workers: Vec<Worker> = Arc::try_unwrap(workers)
        .ok()
        .unwrap()
        .into_iter()
        .map(|w| w.into_inner().unwrap())
        .collect();
    check_after_next_command(&fx, &workers, &format!("seed {seed}"));
    let kept = check_backups(&fx, &workers);
    let hints: u64 = workers.iter().map(|w| w.last_hint).sum();
    let passes: usize = workers.iter().map(|w| w.passed.len()).sum();
    eprintln!(
        "concurrency: {rounds} rounds of {workers_count} commands started together ({} concurrent pairs, seed {seed}) in {:.1} s, {} of them SIGKILLed; 0 lost updates ({hints} hints, {passes} passes, {kept} reset backups all present), 0 corrupt files, 0 leftovers after the next command",
        rounds * workers_count * (workers_count - 1) / 2,
        started.elapsed().as_secs_f64(),
        kills.lock().unwrap()
    );
}

#[test]
fn a_damaged_state_file_is_restored_and_the_learner_told() {
    let fx = Fixture::new(1, 5);
    assert!(fx.run(&["verify", "d0-1"]).status.success());
    let path = fx.meta().join("state.json");
    let text = fs::read_to_string(&path).unwrap();
    fs::write(&path, &text[..text.len() / 3]).unwrap();
    let out = fx.run(&["list"]);
    assert!(out.status.success(), "{out:?}");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains(&path.display().to_string()), "{err}");
    assert!(err.contains("restored it from"), "{err}");
    assert!(fx.done(&fx.state("after")).contains("d0-1"));
    // Told once: the next command has nothing to say.
    assert!(fx.run(&["list"]).stderr.is_empty());
}

#[test]
fn a_newer_state_file_is_refused_and_kept() {
    let fx = Fixture::new(1, 5);
    let path = fx.meta().join("state.json");
    let newer = r#"{"version": 7, "workspace_id": "x", "current": "h0", "badges": []}"#;
    fs::write(&path, newer).unwrap();
    let out = fx.run(&["hint", "h0"]);
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("newer dockerlings") && err.contains("state.json"),
        "{err}"
    );
    assert_eq!(fs::read_to_string(&path).unwrap(), newer);
}

#[test]
fn a_linked_exercise_folder_is_not_checked_nor_built() {
    let fx = Fixture::new(1, 5);
    let outside = tempfile::tempdir().unwrap();
    fs::write(outside.path().join("Dockerfile"), PASSING).unwrap();
    let dir = fx.ws.join("one/d0-2");
    fs::remove_dir_all(&dir).unwrap();
    std::os::unix::fs::symlink(outside.path(), &dir).unwrap();
    let out = fx.run(&["verify", "d0-2"]);
    assert_eq!(out.status.code(), Some(1), "{out:?}");
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("is a symbolic link"), "{text}");
    assert!(text.contains("dockerlings reset d0-2"), "{text}");
    assert!(!fx.done(&fx.state("after")).contains("d0-2"));
    // The fix named in the message works, and leaves what the link pointed to alone.
    assert!(fx.run(&["reset", "d0-2", "--yes"]).status.success());
    assert!(!fs::symlink_metadata(&dir).unwrap().file_type().is_symlink());
    assert_eq!(
        fs::read_to_string(outside.path().join("Dockerfile")).unwrap(),
        PASSING
    );
}
