//! `dockerlings classroom join|leave|status`: the learner's side of a workshop, and `tell`,
//! which the other commands call to report what happened to a class the workspace joined;
//! `classroom serve`: the instructor's class server.

use std::io::IsTerminal;
use std::net::{IpAddr, SocketAddr};
use std::path::{Path, PathBuf};
use std::time::{Duration, UNIX_EPOCH};

use anyhow::{Context as _, Result, bail};
use console::style;

use super::{Context, Exit};
use crate::classroom::client::Server;
use crate::classroom::learner::{Happened, Learner, now_ms};
use crate::classroom::protocol::{JoinRequest, MAX_TEXT};
use crate::classroom::server::{self as class_server, Column, Config, Location};
use crate::course::Course;
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
        Some(left) => {
            let membership = &left.membership;
            let sent = match left.sent {
                0 => String::new(),
                1 => " The last event was sent first.".into(),
                n => format!(" The last {n} events were sent first."),
            };
            println!(
                "Left the class `{}`: nothing more is sent, and the token is deleted.{sent}",
                membership.class_name
            );
            if left.deleted > 0 {
                eprintln!(
                    "{} {} events could not be sent to {} and are deleted with the queue.",
                    style("note:").yellow().bold(),
                    left.deleted,
                    membership.server
                );
            }
            if let Err(why) = &left.told {
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
    pub new_token: bool,
    pub trusted_proxies: Vec<IpAddr>,
    pub max_connections: Option<u32>,
}

/// The port the class server listens on unless told otherwise.
const DEFAULT_PORT: u16 = 7420;

/// Runs the class server until Ctrl-C: prints where learners join, their code, and the
/// instructor's token and dashboard.
pub fn serve(course: &Course, options: ServeOptions) -> Result<Exit> {
    let bind: SocketAddr = match (options.bind, options.lan) {
        (Some(text), _) => text.parse().with_context(|| {
            format!(
                "`{text}` is not ADDR:PORT; write e.g. --bind 127.0.0.1:{DEFAULT_PORT}, or --lan"
            )
        })?,
        (None, true) => SocketAddr::from(([0, 0, 0, 0], DEFAULT_PORT)),
        (None, false) => SocketAddr::from(([127, 0, 0, 1], DEFAULT_PORT)),
    };
    let data = data_dir()?;
    let store = match options.db {
        Some(db) => Location::parse(db),
        None => Location::Sqlite(data.join("classroom.db")),
    };
    let token_file = match &store {
        Location::Sqlite(path) => {
            let mut name = path.as_os_str().to_os_string();
            name.push(".instructor-token");
            PathBuf::from(name)
        }
        Location::Postgres(url) => data.join(format!(
            "classroom-{}.instructor-token",
            &sha_hex(url.as_bytes())[..12]
        )),
    };
    let facts = CourseFacts::of(course);
    let config = Config {
        name: options.name.map(str::to_string),
        bind,
        store,
        course_id: facts.id,
        exercises: course
            .exercises()
            .map(|e| Column {
                id: e.id().to_string(),
                title: e.def.title.clone(),
            })
            .collect(),
        token_file: token_file.clone(),
        new_token: options.new_token,
        trusted_proxies: options.trusted_proxies,
        limits: class_server::Limits {
            connections: options
                .max_connections
                .map_or(class_server::Limits::default().connections, |n| n as usize),
            ..class_server::Limits::default()
        },
    };
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .context("cannot start the server's runtime")?;
    runtime.block_on(async {
        let server = class_server::Server::start(config).await?;
        print_start(&server, &token_file);
        server.run(stop_signal()).await?;
        println!("Stopped. Start again with the same --db to carry on with this class.");
        Ok(Exit::Pass)
    })
}

fn print_start(server: &class_server::Server, token_file: &Path) {
    let address = server.address;
    let port = address.port();
    let mut base = format!("http://{address}");
    if address.ip().is_unspecified() {
        let lan = lan_address()
            .map(|ip| format!("http://{}", SocketAddr::new(ip, port)))
            .unwrap_or_else(|| format!("http://THIS-LAPTOPS-ADDRESS:{port}"));
        println!(
            "Listening on {address}: every network interface of this machine. Anyone on its networks can reach the server; learners also need the join code."
        );
        base = lan;
    } else if address.ip().is_loopback() {
        println!(
            "Listening on {address}: this machine only. To let the room's laptops join, restart with --lan (or --bind ADDR:PORT)."
        );
    } else {
        println!("Listening on {address}.");
    }
    let made = match server.new_class {
        true => "new class",
        false => "class",
    };
    println!(
        "{} `{}`, kept in {}",
        style(made).bold(),
        server.class_name,
        server.store_description
    );
    println!();
    println!(
        "Learners join with:  dockerlings classroom join {base} {}",
        server.join_code
    );
    println!("Join code:           {}", server.join_code);
    println!();
    match &server.instructor_token {
        Some(token) => {
            let note = match server.new_token {
                true => "new: the old one no longer works",
                false => "keep it to yourself",
            };
            println!("Instructor token:    {token}   ({note})");
            println!("Dashboard:           {base}/dashboard#token={token}");
        }
        None => {
            println!(
                "Instructor token:    unchanged; it was printed when the class was made ({} is not on this machine or does not match it; --new-token makes a new one)",
                token_file.display()
            );
            println!("Dashboard:           {base}/dashboard");
        }
    }
    println!("Projector:           {base}/projector   (progress without names)");
    println!();
    println!("Ctrl-C stops the server; learners' events wait in their queues until it is back.");
}

/// The address this machine reaches the network with (no packet is sent: a UDP socket is
/// only pointed at a documentation address).
fn lan_address() -> Option<IpAddr> {
    let socket = std::net::UdpSocket::bind("0.0.0.0:0").ok()?;
    socket.connect("192.0.2.1:9").ok()?;
    let ip = socket.local_addr().ok()?.ip();
    (!ip.is_unspecified() && !ip.is_loopback()).then_some(ip)
}

async fn stop_signal() {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{SignalKind, signal};
        if let (Ok(mut int), Ok(mut term)) = (
            signal(SignalKind::interrupt()),
            signal(SignalKind::terminate()),
        ) {
            tokio::select! {
                _ = int.recv() => {}
                _ = term.recv() => {}
            }
            return;
        }
    }
    let _ = tokio::signal::ctrl_c().await;
}

/// Where the class store lives by default: the user's data folder.
fn data_dir() -> Result<PathBuf> {
    let var = |name: &str| {
        std::env::var_os(name)
            .filter(|v| !v.is_empty())
            .map(PathBuf::from)
    };
    let base = if cfg!(windows) {
        var("APPDATA")
    } else if cfg!(target_os = "macos") {
        var("HOME").map(|home| home.join("Library/Application Support"))
    } else {
        var("XDG_DATA_HOME").or_else(|| var("HOME").map(|home| home.join(".local/share")))
    };
    base.map(|dir| dir.join("dockerlings"))
        .context("no data folder (HOME is not set): pass the store with --db FILE")
}

fn sha_hex(bytes: &[u8]) -> String {
    use sha2::Digest;
    sha2::Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}
