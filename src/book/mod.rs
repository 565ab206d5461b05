//! The companion book's generated part. `dockerlings book` is an mdBook preprocessor: mdBook
//! hands it `[context, book]` as JSON and takes the book back. It finds the chapter that
//! includes each lesson's prose and adds one page per exercise under it, made from the lesson
//! files alone (task, starting files, checks, self-check commands, hints, solution), so that
//! nothing about an exercise is written twice.
//!
//! The JSON is read as `serde_json::Value` and only the fields used here are touched, so the
//! book passes through unchanged whatever else a newer mdBook puts in it.

mod page;
mod selfcheck;

use std::collections::HashMap;
use std::path::{Component, Path, PathBuf};

use anyhow::{Context, Result, bail};
use serde_json::{Value, json};

use crate::course::Course;

/// What mdBook sends on stdin: its context and the book.
pub struct Request {
    context: Value,
    book: Value,
}

impl Request {
    pub fn parse(text: &str) -> Result<Request> {
        let value: Value = serde_json::from_str(text)
            .context("mdBook's input is not JSON; `dockerlings book` is run by `mdbook build`, as a preprocessor in book.toml")?;
        let Value::Array(mut pair) = value else {
            bail!("mdBook's input is not a [context, book] pair");
        };
        if pair.len() != 2 || !pair[1].get("items").is_some_and(Value::is_array) {
            bail!(
                "mdBook's input is not a [context, book] pair with the book's `items`: this preprocessor reads mdBook 0.5's format"
            );
        }
        let book = pair.pop().unwrap_or_default();
        let context = pair.pop().unwrap_or_default();
        Ok(Request { context, book })
    }

    /// The book's folder, where book.toml is.
    pub fn root(&self) -> Result<PathBuf> {
        self.context
            .get("root")
            .and_then(Value::as_str)
            .map(PathBuf::from)
            .context("mdBook's context has no `root`")
    }

    /// The course the book is about: `course` in `[preprocessor.dockerlings]`, relative to the
    /// book's folder, by default its parent (a course keeps its book in `book/`).
    pub fn course_dir(&self) -> Result<PathBuf> {
        let course = self
            .context
            .pointer("/config/preprocessor/dockerlings/course")
            .and_then(Value::as_str)
            .unwrap_or("..");
        Ok(self.root()?.join(course))
    }

    /// The chapters' folder (`src` in `[book]`, by default `src`), absolute.
    fn src_dir(&self) -> Result<PathBuf> {
        let src = self
            .context
            .pointer("/config/book/src")
            .and_then(Value::as_str)
            .unwrap_or("src");
        Ok(self.root()?.join(src))
    }
}

/// Where a lesson's prose is included.
struct LessonChapter {
    /// Indexes from the top of `items` through `sub_items`.
    at: Vec<usize>,
    /// Its path in the book, like `go.md`.
    path: String,
}

/// Adds the exercise pages to the book and returns the book as mdBook wants it on stdout.
pub fn preprocess(request: Request, course: &Course) -> Result<String> {
    let course_root = course
        .source
        .root()
        .context("the book is made from a course folder")?;
    let src_dir = request.src_dir()?;
    let mut book = request.book;
    let mut found: HashMap<usize, LessonChapter> = HashMap::new();
    let prose: Vec<Option<PathBuf>> = course
        .lessons
        .iter()
        .map(|lesson| {
            course_root
                .join("lessons")
                .join(lesson.file.text.as_path())
                .canonicalize()
                .ok()
        })
        .collect();
    let items = book["items"].as_array().cloned().unwrap_or_default();
    walk(&items, &mut Vec::new(), &mut |at, chapter| {
        let (Some(content), Some(source)) =
            (chapter["content"].as_str(), chapter["source_path"].as_str())
        else {
            return;
        };
        let chapter_dir = src_dir.join(source);
        let chapter_dir = chapter_dir.parent().unwrap_or(&src_dir);
        for target in includes(content) {
            let Ok(included) = chapter_dir.join(target).canonicalize() else {
                continue;
            };
            if let Some(lesson) = prose.iter().position(|p| p.as_ref() == Some(&included)) {
                found.entry(lesson).or_insert_with(|| LessonChapter {
                    at: at.to_vec(),
                    path: chapter["path"].as_str().unwrap_or(source).to_string(),
                });
            }
        }
    });
    let mut chapters: HashMap<&str, String> = HashMap::new();
    for (index, lesson) in course.lessons.iter().enumerate() {
        let Some(chapter) = found.get(&index) else {
            bail!(
                "{}: the prose of lesson `{}`, lessons/{}, is in no chapter of the book; add a chapter that includes it ({}) to SUMMARY.md, as `dockerlings dev new` does",
                lesson.path.display(),
                lesson.file.id,
                lesson.file.text,
                include_line(&lesson.file.text.to_string())
            );
        };
        chapters.insert(&lesson.file.id, chapter.path.clone());
    }
    let taken = paths(&items);
    for exercise in course.exercises() {
        let path = page::path(exercise.id());
        if taken.contains(&path) {
            bail!(
                "the book already has a chapter at {path}, where the page of exercise `{}` goes; move that chapter",
                exercise.id()
            );
        }
    }
    for (index, lesson) in course.lessons.iter().enumerate() {
        let chapter_at = &found[&index].at;
        let chapter = chapter_mut(&mut book["items"], chapter_at)
            .context("a lesson chapter moved while the book was read")?;
        let lesson_path = chapters[lesson.file.id.as_str()].clone();
        let name = chapter["name"].as_str().unwrap_or_default().to_string();
        let number = chapter["number"].clone();
        let mut parents: Vec<Value> = chapter["parent_names"]
            .as_array()
            .cloned()
            .unwrap_or_default();
        parents.push(Value::String(name));
        let mut list = String::from("\n\n## The exercises\n\n");
        let mut pages = Vec::new();
        let existing = chapter["sub_items"].as_array().map_or(0, Vec::len);
        for (k, exercise) in course
            .exercises()
            .filter(|e| e.lesson.file.id == lesson.file.id)
            .enumerate()
        {
            let path = page::path(exercise.id());
            list.push_str(&format!(
                "{}. [{}]({}) (`{}`)\n",
                k + 1,
                exercise.def.title,
                relative(&lesson_path, &path),
                exercise.id()
            ));
            let content = page::render(course, exercise, &path, &chapters)?;
            let number = match &number {
                Value::Array(parts) => {
                    let mut parts = parts.clone();
                    parts.push(json!(existing + k + 1));
                    Value::Array(parts)
                }
                _ => Value::Null,
            };
            pages.push(json!({
                "Chapter": {
                    "name": exercise.def.title,
                    "content": escape_directives(&content),
                    "number": number,
                    "sub_items": [],
                    "path": path,
                    "source_path": null,
                    "parent_names": parents,
                }
            }));
        }
        if let Some(Value::String(content)) = chapter.get_mut("content") {
            content.push_str(&escape_directives(&list));
        }
        match chapter.get_mut("sub_items") {
            Some(Value::Array(sub_items)) => sub_items.extend(pages),
            _ => chapter["sub_items"] = Value::Array(pages),
        }
    }
    Ok(serde_json::to_string(&book)?)
}

/// Calls `visit` on every chapter (the value inside `{"Chapter": ...}`) with its place.
fn walk(items: &[Value], at: &mut Vec<usize>, visit: &mut dyn FnMut(&[usize], &Value)) {
    for (index, item) in items.iter().enumerate() {
        let Some(chapter) = item.get("Chapter") else {
            continue;
        };
        at.push(index);
        visit(at, chapter);
        if let Some(sub_items) = chapter["sub_items"].as_array() {
            walk(sub_items, at, visit);
        }
        at.pop();
    }
}

fn chapter_mut<'a>(items: &'a mut Value, at: &[usize]) -> Option<&'a mut Value> {
    let (first, rest) = at.split_first()?;
    let chapter = items.get_mut(*first)?.get_mut("Chapter")?;
    if rest.is_empty() {
        Some(chapter)
    } else {
        chapter_mut(chapter.get_mut("sub_items")?, rest)
    }
}

/// Every chapter path in the book.
fn paths(items: &[Value]) -> Vec<String> {
    let mut found = Vec::new();
    walk(items, &mut Vec::new(), &mut |_, chapter| {
        if let Some(path) = chapter["path"].as_str() {
            found.push(path.to_string());
        }
    });
    found
}

/// The files a chapter includes with mdBook's include directive, without its `:anchor` or
/// `:lines`; an escaped directive (a backslash before it) is an example, not an include.
pub fn includes(content: &str) -> Vec<&str> {
    let open = "{{#include";
    let mut found = Vec::new();
    let mut rest = content;
    while let Some(start) = rest.find(open) {
        let escaped = rest[..start].ends_with('\\');
        let after = &rest[start + open.len()..];
        let Some(end) = after.find("}}") else { break };
        let target = after[..end].trim();
        let target = target.split(':').next().unwrap_or(target).trim();
        if !escaped && !target.is_empty() {
            found.push(target);
        }
        rest = &after[end..];
    }
    found
}

/// How a lesson chapter includes the prose at `lessons/<text>`, from `book/src/`.
pub fn include_line(text: &str) -> String {
    format!("{{{{#include ../../lessons/{text}}}}}")
}

/// The chapter of a new lesson: its prose, included.
pub fn lesson_chapter(text: &str) -> String {
    format!("{}\n", include_line(text))
}

/// The chapters SUMMARY.md lists whose text (`read` gives it, by the chapter's path) includes
/// a lesson's prose.
pub fn lesson_chapters(summary: &str, read: &dyn Fn(&str) -> Option<String>) -> Vec<String> {
    summary
        .split("](")
        .skip(1)
        .filter_map(|rest| rest.split(')').next())
        .filter(|chapter| !chapter.is_empty())
        .filter(|chapter| {
            read(chapter).is_some_and(|text| {
                includes(&text)
                    .iter()
                    .any(|target| target.contains("lessons/"))
            })
        })
        .map(str::to_string)
        .collect()
}

/// SUMMARY.md with a chapter for a new lesson: after the last lesson chapter (one whose file
/// is in `lesson_chapters`), else first under a part titled with "Lessons", else at the end.
pub fn summary_with_lesson(
    summary: &str,
    lesson_chapters: &[&str],
    title: &str,
    file: &str,
) -> String {
    let entry = format!("- [{title}]({file})");
    let lines: Vec<&str> = summary.lines().collect();
    let last = lines.iter().rposition(|line| {
        line.trim_start().starts_with("- [")
            && line
                .split("](")
                .nth(1)
                .and_then(|rest| rest.split(')').next())
                .is_some_and(|chapter| lesson_chapters.contains(&chapter))
    });
    let part = lines
        .iter()
        .position(|line| line.starts_with("# ") && line.to_lowercase().contains("lesson"));
    let mut out: Vec<String> = lines.iter().map(|line| line.to_string()).collect();
    match (last, part) {
        (Some(index), _) => out.insert(index + 1, entry),
        (None, Some(index)) => {
            out.insert(index + 1, String::new());
            out.insert(index + 2, entry);
            if out
                .get(index + 3)
                .is_some_and(|line| !line.trim().is_empty())
            {
                out.insert(index + 3, String::new());
            }
        }
        (None, None) => {
            while out.last().is_some_and(|line| line.trim().is_empty()) {
                out.pop();
            }
            out.push(String::new());
            out.push(entry);
        }
    }
    let mut text = out.join("\n");
    text.push('\n');
    text
}

/// Generated text is not read for mdBook directives: lesson text that happens to hold one is
/// shown as written.
fn escape_directives(text: &str) -> String {
    text.replace("{{#", "\\{{#")
}

/// A link from the page at `from` to the page at `to`, both relative to the book's `src`.
fn relative(from: &str, to: &str) -> String {
    let dirs = |path: &str| -> Vec<String> {
        let mut parts: Vec<String> = Path::new(path)
            .components()
            .filter_map(|c| match c {
                Component::Normal(part) => Some(part.to_string_lossy().into_owned()),
                _ => None,
            })
            .collect();
        parts.pop();
        parts
    };
    let (from_dirs, to_dirs) = (dirs(from), dirs(to));
    let common = from_dirs
        .iter()
        .zip(&to_dirs)
        .take_while(|(a, b)| a == b)
        .count();
    let mut link = "../".repeat(from_dirs.len() - common);
    for dir in &to_dirs[common..] {
        link.push_str(dir);
        link.push('/');
    }
    link.push_str(
        Path::new(to)
            .file_name()
            .map(|name| name.to_string_lossy().into_owned())
            .unwrap_or_default()
            .as_str(),
    );
    link
}

#[cfg(test)]
mod tests;
