//! `build`: the image builds; a failure points at the instruction and its Dockerfile line with
//! the last lines it printed.

use crate::checks::{CheckKind, CheckResult, Flag, Session};
use crate::docker::build::{BuildError, Failure, Step};
use crate::dockerfile::{BaseTarget, Dockerfile, Kind, normalize};

const WHY_BUILD: &str = "Every image check starts from a successful build.";

/// `build: true`.
pub type Config = Flag;

pub fn title(_: &Config) -> String {
    "The image builds".into()
}

pub async fn run(session: &mut Session<'_>, config: &Config) -> CheckResult {
    let title = title(config);
    let dockerfile = session.dockerfile_path().to_path_buf();
    let parsed = session.dockerfile();
    let result = CheckResult::new(CheckKind::Build, title, WHY_BUILD);
    match session.main_build().await {
        Ok(built) => {
            let cached = built.steps.iter().filter(|s| s.cached).count();
            result.pass(format!(
                "built with {} in {:.1}s from a {} context ({} of {} steps from the cache)",
                built.builder.name(),
                built.seconds,
                crate::values::size::Size(built.context.bytes),
                cached,
                built.steps.len()
            ))
        }
        Err(err) => failed(result, err, parsed, &dockerfile),
    }
}

pub(super) fn failed(
    result: CheckResult,
    err: &BuildError,
    parsed: Option<&Dockerfile>,
    dockerfile: &std::path::Path,
) -> CheckResult {
    match err {
        BuildError::Failed(failure) => {
            let line = failure_line_in(parsed, failure);
            let message = match &failure.step {
                Some(step) => format!(
                    "`{}` failed: {}",
                    one_line(&step.instruction),
                    reason(&failure.message)
                ),
                None => failure.message.clone(),
            };
            let mut details = failure.output.clone();
            if failure.step.is_some() {
                details.push(format!("engine: {}", failure.message));
            }
            let mut result = result
                .fail(format!("{message}{}", hint(&failure.message)))
                .details(details);
            if let Some(line) = line {
                result = result.at(dockerfile, line);
            }
            result
        }
        BuildError::Context(why) => result
            .fail(format!("the build context cannot be sent: {why}"))
            .at(".dockerignore", 1),
        // The engine's problem, not the Dockerfile's: not a failing check.
        BuildError::Engine(why) => result.skipped(format!("the engine did not build: {why}")),
        BuildError::Cancelled => result.skipped("cancelled"),
    }
}

/// The builders' errors repeat the command; the exit code is what is new.
fn reason(message: &str) -> String {
    // BuildKit, Docker's classic builder, buildah (`while running runtime: exit status 3`).
    for marker in ["exit code: ", "non-zero code: ", "exit status "] {
        if let Some(at) = message.rfind(marker) {
            let code: String = message[at + marker.len()..]
                .chars()
                .take_while(|c| c.is_ascii_digit())
                .collect();
            if !code.is_empty() {
                return format!("exit code {code}");
            }
        }
    }
    message.to_string()
}

fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A next step for the failures that have a usual cause.
fn hint(message: &str) -> &'static str {
    let lower = message.to_lowercase();
    if lower.contains("no space left on device") {
        " (the engine's disk is full: `docker system prune` frees space)"
    } else if lower.contains("pull access denied")
        || lower.contains("manifest unknown")
        || lower.contains("not found: manifest")
        || (lower.contains("manifest for") && lower.contains("not found"))
        || lower.contains("failed to resolve source metadata")
        || lower.contains("no such host")
    {
        " (a base image is missing: check its name and tag, and run `dockerlings pull` while online)"
    } else if lower.contains("file not found in build context")
        || lower.contains("not found: not found")
        || lower.contains("failed to compute cache key")
        || lower.contains("copier: stat")
    {
        " (a COPY source is not in the build context: check the path and .dockerignore)"
    } else if lower.contains("unable to find user") || lower.contains("determining run uid") {
        // A RUN under a USER that does not exist. Docker: `unable to find user app: no
        // matching entries in passwd file`; buildah: `determining run uid: user: unknown user
        // error looking up user "app"` (its `--chown` errors also say "unknown user", and
        // moving USER does not fix those).
        " (the USER above this step names a user that does not exist yet: move USER below the RUN that creates the user)"
    } else {
        ""
    }
}

/// The Dockerfile line of the failure: the line a parse error names, else the instruction
/// the builder was running, found by its text (and stage, for BuildKit).
#[cfg(test)]
fn failure_line(text: &str, failure: &Failure) -> Option<usize> {
    failure_line_in(Dockerfile::parse(text).ok().as_ref(), failure)
}

fn failure_line_in(dockerfile: Option<&Dockerfile>, failure: &Failure) -> Option<usize> {
    if let Some(line) = parse_error_line(&failure.message) {
        return Some(line);
    }
    let dockerfile = dockerfile?;
    match failure.step.as_ref() {
        Some(step) => step_line(dockerfile, step),
        None => missing_base_line(dockerfile, &failure.message),
    }
}

/// BuildKit reports a base image it cannot resolve before any step runs: the FROM whose
/// image the message names.
fn missing_base_line(dockerfile: &Dockerfile, message: &str) -> Option<usize> {
    if !hint(message).contains("base image") {
        return None;
    }
    dockerfile.stages.iter().find_map(|stage| {
        let BaseTarget::Image(_) = stage.base.target else {
            return None;
        };
        let reference = stage.base.resolved.as_str();
        let name = reference.split('@').next().unwrap_or(reference);
        let name = match name.rsplit_once(':') {
            Some((repo, tag)) if !tag.contains('/') => repo,
            _ => name,
        };
        // `registry.example/team/app` appears as `registry.example/v2/team/app/...` in URLs.
        let in_url = name
            .split_once('/')
            .filter(|(host, _)| host.contains('.') || host.contains(':'))
            .map(|(host, path)| format!("{host}/v2/{path}/"));
        let named = message.contains(reference)
            || message.contains(&format!("for {name},"))
            || message.contains(&format!("for {name}:"))
            || in_url.is_some_and(|url| message.contains(&url));
        named.then_some(stage.line)
    })
}

/// `dockerfile parse error line 3: unknown instruction: COPPY` → 3.
fn parse_error_line(message: &str) -> Option<usize> {
    let lower = message.to_lowercase();
    let at = lower.find("parse error")?;
    let rest = &lower[at..];
    let line_at = rest.find("line ")? + "line ".len();
    let digits: String = rest[line_at..]
        .chars()
        .take_while(|c| c.is_ascii_digit())
        .collect();
    digits.parse().ok()
}

fn step_line(dockerfile: &Dockerfile, step: &Step) -> Option<usize> {
    let wanted = normalize(&step.instruction);
    // Each instruction in file order, with its stage's name and index and its 1-based
    // position in the stage (FROM is 1).
    let mut all = Vec::new();
    for arg in &dockerfile.global_args {
        all.push((None, usize::MAX, 0, arg));
    }
    for stage in &dockerfile.stages {
        all.push((stage.name.as_deref(), stage.index, 1, &stage.from));
        for (at, instruction) in stage.instructions.iter().enumerate() {
            all.push((stage.name.as_deref(), stage.index, at + 2, instruction));
        }
    }
    let in_stage = |name: Option<&str>, index: usize| match step.stage.as_deref() {
        None => true,
        Some(wanted) => {
            name.is_some_and(|n| n.eq_ignore_ascii_case(wanted))
                || wanted.strip_prefix("stage-").and_then(|i| i.parse().ok()) == Some(index)
        }
    };
    // BuildKit writes `FROM docker.io/library/busybox:1.36`: the first step of a stage is its
    // FROM, whatever the spelling.
    if step.instruction.to_uppercase().starts_with("FROM ")
        && let Some(stage) = dockerfile
            .stages
            .iter()
            .find(|s| in_stage(s.name.as_deref(), s.index))
            .filter(|_| step.stage.is_some() || dockerfile.stages.len() == 1)
    {
        return Some(stage.line);
    }
    // Positions count in the stage when the builder named it (BuildKit, buildah), else
    // through the whole file (Docker's classic builder).
    let matches: Vec<(usize, usize)> = all
        .iter()
        .enumerate()
        .filter(|(_, (name, index, _, _))| in_stage(*name, *index))
        .filter(|(_, (_, _, _, instruction))| normalize(&instruction.text()) == wanted)
        .map(|(at, (_, _, in_stage, instruction))| {
            let position = if step.stage.is_some() {
                *in_stage
            } else {
                at + 1
            };
            (position, instruction.line)
        })
        .collect();
    if let [(_, line)] = matches.as_slice() {
        return Some(*line);
    }
    // Several identical instructions: the step number tells which.
    if let (Some(position), false) = (step.position, matches.is_empty()) {
        if let Some((_, line)) = matches.iter().find(|(p, _)| *p == position) {
            return Some(*line);
        }
        return matches.first().map(|(_, line)| *line);
    }
    // Not found by text (a heredoc, an odd spelling): the same keyword in the stage.
    let keyword = step.instruction.split_whitespace().next()?.to_uppercase();
    let by_keyword: Vec<usize> = all
        .iter()
        .filter(|(name, index, _, instruction)| {
            in_stage(*name, *index)
                && instruction.kind != Kind::From
                && instruction.kind.as_str().eq_ignore_ascii_case(&keyword)
                && normalize(&instruction.text())
                    .starts_with(&normalize(&wanted.chars().take(24).collect::<String>()))
        })
        .map(|(_, _, _, instruction)| instruction.line)
        .collect();
    by_keyword.first().copied()
}

#[cfg(test)]
mod tests {
    use super::*;

    const DOCKERFILE: &str = "\
ARG GO=1.23
FROM golang:${GO} AS builder
WORKDIR /src
COPY go.mod ./
RUN go mod download && \\
    go mod verify
COPY . .
RUN false

FROM alpine:3.20
RUN false
COPY --from=builder /app /app
";

    fn failure(stage: Option<&str>, position: Option<usize>, instruction: &str) -> Failure {
        Failure {
            message: "boom".into(),
            step: Some(Step {
                stage: stage.map(str::to_string),
                position,
                instruction: instruction.into(),
                cached: false,
                millis: None,
            }),
            output: vec![],
        }
    }

    #[test]
    fn finds_the_failing_line() {
        // BuildKit names the stage.
        assert_eq!(
            failure_line(DOCKERFILE, &failure(Some("builder"), Some(5), "RUN false")),
            Some(8)
        );
        assert_eq!(
            failure_line(DOCKERFILE, &failure(Some("stage-1"), Some(2), "RUN false")),
            Some(11)
        );
        // Continuations are joined as the builders print them.
        assert_eq!(
            failure_line(
                DOCKERFILE,
                &failure(None, Some(5), "RUN go mod download &&     go mod verify")
            ),
            Some(5)
        );
        // The classic builder numbers every instruction, global ARGs too: step 9 is the second
        // `RUN false`.
        assert_eq!(
            failure_line(DOCKERFILE, &failure(None, Some(9), "RUN false")),
            Some(11)
        );
        assert_eq!(
            failure_line(DOCKERFILE, &failure(None, Some(7), "RUN false")),
            Some(8)
        );
        // Buildah numbers in each stage and prints continuations joined.
        assert_eq!(
            failure_line(DOCKERFILE, &failure(Some("stage-1"), Some(2), "RUN false")),
            Some(11)
        );
        let twice = "FROM busybox:1.36\nRUN false\nCOPY a b\nRUN false\n";
        assert_eq!(
            failure_line(twice, &failure(Some("stage-0"), Some(4), "RUN false")),
            Some(4)
        );
        assert_eq!(
            failure_line(twice, &failure(Some("stage-0"), Some(2), "RUN false")),
            Some(2)
        );
        assert_eq!(
            failure_line(
                DOCKERFILE,
                &failure(
                    Some("builder"),
                    Some(1),
                    "FROM docker.io/library/golang:1.23"
                )
            ),
            Some(2)
        );
    }

    #[test]
    fn parse_errors_name_their_line() {
        let failure = Failure {
            message: "failed to solve with frontend dockerfile.v0: failed to create LLB definition: dockerfile parse error line 3: unknown instruction: COPPY".into(),
            step: None,
            output: vec![],
        };
        assert_eq!(failure_line("FROM x\n", &failure), Some(3));
    }

    #[test]
    fn a_missing_base_image_points_at_its_from() {
        let text = "FROM busybox:1.36 AS b\nRUN true\nFROM nope.invalid/none:1\n";
        let failure = |message: &str| Failure {
            message: message.into(),
            step: None,
            output: vec![],
        };
        let url = "failed to solve with frontend dockerfile.v0: failed to create LLB definition: failed to do request: Head \"https://nope.invalid/v2/none/manifests/1\": dial tcp: lookup nope.invalid: no such host";
        assert_eq!(failure_line(text, &failure(url)), Some(3));
        let hub =
            "pull access denied for nope, repository does not exist or may require 'docker login'";
        assert_eq!(
            failure_line("FROM alpine:3.20\nFROM nope:1\n", &failure(hub)),
            Some(2)
        );
        assert_eq!(failure_line(text, &failure("something else")), None);
    }

    #[test]
    fn hints_for_usual_causes() {
        assert!(
            hint("pull access denied for nope, repository does not exist")
                .contains("dockerlings pull")
        );
        assert!(hint("write /x: no space left on device").contains("prune"));
        for engine_words in [
            "unable to find user app: no matching entries in passwd file",
            "determining run uid: user: unknown user error looking up user \"app\"",
        ] {
            assert!(
                hint(engine_words).contains("move USER below"),
                "{engine_words}"
            );
        }
        let chown = "looking up UID/GID for \"app\": unknown user error looking up user \"app\"";
        assert!(!hint(chown).contains("USER"), "{chown}");
        assert_eq!(
            hint("The command '/bin/sh -c false' returned a non-zero code: 1"),
            ""
        );
        assert!(hint("building at STEP \"COPY nothere.txt /x\": checking on sources under \"/tmp/build\": copier: stat: \"/nothere.txt\": no such file or directory").contains("build context"));
        assert_eq!(
            reason(
                "building at STEP \"RUN echo hi && exit 3\": while running runtime: exit status 3"
            ),
            "exit code 3"
        );
    }
}
