//! From parse-dockerfile's syntax tree (byte spans) to the model (lines, resolved references).

use parse_dockerfile as pd;

use super::args::{Scope, parse_arg_defs};
use super::image::ImageRef;
use super::lines::LineIndex;
use super::model::{
    Base, BaseTarget, Body, CommandForm, Copy, CopyFrom, CopySource, Dockerfile, Flag, FromTarget,
    Instruction, Kind, ParseError, Run, Stage,
};
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
    let mut builder = Builder {
        lines: LineIndex::new(text),
        escape: escape_directive(text),
        names: raw
            .iter()
            .filter_map(|instruction| match instruction {
                pd::Instruction::From(from) => {
                    Some(from.as_.as_ref().map(|(_, name)| name.value.to_string()))
                }
                _ => None,
            })
            .collect(),
        global: Scope::default(),
        scope: Scope::default(),
        global_args: Vec::new(),
        stages: Vec::new(),
    };
    for (i, instruction) in raw.iter().enumerate() {
        let Some((kind, span)) = keywords[i].clone() else {
            continue;
        };
        // An instruction's text runs up to the next keyword; comments in between are dropped.
        let end = keywords[i + 1..]
            .iter()
            .flatten()
            .next()
            .map_or(text.len(), |(_, next)| next.start);
        let args = join_arguments(&text[span.end..end], builder.escape);
        builder.add(instruction, kind, span.start, args);
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

struct Builder {
    lines: LineIndex,
    escape: char,
    /// The name of every stage, known before the stages are built so that `--from` can tell
    /// a later stage from an image.
    names: Vec<Option<String>>,
    global: Scope,
    /// The ARG values of the current stage.
    scope: Scope,
    global_args: Vec<Instruction>,
    stages: Vec<Stage>,
}

impl Builder {
    fn add(&mut self, instruction: &pd::Instruction<'_>, kind: Kind, start: usize, args: String) {
        let line = self.lines.line(start);
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
                let global = self.global.clone();
                self.scope.declare(defs, Some(&global));
            } else {
                self.global.declare(defs, None);
            }
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

    fn start_stage(&mut self, from: &pd::FromInstruction<'_>, instruction: Instruction) {
        let index = self.stages.len();
        let written = from.image.value.to_string();
        let substituted = self.global.substitute(&written);
        let target = if substituted.text.eq_ignore_ascii_case("scratch") {
            BaseTarget::Scratch
        } else if let Some(stage) = self.stage_index(&substituted.text).filter(|&i| i < index) {
            BaseTarget::Stage(stage)
        } else {
            BaseTarget::Image(ImageRef::parse(&substituted.text))
        };
        // Global ARGs are visible to FROM only; a stage sees those it declares again. Starting
        // from the global values keeps substitution useful when a stage forgets to.
        self.scope = self.global.clone();
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
                .find(|flag| flag.name.value.eq_ignore_ascii_case("platform"))
                .and_then(|flag| flag.value.as_ref())
                .map(|value| value.value.to_string()),
            line: instruction.line,
            from: instruction,
            instructions: Vec::new(),
        });
    }

    fn stage_index(&self, name: &str) -> Option<usize> {
        self.names
            .iter()
            .position(|n| n.as_deref().is_some_and(|n| n.eq_ignore_ascii_case(name)))
    }

    fn body(&self, instruction: &pd::Instruction<'_>) -> Body {
        use pd::Instruction as I;
        match instruction {
            I::Copy(copy) => Body::Copy(self.copy(&copy.options, &copy.src, &copy.dest, true)),
            I::Add(add) => Body::Copy(self.copy(&add.options, &add.src, &add.dest, false)),
            I::Run(run) => Body::Run(Run {
                flags: self.flags(&run.options),
                command: self.run_command(run),
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
            .find(|flag| flag.name.eq_ignore_ascii_case("from"))
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

    /// A `--from` value: a stage name, a stage index, or an image.
    fn resolve_from(&self, written: String, line: usize) -> CopyFrom {
        let current = self.stages.len().saturating_sub(1);
        let resolved = self.scope.substitute(&written).text;
        let target = if let Some(index) = self.stage_index(&resolved) {
            if index < current {
                FromTarget::Stage(index)
            } else {
                FromTarget::LaterStage(index)
            }
        } else if let Ok(index) = resolved.parse::<usize>() {
            if index < current {
                FromTarget::Stage(index)
            } else if index < self.names.len() {
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
