//! Loading is strict: each bad input is an error that names the file, line and column.

use std::fs;

use super::Course;

const LESSON: &str = "\
id: basics
title: Basics
text: basics.md
images: [busybox:1.36]
exercises:
  - id: first
    dir: basics/first
    title: First
    task: Name the stage.
    hints: [Use AS.]
    checks:
      - stages_named: true
      - image_size: { max: 20MB }
    fails_as_shipped: [stages_named]
";

fn course_with(lesson: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    let write = |path: &str, text: &str| {
        let path = root.join(path);
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(path, text).unwrap();
    };
    write(
        "lessons/course.yaml",
        "version: 1\ntitle: Test\nlessons: [basics]\n",
    );
    write("lessons/basics.yaml", lesson);
    write("lessons/basics.md", "# Basics\n");
    write(
        "lessons/solutions/first/Dockerfile",
        "FROM busybox:1.36 AS app\n",
    );
    write("exercises/basics/first/Dockerfile", "FROM busybox:1.36\n");
    dir
}

fn error_of(lesson: &str) -> String {
    let dir = course_with(lesson);
    Course::from_dir(dir.path()).unwrap_err().to_string()
}

#[test]
fn a_good_course_loads() {
    let dir = course_with(LESSON);
    let course = Course::from_dir(dir.path()).unwrap();
    assert_eq!(course.len(), 1);
    assert_eq!(course.images(), ["busybox:1.36"]);
    let exercise = course.exercise("first").unwrap();
    let files = course.solution_files(exercise).unwrap();
    assert_eq!(files.len(), 1);
    assert_eq!(files[0].1, b"FROM busybox:1.36 AS app\n");
}

#[test]
fn unknown_keys_name_the_line() {
    let err = error_of(&LESSON.replace("    hints:", "    hintz:"));
    assert!(err.starts_with("lessons/basics.yaml:10:5:"), "{err}");
    assert!(err.contains("unknown field `hintz`"), "{err}");
}

#[test]
fn unknown_check_kinds_are_rejected() {
    let err = error_of(&LESSON.replace("stages_named: true", "stages_nammed: true"));
    assert!(err.starts_with("lessons/basics.yaml:12:"), "{err}");
    assert!(err.contains("stages_nammed"), "{err}");
    assert!(err.contains("one check kind"), "{err}");
}

#[test]
fn bad_sizes_say_what_is_expected() {
    let err = error_of(&LESSON.replace("max: 20MB", "max: 20 XB"));
    assert!(err.starts_with("lessons/basics.yaml:13:"), "{err}");
    assert!(err.contains("`20 XB` is not a size"), "{err}");
    assert!(err.contains("19.5MiB"), "{err}");
}

#[test]
fn duplicate_ids_point_at_the_second() {
    let second = "  - id: first
    dir: basics/first
    title: Again
    task: Again.
    checks:
      - stages_named: true
    fails_as_shipped: [stages_named]
";
    let err = error_of(&format!("{LESSON}{second}"));
    assert!(err.starts_with("lessons/basics.yaml:15:5:"), "{err}");
    assert!(err.contains("already used"), "{err}");
}

#[test]
fn missing_folders_are_named() {
    let err = error_of(&LESSON.replace("dir: basics/first", "dir: basics/nope"));
    assert!(err.starts_with("lessons/basics.yaml:7:5:"), "{err}");
    assert!(
        err.contains("exercises/basics/nope does not exist"),
        "{err}"
    );
}

#[test]
fn paths_cannot_leave_the_course() {
    let err = error_of(&LESSON.replace("dir: basics/first", "dir: ../../etc"));
    assert!(err.starts_with("lessons/basics.yaml:7:"), "{err}");
    assert!(err.contains("leaves the course folder"), "{err}");
    let err = error_of(&LESSON.replace("text: basics.md", "text: /etc/passwd"));
    assert!(err.starts_with("lessons/basics.yaml:3:"), "{err}");
    assert!(err.contains("absolute"), "{err}");
}

#[test]
fn fails_as_shipped_names_real_checks() {
    let err = error_of(&LESSON.replace("[stages_named]", "[exec_form]"));
    assert!(
        err.contains("`exec_form`, which is not one of its checks"),
        "{err}"
    );
}

#[test]
fn a_folder_without_lessons_is_not_a_course() {
    let dir = tempfile::tempdir().unwrap();
    let err = Course::from_dir(dir.path()).unwrap_err().to_string();
    assert!(err.contains("expected lessons/course.yaml"), "{err}");
}

#[test]
fn symlinks_in_exercises_are_refused() {
    let dir = course_with(LESSON);
    std::os::unix::fs::symlink(
        "/etc/passwd",
        dir.path().join("exercises/basics/first/passwd"),
    )
    .unwrap();
    let course = Course::from_dir(dir.path()).unwrap();
    let err = course
        .starting_files(course.exercise("first").unwrap())
        .unwrap_err()
        .to_string();
    assert!(err.contains("symlink"), "{err}");
}

#[test]
fn a_shared_app_is_laid_under_the_exercise_files() {
    let dir = course_with(&LESSON.replace(
        "    dir: basics/first\n",
        "    dir: basics/first\n    app: apps/hello\n",
    ));
    let root = dir.path();
    fs::create_dir_all(root.join("exercises/apps/hello")).unwrap();
    fs::write(root.join("exercises/apps/hello/main.go"), "package main\n").unwrap();
    fs::write(
        root.join("exercises/apps/hello/Dockerfile"),
        "FROM shared\n",
    )
    .unwrap();
    let course = Course::from_dir(root).unwrap();
    let exercise = course.exercise("first").unwrap();
    let files = course.starting_files(exercise).unwrap();
    let names: Vec<_> = files.iter().map(|(p, _)| p.to_str().unwrap()).collect();
    assert_eq!(names, ["Dockerfile", "main.go"]);
    // The exercise's own Dockerfile wins over the app's.
    assert_eq!(files[0].1, b"FROM busybox:1.36\n");
    let solution = course.solution_files(exercise).unwrap();
    assert_eq!(solution[0].1, b"FROM busybox:1.36 AS app\n");
    assert_eq!(solution[1].1, b"package main\n");
}

#[test]
fn a_missing_shared_app_is_named() {
    let err = error_of(&LESSON.replace(
        "    dir: basics/first\n",
        "    dir: basics/first\n    app: apps/nope\n",
    ));
    assert!(err.starts_with("lessons/basics.yaml:8:5:"), "{err}");
    assert!(err.contains("exercises/apps/nope does not exist"), "{err}");
}

#[test]
fn false_does_not_turn_a_check_off() {
    let err = error_of(&LESSON.replace("stages_named: true", "stages_named: false"));
    assert!(err.contains("basics.yaml:12"), "{err}");
    assert!(err.contains("remove the entry"), "{err}");
}

#[test]
fn empty_lists_and_empty_settings_are_refused() {
    let err = error_of(&LESSON.replace("image_size: { max: 20MB }", "absent: []"));
    assert!(err.contains("basics.yaml:13"), "{err}");
    assert!(err.contains("empty list checks nothing"), "{err}");
    let err = error_of(&LESSON.replace("image_size: { max: 20MB }", "metadata: {}"));
    assert!(err.contains("basics.yaml:13"), "{err}");
    assert!(err.contains("`metadata` checks nothing"), "{err}");
    let err = error_of(&LESSON.replace("image_size: { max: 20MB }", "stages: {}"));
    assert!(err.contains("needs `min`, `max` or both"), "{err}");
}

#[test]
fn fails_as_shipped_is_a_kind_name() {
    let err = error_of(&LESSON.replace(
        "fails_as_shipped: [stages_named]",
        "fails_as_shipped: [stage_named]",
    ));
    assert!(err.contains("basics.yaml:14"), "{err}");
    assert!(err.contains("stages_named"), "{err}");
}

#[test]
fn a_byte_order_mark_is_read_past() {
    let dir = course_with(LESSON);
    let path = dir.path().join("lessons/course.yaml");
    let text = fs::read_to_string(&path).unwrap();
    fs::write(&path, format!("\u{feff}{text}")).unwrap();
    Course::from_dir(dir.path()).unwrap();
}

#[test]
fn a_linked_exercise_folder_or_lesson_is_refused() {
    let outside = tempfile::tempdir().unwrap();
    fs::write(outside.path().join("Dockerfile"), "FROM busybox:1.36\n").unwrap();
    let dir = course_with(LESSON);
    let first = dir.path().join("exercises/basics/first");
    fs::remove_dir_all(&first).unwrap();
    std::os::unix::fs::symlink(outside.path(), &first).unwrap();
    let err = Course::from_dir(dir.path()).unwrap_err().to_string();
    assert!(
        err.contains("does not exist") || err.contains("symlink"),
        "{err}"
    );

    let dir = course_with(LESSON);
    let md = dir.path().join("lessons/basics.md");
    fs::remove_file(&md).unwrap();
    std::os::unix::fs::symlink("/etc/hostname", &md).unwrap();
    let err = Course::from_dir(dir.path()).unwrap_err().to_string();
    assert!(err.contains("basics.md"), "{err}");
}

#[test]
fn exercise_folders_are_their_own() {
    let err = error_of(&LESSON.replace("dir: basics/first", "dir: ."));
    assert!(err.contains("folder of its own"), "{err}");
    let err = error_of(&LESSON.replace("dir: basics/first", "dir: .dockerlings"));
    assert!(err.contains("nothing hidden"), "{err}");
}

#[test]
fn deep_nesting_is_refused_before_parsing() {
    let deep = format!("{}{}", "[".repeat(40), "]".repeat(40));
    let err = error_of(&LESSON.replace("images: [busybox:1.36]", &format!("images: {deep}")));
    assert!(err.contains("nested more than 32 levels"), "{err}");
}

#[test]
fn huge_timeouts_are_refused_not_a_panic() {
    for timeout in ["1e300", "99999999999999999999h", "2h"] {
        let err = error_of(&LESSON.replace(
            "image_size: { max: 20MB }",
            &format!("run: {{ exit_code: 0, timeout: {timeout} }}"),
        ));
        assert!(err.contains("basics.yaml:13"), "{timeout}: {err}");
    }
}
