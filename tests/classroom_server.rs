//! `dockerlings classroom serve`, the real binary, over HTTP on loopback: joining, events
//! stored once, who may read and write what, bounds and rate limits, a kill -9 in the middle
//! of a class, both stores (SQLite; PostgreSQL from DOCKERLINGS_TEST_POSTGRES, which
//! scripts/postgres-up.sh starts), two servers sharing one PostgreSQL, and the learner's side
//! (`classroom join`, `verify`) reporting to it.

#[path = "classroom_server/support.rs"]
mod support;

use std::path::Path;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use serde_json::{Value, json};
use support::{Served, events, eventually, join_body, serve, temp, try_request, try_request_with};

fn sqlite(dir: &Path) -> String {
    dir.join("class.db").to_str().unwrap().to_string()
}

/// A fresh database on the test PostgreSQL server. Fails, never skips, without one.
fn postgres_db() -> String {
    let Some(url) = std::env::var("DOCKERLINGS_TEST_POSTGRES")
        .ok()
        .filter(|v| !v.is_empty())
    else {
        panic!(
            "DOCKERLINGS_TEST_POSTGRES is not set: the class server's PostgreSQL tests need a server.\n  \
             Start a throwaway one with `eval \"$(bash scripts/postgres-up.sh)\"` (Debian's postgresql; \
             scripts/test.sh and CI do this), then run the tests again"
        )
    };
    let name = format!("dockerlings_test_{}_{}", std::process::id(), rand_suffix());
    let runtime = tokio::runtime::Runtime::new().unwrap();
    runtime.block_on(async {
        use sqlx::Connection;
        let mut conn = sqlx::postgres::PgConnection::connect(&url)
            .await
            .unwrap_or_else(|err| {
                panic!("cannot connect to DOCKERLINGS_TEST_POSTGRES={url}: {err}")
            });
        sqlx::Executor::execute(&mut conn, format!("CREATE DATABASE {name}").as_str())
            .await
            .unwrap();
    });
    let (base, _) = url.rsplit_once('/').expect("a postgres://…/DATABASE URL");
    format!("{base}/{name}")
}

fn rand_suffix() -> u64 {
    use std::hash::{BuildHasher, Hasher};
    let mut h = std::collections::hash_map::RandomState::new().build_hasher();
    h.write_u64(1);
    h.finish() % 1_000_000_000
}

/// The class's event counter and its learners' cells, as the instructor sees them.
fn stored(server: &Served) -> i64 {
    server.class(server.token())["events"].as_i64().unwrap()
}

fn api_contract(server: &Served) {
    // Join: the wrong code is refused with an ApiError, the right one gives a token.
    let wrong = server.post("/api/join", None, &join_body("AAAA-AAAA", "Ann", "ws-ann"));
    assert_eq!(wrong.status, 403, "{}", wrong.body);
    assert!(wrong.error().contains("wrong join code"));
    let typed = server.code.to_lowercase().replace('-', " ");
    let ann = server.post("/api/join", None, &join_body(&typed, "Ann", "ws-ann"));
    assert_eq!(ann.status, 200, "the code as typed, any case: {}", ann.body);
    let ann = ann.json()["learner_token"].as_str().unwrap().to_string();
    let bob = server.join("Bob", "ws-bob");
    let other_course = server.post(
        "/api/join",
        None,
        &json!({"code": server.code, "name": "C", "workspace_id": "ws-c", "course_id": "other", "course_version": "1"}),
    );
    assert_eq!(other_course.status, 409, "{}", other_course.body);

    // Events: a retried batch is stored once.
    let batch = events("a", "go-single", 5);
    let first = server.post("/api/events", Some(&ann), &batch);
    assert_eq!(first.status, 200, "{}", first.body);
    assert_eq!(first.json()["stored"], 5);
    let again = server.post("/api/events", Some(&ann), &batch);
    assert_eq!(
        again.json()["stored"],
        0,
        "a retried batch is acknowledged, not stored again"
    );
    // The same ids from another learner are theirs.
    let bobs = server.post("/api/events", Some(&bob), &events("a", "go-multistage", 2));
    assert_eq!(bobs.json()["stored"], 2);
    assert_eq!(stored(server), 7);

    let class = server.class(server.token());
    let names: Vec<&str> = class["learners"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["Ann", "Bob"]);
    let column = |id: &str| {
        class["exercises"]
            .as_array()
            .unwrap()
            .iter()
            .position(|x| x["id"] == id)
            .unwrap()
    };
    assert_eq!(
        class["learners"][0]["cells"][column("go-single")]["state"],
        "passed"
    );
    let bob_cell = &class["learners"][1]["cells"][column("go-multistage")];
    assert_eq!(bob_cell["state"], "failing");
    assert_eq!(bob_cell["check"]["code"], "DL-STAGE-NAMED");
    assert_eq!(class["stuck"][0]["name"], "Bob");
    assert_eq!(class["stuck"][0]["check"]["code"], "DL-STAGE-NAMED");
    let common = &class["common_failures"];
    assert!(
        common
            .as_array()
            .unwrap()
            .iter()
            .any(|c| c["exercise"] == "go-single" && c["code"] == "DL-STAGE-NAMED"),
        "{common}"
    );

    // A learner reads only their own progress, and cannot read the class.
    let mine = server.get("/api/me", Some(&bob));
    assert_eq!(mine.status, 200);
    let mine = mine.json();
    assert_eq!(mine["name"], "Bob");
    assert!(!mine.to_string().contains("Ann"), "{mine}");
    let bob_single = mine["exercises"]
        .as_array()
        .unwrap()
        .iter()
        .find(|x| x["id"] == "go-single")
        .unwrap()
        .clone();
    assert_eq!(bob_single["state"], Value::Null, "Ann's pass is not Bob's");
    for path in ["/api/class", "/api/stream", "/api/projector"] {
        let answer = server.get(path, Some(&bob));
        assert_eq!(
            answer.status, 403,
            "{path} with a learner token: {}",
            answer.body
        );
        assert!(!answer.body.contains("Ann"));
        let answer = server.get(path, None);
        assert_eq!(answer.status, 401, "{path} without a token");
        answer.error();
        let answer = server.get(path, Some("di_0000"));
        assert_eq!(answer.status, 401, "{path} with a wrong token");
    }
    // Events go to the token's learner only: there is no way to name another.
    let forged = server.post(
        "/api/events",
        Some("dl_forged"),
        &events("f", "go-single", 1),
    );
    assert_eq!(forged.status, 401);
    let no_token = server.post("/api/events", None, &events("f", "go-single", 1));
    assert_eq!(no_token.status, 401);
    assert_eq!(stored(server), 7);

    // Bounds: a body over 64 KiB, a batch over 100, an unknown exercise, malformed JSON.
    let big = json!({"events": [], "pad": "x".repeat(70 * 1024)});
    let answer = server.post("/api/events", Some(&ann), &big);
    assert_eq!(answer.status, 413, "{}", answer.body);
    answer.error();
    let answer = server.post("/api/events", Some(&ann), &events("big", "go-single", 101));
    assert_eq!(answer.status, 413, "{}", answer.body);
    assert!(answer.error().contains("at most 100"));
    let answer = server.post(
        "/api/events",
        Some(&ann),
        &events("x", "no-such-exercise", 1),
    );
    assert_eq!(answer.status, 422, "{}", answer.body);
    let long_id = json!({"events": [{"id": "i".repeat(121), "at_ms": 1, "exercise": "go-single", "kind": "started"}]});
    assert_eq!(server.post("/api/events", Some(&ann), &long_id).status, 422);
    let bad_kind = json!({"events": [{"id": "k", "at_ms": 1, "exercise": "go-single", "kind": "deleted_files"}]});
    assert_eq!(
        server.post("/api/events", Some(&ann), &bad_kind).status,
        422
    );
    let garbage = support::request(
        &server.addr,
        "POST",
        "/api/events",
        Some(&ann),
        Some(b"{not json"),
    );
    assert_eq!(garbage.status, 400);
    garbage.error();
    let long_name = server.post(
        "/api/join",
        None,
        &join_body(&server.code, &"n".repeat(121), "ws-long"),
    );
    assert_eq!(long_name.status, 422);
    assert_eq!(stored(server), 7, "nothing refused was stored");

    // Leaving: the token stops working; what the learner did stays.
    assert_eq!(
        server.post("/api/leave", Some(&bob), &json!(null)).status,
        204
    );
    assert_eq!(server.get("/api/me", Some(&bob)).status, 401);
    let class = server.class(server.token());
    assert_eq!(class["learners"][1]["left"], true);
    assert_eq!(stored(server), 7);
}

#[test]
fn the_api_on_sqlite() {
    let (_dir, data) = temp();
    let server = serve(&data, &sqlite(&data), &[]);
    api_contract(&server);
}

#[test]
fn the_api_on_postgres() {
    let (_dir, data) = temp();
    let server = serve(&data, &postgres_db(), &[]);
    api_contract(&server);
}

/// Reads until the server closes the connection or `limit` passes; whether it closed.
fn closed_within(stream: &mut std::net::TcpStream, limit: Duration) -> bool {
    use std::io::Read;
    stream.set_read_timeout(Some(limit)).unwrap();
    let mut buf = [0u8; 4096];
    loop {
        match stream.read(&mut buf) {
            Ok(0) => return true,
            Ok(_) => continue,
            Err(err) if err.kind() == std::io::ErrorKind::ConnectionReset => return true,
            Err(_) => return false,
        }
    }
}

#[test]
fn silent_and_slow_clients_lose_their_connection_and_the_places_are_bounded() {
    use std::io::Write;
    use std::net::TcpStream;
    let (_dir, data) = temp();
    let server = serve(&data, &sqlite(&data), &["--max-connections", "2"]);

    // Two clients that connect and say nothing take both places: a third is not answered.
    let mut silent = TcpStream::connect(&server.addr).unwrap();
    let mut slow = TcpStream::connect(&server.addr).unwrap();
    slow.write_all(b"GET /api/projector HTTP/1.1\r\nHost: x\r\n")
        .unwrap();
    std::thread::sleep(Duration::from_millis(300));
    let addr = server.addr.clone();
    let third = std::thread::spawn(move || {
        let started = std::time::Instant::now();
        let answer = try_request(&addr, "GET", "/", None, None);
        (answer.map(|a| a.status), started.elapsed())
    });

    // Both are closed once the header time (10 s) is up, which frees the places.
    let started = std::time::Instant::now();
    assert!(
        closed_within(&mut silent, Duration::from_secs(20)),
        "a silent connection stays open"
    );
    assert!(
        closed_within(&mut slow, Duration::from_secs(5)),
        "a request whose headers never end stays open"
    );
    let closed_after = started.elapsed();
    assert!(
        closed_after >= Duration::from_secs(8),
        "closed too soon ({closed_after:?}): the header time is 10 s"
    );
    let (status, waited) = third.join().unwrap();
    assert_eq!(
        status.unwrap(),
        200,
        "the third client is answered once a place is free"
    );
    assert!(
        waited >= Duration::from_secs(8),
        "the third client was answered after {waited:?}, while both places were taken"
    );

    // A body that never comes is given up on, and the place freed again.
    let mut stalled = TcpStream::connect(&server.addr).unwrap();
    stalled
        .write_all(b"POST /api/join HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{")
        .unwrap();
    let started = std::time::Instant::now();
    assert!(
        closed_within(&mut stalled, Duration::from_secs(30)),
        "a request whose body never comes stays open"
    );
    eprintln!("a stalled body was given up after {:?}", started.elapsed());
    assert_eq!(server.get("/", None).status, 200);
}

#[test]
fn a_new_instructor_token_shuts_out_the_old_one_on_every_server_sharing_the_store() {
    use std::io::{Read, Write};
    let (_dir, data) = temp();
    let db = sqlite(&data);
    let first = serve(&data, &db, &[]);
    let old = first.token().to_string();
    // A dashboard stream opened with the old token, which has had its first view.
    let mut open = std::net::TcpStream::connect(&first.addr).unwrap();
    open.write_all(
        format!("GET /api/stream HTTP/1.1\r\nHost: x\r\nConnection: close\r\nAuthorization: Bearer {old}\r\n\r\n")
            .as_bytes(),
    )
    .unwrap();
    open.set_read_timeout(Some(Duration::from_secs(10)))
        .unwrap();
    let mut seen = Vec::new();
    let mut buf = [0u8; 8192];
    while !String::from_utf8_lossy(&seen).contains("event: grid") {
        let n = open
            .read(&mut buf)
            .expect("the stream sends its first view");
        assert!(n > 0, "the stream ended at once");
        seen.extend_from_slice(&buf[..n]);
    }

    let second = serve(&data, &db, &["--new-token"]);
    let new = second.token().to_string();
    assert_ne!(old, new);
    assert!(
        second
            .out
            .iter()
            .any(|l| l.contains("the old one no longer works")),
        "{}",
        second.out.join("")
    );
    assert_eq!(second.get("/api/class", Some(&old)).status, 401);
    assert_eq!(second.get("/api/class", Some(&new)).status, 200);
    eventually(
        Duration::from_secs(10),
        "the first server refuses the old token",
        || first.get("/api/class", Some(&old)).status == 401,
    );
    assert_eq!(first.get("/api/class", Some(&new)).status, 200);
    // Its open stream ends: a learner's joining makes a new view, which it is not sent.
    // (well within the 10 s an idle connection is given).
    second.join("Ann", "ws-ann");
    assert!(
        closed_within(&mut open, Duration::from_secs(5)),
        "the stream opened with the old token goes on"
    );
}

/// Wrong join codes until the server says "too many"; how many it took.
fn wrong_codes_until_refused(server: &Served, forwarded_for: &str) -> usize {
    let body = join_body("WRNG-CODE", "M", "ws-m").to_string();
    for tries in 1..=20 {
        let answer = try_request_with(
            &server.addr,
            "POST",
            "/api/join",
            None,
            Some(body.as_bytes()),
            &[("X-Forwarded-For", forwarded_for)],
        )
        .unwrap();
        if answer.status == 429 {
            return tries;
        }
        assert_eq!(answer.status, 403, "{}", answer.body);
    }
    panic!("20 wrong codes from {forwarded_for} and never refused");
}

#[test]
fn behind_a_trusted_proxy_the_forwarded_address_is_limited_and_otherwise_it_is_ignored() {
    let (_dir, data) = temp();
    let proxied = serve(&data, &sqlite(&data), &["--trusted-proxy", "127.0.0.1"]);
    // The proxy appends the address it saw: the last one counts, not one the client wrote.
    assert_eq!(
        wrong_codes_until_refused(&proxied, "10.0.0.9, 10.0.0.1"),
        11
    );
    assert_eq!(
        wrong_codes_until_refused(&proxied, "10.0.0.1, 10.0.0.2"),
        11,
        "another learner behind the same proxy is not refused for the first one's mistakes"
    );
    drop(proxied);

    let (_dir, data) = temp();
    let direct = serve(&data, &sqlite(&data), &[]);
    assert_eq!(wrong_codes_until_refused(&direct, "10.0.0.1"), 11);
    assert_eq!(
        wrong_codes_until_refused(&direct, "10.0.0.2"),
        1,
        "without --trusted-proxy, X-Forwarded-For is the client's to forge and is ignored"
    );
}

#[test]
fn wrong_codes_and_event_floods_are_rate_limited() {
    let (_dir, data) = temp();
    let server = serve(&data, &sqlite(&data), &[]);
    let ann = server.join("Ann", "ws-ann");
    // Ten wrong codes from one address, then even the right one waits.
    for _ in 0..10 {
        let answer = server.post("/api/join", None, &join_body("WRNG-CODE", "M", "ws-m"));
        assert_eq!(answer.status, 403);
    }
    let answer = server.post("/api/join", None, &join_body(&server.code, "M", "ws-m"));
    assert_eq!(answer.status, 429, "{}", answer.body);
    assert!(answer.error().contains("too many"));

    // A learner sending far more than a class does is slowed down; nothing they were told
    // was stored is lost, and what was refused can be sent again.
    let mut accepted = 0;
    let mut refused = 0;
    for batch in 0..40 {
        let answer = server.post(
            "/api/events",
            Some(&ann),
            &events(&format!("b{batch}"), "go-single", 100),
        );
        match answer.status {
            200 => accepted += answer.json()["stored"].as_i64().unwrap(),
            429 => {
                answer.error();
                refused += 1;
            }
            status => panic!("HTTP {status}: {}", answer.body),
        }
    }
    assert!(refused > 0, "4000 events at once were not limited");
    assert!(
        accepted >= 2000,
        "the burst a catch-up needs passes ({accepted})"
    );
    assert_eq!(stored(&server), accepted);
}

#[test]
fn a_killed_server_loses_no_acknowledged_event_and_keeps_the_class() {
    let (_dir, data) = temp();
    let db = sqlite(&data);
    let mut server = serve(&data, &db, &["--name", "Room 4"]);
    let token = server.token().to_string();
    let code = server.code.clone();
    let learners: Vec<String> = (0..4)
        .map(|n| server.join(&format!("L{n}"), &format!("ws-{n}")))
        .collect();
    let addr = Arc::new(Mutex::new(server.addr.clone()));
    let stop = Arc::new(AtomicBool::new(false));
    let sent = Arc::new(AtomicUsize::new(0));
    // Each learner sends small batches and, as the real queue does, sends a batch again until
    // it is acknowledged.
    let senders: Vec<_> = learners
        .iter()
        .enumerate()
        .map(|(n, learner)| {
            let (learner, addr, stop, sent) =
                (learner.clone(), addr.clone(), stop.clone(), sent.clone());
            std::thread::spawn(move || {
                let mut batch = 0;
                while !stop.load(Ordering::SeqCst) {
                    let body = events(&format!("l{n}-b{batch}"), "go-single", 3).to_string();
                    loop {
                        let at = addr.lock().unwrap().clone();
                        match try_request(
                            &at,
                            "POST",
                            "/api/events",
                            Some(&learner),
                            Some(body.as_bytes()),
                        ) {
                            Ok(answer) if answer.status == 200 => break,
                            _ => std::thread::sleep(Duration::from_millis(50)),
                        }
                    }
                    sent.fetch_add(3, Ordering::SeqCst);
                    batch += 1;
                }
            })
        })
        .collect();
    eventually(Duration::from_secs(30), "events flow", || {
        sent.load(Ordering::SeqCst) > 200
    });
    server.kill();
    let killed_at = sent.load(Ordering::SeqCst);
    let restarted = serve(&data, &db, &[]);
    *addr.lock().unwrap() = restarted.addr.clone();
    eventually(Duration::from_secs(30), "events flow again", || {
        sent.load(Ordering::SeqCst) > killed_at + 100
    });
    stop.store(true, Ordering::SeqCst);
    for sender in senders {
        sender.join().unwrap();
    }
    let sent = sent.load(Ordering::SeqCst) as i64;
    // The class, its code and the instructor's token outlive the process.
    assert_eq!(restarted.code, code);
    assert_eq!(restarted.token(), token);
    let class = restarted.class(&token);
    assert_eq!(class["class_name"], "Room 4");
    assert_eq!(
        class["events"].as_i64().unwrap(),
        sent,
        "every acknowledged event is stored, once (sent {sent}, {killed_at} before the kill)"
    );
    // The learners' tokens still work.
    assert_eq!(restarted.get("/api/me", Some(&learners[0])).status, 200);
}

#[test]
fn two_servers_on_one_postgres_see_each_others_events() {
    let (_dir, data) = temp();
    let db = postgres_db();
    let one = serve(&data, &db, &[]);
    let two = serve(&data, &db, &[]);
    assert_eq!(one.code, two.code, "one class in the store");
    let token = one.token().to_string();
    assert_eq!(two.token.as_deref(), Some(token.as_str()));
    let ann = one.join("Ann", "ws-ann");
    let posted = two.post("/api/events", Some(&ann), &events("x", "go-single", 3));
    assert_eq!(
        posted.json()["stored"],
        3,
        "a token from one server works on the other"
    );
    assert_eq!(one.class(&token)["events"], 3);
    assert_eq!(
        one.class(&token)["learners"][0]["cells"][0]["state"],
        "passed"
    );
    // The other server's dashboard stream hears of it too (it looks at the store each second).
    let bob = two.join("Bob", "ws-bob");
    two.post("/api/events", Some(&bob), &events("y", "go-single", 2));
    let stream = stream_until(&one.addr, &token, "\"Bob\"");
    assert!(stream.contains("event: grid"), "{stream}");
}

/// Reads the dashboard stream until `needle` shows up (or 20 s pass).
fn stream_until(addr: &str, token: &str, needle: &str) -> String {
    use std::io::{Read, Write};
    let mut stream = std::net::TcpStream::connect(addr).unwrap();
    stream
        .set_read_timeout(Some(Duration::from_secs(20)))
        .unwrap();
    write!(
        stream,
        "GET /api/stream HTTP/1.1\r\nHost: {addr}\r\nAuthorization: Bearer {token}\r\n\r\n"
    )
    .unwrap();
    let mut seen = String::new();
    let mut buf = [0u8; 65536];
    while !seen.contains(needle) {
        let n = stream
            .read(&mut buf)
            .unwrap_or_else(|err| panic!("no `{needle}` on the stream ({err}): {seen}"));
        assert!(n > 0, "the stream ended: {seen}");
        seen.push_str(&String::from_utf8_lossy(&buf[..n]));
    }
    seen
}

#[test]
fn the_dashboard_stream_pushes_a_pass() {
    let (_dir, data) = temp();
    let server = serve(&data, &sqlite(&data), &[]);
    let ann = server.join("Ann", "ws-ann");
    server.post("/api/events", Some(&ann), &events("a", "go-single", 2));
    let token = server.token().to_string();
    let addr = server.addr.clone();
    let reader = std::thread::spawn(move || stream_until(&addr, &token, "\"passed\""));
    std::thread::sleep(Duration::from_millis(500));
    let pass = json!({"events": [{"id": "p", "at_ms": 1_700_000_000_999u64, "exercise": "go-single", "kind": "passed", "seconds": 12}]});
    server.post("/api/events", Some(&ann), &pass);
    let seen = reader.join().unwrap();
    assert!(seen.contains("text/event-stream"), "{seen}");
}

#[test]
fn pages_need_the_instructor_token_and_the_cookie_is_strict() {
    let (_dir, data) = temp();
    let server = serve(&data, &sqlite(&data), &[]);
    for page in ["/dashboard", "/projector"] {
        let refused = server.get(page, None);
        assert_eq!(refused.status, 401);
        assert!(refused.body.contains("Access refused"));
    }
    let wrong = server.post("/api/login", None, &json!({"token": "di_nope"}));
    assert_eq!(wrong.status, 401);
    let login = server.post("/api/login", None, &json!({"token": server.token()}));
    assert_eq!(login.status, 204);
    let cookie_line = login
        .headers
        .lines()
        .find(|l| l.to_ascii_lowercase().starts_with("set-cookie:"))
        .expect("a cookie");
    assert!(cookie_line.contains("HttpOnly") && cookie_line.contains("SameSite=Strict"));
    // The learner's page is a shell: its data comes from /api/me with the learner's token.
    assert_eq!(server.get("/me", None).status, 200);
    let page = server.get("/dashboard", None);
    assert!(
        page.headers
            .to_ascii_lowercase()
            .contains("content-security-policy")
    );
}

#[test]
fn a_learner_joined_with_the_real_client_shows_on_the_dashboard() {
    let (_dir, data) = temp();
    let course = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/cli");
    let course = course.to_str().unwrap();
    let server = serve(&data, &sqlite(&data), &["--course", course]);
    let dir = tempfile::tempdir().unwrap();
    let run = |args: &[&str], cwd: &Path| {
        let out = std::process::Command::new(support::BIN)
            .args(args)
            .current_dir(cwd)
            .env("NO_COLOR", "1")
            .env_remove("DOCKERLINGS_COURSE")
            .output()
            .unwrap();
        (
            out.status.code(),
            String::from_utf8_lossy(&out.stdout).to_string()
                + &String::from_utf8_lossy(&out.stderr),
        )
    };
    let (status, out) = run(&["--course", course, "init", "ws"], dir.path());
    assert_eq!(status, Some(0), "{out}");
    let ws = dir.path().join("ws");
    let url = format!("http://{}", server.addr);
    let (status, out) = run(
        &["classroom", "join", &url, &server.code, "--name", "Ann B"],
        &ws,
    );
    assert_eq!(status, Some(0), "{out}");
    let (_, out) = run(&["verify", "--static-only"], &ws);
    let token = server.token().to_string();
    eventually(
        Duration::from_secs(20),
        "Ann's run reaches the dashboard",
        || {
            let class = server.class(&token);
            class["learners"][0]["name"] == "Ann B"
                && class["learners"][0]["cells"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .any(|c| !c.is_null())
        },
    );
    let _ = out;
}
