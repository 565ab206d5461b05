//! Names and labels of what dockerlings makes on the engine: images tagged per workspace so
//! learners sharing an engine do not collide, and labels that `clean` and crash recovery use.

use std::collections::HashMap;

pub const LABEL_WORKSPACE: &str = "org.dockerlings.workspace";
pub const LABEL_EXERCISE: &str = "org.dockerlings.exercise";
pub const LABEL_KIND: &str = "org.dockerlings.kind";

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
}
