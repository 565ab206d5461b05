//! `dockerlings doctor`: the whole endpoint search and what happened at each place, the
//! engine found and why, its builder, its free disk, the course's images, and one fix per
//! problem. Exit 0 when all is well, 1 otherwise.

use std::path::Path;
use std::process::ExitCode;

use console::style;
use serde::Serialize;

use super::connect::{self, Attempt, Problem};
use super::endpoint::{self, Decision, Search};
use super::{BuilderKind, choose_builder, image, offers_buildkit};
use crate::cli::EngineArgs;
use crate::course::Course;
use crate::values::size::Size;

/// Below this much free space where the engine keeps images, builds start failing.
const LOW_DISK: u64 = 2_000_000_000;

#[derive(Debug, Serialize)]
struct Report {
    schema: &'static str,
    ok: bool,
    search: Vec<SearchLine>,
    #[serde(skip_serializing_if = "Option::is_none")]
    endpoint: Option<Chosen>,
    #[serde(skip_serializing_if = "Option::is_none")]
    engine: Option<EngineFacts>,
    #[serde(skip_serializing_if = "Option::is_none")]
    builder: Option<BuilderFacts>,
    #[serde(skip_serializing_if = "Option::is_none")]
    disk: Option<Disk>,
    images: Vec<ImageLine>,
    problems: Vec<Problem>,
}

#[derive(Debug, Serialize)]
struct SearchLine {
    source: String,
    /// `try`, `absent`, `invalid` or `shadowed`.
    decision: &'static str,
    /// The address tried, for `try`.
    #[serde(skip_serializing_if = "Option::is_none")]
    host: Option<String>,
    /// An explicit setting (`--host`, `DOCKER_HOST`, a context) is the only one tried.
    explicit: bool,
    /// What the search found there, or what connecting did.
    outcome: String,
}

#[derive(Debug, Serialize)]
struct Chosen {
    host: String,
    source: String,
    why: String,
}

#[derive(Debug, Serialize)]
struct EngineFacts {
    name: String,
    version: String,
    api_version: String,
    os: String,
    arch: String,
}

#[derive(Debug, Serialize)]
struct BuilderFacts {
    builder: BuilderKind,
    buildkit_available: bool,
    note: String,
}

#[derive(Debug, Serialize)]
struct Disk {
    path: String,
    free_bytes: u64,
}

#[derive(Debug, Serialize)]
struct ImageLine {
    image: String,
    present: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    size: Option<u64>,
}

pub async fn run(
    args: &EngineArgs,
    course: Option<&Course>,
    json: bool,
) -> anyhow::Result<ExitCode> {
    let search = endpoint::search(
        args.host.as_deref(),
        &endpoint::real_env(),
        &endpoint::RealFiles,
    );
    let (connected, attempts) = connect::connect(&search).await;
    let mut report = Report {
        schema: crate::app::JSON_SCHEMA,
        ok: false,
        search: search_lines(&search, &attempts),
        endpoint: None,
        engine: None,
        builder: None,
        disk: None,
        images: Vec::new(),
        problems: Vec::new(),
    };
    match connected {
        Err(problem) => report.problems.push(problem),
        Ok(connected) => {
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
            match choose_builder(args.builder, version) {
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
            if connected.endpoint.socket_path().is_some()
                && let Ok(info) = docker.info().await
                && let Some(root) = info.docker_root_dir
                && let Some(free) = free_space(Path::new(&root))
            {
                if free < LOW_DISK {
                    report.problems.push(Problem {
                        problem: format!(
                            "little space left where the engine keeps images: {} free in {root}",
                            Size(free)
                        ),
                        fix: "free space: `docker system prune` (unused containers, networks, images) and `docker builder prune` (build cache)".into(),
                    });
                }
                report.disk = Some(Disk {
                    path: root,
                    free_bytes: free,
                });
            }
            if let Some(course) = course {
                for name in course.images() {
                    let found = image::inspect(docker, &name).await.ok().flatten();
                    let line = ImageLine {
                        present: found.is_some(),
                        size: found.as_ref().map(image::size),
                        image: name,
                    };
                    if !line.present {
                        report.problems.push(Problem {
                            problem: format!("the image {} is not on the engine", line.image),
                            fix: "run `dockerlings pull` while online (before a workshop: on good Wi-Fi)".into(),
                        });
                    }
                    report.images.push(line);
                }
            }
        }
    }
    report.ok = report.problems.is_empty();
    if json {
        println!("{}", serde_json::to_string_pretty(&report)?);
    } else {
        print!("{}", render(&report, course.is_some()));
    }
    Ok(if report.ok {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
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

fn render(report: &Report, has_course: bool) -> String {
    let mut out = String::new();
    let heading = |text: &str| format!("{}\n", style(text).bold());
    out.push_str(&heading("Where the engine was looked for"));
    let width = report
        .search
        .iter()
        .map(|l| l.source.chars().count())
        .max()
        .unwrap_or(0);
    for line in &report.search {
        out.push_str(&format!(
            "  {:<width$}  {}\n",
            line.source,
            line.outcome,
            width = width
        ));
    }
    out.push('\n');
    let field =
        |name: &str, value: String| format!("{} {value}\n", style(format!("{name:<9}")).bold());
    if let Some(chosen) = &report.endpoint {
        out.push_str(&field(
            "Endpoint",
            format!("{} ({})", chosen.host, chosen.source),
        ));
        out.push_str(&field("", chosen.why.clone()));
    }
    if let Some(engine) = &report.engine {
        out.push_str(&field(
            "Engine",
            format!(
                "{} {} (API {}), {}/{}",
                engine.name, engine.version, engine.api_version, engine.os, engine.arch
            ),
        ));
    }
    if let Some(builder) = &report.builder {
        let buildkit = if builder.buildkit_available {
            "available"
        } else {
            "not available"
        };
        out.push_str(&field("BuildKit", buildkit.to_string()));
        out.push_str(&field("Builder", builder.note.clone()));
    }
    if let Some(disk) = &report.disk {
        out.push_str(&field(
            "Disk",
            format!("{} free in {}", Size(disk.free_bytes), disk.path),
        ));
    }
    if report.engine.is_some() {
        if has_course {
            out.push('\n');
            out.push_str(&heading(&format!(
                "Images the course uses ({})",
                report.images.len()
            )));
            for image in &report.images {
                let (mark, size) = if image.present {
                    (
                        style("✓").green(),
                        image.size.map(|s| Size(s).to_string()).unwrap_or_default(),
                    )
                } else {
                    (style("✗").red(), "missing".to_string())
                };
                out.push_str(&format!("  {mark} {:<45} {size}\n", image.image));
            }
        } else {
            out.push_str("\n(no course loaded: its images were not checked)\n");
        }
    }
    out.push('\n');
    if report.problems.is_empty() {
        out.push_str(&format!(
            "{} the engine is ready for dockerlings.\n",
            style("All good:").green().bold()
        ));
    } else {
        out.push_str(&heading(&format!("Problems ({})", report.problems.len())));
        for (n, problem) in report.problems.iter().enumerate() {
            out.push_str(&format!(
                "  {}. {}\n     {} {}\n",
                n + 1,
                problem.problem,
                style("fix:").yellow().bold(),
                problem.fix
            ));
        }
    }
    out
}
