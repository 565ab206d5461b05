//! The learner-attempt corpus: Dockerfiles a real learner would write, each with the verdict a
//! teacher would give it. `dev check` builds every one and compares.
//!
//! `lessons/attempts/<exercise>/<attempt>/attempt.yaml` says what is expected; the other files
//! of that folder are laid over the exercise's starting files (a `Dockerfile`, a
//! `.dockerignore`, …), and `delete:` removes starting files.
//!
//! ```yaml
//! about: ENTRYPOINT instead of CMD, lowercase instructions   # what the learner did
//! passes: true                                              # a correct answer …
//! # … or a mistake: exactly these kinds fail (others may be skipped, none other fails)
//! fails: [stages_named]
//! says: "by its number"      # optional: a failing message or expected value contains this
//! at: 4                      # optional: the first kind in `fails` points at this line
//! ```

use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};
use serde::Deserialize;

use super::{Course, Exercise, overlay};
use crate::checks::{CheckKind, Status, Verdict};
use crate::values::path::CoursePath;

/// Where the corpus lives in a course.
pub const ATTEMPTS_DIR: &str = "lessons/attempts";
const ATTEMPT_FILE: &str = "attempt.yaml";

/// Relative paths and contents.
type Files = Vec<(PathBuf, Vec<u8>)>;

#[derive(Debug, Clone)]
pub struct Attempt {
    pub exercise: String,
    pub name: String,
    pub about: String,
    pub expect: Expect,
    pub says: Option<String>,
    pub at: Option<usize>,
    /// Files laid over the starting files, relative to the exercise folder.
    pub files: Vec<(PathBuf, Vec<u8>)>,
    pub delete: Vec<PathBuf>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Expect {
    Passes,
    Fails(Vec<CheckKind>),
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct AttemptFile {
    about: String,
    #[serde(default)]
    passes: bool,
    #[serde(default)]
    fails: Vec<CheckKind>,
    #[serde(default)]
    says: Option<String>,
    #[serde(default)]
    at: Option<usize>,
    #[serde(default)]
    delete: Vec<CoursePath>,
}

impl Course {
    /// Every attempt of the corpus, by exercise and name. A course without one has none.
    pub fn attempts(&self) -> Result<Vec<Attempt>> {
        let root = Path::new(ATTEMPTS_DIR);
        if !self.source.is_dir(root) {
            return Ok(Vec::new());
        }
        let mut grouped: Vec<((String, String), Files)> = Vec::new();
        for (path, contents) in self.source.files_under(root)? {
            let mut parts = path.components();
            let (Some(exercise), Some(name)) = (parts.next(), parts.next()) else {
                bail!(
                    "{}: attempts go in {ATTEMPTS_DIR}/<exercise>/<attempt>/, not directly under it",
                    root.join(&path).display()
                );
            };
            let key = (
                exercise.as_os_str().to_string_lossy().into_owned(),
                name.as_os_str().to_string_lossy().into_owned(),
            );
            let rest: PathBuf = parts.collect();
            match grouped.iter_mut().find(|(k, _)| *k == key) {
                Some((_, files)) => files.push((rest, contents)),
                None => grouped.push((key, vec![(rest, contents)])),
            }
        }
        let mut attempts = Vec::new();
        for ((exercise, name), files) in grouped {
            let folder = root.join(&exercise).join(&name);
            if self.exercise(&exercise).is_none() {
                bail!(
                    "{}: there is no exercise `{exercise}` in this course",
                    folder.display()
                );
            }
            let (spec, files): (Vec<_>, Vec<_>) = files
                .into_iter()
                .partition(|(path, _)| path == Path::new(ATTEMPT_FILE));
            let Some((_, spec)) = spec.into_iter().next() else {
                bail!(
                    "{}: an attempt needs an {ATTEMPT_FILE} saying what it expects",
                    folder.display()
                );
            };
            let file = folder.join(ATTEMPT_FILE);
            let text = String::from_utf8(spec)
                .with_context(|| format!("{} is not UTF-8", file.display()))?;
            let spec: AttemptFile = serde_yaml::from_str(&text)
                .with_context(|| format!("{}: not a valid attempt", file.display()))?;
            let expect = match (spec.passes, spec.fails.is_empty()) {
                (true, true) => Expect::Passes,
                (false, false) => Expect::Fails(spec.fails),
                _ => bail!(
                    "{}: say either `passes: true` or `fails: [kinds]`, not both or neither",
                    file.display()
                ),
            };
            attempts.push(Attempt {
                exercise,
                name,
                about: spec.about,
                expect,
                says: spec.says,
                at: spec.at,
                files,
                delete: spec
                    .delete
                    .iter()
                    .map(|p| p.as_path().to_path_buf())
                    .collect(),
            });
        }
        Ok(attempts)
    }

    /// The exercise folder as the attempt leaves it.
    pub fn attempt_files(
        &self,
        exercise: Exercise<'_>,
        attempt: &Attempt,
    ) -> Result<Vec<(PathBuf, Vec<u8>)>> {
        let mut files = overlay(self.starting_files(exercise)?, attempt.files.clone());
        files.retain(|(path, _)| !attempt.delete.contains(path));
        Ok(files)
    }
}

impl Attempt {
    /// What is wrong with `verdict` for this attempt; empty when it is what a teacher expects.
    pub fn judge(&self, verdict: &Verdict) -> Vec<String> {
        let failing: Vec<_> = verdict
            .results
            .iter()
            .filter(|r| r.status == Status::Fail)
            .collect();
        let mut problems = Vec::new();
        match &self.expect {
            Expect::Passes => {
                for result in &failing {
                    problems.push(format!(
                        "a correct answer fails `{}`: {}",
                        result.check, result.message
                    ));
                }
            }
            Expect::Fails(kinds) => {
                for kind in kinds {
                    if !failing.iter().any(|r| r.check == *kind) {
                        problems.push(format!("a mistake that `{kind}` should catch passes it"));
                    }
                }
                for result in failing.iter().filter(|r| !kinds.contains(&r.check)) {
                    problems.push(format!(
                        "fails `{}` too, which this mistake is not about: {}",
                        result.check, result.message
                    ));
                }
                if let Some(says) = &self.says
                    && !failing.iter().any(|r| {
                        r.message.contains(says.as_str())
                            || r.expected
                                .as_deref()
                                .is_some_and(|e| e.contains(says.as_str()))
                    })
                {
                    problems.push(format!("no failing check says \"{says}\""));
                }
                if let (Some(line), Some(first)) = (self.at, kinds.first()) {
                    let found = failing
                        .iter()
                        .find(|r| r.check == *first)
                        .and_then(|r| r.location.as_ref())
                        .map(|l| l.line);
                    if found != Some(line) {
                        problems.push(format!(
                            "`{first}` should point at line {line}, not {}",
                            found.map_or("nowhere".to_string(), |l| format!("line {l}"))
                        ));
                    }
                }
            }
        }
        problems
    }
}
