//! The files under `.dockerlings`. Every change happens under one advisory lock; every file is
//! written whole to a temp file in the same folder, flushed, renamed into place, and the rename
//! flushed too, so a process killed at any moment leaves the old or the new file, never a mix.
//! The progress is written twice, to the state file and to a last-good copy, so a state file
//! damaged from outside (a hand edit, a sync tool, a full disk) is restored from the copy.
//! Temp files of killed processes are swept by the next process that takes the lock: only
//! lock holders make them, so any found then is stale.

use std::fs::{self, File, OpenOptions};
use std::io::{self, Read as _, Write};
use std::os::unix::fs::OpenOptionsExt;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use anyhow::{Context, Result, bail};
use rustix::fs::{FlockOperation, OFlags, flock};

use super::state::{STATE_VERSION, State, Unusable};

pub const STATE_FILE: &str = "state.json";
pub const LAST_GOOD_FILE: &str = "state.last-good.json";
pub const BACKUP_DIR: &str = "backups";
pub const LOCK_FILE: &str = "lock";
/// Temp files are `.<name>-<random>.tmp`; temp folders of a reset are `backups/.reset-<random>`.
pub const TEMP_SUFFIX: &str = ".tmp";
pub const RESET_PREFIX: &str = ".reset-";
/// A state file is a few KB; anything far larger is not one, and is not read whole.
const MAX_STATE_BYTES: u64 = 1 << 20;
/// A lock is held for milliseconds; one held this long belongs to a stopped or hung process.
const LOCK_PATIENCE: Duration = Duration::from_secs(20);

/// Held while a process changes anything under `.dockerlings`; released when dropped, and by
/// the kernel when the process dies, however it dies.
pub struct Lock {
    _file: File,
}

pub fn lock(meta: &Path) -> Result<Lock> {
    lock_file(&meta.join(LOCK_FILE))
}

/// Takes the advisory lock on the file at `path` (made if missing), waiting for its holder.
pub fn lock_file(path: &Path) -> Result<Lock> {
    let path = path.to_path_buf();
    let file = OpenOptions::new()
        .read(true)
        .write(true)
        .create(true)
        .truncate(false)
        .custom_flags(OFlags::NOFOLLOW.bits() as i32)
        .open(&path)
        .with_context(|| {
            format!(
                "cannot open the lock file {}; if it is a link, delete it (dockerlings makes a new one)",
                path.display()
            )
        })?;
    let started = Instant::now();
    let mut pause = Duration::from_millis(1);
    loop {
        match flock(&file, FlockOperation::NonBlockingLockExclusive) {
            Ok(()) => return Ok(Lock { _file: file }),
            Err(rustix::io::Errno::WOULDBLOCK) | Err(rustix::io::Errno::INTR) => {}
            Err(err) => {
                return Err(io::Error::from(err))
                    .with_context(|| format!("cannot lock {}", path.display()));
            }
        }
        if started.elapsed() > LOCK_PATIENCE {
            bail!(
                "another dockerlings process has held {} for {} s (is one stopped with Ctrl-Z?); resume or end it, then try again",
                path.display(),
                LOCK_PATIENCE.as_secs()
            );
        }
        std::thread::sleep(pause);
        pause = (pause * 2).min(Duration::from_millis(20));
    }
}

/// Replaces `path` with `bytes`, atomically and durably. Call with the lock held.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<()> {
    let dir = parent(path);
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("file");
    let mut temp = tempfile::Builder::new()
        .prefix(&format!(".{name}-"))
        .suffix(TEMP_SUFFIX)
        .tempfile_in(dir)
        .with_context(|| format!("cannot write in {}", dir.display()))?;
    temp.write_all(bytes)
        .and_then(|()| temp.as_file().sync_all())
        .with_context(|| format!("cannot write {}", temp.path().display()))?;
    // On failure the temp file is deleted as `temp` drops.
    temp.persist(path)
        .with_context(|| format!("cannot save {}", path.display()))?;
    sync_dir(dir);
    Ok(())
}

/// Flushes a folder's entries (a rename in it) to disk; a power cut could undo them otherwise.
pub fn sync_dir(dir: &Path) {
    if let Ok(dir) = File::open(dir) {
        let _ = dir.sync_all();
    }
}

fn parent(path: &Path) -> &Path {
    match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    }
}

/// What a progress file holds.
pub enum Read {
    Good(State),
    /// Missing or damaged, and why.
    Bad(String),
}

/// Reads one progress file. A file written by a newer dockerlings is an error: it must be
/// neither used nor replaced.
pub fn read_state(path: &Path) -> Result<Read> {
    let bytes = match read_regular(path) {
        Ok(bytes) => bytes,
        Err(err) if err.kind() == io::ErrorKind::NotFound => {
            return Ok(Read::Bad("it is missing".into()));
        }
        Err(err) if err.kind() == io::ErrorKind::InvalidData => {
            return Ok(Read::Bad(err.to_string()));
        }
        Err(err) => {
            return Err(err)
                .with_context(|| format!("cannot read the progress file {}", path.display()));
        }
    };
    match State::parse(&bytes) {
        Ok(state) => Ok(Read::Good(state)),
        Err(Unusable::Damaged(why)) => Ok(Read::Bad(why)),
        Err(Unusable::Newer(version)) => bail!(
            "the progress file {} was written by a newer dockerlings (state version {version}; this one reads version {STATE_VERSION}); it is left untouched: update dockerlings",
            path.display()
        ),
    }
}

/// A regular file's bytes, at most `MAX_STATE_BYTES`; a link or anything else is `InvalidData`.
fn read_regular(path: &Path) -> io::Result<Vec<u8>> {
    let mut file = OpenOptions::new()
        .read(true)
        .custom_flags((OFlags::NOFOLLOW | OFlags::NONBLOCK).bits() as i32)
        .open(path)
        .map_err(|err| {
            if err.raw_os_error() == Some(rustix::io::Errno::LOOP.raw_os_error()) {
                io::Error::new(io::ErrorKind::InvalidData, "it is a symbolic link")
            } else {
                err
            }
        })?;
    if !file.metadata()?.is_file() {
        return Err(io::Error::new(
            io::ErrorKind::InvalidData,
            "it is not a regular file",
        ));
    }
    let mut bytes = Vec::new();
    (&mut file)
        .take(MAX_STATE_BYTES + 1)
        .read_to_end(&mut bytes)?;
    if bytes.len() as u64 > MAX_STATE_BYTES {
        return Err(io::Error::new(
            io::ErrorKind::InvalidData,
            format!("it is larger than {MAX_STATE_BYTES} bytes"),
        ));
    }
    Ok(bytes)
}

/// Writes the progress, then its last-good copy. Call with the lock held.
pub fn write_state(meta: &Path, state: &State) -> Result<()> {
    let json = state.to_json();
    write_atomic(&meta.join(STATE_FILE), &json)?;
    write_atomic(&meta.join(LAST_GOOD_FILE), &json)
}

/// Is the last-good copy the same as the state file? A process killed between the two writes
/// leaves it one save behind.
pub fn copy_matches(meta: &Path) -> bool {
    match (
        read_regular(&meta.join(STATE_FILE)),
        read_regular(&meta.join(LAST_GOOD_FILE)),
    ) {
        (Ok(state), Ok(copy)) => state == copy,
        _ => false,
    }
}

/// Brings the last-good copy up to `state`, the state file's contents. Call with the lock held.
pub fn refresh_copy(meta: &Path, state: &State) -> Result<()> {
    let copy = meta.join(LAST_GOOD_FILE);
    match read_state(&copy) {
        Ok(Read::Good(held)) if held == *state => Ok(()),
        _ => write_atomic(&copy, &state.to_json()),
    }
}

/// The progress on disk, restored from the last-good copy if the state file is missing or
/// damaged (the damaged file is kept beside it). `Ok(None)` when both are unusable; the
/// second value says what was restored. Call with the lock held.
pub fn load(meta: &Path) -> Result<(Option<State>, Option<String>)> {
    let path = meta.join(STATE_FILE);
    let why = match read_state(&path)? {
        Read::Good(state) => return Ok((Some(state), None)),
        Read::Bad(why) => why,
    };
    let copy = meta.join(LAST_GOOD_FILE);
    let Read::Good(state) = read_state(&copy)? else {
        return Ok((None, None));
    };
    let kept = if fs::symlink_metadata(&path).is_ok() {
        let kept = unused(&path, "damaged");
        fs::rename(&path, &kept)
            .with_context(|| format!("cannot move the damaged {} aside", path.display()))?;
        Some(kept)
    } else {
        None
    };
    write_atomic(&path, &state.to_json())?;
    let mut notice = format!(
        "The progress file {} was unusable ({why}); restored it from {}: {} exercise(s) passed, current `{}`.",
        path.display(),
        copy.display(),
        state.done.len(),
        state.current
    );
    if let Some(kept) = kept {
        notice.push_str(&format!(
            " The unusable file is kept as {}.",
            kept.display()
        ));
    }
    Ok((Some(state), Some(notice)))
}

/// The error when neither the state file nor its copy can be used.
pub fn both_unusable(meta: &Path) -> anyhow::Error {
    let path = meta.join(STATE_FILE);
    let why = |p: &Path| match read_state(p) {
        Ok(Read::Bad(why)) => why,
        Ok(Read::Good(_)) => "it is fine now".into(),
        Err(err) => format!("{err:#}"),
    };
    anyhow::anyhow!(
        "the progress file {} is unusable ({}) and so is its copy {} ({}); your exercise folders are untouched. Fix the JSON by hand (fields: version, workspace_id, current, done, hints_shown), or make a new workspace with `dockerlings init NEW_PATH` and copy your exercise folders into it",
        path.display(),
        why(&path),
        meta.join(LAST_GOOD_FILE).display(),
        why(&meta.join(LAST_GOOD_FILE))
    )
}

/// `<path>.<what>-<unix seconds>`, with a counter when taken.
pub fn unused(path: &Path, what: &str) -> PathBuf {
    let stamp = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap_or_default()
        .as_secs();
    let base = path.as_os_str().to_string_lossy();
    let mut candidate = PathBuf::from(format!("{base}.{what}-{stamp}"));
    let mut n = 1;
    while fs::symlink_metadata(&candidate).is_ok() {
        n += 1;
        candidate = PathBuf::from(format!("{base}.{what}-{stamp}-{n}"));
    }
    candidate
}

fn is_temp_file(name: &str) -> bool {
    name.starts_with('.') && name.ends_with(TEMP_SUFFIX)
}

/// Stale temp files and folders under `meta`. Without the lock, a live writer's may be listed.
pub fn leftovers(meta: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    let names = |dir: &Path| -> Vec<(PathBuf, String)> {
        fs::read_dir(dir)
            .into_iter()
            .flatten()
            .flatten()
            .filter_map(|e| Some((e.path(), e.file_name().into_string().ok()?)))
            .collect()
    };
    for (path, name) in names(meta) {
        if is_temp_file(&name) {
            found.push(path);
        }
    }
    for (path, name) in names(&meta.join(BACKUP_DIR)) {
        if name.starts_with(RESET_PREFIX) {
            found.push(path);
        }
    }
    found
}

/// Removes what killed processes left. Call with the lock held, after an interrupted reset
/// is finished (it owns one of the temp folders).
pub fn sweep(meta: &Path) -> Result<usize> {
    let found = leftovers(meta);
    for path in &found {
        let removed = match fs::symlink_metadata(path) {
            Ok(meta) if meta.is_dir() => fs::remove_dir_all(path),
            Ok(_) => fs::remove_file(path),
            Err(_) => Ok(()),
        };
        removed.with_context(|| format!("cannot remove the leftover {}", path.display()))?;
    }
    Ok(found.len())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::{BTreeMap, BTreeSet};

    fn sample() -> State {
        State {
            version: STATE_VERSION,
            workspace_id: "abc123".into(),
            course: None,
            current: "go-single".into(),
            done: BTreeSet::from(["intro".to_string()]),
            hints_shown: BTreeMap::from([("go-single".to_string(), 2)]),
            solution_before_pass: Default::default(),
        }
    }

    #[test]
    fn writes_leave_only_the_state_and_its_copy() {
        let dir = tempfile::tempdir().unwrap();
        write_state(dir.path(), &sample()).unwrap();
        let mut names: Vec<_> = fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().into_string().unwrap())
            .collect();
        names.sort();
        assert_eq!(names, [STATE_FILE, LAST_GOOD_FILE]);
        let (state, notice) = load(dir.path()).unwrap();
        assert_eq!(state.unwrap(), sample());
        assert!(notice.is_none());
    }

    #[test]
    fn a_truncated_state_file_is_restored_from_the_copy() {
        let dir = tempfile::tempdir().unwrap();
        write_state(dir.path(), &sample()).unwrap();
        let path = dir.path().join(STATE_FILE);
        let json = fs::read(&path).unwrap();
        fs::write(&path, &json[..json.len() / 2]).unwrap();
        let (state, notice) = load(dir.path()).unwrap();
        assert_eq!(state.unwrap(), sample());
        let notice = notice.unwrap();
        assert!(notice.contains(&path.display().to_string()), "{notice}");
        assert!(notice.contains("1 exercise(s) passed"), "{notice}");
        assert!(notice.contains("damaged-"), "{notice}");
        assert_eq!(read_state(&path).unwrap().good(), Some(sample()));
    }

    #[test]
    fn a_newer_state_file_is_refused_and_left_as_it_is() {
        let dir = tempfile::tempdir().unwrap();
        write_state(dir.path(), &sample()).unwrap();
        let path = dir.path().join(STATE_FILE);
        let newer = r#"{"version": 9, "workspace_id": "x", "current": "a"}"#;
        fs::write(&path, newer).unwrap();
        let err = format!("{:#}", load(dir.path()).unwrap_err());
        assert!(err.contains("newer dockerlings"), "{err}");
        assert!(err.contains(&path.display().to_string()), "{err}");
        assert_eq!(fs::read_to_string(&path).unwrap(), newer);
    }

    #[test]
    fn a_link_or_a_huge_file_is_not_read_as_progress() {
        let dir = tempfile::tempdir().unwrap();
        let outside = dir.path().join("outside.json");
        fs::write(&outside, sample().to_json()).unwrap();
        let meta = dir.path().join("meta");
        fs::create_dir(&meta).unwrap();
        std::os::unix::fs::symlink(&outside, meta.join(STATE_FILE)).unwrap();
        assert!(
            matches!(read_state(&meta.join(STATE_FILE)).unwrap(), Read::Bad(why) if why.contains("link"))
        );
        fs::write(meta.join(LAST_GOOD_FILE), vec![b' '; 2 << 20]).unwrap();
        assert!(
            matches!(read_state(&meta.join(LAST_GOOD_FILE)).unwrap(), Read::Bad(why) if why.contains("larger"))
        );
        assert!(format!("{}", both_unusable(&meta)).contains("link"));
    }

    #[test]
    fn the_sweep_removes_temp_files_and_reset_folders_only() {
        let dir = tempfile::tempdir().unwrap();
        let meta = dir.path();
        write_state(meta, &sample()).unwrap();
        fs::write(meta.join(".state.json-x1.tmp"), "{").unwrap();
        fs::create_dir_all(meta.join(BACKUP_DIR).join(".reset-abc/sub")).unwrap();
        fs::create_dir_all(meta.join(BACKUP_DIR).join("one-123")).unwrap();
        assert_eq!(leftovers(meta).len(), 2);
        assert_eq!(sweep(meta).unwrap(), 2);
        assert!(leftovers(meta).is_empty());
        assert!(meta.join(BACKUP_DIR).join("one-123").is_dir());
        assert!(meta.join(STATE_FILE).is_file());
    }

    #[test]
    fn a_second_lock_waits_for_the_first() {
        let dir = tempfile::tempdir().unwrap();
        let meta = dir.path().to_path_buf();
        let first = lock(&meta).unwrap();
        let (tx, rx) = std::sync::mpsc::channel();
        let waiter = std::thread::spawn(move || {
            let _second = lock(&meta).unwrap();
            tx.send(()).unwrap();
        });
        assert!(rx.recv_timeout(Duration::from_millis(200)).is_err());
        drop(first);
        rx.recv_timeout(Duration::from_secs(5)).unwrap();
        waiter.join().unwrap();
    }

    impl Read {
        fn good(self) -> Option<State> {
            match self {
                Read::Good(state) => Some(state),
                Read::Bad(_) => None,
            }
        }
    }
}
