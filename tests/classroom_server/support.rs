//! The real `classroom serve` in a child process, and a small blocking HTTP/1.1 client.

#![allow(dead_code)]

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdout, Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::{Value, json};

pub const BIN: &str = env!("CARGO_BIN_EXE_dockerlings");

/// A class server process; killed (SIGKILL) when dropped.
pub struct Served {
    pub child: Child,
    pub addr: String,
    pub code: String,
    /// `None` when the server could not show it (another machine made the class).
    pub token: Option<String>,
    pub out: Vec<String>,
    _stdout: BufReader<ChildStdout>,
}

impl Drop for Served {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Starts `dockerlings classroom serve` on a free loopback port with this store, its data
/// folder under `data`, and waits for what it prints.
pub fn serve(data: &Path, db: &str, extra: &[&str]) -> Served {
    let mut child = Command::new(BIN)
        .args(["classroom", "serve", "--bind", "127.0.0.1:0", "--db", db])
        .args(extra)
        .env("XDG_DATA_HOME", data)
        .env("HOME", data)
        .env("NO_COLOR", "1")
        .env_remove("DOCKERLINGS_COURSE")
        .env_remove("DOCKERLINGS_CLASSROOM_DB")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .expect("dockerlings runs");
    let mut stdout = BufReader::new(child.stdout.take().unwrap());
    let mut out = Vec::new();
    loop {
        let mut line = String::new();
        let n = stdout.read_line(&mut line).unwrap();
        assert!(
            n > 0,
            "classroom serve ended before it was ready; it printed:\n{}",
            out.join("")
        );
        let done = line.starts_with("Projector:");
        out.push(line);
        if done {
            break;
        }
    }
    let field = |prefix: &str| -> String {
        let line = out
            .iter()
            .find(|l| l.starts_with(prefix))
            .unwrap_or_else(|| panic!("no `{prefix}` line in:\n{}", out.join("")));
        line[prefix.len()..]
            .split_whitespace()
            .next()
            .unwrap()
            .to_string()
    };
    let listening = field("Listening on");
    let addr = listening.trim_end_matches(':').to_string();
    let code = field("Join code:");
    let token = field("Instructor token:");
    let token = token.starts_with("di_").then_some(token);
    Served {
        child,
        addr,
        code,
        token,
        out,
        _stdout: stdout,
    }
}

impl Served {
    pub fn token(&self) -> &str {
        self.token
            .as_deref()
            .expect("the server printed its instructor token")
    }

    pub fn kill(&mut self) {
        self.child.kill().unwrap();
        self.child.wait().unwrap();
    }

    pub fn get(&self, path: &str, token: Option<&str>) -> Answer {
        request(&self.addr, "GET", path, token, None)
    }

    pub fn post(&self, path: &str, token: Option<&str>, body: &Value) -> Answer {
        request(
            &self.addr,
            "POST",
            path,
            token,
            Some(body.to_string().as_bytes()),
        )
    }

    /// Joins as a new learner: their token.
    pub fn join(&self, name: &str, workspace: &str) -> String {
        let answer = self.post("/api/join", None, &join_body(&self.code, name, workspace));
        assert_eq!(answer.status, 200, "join: {}", answer.body);
        answer.json()["learner_token"].as_str().unwrap().to_string()
    }

    /// The instructor's view of the class.
    pub fn class(&self, token: &str) -> Value {
        let answer = self.get("/api/class", Some(token));
        assert_eq!(answer.status, 200, "/api/class: {}", answer.body);
        answer.json()
    }
}

pub fn join_body(code: &str, name: &str, workspace: &str) -> Value {
    json!({
        "code": code,
        "name": name,
        "workspace_id": workspace,
        "course_id": "builtin",
        "course_version": "test",
    })
}

#[derive(Debug)]
pub struct Answer {
    pub status: u16,
    pub headers: String,
    pub body: String,
}

impl Answer {
    pub fn json(&self) -> Value {
        serde_json::from_str(&self.body)
            .unwrap_or_else(|err| panic!("not JSON ({err}): {}", self.body))
    }

    /// The ApiError's message, checking that the answer is one.
    pub fn error(&self) -> String {
        self.json()["error"]
            .as_str()
            .unwrap_or_else(|| panic!("not an ApiError: {}", self.body))
            .to_string()
    }
}

/// One request on its own connection; the whole answer.
pub fn request(
    addr: &str,
    method: &str,
    path: &str,
    token: Option<&str>,
    body: Option<&[u8]>,
) -> Answer {
    try_request(addr, method, path, token, body)
        .unwrap_or_else(|err| panic!("{method} {path} on {addr}: {err}"))
}

pub fn try_request(
    addr: &str,
    method: &str,
    path: &str,
    token: Option<&str>,
    body: Option<&[u8]>,
) -> std::io::Result<Answer> {
    try_request_with(addr, method, path, token, body, &[])
}

/// [`try_request`] with more headers.
pub fn try_request_with(
    addr: &str,
    method: &str,
    path: &str,
    token: Option<&str>,
    body: Option<&[u8]>,
    headers: &[(&str, &str)],
) -> std::io::Result<Answer> {
    let mut stream = TcpStream::connect(addr)?;
    stream.set_read_timeout(Some(Duration::from_secs(30)))?;
    let mut head = format!("{method} {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n");
    for (name, value) in headers {
        head.push_str(&format!("{name}: {value}\r\n"));
    }
    if let Some(token) = token {
        head.push_str(&format!("Authorization: Bearer {token}\r\n"));
    }
    let body = body.unwrap_or_default();
    if method == "POST" {
        head.push_str(&format!(
            "Content-Type: application/json\r\nContent-Length: {}\r\n",
            body.len()
        ));
    }
    head.push_str("\r\n");
    stream.write_all(head.as_bytes())?;
    // A server may answer (413) and close before reading a big body.
    let _ = stream.write_all(body);
    let mut raw = Vec::new();
    stream.read_to_end(&mut raw)?;
    let text = String::from_utf8_lossy(&raw).to_string();
    let (headers, body) = text
        .split_once("\r\n\r\n")
        .ok_or_else(|| std::io::Error::other(format!("no HTTP answer: {text:?}")))?;
    let status = headers
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .ok_or_else(|| std::io::Error::other(format!("no status: {headers:?}")))?;
    let body = match headers
        .to_ascii_lowercase()
        .contains("transfer-encoding: chunked")
    {
        true => dechunk(body),
        false => body.to_string(),
    };
    Ok(Answer {
        status,
        headers: headers.to_string(),
        body,
    })
}

fn dechunk(mut text: &str) -> String {
    let mut out = String::new();
    while let Some((size, rest)) = text.split_once("\r\n") {
        let Ok(size) = usize::from_str_radix(size.trim(), 16) else {
            break;
        };
        if size == 0 || rest.len() < size {
            break;
        }
        out.push_str(&rest[..size]);
        text = rest[size..].trim_start_matches("\r\n");
    }
    out
}

/// `n` events on `exercise` with ids `{prefix}-0…`: started, then failing, passing last.
pub fn events(prefix: &str, exercise: &str, n: usize) -> Value {
    let events: Vec<Value> = (0..n)
        .map(|i| {
            let mut event = json!({
                "id": format!("{prefix}-{i}"),
                "at_ms": 1_700_000_000_000u64 + i as u64,
                "exercise": exercise,
            });
            let what = match i {
                0 => json!({"kind": "started"}),
                i if i + 1 == n && n > 2 => json!({"kind": "passed", "seconds": 30}),
                _ => json!({"kind": "failed", "failing": [{"code": "DL-STAGE-NAMED", "title": "Stages are named"}]}),
            };
            event.as_object_mut().unwrap().extend(what.as_object().unwrap().clone());
            event
        })
        .collect();
    json!({ "events": events })
}

/// Waits until `check` holds, polling; panics with `what` after `limit`.
pub fn eventually(limit: Duration, what: &str, mut check: impl FnMut() -> bool) {
    let start = Instant::now();
    while !check() {
        assert!(start.elapsed() < limit, "not within {limit:?}: {what}");
        std::thread::sleep(Duration::from_millis(100));
    }
}

pub fn temp() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().to_path_buf();
    (dir, path)
}
