//! The learner's workspace: the exercise folders they edit, and their progress.
//!
//! Several dockerlings processes may share a workspace (watch mode in one terminal, `verify`
//! in another). Each keeps the state as it read it (`base`) beside its own copy (`state`);
//! `save` takes the lock, reads what is on disk and writes the merge, so a copy read long ago
//! adds its changes without undoing anyone else's.

mod paths;
mod reset;
mod state;
mod store;

use std::collections::BTreeSet;
use std::fs;
use std::hash::{BuildHasher, Hasher};
use std::path::{Path, PathBuf};
use std::time::{SystemTime, UNIX_EPOCH};

use anyhow::{Context, Result, bail};

use crate::course::{Course, Exercise};
pub use state::{STATE_VERSION, State};
use store::{LAST_GOOD_FILE, Read, STATE_FILE};
// The class queue keeps its own files under `.dockerlings` the same way: locked, written whole.
pub use store::{Lock, lock_file, sync_dir, write_atomic};

/// The folder inside a workspace that holds dockerlings' own files.
pub const META_DIR: &str = ".dockerlings";

pub struct Workspace {
    pub root: PathBuf,
    pub state: State,
    /// The state as last read from or written to disk: `state` minus this process's changes.
    base: State,
    /// What a repair did, for the command to tell the learner.
    notices: Vec<String>,
}

impl Workspace {
    fn meta(root: &Path) -> PathBuf {
        root.join(META_DIR)
    }

    fn state_path(root: &Path) -> PathBuf {
        Self::meta(root).join(STATE_FILE)
    }

    /// The workspace containing `start` (or one of its parents). An interrupted reset is
    /// finished, temp files of killed processes are removed, and a damaged state file is
    /// restored from its last good copy: `take_notices` says what was done.
    pub fn find(start: &Path) -> Result<Workspace> {
        match Self::enclosing(start)? {
            Some(root) => Self::open(&root),
            None => bail!(
                "{} is not inside a dockerlings workspace.\n  Make one with `dockerlings init` (it creates ./dockerlings), then `cd dockerlings` and run `dockerlings`.",
                start.display()
            ),
        }
    }

    /// Whether `path` lies inside a workspace (whose exercises are graded).
    pub fn holds(path: &Path) -> bool {
        let dir = path.parent().unwrap_or(path);
        let dir = dir.canonicalize().unwrap_or_else(|_| dir.to_path_buf());
        matches!(Self::enclosing(&dir), Ok(Some(_)))
    }

    /// The root of the workspace holding `start`, if any.
    fn enclosing(start: &Path) -> Result<Option<PathBuf>> {
        for dir in start.ancestors() {
            let meta = Self::meta(dir);
            let Ok(kind) = fs::symlink_metadata(&meta) else {
                continue;
            };
            if kind.file_type().is_symlink() {
                bail!(
                    "{} is a symbolic link; dockerlings keeps progress only inside the workspace. Replace it with the folder it points to: `rm {} && cp -r {} {}`",
                    meta.display(),
                    meta.display(),
                    fs::canonicalize(&meta).unwrap_or_default().display(),
                    meta.display()
                );
            }
            let has = |name: &str| fs::symlink_metadata(meta.join(name)).is_ok();
            if kind.is_dir() && (has(STATE_FILE) || has(LAST_GOOD_FILE)) {
                return Ok(Some(dir.to_path_buf()));
            }
        }
        Ok(None)
    }

    fn open(root: &Path) -> Result<Workspace> {
        let meta = Self::meta(root);
        // Most runs find nothing to repair, and read without waiting for the lock: the state
        // file is only ever replaced whole.
        if !reset::journal_exists(&meta)
            && store::leftovers(&meta).is_empty()
            && store::copy_matches(&meta)
            && let Read::Good(state) = store::read_state(&meta.join(STATE_FILE))?
        {
            return Ok(Self::loaded(root, state, Vec::new()));
        }
        let _lock = store::lock(&meta)?;
        let mut notices = Vec::new();
        notices.extend(reset::finish(root, &meta)?);
        store::sweep(&meta)?;
        let (state, notice) = store::load(&meta)?;
        notices.extend(notice);
        let state = state.ok_or_else(|| store::both_unusable(&meta))?;
        store::refresh_copy(&meta, &state)?;
        Ok(Self::loaded(root, state, notices))
    }

    fn loaded(root: &Path, state: State, notices: Vec<String>) -> Workspace {
        Workspace {
            root: root.to_path_buf(),
            base: state.clone(),
            state,
            notices,
        }
    }

    /// What `find` or `save` repaired (a restored state file, a finished reset), once.
    pub fn take_notices(&mut self) -> Vec<String> {
        std::mem::take(&mut self.notices)
    }

    /// Writes every exercise's starting files into a new workspace at `root`.
    pub fn init(root: &Path, course: &Course, course_dir: Option<PathBuf>) -> Result<Workspace> {
        if Self::state_path(root).exists() {
            bail!(
                "{} is already a dockerlings workspace; `cd` into it and run `dockerlings`, or choose another folder: `dockerlings init OTHER_PATH`",
                root.display()
            );
        }
        let parent = match root.parent() {
            Some(parent) if !parent.as_os_str().is_empty() => parent,
            _ => Path::new("."),
        };
        let absolute = std::path::absolute(parent).unwrap_or_else(|_| parent.to_path_buf());
        if let Ok(Some(outer)) = Self::enclosing(&absolute) {
            bail!(
                "{} is inside the dockerlings workspace {}; a workspace cannot hold another. Choose a folder outside it: `dockerlings init OTHER_PATH`",
                root.display(),
                outer.display()
            );
        }
        match fs::symlink_metadata(root) {
            Ok(kind) if kind.file_type().is_symlink() => bail!(
                "{} is a symbolic link; nothing was written. Choose a real folder: `dockerlings init OTHER_PATH`",
                root.display()
            ),
            Ok(kind) if !kind.is_dir() => bail!(
                "{} exists and is not a folder; nothing was written. Choose another folder: `dockerlings init OTHER_PATH`",
                root.display()
            ),
            Ok(_) => {
                let mut entries = fs::read_dir(root)
                    .with_context(|| format!("cannot read {}", root.display()))?;
                if entries.next().is_some() {
                    bail!(
                        "{} already exists and is not empty; nothing was written. Choose another folder: `dockerlings init OTHER_PATH`",
                        root.display()
                    );
                }
            }
            Err(_) => {}
        }
        let first = course
            .exercises()
            .next()
            .context("the course has no exercises")?;
        // Everything is laid out in a temp folder next to the target, then renamed into place,
        // so a failure halfway leaves no half-made workspace.
        fs::create_dir_all(parent)
            .with_context(|| format!("cannot create {}", parent.display()))?;
        let staging = tempfile::Builder::new()
            .prefix(".dockerlings-init-")
            .tempdir_in(parent)
            .with_context(|| format!("cannot write in {}", parent.display()))?;
        for exercise in course.exercises() {
            let dir = staging.path().join(exercise.workspace_dir());
            write_files(&dir, &course.starting_files(exercise)?)?;
        }
        let write = |name: &str, text: &str| {
            let path = staging.path().join(name);
            fs::write(&path, text).with_context(|| format!("cannot write {}", path.display()))
        };
        write("README.md", &learner_readme(course))?;
        write(".gitignore", GITIGNORE)?;
        let meta = Self::meta(staging.path());
        fs::create_dir_all(&meta).with_context(|| format!("cannot create {}", meta.display()))?;
        let state = State {
            version: STATE_VERSION,
            workspace_id: random_id(),
            course: course_dir,
            current: first.id().to_string(),
            done: BTreeSet::new(),
            hints_shown: Default::default(),
            solution_before_pass: Default::default(),
        };
        store::write_state(&meta, &state)?;
        if root.exists() {
            fs::remove_dir(root).with_context(|| format!("cannot replace {}", root.display()))?;
        }
        let staging = staging.keep();
        fs::rename(&staging, root).with_context(|| format!("cannot create {}", root.display()))?;
        store::sync_dir(parent);
        Ok(Self::loaded(root, state, Vec::new()))
    }

    /// Saves this process's changes, merged with what others saved since it read the state:
    /// passes and hint counts are never lost. `state` then holds the merge.
    pub fn save(&mut self) -> Result<()> {
        let meta = Self::meta(&self.root);
        let _lock = store::lock(&meta)?;
        let (disk, notice) = store::load(&meta)?;
        self.notices.extend(notice);
        let disk = match disk {
            Some(disk) => disk,
            None => {
                self.notices.push(format!(
                    "The progress file {} and its copy were unusable; rewrote them from this process's copy: {} exercise(s) passed, current `{}`.",
                    meta.join(STATE_FILE).display(),
                    self.base.done.len(),
                    self.base.current
                ));
                self.base.clone()
            }
        };
        let merged = State::merge(&disk, &self.base, &self.state);
        if merged != disk {
            store::write_state(&meta, &merged)?;
        } else {
            store::refresh_copy(&meta, &merged)?;
        }
        self.base = merged.clone();
        self.state = merged;
        Ok(())
    }

    /// Takes in what other processes saved, keeping this process's unsaved changes.
    pub fn refresh(&mut self) -> Result<()> {
        if let Read::Good(disk) = store::read_state(&Self::state_path(&self.root))? {
            self.state = State::merge(&disk, &self.base, &self.state);
            self.base = disk;
        }
        Ok(())
    }

    /// The exercise's folder in this workspace.
    pub fn exercise_dir(&self, exercise: Exercise<'_>) -> PathBuf {
        self.root.join(exercise.workspace_dir())
    }

    pub fn dockerfile(&self, exercise: Exercise<'_>) -> PathBuf {
        self.exercise_dir(exercise).join(exercise.dockerfile())
    }

    pub fn is_done(&self, id: &str) -> bool {
        self.state.done.contains(id)
    }

    /// How many hints of an exercise the learner has seen.
    pub fn hints_shown(&self, id: &str) -> usize {
        self.state.hints_shown.get(id).copied().unwrap_or(0)
    }

    /// Marks the first `count` hints as seen (never fewer than before); returns how many are.
    pub fn show_hints(&mut self, id: &str, count: usize) -> usize {
        let shown = self.hints_shown(id).max(count);
        self.state.hints_shown.insert(id.to_string(), shown);
        shown
    }

    /// Whether the solution of `id` was shown before the exercise passed.
    pub fn solution_before_pass(&self, id: &str) -> bool {
        self.state.solution_before_pass.contains(id)
    }

    /// Records that the solution of `id` is being shown before it passed; true the first time.
    pub fn record_solution_before_pass(&mut self, id: &str) -> bool {
        self.state.solution_before_pass.insert(id.to_string())
    }

    /// Records a pass; returns true the first time.
    pub fn mark_done(&mut self, id: &str) -> bool {
        self.state.done.insert(id.to_string())
    }

    /// Moves the learner's version of an exercise into a backup folder and writes the
    /// starting files back. Returns the backup folder. A reset killed halfway is finished by
    /// the next dockerlings process.
    pub fn reset(&self, course: &Course, exercise: Exercise<'_>) -> Result<PathBuf> {
        let dir = exercise.workspace_dir();
        paths::check_dir(&self.root, exercise.id(), dir, false)?;
        let files = course.starting_files(exercise)?;
        let meta = Self::meta(&self.root);
        let _lock = store::lock(&meta)?;
        // A reset killed since this process started is finished first; then its leftovers go.
        reset::finish(&self.root, &meta)?;
        store::sweep(&meta)?;
        reset::reset(&self.root, &meta, exercise.id(), dir, &files)
    }
}

/// Refuses an exercise folder `dir` (in a workspace or laid out like one) if it, a folder on
/// the way to it or its Dockerfile is a symbolic link: what is read and built stays inside.
pub fn check_links(dir: &Path, exercise: Exercise<'_>) -> Result<()> {
    let rel = exercise.workspace_dir();
    let root = dir.ancestors().nth(rel.components().count()).unwrap_or(dir);
    paths::check_dir(root, exercise.id(), rel, true)?;
    paths::check_file(root, exercise.id(), rel, exercise.dockerfile())
}

/// Writes files under `dir`; paths come from the course, which has no `..` or absolute paths.
pub fn write_files(dir: &Path, files: &[(PathBuf, Vec<u8>)]) -> Result<()> {
    for (path, contents) in files {
        let target = dir.join(path);
        if let Some(parent) = target.parent() {
            fs::create_dir_all(parent)
                .with_context(|| format!("cannot create {}", parent.display()))?;
        }
        fs::write(&target, contents)
            .with_context(|| format!("cannot write {}", target.display()))?;
    }
    Ok(())
}

fn random_id() -> String {
    let mut hasher = std::collections::hash_map::RandomState::new().build_hasher();
    hasher.write_u128(
        SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .unwrap_or_default()
            .as_nanos(),
    );
    hasher.write_u32(std::process::id());
    format!("{:012x}", hasher.finish() & 0xffff_ffff_ffff)
}

const GITIGNORE: &str = "# dockerlings keeps your progress and backups here\n.dockerlings/backups/\n.dockerlings/lock\n.dockerlings/classroom/\nnode_modules/\n__pycache__/\n";

fn learner_readme(course: &Course) -> String {
    let mut text = format!(
        "# {}\n\nThis folder is your dockerlings workspace. Each folder holds a small app and a\nDockerfile to fix.\n\n",
        course.title
    );
    text.push_str(
        "Run `dockerlings` here. It watches your files: save the Dockerfile and it checks it at\n\
         once, then builds it with your local Docker engine and checks the image. Press `h` for a\n\
         hint, `n` to move on once an exercise passes, `l` for the list, `q` to quit.\n\n\
         Other commands: `dockerlings list`, `dockerlings verify`, `dockerlings hint`,\n\
         `dockerlings reset NAME` (your version is kept in .dockerlings/backups/),\n\
         `dockerlings doctor` when the engine is not found.\n\n## Exercises\n\n",
    );
    for exercise in course.exercises() {
        text.push_str(&format!(
            "- `{}` ({}): {}\n",
            exercise.id(),
            exercise.workspace_dir().display(),
            exercise.def.title
        ));
    }
    text
}

#[cfg(test)]
mod tests;
