//! Reports of runs on the engine: the gradebook names the engine and its image store, each
//! check its time, and the JUnit files still validate (tests/reports.rs has the static part).

#[path = "reports/schemas.rs"]
mod schemas;
#[path = "engine/support.rs"]
mod support;

use std::fs;
use std::process::Command;

use serde_json::Value;
use support::{BIN, Workspace, course_dir};

#[test]
fn verify_on_the_engine_reports_the_engine_and_the_time_of_each_check() {
    let ws = Workspace::new();
    ws.solve("build");
    let output = ws
        .command(&[
            "verify",
            "build",
            "--report",
            "junit=r.xml",
            "--report",
            "json=r.json",
        ])
        .output()
        .unwrap();
    assert_eq!(
        output.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let junit = ws.root().join("r.xml");
    schemas::assert_valid_junit(&junit);
    let xml = fs::read_to_string(&junit).unwrap();
    assert!(xml.contains(r#"classname="DL-BUILD" time=""#), "{xml}");
    assert!(
        xml.contains(r#"<property name="engine.image_store" value=""#),
        "{xml}"
    );
    assert!(
        !xml.contains(r#"<property name="engine.name" value="none"/>"#),
        "{xml}"
    );
    let json: Value =
        serde_json::from_str(&fs::read_to_string(ws.root().join("r.json")).unwrap()).unwrap();
    let engine = &json["gradebook"]["engine"];
    assert!(
        engine["version"].as_str().is_some_and(|v| !v.is_empty()),
        "{engine}"
    );
    assert!(
        engine["image_store"]
            .as_str()
            .is_some_and(|v| !v.is_empty()),
        "{engine}"
    );
    let build = json["verdict"]["results"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["code"] == "DL-BUILD")
        .unwrap();
    // A build takes more than nothing.
    assert!(build["seconds"].as_f64().unwrap() > 0.001, "{build}");
}

#[test]
fn dev_check_writes_a_junit_report_per_exercise() {
    support::require_engine();
    let dir = tempfile::tempdir().unwrap();
    let report = dir.path().join("dev.xml");
    let output = Command::new(BIN)
        .arg("--course")
        .arg(course_dir())
        .args(["dev", "check", "build", "--no-attempts", "--report"])
        .arg(format!("junit={}", report.display()))
        .output()
        .unwrap();
    assert_eq!(
        output.status.code(),
        Some(0),
        "{}\n{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    schemas::assert_valid_junit(&report);
    let xml = fs::read_to_string(&report).unwrap();
    assert!(
        xml.contains(r#"<testsuite name="build" tests="2" failures="0""#),
        "{xml}"
    );
    assert!(xml.contains(r#"classname="dev.shipped""#), "{xml}");
    assert!(xml.contains(r#"classname="dev.solution""#), "{xml}");
    // With --quiet, an exercise that is fine prints nothing.
    let quiet = Command::new(BIN)
        .arg("--course")
        .arg(course_dir())
        .args(["dev", "check", "build", "--no-attempts", "--quiet"])
        .output()
        .unwrap();
    assert_eq!(quiet.status.code(), Some(0));
    assert_eq!(String::from_utf8_lossy(&quiet.stdout), "");
}
