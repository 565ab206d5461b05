//! What the learner sees.

pub mod bar;
pub mod explain;
pub mod link;
pub mod list;
pub mod progress;
pub mod render;
pub mod watch;
pub mod wrap;

use std::path::{Path, PathBuf};

/// A path as the learner would type it from where they are.
pub fn relative_to_cwd(path: &Path) -> PathBuf {
    std::env::current_dir()
        .ok()
        .and_then(|cwd| path.strip_prefix(&cwd).ok().map(Path::to_path_buf))
        .unwrap_or_else(|| path.to_path_buf())
}
