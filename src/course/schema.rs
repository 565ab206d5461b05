//! The lesson file format (schema version 1), as serde types.
//!
//! A course is a folder with `lessons/course.yaml` (title and lesson order), one
//! `lessons/<lesson>.yaml` per lesson, the lesson prose next to it, reference solutions under
//! `lessons/solutions/<exercise>/`, and the starting state of every exercise under `exercises/`.
//! Every struct denies unknown keys so that a typo is an error with a line and column, not a
//! silently ignored setting.

use serde::{Deserialize, Serialize};

pub use crate::checks::{Check, CheckKind};
use crate::values::path::CoursePath;

/// `lessons/course.yaml`.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct CourseFile {
    /// The schema version of the lesson files; only `1` exists.
    pub version: u32,
    pub title: String,
    /// Lesson ids in teaching order; each names `lessons/<id>.yaml`.
    pub lessons: Vec<String>,
}

/// `lessons/<id>.yaml`.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct LessonFile {
    pub id: String,
    pub title: String,
    /// Markdown prose under `lessons/`; the mdBook companion includes the same file.
    pub text: CoursePath,
    /// Every image the lesson's exercises and solutions use, pinned: what `dockerlings pull`
    /// fetches before a workshop.
    #[serde(default)]
    pub images: Vec<String>,
    pub exercises: Vec<ExerciseDef>,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct ExerciseDef {
    /// Unique in the course, lowercase, used on the command line.
    pub id: String,
    /// The starting state, under `exercises/`.
    pub dir: CoursePath,
    /// App sources shared by several exercises, under `exercises/`: laid under `dir`, whose
    /// own files win. Each workspace folder still gets a full copy (it is a build context).
    #[serde(default)]
    pub app: Option<CoursePath>,
    pub title: String,
    /// What to do, shown in watch mode and by `verify`.
    pub task: String,
    /// From a nudge to nearly the answer, revealed one at a time.
    #[serde(default)]
    pub hints: Vec<String>,
    /// The Dockerfile to check, relative to the exercise folder.
    #[serde(default = "default_dockerfile")]
    pub dockerfile: CoursePath,
    /// Files that differ from the starting state in the reference solution, under `lessons/`.
    /// Defaults to `solutions/<id>`.
    #[serde(default)]
    pub solution: Option<CoursePath>,
    pub checks: Vec<Check>,
    /// The check kinds the starting state fails on: what the exercise teaches. `dev check`
    /// makes sure the shipped state fails on these (and on nothing unrelated, like the build).
    pub fails_as_shipped: Vec<CheckKind>,
    /// What the engine must offer for the exercise's image checks: `needs: buildkit` for a
    /// Dockerfile the classic builder cannot build (`RUN --mount`, `$BUILDPLATFORM`). On an
    /// engine without it the image checks are skipped and say why, never failed.
    #[serde(default)]
    pub needs: Option<Need>,
}

/// A builder feature an exercise needs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Need {
    /// BuildKit: mounts in RUN, automatic platform ARGs.
    Buildkit,
}

fn default_dockerfile() -> CoursePath {
    CoursePath::new("Dockerfile")
}
