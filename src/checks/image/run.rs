//! `run`: the image runs, confined and under a deadline; its exit code and output, or its
//! answer over HTTP on a port published on 127.0.0.1.

use std::time::Duration;

use serde::{Deserialize, Serialize};

use crate::checks::session::last_lines;
use crate::checks::{CheckKind, CheckResult, Invalid, Session, Validate};
use crate::docker::naming::ObjectKind;
use crate::docker::run::{self, MEMORY_LIMIT, ProbeSpec, RunError, RunOutcome, RunSpec};
use crate::dockerfile::{Dockerfile, Kind};
use crate::values::duration::Seconds;

#[derive(Debug, Clone, Default, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Config {
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

impl Validate for Config {
    fn validate(&self) -> Result<(), Invalid> {
        if self.exit_code.is_none() && self.stdout_contains.is_none() && self.http.is_none() {
            return Err(Invalid::at(
                "run",
                "`run` needs something to expect: `exit_code`, `stdout_contains` or `http`",
            ));
        }
        if let Some(timeout) = self.timeout
            && timeout.0 > MAX_TIMEOUT
        {
            return Err(Invalid::at(
                "timeout",
                format!(
                    "`timeout` is at most {}s: a learner waits for it on every save",
                    MAX_TIMEOUT.as_secs()
                ),
            ));
        }
        Ok(())
    }
}

pub fn title(spec: &Config) -> String {
    match &spec.http {
        Some(http) => format!("The app answers GET {} on port {}", http.path, http.port),
        None => "The image runs".to_string(),
    }
}

/// The longest deadline a lesson may give a run.
const MAX_TIMEOUT: Duration = Duration::from_secs(600);
const DEFAULT_TIMEOUT: Duration = Duration::from_secs(20);
const OUTPUT_LINES: usize = 15;

pub async fn run(session: &mut Session<'_>, spec: &Config) -> CheckResult {
    let (title, why) = match &spec.http {
        Some(http) => (
            format!("The app answers GET {} on port {}", http.path, http.port),
            "An image that builds but does not serve is not done.",
        ),
        None => (
            "The image runs".to_string(),
            "An image that builds but does not run is not done.",
        ),
    };
    let tag = match session.image(CheckKind::Run, &title).await {
        Ok(tag) => tag,
        Err(result) => return result,
    };
    let result = CheckResult::new(CheckKind::Run, title, why);
    let deadline = spec.timeout.map(|t| t.0).unwrap_or(DEFAULT_TIMEOUT);
    let run_spec = RunSpec {
        image: tag,
        args: spec.args.clone(),
        probe: spec.http.as_ref().map(|http| ProbeSpec {
            port: http.port,
            path: http.path.clone(),
            status: http.status,
            contains: http.contains.clone(),
        }),
        deadline,
        labels: session.labels(ObjectKind::Run),
    };
    let judged = match run::run(session.engine.docker(), &run_spec, session.cancel).await {
        Ok(outcome) => {
            // Exit 126 or 127: the shell or the runtime did not find or could not run the command.
            let start_failed = matches!(outcome.exit_code, Some(126 | 127));
            let words = start_failed.then(String::new);
            (judge(result, spec, &run_spec, &outcome), words)
        }
        Err(RunError::Cancelled) => return result.skipped("cancelled"),
        Err(RunError::Engine(err)) if crate::docker::is_transport_error(&err) => {
            let why = crate::docker::describe_error(&err);
            session.engine_lost(&why);
            return result.skipped(format!("not run: {why}"));
        }
        Err(RunError::Engine(err)) => (
            result.fail(format!(
                "the container did not start: {err}; the command or user the image starts with is wrong"
            )),
            Some(err.to_string()),
        ),
    };
    match judged {
        (result, Some(words)) if !result.passed() && result.location.is_none() => {
            match session.dockerfile().and_then(|df| start_line(df, &words)) {
                Some(line) => result.at(session.dockerfile_path().to_path_buf(), line),
                None => result,
            }
        }
        (result, _) => result,
    }
}

/// A container that cannot start is the CMD, ENTRYPOINT or USER of the final stage: the line
/// of the one the engine's words (not ours) name, as the learner wrote it.
fn start_line(df: &Dockerfile, engine_words: &str) -> Option<usize> {
    let about_user = engine_words.contains("unable to find user")
        || engine_words.contains("no matching entries in passwd")
        || engine_words.contains("USER");
    let last = df.final_stage();
    df.lineage(last.index)
        .iter()
        .rev()
        .flat_map(|stage| stage.instructions.iter().rev())
        .find(|i| {
            if about_user {
                i.kind == Kind::User
            } else {
                matches!(i.kind, Kind::Cmd | Kind::Entrypoint)
            }
        })
        .map(|i| i.line)
}

fn output_details(outcome: &RunOutcome) -> Vec<String> {
    let mut text = outcome.stdout.clone();
    if !outcome.stderr.trim().is_empty() {
        if !text.is_empty() && !text.ends_with('\n') {
            text.push('\n');
        }
        text.push_str(&outcome.stderr);
    }
    let lines = last_lines(&text, OUTPUT_LINES);
    if lines.is_empty() {
        vec!["(it printed nothing)".into()]
    } else {
        std::iter::once("last lines of its output:".to_string())
            .chain(lines)
            .collect()
    }
}

pub fn judge(
    result: CheckResult,
    spec: &Config,
    run: &RunSpec,
    outcome: &RunOutcome,
) -> CheckResult {
    let details = output_details(outcome);
    if outcome.oom_killed {
        return result
            .fail(format!(
                "it was killed for using more than {}MiB of memory",
                MEMORY_LIMIT / 1024 / 1024
            ))
            .details(details);
    }
    if let Some(probe) = &run.probe {
        let probed = outcome.probe.clone().unwrap_or_default();
        let expected = match &probe.contains {
            Some(text) => format!("status {} and a body containing `{text}`", probe.status),
            None => format!("status {}", probe.status),
        };
        if !probed.accepted {
            let found = match (&probed.response, &probed.last_error) {
                (Some(response), _) => format!(
                    "status {} with body `{}`",
                    response.status,
                    short(&response.body)
                ),
                (None, Some(error)) => error.clone(),
                (None, None) => "no answer".into(),
            };
            let why_stopped = match outcome.exit_code {
                Some(code) => format!("the container exited with code {code} before answering"),
                None if probed.response.is_none() => format!(
                    "nothing answered within {:.0}s: does the app listen on port {} on all interfaces (0.0.0.0), not only on 127.0.0.1 inside the container?",
                    run.deadline.as_secs_f64(),
                    probe.port
                ),
                None if !outcome.timed_out => format!(
                    "it gave the same wrong answer {} times in a row",
                    probed.attempts.min(4)
                ),
                None => format!(
                    "no right answer within {:.0}s ({} tries)",
                    run.deadline.as_secs_f64(),
                    probed.attempts
                ),
            };
            return result
                .fail(format!(
                    "GET {} on port {}: {why_stopped}",
                    probe.path, probe.port
                ))
                .found(found)
                .expected(expected)
                .details(details);
        }
        if let Some(text) = &spec.stdout_contains
            && !outcome.stdout.contains(text.as_str())
        {
            return result
                .fail(format!("it answered, but its output lacks `{text}`"))
                .expected(format!("output containing `{text}`"))
                .details(details);
        }
        return result.pass(format!(
            "GET {} (port {} published on 127.0.0.1:{}) answered {} after {:.1}s",
            probe.path,
            probe.port,
            probed.host_port,
            probed.response.map(|r| r.status).unwrap_or(probe.status),
            outcome.seconds
        ));
    }
    if outcome.timed_out {
        return result
            .fail(format!(
                "still running after {:.0}s (a program that should finish, or a server without an HTTP probe?)",
                run.deadline.as_secs_f64()
            ))
            .details(details);
    }
    let wanted_code = spec.exit_code.unwrap_or(0);
    let code = outcome.exit_code.unwrap_or(-1);
    if code != wanted_code {
        let hint = match code {
            126 | 127 => {
                " (the command was not found or cannot run in this image: is the binary there, and is it built for this image's libc?)"
            }
            137 => " (killed)",
            _ => "",
        };
        return result
            .fail(format!("it exited with code {code}{hint}"))
            .found(format!("exit code {code}"))
            .expected(format!("exit code {wanted_code}"))
            .details(details);
    }
    if let Some(text) = &spec.stdout_contains
        && !outcome.stdout.contains(text.as_str())
    {
        let in_stderr = outcome.stderr.contains(text.as_str());
        return result
            .fail(if in_stderr {
                format!("`{text}` went to stderr, not stdout")
            } else {
                format!("its output lacks `{text}`")
            })
            .found(format!("`{}`", short(&outcome.stdout)))
            .expected(format!("output containing `{text}`"))
            .details(details);
    }
    result.pass(match &spec.stdout_contains {
        Some(text) => format!(
            "exited {code} and printed `{text}` ({:.1}s)",
            outcome.seconds
        ),
        None => format!("exited {code} ({:.1}s)", outcome.seconds),
    })
}

fn short(text: &str) -> String {
    let text = text.trim();
    if text.chars().count() > 80 {
        text.chars().take(79).collect::<String>() + "…"
    } else {
        text.to_string()
    }
}

#[cfg(test)]
mod start_tests {
    use super::*;

    const FILE: &str = "FROM golang:1.23 AS builder\nRUN go build -o /server .\n\
                        FROM gcr.io/distroless/static-debian12:nonroot\n\
                        COPY --from=builder /server /server\nUSER nonroot\nENTRYPOINT /server\n";

    #[test]
    fn a_missing_shell_points_at_the_entrypoint_not_the_user() {
        let df = Dockerfile::parse(FILE).unwrap();
        let words = "OCI runtime create failed: runc create failed: unable to start container \
                     process: exec: \"/bin/sh\": stat /bin/sh: no such file or directory: unknown";
        assert_eq!(start_line(&df, words), Some(6));
        assert_eq!(start_line(&df, ""), Some(6));
    }

    #[test]
    fn an_unknown_user_points_at_the_user() {
        let df = Dockerfile::parse(FILE).unwrap();
        let words = "unable to find user nonroot: no matching entries in passwd file";
        assert_eq!(start_line(&df, words), Some(5));
    }
}
