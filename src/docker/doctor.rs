//! What `dockerlings doctor` reports: the whole endpoint search and what happened at each
//! place, the engine found and why, its builder, its free disk, the images asked about, and one
//! fix per problem the engine has. Judging the facts (is the disk too full?) is the caller's.

use std::path::Path;

use serde::Serialize;

use super::connect::{self, Attempt};
use super::endpoint::{self, Decision, Search};
use super::{BuilderKind, Config, choose_builder, image, offers_buildkit};

pub use super::connect::Problem;

/// Everything doctor found; fields are left out of JSON when no engine answered.
#[derive(Debug, Serialize)]
pub struct Report {
    pub search: Vec<SearchLine>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub endpoint: Option<Chosen>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub engine: Option<EngineFacts>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub builder: Option<BuilderFacts>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub disk: Option<Disk>,
    /// The images asked about, in the order asked.
    pub images: Vec<ImageLine>,
    /// Why there is no engine, or why its builder cannot be used.
    pub problems: Vec<Problem>,
}

#[derive(Debug, Serialize)]
pub struct SearchLine {
    pub source: String,
    /// `try`, `absent`, `invalid` or `shadowed`.
    pub decision: &'static str,
    /// The address tried, for `try`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub host: Option<String>,
    /// An explicit setting (`--host`, `DOCKER_HOST`, a context) is the only one tried.
    pub explicit: bool,
    /// What the search found there, or what connecting did.
    pub outcome: String,
}

#[derive(Debug, Serialize)]
pub struct Chosen {
    pub host: String,
    pub source: String,
    pub why: String,
}

#[derive(Debug, Serialize)]
pub struct EngineFacts {
    pub name: String,
    pub version: String,
    pub api_version: String,
    pub os: String,
    pub arch: String,
}

#[derive(Debug, Serialize)]
pub struct BuilderFacts {
    pub builder: BuilderKind,
    pub buildkit_available: bool,
    pub note: String,
}

#[derive(Debug, Serialize)]
pub struct Disk {
    pub path: String,
    pub free_bytes: u64,
}

#[derive(Debug, Serialize)]
pub struct ImageLine {
    pub image: String,
    pub present: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub size: Option<u64>,
}

/// Looks for the engine as `Engine::connect` does, and reports every step; with an engine,
/// also whether each of `images` is on it.
pub async fn run(config: &Config, images: &[String]) -> Report {
    let search = endpoint::search(
        config.host.as_deref(),
        &endpoint::real_env(),
        &endpoint::RealFiles,
    );
    let (connected, attempts) = connect::connect(&search).await;
    let mut report = Report {
        search: search_lines(&search, &attempts),
        endpoint: None,
        engine: None,
        builder: None,
        disk: None,
        images: Vec::new(),
        problems: Vec::new(),
    };
    let connected = match connected {
        Err(problem) => {
            report.problems.push(problem);
            return report;
        }
        Ok(connected) => connected,
    };
    report.endpoint = Some(Chosen {
        host: connected.endpoint.host.clone(),
        source: connected.source.clone(),
        why: why_chosen(&search, &connected.source),
    });
    let version = &connected.version;
    report.engine = Some(EngineFacts {
        name: version
            .platform
            .as_ref()
            .map(|p| p.name.clone())
            .filter(|n| !n.is_empty())
            .unwrap_or_else(|| "Docker Engine".into()),
        version: version.version.clone().unwrap_or_default(),
        api_version: version.api_version.clone().unwrap_or_default(),
        os: version.os.clone().unwrap_or_default(),
        arch: version.arch.clone().unwrap_or_default(),
    });
    match choose_builder(config.builder, version) {
        Ok((builder, note)) => {
            report.builder = Some(BuilderFacts {
                builder,
                buildkit_available: offers_buildkit(version).is_ok(),
                note,
            })
        }
        Err(why) => report.problems.push(Problem {
            problem: why.problem,
            fix: why.fix,
        }),
    }
    let docker = &connected.docker;
    // Free space is only known for an engine on this machine.
    if connected.endpoint.socket_path().is_some()
        && let Ok(info) = docker.info().await
        && let Some(root) = info.docker_root_dir
        && let Some(free) = free_space(Path::new(&root))
    {
        report.disk = Some(Disk {
            path: root,
            free_bytes: free,
        });
    }
    for name in images {
        let size = image::size(docker, name).await.ok().flatten();
        report.images.push(ImageLine {
            present: size.is_some(),
            size,
            image: name.clone(),
        });
    }
    report
}

fn free_space(path: &Path) -> Option<u64> {
    let stats = rustix::fs::statvfs(path).ok()?;
    Some(stats.f_bavail.saturating_mul(stats.f_frsize))
}

fn search_lines(search: &Search, attempts: &[Attempt]) -> Vec<SearchLine> {
    search
        .candidates
        .iter()
        .map(|candidate| {
            let outcome = match &candidate.decision {
                Decision::Try { endpoint } => {
                    match attempts.iter().find(|a| a.source == candidate.source) {
                        Some(Attempt { problem: None, .. }) => {
                            format!("{} → answered", endpoint.host)
                        }
                        Some(Attempt {
                            problem: Some(problem),
                            ..
                        }) => format!("{} → {}", endpoint.host, problem.problem),
                        None => format!("{} (not tried: an earlier one answered)", endpoint.host),
                    }
                }
                Decision::Absent { why } => why.clone(),
                Decision::Invalid { why, .. } => format!("unusable: {why}"),
                Decision::Shadowed { by } => format!("not looked at: {by} decides"),
            };
            let (decision, host) = match &candidate.decision {
                Decision::Try { endpoint } => ("try", Some(endpoint.host.clone())),
                Decision::Absent { .. } => ("absent", None),
                Decision::Invalid { .. } => ("invalid", None),
                Decision::Shadowed { .. } => ("shadowed", None),
            };
            SearchLine {
                source: candidate.source.clone(),
                decision,
                host,
                explicit: candidate.explicit,
                outcome,
            }
        })
        .collect()
}

fn why_chosen(search: &Search, source: &str) -> String {
    let explicit = search
        .candidates
        .iter()
        .find(|c| c.source == source)
        .is_some_and(|c| c.explicit);
    if explicit {
        format!("{source} names it (an explicit choice: no other engine is tried)")
    } else {
        "nothing names an engine, and this is the first of the usual sockets that answered".into()
    }
}
