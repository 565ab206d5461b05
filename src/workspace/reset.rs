//! Reset: the learner's folder moves to a backup and the starting files take its place. Two
//! renames cannot happen at once, so a journal names both ends before the first one; a
//! process killed between them leaves the journal, and the next one finishes the reset.

use std::fs;
use std::path::{Component, Path, PathBuf};

use anyhow::{Context, Result, bail};
use serde::{Deserialize, Serialize};

use super::store::{self, BACKUP_DIR, RESET_PREFIX};

const JOURNAL: &str = "reset.json";

/// Paths are relative to the workspace root.
#[derive(Debug, Serialize, Deserialize)]
struct Journal {
    exercise: String,
    dir: PathBuf,
    backup: PathBuf,
    fresh: PathBuf,
}

/// Moves `dir` (relative to `root`) to a backup and puts `files` there instead. Returns the
/// backup folder. Call with the lock held.
pub fn reset(
    root: &Path,
    meta: &Path,
    exercise: &str,
    dir: &Path,
    files: &[(PathBuf, Vec<u8>)],
) -> Result<PathBuf> {
    let backups = meta.join(BACKUP_DIR);
    if fs::symlink_metadata(&backups).is_ok_and(|m| m.file_type().is_symlink()) {
        bail!(
            "{} is a symbolic link; backups stay inside the workspace. Delete the link (its target is untouched) and reset again",
            backups.display()
        );
    }
    fs::create_dir_all(&backups).with_context(|| format!("cannot create {}", backups.display()))?;
    let target = root.join(dir);
    // The fresh copy is complete and on disk before the learner's files move.
    let fresh = tempfile::Builder::new()
        .prefix(RESET_PREFIX)
        .tempdir_in(&backups)
        .with_context(|| format!("cannot write in {}", backups.display()))?;
    write_synced(fresh.path(), files)?;
    store::sync_dir(&backups);
    if killed_at(0) {
        return Ok(fresh.keep());
    }
    let backup = unused_backup_path(&backups, exercise);
    let journal = Journal {
        exercise: exercise.to_string(),
        dir: dir.to_path_buf(),
        backup: relative(root, &backup),
        fresh: relative(root, fresh.path()),
    };
    let journal_path = meta.join(JOURNAL);
    store::write_atomic(
        &journal_path,
        &serde_json::to_vec_pretty(&journal).expect("a journal serializes"),
    )?;
    // From here the journal owns the fresh copy: a kill leaves it for `finish`.
    let fresh = fresh.keep();
    if killed_at(1) {
        return Ok(backup);
    }
    let undo = |why: anyhow::Error| -> anyhow::Error {
        let _ = fs::remove_dir_all(&fresh);
        let _ = fs::remove_file(&journal_path);
        why
    };
    let moved = fs::symlink_metadata(&target).is_ok();
    if moved {
        fs::rename(&target, &backup)
            .with_context(|| {
                format!(
                    "cannot move {} to the backup {}; nothing was changed",
                    target.display(),
                    backup.display()
                )
            })
            .map_err(undo)?;
        store::sync_dir(&backups);
        store::sync_dir(parent(&target));
    }
    if killed_at(2) {
        return Ok(backup);
    }
    let placed = fs::create_dir_all(parent(&target))
        .and_then(|()| fs::rename(&fresh, &target))
        .with_context(|| format!("cannot write the starting files to {}", target.display()));
    if let Err(err) = placed {
        if moved {
            let _ = fs::rename(&backup, &target);
        }
        return Err(undo(err));
    }
    store::sync_dir(parent(&target));
    store::sync_dir(&backups);
    if killed_at(3) {
        return Ok(backup);
    }
    fs::remove_file(&journal_path)
        .with_context(|| format!("cannot remove {}", journal_path.display()))?;
    store::sync_dir(meta);
    Ok(backup)
}

#[cfg(test)]
thread_local! {
    /// Tests stop a reset at step N, leaving the files as a kill there would.
    pub static KILL_AT: std::cell::Cell<Option<u8>> = const { std::cell::Cell::new(None) };
}

fn killed_at(step: u8) -> bool {
    #[cfg(test)]
    return KILL_AT.with(|at| at.get() == Some(step));
    #[cfg(not(test))]
    {
        let _ = step;
        false
    }
}

pub fn journal_exists(meta: &Path) -> bool {
    fs::symlink_metadata(meta.join(JOURNAL)).is_ok()
}

/// Finishes a reset that a killed process left half done; says what it did, if the learner
/// needs to know. Call with the lock held, before the sweep.
pub fn finish(root: &Path, meta: &Path) -> Result<Option<String>> {
    let journal_path = meta.join(JOURNAL);
    let Ok(text) = fs::read(&journal_path) else {
        return Ok(None);
    };
    let journal: Journal = match serde_json::from_slice(&text) {
        Ok(journal) => journal,
        Err(_) => {
            // Written atomically, so only a hand edit damages it; the sweep takes the copy.
            fs::remove_file(&journal_path)
                .with_context(|| format!("cannot remove {}", journal_path.display()))?;
            return Ok(None);
        }
    };
    let backups = Path::new(super::META_DIR).join(BACKUP_DIR);
    let inside = |p: &Path| {
        p.components().all(|c| matches!(c, Component::Normal(_))) && p.components().count() > 0
    };
    let in_backups = |p: &Path| inside(p) && p.starts_with(&backups);
    // Only this module writes journals; one naming other places is not followed.
    let sound = inside(&journal.dir) && in_backups(&journal.backup) && in_backups(&journal.fresh);
    if !sound {
        fs::remove_file(&journal_path)
            .with_context(|| format!("cannot remove {}", journal_path.display()))?;
        return Ok(None);
    }
    let dir = root.join(&journal.dir);
    let fresh = root.join(&journal.fresh);
    let backup = root.join(&journal.backup);
    let exists = |p: &Path| fs::symlink_metadata(p).is_ok();
    let notice = if !exists(&fresh) {
        // The second rename happened (or the reset was undone): nothing is left to do.
        None
    } else if !exists(&dir) {
        fs::create_dir_all(parent(&dir))
            .and_then(|()| fs::rename(&fresh, &dir))
            .with_context(|| {
                format!(
                    "cannot finish the interrupted reset of `{}`: move {} to {} by hand",
                    journal.exercise,
                    fresh.display(),
                    dir.display()
                )
            })?;
        store::sync_dir(parent(&dir));
        Some(if exists(&backup) {
            format!(
                "Finished the interrupted reset of `{}`: {} has its starting files again; your version is in {}.",
                journal.exercise,
                dir.display(),
                backup.display()
            )
        } else {
            format!(
                "Finished the interrupted reset of `{}`: {} has its starting files again.",
                journal.exercise,
                dir.display()
            )
        })
    } else if exists(&backup) {
        // The folder was moved away, and something wrote a new one before the reset ended.
        fs::remove_dir_all(&fresh).with_context(|| format!("cannot remove {}", fresh.display()))?;
        Some(format!(
            "A reset of `{}` was interrupted: your version is in {}, and {} holds what was written since. `dockerlings reset {}` puts the starting files back.",
            journal.exercise,
            backup.display(),
            dir.display(),
            journal.exercise
        ))
    } else {
        // Killed before the learner's folder moved: the reset never happened.
        fs::remove_dir_all(&fresh).with_context(|| format!("cannot remove {}", fresh.display()))?;
        None
    };
    fs::remove_file(&journal_path)
        .with_context(|| format!("cannot remove {}", journal_path.display()))?;
    store::sync_dir(meta);
    Ok(notice)
}

/// Like `write_files`, and each file and folder flushed to disk.
fn write_synced(dir: &Path, files: &[(PathBuf, Vec<u8>)]) -> Result<()> {
    super::write_files(dir, files)?;
    let mut dirs = vec![dir.to_path_buf()];
    for (path, _) in files {
        let target = dir.join(path);
        fs::File::open(&target)
            .and_then(|f| f.sync_all())
            .with_context(|| format!("cannot write {}", target.display()))?;
        let mut at = target.parent();
        while let Some(folder) = at {
            if !folder.starts_with(dir) || dirs.iter().any(|d| d == folder) {
                break;
            }
            dirs.push(folder.to_path_buf());
            at = folder.parent();
        }
    }
    for folder in dirs {
        store::sync_dir(&folder);
    }
    Ok(())
}

fn relative(root: &Path, path: &Path) -> PathBuf {
    path.strip_prefix(root).unwrap_or(path).to_path_buf()
}

fn parent(path: &Path) -> &Path {
    path.parent().unwrap_or(Path::new("."))
}

/// `backups/<id>-<unix seconds>`, with a counter when several resets share a second.
fn unused_backup_path(backups: &Path, id: &str) -> PathBuf {
    let stamp = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap_or_default()
        .as_secs();
    let mut candidate = backups.join(format!("{id}-{stamp}"));
    let mut n = 1;
    while fs::symlink_metadata(&candidate).is_ok() {
        n += 1;
        candidate = backups.join(format!("{id}-{stamp}-{n}"));
    }
    candidate
}
