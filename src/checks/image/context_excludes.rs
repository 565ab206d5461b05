//! `context_excludes`: paths the `.dockerignore` must keep out of the build context. A path
//! that is there must not be sent; a path that is not there yet (node_modules before
//! `npm install`) must be matched by a pattern, so it stays out once it appears.

use std::path::Path;

use crate::checks::{CheckKind, CheckResult, NonEmpty, Session};
use crate::docker::context::{self, EntryKind, Pinned};
use crate::values::size::Size;

const WHY: &str = "Everything in the context is sent to the engine on every build: large folders slow each build down, and secrets or local builds can end up in the image.";

pub type Config = NonEmpty<String>;

pub fn title(paths: &Config) -> String {
    format!("The build context leaves out {}", paths.join(", "))
}

pub async fn run(session: &mut Session<'_>, paths: &Config) -> CheckResult {
    let result = CheckResult::new(CheckKind::ContextExcludes, title(paths), WHY);
    evaluate(
        result,
        &session.job.context,
        &session.job.dockerfile,
        &session.pinned(),
        paths,
    )
}

pub fn evaluate(
    result: CheckResult,
    root: &Path,
    dockerfile: &Path,
    pinned: &Pinned,
    paths: &[String],
) -> CheckResult {
    let ignore = match context::rules(root, dockerfile, pinned) {
        Ok(ignore) => ignore,
        Err(err) => return result.fail(err.to_string()).at(".dockerignore", 1),
    };
    let (entries, stats) = match context::list(root, &ignore, pinned) {
        Ok(listed) => listed,
        Err(err) => return result.fail(format!("cannot read the context: {err}")),
    };
    let sent = format!(
        "{} in {} file{}",
        Size(stats.bytes),
        stats.files,
        if stats.files == 1 { "" } else { "s" }
    );
    let mut problems = Vec::new();
    let mut missing = Vec::new();
    let mut notes = Vec::new();
    let mut details = Vec::new();
    for wanted in paths {
        let wanted = crate::docker::dockerignore::clean(wanted.trim_start_matches('/'));
        let under = format!("{wanted}/");
        let inside: Vec<_> = entries
            .iter()
            .filter(|e| e.path == wanted || e.path.starts_with(&under))
            .collect();
        // `node_modules/*` leaves the folder itself in, empty: nothing of it reaches the
        // engine, and a COPY of an empty folder changes nothing. Docker sends it all the same,
        // so say so rather than call it wrong.
        let only_empty_folders = !inside.is_empty()
            && inside
                .iter()
                .all(|e| !matches!(e.kind, EntryKind::File { .. }) && e.path == wanted);
        if only_empty_folders {
            notes.push(format!(
                "{wanted} is sent as an empty folder (a pattern like `{wanted}/*` leaves out what is inside, not the folder; `{wanted}` leaves out both)"
            ));
        } else if !inside.is_empty() {
            missing.push(wanted.clone());
            let bytes: u64 = inside
                .iter()
                .map(|e| match e.kind {
                    EntryKind::File { size } => size,
                    _ => 0,
                })
                .sum();
            problems.push(format!("{wanted} is sent ({})", Size(bytes)));
            details.extend(inside.iter().take(5).map(|e| format!("sent: {}", e.path)));
        } else if !root.join(&wanted).exists() && !ignore.excludes(&wanted) {
            missing.push(wanted.clone());
            problems.push(format!(
                "{wanted} is not there now, but no .dockerignore pattern keeps it out once it is"
            ));
        }
    }
    if problems.is_empty() {
        let mut message = format!("none of them is sent; the context is {sent}");
        for note in notes {
            message.push_str("; ");
            message.push_str(&note);
        }
        return result.pass(message).found(sent);
    }
    result
        .fail(format!(
            "{}: add {} to .dockerignore",
            problems.join("; "),
            missing.join(", ")
        ))
        .at(".dockerignore", 1)
        .found(format!("context of {sent}"))
        .expected(format!("no {}", paths.join(", ")))
        .details(details)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::fs;

    /// The check on `dir` as it is on disk, nothing pinned.
    fn judge(dir: &Path, paths: &[String]) -> CheckResult {
        let result = CheckResult::new(CheckKind::ContextExcludes, "t", "w");
        evaluate(
            result,
            dir,
            Path::new("Dockerfile"),
            &Pinned::default(),
            paths,
        )
    }

    #[test]
    fn present_and_future_paths() {
        let dir = tempfile::tempdir().unwrap();
        fs::write(dir.path().join("Dockerfile"), "FROM scratch").unwrap();
        fs::create_dir(dir.path().join("node_modules")).unwrap();
        fs::write(dir.path().join("node_modules/x.js"), "x").unwrap();
        let paths = vec!["node_modules".to_string(), ".env".to_string()];
        let failing = judge(dir.path(), &paths);
        assert!(!failing.passed());
        assert!(
            failing.message.contains("node_modules is sent"),
            "{}",
            failing.message
        );
        assert!(
            failing.message.contains(".env is not there now"),
            "{}",
            failing.message
        );
        fs::write(dir.path().join(".dockerignore"), "node_modules\n.env\n").unwrap();
        let passing = judge(dir.path(), &paths);
        assert!(passing.passed(), "{}", passing.message);
    }

    #[test]
    fn only_the_missing_patterns_are_asked_for_and_an_empty_folder_is_said_plainly() {
        let dir = tempfile::tempdir().unwrap();
        fs::write(dir.path().join("Dockerfile"), "FROM scratch").unwrap();
        fs::create_dir(dir.path().join("node_modules")).unwrap();
        fs::write(dir.path().join("node_modules/x.js"), "x").unwrap();
        fs::create_dir(dir.path().join("dist")).unwrap();
        fs::write(dir.path().join("dist/app.js"), "x").unwrap();
        fs::write(dir.path().join(".dockerignore"), "node_modules/*\n").unwrap();
        let paths = vec!["node_modules".to_string(), "dist".to_string()];
        let failing = judge(dir.path(), &paths);
        assert!(
            failing.message.ends_with("add dist to .dockerignore"),
            "{}",
            failing.message
        );
        fs::write(dir.path().join(".dockerignore"), "node_modules/*\ndist\n").unwrap();
        let passing = judge(dir.path(), &paths);
        assert!(passing.passed(), "{}", passing.message);
        assert!(
            passing
                .message
                .contains("node_modules is sent as an empty folder"),
            "{}",
            passing.message
        );
    }
}
