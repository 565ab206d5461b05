//! Progress, kept in one JSON file written atomically: a temp file in the same folder, flushed
//! to disk, then renamed over the old one. A process killed at any moment leaves either the old
//! or the new state, never a mix.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use serde::{Deserialize, Serialize};

pub const STATE_VERSION: u32 = 1;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct State {
    pub version: u32,
    /// Random, made at init: names this workspace's images and labels on a shared engine.
    pub workspace_id: String,
    /// The course folder the workspace was made from; `None` for the built-in course.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub course: Option<PathBuf>,
    /// The exercise watch mode and `verify` work on.
    pub current: String,
    /// Exercises that have passed once.
    #[serde(default)]
    pub done: BTreeSet<String>,
    /// How many hints of each exercise have been shown.
    #[serde(default)]
    pub hints_shown: BTreeMap<String, usize>,
}

impl State {
    pub fn read(path: &Path) -> Result<State> {
        let text = fs::read_to_string(path)
            .with_context(|| format!("cannot read the progress file {}", path.display()))?;
        let state: State = serde_json::from_str(&text).with_context(|| {
            format!(
                "the progress file {} is not valid (it was edited by hand?); fix it or delete it and run `dockerlings init` elsewhere",
                path.display()
            )
        })?;
        if state.version != STATE_VERSION {
            anyhow::bail!(
                "the progress file {} has version {}, this dockerlings reads version {STATE_VERSION}; update dockerlings",
                path.display(),
                state.version
            );
        }
        Ok(state)
    }

    pub fn write(&self, path: &Path) -> Result<()> {
        let dir = path.parent().unwrap_or(Path::new("."));
        let mut json = serde_json::to_vec_pretty(self)?;
        json.push(b'\n');
        let mut temp = tempfile::Builder::new()
            .prefix(".state-")
            .suffix(".tmp")
            .tempfile_in(dir)
            .with_context(|| format!("cannot write in {}", dir.display()))?;
        temp.write_all(&json)?;
        temp.as_file().sync_all()?;
        temp.persist(path)
            .with_context(|| format!("cannot save progress to {}", path.display()))?;
        // The rename itself must reach the disk too, or a power cut could undo it.
        if let Ok(dir) = fs::File::open(dir) {
            let _ = dir.sync_all();
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> State {
        State {
            version: STATE_VERSION,
            workspace_id: "abc123".into(),
            course: None,
            current: "go-single".into(),
            done: BTreeSet::from(["intro".to_string()]),
            hints_shown: BTreeMap::from([("go-single".to_string(), 2)]),
        }
    }

    #[test]
    fn round_trips() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("state.json");
        sample().write(&path).unwrap();
        assert_eq!(State::read(&path).unwrap(), sample());
        // No temp file is left behind.
        assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 1);
    }

    #[test]
    fn names_the_file_when_corrupt() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("state.json");
        fs::write(&path, "{ not json").unwrap();
        let err = format!("{:#}", State::read(&path).unwrap_err());
        assert!(err.contains("state.json"), "{err}");
    }
}
