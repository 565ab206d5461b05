//! `copy_from_resolves`: every `COPY --from` names an earlier stage, a stage index or an image.

use crate::checks::Ctx;
use crate::checks::similar::closest;
use crate::checks::{CheckKind, CheckResult, Flag};
use crate::dockerfile::{CopyFrom, Dockerfile, FromTarget, Stage};

pub const TITLE: &str = "Every COPY --from points at a stage or an image";

/// One `--from` that does not resolve.
struct Problem {
    line: usize,
    message: String,
    expected: String,
    why: &'static str,
    found: String,
}

/// `copy_from_resolves: true`.
pub type Config = Flag;

pub fn title(_: &Config) -> String {
    TITLE.into()
}

pub fn run(ctx: &Ctx<'_>, _: &Config) -> CheckResult {
    let df = ctx.dockerfile;
    let mut resolved = Vec::new();
    let mut seen = std::collections::HashSet::new();
    let mut problems = Vec::new();
    // The names of the stages above the current one, grown as the loop goes down the file.
    let mut earlier: Vec<&str> = Vec::new();
    for stage in &df.stages {
        for (_, _, from) in stage.copies_from() {
            match problem(df, stage, from, &earlier) {
                Some(problem) => problems.push(problem),
                None => {
                    let described = describe(df, from);
                    if seen.insert(described.clone()) {
                        resolved.push(described);
                    }
                }
            }
        }
        earlier.extend(stage.name.as_deref());
    }
    let Some(first) = problems.first() else {
        let message = if resolved.is_empty() {
            "no COPY --from in this Dockerfile".to_string()
        } else {
            format!("resolved: {}", resolved.join(", "))
        };
        return CheckResult::new(
            CheckKind::CopyFromResolves,
            TITLE,
            "Docker pulls a --from that is no stage as an image, so a misspelt name fails late.",
        )
        .pass(message);
    };
    let mut result = CheckResult::new(CheckKind::CopyFromResolves, TITLE, first.why)
        .fail(first.message.clone())
        .found(first.found.clone())
        .expected(first.expected.clone());
    if problems.len() > 1 {
        result = result.details(
            problems
                .iter()
                .map(|p| format!("line {}: {}", p.line, p.message))
                .collect(),
        );
    }
    ctx.at(result, first.line)
}

/// `builder (stage 0)` or `some/image:tag (image)`.
fn describe(df: &Dockerfile, from: &CopyFrom) -> String {
    match &from.target {
        FromTarget::Stage(index) => match &df.stages[*index].name {
            Some(name) if name.eq_ignore_ascii_case(&from.resolved) => {
                format!("{} → stage {index}", from.written)
            }
            _ => format!("{} → {}", from.written, df.stages[*index].label()),
        },
        _ => format!("{} → image", from.written),
    }
}

fn problem(df: &Dockerfile, stage: &Stage, from: &CopyFrom, earlier: &[&str]) -> Option<Problem> {
    let written = &from.written;
    let expected_stage = || match earlier {
        [] => "a stage defined above this one".to_string(),
        names => format!("a stage defined above: {}", names.join(", ")),
    };
    let problem = |message: String, expected: String, why| Problem {
        line: from.line,
        message,
        expected,
        why,
        found: format!("--from={written}"),
    };
    match &from.target {
        FromTarget::Stage(_) => None,
        FromTarget::LaterStage(index) if *index == stage.index => Some(problem(
            format!("`--from={written}` names the stage it is in"),
            expected_stage(),
            "A stage cannot copy from itself: Docker stops with a circular dependency.",
        )),
        FromTarget::LaterStage(index) => {
            let later = &df.stages[*index];
            Some(problem(
                format!(
                    "`--from={written}` names stage {} ({}), defined later on line {}",
                    later.index,
                    later.label(),
                    later.line
                ),
                expected_stage(),
                "The classic builder and newer BuildKit (Dockerfile 1.7 on) refuse a --from that \
                 points down the file; older BuildKit follows it. With two stages of one name, \
                 --from means the last one. Define the stage first.",
            ))
        }
        FromTarget::NoSuchIndex(index) => Some(problem(
            format!(
                "`--from={index}`: there is no stage {index} (stages are numbered 0 to {})",
                df.stages.len() - 1
            ),
            expected_stage(),
            "Docker fails the build on a --from index that is no stage.",
        )),
        FromTarget::Image(_) if from.resolved.is_empty() => Some(problem(
            format!("`--from={written}` is empty: the ARG it uses has no default"),
            expected_stage(),
            "Docker cannot copy from an empty --from and stops the build.",
        )),
        FromTarget::Image(_) if looks_like_image(&from.resolved) => None,
        FromTarget::Image(_) => {
            let (message, expected) = match closest(&from.resolved, earlier.iter().copied()) {
                Some(name) => (
                    format!("`--from={written}` is not a stage; did you mean `{name}`?"),
                    format!("--from={name}"),
                ),
                None => (
                    format!(
                        "`--from={written}` is no stage of this Dockerfile, so Docker would pull \
                         an image named {}:latest",
                        from.resolved
                    ),
                    format!("{}, or an image with a tag", expected_stage()),
                ),
            };
            Some(problem(
                message,
                expected,
                "Docker takes a --from that names no stage for an image to pull, so a misspelt \
                 stage name fails only at build time with a confusing pull error (or copies from \
                 an unrelated image of that name).",
            ))
        }
    }
}

/// Only a name with a registry, namespace, tag or digest is surely meant as an image;
/// a bare word is far more likely a stage name with a typo.
fn looks_like_image(reference: &str) -> bool {
    reference.contains(['/', ':', '.', '@'])
}

#[cfg(test)]
mod tests {
    use crate::checks::test_util::{fails_at, passes};
    use crate::checks::{Check, Flag};

    const CHECK: Check = Check::CopyFromResolves(Flag);

    #[test]
    fn names_indexes_and_images_resolve() {
        let result = passes(
            "FROM golang:1.23 AS builder\n\
             FROM alpine:3.20\n\
             COPY --from=builder /a /a\n\
             COPY --from=0 /b /b\n\
             COPY --from=some/image:tag /c /c\n\
             COPY --from=nginx:1.27 /etc/nginx /etc/nginx\n",
            &CHECK,
        );
        assert_eq!(
            result.message,
            "resolved: builder → stage 0, 0 → builder, some/image:tag → image, nginx:1.27 → image"
        );
    }

    #[test]
    fn no_copy_from_passes() {
        let result = passes("FROM alpine:3.20\nCOPY . .\n", &CHECK);
        assert_eq!(result.message, "no COPY --from in this Dockerfile");
    }

    #[test]
    fn a_typo_gets_did_you_mean() {
        let result = fails_at(
            "FROM golang:1.23 AS builder\n\
             FROM alpine:3.20\n\
             COPY --chown=app \\\n\
             \x20   --from=buidler /app /app\n",
            &CHECK,
            4,
        );
        assert_eq!(
            result.message,
            "`--from=buidler` is not a stage; did you mean `builder`?"
        );
        assert_eq!(result.expected.as_deref(), Some("--from=builder"));
    }

    #[test]
    fn an_unknown_bare_name_fails_without_a_guess() {
        let result = fails_at(
            "FROM golang:1.23 AS builder\nFROM alpine:3.20\nCOPY --from=nginx /a /a\n",
            &CHECK,
            3,
        );
        assert!(result.message.contains("pull an image named nginx:latest"));
        assert!(result.why.contains("image to pull"));
    }

    #[test]
    fn later_stages_and_bad_indexes_fail() {
        let result = fails_at(
            "FROM alpine:3.20 AS app\nCOPY --from=builder /a /a\nFROM golang:1.23 AS builder\n",
            &CHECK,
            2,
        );
        assert_eq!(
            result.message,
            "`--from=builder` names stage 1 (builder), defined later on line 3"
        );
        let result = fails_at("FROM alpine:3.20\nCOPY --from=3 /a /a\n", &CHECK, 2);
        assert_eq!(
            result.message,
            "`--from=3`: there is no stage 3 (stages are numbered 0 to 0)"
        );
        let result = fails_at(
            "FROM alpine:3.20 AS app\nCOPY --from=app /a /b\n",
            &CHECK,
            2,
        );
        assert_eq!(result.message, "`--from=app` names the stage it is in");
    }
}
