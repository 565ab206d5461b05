//! Building an image: the context streamed as a tar, BuildKit or the classic builder, progress
//! sent as events, and a failed build turned into the failing instruction and its last lines.

mod buildkit;
mod classic;
mod session;

use std::collections::{HashMap, VecDeque};
use std::path::{Path, PathBuf};
use std::time::Instant;

use bollard::query_parameters::{BuildImageOptionsBuilder, BuilderVersion};
use futures_util::StreamExt;
use tokio_util::sync::CancellationToken;

use super::context::{self, ContextStats, Pinned};

/// Lines of a failed step's output kept for the result.
pub const OUTPUT_TAIL: usize = 15;

/// Which builder the engine uses for a build.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum BuilderKind {
    #[serde(rename = "buildkit")]
    BuildKit,
    Classic,
}

impl BuilderKind {
    pub fn name(self) -> &'static str {
        match self {
            BuilderKind::BuildKit => "BuildKit",
            BuilderKind::Classic => "the classic builder",
        }
    }
}

/// What to build.
#[derive(Debug, Clone)]
pub struct BuildSpec {
    /// The folder sent as the context.
    pub context: PathBuf,
    /// The Dockerfile, relative to `context`.
    pub dockerfile: PathBuf,
    pub tag: String,
    /// `--target STAGE`.
    pub target: Option<String>,
    pub labels: HashMap<String, String>,
    /// Files sent as the checks read them rather than as they are on disk now.
    pub pinned: Pinned,
    /// `--build-arg NAME=VALUE`.
    pub build_args: HashMap<String, String>,
    /// `--platform`, e.g. `linux/arm64`; the engine's own when `None`.
    pub platform: Option<String>,
}

/// One instruction the builder ran (or took from its cache).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Step {
    /// The stage, as BuildKit names it (`builder`, `stage-1`); the classic builder does not say.
    pub stage: Option<String>,
    /// 1-based position in its stage (BuildKit) or in the whole file (classic), `FROM` included.
    pub position: Option<usize>,
    /// As the builder prints it, e.g. `RUN go mod download`.
    pub instruction: String,
    pub cached: bool,
    /// How long it ran in milliseconds, where the builder says (BuildKit's start and end).
    pub millis: Option<u64>,
}

/// A successful build.
#[derive(Debug, Clone)]
pub struct Built {
    pub tag: String,
    pub steps: Vec<Step>,
    pub context: ContextStats,
    pub builder: BuilderKind,
    pub seconds: f64,
}

/// A build that did not produce an image because of the Dockerfile or the context.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Failure {
    /// The builder's error, e.g. `The command '/bin/sh -c false' returned a non-zero code: 1`.
    pub message: String,
    /// The step that failed, when the builder said which.
    pub step: Option<Step>,
    /// The last lines that step (or the build) printed.
    pub output: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum BuildError {
    #[error("the build failed: {}", .0.message)]
    Failed(Failure),
    /// The context could not be sent: a bad `.dockerignore` pattern, an unreadable file.
    #[error("the build context cannot be sent: {0}")]
    Context(String),
    /// The engine could not be asked (connection lost, engine error).
    #[error("the engine did not build: {0}")]
    Engine(String),
    #[error("cancelled")]
    Cancelled,
}

/// What a build reports while it runs.
#[derive(Debug, Clone, PartialEq)]
pub enum BuildEvent {
    /// `step` of `total` is running `instruction`.
    Step {
        step: usize,
        total: usize,
        instruction: String,
    },
    /// A line of build output.
    Log(String),
}

/// Where a build's events go.
pub trait BuildSink: Send + Sync {
    fn send(&self, event: BuildEvent);
}

impl<F: Fn(BuildEvent) + Send + Sync> BuildSink for F {
    fn send(&self, event: BuildEvent) {
        self(event)
    }
}

/// A sink that drops everything.
pub fn ignore(_: BuildEvent) {}

/// Progress of a build as the engine reports it, turned into steps and events.
trait Tracker {
    fn feed(&mut self, info: bollard::models::BuildInfo, events: &dyn BuildSink);
    fn steps(&self) -> Vec<Step>;
    /// The failed step and its output, once the engine said the build failed.
    fn failure(&self, message: &str) -> (Option<Step>, Vec<String>);
    /// A container the builder runs a step in right now, which a cancelled build removes.
    fn running_container(&self) -> Option<String> {
        None
    }
}

/// Builds `spec` with `builder`. Cancelling drops the request, which makes the engine stop.
/// A stream that breaks off (a lost connection, a message cut short) is the engine's problem,
/// not the Dockerfile's: the build is tried once more, then reported as
/// [`BuildError::Engine`]. The image the tag named before, now superseded, is removed.
pub async fn build(
    engine: &super::Engine,
    builder: BuilderKind,
    spec: &BuildSpec,
    events: &dyn BuildSink,
    cancel: &CancellationToken,
) -> Result<Built, BuildError> {
    let docker = engine.docker();
    let previous = super::image::inspect(docker, &spec.tag)
        .await
        .ok()
        .flatten()
        .and_then(|image| image.id);
    let mut built = build_once(engine, builder, spec, events, cancel).await;
    if matches!(built, Err(BuildError::Engine(_)))
        && !cancel.is_cancelled()
        && super::answers_again(docker, super::ENGINE_RETURN_WAIT).await
    {
        events.send(BuildEvent::Log(
            "the engine's build stream broke off; building once more".into(),
        ));
        built = build_once(engine, builder, spec, events, cancel).await;
    }
    if built.is_ok()
        && let Some(previous) = previous
    {
        let now = super::image::inspect(docker, &spec.tag)
            .await
            .ok()
            .flatten()
            .and_then(|image| image.id);
        if now.is_some_and(|now| now != previous) {
            // Best effort: the next run's sweep removes what stays.
            let _ = super::cleanup::remove_image_if_unused(docker, &previous).await;
        }
    }
    built
}

async fn build_once(
    engine: &super::Engine,
    builder: BuilderKind,
    spec: &BuildSpec,
    events: &dyn BuildSink,
    cancel: &CancellationToken,
) -> Result<Built, BuildError> {
    let started = Instant::now();
    let docker = engine.docker();
    let ignore = context::rules(&spec.context, &spec.dockerfile, &spec.pinned)
        .map_err(|err| BuildError::Context(err.to_string()))?;
    let dockerfile = slash_path(&spec.dockerfile);
    let mut options = BuildImageOptionsBuilder::default()
        .t(&spec.tag)
        .rm(true)
        .forcerm(true)
        .labels(&spec.labels);
    if let Some(target) = &spec.target {
        options = options.target(target);
    }
    if !spec.build_args.is_empty() {
        options = options.buildargs(&spec.build_args);
    }
    if let Some(platform) = &spec.platform {
        options = options.platform(platform);
    }
    let upload = match builder {
        BuilderKind::BuildKit => match engine.session_socket() {
            Some(socket) => open_session(socket, spec).await?,
            None => None,
        },
        BuilderKind::Classic => None,
    };
    let (session_docker, upload, body) = match upload {
        Some(session) => {
            // bollard runs its own session (without file sync) for a BuildKit build, under
            // the same id: the request goes as a classic one and is made a BuildKit one here.
            options = options
                .version(BuilderVersion::BuilderV1)
                .remote("client-session")
                .session(&session.session.id)
                .dockerfile(&session.dockerfile_name);
            let docker = docker.clone().with_request_modifier(as_buildkit);
            let body = bollard::body_full(bytes::Bytes::new());
            (Some(docker), Upload::Session(session), body)
        }
        None => {
            options = options.dockerfile(&dockerfile);
            options = match builder {
                BuilderKind::Classic => options.version(BuilderVersion::BuilderV1),
                BuilderKind::BuildKit => options
                    .version(BuilderVersion::BuilderBuildKit)
                    .session(&session_id()),
            };
            let (body, walker) = context::stream(spec.context.clone(), ignore, spec.pinned.clone());
            (None, Upload::Tar(walker), bollard::body_try_stream(body))
        }
    };
    let mut tracker: Box<dyn Tracker + Send> = match builder {
        BuilderKind::Classic => Box::new(classic::ClassicTracker::default()),
        BuilderKind::BuildKit => Box::new(buildkit::BuildKitTracker::default()),
    };
    let sender = session_docker.as_ref().unwrap_or(docker);
    let mut stream = sender.build_image(options.build(), None, Some(body));
    let mut error = None;
    loop {
        tokio::select! {
            _ = cancel.cancelled() => {
                drop(stream);
                // Ends the walk or the session.
                if let Upload::Tar(walker) = &upload {
                    walker.abort();
                }
                drop(upload);
                if let Some(id) = tracker.running_container() {
                    let _ = super::cleanup::remove_container(docker, &id).await;
                }
                return Err(BuildError::Cancelled);
            }
            item = stream.next() => match item {
                None => break,
                Some(Ok(info)) => tracker.feed(info, events),
                Some(Err(err)) => {
                    error = Some(err);
                    break;
                }
            }
        }
    }
    drop(stream);
    let stats = match upload {
        Upload::Tar(walker) => match walker.await {
            Ok(Ok(stats)) => stats,
            // The engine stopped reading because it failed: its error is the one to show.
            Ok(Err(err)) if err.kind() == std::io::ErrorKind::BrokenPipe && error.is_some() => {
                ContextStats::default()
            }
            // The walk's own error says more than the engine's "unexpected EOF".
            Ok(Err(err)) => return Err(BuildError::Context(err.to_string())),
            Err(_) => ContextStats::default(),
        },
        Upload::Session(session) => {
            // A file the session could not read says more than the engine's error.
            if let Some(why) = session.session.failure() {
                return Err(BuildError::Context(why));
            }
            session.stats
        }
    };
    if let Some(err) = error {
        return Err(match err {
            bollard::errors::Error::DockerStreamError { error } => {
                let (step, output) = tracker.failure(&error);
                BuildError::Failed(Failure {
                    message: error.trim().to_string(),
                    step,
                    output,
                })
            }
            // A 4xx at the start is about the request: a missing Dockerfile, a bad target.
            bollard::errors::Error::DockerResponseServerError {
                status_code,
                message,
            } if (400..500).contains(&status_code) => BuildError::Failed(Failure {
                message,
                step: None,
                output: Vec::new(),
            }),
            other => BuildError::Engine(super::describe_error(&other)),
        });
    }
    Ok(Built {
        tag: spec.tag.clone(),
        steps: tracker.steps(),
        context: stats,
        builder,
        seconds: started.elapsed().as_secs_f64(),
    })
}

/// How the context reaches the engine.
enum Upload {
    /// A tar streamed as the request's body, by this walk.
    Tar(tokio::task::JoinHandle<std::io::Result<ContextStats>>),
    /// BuildKit reads it over a session.
    Session(OpenSession),
}

struct OpenSession {
    session: session::Session,
    dockerfile_name: String,
    stats: ContextStats,
}

/// A BuildKit session serving the context, or `None` when the context or the engine cannot
/// have one (a name that is not UTF-8; an engine without sessions): then the tar is sent.
async fn open_session(socket: &Path, spec: &BuildSpec) -> Result<Option<OpenSession>, BuildError> {
    let Some(folders) = session::list(&spec.context, &spec.dockerfile, &spec.pinned)
        .map_err(BuildError::Context)?
    else {
        return Ok(None);
    };
    let dockerfile_name = folders.dockerfile_name.clone();
    let stats = folders.stats;
    Ok(session::start(socket, &session_id(), folders)
        .await
        .ok()
        .map(|session| OpenSession {
            session,
            dockerfile_name,
            stats,
        }))
}

/// Makes a `POST /build` sent with `version=1` a BuildKit one (`version=2`).
fn as_buildkit(mut request: bollard::BollardRequest) -> bollard::BollardRequest {
    let uri = request.uri().clone();
    if !uri.path().ends_with("/build") {
        return request;
    }
    let Some(query) = uri.query() else {
        return request;
    };
    let query: Vec<&str> = query
        .split('&')
        .map(|pair| {
            if pair == "version=1" {
                "version=2"
            } else {
                pair
            }
        })
        .collect();
    let mut parts = uri.clone().into_parts();
    parts.path_and_query = format!("{}?{}", uri.path(), query.join("&")).parse().ok();
    if let Ok(rewritten) = hyper::Uri::from_parts(parts) {
        *request.uri_mut() = rewritten;
    }
    request
}

fn slash_path(path: &Path) -> String {
    path.components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect::<Vec<_>>()
        .join("/")
}

fn session_id() -> String {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap_or_default()
        .as_nanos();
    format!("dockerlings-{}-{nanos:x}", std::process::id())
}

/// The last lines of some output.
#[derive(Debug, Clone, Default)]
struct Tail {
    lines: VecDeque<String>,
    partial: String,
}

impl Tail {
    const KEEP: usize = 200;

    /// Adds output text; returns the complete lines it finished.
    fn push(&mut self, text: &str) -> Vec<String> {
        self.partial.push_str(text);
        let mut done = Vec::new();
        while let Some(newline) = self.partial.find('\n') {
            let line: String = self.partial.drain(..=newline).collect();
            let line = line.trim_end_matches(['\n', '\r']).to_string();
            // Progress bars redraw with `\r`: keep what was drawn last.
            let line = line.rsplit('\r').next().unwrap_or("").to_string();
            self.lines.push_back(line.clone());
            if self.lines.len() > Self::KEEP {
                self.lines.pop_front();
            }
            done.push(line);
        }
        done
    }

    fn last(&self, count: usize) -> Vec<String> {
        let mut lines: Vec<String> = self.lines.iter().cloned().collect();
        if !self.partial.trim().is_empty() {
            lines.push(self.partial.trim_end().to_string());
        }
        let skip = lines.len().saturating_sub(count);
        lines.split_off(skip)
    }
}

fn send_lines(lines: Vec<String>, events: &dyn BuildSink) {
    for line in lines {
        events.send(BuildEvent::Log(line));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use bollard::Docker;
    use std::sync::Arc;
    use std::sync::atomic::{AtomicUsize, Ordering};
    use tokio::io::{AsyncReadExt, AsyncWriteExt};

    /// A fake engine on a Unix socket: each build gets the next of `answers` as its chunked
    /// body (the last one repeats); anything else is "no such image".
    async fn fake_engine(dir: &Path, answers: Vec<&'static str>) -> (Docker, Arc<AtomicUsize>) {
        let socket = dir.join("engine.sock");
        let listener = tokio::net::UnixListener::bind(&socket).unwrap();
        let builds = Arc::new(AtomicUsize::new(0));
        let counter = builds.clone();
        tokio::spawn(async move {
            loop {
                let Ok((mut conn, _)) = listener.accept().await else {
                    return;
                };
                let mut request = Vec::new();
                let mut buf = [0u8; 8192];
                while !request.windows(4).any(|w| w == b"\r\n\r\n") {
                    match conn.read(&mut buf).await {
                        Ok(0) | Err(_) => break,
                        Ok(n) => request.extend_from_slice(&buf[..n]),
                    }
                }
                let head = String::from_utf8_lossy(&request).to_string();
                if head.starts_with("POST /") && head.contains("/build") {
                    // The context comes chunked: read it to its last chunk.
                    while !request.ends_with(b"0\r\n\r\n") {
                        match conn.read(&mut buf).await {
                            Ok(0) | Err(_) => break,
                            Ok(n) => request.extend_from_slice(&buf[..n]),
                        }
                    }
                    let n = counter.fetch_add(1, Ordering::SeqCst);
                    let body = answers[n.min(answers.len() - 1)];
                    let reply = format!(
                        "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n{:x}\r\n{body}\r\n0\r\n\r\n",
                        body.len()
                    );
                    let _ = conn.write_all(reply.as_bytes()).await;
                } else if head.contains("/_ping") {
                    let reply = "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 2\r\nConnection: close\r\n\r\nOK";
                    let _ = conn.write_all(reply.as_bytes()).await;
                } else {
                    let body = r#"{"message":"no such image"}"#;
                    let reply = format!(
                        "HTTP/1.1 404 Not Found\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
                        body.len()
                    );
                    let _ = conn.write_all(reply.as_bytes()).await;
                }
                let _ = conn.shutdown().await;
            }
        });
        let docker =
            Docker::connect_with_unix(socket.to_str().unwrap(), 30, bollard::API_DEFAULT_VERSION)
                .unwrap();
        (docker, builds)
    }

    fn engine(docker: Docker) -> crate::docker::Engine {
        crate::docker::Engine {
            docker,
            socket: None,
            builder: BuilderKind::Classic,
            name: "fake".into(),
            version: String::new(),
        }
    }

    fn spec(dir: &Path) -> BuildSpec {
        std::fs::write(dir.join("Dockerfile"), "FROM scratch\n").unwrap();
        BuildSpec {
            context: dir.to_path_buf(),
            dockerfile: PathBuf::from("Dockerfile"),
            tag: "dockerlings-test/truncated:latest".into(),
            target: None,
            labels: HashMap::new(),
            pinned: Pinned::default(),
            build_args: HashMap::new(),
            platform: None,
        }
    }

    /// Two messages, the second cut off: what the engine sends when its stream breaks.
    const TRUNCATED: &str = "{\"stream\":\"Step 1/1 : FROM scratch\\n\"}\n{\"stream\":\"Succ";
    const COMPLETE: &str = "{\"stream\":\"Step 1/1 : FROM scratch\\n\"}\n{\"stream\":\"Successfully built 0123456789ab\\n\"}\n";

    #[tokio::test]
    async fn a_truncated_stream_is_the_engines_problem_after_one_retry() {
        let dir = tempfile::tempdir().unwrap();
        let (docker, builds) = fake_engine(dir.path(), vec![TRUNCATED]).await;
        let engine = engine(docker);
        let context = tempfile::tempdir().unwrap();
        let result = build(
            &engine,
            BuilderKind::Classic,
            &spec(context.path()),
            &ignore,
            &CancellationToken::new(),
        )
        .await;
        assert_eq!(builds.load(Ordering::SeqCst), 2, "tried once more");
        match result {
            Err(BuildError::Engine(why)) => {
                assert!(why.contains("ended in the middle of a message"), "{why}")
            }
            other => panic!("not an engine error: {other:?}"),
        }
    }

    #[tokio::test]
    async fn a_truncated_stream_then_a_whole_one_builds() {
        let dir = tempfile::tempdir().unwrap();
        let (docker, builds) = fake_engine(dir.path(), vec![TRUNCATED, COMPLETE]).await;
        let engine = engine(docker);
        let context = tempfile::tempdir().unwrap();
        let built = build(
            &engine,
            BuilderKind::Classic,
            &spec(context.path()),
            &ignore,
            &CancellationToken::new(),
        )
        .await;
        assert_eq!(builds.load(Ordering::SeqCst), 2);
        let built = built.unwrap();
        assert_eq!(built.steps.len(), 1);
    }
}
