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
    pub fails_as_shipped: Vec<String>,
}

fn default_dockerfile() -> CoursePath {
    CoursePath::new("Dockerfile")
}

/// One entry of an exercise's `checks:` list: a map with a single key, the check kind.
#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
#[serde(rename_all = "snake_case", try_from = "CheckEntry")]
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

/// The YAML shape of a check: a map whose one key is the kind. Spelled out as a struct so that
/// serde names the known kinds when it meets an unknown one, with its line and column.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CheckEntry {
    stages: Option<Range>,
    stages_named: Option<bool>,
    stage_names_valid: Option<bool>,
    copy_from_resolves: Option<bool>,
    copy_from: Option<CopyFromCheck>,
    final_base: Option<OneOf>,
    pinned_bases: Option<bool>,
    exec_form: Option<bool>,
    non_root_user: Option<bool>,
    deps_before_sources: Option<DepsOrder>,
    contains: Option<ContainsCheck>,
    build: Option<bool>,
    target: Option<TargetCheck>,
    image_size: Option<SizeTarget>,
    absent: Option<Vec<String>>,
    present: Option<Vec<String>>,
    metadata: Option<MetadataCheck>,
    context_excludes: Option<Vec<String>>,
    run: Option<RunCheck>,
    cache: Option<CacheCheck>,
}

impl TryFrom<CheckEntry> for Check {
    type Error = String;

    fn try_from(entry: CheckEntry) -> Result<Self, Self::Error> {
        let set = [
            entry.stages.is_some(),
            entry.stages_named.is_some(),
            entry.stage_names_valid.is_some(),
            entry.copy_from_resolves.is_some(),
            entry.copy_from.is_some(),
            entry.final_base.is_some(),
            entry.pinned_bases.is_some(),
            entry.exec_form.is_some(),
            entry.non_root_user.is_some(),
            entry.deps_before_sources.is_some(),
            entry.contains.is_some(),
            entry.build.is_some(),
            entry.target.is_some(),
            entry.image_size.is_some(),
            entry.absent.is_some(),
            entry.present.is_some(),
            entry.metadata.is_some(),
            entry.context_excludes.is_some(),
            entry.run.is_some(),
            entry.cache.is_some(),
        ]
        .iter()
        .filter(|set| **set)
        .count();
        if set != 1 {
            return Err(format!(
                "each entry of `checks:` is one check kind (`- stages_named: true`), this one has {set}"
            ));
        }
        Ok(match entry {
            CheckEntry {
                stages: Some(config),
                ..
            } => Check::Stages(config),
            CheckEntry {
                stages_named: Some(config),
                ..
            } => Check::StagesNamed(config),
            CheckEntry {
                stage_names_valid: Some(config),
                ..
            } => Check::StageNamesValid(config),
            CheckEntry {
                copy_from_resolves: Some(config),
                ..
            } => Check::CopyFromResolves(config),
            CheckEntry {
                copy_from: Some(config),
                ..
            } => Check::CopyFrom(config),
            CheckEntry {
                final_base: Some(config),
                ..
            } => Check::FinalBase(config),
            CheckEntry {
                pinned_bases: Some(config),
                ..
            } => Check::PinnedBases(config),
            CheckEntry {
                exec_form: Some(config),
                ..
            } => Check::ExecForm(config),
            CheckEntry {
                non_root_user: Some(config),
                ..
            } => Check::NonRootUser(config),
            CheckEntry {
                deps_before_sources: Some(config),
                ..
            } => Check::DepsBeforeSources(config),
            CheckEntry {
                contains: Some(config),
                ..
            } => Check::Contains(config),
            CheckEntry {
                build: Some(config),
                ..
            } => Check::Build(config),
            CheckEntry {
                target: Some(config),
                ..
            } => Check::Target(config),
            CheckEntry {
                image_size: Some(config),
                ..
            } => Check::ImageSize(config),
            CheckEntry {
                absent: Some(config),
                ..
            } => Check::Absent(config),
            CheckEntry {
                present: Some(config),
                ..
            } => Check::Present(config),
            CheckEntry {
                metadata: Some(config),
                ..
            } => Check::Metadata(config),
            CheckEntry {
                context_excludes: Some(config),
                ..
            } => Check::ContextExcludes(config),
            CheckEntry {
                run: Some(config), ..
            } => Check::Run(config),
            CheckEntry {
                cache: Some(config),
                ..
            } => Check::Cache(config),
            _ => unreachable!("exactly one kind is set"),
        })
    }
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
