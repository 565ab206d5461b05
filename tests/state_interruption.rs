//! Progress survives a process killed in the middle of saving it.

use std::fs;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Duration;

fn write(root: &Path, path: &str, text: &str) {
    let path = root.join(path);
    fs::create_dir_all(path.parent().unwrap()).unwrap();
    fs::write(path, text).unwrap();
}

/// A one-exercise course with many hints, so that every `hint` call saves the state.
fn course(root: &Path) {
    let hints: String = (1..=40)
        .map(|n| format!("      - hint number {n}\n"))
        .collect();
    write(
        root,
        "lessons/course.yaml",
        "version: 1\ntitle: T\nlessons: [one]\n",
    );
    write(root, "lessons/one.md", "# One\n");
    write(
        root,
        "lessons/one.yaml",
        &format!(
            "id: one\ntitle: One\ntext: one.md\nexercises:\n  - id: only\n    dir: one/only\n    title: Only\n    task: Name it.\n    hints:\n{hints}    checks:\n      - stages_named: true\n    fails_as_shipped: [stages_named]\n"
        ),
    );
    write(
        root,
        "lessons/solutions/only/Dockerfile",
        "FROM busybox:1.36 AS app\n",
    );
    write(root, "exercises/one/only/Dockerfile", "FROM busybox:1.36\n");
}

#[test]
fn a_killed_state_write_leaves_readable_state() {
    let bin = env!("CARGO_BIN_EXE_dockerlings");
    let dir = tempfile::tempdir().unwrap();
    let course_dir = dir.path().join("course");
    course(&course_dir);
    let ws = dir.path().join("ws");
    let status = Command::new(bin)
        .arg("--course")
        .arg(&course_dir)
        .arg("init")
        .arg(&ws)
        .stdout(Stdio::null())
        .status()
        .unwrap();
    assert!(status.success());
    let state_path = ws.join(".dockerlings/state.json");

    // A shell loop saves the state as fast as it can; it is killed at staggered moments,
    // so some kills land in the middle of a write.
    for round in 0..25u64 {
        let mut child = Command::new("sh")
            .arg("-c")
            .arg(format!(
                "while :; do '{bin}' hint >/dev/null; '{bin}' reset only --yes >/dev/null; done"
            ))
            .current_dir(&ws)
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(Duration::from_millis(40 + round * 7));
        // Kill the whole process group: the loop and the dockerlings it is running.
        let _ = Command::new("pkill")
            .args(["-KILL", "-P", &child.id().to_string()])
            .status();
        child.kill().unwrap();
        child.wait().unwrap();

        let text = fs::read_to_string(&state_path).unwrap();
        let state: serde_json::Value = serde_json::from_str(&text)
            .unwrap_or_else(|err| panic!("round {round}: state is corrupt ({err}): {text:?}"));
        assert_eq!(state["current"], "only", "round {round}");
        // The workspace still works after the kill.
        let output = Command::new(bin)
            .arg("list")
            .current_dir(&ws)
            .output()
            .unwrap();
        assert!(output.status.success(), "round {round}: {output:?}");
    }
    // Temp files of interrupted writes may remain, but never in place of the state.
    assert!(state_path.is_file());
}
