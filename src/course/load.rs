//! Strict loading: every problem names the file, line and column, and says what was expected.

use std::collections::HashMap;
use std::fmt;
use std::path::{Path, PathBuf};

use serde::de::DeserializeOwned;

use super::schema::{Check, CourseFile, ExerciseDef, LessonFile};
use super::{Course, Lesson, Source};

const SCHEMA_VERSION: u32 = 1;
const RESERVED_IDS: &[&str] = &["all", "current"];

/// A problem in a course's files, with where it is.
#[derive(Debug, thiserror::Error)]
pub struct CourseError {
    /// The file, relative to the course root (or the course folder itself).
    pub file: PathBuf,
    pub line: Option<usize>,
    pub column: Option<usize>,
    pub message: String,
}

impl fmt::Display for CourseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file.display())?;
        if let Some(line) = self.line {
            write!(f, ":{line}")?;
            if let Some(column) = self.column {
                write!(f, ":{column}")?;
            }
        }
        write!(f, ": {}", self.message)
    }
}

/// One lesson file being checked: its path and text, to point at lines.
struct Doc<'a> {
    path: &'a Path,
    text: &'a str,
}

impl Doc<'_> {
    fn error(&self, line: Option<usize>, column: Option<usize>, message: String) -> CourseError {
        CourseError {
            file: self.path.to_path_buf(),
            line,
            column,
            message,
        }
    }

    /// An error at the `nth` line (from 0) where `key:` is followed by `value`.
    fn error_at(&self, key: &str, value: &str, nth: usize, message: String) -> CourseError {
        match locate(self.text, key, value, nth) {
            Some((line, column)) => self.error(Some(line), Some(column), message),
            None => self.error(None, None, message),
        }
    }

    fn parse<T: DeserializeOwned>(&self) -> Result<T, CourseError> {
        // Bounds before parsing: YAML parsers slow down badly on huge or deeply nested input.
        if self.text.len() > MAX_YAML {
            return Err(self.error(
                None,
                None,
                format!(
                    "{} KiB is too large for a lesson file (at most {} KiB): split the lesson",
                    self.text.len() >> 10,
                    MAX_YAML >> 10
                ),
            ));
        }
        if let Some(line) = too_deep(self.text) {
            return Err(self.error(
                Some(line),
                None,
                format!(
                    "nested more than {MAX_DEPTH} levels deep: lesson files are flat lists and maps"
                ),
            ));
        }
        serde_yaml::from_str(self.text).map_err(|err| {
            let message = explain_yaml_error(&err.to_string());
            let mut line = err.location().map(|l| l.line());
            let mut column = err.location().map(|l| l.column());
            // Errors raised by our own value types (sizes, paths) point at the enclosing map;
            // the value they quote is a better place.
            if let Some((l, c)) = quoted_value(&message)
                .and_then(|value| find_from(self.text, value, line.unwrap_or(1)))
            {
                (line, column) = (Some(l), Some(c));
            }
            self.error(line, column, message)
        })
    }
}

/// The first `quoted` value of an error message, unless it names a field.
fn quoted_value(message: &str) -> Option<&str> {
    if message.contains("unknown field") || message.contains("missing field") {
        return None;
    }
    let start = message.find('`')? + 1;
    let end = start + message[start..].find('`')?;
    Some(&message[start..end]).filter(|value| !value.is_empty())
}

/// The line and column of `value` on or after `from_line`.
fn find_from(text: &str, value: &str, from_line: usize) -> Option<(usize, usize)> {
    text.lines()
        .enumerate()
        .skip(from_line.saturating_sub(1))
        .find_map(|(index, line)| line.find(value).map(|column| (index + 1, column + 1)))
}

/// serde's messages end with " at line L column C"; we print the location in front instead,
/// and say what a check entry is when its kind is unknown.
fn explain_yaml_error(message: &str) -> String {
    let message = match message.find(" at line ") {
        Some(at) => &message[..at],
        None => message,
    };
    if message.contains("expected one of `stages`") {
        format!(
            "{message} (each entry of `checks:` is one check kind; the catalogue is in the course authors' guide)"
        )
    } else {
        message.to_string()
    }
}

/// Finds the 1-based line and column of the `nth` occurrence of `key: value` in YAML text,
/// in block (`key: value`, `- key: value`) and flow (`{ key: value }`) forms.
fn locate(text: &str, key: &str, value: &str, nth: usize) -> Option<(usize, usize)> {
    let needle = format!("{key}:");
    text.lines()
        .enumerate()
        .filter_map(|(index, line)| {
            let column = line.find(&needle)?;
            let rest = line[column + needle.len()..].trim();
            let rest = rest.trim_matches(|c| c == '"' || c == '\'');
            (value.is_empty() || rest.starts_with(value)).then_some((index + 1, column + 1))
        })
        .nth(nth)
}

/// The largest lesson or course file read.
const MAX_YAML: usize = 256 << 10;
/// The deepest nesting of `[` and `{` a lesson file may have.
const MAX_DEPTH: usize = 32;

/// The line where flow collections (`[`, `{`) nest deeper than [`MAX_DEPTH`], outside quotes
/// and comments.
fn too_deep(text: &str) -> Option<usize> {
    let mut depth = 0usize;
    for (index, line) in text.lines().enumerate() {
        let mut quote = None;
        for c in line.chars() {
            match (quote, c) {
                (None, '#') => break,
                (None, '"' | '\'') => quote = Some(c),
                (Some(q), c) if c == q => quote = None,
                (None, '[' | '{') => {
                    depth += 1;
                    if depth > MAX_DEPTH {
                        return Some(index + 1);
                    }
                }
                (None, ']' | '}') => depth = depth.saturating_sub(1),
                _ => {}
            }
        }
    }
    None
}

pub fn load(source: Source) -> Result<Course, CourseError> {
    let course_path = Path::new("lessons/course.yaml");
    if !source.is_file(course_path) {
        return Err(CourseError {
            file: source.root().map(Path::to_path_buf).unwrap_or_default(),
            line: None,
            column: None,
            message: "this is not a course folder: expected lessons/course.yaml (title and lesson order), lesson files in lessons/ and exercise folders in exercises/".into(),
        });
    }
    let text = read(&source, course_path)?;
    let doc = Doc {
        path: course_path,
        text: &text,
    };
    let course_file: CourseFile = doc.parse()?;
    if course_file.version != SCHEMA_VERSION {
        return Err(doc.error_at(
            "version",
            "",
            0,
            format!(
                "schema version {} is not known to this dockerlings; it reads version {SCHEMA_VERSION}",
                course_file.version
            ),
        ));
    }

    let mut lessons = Vec::new();
    for (nth, id) in course_file.lessons.iter().enumerate() {
        let path = PathBuf::from(format!("lessons/{id}.yaml"));
        if !valid_id(id) || !source.is_file(&path) {
            return Err(doc.error_at_list_item(id, nth, format!(
                "lesson `{id}` has no file {}: each lesson id names lessons/<id>.yaml (lowercase letters, digits and dashes)",
                path.display()
            )));
        }
        let text = read(&source, &path)?;
        let lesson_doc = Doc {
            path: &path,
            text: &text,
        };
        let file: LessonFile = lesson_doc.parse()?;
        if file.id != *id {
            return Err(lesson_doc.error_at(
                "id",
                &file.id,
                0,
                format!(
                    "the lesson id `{}` differs from its file name; rename one so both say `{id}`",
                    file.id
                ),
            ));
        }
        validate_lesson(&source, &lesson_doc, &file)?;
        lessons.push(Lesson { file, path });
    }

    let course = Course {
        title: course_file.title,
        lessons,
        source,
    };
    validate_course(&course)?;
    Ok(course)
}

impl Doc<'_> {
    fn error_at_list_item(&self, value: &str, nth: usize, message: String) -> CourseError {
        let found = self
            .text
            .lines()
            .enumerate()
            .filter(|(_, line)| line.trim_start().trim_start_matches("- ").trim() == value)
            .nth(nth)
            .or_else(|| {
                self.text
                    .lines()
                    .enumerate()
                    .find(|(_, line)| line.contains(value))
            });
        match found {
            Some((index, line)) => self.error(
                Some(index + 1),
                Some(line.find(value).unwrap_or(0) + 1),
                message,
            ),
            None => self.error(None, None, message),
        }
    }
}

fn read(source: &Source, path: &Path) -> Result<String, CourseError> {
    source.read_to_string(path).map_err(|err| CourseError {
        file: path.to_path_buf(),
        line: None,
        column: None,
        message: format!("{err:#}"),
    })
}

fn valid_id(id: &str) -> bool {
    !id.is_empty()
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        && !id.starts_with('-')
}

fn validate_lesson(source: &Source, doc: &Doc<'_>, lesson: &LessonFile) -> Result<(), CourseError> {
    let text_path = Path::new("lessons").join(lesson.text.as_path());
    if !source.is_file(&text_path) {
        return Err(doc.error_at(
            "text",
            &lesson.text.to_string(),
            0,
            format!(
                "the lesson prose {} does not exist; write it (Markdown) or fix the path, which is relative to lessons/",
                text_path.display()
            ),
        ));
    }
    if lesson.exercises.is_empty() {
        return Err(doc.error_at(
            "exercises",
            "",
            0,
            "a lesson needs at least one exercise".into(),
        ));
    }
    for image in &lesson.images {
        if image.trim().is_empty() || image.contains(char::is_whitespace) {
            return Err(doc.error_at(
                "images",
                "",
                0,
                format!("`{image}` is not an image reference like `golang:1.23`"),
            ));
        }
    }
    for exercise in &lesson.exercises {
        validate_exercise(source, doc, exercise)?;
    }
    Ok(())
}

fn validate_exercise(
    source: &Source,
    doc: &Doc<'_>,
    exercise: &ExerciseDef,
) -> Result<(), CourseError> {
    let id = &exercise.id;
    if !valid_id(id) || RESERVED_IDS.contains(&id.as_str()) {
        return Err(doc.error_at(
            "id",
            id,
            0,
            format!(
                "`{id}` is not a usable exercise id: use lowercase letters, digits and dashes (and not `all` or `current`)"
            ),
        ));
    }
    let hidden = exercise
        .dir
        .as_path()
        .components()
        .any(|c| c.as_os_str().to_string_lossy().starts_with('.'));
    if exercise.dir.as_path().as_os_str().is_empty() || hidden {
        return Err(doc.error_at(
            "dir",
            &exercise.dir.to_string(),
            0,
            format!(
                "exercise `{id}`: `dir: {}` must name a folder of its own under exercises/ (not `.`, and nothing hidden: the workspace keeps its state in .dockerlings)",
                exercise.dir
            ),
        ));
    }
    let start = Path::new("exercises").join(exercise.dir.as_path());
    if !source.is_dir(&start) {
        return Err(doc.error_at(
            "dir",
            &exercise.dir.to_string(),
            0,
            format!(
                "exercise `{id}`: the folder {} does not exist; `dir` is relative to exercises/",
                start.display()
            ),
        ));
    }
    let app = exercise
        .app
        .as_ref()
        .map(|app| Path::new("exercises").join(app.as_path()));
    if let (Some(app), Some(written)) = (&app, &exercise.app)
        && !source.is_dir(app)
    {
        return Err(doc.error_at(
            "app",
            &written.to_string(),
            0,
            format!(
                "exercise `{id}`: the shared app folder {} does not exist; `app` is relative to exercises/",
                app.display()
            ),
        ));
    }
    let dockerfile = start.join(exercise.dockerfile.as_path());
    if !source.is_file(&dockerfile) {
        return Err(doc.error_at(
            "dir",
            &exercise.dir.to_string(),
            0,
            format!(
                "exercise `{id}`: there is no {}; every exercise starts with a Dockerfile (or set `dockerfile:`)",
                dockerfile.display()
            ),
        ));
    }
    let solution = match &exercise.solution {
        Some(path) => Path::new("lessons").join(path.as_path()),
        None => Path::new("lessons/solutions").join(id),
    };
    if !source.is_dir(&solution) {
        return Err(doc.error_at(
            "id",
            id,
            0,
            format!(
                "exercise `{id}` has no reference solution: expected the folder {} with the files that differ from the starting state",
                solution.display()
            ),
        ));
    }
    if exercise.checks.is_empty() {
        return Err(doc.error_at(
            "id",
            id,
            0,
            format!("exercise `{id}` has no checks; add at least one under `checks:`"),
        ));
    }
    for check in &exercise.checks {
        validate_check(source, doc, exercise, &start, app.as_deref(), check)?;
    }
    if exercise.fails_as_shipped.is_empty() {
        return Err(doc.error_at(
            "id",
            id,
            0,
            format!(
                "exercise `{id}` needs `fails_as_shipped:`, the check kinds its starting state fails on (what it teaches)"
            ),
        ));
    }
    for kind in &exercise.fails_as_shipped {
        if !exercise.checks.iter().any(|check| check.kind() == *kind) {
            return Err(doc.error_at(
                "fails_as_shipped",
                "",
                0,
                format!(
                    "exercise `{id}`: `fails_as_shipped` names `{kind}`, which is not one of its checks"
                ),
            ));
        }
    }
    Ok(())
}

fn validate_check(
    source: &Source,
    doc: &Doc<'_>,
    exercise: &ExerciseDef,
    start: &Path,
    app: Option<&Path>,
    check: &Check,
) -> Result<(), CourseError> {
    let id = &exercise.id;
    let fail = |key: &str, message: String| Err(doc.error_at(key, "", 0, message));
    if let Err(invalid) = check.validate() {
        return fail(invalid.key, format!("exercise `{id}`: {}", invalid.message));
    }
    match check {
        Check::Cache(cache)
            if !source.is_file(&cache.edit.under(start))
                && !app.is_some_and(|app| source.is_file(&cache.edit.under(app))) =>
        {
            return Err(doc.error_at(
                "edit",
                &cache.edit.to_string(),
                0,
                format!(
                    "exercise `{id}`: the cache check edits {}, which is not in {}",
                    cache.edit,
                    start.display()
                ),
            ));
        }
        _ => {}
    }
    Ok(())
}

fn validate_course(course: &Course) -> Result<(), CourseError> {
    let mut seen: HashMap<&str, &Path> = HashMap::new();
    for lesson in &course.lessons {
        for exercise in &lesson.file.exercises {
            if let Some(first) = seen.insert(&exercise.id, &lesson.path) {
                let text = course
                    .source
                    .read_to_string(&lesson.path)
                    .unwrap_or_default();
                let doc = Doc {
                    path: &lesson.path,
                    text: &text,
                };
                let nth = if first == lesson.path { 1 } else { 0 };
                return Err(doc.error_at(
                    "id",
                    &exercise.id,
                    nth,
                    format!(
                        "the exercise id `{}` is already used in {}; ids must be unique in the course",
                        exercise.id,
                        first.display()
                    ),
                ));
            }
        }
    }
    // Each exercise gets a folder of its own in the workspace: no two may share one, or sit
    // one inside the other.
    let dirs: Vec<(&str, &Path, &Path)> = course
        .lessons
        .iter()
        .flat_map(|lesson| {
            lesson
                .file
                .exercises
                .iter()
                .map(move |e| (e.id.as_str(), e.dir.as_path(), lesson.path.as_path()))
        })
        .collect();
    for (at, (id, dir, lesson)) in dirs.iter().enumerate() {
        if let Some((other, other_dir, _)) = dirs[..at]
            .iter()
            .find(|(_, d, _)| d.starts_with(dir) || dir.starts_with(d))
        {
            let text = course.source.read_to_string(lesson).unwrap_or_default();
            let doc = Doc {
                path: lesson,
                text: &text,
            };
            return Err(doc.error_at(
                "dir",
                &dir.display().to_string(),
                0,
                format!(
                    "exercise `{id}`: `dir: {}` overlaps `{other}`'s `dir: {}`; each exercise needs a folder of its own",
                    dir.display(),
                    other_dir.display()
                ),
            ));
        }
    }
    let ids: Vec<&str> = seen.keys().copied().collect();
    for lesson in &course.lessons {
        for exercise in &lesson.file.exercises {
            for check in &exercise.checks {
                if let Check::ImageSize(target) = check
                    && let Some(before) = &target.before
                    && !ids.contains(&before.as_str())
                {
                    let text = course
                        .source
                        .read_to_string(&lesson.path)
                        .unwrap_or_default();
                    let doc = Doc {
                        path: &lesson.path,
                        text: &text,
                    };
                    return Err(doc.error_at(
                        "before",
                        before,
                        0,
                        format!(
                            "exercise `{}`: `before: {before}` names no exercise of this course",
                            exercise.id
                        ),
                    ));
                }
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locates_keys_in_block_and_flow_yaml() {
        let text = "id: go\nexercises:\n  - id: one\n    checks:\n      - stages: { min: 2 }\n  - id: one\n";
        assert_eq!(locate(text, "id", "one", 0), Some((3, 5)));
        assert_eq!(locate(text, "id", "one", 1), Some((6, 5)));
        assert_eq!(locate(text, "min", "2", 0), Some((5, 19)));
        assert_eq!(locate(text, "id", "two", 0), None);
    }

    #[test]
    fn ids_are_lowercase_words() {
        assert!(valid_id("go-multistage"));
        assert!(valid_id("node2"));
        assert!(!valid_id("Go"));
        assert!(!valid_id("go_x"));
        assert!(!valid_id(""));
        assert!(!valid_id("-x"));
    }
}
