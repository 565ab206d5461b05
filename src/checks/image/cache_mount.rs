//! `cache_mount: { run, target, edit }`: the RUN that runs `run` mounts a BuildKit cache at
//! `target`, and a rebuild after a one-line edit to `edit` shows what that buys: the step runs
//! again, and how long it takes is measured and shown, with or without the mount.

use serde::{Deserialize, Serialize};

use super::cache::{EditError, Rebuilt, instruction_of, rebuild_after_edit, runs_command};
use crate::checks::{CheckKind, CheckResult, Invalid, Session, Validate};
use crate::docker::build::{Built, Step};
use crate::dockerfile::{Body, Dockerfile, Instruction, Mount, normalize};
use crate::values::path::CoursePath;

#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// A text of the command that compiles or installs, e.g. `go build`.
    pub run: String,
    /// Where the tool keeps its cache, e.g. `/root/.cache/go-build`.
    pub target: String,
    /// The source file that gets a one-line edit, relative to the exercise folder.
    pub edit: CoursePath,
}

impl Validate for Config {
    fn validate(&self) -> Result<(), Invalid> {
        if !self.target.starts_with('/') {
            return Err(Invalid::at(
                "target",
                "`target` is the absolute path of the tool's cache in the build container, e.g. /root/.cache/go-build",
            ));
        }
        if self.run.trim().is_empty() {
            return Err(Invalid::at("run", "`run` names the command, e.g. go build"));
        }
        Ok(())
    }
}

pub fn title(spec: &Config) -> String {
    format!(
        "`{}` keeps its cache in a cache mount at {}",
        spec.run, spec.target
    )
}

const WHY: &str = "Any edit to the sources runs the compile step again from nothing: the layer cache keeps whole steps, not the compiler's own cache. A cache mount keeps the tool's cache between builds (never in the image), so the step only redoes what changed.";

pub async fn run(session: &mut Session<'_>, spec: &Config) -> CheckResult {
    let title = title(spec);
    let result = CheckResult::new(CheckKind::CacheMount, &title, WHY);
    let Some(dockerfile) = session.dockerfile() else {
        return result.skipped("the Dockerfile does not parse");
    };
    let wanted = normalize(&spec.run);
    let runs: Vec<&Instruction> = dockerfile
        .instructions()
        .filter(|i| runs_command(i, &wanted))
        .collect();
    if runs.is_empty() {
        return result
            .fail(format!("no RUN instruction runs `{}`", spec.run))
            .expected(format!("a RUN instruction with `{}`", spec.run));
    }
    let missing: Vec<&Instruction> = runs
        .iter()
        .copied()
        .filter(|i| !has_cache_at(i, &spec.target))
        .collect();
    // Built either way: the measured step says what the mount buys, or what its absence costs.
    let first = match session.main_build().await {
        Ok(built) => step_millis(built, dockerfile, &wanted),
        Err(_) => {
            return match session.image(CheckKind::CacheMount, &title).await {
                Err(skipped) => skipped,
                Ok(_) => result.skipped("not run: the image does not build"),
            };
        }
    };
    let edited = spec.edit.to_string();
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
    let again = step_of(&built, dockerfile, &wanted);
    let measured = match again {
        Some(step) if step.cached => format!(
            "after a one-line edit to {edited}, `{}` came from the layer cache{}",
            spec.run,
            if edit_sent {
                ""
            } else {
                " (the file is not in the build context)"
            }
        ),
        Some(step) => format!(
            "after a one-line edit to {edited}, `{}` ran again in {}{}",
            spec.run,
            seconds(step.millis),
            first
                .map(|ms| format!(" (in the first build of this run: {})", seconds(Some(ms))))
                .unwrap_or_default()
        ),
        None => format!(
            "the rebuild after a one-line edit to {edited} ran no `{}`",
            spec.run
        ),
    };
    let details: Vec<String> = runs
        .iter()
        .map(|i| {
            format!(
                "line {}: {}",
                i.line,
                describe_mounts(&mounts_of(i)).unwrap_or_else(|| "no mount".into())
            )
        })
        .collect();
    if let Some(first_missing) = missing.first() {
        let found = describe_mounts(&mounts_of(first_missing)).unwrap_or_else(|| "no mount".into());
        return result
            .fail(format!(
                "the RUN that runs `{}` has no cache mount at {} ({}): {measured}, compiling everything that did not change again",
                spec.run,
                spec.target,
                match found.as_str() {
                    "no mount" => "it has no mount".to_string(),
                    mounts => format!("it has {mounts}"),
                }
            ))
            .found(found)
            .expected(format!("--mount=type=cache,target={}", spec.target))
            .details(details)
            .at(session.dockerfile_path().to_path_buf(), first_missing.line);
    }
    result
        .pass(format!(
            "{measured}, with the cache mounted at {}",
            spec.target
        ))
        .found(format!("--mount=type=cache,target={}", spec.target))
        .details(details)
}

fn mounts_of(instruction: &Instruction) -> Vec<Mount> {
    match &instruction.body {
        Body::Run(run) => run.mounts(),
        _ => Vec::new(),
    }
}

/// Whether a RUN mounts a cache at `target` (trailing slashes aside).
fn has_cache_at(instruction: &Instruction, target: &str) -> bool {
    let target = target.trim_end_matches('/');
    mounts_of(instruction).iter().any(|m| {
        m.kind == "cache" && m.target.as_deref().map(|t| t.trim_end_matches('/')) == Some(target)
    })
}

fn describe_mounts(mounts: &[Mount]) -> Option<String> {
    if mounts.is_empty() {
        return None;
    }
    Some(
        mounts
            .iter()
            .map(|m| format!("--mount={}", m.text))
            .collect::<Vec<_>>()
            .join(" "),
    )
}

/// The built step of the (last) RUN that runs `wanted`.
fn step_of<'b>(built: &'b Built, dockerfile: &Dockerfile, wanted: &str) -> Option<&'b Step> {
    built
        .steps
        .iter()
        .rfind(|s| instruction_of(dockerfile, s).is_some_and(|i| runs_command(i, wanted)))
}

fn step_millis(built: &Built, dockerfile: &Dockerfile, wanted: &str) -> Option<u64> {
    step_of(built, dockerfile, wanted)
        .filter(|s| !s.cached)
        .and_then(|s| s.millis)
}

fn seconds(millis: Option<u64>) -> String {
    match millis {
        Some(ms) => format!("{:.1} s", ms as f64 / 1000.0),
        None => "an unmeasured time".into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn first_run(text: &str) -> Instruction {
        let df = Dockerfile::parse(text).unwrap();
        df.instructions()
            .find(|i| matches!(i.body, Body::Run(_)))
            .unwrap()
            .clone()
    }

    #[test]
    fn a_cache_at_the_target_counts_and_nothing_else_does() {
        let target = "/root/.cache/go-build";
        for text in [
            "FROM golang:1.23\nRUN --mount=type=cache,target=/root/.cache/go-build go build\n",
            "FROM golang:1.23\nRUN --mount=type=cache,id=go,dst=/root/.cache/go-build/ go build\n",
            "FROM golang:1.23\nRUN --mount=type=bind,target=/src --mount=type=cache,target=/root/.cache/go-build go build\n",
        ] {
            assert!(has_cache_at(&first_run(text), target), "{text}");
        }
        for text in [
            "FROM golang:1.23\nRUN go build\n",
            "FROM golang:1.23\nRUN --mount=type=cache,target=/go/pkg/mod go build\n",
            "FROM golang:1.23\nRUN --mount=target=/root/.cache/go-build go build\n",
            "FROM golang:1.23\nRUN --mount=type=tmpfs,target=/root/.cache/go-build go build\n",
        ] {
            assert!(!has_cache_at(&first_run(text), target), "{text}");
        }
    }

    #[test]
    fn mounts_are_described_as_written() {
        let run =
            first_run("FROM golang:1.23\nRUN --mount=type=cache,target=/go/pkg/mod go build\n");
        assert_eq!(
            describe_mounts(&mounts_of(&run)).as_deref(),
            Some("--mount=type=cache,target=/go/pkg/mod")
        );
        assert_eq!(seconds(Some(1250)), "1.2 s");
    }

    #[test]
    fn a_target_must_be_absolute() {
        let config = Config {
            run: "go build".into(),
            target: "root/.cache".into(),
            edit: CoursePath::new("main.go"),
        };
        assert!(config.validate().is_err());
    }
}
