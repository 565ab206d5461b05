//! `stage_names_valid`: stage names are unique, well-formed and not reserved. Capitals are a
//! note, not a failure: Docker accepts them and lowercases the name.

use std::collections::HashMap;

use crate::checks::{CheckKind, CheckResult, Flag};
use crate::checks::{Ctx, plural};
use crate::dockerfile::Stage;

pub const TITLE: &str = "Stage names are unique, well-formed and not reserved";

/// Names BuildKit gives a meaning of its own: the empty image and a named build context.
const RESERVED: [&str; 2] = ["scratch", "context"];

/// One thing wrong with one name.
struct Problem<'a> {
    stage: &'a Stage,
    message: String,
    expected: String,
    why: &'static str,
}

/// `stage_names_valid: true`.
pub type Config = Flag;

pub fn title(_: &Config) -> String {
    TITLE.into()
}

pub fn run(ctx: &Ctx<'_>, _: &Config) -> CheckResult {
    let stages = &ctx.dockerfile.stages;
    // The first stage of each name (lowercased), so duplicates are found in one pass.
    let mut first_named: HashMap<String, &Stage> = HashMap::new();
    let mut problems: Vec<Problem<'_>> = Vec::new();
    let mut notes = Vec::new();
    for stage in stages {
        let Some(name) = stage.name.as_deref() else {
            continue;
        };
        let lower = name.to_lowercase();
        match problem(stage, first_named.get(&lower).copied()) {
            Some(problem) => problems.push(problem),
            None if name != lower => notes.push(format!(
                "Docker reads `{name}` as `{lower}`, Podman does not: a lowercase name works on both"
            )),
            None => {}
        }
        first_named.entry(lower).or_insert(stage);
    }
    let Some(first) = problems.first() else {
        let names: Vec<&str> = stages.iter().filter_map(|s| s.name.as_deref()).collect();
        let mut message = if names.is_empty() {
            "no stage has a name yet".to_string()
        } else {
            format!("{}: {}", plural(names.len(), "name"), names.join(", "))
        };
        if !notes.is_empty() {
            message.push_str(&format!(" (note: {})", notes.join("; ")));
        }
        return CheckResult::new(
            CheckKind::StageNamesValid,
            TITLE,
            "Docker lowercases stage names and compares them without case.",
        )
        .pass(message);
    };
    let mut result = CheckResult::new(CheckKind::StageNamesValid, TITLE, first.why)
        .fail(first.message.clone())
        .found(first.stage.name.clone().unwrap_or_default())
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

/// The problem of a stage's name, given the first earlier stage with the same name.
fn problem<'a>(stage: &'a Stage, same_name: Option<&Stage>) -> Option<Problem<'a>> {
    let name = stage.name.as_deref()?;
    let lower = name.to_lowercase();
    let fail = |message: String, expected: String, why| {
        Some(Problem {
            stage,
            message,
            expected,
            why,
        })
    };
    if let Some(other) = same_name {
        return fail(
            format!(
                "`{name}` is already the name of stage {} (line {})",
                other.index, other.line
            ),
            format!("a name no other stage has, e.g. {lower}{}", stage.index),
            "Docker compares stage names without case. With two stages of one name, BuildKit \
             takes the last one for --from and --target (the earlier one is silently unused) \
             and the classic builder refuses the file.",
        );
    }
    if RESERVED.contains(&lower.as_str()) {
        return fail(
            format!("stage {} is named `{name}`, a reserved word", stage.index),
            "a name like builder or runtime".into(),
            "`scratch` already means the empty image and `context` a named build context, so \
             `FROM`/`--from` with that name would not mean this stage.",
        );
    }
    if !well_formed(&lower) {
        return fail(
            format!("`{name}` is not a valid stage name"),
            "a name that starts with a letter and has only a-z, 0-9, -, _ and .".into(),
            "Docker accepts only names that start with a letter and use letters, digits, `-`, \
             `_` and `.`, and fails the build otherwise.",
        );
    }
    None
}

/// BuildKit's rule for stage names: `^[a-z][a-z0-9-_.]*$` (after lowercasing).
fn well_formed(name: &str) -> bool {
    let mut chars = name.chars();
    chars.next().is_some_and(|c| c.is_ascii_lowercase())
        && chars.all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || "-_.".contains(c))
}

#[cfg(test)]
mod tests {
    use crate::checks::test_util::{fails_at, passes};
    use crate::checks::{Check, Flag};

    const CHECK: Check = Check::StageNamesValid(Flag);

    #[test]
    fn good_names_pass() {
        let result = passes(
            "FROM golang:1.23 AS build-env.1\nFROM alpine:3.20 AS runtime\n",
            &CHECK,
        );
        assert_eq!(result.message, "2 names: build-env.1, runtime");
        passes("FROM alpine:3.20\n", &CHECK);
    }

    #[test]
    fn duplicates_point_at_the_second() {
        let result = fails_at(
            "FROM golang:1.23 AS builder\n\nFROM alpine:3.20 AS Builder\n",
            &CHECK,
            3,
        );
        assert_eq!(
            result.message,
            "`Builder` is already the name of stage 0 (line 1)"
        );
    }

    #[test]
    fn reserved_names_fail() {
        let result = fails_at("FROM golang:1.23 AS scratch\n", &CHECK, 1);
        assert_eq!(
            result.message,
            "stage 0 is named `scratch`, a reserved word"
        );
        fails_at(
            "FROM golang:1.23 AS build\nFROM alpine:3.20 AS context\n",
            &CHECK,
            2,
        );
    }

    #[test]
    fn uppercase_is_a_note_not_a_failure() {
        let result = passes("from golang:1.23 as Builder\nFROM alpine:3.20\n", &CHECK);
        assert_eq!(
            result.message,
            "1 name: Builder (note: Docker reads `Builder` as `builder`, Podman does not: a lowercase name works on both)"
        );
    }

    #[test]
    fn malformed_names_fail() {
        let result = fails_at("FROM golang:1.23 AS 1st\n", &CHECK, 1);
        assert_eq!(result.message, "`1st` is not a valid stage name");
    }

    #[test]
    fn all_problems_are_listed() {
        let result = fails_at(
            "FROM a:1 AS build\nFROM b:1 AS context\nFROM c:1 AS Build\n",
            &CHECK,
            2,
        );
        assert_eq!(result.details.len(), 2);
    }
}
