//! `contains: { text, not, why }`: an instruction contains (or no instruction contains) a text,
//! ignoring case and the amount of whitespace. Comments do not count.

use crate::checks::{CheckKind, CheckResult, Invalid, Validate};
use crate::checks::{Ctx, short};
use crate::dockerfile::{Instruction, contains_normalized};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// Text that must appear in some instruction (case-insensitive).
    #[serde(default)]
    pub text: Option<String>,
    /// Text that must appear nowhere (case-insensitive).
    #[serde(default)]
    pub not: Option<String>,
    /// Why this matters, shown when it fails.
    pub why: String,
}

impl Validate for Config {
    fn validate(&self) -> Result<(), Invalid> {
        if self.text.is_none() && self.not.is_none() {
            return Err(Invalid::at(
                "contains",
                "`contains` needs `text`, `not` or both",
            ));
        }
        Ok(())
    }
}

pub fn title(config: &Config) -> String {
    match (&config.text, &config.not) {
        (Some(text), None) => format!("The Dockerfile uses `{text}`"),
        (None, Some(not)) => format!("The Dockerfile does not use `{not}`"),
        (Some(text), Some(not)) => format!("The Dockerfile uses `{text}`, not `{not}`"),
        (None, None) => "The Dockerfile".to_string(),
    }
}

pub fn run(ctx: &Ctx<'_>, config: &Config) -> CheckResult {
    let result = CheckResult::new(CheckKind::Contains, title(config), config.why.clone());
    let find = |needle: &str| -> Option<&Instruction> {
        ctx.dockerfile
            .instructions()
            .find(|instruction| contains_normalized(&instruction.text(), needle))
    };
    if let Some(not) = &config.not
        && let Some(instruction) = find(not)
    {
        return ctx.at(
            result
                .fail(format!("`{not}` appears on line {}", instruction.line))
                .found(short(&instruction.text()))
                .expected(format!("no `{not}`")),
            instruction.line,
        );
    }
    let Some(text) = &config.text else {
        return result.pass(format!(
            "no `{}` anywhere",
            config.not.as_deref().unwrap_or_default()
        ));
    };
    match find(text) {
        Some(instruction) => ctx.at(
            result.pass(format!("`{text}` on line {}", instruction.line)),
            instruction.line,
        ),
        None => result
            .fail(format!("no instruction contains `{text}`"))
            .expected(format!("`{text}` in an instruction")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checks::Check;
    use crate::checks::Status;
    use crate::checks::test_util::{fails_at, passes, run_one};

    fn check(text: Option<&str>, not: Option<&str>) -> Check {
        Check::Contains(Config {
            text: text.map(str::to_string),
            not: not.map(str::to_string),
            why: "a reason".into(),
        })
    }

    #[test]
    fn text_found_across_continuations_and_case() {
        let result = passes(
            "FROM golang:1.23\nRUN CGO_ENABLED=0 \\\n    go build  -o /app .\n",
            &check(Some("cgo_enabled=0 go build"), None),
        );
        assert_eq!(result.message, "`cgo_enabled=0 go build` on line 2");
    }

    #[test]
    fn comments_do_not_count() {
        let result = run_one(
            "FROM node:22\n# RUN --mount=type=cache,target=/root/.npm npm ci\nRUN npm ci\n",
            &check(Some("--mount=type=cache"), None),
        );
        assert_eq!(result.status, Status::Fail);
        assert_eq!(result.why, "a reason");
    }

    #[test]
    fn not_fails_at_the_line() {
        let result = fails_at(
            "FROM node:22\nRUN npm ci\nRUN npm install left-pad\n",
            &check(Some("npm ci"), Some("npm install")),
            3,
        );
        assert_eq!(result.message, "`npm install` appears on line 3");
        passes(
            "FROM node:22\nRUN npm ci\n",
            &check(None, Some("npm install")),
        );
    }

    #[test]
    fn global_args_and_from_lines_count() {
        passes(
            "ARG GO=1.23\nFROM golang:${GO}\n",
            &check(Some("arg go="), None),
        );
        passes(
            "FROM --platform=$BUILDPLATFORM golang:1.23\n",
            &check(Some("--platform"), None),
        );
    }
}
