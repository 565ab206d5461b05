//! One exercise's page of the book, in Markdown, from the lesson files.

use std::collections::HashMap;
use std::fmt::Write;
use std::path::{Path, PathBuf};

use anyhow::Result;

use super::{relative, selfcheck};
use crate::checks::Check;
use crate::course::{Course, Exercise};

/// Where an exercise's page goes in the book.
pub fn path(id: &str) -> String {
    format!("exercises/{id}.md")
}

/// The page of `exercise`, which lives at `page` in the book; `chapters` maps each lesson id
/// to the chapter that includes its prose.
pub fn render(
    course: &Course,
    exercise: Exercise<'_>,
    page: &str,
    chapters: &HashMap<&str, String>,
) -> Result<String> {
    let def = exercise.def;
    let lesson = &exercise.lesson.file;
    let siblings: Vec<&str> = lesson.exercises.iter().map(|e| e.id.as_str()).collect();
    let position = siblings.iter().position(|id| *id == def.id).unwrap_or(0) + 1;
    let link = |id: &str| -> String {
        match course.exercise(id) {
            Some(other) if other.id() == def.id => "this exercise".to_string(),
            Some(other) => format!("[{}]({})", other.id(), relative(page, &path(other.id()))),
            None => format!("`{id}`"),
        }
    };
    let mut out = String::new();
    writeln!(out, "# {}\n", def.title)?;
    writeln!(
        out,
        "Exercise `{}`, {position} of {} in [{}]({}). With dockerlings, it is `dockerlings verify {}`; \
         without it, [check it yourself](#check-it-yourself) with docker.\n",
        def.id,
        siblings.len(),
        lesson.title,
        relative(page, &chapters[lesson.id.as_str()]),
        def.id
    )?;

    writeln!(out, "## The task\n\n{}\n", def.task.trim_end())?;

    let starting = course.starting_files(exercise)?;
    writeln!(out, "## The starting files\n")?;
    let dockerfile = exercise.dockerfile();
    let shown = |path: &Path| path == dockerfile || path == Path::new(".dockerignore");
    let mut count = 0;
    for (path, contents) in starting.iter().filter(|(path, _)| shown(path)) {
        count += 1;
        writeln!(out, "`{}`:\n", path.display())?;
        out.push_str(&code_block(path, contents, dockerfile));
    }
    let others = top_level(starting.iter().map(|(path, _)| path.as_path()), &shown);
    if !others.is_empty() {
        let folders = match exercise.app_dir() {
            Some(app) => format!(
                "`{}` of the course, with the app from `{}`",
                exercise.start_dir().display(),
                app.display()
            ),
            None => format!("`{}` of the course", exercise.start_dir().display()),
        };
        writeln!(
            out,
            "Beside {}: {}. They are in the folder {folders}; `dockerlings init` copies them \
             into your workspace, in `{}`.\n",
            if count == 1 { "it" } else { "them" },
            others
                .iter()
                .map(|name| format!("`{name}`"))
                .collect::<Vec<_>>()
                .join(", "),
            exercise.workspace_dir().display()
        )?;
    }

    writeln!(out, "## What is checked\n")?;
    writeln!(
        out,
        "In this order; the checks on the Dockerfile need no engine, the others build the image \
         on your engine.\n"
    )?;
    for (index, check) in def.checks.iter().enumerate() {
        let kind = check.kind();
        let place = if kind.is_static() {
            "the Dockerfile"
        } else {
            "the image"
        };
        write!(
            out,
            "{}. **{}** (`{kind}`, {place})",
            index + 1,
            check.title()
        )?;
        let details = details(check, &link);
        if !details.is_empty() {
            write!(out, ": {details}")?;
        }
        out.push('\n');
        if let Some(why) = why(check) {
            // Indented as far as the item's text, so that it stays in the item.
            let indent = " ".repeat(format!("{}. ", index + 1).len());
            writeln!(out, "\n{indent}Why: {}\n", why.trim())?;
        }
    }
    let failing: Vec<String> = def
        .fails_as_shipped
        .iter()
        .map(|kind| format!("`{kind}`"))
        .collect();
    writeln!(out, "\nThe starting files fail {}.\n", failing.join(", "))?;

    out.push_str(&selfcheck::section(exercise, &link));

    if !def.hints.is_empty() {
        writeln!(
            out,
            "## Hints\n\nFrom a nudge to nearly the answer: open one at a time.\n"
        )?;
        for (index, hint) in def.hints.iter().enumerate() {
            writeln!(
                out,
                "<details class=\"hint\">\n<summary>Hint {}</summary>\n\n{}\n\n</details>\n",
                index + 1,
                hint.trim()
            )?;
        }
    }

    let solution = course.solution_overlay(exercise)?;
    if !solution.is_empty() {
        writeln!(out, "## The solution\n")?;
        writeln!(
            out,
            "<details class=\"solution\">\n<summary>The reference solution</summary>\n\n\
             The files that differ from the starting files; the others stay as they are.\n"
        )?;
        for (path, contents) in &solution {
            writeln!(out, "`{}`:\n", path.display())?;
            out.push_str(&code_block(path, contents, dockerfile));
        }
        writeln!(out, "</details>")?;
    }
    Ok(out)
}

/// What a check's title leaves out, in words.
fn details(check: &Check, link: &dyn Fn(&str) -> String) -> String {
    let list = |items: &[String]| {
        items
            .iter()
            .map(|item| format!("`{item}`"))
            .collect::<Vec<_>>()
            .join(", ")
    };
    match check {
        Check::CopyFrom(config) if !config.forbid.is_empty() => {
            format!("never copying {}", list(&config.forbid))
        }
        Check::FinalBase(config) => format!("one of {}", list(&config.one_of)),
        Check::StageBase(config) => format!(
            "stage `{}` from one of {}",
            config.stage,
            list(&config.one_of)
        ),
        Check::DepsBeforeSources(config) => format!(
            "{} copied before the step that runs `{}`, and the other sources after it",
            list(&config.manifests),
            config.install
        ),
        Check::ImageSize(config) => match &config.before {
            Some(before) => format!(
                "the single-stage image is built from the starting files of {}",
                link(before)
            ),
            None => String::new(),
        },
        Check::Run(config) => match (&config.http, &config.args) {
            (Some(http), _) => match &http.contains {
                Some(text) => format!("status {}, with `{text}` in the body", http.status),
                None => format!("status {}", http.status),
            },
            (None, args) => {
                let mut parts = Vec::new();
                if let Some(args) = args {
                    parts.push(format!("run with `{}`", args.join(" ")));
                }
                if let Some(code) = config.exit_code {
                    parts.push(format!("exits with {code}"));
                }
                if let Some(text) = &config.stdout_contains {
                    parts.push(format!("prints `{text}`"));
                }
                parts.join(", ")
            }
        },
        Check::Cache(config) => format!(
            "after an edit to `{}`, the step with `{}` comes from the cache",
            config.edit, config.reused
        ),
        _ => String::new(),
    }
}

/// The reason a lesson gives for a check's target.
fn why(check: &Check) -> Option<&str> {
    match check {
        Check::ImageSize(config) => config.why.as_deref(),
        Check::StageBase(config) => config.why.as_deref(),
        Check::Contains(config) => Some(&config.why),
        _ => None,
    }
}

/// The first part of every path not shown in full, once each, folders with a slash.
fn top_level<'a>(
    paths: impl Iterator<Item = &'a Path>,
    shown: &dyn Fn(&Path) -> bool,
) -> Vec<String> {
    let mut names: Vec<String> = Vec::new();
    for path in paths.filter(|path| !shown(path)) {
        let mut parts = path.components();
        let Some(first) = parts.next() else { continue };
        let mut name = first.as_os_str().to_string_lossy().into_owned();
        if parts.next().is_some() {
            name.push('/');
        }
        if !names.contains(&name) {
            names.push(name);
        }
    }
    names
}

/// A fenced block that no backticks in `contents` can close, with the file's language.
fn code_block(path: &Path, contents: &[u8], dockerfile: &Path) -> String {
    let text = String::from_utf8_lossy(contents);
    let mut longest = 0;
    let mut run = 0;
    for c in text.chars() {
        run = if c == '`' { run + 1 } else { 0 };
        longest = longest.max(run);
    }
    let fence = "`".repeat((longest + 1).max(3));
    let mut block = format!("{fence}{}\n{text}", language(path, dockerfile));
    if !block.ends_with('\n') {
        block.push('\n');
    }
    block.push_str(&fence);
    block.push_str("\n\n");
    block
}

fn language(path: &Path, dockerfile: &Path) -> &'static str {
    let name = path
        .file_name()
        .map(|name| name.to_string_lossy().into_owned())
        .unwrap_or_default();
    if path == dockerfile || name.starts_with("Dockerfile") || name.ends_with(".Dockerfile") {
        return "dockerfile";
    }
    match PathBuf::from(&name)
        .extension()
        .and_then(|ext| ext.to_str())
    {
        Some("go") => "go",
        Some("js" | "mjs") => "javascript",
        Some("json") => "json",
        Some("py") => "python",
        Some("html") => "html",
        Some("sh") => "sh",
        Some("yaml" | "yml") => "yaml",
        _ => "text",
    }
}
