//! `dockerlings classroom join|leave|status`: the learner's side of a workshop, and `tell`,
//! which the other commands call to report what happened to a class the workspace joined;
//! `classroom serve`: the instructor's class server.

use std::io::IsTerminal;
use std::path::Path;
use std::time::{Duration, UNIX_EPOCH};

use anyhow::{Context as _, Result, bail};
use console::style;

use super::{Context, Exit};
use crate::classroom::client::Server;
use crate::classroom::learner::{Happened, Learner, now_ms};
use crate::classroom::protocol::{JoinRequest, MAX_TEXT};
use crate::report::CourseFacts;
use crate::workspace::Workspace;

pub fn join(ctx: &Context, url: &str, code: &str, name: Option<&str>) -> Result<Exit> {
    let server = Server::parse(url).map_err(anyhow::Error::msg)?;
    let name = match name {
        Some(name) => name.to_string(),
        None => ask_name()?,
    };
    let name = name.trim().to_string();
    if name.is_empty() || name.chars().count() > MAX_TEXT || name.chars().any(char::is_control) {
        bail!(
            "the name `{name}` cannot be used: give 1 to {MAX_TEXT} characters on one line, e.g. --name \"Ann B\""
        );
    }
    let course = CourseFacts::of(&ctx.course);
    let request = JoinRequest {
        code: code.trim().to_string(),
        name,
        workspace_id: ctx.workspace.state.workspace_id.clone(),
        course_id: course.id,
        course_version: course.version,
    };
    let learner = Learner::at(&ctx.workspace.root);
    let runtime = small_runtime()?;
    let membership =
        runtime.block_on(learner.join(&server, &request, &ctx.workspace.state.current))?;
    // The exercise the learner is on reaches the dashboard at once.
    runtime.block_on(learner.flush_once());
    println!(
        "Joined the class `{}` at {} as {}.\nFrom now on dockerlings tells it which exercise you are on, which checks fail, when one passes, and when you open a hint or a solution; never the contents of your files.\nTo stop: `dockerlings classroom leave`.",
        membership.class_name, membership.server, membership.name
    );
    Ok(Exit::Pass)
}

/// The dashboard name: asked on a terminal (the login name by default), else the login name.
fn ask_name() -> Result<String> {
    let login = login_name();
    if !std::io::stdin().is_terminal() || !std::io::stderr().is_terminal() {
        return Ok(login);
    }
    dialoguer::Input::<String>::new()
        .with_prompt("Your name on the class dashboard")
        .default(login)
        .interact_text()
        .context("cannot read the name; pass it with --name NAME")
}

fn login_name() -> String {
    ["USER", "LOGNAME", "USERNAME"]
        .iter()
        .filter_map(|var| std::env::var(var).ok())
        .find(|name| !name.trim().is_empty())
        .unwrap_or_else(|| "learner".into())
}

pub fn leave(root: &Path) -> Result<Exit> {
    let learner = Learner::at(root);
    let left = small_runtime()?.block_on(learner.leave())?;
    match left {
        None => println!("This workspace is not in a class; nothing is reported."),
        Some((membership, told)) => {
            println!(
                "Left the class `{}`: nothing more is sent, and the token and the events not sent yet are deleted.",
                membership.class_name
            );
            if let Err(why) = told {
                eprintln!(
                    "{} the server at {} did not hear of it ({why}); it shows you as idle.",
                    style("note:").yellow().bold(),
                    membership.server
                );
            }
        }
    }
    Ok(Exit::Pass)
}

pub fn status(root: &Path) -> Result<Exit> {
    let learner = Learner::at(root);
    let Some(standing) = learner.standing()? else {
        println!(
            "Not in a class: nothing is reported. Join one with `dockerlings classroom join URL CODE`."
        );
        return Ok(Exit::Pass);
    };
    let membership = &standing.membership;
    let queue = &standing.queue;
    println!(
        "In the class `{}` at {} as {}.",
        membership.class_name, membership.server, membership.name
    );
    println!("Events waiting to be sent: {}", queue.queued);
    let last = match queue.last_sent_ms {
        Some(ms) => {
            let ago = Duration::from_millis(now_ms().saturating_sub(ms));
            let ago = Duration::from_secs(ago.as_secs());
            format!(
                "{} ({} ago)",
                humantime::format_rfc3339_seconds(UNIX_EPOCH + Duration::from_millis(ms)),
                humantime::format_duration(ago)
            )
        }
        None => "never".into(),
    };
    println!("Last sent: {last}");
    if queue.dropped > 0 {
        println!(
            "Dropped: {} (the oldest, while the queue was full, or unreadable)",
            queue.dropped
        );
    }
    if let Some(why) = &queue.last_error {
        println!("Last try failed: {why}");
    }
    Ok(Exit::Pass)
}

/// Reports what happened to the class this workspace joined, then tries one short send of
/// everything queued (`runtime`, or a small one made here). Does nothing, not even a runtime,
/// when not joined. A failed send leaves the events queued; only a failure to queue them is
/// said.
pub(super) fn tell(
    workspace: &Workspace,
    happened: Vec<Happened>,
    runtime: Option<&tokio::runtime::Runtime>,
) {
    let learner = Learner::at(&workspace.root);
    if !learner.is_joined() {
        return;
    }
    for happened in happened {
        if let Err(err) = learner.record(happened) {
            eprintln!(
                "{} not recorded for the class: {err:#}",
                style("note:").yellow().bold()
            );
            return;
        }
    }
    match runtime {
        Some(runtime) => {
            runtime.block_on(learner.flush_once());
        }
        None => {
            if let Ok(runtime) = small_runtime() {
                runtime.block_on(learner.flush_once());
            }
        }
    }
}

fn small_runtime() -> Result<tokio::runtime::Runtime> {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .context("cannot start the network runtime")
}

/// What `classroom serve` was asked for on the command line.
pub struct ServeOptions<'a> {
    pub name: Option<&'a str>,
    pub bind: Option<&'a str>,
    pub lan: bool,
    pub db: Option<&'a str>,
}

pub fn serve(options: ServeOptions) -> Result<Exit> {
    let _ = (options.name, options.bind, options.lan, options.db);
    bail!("`classroom serve` is not finished yet")
}
