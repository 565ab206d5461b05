//! `stage_base: { stage, one_of }`: the image a named stage starts from, as Docker resolves it
//! (ARG defaults expanded, `docker.io/library/` implied, `--platform` aside, through
//! `FROM <stage>` chains), is an allowed one. What the text says does not matter: `FROM
//! golang:${GO}` with `ARG GO=1.23` is golang:1.23.

use serde::{Deserialize, Serialize};

use crate::checks::{CheckKind, CheckResult, Ctx, Invalid, Validate};
use crate::dockerfile::Stage;

#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// The stage, by name.
    pub stage: String,
    /// Allowed bases: `repo` allows any tag, `repo:tag` only that tag.
    pub one_of: Vec<String>,
    /// Why this base, shown when it fails.
    #[serde(default)]
    pub why: Option<String>,
}

impl Validate for Config {
    fn validate(&self) -> Result<(), Invalid> {
        if self.one_of.is_empty() {
            return Err(Invalid::at(
                "one_of",
                "`stage_base` needs at least one allowed base",
            ));
        }
        Ok(())
    }
}

const WHY: &str = "The base image decides which tools and versions a stage builds with; a pinned, \
                   known base builds the same way tomorrow.";

pub fn title(config: &Config) -> String {
    format!("Stage `{}` starts from {}", config.stage, allowed(config))
}

fn allowed(config: &Config) -> String {
    match config.one_of.as_slice() {
        [only] => only.clone(),
        all => format!("one of {}", all.join(", ")),
    }
}

pub fn run(ctx: &Ctx<'_>, config: &Config) -> CheckResult {
    let df = ctx.dockerfile;
    let why = config.why.clone().unwrap_or_else(|| WHY.to_string());
    let result = CheckResult::new(CheckKind::StageBase, title(config), why);
    let Some(stage) = df.stage_named(&config.stage) else {
        let names: Vec<String> = df.stages.iter().map(Stage::label).collect();
        return result
            .fail(format!(
                "there is no stage named `{}` (the stages: {})",
                config.stage,
                names.join(", ")
            ))
            .expected(format!("FROM {} AS {}", allowed(config), config.stage));
    };
    let base = df.root_base(stage.index);
    let found = base.resolved.clone();
    let resolved = df.resolved_base(stage.index);
    let ok = config.one_of.iter().any(|entry| resolved.is(entry));
    let result = result.found(format!("FROM {found}"));
    if ok {
        return result.pass(format!("stage `{}` starts FROM {found}", config.stage));
    }
    let mut message = format!(
        "stage `{}` starts FROM {found}, which is not {}",
        config.stage,
        allowed(config)
    );
    if !base.missing_args.is_empty() {
        message.push_str(&format!(
            " (ARG {} has no default)",
            base.missing_args.join(", ")
        ));
    }
    ctx.at(
        result
            .fail(message)
            .expected(format!("FROM {} AS {}", allowed(config), config.stage)),
        stage.line,
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checks::Check;
    use crate::checks::test_util::{fails_at, passes};

    fn check() -> Check {
        Check::StageBase(Config {
            stage: "builder".into(),
            one_of: vec!["golang:1.23".into()],
            why: None,
        })
    }

    #[test]
    fn the_resolved_reference_counts_not_the_text() {
        for text in [
            "FROM golang:1.23 AS builder\nFROM alpine:3.20\n",
            "ARG GO_VERSION=1.23\nFROM golang:${GO_VERSION} AS builder\nFROM alpine:3.20\n",
            "FROM docker.io/library/golang:1.23 AS builder\nFROM alpine:3.20\n",
            "FROM --platform=$BUILDPLATFORM golang:1.23 as builder\nFROM alpine:3.20\n",
            "from golang:1.23 AS base\nFROM base AS builder\nFROM alpine:3.20\n",
        ] {
            passes(text, &check());
        }
    }

    #[test]
    fn another_version_fails_at_its_from_line() {
        let result = fails_at(
            "# comment\nFROM golang AS builder\nFROM alpine:3.20\n",
            &check(),
            2,
        );
        assert_eq!(
            result.message,
            "stage `builder` starts FROM golang, which is not golang:1.23"
        );
        assert_eq!(
            result.expected.as_deref(),
            Some("FROM golang:1.23 AS builder")
        );
    }

    #[test]
    fn a_missing_stage_is_named() {
        let result = crate::checks::test_util::run_one("FROM golang:1.23\n", &check());
        assert!(
            result.message.contains("no stage named `builder`"),
            "{}",
            result.message
        );
    }
}
