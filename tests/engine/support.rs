//! Helpers for the tests that drive the real binary against a real Docker engine: a workspace
//! made from the engine fixture course, `verify --json`, and cleanup of everything the
//! workspace's labels find, even when a test fails.

#![allow(dead_code)]

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::{Once, OnceLock};
use std::time::{Duration, Instant};

use serde_json::Value;

pub const BIN: &str = env!("CARGO_BIN_EXE_dockerlings");
pub const LABEL: &str = "org.dockerlings.workspace";

pub fn course_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/engine-course")
}

/// These tests need an engine; without one they fail and say how to start one.
pub fn require_engine() {
    static CHECKED: Once = Once::new();
    CHECKED.call_once(|| {
        let answered = Command::new("docker")
            .arg("info")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .map(|status| status.success())
            .unwrap_or(false);
        assert!(
            answered,
            "these tests need a Docker engine and `docker info` got no answer: start one with `bash scripts/engine-up.sh` (then `bash scripts/standins.sh busybox:1.36` if busybox:1.36 is missing)"
        );
        let image = docker(&["image", "inspect", "busybox:1.36"]);
        assert!(
            image.status.success(),
            "these tests build on busybox:1.36, which is not on the engine: `docker pull busybox:1.36`, or `bash scripts/standins.sh busybox:1.36` without a registry"
        );
    });
}

/// Whether the engine is Podman (its Docker API), which has no BuildKit, runs the classic
/// builder's steps without containers the API lists, and reports some settings its own way.
pub fn is_podman() -> bool {
    static PODMAN: OnceLock<bool> = OnceLock::new();
    *PODMAN.get_or_init(|| {
        docker_ok(&[
            "version",
            "--format",
            "{{range .Server.Components}}{{.Name}};{{end}}",
        ])
        .contains("Podman")
    })
}

/// Podman has no BuildKit: `--builder buildkit` is refused with exit code 3 and a message
/// that says so and what to use instead.
pub fn assert_buildkit_refused(code: Option<i32>, said: &str) {
    assert_eq!(code, Some(3), "{said}");
    assert!(
        said.contains("no BuildKit") && said.contains("--builder auto"),
        "{said}"
    );
}

pub fn docker(args: &[&str]) -> Output {
    Command::new("docker")
        .args(args)
        .output()
        .expect("the docker CLI runs")
}

pub fn docker_ok(args: &[&str]) -> String {
    let output = docker(args);
    assert!(
        output.status.success(),
        "docker {} failed: {}",
        args.join(" "),
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8_lossy(&output.stdout).into_owned()
}

/// A workspace of the engine fixture course; dropping it removes its containers and images.
pub struct Workspace {
    pub dir: tempfile::TempDir,
    pub id: String,
}

impl Workspace {
    pub fn new() -> Workspace {
        require_engine();
        let dir = tempfile::tempdir().expect("a temp dir");
        let root = dir.path().join("ws");
        let output = Command::new(BIN)
            .arg("--course")
            .arg(course_dir())
            .arg("init")
            .arg(&root)
            .output()
            .unwrap();
        assert!(
            output.status.success(),
            "init failed: {}",
            String::from_utf8_lossy(&output.stderr)
        );
        let state: Value = serde_json::from_str(
            &fs::read_to_string(root.join(".dockerlings/state.json")).unwrap(),
        )
        .unwrap();
        let id = state["workspace_id"].as_str().unwrap().to_string();
        Workspace { dir, id }
    }

    pub fn root(&self) -> PathBuf {
        self.dir.path().join("ws")
    }

    /// The folder of a fixture exercise (`engine/<id>`).
    pub fn exercise(&self, id: &str) -> PathBuf {
        self.root().join("engine").join(id)
    }

    pub fn write(&self, exercise: &str, file: &str, text: &str) {
        let path = self.exercise(exercise).join(file);
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(path, text).unwrap();
    }

    /// Puts the reference solution's files in place.
    pub fn solve(&self, exercise: &str) {
        let solution = course_dir().join("lessons/solutions").join(exercise);
        copy_dir(&solution, &self.exercise(exercise));
    }

    pub fn command(&self, args: &[&str]) -> Command {
        let mut command = Command::new(BIN);
        command.args(args).current_dir(self.root());
        command
    }

    /// `dockerlings verify EXERCISE --json [extra]`: the exit code and the verdict.
    pub fn verify(&self, exercise: &str, extra: &[&str]) -> Verdict {
        let mut args = vec!["verify", exercise, "--json"];
        args.extend_from_slice(extra);
        let output = self.command(&args).output().unwrap();
        let stdout = String::from_utf8_lossy(&output.stdout);
        let json: Value = serde_json::from_str(&stdout).unwrap_or_else(|err| {
            panic!(
                "verify {exercise} printed no JSON ({err}):\nstdout: {stdout}\nstderr: {}",
                String::from_utf8_lossy(&output.stderr)
            )
        });
        Verdict {
            code: output.status.code(),
            json: json["verdict"].clone(),
        }
    }

    pub fn tag(&self, exercise: &str) -> String {
        format!("dockerlings-{}/{exercise}:latest", self.id)
    }

    /// Containers carrying this workspace's label, running or not.
    pub fn containers(&self) -> Vec<String> {
        docker_ok(&[
            "ps",
            "-aq",
            "--filter",
            &format!("label={LABEL}={}", self.id),
        ])
        .lines()
        .map(str::to_string)
        .collect()
    }
}

impl Drop for Workspace {
    fn drop(&mut self) {
        remove_labelled(&self.id);
    }
}

/// Removes containers, then images, labelled with a workspace id.
pub fn remove_labelled(id: &str) {
    let filter = format!("label={LABEL}={id}");
    let containers = docker(&["ps", "-aq", "--filter", &filter]);
    for container in String::from_utf8_lossy(&containers.stdout).lines() {
        docker(&["rm", "-f", container]);
    }
    let images = docker(&["images", "-q", "--filter", &filter]);
    let mut ids: Vec<String> = String::from_utf8_lossy(&images.stdout)
        .lines()
        .map(str::to_string)
        .collect();
    ids.sort();
    ids.dedup();
    for image in ids {
        docker(&["rmi", "-f", &image]);
    }
}

fn copy_dir(from: &Path, to: &Path) {
    fs::create_dir_all(to).unwrap();
    for entry in fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            fs::copy(entry.path(), target).unwrap();
        }
    }
}

pub struct Verdict {
    pub code: Option<i32>,
    pub json: Value,
}

impl Verdict {
    pub fn passed(&self) -> bool {
        self.json["passed"].as_bool().unwrap()
    }

    /// The results of one check kind, in order.
    pub fn results(&self, kind: &str) -> Vec<&Value> {
        self.json["results"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|r| r["check"] == kind)
            .collect()
    }

    /// The first result of a kind, with the whole verdict in the panic if it is missing.
    pub fn result(&self, kind: &str) -> &Value {
        self.results(kind)
            .into_iter()
            .next()
            .unwrap_or_else(|| panic!("no `{kind}` result in {:#}", self.json))
    }

    pub fn status(&self, kind: &str) -> String {
        self.result(kind)["status"].as_str().unwrap().to_string()
    }

    /// Asserts the status of a kind, showing the result when it differs.
    pub fn expect(&self, kind: &str, status: &str) -> &Value {
        let result = self.result(kind);
        assert_eq!(
            result["status"], status,
            "`{kind}` should be {status}: {result:#}"
        );
        result
    }
}

/// Polls `condition` every 200 ms until it holds or `limit` passes.
pub fn wait_for(limit: Duration, mut condition: impl FnMut() -> bool) -> bool {
    let start = Instant::now();
    while start.elapsed() < limit {
        if condition() {
            return true;
        }
        std::thread::sleep(Duration::from_millis(200));
    }
    condition()
}
