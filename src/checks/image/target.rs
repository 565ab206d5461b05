//! `target: { stage }`: `docker build --target STAGE` builds, so the stage can be tested,
//! debugged and cached on its own.

use serde::{Deserialize, Serialize};

use super::build::failed;
use crate::checks::{CheckKind, CheckResult, Session, Validate};
use crate::docker::build::{self, BuildError, BuildSpec};
use crate::docker::naming::ObjectKind;

#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Config {
    pub stage: String,
}

impl Validate for Config {}

pub fn title(config: &Config) -> String {
    let stage = &config.stage;
    format!("Stage `{stage}` builds on its own (--target {stage})")
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
    };
    let built = build::build(
        session.engine.docker(),
        session.engine.builder,
        &spec,
        &session.build_events(),
        session.cancel,
    )
    .await;
    match built {
        Ok(built) => result.pass(format!(
            "`docker build --target {stage}` builds ({} steps, {:.1}s)",
            built.steps.len(),
            built.seconds
        )),
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
