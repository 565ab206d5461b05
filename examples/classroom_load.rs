//! Load for the class server (scripts/bench-classroom.sh runs it): simulated learners on
//! loopback, each joining and then posting its events as the real client does (one JSON
//! request per connection, a batch sent again until acknowledged), at a workshop's pace with
//! bursts; an instructor's dashboard stream open throughout. Prints the latencies of the event
//! posts and compares the events acknowledged with the events the server stored.
//!
//!   cargo run --release --example classroom_load -- URL CODE INSTRUCTOR_TOKEN
//!       [--learners 300] [--seconds 60] [--gap 5-20]

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use bytes::Bytes;
use http_body_util::{BodyExt, Full};
use hyper::Request;
use hyper_util::rt::TokioIo;
use serde_json::{Value, json};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;
use tokio::sync::Mutex;

const EXERCISES: &[&str] = &[
    "go-single",
    "go-multistage",
    "go-modules",
    "go-cleanup",
    "name-stages",
    "pin-versions",
    "copy-last",
    "test-target",
];
const CHECKS: &[(&str, &str)] = &[
    ("DL-STAGE-NAMED", "Every stage has a name"),
    ("DL-PINNED-BASE", "Base images are pinned"),
    ("DL-EXEC-FORM", "CMD uses the exec form"),
    ("DL-SECRET-ABSENT", "No secret in the image"),
];

struct Args {
    host: String,
    code: String,
    token: String,
    learners: usize,
    seconds: u64,
    gap: (f64, f64),
}

fn args() -> Args {
    let mut positional = Vec::new();
    let (mut learners, mut seconds, mut gap) = (300, 60, (5.0, 20.0));
    let mut it = std::env::args().skip(1);
    while let Some(arg) = it.next() {
        match arg.as_str() {
            "--learners" => {
                learners = it
                    .next()
                    .and_then(|v| v.parse().ok())
                    .expect("--learners N")
            }
            "--seconds" => seconds = it.next().and_then(|v| v.parse().ok()).expect("--seconds N"),
            "--gap" => {
                let text = it.next().expect("--gap MIN-MAX");
                let (a, b) = text.split_once('-').expect("--gap MIN-MAX, in seconds");
                gap = (a.parse().expect("a number"), b.parse().expect("a number"));
            }
            _ => positional.push(arg),
        }
    }
    let [url, code, token] = <[String; 3]>::try_from(positional)
        .expect("usage: classroom_load URL CODE INSTRUCTOR_TOKEN [--learners N] [--seconds N] [--gap MIN-MAX]");
    Args {
        host: url
            .trim_start_matches("http://")
            .trim_end_matches('/')
            .to_string(),
        code,
        token,
        learners,
        seconds,
        gap,
    }
}

/// xorshift: reproducible per learner, no dependency.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

fn now_ms() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap()
        .as_millis() as u64
}

/// One request on its own connection, as the learner's client sends them.
async fn post(
    host: &str,
    path: &str,
    token: Option<&str>,
    body: &Value,
) -> Result<(u16, Bytes), String> {
    let stream = TcpStream::connect(host).await.map_err(|e| e.to_string())?;
    let (mut sender, conn) = hyper::client::conn::http1::handshake(TokioIo::new(stream))
        .await
        .map_err(|e| e.to_string())?;
    tokio::spawn(conn);
    let mut request = Request::post(path)
        .header("host", host)
        .header("content-type", "application/json");
    if let Some(token) = token {
        request = request.header("authorization", format!("Bearer {token}"));
    }
    let request = request
        .body(Full::new(Bytes::from(body.to_string())))
        .map_err(|e| e.to_string())?;
    let answer = sender
        .send_request(request)
        .await
        .map_err(|e| e.to_string())?;
    let status = answer.status().as_u16();
    let body = answer
        .into_body()
        .collect()
        .await
        .map_err(|e| e.to_string())?
        .to_bytes();
    Ok((status, body))
}

async fn get(host: &str, path: &str, token: &str) -> Value {
    let mut stream = TcpStream::connect(host).await.unwrap();
    let request = format!(
        "GET {path} HTTP/1.1\r\nHost: {host}\r\nAuthorization: Bearer {token}\r\nConnection: close\r\n\r\n"
    );
    stream.write_all(request.as_bytes()).await.unwrap();
    let mut raw = Vec::new();
    stream.read_to_end(&mut raw).await.unwrap();
    let text = String::from_utf8_lossy(&raw);
    let body = text.split_once("\r\n\r\n").map(|(_, b)| b).unwrap_or("");
    serde_json::from_str(body).unwrap_or_else(|e| panic!("{path}: {e}: {text}"))
}

#[derive(Default)]
struct Totals {
    latencies_us: Vec<u64>,
    requests: u64,
    retries: u64,
    refused: u64,
}

/// A learner's next few events: working through the exercises, failing checks, asking for
/// hints, passing.
fn next_events(
    rng: &mut Rng,
    state: &mut (usize, u32, u64),
    learner: usize,
    burst: bool,
) -> Vec<Value> {
    let n = if burst { 3 + rng.below(6) } else { 1 };
    let mut events = Vec::new();
    for _ in 0..n {
        let (exercise, runs, seq) = state;
        *seq += 1;
        let id = format!("{learner}-{seq}");
        let name = EXERCISES[*exercise % EXERCISES.len()];
        let at_ms = now_ms();
        let what = if *runs == 0 {
            json!({"kind": "started"})
        } else if rng.unit() < 0.15 {
            json!({"kind": "hint", "number": 1 + rng.below(3)})
        } else if *runs > 3 && rng.unit() < 0.3 {
            *exercise += 1;
            *runs = 0;
            events.push(json!({"id": id, "at_ms": at_ms, "exercise": name, "kind": "passed", "seconds": 60 + rng.below(900)}));
            continue;
        } else {
            let (code, title) = CHECKS[rng.below(CHECKS.len())];
            json!({"kind": "failed", "failing": [{"code": code, "title": title}]})
        };
        *runs += 1;
        let mut event = json!({"id": id, "at_ms": at_ms, "exercise": name});
        event
            .as_object_mut()
            .unwrap()
            .extend(what.as_object().unwrap().clone());
        events.push(event);
    }
    events
}

#[tokio::main]
async fn main() {
    let args = Arc::new(args());
    // Join everyone first, as a class does in its first minutes.
    let mut tokens = Vec::new();
    for n in 0..args.learners {
        let body = json!({"code": args.code, "name": format!("Learner {n:03}"), "workspace_id": format!("load-{n}"), "course_id": "builtin", "course_version": "load"});
        let (status, body) = post(&args.host, "/api/join", None, &body)
            .await
            .expect("join");
        assert_eq!(status, 200, "join: {}", String::from_utf8_lossy(&body));
        let joined: Value = serde_json::from_slice(&body).unwrap();
        tokens.push(joined["learner_token"].as_str().unwrap().to_string());
    }
    eprintln!("classroom_load: {} learners joined", tokens.len());

    // The instructor watches: count the dashboard updates.
    let updates = Arc::new(AtomicU64::new(0));
    {
        let (host, token, updates) = (args.host.clone(), args.token.clone(), updates.clone());
        tokio::spawn(async move {
            let mut stream = TcpStream::connect(&host).await.unwrap();
            let request = format!(
                "GET /api/stream HTTP/1.1\r\nHost: {host}\r\nAuthorization: Bearer {token}\r\n\r\n"
            );
            stream.write_all(request.as_bytes()).await.unwrap();
            let mut buf = vec![0u8; 1 << 16];
            while let Ok(n) = stream.read(&mut buf).await {
                if n == 0 {
                    break;
                }
                let seen = String::from_utf8_lossy(&buf[..n])
                    .matches("event: grid")
                    .count();
                updates.fetch_add(seen as u64, Ordering::Relaxed);
            }
        });
    }

    let totals = Arc::new(Mutex::new(Totals::default()));
    let acknowledged = Arc::new(AtomicU64::new(0));
    let start = Instant::now();
    let deadline = start + Duration::from_secs(args.seconds);
    let mut tasks = Vec::new();
    for (learner, token) in tokens.into_iter().enumerate() {
        let (args, totals, acknowledged) = (args.clone(), totals.clone(), acknowledged.clone());
        tasks.push(tokio::spawn(async move {
            let mut rng =
                Rng(0x9E37_79B9_7F4A_7C15
                    ^ (learner as u64 + 1).wrapping_mul(0x1234_5678_9ABC_DEF1));
            let mut state = (rng.below(3), 0u32, 0u64);
            let mut mine = Totals::default();
            // Spread the first posts over the first gap.
            tokio::time::sleep(Duration::from_secs_f64(rng.unit() * args.gap.1)).await;
            while Instant::now() < deadline {
                let burst = rng.unit() < 0.1;
                let events = next_events(&mut rng, &mut state, learner, burst);
                let body = json!({"events": events});
                loop {
                    let sent = Instant::now();
                    let answer = post(&args.host, "/api/events", Some(&token), &body).await;
                    mine.requests += 1;
                    match answer {
                        Ok((200, _)) => {
                            mine.latencies_us.push(sent.elapsed().as_micros() as u64);
                            acknowledged.fetch_add(events.len() as u64, Ordering::Relaxed);
                            break;
                        }
                        Ok((status, body)) => {
                            mine.refused += 1;
                            if status != 429 {
                                eprintln!(
                                    "classroom_load: HTTP {status}: {}",
                                    String::from_utf8_lossy(&body)
                                );
                            }
                        }
                        Err(_) => mine.retries += 1,
                    }
                    tokio::time::sleep(Duration::from_millis(500)).await;
                }
                let gap = args.gap.0 + rng.unit() * (args.gap.1 - args.gap.0);
                tokio::time::sleep(Duration::from_secs_f64(gap)).await;
            }
            let mut totals = totals.lock().await;
            totals.latencies_us.extend(mine.latencies_us);
            totals.requests += mine.requests;
            totals.retries += mine.retries;
            totals.refused += mine.refused;
        }));
    }
    for task in tasks {
        task.await.unwrap();
    }
    let elapsed = start.elapsed().as_secs_f64();
    let mut totals = totals.lock().await;
    totals.latencies_us.sort_unstable();
    let pick = |q: f64| {
        let l = &totals.latencies_us;
        l[((l.len() as f64 - 1.0) * q).round() as usize] as f64 / 1000.0
    };
    let class = get(&args.host, "/api/class", &args.token).await;
    let stored = class["events"].as_u64().unwrap();
    let sent = acknowledged.load(Ordering::Relaxed);
    println!("learners            {}", args.learners);
    println!(
        "duration            {elapsed:.0} s (gap {}-{} s between a learner's posts, 10% bursts of 3-8 events)",
        args.gap.0, args.gap.1
    );
    println!(
        "posts               {} ({:.1}/s), {} refused (429 etc.), {} connection errors",
        totals.requests,
        totals.requests as f64 / elapsed,
        totals.refused,
        totals.retries
    );
    println!(
        "latency ms          p50 {:.2}  p90 {:.2}  p99 {:.2}  max {:.2}",
        pick(0.5),
        pick(0.9),
        pick(0.99),
        pick(1.0)
    );
    println!(
        "events              sent and acknowledged {sent}, stored {stored}, lost {}",
        sent.saturating_sub(stored)
    );
    println!(
        "dashboard updates   {} pushed on the instructor's stream",
        updates.load(Ordering::Relaxed)
    );
    if stored != sent {
        eprintln!("classroom_load: the server stored {stored} events, {sent} were acknowledged");
        std::process::exit(1);
    }
}
