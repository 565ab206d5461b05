//! `stages_named`: every stage has an `AS name`.

use crate::checks::{CheckKind, CheckResult, Flag};
use crate::checks::{Ctx, from_text, on_toolchain, plural};
use crate::dockerfile::{Dockerfile, Stage};

pub const TITLE: &str = "Every stage has a name";
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
    let unnamed: Vec<&Stage> = df.stages.iter().filter(|s| s.name.is_none()).collect();
    let Some(first) = unnamed.first() else {
        let names: Vec<String> = df.stages.iter().map(Stage::label).collect();
        return result.pass(format!(
            "{} named: {}",
            plural(names.len(), "stage"),
            names.join(", ")
        ));
    };
    let mut result = result
        .fail(format!(
            "stage {} ({}) has no name",
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
    ctx.at(result, first.line)
}

/// A name for an unnamed stage: `runtime` for the final one, `builder` for one on a
/// toolchain image, a placeholder when nothing fits.
fn suggest(df: &Dockerfile, stage: &Stage) -> String {
    let wanted = if df.is_final(stage) {
        "runtime"
    } else if on_toolchain(df, stage) {
        "builder"
    } else {
        return "<name>".to_string();
    };
    if df.stage_named(wanted).is_none() {
        wanted.to_string()
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
    fn named_stages_pass() {
        let result = passes(
            "from golang:1.23 as builder\nfrom alpine:3.20 AS runtime\n",
            &CHECK,
        );
        assert_eq!(result.message, "2 stages named: builder, runtime");
    }

    #[test]
    fn the_first_unnamed_stage_is_reported() {
        let result = fails_at(
            "ARG GO=1.23\nFROM golang:${GO}\nRUN go build\nFROM alpine:3.20\n",
            &CHECK,
            2,
        );
        assert_eq!(result.message, "stage 0 (FROM golang:${GO}) has no name");
        assert_eq!(
            result.expected.as_deref(),
            Some("FROM golang:${GO} AS builder")
        );
        assert_eq!(result.details.len(), 2);
        assert_eq!(
            result.details[1],
            "line 4: stage 1 (FROM alpine:3.20) has no name"
        );
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
    fn the_final_stage_gets_a_runtime_name() {
        let result = fails_at("FROM golang:1.23 AS builder\nFROM alpine:3.20\n", &CHECK, 2);
        assert_eq!(result.message, "stage 1 (FROM alpine:3.20) has no name");
        assert_eq!(
            result.expected.as_deref(),
            Some("FROM alpine:3.20 AS runtime")
        );
    }
}
