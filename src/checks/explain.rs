//! `dockerlings explain`: the stage graph of a Dockerfile and its default lint findings.
//!
//! Part of the versioned `--json` output (`dockerlings/v1`): fields are only ever added.

use std::path::Path;

use serde::Serialize;

use crate::checks;
use crate::checks::CheckResult;
use crate::checks::pragma::{Pragmas, Silenced};
use crate::dockerfile::{BaseTarget, Dockerfile, FromTarget, ResolvedBase, Stage, UserSource};

/// The stage graph and lint findings of a Dockerfile.
#[derive(Debug, Serialize)]
pub struct Explanation {
    /// The Dockerfile's path as given (relative to the current directory when inside it).
    pub file: String,
    /// Every stage in file order; empty when the Dockerfile does not parse.
    pub stages: Vec<StageSummary>,
    /// The checks that need no lesson settings (`stages_named`, `stage_names_valid`,
    /// `copy_from_resolves`, `pinned_bases`, `exec_form`, `non_root_user`), passing and
    /// failing; a single failing `dockerfile` result when it does not parse.
    pub findings: Vec<CheckResult>,
    /// Failures that `# dockerlings ignore=CODE` silenced (only when pragmas are honoured).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub silenced: Vec<Silenced>,
    /// Pragmas that could not be read, or that were not honoured and why.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub warnings: Vec<String>,
}

/// Whether `# dockerlings ignore=CODE` counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PragmaUse {
    /// A learner's own project: pragmas silence findings.
    Honour,
    /// A course exercise: graded checks do not read pragmas, so `explain` does not either
    /// (it would show a pass that `verify` does not give).
    Ignore,
}

/// One stage.
#[derive(Debug, Serialize)]
pub struct StageSummary {
    /// 0-based, as `COPY --from=0` counts.
    pub index: usize,
    /// The name after `AS`, as written; absent for an unnamed stage.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The base after `FROM` with `ARG` defaults substituted, e.g. `golang:1.23`, `scratch`
    /// or the name of an earlier stage.
    pub base: String,
    /// The index of the earlier stage this one starts from, when `base` is a stage.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub base_stage: Option<usize>,
    /// `--platform` as written.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub platform: Option<String>,
    /// The 1-based line of `FROM`.
    pub line: usize,
    /// Whether this is the last stage, the one `docker build` outputs by default.
    #[serde(rename = "final")]
    pub is_final: bool,
    /// The image the stage finally starts from (through `FROM <stage>`), normalised:
    /// `docker.io/library/golang:1.23` is `golang:1.23`. Absent when an ARG has no default.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub image: Option<String>,
    /// What this stage copies with `COPY --from`, in order.
    pub copies: Vec<CopySummary>,
    /// The commands each `RUN` runs, as the checks read them.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub runs: Vec<RunSummary>,
    /// Who the final stage's processes run as; only on the final stage.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub runs_as: Option<RunsAsSummary>,
}

/// One `RUN`: `go vet ./... && go test ./...` is two commands.
#[derive(Debug, Serialize)]
pub struct RunSummary {
    pub line: usize,
    pub commands: Vec<String>,
}

/// The user a stage runs as and what set it.
#[derive(Debug, Serialize)]
pub struct RunsAsSummary {
    /// As Docker reads it after substitution; empty when nothing sets one.
    pub user: String,
    pub root: bool,
    /// The line of the `USER` that set it, when one did.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub line: Option<usize>,
    /// The base image whose configuration sets it (distroless `nonroot`), when that did.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub base_image: Option<String>,
}

/// One `COPY --from`.
#[derive(Debug, Serialize)]
pub struct CopySummary {
    /// The `--from` value as written.
    pub from: String,
    /// The stage it resolves to, if it names an earlier stage (by name or index).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stage: Option<usize>,
    /// The stage it names when that is this stage or one further down (an error).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub later_stage: Option<usize>,
    /// The image it pulls, if it names no stage.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub image: Option<String>,
    /// The source paths, as written.
    pub sources: Vec<String>,
    /// The destination, as written.
    pub dest: String,
    /// The other flags, as written: `--chown=app:app`, `--link`.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub flags: Vec<String>,
    /// The 1-based line of the `COPY`.
    pub line: usize,
}

/// Reads a Dockerfile's text into its stage graph and the default lint findings. `file` is
/// used for locations.
pub fn explain(text: &str, file: &Path, pragma_use: PragmaUse) -> Explanation {
    let shown = file.display().to_string();
    let pragmas = Pragmas::read(text, &shown);
    let mut warnings = Vec::new();
    match pragma_use {
        PragmaUse::Honour => warnings.extend(pragmas.problems.iter().cloned()),
        PragmaUse::Ignore if text.contains("dockerlings ignore=") => warnings.push(format!(
            "{shown} is a course exercise: `# dockerlings ignore=` is not honoured there, as \
             the graded checks do not read it"
        )),
        PragmaUse::Ignore => {}
    }
    let dockerfile = match Dockerfile::parse(text) {
        Ok(dockerfile) => dockerfile,
        Err(err) => {
            return Explanation {
                file: shown,
                stages: Vec::new(),
                findings: vec![checks::parse_failure(&err, file)],
                silenced: Vec::new(),
                warnings,
            };
        }
    };
    let ctx = checks::Ctx {
        dockerfile: &dockerfile,
        file,
    };
    let mut findings = Vec::new();
    let mut silenced = Vec::new();
    for check in checks::default_lints() {
        let Some(result) = checks::run_dockerfile_check(&ctx, &check) else {
            continue;
        };
        match pragma_use {
            PragmaUse::Ignore => findings.push(result),
            PragmaUse::Honour => {
                let (kept, quiet) = pragmas.apply(result);
                findings.extend(kept);
                silenced.extend(quiet);
            }
        }
    }
    Explanation {
        file: shown,
        stages: dockerfile
            .stages
            .iter()
            .map(|stage| summarize(&dockerfile, stage))
            .collect(),
        findings,
        silenced,
        warnings,
    }
}

fn summarize(df: &Dockerfile, stage: &Stage) -> StageSummary {
    StageSummary {
        index: stage.index,
        name: stage.name.clone(),
        base: stage.base.resolved.clone(),
        base_stage: match stage.base.target {
            BaseTarget::Stage(index) => Some(index),
            _ => None,
        },
        platform: stage.platform.clone(),
        line: stage.line,
        is_final: df.is_final(stage),
        image: match df.resolved_base(stage.index) {
            ResolvedBase::Scratch => Some("scratch".to_string()),
            base => base.image().map(ToString::to_string),
        },
        runs: df
            .runs(stage.index)
            .map(|step| RunSummary {
                line: step.instruction.line,
                commands: step.run.commands.iter().map(|c| c.text()).collect(),
            })
            .collect(),
        runs_as: df.is_final(stage).then(|| {
            let runs_as = df.runs_as(stage.index);
            RunsAsSummary {
                root: runs_as.is_root(),
                line: match runs_as.source {
                    UserSource::Instruction(instruction) => Some(instruction.line),
                    _ => None,
                },
                base_image: match runs_as.source {
                    UserSource::BaseImage(image) => Some(image.to_string()),
                    _ => None,
                },
                user: runs_as.user,
            }
        }),
        copies: stage
            .copies_from()
            .map(|(instruction, copy, from)| CopySummary {
                from: from.written.clone(),
                stage: match from.target {
                    FromTarget::Stage(index) => Some(index),
                    _ => None,
                },
                later_stage: match from.target {
                    FromTarget::LaterStage(index) => Some(index),
                    _ => None,
                },
                image: match &from.target {
                    FromTarget::Image(image) => Some(image.to_string()),
                    _ => None,
                },
                sources: copy.sources.iter().map(|s| s.path.clone()).collect(),
                dest: copy.dest.clone(),
                flags: copy
                    .flags
                    .iter()
                    .filter(|flag| flag.name != "from")
                    .map(|flag| match &flag.value {
                        Some(value) => format!("--{}={value}", flag.name),
                        None => format!("--{}", flag.name),
                    })
                    .collect(),
                line: instruction.line,
            })
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checks::Status;

    const GO: &str = "FROM golang:1.23 AS builder\n\
                      WORKDIR /src\n\
                      COPY . .\n\
                      RUN go build -o /app/main .\n\
                      \n\
                      FROM alpine:3.20\n\
                      COPY --from=builder --chown=app /app/main /app/main\n\
                      COPY --from=busybox:1.36 /bin/wget /bin/wget\n\
                      CMD /app/main\n";

    #[test]
    fn stages_and_copies() {
        let explanation = explain(GO, Path::new("go/Dockerfile"), PragmaUse::Honour);
        assert_eq!(explanation.file, "go/Dockerfile");
        let stages = &explanation.stages;
        assert_eq!(stages.len(), 2);
        assert_eq!(stages[0].name.as_deref(), Some("builder"));
        assert!(!stages[0].is_final);
        assert!(stages[1].is_final);
        assert_eq!(stages[1].line, 6);
        let copies = &stages[1].copies;
        assert_eq!(copies[0].stage, Some(0));
        assert_eq!(copies[0].sources, vec!["/app/main".to_string()]);
        assert_eq!(copies[0].line, 7);
        assert_eq!(copies[0].flags, vec!["--chown=app".to_string()]);
        assert_eq!(copies[1].image.as_deref(), Some("busybox:1.36"));
    }

    #[test]
    fn findings_are_the_default_lints() {
        let explanation = explain(GO, Path::new("Dockerfile"), PragmaUse::Honour);
        let kinds: Vec<_> = explanation
            .findings
            .iter()
            .map(|f| f.check.name())
            .collect();
        assert_eq!(
            kinds,
            vec![
                "stages_named",
                "stage_names_valid",
                "copy_from_resolves",
                "pinned_bases",
                "exec_form",
                "non_root_user"
            ]
        );
        let failed: Vec<_> = explanation
            .findings
            .iter()
            .filter(|f| f.status == Status::Fail)
            .map(|f| (f.check.name(), f.location.as_ref().unwrap().line))
            .collect();
        assert_eq!(failed, vec![("exec_form", 9), ("non_root_user", 6)]);
    }

    #[test]
    fn json_field_names() {
        let value =
            serde_json::to_value(explain(GO, Path::new("Dockerfile"), PragmaUse::Honour)).unwrap();
        let stage = &value["stages"][1];
        assert_eq!(stage["final"], true);
        assert_eq!(stage["base"], "alpine:3.20");
        assert!(stage.get("name").is_none());
        assert_eq!(stage["copies"][0]["from"], "builder");
        assert_eq!(stage["copies"][0]["stage"], 0);
        assert_eq!(value["findings"][0]["check"], "stages_named");
    }

    #[test]
    fn a_parse_error_is_the_only_finding() {
        let explanation = explain(
            "FROM alpine:3.20\nCOPY x\n",
            Path::new("Dockerfile"),
            PragmaUse::Honour,
        );
        assert!(explanation.stages.is_empty());
        assert_eq!(explanation.findings.len(), 1);
        assert_eq!(
            explanation.findings[0].check,
            crate::checks::CheckKind::Dockerfile
        );
        assert_eq!(explanation.findings[0].location.as_ref().unwrap().line, 2);
    }
}

#[cfg(test)]
mod scale {
    use std::fmt::Write;
    use std::path::Path;
    use std::time::Duration;

    use super::explain;

    /// 10,000 stages, each copying from the one before and the first, with an ARG and a USER:
    /// everything `explain` reads per stage, so a quadratic step shows as seconds.
    fn many_stages(count: usize) -> String {
        let mut text = String::from("ARG BASE=busybox:1.36\nFROM ${BASE} AS s0\n");
        for i in 1..count {
            write!(
                text,
                "FROM ${{BASE}} AS s{i}\nARG V{i}=1\nCOPY --from=s{} /a /a{i}\nCOPY --from=s0 /b /b\nRUN make build && make test\nUSER app\n",
                i - 1
            )
            .unwrap();
        }
        text.push_str("CMD [\"/a\"]\n");
        text
    }

    /// The CPU time this thread spent, which other work on a busy machine does not inflate
    /// the way it inflates the wall clock.
    fn thread_cpu_time() -> Duration {
        let now = rustix::time::clock_gettime(rustix::time::ClockId::ThreadCPUTime);
        Duration::new(now.tv_sec as u64, now.tv_nsec as u32)
    }

    /// The least CPU time of `runs` runs to explain and render `count` stages.
    fn explain_time(count: usize, runs: usize) -> Duration {
        let text = many_stages(count);
        (0..runs)
            .map(|_| {
                let started = thread_cpu_time();
                let explanation = explain(&text, Path::new("Dockerfile"), super::PragmaUse::Honour);
                let rendered = crate::ui::explain::render(&explanation);
                let took = thread_cpu_time() - started;
                assert_eq!(explanation.stages.len(), count);
                assert!(rendered.lines().count() > count * 3);
                took
            })
            .min()
            .expect("at least one run")
    }

    /// `cargo test --release ten_thousand -- --nocapture` prints the figure for a release build.
    #[test]
    fn ten_thousand_stages_explain_in_well_under_a_second() {
        let small = explain_time(1_000, 3);
        let large = explain_time(10_000, 2);
        eprintln!("explain + render: 1000 stages {small:?}, 10000 stages {large:?}");
        // Ten times the stages takes about ten times as long; a quadratic step would take a
        // hundred times (explain took 28 s for 10000 stages before it was made linear). The
        // margin is for a busy machine.
        assert!(
            large < small * 40,
            "10000 stages took {large:?}, 1000 took {small:?}: not linear"
        );
        if !cfg!(debug_assertions) {
            assert!(
                large < Duration::from_millis(500),
                "10000 stages took {large:?}"
            );
        }
    }
}
