//! From parse-dockerfile's syntax tree (byte spans) to the model (lines, resolved references).

use parse_dockerfile as pd;

use std::collections::HashMap;

use super::args::{Scope, parse_arg_defs, parse_env_pairs};
use super::image::ImageRef;
use super::lines::LineIndex;
use super::model::{
    Base, BaseTarget, Body, CommandForm, Copy, CopyFrom, CopySource, Dockerfile, Flag, FromTarget,
    Instruction, Kind, ParseError, Run, Stage,
};
use super::shell::{ShellCommand, exec_commands, split_script};
use super::text::join_arguments;

/// Parses a Dockerfile into the model.
pub fn parse(text: &str) -> Result<Dockerfile, ParseError> {
    // The parser drops a byte order mark before counting offsets; drop it first so spans agree.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let raw: Vec<pd::Instruction<'_>> = pd::parse_iter(text)
        .map_err(parse_error)?
        .collect::<Result<_, _>>()
        .map_err(parse_error)?;
    let keywords: Vec<Option<(Kind, pd::Span)>> = raw.iter().map(keyword).collect();
    let names: Vec<Option<String>> = raw
        .iter()
        .filter_map(|instruction| match instruction {
            pd::Instruction::From(from) => {
                Some(from.as_.as_ref().map(|(_, name)| name.value.to_lowercase()))
            }
            _ => None,
        })
        .collect();
    // BuildKit keeps one stage per name, the last one: that is where `--from=name` copies from.
    let last_named = names
        .iter()
        .enumerate()
        .filter_map(|(index, name)| Some((name.clone()?, index)))
        .collect();
    let mut builder = Builder {
        lines: LineIndex::new(text),
        escape: escape_directive(text),
        stage_count: names.len(),
        last_named,
        named_so_far: HashMap::new(),
        global: Scope::default(),
        scope: Scope::default(),
        stage_scopes: Vec::new(),
        global_args: Vec::new(),
        stages: Vec::new(),
        error: None,
    };
    let mut next_keyword = text.len();
    let mut ends = vec![text.len(); raw.len()];
    // An instruction's text runs up to the next keyword; comments in between are dropped.
    for (i, keyword) in keywords.iter().enumerate().rev() {
        ends[i] = next_keyword;
        if let Some((_, span)) = keyword {
            next_keyword = span.start;
        }
    }
    for (i, instruction) in raw.iter().enumerate() {
        let Some((kind, span)) = keywords[i].clone() else {
            continue;
        };
        let args = join_arguments(&text[span.end..ends[i]], builder.escape);
        builder.add(instruction, kind, span.start, args);
        if let Some(err) = builder.error.take() {
            return Err(err);
        }
    }
    Ok(Dockerfile {
        global_args: builder.global_args,
        stages: builder.stages,
    })
}

fn parse_error(err: pd::Error) -> ParseError {
    ParseError {
        // The parser reports line 0 when there is no FROM at all.
        line: err.line().max(1),
        message: format!("{err:#}"),
    }
}

/// The escape character from a leading `# escape=` directive. Directives are `# key=value`
/// comments at the very top; the first other line ends them, as in Docker.
fn escape_directive(text: &str) -> char {
    for line in text.lines() {
        let Some((key, value)) = line
            .trim()
            .strip_prefix('#')
            .and_then(|directive| directive.split_once('='))
        else {
            break;
        };
        let key = key.trim();
        if key.is_empty() || !key.chars().all(|c| c.is_ascii_alphanumeric()) {
            break;
        }
        if key.eq_ignore_ascii_case("escape") {
            return if value.trim() == "`" { '`' } else { '\\' };
        }
    }
    '\\'
}

fn keyword(instruction: &pd::Instruction<'_>) -> Option<(Kind, pd::Span)> {
    use pd::Instruction as I;
    let (kind, keyword) = match instruction {
        I::Add(i) => (Kind::Add, &i.add),
        I::Arg(i) => (Kind::Arg, &i.arg),
        I::Cmd(i) => (Kind::Cmd, &i.cmd),
        I::Copy(i) => (Kind::Copy, &i.copy),
        I::Entrypoint(i) => (Kind::Entrypoint, &i.entrypoint),
        I::Env(i) => (Kind::Env, &i.env),
        I::Expose(i) => (Kind::Expose, &i.expose),
        I::From(i) => (Kind::From, &i.from),
        I::Healthcheck(i) => (Kind::Healthcheck, &i.healthcheck),
        I::Label(i) => (Kind::Label, &i.label),
        I::Maintainer(i) => (Kind::Maintainer, &i.maintainer),
        I::Onbuild(i) => (Kind::Onbuild, &i.onbuild),
        I::Run(i) => (Kind::Run, &i.run),
        I::Shell(i) => (Kind::Shell, &i.shell),
        I::Stopsignal(i) => (Kind::Stopsignal, &i.stopsignal),
        I::User(i) => (Kind::User, &i.user),
        I::Volume(i) => (Kind::Volume, &i.volume),
        I::Workdir(i) => (Kind::Workdir, &i.workdir),
        // A newer parser version may know more instructions; they carry nothing checked here.
        _ => return None,
    };
    Some((kind, keyword.span.clone()))
}

/// The flags each instruction has in some Docker version; Docker refuses any other, and
/// compares them with their case (`--FROM` is an unknown flag).
fn known_flags(kind: Kind) -> &'static [&'static str] {
    match kind {
        Kind::From => &["platform"],
        Kind::Copy => &["from", "chown", "chmod", "link", "parents", "exclude"],
        Kind::Add => &[
            "chown",
            "chmod",
            "link",
            "checksum",
            "keep-git-dir",
            "exclude",
            "unpack",
        ],
        Kind::Run => &["mount", "network", "security", "device"],
        Kind::Healthcheck => &[
            "interval",
            "timeout",
            "start-period",
            "start-interval",
            "retries",
        ],
        _ => &[],
    }
}

struct Builder {
    lines: LineIndex,
    escape: char,
    stage_count: usize,
    /// Every stage name (lowercased, as Docker compares them) and the last stage that has it,
    /// known before the stages are built so that `--from` can tell a later stage from an image.
    last_named: HashMap<String, usize>,
    /// The names of the stages so far and the last stage that has each: what `FROM name` means.
    named_so_far: HashMap<String, usize>,
    global: Scope,
    /// The ARG and ENV values of the current stage.
    scope: Scope,
    /// The scope at the end of each finished stage, for the ENV of stages built on it.
    stage_scopes: Vec<Scope>,
    global_args: Vec<Instruction>,
    stages: Vec<Stage>,
    /// The first thing Docker would refuse though the syntax parses.
    error: Option<ParseError>,
}

impl Builder {
    fn refuse(&mut self, line: usize, message: String) {
        if self.error.is_none() {
            self.error = Some(ParseError { line, message });
        }
    }

    /// Docker refuses a flag an instruction does not have, also one in the wrong case.
    fn check_flags(&mut self, kind: Kind, options: &[pd::Flag<'_>]) {
        let known = known_flags(kind);
        for flag in options {
            let name = flag.name.value.as_ref();
            if known.contains(&name) {
                continue;
            }
            let line = self.lines.line(flag.name.span.start);
            let message = match known.iter().find(|k| k.eq_ignore_ascii_case(name)) {
                Some(right) => format!(
                    "unknown flag `--{name}`: Docker reads flags with their case, write `--{right}`"
                ),
                None if known.is_empty() => format!("{kind} takes no flags, remove `--{name}`"),
                None => format!(
                    "unknown flag `--{name}` for {kind} (its flags: {})",
                    known
                        .iter()
                        .map(|k| format!("--{k}"))
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
            };
            self.refuse(line, message);
        }
    }

    fn add(&mut self, instruction: &pd::Instruction<'_>, kind: Kind, start: usize, args: String) {
        let line = self.lines.line(start);
        match instruction {
            pd::Instruction::From(i) => self.check_flags(kind, &i.options),
            pd::Instruction::Copy(i) => self.check_flags(kind, &i.options),
            pd::Instruction::Add(i) => self.check_flags(kind, &i.options),
            pd::Instruction::Run(i) => self.check_flags(kind, &i.options),
            pd::Instruction::Healthcheck(i) => self.check_flags(kind, &i.options),
            _ => {}
        }
        if let pd::Instruction::From(from) = instruction {
            let from_instruction = Instruction {
                kind,
                args,
                line,
                body: Body::Other,
            };
            self.start_stage(from, from_instruction);
            return;
        }
        let body = self.body(instruction);
        let in_stage = !self.stages.is_empty();
        if let Body::Arg(defs) = &body {
            if in_stage {
                self.scope.declare(defs, Some(&self.global));
            } else {
                self.global.declare(defs, None);
            }
        }
        if let pd::Instruction::Env(env) = instruction {
            self.scope.set_env(&parse_env_pairs(&env.arguments.value));
        }
        if let Body::Copy(Copy {
            from: Some(from), ..
        }) = &body
        {
            self.check_copy_from(from);
        }
        let converted = Instruction {
            kind,
            args,
            line,
            body,
        };
        match self.stages.last_mut() {
            Some(stage) => stage.instructions.push(converted),
            None => self.global_args.push(converted),
        }
    }

    /// `--from` is never expanded and must name a stage, an index or a valid image.
    fn check_copy_from(&mut self, from: &CopyFrom) {
        if from.written.contains('$') {
            self.refuse(
                from.line,
                format!(
                    "`--from={}`: Docker does not expand variables in --from (it reads the text \
                     as an image name and fails); use a stage name, or add a stage \
                     `FROM <image from a global ARG> AS <name>` and copy --from=<name>",
                    from.written
                ),
            );
        } else if let FromTarget::Image(_) = from.target
            && let Some(why) = ImageRef::invalid(&from.written)
        {
            self.refuse(
                from.line,
                format!(
                    "`--from={}` names no stage and is no image Docker can pull: {why}",
                    from.written
                ),
            );
        }
    }

    fn start_stage(&mut self, from: &pd::FromInstruction<'_>, instruction: Instruction) {
        let index = self.stages.len();
        let written = from.image.value.to_string();
        let substituted = self.global.substitute(&written);
        // BuildKit looks the base up among the stages above as written: `FROM Builder` is an
        // image (and an invalid reference), not the stage `builder`.
        let target = if substituted.text == "scratch" {
            BaseTarget::Scratch
        } else if let Some(&stage) = self.named_so_far.get(&substituted.text) {
            BaseTarget::Stage(stage)
        } else {
            BaseTarget::Image(ImageRef::parse(&substituted.text))
        };
        if matches!(target, BaseTarget::Image(_))
            && substituted.missing.is_empty()
            && let Some(why) = ImageRef::invalid(&substituted.text)
        {
            {
                let lower = substituted.text.to_lowercase();
                let fix = if lower == "scratch" {
                    ", write `scratch` for the empty image".to_string()
                } else if self.named_so_far.contains_key(&lower) {
                    format!(", write `FROM {lower}` to build on the stage above")
                } else {
                    String::new()
                };
                self.refuse(
                    instruction.line,
                    format!(
                        "`FROM {}`: Docker refuses the image reference `{}`: {why}{fix}",
                        written, substituted.text
                    ),
                );
            }
        }
        if let Some(name) = from.as_.as_ref().map(|(_, name)| name.value.to_lowercase()) {
            self.named_so_far.insert(name, index);
        }
        // The scope of the stage that ends here, for stages built on it.
        if !self.stages.is_empty() {
            self.stage_scopes.push(std::mem::take(&mut self.scope));
        }
        // Global ARGs are visible to FROM only: a stage sees those it declares again, and the
        // ENV of the stage it is built on.
        self.scope = Scope::for_stage(match target {
            BaseTarget::Stage(parent) => self.stage_scopes.get(parent),
            _ => None,
        });
        self.stages.push(Stage {
            index,
            name: from.as_.as_ref().map(|(_, name)| name.value.to_string()),
            base: Base {
                written,
                resolved: substituted.text,
                missing_args: substituted.missing,
                target,
            },
            platform: from
                .options
                .iter()
                .find(|flag| flag.name.value == "platform")
                .and_then(|flag| flag.value.as_ref())
                .map(|value| value.value.to_string()),
            line: instruction.line,
            from: instruction,
            instructions: Vec::new(),
        });
    }

    fn body(&self, instruction: &pd::Instruction<'_>) -> Body {
        use pd::Instruction as I;
        match instruction {
            I::Copy(copy) => Body::Copy(self.copy(&copy.options, &copy.src, &copy.dest, true)),
            I::Add(add) => Body::Copy(self.copy(&add.options, &add.src, &add.dest, false)),
            I::Run(run) => Body::Run(Run {
                flags: self.flags(&run.options),
                command: self.run_command(run),
                commands: self.run_commands(run),
            }),
            I::Cmd(cmd) => Body::Command(self.command_form(&cmd.arguments)),
            I::Entrypoint(entrypoint) => Body::Command(self.command_form(&entrypoint.arguments)),
            I::User(user) => Body::User(self.scope.substitute(&user.arguments.value).text),
            I::Workdir(workdir) => {
                Body::Workdir(self.scope.substitute(&workdir.arguments.value).text)
            }
            I::Arg(arg) => Body::Arg(parse_arg_defs(&arg.arguments.value)),
            _ => Body::Other,
        }
    }

    fn flags(&self, options: &[pd::Flag<'_>]) -> Vec<Flag> {
        options
            .iter()
            .map(|flag| Flag {
                name: flag.name.value.to_string(),
                value: flag.value.as_ref().map(|v| v.value.to_string()),
                line: self.lines.line(flag.name.span.start),
            })
            .collect()
    }

    fn copy(
        &self,
        options: &[pd::Flag<'_>],
        sources: &[pd::Source<'_>],
        dest: &pd::UnescapedString<'_>,
        can_copy_from: bool,
    ) -> Copy {
        let flags = self.flags(options);
        let from = flags
            .iter()
            .filter(|_| can_copy_from)
            .find(|flag| flag.name == "from")
            .and_then(|flag| {
                let written = flag.value.clone()?;
                Some(self.resolve_from(written, flag.line))
            });
        let sources = sources
            .iter()
            .filter_map(|source| match source {
                pd::Source::Path(path) => Some(CopySource {
                    path: path.value.to_string(),
                    line: self.lines.line(path.span.start),
                    here_doc: false,
                }),
                pd::Source::HereDoc(doc) => Some(CopySource {
                    path: "<<here-document".to_string(),
                    line: self.lines.line(doc.span.start),
                    here_doc: true,
                }),
                _ => None,
            })
            .collect();
        Copy {
            flags,
            from,
            sources,
            dest: dest.value.to_string(),
        }
    }

    /// A `--from` value: a stage name, a stage index, or an image. Docker expands no
    /// variables here, so neither does this.
    fn resolve_from(&self, written: String, line: usize) -> CopyFrom {
        let current = self.stages.len().saturating_sub(1);
        let resolved = written.clone();
        let target = if let Some(&index) = self.last_named.get(&resolved.to_lowercase()) {
            if index < current {
                FromTarget::Stage(index)
            } else {
                FromTarget::LaterStage(index)
            }
        } else if let Ok(index) = resolved.parse::<usize>() {
            if index < current {
                FromTarget::Stage(index)
            } else if index < self.stage_count {
                FromTarget::LaterStage(index)
            } else {
                FromTarget::NoSuchIndex(index)
            }
        } else {
            FromTarget::Image(ImageRef::parse(&resolved))
        };
        CopyFrom {
            written,
            resolved,
            line,
            target,
        }
    }

    fn run_command(&self, run: &pd::RunInstruction<'_>) -> String {
        let mut command = match &run.arguments {
            pd::Command::Exec(words) => join_words(&words.value),
            pd::Command::Shell(shell) => join_arguments(shell.value, self.escape),
            _ => String::new(),
        };
        for doc in &run.here_docs {
            command.push('\n');
            command.push_str(doc.value.trim_end());
        }
        command.trim().to_string()
    }

    /// The simple commands of a `RUN`. A here-document is the script when the command is only
    /// `<<EOF` or a shell reading it (`RUN bash <<EOF`); otherwise it is input to the command
    /// (`RUN python3 <<EOF`), which is then the one command.
    fn run_commands(&self, run: &pd::RunInstruction<'_>) -> Vec<ShellCommand> {
        let shell = match &run.arguments {
            pd::Command::Exec(words) => {
                let words: Vec<String> = words.value.iter().map(|w| w.value.to_string()).collect();
                return exec_commands(&words);
            }
            pd::Command::Shell(shell) => join_arguments(shell.value, self.escape),
            _ => return Vec::new(),
        };
        let mut commands = split_script(&shell);
        let reads_script = match commands.as_slice() {
            [] => true,
            [only] => {
                matches!(
                    only.words[0].rsplit('/').next(),
                    Some("sh" | "bash" | "ash" | "dash")
                ) && only.words[1..].iter().all(|w| w.starts_with('-'))
            }
            _ => false,
        };
        if reads_script {
            commands.clear();
            for doc in &run.here_docs {
                let first = doc.value.lines().next().unwrap_or("");
                // A shebang other than a shell's runs another interpreter.
                if first.starts_with("#!") && !first.ends_with("sh") {
                    continue;
                }
                commands.extend(split_script(&doc.value));
            }
        }
        commands
    }

    fn command_form(&self, command: &pd::Command<'_>) -> CommandForm {
        match command {
            pd::Command::Exec(words) => {
                CommandForm::Exec(words.value.iter().map(|w| w.value.to_string()).collect())
            }
            pd::Command::Shell(shell) => {
                CommandForm::Shell(join_arguments(shell.value, self.escape))
            }
            _ => CommandForm::Shell(String::new()),
        }
    }
}

fn join_words(words: &[pd::UnescapedString<'_>]) -> String {
    words
        .iter()
        .map(|w| w.value.as_ref())
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
#[path = "build_tests.rs"]
mod tests;
