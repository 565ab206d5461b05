//! `dockerlings dev new LESSON [EXERCISE]`: scaffolding for course authors.

use std::fs;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};

use super::Exit;
use crate::book;
use crate::workspace::write_files;

/// Scaffolds `lessons/<lesson>.yaml` (and its prose) or adds an exercise to it.
pub fn run(course_dir: &Path, lesson: &str, exercise: Option<&str>) -> Result<Exit> {
    let lessons = course_dir.join("lessons");
    let lesson_file = lessons.join(format!("{lesson}.yaml"));
    let exercise_id = exercise
        .map(str::to_string)
        .unwrap_or_else(|| format!("{lesson}-first"));
    let valid = |id: &str| {
        !id.is_empty()
            && id
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
    };
    if !valid(lesson) || !valid(&exercise_id) {
        bail!("ids are lowercase letters, digits and dashes, like `go-multistage`");
    }
    let dir = format!("{lesson}/{exercise_id}");
    let exercise_dir = course_dir.join("exercises").join(&dir);
    if exercise_dir.exists() {
        bail!(
            "{} already exists; choose another exercise id",
            exercise_dir.display()
        );
    }
    let entry = format!(
        "  - id: {exercise_id}\n    dir: {dir}\n    title: TODO a short title\n    task: |\n      TODO what the learner should do, in two or three sentences.\n    hints:\n      - TODO a nudge\n      - TODO nearly the answer\n    checks:\n      - stages: {{ min: 2 }}\n      - stages_named: true\n      - build: true\n    fails_as_shipped: [stages]\n"
    );
    fs::create_dir_all(&lessons)?;
    if lesson_file.exists() {
        let mut text = fs::read_to_string(&lesson_file)?;
        if !text.ends_with('\n') {
            text.push('\n');
        }
        text.push_str(&entry);
        fs::write(&lesson_file, text)?;
    } else {
        fs::write(
            &lesson_file,
            format!(
                "id: {lesson}\ntitle: TODO the lesson title\ntext: {lesson}.md\nimages: [busybox:1.36]\nexercises:\n{entry}"
            ),
        )?;
        fs::write(
            lessons.join(format!("{lesson}.md")),
            "# TODO the lesson title\n\nWhat the lesson teaches, for the book and the learner.\n",
        )?;
        add_to_book(course_dir, lesson)?;
        let course_file = lessons.join("course.yaml");
        if course_file.exists() {
            println!(
                "Add `{lesson}` to the `lessons:` list in {}.",
                course_file.display()
            );
        } else {
            fs::write(
                &course_file,
                format!("version: 1\ntitle: TODO the course title\nlessons: [{lesson}]\n"),
            )?;
        }
    }
    let dockerfile = "# TODO the starting state: what the learner fixes\nFROM busybox:1.36\nCMD [\"echo\", \"hello\"]\n";
    write_files(
        &exercise_dir,
        &[(PathBuf::from("Dockerfile"), dockerfile.as_bytes().to_vec())],
    )
    .context("cannot write the exercise")?;
    let solution = lessons.join("solutions").join(&exercise_id);
    write_files(
        &solution,
        &[(
            PathBuf::from("Dockerfile"),
            b"FROM busybox:1.36 AS build\nFROM busybox:1.36 AS final\nCMD [\"echo\", \"hello\"]\n"
                .to_vec(),
        )],
    )?;
    println!(
        "Wrote {}, {} and {}.\nFill in the TODOs, then run `dockerlings --course {} dev check {exercise_id}`.",
        lesson_file.display(),
        exercise_dir.display(),
        solution.display(),
        course_dir.display()
    );
    Ok(Exit::Pass)
}

/// Where the course has a book (`book/src/SUMMARY.md`), a chapter that includes the new
/// lesson's prose, listed after the other lessons; its exercises get their pages from
/// `dockerlings book` when the book is built.
fn add_to_book(course_dir: &Path, lesson: &str) -> Result<()> {
    let src = course_dir.join("book").join("src");
    let summary_file = src.join("SUMMARY.md");
    if !summary_file.is_file() {
        return Ok(());
    }
    let file = format!("{lesson}.md");
    let chapter = src.join(&file);
    if chapter.exists() {
        bail!(
            "{} already exists; the new lesson's chapter would go there. Move it, or choose another lesson id",
            chapter.display()
        );
    }
    let summary = fs::read_to_string(&summary_file)
        .with_context(|| format!("cannot read {}", summary_file.display()))?;
    let chapters = book::lesson_chapters(&summary, &|path| fs::read_to_string(src.join(path)).ok());
    let chapters: Vec<&str> = chapters.iter().map(String::as_str).collect();
    fs::write(&chapter, book::lesson_chapter(&file))?;
    fs::write(
        &summary_file,
        book::summary_with_lesson(&summary, &chapters, "TODO the lesson title", &file),
    )?;
    println!(
        "Wrote {} and listed it in {}.",
        chapter.display(),
        summary_file.display()
    );
    Ok(())
}
