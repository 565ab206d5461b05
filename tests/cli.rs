//! The real binary on the fixture course under tests/fixtures/cli: static checks only, so no
//! engine is needed here (tests/engine*.rs drive the engine).

use std::fs;
use std::path::{Path, PathBuf};

use assert_cmd::Command;
use predicates::prelude::*;
use serde_json::Value;

fn fixture() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/cli")
}

fn dockerlings(dir: &Path) -> Command {
    let mut cmd = Command::cargo_bin("dockerlings").unwrap();
    cmd.current_dir(dir)
        .env("NO_COLOR", "1")
        .env_remove("DOCKERLINGS_COURSE");
    cmd
}

/// A fresh workspace made from the fixture course.
fn workspace() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    dockerlings(dir.path())
        .arg("--course")
        .arg(fixture())
        .args(["init", "ws"])
        .assert()
        .success()
        .stdout(predicate::str::contains("3 exercises"));
    let ws = dir.path().join("ws");
    (dir, ws)
}

fn json(cmd: &mut Command) -> Value {
    let output = cmd.output().unwrap();
    serde_json::from_slice(&output.stdout).unwrap_or_else(|err| {
        panic!(
            "not JSON ({err}): {}",
            String::from_utf8_lossy(&output.stdout)
        )
    })
}

#[test]
fn init_writes_the_exercises_and_refuses_to_overwrite() {
    let (dir, ws) = workspace();
    assert!(ws.join("basics/name-stages/Dockerfile").is_file());
    assert!(ws.join("users/nonroot/Dockerfile").is_file());
    assert!(ws.join("README.md").is_file());
    assert!(ws.join(".gitignore").is_file());
    fs::write(
        ws.join("basics/name-stages/Dockerfile"),
        "FROM busybox:1.36 AS mine\n",
    )
    .unwrap();
    dockerlings(dir.path())
        .arg("--course")
        .arg(fixture())
        .args(["init", "ws"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("already a dockerlings workspace"));
    // The learner's edit survived.
    let text = fs::read_to_string(ws.join("basics/name-stages/Dockerfile")).unwrap();
    assert_eq!(text, "FROM busybox:1.36 AS mine\n");
}

#[test]
fn init_refuses_a_folder_that_is_not_empty() {
    let dir = tempfile::tempdir().unwrap();
    fs::create_dir(dir.path().join("busy")).unwrap();
    fs::write(dir.path().join("busy/notes.txt"), "mine").unwrap();
    dockerlings(dir.path())
        .arg("--course")
        .arg(fixture())
        .args(["init", "busy"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("not empty"));
    assert_eq!(
        fs::read_to_string(dir.path().join("busy/notes.txt")).unwrap(),
        "mine"
    );
}

#[test]
fn outside_a_workspace_it_says_how_to_make_one() {
    let dir = tempfile::tempdir().unwrap();
    dockerlings(dir.path())
        .arg("list")
        .assert()
        .code(2)
        .stderr(predicate::str::contains("dockerlings init"));
}

#[test]
fn list_shows_progress_as_text_and_json() {
    let (_dir, ws) = workspace();
    dockerlings(&ws)
        .arg("list")
        .assert()
        .success()
        .stdout(predicate::str::contains("name-stages"))
        .stdout(predicate::str::contains("0 of 3 done"));
    let out = json(dockerlings(&ws).args(["list", "--json"]));
    assert_eq!(out["schema"], "dockerlings/v1");
    assert_eq!(out["total"], 3);
    assert_eq!(out["current"], "name-stages");
    assert_eq!(out["exercises"][0]["id"], "name-stages");
    assert_eq!(out["exercises"][0]["current"], true);
    assert_eq!(out["exercises"][2]["lesson"], "users");
}

#[test]
fn verify_fails_with_file_line_and_why_then_passes_once_fixed() {
    let (_dir, ws) = workspace();
    dockerlings(&ws)
        .arg("verify")
        .assert()
        .code(1)
        .stdout(predicate::str::contains("basics/name-stages/Dockerfile:2"))
        .stdout(predicate::str::contains("why:"));

    let out = json(dockerlings(&ws).args(["verify", "--json"]));
    assert_eq!(out["schema"], "dockerlings/v1");
    assert_eq!(out["verdict"]["passed"], false);
    let named = out["verdict"]["results"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["check"] == "stages_named")
        .expect("a stages_named result");
    assert_eq!(named["status"], "fail");
    assert_eq!(named["location"]["line"], 2);
    assert!(named["why"].as_str().unwrap().len() > 20);

    fs::copy(
        fixture().join("lessons/solutions/name-stages/Dockerfile"),
        ws.join("basics/name-stages/Dockerfile"),
    )
    .unwrap();
    dockerlings(&ws)
        .arg("verify")
        .assert()
        .success()
        .stdout(predicate::str::contains("Passed"));
    let out = json(dockerlings(&ws).args(["list", "--json"]));
    assert_eq!(out["exercises"][0]["done"], true);
}

#[test]
fn verify_names_an_unknown_exercise() {
    let (_dir, ws) = workspace();
    dockerlings(&ws)
        .args(["verify", "nope"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("no exercise `nope`"))
        .stderr(predicate::str::contains("name-stages"));
    // A typo gets the one that was meant, not the whole list.
    dockerlings(&ws)
        .args(["hint", "name-stagse"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("did you mean `name-stages`?"))
        .stderr(predicate::str::contains("pin-bases").not());
}

#[test]
fn init_in_the_source_checkout_says_where_to_run_it() {
    let dir = tempfile::tempdir().unwrap();
    let checkout = dir.path().join("dockerlings-src");
    fs::create_dir(&checkout).unwrap();
    fs::write(
        checkout.join("Cargo.toml"),
        "[package]\nname = \"dockerlings\"\nversion = \"0.1.0\"\n",
    )
    .unwrap();
    dockerlings(&checkout)
        .arg("init")
        .assert()
        .code(2)
        .stderr(predicate::str::contains("source checkout"))
        .stderr(predicate::str::contains("dockerlings init"));
    assert!(!checkout.join("dockerlings").exists());
    // Pointed outside the checkout, it goes ahead.
    dockerlings(&checkout)
        .arg("--course")
        .arg(fixture())
        .args(["init", "../ws"])
        .assert()
        .success();
    assert!(
        dir.path()
            .join("ws/basics/name-stages/Dockerfile")
            .is_file()
    );
}

#[test]
fn reset_says_whether_a_passed_exercise_stays_done() {
    let (_dir, ws) = workspace();
    fs::copy(
        fixture().join("lessons/solutions/name-stages/Dockerfile"),
        ws.join("basics/name-stages/Dockerfile"),
    )
    .unwrap();
    dockerlings(&ws).arg("verify").assert().success();
    dockerlings(&ws)
        .args(["reset", "name-stages", "--yes"])
        .assert()
        .success()
        .stdout(predicate::str::contains("stays done"));
    let out = json(dockerlings(&ws).args(["list", "--json"]));
    assert_eq!(out["exercises"][0]["done"], true);
    dockerlings(&ws)
        .args(["reset", "pin-bases", "--yes"])
        .assert()
        .success()
        .stdout(predicate::str::contains("stays done").not());
}

#[test]
fn the_pass_message_is_printed_once() {
    let (_dir, ws) = workspace();
    fs::copy(
        fixture().join("lessons/solutions/name-stages/Dockerfile"),
        ws.join("basics/name-stages/Dockerfile"),
    )
    .unwrap();
    let out = dockerlings(&ws).arg("verify").output().unwrap();
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert_eq!(stdout.matches("passes").count(), 1, "{stdout}");
}

#[test]
fn json_and_name_arguments_say_what_they_are() {
    let dir = tempfile::tempdir().unwrap();
    dockerlings(dir.path())
        .args(["verify", "--help"])
        .assert()
        .success()
        .stdout(predicate::str::contains("The exercise id"))
        .stdout(predicate::str::contains("--json").and(predicate::str::contains("JSON document")));
}

#[test]
fn check_all_reports_every_exercise() {
    let (_dir, ws) = workspace();
    let out = json(dockerlings(&ws).args(["check-all", "--json"]));
    assert_eq!(out["total"], 3);
    assert_eq!(out["passed"], 0);
    for id in ["name-stages", "pin-bases", "nonroot"] {
        fs::copy(
            fixture().join(format!("lessons/solutions/{id}/Dockerfile")),
            match id {
                "nonroot" => ws.join("users/nonroot/Dockerfile"),
                _ => ws.join(format!("basics/{id}/Dockerfile")),
            },
        )
        .unwrap();
    }
    dockerlings(&ws)
        .arg("check-all")
        .assert()
        .success()
        .stdout(predicate::str::contains("3 passed, 0 failed"));
}

#[test]
fn hints_come_one_at_a_time() {
    let (_dir, ws) = workspace();
    dockerlings(&ws)
        .arg("hint")
        .assert()
        .success()
        .stdout(predicate::str::contains("Hint 1/2"))
        .stdout(predicate::str::contains("Hint 2/2").not());
    dockerlings(&ws)
        .arg("hint")
        .assert()
        .success()
        .stdout(predicate::str::contains("Hint 2/2"));
    dockerlings(&ws)
        .args(["hint", "nonroot", "--all"])
        .assert()
        .success()
        .stdout(predicate::str::contains("Hint 1/2").and(predicate::str::contains("Hint 2/2")));
}

#[test]
fn reset_keeps_a_backup_and_asks_first() {
    let (_dir, ws) = workspace();
    let dockerfile = ws.join("users/nonroot/Dockerfile");
    fs::write(&dockerfile, "FROM busybox:1.36 AS mine\n").unwrap();
    // No terminal to ask on: nothing changes.
    dockerlings(&ws)
        .args(["reset", "nonroot"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("--yes"));
    assert_eq!(
        fs::read_to_string(&dockerfile).unwrap(),
        "FROM busybox:1.36 AS mine\n"
    );

    let out = dockerlings(&ws)
        .args(["reset", "nonroot", "--yes"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let stdout = String::from_utf8(out.stdout).unwrap();
    let backup = stdout
        .split("Your version is in ")
        .nth(1)
        .expect("names the backup")
        .trim();
    assert_eq!(
        fs::read_to_string(ws.join(backup).join("Dockerfile")).unwrap(),
        "FROM busybox:1.36 AS mine\n"
    );
    assert_eq!(
        fs::read_to_string(&dockerfile).unwrap(),
        fs::read_to_string(fixture().join("exercises/users/nonroot/Dockerfile")).unwrap()
    );
}

#[test]
fn solution_opens_after_a_pass_or_with_force() {
    let (_dir, ws) = workspace();
    dockerlings(&ws)
        .args(["solution", "nonroot"])
        .assert()
        .code(1)
        .stdout(predicate::str::contains("opens once the exercise passes"))
        .stdout(predicate::str::contains("USER 65532").not());
    dockerlings(&ws)
        .args(["solution", "nonroot", "--force"])
        .assert()
        .success()
        .stderr(predicate::str::contains("warning"))
        .stdout(predicate::str::contains("USER 65532"));
}

#[test]
fn next_moves_on_and_is_remembered() {
    let (_dir, ws) = workspace();
    // Not before the current exercise passes, as in watch mode; --force moves on anyway.
    dockerlings(&ws)
        .arg("next")
        .assert()
        .code(1)
        .stdout(predicate::str::contains("has not passed yet"))
        .stdout(predicate::str::contains("dockerlings next --force"));
    let out = json(dockerlings(&ws).args(["list", "--json"]));
    assert_eq!(out["current"], "name-stages");
    dockerlings(&ws)
        .args(["next", "--force"])
        .assert()
        .success()
        .stdout(predicate::str::contains("pin-bases"));
    let out = json(dockerlings(&ws).args(["list", "--json"]));
    assert_eq!(out["current"], "pin-bases");
    // From a subfolder too: the workspace is found upwards.
    dockerlings(&ws.join("basics"))
        .args(["verify", "--json"])
        .assert()
        .code(1)
        .stdout(predicate::str::contains("\"exercise\": \"pin-bases\""));
}

#[test]
fn explain_shows_the_stage_graph() {
    let (_dir, ws) = workspace();
    let out = json(dockerlings(&ws).args(["explain", "--json"]));
    assert_eq!(out["schema"], "dockerlings/v1");
    let stages = out["stages"].as_array().expect("stages");
    assert_eq!(stages.len(), 2);
    dockerlings(&ws)
        .args(["explain", "basics/name-stages/Dockerfile"])
        .assert()
        .success()
        .stdout(predicate::str::contains("busybox:1.36"));
}

#[test]
fn a_broken_course_names_file_and_line() {
    let dir = tempfile::tempdir().unwrap();
    let course = dir.path().join("course");
    copy_dir(&fixture(), &course);
    let lesson = course.join("lessons/users.yaml");
    let text = fs::read_to_string(&lesson).unwrap();
    fs::write(
        &lesson,
        text.replace("non_root_user: true", "non_root_usr: true"),
    )
    .unwrap();
    dockerlings(dir.path())
        .arg("--course")
        .arg(&course)
        .args(["init", "ws"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("lessons/users.yaml:14:"))
        .stderr(predicate::str::contains("non_root_usr"));
    assert!(!dir.path().join("ws").exists());
}

#[test]
fn no_color_means_no_escape_codes() {
    let (_dir, ws) = workspace();
    dockerlings(&ws)
        .args(["verify", "--color", "always"])
        .assert()
        .stdout(predicate::str::contains("\u{1b}["));
    dockerlings(&ws)
        .arg("verify")
        .assert()
        .stdout(predicate::str::contains("\u{1b}[").not());
}

#[test]
fn completions_are_printed_with_the_exercise_ids() {
    let dir = tempfile::tempdir().unwrap();
    for shell in ["bash", "zsh", "fish", "elvish", "powershell", "nushell"] {
        let out = dockerlings(dir.path())
            .arg("--course")
            .arg(fixture())
            .args(["completions", shell])
            .output()
            .unwrap();
        assert!(out.status.success(), "{shell}");
        let script = String::from_utf8(out.stdout).unwrap();
        assert!(script.contains("verify"), "{shell}: {script}");
        // Elvish's and PowerShell's scripts complete commands and flags only.
        let ids = ["bash", "zsh", "fish", "nushell"].contains(&shell);
        assert_eq!(script.contains("name-stages"), ids, "{shell}: {script}");
    }
    // The built-in course's ids by default.
    dockerlings(dir.path())
        .args(["completions", "bash"])
        .assert()
        .success()
        .stdout(predicate::str::contains("go-multistage"));
}

#[test]
fn watch_mode_needs_a_terminal() {
    let (_dir, ws) = workspace();
    dockerlings(&ws)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("check-all"));
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

#[test]
fn dev_new_scaffolds_a_course_that_loads() {
    let dir = tempfile::tempdir().unwrap();
    let course = dir.path().join("course");
    fs::create_dir(&course).unwrap();
    for args in [
        &["dev", "new", "web"][..],
        &["dev", "new", "web", "web-second"][..],
    ] {
        dockerlings(&course)
            .args(["--course", "."])
            .args(args)
            .assert()
            .success()
            .stdout(predicate::str::contains("dev check"));
    }
    dockerlings(&course)
        .args(["--course", ".", "dev", "new", "web", "web-second"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("already exists"));
    dockerlings(dir.path())
        .arg("--course")
        .arg(&course)
        .args(["init", "ws"])
        .assert()
        .success()
        .stdout(predicate::str::contains("2 exercises"));
    // The scaffold fails as shipped on what it says it teaches.
    let out = json(dockerlings(&dir.path().join("ws")).args(["verify", "--static-only", "--json"]));
    let stages = out["verdict"]["results"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["check"] == "stages")
        .expect("a stages result");
    assert_eq!(stages["status"], "fail");
}

#[test]
fn dev_new_adds_the_lesson_to_the_book_and_the_book_gets_a_page_per_exercise() {
    let dir = tempfile::tempdir().unwrap();
    let course = dir.path().join("course");
    let src = course.join("book/src");
    fs::create_dir_all(&src).unwrap();
    fs::write(
        src.join("SUMMARY.md"),
        "# Summary\n\n# Lessons\n\n# Reference\n\n- [Authoring](authoring.md)\n",
    )
    .unwrap();
    fs::write(src.join("authoring.md"), "# Authoring\n").unwrap();
    for args in [
        &["dev", "new", "web"][..],
        &["dev", "new", "web", "web-second"][..],
    ] {
        dockerlings(&course)
            .args(["--course", "."])
            .args(args)
            .assert()
            .success();
    }
    let chapter = fs::read_to_string(src.join("web.md")).unwrap();
    assert_eq!(chapter, "{{#include ../../lessons/web.md}}\n");
    let summary = fs::read_to_string(src.join("SUMMARY.md")).unwrap();
    assert!(
        summary.contains("# Lessons\n\n- [TODO the lesson title](web.md)\n\n# Reference\n"),
        "{summary}"
    );

    // mdBook asks, then sends [context, book]: the book comes back with the exercise pages.
    dockerlings(&course)
        .args(["book", "supports", "html"])
        .assert()
        .success();
    let input = serde_json::json!([
        {"root": course.join("book"), "config": {"book": {"src": "src"}}, "renderer": "html", "mdbook_version": "0.5.4"},
        {"items": [{"Chapter": {
            "name": "TODO the lesson title", "content": chapter, "number": [1], "sub_items": [],
            "path": "web.md", "source_path": "web.md", "parent_names": []
        }}]}
    ]);
    let out = dockerlings(&course)
        .arg("book")
        .write_stdin(input.to_string())
        .assert()
        .success();
    let book: serde_json::Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
    let pages: Vec<&str> = book["items"][0]["Chapter"]["sub_items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|page| page["Chapter"]["path"].as_str().unwrap())
        .collect();
    assert_eq!(pages, ["exercises/web-first.md", "exercises/web-second.md"]);
}
