//! Reports for graders and CI, rendered to text: the gradebook facts every JSON and JUnit
//! report carries, JUnit XML (`junit`) and SARIF 2.1.0 (`sarif`). Commands decide where they go
//! and write them; nothing here prints or writes a file.

pub mod junit;
pub mod sarif;

use std::time::SystemTime;

use serde::Serialize;

use crate::course::{Course, Source};
use crate::docker::EngineFacts;

/// What a gradebook needs besides the results: who, which course, which tools, when.
#[derive(Debug, Clone, Serialize)]
pub struct Gradebook {
    pub dockerlings_version: &'static str,
    /// The workspace's random id (absent for `dev check`, which grades no workspace).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub workspace_id: Option<String>,
    pub course: CourseFacts,
    /// The engine the image checks ran on; null when none did (static checks only, or no engine).
    pub engine: Option<EngineFacts>,
    /// RFC 3339, UTC.
    pub started_at: String,
    pub finished_at: String,
    pub seconds: f64,
    /// One entry per exercise graded, in course order.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub exercises: Vec<ExerciseFacts>,
}

/// Which course, and which version of its rules.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CourseFacts {
    /// `builtin` for the course inside the binary, else the course folder's name.
    pub id: String,
    pub title: String,
    /// `builtin-<dockerlings version>`, or for a course folder a digest of its lesson files
    /// (checks, hints, settings): two reports with the same version were graded by the same
    /// rules.
    pub version: String,
}

impl CourseFacts {
    pub fn of(course: &Course) -> CourseFacts {
        let (id, version) = match &course.source {
            Source::Embedded => (
                "builtin".to_string(),
                format!("builtin-{}", env!("CARGO_PKG_VERSION")),
            ),
            Source::Dir(dir) => {
                let id = dir
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_else(|| "course".into());
                let lessons: Vec<_> = course.lessons.iter().map(|l| &l.file).collect();
                let bytes = serde_json::to_vec(&(&course.title, lessons)).unwrap_or_default();
                (id, format!("{:016x}", fnv1a(&bytes)))
            }
        };
        CourseFacts {
            id,
            title: course.title.clone(),
            version,
        }
    }
}

/// FNV-1a, 64 bits: a digest that stays the same across Rust versions and platforms.
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, byte| {
        (hash ^ u64::from(*byte)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// One exercise in a gradebook.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ExerciseFacts {
    pub exercise: String,
    pub passed: bool,
    /// How long its checks took, in seconds.
    pub seconds: f64,
    /// Hints shown so far, of how many the exercise has.
    pub hints_shown: usize,
    pub hints: usize,
    /// Whether `solution --force` showed the solution before the exercise passed.
    pub solution_viewed_before_pass: bool,
}

/// `2026-03-01T09:30:00.123Z`.
pub fn timestamp(at: SystemTime) -> String {
    humantime::format_rfc3339_millis(at).to_string()
}

impl Gradebook {
    /// `(name, value)` pairs of the run's facts, for JUnit properties.
    pub fn properties(&self) -> Vec<(String, String)> {
        let mut out = vec![
            (
                "dockerlings.version".into(),
                self.dockerlings_version.into(),
            ),
            ("course.id".into(), self.course.id.clone()),
            ("course.title".into(), self.course.title.clone()),
            ("course.version".into(), self.course.version.clone()),
        ];
        if let Some(id) = &self.workspace_id {
            out.push(("workspace.id".into(), id.clone()));
        }
        match &self.engine {
            Some(engine) => {
                out.push(("engine.name".into(), engine.name.clone()));
                out.push(("engine.version".into(), engine.version.clone()));
                out.push(("engine.image_store".into(), engine.image_store.clone()));
                out.push(("engine.builder".into(), engine.builder.name().into()));
            }
            None => out.push(("engine.name".into(), "none".into())),
        }
        out.push(("started_at".into(), self.started_at.clone()));
        out.push(("finished_at".into(), self.finished_at.clone()));
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_course_digest_is_fnv1a() {
        // The published FNV-1a 64 test vectors.
        assert_eq!(fnv1a(b""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(fnv1a(b"a"), 0xaf63_dc4c_8601_ec8c);
    }

    #[test]
    fn timestamps_are_rfc3339_utc() {
        let at = SystemTime::UNIX_EPOCH + std::time::Duration::from_millis(1_700_000_000_123);
        assert_eq!(timestamp(at), "2023-11-14T22:13:20.123Z");
    }
}
