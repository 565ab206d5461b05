//! A stand-in class server on 127.0.0.1 that records every request: it can be up, down (no
//! listener: connections are refused), lose answers (reads a request, stores it, closes
//! without answering) or hang (reads a request and never answers).

use std::collections::BTreeMap;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::Duration;

use serde_json::{Value, json};

pub const CODE: &str = "HJK-42";
pub const TOKEN: &str = "learner-token-1";

#[derive(Debug, Clone)]
pub struct Request {
    pub path: String,
    pub auth: Option<String>,
    pub body: Value,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Up,
    /// The next event batches this many times: stored, but the answer is lost.
    LoseAnswers(usize),
    /// Reads a request, records it, and never answers.
    Hang,
}

struct Shared {
    requests: Mutex<Vec<Request>>,
    mode: Mutex<Mode>,
}

pub struct Fake {
    pub port: u16,
    shared: Arc<Shared>,
    stop: Option<Arc<AtomicBool>>,
}

impl Fake {
    pub fn start() -> Fake {
        let port = {
            let listener = TcpListener::bind("127.0.0.1:0").unwrap();
            listener.local_addr().unwrap().port()
        };
        let mut fake = Fake {
            port,
            shared: Arc::new(Shared {
                requests: Mutex::new(Vec::new()),
                mode: Mutex::new(Mode::Up),
            }),
            stop: None,
        };
        fake.up();
        fake
    }

    pub fn url(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }

    pub fn set(&self, mode: Mode) {
        *self.shared.mode.lock().unwrap() = mode;
    }

    /// Listens again on the same port, as a restarted server does.
    pub fn up(&mut self) {
        assert!(self.stop.is_none(), "already up");
        let listener = TcpListener::bind(("127.0.0.1", self.port)).unwrap();
        listener.set_nonblocking(true).unwrap();
        let stop = Arc::new(AtomicBool::new(false));
        let shared = self.shared.clone();
        let stopped = stop.clone();
        thread::spawn(move || {
            while !stopped.load(Ordering::Relaxed) {
                match listener.accept() {
                    Ok((stream, _)) => {
                        let shared = shared.clone();
                        thread::spawn(move || serve(stream, &shared));
                    }
                    Err(_) => thread::sleep(Duration::from_millis(5)),
                }
            }
        });
        self.stop = Some(stop);
    }

    /// Stops listening: connections are refused until `up`.
    pub fn down(&mut self) {
        if let Some(stop) = self.stop.take() {
            stop.store(true, Ordering::Relaxed);
            // The accept loop notices within its pause; the port is then free.
            thread::sleep(Duration::from_millis(50));
        }
    }

    pub fn requests(&self) -> Vec<Request> {
        self.shared.requests.lock().unwrap().clone()
    }

    /// How often each event id arrived.
    pub fn event_ids(&self) -> BTreeMap<String, usize> {
        let mut ids = BTreeMap::new();
        for request in self.requests() {
            if request.path != "/api/events" {
                continue;
            }
            for event in request.body["events"].as_array().unwrap() {
                *ids.entry(event["id"].as_str().unwrap().to_string())
                    .or_insert(0) += 1;
            }
        }
        ids
    }

    /// Every event stored, once each, in the order first received.
    pub fn events(&self) -> Vec<Value> {
        let mut seen = std::collections::BTreeSet::new();
        let mut events = Vec::new();
        for request in self.requests() {
            if request.path != "/api/events" {
                continue;
            }
            for event in request.body["events"].as_array().unwrap() {
                if seen.insert(event["id"].as_str().unwrap().to_string()) {
                    events.push(event.clone());
                }
            }
        }
        events
    }
}

impl Drop for Fake {
    fn drop(&mut self) {
        self.down();
    }
}

fn serve(stream: TcpStream, shared: &Shared) {
    stream.set_nonblocking(false).unwrap();
    let mut reader = BufReader::new(stream.try_clone().unwrap());
    let mut line = String::new();
    if reader.read_line(&mut line).unwrap_or(0) == 0 {
        return;
    }
    let path = line.split_whitespace().nth(1).unwrap_or("").to_string();
    let mut length = 0;
    let mut auth = None;
    loop {
        let mut header = String::new();
        if reader.read_line(&mut header).unwrap_or(0) == 0 {
            return;
        }
        let header = header.trim_end();
        if header.is_empty() {
            break;
        }
        let (name, value) = header.split_once(':').unwrap();
        match name.to_ascii_lowercase().as_str() {
            "content-length" => length = value.trim().parse().unwrap(),
            "authorization" => auth = Some(value.trim().to_string()),
            _ => {}
        }
    }
    let mut body = vec![0u8; length];
    reader.read_exact(&mut body).unwrap();
    let body: Value = serde_json::from_slice(&body).unwrap_or(Value::Null);
    let mode = *shared.mode.lock().unwrap();
    let (status, answer) = match path.as_str() {
        "/api/join" if body["code"] == CODE => (
            200,
            json!({"learner_id": "L1", "learner_token": TOKEN, "class_name": "Room 1"}),
        ),
        "/api/join" => (403, json!({"error": "unknown join code"})),
        _ if auth.as_deref() != Some(&format!("Bearer {TOKEN}")) => {
            (401, json!({"error": "no learner token"}))
        }
        "/api/events" => {
            let stored = body["events"].as_array().map_or(0, Vec::len);
            (200, json!({ "stored": stored }))
        }
        "/api/leave" => (204, Value::Null),
        _ => (404, json!({"error": "no such path"})),
    };
    shared.requests.lock().unwrap().push(Request {
        path: path.clone(),
        auth,
        body,
    });
    if mode == Mode::Hang {
        thread::sleep(Duration::from_secs(60));
        return;
    }
    if path == "/api/events"
        && let Mode::LoseAnswers(n) = mode
    {
        *shared.mode.lock().unwrap() = match n {
            0 | 1 => Mode::Up,
            n => Mode::LoseAnswers(n - 1),
        };
        return;
    }
    let text = match answer {
        Value::Null => String::new(),
        answer => answer.to_string(),
    };
    let mut stream = stream;
    let _ = write!(
        stream,
        "HTTP/1.1 {status} X\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{text}",
        text.len()
    );
}
