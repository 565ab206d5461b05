//! The build context: the exercise folder as the Docker CLI would send it, filtered by its
//! `.dockerignore` and streamed to the engine as a tar without holding it in memory.
//!
//! The walk follows moby's `TarWithOptions`: entries in name order, an excluded directory is
//! skipped whole unless an exception pattern starts with it, symlinks are sent as symlinks
//! (never followed, so nothing outside the folder is read), and owners are root.

use std::collections::BTreeMap;
use std::fs;
use std::io::{self, Write};
use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use bytes::Bytes;
use futures_util::Stream;
use tokio::sync::mpsc;
use tokio::task::JoinHandle;

use super::dockerignore::{Dockerignore, MatchInfo, PatternError};

/// One path the context sends.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// Relative to the context root, `/`-separated.
    pub path: String,
    pub kind: EntryKind,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EntryKind {
    Dir,
    File { size: u64 },
    Symlink { target: PathBuf },
}

/// What a context holds, for messages ("sent 1.2kB in 5 files").
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ContextStats {
    pub files: u64,
    pub bytes: u64,
}

/// Files the context sends from memory instead of from disk: the Dockerfile and
/// `.dockerignore` as the checks read them, so a save while a build starts cannot give the
/// engine another version than the one the checks judged.
#[derive(Debug, Clone, Default)]
pub struct Pinned {
    /// By `/`-separated path from the context root. `None`: the file was not there when it was
    /// read, so it is not sent even if it appeared since.
    files: BTreeMap<String, Option<Arc<[u8]>>>,
}

impl Pinned {
    /// `path` is sent with `contents`, or not at all when `contents` is `None`.
    pub fn with(mut self, path: &str, contents: Option<&[u8]>) -> Self {
        self.files.insert(clean_rel(path), contents.map(Arc::from));
        self
    }

    /// The pinned text of `path`: `None` when it is not pinned, `Some(None)` when pinned absent.
    pub fn text(&self, path: &str) -> Option<Option<String>> {
        self.files
            .get(&clean_rel(path))
            .map(|c| c.as_ref().map(|c| String::from_utf8_lossy(c).into_owned()))
    }

    /// Pinned files directly under the folder `rel` (`""` for the root), by name.
    fn children<'a>(&'a self, rel: &'a str) -> impl Iterator<Item = (&'a str, &'a Arc<[u8]>)> {
        self.files.iter().filter_map(move |(path, contents)| {
            let name = match path.rsplit_once('/') {
                Some((dir, name)) if dir == rel => name,
                None if rel.is_empty() => path.as_str(),
                _ => return None,
            };
            contents.as_ref().map(|c| (name, c))
        })
    }
}

fn clean_rel(path: &str) -> String {
    path.replace('\\', "/").trim_start_matches("./").to_string()
}

/// Where the contents of an entry come from.
pub enum Source<'a> {
    Disk {
        path: &'a Path,
        metadata: &'a fs::Metadata,
    },
    /// A pinned file; `mode` and `mtime` are the file's on disk when it is there.
    Memory {
        contents: &'a [u8],
        mode: u32,
        mtime: u64,
    },
}

/// The `.dockerignore` rules of a context folder (the pinned `.dockerignore` when there is
/// one), with the Dockerfile and `.dockerignore` always kept, as the CLI does.
pub fn rules(
    root: &Path,
    dockerfile: &Path,
    pinned: &Pinned,
) -> Result<Dockerignore, PatternError> {
    let text = match pinned.text(".dockerignore") {
        Some(text) => text,
        None => fs::read_to_string(root.join(".dockerignore")).ok(),
    };
    Dockerignore::for_context(text.as_deref(), &dockerfile.to_string_lossy())
}

/// Calls `visit` for every entry the context sends, in the order it sends them.
pub fn walk(
    root: &Path,
    ignore: &Dockerignore,
    pinned: &Pinned,
    visit: &mut dyn FnMut(&Entry, Source<'_>) -> io::Result<()>,
) -> io::Result<()> {
    walk_dir(root, "", None, ignore, pinned, visit)
}

fn walk_dir(
    dir: &Path,
    rel: &str,
    parent: Option<&MatchInfo>,
    ignore: &Dockerignore,
    pinned: &Pinned,
    visit: &mut dyn FnMut(&Entry, Source<'_>) -> io::Result<()>,
) -> io::Result<()> {
    let mut names: Vec<_> = fs::read_dir(dir)
        .map_err(|err| with_path(err, dir))?
        .map(|entry| entry.map(|e| e.file_name()))
        .collect::<io::Result<_>>()
        .map_err(|err| with_path(err, dir))?;
    // A pinned file deleted since it was read is still sent.
    for (name, _) in pinned.children(rel) {
        if !names.iter().any(|n| n == name) {
            names.push(name.into());
        }
    }
    // Go's WalkDir visits names in byte order.
    names.sort_by(|a, b| a.as_encoded_bytes().cmp(b.as_encoded_bytes()));
    for name in names {
        let Some(name) = name.to_str() else {
            return Err(io::Error::new(
                io::ErrorKind::InvalidData,
                format!(
                    "{} has a name that is not UTF-8; rename it or list it in .dockerignore",
                    dir.join(&name).display()
                ),
            ));
        };
        let path = dir.join(name);
        let rel_path = if rel.is_empty() {
            name.to_string()
        } else {
            format!("{rel}/{name}")
        };
        if let Some(pinned) = pinned.files.get(&rel_path) {
            // Sent as it was read (or not at all), whatever is on disk now.
            let Some(contents) = pinned else { continue };
            let on_disk = fs::symlink_metadata(&path).ok().filter(|m| m.is_file());
            let entry = Entry {
                path: rel_path,
                kind: EntryKind::File {
                    size: contents.len() as u64,
                },
            };
            visit(
                &entry,
                Source::Memory {
                    contents,
                    mode: on_disk
                        .as_ref()
                        .map_or(0o644, |m| m.permissions().mode() & 0o7777),
                    mtime: on_disk.as_ref().map_or(0, |m| m.mtime().max(0) as u64),
                },
            )?;
            continue;
        }
        let metadata = fs::symlink_metadata(&path).map_err(|err| with_path(err, &path))?;
        let is_dir = metadata.is_dir();
        let (excluded, info) = ignore.excludes_in_walk(&rel_path, parent);
        if excluded {
            if is_dir && ignore.has_exclusions() && ignore.exception_under(&rel_path) {
                // Not sent itself, but an exception may bring back something inside.
                walk_dir(&path, &rel_path, Some(&info), ignore, pinned, visit)?;
            }
            continue;
        }
        let kind = if is_dir {
            EntryKind::Dir
        } else if metadata.file_type().is_symlink() {
            EntryKind::Symlink {
                target: fs::read_link(&path).map_err(|err| with_path(err, &path))?,
            }
        } else if metadata.is_file() {
            EntryKind::File {
                size: metadata.len(),
            }
        } else {
            // Sockets, fifos and devices are no use to a build.
            continue;
        };
        visit(
            &Entry {
                path: rel_path.clone(),
                kind,
            },
            Source::Disk {
                path: &path,
                metadata: &metadata,
            },
        )?;
        if is_dir {
            walk_dir(&path, &rel_path, Some(&info), ignore, pinned, visit)?;
        }
    }
    Ok(())
}

fn with_path(err: io::Error, path: &Path) -> io::Error {
    let hint = if err.kind() == io::ErrorKind::PermissionDenied {
        "; make it readable, or list it in .dockerignore"
    } else {
        ""
    };
    io::Error::new(err.kind(), format!("{}: {err}{hint}", path.display()))
}

/// Every entry the context sends, with totals (no file is read).
pub fn list(
    root: &Path,
    ignore: &Dockerignore,
    pinned: &Pinned,
) -> io::Result<(Vec<Entry>, ContextStats)> {
    let mut entries = Vec::new();
    let mut stats = ContextStats::default();
    walk(root, ignore, pinned, &mut |entry, _| {
        if let EntryKind::File { size } = entry.kind {
            stats.files += 1;
            stats.bytes += size;
        }
        entries.push(entry.clone());
        Ok(())
    })?;
    Ok((entries, stats))
}

/// Writes the context as a tar to `out`.
pub fn write_tar(
    root: &Path,
    ignore: &Dockerignore,
    pinned: &Pinned,
    out: impl Write,
) -> io::Result<ContextStats> {
    let mut tar = tar::Builder::new(out);
    let mut stats = ContextStats::default();
    walk(root, ignore, pinned, &mut |entry, source| {
        let mut header = tar::Header::new_gnu();
        let (mode, mtime) = match &source {
            Source::Disk { metadata, .. } => (
                metadata.permissions().mode() & 0o7777,
                metadata.mtime().max(0) as u64,
            ),
            Source::Memory { mode, mtime, .. } => (*mode, *mtime),
        };
        header.set_mode(mode);
        header.set_mtime(mtime);
        header.set_uid(0);
        header.set_gid(0);
        match &entry.kind {
            EntryKind::Dir => {
                header.set_entry_type(tar::EntryType::Directory);
                header.set_size(0);
                tar.append_data(&mut header, format!("{}/", entry.path), io::empty())
            }
            EntryKind::Symlink { target } => {
                header.set_entry_type(tar::EntryType::Symlink);
                header.set_size(0);
                tar.append_link(&mut header, &entry.path, target)
            }
            EntryKind::File { size } => {
                header.set_entry_type(tar::EntryType::Regular);
                header.set_size(*size);
                stats.files += 1;
                stats.bytes += size;
                match source {
                    Source::Memory { contents, .. } => {
                        tar.append_data(&mut header, &entry.path, contents)
                    }
                    Source::Disk { path, .. } => {
                        let file = fs::File::open(path).map_err(|err| with_path(err, path))?;
                        // A file that changes while it is sent must not corrupt the archive.
                        let mut reader = SizedReader {
                            inner: file,
                            left: *size,
                        };
                        tar.append_data(&mut header, &entry.path, &mut reader)
                    }
                }
            }
        }
    })?;
    tar.into_inner()?.flush()?;
    Ok(stats)
}

/// Reads exactly `left` bytes: zero-padded if the file shrank, cut if it grew.
struct SizedReader<R> {
    inner: R,
    left: u64,
}

impl<R: io::Read> io::Read for SizedReader<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if self.left == 0 {
            return Ok(0);
        }
        let want = buf.len().min(self.left as usize);
        let mut got = self.inner.read(&mut buf[..want])?;
        if got == 0 {
            buf[..want].fill(0);
            got = want;
        }
        self.left -= got as u64;
        Ok(got)
    }
}

/// Size of the chunks sent to the engine, and how many may wait in the channel: the memory a
/// context of any size takes while it streams.
const CHUNK: usize = 256 * 1024;
const CHUNKS_IN_FLIGHT: usize = 8;

/// A tar of the context as a byte stream for the request body. A blocking task walks and
/// reads the files; the stream ends with an error if that fails, and the task stops when the
/// stream is dropped. The task's result has the totals.
pub fn stream(
    root: PathBuf,
    ignore: Dockerignore,
    pinned: Pinned,
) -> (
    impl Stream<Item = Result<Bytes, io::Error>> + Send + 'static,
    JoinHandle<io::Result<ContextStats>>,
) {
    let (tx, rx) = mpsc::channel::<io::Result<Bytes>>(CHUNKS_IN_FLIGHT);
    let task = tokio::task::spawn_blocking(move || {
        let mut writer = ChannelWriter {
            tx: tx.clone(),
            buf: Vec::with_capacity(CHUNK),
        };
        let result = write_tar(&root, &ignore, &pinned, &mut writer).and_then(|stats| {
            writer.send_buffer()?;
            Ok(stats)
        });
        if let Err(err) = &result {
            let _ = tx.blocking_send(Err(io::Error::new(err.kind(), err.to_string())));
        }
        result
    });
    let body = futures_util::stream::unfold(rx, |mut rx| async move {
        rx.recv().await.map(|item| (item, rx))
    });
    (body, task)
}

struct ChannelWriter {
    tx: mpsc::Sender<io::Result<Bytes>>,
    buf: Vec<u8>,
}

impl ChannelWriter {
    fn send_buffer(&mut self) -> io::Result<()> {
        if self.buf.is_empty() {
            return Ok(());
        }
        let chunk = Bytes::from(std::mem::replace(&mut self.buf, Vec::with_capacity(CHUNK)));
        self.tx.blocking_send(Ok(chunk)).map_err(|_| {
            io::Error::new(
                io::ErrorKind::BrokenPipe,
                "the engine stopped reading the build context",
            )
        })
    }
}

impl Write for ChannelWriter {
    fn write(&mut self, data: &[u8]) -> io::Result<usize> {
        let room = CHUNK - self.buf.len();
        let taken = data.len().min(room);
        self.buf.extend_from_slice(&data[..taken]);
        if self.buf.len() == CHUNK {
            self.send_buffer()?;
        }
        Ok(taken)
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tree(files: &[&str]) -> tempfile::TempDir {
        let dir = tempfile::tempdir().unwrap();
        for file in files {
            let path = dir.path().join(file);
            if let Some(stripped) = file.strip_suffix('/') {
                fs::create_dir_all(dir.path().join(stripped)).unwrap();
            } else {
                fs::create_dir_all(path.parent().unwrap()).unwrap();
                fs::write(&path, file.as_bytes()).unwrap();
            }
        }
        dir
    }

    fn sent(dir: &Path, dockerignore: &str) -> Vec<String> {
        fs::write(dir.join(".dockerignore"), dockerignore).unwrap();
        let ignore = rules(dir, Path::new("Dockerfile"), &Pinned::default()).unwrap();
        list(dir, &ignore, &Pinned::default())
            .unwrap()
            .0
            .into_iter()
            .map(|e| e.path)
            .collect()
    }

    #[test]
    fn excluded_directories_are_skipped_unless_an_exception_names_them() {
        let dir = tree(&[
            "Dockerfile",
            "docs/a.md",
            "docs/keep.md",
            "src/main.go",
            "src/x.md",
        ]);
        assert_eq!(
            sent(dir.path(), "docs\n*.md\n"),
            vec![
                ".dockerignore",
                "Dockerfile",
                "src",
                "src/main.go",
                "src/x.md"
            ]
        );
        assert_eq!(
            sent(dir.path(), "docs\n!docs/keep.md\n"),
            vec![
                ".dockerignore",
                "Dockerfile",
                "docs/keep.md",
                "src",
                "src/main.go",
                "src/x.md"
            ]
        );
        // An exception that does not start with the directory cannot bring files back.
        assert_eq!(
            sent(dir.path(), "docs\n!**/keep.md\n"),
            vec![
                ".dockerignore",
                "Dockerfile",
                "src",
                "src/main.go",
                "src/x.md"
            ]
        );
    }

    #[test]
    fn symlinks_are_sent_as_links_and_never_followed() {
        let outside = tree(&["secret.txt"]);
        fs::write(outside.path().join("secret.txt"), "TOP SECRET CONTENTS").unwrap();
        let dir = tree(&["Dockerfile"]);
        std::os::unix::fs::symlink(outside.path(), dir.path().join("link")).unwrap();
        std::os::unix::fs::symlink(outside.path().join("secret.txt"), dir.path().join("file"))
            .unwrap();
        let mut out = Vec::new();
        let ignore = rules(dir.path(), Path::new("Dockerfile"), &Pinned::default()).unwrap();
        write_tar(dir.path(), &ignore, &Pinned::default(), &mut out).unwrap();
        let mut archive = tar::Archive::new(out.as_slice());
        let mut names = Vec::new();
        for entry in archive.entries().unwrap() {
            let entry = entry.unwrap();
            names.push((
                entry.path().unwrap().display().to_string(),
                entry.header().entry_type(),
            ));
        }
        assert_eq!(
            names,
            vec![
                ("Dockerfile".to_string(), tar::EntryType::Regular),
                ("file".to_string(), tar::EntryType::Symlink),
                ("link".to_string(), tar::EntryType::Symlink),
            ]
        );
        assert!(!String::from_utf8_lossy(&out).contains("TOP SECRET CONTENTS"));
    }

    fn tar_files(tar: &[u8]) -> Vec<(String, String)> {
        let mut archive = tar::Archive::new(tar);
        let mut files = Vec::new();
        for entry in archive.entries().unwrap() {
            let mut entry = entry.unwrap();
            let mut text = String::new();
            io::Read::read_to_string(&mut entry, &mut text).unwrap();
            files.push((entry.path().unwrap().display().to_string(), text));
        }
        files
    }

    #[test]
    fn pinned_files_are_sent_as_read_whatever_is_on_disk_now() {
        let dir = tree(&["Dockerfile", "app.go"]);
        let pinned = Pinned::default()
            .with("Dockerfile", Some(b"FROM alpine:3.20\n"))
            .with(".dockerignore", None);
        // Saved after the pinned versions were read: neither may reach the engine.
        fs::write(dir.path().join("Dockerfile"), "FROM nope\n").unwrap();
        fs::write(dir.path().join(".dockerignore"), "*.go\n").unwrap();
        let ignore = rules(dir.path(), Path::new("Dockerfile"), &pinned).unwrap();
        let mut out = Vec::new();
        write_tar(dir.path(), &ignore, &pinned, &mut out).unwrap();
        assert_eq!(
            tar_files(&out),
            vec![
                ("Dockerfile".to_string(), "FROM alpine:3.20\n".to_string()),
                ("app.go".to_string(), "app.go".to_string()),
            ]
        );
        // Deleted since it was read: still sent.
        fs::remove_file(dir.path().join("Dockerfile")).unwrap();
        let mut out = Vec::new();
        write_tar(dir.path(), &ignore, &pinned, &mut out).unwrap();
        assert_eq!(tar_files(&out)[0].1, "FROM alpine:3.20\n");
    }

    #[tokio::test]
    async fn streams_the_same_bytes_it_would_write() {
        use futures_util::StreamExt;
        let dir = tree(&["Dockerfile", "a/b/c.txt", "big/"]);
        fs::write(dir.path().join("big/blob"), vec![7u8; 3 * CHUNK + 17]).unwrap();
        let ignore = rules(dir.path(), Path::new("Dockerfile"), &Pinned::default()).unwrap();
        let mut expected = Vec::new();
        write_tar(dir.path(), &ignore, &Pinned::default(), &mut expected).unwrap();
        let (body, task) = stream(dir.path().to_path_buf(), ignore, Pinned::default());
        let chunks: Vec<_> = body.collect().await;
        let streamed: Vec<u8> = chunks
            .into_iter()
            .flat_map(|c| c.unwrap().to_vec())
            .collect();
        assert_eq!(streamed, expected);
        let stats = task.await.unwrap().unwrap();
        assert_eq!(stats.files, 3);
    }
}
