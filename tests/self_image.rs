//! The project follows its own lessons: the repository's Dockerfile (dockerlings as an image)
//! passes dockerlings' own static checks, graded as an exercise of tests/fixtures/self-image,
//! and its .dockerignore sends only what the build needs. The engine checks of that exercise
//! (the build, the size, the metadata, the files left out) and a run of the image are
//! scripts/self-image.sh's, a phase of scripts/test.sh: a release build of dockerlings takes
//! minutes, and that script prints the image's size for the reader of the log.

use std::fs;
use std::path::{Path, PathBuf};

use assert_cmd::Command;
use serde_json::Value;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn dockerlings(dir: &Path) -> Command {
    let mut cmd = Command::cargo_bin("dockerlings").unwrap();
    cmd.current_dir(dir)
        .env("NO_COLOR", "1")
        .env_remove("DOCKERLINGS_COURSE");
    cmd
}

fn verify(ws: &Path) -> (Option<i32>, Value) {
    let output = dockerlings(ws)
        .args(["verify", "image", "--static-only", "--json"])
        .output()
        .unwrap();
    (
        output.status.code(),
        serde_json::from_slice(&output.stdout).unwrap(),
    )
}

fn failing(verdict: &Value) -> Vec<String> {
    verdict["verdict"]["results"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| r["status"] == "fail")
        .map(|r| r["check"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn the_projects_dockerfile_passes_its_own_static_checks() {
    let dockerfile = fs::read_to_string(root().join("Dockerfile")).unwrap();
    let solution = root().join("tests/fixtures/self-image/lessons/solutions/image/Dockerfile");
    assert_eq!(
        fs::read_to_string(&solution).unwrap(),
        dockerfile,
        "the fixture's solution is a copy of the repository's Dockerfile: cp Dockerfile {}",
        solution.display()
    );
    let dir = tempfile::tempdir().unwrap();
    dockerlings(dir.path())
        .arg("--course")
        .arg(root().join("tests/fixtures/self-image"))
        .args(["init", "ws"])
        .assert()
        .success();
    let ws = dir.path().join("ws");
    // As shipped, the single-stage Dockerfile fails for the reasons the lessons teach.
    let (code, shipped) = verify(&ws);
    assert_eq!(code, Some(1));
    assert_eq!(
        failing(&shipped),
        [
            "stages",
            "copy_from",
            "final_base",
            "non_root_user",
            "deps_before_sources"
        ]
    );
    fs::write(ws.join("self/image/Dockerfile"), &dockerfile).unwrap();
    let (code, solved) = verify(&ws);
    assert_eq!(failing(&solved), Vec::<String>::new(), "{solved:#}");
    assert_eq!(code, Some(0));
    assert_eq!(solved["verdict"]["results"].as_array().unwrap().len(), 10);
}

#[test]
fn explain_finds_nothing_in_the_projects_dockerfile() {
    let explanation: Value = serde_json::from_slice(
        &dockerlings(&root())
            .args(["explain", "Dockerfile", "--json"])
            .output()
            .unwrap()
            .stdout,
    )
    .unwrap();
    let failing: Vec<&Value> = explanation["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["status"] != "pass")
        .collect();
    assert!(failing.is_empty(), "{failing:#?}");
    let names: Vec<&str> = explanation["stages"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["name"].as_str().unwrap_or("-"))
        .collect();
    assert_eq!(names, ["deps", "build", "runtime"]);
}

#[test]
fn the_build_context_is_the_crate_and_its_course_only() {
    let output = dockerlings(&root())
        .args(["dev", "context", "."])
        .output()
        .unwrap();
    assert!(output.status.success());
    let listing = String::from_utf8_lossy(&output.stdout);
    for needed in [
        "file Cargo.toml",
        "file Cargo.lock",
        "file build.rs",
        "file src/main.rs",
        "file lessons/course.yaml",
    ] {
        assert!(
            listing.lines().any(|l| l == needed),
            "{needed} missing from\n{listing}"
        );
    }
    for line in listing.lines().filter(|l| l.starts_with("file ")) {
        let path = &line["file ".len()..];
        let top = path.split('/').next().unwrap();
        assert!(
            ["src", "lessons", "exercises"].contains(&top)
                || [
                    "Cargo.toml",
                    "Cargo.lock",
                    "build.rs",
                    "Dockerfile",
                    ".dockerignore"
                ]
                .contains(&path),
            "{path} is sent to the builder, which does not need it"
        );
    }
}
