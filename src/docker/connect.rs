//! Connecting to the endpoints the search found, and saying why one does not answer in terms
//! of what to do about it.

use std::error::Error as _;
use std::io;
use std::time::Duration;

use bollard::{API_DEFAULT_VERSION, Docker};
use serde::Serialize;

use super::endpoint::{Endpoint, Search};

/// How long a request may wait for the engine's answer to start. Builds and runs stream for
/// longer; their deadlines are our own.
const REQUEST_TIMEOUT_SECS: u64 = 600;
const PING_TIMEOUT: Duration = Duration::from_secs(5);

/// A problem and the one thing to do about it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Problem {
    pub problem: String,
    pub fix: String,
}

/// What happened when one endpoint was tried.
#[derive(Debug, Clone, Serialize)]
pub struct Attempt {
    pub source: String,
    pub host: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub problem: Option<Problem>,
}

/// An engine that answered.
pub struct Connected {
    pub docker: Docker,
    pub endpoint: Endpoint,
    pub source: String,
    pub version: bollard::models::SystemVersion,
}

/// A client for one endpoint (no request is made yet).
pub fn client(endpoint: &Endpoint) -> Result<Docker, bollard::errors::Error> {
    let host = endpoint.host.as_str();
    if host.starts_with("unix://") {
        Docker::connect_with_unix(host, REQUEST_TIMEOUT_SECS, API_DEFAULT_VERSION)
    } else if host.starts_with("ssh://") {
        Docker::connect_with_ssh(host, REQUEST_TIMEOUT_SECS, API_DEFAULT_VERSION, None)
    } else if let Some(tls) = &endpoint.tls {
        Docker::connect_with_ssl(
            host,
            &tls.key,
            &tls.cert,
            &tls.ca,
            REQUEST_TIMEOUT_SECS,
            API_DEFAULT_VERSION,
        )
    } else {
        Docker::connect_with_http(host, REQUEST_TIMEOUT_SECS, API_DEFAULT_VERSION)
    }
}

/// Tries the endpoints of `search` in order; the first that answers a ping is used.
pub async fn connect(search: &Search) -> (Result<Connected, Problem>, Vec<Attempt>) {
    let mut attempts = Vec::new();
    let mut first_problem = None;
    for (candidate, endpoint) in search.to_try() {
        let outcome = try_endpoint(endpoint).await;
        let problem = outcome.as_ref().err().cloned();
        attempts.push(Attempt {
            source: candidate.source.clone(),
            host: endpoint.host.clone(),
            problem: problem.clone(),
        });
        match outcome {
            Ok((docker, version)) => {
                return (
                    Ok(Connected {
                        docker,
                        endpoint: endpoint.clone(),
                        source: candidate.source.clone(),
                        version,
                    }),
                    attempts,
                );
            }
            Err(problem) => {
                first_problem.get_or_insert(problem);
            }
        }
    }
    let problem = if let Some((candidate, why, fix)) = search.invalid() {
        Problem {
            problem: format!("{}: {why}", candidate.source),
            fix: fix.to_string(),
        }
    } else if let Some(problem) = first_problem {
        problem
    } else {
        Problem {
            problem: "no Docker engine found: no address is set and none of the usual sockets exists".into(),
            fix: "install and start Docker (Docker Engine on Linux: `sudo systemctl start docker`; Docker Desktop, Colima or OrbStack elsewhere), or point DOCKER_HOST / --host at a running engine".into(),
        }
    };
    (Err(problem), attempts)
}

async fn try_endpoint(
    endpoint: &Endpoint,
) -> Result<(Docker, bollard::models::SystemVersion), Problem> {
    let docker = client(endpoint).map_err(|err| explain(endpoint, &err))?;
    match tokio::time::timeout(PING_TIMEOUT, docker.ping()).await {
        Err(_) => return Err(not_answering(endpoint)),
        Ok(Err(err)) => return Err(explain(endpoint, &err)),
        Ok(Ok(_)) => {}
    }
    // bollard speaks a newer API than older engines: use the engine's version.
    let docker = docker
        .negotiate_version()
        .await
        .map_err(|err| explain(endpoint, &err))?;
    let version = docker
        .version()
        .await
        .map_err(|err| explain(endpoint, &err))?;
    Ok((docker, version))
}

fn not_answering(endpoint: &Endpoint) -> Problem {
    Problem {
        problem: format!(
            "{} did not answer within {}s",
            endpoint.host,
            PING_TIMEOUT.as_secs()
        ),
        fix: "the engine may be starting or stuck: wait a moment and retry, or restart it (`sudo systemctl restart docker`, or restart Docker Desktop)".into(),
    }
}

/// Turns a connection error into the problem a user recognises and its fix.
pub fn explain(endpoint: &Endpoint, err: &bollard::errors::Error) -> Problem {
    let host = &endpoint.host;
    let kind = io_kind(err);
    let text = err.to_string();
    match kind {
        Some(io::ErrorKind::PermissionDenied) => Problem {
            problem: format!("permission denied on {host}: your user may not use this engine"),
            fix: "add yourself to the docker group (`sudo usermod -aG docker $USER`, then log out and in again), or use rootless Docker (`dockerd-rootless-setuptool.sh install`)".into(),
        },
        Some(io::ErrorKind::NotFound) => Problem {
            problem: format!("no socket at {host}: the engine is not running"),
            fix: start_fix(endpoint),
        },
        Some(io::ErrorKind::ConnectionRefused) => Problem {
            problem: format!("{host} refused the connection: the engine is not running"),
            fix: start_fix(endpoint),
        },
        Some(io::ErrorKind::TimedOut) => not_answering(endpoint),
        _ if text.contains("certificate") || text.contains("Could not load") || text.contains("cert") => Problem {
            problem: format!("TLS to {host} failed: {text}"),
            fix: "check DOCKER_CERT_PATH: it must hold ca.pem, cert.pem and key.pem for this engine".into(),
        },
        _ => Problem {
            problem: format!("{host} did not answer as a Docker engine: {text}"),
            fix: "check that the address is a Docker engine (`docker -H ADDRESS info`), or pass another with --host".into(),
        },
    }
}

fn start_fix(endpoint: &Endpoint) -> String {
    match endpoint.socket_path().and_then(|p| p.to_str()) {
        Some(path) if path.contains(".colima") => "start Colima: `colima start`".into(),
        Some(path) if path.contains(".orbstack") => "start OrbStack".into(),
        Some(path) if path.contains("podman") => {
            "start Podman's API socket: `systemctl --user start podman.socket`".into()
        }
        Some(path) if path.contains(".docker/run") => "start Docker Desktop".into(),
        Some(path) if path.starts_with("/run/user") => {
            "start rootless Docker: `systemctl --user start docker`".into()
        }
        Some(_) => {
            "start the engine: `sudo systemctl start docker` (or start Docker Desktop)".into()
        }
        None => format!(
            "start the engine at {}, or point DOCKER_HOST / --host at one that runs",
            endpoint.host
        ),
    }
}

/// The I/O error under a client error, if there is one.
fn io_kind(err: &bollard::errors::Error) -> Option<io::ErrorKind> {
    if let bollard::errors::Error::SocketNotFoundError(_) = err {
        return Some(io::ErrorKind::NotFound);
    }
    let mut source: Option<&(dyn std::error::Error + 'static)> = err.source();
    if let bollard::errors::Error::IOError { err } = err {
        return Some(err.kind());
    }
    while let Some(current) = source {
        if let Some(io) = current.downcast_ref::<io::Error>() {
            return Some(io.kind());
        }
        source = current.source();
    }
    let text = err.to_string();
    if text.contains("Permission denied") {
        Some(io::ErrorKind::PermissionDenied)
    } else if text.contains("No such file") {
        Some(io::ErrorKind::NotFound)
    } else if text.contains("Connection refused") {
        Some(io::ErrorKind::ConnectionRefused)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn endpoint(host: &str) -> Endpoint {
        Endpoint {
            host: host.into(),
            tls: None,
        }
    }

    fn io(kind: io::ErrorKind) -> bollard::errors::Error {
        bollard::errors::Error::IOError {
            err: io::Error::from(kind),
        }
    }

    #[test]
    fn each_failure_has_its_fix() {
        let socket = endpoint("unix:///var/run/docker.sock");
        let denied = explain(&socket, &io(io::ErrorKind::PermissionDenied));
        assert!(denied.problem.contains("permission denied"), "{denied:?}");
        assert!(denied.fix.contains("usermod -aG docker"), "{denied:?}");
        assert!(denied.fix.contains("rootless"), "{denied:?}");
        let missing = explain(&socket, &io(io::ErrorKind::NotFound));
        assert!(missing.problem.contains("not running"), "{missing:?}");
        assert!(
            missing.fix.contains("systemctl start docker"),
            "{missing:?}"
        );
        let refused = explain(
            &endpoint("unix:///home/u/.colima/default/docker.sock"),
            &io(io::ErrorKind::ConnectionRefused),
        );
        assert_eq!(refused.fix, "start Colima: `colima start`");
        let desktop = explain(
            &endpoint("unix:///Users/u/.docker/run/docker.sock"),
            &io(io::ErrorKind::NotFound),
        );
        assert_eq!(desktop.fix, "start Docker Desktop");
    }
}
