//! `final_base: { one_of }`: the image the final stage starts from is an allowed one.

use crate::checks::Ctx;
use crate::checks::{CheckKind, CheckResult, Invalid, Validate};
use crate::dockerfile::BaseTarget;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Config {
    pub one_of: Vec<String>,
}

impl Validate for Config {
    fn validate(&self) -> Result<(), Invalid> {
        if self.one_of.is_empty() {
            return Err(Invalid::at(
                "one_of",
                "`final_base` needs at least one allowed base",
            ));
        }
        Ok(())
    }
}

pub const TITLE: &str = "The final stage starts from a small runtime base";
const WHY: &str = "The final base is what you ship and patch: a small runtime base (or scratch for \
                   a static binary) instead of the build toolchain cuts hundreds of megabytes and \
                   most of the CVEs.";

pub fn title(_: &Config) -> String {
    TITLE.into()
}

pub fn run(ctx: &Ctx<'_>, config: &Config) -> CheckResult {
    let df = ctx.dockerfile;
    let last = df.final_stage();
    let base = df.root_base(last.index);
    // `FROM builder` finally starts from builder's base image.
    let found = match last.base.target {
        BaseTarget::Stage(index) => {
            format!("{} (via stage {})", base.resolved, df.stages[index].label())
        }
        _ => base.resolved.clone(),
    };
    let resolved = df.resolved_base(last.index);
    let allowed = config.one_of.iter().any(|entry| resolved.is(entry));
    let result = CheckResult::new(CheckKind::FinalBase, TITLE, WHY).found(found.clone());
    if allowed {
        return result.pass(format!("the final stage starts FROM {found}"));
    }
    let mut message = format!("the final stage starts FROM {found}, which is not an allowed base");
    if !base.missing_args.is_empty() {
        message.push_str(&format!(
            " (ARG {} has no default)",
            base.missing_args.join(", ")
        ));
    }
    ctx.at(
        result
            .fail(message)
            .expected(match config.one_of.as_slice() {
                [only] => only.clone(),
                all => format!("one of {}", all.join(", ")),
            }),
        last.line,
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checks::Check;
    use crate::checks::test_util::{fails_at, passes};

    fn check(one_of: &[&str]) -> Check {
        Check::FinalBase(Config {
            one_of: one_of.iter().map(|s| s.to_string()).collect(),
        })
    }

    const GO: &str = "FROM golang:1.23 AS builder\nRUN go build\n";

    #[test]
    fn an_allowed_tag_passes() {
        let result = passes(
            &format!("{GO}FROM docker.io/library/alpine:3.20\n"),
            &check(&["alpine:3.20", "scratch"]),
        );
        assert_eq!(
            result.message,
            "the final stage starts FROM docker.io/library/alpine:3.20"
        );
    }

    #[test]
    fn a_repo_allows_any_tag() {
        passes(
            &format!("{GO}FROM gcr.io/distroless/static-debian12:nonroot\n"),
            &check(&["gcr.io/distroless/static-debian12"]),
        );
    }

    #[test]
    fn scratch_and_arg_defaults() {
        passes(&format!("{GO}FROM scratch\n"), &check(&["scratch"]));
        passes(
            &format!("ARG ALPINE=3.20\n{GO}FROM alpine:${{ALPINE}}\n"),
            &check(&["alpine:3.20"]),
        );
    }

    #[test]
    fn another_tag_fails_at_the_final_from() {
        let result = fails_at(
            &format!("{GO}\nFROM alpine:3.19\n"),
            &check(&["alpine:3.20", "scratch"]),
            4,
        );
        assert_eq!(result.found.as_deref(), Some("alpine:3.19"));
        assert_eq!(
            result.expected.as_deref(),
            Some("one of alpine:3.20, scratch")
        );
        // A single allowed base is named as it is.
        let result = fails_at(
            &format!(
                "{GO}
FROM alpine:3.19
"
            ),
            &check(&["alpine:3.20"]),
            4,
        );
        assert_eq!(result.expected.as_deref(), Some("alpine:3.20"));
    }

    #[test]
    fn a_final_stage_on_the_builder_fails() {
        let result = fails_at(
            &format!("{GO}FROM builder AS app\n"),
            &check(&["alpine", "scratch"]),
            3,
        );
        assert_eq!(
            result.found.as_deref(),
            Some("golang:1.23 (via stage builder)")
        );
    }

    #[test]
    fn scratch_is_not_an_image_named_scratch() {
        fails_at("FROM alpine:3.20\n", &check(&["scratch"]), 1);
    }
}
