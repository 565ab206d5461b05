//! The model: stages, their bases, instructions and `--from` targets, each with its line.

use super::args::ArgDef;
use super::image::ImageRef;
use super::shell::ShellCommand;

/// A parsed Dockerfile. Lines are 1-based, as editors show them.
#[derive(Debug, Clone)]
pub struct Dockerfile {
    /// `ARG`s before the first `FROM`: the values `FROM` lines can use.
    pub global_args: Vec<Instruction>,
    /// In file order; never empty.
    pub stages: Vec<Stage>,
}

/// Why a Dockerfile could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseError {
    pub line: usize,
    /// The parser's message, e.g. `unknown instruction 'COPPY'`.
    pub message: String,
}

impl std::fmt::Display for ParseError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "line {}: {}", self.line, self.message)
    }
}

impl std::error::Error for ParseError {}

/// One `FROM` and the instructions up to the next.
#[derive(Debug, Clone)]
pub struct Stage {
    /// 0-based, as `COPY --from=0` counts.
    pub index: usize,
    /// The name after `AS`, as written (Docker compares names without case).
    pub name: Option<String>,
    pub base: Base,
    /// `--platform=...` as written.
    pub platform: Option<String>,
    /// The line of `FROM`.
    pub line: usize,
    /// The `FROM` instruction itself.
    pub from: Instruction,
    /// The instructions after `FROM`.
    pub instructions: Vec<Instruction>,
}

/// What a stage starts from.
#[derive(Debug, Clone)]
pub struct Base {
    /// As written after `FROM`, e.g. `golang:${GO}`.
    pub written: String,
    /// With global `ARG` defaults substituted, e.g. `golang:1.23`.
    pub resolved: String,
    /// `ARG`s the reference uses that have no default: `resolved` lacks them.
    pub missing_args: Vec<String>,
    pub target: BaseTarget,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BaseTarget {
    /// The empty image.
    Scratch,
    /// An earlier stage, by index (`FROM builder AS test`).
    Stage(usize),
    Image(ImageRef),
}

/// One instruction.
#[derive(Debug, Clone)]
pub struct Instruction {
    pub kind: Kind,
    /// The arguments as Docker reads them: continuations joined, comment lines inside dropped,
    /// here-document bodies on their own lines.
    pub args: String,
    /// The line of the keyword.
    pub line: usize,
    pub body: Body,
}

impl Instruction {
    /// `COPY --from=builder /app /app`, on one line.
    pub fn text(&self) -> String {
        format!("{} {}", self.kind, self.args)
    }

    pub fn copy(&self) -> Option<&Copy> {
        match &self.body {
            Body::Copy(copy) => Some(copy),
            _ => None,
        }
    }
}

/// The instruction keywords.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Add,
    Arg,
    Cmd,
    Copy,
    Entrypoint,
    Env,
    Expose,
    From,
    Healthcheck,
    Label,
    Maintainer,
    Onbuild,
    Run,
    Shell,
    Stopsignal,
    User,
    Volume,
    Workdir,
}

impl Kind {
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Add => "ADD",
            Kind::Arg => "ARG",
            Kind::Cmd => "CMD",
            Kind::Copy => "COPY",
            Kind::Entrypoint => "ENTRYPOINT",
            Kind::Env => "ENV",
            Kind::Expose => "EXPOSE",
            Kind::From => "FROM",
            Kind::Healthcheck => "HEALTHCHECK",
            Kind::Label => "LABEL",
            Kind::Maintainer => "MAINTAINER",
            Kind::Onbuild => "ONBUILD",
            Kind::Run => "RUN",
            Kind::Shell => "SHELL",
            Kind::Stopsignal => "STOPSIGNAL",
            Kind::User => "USER",
            Kind::Volume => "VOLUME",
            Kind::Workdir => "WORKDIR",
        }
    }
}

impl std::fmt::Display for Kind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// What the checks need of an instruction, beyond its text.
#[derive(Debug, Clone)]
pub enum Body {
    /// `COPY` and `ADD`.
    Copy(Copy),
    Run(Run),
    /// `CMD` and `ENTRYPOINT`.
    Command(CommandForm),
    /// `USER`, with `ARG` defaults substituted.
    User(String),
    /// `WORKDIR`, as written.
    Workdir(String),
    Arg(Vec<ArgDef>),
    Other,
}

/// An option flag such as `--from=builder`, `--chown=app` or `--link`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Flag {
    /// Without the dashes.
    pub name: String,
    pub value: Option<String>,
    pub line: usize,
}

#[derive(Debug, Clone)]
pub struct Copy {
    pub flags: Vec<Flag>,
    /// `--from`, resolved.
    pub from: Option<CopyFrom>,
    pub sources: Vec<CopySource>,
    pub dest: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CopySource {
    /// The path as written, or `<<EOF` for a here-document.
    pub path: String,
    pub line: usize,
    pub here_doc: bool,
}

/// A `--from` value and what it means.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CopyFrom {
    /// As written after `--from=`.
    pub written: String,
    /// The same: Docker expands no variables in `--from` (the model refuses a `$` there).
    pub resolved: String,
    pub line: usize,
    pub target: FromTarget,
}

/// What a `--from` names. A name several stages have means the last of them in the file, as
/// BuildKit reads it (the classic builder refuses such a file).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FromTarget {
    /// An earlier stage, by name or index.
    Stage(usize),
    /// The stage itself or a later one: BuildKit before Dockerfile 1.7 follows it, newer
    /// frontends and the classic builder refuse.
    LaterStage(usize),
    /// A number that is no stage.
    NoSuchIndex(usize),
    /// Anything else: Docker pulls it as an image.
    Image(ImageRef),
}

#[derive(Debug, Clone)]
pub struct Run {
    pub flags: Vec<Flag>,
    /// The command: shell text, or the exec-form words joined by spaces, then the bodies of
    /// its here-documents.
    pub command: String,
    /// The simple commands it runs: `&&`/`;` chains split, here-document scripts read,
    /// `["go", "test", "./..."]` as `go test ./...`.
    pub commands: Vec<ShellCommand>,
}

impl Run {
    /// Its `--mount=` flags, read as BuildKit reads them.
    pub fn mounts(&self) -> Vec<Mount> {
        self.flags
            .iter()
            .filter(|f| f.name == "mount")
            .map(|f| Mount::parse(f.value.as_deref().unwrap_or(""), f.line))
            .collect()
    }
}

/// A `RUN --mount=type=cache,target=/root/.cache/go-build` flag.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mount {
    /// `bind` unless `type=` says otherwise.
    pub kind: String,
    /// `target`, `dst` or `destination`.
    pub target: Option<String>,
    /// Every `key=value` as written, `type` and `target` included.
    pub options: Vec<(String, String)>,
    /// As written, after `--mount=`.
    pub text: String,
    pub line: usize,
}

impl Mount {
    fn parse(text: &str, line: usize) -> Mount {
        let options: Vec<(String, String)> = text
            .split(',')
            .filter(|part| !part.trim().is_empty())
            .map(|part| match part.split_once('=') {
                Some((key, value)) => (key.trim().to_lowercase(), value.trim().to_string()),
                // A bare word is a boolean option (`readonly`, `ro`).
                None => (part.trim().to_lowercase(), "true".to_string()),
            })
            .collect();
        let get = |keys: &[&str]| {
            options
                .iter()
                .find(|(k, _)| keys.contains(&k.as_str()))
                .map(|(_, v)| v.clone())
        };
        Mount {
            kind: get(&["type"]).map_or_else(|| "bind".into(), |t| t.to_lowercase()),
            target: get(&["target", "dst", "destination"]),
            options: options.clone(),
            text: text.to_string(),
            line,
        }
    }
}

/// The user a stage's processes run as, and what decided it.
#[derive(Debug, Clone)]
pub struct RunsAs<'a> {
    /// As Docker reads it after substitution, e.g. `app:app`, `65532`, or empty for root.
    pub user: String,
    pub source: UserSource<'a>,
}

#[derive(Debug, Clone, Copy)]
pub enum UserSource<'a> {
    /// A `USER` line of the stage or of a stage it is built on.
    Instruction(&'a Instruction),
    /// The base image's configuration, for images known to set one (distroless `nonroot`).
    BaseImage(&'a ImageRef),
    /// Nothing sets a user: root (unless an unknown base image sets one).
    Default,
}

impl RunsAs<'_> {
    /// `root`, `0`, `root:root`, `0:0` or empty: the user part decides.
    pub fn is_root(&self) -> bool {
        let name = self.user.split(':').next().unwrap_or("").trim();
        name.is_empty() || name == "root" || name == "0"
    }
}

/// The image a stage finally starts from.
#[derive(Debug, Clone, Copy)]
pub enum ResolvedBase<'a> {
    Scratch,
    /// Normalised: `docker.io/library/golang:1.23` is `golang:1.23`; ARG defaults expanded.
    Image(&'a ImageRef),
    /// The reference uses ARGs without a default, so the image is not known.
    Unresolved(#[allow(dead_code)] &'a Base),
}

impl<'a> ResolvedBase<'a> {
    pub fn image(self) -> Option<&'a ImageRef> {
        match self {
            ResolvedBase::Image(image) => Some(image),
            _ => None,
        }
    }

    /// Whether the base is `reference`: `scratch`, a repository (any tag) or an exact tag.
    pub fn is(self, reference: &str) -> bool {
        let pattern = ImageRef::parse(reference);
        match self {
            ResolvedBase::Scratch => pattern.is_scratch(),
            ResolvedBase::Image(image) => !pattern.is_scratch() && image.matches(&pattern),
            ResolvedBase::Unresolved(_) => false,
        }
    }
}

/// One `RUN` and the simple commands it runs.
#[derive(Debug, Clone, Copy)]
pub struct RunStep<'a> {
    pub instruction: &'a Instruction,
    pub run: &'a Run,
}

/// The two forms of `CMD` and `ENTRYPOINT`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CommandForm {
    /// `["./server", "--port", "8080"]`.
    Exec(Vec<String>),
    /// `./server --port 8080`, run through `/bin/sh -c`.
    Shell(String),
}

impl Dockerfile {
    pub fn final_stage(&self) -> &Stage {
        self.stages
            .last()
            .expect("a Dockerfile has at least one stage")
    }

    pub fn is_final(&self, stage: &Stage) -> bool {
        stage.index + 1 == self.stages.len()
    }

    /// A stage by name, compared without case as Docker does. When several stages have the
    /// name, the last one: the one BuildKit's `--target` and `--from` take.
    pub fn stage_named(&self, name: &str) -> Option<&Stage> {
        self.stages.iter().rev().find(|stage| {
            stage
                .name
                .as_deref()
                .is_some_and(|n| n.eq_ignore_ascii_case(name))
        })
    }

    /// Every instruction in file order, `FROM`s included.
    pub fn instructions(&self) -> impl Iterator<Item = &Instruction> {
        self.global_args.iter().chain(
            self.stages
                .iter()
                .flat_map(|stage| std::iter::once(&stage.from).chain(&stage.instructions)),
        )
    }

    /// The stages a stage builds on, itself first: `FROM builder AS test` gives test, builder.
    pub fn lineage(&self, index: usize) -> Vec<&Stage> {
        let mut chain = vec![&self.stages[index]];
        while let BaseTarget::Stage(parent) = chain[chain.len() - 1].base.target {
            // Bases only point at earlier stages, so this ends.
            chain.push(&self.stages[parent]);
        }
        chain
    }

    /// The image a stage finally starts from, following stage bases.
    pub fn root_base(&self, index: usize) -> &Base {
        let chain = self.lineage(index);
        &chain[chain.len() - 1].base
    }

    /// The image a stage finally starts from, following `FROM <stage>` chains, normalised, with
    /// ARG defaults expanded and `--platform` ignored.
    pub fn resolved_base(&self, stage: usize) -> ResolvedBase<'_> {
        let base = self.root_base(stage);
        match &base.target {
            BaseTarget::Scratch => ResolvedBase::Scratch,
            _ if !base.missing_args.is_empty() => ResolvedBase::Unresolved(base),
            BaseTarget::Image(image) => ResolvedBase::Image(image),
            BaseTarget::Stage(_) => unreachable!("the root of a lineage is no stage"),
        }
    }

    /// The `RUN`s of a stage (not of the stages it is built on), in order.
    pub fn runs(&self, stage: usize) -> impl Iterator<Item = RunStep<'_>> {
        self.stages[stage]
            .instructions
            .iter()
            .filter_map(|instruction| match &instruction.body {
                Body::Run(run) => Some(RunStep { instruction, run }),
                _ => None,
            })
    }

    /// The first `RUN` of a stage that runs `command` (e.g. `go test`), in any form.
    #[allow(dead_code)] // for check kinds such as "the test stage runs go test"
    pub fn stage_runs(&self, stage: usize, command: &str) -> Option<&Instruction> {
        self.runs(stage)
            .find(|step| step.run.commands.iter().any(|c| c.runs(command)))
            .map(|step| step.instruction)
    }

    /// The user a stage runs as: its last `USER` (inherited through `FROM <stage>`, with only
    /// the ARGs the stage declares substituted), else the user its base image is known to set,
    /// else root.
    pub fn runs_as(&self, stage: usize) -> RunsAs<'_> {
        if let Some((user, instruction)) = self.effective_user(stage) {
            return RunsAs {
                user: user.to_string(),
                source: UserSource::Instruction(instruction),
            };
        }
        if let ResolvedBase::Image(image) = self.resolved_base(stage)
            && let Some(user) = image.known_user()
        {
            return RunsAs {
                user: user.to_string(),
                source: UserSource::BaseImage(image),
            };
        }
        RunsAs {
            user: String::new(),
            source: UserSource::Default,
        }
    }

    /// The `USER` in effect at the end of a stage (the last one wins, and a stage built on
    /// another inherits it), with the instruction that set it.
    pub fn effective_user(&self, index: usize) -> Option<(&str, &Instruction)> {
        self.lineage(index).into_iter().find_map(|stage| {
            stage
                .instructions
                .iter()
                .rev()
                .find_map(|instruction| match &instruction.body {
                    Body::User(user) => Some((user.as_str(), instruction)),
                    _ => None,
                })
        })
    }

    /// The work directory at the end of a stage (`None` when no `WORKDIR` sets one, that is `/`),
    /// with relative `WORKDIR`s joined onto the previous one.
    pub fn workdir(&self, index: usize) -> Option<String> {
        let mut dirs: Vec<&str> = self
            .lineage(index)
            .into_iter()
            .rev()
            .flat_map(|stage| &stage.instructions)
            .filter_map(|instruction| match &instruction.body {
                Body::Workdir(dir) => Some(dir.as_str()),
                _ => None,
            })
            .collect();
        // Only the dirs from the last absolute one on matter.
        if let Some(last_absolute) = dirs.iter().rposition(|d| d.starts_with('/')) {
            dirs.drain(..last_absolute);
        }
        if dirs.is_empty() {
            return None;
        }
        Some(clean_path(&dirs.join("/")))
    }
}

impl Stage {
    /// `builder`, or `stage 0` for an unnamed one.
    pub fn label(&self) -> String {
        match &self.name {
            Some(name) => name.clone(),
            None => format!("stage {}", self.index),
        }
    }

    /// The `COPY --from` instructions of this stage.
    pub fn copies_from(&self) -> impl Iterator<Item = (&Instruction, &Copy, &CopyFrom)> {
        self.instructions.iter().filter_map(|instruction| {
            let copy = instruction.copy()?;
            Some((instruction, copy, copy.from.as_ref()?))
        })
    }
}

/// A path inside an image, absolute and without `.`, `..` or trailing slashes: `./` and `.`
/// are `/` (sources of `COPY --from` are relative to the root of the other stage).
pub fn clean_path(path: &str) -> String {
    let mut parts: Vec<&str> = Vec::new();
    for part in path.split('/') {
        match part {
            "" | "." => {}
            ".." => {
                parts.pop();
            }
            part => parts.push(part),
        }
    }
    format!("/{}", parts.join("/"))
}

#[cfg(test)]
mod tests {
    use super::clean_path;

    #[test]
    fn paths_are_cleaned() {
        assert_eq!(clean_path("."), "/");
        assert_eq!(clean_path("./"), "/");
        assert_eq!(clean_path("/"), "/");
        assert_eq!(clean_path("app/"), "/app");
        assert_eq!(clean_path("/app/./bin/../server"), "/app/server");
        assert_eq!(clean_path("/app//"), "/app");
    }
}
