//! The commands: each loads what it needs, does one thing, and returns an exit code.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context as _, Result};
use console::style;
use serde_json::json;
use tokio_util::sync::CancellationToken;

use crate::checks::Verdict;
use crate::checks::progress;
use crate::cli::{Cli, ColorChoice, Command, DevCommand, EngineArgs};
use crate::course::{Course, Exercise};
use crate::docker::Engine;
use crate::ui;
use crate::verify::{self, EngineChoice};
use crate::workspace::Workspace;

pub const EXIT_PASS: u8 = 0;
pub const EXIT_FAIL: u8 = 1;
pub const EXIT_USAGE: u8 = 2;

/// Version of every `--json` output; see the JSON section of the book.
pub const JSON_SCHEMA: &str = "dockerlings/v1";

/// A workspace and the course it was made from.
pub struct Context {
    pub course: Course,
    pub workspace: Workspace,
    pub engine_args: EngineArgs,
}

pub fn configure_colors(choice: ColorChoice) {
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
        eprintln!("{} {notice}", style("note:").yellow().bold());
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
        engine_args: cli.engine.clone(),
    })
}

fn runtime() -> Result<tokio::runtime::Runtime> {
    Ok(tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()?)
}

fn code(code: u8) -> ExitCode {
    ExitCode::from(code)
}

pub fn run(cli: Cli) -> Result<ExitCode> {
    let Some(command) = &cli.command else {
        if !console::Term::stdout().is_term() || !console::Term::stderr().is_term() {
            anyhow::bail!(
                "watch mode needs a terminal, and this is not one (piped or CI).\n  Use `dockerlings verify [NAME]` for one exercise or `dockerlings check-all` for all; both have --json."
            );
        }
        let ctx = context(&cli)?;
        return ui::watch::run(ctx, cli.manual_run);
    };
    match command {
        Command::Init { path } => init(&cli, path.as_deref()),
        Command::List { json } => list(&context(&cli)?, *json),
        Command::Verify {
            name,
            json,
            static_only,
        } => {
            let mut ctx = context(&cli)?;
            verify_one(&mut ctx, name.as_deref(), *json, *static_only)
        }
        Command::CheckAll { json, static_only } => {
            let mut ctx = context(&cli)?;
            check_all(&mut ctx, *json, *static_only)
        }
        Command::Hint { name, all } => {
            let mut ctx = context(&cli)?;
            hint(&mut ctx, name.as_deref(), *all)
        }
        Command::Next => next(&mut context(&cli)?),
        Command::Reset { name, yes } => reset(&context(&cli)?, name, *yes),
        Command::Solution { name, force } => solution(&context(&cli)?, name, *force),
        Command::Explain { dockerfile, json } => explain(&cli, dockerfile.as_deref(), *json),
        Command::Doctor { json } => {
            let course = load_course(cli.course.as_deref(), None).ok();
            runtime()?.block_on(crate::docker::doctor(&cli.engine, course.as_ref(), *json))
        }
        Command::Pull => {
            let course = load_course(cli.course.as_deref(), None)?;
            runtime()?.block_on(crate::docker::pull(&cli.engine, &course.images()))
        }
        Command::Clean => {
            let ctx = context(&cli)?;
            runtime()?.block_on(crate::docker::clean(
                &ctx.engine_args,
                &ctx.workspace.state.workspace_id,
            ))
        }
        Command::Completions { shell } => {
            let mut command = <Cli as clap::CommandFactory>::command();
            clap_complete::generate(*shell, &mut command, "dockerlings", &mut std::io::stdout());
            Ok(code(EXIT_PASS))
        }
        Command::Dev(dev) => match dev {
            DevCommand::Images => {
                let course = load_course(cli.course.as_deref(), None)?;
                for image in course.images() {
                    println!("{image}");
                }
                Ok(code(EXIT_PASS))
            }
            DevCommand::Context { dir, file } => {
                crate::dev::context(dir.as_deref().unwrap_or(Path::new(".")), file)
            }
            DevCommand::Check { names, jobs, json } => {
                let course = load_course(cli.course.as_deref(), None)?;
                crate::dev::check(&course, &cli.engine, names, *jobs, *json)
            }
            DevCommand::New { lesson, exercise } => {
                let dir = cli.course.clone().unwrap_or_else(|| PathBuf::from("."));
                crate::dev::new(&dir, lesson, exercise.as_deref())
            }
        },
    }
}

fn init(cli: &Cli, path: Option<&Path>) -> Result<ExitCode> {
    let course = load_course(cli.course.as_deref(), None)?;
    let root = path.unwrap_or(Path::new("dockerlings"));
    let course_dir = match &cli.course {
        Some(dir) => Some(
            dir.canonicalize()
                .with_context(|| format!("cannot find the course folder {}", dir.display()))?,
        ),
        None => None,
    };
    let workspace = Workspace::init(root, &course, course_dir)?;
    println!(
        "Made a dockerlings workspace with {} exercises in {}.\n\nNext:\n  cd {}\n  dockerlings",
        course.len(),
        workspace.root.display(),
        workspace.root.display()
    );
    Ok(code(EXIT_PASS))
}

fn exercise_or_current<'c>(ctx: &'c Context, name: Option<&str>) -> Result<Exercise<'c>> {
    ctx.course
        .require(name.unwrap_or(&ctx.workspace.state.current))
}

fn list(ctx: &Context, json: bool) -> Result<ExitCode> {
    let state = &ctx.workspace.state;
    if json {
        let exercises: Vec<_> = ctx
            .course
            .exercises()
            .map(|e| {
                json!({
                    "id": e.id(),
                    "lesson": e.lesson.file.id,
                    "title": e.def.title,
                    "dir": e.workspace_dir(),
                    "done": state.done.contains(e.id()),
                    "current": state.current == e.id(),
                })
            })
            .collect();
        let out = json!({
            "schema": JSON_SCHEMA,
            "course": ctx.course.title,
            "current": state.current,
            "done": state.done.len(),
            "total": ctx.course.len(),
            "exercises": exercises,
        });
        println!("{}", serde_json::to_string_pretty(&out)?);
        return Ok(code(EXIT_PASS));
    }
    print!("{}", ui::list::table(&ctx.course, state));
    Ok(code(EXIT_PASS))
}

/// Connects to the engine when some check needs it; `None` when none does.
fn connect(
    rt: &tokio::runtime::Runtime,
    args: &EngineArgs,
    needed: bool,
) -> Option<Result<Engine, crate::docker::Unavailable>> {
    needed.then(|| rt.block_on(Engine::connect(args)))
}

fn run_verdict(
    ctx: &Context,
    rt: &tokio::runtime::Runtime,
    engine: &Option<Result<Engine, crate::docker::Unavailable>>,
    exercise: Exercise<'_>,
    static_only: bool,
    events: &dyn progress::Sink,
) -> Verdict {
    let choice = match (static_only, engine) {
        (false, Some(Ok(engine))) => EngineChoice::Use(engine),
        (false, Some(Err(why))) => EngineChoice::Missing(why),
        (true, _) | (false, None) => EngineChoice::Skip,
    };
    let dir = ctx.workspace.exercise_dir(exercise);
    let cancel = CancellationToken::new();
    rt.block_on(verify::verify(
        &ctx.course,
        exercise,
        &dir,
        &ctx.workspace.state.workspace_id,
        choice,
        events,
        &cancel,
    ))
}

fn verify_one(
    ctx: &mut Context,
    name: Option<&str>,
    json: bool,
    static_only: bool,
) -> Result<ExitCode> {
    let exercise = exercise_or_current(ctx, name)?;
    let id = exercise.id().to_string();
    let rt = runtime()?;
    let engine = connect(
        &rt,
        &ctx.engine_args,
        !static_only && exercise.needs_engine(),
    );
    let printer = ui::progress::Printer::new(!json);
    let verdict = run_verdict(ctx, &rt, &engine, exercise, static_only, &printer);
    printer.finish();
    let dir = ctx.workspace.exercise_dir(exercise);
    if json {
        let out = json!({ "schema": JSON_SCHEMA, "verdict": verdict, "static_only": static_only });
        println!("{}", serde_json::to_string_pretty(&out)?);
    } else {
        println!(
            "{}",
            style(format!("{} — {}", id, exercise.def.title)).bold()
        );
        print!("{}", ui::render::verdict(&verdict, &relative_to_cwd(&dir)));
    }
    if verdict.passed && !static_only {
        let first_time = ctx.workspace.mark_done(&id);
        ctx.workspace.save()?;
        if first_time && !json {
            println!("Run `dockerlings next` to move on.");
        }
    }
    Ok(code(if verdict.passed { EXIT_PASS } else { EXIT_FAIL }))
}

fn check_all(ctx: &mut Context, json: bool, static_only: bool) -> Result<ExitCode> {
    let rt = runtime()?;
    let needed = !static_only && ctx.course.exercises().any(|e| e.needs_engine());
    let engine = connect(&rt, &ctx.engine_args, needed);
    let mut verdicts = Vec::new();
    let ids: Vec<String> = ctx.course.exercises().map(|e| e.id().to_string()).collect();
    for id in &ids {
        let exercise = ctx.course.require(id)?;
        let printer = ui::progress::Printer::new(!json);
        let verdict = run_verdict(ctx, &rt, &engine, exercise, static_only, &printer);
        printer.finish();
        if !json {
            let mark = if verdict.passed {
                style("✓").green()
            } else {
                style("✗").red()
            };
            let failing: Vec<_> = verdict
                .results
                .iter()
                .filter(|r| !r.passed())
                .map(|r| r.check.name())
                .collect();
            println!(
                "{mark} {id:<28} {}",
                if failing.is_empty() {
                    String::new()
                } else {
                    format!("failing: {}", failing.join(", "))
                }
            );
        }
        verdicts.push(verdict);
    }
    if !static_only {
        for verdict in verdicts.iter().filter(|v| v.passed) {
            ctx.workspace.mark_done(&verdict.exercise);
        }
        ctx.workspace.save()?;
    }
    let passed = verdicts.iter().filter(|v| v.passed).count();
    if json {
        let out = json!({
            "schema": JSON_SCHEMA,
            "static_only": static_only,
            "passed": passed,
            "total": verdicts.len(),
            "verdicts": verdicts,
        });
        println!("{}", serde_json::to_string_pretty(&out)?);
    } else {
        println!("{passed} passed, {} failed", verdicts.len() - passed);
    }
    Ok(code(if passed == verdicts.len() {
        EXIT_PASS
    } else {
        EXIT_FAIL
    }))
}

fn hint(ctx: &mut Context, name: Option<&str>, all: bool) -> Result<ExitCode> {
    let exercise = exercise_or_current(ctx, name)?;
    let hints = &exercise.def.hints;
    if hints.is_empty() {
        println!(
            "`{}` has no hints: read its task again, and the lesson text.",
            exercise.id()
        );
        return Ok(code(EXIT_PASS));
    }
    let id = exercise.id().to_string();
    let shown = ctx.workspace.hints_shown(&id);
    let upto = if all {
        hints.len()
    } else {
        (shown + 1).min(hints.len())
    };
    for (n, text) in hints.iter().enumerate().take(upto) {
        println!(
            "{} {}",
            style(format!("Hint {}/{}:", n + 1, hints.len()))
                .yellow()
                .bold(),
            text.trim()
        );
    }
    if upto == hints.len() && !all && shown >= hints.len() {
        println!("(that was the last hint)");
    }
    ctx.workspace.show_hints(&id, upto);
    ctx.workspace.save()?;
    Ok(code(EXIT_PASS))
}

fn next(ctx: &mut Context) -> Result<ExitCode> {
    let current = ctx.course.require(&ctx.workspace.state.current)?;
    if !ctx.workspace.is_done(current.id()) {
        println!(
            "`{}` has not passed yet: run `dockerlings verify` (or `dockerlings` to watch). Moving on anyway.",
            current.id()
        );
    }
    let Some(next) = ctx.course.exercises().nth(current.index + 1) else {
        println!("That was the last exercise: the course is complete.");
        return Ok(code(EXIT_PASS));
    };
    let id = next.id().to_string();
    let dir = ctx.workspace.exercise_dir(next);
    ctx.workspace.state.current = id.clone();
    ctx.workspace.save()?;
    println!(
        "Now on `{id}`: {}\n  {}",
        next.def.title,
        relative_to_cwd(&dir).display()
    );
    Ok(code(EXIT_PASS))
}

fn reset(ctx: &Context, name: &str, yes: bool) -> Result<ExitCode> {
    let exercise = ctx.course.require(name)?;
    let dir = ctx.workspace.exercise_dir(exercise);
    if !yes {
        if !console::Term::stderr().is_term() {
            anyhow::bail!(
                "reset asks for confirmation, and there is no terminal to ask on; pass --yes to reset `{name}` anyway"
            );
        }
        let confirmed = dialoguer::Confirm::new()
            .with_prompt(format!(
                "Restore the starting files of `{name}` in {}? Your version is kept as a backup.",
                relative_to_cwd(&dir).display()
            ))
            .default(false)
            .interact()?;
        if !confirmed {
            println!("Nothing was changed.");
            return Ok(code(EXIT_PASS));
        }
    }
    let backup = ctx.workspace.reset(&ctx.course, exercise)?;
    println!(
        "Restored `{name}`. Your version is in {}",
        relative_to_cwd(&backup).display()
    );
    Ok(code(EXIT_PASS))
}

fn solution(ctx: &Context, name: &str, force: bool) -> Result<ExitCode> {
    let exercise = ctx.course.require(name)?;
    if !ctx.workspace.is_done(name) {
        if !force {
            println!(
                "The solution of `{name}` opens once the exercise passes (`dockerlings verify {name}`).\nStuck? Try `dockerlings hint {name}`. To see it anyway: `dockerlings solution {name} --force`."
            );
            return Ok(code(EXIT_FAIL));
        }
        eprintln!(
            "{} showing the solution of `{name}` before it passes: you learn more by getting there yourself.",
            style("warning:").yellow().bold()
        );
    }
    for (path, contents) in ctx.course.solution_overlay(exercise)? {
        println!(
            "{}",
            style(format!(
                "── {} ──",
                exercise.workspace_dir().join(&path).display()
            ))
            .bold()
        );
        println!("{}", String::from_utf8_lossy(&contents));
    }
    Ok(code(EXIT_PASS))
}

fn explain(cli: &Cli, dockerfile: Option<&Path>, json: bool) -> Result<ExitCode> {
    let path = match dockerfile {
        Some(path) => path.to_path_buf(),
        None => {
            let ctx = context(cli)?;
            let exercise = ctx.course.require(&ctx.workspace.state.current)?;
            ctx.workspace.dockerfile(exercise)
        }
    };
    let text = std::fs::read_to_string(&path)
        .with_context(|| format!("cannot read {}", path.display()))?;
    let shown = relative_to_cwd(&path);
    let explanation = crate::checks::explain(&text, &shown);
    if json {
        let mut out = serde_json::to_value(&explanation)?;
        out["schema"] = json!(JSON_SCHEMA);
        println!("{}", serde_json::to_string_pretty(&out)?);
    } else {
        print!("{}", ui::explain::render(&explanation));
    }
    Ok(code(EXIT_PASS))
}

/// A path as the learner would type it from where they are.
pub fn relative_to_cwd(path: &Path) -> PathBuf {
    std::env::current_dir()
        .ok()
        .and_then(|cwd| path.strip_prefix(&cwd).ok().map(Path::to_path_buf))
        .unwrap_or_else(|| path.to_path_buf())
}
