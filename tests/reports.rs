//! Report files for graders and CI, through the real binary on the fixture course (static
//! checks; tests/engine_reports.rs has the engine's part): JUnit valid against the JUnit schema
//! CI systems use, SARIF valid against the SARIF 2.1.0 schema, JSON with the gradebook, and an
//! error document when the command cannot run.

#[path = "reports/schemas.rs"]
mod schemas;

use std::fs;
use std::path::{Path, PathBuf};

use assert_cmd::Command;
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

fn workspace() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    dockerlings(dir.path())
        .arg("--course")
        .arg(fixture())
        .args(["init", "ws"])
        .assert()
        .success();
    let ws = dir.path().join("ws");
    (dir, ws)
}

fn read_json(path: &Path) -> Value {
    serde_json::from_str(&fs::read_to_string(path).unwrap()).unwrap()
}

#[test]
fn check_all_writes_junit_and_json_reports_with_the_gradebook() {
    let (_dir, ws) = workspace();
    // A hint and an early look at a solution are what the gradebook records.
    dockerlings(&ws)
        .args(["hint", "name-stages"])
        .assert()
        .success();
    dockerlings(&ws)
        .args(["solution", "name-stages", "--force"])
        .assert()
        .success();
    let output = dockerlings(&ws)
        .args(["check-all", "--static-only"])
        .args(["--report", "junit=reports/dockerlings.xml"])
        .args(["--report", "json=reports/dockerlings.json"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    // The text still goes to the terminal.
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(stdout.contains("0 passed, 3 failed"), "{stdout}");

    let junit = ws.join("reports/dockerlings.xml");
    schemas::assert_valid_junit(&junit);
    let xml = fs::read_to_string(&junit).unwrap();
    assert_eq!(xml.matches("<testsuite ").count(), 3, "{xml}");
    assert!(
        xml.contains(r#"<testsuite name="name-stages" tests="3" failures="1""#),
        "{xml}"
    );
    assert!(
        xml.contains(r#"<testcase name="Build stages are named and referred to by name" classname="DL-STAGE-NAMED""#),
        "{xml}"
    );
    assert!(
        xml.contains(r#"message="basics/name-stages/Dockerfile:2: stage 0"#),
        "{xml}"
    );
    assert!(xml.contains("found:    FROM busybox:1.36\n"), "{xml}");
    for property in [
        r#"<property name="course.id" value="cli"/>"#,
        r#"<property name="engine.name" value="none"/>"#,
        r#"<property name="hints.shown" value="1"/>"#,
        r#"<property name="solution.viewed_before_pass" value="true"/>"#,
        r#"<property name="dockerlings.version" value=""#,
        r#"<property name="workspace.id" value=""#,
        r#"<property name="started_at" value="20"#,
    ] {
        assert!(xml.contains(property), "{property} in\n{xml}");
    }

    let json = read_json(&ws.join("reports/dockerlings.json"));
    assert_eq!(json["schema"], "dockerlings/v1");
    assert_eq!(json["total"], 3);
    let gradebook = &json["gradebook"];
    assert_eq!(gradebook["course"]["id"], "cli");
    assert_eq!(gradebook["course"]["version"].as_str().unwrap().len(), 16);
    assert_eq!(gradebook["engine"], Value::Null);
    assert!(gradebook["started_at"].as_str().unwrap().ends_with('Z'));
    assert!(
        gradebook["workspace_id"]
            .as_str()
            .is_some_and(|id| !id.is_empty())
    );
    let first = &gradebook["exercises"][0];
    assert_eq!(first["exercise"], "name-stages");
    assert_eq!(first["hints_shown"], 1);
    assert_eq!(first["solution_viewed_before_pass"], true);
    assert_eq!(
        gradebook["exercises"][1]["solution_viewed_before_pass"],
        false
    );
    let result = &json["verdicts"][0]["results"][1];
    assert_eq!(result["code"], "DL-STAGE-NAMED");
    assert!(result["seconds"].as_f64().is_some(), "{result}");
}

#[test]
fn verify_json_on_stdout_and_in_a_file_are_the_same_document() {
    let (_dir, ws) = workspace();
    let output = dockerlings(&ws)
        .args(["verify", "pin-bases", "--static-only", "--json"])
        .args(["--report", "json=v.json", "--report", "junit=v.xml"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let printed: Value = serde_json::from_slice(&output.stdout).unwrap();
    let written = read_json(&ws.join("v.json"));
    assert_eq!(printed, written);
    assert_eq!(
        written["gradebook"]["exercises"][0]["exercise"],
        "pin-bases"
    );
    schemas::assert_valid_junit(&ws.join("v.xml"));
}

#[test]
fn a_command_that_cannot_run_still_answers_in_json_and_in_its_reports() {
    let dir = tempfile::tempdir().unwrap();
    let output = dockerlings(dir.path())
        .args([
            "verify",
            "--json",
            "--report",
            "json=r.json",
            "--report",
            "junit=r.xml",
        ])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    let printed: Value = serde_json::from_slice(&output.stdout)
        .unwrap_or_else(|err| panic!("{err}: {}", String::from_utf8_lossy(&output.stdout)));
    assert_eq!(printed["schema"], "dockerlings/v1");
    assert_eq!(printed["error"]["kind"], "usage");
    assert_eq!(printed["error"]["exit_code"], 2);
    assert!(
        printed["error"]["message"]
            .as_str()
            .unwrap()
            .contains("not inside a dockerlings workspace"),
        "{printed}"
    );
    assert_eq!(read_json(&dir.path().join("r.json")), printed);
    schemas::assert_valid_junit(&dir.path().join("r.xml"));
    let xml = fs::read_to_string(dir.path().join("r.xml")).unwrap();
    assert!(xml.contains("<error "), "{xml}");
}

#[test]
fn a_mistyped_flag_under_json_is_a_json_error_too() {
    let dir = tempfile::tempdir().unwrap();
    let output = dockerlings(dir.path())
        .args(["check-all", "--json", "--jbos", "2"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    let printed: Value = serde_json::from_slice(&output.stdout)
        .unwrap_or_else(|err| panic!("{err}: {}", String::from_utf8_lossy(&output.stdout)));
    assert_eq!(printed["error"]["kind"], "usage");
    assert!(
        printed["error"]["message"]
            .as_str()
            .unwrap()
            .contains("--jbos"),
        "{printed}"
    );
    // Help is not an error: it prints as usual.
    let help = dockerlings(dir.path())
        .args(["check-all", "--json", "--help"])
        .output()
        .unwrap();
    assert!(help.status.success());
    assert!(String::from_utf8_lossy(&help.stdout).contains("Usage:"));
}

#[test]
fn a_report_format_the_command_cannot_write_is_a_usage_error() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("Dockerfile"), "FROM alpine:3.20\n").unwrap();
    dockerlings(dir.path())
        .args(["explain", "Dockerfile", "--report", "junit=x.xml"])
        .assert()
        .code(2)
        .stderr(predicates::str::contains(
            "`explain` cannot write a junit report; it writes sarif or json",
        ));
    dockerlings(dir.path())
        .args(["explain", "Dockerfile", "--report", "yaml=x"])
        .assert()
        .code(2)
        .stderr(predicates::str::contains("`yaml` is not a report format"));
    assert!(!dir.path().join("x.xml").exists());
}

const PROJECT: &str = "FROM golang AS build\n\
                       RUN go build -o /app .\n\
                       # dockerlings ignore=DL-PINNED-BASE\n\
                       FROM alpine\n\
                       COPY --from=build /app /app\n\
                       CMD /app\n";

#[test]
fn explain_writes_sarif_that_validates_with_rule_ids_and_lines() {
    let dir = tempfile::tempdir().unwrap();
    fs::create_dir(dir.path().join("app")).unwrap();
    fs::write(dir.path().join("app/Dockerfile"), PROJECT).unwrap();
    let output = dockerlings(dir.path())
        .args(["explain", "app/Dockerfile", "--format", "sarif"])
        .args(["--report", "sarif=out.sarif"])
        .output()
        .unwrap();
    assert!(output.status.success());
    let printed: Value = serde_json::from_slice(&output.stdout).unwrap();
    let written = read_json(&dir.path().join("out.sarif"));
    assert_eq!(printed, written);
    schemas::assert_valid_sarif(&written);
    let run = &written["runs"][0];
    let results: Vec<(String, u64, bool)> = run["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            (
                r["ruleId"].as_str().unwrap().to_string(),
                r["locations"][0]["physicalLocation"]["region"]["startLine"]
                    .as_u64()
                    .unwrap(),
                r.get("suppressions").is_some(),
            )
        })
        .collect();
    // Line 1's golang is untagged; line 4's alpine is too, but the pragma above silences it.
    assert_eq!(
        results,
        vec![
            ("DL-PINNED-BASE".to_string(), 1, false),
            ("DL-EXEC-FORM".to_string(), 6, false),
            ("DL-NON-ROOT-USER".to_string(), 4, false),
            ("DL-PINNED-BASE".to_string(), 4, true),
        ]
    );
    assert_eq!(
        run["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
        "app/Dockerfile"
    );
    let rules: Vec<&str> = run["tool"]["driver"]["rules"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["id"].as_str().unwrap())
        .collect();
    assert!(
        rules.contains(&"DL-PARSE") && rules.contains(&"DL-STAGE-NAMED"),
        "{rules:?}"
    );
}

#[test]
fn the_schemas_tell_a_broken_report_from_a_good_one() {
    let dir = tempfile::tempdir().unwrap();
    let broken = dir.path().join("broken.xml");
    // A testsuite without its required `tests`, `failures` and `errors` counts.
    fs::write(
        &broken,
        "<testsuites><testsuite name=\"x\"><testcase name=\"y\"/></testsuite></testsuites>\n",
    )
    .unwrap();
    assert!(schemas::junit_errors(&broken).is_err());
    let log = serde_json::json!({ "version": "2.1.0", "runs": [{ "tool": { "driver": {} } }] });
    assert!(
        !schemas::sarif_errors(&log).is_empty(),
        "a driver needs a name"
    );
}

#[test]
fn a_sarif_log_of_a_fully_silenced_finding_records_the_suppression() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(
        dir.path().join("Dockerfile"),
        "# dockerlings ignore=DL-PINNED-BASE,DL-NON-ROOT-USER\nFROM alpine\nCMD [\"/app\"]\n",
    )
    .unwrap();
    let log: Value = serde_json::from_slice(
        &dockerlings(dir.path())
            .args(["explain", "Dockerfile", "--format", "sarif"])
            .output()
            .unwrap()
            .stdout,
    )
    .unwrap();
    schemas::assert_valid_sarif(&log);
    let results = log["runs"][0]["results"].as_array().unwrap();
    assert_eq!(results.len(), 2, "{log:#}");
    assert!(
        results
            .iter()
            .all(|r| r["suppressions"][0]["kind"] == "inSource")
    );
}

#[test]
fn pragmas_count_in_a_learners_own_project_and_not_in_an_exercise() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("Dockerfile"), PROJECT).unwrap();
    let own: Value = serde_json::from_slice(
        &dockerlings(dir.path())
            .args(["explain", "Dockerfile", "--json"])
            .output()
            .unwrap()
            .stdout,
    )
    .unwrap();
    assert_eq!(own["silenced"][0]["code"], "DL-PINNED-BASE");
    assert_eq!(own["silenced"][0]["line"], 4);
    let pinned = own["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["code"] == "DL-PINNED-BASE")
        .unwrap();
    assert_eq!(pinned["location"]["line"], 1);

    // In a workspace the same text is graded as written: nothing is silenced.
    let (_ws_dir, ws) = workspace();
    fs::write(ws.join("basics/pin-bases/Dockerfile"), PROJECT).unwrap();
    let text = dockerlings(&ws)
        .args(["explain", "basics/pin-bases/Dockerfile"])
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&text.stdout);
    assert!(
        text.contains("is a course exercise: `# dockerlings ignore=` is not honoured"),
        "{text}"
    );
    assert!(!text.contains("silenced"), "{text}");
    let verdict: Value = serde_json::from_slice(
        &dockerlings(&ws)
            .args(["verify", "pin-bases", "--static-only", "--json"])
            .output()
            .unwrap()
            .stdout,
    )
    .unwrap();
    let pinned = verdict["verdict"]["results"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["code"] == "DL-PINNED-BASE")
        .unwrap();
    assert_eq!(pinned["status"], "fail");
    assert!(pinned["details"].to_string().contains("line 4"), "{pinned}");
}

#[test]
fn quiet_prints_only_what_fails_and_text_wraps_to_the_width() {
    let (_dir, ws) = workspace();
    let solution = fixture().join("lessons/solutions/pin-bases/Dockerfile");
    fs::copy(solution, ws.join("basics/pin-bases/Dockerfile")).unwrap();
    let output = dockerlings(&ws)
        .args(["check-all", "--static-only", "--quiet"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let text = String::from_utf8_lossy(&output.stdout);
    assert!(
        text.contains("✗ name-stages") && text.contains("✗ nonroot"),
        "{text}"
    );
    assert!(!text.contains("pin-bases"), "{text}");
    dockerlings(&ws)
        .args(["verify", "pin-bases", "--static-only", "-q"])
        .assert()
        .code(0)
        .stdout("");
    let output = dockerlings(&ws)
        .env("COLUMNS", "50")
        .args(["verify", "nonroot", "--static-only", "-q"])
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&output.stdout);
    assert!(text.contains("Not yet: `nonroot`"), "{text}");
    assert!(!text.contains("✓"), "{text}");
    // Every line but the title (which holds the location) fits; words are whole.
    for line in text.lines().filter(|l| !l.starts_with('✗')) {
        assert!(line.chars().count() <= 50, "{line:?} in\n{text}");
    }
    let joined = text.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        joined.contains("why: If the app is compromised, root inside the container"),
        "{text}"
    );
}

#[test]
fn no_engine_is_its_own_kind_of_error_in_the_document() {
    let dir = tempfile::tempdir().unwrap();
    let socket = dir.path().join("no-engine.sock");
    let output = dockerlings(dir.path())
        .arg("--course")
        .arg(fixture())
        .arg("--host")
        .arg(format!("unix://{}", socket.display()))
        .args(["dev", "check", "--json", "--report", "junit=dev.xml"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(3));
    let printed: Value = serde_json::from_slice(&output.stdout)
        .unwrap_or_else(|err| panic!("{err}: {}", String::from_utf8_lossy(&output.stdout)));
    assert_eq!(printed["error"]["kind"], "engine");
    assert_eq!(printed["error"]["exit_code"], 3);
    schemas::assert_valid_junit(&dir.path().join("dev.xml"));
}
