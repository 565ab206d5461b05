//! The lesson file format (schema version 1), as serde types.
//!
//! A course is a folder with `lessons/course.yaml` (title and lesson order), one
//! `lessons/<lesson>.yaml` per lesson, the lesson prose next to it, reference solutions under
//! `lessons/solutions/<exercise>/`, and the starting state of every exercise under `exercises/`.
//! Every struct denies unknown keys so that a typo is an error with a line and column, not a
//! silently ignored setting.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::duration::Seconds;
use super::path::CoursePath;
use super::size::Size;

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
}

fn default_dockerfile() -> CoursePath {
    CoursePath::new("Dockerfile")
}

/// One entry of an exercise's `checks:` list: a map with a single key, the check kind.
#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
pub enum Check {
    // ---- static: read the Dockerfile, no engine ----
    /// Number of `FROM` stages.
    Stages(Range),
    /// Every stage has an `AS name`.
    StagesNamed(bool),
    /// Stage names are unique, lowercase and not reserved (`scratch`, `context`).
    StageNamesValid(bool),
    /// Every `COPY --from` names an earlier stage, a stage index or an image.
    CopyFromResolves(bool),
    /// The final stage copies from this stage, and only artifacts (never `/` or the whole
    /// work directory).
    CopyFrom(CopyFromCheck),
    /// The base of the final stage is one of these (`repo` matches any tag, `repo:tag` only
    /// that tag, `scratch` the empty image).
    FinalBase(OneOf),
    /// No `:latest` and no untagged base image.
    PinnedBases(bool),
    /// CMD and ENTRYPOINT in exec (JSON) form.
    ExecForm(bool),
    /// The final stage sets a `USER` other than root.
    NonRootUser(bool),
    /// Dependency manifests are copied and installed before the sources.
    DepsBeforeSources(DepsOrder),
    /// The Dockerfile contains (or lacks) a text, for lessons about one instruction.
    Contains(ContainsCheck),

    // ---- engine: build and inspect ----
    /// The image builds.
    Build(bool),
    /// `--target STAGE` builds.
    Target(TargetCheck),
    /// The final image's size against a target.
    ImageSize(SizeTarget),
    /// These paths do not exist in the final image.
    Absent(Vec<String>),
    /// These paths exist in the final image.
    Present(Vec<String>),
    /// Image configuration: user, ports, entrypoint, cmd, workdir, env.
    Metadata(MetadataCheck),
    /// The `.dockerignore` keeps these paths out of the build context.
    ContextExcludes(Vec<String>),

    // ---- run ----
    /// Run the image and check its exit code and output, or probe it over HTTP.
    Run(RunCheck),
    /// Rebuild after a one-line edit to a source file; the dependency step must be reused.
    Cache(CacheCheck),
}

#[derive(Debug, Clone, Default, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Range {
    pub min: Option<u32>,
    pub max: Option<u32>,
}

#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct CopyFromCheck {
    /// The stage the final stage must copy from, by name.
    pub stage: String,
    /// Sources that copy too much; defaults to `/`, `.`, and the stage's WORKDIR.
    #[serde(default)]
    pub forbid: Vec<String>,
}

#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct OneOf {
    pub one_of: Vec<String>,
}

#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct DepsOrder {
    /// Files that list dependencies, e.g. `[go.mod, go.sum]` or `[package.json, package-lock.json]`
    /// (globs like `package*.json` in the Dockerfile count).
    pub manifests: Vec<String>,
    /// A text of the RUN instruction that installs them, e.g. `go mod download` or `npm ci`.
    pub install: String,
}

#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct ContainsCheck {
    /// Text that must appear in some instruction (case-insensitive).
    #[serde(default)]
    pub text: Option<String>,
    /// Text that must appear nowhere (case-insensitive).
    #[serde(default)]
    pub not: Option<String>,
    /// Why this matters, shown when it fails.
    pub why: String,
}

#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct TargetCheck {
    pub stage: String,
}

/// Size targets that stay true across engines, platforms and base image releases.
#[derive(Debug, Clone, Default, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct SizeTarget {
    /// Absolute ceiling on the final image.
    #[serde(default)]
    pub max: Option<Size>,
    /// Ceiling on what the Dockerfile adds on top of its final base image.
    #[serde(default)]
    pub added: Option<Size>,
    /// Ceiling on final size ÷ size of the "before" image.
    #[serde(default)]
    pub ratio: Option<f64>,
    /// The exercise whose starting Dockerfile builds the "before" image (the same app in one
    /// stage); needed by `ratio` and shown as the before/after reduction.
    #[serde(default)]
    pub before: Option<String>,
    /// Why the target is what it is.
    #[serde(default)]
    pub why: Option<String>,
}

#[derive(Debug, Clone, Default, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct MetadataCheck {
    /// Exact user, or `non-root` for any user other than root/0.
    #[serde(default)]
    pub user: Option<String>,
    /// Ports the image must expose, e.g. `[8080]`.
    #[serde(default)]
    pub exposed_ports: Option<Vec<u16>>,
    #[serde(default)]
    pub entrypoint: Option<Vec<String>>,
    #[serde(default)]
    pub cmd: Option<Vec<String>>,
    #[serde(default)]
    pub workdir: Option<String>,
    /// Variables the image must set, with their values (`"*"` for any value).
    #[serde(default)]
    pub env: BTreeMap<String, String>,
}

#[derive(Debug, Clone, Default, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct RunCheck {
    /// Arguments replacing the image's CMD.
    #[serde(default)]
    pub args: Option<Vec<String>>,
    /// Expected exit code (for programs that finish).
    #[serde(default)]
    pub exit_code: Option<i64>,
    /// Text the output must contain.
    #[serde(default)]
    pub stdout_contains: Option<String>,
    /// Probe the running container over HTTP instead of waiting for it to exit.
    #[serde(default)]
    pub http: Option<HttpProbe>,
    /// Deadline for the whole run; defaults to 20s.
    #[serde(default)]
    pub timeout: Option<Seconds>,
}

#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct HttpProbe {
    /// The container port; published on 127.0.0.1 at a free port.
    pub port: u16,
    #[serde(default = "default_http_path")]
    pub path: String,
    #[serde(default = "default_http_status")]
    pub status: u16,
    #[serde(default)]
    pub contains: Option<String>,
}

fn default_http_path() -> String {
    "/".into()
}

fn default_http_status() -> u16 {
    200
}

#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct CacheCheck {
    /// The source file that gets a one-line edit, relative to the exercise folder.
    pub edit: CoursePath,
    /// A text of the instruction that must come from the cache, e.g. `go mod download`.
    pub reused: String,
}
