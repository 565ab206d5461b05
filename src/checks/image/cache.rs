//! `cache`: after a one-line edit to a source file, the dependency step comes from the cache.
//! The edit happens in a scratch copy of the exercise; the learner's files are not touched.

use serde::{Deserialize, Serialize};

use crate::checks::session::nonce;
use crate::checks::{CheckKind, CheckResult, Session, Validate};
use crate::docker::build::{self, BuildError, BuildSpec, BuilderKind, Step};
use crate::docker::cache;
use crate::docker::naming::ObjectKind;
use crate::dockerfile::{Body, Dockerfile, Instruction, normalize};
use crate::values::path::CoursePath;

#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// The source file that gets a one-line edit, relative to the exercise folder.
    pub edit: CoursePath,
    /// A text of the instruction that must come from the cache, e.g. `go mod download`.
    pub reused: String,
}

impl Validate for Config {}

pub fn title(spec: &Config) -> String {
    format!("`{}` is reused after an edit to {}", spec.reused, spec.edit)
}

const WHY: &str = "Copying the dependency manifests and installing them before the sources lets a code change reuse the slow install step from the cache.";

pub async fn run(session: &mut Session<'_>, spec: &Config) -> CheckResult {
    let edited = spec.edit.to_string();
    let title = title(spec);
    // The first build fills the cache with the learner's files as they are.
    if let Err(result) = session.image(CheckKind::Cache, &title).await {
        return result;
    }
    let result = CheckResult::new(CheckKind::Cache, title, WHY);
    let Rebuilt { built, edit_sent } = match rebuild_after_edit(session, &spec.edit).await {
        Ok(rebuilt) => rebuilt,
        Err(EditError::Cancelled) => return result.skipped("cancelled"),
        Err(EditError::Lost(why)) => return session.build_lost(result, &why),
        Err(EditError::Failed { message, expected }) => {
            let result = result.fail(message);
            return match expected {
                Some(expected) => result.expected(expected),
                None => result,
            };
        }
    };
    let details: Vec<String> = built
        .steps
        .iter()
        .map(|step| {
            format!(
                "{}  {}",
                if step.cached { "cached " } else { "rebuilt" },
                step.instruction
            )
        })
        .collect();
    // Only RUN steps do work worth caching; FROM and metadata steps say nothing. Every RUN
    // that runs the wanted command must come from the cache, so a harmless extra step
    // elsewhere cannot stand in for the real one. A step is read through the instruction it
    // was built from where the builder says which (BuildKit, buildah), so exec form counts
    // too and the failure points at that step's line.
    let dockerfile = session.dockerfile();
    let buildkit = session.engine.builder == BuilderKind::BuildKit;
    let wanted = normalize(&spec.reused);
    let runs: Vec<(&Step, Option<&Instruction>)> = built
        .steps
        .iter()
        .map(|s| {
            (
                s,
                dockerfile.and_then(|df| match buildkit {
                    true => instruction_of(df, s),
                    false => buildah_instruction_of(df, s),
                }),
            )
        })
        .filter(|(s, instruction)| match instruction {
            Some(instruction) => runs_command(instruction, &wanted),
            None => step_runs_command(&s.instruction, &wanted),
        })
        .collect();
    let Some(&(step, instruction)) = runs.iter().find(|(s, _)| !s.cached).or(runs.first()) else {
        return result
            .fail(format!("no RUN instruction runs `{}`", spec.reused))
            .expected(format!("a RUN instruction with `{}`", spec.reused))
            .details(details);
    };
    if !step.cached {
        let result = result
            .fail(format!(
                "`{}` ran again after a one-line edit to {edited}: a step comes from the cache only while every step before it in its stage is unchanged, so put it before the COPY that brings in {edited}",
                step.instruction
            ))
            .found("rebuilt")
            .expected("from the cache")
            .details(details);
        let line = instruction
            .map(|i| i.line)
            .or_else(|| line_of(session, &spec.reused));
        return match line {
            Some(line) => result.at(session.dockerfile_path().to_path_buf(), line),
            None => result,
        };
    }
    let rebuilt = built.steps.iter().filter(|s| !s.cached).count();
    let mut message = format!(
        "`{}` came from the cache after editing {edited}; {rebuilt} step{} rebuilt",
        step.instruction,
        if rebuilt == 1 { "" } else { "s" }
    );
    if !edit_sent {
        message.push_str(&format!(" ({edited} is not in the build context)"));
    }
    result
        .pass(message)
        .found("from the cache")
        .details(details)
}

/// A rebuild of the exercise after a one-line edit.
pub(crate) struct Rebuilt {
    pub built: build::Built,
    /// Whether the edited file is in the build context (a `.dockerignore` may leave it out).
    pub edit_sent: bool,
}

pub(crate) enum EditError {
    Cancelled,
    /// The engine stopped answering.
    Lost(String),
    Failed {
        message: String,
        expected: Option<String>,
    },
}

/// Builds a scratch copy of the exercise with a one-line edit to `edit` (a comment in the
/// file's language), from the Dockerfile this run read. The learner's files are not touched.
pub(crate) async fn rebuild_after_edit(
    session: &Session<'_>,
    edit: &CoursePath,
) -> Result<Rebuilt, EditError> {
    let edited = edit.to_string();
    let failed = |message: String| EditError::Failed {
        message,
        expected: None,
    };
    let job = session.job;
    let ignore = session
        .ignore_rules()
        .map_err(|err| failed(err.to_string()))?;
    if !edit.under(&job.context).is_file() {
        return Err(EditError::Failed {
            message: format!("there is no file {edited} in the exercise to edit"),
            expected: Some(format!("a file {edited}")),
        });
    }
    let edit_sent = !ignore.excludes(edited.replace('\\', "/"));
    let scratch = tempfile::Builder::new()
        .prefix("dockerlings-cache-")
        .tempdir()
        .map_err(|err| failed(format!("cannot make a scratch folder: {err}")))?;
    cache::copy_tree(&job.context, scratch.path())
        .and_then(|_| cache::edit(&edit.under(scratch.path()), &nonce()))
        .map_err(|err| failed(format!("cannot prepare the edited copy: {err}")))?;
    let build_spec = BuildSpec {
        context: scratch.path().to_path_buf(),
        dockerfile: job.dockerfile.clone(),
        tag: session.tag("cache-probe"),
        target: None,
        labels: session.labels(ObjectKind::Build),
        // The copy is of the folder now; the Dockerfile is the one this run read.
        pinned: session.pinned(),
        build_args: session.build_args(),
        platform: None,
    };
    let built = build::build(
        session.engine,
        session.engine.builder,
        &build_spec,
        &session.build_events(),
        session.cancel,
    )
    .await;
    match built {
        Ok(built) => Ok(Rebuilt { built, edit_sent }),
        Err(BuildError::Cancelled) => Err(EditError::Cancelled),
        Err(BuildError::Engine(why)) => Err(EditError::Lost(why)),
        Err(err) => Err(failed(format!(
            "the build after a one-line edit to {edited} failed: {err}"
        ))),
    }
}

/// The instruction a BuildKit step was built from: `[builder 3/5]` is the second step after
/// `FROM` in stage `builder`; an unnamed stage is `stage-N`, a single stage has no name. Only
/// RUN, COPY, ADD and WORKDIR are steps: ENV, ARG, USER, CMD and the like change the config and
/// are not counted.
pub(crate) fn instruction_of<'a>(
    dockerfile: &'a Dockerfile,
    step: &Step,
) -> Option<&'a Instruction> {
    step_stage(dockerfile, step)?
        .instructions
        .iter()
        .filter(|i| matches!(i.body, Body::Run(_) | Body::Copy(_) | Body::Workdir(_)))
        .nth(step.position?.checked_sub(2)?)
}

/// The same for buildah, which numbers every instruction of a stage (`[3/3] STEP 5/7: USER
/// app`), metadata ones too.
fn buildah_instruction_of<'a>(dockerfile: &'a Dockerfile, step: &Step) -> Option<&'a Instruction> {
    // Docker's classic builder names no stage and numbers through the whole file.
    step.stage.as_ref()?;
    step_stage(dockerfile, step)?
        .instructions
        .get(step.position?.checked_sub(2)?)
}

/// The stage a step was built in, as the builder named it (`builder`, `stage-1`).
fn step_stage<'a>(dockerfile: &'a Dockerfile, step: &Step) -> Option<&'a crate::dockerfile::Stage> {
    match step.stage.as_deref() {
        None if dockerfile.stages.len() == 1 => dockerfile.stages.first(),
        None => None,
        Some(name) => dockerfile.stage_named(name).or_else(|| {
            let index: usize = name.strip_prefix("stage-")?.parse().ok()?;
            dockerfile.stages.get(index)
        }),
    }
}

/// Whether an instruction is a RUN whose command (shell or exec form) contains `wanted`.
pub(crate) fn runs_command(instruction: &Instruction, wanted: &str) -> bool {
    matches!(&instruction.body, Body::Run(run) if normalize(&run.command).contains(wanted))
}

/// The same from the builder's text of a step: `RUN ["go", "mod", "download"]` runs
/// `go mod download`.
fn step_runs_command(text: &str, wanted: &str) -> bool {
    let text = normalize(text);
    let Some(rest) = text.strip_prefix("run ") else {
        return false;
    };
    let words: Vec<&str> = rest.split(' ').collect();
    let start = words.iter().position(|w| !w.starts_with("--")).unwrap_or(0);
    let command = words[start..].join(" ");
    let command = match serde_json::from_str::<Vec<String>>(&command) {
        Ok(exec) => normalize(&exec.join(" ")),
        Err(_) => command,
    };
    command.contains(wanted)
}

/// The line of the first RUN instruction in the Dockerfile that runs `reused`.
fn line_of(session: &Session<'_>, reused: &str) -> Option<usize> {
    let wanted = normalize(reused);
    session
        .dockerfile()?
        .instructions()
        .find(|i| runs_command(i, &wanted))
        .map(|i| i.line)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn step(stage: Option<&str>, position: usize, instruction: &str) -> Step {
        Step {
            stage: stage.map(str::to_string),
            position: Some(position),
            instruction: instruction.to_string(),
            cached: false,
            millis: None,
        }
    }

    #[test]
    fn exec_form_and_flags_run_the_command() {
        let wanted = normalize("go mod download");
        for text in [
            "RUN go mod download",
            r#"RUN ["go", "mod", "download"]"#,
            r#"RUN --mount=type=cache,target=/go/pkg/mod ["go",  "mod", "download"]"#,
            "RUN --mount=type=cache,target=/go/pkg/mod go mod download && go mod verify",
        ] {
            assert!(step_runs_command(text, &wanted), "{text}");
        }
        for text in [
            r#"RUN ["npm", "ci", "--no-audit"]"#,
            r#"RUN --mount=type=cache,target=/root/.npm ["npm","ci"]"#,
            "RUN  npm   ci",
        ] {
            assert!(step_runs_command(text, &normalize("npm ci")), "{text}");
        }
        // Not an array: read as shell text.
        assert!(step_runs_command(
            "RUN test [ -f x ] && go mod download",
            &wanted
        ));
        for text in [
            "COPY go mod download",
            "RUN go build",
            "RUN [\"go\", \"mod\"]",
        ] {
            assert!(!step_runs_command(text, &wanted), "{text}");
        }
    }

    #[test]
    fn a_step_maps_to_its_instruction_and_line() {
        let df = Dockerfile::parse(
            "FROM golang:1.23 AS builder\nWORKDIR /app\nRUN [\"go\", \"mod\", \"download\"]\n\
             FROM alpine:3.20\nCOPY --from=builder /app /app\nRUN adduser -S app\n",
        )
        .unwrap();
        let download = instruction_of(&df, &step(Some("builder"), 3, "")).unwrap();
        assert_eq!(download.line, 3);
        assert!(runs_command(download, &normalize("go mod download")));
        let adduser = instruction_of(&df, &step(Some("stage-1"), 3, "")).unwrap();
        assert_eq!(adduser.line, 6);
        assert!(instruction_of(&df, &step(None, 2, "")).is_none());
        // ENV and ARG are no steps of BuildKit's: `[builder 4/4]` is the RUN after them.
        let df = Dockerfile::parse(
            "FROM python:3.12 AS builder\nARG V=1\nRUN python -m venv /opt/venv\n\
             ENV PATH=/opt/venv/bin:$PATH\nCOPY setup.py .\nRUN pip install .\n",
        )
        .unwrap();
        let install = instruction_of(&df, &step(Some("builder"), 4, "")).unwrap();
        assert_eq!(install.line, 6);
        assert!(instruction_of(&df, &step(Some("builder"), 9, "")).is_none());
    }

    #[test]
    fn a_buildah_step_maps_to_its_stage_and_line_not_an_identical_run_elsewhere() {
        // buildah numbers every instruction and names the stage; the same RUN in an unused
        // stage above is not the one that ran (`[3/3] STEP 4/7`).
        let df = Dockerfile::parse(
            "FROM golang:1.23 AS builder\nRUN go build -o /out/server .\n\
             FROM alpine:3.20 AS users\nRUN adduser -S app\n\
             FROM alpine:3.20 AS runtime\nWORKDIR /app\nCOPY --from=builder /out/server .\n\
             RUN adduser -S app\nUSER app\n",
        )
        .unwrap();
        let adduser = buildah_instruction_of(&df, &step(Some("runtime"), 4, "")).unwrap();
        assert_eq!(adduser.line, 8);
        let user = buildah_instruction_of(&df, &step(Some("runtime"), 5, "")).unwrap();
        assert_eq!(user.line, 9);
        // Docker's classic builder names no stage: its numbers go through the whole file.
        assert!(buildah_instruction_of(&df, &step(None, 4, "")).is_none());
    }
}
