//! `pinned_bases`: no untagged and no `:latest` base image (hadolint DL3006, DL3007).

use crate::checks::{CheckKind, CheckResult, Flag};
use crate::checks::{Ctx, from_text};
use crate::dockerfile::{BaseTarget, Stage};

pub const TITLE: &str = "Base images are pinned to a version";
const WHY: &str = "An untagged or `:latest` base changes under you on the next pull, so the same \
                   Dockerfile builds a different image next month and can break with no change \
                   of yours.";

struct Problem<'a> {
    stage: &'a Stage,
    message: String,
    expected: String,
}

/// `pinned_bases: true`.
pub type Config = Flag;

pub fn title(_: &Config) -> String {
    TITLE.into()
}

pub fn run(ctx: &Ctx<'_>, _: &Config) -> CheckResult {
    let stages = &ctx.dockerfile.stages;
    let problems: Vec<Problem<'_>> = stages.iter().filter_map(problem).collect();
    let Some(first) = problems.first() else {
        let pinned: Vec<String> = stages
            .iter()
            .filter(|s| matches!(s.base.target, BaseTarget::Image(_)))
            .map(|s| s.base.resolved.clone())
            .collect();
        let message = if pinned.is_empty() {
            "no base image to pin (only scratch and stages)".to_string()
        } else {
            format!("pinned: {}", pinned.join(", "))
        };
        return CheckResult::new(CheckKind::PinnedBases, TITLE, WHY).pass(message);
    };
    let mut result = CheckResult::new(CheckKind::PinnedBases, TITLE, WHY)
        .fail(first.message.clone())
        .found(from_text(first.stage))
        .expected(first.expected.clone());
    if problems.len() > 1 {
        result = result.details(
            problems
                .iter()
                .map(|p| format!("line {}: {}", p.stage.line, p.message))
                .collect(),
        );
    }
    ctx.at(result, first.stage.line)
}

fn problem(stage: &Stage) -> Option<Problem<'_>> {
    let BaseTarget::Image(image) = &stage.base.target else {
        return None;
    };
    let base = &stage.base;
    let (message, expected) = if !base.missing_args.is_empty() {
        let args = base.missing_args.join(", ");
        (
            format!(
                "`{}` uses ARG {args}, which has no default",
                from_text(stage)
            ),
            format!(
                "a pinned default, e.g. ARG {}=<version>",
                base.missing_args[0]
            ),
        )
    } else if image.digest.is_some() {
        return None;
    } else {
        let shown = if base.written == base.resolved {
            format!("`{}`", from_text(stage))
        } else {
            format!("`{}` (= {})", from_text(stage), base.resolved)
        };
        match image.tag.as_deref() {
            None => (
                format!("{shown} has no tag, so Docker uses {}:latest", image.name),
                format!("{}:<version>", image.name),
            ),
            Some(tag) if tag.eq_ignore_ascii_case("latest") => (
                format!("{shown} uses the moving :latest tag"),
                format!("{}:<version>", image.name),
            ),
            Some(_) => return None,
        }
    };
    Some(Problem {
        stage,
        message,
        expected,
    })
}

#[cfg(test)]
mod tests {
    use crate::checks::test_util::{fails_at, passes};
    use crate::checks::{Check, Flag};

    const CHECK: Check = Check::PinnedBases(Flag);

    #[test]
    fn tags_digests_scratch_and_stages_pass() {
        let result = passes(
            "ARG GO=1.23\n\
             FROM golang:${GO} AS builder\n\
             FROM builder AS test\n\
             FROM alpine@sha256:0123abcd0123abcd0123abcd0123abcd0123abcd0123abcd0123abcd0123abcd AS certs\n\
             FROM scratch\n",
            &CHECK,
        );
        assert_eq!(
            result.message,
            "pinned: golang:1.23, alpine@sha256:0123abcd0123abcd0123abcd0123abcd0123abcd0123abcd0123abcd0123abcd"
        );
    }

    #[test]
    fn untagged_fails() {
        let result = fails_at("FROM golang:1.23 AS builder\nfrom alpine\n", &CHECK, 2);
        assert_eq!(
            result.message,
            "`FROM alpine` has no tag, so Docker uses alpine:latest"
        );
        assert_eq!(result.expected.as_deref(), Some("alpine:<version>"));
    }

    #[test]
    fn latest_fails_also_through_an_arg() {
        let result = fails_at("ARG TAG=latest\nFROM node:${TAG}\n", &CHECK, 2);
        assert_eq!(
            result.message,
            "`FROM node:${TAG}` (= node:latest) uses the moving :latest tag"
        );
    }

    #[test]
    fn an_arg_without_default_fails() {
        let result = fails_at("ARG GO\nFROM golang:${GO}\n", &CHECK, 2);
        assert_eq!(
            result.message,
            "`FROM golang:${GO}` uses ARG GO, which has no default"
        );
    }

    #[test]
    fn every_problem_is_listed() {
        let result = fails_at("FROM a\nFROM b:latest\n", &CHECK, 1);
        assert_eq!(result.details.len(), 2);
        assert_eq!(
            result.details[1],
            "line 2: `FROM b:latest` uses the moving :latest tag"
        );
    }
}
