//! The GitHub Classroom recipe in book/src/grading.md, run the way the runner would: every
//! command of its workflow, in a fresh workspace of the built-in course, on the engine. The
//! install step is the only one not run (it downloads dockerlings); `dockerlings pull` runs,
//! and where no registry answers it keeps the engine's copies of the base images and exits 0
//! when every one is there. The test fails if another step is added that it does not know how
//! to run.

#[path = "reports/schemas.rs"]
mod schemas;
#[path = "engine/support.rs"]
mod support;

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::Value;
use support::BIN;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The workflow's YAML: the first ```yaml block after the marker.
fn workflow() -> serde_yaml::Value {
    let book = fs::read_to_string(root().join("book/src/grading.md")).unwrap();
    let after = book
        .split("<!-- classroom-workflow")
        .nth(1)
        .expect("the grading chapter marks its workflow");
    let yaml = after
        .split("```yaml\n")
        .nth(1)
        .and_then(|rest| rest.split("\n```").next())
        .expect("a yaml block after the marker");
    serde_yaml::from_str(yaml).expect("the workflow is valid YAML")
}

/// Runs a step's command as the runner does: bash, in the repository, dockerlings on PATH.
fn run(command: &str, dir: &Path) -> (i32, String) {
    let bin_dir = Path::new(BIN).parent().unwrap();
    let path = format!(
        "{}:{}",
        bin_dir.display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let output = Command::new("bash")
        .args(["-e", "-c", command])
        .current_dir(dir)
        .env("PATH", path)
        .env("NO_COLOR", "1")
        .env_remove("DOCKERLINGS_COURSE")
        .output()
        .unwrap();
    let said = format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    (output.status.code().unwrap_or(-1), said)
}

/// Lays the reference solution of `id` over its folder in the workspace.
fn solve(ws: &Path, lesson: &str, id: &str) {
    let lesson: serde_yaml::Value = serde_yaml::from_str(
        &fs::read_to_string(root().join("lessons").join(format!("{lesson}.yaml"))).unwrap(),
    )
    .unwrap();
    let exercise = lesson["exercises"]
        .as_sequence()
        .unwrap()
        .iter()
        .find(|e| e["id"].as_str() == Some(id))
        .unwrap();
    let dir = ws.join(exercise["dir"].as_str().unwrap());
    for entry in fs::read_dir(root().join("lessons/solutions").join(id)).unwrap() {
        let entry = entry.unwrap();
        fs::copy(entry.path(), dir.join(entry.file_name())).unwrap();
    }
}

#[test]
fn the_classroom_workflow_grades_a_workspace() {
    support::require_engine();
    let dir = tempfile::tempdir().unwrap();
    let ws = dir.path().join("ws");
    let init = Command::new(BIN)
        .arg("init")
        .arg(&ws)
        .env_remove("DOCKERLINGS_COURSE")
        .output()
        .unwrap();
    assert!(
        init.status.success(),
        "{}",
        String::from_utf8_lossy(&init.stderr)
    );
    let state: Value =
        serde_json::from_str(&fs::read_to_string(ws.join(".dockerlings/state.json")).unwrap())
            .unwrap();
    let _cleanup = Cleanup(state["workspace_id"].as_str().unwrap().to_string());
    solve(&ws, "go", "go-multistage");

    let workflow = workflow();
    let steps = workflow["jobs"]["grade"]["steps"].as_sequence().unwrap();
    let mut points = Vec::new();
    let mut graders = Vec::new();
    let mut reporter = None;
    let mut ran = Vec::new();
    for step in steps {
        let name = step["name"].as_str().unwrap_or("");
        let uses = step["uses"].as_str().unwrap_or("");
        if let Some(command) = step["run"].as_str() {
            if name == "Install dockerlings" {
                continue;
            }
            let (code, said) = run(command, &ws);
            let allowed: &[i32] = if step["continue-on-error"].as_bool() == Some(true) {
                &[0, 1]
            } else {
                &[0]
            };
            assert!(
                allowed.contains(&code),
                "step `{name}` exited {code}:\n{said}"
            );
            ran.push(name.to_string());
        } else if uses.starts_with("classroom-resources/autograding-command-grader@") {
            let id = step["id"].as_str().unwrap().to_string();
            let command = step["with"]["command"].as_str().unwrap();
            let (code, said) = run(command, &ws);
            assert!(
                [0, 1].contains(&code),
                "grader `{id}` exited {code}:\n{said}"
            );
            let max = step["with"]["max-score"].as_u64().unwrap();
            points.push((id.clone(), if code == 0 { max } else { 0 }));
            graders.push(id);
        } else if uses.starts_with("classroom-resources/autograding-grading-reporter@") {
            reporter = Some(step.clone());
        } else {
            assert!(
                uses.starts_with("actions/checkout@")
                    || uses.starts_with("actions/upload-artifact@"),
                "step `{name}` ({uses}) is one this test does not know how to run"
            );
        }
    }
    assert_eq!(ran, ["Get the base images", "Check every exercise"]);
    // The solved exercise scores, the one left as shipped does not.
    assert_eq!(
        points,
        [
            ("go-single".to_string(), 0),
            ("go-multistage".to_string(), 1)
        ]
    );
    // The reporter is given every grader's result.
    let reporter = reporter.expect("a reporter step");
    assert_eq!(
        reporter["with"]["runners"].as_str().unwrap(),
        graders.join(",")
    );
    for id in &graders {
        let key = format!("{}_RESULTS", id.to_uppercase());
        assert_eq!(
            reporter["env"][key.as_str()].as_str(),
            Some(format!("${{{{steps.{id}.outputs.result}}}}").as_str()),
            "{key}"
        );
    }
    // The reports the artifact keeps.
    schemas::assert_valid_junit(&ws.join("reports/dockerlings.xml"));
    let json: Value =
        serde_json::from_str(&fs::read_to_string(ws.join("reports/dockerlings.json")).unwrap())
            .unwrap();
    let exercises = json["gradebook"]["exercises"].as_array().unwrap();
    assert!(exercises.len() >= 18, "{}", exercises.len());
    let multistage = exercises
        .iter()
        .find(|e| e["exercise"] == "go-multistage")
        .unwrap();
    assert_eq!(multistage["passed"], true);
    assert!(
        json["gradebook"]["engine"]["version"].is_string(),
        "{}",
        json["gradebook"]
    );
}

/// Removes what the workspace made on the engine, whether the test passes or not.
struct Cleanup(String);

impl Drop for Cleanup {
    fn drop(&mut self) {
        support::remove_labelled(&self.0);
    }
}
