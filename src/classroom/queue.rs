//! The learner's events not yet acknowledged by the class server, on disk, so that bad Wi-Fi,
//! a server restart or a killed dockerlings loses none of them.
//!
//! Under `.dockerlings/classroom/`: `queue-<generation>.jsonl` holds one event per line, only
//! ever appended to; `cursor.json` (replaced whole) names that file and how many of its bytes
//! were acknowledged. Every change happens under `lock`, which several dockerlings processes
//! of one workspace share. A process killed halfway through an append leaves a torn last
//! line: the next append starts on a new line, and readers drop the torn one. Once everything
//! is acknowledged, or much of the file is, the rest moves to a new generation file: the
//! cursor switches to it in one atomic write, so a crash in between leaves the old file and
//! its offset, never an offset into the wrong file. The queue holds at most `cap` events; the
//! oldest go first, and are counted.

use std::collections::{BTreeMap, BTreeSet};
use std::fs::{self, File, OpenOptions};
use std::hash::{BuildHasher, Hasher};
use std::io::{BufRead, BufReader, Read, Seek, SeekFrom, Write};
use std::os::unix::fs::{FileExt, OpenOptionsExt};
use std::path::{Path, PathBuf};
use std::time::{SystemTime, UNIX_EPOCH};

use anyhow::{Context, Result};
use serde::{Deserialize, Serialize};

use super::protocol::Event;
use crate::workspace::{self, Lock};

pub const CURSOR_FILE: &str = "cursor.json";
pub const LOCK_FILE: &str = "lock";
/// Events kept while the server is unreachable; a day of a busy learner is a few hundred.
pub const DEFAULT_CAP: usize = 10_000;
/// No event's line is shorter: `{"id":"…","at_ms":…,"exercise":"…","kind":"started"}`.
const MIN_LINE: u64 = 48;
/// Acknowledged bytes kept before the rest moves to a new file.
const COMPACT_AFTER: u64 = 256 * 1024;
/// Files this queue makes are for this user only: they sit beside the learner's token.
const PRIVATE: u32 = 0o600;

/// What the queue remembers besides its events: for the learner side to decide what to send,
/// in the same locked step as the append.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Notes {
    /// When each exercise was started (ms since the Unix epoch), for the time a pass took.
    #[serde(default)]
    pub started: BTreeMap<String, u64>,
    /// Exercises whose pass was queued: a pass is sent once, however often it is checked.
    #[serde(default)]
    pub passed: BTreeSet<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
struct Cursor {
    /// The file events are appended to, `queue-<generation>.jsonl`; empty before the first.
    #[serde(default)]
    file: String,
    /// Bytes of `file` acknowledged by the server (or dropped).
    #[serde(default)]
    offset: u64,
    /// Events dropped: the oldest when the queue was full, and unreadable lines.
    #[serde(default)]
    dropped: u64,
    #[serde(default)]
    last_sent_ms: Option<u64>,
    /// Why the last send failed, until one succeeds.
    #[serde(default)]
    last_error: Option<String>,
    #[serde(default)]
    notes: Notes,
}

/// Events read for sending, and the bytes they came from.
#[derive(Debug, Clone)]
pub struct Batch {
    pub events: Vec<Event>,
    file: String,
    end: u64,
    /// Unreadable lines passed over (a torn line of a killed process).
    skipped: u64,
}

impl Batch {
    /// Nothing to send and nothing to pass over.
    pub fn is_empty(&self) -> bool {
        self.events.is_empty() && self.skipped == 0
    }
}

/// What `status` reports.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QueueStatus {
    pub queued: u64,
    pub dropped: u64,
    pub last_sent_ms: Option<u64>,
    pub last_error: Option<String>,
}

pub struct Queue {
    dir: PathBuf,
    cap: usize,
}

impl Queue {
    pub fn new(dir: &Path) -> Queue {
        Queue::with_cap(dir, DEFAULT_CAP)
    }

    pub fn with_cap(dir: &Path, cap: usize) -> Queue {
        Queue {
            dir: dir.to_path_buf(),
            cap: cap.max(1),
        }
    }

    fn lock(&self) -> Result<Lock> {
        fs::create_dir_all(&self.dir)
            .with_context(|| format!("cannot create {}", self.dir.display()))?;
        workspace::lock_file(&self.dir.join(LOCK_FILE))
    }

    fn cursor(&self) -> Cursor {
        let path = self.dir.join(CURSOR_FILE);
        match fs::read(&path).map(|bytes| serde_json::from_slice::<Cursor>(&bytes)) {
            Ok(Ok(cursor)) => cursor,
            // Missing: nothing was queued yet. Damaged (it is only ever replaced whole, so by
            // something else): the newest queue file is sent again from its start; the server
            // stores each event once.
            _ => Cursor {
                file: self.queue_files().pop().unwrap_or_default(),
                ..Cursor::default()
            },
        }
    }

    fn write_cursor(&self, cursor: &Cursor) -> Result<()> {
        let path = self.dir.join(CURSOR_FILE);
        let json = serde_json::to_vec_pretty(cursor).context("cannot encode the queue cursor")?;
        workspace::write_atomic(&path, &json)?;
        set_private(&path)
    }

    /// The queue files present, oldest first.
    fn queue_files(&self) -> Vec<String> {
        let mut found: Vec<(SystemTime, String)> = fs::read_dir(&self.dir)
            .into_iter()
            .flatten()
            .flatten()
            .filter_map(|entry| {
                let name = entry.file_name().into_string().ok()?;
                let modified = entry.metadata().ok()?.modified().ok()?;
                (name.starts_with("queue-") && name.ends_with(".jsonl")).then_some((modified, name))
            })
            .collect();
        found.sort();
        found.into_iter().map(|(_, name)| name).collect()
    }

    /// Appends the events `make` returns; `make` runs under the lock and may change the notes.
    /// Returns how many events it made.
    pub fn append(&self, make: impl FnOnce(&mut Notes) -> Vec<Event>) -> Result<usize> {
        let _lock = self.lock()?;
        let mut cursor = self.cursor();
        let before = cursor.clone();
        let mut events = make(&mut cursor.notes);
        let made = events.len();
        // More than the cap at once: only the newest fit.
        if events.len() > self.cap {
            let over = events.len() - self.cap;
            events.drain(..over);
            cursor.dropped += over as u64;
        }
        if !events.is_empty() {
            if cursor.file.is_empty() {
                cursor.file = new_file_name();
            }
            let path = self.dir.join(&cursor.file);
            let mut file = OpenOptions::new()
                .read(true)
                .append(true)
                .create(true)
                .mode(PRIVATE)
                .custom_flags(rustix::fs::OFlags::NOFOLLOW.bits() as i32)
                .open(&path)
                .with_context(|| format!("cannot open the event queue {}", path.display()))?;
            let len = file.metadata()?.len();
            let mut bytes = Vec::new();
            // A torn line of a killed process stays a line of its own, dropped when read.
            if len > 0 && last_byte(&file, len)? != b'\n' {
                bytes.push(b'\n');
            }
            for event in &events {
                serde_json::to_writer(&mut bytes, event).context("cannot encode an event")?;
                bytes.push(b'\n');
            }
            self.make_room(&mut cursor, &file, len, events.len())?;
            file.write_all(&bytes)
                .and_then(|()| file.sync_data())
                .with_context(|| format!("cannot append to {}", path.display()))?;
        }
        if cursor != before {
            self.write_cursor(&cursor)?;
        }
        Ok(made)
    }

    /// Drops the oldest events so that `adding` more fit under the cap.
    fn make_room(&self, cursor: &mut Cursor, file: &File, len: u64, adding: usize) -> Result<()> {
        let pending = len.saturating_sub(cursor.offset);
        // Cheap test first: with this few bytes, the queue cannot be full.
        if pending / MIN_LINE + (adding as u64) <= self.cap as u64 {
            return Ok(());
        }
        let ends = line_ends(file, cursor.offset, len)?;
        let over = (ends.len() + adding).saturating_sub(self.cap);
        if over == 0 {
            return Ok(());
        }
        let drop = over.min(ends.len());
        if drop > 0 {
            cursor.offset = ends[drop - 1];
            cursor.dropped += drop as u64;
        }
        Ok(())
    }

    /// The oldest events not yet acknowledged: at most `max_events`, and at most `max_bytes`
    /// of JSON (always at least one event).
    pub fn peek(&self, max_events: usize, max_bytes: usize) -> Result<Batch> {
        let _lock = self.lock()?;
        let cursor = self.cursor();
        let mut batch = Batch {
            events: Vec::new(),
            file: cursor.file.clone(),
            end: cursor.offset,
            skipped: 0,
        };
        if cursor.file.is_empty() {
            return Ok(batch);
        }
        let path = self.dir.join(&cursor.file);
        let mut file = match File::open(&path) {
            Ok(file) => file,
            Err(err) if err.kind() == std::io::ErrorKind::NotFound => return Ok(batch),
            Err(err) => {
                return Err(err).with_context(|| format!("cannot read {}", path.display()));
            }
        };
        file.seek(SeekFrom::Start(cursor.offset))?;
        let mut reader = BufReader::new(file);
        let mut line = Vec::new();
        let mut bytes = 0;
        while batch.events.len() < max_events {
            line.clear();
            let read = reader.read_until(b'\n', &mut line)?;
            // The end, or a torn last line still without its newline: not an event yet.
            if read == 0 || line.last() != Some(&b'\n') {
                break;
            }
            match serde_json::from_slice::<Event>(&line) {
                Ok(event) => {
                    if !batch.events.is_empty() && bytes + line.len() > max_bytes {
                        break;
                    }
                    bytes += line.len();
                    batch.events.push(event);
                }
                Err(_) => batch.skipped += 1,
            }
            batch.end += read as u64;
        }
        Ok(batch)
    }

    /// Marks a batch as delivered; `now_ms` is when. Another process may have acknowledged it
    /// already, or moved the queue to a new file: then this does nothing more.
    pub fn ack(&self, batch: &Batch, now_ms: u64) -> Result<()> {
        let _lock = self.lock()?;
        let mut cursor = self.cursor();
        if cursor.file == batch.file && cursor.offset < batch.end {
            cursor.offset = batch.end;
            cursor.dropped += batch.skipped;
        }
        if !batch.events.is_empty() {
            cursor.last_sent_ms = Some(now_ms);
            cursor.last_error = None;
        }
        self.compact(&mut cursor)?;
        self.write_cursor(&cursor)
    }

    /// Notes why a send failed, for `classroom status`.
    pub fn failed(&self, why: &str) -> Result<()> {
        let _lock = self.lock()?;
        let mut cursor = self.cursor();
        if cursor.last_error.as_deref() != Some(why) {
            cursor.last_error = Some(why.to_string());
            self.write_cursor(&cursor)?;
        }
        Ok(())
    }

    /// Moves what is not acknowledged to a new file when most of the current one is, then
    /// removes the queue files the cursor no longer names. Call with the lock held.
    fn compact(&self, cursor: &mut Cursor) -> Result<()> {
        if cursor.file.is_empty() {
            return Ok(());
        }
        let path = self.dir.join(&cursor.file);
        let len = fs::symlink_metadata(&path).map(|m| m.len()).unwrap_or(0);
        let all_sent = cursor.offset >= len;
        if all_sent || (cursor.offset > COMPACT_AFTER && cursor.offset > len / 2) {
            let name = new_file_name();
            if !all_sent {
                let mut rest = Vec::new();
                let mut file = File::open(&path)?;
                file.seek(SeekFrom::Start(cursor.offset))?;
                file.read_to_end(&mut rest)?;
                let fresh = self.dir.join(&name);
                let mut out = OpenOptions::new()
                    .write(true)
                    .create_new(true)
                    .mode(PRIVATE)
                    .open(&fresh)
                    .with_context(|| format!("cannot create {}", fresh.display()))?;
                out.write_all(&rest).and_then(|()| out.sync_all())?;
            }
            // The cursor names the new file from its next atomic write on.
            cursor.file = name;
            cursor.offset = 0;
            let keep = cursor.file.clone();
            self.write_cursor(cursor)?;
            for old in self.queue_files() {
                if old != keep {
                    let _ = fs::remove_file(self.dir.join(old));
                }
            }
            // Temp files of a process killed in an atomic write: only lock holders make them.
            for entry in fs::read_dir(&self.dir).into_iter().flatten().flatten() {
                let name = entry.file_name();
                let name = name.to_string_lossy();
                if name.starts_with('.') && name.ends_with(".tmp") {
                    let _ = fs::remove_file(entry.path());
                }
            }
            workspace::sync_dir(&self.dir);
        }
        Ok(())
    }

    pub fn status(&self) -> Result<QueueStatus> {
        let _lock = self.lock()?;
        let cursor = self.cursor();
        let queued = match File::open(self.dir.join(&cursor.file)) {
            Ok(file) if !cursor.file.is_empty() => {
                let len = file.metadata()?.len();
                line_ends(&file, cursor.offset, len)?.len() as u64
            }
            _ => 0,
        };
        Ok(QueueStatus {
            queued,
            dropped: cursor.dropped,
            last_sent_ms: cursor.last_sent_ms,
            last_error: cursor.last_error,
        })
    }

    /// The notes, as the last append left them.
    #[cfg(test)]
    pub fn notes(&self) -> Result<Notes> {
        let _lock = self.lock()?;
        Ok(self.cursor().notes)
    }

    /// Removes the events, the cursor and the notes (the lock file stays: another process
    /// may be waiting on it).
    pub fn clear(&self) -> Result<()> {
        let _lock = self.lock()?;
        for name in self.queue_files() {
            fs::remove_file(self.dir.join(&name))
                .with_context(|| format!("cannot remove {}", self.dir.join(&name).display()))?;
        }
        match fs::remove_file(self.dir.join(CURSOR_FILE)) {
            Err(err) if err.kind() != std::io::ErrorKind::NotFound => {
                Err(err).with_context(|| format!("cannot remove {}", CURSOR_FILE))
            }
            _ => Ok(()),
        }
    }
}

fn last_byte(file: &File, len: u64) -> Result<u8> {
    let mut byte = [0u8];
    file.read_exact_at(&mut byte, len - 1)?;
    Ok(byte[0])
}

/// The offsets just past each complete line in `from..len`.
fn line_ends(file: &File, from: u64, len: u64) -> Result<Vec<u64>> {
    let mut ends = Vec::new();
    let mut at = from;
    let mut buf = vec![0u8; 64 * 1024];
    while at < len {
        let want = buf.len().min((len - at) as usize);
        let read = file.read_at(&mut buf[..want], at)?;
        if read == 0 {
            break;
        }
        for (i, byte) in buf[..read].iter().enumerate() {
            if *byte == b'\n' {
                ends.push(at + i as u64 + 1);
            }
        }
        at += read as u64;
    }
    Ok(ends)
}

fn set_private(path: &Path) -> Result<()> {
    use std::os::unix::fs::PermissionsExt;
    fs::set_permissions(path, fs::Permissions::from_mode(PRIVATE))
        .with_context(|| format!("cannot make {} private", path.display()))
}

/// A random number: the process's random hasher keys, the time and a counter.
pub fn random_u64() -> u64 {
    use std::sync::atomic::{AtomicU64, Ordering};
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let mut hasher = std::collections::hash_map::RandomState::new().build_hasher();
    hasher.write_u128(
        SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .unwrap_or_default()
            .as_nanos(),
    );
    hasher.write_u32(std::process::id());
    hasher.write_u64(COUNTER.fetch_add(1, Ordering::Relaxed));
    hasher.finish()
}

fn new_file_name() -> String {
    format!("queue-{:016x}.jsonl", random_u64())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::classroom::protocol::What;

    fn event(n: usize) -> Event {
        Event {
            id: format!("e{n}"),
            at_ms: 1_700_000_000_000 + n as u64,
            exercise: "two-stages".into(),
            what: What::Hint { number: n as u32 },
        }
    }

    fn append(queue: &Queue, range: std::ops::Range<usize>) {
        let events: Vec<Event> = range.map(event).collect();
        assert_eq!(queue.append(|_| events.clone()).unwrap(), events.len());
    }

    fn ids(batch: &Batch) -> Vec<String> {
        batch.events.iter().map(|e| e.id.clone()).collect()
    }

    fn names(range: std::ops::Range<usize>) -> Vec<String> {
        range.map(|n| format!("e{n}")).collect()
    }

    fn queue_file(dir: &Path) -> PathBuf {
        let queue = Queue::new(dir);
        dir.join(queue.cursor().file)
    }

    #[test]
    fn events_come_back_in_order_until_acknowledged() {
        let dir = tempfile::tempdir().unwrap();
        let queue = Queue::new(dir.path());
        assert!(queue.peek(10, 1 << 20).unwrap().is_empty());
        append(&queue, 0..5);
        let batch = queue.peek(3, 1 << 20).unwrap();
        assert_eq!(ids(&batch), names(0..3));
        // Not acknowledged: the same again.
        assert_eq!(ids(&queue.peek(3, 1 << 20).unwrap()), names(0..3));
        queue.ack(&batch, 42).unwrap();
        let status = queue.status().unwrap();
        assert_eq!((status.queued, status.last_sent_ms), (2, Some(42)));
        append(&queue, 5..7);
        let rest = queue.peek(100, 1 << 20).unwrap();
        assert_eq!(ids(&rest), names(3..7));
        queue.ack(&rest, 43).unwrap();
        assert!(queue.peek(100, 1 << 20).unwrap().is_empty());
        assert_eq!(queue.status().unwrap().queued, 0);
        // Everything sent: the next events start a new, empty file.
        append(&queue, 7..8);
        assert_eq!(
            fs::read_dir(dir.path()).unwrap().count(),
            3,
            "lock, cursor, queue"
        );
        assert_eq!(ids(&queue.peek(100, 1 << 20).unwrap()), names(7..8));
        let mode = fs::metadata(queue_file(dir.path())).unwrap().permissions();
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(mode.mode() & 0o777, 0o600);
    }

    #[test]
    fn a_batch_stops_at_the_byte_limit() {
        let dir = tempfile::tempdir().unwrap();
        let queue = Queue::new(dir.path());
        append(&queue, 0..10);
        let line = serde_json::to_vec(&event(1)).unwrap().len() + 1;
        assert_eq!(queue.peek(100, line * 3).unwrap().events.len(), 3);
        // One event always goes, whatever the limit.
        assert_eq!(queue.peek(100, 1).unwrap().events.len(), 1);
    }

    #[test]
    fn a_torn_last_line_is_dropped_and_the_next_append_starts_clean() {
        let dir = tempfile::tempdir().unwrap();
        let queue = Queue::new(dir.path());
        append(&queue, 0..2);
        // A process killed in the middle of its write.
        let path = queue_file(dir.path());
        let mut file = OpenOptions::new().append(true).open(&path).unwrap();
        file.write_all(br#"{"id":"e2","at_ms":17"#).unwrap();
        let batch = queue.peek(100, 1 << 20).unwrap();
        assert_eq!(ids(&batch), names(0..2), "the torn line is not an event");
        append(&queue, 3..4);
        let batch = queue.peek(100, 1 << 20).unwrap();
        assert_eq!(ids(&batch), ["e0", "e1", "e3"]);
        queue.ack(&batch, 1).unwrap();
        let status = queue.status().unwrap();
        assert_eq!((status.queued, status.dropped), (0, 1));
    }

    #[test]
    fn a_full_queue_drops_the_oldest_and_counts_them() {
        let dir = tempfile::tempdir().unwrap();
        let queue = Queue::with_cap(dir.path(), 5);
        append(&queue, 0..4);
        append(&queue, 4..7);
        let status = queue.status().unwrap();
        assert_eq!((status.queued, status.dropped), (5, 2));
        assert_eq!(ids(&queue.peek(100, 1 << 20).unwrap()), names(2..7));
        // More than the cap at once: the newest `cap` stay.
        append(&queue, 7..15);
        assert_eq!(ids(&queue.peek(100, 1 << 20).unwrap()), names(10..15));
        assert_eq!(queue.status().unwrap().dropped, 10);
    }

    #[test]
    fn an_acknowledgement_of_an_old_file_changes_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let queue = Queue::new(dir.path());
        append(&queue, 0..3);
        let first = queue.peek(2, 1 << 20).unwrap();
        let again = queue.peek(2, 1 << 20).unwrap();
        queue.ack(&first, 1).unwrap();
        // A second process acknowledging the same batch late does not skip events.
        queue.ack(&again, 2).unwrap();
        let rest = queue.peek(100, 1 << 20).unwrap();
        assert_eq!(ids(&rest), names(2..3));
        queue.ack(&rest, 3).unwrap();
        append(&queue, 3..5);
        // `first` named the file the queue has since left.
        queue.ack(&first, 4).unwrap();
        assert_eq!(ids(&queue.peek(100, 1 << 20).unwrap()), names(3..5));
    }

    #[test]
    fn much_acknowledged_moves_the_rest_to_a_new_file() {
        let dir = tempfile::tempdir().unwrap();
        let queue = Queue::new(dir.path());
        let count = (COMPACT_AFTER / 60) as usize + 50;
        append(&queue, 0..count);
        let old = queue_file(dir.path());
        let batch = queue.peek(count - 10, usize::MAX).unwrap();
        queue.ack(&batch, 1).unwrap();
        let new = queue_file(dir.path());
        assert_ne!(old, new);
        assert!(!old.exists());
        assert_eq!(
            ids(&queue.peek(100, 1 << 20).unwrap()),
            names(count - 10..count)
        );
        assert_eq!(queue.cursor().offset, 0);
    }

    #[test]
    fn the_notes_change_with_the_append() {
        let dir = tempfile::tempdir().unwrap();
        let queue = Queue::new(dir.path());
        queue
            .append(|notes| {
                notes.started.insert("a".into(), 5);
                Vec::new()
            })
            .unwrap();
        assert_eq!(queue.notes().unwrap().started.get("a"), Some(&5));
        queue.clear().unwrap();
        assert_eq!(queue.notes().unwrap(), Notes::default());
    }

    #[test]
    fn concurrent_appenders_lose_and_tear_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let threads: Vec<_> = (0..4)
            .map(|t| {
                let dir = dir.path().to_path_buf();
                std::thread::spawn(move || {
                    // Each its own handle and lock file descriptor, as separate processes have.
                    let queue = Queue::new(&dir);
                    for n in 0..50 {
                        append(&queue, t * 1000 + n..t * 1000 + n + 1);
                    }
                })
            })
            .collect();
        let reader = std::thread::spawn({
            let dir = dir.path().to_path_buf();
            move || {
                let queue = Queue::new(&dir);
                let mut seen = Vec::new();
                for _ in 0..100 {
                    let batch = queue.peek(7, 1 << 20).unwrap();
                    seen.extend(ids(&batch));
                    queue.ack(&batch, 1).unwrap();
                }
                seen
            }
        });
        for thread in threads {
            thread.join().unwrap();
        }
        let mut seen = reader.join().unwrap();
        let queue = Queue::new(dir.path());
        let rest = queue.peek(usize::MAX, usize::MAX).unwrap();
        seen.extend(ids(&rest));
        assert_eq!(rest.skipped, 0);
        let unique: BTreeSet<&String> = seen.iter().collect();
        assert_eq!(seen.len(), 200, "each event read once: {seen:?}");
        assert_eq!(unique.len(), 200);
        assert_eq!(queue.status().unwrap().dropped, 0);
    }
}
