//! `stages_named`: every stage that another one builds on or copies from has an `AS name`, and
//! `COPY --from` refers to stages by that name, never by number. The final stage needs no name:
//! nothing refers to it.

use crate::checks::{CheckKind, CheckResult, Flag};
use crate::checks::{Ctx, from_text, on_toolchain, plural};
use crate::dockerfile::{BaseTarget, Dockerfile, FromTarget, Stage};

pub const TITLE: &str = "Build stages are named and referred to by name";
const WHY: &str = "Names keep `COPY --from=builder` and `docker build --target builder` pointing at \
                   the right stage when stages are added or moved; numbers like `--from=0` do not.";

/// `stages_named: true`.
pub type Config = Flag;

pub fn title(_: &Config) -> String {
    TITLE.into()
}

pub fn run(ctx: &Ctx<'_>, _: &Config) -> CheckResult {
    let df = ctx.dockerfile;
    let result = CheckResult::new(CheckKind::StagesNamed, TITLE, WHY);
    let unnamed: Vec<&Stage> = df
        .stages
        .iter()
        .filter(|s| s.name.is_none() && !df.is_final(s))
        .collect();
    if let Some(first) = unnamed.first() {
        let mut result = result
            .fail(format!(
                "stage {} ({}) is a build stage with no name",
                first.index,
                from_text(first)
            ))
            .found(from_text(first))
            .expected(format!("{} AS {}", from_text(first), suggest(df, first)));
        if unnamed.len() > 1 {
            result = result.details(
                unnamed
                    .iter()
                    .map(|s| {
                        format!(
                            "line {}: stage {} ({}) has no name",
                            s.line,
                            s.index,
                            from_text(s)
                        )
                    })
                    .collect(),
            );
        }
        return ctx.at(result, first.line);
    }
    // A number in --from works, but it is what names are for.
    let by_number =
        df.stages
            .iter()
            .flat_map(Stage::copies_from)
            .find_map(|(_, _, from)| match from.target {
                FromTarget::Stage(index) | FromTarget::LaterStage(index)
                    if from.resolved.chars().all(|c| c.is_ascii_digit()) =>
                {
                    Some((from, index))
                }
                _ => None,
            });
    if let Some((from, index)) = by_number {
        let stage = &df.stages[index];
        let name = stage.name.clone().unwrap_or_else(|| suggest(df, stage));
        let written = format!("--from={}", from.written);
        return ctx.at(
            result
                .fail(format!("`{written}` refers to stage {index} by its number"))
                .found(written)
                .expected(format!("--from={name}")),
            from.line,
        );
    }
    let names: Vec<String> = df
        .stages
        .iter()
        .filter(|s| s.name.is_some())
        .map(Stage::label)
        .collect();
    result.pass(if names.is_empty() {
        "one stage, nothing refers to it".to_string()
    } else {
        format!(
            "{} named: {}",
            plural(names.len(), "stage"),
            names.join(", ")
        )
    })
}

/// A name for an unnamed stage: `builder` for the one toolchain stage, `<tool>-build` when
/// several stages use toolchains (so two checks never suggest one name for two stages),
/// `runtime` for the final one, a placeholder when nothing fits.
fn suggest(df: &Dockerfile, stage: &Stage) -> String {
    // Stages that start a toolchain image themselves (not `FROM builder`).
    let toolchain_stages = df
        .stages
        .iter()
        .filter(|s| matches!(s.base.target, BaseTarget::Image(_)) && on_toolchain(df, s))
        .count();
    let wanted = if df.is_final(stage) {
        "runtime".to_string()
    } else if on_toolchain(df, stage) && toolchain_stages == 1 {
        "builder".to_string()
    } else if let (true, BaseTarget::Image(image)) =
        (on_toolchain(df, stage), &df.root_base(stage.index).target)
    {
        let repo = image.name.rsplit('/').next().unwrap_or("build");
        format!("{repo}-build")
    } else {
        return "<name>".to_string();
    };
    if df.stage_named(&wanted).is_none() {
        wanted
    } else {
        format!("{wanted}{}", stage.index)
    }
}

#[cfg(test)]
mod tests {
    use crate::checks::test_util::{fails_at, passes};
    use crate::checks::{Check, Flag};

    const CHECK: Check = Check::StagesNamed(Flag);

    #[test]
    fn named_build_stages_pass_with_or_without_a_final_name() {
        let result = passes(
            "from golang:1.23 as builder\nfrom alpine:3.20 AS runtime\n",
            &CHECK,
        );
        assert_eq!(result.message, "2 stages named: builder, runtime");
        let result = passes(
            "FROM golang:1.23 AS builder\nFROM alpine:3.20\nCOPY --from=builder /out /out\n",
            &CHECK,
        );
        assert_eq!(result.message, "1 stage named: builder");
    }

    #[test]
    fn the_first_unnamed_build_stage_is_reported() {
        let result = fails_at(
            "ARG GO=1.23\nFROM golang:${GO}\nRUN go build\nFROM busybox:1.36\nFROM alpine:3.20\n",
            &CHECK,
            2,
        );
        assert_eq!(
            result.message,
            "stage 0 (FROM golang:${GO}) is a build stage with no name"
        );
        assert_eq!(
            result.expected.as_deref(),
            Some("FROM golang:${GO} AS builder")
        );
        assert_eq!(result.details.len(), 2);
    }

    #[test]
    fn other_stages_get_a_placeholder() {
        let result = fails_at(
            "FROM alpine:3.20\nRUN true\nFROM scratch AS runtime\n",
            &CHECK,
            1,
        );
        assert_eq!(
            result.expected.as_deref(),
            Some("FROM alpine:3.20 AS <name>")
        );
    }

    #[test]
    fn copy_from_by_number_fails_at_the_copy_with_the_name() {
        let result = fails_at(
            "FROM golang:1.23 AS builder\nRUN go build -o /out/app\nFROM alpine:3.20\nCOPY --from=0 /out/app /app\n",
            &CHECK,
            4,
        );
        assert_eq!(result.message, "`--from=0` refers to stage 0 by its number");
        assert_eq!(result.expected.as_deref(), Some("--from=builder"));
    }

    #[test]
    fn two_toolchain_stages_get_names_after_their_tools() {
        let result = fails_at(
            "FROM node:20\nRUN npm ci\nFROM golang:1.23\nCOPY --from=0 /web/dist ./static\nFROM scratch\n",
            &CHECK,
            1,
        );
        assert_eq!(
            result.expected.as_deref(),
            Some("FROM node:20 AS node-build")
        );
    }

    #[test]
    fn a_single_stage_passes() {
        passes("FROM alpine:3.20\n", &CHECK);
    }
}
