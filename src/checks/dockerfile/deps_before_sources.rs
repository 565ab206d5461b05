//! `deps_before_sources: { manifests, install }`: the dependency manifests are copied and
//! installed before the sources, so a source edit keeps the install step cached.

use crate::checks::glob;
use crate::checks::{CheckKind, CheckResult, Invalid, Validate};
use crate::checks::{Ctx, short};
use crate::dockerfile::{Body, Copy, Flag, Instruction, Stage, contains_normalized};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// Files that list dependencies, e.g. `[go.mod, go.sum]` or `[package.json, package-lock.json]`
    /// (globs like `package*.json` in the Dockerfile count).
    pub manifests: Vec<String>,
    /// A text of the RUN instruction that installs them, e.g. `go mod download` or `npm ci`.
    pub install: String,
}

impl Validate for Config {
    fn validate(&self) -> Result<(), Invalid> {
        if self.manifests.is_empty() {
            return Err(Invalid::at(
                "manifests",
                "`deps_before_sources` needs the manifest files",
            ));
        }
        Ok(())
    }
}

pub fn title(config: &Config) -> String {
    format!("`{}` runs before the sources are copied", config.install)
}

pub fn run(ctx: &Ctx<'_>, config: &Config) -> CheckResult {
    let why = format!(
        "Docker reuses a cached step only while the files copied before it are unchanged, so \
         copying the sources before `{}` reinstalls every dependency on each edit.",
        config.install
    );
    let result = CheckResult::new(CheckKind::DepsBeforeSources, title(config), why);
    let expected = order(config);
    let Some((stage, position)) = find_install(ctx, &config.install) else {
        return no_install(ctx, result.expected(expected), &config.install);
    };
    let run = &stage.instructions[position];
    let before = &stage.instructions[..position];
    let manifests = Manifests(&config.manifests);
    // Anything besides manifests copied before the install busts its cache.
    for instruction in before {
        let Some(copy) = local_copy(instruction) else {
            continue;
        };
        if let Some(source) = copy
            .sources
            .iter()
            .find(|s| !s.here_doc && !manifests.covers_source(&s.path))
        {
            let what = if is_context(&source.path) {
                "the whole context".to_string()
            } else {
                format!("`{}`", source.path)
            };
            return ctx.at(
                result
                    .fail(format!(
                        "`{}` (line {}) copies {what} before `{}` (line {})",
                        short(&instruction.text()),
                        instruction.line,
                        config.install,
                        run.line
                    ))
                    .found(format!(
                        "{} on line {}",
                        short(&instruction.text()),
                        instruction.line
                    ))
                    .expected(expected),
                source.line.max(instruction.line),
            );
        }
    }
    let mounts = bind_mount_sources(run);
    let missing: Vec<&String> = config
        .manifests
        .iter()
        .filter(|manifest| {
            !before
                .iter()
                .filter_map(local_copy)
                .flat_map(|copy| &copy.sources)
                .any(|s| !s.here_doc && Manifests::source_matches(&s.path, manifest))
                && !mounts
                    .iter()
                    .any(|m| Manifests::source_matches(m, manifest))
        })
        .collect();
    if !missing.is_empty() {
        let names: Vec<&str> = missing.iter().map(|m| m.as_str()).collect();
        return ctx.at(
            result
                .fail(format!(
                    "`{}` (line {}) runs before {} is copied",
                    short(&run.text()),
                    run.line,
                    names.join(" and ")
                ))
                .found(format!("{} on line {}", short(&run.text()), run.line))
                .expected(expected),
            run.line,
        );
    }
    let after = stage.instructions[position + 1..]
        .iter()
        .find(|i| local_copy(i).is_some_and(|c| c.sources.iter().any(|s| is_context(&s.path))));
    let mut message = format!(
        "{} copied before `{}` (line {})",
        config.manifests.join(", "),
        config.install,
        run.line
    );
    if let Some(after) = after {
        message.push_str(&format!(", sources after (line {})", after.line));
    }
    result.pass(message)
}

/// No RUN runs the install: point at the RUN that uses the same tool instead (`npm install`
/// for `npm ci`), else at the whole-context COPY the install belongs in front of.
fn no_install(ctx: &Ctx<'_>, result: CheckResult, install: &str) -> CheckResult {
    let result = result.fail(format!("no RUN runs `{install}`"));
    let tool = install.split_whitespace().next().unwrap_or(install);
    let same_tool = ctx
        .dockerfile
        .stages
        .iter()
        .flat_map(|s| &s.instructions)
        .find(|i| matches!(&i.body, Body::Run(run) if run.command.split_whitespace().any(|w| w == tool)));
    if let Some(run) = same_tool {
        let message = format!(
            "no RUN runs `{install}`; the closest is `{}` (line {})",
            short(&run.text()),
            run.line
        );
        return ctx.at(result.fail(message).found(short(&run.text())), run.line);
    }
    match first_context_copy(ctx) {
        Some(copy) => ctx.at(result, copy.line),
        None => result,
    }
}

/// `COPY package.json package-lock.json ./`, `RUN npm ci`, then `COPY . .`.
fn order(config: &Config) -> String {
    format!(
        "COPY {} ./, then RUN {}, then COPY . .",
        config.manifests.join(" "),
        config.install
    )
}

/// The stage and position of the first RUN whose command contains `install`.
fn find_install<'a>(ctx: &'a Ctx<'_>, install: &str) -> Option<(&'a Stage, usize)> {
    ctx.dockerfile.stages.iter().find_map(|stage| {
        stage
            .instructions
            .iter()
            .position(
                |i| matches!(&i.body, Body::Run(run) if contains_normalized(&run.command, install)),
            )
            .map(|position| (stage, position))
    })
}

fn first_context_copy<'a>(ctx: &'a Ctx<'_>) -> Option<&'a Instruction> {
    ctx.dockerfile
        .stages
        .iter()
        .flat_map(|s| &s.instructions)
        .find(|i| local_copy(i).is_some_and(|c| c.sources.iter().any(|s| is_context(&s.path))))
}

/// A COPY or ADD from the build context (not `--from` another stage or image).
fn local_copy(instruction: &Instruction) -> Option<&Copy> {
    instruction.copy().filter(|copy| copy.from.is_none())
}

/// `.`, `./`, `*`: the whole build context.
fn is_context(path: &str) -> bool {
    matches!(path.trim_end_matches('/'), "." | "" | "*" | "./*")
}

/// The `source=` of every `--mount=type=bind`: Docker's documented way to use go.mod and
/// go.sum in a RUN without copying them.
fn bind_mount_sources(run: &Instruction) -> Vec<String> {
    let Body::Run(run) = &run.body else {
        return Vec::new();
    };
    run.flags
        .iter()
        .filter(|flag: &&Flag| flag.name.eq_ignore_ascii_case("mount"))
        .filter_map(|flag| {
            let fields: Vec<(&str, &str)> = flag
                .value
                .as_deref()?
                .split(',')
                .filter_map(|field| field.split_once('='))
                .collect();
            let bind = fields.iter().any(|&(k, v)| k == "type" && v == "bind");
            let source = fields
                .iter()
                .find(|&&(k, _)| k == "source" || k == "src")
                .map(|&(_, v)| v.to_string());
            source.filter(|_| bind)
        })
        .collect()
}

struct Manifests<'a>(&'a [String]);

impl Manifests<'_> {
    /// Whether a COPY source copies only manifests.
    fn covers_source(&self, source: &str) -> bool {
        !is_context(source) && self.0.iter().any(|m| Self::source_matches(source, m))
    }

    /// Whether a COPY source (maybe a glob like `package*.json`) copies `manifest`.
    fn source_matches(source: &str, manifest: &str) -> bool {
        let source = source.trim_start_matches("./");
        let manifest = manifest.trim_start_matches("./");
        glob::matches(source, manifest)
            || (!manifest.contains('/')
                && source
                    .rsplit('/')
                    .next()
                    .is_some_and(|name| glob::matches(name, manifest)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checks::Check;
    use crate::checks::Status;
    use crate::checks::test_util::{fails_at, passes, run_one};

    fn npm() -> Check {
        Check::DepsBeforeSources(Config {
            manifests: vec!["package.json".into(), "package-lock.json".into()],
            install: "npm ci".into(),
        })
    }

    fn go() -> Check {
        Check::DepsBeforeSources(Config {
            manifests: vec!["go.mod".into(), "go.sum".into()],
            install: "go mod download".into(),
        })
    }

    #[test]
    fn manifests_then_install_then_sources_passes() {
        let result = passes(
            "FROM node:22 AS build\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci\nCOPY . .\nRUN npm run build\n",
            &npm(),
        );
        assert_eq!(
            result.message,
            "package.json, package-lock.json copied before `npm ci` (line 4), sources after (line 5)"
        );
        assert!(result.expected.is_none());
        passes(
            "FROM golang:1.23 AS builder\nCOPY go.mod go.sum ./\nRUN go mod download\nCOPY . .\n",
            &go(),
        );
    }

    #[test]
    fn copying_everything_first_fails_at_that_copy() {
        let result = fails_at(
            "FROM node:22 AS build\nWORKDIR /app\nCOPY . .\nRUN npm ci\n",
            &npm(),
            3,
        );
        assert_eq!(
            result.message,
            "`COPY . .` (line 3) copies the whole context before `npm ci` (line 4)"
        );
        assert_eq!(
            result.expected.as_deref(),
            Some("COPY package.json package-lock.json ./, then RUN npm ci, then COPY . .")
        );
    }

    #[test]
    fn sources_next_to_the_manifests_fail() {
        let result = fails_at(
            "FROM golang:1.23\nCOPY go.mod go.sum \\\n     main.go ./\nRUN go mod download\n",
            &go(),
            3,
        );
        assert!(
            result.message.contains("copies `main.go`"),
            "{}",
            result.message
        );
    }

    #[test]
    fn a_missing_manifest_fails_at_the_run() {
        let result = fails_at(
            "FROM node:22\nCOPY package.json ./\nRUN npm ci --omit=dev\nCOPY . .\n",
            &npm(),
            3,
        );
        assert_eq!(
            result.message,
            "`RUN npm ci --omit=dev` (line 3) runs before package-lock.json is copied"
        );
    }

    #[test]
    fn no_install_points_at_the_same_tool_or_the_context_copy() {
        let result = fails_at("FROM node:22\nCOPY . .\nRUN npm install\n", &npm(), 3);
        assert_eq!(
            result.message,
            "no RUN runs `npm ci`; the closest is `RUN npm install` (line 3)"
        );
        let result = fails_at("FROM node:22\nCOPY . .\nRUN yarn\n", &npm(), 2);
        assert_eq!(result.message, "no RUN runs `npm ci`");
        let result = run_one("FROM node:22\nRUN true\n", &npm());
        assert_eq!(result.status, Status::Fail);
        assert!(result.location.is_none());
    }

    #[test]
    fn bind_mounts_count_as_manifests() {
        passes(
            "FROM golang:1.23 AS builder\n\
             RUN --mount=type=cache,target=/go/pkg/mod \\\n\
             \x20   --mount=type=bind,source=go.sum,target=go.sum \\\n\
             \x20   --mount=type=bind,source=go.mod,target=go.mod \\\n\
             \x20   go mod download -x\n\
             COPY . .\n",
            &go(),
        );
    }

    #[test]
    fn here_document_runs_count() {
        passes(
            "FROM node:22\nCOPY package.json package-lock.json ./\nRUN <<EOF\nset -e\nnpm ci\nEOF\nCOPY . .\n",
            &npm(),
        );
    }

    #[test]
    fn a_deps_stage_of_its_own_passes() {
        passes(
            "FROM node:22 AS deps\nCOPY package*.json ./\nRUN npm ci\nFROM node:22 AS build\nCOPY --from=deps /node_modules ./node_modules\nCOPY . .\n",
            &npm(),
        );
    }
}
