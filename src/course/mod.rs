//! The course: lessons and exercises, loaded strictly from YAML (see `schema`).

mod attempts;
mod load;
pub mod schema;
mod source;
#[cfg(test)]
mod tests;

use std::path::{Path, PathBuf};

use crate::docker::BuilderKind;
use anyhow::Result;

pub use attempts::Attempt;
pub use load::CourseError;
pub use schema::{Check, ExerciseDef, LessonFile};
pub use source::Source;

/// A loaded, validated course.
#[derive(Debug)]
pub struct Course {
    pub title: String,
    pub lessons: Vec<Lesson>,
    pub source: Source,
}

#[derive(Debug)]
pub struct Lesson {
    pub file: LessonFile,
    /// `lessons/<id>.yaml`, relative to the course root.
    pub path: PathBuf,
}

/// An exercise with the lesson it belongs to.
#[derive(Debug, Clone, Copy)]
pub struct Exercise<'a> {
    pub lesson: &'a Lesson,
    pub def: &'a ExerciseDef,
    /// Position in the course, from 0.
    pub index: usize,
}

impl<'a> Exercise<'a> {
    pub fn id(&self) -> &'a str {
        &self.def.id
    }

    /// Folder of the starting state, relative to the course root (`exercises/<dir>`).
    pub fn start_dir(&self) -> PathBuf {
        Path::new("exercises").join(self.def.dir.as_path())
    }

    /// Folder of the shared app sources, relative to the course root, if the exercise has one.
    pub fn app_dir(&self) -> Option<PathBuf> {
        self.def
            .app
            .as_ref()
            .map(|app| Path::new("exercises").join(app.as_path()))
    }

    /// Folder of the reference solution's files, relative to the course root.
    pub fn solution_dir(&self) -> PathBuf {
        let rel = match &self.def.solution {
            Some(path) => path.as_path().to_path_buf(),
            None => Path::new("solutions").join(&self.def.id),
        };
        Path::new("lessons").join(rel)
    }

    /// The exercise folder inside a workspace, relative to its root.
    pub fn workspace_dir(&self) -> &'a Path {
        self.def.dir.as_path()
    }

    pub fn dockerfile(&self) -> &'a Path {
        self.def.dockerfile.as_path()
    }

    /// Why this engine cannot run the exercise's image checks: it needs BuildKit, and the
    /// engine builds with the classic builder.
    pub fn unsupported_by(&self, builder: BuilderKind) -> Option<String> {
        match (self.def.needs, builder) {
            (Some(schema::Need::Buildkit), BuilderKind::Classic) => Some(
                "this exercise needs BuildKit (its Dockerfile uses what only BuildKit builds), and this engine builds with the classic builder; its image checks are skipped here: on a Docker engine BuildKit is the default (`--builder buildkit`), and `dockerlings next --force` moves on".into(),
            ),
            _ => None,
        }
    }

    /// Does any check need the engine?
    pub fn needs_engine(&self) -> bool {
        self.def.checks.iter().any(|check| !check.is_static())
    }
}

impl Course {
    /// The course that ships in the binary.
    pub fn embedded() -> Result<Self, CourseError> {
        load::load(Source::Embedded)
    }

    /// A course folder with `lessons/` and `exercises/`.
    pub fn from_dir(dir: &Path) -> Result<Self, CourseError> {
        load::load(Source::Dir(dir.to_path_buf()))
    }

    pub fn exercises(&self) -> impl Iterator<Item = Exercise<'_>> {
        self.lessons
            .iter()
            .flat_map(|lesson| lesson.file.exercises.iter().map(move |def| (lesson, def)))
            .enumerate()
            .map(|(index, (lesson, def))| Exercise { lesson, def, index })
    }

    pub fn exercise(&self, id: &str) -> Option<Exercise<'_>> {
        self.exercises().find(|exercise| exercise.id() == id)
    }

    /// Like `exercise`, with an error that lists what exists.
    pub fn require(&self, id: &str) -> Result<Exercise<'_>> {
        self.exercise(id).ok_or_else(|| {
            let known: Vec<_> = self.exercises().map(|e| e.id().to_string()).collect();
            anyhow::anyhow!(
                "there is no exercise `{id}` in this course; run `dockerlings list` to see them ({})",
                known.join(", ")
            )
        })
    }

    pub fn len(&self) -> usize {
        self.exercises().count()
    }

    /// Every image tag the course names, deduplicated, in lesson order.
    pub fn images(&self) -> Vec<String> {
        let mut images: Vec<String> = Vec::new();
        for lesson in &self.lessons {
            for image in &lesson.file.images {
                if !images.contains(image) {
                    images.push(image.clone());
                }
            }
        }
        images
    }

    /// The starting files of an exercise (path relative to the exercise folder, contents):
    /// its shared app, if any, with the exercise's own files laid over it.
    pub fn starting_files(&self, exercise: Exercise<'_>) -> Result<Vec<(PathBuf, Vec<u8>)>> {
        let own = self.source.files_under(&exercise.start_dir())?;
        match exercise.app_dir() {
            Some(app) => Ok(overlay(self.source.files_under(&app)?, own)),
            None => Ok(own),
        }
    }

    /// The reference solution: the starting files with the solution's files laid over them.
    pub fn solution_files(&self, exercise: Exercise<'_>) -> Result<Vec<(PathBuf, Vec<u8>)>> {
        Ok(overlay(
            self.starting_files(exercise)?,
            self.solution_overlay(exercise)?,
        ))
    }

    /// Only the files the solution changes or adds.
    pub fn solution_overlay(&self, exercise: Exercise<'_>) -> Result<Vec<(PathBuf, Vec<u8>)>> {
        self.source.files_under(&exercise.solution_dir())
    }
}

/// `base` with the files of `top` added, or replacing those of the same path; sorted.
fn overlay(
    mut base: Vec<(PathBuf, Vec<u8>)>,
    top: Vec<(PathBuf, Vec<u8>)>,
) -> Vec<(PathBuf, Vec<u8>)> {
    for (path, contents) in top {
        match base.iter_mut().find(|(existing, _)| *existing == path) {
            Some(slot) => slot.1 = contents,
            None => base.push((path, contents)),
        }
    }
    base.sort();
    base
}
