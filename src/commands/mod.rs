//! The commands: the top layer. Each file is one command; it loads what it needs, calls the
//! layers below, and is the only place that prints, builds JSON and picks the exit code.

mod book;
mod check_all;
mod classroom;
mod clean;
mod completions;
mod dev_check;
mod dev_context;
mod dev_new;
mod doctor;
mod exit;
mod explain;
mod hint;
mod init;
mod interrupt;
mod json;
mod list;
mod next;
mod pull;
mod reap;
mod reports;
mod reset;
mod solution;
mod verify;
mod watch;
mod workshop;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Result;
use clap::Parser;

use crate::cli::{
    BookQuery, Builder, ClassroomCommand, Cli, ColorChoice, Command, DevCommand, EngineArgs,
    ExplainFormat, ReportFormat, ReportTarget, WorkshopCommand,
};
use crate::course::{Course, Exercise};
use crate::docker;
use crate::workspace::Workspace;

pub use exit::Exit;
use exit::NoEngine;
use interrupt::Interrupt;

/// A workspace and the course it was made from.
pub struct Context {
    pub course: Course,
    pub workspace: Workspace,
    pub engine: docker::Config,
}

/// Everything the process does: parse the arguments, run one command, return its exit code.
/// `dockerlings list | head -1`: when the reader goes away, stop quietly with the exit code a
/// shell gives a command killed by SIGPIPE (128 + 13), as other command-line tools do, instead
/// of a panic message.
fn quiet_on_closed_pipe() {
    let default = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let message = info
            .payload()
            .downcast_ref::<String>()
            .map(String::as_str)
            .or_else(|| info.payload().downcast_ref::<&str>().copied())
            .unwrap_or("");
        if message.contains("Broken pipe") {
            std::process::exit(141);
        }
        default(info);
    }));
}

pub fn main() -> ExitCode {
    quiet_on_closed_pipe();
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(err) => {
            // `--help` and `--version` are not errors; a mistyped flag under `--json` still
            // answers with a JSON document.
            if err.use_stderr() && std::env::args().any(|arg| arg == "--json") {
                let message = err.kind().to_string();
                let document =
                    json::error_document(&anyhow::anyhow!("{message}: {err}"), Exit::Usage);
                println!(
                    "{}",
                    serde_json::to_string_pretty(&document).unwrap_or_default()
                );
            }
            err.exit()
        }
    };
    configure_colors(cli.color);
    let (as_json, reports) = machine_outputs(&cli);
    let exit = match run(cli) {
        Ok(exit) => exit,
        Err(err) => {
            eprintln!("{} {err:#}", console::style("error:").red().bold());
            let exit = exit::for_error(&err);
            // A grader reading stdout or a report file gets a document that says what went
            // wrong, not nothing.
            if as_json || !reports.is_empty() {
                let document = json::error_document(&err, exit);
                if as_json {
                    println!(
                        "{}",
                        serde_json::to_string_pretty(&document).unwrap_or_default()
                    );
                }
                reports::Reports::write_error(&reports, &document, &format!("{err:#}"));
            }
            exit
        }
    };
    exit.into()
}

/// Whether the command prints JSON, and the reports it writes (in a format it can write):
/// where an error goes too.
fn machine_outputs(cli: &Cli) -> (bool, Vec<ReportTarget>) {
    let (as_json, mut reports) = match &cli.command {
        Some(Command::Verify { json, report, .. } | Command::CheckAll { json, report, .. }) => {
            (*json, report.clone())
        }
        Some(Command::Dev(DevCommand::Check { json, report, .. })) => (*json, report.clone()),
        Some(Command::Explain {
            json,
            format,
            report,
            ..
        }) => (*json || *format != ExplainFormat::Text, report.clone()),
        Some(Command::List { json } | Command::Doctor { json }) => (*json, Vec::new()),
        _ => (false, Vec::new()),
    };
    let explain = matches!(cli.command, Some(Command::Explain { .. }));
    reports
        .retain(|r| (r.format == ReportFormat::Junit) != explain || r.format == ReportFormat::Json);
    (as_json, reports)
}

fn configure_colors(choice: ColorChoice) {
    let enabled = match choice {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => {
            std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
                && console::Term::stdout().features().colors_supported()
        }
    };
    console::set_colors_enabled(enabled);
    console::set_colors_enabled_stderr(enabled);
}

/// The one runtime of the process, and the signal handler on it.
struct Top {
    runtime: tokio::runtime::Runtime,
    interrupt: Interrupt,
}

impl Top {
    fn start() -> Result<Top> {
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()?;
        let interrupt = runtime.block_on(async { Interrupt::install() })?;
        Ok(Top { runtime, interrupt })
    }

    /// For a command that streams one export from the engine: on one thread, the engine's
    /// connection hands each piece to the reader without waking another thread.
    fn start_streaming() -> Result<Top> {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()?;
        let interrupt = runtime.block_on(async { Interrupt::install() })?;
        Ok(Top { runtime, interrupt })
    }

    /// For commands that run containers: also starts the reaper, so that their containers
    /// are removed at their deadline even if this process is killed.
    fn start_reaping(engine: &docker::Config) -> Result<Top> {
        let top = Top::start()?;
        // Without a reaper the sweep of the next run still removes what is left.
        let _ = reap::spawn(engine);
        Ok(top)
    }
}

fn run(cli: Cli) -> Result<Exit> {
    let engine = engine_config(&cli.engine);
    let Some(command) = &cli.command else {
        return watch::run(&cli);
    };
    match command {
        Command::Init { path } => init::run(cli.course.as_deref(), path.as_deref()),
        Command::List { json } => list::run(&context(&cli)?, *json),
        Command::Verify {
            name,
            json,
            static_only,
            report,
            quiet,
        } => verify::run(
            &mut context(&cli)?,
            name.as_deref(),
            verify::Options {
                as_json: *json,
                static_only: *static_only,
                reports: report,
                quiet: *quiet,
            },
            &Top::start_reaping(&engine)?,
        ),
        Command::CheckAll {
            json,
            static_only,
            jobs,
            report,
            quiet,
        } => check_all::run(
            &mut context(&cli)?,
            check_all::Options {
                as_json: *json,
                static_only: *static_only,
                jobs: *jobs,
                reports: report,
                quiet: *quiet,
            },
            &Top::start_reaping(&engine)?,
        ),
        Command::Hint { name, all } => hint::run(&mut context(&cli)?, name.as_deref(), *all),
        Command::Next { force } => next::run(&mut context(&cli)?, *force),
        Command::Reset { name, yes } => reset::run(&context(&cli)?, name, *yes),
        Command::Solution { name, force } => solution::run(&mut context(&cli)?, name, *force),
        Command::Explain {
            dockerfile,
            json,
            format,
            report,
        } => {
            let ctx = match dockerfile {
                Some(_) => None,
                None => Some(context(&cli)?),
            };
            let format = if *json { ExplainFormat::Json } else { *format };
            explain::run(ctx.as_ref(), dockerfile.as_deref(), format, report)
        }
        Command::Doctor { json } => {
            // Without a course the engine is still looked at; the images are not.
            let course = load_course(cli.course.as_deref(), None).ok();
            doctor::run(&engine, course.as_ref(), *json, &Top::start()?)
        }
        Command::Pull => {
            let course = load_course(cli.course.as_deref(), None)?;
            pull::run(&engine, &course.images(), &Top::start()?)
        }
        Command::Clean => clean::run(&context(&cli)?, &Top::start()?),
        Command::Workshop(WorkshopCommand::Pack { file, platform }) => {
            let course = load_course(cli.course.as_deref(), None)?;
            workshop::pack(
                &engine,
                &course,
                file,
                platform.as_deref(),
                &Top::start_streaming()?,
            )
        }
        Command::Workshop(WorkshopCommand::Load { file }) => {
            let course = load_course(cli.course.as_deref(), None)?;
            workshop::load(&engine, &course, file, &Top::start()?)
        }
        Command::ReapContainers { owner } => reap::run(&engine, *owner),
        Command::Book { query } => match query {
            Some(BookQuery::Supports { .. }) => Ok(Exit::Pass),
            None => book::run(cli.course.as_deref()),
        },
        Command::Completions { shell } => {
            let course = load_course(cli.course.as_deref(), None).ok();
            completions::run(*shell, course.as_ref())
        }
        Command::Classroom(ClassroomCommand::Serve {
            name,
            bind,
            lan,
            db,
            new_token,
            trusted_proxy,
            max_connections,
        }) => classroom::serve(
            &load_course(cli.course.as_deref(), None)?,
            classroom::ServeOptions {
                name: name.as_deref(),
                bind: bind.as_deref(),
                lan: *lan,
                db: db.as_deref(),
                new_token: *new_token,
                trusted_proxies: trusted_proxy.clone(),
                max_connections: *max_connections,
            },
        ),
        Command::Dev(DevCommand::Images) => {
            let course = load_course(cli.course.as_deref(), None)?;
            for image in course.images() {
                println!("{image}");
            }
            Ok(Exit::Pass)
        }
        Command::Dev(DevCommand::Check {
            names,
            jobs,
            json,
            no_attempts,
            report,
            quiet,
        }) => {
            let course = load_course(cli.course.as_deref(), None)?;
            let options = dev_check::Options {
                jobs: *jobs,
                as_json: *json,
                attempts: !*no_attempts,
                reports: report,
                quiet: *quiet,
            };
            dev_check::run(
                &course,
                &engine,
                names,
                options,
                &Top::start_reaping(&engine)?,
            )
        }
        Command::Dev(DevCommand::Context { dir, file }) => {
            dev_context::run(dir.as_deref().unwrap_or(Path::new(".")), file)
        }
        Command::Classroom(ClassroomCommand::Join { url, code, name }) => {
            classroom::join(&context(&cli)?, url, code, name.as_deref())
        }
        Command::Classroom(ClassroomCommand::Leave) => classroom::leave(&workspace_root()?),
        Command::Classroom(ClassroomCommand::Status) => classroom::status(&workspace_root()?),
        Command::Dev(DevCommand::New { lesson, exercise }) => {
            let dir = cli.course.clone().unwrap_or_else(|| PathBuf::from("."));
            dev_new::run(&dir, lesson, exercise.as_deref())
        }
    }
}

/// The driver's settings from the command line.
fn engine_config(args: &EngineArgs) -> docker::Config {
    docker::Config {
        host: args.host.clone(),
        builder: match args.builder {
            Builder::Auto => docker::BuilderChoice::Auto,
            Builder::Buildkit => docker::BuilderChoice::BuildKit,
            Builder::Classic => docker::BuilderChoice::Classic,
        },
    }
}

fn load_course(flag: Option<&Path>, recorded: Option<&Path>) -> Result<Course> {
    let course = match flag.or(recorded) {
        Some(dir) => Course::from_dir(dir)?,
        None => Course::embedded()?,
    };
    Ok(course)
}

fn context(cli: &Cli) -> Result<Context> {
    let cwd = std::env::current_dir()?;
    let mut workspace = Workspace::find(&cwd)?;
    for notice in workspace.take_notices() {
        eprintln!("{} {notice}", console::style("note:").yellow().bold());
    }
    let course = load_course(cli.course.as_deref(), workspace.state.course.as_deref())?;
    if course.exercise(&workspace.state.current).is_none() {
        anyhow::bail!(
            "the workspace's current exercise `{}` is not in {}; was the workspace made from another course? Pass it with --course DIR",
            workspace.state.current,
            course.source.describe()
        );
    }
    Ok(Context {
        course,
        workspace,
        engine: engine_config(&cli.engine),
    })
}

/// The root of the workspace the learner is in, without loading the course.
fn workspace_root() -> Result<PathBuf> {
    let cwd = std::env::current_dir()?;
    Ok(Workspace::find(&cwd)?.root)
}

/// The exercise `id`; for a typo, the error says which one was meant.
fn exercise<'c>(course: &'c Course, id: &str) -> Result<Exercise<'c>> {
    if let Some(exercise) = course.exercise(id) {
        return Ok(exercise);
    }
    let ids: Vec<&str> = course.exercises().map(|e| e.id()).collect();
    match closest(id, &ids) {
        Some(close) => anyhow::bail!(
            "there is no exercise `{id}` in this course; did you mean `{close}`? (`dockerlings list` shows them all)"
        ),
        None => anyhow::bail!(
            "there is no exercise `{id}` in this course; run `dockerlings list` to see them ({})",
            ids.join(", ")
        ),
    }
}

/// The id closest to a mistyped one, when one is close enough to be what was meant.
fn closest<'a>(typed: &str, ids: &[&'a str]) -> Option<&'a str> {
    ids.iter()
        .map(|id| (strsim::damerau_levenshtein(typed, id), *id))
        // A third of the name may be wrong: two letters of `go-mulistage`, not all of `nope`.
        .filter(|(distance, id)| *distance <= id.chars().count().max(3) / 3)
        .min_by_key(|(distance, _)| *distance)
        .map(|(_, id)| id)
}

/// Connects for a command that cannot do anything without the engine.
async fn connect_or_fail(config: &docker::Config, what: &'static str) -> Result<docker::Engine> {
    docker::Engine::connect(config)
        .await
        .map_err(|why| NoEngine { what, why }.into())
}

/// A path as the learner would type it from where they are.
fn relative_to_cwd(path: &Path) -> PathBuf {
    crate::ui::relative_to_cwd(path)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_typo_gets_the_id_that_was_meant() {
        let ids = ["go-single", "go-multistage", "go-modules", "node-deps"];
        assert_eq!(closest("go-mulistage", &ids), Some("go-multistage"));
        assert_eq!(closest("go-modlues", &ids), Some("go-modules"));
        assert_eq!(closest("node-dep", &ids), Some("node-deps"));
        assert_eq!(closest("nope", &ids), None);
        assert_eq!(closest("python", &ids), None);
    }
}
