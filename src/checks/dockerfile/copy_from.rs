//! `copy_from: { stage, forbid }`: the final stage copies from the build stage, and only
//! artifacts: never `/`, `.`, the stage's whole WORKDIR, or a forbidden path.

use crate::checks::{CheckKind, CheckResult, Validate};
use crate::checks::{Ctx, from_text, on_toolchain};
use crate::dockerfile::{BaseTarget, Dockerfile, FromTarget, Stage, clean_path};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// The stage the final stage must copy from, by name.
    pub stage: String,
    /// Sources that copy too much; defaults to `/`, `.`, and the stage's WORKDIR.
    #[serde(default)]
    pub forbid: Vec<String>,
}

impl Validate for Config {}

const WHY: &str = "Copying only the built artifact keeps the sources, caches and toolchain of the \
                   build stage out of the image you ship; copying `/` or the work directory brings \
                   them all back.";

pub fn title(config: &Config) -> String {
    format!(
        "The final stage copies only artifacts from `{}`",
        config.stage
    )
}

pub fn run(ctx: &Ctx<'_>, config: &Config) -> CheckResult {
    let df = ctx.dockerfile;
    let last = df.final_stage();
    let wanted = &config.stage;
    let result = CheckResult::new(CheckKind::CopyFrom, title(config), WHY);
    let Some(source) = find_stage(df, wanted) else {
        return missing_stage(ctx, result, wanted);
    };
    if source.index == last.index {
        return ctx.at(
            result
                .fail(format!("`{wanted}` is the final stage itself"))
                .expected(format!(
                    "a final stage after {wanted} that copies its result: FROM <runtime base>, then COPY --from={wanted} ..."
                )),
            last.line,
        );
    }
    if df
        .lineage(last.index)
        .iter()
        .any(|s| s.index == source.index)
    {
        return ctx.at(
            result
                .fail(format!(
                    "the final stage starts {}, so it ships everything in {wanted}",
                    from_text(last)
                ))
                .found(from_text(last))
                .expected(format!(
                    "FROM <a small runtime base>, then COPY --from={wanted} <artifact> <dest>"
                )),
            last.line,
        );
    }
    let copies: Vec<_> = last
        .copies_from()
        .filter(|(_, _, from)| from.target == FromTarget::Stage(source.index))
        .collect();
    if copies.is_empty() {
        return ctx.at(
            result
                .fail(format!(
                    "the final stage ({}) copies nothing from {wanted}",
                    from_text(last)
                ))
                .expected(format!("COPY --from={wanted} <built file> <dest>")),
            last.line,
        );
    }
    let forbidden = Forbidden::new(df, source, &config.forbid);
    for (instruction, copy, from) in &copies {
        for src in copy.sources.iter().filter(|s| !s.here_doc) {
            if let Some(reason) = forbidden.reason(&src.path) {
                return ctx.at(
                    result
                        .fail(format!(
                            "COPY --from={} (line {}) copies `{}`: {reason}",
                            from.written, instruction.line, src.path
                        ))
                        .found(format!("{} (line {})", instruction.text(), instruction.line))
                        .expected(format!(
                            "only what the app needs to run, e.g. the built binary: COPY --from={} /path/to/app /app",
                            from.written
                        )),
                    src.line,
                );
            }
        }
    }
    let copied: Vec<String> = copies
        .iter()
        .map(|(instruction, copy, _)| {
            let sources: Vec<&str> = copy.sources.iter().map(|s| s.path.as_str()).collect();
            format!("{} (line {})", sources.join(" "), instruction.line)
        })
        .collect();
    result.pass(format!(
        "the final stage copies {} from {wanted}",
        copied.join(", ")
    ))
}

/// A stage by name, or by index when `wanted` is a number.
fn find_stage<'a>(df: &'a Dockerfile, wanted: &str) -> Option<&'a Stage> {
    df.stage_named(wanted).or_else(|| {
        wanted
            .parse::<usize>()
            .ok()
            .and_then(|index| df.stages.get(index))
    })
}

/// No stage has the wanted name: point at the stage most likely meant. A final stage on a
/// toolchain builds the app itself and should become the build stage; otherwise an unnamed
/// build stage, one on a toolchain first.
fn missing_stage(ctx: &Ctx<'_>, result: CheckResult, wanted: &str) -> CheckResult {
    let df = ctx.dockerfile;
    let last = df.final_stage();
    let candidates: Vec<&Stage> = df
        .stages
        .iter()
        .filter(|s| {
            s.name.is_none() && !df.is_final(s) && !matches!(s.base.target, BaseTarget::Scratch)
        })
        .collect();
    let candidate = candidates
        .iter()
        .find(|s| on_toolchain(df, s))
        .or(candidates.first());
    let (line, expected) = if on_toolchain(df, last) {
        (
            last.line,
            format!(
                "{} AS {wanted}, then a small final stage that copies from it",
                from_text(last)
            ),
        )
    } else if let Some(stage) = candidate {
        (stage.line, format!("{} AS {wanted}", from_text(stage)))
    } else {
        (
            last.line,
            format!("a build stage named {wanted} before the final stage"),
        )
    };
    ctx.at(
        result
            .fail(format!("there is no stage named `{wanted}`"))
            .expected(expected),
        line,
    )
}

/// The paths a `COPY --from` of the source stage must not copy, or contain.
struct Forbidden {
    workdir: Option<String>,
    extra: Vec<String>,
    stage: String,
}

impl Forbidden {
    fn new(df: &Dockerfile, source: &Stage, extra: &[String]) -> Self {
        Forbidden {
            workdir: df.workdir(source.index),
            extra: extra.iter().map(|p| clean_path(p)).collect(),
            stage: source.label(),
        }
    }

    /// Why copying `path` copies too much, if it does.
    fn reason(&self, path: &str) -> Option<String> {
        // `dir/*` copies what `dir` holds; sources of --from are relative to `/`.
        let cleaned = clean_path(path);
        let cleaned = cleaned.strip_suffix("/*").map_or(cleaned.clone(), |dir| {
            if dir.is_empty() {
                "/".into()
            } else {
                dir.into()
            }
        });
        if cleaned == "/" {
            return Some(format!("the whole filesystem of {}", self.stage));
        }
        if let Some(workdir) = self.workdir.as_deref().filter(|w| contains(&cleaned, w)) {
            return Some(if cleaned == workdir {
                format!("the whole WORKDIR of {}", self.stage)
            } else {
                format!(
                    "a folder holding the whole WORKDIR ({workdir}) of {}",
                    self.stage
                )
            });
        }
        self.extra
            .iter()
            .find(|f| contains(&cleaned, f) || contains(f, &cleaned))
            .map(|f| format!("{f} must stay out of the final image"))
    }
}

/// Whether folder `dir` is `path` or one of its parents.
fn contains(dir: &str, path: &str) -> bool {
    dir == path
        || dir == "/"
        || path
            .strip_prefix(dir)
            .is_some_and(|rest| rest.starts_with('/'))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checks::Check;
    use crate::checks::test_util::{fails_at, passes};

    fn check(stage: &str, forbid: &[&str]) -> Check {
        Check::CopyFrom(Config {
            stage: stage.into(),
            forbid: forbid.iter().map(|s| s.to_string()).collect(),
        })
    }

    const BUILDER: &str =
        "FROM golang:1.23 AS builder\nWORKDIR /src\nCOPY . .\nRUN go build -o /src/bin/app .\n";

    fn with_final(lines: &str) -> String {
        format!("{BUILDER}FROM alpine:3.20\n{lines}")
    }

    #[test]
    fn copying_the_artifact_passes() {
        let result = passes(
            &with_final("COPY --from=builder --chown=app --link /src/bin/app /app\n"),
            &check("builder", &[]),
        );
        assert_eq!(
            result.message,
            "the final stage copies /src/bin/app (line 6) from builder"
        );
    }

    #[test]
    fn by_index_counts() {
        passes(
            &with_final("COPY --from=0 /src/bin/app /app\n"),
            &check("builder", &[]),
        );
    }

    #[test]
    fn the_workdir_fails_at_its_line() {
        let result = fails_at(
            &with_final("COPY --from=builder \\\n    /src /app\n"),
            &check("builder", &[]),
            7,
        );
        assert_eq!(
            result.message,
            "COPY --from=builder (line 6) copies `/src`: the whole WORKDIR of builder"
        );
    }

    #[test]
    fn root_and_dot_fail() {
        for source in [".", "./", "/", "/*"] {
            let result = fails_at(
                &with_final(&format!("COPY --from=builder {source} /app\n")),
                &check("builder", &[]),
                6,
            );
            assert!(
                result.message.contains("the whole filesystem of builder"),
                "{source}"
            );
        }
    }

    #[test]
    fn a_parent_of_the_workdir_fails() {
        let result = fails_at(
            "FROM golang:1.23 AS builder\nWORKDIR /go/src\nWORKDIR app\nFROM scratch\nCOPY --from=builder /go /go\n",
            &check("builder", &[]),
            5,
        );
        assert!(
            result.message.contains("(/go/src/app)"),
            "{}",
            result.message
        );
    }

    #[test]
    fn forbidden_paths_fail() {
        let result = fails_at(
            &with_final(
                "COPY --from=builder /src/bin/app /app\nCOPY --from=builder /usr/local /usr/local\n",
            ),
            &check("builder", &["/usr/local/go"]),
            7,
        );
        assert!(
            result
                .message
                .ends_with("/usr/local/go must stay out of the final image")
        );
    }

    #[test]
    fn a_path_inside_a_forbidden_one_fails() {
        fails_at(
            &with_final("COPY --from=builder /usr/local/go/bin/go /go\n"),
            &check("builder", &["/usr/local/go/"]),
            6,
        );
    }

    #[test]
    fn copying_nothing_points_at_the_final_from() {
        let result = fails_at(&with_final("COPY app /app\n"), &check("builder", &[]), 5);
        assert_eq!(
            result.message,
            "the final stage (FROM alpine:3.20) copies nothing from builder"
        );
    }

    #[test]
    fn a_missing_stage_points_at_the_unnamed_build_stage() {
        let result = fails_at(
            "FROM golang:1.23\nRUN go build\nFROM alpine:3.20\nCOPY --from=0 /app /app\n",
            &check("builder", &[]),
            1,
        );
        assert_eq!(result.message, "there is no stage named `builder`");
        assert_eq!(
            result.expected.as_deref(),
            Some("FROM golang:1.23 AS builder")
        );
    }

    #[test]
    fn a_missing_stage_prefers_the_toolchain_stage() {
        let result = fails_at(
            "FROM alpine:3.20\nRUN date > /v\nFROM golang:1.23\nRUN go build\nFROM alpine:3.20\n",
            &check("builder", &[]),
            3,
        );
        assert_eq!(
            result.expected.as_deref(),
            Some("FROM golang:1.23 AS builder")
        );
    }

    #[test]
    fn a_building_final_stage_is_the_missing_builder() {
        let result = fails_at(
            "FROM node:20\nRUN npm run build\nFROM golang:1.23\nCOPY --from=0 /dist ./static\nRUN go build\n",
            &check("builder", &[]),
            3,
        );
        assert_eq!(
            result.expected.as_deref(),
            Some("FROM golang:1.23 AS builder, then a small final stage that copies from it")
        );
    }

    #[test]
    fn a_final_stage_built_on_the_builder_fails() {
        let result = fails_at(
            &format!("{BUILDER}FROM builder AS runtime\nCMD [\"/src/bin/app\"]\n"),
            &check("builder", &[]),
            5,
        );
        assert!(result.message.contains("ships everything in builder"));
    }

    #[test]
    fn a_single_stage_fails() {
        fails_at(BUILDER, &check("builder", &[]), 1);
    }
}
