//! What the engine checks of one exercise share: the job, the engine, the one build of the
//! image (made when the first check needs it; a failed build fails `build` and skips what
//! needed the image).

use std::collections::HashMap;
use std::collections::hash_map::RandomState;
use std::hash::{BuildHasher, Hasher};
use std::path::{Path, PathBuf};

use tokio_util::sync::CancellationToken;

use super::progress::{Event, Sink};
use super::{Check, CheckKind, CheckResult, run_image_check};
use crate::docker::Engine;
use crate::docker::build::{self, BuildError, BuildEvent, BuildSpec, Built};
use crate::docker::context::{self, Pinned};
use crate::docker::dockerignore::{Dockerignore, IgnoreError};
use crate::docker::naming::{self, ObjectKind};
use crate::dockerfile::{Dockerfile, Snapshot};

/// One exercise to build and check.
pub struct Job<'a> {
    pub exercise_id: String,
    /// The exercise folder on disk: the build context.
    pub context: PathBuf,
    /// The Dockerfile, relative to `context`.
    pub dockerfile: PathBuf,
    /// The Dockerfile and `.dockerignore` as this run read them: what is built and checked.
    pub snapshot: &'a Snapshot,
    /// Identifies the workspace in image tags and labels, so learners sharing an engine do not
    /// collide.
    pub workspace_id: String,
    /// The "before" image of `image_size: { before }`, when the exercise names one.
    pub before: Option<Before>,
}

/// The starting files of the exercise an `image_size` check compares against: built from the
/// course, never from the learner's files.
pub struct Before {
    pub dockerfile: PathBuf,
    /// Relative paths and contents; they come from a loaded course, so none leaves its folder.
    pub files: Vec<(PathBuf, Vec<u8>)>,
}

/// What the checks of one job share.
pub struct Session<'a> {
    pub engine: &'a Engine,
    pub job: &'a Job<'a>,
    pub events: &'a dyn Sink,
    pub cancel: &'a CancellationToken,
    main_build: Option<Result<Built, BuildError>>,
    /// What every build of this run passes as `--build-arg`: the secrets `secret_absent` looks
    /// for, fresh on every run.
    build_args: HashMap<String, String>,
}

/// Runs the engine checks among `checks` (static ones are left out), in order, sending each
/// result as it comes.
pub async fn run_image_checks(
    engine: &Engine,
    job: &Job<'_>,
    checks: &[&Check],
    events: &dyn Sink,
    cancel: &CancellationToken,
) -> Vec<CheckResult> {
    let mut session = Session {
        engine,
        job,
        events,
        cancel,
        main_build: None,
        build_args: checks
            .iter()
            .filter_map(|check| match check {
                Check::SecretAbsent(config) => Some((config.arg.clone(), secret_value())),
                _ => None,
            })
            .collect(),
    };
    let mut results = Vec::new();
    for check in checks.iter().filter(|c| !c.is_static()) {
        let result = if cancel.is_cancelled() {
            cancelled(check)
        } else {
            let started = std::time::Instant::now();
            session.check(check).await.timed(started)
        };
        events.send(Event::Result(result.clone()));
        results.push(result);
    }
    results
}

fn cancelled(check: &Check) -> CheckResult {
    CheckResult::new(check.kind(), check.title(), "").skipped("cancelled before it ran")
}

impl<'a> Session<'a> {
    async fn check(&mut self, check: &Check) -> CheckResult {
        match run_image_check(self, check).await {
            Some(result) => result,
            None => CheckResult::new(check.kind(), check.title(), "")
                .skipped("a static check: not run by the engine"),
        }
    }

    /// The value this run passes as build argument `name`, if any.
    pub fn build_arg(&self, name: &str) -> Option<&str> {
        self.build_args.get(name).map(String::as_str)
    }

    /// What every build of this run passes as `--build-arg`.
    pub fn build_args(&self) -> HashMap<String, String> {
        self.build_args.clone()
    }

    pub fn exercise_id(&self) -> &str {
        &self.job.exercise_id
    }

    pub fn tag(&self, variant: &str) -> String {
        naming::image_tag(&self.job.workspace_id, self.exercise_id(), variant)
    }

    pub fn labels(&self, kind: ObjectKind) -> std::collections::HashMap<String, String> {
        naming::labels(&self.job.workspace_id, self.exercise_id(), kind)
    }

    /// The Dockerfile as this run parsed it.
    pub fn dockerfile(&self) -> Option<&'a Dockerfile> {
        self.job.snapshot.dockerfile()
    }

    /// What a build of this run sends from memory: the snapshot's Dockerfile and
    /// `.dockerignore`.
    pub fn pinned(&self) -> Pinned {
        pinned(self.job.snapshot)
    }

    /// The context's `.dockerignore` rules, from the snapshot.
    pub fn ignore_rules(&self) -> Result<Dockerignore, IgnoreError> {
        context::rules(&self.job.context, &self.job.dockerfile, &self.pinned())
    }

    pub fn dockerfile_path(&self) -> &Path {
        &self.job.dockerfile
    }

    /// A build's progress, passed on as the run's events.
    pub fn build_events(&self) -> impl Fn(BuildEvent) + Send + Sync + '_ {
        let events = self.events;
        move |event| {
            events.send(match event {
                BuildEvent::Step {
                    step,
                    total,
                    instruction,
                } => Event::BuildStep {
                    step,
                    total,
                    instruction,
                },
                BuildEvent::Log(line) => Event::Log(line),
            })
        }
    }

    /// Builds the exercise (once) and returns the result.
    pub async fn main_build(&mut self) -> &Result<Built, BuildError> {
        if self.main_build.is_none() {
            let spec = BuildSpec {
                context: self.job.context.clone(),
                dockerfile: self.job.dockerfile.clone(),
                tag: self.tag("latest"),
                target: None,
                labels: self.labels(ObjectKind::Build),
                pinned: self.pinned(),
                build_args: self.build_args(),
                platform: None,
            };
            let built = build::build(
                self.engine,
                self.engine.builder,
                &spec,
                &self.build_events(),
                self.cancel,
            )
            .await;
            if let Err(BuildError::Engine(why)) = &built {
                self.engine_lost(why);
            }
            self.main_build = Some(built);
        }
        self.main_build.as_ref().expect("just built")
    }

    /// The engine stopped answering in the middle of the run: said as an engine problem (the
    /// command's exit code for a missing engine), never as the learner's failing check.
    pub fn engine_lost(&self, why: &str) {
        self.events
            .send(Event::Engine(Err(crate::docker::Unavailable {
                problem: why.to_string(),
                fix: "check that the engine runs (`dockerlings doctor`) and run it again".into(),
            })));
    }

    /// The result of a check whose request to the engine failed: a lost engine is the engine's
    /// problem (skipped, and the run told once), not a wrong answer of the learner's image.
    pub fn engine_error(
        &self,
        result: CheckResult,
        doing: &str,
        err: &bollard::errors::Error,
    ) -> CheckResult {
        if crate::docker::is_transport_error(err) {
            let why = crate::docker::describe_error(err);
            self.engine_lost(&why);
            return result.skipped(format!("not run: {why}"));
        }
        result.fail(format!("{doing}: {err}"))
    }

    /// The result of a check whose own build the engine could not run: skipped, and the run
    /// told once.
    pub fn build_lost(&self, result: CheckResult, why: &str) -> CheckResult {
        self.engine_lost(why);
        result.skipped(format!("not run: {why}"))
    }

    /// The built image's tag, or the result that says why there is none.
    pub async fn image(&mut self, check: CheckKind, title: &str) -> Result<String, CheckResult> {
        match self.main_build().await {
            Ok(built) => Ok(built.tag.clone()),
            Err(err) => Err(not_built(check, title, err)),
        }
    }
}

/// What a build of `snapshot` sends from memory: its Dockerfile and `.dockerignore`.
pub fn pinned(snapshot: &Snapshot) -> Pinned {
    let pinned = Pinned::default().with(
        &snapshot.path.to_string_lossy(),
        snapshot.text().map(str::as_bytes),
    );
    match &snapshot.dockerignore {
        Ok(contents) => pinned.with(".dockerignore", contents.as_deref()),
        // Left to the context, which says what is wrong with it.
        Err(_) => pinned,
    }
}

/// The result of a check that needs the image when there is none.
fn not_built(check: CheckKind, title: &str, err: &BuildError) -> CheckResult {
    let result = CheckResult::new(check, title, "It needs the image, and there is none.");
    match err {
        BuildError::Cancelled => result.skipped("cancelled before it ran"),
        BuildError::Failed(_) | BuildError::Context(_) => {
            result.skipped("not run: the image does not build (see the build check)")
        }
        BuildError::Engine(why) => {
            result.skipped(format!("not run: the engine did not build: {why}"))
        }
    }
}

/// Seconds since the epoch in hex: a nonce for edits and scratch names.
/// A fresh value for a secret build argument: random, and unlike anything an image has.
pub(crate) fn secret_value() -> String {
    let mut out = String::from("dlsecret");
    for _ in 0..2 {
        let mut hasher = RandomState::new().build_hasher();
        hasher.write(nonce().as_bytes());
        out.push_str(&format!("{:016x}", hasher.finish()));
    }
    out
}

pub(crate) fn nonce() -> String {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap_or_default()
        .as_nanos();
    format!("{nanos:x}")
}

/// Up to `count` lines from the end of `text`.
pub(crate) fn last_lines(text: &str, count: usize) -> Vec<String> {
    let lines: Vec<&str> = text.lines().collect();
    lines[lines.len().saturating_sub(count)..]
        .iter()
        .map(|l| l.to_string())
        .collect()
}
