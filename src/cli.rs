//! Command-line definitions (clap) and nothing else.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

#[derive(Debug, Parser)]
#[command(
    name = "dockerlings",
    version,
    about = "Learn Docker multistage builds by fixing small Dockerfiles",
    long_about = "Learn Docker multistage builds by fixing small Dockerfiles.\n\nRun `dockerlings init` to make a workspace, then `dockerlings` inside it: it watches your files, checks the Dockerfile on every save, builds it with your local Docker engine and tells you what to fix."
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,

    /// Load the course from this folder instead of the built-in one
    #[arg(long, global = true, env = "DOCKERLINGS_COURSE", value_name = "DIR")]
    pub course: Option<PathBuf>,

    /// When to use colours (NO_COLOR is honoured)
    #[arg(long, global = true, value_enum, default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,

    #[command(flatten)]
    pub engine: EngineArgs,

    /// Watch mode: re-run only when `r` is pressed (for file systems where watching fails)
    #[arg(long)]
    pub manual_run: bool,
}

#[derive(Debug, Clone, Args)]
pub struct EngineArgs {
    /// Docker engine to use, like DOCKER_HOST: unix:///var/run/docker.sock, tcp://host:2376, ssh://user@host
    #[arg(long, global = true, value_name = "URL")]
    pub host: Option<String>,

    /// Which builder to use
    #[arg(long, global = true, value_enum, default_value_t = Builder::Auto)]
    pub builder: Builder,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Builder {
    /// BuildKit where the engine offers it, the classic builder otherwise
    Auto,
    Buildkit,
    Classic,
}

/// Shells `completions` writes a script for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Shell {
    Bash,
    Elvish,
    Fish,
    Nushell,
    Powershell,
    Zsh,
}

/// What `explain` prints.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExplainFormat {
    Text,
    Json,
    Sarif,
}

/// A report file's format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ReportFormat {
    Junit,
    Json,
    Sarif,
}

impl ReportFormat {
    pub fn name(self) -> &'static str {
        match self {
            ReportFormat::Junit => "junit",
            ReportFormat::Json => "json",
            ReportFormat::Sarif => "sarif",
        }
    }
}

/// `--report junit=reports/dockerlings.xml`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReportTarget {
    pub format: ReportFormat,
    pub path: PathBuf,
}

fn parse_report(text: &str) -> Result<ReportTarget, String> {
    let (format, path) = text
        .split_once('=')
        .ok_or_else(|| format!("`{text}` is not FORMAT=FILE; write e.g. junit=report.xml"))?;
    let format = ReportFormat::from_str(format, true).map_err(|_| {
        format!(
            "`{format}` is not a report format; use junit, json or sarif (e.g. junit=report.xml)"
        )
    })?;
    if path.is_empty() {
        return Err(format!(
            "`{text}` names no file; write e.g. {}=report",
            format.name()
        ));
    }
    Ok(ReportTarget {
        format,
        path: PathBuf::from(path),
    })
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Make a workspace with the course's exercises (default: ./dockerlings)
    Init {
        /// Where to make it
        path: Option<PathBuf>,
    },
    /// List the exercises and your progress
    List {
        /// Print one JSON document (schema dockerlings/v1) instead of text
        #[arg(long)]
        json: bool,
    },
    /// Check one exercise (the current one by default); exit 0 pass, 1 fail, 2 usage or course error, 3 no engine
    Verify {
        /// The exercise id, as `dockerlings list` shows it (default: the current exercise)
        name: Option<String>,
        /// Print one JSON document (schema dockerlings/v1) instead of text
        #[arg(long)]
        json: bool,
        /// Run only the static checks (no engine)
        #[arg(long)]
        static_only: bool,
        /// Also write a report: junit=FILE or json=FILE (repeatable; the text still goes to the terminal)
        #[arg(long, value_name = "FORMAT=FILE", value_parser = parse_report)]
        report: Vec<ReportTarget>,
        /// Print only what fails (nothing when everything passes)
        #[arg(long, short, conflicts_with = "json")]
        quiet: bool,
    },
    /// Check every exercise (several at once); results are listed in course order
    CheckAll {
        /// Print one JSON document (schema dockerlings/v1) instead of text
        #[arg(long)]
        json: bool,
        /// Run only the static checks (no engine)
        #[arg(long)]
        static_only: bool,
        /// Exercises checked at once (default: the cores plus one, at most 6; 1 without an engine)
        #[arg(long, short, value_name = "N", value_parser = clap::builder::RangedU64ValueParser::<usize>::new().range(1..))]
        jobs: Option<usize>,
        /// Also write a report: junit=FILE or json=FILE (repeatable; the text still goes to the terminal)
        #[arg(long, value_name = "FORMAT=FILE", value_parser = parse_report)]
        report: Vec<ReportTarget>,
        /// Print only what fails (nothing when everything passes)
        #[arg(long, short, conflicts_with = "json")]
        quiet: bool,
    },
    /// Show the next hint for an exercise (the current one by default)
    Hint {
        /// The exercise id (default: the current exercise)
        name: Option<String>,
        /// Show every hint at once
        #[arg(long)]
        all: bool,
    },
    /// Move on to the next exercise, once the current one passes
    Next {
        /// Move on even though the current exercise has not passed
        #[arg(long)]
        force: bool,
    },
    /// Restore an exercise's starting files (your version is kept as a backup)
    Reset {
        /// The exercise id, as `dockerlings list` shows it
        name: String,
        /// Do not ask for confirmation
        #[arg(long, short)]
        yes: bool,
    },
    /// Show the reference solution of an exercise you have passed
    Solution {
        /// The exercise id, as `dockerlings list` shows it
        name: String,
        /// Show it even if you have not passed the exercise yet
        #[arg(long)]
        force: bool,
    },
    /// Show the stage graph and the lint findings of a Dockerfile
    Explain {
        /// The Dockerfile (default: the current exercise's)
        dockerfile: Option<PathBuf>,
        /// Print one JSON document (schema dockerlings/v1) instead of text
        #[arg(long, conflicts_with = "format")]
        json: bool,
        /// What to print: text, json, or sarif (SARIF 2.1.0, for code scanning)
        #[arg(long, value_enum, default_value_t = ExplainFormat::Text)]
        format: ExplainFormat,
        /// Also write a report: sarif=FILE or json=FILE (repeatable)
        #[arg(long, value_name = "FORMAT=FILE", value_parser = parse_report)]
        report: Vec<ReportTarget>,
    },
    /// Find the Docker engine and say what is missing and how to fix it
    Doctor {
        /// Print one JSON document (schema dockerlings/v1) instead of text
        #[arg(long)]
        json: bool,
    },
    /// Pull every image the course uses (before a workshop, while the network is quiet)
    Pull,
    /// Remove the images and containers this workspace made
    Clean,
    /// Workshops without a registry: pack the course's images into one file, load it on each laptop
    #[command(subcommand)]
    Workshop(WorkshopCommand),
    /// Started by the commands that run containers: removes the containers process OWNER
    /// made once their deadline passes, and all of them once OWNER is gone (its end of this
    /// process's stdin closes), however it ended.
    #[command(hide = true)]
    ReapContainers {
        #[arg(long)]
        owner: u32,
    },
    /// The book's preprocessor: run by `mdbook build` (book.toml's `[preprocessor.dockerlings]`),
    /// it reads mdBook's [context, book] JSON on stdin and writes the book with a page per
    /// exercise on stdout. The course is `--course`, or else the folder above the book's.
    #[command(hide = true)]
    Book {
        #[command(subcommand)]
        query: Option<BookQuery>,
    },
    /// Print a shell completion script
    Completions {
        /// The shell to complete in
        shell: Shell,
    },
    /// Tools for course authors
    #[command(subcommand)]
    Dev(DevCommand),
    /// Workshops: report your progress to the instructor's class dashboard, or run the class server
    #[command(subcommand)]
    Classroom(ClassroomCommand),
}

#[derive(Debug, Subcommand)]
pub enum ClassroomCommand {
    /// Join a class from this workspace: from then on dockerlings reports exercises started,
    /// checks failing, passes, hints and solutions seen (never your files) to the class server
    Join {
        /// The server's address, as the instructor shows it (http://HOST:PORT)
        url: String,
        /// The join code the instructor shows
        code: String,
        /// Your name on the dashboard (default: your login name)
        #[arg(long)]
        name: Option<String>,
    },
    /// Stop reporting: send what is queued (one try), tell the server, and delete the token and the queue
    Leave,
    /// Joined or not, the server, and the events waiting to be sent
    Status,
    /// The instructor's side: run the class server; prints the join code for learners and the dashboard's address
    Serve {
        /// The class's name, shown to learners and on the dashboard (kept in the store)
        #[arg(long, value_name = "CLASS")]
        name: Option<String>,
        /// Address and port to listen on (default 127.0.0.1:7420: this machine only)
        #[arg(long, value_name = "ADDR:PORT", conflicts_with = "lan")]
        bind: Option<String>,
        /// Listen on every network interface (0.0.0.0:7420), so learners on the LAN can join
        #[arg(long)]
        lan: bool,
        /// The store: a SQLite file (default: classroom.db in the data directory) or postgres://...
        #[arg(long, value_name = "FILE|URL", env = "DOCKERLINGS_CLASSROOM_DB")]
        db: Option<String>,
        /// Replace the class's instructor token with a new one: the old one stops working, also
        /// on other servers sharing the store, and dashboards opened with it close
        #[arg(long)]
        new_token: bool,
        /// A load balancer in front of this server (repeatable): requests from it count, in the
        /// rate limits, against the address it puts last in X-Forwarded-For
        #[arg(long, value_name = "ADDR")]
        trusted_proxy: Vec<std::net::IpAddr>,
        /// Most connections served at once; more wait for a free place (default 1024)
        #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..=65536))]
        max_connections: Option<u32>,
    },
}

/// What mdBook asks a preprocessor before it runs it.
#[derive(Debug, Subcommand)]
pub enum BookQuery {
    /// Exit 0 if the preprocessor works with this renderer (it works with every renderer)
    Supports {
        /// The renderer, like `html`
        renderer: String,
    },
}

#[derive(Debug, Subcommand)]
pub enum DevCommand {
    /// Validate the lessons, then check that every exercise fails as shipped and passes solved
    Check {
        /// Only these exercises
        names: Vec<String>,
        /// Exercises checked at once (default: the cores plus one, at most 6)
        #[arg(long, short, value_name = "N", value_parser = clap::builder::RangedU64ValueParser::<usize>::new().range(1..))]
        jobs: Option<usize>,
        /// Print one JSON document (schema dockerlings/v1) instead of text
        #[arg(long)]
        json: bool,
        /// Leave out the learner-attempt corpus (lessons/attempts/)
        #[arg(long)]
        no_attempts: bool,
        /// Print only the exercises with a problem (nothing when all are fine)
        #[arg(long, short, conflicts_with = "json")]
        quiet: bool,
        /// Also write a report: junit=FILE or json=FILE (repeatable; the text still goes to the terminal)
        #[arg(long, value_name = "FORMAT=FILE", value_parser = parse_report)]
        report: Vec<ReportTarget>,
    },
    /// Print every image the course names, one per line
    Images,
    /// Print what `docker build DIR` sends as its context after `.dockerignore`, one entry
    /// per line: `dir PATH/`, `file PATH`, `symlink PATH -> TARGET`, `hardlink PATH => FIRST`
    Context {
        /// The folder to build (default: the current one)
        dir: Option<PathBuf>,
        /// The Dockerfile, relative to DIR (always sent, as the CLI does)
        #[arg(long, short = 'f', default_value = "Dockerfile")]
        file: PathBuf,
    },
    /// Scaffold a lesson, or an exercise in a lesson
    New {
        /// The lesson id
        lesson: String,
        /// An exercise id to add to it
        exercise: Option<String>,
    },
}

#[derive(Debug, Subcommand)]
pub enum WorkshopCommand {
    /// Write every image the course names (as `dockerlings pull` gets them) into FILE, to copy
    /// to each laptop on a USB stick or a file share
    Pack {
        /// The bundle to write (replaced only once it is complete)
        file: PathBuf,
        /// Refuse images that are not for this platform, like linux/arm64 (default: any)
        #[arg(long, value_name = "OS/ARCH")]
        platform: Option<String>,
    },
    /// Load a bundle made by `workshop pack` into this engine: images it has already are skipped
    Load {
        /// The bundle
        file: PathBuf,
    },
}
