//! The static checks: read the Dockerfile, need no engine, run in milliseconds.
//!
//! One module per check kind, each with `run(&Ctx, config) -> CheckResult`. A check whose
//! config is `false` (`stages_named: false`) is not run and produces no result.

mod explain;
mod glob;
mod kind;
mod pragma;
pub mod progress;
mod session;
mod similar;
#[cfg(test)]
mod test_util;
mod verdict;

pub use explain::{CopySummary, Explanation, PragmaUse, StageSummary, explain};
pub use kind::{Flag, Invalid, NonEmpty, Validate};
#[cfg(test)]
pub use session::pinned;
pub use session::{Before, Job, Session, run_image_checks};
pub use verdict::{CheckResult, Measure, Status, Verdict};

use std::path::Path;

use crate::dockerfile::{BaseTarget, Dockerfile, ParseError, Stage};

// The kinds list: one line per check kind, `file => Variant = "DL-CODE"` (the stable rule
// code reports and `# dockerlings ignore=` use; never change a released one). Adding a kind is its file under
// checks/dockerfile/ or checks/image/, one line here, and its entry in the book's authoring
// chapter (ARCHITECTURE.md has the recipe).
kind::kinds! {
    dockerfile {
        stages => Stages = "DL-STAGES",
        stages_named => StagesNamed = "DL-STAGE-NAMED",
        stage_names_valid => StageNamesValid = "DL-STAGE-NAME-VALID",
        copy_from_resolves => CopyFromResolves = "DL-COPY-FROM-RESOLVES",
        copy_from => CopyFrom = "DL-COPY-FROM",
        final_base => FinalBase = "DL-FINAL-BASE",
        stage_base => StageBase = "DL-STAGE-BASE",
        pinned_bases => PinnedBases = "DL-PINNED-BASE",
        exec_form => ExecForm = "DL-EXEC-FORM",
        non_root_user => NonRootUser = "DL-NON-ROOT-USER",
        deps_before_sources => DepsBeforeSources = "DL-DEPS-FIRST",
        contains => Contains = "DL-CONTAINS",
    }
    image {
        build => Build = "DL-BUILD",
        target => Target = "DL-TARGET",
        tests_run => TestsRun = "DL-TESTS-RUN",
        image_size => ImageSize = "DL-IMAGE-SIZE",
        absent => Absent = "DL-ABSENT",
        present => Present = "DL-PRESENT",
        metadata => Metadata = "DL-METADATA",
        context_excludes => ContextExcludes = "DL-CONTEXT-EXCLUDES",
        run => Run = "DL-RUN",
        cache => Cache = "DL-CACHE",
        cache_mount => CacheMount = "DL-CACHE-MOUNT",
        writable => Writable = "DL-WRITABLE",
        secret_absent => SecretAbsent = "DL-SECRET-ABSENT",
    }
}

/// What every check reads: the parsed Dockerfile and its path for locations.
pub struct Ctx<'a> {
    pub dockerfile: &'a Dockerfile,
    /// Relative to the exercise folder, e.g. `Dockerfile`.
    pub file: &'a Path,
}

impl Ctx<'_> {
    /// Points a result at a line of the Dockerfile.
    fn at(&self, result: CheckResult, line: usize) -> CheckResult {
        result.at(self.file, line)
    }
}

/// Runs the static checks among `checks` on a Dockerfile's text, in order. `file` is the
/// Dockerfile's path relative to the exercise folder, for locations.
///
/// A Dockerfile that does not parse gives one failing `dockerfile` result with the parser's
/// line and message, and every check skipped.
#[cfg(test)]
pub fn run_static(text: &str, file: &Path, checks: &[&Check]) -> Vec<CheckResult> {
    run_static_parsed(&Dockerfile::parse(text), file, checks)
}

/// [`run_static`] on a Dockerfile parsed already (once per run, shared with the image checks).
pub fn run_static_parsed(
    parsed: &Result<Dockerfile, ParseError>,
    file: &Path,
    checks: &[&Check],
) -> Vec<CheckResult> {
    let dockerfile = match parsed {
        Ok(dockerfile) => dockerfile,
        Err(err) => return unparsable(err, file, checks),
    };
    let ctx = Ctx { dockerfile, file };
    checks
        .iter()
        .filter_map(|check| {
            let started = std::time::Instant::now();
            let result = run_dockerfile_check(&ctx, check)?.timed(started);
            debug_assert_eq!(result.check, check.kind());
            Some(result)
        })
        .collect()
}

/// The checks that need no settings from a lesson: what `dockerlings explain` reports.
pub fn default_lints() -> Vec<Check> {
    vec![
        Check::StagesNamed(Flag),
        Check::StageNamesValid(Flag),
        Check::CopyFromResolves(Flag),
        Check::PinnedBases(Flag),
        Check::ExecForm(Flag),
        Check::NonRootUser(Flag),
    ]
}

fn unparsable(err: &ParseError, file: &Path, checks: &[&Check]) -> Vec<CheckResult> {
    let mut results = vec![parse_failure(err, file)];
    results.extend(checks.iter().filter(|c| c.is_static()).map(|check| {
        CheckResult::new(
            check.kind(),
            check.title(),
            "Static checks read the parsed Dockerfile.",
        )
        .skipped(format!("the Dockerfile does not parse (line {})", err.line))
    }));
    results
}

/// The result for a Dockerfile the parser rejects.
pub fn parse_failure(err: &ParseError, file: &Path) -> CheckResult {
    CheckResult::new(
        CheckKind::Dockerfile,
        "The Dockerfile parses",
        "Docker stops at the first line it cannot read, so nothing else can be built or checked.",
    )
    .fail(err.message.clone())
    .at(file, err.line)
}

/// `FROM golang:1.23`, as written, for messages about a stage.
fn from_text(stage: &Stage) -> String {
    format!("FROM {}", stage.base.written)
}

/// Images that compile or install: a stage starting from one is usually a build stage.
const TOOLCHAINS: [&str; 14] = [
    "golang",
    "node",
    "python",
    "rust",
    "maven",
    "gradle",
    "openjdk",
    "eclipse-temurin",
    "gcc",
    "sdk",
    "ruby",
    "composer",
    "elixir",
    "swift",
];

/// Whether a stage starts (through its base stages) from a toolchain image.
fn on_toolchain(dockerfile: &Dockerfile, stage: &Stage) -> bool {
    match &dockerfile.root_base(stage.index).target {
        BaseTarget::Image(image) => image
            .name
            .rsplit('/')
            .next()
            .is_some_and(|repo| TOOLCHAINS.contains(&repo)),
        _ => false,
    }
}

/// `1 stage`, `2 stages`.
fn plural(n: usize, word: &str) -> String {
    if n == 1 {
        format!("{n} {word}")
    } else {
        format!("{n} {word}s")
    }
}

/// An instruction's text cut to fit one line of a message.
fn short(text: &str) -> String {
    const MAX: usize = 60;
    let first_line = text.lines().next().unwrap_or("");
    if first_line.chars().count() > MAX || text.contains('\n') {
        let cut: String = first_line.chars().take(MAX).collect();
        format!("{}…", cut.trim_end())
    } else {
        first_line.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::test_util::run_one;
    use super::*;
    use crate::checks::Status;

    #[test]
    fn parse_errors_become_one_failure_and_skip_the_rest() {
        let checks = [Check::StagesNamed(Flag), Check::Build(Flag)];
        let refs: Vec<&Check> = checks.iter().collect();
        let results = run_static(
            "FROM alpine:3.20\nCOPPY . .\n",
            Path::new("Dockerfile"),
            &refs,
        );
        assert_eq!(results.len(), 2);
        assert_eq!(results[0].check, CheckKind::Dockerfile);
        assert_eq!(results[0].status, Status::Fail);
        assert_eq!(results[0].message, "unknown instruction 'COPPY'");
        assert_eq!(results[0].location.as_ref().unwrap().line, 2);
        assert_eq!(results[1].check, CheckKind::StagesNamed);
        assert_eq!(
            results[1].title,
            "Build stages are named and referred to by name"
        );
        assert_eq!(results[1].status, Status::Skipped);
    }

    #[test]
    fn engine_checks_are_not_run_here() {
        let checks = [Check::ExecForm(Flag), Check::Build(Flag)];
        let refs: Vec<&Check> = checks.iter().collect();
        let results = run_static("FROM alpine:3.20\n", Path::new("Dockerfile"), &refs);
        let kinds: Vec<_> = results.iter().map(|r| r.check).collect();
        assert_eq!(kinds, vec![CheckKind::ExecForm]);
    }

    #[test]
    fn every_result_names_its_kind() {
        for check in default_lints() {
            let result = run_one("FROM alpine:3.20\n", &check);
            assert_eq!(result.check, check.kind());
            assert!(!result.why.is_empty());
        }
    }

    #[test]
    fn every_kind_has_a_stable_code_of_its_own() {
        let mut seen = std::collections::HashSet::new();
        for kind in CheckKind::ALL {
            let code = kind.code();
            assert!(
                code.starts_with("DL-")
                    && code[3..]
                        .chars()
                        .all(|c| c.is_ascii_uppercase() || c == '-'),
                "{kind}: {code}"
            );
            assert!(seen.insert(code), "{code} is used twice");
            assert_eq!(CheckKind::from_code(code), Some(*kind));
        }
        assert_eq!(CheckKind::StagesNamed.code(), "DL-STAGE-NAMED");
        assert_eq!(CheckKind::PinnedBases.code(), "DL-PINNED-BASE");
        let result = CheckResult::new(CheckKind::ExecForm, "t", "w");
        let json = serde_json::to_value(&result).unwrap();
        assert_eq!(json["code"], "DL-EXEC-FORM");
        assert_eq!(json["check"], "exec_form");
    }

    #[test]
    fn the_book_lists_every_code_with_its_kind() {
        let book = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/book/src/grading.md"));
        for kind in CheckKind::ALL {
            let row = format!("| `{}` | ", kind.code());
            let line = book
                .lines()
                .find(|line| line.starts_with(&row))
                .unwrap_or_else(|| panic!("book/src/grading.md has no row for {}", kind.code()));
            if *kind != CheckKind::Dockerfile {
                assert!(
                    line.contains(&format!("| `{kind}` |")),
                    "the row of {} names another kind: {line}",
                    kind.code()
                );
            }
        }
    }

    #[test]
    fn short_cuts_long_and_multiline_text() {
        assert_eq!(short("RUN x"), "RUN x");
        assert_eq!(short("RUN <<EOF\nnpm ci\nEOF"), "RUN <<EOF…");
        assert!(short(&"x".repeat(100)).ends_with('…'));
    }

    /// Every lesson check, configured as a Go lesson would.
    fn go_lesson() -> Vec<Check> {
        vec![
            Check::Stages(dockerfile::stages::Config {
                min: Some(2),
                max: Some(3),
            }),
            Check::StagesNamed(Flag),
            Check::StageNamesValid(Flag),
            Check::CopyFromResolves(Flag),
            Check::CopyFrom(dockerfile::copy_from::Config {
                stage: "builder".into(),
                forbid: vec!["/usr/local/go".into()],
            }),
            Check::FinalBase(dockerfile::final_base::Config {
                one_of: vec!["alpine:3.20".into(), "scratch".into()],
            }),
            Check::PinnedBases(Flag),
            Check::ExecForm(Flag),
            Check::NonRootUser(Flag),
            Check::DepsBeforeSources(dockerfile::deps_before_sources::Config {
                manifests: vec!["go.mod".into(), "go.sum".into()],
                install: "go mod download".into(),
            }),
            Check::Contains(dockerfile::contains::Config {
                text: Some("CGO_ENABLED=0 go build".into()),
                not: None,
                why: "A static binary runs on any base.".into(),
            }),
        ]
    }

    /// (kind, passed, line) of every result.
    fn outcomes(text: &str) -> Vec<(&'static str, bool, Option<usize>)> {
        let checks = go_lesson();
        let refs: Vec<&Check> = checks.iter().collect();
        run_static(text, Path::new("Dockerfile"), &refs)
            .iter()
            .map(|r| {
                (
                    r.check.name(),
                    r.passed(),
                    r.location.as_ref().map(|l| l.line),
                )
            })
            .collect()
    }

    #[test]
    fn a_tricky_but_good_dockerfile_passes_everything() {
        let text = "# syntax=docker/dockerfile:1\n\
                    # escape=`\n\
                    ARG GO=1.23\n\
                    ARG ALPINE=3.20\n\
                    \n\
                    from golang:${GO} as builder\n\
                    WORKDIR /src\n\
                    COPY go.mod go.sum ./\n\
                    RUN go mod download\n\
                    COPY . .\n\
                    RUN CGO_ENABLED=0 `\n\
                    \x20   # a static binary\n\
                    \x20   go build -o /out/server .\n\
                    \n\
                    FROM builder AS test\n\
                    RUN <<EOF\n\
                    go vet ./...\n\
                    go test ./...\n\
                    EOF\n\
                    \n\
                    FROM alpine:${ALPINE} AS runtime\n\
                    COPY --from=builder --chown=app:app --link /out/server /usr/local/bin/server\n\
                    COPY --from=busybox:1.36 /bin/wget /usr/local/bin/wget\n\
                    USER app\n\
                    CMD [\"server\"]\n";
        let results = outcomes(text);
        let failed: Vec<_> = results.iter().filter(|(_, passed, _)| !passed).collect();
        assert!(failed.is_empty(), "{failed:?}");
        let contains = results
            .iter()
            .find(|(kind, ..)| *kind == "contains")
            .unwrap();
        assert_eq!(contains.2, Some(11), "the line where the RUN starts");
    }

    #[test]
    fn a_single_stage_dockerfile_fails_where_it_should() {
        let text = "# escape=`\n\
                    FROM golang\n\
                    WORKDIR /src\n\
                    COPY . .\n\
                    RUN go mod download\n\
                    RUN go build -o /src/server .\n\
                    CMD ./server\n";
        assert_eq!(
            outcomes(text),
            vec![
                ("stages", false, Some(2)),
                ("stages_named", true, None),
                ("stage_names_valid", true, None),
                ("copy_from_resolves", true, None),
                ("copy_from", false, Some(2)),
                ("final_base", false, Some(2)),
                ("pinned_bases", false, Some(2)),
                ("exec_form", false, Some(7)),
                ("non_root_user", false, Some(2)),
                ("deps_before_sources", false, Some(4)),
                ("contains", false, None),
            ]
        );
    }
}
