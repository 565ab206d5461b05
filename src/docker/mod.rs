//! The Docker engine: finding it, building, inspecting, running, cleaning up.
//!
//! - `endpoint`: where the engine is (a pure search), `connect`: reaching it and explaining
//!   why not;
//! - `dockerignore`, `context`: the build context as Docker sends it, streamed;
//! - `build`: BuildKit or the classic builder, with progress and failures;
//! - `image`: inspect, history and paths; `run` and `http`: confined runs and probes;
//!   `cache`: the cache probe's edit;
//! - `naming`, `cleanup`: tags and labels, and removing what was made;
//! - `doctor`, `pull`: what the commands of those names report, as values;
//! - `bundle`: workshop bundles, packed from the engine's export and loaded back.
//!
//! The driver takes its own [`Config`], returns values and prints nothing; it knows no course,
//! workspace or command line. It installs no signal handler: callers cancel its work with a
//! token, and it removes what it made on the way out.

pub mod build;
pub mod bundle;
pub mod cache;
pub mod cleanup;
mod connect;
pub mod context;
pub mod dockerignore;
pub mod doctor;
mod endpoint;
pub mod export;
pub mod http;
pub mod image;
pub mod naming;
pub mod pull;
pub mod run;

use bollard::Docker;

pub use build::BuilderKind;
pub use cleanup::Removed;

/// Which engine and which builder.
#[derive(Debug, Clone, Default)]
pub struct Config {
    /// Like DOCKER_HOST; `None` searches the usual places.
    pub host: Option<String>,
    pub builder: BuilderChoice,
}

/// The builder asked for.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum BuilderChoice {
    /// BuildKit where the engine offers it, the classic builder otherwise.
    #[default]
    Auto,
    BuildKit,
    Classic,
}

/// A connected engine.
pub struct Engine {
    docker: Docker,
    /// The engine's Unix socket, where BuildKit sessions are opened.
    socket: Option<std::path::PathBuf>,
    pub builder: BuilderKind,
    /// `Docker Engine - Community`, `Podman Engine`: as the engine names itself.
    pub name: String,
    pub version: String,
}

/// What a gradebook records of the engine that ran the checks.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct EngineFacts {
    pub name: String,
    pub version: String,
    /// `overlay2`, `containerd (overlayfs)`, …: sizes and layers differ between stores.
    pub image_store: String,
    pub builder: BuilderKind,
}

/// Why there is no engine, and what to do about it (as `doctor` says it).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{problem}\n  fix: {fix}")]
pub struct Unavailable {
    pub problem: String,
    pub fix: String,
}

impl From<connect::Problem> for Unavailable {
    fn from(problem: connect::Problem) -> Self {
        Unavailable {
            problem: problem.problem,
            fix: problem.fix,
        }
    }
}

impl Engine {
    /// Finds the engine as `doctor` describes.
    pub async fn connect(config: &Config) -> Result<Engine, Unavailable> {
        let search = endpoint::search(
            config.host.as_deref(),
            &endpoint::real_env(),
            &endpoint::RealFiles,
        );
        let (connected, _) = connect::connect(&search).await;
        let connected = connected?;
        let (builder, _) = choose_builder(config.builder, &connected.version)?;
        let version = &connected.version;
        Ok(Engine {
            name: engine_name(version),
            version: version.version.clone().unwrap_or_default(),
            docker: connected.docker,
            socket: connected.endpoint.socket_path().map(Into::into),
            builder,
        })
    }

    /// The engine's name, version, image store and builder; the store is asked for.
    pub async fn facts(&self) -> EngineFacts {
        let image_store = match self.docker.info().await {
            Ok(info) => image_store(&info),
            Err(err) => format!("unknown ({err})"),
        };
        EngineFacts {
            name: self.name.clone(),
            version: self.version.clone(),
            image_store,
            builder: self.builder,
        }
    }

    pub fn docker(&self) -> &Docker {
        &self.docker
    }

    /// Where a BuildKit session can be opened: the engine's Unix socket, when it has one.
    pub fn session_socket(&self) -> Option<&std::path::Path> {
        self.socket.as_deref()
    }
}

/// How long a lost engine is waited for before a request is tried again: a service that
/// crashed comes back on the next connection (systemd's socket activation of `podman.socket`
/// and `docker.socket`) within seconds.
pub const ENGINE_RETURN_WAIT: std::time::Duration = std::time::Duration::from_secs(20);

/// Waits until the engine answers a ping again, for at most `wait`; whether it did.
pub async fn answers_again(docker: &Docker, wait: std::time::Duration) -> bool {
    let deadline = tokio::time::Instant::now() + wait;
    loop {
        let ping = tokio::time::timeout(std::time::Duration::from_secs(2), docker.ping()).await;
        if matches!(ping, Ok(Ok(_))) {
            return true;
        }
        if tokio::time::Instant::now() >= deadline {
            return false;
        }
        tokio::time::sleep(std::time::Duration::from_millis(250)).await;
    }
}

/// `Docker Engine - Community`, or `Docker Engine` when it does not say.
pub(crate) fn engine_name(version: &bollard::models::SystemVersion) -> String {
    version
        .platform
        .as_ref()
        .map(|p| p.name.clone())
        .filter(|n| !n.is_empty())
        .unwrap_or_else(|| "Docker Engine".into())
}

/// The storage driver, and whether images live in containerd's store (Docker 29's default).
fn image_store(info: &bollard::models::SystemInfo) -> String {
    let driver = info.driver.clone().unwrap_or_else(|| "unknown".into());
    let containerd = info.driver_status.iter().flatten().any(|pair| {
        pair.first().is_some_and(|k| k == "driver-type")
            && pair.get(1).is_some_and(|v| v.contains("containerd"))
    });
    if containerd {
        format!("containerd ({driver})")
    } else {
        driver
    }
}

/// Does the engine offer BuildKit at all? Linux engines since API 1.39 (Engine 18.09) do;
/// Podman's Docker API and Windows engines do not.
fn offers_buildkit(version: &bollard::models::SystemVersion) -> Result<(), String> {
    let api = version.api_version.as_deref().unwrap_or("0");
    let (major, minor) = api.split_once('.').unwrap_or((api, "0"));
    let api_ok = (
        major.parse::<u32>().unwrap_or(0),
        minor.parse::<u32>().unwrap_or(0),
    ) >= (1, 39);
    let podman = version
        .components
        .iter()
        .flatten()
        .any(|c| c.name.to_lowercase().contains("podman"));
    let os = version.os.as_deref().unwrap_or("linux");
    if podman {
        Err("Podman's Docker API has no BuildKit".into())
    } else if os != "linux" {
        Err(format!("{os} engines have no BuildKit"))
    } else if !api_ok {
        Err(format!("API {api} is older than 1.39 (Engine 18.09)"))
    } else {
        Ok(())
    }
}

fn choose_builder(
    wanted: BuilderChoice,
    version: &bollard::models::SystemVersion,
) -> Result<(BuilderKind, String), Unavailable> {
    let offered = offers_buildkit(version);
    match (wanted, offered) {
        (BuilderChoice::Classic, _) => Ok((
            BuilderKind::Classic,
            "the classic builder, as asked (--builder classic)".into(),
        )),
        (BuilderChoice::BuildKit, Ok(())) => Ok((
            BuilderKind::BuildKit,
            "BuildKit, as asked (--builder buildkit)".into(),
        )),
        (BuilderChoice::BuildKit, Err(why)) => Err(Unavailable {
            problem: format!("--builder buildkit was asked for, but this engine cannot: {why}"),
            fix: "use --builder auto (the classic builder here) or upgrade the engine".into(),
        }),
        (BuilderChoice::Auto, Ok(())) => Ok((
            BuilderKind::BuildKit,
            "BuildKit, which the engine offers (--builder classic switches)".into(),
        )),
        (BuilderChoice::Auto, Err(why)) => {
            Ok((BuilderKind::Classic, format!("the classic builder: {why}")))
        }
    }
}

/// An engine error in words a learner can act on: a lost connection or a stream cut short is
/// the engine's problem, said so, rather than the HTTP client's wording.
pub fn describe_error(err: &bollard::errors::Error) -> String {
    use bollard::errors::Error;
    match err {
        Error::HyperLegacyError { .. } | Error::HyperResponseError { .. } => format!(
            "the connection to the Docker engine was lost ({err}); is the engine still running? `dockerlings doctor` checks it"
        ),
        Error::IOError { err: io } if io.to_string().contains("bytes remaining on stream") => {
            "the engine's answer ended in the middle of a message (the connection was cut or the engine is overloaded); run it again, and `dockerlings doctor` checks the engine".into()
        }
        Error::IOError { .. } | Error::RequestTimeoutError => format!(
            "the Docker engine stopped answering ({err}); `dockerlings doctor` checks it"
        ),
        other => other.to_string(),
    }
}

/// Whether an error means the engine could not be reached or stopped answering, rather than
/// an answer about the request.
pub fn is_transport_error(err: &bollard::errors::Error) -> bool {
    use bollard::errors::Error;
    matches!(
        err,
        Error::HyperLegacyError { .. }
            | Error::HyperResponseError { .. }
            | Error::IOError { .. }
            | Error::RequestTimeoutError
            | Error::SocketNotFoundError(_)
    )
}

/// Removes what earlier runs of this workspace left behind: containers whose owner process
/// is gone or whose deadline passed, and images a newer build superseded.
pub async fn sweep(engine: &Engine, workspace_id: &str) -> Result<Removed, bollard::errors::Error> {
    cleanup::sweep(&engine.docker, workspace_id).await
}

/// Removes the containers process `owner` made on this machine whose deadline passed, or
/// all of them when `owner_gone`.
pub async fn reap(
    engine: &Engine,
    owner: u32,
    owner_gone: bool,
) -> Result<usize, bollard::errors::Error> {
    cleanup::reap(&engine.docker, owner, owner_gone).await
}

/// Removes every container (first) and image labelled with this workspace id.
pub async fn remove_workspace_objects(
    engine: &Engine,
    workspace_id: &str,
) -> Result<Removed, bollard::errors::Error> {
    cleanup::remove_workspace_objects(&engine.docker, workspace_id).await
}

/// The size (see `image::size`) of the image the last check run of an exercise built in this
/// workspace, if it exists.
pub async fn built_image_size(engine: &Engine, workspace_id: &str, exercise: &str) -> Option<u64> {
    let tag = naming::image_tag(workspace_id, exercise, "latest");
    image::size(engine.docker(), &tag).await.ok().flatten()
}
