//! Workspace-level guarantees: concurrent writers, interrupted resets, damaged files, links.

use std::collections::BTreeMap;
use std::path::Path;
use std::sync::{Arc, Barrier};

use super::*;

const EXERCISE: &str = "one/only";

fn make(root: &Path) {
    let meta = root.join(META_DIR);
    fs::create_dir_all(&meta).unwrap();
    let state = State {
        version: STATE_VERSION,
        workspace_id: "abc123".into(),
        course: None,
        current: "only".into(),
        done: BTreeSet::new(),
        hints_shown: BTreeMap::new(),
        solution_before_pass: Default::default(),
    };
    store::write_state(&meta, &state).unwrap();
    write_files(
        &root.join(EXERCISE),
        &[(PathBuf::from("Dockerfile"), b"FROM mine\n".to_vec())],
    )
    .unwrap();
}

fn workspace() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("ws");
    make(&root);
    (dir, root)
}

fn starting() -> Vec<(PathBuf, Vec<u8>)> {
    vec![
        (PathBuf::from("Dockerfile"), b"FROM start\n".to_vec()),
        (PathBuf::from("app/main.go"), b"package main\n".to_vec()),
    ]
}

fn read(path: impl AsRef<Path>) -> String {
    fs::read_to_string(path).unwrap()
}

/// Everything under `.dockerlings` that is neither the state, its copy, the lock nor a backup.
fn stray_files(root: &Path) -> Vec<PathBuf> {
    let meta = root.join(META_DIR);
    let mut found = store::leftovers(&meta);
    if reset::journal_exists(&meta) {
        found.push(meta.join("reset.json"));
    }
    found
}

#[test]
fn concurrent_stale_copies_lose_no_update() {
    let (_dir, root) = workspace();
    const THREADS: usize = 8;
    const ROUNDS: usize = 40;
    let start = Arc::new(Barrier::new(THREADS));
    let threads: Vec<_> = (0..THREADS)
        .map(|t| {
            let root = root.clone();
            let start = start.clone();
            std::thread::spawn(move || {
                // Half the threads keep one copy for their whole life, as watch mode does;
                // the others read afresh for each change, as the commands do.
                let mut kept = Workspace::find(&root).unwrap();
                start.wait();
                for i in 0..ROUNDS {
                    let mut fresh;
                    let ws = if t % 2 == 0 {
                        &mut kept
                    } else {
                        fresh = Workspace::find(&root).unwrap();
                        &mut fresh
                    };
                    ws.mark_done(&format!("t{t}-{i}"));
                    ws.show_hints(&format!("t{t}"), i + 1);
                    ws.save().unwrap();
                    assert!(ws.is_done(&format!("t{t}-{i}")));
                }
            })
        })
        .collect();
    for thread in threads {
        thread.join().unwrap();
    }
    let ws = Workspace::find(&root).unwrap();
    assert_eq!(ws.state.done.len(), THREADS * ROUNDS);
    for t in 0..THREADS {
        assert_eq!(ws.hints_shown(&format!("t{t}")), ROUNDS, "thread {t}");
    }
    assert!(stray_files(&root).is_empty());
    let copy = store::read_state(&root.join(META_DIR).join(LAST_GOOD_FILE)).unwrap();
    assert!(matches!(copy, Read::Good(copy) if copy == ws.state));
}

#[test]
fn a_watch_copy_keeps_what_another_command_recorded() {
    let (_dir, root) = workspace();
    let mut watch = Workspace::find(&root).unwrap();
    let mut verify = Workspace::find(&root).unwrap();
    verify.mark_done("passed-elsewhere");
    verify.show_hints("x", 3);
    verify.save().unwrap();
    watch.show_hints("x", 1);
    watch.state.current = "next".into();
    watch.save().unwrap();
    assert!(watch.is_done("passed-elsewhere"));
    assert_eq!(watch.hints_shown("x"), 3);
    let on_disk = Workspace::find(&root).unwrap();
    assert_eq!(on_disk.state, watch.state);
    assert_eq!(on_disk.state.current, "next");
    // `refresh` takes in others' changes without a save.
    verify.mark_done("later");
    verify.save().unwrap();
    watch.refresh().unwrap();
    assert!(watch.is_done("later"));
}

#[test]
fn a_reset_killed_at_any_step_is_finished_or_undone_by_the_next_process() {
    for step in 0..=3u8 {
        let (_dir, root) = workspace();
        let meta = root.join(META_DIR);
        reset::KILL_AT.with(|at| at.set(Some(step)));
        let _ = reset::reset(&root, &meta, "only", Path::new(EXERCISE), &starting());
        reset::KILL_AT.with(|at| at.set(None));
        assert!(
            !stray_files(&root).is_empty(),
            "step {step} left nothing to repair"
        );

        let mut ws = Workspace::find(&root).unwrap();
        let notices = ws.take_notices();
        assert!(stray_files(&root).is_empty(), "step {step}");
        let dockerfile = read(root.join(EXERCISE).join("Dockerfile"));
        let backups: Vec<_> = fs::read_dir(meta.join("backups"))
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect();
        match step {
            // Killed before the learner's folder moved: as if the reset never ran.
            0 | 1 => {
                assert_eq!(dockerfile, "FROM mine\n", "step {step}");
                assert!(backups.is_empty(), "step {step}: {backups:?}");
                assert!(notices.is_empty(), "step {step}: {notices:?}");
            }
            // Killed after: the reset is complete, the learner's version in its backup.
            _ => {
                assert_eq!(dockerfile, "FROM start\n", "step {step}");
                assert_eq!(
                    read(root.join(EXERCISE).join("app/main.go")),
                    "package main\n"
                );
                assert_eq!(backups.len(), 1, "step {step}");
                assert_eq!(read(backups[0].join("Dockerfile")), "FROM mine\n");
                if step == 2 {
                    assert!(notices[0].contains("Finished the interrupted reset of `only`"));
                    assert!(notices[0].contains(&backups[0].display().to_string()));
                }
            }
        }
    }
}

#[test]
fn a_folder_written_during_an_interrupted_reset_is_kept() {
    let (_dir, root) = workspace();
    let meta = root.join(META_DIR);
    reset::KILL_AT.with(|at| at.set(Some(2)));
    let backup = reset::reset(&root, &meta, "only", Path::new(EXERCISE), &starting()).unwrap();
    reset::KILL_AT.with(|at| at.set(None));
    // An editor saves into the folder that just moved away.
    write_files(
        &root.join(EXERCISE),
        &[(PathBuf::from("Dockerfile"), b"FROM saved\n".to_vec())],
    )
    .unwrap();
    let mut ws = Workspace::find(&root).unwrap();
    assert_eq!(read(root.join(EXERCISE).join("Dockerfile")), "FROM saved\n");
    assert_eq!(read(backup.join("Dockerfile")), "FROM mine\n");
    let notices = ws.take_notices();
    assert!(notices[0].contains("dockerlings reset only"), "{notices:?}");
    assert!(stray_files(&root).is_empty());
}

#[test]
fn reset_keeps_the_learners_version_and_leaves_nothing_behind() {
    let (_dir, root) = workspace();
    let meta = root.join(META_DIR);
    let first = reset::reset(&root, &meta, "only", Path::new(EXERCISE), &starting()).unwrap();
    let second = reset::reset(&root, &meta, "only", Path::new(EXERCISE), &starting()).unwrap();
    assert_ne!(first, second);
    assert_eq!(read(first.join("Dockerfile")), "FROM mine\n");
    assert_eq!(read(second.join("Dockerfile")), "FROM start\n");
    assert_eq!(read(root.join(EXERCISE).join("Dockerfile")), "FROM start\n");
    assert!(stray_files(&root).is_empty());
}

#[test]
fn find_sweeps_temp_files_and_restores_a_damaged_state() {
    let (_dir, root) = workspace();
    let mut ws = Workspace::find(&root).unwrap();
    ws.mark_done("kept");
    ws.save().unwrap();
    let meta = root.join(META_DIR);
    fs::write(meta.join(".state.json-dead1.tmp"), "{\"vers").unwrap();
    fs::create_dir_all(meta.join("backups/.reset-dead2/app")).unwrap();
    let path = meta.join(STATE_FILE);
    fs::write(&path, "").unwrap();

    let mut ws = Workspace::find(&root).unwrap();
    assert!(ws.is_done("kept"));
    let notices = ws.take_notices();
    assert_eq!(notices.len(), 1, "{notices:?}");
    assert!(
        notices[0].contains(&path.display().to_string()),
        "{notices:?}"
    );
    assert!(notices[0].contains(LAST_GOOD_FILE), "{notices:?}");
    assert!(stray_files(&root).is_empty());
    assert!(ws.take_notices().is_empty());
}

#[test]
fn a_state_unusable_twice_is_an_error_naming_both_files() {
    let (_dir, root) = workspace();
    let meta = root.join(META_DIR);
    fs::write(meta.join(STATE_FILE), "{").unwrap();
    fs::write(meta.join(LAST_GOOD_FILE), "").unwrap();
    let err = format!("{:#}", Workspace::find(&root).err().unwrap());
    assert!(
        err.contains(STATE_FILE) && err.contains(LAST_GOOD_FILE),
        "{err}"
    );
    assert!(err.contains("dockerlings init"), "{err}");
}

#[test]
fn a_newer_state_is_never_overwritten() {
    let (_dir, root) = workspace();
    let mut ws = Workspace::find(&root).unwrap();
    let path = root.join(META_DIR).join(STATE_FILE);
    let newer = r#"{"version": 2, "workspace_id": "abc123", "current": "only", "streak": 3}"#;
    fs::write(&path, newer).unwrap();
    ws.mark_done("only");
    let err = format!("{:#}", ws.save().unwrap_err());
    assert!(err.contains("newer dockerlings"), "{err}");
    assert_eq!(read(&path), newer);
    assert!(Workspace::find(&root).is_err());
    assert_eq!(read(&path), newer);
}

#[test]
fn a_linked_meta_folder_or_exercise_folder_is_refused() {
    let (dir, root) = workspace();
    let outside = dir.path().join("outside");
    fs::create_dir_all(&outside).unwrap();
    fs::write(outside.join("Dockerfile"), "FROM secret\n").unwrap();

    fs::rename(root.join(EXERCISE), dir.path().join("moved")).unwrap();
    std::os::unix::fs::symlink(&outside, root.join(EXERCISE)).unwrap();
    let meta = root.join(META_DIR);
    // Reset moves the link into the backups without touching what it points to.
    let backup = reset::reset(&root, &meta, "only", Path::new(EXERCISE), &starting()).unwrap();
    assert!(
        fs::symlink_metadata(&backup)
            .unwrap()
            .file_type()
            .is_symlink()
    );
    assert_eq!(read(outside.join("Dockerfile")), "FROM secret\n");
    assert_eq!(read(root.join(EXERCISE).join("Dockerfile")), "FROM start\n");

    let moved = dir.path().join("meta-elsewhere");
    fs::rename(&meta, &moved).unwrap();
    std::os::unix::fs::symlink(&moved, &meta).unwrap();
    let err = Workspace::find(&root.join("one"))
        .err()
        .unwrap()
        .to_string();
    assert!(
        err.contains(&meta.display().to_string()) && err.contains("symbolic link"),
        "{err}"
    );
}

#[test]
fn init_refuses_to_nest_or_to_write_through_a_link() {
    let course = Course::embedded().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("ws");
    Workspace::init(&root, &course, None).unwrap();
    let meta = root.join(META_DIR);
    assert!(meta.join(STATE_FILE).is_file() && meta.join(LAST_GOOD_FILE).is_file());

    let err = Workspace::init(&root.join("inner"), &course, None)
        .err()
        .unwrap()
        .to_string();
    assert!(err.contains(&root.display().to_string()), "{err}");
    assert!(!root.join("inner").exists());

    let target = dir.path().join("target");
    fs::create_dir(&target).unwrap();
    let link = dir.path().join("link");
    std::os::unix::fs::symlink(&target, &link).unwrap();
    let err = Workspace::init(&link, &course, None)
        .err()
        .unwrap()
        .to_string();
    assert!(
        err.contains(&link.display().to_string()) && err.contains("symbolic link"),
        "{err}"
    );
}
