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

/// The columns to wrap text for standard output to: the terminal's width, or `COLUMNS` when
/// output goes to a pipe or a log and it is set; `None` (no wrapping) otherwise.
pub fn text_width() -> Option<usize> {
    let term = console::Term::stdout();
    if term.is_term() {
        return term.size_checked().map(|(_, columns)| usize::from(columns));
    }
    std::env::var("COLUMNS")
        .ok()?
        .trim()
        .parse()
        .ok()
        .filter(|&columns| columns >= 20)
}
