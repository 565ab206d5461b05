//! A workshop end to end with the real binary on both sides: `classroom serve` on loopback
//! (SQLite in a temp folder), a workspace made with `dockerlings init` in another, `classroom
//! join`, then `hint`, `solution` and `verify --static-only`: the instructor's /api/class shows
//! them. Static checks only, so no engine is needed.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::Path;
use std::process::{Child, Command as Process, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use assert_cmd::Command;
use predicates::prelude::*;
use serde_json::Value;

use super::{fixture, workspace};

const PATIENCE: Duration = Duration::from_secs(30);

/// The learner's commands, with the server's patience.
fn dockerlings(dir: &Path) -> Command {
    let mut cmd = super::dockerlings(dir);
    cmd.timeout(PATIENCE);
    cmd
}

/// The server process, killed when dropped.
struct Serve {
    child: Child,
    url: String,
    code: String,
    token: String,
}

impl Drop for Serve {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn serve(data: &Path) -> Serve {
    let mut child = Process::new(assert_cmd::cargo::cargo_bin("dockerlings"))
        .current_dir(data)
        .env("NO_COLOR", "1")
        .env("XDG_DATA_HOME", data)
        .env("HOME", data)
        .arg("--course")
        .arg(fixture())
        .args([
            "classroom",
            "serve",
            "--bind",
            "127.0.0.1:0",
            "--name",
            "Room 2",
        ])
        .arg("--db")
        .arg(data.join("class.db"))
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .unwrap();
    let stdout = child.stdout.take().unwrap();
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines().map_while(Result::ok) {
            let _ = tx.send(line);
        }
    });
    let mut printed = Vec::new();
    let (mut join, mut token) = (None, None);
    let until = Instant::now() + PATIENCE;
    while join.is_none() || token.is_none() {
        let left = until.saturating_duration_since(Instant::now());
        let Ok(line) = rx.recv_timeout(left) else {
            let _ = child.kill();
            panic!("`classroom serve` did not print its join line and token: {printed:#?}");
        };
        if let Some(rest) = line.split("classroom join ").nth(1) {
            join = Some(rest.trim().to_string());
        }
        if let Some(rest) = line.strip_prefix("Instructor token:") {
            token = rest.split_whitespace().next().map(str::to_string);
        }
        printed.push(line);
    }
    let join = join.unwrap();
    let (url, code) = join.split_once(' ').expect("URL CODE");
    Serve {
        child,
        url: url.to_string(),
        code: code.trim().to_string(),
        token: token.unwrap(),
    }
}

/// `GET path` with the bearer token: the status and the JSON body.
fn get(url: &str, path: &str, token: &str) -> (u16, Value) {
    let authority = url.trim_start_matches("http://").trim_end_matches('/');
    let mut stream = TcpStream::connect(authority).unwrap();
    stream.set_read_timeout(Some(PATIENCE)).unwrap();
    write!(
        stream,
        "GET {path} HTTP/1.1\r\nHost: {authority}\r\nAuthorization: Bearer {token}\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
    let mut answer = Vec::new();
    stream.read_to_end(&mut answer).unwrap();
    let text = String::from_utf8_lossy(&answer).into_owned();
    let (head, body) = text.split_once("\r\n\r\n").unwrap();
    let status = head.split_whitespace().nth(1).unwrap().parse().unwrap();
    assert!(
        !head
            .to_ascii_lowercase()
            .contains("transfer-encoding: chunked"),
        "{head}"
    );
    (status, serde_json::from_str(body).unwrap_or(Value::Null))
}

/// The learner's cell on `exercise` in the grid.
fn cell<'a>(class: &'a Value, name: &str, exercise: &str) -> &'a Value {
    let column = class["exercises"]
        .as_array()
        .unwrap()
        .iter()
        .position(|c| c["id"] == exercise)
        .unwrap_or_else(|| panic!("no column {exercise}: {class:#}"));
    let row = class["learners"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["name"] == name)
        .unwrap_or_else(|| panic!("no learner {name}: {class:#}"));
    &row["cells"][column]
}

#[test]
fn a_learner_joins_a_real_class_server_and_the_instructor_sees_their_hints_and_failures() {
    let data = tempfile::tempdir().unwrap();
    let server = serve(data.path());
    let (_dir, ws) = workspace();
    dockerlings(&ws)
        .args([
            "classroom",
            "join",
            &server.url,
            "WRONG-CODE",
            "--name",
            "Ann",
        ])
        .assert()
        .failure()
        .stderr(predicate::str::contains("did not accept the code"));
    dockerlings(&ws)
        .args([
            "classroom",
            "join",
            &server.url,
            &server.code,
            "--name",
            "Ann",
        ])
        .assert()
        .success()
        .stdout(predicate::str::contains("Joined the class `Room 2`"));
    dockerlings(&ws).arg("hint").assert().success();
    dockerlings(&ws)
        .args(["solution", "name-stages", "--force"])
        .assert()
        .success();
    dockerlings(&ws)
        .args(["verify", "--static-only"])
        .assert()
        .code(1);
    dockerlings(&ws)
        .args(["classroom", "status"])
        .assert()
        .success()
        .stdout(predicate::str::contains("Events waiting to be sent: 0"));

    let (status, _) = get(&server.url, "/api/class", "not-the-token");
    assert!(
        matches!(status, 401 | 403),
        "the grid needs the instructor token: {status}"
    );
    let (status, class) = get(&server.url, "/api/class", &server.token);
    assert_eq!(status, 200, "{class}");
    let cell = cell(&class, "Ann", "name-stages");
    assert_eq!(cell["hints"], 1, "{cell:#}");
    assert_eq!(cell["solution"], true, "{cell:#}");
    assert_eq!(cell["state"], "failing", "{cell:#}");
    assert_eq!(cell["check"]["code"], "DL-STAGE-NAMED", "{cell:#}");

    // After leaving, the server shows it and nothing more arrives.
    let events = class["events"].as_i64().unwrap();
    dockerlings(&ws)
        .args(["classroom", "leave"])
        .assert()
        .success()
        .stderr(predicate::str::is_empty());
    dockerlings(&ws).arg("hint").assert().success();
    let (_, class) = get(&server.url, "/api/class", &server.token);
    assert_eq!(class["events"].as_i64().unwrap(), events);
    let row = class["learners"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["name"] == "Ann")
        .unwrap();
    assert_eq!(row["left"], true, "{row:#}");
}
