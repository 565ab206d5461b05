//! `non_root_user`: the final stage sets a `USER` other than root (the last one wins).

use crate::checks::{CheckKind, CheckResult, Flag};
use crate::checks::{Ctx, from_text};
use crate::dockerfile::{Body, UserSource};

pub const TITLE: &str = "The final stage runs as a non-root user";
const WHY: &str = "If the app is compromised, root inside the container can rewrite the image's \
                   files and is one runtime misconfiguration away from root on the host.";

/// `non_root_user: true`.
pub type Config = Flag;

pub fn title(_: &Config) -> String {
    TITLE.into()
}

pub fn run(ctx: &Ctx<'_>, _: &Config) -> CheckResult {
    let df = ctx.dockerfile;
    let last = df.final_stage();
    let result = CheckResult::new(CheckKind::NonRootUser, TITLE, WHY);
    let runs_as = df.runs_as(last.index);
    match runs_as.source {
        UserSource::Instruction(instruction) if runs_as.is_root() => {
            let user = &runs_as.user;
            // `USER $UID` without `ARG UID` in the stage reads as `USER `: say why it is root.
            let written = instruction.args.trim();
            // The variable named first, e.g. `UID` in `USER ${UID}:${GID}`.
            let variable: String = written
                .split_once('$')
                .map(|(_, rest)| rest.trim_start_matches('{'))
                .unwrap_or("")
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                .collect();
            let global = df.global_args.iter().any(|arg| {
                matches!(&arg.body, Body::Arg(defs) if defs.iter().any(|d| d.name == variable))
            });
            let (message, expected) = if user.is_empty() && global {
                (
                    format!(
                        "`USER {written}` (line {}) is empty: the stage does not declare the ARG \
                         again, so the global value is not seen and the app runs as root",
                        instruction.line
                    ),
                    format!("`ARG {variable}` in this stage before the USER line"),
                )
            } else if user.is_empty() && !variable.is_empty() {
                (
                    format!(
                        "`USER {written}` (line {}) is empty: no ARG or ENV gives `{variable}` \
                         a value in this stage, so the app runs as root",
                        instruction.line
                    ),
                    format!("a value for {variable} (`ARG {variable}=10001`), or USER 65532:65532"),
                )
            } else {
                (
                    format!(
                        "the last USER of the final stage is `{user}` (line {})",
                        instruction.line
                    ),
                    "a non-root user, e.g. USER 65532:65532".to_string(),
                )
            };
            ctx.at(
                result
                    .fail(message)
                    .found(format!("USER {written}"))
                    .expected(expected),
                instruction.line,
            )
        }
        UserSource::Instruction(instruction) => result.pass(format!(
            "runs as `{}` (USER on line {})",
            runs_as.user, instruction.line
        )),
        UserSource::BaseImage(image) => result.pass(format!(
            "runs as `{}`, set by the base image {image}",
            runs_as.user
        )),
        UserSource::Default => ctx.at(
            result
                .fail("the final stage sets no USER, so the app runs as root")
                .found(from_text(last))
                .expected("a USER line in the final stage, e.g. USER 65532:65532"),
            last.line,
        ),
    }
}

#[cfg(test)]
mod tests {
    use crate::checks::test_util::{fails_at, passes};
    use crate::checks::{Check, Flag};

    const CHECK: Check = Check::NonRootUser(Flag);

    #[test]
    fn a_non_root_user_passes() {
        let result = passes(
            "FROM golang:1.23 AS builder\nFROM alpine:3.20\nUSER root\nRUN apk add curl\nUSER app:app\n",
            &CHECK,
        );
        assert_eq!(result.message, "runs as `app:app` (USER on line 5)");
        passes(
            "ARG UID=10001\nFROM scratch\nARG UID\nUSER ${UID}\n",
            &CHECK,
        );
    }

    #[test]
    fn no_user_points_at_the_final_from() {
        let result = fails_at(
            "FROM golang:1.23 AS builder\nUSER nobody\n\nFROM alpine:3.20\nCMD [\"/app\"]\n",
            &CHECK,
            4,
        );
        assert_eq!(
            result.message,
            "the final stage sets no USER, so the app runs as root"
        );
    }

    #[test]
    fn the_last_user_wins() {
        for root in ["root", "0", "0:0", "root:root"] {
            let result = fails_at(
                &format!("FROM alpine:3.20\nUSER app\nUSER {root}\n"),
                &CHECK,
                3,
            );
            assert_eq!(
                result.found.as_deref(),
                Some(format!("USER {root}").as_str())
            );
        }
    }

    #[test]
    fn a_global_arg_not_declared_again_is_root() {
        let result = fails_at("ARG UID=10001\nFROM alpine:3.20\nUSER $UID\n", &CHECK, 3);
        assert!(
            result.message.starts_with("`USER $UID` (line 3) is empty"),
            "{}",
            result.message
        );
        assert_eq!(
            result.expected.as_deref(),
            Some("`ARG UID` in this stage before the USER line")
        );
        let result = fails_at("FROM alpine:3.20\nUSER ${APP_UID}\n", &CHECK, 2);
        assert!(
            result
                .message
                .contains("no ARG or ENV gives `APP_UID` a value"),
            "{}",
            result.message
        );
    }

    #[test]
    fn distroless_nonroot_is_not_root() {
        let result = passes(
            "FROM golang:1.23 AS builder\nFROM gcr.io/distroless/static-debian12:nonroot\nCMD [\"/app\"]\n",
            &CHECK,
        );
        assert_eq!(
            result.message,
            "runs as `65532`, set by the base image gcr.io/distroless/static-debian12:nonroot"
        );
    }

    #[test]
    fn user_is_inherited_from_a_base_stage() {
        let result = passes(
            "FROM alpine:3.20 AS base\nUSER app\nFROM base AS final\nCMD [\"/app\"]\n",
            &CHECK,
        );
        assert_eq!(result.message, "runs as `app` (USER on line 2)");
    }
}
