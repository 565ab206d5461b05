//! `dockerlings dev context [DIR]`: what `docker build DIR` sends as its context, for course
//! authors checking a `.dockerignore`.

use std::path::Path;

use anyhow::{Context, Result};

use super::Exit;
use crate::docker::context::{self, EntryKind, Pinned};
use crate::docker::dockerignore::show;
use crate::values::size::Size;

/// Every entry the build context of `dir` sends, in the order it is sent, then the totals
/// on stderr.
pub fn run(dir: &Path, dockerfile: &Path) -> Result<Exit> {
    let pinned = Pinned::default();
    let ignore = context::rules(dir, dockerfile, &pinned)?;
    let (entries, stats) = context::list(dir, &ignore, &pinned)
        .with_context(|| format!("cannot read the context {}", dir.display()))?;
    for entry in &entries {
        match &entry.kind {
            EntryKind::Dir => println!("dir {}/", entry.path),
            EntryKind::File { .. } => println!("file {}", entry.path),
            EntryKind::Symlink { target } => println!(
                "symlink {} -> {}",
                entry.path,
                show(target.as_os_str().as_encoded_bytes())
            ),
            EntryKind::HardLink { first } => {
                println!("hardlink {} => {}", entry.path, show(first))
            }
        }
    }
    eprintln!("{} files, {}", stats.files, Size(stats.bytes));
    Ok(Exit::Pass)
}
