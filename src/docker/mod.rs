//! The Docker engine: finding it, building, inspecting, running, cleaning up.
//!
//! - `endpoint`: where the engine is (a pure search), `connect`: reaching it and explaining
//!   why not;
//! - `dockerignore`, `context`: the build context as Docker sends it, streamed;
//! - `build`: BuildKit or the classic builder, with progress and failures;
//! - `image`: inspect, history and paths; `run` and `http`: confined runs and probes;
//!   `cache`: the cache probe's edit;
//! - `naming`, `cleanup`: tags and labels, and removing what was made;
//! - `doctor`, `pull`: the commands.

pub mod build;
pub mod cache;
pub mod cleanup;
mod connect;
pub mod context;
pub mod dockerignore;
mod doctor;
mod endpoint;
pub mod http;
pub mod image;
pub mod naming;
mod pull;
pub mod run;

use std::process::ExitCode;

use bollard::Docker;

use crate::cli::{Builder, EngineArgs};
use crate::course::Course;

pub use build::BuilderKind;
pub use cleanup::on_interrupt;

/// A connected engine.
pub struct Engine {
    docker: Docker,
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
    /// Finds the engine as `doctor` describes, and makes sure a Ctrl-C removes the containers
    /// this process starts.
    pub async fn connect(args: &EngineArgs) -> Result<Engine, Unavailable> {
        let search = endpoint::search(
            args.host.as_deref(),
            &endpoint::real_env(),
            &endpoint::RealFiles,
        );
        let (connected, _) = connect::connect(&search).await;
        let connected = connected?;
        let (builder, _) = choose_builder(args.builder, &connected.version)?;
        cleanup::install_interrupt_handler(&connected.endpoint);
        Ok(Engine {
            docker: connected.docker,
            builder,
        })
    }

    pub fn docker(&self) -> &Docker {
        &self.docker
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
    wanted: Builder,
    version: &bollard::models::SystemVersion,
) -> Result<(BuilderKind, String), Unavailable> {
    let offered = offers_buildkit(version);
    match (wanted, offered) {
        (Builder::Classic, _) => Ok((
            BuilderKind::Classic,
            "the classic builder, as asked (--builder classic)".into(),
        )),
        (Builder::Buildkit, Ok(())) => Ok((
            BuilderKind::BuildKit,
            "BuildKit, as asked (--builder buildkit)".into(),
        )),
        (Builder::Buildkit, Err(why)) => Err(Unavailable {
            problem: format!("--builder buildkit was asked for, but this engine cannot: {why}"),
            fix: "use --builder auto (the classic builder here) or upgrade the engine".into(),
        }),
        (Builder::Auto, Ok(())) => Ok((
            BuilderKind::BuildKit,
            "BuildKit, which the engine offers (--builder classic switches)".into(),
        )),
        (Builder::Auto, Err(why)) => {
            Ok((BuilderKind::Classic, format!("the classic builder: {why}")))
        }
    }
}

/// `dockerlings doctor`: the endpoint search, the engine, BuildKit, the course's images.
pub async fn doctor(
    args: &EngineArgs,
    course: Option<&Course>,
    json: bool,
) -> anyhow::Result<ExitCode> {
    doctor::run(args, course, json).await
}

/// `dockerlings pull`: every image the course names, with a progress bar each.
pub async fn pull(args: &EngineArgs, images: &[String]) -> anyhow::Result<ExitCode> {
    let engine = Engine::connect(args)
        .await
        .map_err(|why| anyhow::anyhow!("pull needs the Docker engine: {why}"))?;
    pull::run(&engine, images).await
}

/// `dockerlings clean`: removes the images and containers this workspace made.
pub async fn clean(args: &EngineArgs, workspace_id: &str) -> anyhow::Result<ExitCode> {
    let engine = Engine::connect(args)
        .await
        .map_err(|why| anyhow::anyhow!("clean needs the Docker engine: {why}"))?;
    let removed = cleanup::remove_workspace_objects(&engine.docker, workspace_id)
        .await
        .map_err(|err| anyhow::anyhow!("the engine refused to remove something: {err}; `docker ps -a --filter label={}={workspace_id}` shows what is left", naming::LABEL_WORKSPACE))?;
    let plural = |n: usize| if n == 1 { "" } else { "s" };
    println!(
        "Removed {} container{} and {} image{} of this workspace.",
        removed.containers,
        plural(removed.containers),
        removed.images,
        plural(removed.images)
    );
    println!("The engine's build cache is shared; `docker builder prune` empties it.");
    Ok(ExitCode::SUCCESS)
}

/// Removes every container and image labelled with this workspace id; returns how many.
pub async fn remove_workspace_objects(
    engine: &Engine,
    workspace_id: &str,
) -> anyhow::Result<usize> {
    let removed = cleanup::remove_workspace_objects(&engine.docker, workspace_id).await?;
    Ok(removed.containers + removed.images)
}

/// The size (as `docker images` shows it) of the image the last check run of an exercise
/// built in this workspace, if it exists.
pub async fn built_image_size(engine: &Engine, workspace_id: &str, exercise: &str) -> Option<u64> {
    let tag = naming::image_tag(workspace_id, exercise, "latest");
    image::inspect(engine.docker(), &tag)
        .await
        .ok()
        .flatten()
        .map(|inspected| image::size(&inspected))
}
