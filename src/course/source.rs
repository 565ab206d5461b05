//! Where a course's files come from: embedded in the binary, or a folder on disk.

use std::borrow::Cow;
use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use include_dir::{Dir, include_dir};

static EMBEDDED_LESSONS: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/lessons");
static EMBEDDED_EXERCISES: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/exercises");

#[derive(Debug, Clone)]
pub enum Source {
    /// The course that ships inside the binary.
    Embedded,
    /// A course folder (`--course DIR`): course authors, community courses, tests.
    Dir(PathBuf),
}

impl Source {
    pub fn describe(&self) -> String {
        match self {
            Source::Embedded => "the built-in course".into(),
            Source::Dir(dir) => dir.display().to_string(),
        }
    }

    /// The folder of a course on disk; `None` for the embedded course.
    pub fn root(&self) -> Option<&Path> {
        match self {
            Source::Embedded => None,
            Source::Dir(dir) => Some(dir),
        }
    }

    fn embedded_dir(path: &Path) -> Option<(&'static Dir<'static>, PathBuf)> {
        let mut components = path.components();
        let top = components.next()?.as_os_str().to_str()?;
        let rest: PathBuf = components.collect();
        match top {
            "lessons" => Some((&EMBEDDED_LESSONS, rest)),
            "exercises" => Some((&EMBEDDED_EXERCISES, rest)),
            _ => None,
        }
    }

    /// Reads one file, `path` relative to the course root: a plain file, reached without
    /// links, of at most [`MAX_FILE`] bytes.
    pub fn read(&self, path: &Path) -> Result<Cow<'static, [u8]>> {
        match self {
            Source::Embedded => Self::embedded_dir(path)
                .and_then(|(dir, rest)| dir.get_file(rest))
                .map(|file| Cow::Borrowed(file.contents()))
                .with_context(|| format!("{} is not part of the built-in course", path.display())),
            Source::Dir(root) => {
                no_links(root, path)?;
                let full = root.join(path);
                let mut bytes = Vec::new();
                fs::File::open(&full)
                    .and_then(|file| file.take(MAX_FILE + 1).read_to_end(&mut bytes))
                    .with_context(|| format!("cannot read {}", full.display()))?;
                if bytes.len() as u64 > MAX_FILE {
                    anyhow::bail!(
                        "{} is larger than {} MiB; course files are small text and sources",
                        full.display(),
                        MAX_FILE >> 20
                    );
                }
                Ok(Cow::Owned(bytes))
            }
        }
    }

    pub fn read_to_string(&self, path: &Path) -> Result<String> {
        let bytes = self.read(path)?;
        let text = String::from_utf8(bytes.into_owned())
            .with_context(|| format!("{} is not UTF-8 text", path.display()))?;
        // Some editors start UTF-8 files with a byte-order mark; YAML readers choke on it.
        Ok(match text.strip_prefix('\u{feff}') {
            Some(rest) => rest.to_string(),
            None => text,
        })
    }

    pub fn is_dir(&self, path: &Path) -> bool {
        match self {
            Source::Embedded => Self::embedded_dir(path).is_some_and(|(dir, rest)| {
                rest.as_os_str().is_empty() || dir.get_dir(&rest).is_some()
            }),
            Source::Dir(root) => {
                no_links(root, path).is_ok()
                    && fs::symlink_metadata(root.join(path)).is_ok_and(|m| m.is_dir())
            }
        }
    }

    pub fn is_file(&self, path: &Path) -> bool {
        match self {
            Source::Embedded => {
                Self::embedded_dir(path).is_some_and(|(dir, rest)| dir.get_file(rest).is_some())
            }
            Source::Dir(root) => {
                no_links(root, path).is_ok()
                    && fs::symlink_metadata(root.join(path)).is_ok_and(|m| m.is_file())
            }
        }
    }

    /// Every file under `dir` (recursively), as (path relative to `dir`, contents), sorted.
    /// Symlinks in a course folder are refused: they could point outside the course.
    pub fn files_under(&self, dir: &Path) -> Result<Vec<(PathBuf, Vec<u8>)>> {
        let mut files = Vec::new();
        match self {
            Source::Embedded => {
                let (top, rest) = Self::embedded_dir(dir)
                    .with_context(|| format!("{} is not in the built-in course", dir.display()))?;
                let start = if rest.as_os_str().is_empty() {
                    top
                } else {
                    top.get_dir(&rest).with_context(|| {
                        format!("{} is not in the built-in course", dir.display())
                    })?
                };
                collect_embedded(start, &rest, &mut files);
            }
            Source::Dir(root) => {
                no_links(root, dir)?;
                collect_disk(&root.join(dir), Path::new(""), &mut files)?
            }
        }
        files.sort();
        Ok(files)
    }
}

/// The largest file a course may hold.
pub const MAX_FILE: u64 = 8 << 20;

/// Refuses a path under `root` that goes through a symlink anywhere: a linked folder or file
/// could bring in anything from outside the course.
fn no_links(root: &Path, path: &Path) -> Result<()> {
    let mut at = root.to_path_buf();
    for part in path.components() {
        at.push(part);
        if fs::symlink_metadata(&at).is_ok_and(|m| m.file_type().is_symlink()) {
            anyhow::bail!(
                "{} is a symlink; course folders hold plain files and folders only, so nothing outside the course can be copied into a workspace or printed",
                at.display()
            );
        }
    }
    Ok(())
}

fn collect_embedded(dir: &Dir<'static>, base: &Path, out: &mut Vec<(PathBuf, Vec<u8>)>) {
    for file in dir.files() {
        let rel = file.path().strip_prefix(base).unwrap_or(file.path());
        out.push((rel.to_path_buf(), file.contents().to_vec()));
    }
    for sub in dir.dirs() {
        collect_embedded(sub, base, out);
    }
}

fn collect_disk(dir: &Path, rel: &Path, out: &mut Vec<(PathBuf, Vec<u8>)>) -> Result<()> {
    let entries = fs::read_dir(dir).with_context(|| format!("cannot read {}", dir.display()))?;
    for entry in entries {
        let entry = entry?;
        let kind = entry.file_type()?;
        let rel_path = rel.join(entry.file_name());
        if kind.is_symlink() {
            anyhow::bail!(
                "{} is a symlink; course folders hold plain files only, so nothing outside the course can be copied into a workspace",
                entry.path().display()
            );
        } else if kind.is_dir() {
            collect_disk(&entry.path(), &rel_path, out)?;
        } else {
            let bytes = fs::read(entry.path())
                .with_context(|| format!("cannot read {}", entry.path().display()))?;
            out.push((rel_path, bytes));
        }
    }
    Ok(())
}
