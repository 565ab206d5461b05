//! `absent: [paths]`: these paths (the toolchain, the sources) are not in the final image.
//! When one is there, the Dockerfile says why: the last stage is a build stage or builds on
//! one, its base image brings the path, a file of the build context was copied, or a `COPY`
//! copies more than the artifact.

use crate::checks::{CheckKind, CheckResult, NonEmpty, Session};
use crate::docker::image;
use crate::docker::naming::ObjectKind;
use crate::dockerfile::{BaseTarget, Body, Copy, Dockerfile, FromTarget, clean_path};

pub type Config = NonEmpty<String>;

pub fn title(paths: &Config) -> String {
    format!("The image has no {}", paths.join(", "))
}

pub async fn run(session: &mut Session<'_>, paths: &Config) -> CheckResult {
    look(session, paths, false).await
}

/// Looks for `paths` in the image; `want_present` says which way passes.
pub(super) async fn look(
    session: &mut Session<'_>,
    paths: &[String],
    want_present: bool,
) -> CheckResult {
    let (kind, title, why) = if want_present {
        (
            CheckKind::Present,
            format!("The image has {}", paths.join(", ")),
            "The app needs these at run time.",
        )
    } else {
        (
            CheckKind::Absent,
            format!("The image has no {}", paths.join(", ")),
            "Build tools and sources left in the final image make it bigger and hand an attacker tools.",
        )
    };
    let tag = match session.image(kind, &title).await {
        Ok(tag) => tag,
        Err(result) => return result,
    };
    let result = CheckResult::new(kind, title, why);
    let found = match image::paths_exist(
        session.engine.docker(),
        &tag,
        paths,
        session.labels(ObjectKind::Probe),
    )
    .await
    {
        Ok(found) => found,
        Err(err) => return session.engine_error(result, "cannot look inside the image", &err),
    };
    let wrong: Vec<&str> = found
        .iter()
        .filter(|(_, exists)| *exists != want_present)
        .map(|(path, _)| path.as_str())
        .collect();
    if wrong.is_empty() {
        return result.pass(if want_present {
            match paths {
                [only] => format!("{only} is there"),
                all => format!("all {} are there", all.len()),
            }
        } else {
            match paths {
                [only] => format!("{only} is not there"),
                all => format!("none of the {} is there", all.len()),
            }
        });
    }
    if want_present {
        result
            .fail(format!(
                "missing from the final image: {}",
                wrong.join(", ")
            ))
            .found(format!("no {}", wrong.join(", ")))
            .expected(paths.join(", "))
    } else {
        let result = result
            .found(wrong.join(", "))
            .expected(format!("none of {}", paths.join(", ")));
        match absent_cause(session, &wrong).await {
            Some((message, line)) => result
                .fail(format!("still in the final image: {message}"))
                .at(session.dockerfile_path().to_path_buf(), line),
            None => result.fail(format!(
                "still in the final image: {} (copy only the built artifact into the last stage)",
                wrong.join(", ")
            )),
        }
    }
}

/// Reads why `wrong` are in the image: looks into the last stage's base image and the build
/// context for them, then lets the Dockerfile tell.
async fn absent_cause(session: &Session<'_>, wrong: &[&str]) -> Option<(String, usize)> {
    let df = session.dockerfile()?;
    let last = df.final_stage();
    let mut in_base = Vec::new();
    if matches!(last.base.target, BaseTarget::Image(_)) {
        let owned: Vec<String> = wrong.iter().map(|p| p.to_string()).collect();
        if let Ok(found) = image::paths_exist(
            session.engine.docker(),
            &last.base.resolved,
            &owned,
            session.labels(ObjectKind::Probe),
        )
        .await
        {
            in_base = wrong
                .iter()
                .copied()
                .filter(|p| found.iter().any(|(f, exists)| *exists && f == p))
                .collect();
        }
    }
    let rules = session.ignore_rules().ok();
    let context = &session.job.context;
    let in_context = |file: &str| {
        context.join(file).exists() && !rules.as_ref().is_some_and(|r| r.excludes(file))
    };
    cause(df, wrong, &in_base, &in_context)
}

/// Why `wrong` (paths found in the final image) are there, and the Dockerfile line to change.
/// `in_base` are those of them the last stage's base image has already; `in_context` says
/// whether a path (relative, `/`-separated) is sent in the build context.
pub(super) fn cause(
    df: &Dockerfile,
    wrong: &[&str],
    in_base: &[&str],
    in_context: &dyn Fn(&str) -> bool,
) -> Option<(String, usize)> {
    let last = df.final_stage();
    let what = wrong.join(", ");
    if let BaseTarget::Stage(parent) = last.base.target {
        return Some((
            format!(
                "{what}: the last stage, `{}` (line {}), starts FROM `{}` and keeps everything in it; \
                 the stage that runs the app must come last, start from a minimal base and copy only the artifact",
                last.label(),
                last.line,
                df.stages[parent].label()
            ),
            last.line,
        ));
    }
    let copied_by = df.stages.iter().find_map(|stage| {
        stage.copies_from().find_map(|(instruction, _, from)| {
            matches!(from.target, FromTarget::Stage(i) | FromTarget::LaterStage(i) if i == last.index && stage.index != last.index)
                .then_some(instruction.line)
        })
    });
    if let Some(line) = copied_by {
        return Some((
            format!(
                "{what}: the last stage, `{}` (line {}), is a build stage (line {line} copies from it); \
                 the image is the last stage, so the stage that runs the app must come last",
                last.label(),
                last.line
            ),
            last.line,
        ));
    }
    if !in_base.is_empty() {
        return Some((
            format!(
                "{} {} with the base image {} of the last stage (line {}): start it from an image without {}",
                in_base.join(", "),
                if in_base.len() == 1 { "comes" } else { "come" },
                last.base.resolved,
                last.line,
                if in_base.len() == 1 { "it" } else { "them" },
            ),
            last.line,
        ));
    }
    for path in wrong {
        let Some((line, origin)) = origin(df, last.index, path, 0) else {
            continue;
        };
        return Some(match origin {
            Some(file) if in_context(&file) => (
                format!(
                    "{path} is `{file}` of the build context, copied in by line {line}: \
                     keep it out of the context with a line in .dockerignore"
                ),
                line,
            ),
            _ => (
                format!(
                    "{path} came in with line {line}: copy only the built artifact into the last stage"
                ),
                line,
            ),
        });
    }
    None
}

/// The line of the last stage that put `path` there, and the path in the build context it
/// came from, when `COPY`s trace it back to one (through `COPY --from` stages).
fn origin(
    df: &Dockerfile,
    stage: usize,
    path: &str,
    depth: usize,
) -> Option<(usize, Option<String>)> {
    if depth > df.stages.len() {
        return None;
    }
    let workdir = df.workdir(stage).unwrap_or_else(|| "/".to_string());
    df.stages[stage]
        .instructions
        .iter()
        .rev()
        .find_map(|instruction| {
            let Body::Copy(copy) = &instruction.body else {
                return None;
            };
            let rel = under(&dest(copy, &workdir), path)?;
            let from_context = || {
                copy.sources.iter().find(|s| !s.here_doc).map(|source| {
                    let file = clean_path(&format!("{}/{rel}", source.path));
                    file.trim_start_matches('/').to_string()
                })
            };
            let file = match copy.from.as_ref().map(|f| &f.target) {
                None => from_context(),
                Some(FromTarget::Stage(from) | FromTarget::LaterStage(from)) => {
                    copy.sources.iter().find_map(|source| {
                        let inner = clean_path(&format!("{}/{rel}", source.path));
                        origin(df, *from, &inner, depth + 1)?.1
                    })
                }
                Some(_) => None,
            };
            Some((instruction.line, file))
        })
}

fn dest(copy: &Copy, workdir: &str) -> String {
    if copy.dest.starts_with('/') {
        clean_path(&copy.dest)
    } else {
        clean_path(&format!("{workdir}/{}", copy.dest))
    }
}

/// `path` relative to `dir` when it is `dir` or inside it.
fn under<'p>(dir: &str, path: &'p str) -> Option<&'p str> {
    if dir == "/" {
        return Some(path.trim_start_matches('/'));
    }
    let rest = path.strip_prefix(dir)?;
    if rest.is_empty() {
        Some("")
    } else {
        rest.strip_prefix('/')
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn why(text: &str, wrong: &[&str], in_base: &[&str], context: &[&str]) -> (String, usize) {
        let df = Dockerfile::parse(text).unwrap();
        cause(&df, wrong, in_base, &|p| context.contains(&p)).expect("a cause")
    }

    #[test]
    fn a_test_stage_placed_last_is_the_cause_not_the_copy() {
        let text = "FROM golang:1.23 AS builder\nRUN go build -o /server .\n\
                    FROM scratch\nCOPY --from=builder /server /server\n\
                    FROM builder AS test\nRUN go test ./...\n";
        let (message, line) = why(text, &["/usr/local/go"], &[], &[]);
        assert_eq!(line, 5);
        assert!(
            message.contains("`test` (line 5), starts FROM `builder`"),
            "{message}"
        );
        assert!(
            !message.contains("copy only the built artifact"),
            "{message}"
        );
    }

    #[test]
    fn a_build_stage_placed_last_is_named() {
        let text = "FROM nginx:mainline-alpine-slim\nCOPY --from=build /app/dist /usr/share/nginx/html\n\
                    FROM node:20 AS build\nRUN npm run build\n";
        let (message, line) = why(
            text,
            &["/usr/local/bin/node"],
            &["/usr/local/bin/node"],
            &[],
        );
        assert_eq!(line, 3);
        assert!(
            message.contains("is a build stage (line 2 copies from it)"),
            "{message}"
        );
    }

    #[test]
    fn a_shell_from_the_base_image_names_the_base() {
        let text = "FROM golang:1.23 AS builder\nRUN go build -o /server .\n\
                    FROM alpine:3.20\nCOPY --from=builder /server /server\n";
        let (message, line) = why(text, &["/bin/sh"], &["/bin/sh"], &[]);
        assert_eq!(line, 3);
        assert!(
            message.contains("/bin/sh comes with the base image alpine:3.20"),
            "{message}"
        );
    }

    #[test]
    fn a_file_of_the_context_points_at_the_dockerignore() {
        let text = "FROM node:20 AS build\nWORKDIR /app\nCOPY . .\nRUN npm run build\n\
                    FROM nginx:mainline-alpine-slim\nCOPY --from=build /app/dist /usr/share/nginx/html\n";
        let drafts = "/usr/share/nginx/html/drafts";
        let (message, line) = why(text, &[drafts], &[], &["dist/drafts"]);
        assert_eq!(line, 6);
        assert!(
            message.contains("`dist/drafts` of the build context"),
            "{message}"
        );
        assert!(message.contains(".dockerignore"), "{message}");
        // Ignored (not in the context): then the build made it, and the COPY is the cause.
        let (message, _) = why(text, &[drafts], &[], &[]);
        assert!(
            message.contains("copy only the built artifact"),
            "{message}"
        );
    }

    #[test]
    fn a_whole_folder_copied_points_at_its_copy() {
        let text = "FROM golang:1.23 AS builder\nWORKDIR /src\nCOPY . .\n\
                    FROM scratch\nCOPY --from=builder / /\n";
        let (message, line) = why(text, &["/usr/local/go"], &[], &[]);
        assert_eq!(line, 5);
        assert!(message.contains("came in with line 5"), "{message}");
    }
}
