//! The build context: the exercise folder as the Docker CLI would send it, filtered by its
//! `.dockerignore` and streamed to the engine as a tar without holding it in memory.
//!
//! The walk follows moby's `TarWithOptions`: entries in name order, an excluded directory is
//! skipped whole unless an exception pattern starts with it, symlinks are sent as symlinks
//! (never followed, so nothing outside the folder is read), a file seen before under another
//! name (a hard link) is sent as a link to that name, and owners are root. Names are bytes:
//! one that is not UTF-8 is sent as it is, like the CLI does.

use std::collections::{BTreeMap, HashMap};
use std::ffi::OsStr;
use std::fs;
use std::io::{self, Write};
use std::os::unix::ffi::OsStrExt;
use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use bytes::Bytes;
use futures_util::Stream;
use tokio::sync::mpsc;
use tokio::task::JoinHandle;

use super::dockerignore::{Dockerignore, IgnoreError, MatchInfo, show};

/// One path the context sends.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// Relative to the context root, `/`-separated; bytes that are not UTF-8 as `\xNN`.
    pub path: String,
    /// The same path as the bytes of the names on disk.
    pub raw: Vec<u8>,
    pub kind: EntryKind,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EntryKind {
    Dir,
    File {
        size: u64,
    },
    Symlink {
        target: PathBuf,
    },
    /// The same file as an entry sent before it (raw path).
    HardLink {
        first: Vec<u8>,
    },
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

    /// The pinned contents of `path`: `None` when it is not pinned, `Some(None)` when pinned
    /// absent.
    pub fn bytes(&self, path: &str) -> Option<Option<&[u8]>> {
        self.files
            .get(&clean_rel(path))
            .map(|c| c.as_ref().map(|c| &c[..]))
    }

    /// The same, with the files `gone` names pinned absent: not sent at all.
    pub fn dropping(&self, gone: impl Fn(&str) -> bool) -> Pinned {
        let mut files = self.files.clone();
        for (path, contents) in files.iter_mut() {
            if gone(path) {
                *contents = None;
            }
        }
        Pinned { files }
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

/// The contents of the context's `.dockerignore` (the pinned one when there is one), read as
/// bytes like the CLI does; `None` when there is none. A folder or an unreadable file named
/// `.dockerignore` is an error, as it is for `docker build`.
pub fn dockerignore_bytes(root: &Path, pinned: &Pinned) -> Result<Option<Vec<u8>>, IgnoreError> {
    if let Some(contents) = pinned.bytes(".dockerignore") {
        return Ok(contents.map(<[u8]>::to_vec));
    }
    let path = root.join(".dockerignore");
    match fs::read(&path) {
        Ok(bytes) => Ok(Some(bytes)),
        Err(err) if err.kind() == io::ErrorKind::NotFound => Ok(None),
        Err(_) if path.is_dir() => Err(IgnoreError::Read(format!(
            "{} is a folder: docker reads .dockerignore as a file of patterns and stops; remove or rename the folder",
            path.display()
        ))),
        Err(err) => Err(IgnoreError::Read(format!(
            "cannot read {}: {err}; make it readable",
            path.display()
        ))),
    }
}

/// The `.dockerignore` rules of a context folder (the pinned `.dockerignore` when there is
/// one), with the Dockerfile and `.dockerignore` always kept, as the CLI does.
pub fn rules(root: &Path, dockerfile: &Path, pinned: &Pinned) -> Result<Dockerignore, IgnoreError> {
    let text = dockerignore_bytes(root, pinned)?;
    Dockerignore::for_context(text.as_deref(), &dockerfile.to_string_lossy())
}

/// Calls `visit` for every entry the context sends, in the order it sends them.
pub fn walk(
    root: &Path,
    ignore: &Dockerignore,
    pinned: &Pinned,
    visit: &mut dyn FnMut(&Entry, Source<'_>) -> io::Result<()>,
) -> io::Result<()> {
    let mut walker = Walker {
        ignore,
        pinned,
        seen: HashMap::new(),
        visit,
    };
    walker.dir(root, b"", None)
}

struct Walker<'a, 'v> {
    ignore: &'a Dockerignore,
    pinned: &'a Pinned,
    /// The first path sent for each (device, inode) with more than one link.
    seen: HashMap<(u64, u64), Vec<u8>>,
    visit: &'v mut dyn FnMut(&Entry, Source<'_>) -> io::Result<()>,
}

impl Walker<'_, '_> {
    fn dir(&mut self, dir: &Path, rel: &[u8], parent: Option<&MatchInfo>) -> io::Result<()> {
        let mut names: Vec<_> = fs::read_dir(dir)
            .map_err(|err| with_path(err, dir))?
            .map(|entry| entry.map(|e| e.file_name()))
            .collect::<io::Result<_>>()
            .map_err(|err| with_path(err, dir))?;
        // A pinned file deleted since it was read is still sent.
        let rel_text = String::from_utf8_lossy(rel);
        for (name, _) in self.pinned.children(&rel_text) {
            if !names.iter().any(|n| n == name) {
                names.push(name.into());
            }
        }
        // Go's WalkDir visits names in byte order.
        names.sort_by(|a, b| a.as_bytes().cmp(b.as_bytes()));
        for name in names {
            let path = dir.join(&name);
            let rel_path = if rel.is_empty() {
                name.as_bytes().to_vec()
            } else {
                [rel, b"/", name.as_bytes()].concat()
            };
            let shown = show(&rel_path);
            if let Some(pinned) = std::str::from_utf8(&rel_path)
                .ok()
                .and_then(|p| self.pinned.files.get(p))
            {
                // Sent as it was read (or not at all), whatever is on disk now.
                let Some(contents) = pinned else { continue };
                let on_disk = fs::symlink_metadata(&path).ok().filter(|m| m.is_file());
                let entry = Entry {
                    path: shown,
                    raw: rel_path,
                    kind: EntryKind::File {
                        size: contents.len() as u64,
                    },
                };
                (self.visit)(
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
            let (excluded, info) = self
                .ignore
                .excludes_in_walk(&rel_path, parent)
                .map_err(|err| io::Error::new(io::ErrorKind::InvalidInput, err.to_string()))?;
            if excluded {
                if is_dir && self.ignore.has_exclusions() && self.ignore.exception_under(&rel_path)
                {
                    // Not sent itself, but an exception may bring back something inside.
                    self.dir(&path, &rel_path, Some(&info))?;
                }
                continue;
            }
            let kind = if is_dir {
                EntryKind::Dir
            } else if !metadata.is_file() && !metadata.file_type().is_symlink() {
                // Sockets, fifos and devices are no use to a build.
                continue;
            } else if let Some(first) = self.first_link(&metadata, &rel_path) {
                EntryKind::HardLink { first }
            } else if metadata.file_type().is_symlink() {
                EntryKind::Symlink {
                    target: fs::read_link(&path).map_err(|err| with_path(err, &path))?,
                }
            } else {
                EntryKind::File {
                    size: metadata.len(),
                }
            };
            (self.visit)(
                &Entry {
                    path: shown,
                    raw: rel_path.clone(),
                    kind,
                },
                Source::Disk {
                    path: &path,
                    metadata: &metadata,
                },
            )?;
            if is_dir {
                self.dir(&path, &rel_path, Some(&info))?;
            }
        }
        Ok(())
    }

    /// For a file with more than one link: the path it was first sent under, if it was.
    fn first_link(&mut self, metadata: &fs::Metadata, rel_path: &[u8]) -> Option<Vec<u8>> {
        if metadata.nlink() < 2 {
            return None;
        }
        let key = (metadata.dev(), metadata.ino());
        if let Some(first) = self.seen.get(&key) {
            return Some(first.clone());
        }
        self.seen.insert(key, rel_path.to_vec());
        None
    }
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
        stats.count(&entry.kind);
        entries.push(entry.clone());
        Ok(())
    })?;
    Ok((entries, stats))
}

impl ContextStats {
    fn count(&mut self, kind: &EntryKind) {
        match kind {
            EntryKind::File { size } => {
                self.files += 1;
                self.bytes += size;
            }
            EntryKind::HardLink { .. } => self.files += 1,
            EntryKind::Dir | EntryKind::Symlink { .. } => {}
        }
    }
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
        header.set_size(0);
        stats.count(&entry.kind);
        let path = Path::new(OsStr::from_bytes(&entry.raw));
        match &entry.kind {
            EntryKind::Dir => {
                header.set_entry_type(tar::EntryType::Directory);
                let mut dir = entry.raw.clone();
                dir.push(b'/');
                tar.append_data(&mut header, OsStr::from_bytes(&dir), io::empty())
            }
            EntryKind::Symlink { target } => {
                header.set_entry_type(tar::EntryType::Symlink);
                tar.append_link(&mut header, path, target)
            }
            EntryKind::HardLink { first } => {
                header.set_entry_type(tar::EntryType::Link);
                tar.append_link(&mut header, path, OsStr::from_bytes(first))
            }
            EntryKind::File { size } => {
                header.set_entry_type(tar::EntryType::Regular);
                header.set_size(*size);
                match source {
                    Source::Memory { contents, .. } => tar.append_data(&mut header, path, contents),
                    Source::Disk { path: on_disk, .. } => {
                        let file =
                            fs::File::open(on_disk).map_err(|err| with_path(err, on_disk))?;
                        // A file that changes while it is sent must not corrupt the archive.
                        let mut reader = SizedReader {
                            inner: file,
                            left: *size,
                        };
                        tar.append_data(&mut header, path, &mut reader)
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

    #[test]
    fn hard_links_stay_hard_links() {
        let dir = tree(&["Dockerfile", "a.txt"]);
        fs::hard_link(dir.path().join("a.txt"), dir.path().join("b.txt")).unwrap();
        let ignore = rules(dir.path(), Path::new("Dockerfile"), &Pinned::default()).unwrap();
        let mut out = Vec::new();
        let stats = write_tar(dir.path(), &ignore, &Pinned::default(), &mut out).unwrap();
        let mut archive = tar::Archive::new(out.as_slice());
        let entries: Vec<_> = archive
            .entries()
            .unwrap()
            .map(|e| {
                let e = e.unwrap();
                let link = e.link_name().unwrap().map(|l| l.display().to_string());
                (
                    e.path().unwrap().display().to_string(),
                    e.header().entry_type(),
                    link,
                )
            })
            .collect();
        assert_eq!(
            entries[1..],
            [
                ("a.txt".to_string(), tar::EntryType::Regular, None),
                (
                    "b.txt".to_string(),
                    tar::EntryType::Link,
                    Some("a.txt".to_string())
                ),
            ]
        );
        // The second name is not counted twice.
        assert_eq!(stats.bytes, ("Dockerfile".len() + "a.txt".len()) as u64);
        // When the first name is excluded, the next one carries the contents.
        fs::write(dir.path().join(".dockerignore"), "a.txt\n").unwrap();
        let ignore = rules(dir.path(), Path::new("Dockerfile"), &Pinned::default()).unwrap();
        let (entries, _) = list(dir.path(), &ignore, &Pinned::default()).unwrap();
        assert_eq!(entries.last().unwrap().kind, EntryKind::File { size: 5 });
    }

    #[test]
    fn names_that_are_not_utf8_are_sent_or_excluded_like_any_other() {
        use std::os::unix::ffi::OsStrExt;
        let dir = tree(&["Dockerfile"]);
        let odd = OsStr::from_bytes(b"bad\xffname");
        fs::write(dir.path().join(odd), "x").unwrap();
        fs::create_dir(dir.path().join(OsStr::from_bytes(b"d\xfe"))).unwrap();
        fs::write(dir.path().join(OsStr::from_bytes(b"d\xfe/f")), "y").unwrap();
        let sent = |text: &[u8]| -> Vec<String> {
            fs::write(dir.path().join(".dockerignore"), text).unwrap();
            let ignore = rules(dir.path(), Path::new("Dockerfile"), &Pinned::default()).unwrap();
            let mut out = Vec::new();
            write_tar(dir.path(), &ignore, &Pinned::default(), &mut out).unwrap();
            let mut archive = tar::Archive::new(out.as_slice());
            archive
                .entries()
                .unwrap()
                .map(|e| show(&e.unwrap().path_bytes()))
                .collect()
        };
        assert_eq!(
            sent(b""),
            [
                ".dockerignore",
                "Dockerfile",
                "bad\\xffname",
                "d\\xfe/",
                "d\\xfe/f"
            ]
        );
        assert_eq!(sent(b"bad*\nd?\n"), [".dockerignore", "Dockerfile"]);
        // A .dockerignore that is not UTF-8 is read, not dropped.
        assert_eq!(
            sent(b"bad\xffname\n\xfe\nd\xfe\n"),
            [".dockerignore", "Dockerfile"]
        );
    }

    #[test]
    fn a_dockerignore_folder_is_an_error_naming_it() {
        let dir = tree(&["Dockerfile", ".dockerignore/x"]);
        let err = rules(dir.path(), Path::new("Dockerfile"), &Pinned::default()).unwrap_err();
        let message = err.to_string();
        assert!(message.contains(".dockerignore is a folder"), "{message}");
        assert!(message.contains("remove or rename"), "{message}");
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
