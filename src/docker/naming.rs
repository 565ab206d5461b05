//! Names and labels of what dockerlings makes on the engine: images tagged per workspace so
//! learners sharing an engine do not collide, and labels that `clean` and crash recovery use.

use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{SystemTime, UNIX_EPOCH};

pub const LABEL_WORKSPACE: &str = "org.dockerlings.workspace";
pub const LABEL_EXERCISE: &str = "org.dockerlings.exercise";
pub const LABEL_KIND: &str = "org.dockerlings.kind";
/// The process that made a container, with [`LABEL_HOST`]: a sweep removes it once that
/// process is gone.
pub const LABEL_PID: &str = "org.dockerlings.pid";
/// The machine of [`LABEL_PID`]; pids of other machines are not looked up.
pub const LABEL_HOST: &str = "org.dockerlings.host";
/// Seconds since the epoch after which a container is a leftover whoever owns it.
pub const LABEL_EXPIRES: &str = "org.dockerlings.expires";

/// What an object is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ObjectKind {
    /// An image built from an exercise.
    Build,
    /// A container running an image for a `run` check.
    Run,
    /// A container created (never started) to look at an image's files.
    Probe,
}

impl ObjectKind {
    pub fn as_str(self) -> &'static str {
        match self {
            ObjectKind::Build => "build",
            ObjectKind::Run => "run",
            ObjectKind::Probe => "probe",
        }
    }
}

pub fn labels(workspace_id: &str, exercise: &str, kind: ObjectKind) -> HashMap<String, String> {
    HashMap::from([
        (LABEL_WORKSPACE.to_string(), workspace_id.to_string()),
        (LABEL_EXERCISE.to_string(), exercise.to_string()),
        (LABEL_KIND.to_string(), kind.as_str().to_string()),
    ])
}

/// Who owns a container and until when: set at create time, so a sweep or a reaper can find
/// and remove it whatever happens to this process.
pub fn owner_labels(expires: SystemTime) -> HashMap<String, String> {
    let expires = expires
        .duration_since(UNIX_EPOCH)
        .unwrap_or_default()
        .as_secs();
    HashMap::from([
        (LABEL_PID.to_string(), std::process::id().to_string()),
        (LABEL_HOST.to_string(), host()),
        (LABEL_EXPIRES.to_string(), expires.to_string()),
    ])
}

/// This machine's name, as the owner labels carry it.
pub fn host() -> String {
    rustix::system::uname()
        .nodename()
        .to_string_lossy()
        .into_owned()
}

/// A container name chosen before the create call, so the container can be removed by name
/// even if the create reply never arrives: `dockerlings-<workspace>-<exercise>-<kind>-<nonce>`.
pub fn container_name(workspace_id: &str, exercise: &str, kind: ObjectKind) -> String {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let nanos = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap_or_default()
        .as_nanos();
    let count = COUNTER.fetch_add(1, Ordering::Relaxed);
    format!(
        "dockerlings-{}-{}-{}-{}-{nanos:x}{count}",
        repository_part(workspace_id),
        repository_part(exercise),
        kind.as_str(),
        std::process::id()
    )
}

/// A fresh container name for an object with these [`labels`].
pub fn container_name_for(labels: &HashMap<String, String>) -> String {
    let get = |key: &str| labels.get(key).map(String::as_str).unwrap_or("");
    let kind = match get(LABEL_KIND) {
        "probe" => ObjectKind::Probe,
        _ => ObjectKind::Run,
    };
    container_name(get(LABEL_WORKSPACE), get(LABEL_EXERCISE), kind)
}

/// The label filter that finds everything of one workspace.
pub fn workspace_filter(workspace_id: &str) -> HashMap<String, Vec<String>> {
    HashMap::from([(
        "label".to_string(),
        vec![format!("{LABEL_WORKSPACE}={workspace_id}")],
    )])
}

/// `dockerlings-<workspace>/<exercise>:<variant>`, with each part made a valid reference.
pub fn image_tag(workspace_id: &str, exercise: &str, variant: &str) -> String {
    format!(
        "dockerlings-{}/{}:{}",
        repository_part(workspace_id),
        repository_part(exercise),
        tag_part(variant)
    )
}

/// Lowercase letters, digits and single separators, as a repository path component must be.
fn repository_part(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars() {
        let c = c.to_ascii_lowercase();
        if c.is_ascii_lowercase() || c.is_ascii_digit() {
            out.push(c);
        } else if !out.is_empty() && !out.ends_with(['-', '.', '_']) {
            out.push(if matches!(c, '.' | '_') { c } else { '-' });
        }
    }
    let out = out.trim_end_matches(['-', '.', '_']).to_string();
    if out.is_empty() { "x".into() } else { out }
}

/// Letters, digits, `_`, `.`, `-`, not starting with `.` or `-`, at most 128 characters.
fn tag_part(text: &str) -> String {
    let mut out: String = text
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || matches!(c, '_' | '.' | '-') {
                c
            } else {
                '-'
            }
        })
        .collect();
    while out.starts_with(['.', '-']) {
        out.remove(0);
    }
    out.truncate(128);
    if out.is_empty() { "latest".into() } else { out }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_are_valid_references() {
        assert_eq!(
            image_tag("3f2a9c01b7de", "go-multistage", "latest"),
            "dockerlings-3f2a9c01b7de/go-multistage:latest"
        );
        assert_eq!(
            image_tag("dev-1234", "Go_Stage..x", "target-Builder"),
            "dockerlings-dev-1234/go_stage.x:target-Builder"
        );
        assert_eq!(image_tag("", "--", "..x"), "dockerlings-x/x:x");
    }

    #[test]
    fn container_names_are_valid_and_unique() {
        let a = container_name("3f2a", "Go_Stage..x", ObjectKind::Run);
        let b = container_name("3f2a", "Go_Stage..x", ObjectKind::Run);
        assert_ne!(a, b);
        assert!(a.starts_with("dockerlings-3f2a-go_stage.x-run-"), "{a}");
        // What the engine accepts: [a-zA-Z0-9][a-zA-Z0-9_.-]+
        assert!(
            a.chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '.' | '-')),
            "{a}"
        );
        let labels = owner_labels(UNIX_EPOCH + std::time::Duration::from_secs(42));
        assert_eq!(labels[LABEL_EXPIRES], "42");
        assert_eq!(labels[LABEL_PID], std::process::id().to_string());
    }
}
