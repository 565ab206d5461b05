//! The learner's side of a workshop: joining a class, the events their dockerlings records
//! (queued on disk, see `queue`), and sending them to the class server.
//!
//! Nothing happens unless the workspace joined a class: `record` looks for one file and
//! returns. Sending never blocks the learner: a one-shot command tries once within a short
//! budget, watch mode sends from a background task with backoff, and what is not sent stays
//! queued for the next try.

use std::fs;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use anyhow::{Context, Result, bail};
use serde::{Deserialize, Serialize};
use tokio::sync::mpsc;

use super::client::{self, Limits, SendError, Server};
use super::protocol::{
    Accepted, Event, EventBatch, FailingCheck, JoinRequest, Joined, MAX_BATCH, MAX_BODY_BYTES,
    MAX_TEXT, What,
};
use super::queue::{self, Queue, QueueStatus};
use crate::checks::{Status, Verdict};
use crate::workspace::{self, META_DIR};

/// The folder under `.dockerlings` with the class membership and the queue.
pub const DIR: &str = "classroom";
/// The membership: server, learner id and token. Its presence is what "joined" means.
pub const MEMBERSHIP_FILE: &str = "learner.json";
/// A one-shot command waits at most this long for the server.
pub const ONE_SHOT_BUDGET: Duration = Duration::from_millis(1500);
const ONE_SHOT_CONNECT: Duration = Duration::from_millis(500);
/// Joining waits longer: the learner is watching, and nothing is queued until it succeeds.
const JOIN_LIMITS: Limits = Limits {
    connect: Duration::from_secs(5),
    total: Duration::from_secs(10),
};
/// A failed event lists at most this many checks, the first failing ones.
const MAX_FAILING: usize = 10;
/// Room left in a batch's body for the envelope.
const BODY_ROOM: usize = MAX_BODY_BYTES - 1024;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Membership {
    pub server: String,
    pub learner_id: String,
    pub learner_token: String,
    pub class_name: String,
    pub name: String,
    pub joined_at_ms: u64,
}

/// Something that happened, as the commands and watch mode tell it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Happened {
    /// The learner's current exercise is now this one.
    Started {
        exercise: String,
    },
    /// A check run ended: passed (every check, engine ones included), or with failing checks.
    Checked {
        exercise: String,
        passed: bool,
        failing: Vec<FailingCheck>,
    },
    Hint {
        exercise: String,
        number: u32,
    },
    Solution {
        exercise: String,
    },
}

impl Happened {
    /// What a verdict tells the class: nothing when it neither passed nor failed a check (the
    /// engine was missing), or when only the static checks ran and they passed.
    pub fn checked(verdict: &Verdict, static_only: bool) -> Option<Happened> {
        let failing: Vec<FailingCheck> = verdict
            .results
            .iter()
            .filter(|r| r.status == Status::Fail)
            .take(MAX_FAILING)
            .map(|r| FailingCheck {
                code: clip(r.code),
                title: clip(&r.title),
            })
            .collect();
        let passed = verdict.passed && !static_only;
        (passed || !failing.is_empty()).then(|| Happened::Checked {
            exercise: verdict.exercise.clone(),
            passed,
            failing,
        })
    }
}

fn clip(text: &str) -> String {
    text.chars().take(MAX_TEXT).collect()
}

pub fn now_ms() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap_or_default()
        .as_millis() as u64
}

/// What `flush` did.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Flushed {
    pub sent: usize,
    /// Why it stopped before the queue was empty.
    pub error: Option<String>,
}

/// What `classroom leave` did.
#[derive(Debug)]
pub struct Left {
    pub membership: Membership,
    /// Events sent on the way out.
    pub sent: usize,
    /// Events that could not be sent, deleted with the queue.
    pub deleted: u64,
    /// Whether the server heard of it, or why not.
    pub told: Result<(), String>,
}

/// What `classroom status` shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Standing {
    pub membership: Membership,
    pub queue: QueueStatus,
}

/// A workspace's class membership and queue.
#[derive(Debug, Clone)]
pub struct Learner {
    dir: PathBuf,
}

impl Learner {
    /// The learner side of the workspace at `root`.
    pub fn at(root: &Path) -> Learner {
        Learner {
            dir: root.join(META_DIR).join(DIR),
        }
    }

    fn queue(&self) -> Queue {
        Queue::new(&self.dir)
    }

    #[cfg(test)]
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// One `stat`: what every command pays when the workspace never joined a class.
    pub fn is_joined(&self) -> bool {
        fs::symlink_metadata(self.dir.join(MEMBERSHIP_FILE)).is_ok()
    }

    pub fn membership(&self) -> Result<Option<Membership>> {
        let path = self.dir.join(MEMBERSHIP_FILE);
        let bytes = match fs::read(&path) {
            Ok(bytes) => bytes,
            Err(err) if err.kind() == std::io::ErrorKind::NotFound => return Ok(None),
            Err(err) => return Err(err).with_context(|| format!("cannot read {}", path.display())),
        };
        serde_json::from_slice(&bytes).map(Some).with_context(|| {
            format!(
                "{} is damaged; run `dockerlings classroom leave`, then join again",
                path.display()
            )
        })
    }

    /// Asks the server at `server` to let this workspace in; on success, stores the
    /// membership (readable by this user only) and queues that the learner is on `current`.
    pub async fn join(
        &self,
        server: &Server,
        request: &JoinRequest,
        current: &str,
    ) -> Result<Membership> {
        let body = serde_json::to_vec(request).context("cannot encode the join request")?;
        let answer = client::post(server, "/api/join", None, body, JOIN_LIMITS)
            .await
            .map_err(|err| {
                anyhow::anyhow!(
                    "cannot reach the class server at {server}: {err}\n  Nothing is recorded or queued for the class until a join succeeds: check the address the instructor shows (and that this laptop is on the same network), then run `dockerlings classroom join URL CODE` again"
                )
            })?;
        if !answer.is_success() {
            let why = answer.error_text();
            match answer.status {
                401 | 403 | 404 => bail!(
                    "the class server at {server} did not accept the code `{}`: {why} (HTTP {}).\n  Check the join code the instructor's `classroom serve` printed, and join again",
                    request.code,
                    answer.status
                ),
                status => bail!(
                    "the class server at {server} refused the join: {why} (HTTP {status}); nothing was stored. Tell the instructor, and join again"
                ),
            }
        }
        let joined: Joined = serde_json::from_slice(&answer.body).with_context(|| {
            format!("the class server at {server} answered the join with something else than a learner token; is that address a dockerlings class server?")
        })?;
        let membership = Membership {
            server: server.url(),
            learner_id: joined.learner_id,
            learner_token: joined.learner_token,
            class_name: joined.class_name,
            name: request.name.clone(),
            joined_at_ms: now_ms(),
        };
        self.store(&membership)?;
        self.record(Happened::Started {
            exercise: current.to_string(),
        })?;
        Ok(membership)
    }

    fn store(&self, membership: &Membership) -> Result<()> {
        fs::create_dir_all(&self.dir)
            .with_context(|| format!("cannot create {}", self.dir.display()))?;
        // Git never picks up the token, even in a workspace made before this folder existed.
        let ignore = self.dir.join(".gitignore");
        if !ignore.exists() {
            fs::write(&ignore, "*\n")
                .with_context(|| format!("cannot write {}", ignore.display()))?;
        }
        let queue = self.queue();
        // Joining another server starts an empty queue: events of an earlier class are not
        // sent to it. Joining the same one again (the same learner) keeps what waits.
        let earlier = self.membership().ok().flatten();
        if earlier.is_none_or(|e| e.server != membership.server) {
            queue.clear()?;
        }
        let _lock = workspace::lock_file(&self.dir.join(queue::LOCK_FILE))?;
        let path = self.dir.join(MEMBERSHIP_FILE);
        let json = serde_json::to_vec_pretty(membership).context("cannot encode the membership")?;
        // Private from its first byte: the temp file is made 0600 by the tempfile crate.
        workspace::write_atomic(&path, &json)
    }

    /// Stops reporting: removes the membership and the queue, then tells the server (best
    /// effort, within the one-shot budget). Returns the membership that was left, if any, and
    /// whether the server heard of it.
    pub async fn leave(&self) -> Result<Option<Left>> {
        let Some(membership) = self.membership().ok().flatten() else {
            // Damaged or missing: remove whatever is there all the same.
            self.forget()?;
            return Ok(None);
        };
        // What happened before leaving is the class's: one try to send it first.
        let sent = self.flush_once().await.sent;
        let deleted = self.queue().status().map_or(0, |status| status.queued);
        self.forget()?;
        let told = match Server::parse(&membership.server) {
            Ok(server) => {
                let limits = Limits {
                    connect: ONE_SHOT_CONNECT,
                    total: ONE_SHOT_BUDGET,
                };
                match client::post(
                    &server,
                    "/api/leave",
                    Some(&membership.learner_token),
                    Vec::new(),
                    limits,
                )
                .await
                {
                    Ok(answer) if answer.is_success() => Ok(()),
                    Ok(answer) => Err(format!("{} (HTTP {})", answer.error_text(), answer.status)),
                    Err(err) => Err(err.to_string()),
                }
            }
            Err(why) => Err(why),
        };
        Ok(Some(Left {
            membership,
            sent,
            deleted,
            told,
        }))
    }

    fn forget(&self) -> Result<()> {
        if !self.dir.exists() {
            return Ok(());
        }
        let queue = self.queue();
        let _lock = workspace::lock_file(&self.dir.join(queue::LOCK_FILE))?;
        let path = self.dir.join(MEMBERSHIP_FILE);
        match fs::remove_file(&path) {
            Err(err) if err.kind() != std::io::ErrorKind::NotFound => {
                return Err(err).with_context(|| format!("cannot remove {}", path.display()));
            }
            _ => {}
        }
        drop(_lock);
        queue.clear()
    }

    /// Queues what happened, if the workspace joined a class; returns how many events.
    pub fn record(&self, happened: Happened) -> Result<usize> {
        if !self.is_joined() {
            return Ok(0);
        }
        let at_ms = now_ms();
        let dir = self.dir.clone();
        self.queue().append(|notes| {
            // Checked under the queue's lock: `leave` takes it too, so nothing is queued after.
            if fs::symlink_metadata(dir.join(MEMBERSHIP_FILE)).is_err() {
                return Vec::new();
            }
            let event = |exercise: &str, what: What| Event {
                id: format!("{at_ms:x}-{:016x}", queue::random_u64()),
                at_ms,
                exercise: clip(exercise),
                what,
            };
            match happened {
                Happened::Started { exercise } => {
                    notes.started.insert(exercise.clone(), at_ms);
                    vec![event(&exercise, What::Started)]
                }
                Happened::Checked {
                    exercise,
                    passed: true,
                    ..
                } => {
                    if !notes.passed.insert(exercise.clone()) {
                        return Vec::new();
                    }
                    let since = *notes.started.entry(exercise.clone()).or_insert(at_ms);
                    let seconds = at_ms.saturating_sub(since) / 1000;
                    vec![event(&exercise, What::Passed { seconds })]
                }
                Happened::Checked {
                    exercise, failing, ..
                } => {
                    notes.started.entry(exercise.clone()).or_insert(at_ms);
                    vec![event(&exercise, What::Failed { failing })]
                }
                Happened::Hint { exercise, number } => {
                    notes.started.entry(exercise.clone()).or_insert(at_ms);
                    vec![event(&exercise, What::Hint { number })]
                }
                Happened::Solution { exercise } => vec![event(&exercise, What::Solution)],
            }
        })
    }

    /// Sends queued events in batches until the queue is empty, a send fails or `budget` is
    /// spent. A batch that got no answer stays queued and goes again, with the same ids.
    pub async fn flush(&self, budget: Duration, connect: Duration) -> Flushed {
        let mut flushed = Flushed::default();
        let Ok(Some(membership)) = self.membership() else {
            return flushed;
        };
        let server = match Server::parse(&membership.server) {
            Ok(server) => server,
            Err(why) => {
                flushed.error = Some(why);
                return flushed;
            }
        };
        let queue = self.queue();
        let deadline = Instant::now() + budget;
        // Drops to 1 after the server rejects a batch, to find the event it cannot take.
        let mut size = MAX_BATCH;
        loop {
            let batch = match queue.peek(size, BODY_ROOM) {
                Ok(batch) => batch,
                Err(err) => {
                    flushed.error = Some(format!("{err:#}"));
                    return flushed;
                }
            };
            if batch.is_empty() {
                return flushed;
            }
            if batch.events.is_empty() {
                // Only unreadable lines: pass over them.
                let _ = queue.ack(&batch, now_ms());
                continue;
            }
            let left = deadline.saturating_duration_since(Instant::now());
            if left.is_zero() {
                flushed.error = Some("the time for sending ran out".into());
                return flushed;
            }
            let body = EventBatch {
                events: batch.events.clone(),
            };
            let body = serde_json::to_vec(&body).unwrap_or_default();
            let limits = Limits {
                connect: connect.min(left),
                total: left,
            };
            let why = match client::post(
                &server,
                "/api/events",
                Some(&membership.learner_token),
                body,
                limits,
            )
            .await
            {
                Ok(answer) if answer.is_success() => {
                    // The count of new events is the server's business; what matters is
                    // that it has them all.
                    let _ = serde_json::from_slice::<Accepted>(&answer.body);
                    if let Err(err) = queue.ack(&batch, now_ms()) {
                        flushed.error = Some(format!("{err:#}"));
                        return flushed;
                    }
                    flushed.sent += batch.events.len();
                    size = MAX_BATCH;
                    continue;
                }
                Ok(answer) if matches!(answer.status, 400 | 413 | 422) => {
                    if batch.events.len() > 1 {
                        size = 1;
                        continue;
                    }
                    // This one event can never be stored: drop it rather than block the rest.
                    let _ = queue.ack(&batch, now_ms());
                    let why = format!(
                        "the server refused an event ({}, HTTP {}); it was dropped",
                        answer.error_text(),
                        answer.status
                    );
                    let _ = queue.failed(&why);
                    continue;
                }
                Ok(answer) if matches!(answer.status, 401 | 403) => format!(
                    "the server no longer accepts this learner ({}, HTTP {}); events stay queued: ask the instructor, or leave and join again",
                    answer.error_text(),
                    answer.status
                ),
                Ok(answer) => format!("{} (HTTP {})", answer.error_text(), answer.status),
                Err(err @ (SendError::Connect(_) | SendError::ConnectTimeout)) => {
                    format!("cannot reach {server}: {err}")
                }
                Err(err) => format!("{server}: {err}"),
            };
            let _ = queue.failed(&why);
            flushed.error = Some(why);
            return flushed;
        }
    }

    /// One try within the one-shot budget: what `verify`, `hint`, `solution` and `next` do.
    pub async fn flush_once(&self) -> Flushed {
        self.flush(ONE_SHOT_BUDGET, ONE_SHOT_CONNECT).await
    }

    /// Joined or not (`None`), and the queue.
    pub fn standing(&self) -> Result<Option<Standing>> {
        let Some(membership) = self.membership()? else {
            return Ok(None);
        };
        Ok(Some(Standing {
            membership,
            queue: self.queue().status()?,
        }))
    }
}

/// Records and sends from a background task, for watch mode: `tell` never waits for the disk
/// or the network. Sends as soon as something happens, retries with backoff while the server
/// cannot be reached, and looks again every half minute (a `join` in another terminal).
pub struct Reporter {
    tx: mpsc::UnboundedSender<Happened>,
    task: tokio::task::JoinHandle<()>,
}

const IDLE: Duration = Duration::from_secs(30);
const BACKOFF_MAX: Duration = Duration::from_secs(60);
const BACKGROUND_BUDGET: Duration = Duration::from_secs(10);
const BACKGROUND_CONNECT: Duration = Duration::from_secs(3);

impl Reporter {
    /// Starts the task on the current tokio runtime.
    pub fn spawn(learner: Learner) -> Reporter {
        let (tx, rx) = mpsc::unbounded_channel();
        let task = tokio::spawn(report(learner, rx));
        Reporter { tx, task }
    }

    pub fn tell(&self, happened: Happened) {
        let _ = self.tx.send(happened);
    }

    /// Records what is left to record and tries a last send, within `budget`.
    pub async fn finish(self, budget: Duration) {
        drop(self.tx);
        let abort = self.task.abort_handle();
        if tokio::time::timeout(budget, self.task).await.is_err() {
            abort.abort();
        }
    }
}

async fn report(learner: Learner, mut rx: mpsc::UnboundedReceiver<Happened>) {
    let mut backoff: Option<Duration> = None;
    let mut next_try = tokio::time::Instant::now() + IDLE;
    let mut open = true;
    while open {
        tokio::select! {
            happened = rx.recv() => match happened {
                Some(happened) => {
                    record_aside(&learner, happened).await;
                    if backoff.is_none() {
                        next_try = tokio::time::Instant::now();
                    }
                }
                None => open = false,
            },
            () = tokio::time::sleep_until(next_try) => {
                // What happens while a send waits for the network is recorded meanwhile, so
                // a kill then loses nothing that was told.
                let flush = learner.flush(BACKGROUND_BUDGET, BACKGROUND_CONNECT);
                tokio::pin!(flush);
                let mut more = false;
                let flushed = loop {
                    tokio::select! {
                        flushed = &mut flush => break flushed,
                        happened = rx.recv(), if open => match happened {
                            Some(happened) => {
                                record_aside(&learner, happened).await;
                                more = true;
                            }
                            None => open = false,
                        },
                    }
                };
                let now = tokio::time::Instant::now();
                match flushed.error {
                    None => {
                        backoff = None;
                        next_try = if more { now } else { now + IDLE };
                    }
                    Some(_) => {
                        let wait = backoff.map_or(Duration::from_secs(1), |b| (b * 2).min(BACKOFF_MAX));
                        backoff = Some(wait);
                        // Jitter, so thirty laptops do not all come back in the same second.
                        let spread = wait.as_millis() as u64 / 2 + 1;
                        next_try = now + wait + Duration::from_millis(queue::random_u64() % spread);
                    }
                }
            }
        }
    }
    // Quitting: a last, short try.
    learner.flush(ONE_SHOT_BUDGET, ONE_SHOT_CONNECT).await;
}

/// Records on a blocking thread: the disk may be slow, and the runtime's workers stay free.
async fn record_aside(learner: &Learner, happened: Happened) {
    let recorder = learner.clone();
    let _ = tokio::task::spawn_blocking(move || recorder.record(happened)).await;
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checks::{CheckKind, CheckResult};

    fn joined(root: &Path) -> Learner {
        let learner = Learner::at(root);
        learner
            .store(&Membership {
                server: "http://127.0.0.1:9".into(),
                learner_id: "l1".into(),
                learner_token: "t".into(),
                class_name: "c".into(),
                name: "Ann".into(),
                joined_at_ms: 1,
            })
            .unwrap();
        learner
    }

    fn kinds(learner: &Learner) -> Vec<What> {
        let batch = learner.queue().peek(100, 1 << 20).unwrap();
        batch.events.into_iter().map(|e| e.what).collect()
    }

    #[test]
    fn nothing_is_recorded_unless_joined() {
        let dir = tempfile::tempdir().unwrap();
        let learner = Learner::at(dir.path());
        let n = learner
            .record(Happened::Solution {
                exercise: "x".into(),
            })
            .unwrap();
        assert_eq!(n, 0);
        assert!(!learner.dir().exists(), "not even the folder is made");
    }

    #[test]
    fn a_pass_is_sent_once_with_the_time_since_the_start() {
        let dir = tempfile::tempdir().unwrap();
        let learner = joined(dir.path());
        let verdict = |pass: bool| {
            let result = CheckResult::new(CheckKind::Stages, "Two stages", "");
            let result = match pass {
                true => result.pass("ok"),
                false => result.fail("one stage"),
            };
            Verdict::new("two-stages", vec![result])
        };
        assert_eq!(Happened::checked(&verdict(true), true), None);
        let failed = Happened::checked(&verdict(false), true).unwrap();
        learner.record(failed).unwrap();
        let passed = Happened::checked(&verdict(true), false).unwrap();
        learner.record(passed.clone()).unwrap();
        learner.record(passed).unwrap();
        let what = kinds(&learner);
        assert_eq!(what.len(), 2, "{what:?}");
        let What::Failed { failing } = &what[0] else {
            panic!("{what:?}")
        };
        assert_eq!(failing[0].code, CheckKind::Stages.code());
        assert_eq!(failing[0].title, "Two stages");
        assert!(matches!(what[1], What::Passed { seconds: 0 }));
    }

    #[test]
    fn leaving_removes_the_token_and_the_queue() {
        let dir = tempfile::tempdir().unwrap();
        let learner = joined(dir.path());
        let mode = fs::metadata(learner.dir().join(MEMBERSHIP_FILE))
            .unwrap()
            .permissions();
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(mode.mode() & 0o777, 0o600);
        learner
            .record(Happened::Hint {
                exercise: "x".into(),
                number: 1,
            })
            .unwrap();
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap();
        let left = runtime.block_on(learner.leave()).unwrap().unwrap();
        assert_eq!(left.membership.learner_id, "l1");
        assert_eq!(
            (left.sent, left.deleted),
            (0, 1),
            "no server: the hint is deleted"
        );
        assert!(left.told.is_err());
        assert!(!learner.is_joined());
        assert_eq!(learner.queue().status().unwrap().queued, 0);
        let n = learner
            .record(Happened::Solution {
                exercise: "x".into(),
            })
            .unwrap();
        assert_eq!(n, 0);
    }

    /// Answers event batches on `listener` as the class server does, recording the ids.
    async fn serve(
        listener: tokio::net::TcpListener,
        ids: std::sync::Arc<std::sync::Mutex<Vec<String>>>,
    ) {
        use tokio::io::{AsyncReadExt, AsyncWriteExt};
        loop {
            let Ok((mut socket, _)) = listener.accept().await else {
                return;
            };
            let mut read = Vec::new();
            let mut buf = [0u8; 4096];
            let body = loop {
                let n = socket.read(&mut buf).await.unwrap();
                read.extend_from_slice(&buf[..n]);
                let text = String::from_utf8_lossy(&read).into_owned();
                if let Some((head, body)) = text.split_once("\r\n\r\n") {
                    let length: usize = head
                        .lines()
                        .find_map(|l| l.strip_prefix("content-length: "))
                        .map_or(0, |n| n.parse().unwrap());
                    if body.len() >= length {
                        break body.to_string();
                    }
                }
            };
            // `/api/leave` has no body.
            if let Ok(batch) = serde_json::from_str::<EventBatch>(&body) {
                ids.lock()
                    .unwrap()
                    .extend(batch.events.into_iter().map(|e| e.id));
            }
            let answer = "{\"stored\":1}";
            let reply = format!(
                "HTTP/1.1 200 OK\r\nContent-Length: {}\r\n\r\n{answer}",
                answer.len()
            );
            socket.write_all(reply.as_bytes()).await.unwrap();
        }
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn leaving_sends_what_is_queued_before_it_goes() {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let port = listener.local_addr().unwrap().port();
        let ids = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
        tokio::spawn(serve(listener, ids.clone()));
        let dir = tempfile::tempdir().unwrap();
        let learner = Learner::at(dir.path());
        learner
            .store(&Membership {
                server: format!("http://127.0.0.1:{port}"),
                learner_id: "l1".into(),
                learner_token: "t".into(),
                class_name: "c".into(),
                name: "Ann".into(),
                joined_at_ms: 1,
            })
            .unwrap();
        for number in 1..=2 {
            learner
                .record(Happened::Hint {
                    exercise: "x".into(),
                    number,
                })
                .unwrap();
        }
        let left = learner.leave().await.unwrap().unwrap();
        assert_eq!((left.sent, left.deleted), (2, 0));
        assert_eq!(ids.lock().unwrap().len(), 2, "the server has both hints");
        assert!(left.told.is_ok(), "{:?}", left.told);
        assert!(!learner.is_joined());
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn the_background_reporter_catches_up_once_the_server_is_back() {
        let port = {
            let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
            listener.local_addr().unwrap().port()
        };
        let dir = tempfile::tempdir().unwrap();
        let learner = Learner::at(dir.path());
        learner
            .store(&Membership {
                server: format!("http://127.0.0.1:{port}"),
                learner_id: "l1".into(),
                learner_token: "t".into(),
                class_name: "c".into(),
                name: "Ann".into(),
                joined_at_ms: 1,
            })
            .unwrap();
        let reporter = Reporter::spawn(learner.clone());
        let hint = |number| Happened::Hint {
            exercise: "two-stages".into(),
            number,
        };
        // Down: told at once all the same, and queued.
        for number in 1..=3 {
            reporter.tell(hint(number));
        }
        let until = Instant::now() + Duration::from_secs(20);
        while learner.queue().status().unwrap().last_error.is_none() {
            assert!(Instant::now() < until, "no send was tried");
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
        let ids = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
        let listener = tokio::net::TcpListener::bind(("127.0.0.1", port))
            .await
            .unwrap();
        tokio::spawn(serve(listener, ids.clone()));
        while ids.lock().unwrap().len() < 3 {
            assert!(
                Instant::now() < until,
                "not caught up: {:?}",
                learner.queue().status()
            );
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
        reporter.tell(hint(4));
        reporter.finish(Duration::from_secs(10)).await;
        let ids = ids.lock().unwrap().clone();
        let unique: std::collections::BTreeSet<&String> = ids.iter().collect();
        assert_eq!((ids.len(), unique.len()), (4, 4), "{ids:?}");
        assert_eq!(learner.queue().status().unwrap().queued, 0);
    }
}
