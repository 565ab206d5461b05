//! `target: { stage, present, absent }`: `docker build --target STAGE` builds, so the stage
//! can be tested, debugged and cached on its own; and the image it makes has (or lacks) some
//! paths, for a stage that exists to add or leave out tools (a `debug` stage with a shell on
//! top of a final stage without one).

use serde::{Deserialize, Serialize};

use super::build::failed;
use crate::checks::{CheckKind, CheckResult, Session, Validate};
use crate::docker::build::{self, BuildError, BuildSpec};
use crate::docker::image;
use crate::docker::naming::ObjectKind;

#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Config {
    pub stage: String,
    /// Paths the stage's image must have.
    #[serde(default)]
    pub present: Vec<String>,
    /// Paths the stage's image must not have.
    #[serde(default)]
    pub absent: Vec<String>,
}

impl Validate for Config {}

pub fn title(config: &Config) -> String {
    let stage = &config.stage;
    let mut title = format!("Stage `{stage}` builds on its own (--target {stage})");
    if !config.present.is_empty() {
        title.push_str(&format!(" and has {}", config.present.join(", ")));
    }
    if !config.absent.is_empty() {
        title.push_str(&format!(" and has no {}", config.absent.join(", ")));
    }
    title
}

pub async fn run(session: &mut Session<'_>, config: &Config) -> CheckResult {
    let stage = config.stage.as_str();
    let title = title(config);
    let why = "A stage that builds alone can be tested, debugged and cached on its own.";
    let result = CheckResult::new(CheckKind::Target, title, why);
    let parsed = session.dockerfile();
    let dockerfile = session.dockerfile_path().to_path_buf();
    let spec = BuildSpec {
        context: session.job.context.clone(),
        dockerfile: dockerfile.clone(),
        tag: session.tag(&format!("target-{stage}")),
        target: Some(stage.to_string()),
        labels: session.labels(ObjectKind::Build),
        pinned: session.pinned(),
        build_args: session.build_args(),
        platform: None,
    };
    let built = build::build(
        session.engine,
        session.engine.builder,
        &spec,
        &session.build_events(),
        session.cancel,
    )
    .await;
    match built {
        Ok(built) => {
            let summary = format!(
                "`docker build --target {stage}` builds ({} steps, {:.1}s)",
                built.steps.len(),
                built.seconds
            );
            look_inside(session, config, &spec.tag, result, summary).await
        }
        Err(BuildError::Failed(failure))
            if failure.message.contains("target") && failure.step.is_none() =>
        {
            result
                .fail(format!(
                    "there is no stage `{stage}` to build: {}",
                    failure.message
                ))
                .expected(format!("a stage named `{stage}` (`FROM ... AS {stage}`)"))
        }
        Err(err) => {
            if let BuildError::Engine(why) = &err {
                session.engine_lost(why);
            }
            failed(result, &err, parsed, &dockerfile)
        }
    }
}

/// The paths the stage's image must have and lack, looked up without running it.
async fn look_inside(
    session: &Session<'_>,
    config: &Config,
    tag: &str,
    result: CheckResult,
    summary: String,
) -> CheckResult {
    let stage = &config.stage;
    let paths: Vec<String> = config
        .present
        .iter()
        .chain(&config.absent)
        .cloned()
        .collect();
    if paths.is_empty() {
        return result.pass(summary);
    }
    let found = match image::paths_exist(
        session.engine.docker(),
        tag,
        &paths,
        session.labels(ObjectKind::Probe),
    )
    .await
    {
        Ok(found) => found,
        Err(err) => {
            return result.fail(format!("cannot look inside the `{stage}` image: {err}"));
        }
    };
    let exists = |path: &String| found.iter().any(|(p, there)| p == path && *there);
    let missing: Vec<&str> = config
        .present
        .iter()
        .filter(|p| !exists(p))
        .map(String::as_str)
        .collect();
    let unwanted: Vec<&str> = config
        .absent
        .iter()
        .filter(|p| exists(p))
        .map(String::as_str)
        .collect();
    let mut problems = Vec::new();
    if !missing.is_empty() {
        problems.push(format!(
            "the `{stage}` image has no {}: add it in the `{stage}` stage",
            missing.join(", ")
        ));
    }
    if !unwanted.is_empty() {
        problems.push(format!(
            "the `{stage}` image has {}, which it should not",
            unwanted.join(", ")
        ));
    }
    if problems.is_empty() {
        let mut message = summary;
        if !config.present.is_empty() {
            message.push_str(&format!("; it has {}", config.present.join(", ")));
        }
        return result.pass(message);
    }
    let mut expected = Vec::new();
    if !config.present.is_empty() {
        expected.push(config.present.join(", "));
    }
    if !config.absent.is_empty() {
        expected.push(format!("no {}", config.absent.join(", ")));
    }
    result
        .fail(problems.join("; "))
        .expected(format!("in `--target {stage}`: {}", expected.join(" and ")))
}
