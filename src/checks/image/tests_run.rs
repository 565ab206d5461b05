//! `tests_run: { stage, failing_test }`: the test stage really runs the tests. In a scratch
//! copy of the exercise a test that always fails is added; `docker build --target STAGE` must
//! then fail. A stage that only names the tests (in a CMD, a comment, an echo) builds anyway.

use serde::{Deserialize, Serialize};

use crate::checks::{CheckKind, CheckResult, Session, Validate};
use crate::docker::build::{self, BuildError, BuildSpec};
use crate::docker::cache;
use crate::docker::naming::ObjectKind;
use crate::values::path::CoursePath;

#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// The test stage, by name.
    pub stage: String,
    /// A test file that always fails, added to the copy, e.g. `zz_failing_test.go`.
    pub failing_test: FailingTest,
}

#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct FailingTest {
    /// Where it goes, relative to the exercise folder.
    pub path: CoursePath,
    /// Its contents.
    pub text: String,
}

impl Validate for Config {}

const WHY: &str = "A test stage is there to stop a broken build: if a failing test does not fail \
                   `docker build --target test`, the stage runs no tests.";

pub fn title(config: &Config) -> String {
    format!(
        "Stage `{}` runs the tests: a failing test fails `--target {}`",
        config.stage, config.stage
    )
}

pub async fn run(session: &mut Session<'_>, config: &Config) -> CheckResult {
    let stage = config.stage.as_str();
    let result = CheckResult::new(CheckKind::TestsRun, title(config), WHY);
    let stage_line = session
        .dockerfile()
        .and_then(|df| df.stage_named(stage))
        .map(|s| s.line);
    let Some(stage_line) = stage_line else {
        return result.skipped(format!(
            "there is no stage named `{stage}` (see the target check)"
        ));
    };
    // The stage must build as it is; otherwise a failure below proves nothing.
    let unchanged = BuildSpec {
        context: session.job.context.clone(),
        dockerfile: session.job.dockerfile.clone(),
        tag: session.tag(&format!("target-{stage}")),
        target: Some(stage.to_string()),
        labels: session.labels(ObjectKind::Build),
        pinned: session.pinned(),
        build_args: session.build_args(),
        platform: None,
    };
    match build::build(
        session.engine,
        session.engine.builder,
        &unchanged,
        &session.build_events(),
        session.cancel,
    )
    .await
    {
        Ok(_) => {}
        Err(BuildError::Cancelled) => return result.skipped("cancelled"),
        Err(BuildError::Engine(why)) => return session.build_lost(result, &why),
        Err(_) => {
            return result.skipped(format!(
                "`docker build --target {stage}` fails as it is (see the target check)"
            ));
        }
    }
    let scratch = match tempfile::Builder::new()
        .prefix("dockerlings-tests-")
        .tempdir()
    {
        Ok(dir) => dir,
        Err(err) => return result.fail(format!("cannot make a scratch folder: {err}")),
    };
    let job = session.job;
    let test_file = config.failing_test.path.under(scratch.path());
    let prepared = cache::copy_tree(&job.context, scratch.path()).and_then(|_| {
        if let Some(parent) = test_file.parent() {
            std::fs::create_dir_all(parent)?;
        }
        std::fs::write(&test_file, &config.failing_test.text)
    });
    if let Err(err) = prepared {
        return result.fail(format!(
            "cannot prepare the copy with a failing test: {err}"
        ));
    }
    let spec = BuildSpec {
        context: scratch.path().to_path_buf(),
        dockerfile: job.dockerfile.clone(),
        tag: session.tag(&format!("tests-{stage}")),
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
    let file = session.dockerfile_path().to_path_buf();
    match built {
        Err(BuildError::Failed(failure)) => {
            let at = failure
                .step
                .as_ref()
                .map(|step| format!(" at `{}`", step.instruction))
                .unwrap_or_default();
            result.pass(format!(
                "with {} added, `docker build --target {stage}` fails{at}, as it should",
                config.failing_test.path
            ))
        }
        Err(BuildError::Cancelled) => result.skipped("cancelled"),
        Err(BuildError::Engine(why)) => session.build_lost(result, &why),
        Err(err) => result.skipped(format!("the probe build did not run: {err}")),
        Ok(_) => result
            .fail(format!(
                "with a failing test added ({}), `docker build --target {stage}` still builds: stage `{stage}` does not run the tests",
                config.failing_test.path
            ))
            .expected(format!(
                "a RUN in stage `{stage}` that runs the tests, so a failing one fails the build"
            ))
            .at(file, stage_line),
    }
}
