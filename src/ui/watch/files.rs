//! Watching the current exercise's folder (and nothing else) for saves.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use notify::event::{AccessKind, AccessMode, MetadataKind, ModifyKind};
use notify::{Event, EventKind, RecommendedWatcher, RecursiveMode};
use notify_debouncer_full::{DebounceEventResult, Debouncer, RecommendedCache, new_debouncer};
use tokio::sync::mpsc::UnboundedSender;

/// Editors write a file in several steps (truncate, write, close, rename, chmod) within a few
/// milliseconds. The debouncer reports a change once it is this old, together with the others
/// of the same tick, merged per file: a save is reported 20 to 30 ms after it ends, soon
/// enough that the check seems to start on the save.
const QUIET: Duration = Duration::from_millis(20);
/// How often the debouncer reports what has become old enough.
const TICK: Duration = Duration::from_millis(10);

/// What the watcher reports.
#[derive(Debug)]
pub enum Change {
    /// Files in the folder were written, created, renamed or removed, and are quiet since.
    Saved,
    /// The watcher stopped working (e.g. the kernel's event queue overflowed and was lost).
    Failed(String),
}

/// Watches one folder while it lives.
pub struct FileWatcher {
    _debouncer: Debouncer<RecommendedWatcher, RecommendedCache>,
}

impl FileWatcher {
    /// Starts watching `dir` recursively. The error says why, and what to do instead.
    pub fn watch(dir: &Path, tx: UnboundedSender<Change>) -> Result<FileWatcher, String> {
        // A burst of writes that straddles two ticks comes in two reports. The check started on
        // the first report reads the files after every change that came in before it was
        // sent, so the second report only counts for changes that came in since.
        let mut reported: Option<Instant> = None;
        let handler = move |result: DebounceEventResult| {
            let change = match result {
                Ok(events)
                    if events.iter().any(|event| {
                        is_a_save(event) && reported.is_none_or(|at| event.time >= at)
                    }) =>
                {
                    reported = Some(Instant::now());
                    Change::Saved
                }
                Ok(_) => return,
                Err(errors) => Change::Failed(
                    errors
                        .iter()
                        .map(ToString::to_string)
                        .collect::<Vec<_>>()
                        .join("; "),
                ),
            };
            let _ = tx.send(change);
        };
        let mut debouncer =
            new_debouncer(QUIET, Some(TICK), handler).map_err(|err| problem(dir, &err))?;
        debouncer
            .watch(dir, RecursiveMode::Recursive)
            .map_err(|err| problem(dir, &err))?;
        Ok(FileWatcher {
            _debouncer: debouncer,
        })
    }
}

fn problem(dir: &Path, err: &notify::Error) -> String {
    let why = match &err.kind {
        notify::ErrorKind::MaxFilesWatch => {
            "the system's limit of watched files is reached (other programs watch many files; raising fs.inotify.max_user_watches helps)".to_string()
        }
        notify::ErrorKind::PathNotFound => {
            "the folder does not exist (press x to restore the exercise's files)".to_string()
        }
        notify::ErrorKind::Io(io) if io.raw_os_error() == Some(24) => {
            "the system's limit of file watchers is reached (raising fs.inotify.max_user_instances helps)".to_string()
        }
        _ => err.to_string(),
    };
    format!("cannot watch {} for changes: {why}", dir.display())
}

/// Does this event change what a check would see? Reads (ours included: the checks and the
/// build read every file) and editors' scratch files do not.
fn is_a_save(event: &Event) -> bool {
    let kind_counts = match event.kind {
        EventKind::Access(AccessKind::Close(AccessMode::Write)) => true,
        EventKind::Access(_) => false,
        EventKind::Modify(ModifyKind::Metadata(MetadataKind::AccessTime)) => false,
        // `Other` carries the "rescan" flag after a queue overflow: something changed.
        EventKind::Create(_) | EventKind::Modify(_) | EventKind::Remove(_) | EventKind::Other => {
            true
        }
        EventKind::Any => true,
    };
    kind_counts && (event.paths.is_empty() || event.paths.iter().any(|p| !is_editor_scratch(p)))
}

/// Swap, backup and lock files that editors write next to the file being edited.
pub fn is_editor_scratch(path: &Path) -> bool {
    let Some(name) = path.file_name().and_then(|n| n.to_str()) else {
        return false;
    };
    let vim_swap = [".swp", ".swo", ".swn", ".swx"]
        .iter()
        .any(|ext| name.ends_with(ext));
    // Vim checks that it may write in a folder by creating `4913` (then 5036, ...).
    let vim_probe = name.len() >= 4 && name.bytes().all(|b| b.is_ascii_digit());
    let backup = name.ends_with('~') || name.ends_with(".bak") || name.ends_with(".orig");
    let emacs = name.starts_with(".#") || (name.starts_with('#') && name.ends_with('#'));
    let others = name.starts_with(".goutputstream-")
        || name.ends_with("___jb_tmp___")
        || name.ends_with("___jb_old___")
        || name == ".DS_Store";
    let in_git = path.components().any(|c| c.as_os_str() == ".git");
    vim_swap || vim_probe || backup || emacs || others || in_git
}

/// File systems that do not report changes made from elsewhere (network shares, WSL's
/// Windows drives, VM shared folders): the watcher starts, but saves may go unnoticed.
pub fn unreliable_file_system(dir: &Path) -> Option<String> {
    let mounts = std::fs::read_to_string("/proc/self/mounts").ok()?;
    let dir = dir.canonicalize().unwrap_or_else(|_| dir.to_path_buf());
    let fs_type = mount_type(&mounts, &dir)?;
    const UNRELIABLE: &[&str] = &[
        "nfs",
        "nfs4",
        "cifs",
        "smb3",
        "smbfs",
        "9p",
        "drvfs",
        "vboxsf",
        "fuse.sshfs",
        "virtiofs",
        "fuse.rclone",
    ];
    UNRELIABLE.contains(&fs_type.as_str()).then(|| {
        format!(
            "{} is on a {fs_type} file system, which may not report saves",
            dir.display()
        )
    })
}

/// The type of the mount holding `dir`: the longest mount point that is a prefix of it.
fn mount_type(mounts: &str, dir: &Path) -> Option<String> {
    mounts
        .lines()
        .filter_map(|line| {
            let mut fields = line.split_whitespace();
            let _device = fields.next()?;
            let point = PathBuf::from(fields.next()?.replace("\\040", " "));
            let fs_type = fields.next()?;
            dir.starts_with(&point)
                .then(|| (point.as_os_str().len(), fs_type.to_string()))
        })
        .max_by_key(|(len, _)| *len)
        .map(|(_, fs_type)| fs_type)
}

#[cfg(test)]
mod tests {
    use notify::event::{CreateKind, DataChange};

    use super::*;

    fn event(kind: EventKind, path: &str) -> Event {
        Event::new(kind).add_path(PathBuf::from(path))
    }

    #[test]
    fn writes_count_and_reads_do_not() {
        let write = EventKind::Modify(ModifyKind::Data(DataChange::Any));
        assert!(is_a_save(&event(write, "/ws/go/Dockerfile")));
        assert!(is_a_save(&event(
            EventKind::Access(AccessKind::Close(AccessMode::Write)),
            "/ws/go/Dockerfile"
        )));
        assert!(!is_a_save(&event(
            EventKind::Access(AccessKind::Open(AccessMode::Any)),
            "/ws/go/Dockerfile"
        )));
        assert!(!is_a_save(&event(
            EventKind::Access(AccessKind::Close(AccessMode::Read)),
            "/ws/go/main.go"
        )));
        assert!(!is_a_save(&event(
            EventKind::Create(CreateKind::File),
            "/ws/go/.Dockerfile.swp"
        )));
    }

    #[tokio::test]
    async fn a_burst_of_writes_is_one_save_and_reads_are_none() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("Dockerfile");
        std::fs::write(&file, "FROM scratch\n").unwrap();
        let (tx, mut rx) = tokio::sync::mpsc::unbounded_channel();
        let _watcher = FileWatcher::watch(dir.path(), tx).unwrap();

        std::fs::read_to_string(&file).unwrap();
        assert!(
            tokio::time::timeout(Duration::from_millis(300), rx.recv())
                .await
                .is_err(),
            "a read is not a save"
        );

        let wrote = std::time::Instant::now();
        for text in [
            "FROM alpine\n",
            "FROM alpine:3.20\n",
            "FROM alpine:3.20 AS app\n",
        ] {
            std::fs::write(&file, text).unwrap();
        }
        // On a loaded machine the three writes can themselves be further apart than the quiet
        // time, and then they are rightly two bursts: only a burst that was one is judged.
        let one_burst = wrote.elapsed() < QUIET / 2;
        let change = tokio::time::timeout(Duration::from_secs(2), rx.recv())
            .await
            .expect("a save is reported");
        assert!(matches!(change, Some(Change::Saved)), "{change:?}");
        let waited = wrote.elapsed();
        assert!(
            waited >= QUIET,
            "reported after {waited:?}, before the files were quiet"
        );
        let another = tokio::time::timeout(Duration::from_millis(300), rx.recv()).await;
        assert!(!one_burst || another.is_err(), "one burst, one save");

        std::fs::write(dir.path().join(".Dockerfile.swp"), "x").unwrap();
        assert!(
            tokio::time::timeout(Duration::from_millis(300), rx.recv())
                .await
                .is_err(),
            "an editor's swap file is not a save"
        );
    }

    #[test]
    fn knows_editor_scratch_files() {
        for name in [
            ".Dockerfile.swp",
            "Dockerfile~",
            "4913",
            ".#Dockerfile",
            "#Dockerfile#",
        ] {
            assert!(is_editor_scratch(Path::new(name)), "{name}");
        }
        for name in [
            "Dockerfile",
            "main.go",
            ".dockerignore",
            "package.json",
            "app.py",
        ] {
            assert!(!is_editor_scratch(Path::new(name)), "{name}");
        }
        assert!(is_editor_scratch(Path::new("/ws/go/.git/index")));
    }

    #[test]
    fn finds_the_mount_of_a_folder() {
        let mounts = "/dev/sda1 / ext4 rw 0 0\nC:\\134 /mnt/c 9p rw 0 0\nserver:/x /mnt/c/net\\040share nfs4 rw 0 0\n";
        assert_eq!(
            mount_type(mounts, Path::new("/home/me/ws")).as_deref(),
            Some("ext4")
        );
        assert_eq!(
            mount_type(mounts, Path::new("/mnt/c/Users/me")).as_deref(),
            Some("9p")
        );
        assert_eq!(
            mount_type(mounts, Path::new("/mnt/c/net share/ws")).as_deref(),
            Some("nfs4")
        );
    }
}
