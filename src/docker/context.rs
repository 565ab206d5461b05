//! The build context: the exercise folder as the Docker CLI would send it, filtered by its
//! `.dockerignore` and streamed to the engine as a tar without holding it in memory.
//!
//! The walk follows moby's `TarWithOptions`: entries in name order, an excluded directory is
//! skipped whole unless an exception pattern starts with it, symlinks are sent as symlinks
//! (never followed, so nothing outside the folder is read), and owners are root.

use std::fs;
use std::io::{self, Write};
use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::path::{Path, PathBuf};

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

/// The `.dockerignore` of a context folder, with the Dockerfile and `.dockerignore` always
/// kept, as the CLI does.
pub fn ignore_rules(root: &Path, dockerfile: &Path) -> Result<Dockerignore, PatternError> {
    let text = fs::read_to_string(root.join(".dockerignore")).ok();
    Dockerignore::for_context(text.as_deref(), &dockerfile.to_string_lossy())
}

/// Calls `visit` for every entry the context sends, in the order it sends them.
pub fn walk(
    root: &Path,
    ignore: &Dockerignore,
    visit: &mut dyn FnMut(&Entry, &Path, &fs::Metadata) -> io::Result<()>,
) -> io::Result<()> {
    walk_dir(root, "", None, ignore, visit)
}

fn walk_dir(
    dir: &Path,
    rel: &str,
    parent: Option<&MatchInfo>,
    ignore: &Dockerignore,
    visit: &mut dyn FnMut(&Entry, &Path, &fs::Metadata) -> io::Result<()>,
) -> io::Result<()> {
    let mut names: Vec<_> = fs::read_dir(dir)
        .map_err(|err| with_path(err, dir))?
        .map(|entry| entry.map(|e| e.file_name()))
        .collect::<io::Result<_>>()
        .map_err(|err| with_path(err, dir))?;
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
        let metadata = fs::symlink_metadata(&path).map_err(|err| with_path(err, &path))?;
        let is_dir = metadata.is_dir();
        let (excluded, info) = ignore.excludes_in_walk(&rel_path, parent);
        if excluded {
            if is_dir && ignore.has_exclusions() && ignore.exception_under(&rel_path) {
                // Not sent itself, but an exception may bring back something inside.
                walk_dir(&path, &rel_path, Some(&info), ignore, visit)?;
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
            &path,
            &metadata,
        )?;
        if is_dir {
            walk_dir(&path, &rel_path, Some(&info), ignore, visit)?;
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
pub fn list(root: &Path, ignore: &Dockerignore) -> io::Result<(Vec<Entry>, ContextStats)> {
    let mut entries = Vec::new();
    let mut stats = ContextStats::default();
    walk(root, ignore, &mut |entry, _, _| {
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
pub fn write_tar(root: &Path, ignore: &Dockerignore, out: impl Write) -> io::Result<ContextStats> {
    let mut tar = tar::Builder::new(out);
    let mut stats = ContextStats::default();
    walk(root, ignore, &mut |entry, path, metadata| {
        let mut header = tar::Header::new_gnu();
        header.set_mode(metadata.permissions().mode() & 0o7777);
        header.set_mtime(metadata.mtime().max(0) as u64);
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
                let file = fs::File::open(path).map_err(|err| with_path(err, path))?;
                // A file that changes while it is sent must not corrupt the archive.
                let mut reader = SizedReader {
                    inner: file,
                    left: *size,
                };
                stats.files += 1;
                stats.bytes += size;
                tar.append_data(&mut header, &entry.path, &mut reader)
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
        let result = write_tar(&root, &ignore, &mut writer).and_then(|stats| {
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
        let ignore = ignore_rules(dir, Path::new("Dockerfile")).unwrap();
        list(dir, &ignore)
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
        let ignore = ignore_rules(dir.path(), Path::new("Dockerfile")).unwrap();
        write_tar(dir.path(), &ignore, &mut out).unwrap();
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

    #[tokio::test]
    async fn streams_the_same_bytes_it_would_write() {
        use futures_util::StreamExt;
        let dir = tree(&["Dockerfile", "a/b/c.txt", "big/"]);
        fs::write(dir.path().join("big/blob"), vec![7u8; 3 * CHUNK + 17]).unwrap();
        let ignore = ignore_rules(dir.path(), Path::new("Dockerfile")).unwrap();
        let mut expected = Vec::new();
        write_tar(dir.path(), &ignore, &mut expected).unwrap();
        let (body, task) = stream(dir.path().to_path_buf(), ignore);
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
