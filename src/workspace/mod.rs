//! The learner's workspace: the exercise folders they edit, and their progress.

mod state;

use std::collections::BTreeSet;
use std::fs;
use std::hash::{BuildHasher, Hasher};
use std::path::{Path, PathBuf};
use std::time::{SystemTime, UNIX_EPOCH};

use anyhow::{Context, Result, bail};

use crate::course::{Course, Exercise};
pub use state::{STATE_VERSION, State};

/// The folder inside a workspace that holds dockerlings' own files.
pub const META_DIR: &str = ".dockerlings";
const STATE_FILE: &str = "state.json";
const BACKUP_DIR: &str = "backups";

pub struct Workspace {
    pub root: PathBuf,
    pub state: State,
}

impl Workspace {
    fn state_path(root: &Path) -> PathBuf {
        root.join(META_DIR).join(STATE_FILE)
    }

    /// The workspace containing `start` (or one of its parents).
    pub fn find(start: &Path) -> Result<Workspace> {
        for dir in start.ancestors() {
            let path = Self::state_path(dir);
            if path.is_file() {
                return Ok(Workspace {
                    root: dir.to_path_buf(),
                    state: State::read(&path)?,
                });
            }
        }
        bail!(
            "{} is not inside a dockerlings workspace.\n  Make one with `dockerlings init` (it creates ./dockerlings), then `cd dockerlings` and run `dockerlings`.",
            start.display()
        )
    }

    /// Writes every exercise's starting files into a new workspace at `root`.
    pub fn init(root: &Path, course: &Course, course_dir: Option<PathBuf>) -> Result<Workspace> {
        if Self::state_path(root).exists() {
            bail!(
                "{} is already a dockerlings workspace; `cd` into it and run `dockerlings`, or choose another folder: `dockerlings init OTHER_PATH`",
                root.display()
            );
        }
        if root.exists() && fs::read_dir(root)?.next().is_some() {
            bail!(
                "{} already exists and is not empty; nothing was written. Choose another folder: `dockerlings init OTHER_PATH`",
                root.display()
            );
        }
        let first = course
            .exercises()
            .next()
            .context("the course has no exercises")?;
        // Everything is laid out in a temp folder next to the target, then renamed into place,
        // so a failure halfway leaves no half-made workspace.
        let parent = match root.parent() {
            Some(parent) if !parent.as_os_str().is_empty() => parent,
            _ => Path::new("."),
        };
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
        fs::write(staging.path().join("README.md"), learner_readme(course))?;
        fs::write(staging.path().join(".gitignore"), GITIGNORE)?;
        fs::create_dir_all(staging.path().join(META_DIR))?;
        let state = State {
            version: STATE_VERSION,
            workspace_id: random_id(),
            course: course_dir,
            current: first.id().to_string(),
            done: BTreeSet::new(),
            hints_shown: Default::default(),
        };
        state.write(&Self::state_path(staging.path()))?;
        if root.exists() {
            fs::remove_dir(root)?;
        }
        let staging = staging.keep();
        fs::rename(&staging, root).with_context(|| format!("cannot create {}", root.display()))?;
        Ok(Workspace {
            root: root.to_path_buf(),
            state,
        })
    }

    pub fn save(&self) -> Result<()> {
        self.state.write(&Self::state_path(&self.root))
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

    /// Records a pass; returns true the first time.
    pub fn mark_done(&mut self, id: &str) -> bool {
        self.state.done.insert(id.to_string())
    }

    /// Moves the learner's version of an exercise into a backup folder and writes the
    /// starting files back. Returns the backup folder.
    pub fn reset(&self, course: &Course, exercise: Exercise<'_>) -> Result<PathBuf> {
        let dir = self.exercise_dir(exercise);
        let backups = self.root.join(META_DIR).join(BACKUP_DIR);
        fs::create_dir_all(&backups)
            .with_context(|| format!("cannot create {}", backups.display()))?;
        // The fresh copy is written first, so the learner's files are only moved once the
        // replacement is complete.
        let fresh = tempfile::Builder::new()
            .prefix(".reset-")
            .tempdir_in(&backups)?;
        write_files(fresh.path(), &course.starting_files(exercise)?)?;
        let backup = unused_backup_path(&backups, exercise.id());
        if dir.exists() {
            fs::rename(&dir, &backup).with_context(|| {
                format!(
                    "cannot move {} to the backup {}; nothing was changed",
                    dir.display(),
                    backup.display()
                )
            })?;
        }
        if let Some(parent) = dir.parent() {
            fs::create_dir_all(parent)?;
        }
        fs::rename(fresh.keep(), &dir)
            .with_context(|| format!("cannot restore {}", dir.display()))?;
        Ok(backup)
    }
}

/// `backups/<id>-<unix seconds>`, with a counter when several resets share a second.
fn unused_backup_path(backups: &Path, id: &str) -> PathBuf {
    let stamp = timestamp();
    let mut candidate = backups.join(format!("{id}-{stamp}"));
    let mut n = 1;
    while candidate.exists() {
        n += 1;
        candidate = backups.join(format!("{id}-{stamp}-{n}"));
    }
    candidate
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

fn timestamp() -> String {
    let secs = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap_or_default()
        .as_secs();
    format!("{secs}")
}

const GITIGNORE: &str = "# dockerlings keeps your progress and backups here\n.dockerlings/backups/\nnode_modules/\n__pycache__/\n";

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
