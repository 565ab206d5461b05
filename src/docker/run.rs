//! Running an image for a check: confined (memory and process limits, no privileges, a few
//! capabilities dropped, no host mounts, ports published on 127.0.0.1 only), under a deadline,
//! and always removed afterwards.

use std::collections::HashMap;
use std::time::{Duration, Instant};

use bollard::Docker;
use bollard::container::LogOutput;
use bollard::models::{ContainerCreateBody, HostConfig, PortBinding};
use bollard::query_parameters::{
    CreateContainerOptionsBuilder, LogsOptionsBuilder, StartContainerOptions, WaitContainerOptions,
};
use futures_util::StreamExt;
use tokio_util::sync::CancellationToken;

use super::cleanup::ContainerGuard;
use super::http::{self, Response};
use super::naming;

pub const MEMORY_LIMIT: i64 = 256 * 1024 * 1024;
pub const PIDS_LIMIT: i64 = 128;
/// Default capabilities a small app never needs; the rest stay so that images that start as
/// root and switch users (nginx) still work.
const DROPPED_CAPABILITIES: &[&str] = &[
    "NET_RAW",
    "MKNOD",
    "AUDIT_WRITE",
    "SYS_CHROOT",
    "SETFCAP",
    "SETPCAP",
];
/// How long after its deadline a container counts as a leftover.
const EXPIRY_GRACE: Duration = Duration::from_secs(5);
/// Output kept per stream.
const OUTPUT_LIMIT: usize = 256 * 1024;

#[derive(Debug, Clone)]
pub struct RunSpec {
    pub image: String,
    /// Replaces the image's CMD.
    pub args: Option<Vec<String>>,
    /// A container port to publish on 127.0.0.1 and probe.
    pub probe: Option<ProbeSpec>,
    pub deadline: Duration,
    pub labels: HashMap<String, String>,
}

#[derive(Debug, Clone)]
pub struct ProbeSpec {
    pub port: u16,
    pub path: String,
    pub status: u16,
    pub contains: Option<String>,
}

impl ProbeSpec {
    /// The response that counts as ready and right.
    pub fn accepts(&self, response: &Response) -> bool {
        response.status == self.status
            && self
                .contains
                .as_ref()
                .is_none_or(|text| response.body.contains(text.as_str()))
    }
}

#[derive(Debug, Clone, Default)]
pub struct RunOutcome {
    /// `None` when it was still running (at the deadline, or when the probe was done).
    pub exit_code: Option<i64>,
    pub timed_out: bool,
    pub oom_killed: bool,
    pub stdout: String,
    pub stderr: String,
    pub probe: Option<ProbeOutcome>,
    pub seconds: f64,
}

#[derive(Debug, Clone, Default)]
pub struct ProbeOutcome {
    pub host_port: u16,
    pub accepted: bool,
    /// The last response, if any came.
    pub response: Option<Response>,
    /// Why the last attempt got no response.
    pub last_error: Option<String>,
    pub attempts: u32,
}

#[derive(Debug, thiserror::Error)]
pub enum RunError {
    #[error("{0}")]
    Engine(#[from] bollard::errors::Error),
    #[error("cancelled")]
    Cancelled,
}

fn host_config(probe: Option<&ProbeSpec>) -> HostConfig {
    let port_bindings = probe.map(|probe| {
        HashMap::from([(
            format!("{}/tcp", probe.port),
            Some(vec![PortBinding {
                host_ip: Some("127.0.0.1".into()),
                // Empty: the engine picks a free port, with no race against other programs.
                host_port: Some(String::new()),
            }]),
        )])
    });
    HostConfig {
        memory: Some(MEMORY_LIMIT),
        memory_swap: Some(MEMORY_LIMIT),
        pids_limit: Some(PIDS_LIMIT),
        privileged: Some(false),
        cap_drop: Some(DROPPED_CAPABILITIES.iter().map(|c| c.to_string()).collect()),
        security_opt: Some(vec!["no-new-privileges:true".into()]),
        // A program that only prints needs no network.
        network_mode: Some(if probe.is_some() { "bridge" } else { "none" }.into()),
        port_bindings,
        publish_all_ports: Some(false),
        binds: None,
        mounts: None,
        ..Default::default()
    }
}

/// Runs the image; removes the container whatever happens.
pub async fn run(
    docker: &Docker,
    spec: &RunSpec,
    cancel: &CancellationToken,
) -> Result<RunOutcome, RunError> {
    let started = Instant::now();
    let mut labels = spec.labels.clone();
    // After its deadline, whoever finds it removes it: the time to collect its output is
    // part of the grace.
    labels.extend(naming::owner_labels(
        std::time::SystemTime::now() + spec.deadline + EXPIRY_GRACE,
    ));
    let name = naming::container_name_for(&spec.labels);
    let body = ContainerCreateBody {
        image: Some(spec.image.clone()),
        cmd: spec.args.clone(),
        labels: Some(labels),
        exposed_ports: spec
            .probe
            .as_ref()
            .map(|probe| vec![format!("{}/tcp", probe.port)]),
        host_config: Some(host_config(spec.probe.as_ref())),
        tty: Some(false),
        ..Default::default()
    };
    // Owned from before the create call: an interrupted create is removed by name.
    let guard = ContainerGuard::new(docker, name.clone());
    let outcome = tokio::select! {
        _ = cancel.cancelled() => Err(RunError::Cancelled),
        outcome = async {
            docker
                .create_container(
                    Some(CreateContainerOptionsBuilder::default().name(&name).build()),
                    body,
                )
                .await?;
            run_created(docker, &name, spec, started).await
        } => outcome,
    };
    guard.remove().await;
    outcome
}

async fn run_created(
    docker: &Docker,
    id: &str,
    spec: &RunSpec,
    started: Instant,
) -> Result<RunOutcome, RunError> {
    docker
        .start_container(id, None::<StartContainerOptions>)
        .await?;
    let deadline = started + spec.deadline;
    let mut outcome = RunOutcome::default();
    match &spec.probe {
        None => match tokio::time::timeout_at(deadline.into(), wait_exit(docker, id)).await {
            Ok(code) => outcome.exit_code = Some(code?),
            Err(_) => outcome.timed_out = true,
        },
        Some(probe) => {
            let host_port = published_port(docker, id, probe.port).await?;
            let probed = probe_until(docker, id, host_port, probe, deadline).await?;
            outcome.timed_out = !probed.accepted && Instant::now() >= deadline;
            outcome.probe = Some(probed);
        }
    }
    let state = docker
        .inspect_container(
            id,
            None::<bollard::query_parameters::InspectContainerOptions>,
        )
        .await?
        .state;
    if let Some(state) = state {
        outcome.oom_killed = state.oom_killed.unwrap_or(false);
        if outcome.exit_code.is_none() && state.running == Some(false) {
            outcome.exit_code = state.exit_code;
        }
    }
    let (stdout, stderr) = output(docker, id).await?;
    outcome.stdout = stdout;
    outcome.stderr = stderr;
    outcome.seconds = started.elapsed().as_secs_f64();
    Ok(outcome)
}

async fn wait_exit(docker: &Docker, id: &str) -> Result<i64, bollard::errors::Error> {
    let mut waits = docker.wait_container(id, None::<WaitContainerOptions>);
    match waits.next().await {
        Some(Ok(response)) => Ok(response.status_code),
        // bollard reports a non-zero exit as an error carrying the code.
        Some(Err(bollard::errors::Error::DockerContainerWaitError { code, .. })) => Ok(code),
        Some(Err(err)) => Err(err),
        None => Ok(0),
    }
}

async fn published_port(
    docker: &Docker,
    id: &str,
    port: u16,
) -> Result<u16, bollard::errors::Error> {
    let key = format!("{port}/tcp");
    // The port map is filled in once the container's network is up.
    for _ in 0..20 {
        let container = docker
            .inspect_container(
                id,
                None::<bollard::query_parameters::InspectContainerOptions>,
            )
            .await?;
        let host_port = container
            .network_settings
            .and_then(|n| n.ports)
            .and_then(|ports| ports.get(&key).cloned().flatten())
            .and_then(|bindings| {
                bindings
                    .into_iter()
                    .find_map(|b| b.host_port.and_then(|p| p.parse::<u16>().ok()))
            });
        if let Some(host_port) = host_port {
            return Ok(host_port);
        }
        if container.state.and_then(|s| s.running) == Some(false) {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    Ok(0)
}

/// Asks until the answer is accepted, the container exits, or the deadline passes.
async fn probe_until(
    docker: &Docker,
    id: &str,
    host_port: u16,
    probe: &ProbeSpec,
    deadline: Instant,
) -> Result<ProbeOutcome, bollard::errors::Error> {
    let mut outcome = ProbeOutcome {
        host_port,
        ..Default::default()
    };
    if host_port == 0 {
        outcome.last_error = Some("the container stopped before its port was published".into());
        return Ok(outcome);
    }
    // A server that answers the same wrong thing several times in a row will not change its
    // mind: stop there instead of waiting out the deadline.
    const SAME_WRONG_ANSWERS: u32 = 4;
    let mut same_wrong = 0;
    loop {
        outcome.attempts += 1;
        let left = deadline.saturating_duration_since(Instant::now());
        let attempt = http::get(host_port, &probe.path, left.min(Duration::from_secs(3))).await;
        match attempt {
            Ok(response) => {
                let accepted = probe.accepts(&response);
                let same = outcome.response.as_ref().is_some_and(|last| {
                    last.status == response.status && last.body == response.body
                });
                same_wrong = if same { same_wrong + 1 } else { 1 };
                outcome.response = Some(response);
                outcome.last_error = None;
                if accepted {
                    outcome.accepted = true;
                    return Ok(outcome);
                }
                if same_wrong >= SAME_WRONG_ANSWERS {
                    return Ok(outcome);
                }
            }
            Err(err) => {
                same_wrong = 0;
                outcome.last_error = Some(err.to_string());
            }
        }
        let running = docker
            .inspect_container(
                id,
                None::<bollard::query_parameters::InspectContainerOptions>,
            )
            .await?
            .state
            .and_then(|s| s.running)
            .unwrap_or(false);
        if !running || Instant::now() + Duration::from_millis(250) >= deadline {
            return Ok(outcome);
        }
        tokio::time::sleep(Duration::from_millis(250)).await;
    }
}

async fn output(docker: &Docker, id: &str) -> Result<(String, String), bollard::errors::Error> {
    let options = LogsOptionsBuilder::default()
        .stdout(true)
        .stderr(true)
        .follow(false)
        .build();
    let mut logs = docker.logs(id, Some(options));
    let mut stdout = Vec::new();
    let mut stderr = Vec::new();
    while let Some(chunk) = logs.next().await {
        match chunk? {
            LogOutput::StdOut { message } | LogOutput::Console { message } => {
                if stdout.len() < OUTPUT_LIMIT {
                    stdout.extend_from_slice(&message);
                }
            }
            LogOutput::StdErr { message } => {
                if stderr.len() < OUTPUT_LIMIT {
                    stderr.extend_from_slice(&message);
                }
            }
            LogOutput::StdIn { .. } => {}
        }
    }
    Ok((
        String::from_utf8_lossy(&stdout).into_owned(),
        String::from_utf8_lossy(&stderr).into_owned(),
    ))
}
