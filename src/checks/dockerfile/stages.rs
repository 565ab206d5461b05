//! `stages: { min, max }`: how many `FROM` stages the Dockerfile has.

use crate::checks::{CheckKind, CheckResult, Invalid, Validate};
use crate::checks::{Ctx, from_text, plural};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Default, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Config {
    pub min: Option<u32>,
    pub max: Option<u32>,
}

impl Validate for Config {
    fn validate(&self) -> Result<(), Invalid> {
        match (self.min, self.max) {
            (None, None) => Err(Invalid::at("stages", "`stages` needs `min`, `max` or both")),
            (Some(min), Some(max)) if min > max => Err(Invalid::at(
                "stages",
                format!("`stages` has min {min} above max {max}"),
            )),
            _ => Ok(()),
        }
    }
}

pub fn title(range: &Config) -> String {
    match (range.min, range.max) {
        (Some(min), Some(max)) if min == max => {
            format!("Exactly {}", plural(min as usize, "stage"))
        }
        (Some(min), Some(max)) => format!("{min} to {max} stages"),
        (Some(min), None) => format!("At least {}", plural(min as usize, "stage")),
        (None, Some(max)) => format!("At most {}", plural(max as usize, "stage")),
        (None, None) => "Stages".to_string(),
    }
}

pub fn run(ctx: &Ctx<'_>, range: &Config) -> CheckResult {
    let stages = &ctx.dockerfile.stages;
    let count = stages.len();
    let names: Vec<String> = stages.iter().map(|s| s.label()).collect();
    let result =
        CheckResult::new(CheckKind::Stages, title(range), "").found(plural(count, "stage"));
    if let Some(min) = range.min.map(|m| m as usize).filter(|&min| count < min) {
        let last = ctx.dockerfile.final_stage();
        let result = CheckResult {
            why: "A separate build stage keeps compilers, caches and sources out of the image \
                  you ship: only what the final stage copies ends up in it."
                .into(),
            ..result
        };
        return ctx.at(
            result
                .fail(format!(
                    "{} ({}); this exercise needs at least {min}",
                    plural(count, "stage"),
                    from_text(last)
                ))
                .expected(format!(
                    "at least {}, the final one only copying what the others built",
                    plural(min, "stage")
                )),
            last.line,
        );
    }
    if let Some(max) = range.max.map(|m| m as usize).filter(|&max| count > max) {
        let extra = &stages[max];
        let result = CheckResult {
            why: format!(
                "Every extra stage is one more thing to build and read; this exercise needs no more than {}.",
                plural(max, "stage")
            ),
            ..result
        };
        return ctx.at(
            result
                .fail(format!(
                    "{}; stage {} ({}) is one too many",
                    plural(count, "stage"),
                    extra.index,
                    from_text(extra)
                ))
                .expected(format!("at most {}", plural(max, "stage"))),
            extra.line,
        );
    }
    CheckResult {
        why: "A multistage build ships only what its final stage holds.".into(),
        ..result
    }
    .pass(format!("{}: {}", plural(count, "stage"), names.join(", ")))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checks::Check;
    use crate::checks::test_util::{fails_at, passes};

    fn stages(min: Option<u32>, max: Option<u32>) -> Check {
        Check::Stages(Config { min, max })
    }

    const TWO: &str = "FROM golang:1.23 AS builder\nRUN go build\n\nFROM alpine:3.20\n";

    #[test]
    fn enough_stages_pass() {
        let result = passes(TWO, &stages(Some(2), Some(3)));
        assert_eq!(result.message, "2 stages: builder, stage 1");
        assert_eq!(result.title, "2 to 3 stages");
    }

    #[test]
    fn too_few_points_at_the_final_from() {
        let result = fails_at(
            "# escape=`\nFROM golang:1.23\nRUN go build\n",
            &stages(Some(2), None),
            2,
        );
        assert_eq!(
            result.message,
            "1 stage (FROM golang:1.23); this exercise needs at least 2"
        );
        assert_eq!(result.found.as_deref(), Some("1 stage"));
    }

    #[test]
    fn too_many_points_at_the_first_extra_stage() {
        let result = fails_at(TWO, &stages(None, Some(1)), 4);
        assert!(result.message.contains("stage 1 (FROM alpine:3.20)"));
        assert_eq!(result.expected.as_deref(), Some("at most 1 stage"));
    }
}
