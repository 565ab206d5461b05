//! `non_root_user`: the final stage sets a `USER` other than root (the last one wins).

use crate::checks::{CheckKind, CheckResult, Flag};
use crate::checks::{Ctx, from_text};

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
    match df.effective_user(last.index) {
        None => ctx.at(
            result
                .fail("the final stage sets no USER, so the app runs as root")
                .found(from_text(last))
                .expected("a USER line in the final stage, e.g. USER 65532:65532"),
            last.line,
        ),
        Some((user, instruction)) if is_root(user) => ctx.at(
            result
                .fail(format!(
                    "the last USER of the final stage is `{user}` (line {})",
                    instruction.line
                ))
                .found(format!("USER {user}"))
                .expected("a non-root user, e.g. USER 65532:65532"),
            instruction.line,
        ),
        Some((user, instruction)) => result.pass(format!(
            "runs as `{user}` (USER on line {})",
            instruction.line
        )),
    }
}

/// `root`, `0`, `root:root`, `0:0`, ...: what matters is the user part.
fn is_root(user: &str) -> bool {
    let name = user.split(':').next().unwrap_or("").trim();
    name.is_empty() || name == "root" || name == "0"
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
    fn user_is_inherited_from_a_base_stage() {
        let result = passes(
            "FROM alpine:3.20 AS base\nUSER app\nFROM base AS final\nCMD [\"/app\"]\n",
            &CHECK,
        );
        assert_eq!(result.message, "runs as `app` (USER on line 2)");
    }
}
