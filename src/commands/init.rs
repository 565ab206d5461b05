//! `dockerlings init [PATH]`: a new workspace with the course's exercises.

use std::path::{Path, PathBuf};

use anyhow::{Context as _, Result};

use super::{Exit, load_course};
use crate::workspace::Workspace;

pub fn run(course_flag: Option<&Path>, path: Option<&Path>) -> Result<Exit> {
    let root = path.unwrap_or(Path::new("dockerlings"));
    refuse_inside_the_sources(root)?;
    let course = load_course(course_flag, None)?;
    let course_dir = match course_flag {
        Some(dir) => Some(
            dir.canonicalize()
                .with_context(|| format!("cannot find the course folder {}", dir.display()))?,
        ),
        None => None,
    };
    let workspace = Workspace::init(root, &course, course_dir)?;
    println!(
        "Made a dockerlings workspace with {} exercises in {}.\n\nNext:\n  cd {}\n  dockerlings",
        course.len(),
        workspace.root.display(),
        workspace.root.display()
    );
    Ok(Exit::Pass)
}

/// A workspace inside dockerlings' own source checkout would mix the learner's files with the
/// course's: say where to make it instead.
fn refuse_inside_the_sources(root: &Path) -> Result<()> {
    let cwd = std::env::current_dir()?;
    let target = lexical(&cwd.join(root));
    let Some(checkout) = target
        .ancestors()
        .skip(1)
        .find(|dir| is_source_checkout(dir))
    else {
        return Ok(());
    };
    let outside = checkout
        .parent()
        .map_or_else(|| PathBuf::from(".."), Path::to_path_buf);
    anyhow::bail!(
        "{} is inside the dockerlings source checkout ({}); a workspace there would mix your exercises with the course's sources.\n  Make it elsewhere: `cd {} && dockerlings init`, or `dockerlings init PATH` with a folder outside the checkout.",
        target.display(),
        checkout.display(),
        outside.display()
    )
}

/// `path` with `.` and `..` taken out, as written (the folder may not exist yet).
fn lexical(path: &Path) -> PathBuf {
    use std::path::Component;
    let mut out = PathBuf::new();
    for component in path.components() {
        match component {
            Component::CurDir => {}
            Component::ParentDir => {
                out.pop();
            }
            other => out.push(other),
        }
    }
    out
}

/// A folder with a Cargo.toml whose package is dockerlings.
fn is_source_checkout(dir: &Path) -> bool {
    let Ok(manifest) = std::fs::read_to_string(dir.join("Cargo.toml")) else {
        return false;
    };
    let mut in_package = false;
    for line in manifest.lines().map(str::trim) {
        if line.starts_with('[') {
            in_package = line == "[package]";
        } else if in_package
            && let Some((key, value)) = line.split_once('=')
            && key.trim() == "name"
        {
            return value.trim().trim_matches(['"', '\'']) == "dockerlings";
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_checkout_is_told_by_its_package_name() {
        let dir = tempfile::tempdir().unwrap();
        assert!(!is_source_checkout(dir.path()));
        std::fs::write(
            dir.path().join("Cargo.toml"),
            "[workspace]\nname = \"dockerlings\"\n\n[package]\nname = \"other\"\n",
        )
        .unwrap();
        assert!(!is_source_checkout(dir.path()));
        std::fs::write(
            dir.path().join("Cargo.toml"),
            "[package]\nname = \"dockerlings\"\nversion = \"0.1.0\"\n",
        )
        .unwrap();
        assert!(is_source_checkout(dir.path()));
        let inside = dir.path().join("src/dockerlings");
        let err = refuse_inside_the_sources(&inside).unwrap_err().to_string();
        assert!(err.contains("source checkout"), "{err}");
        assert!(err.contains("dockerlings init"), "{err}");
        assert!(refuse_inside_the_sources(&dir.path().join("../elsewhere-ws")).is_ok());
    }
}
