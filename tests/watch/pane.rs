//! Driving watch mode like a learner: the real binary in a tmux pane of its own tmux server,
//! keys sent with `send-keys`, the screen read with `capture-pane`.

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

pub const BIN: &str = env!("CARGO_BIN_EXE_dockerlings");
pub const TIMEOUT: Duration = Duration::from_secs(20);

pub fn fixture() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/course")
}

/// The watch tests drive a real terminal through tmux; without it they fail, never skip.
pub fn require_tmux() {
    let found = Command::new("tmux")
        .arg("-V")
        .output()
        .is_ok_and(|out| out.status.success());
    assert!(
        found,
        "tmux is needed for the watch mode tests: apt-get install tmux (scripts/engine-up.sh installs it)"
    );
}

/// A workspace made from the fixture course, in a temp folder.
pub struct Workspace {
    _dir: tempfile::TempDir,
    pub root: PathBuf,
}

impl Workspace {
    pub fn new() -> Workspace {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().join("ws");
        let out = Command::new(BIN)
            .arg("--course")
            .arg(fixture())
            .arg("init")
            .arg(&root)
            .output()
            .unwrap();
        assert!(out.status.success(), "init failed: {out:?}");
        Workspace { _dir: dir, root }
    }

    pub fn path(&self, rel: &str) -> PathBuf {
        self.root.join(rel)
    }

    /// Saves a file the way an editor does: the whole contents at once.
    pub fn save(&self, rel: &str, contents: &str) {
        std::fs::write(self.path(rel), contents).unwrap();
    }

    pub fn solve(&self, exercise: &str, dir: &str) {
        let solution = std::fs::read_to_string(
            fixture().join(format!("lessons/solutions/{exercise}/Dockerfile")),
        )
        .unwrap();
        self.save(&format!("{dir}/Dockerfile"), &solution);
    }

    /// How many exercises the course has.
    pub fn total(&self) -> usize {
        let out = Command::new(BIN)
            .args(["list", "--json"])
            .current_dir(&self.root)
            .output()
            .unwrap();
        let list: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        list["total"].as_u64().unwrap() as usize
    }

    pub fn state(&self) -> serde_json::Value {
        let text = std::fs::read_to_string(self.path(".dockerlings/state.json")).unwrap();
        serde_json::from_str(&text).unwrap()
    }
}

/// dockerlings running in a tmux pane of its own tmux server. After it exits, the pane prints
/// `exit=CODE` and `stty -a`, to see the terminal as it was left.
pub struct Pane {
    socket: String,
    /// The server's socket file, removed with the server.
    socket_path: PathBuf,
    pid_file: PathBuf,
}

impl Pane {
    pub fn start(ws: &Workspace, args: &str, env: &str) -> Pane {
        static NEXT: AtomicUsize = AtomicUsize::new(0);
        let socket = format!(
            "dockerlings-test-{}-{}",
            std::process::id(),
            NEXT.fetch_add(1, Ordering::SeqCst)
        );
        let pid_file = ws.root.with_file_name("dockerlings.pid");
        let script = format!(
            "sh -c 'echo $$ > {pid}; exec env LANG=C.UTF-8 {env} {BIN} {args}'; echo exit=$?; stty -a; exec sleep 600",
            pid = pid_file.display(),
        );
        let status = Command::new("tmux")
            .args(["-L", &socket, "-u", "-f", "/dev/null", "new-session", "-d"])
            .args(["-x", "110", "-y", "40", "-c"])
            .arg(&ws.root)
            .arg(script)
            .status()
            .unwrap();
        assert!(status.success());
        let mut pane = Pane {
            socket,
            socket_path: PathBuf::new(),
            pid_file,
        };
        pane.socket_path = PathBuf::from(
            pane.tmux(&["display-message", "-p", "#{socket_path}"])
                .trim(),
        );
        pane
    }

    pub fn tmux(&self, args: &[&str]) -> String {
        let out = Command::new("tmux")
            .args(["-L", &self.socket])
            .args(args)
            .output()
            .unwrap();
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    pub fn screen(&self) -> String {
        self.tmux(&["capture-pane", "-p"])
    }

    pub fn keys(&self, keys: &[&str]) {
        let mut args = vec!["send-keys"];
        args.extend(keys);
        self.tmux(&args);
    }

    /// Waits until the screen shows `text`; returns the screen.
    pub fn wait_for(&self, text: &str) -> String {
        self.wait_for_within(text, TIMEOUT)
    }

    pub fn wait_for_within(&self, text: &str, timeout: Duration) -> String {
        let start = Instant::now();
        loop {
            let screen = self.screen();
            if screen.contains(text) {
                return screen;
            }
            assert!(
                start.elapsed() < timeout,
                "the screen never showed {text:?}; it shows:\n{screen}"
            );
            std::thread::sleep(Duration::from_millis(40));
        }
    }

    pub fn alternate_screen(&self) -> bool {
        self.tmux(&["display-message", "-p", "#{alternate_on}"])
            .trim()
            == "1"
    }

    pub fn pid(&self) -> String {
        std::fs::read_to_string(&self.pid_file)
            .unwrap()
            .trim()
            .to_string()
    }

    /// After dockerlings exited: the exit code shown, and a terminal back in line mode.
    pub fn assert_exited_cleanly(&self, code: i32) {
        let screen = self.wait_for("exit=");
        assert!(screen.contains(&format!("exit={code}")), "{screen}");
        let screen = self.wait_for("speed");
        let modes: Vec<&str> = screen.split_whitespace().collect();
        for mode in ["icanon", "echo", "isig", "opost", "icrnl"] {
            assert!(
                modes.contains(&mode),
                "stty does not show {mode:?}:\n{screen}"
            );
        }
        assert!(!self.alternate_screen(), "still on the alternate screen");
        assert_eq!(
            self.tmux(&["display-message", "-p", "#{cursor_flag}"])
                .trim(),
            "1"
        );
    }
}

impl Drop for Pane {
    fn drop(&mut self) {
        self.tmux(&["kill-server"]);
        if self.socket_path.is_absolute() {
            let _ = std::fs::remove_file(&self.socket_path);
        }
    }
}
