//! "Check it yourself": the docker commands that check an exercise's result by hand, made from
//! its checks, for a reader who never installs dockerlings.

use std::fmt::Write;

use crate::checks::Check;
use crate::course::Exercise;

/// The host port the commands publish an app on (always on 127.0.0.1).
const HOST_PORT: u16 = 8080;

/// The section, in Markdown; `link` makes a link to another exercise's page.
pub fn section(exercise: Exercise<'_>, link: &dyn Fn(&str) -> String) -> String {
    let def = exercise.def;
    let id = def.id.as_str();
    let mut out = String::from("## Check it yourself\n\n");
    let dockerfile = exercise.dockerfile();
    let file_flag = if dockerfile.as_os_str() == "Dockerfile" {
        String::new()
    } else {
        format!(" -f {}", dockerfile.display())
    };
    if def.checks.iter().all(Check::is_static) {
        let _ = writeln!(
            out,
            "Every check of this exercise reads the Dockerfile: compare yours with the list \
             above. That it still builds, in the exercise's folder:\n\n```sh\ndocker build{file_flag} -t {id} .\n```\n"
        );
        return out;
    }
    let _ = writeln!(
        out,
        "In the exercise's folder, with your Dockerfile, build the image and tag it `{id}`:\n\n\
         ```sh\ndocker build{file_flag} -t {id} .\n```\n"
    );
    for check in &def.checks {
        match check {
            Check::Target(config) => {
                let _ = writeln!(
                    out,
                    "The stage `{}` builds on its own:\n\n```sh\ndocker build{file_flag} --target {} .\n```\n",
                    config.stage, config.stage
                );
            }
            Check::TestsRun(config) => {
                let test = &config.failing_test;
                let _ = writeln!(
                    out,
                    "The stage `{stage}` really runs the tests: add a test that fails as `{path}`,\n\n\
                     ```text\n{text}\n```\n\n\
                     and the build of that stage must fail; remove the file again afterwards:\n\n\
                     ```sh\ndocker build{file_flag} --target {stage} .   # fails\nrm {path}\n```\n",
                    stage = config.stage,
                    path = test.path,
                    text = test.text.trim_end(),
                );
            }
            Check::ImageSize(config) => {
                let mut targets = Vec::new();
                if let Some(max) = config.max {
                    targets.push(format!("at most {max}"));
                }
                if let Some(added) = config.added {
                    targets.push(format!(
                        "at most {added} above the final stage's base image (see its size with `docker images BASE`)"
                    ));
                }
                let mut before_step = String::new();
                if let (Some(ratio), Some(before)) = (config.ratio, &config.before) {
                    let percent = percent(ratio);
                    if before == id {
                        targets.push(format!(
                            "at most {percent}% of the image the starting files build"
                        ));
                        before_step = format!(
                            "The starting files' image, built before your changes (or from a fresh copy of them):\n\n\
                             ```sh\ndocker build{file_flag} -t {id}-start .\ndocker images {id}-start\n```\n"
                        );
                    } else {
                        targets.push(format!(
                            "at most {percent}% of the image the starting files of {} build",
                            link(before)
                        ));
                        before_step = format!(
                            "The \"before\" image: the starting files of {}, built in their folder as `docker build -t {before}-start .`, then:\n\n\
                             ```sh\ndocker images {before}-start\n```\n",
                            link(before)
                        );
                    }
                }
                let _ = writeln!(
                    out,
                    "The image's size: {}.\n\n```sh\ndocker images {id}\n# the sum of the layers, the size dockerlings compares, in bytes:\n\
                     docker history --format '{{{{.Size}}}}' --human=false {id} | paste -sd+ | bc\n```\n",
                    targets.join("; ")
                );
                if !before_step.is_empty() {
                    let _ = writeln!(out, "{before_step}");
                }
            }
            Check::Absent(paths) | Check::Present(paths) => {
                let absent = matches!(check, Check::Absent(_));
                let pattern = paths
                    .iter()
                    .map(|path| regex_escape(path.trim_start_matches('/')))
                    .collect::<Vec<_>>()
                    .join("|");
                let (all, expect) = if absent {
                    ("None of these paths is", "prints nothing")
                } else {
                    ("All of these paths are", "prints each of them")
                };
                let listed = paths
                    .iter()
                    .map(|p| format!("`{p}`"))
                    .collect::<Vec<_>>()
                    .join(", ");
                let _ = writeln!(
                    out,
                    "{all} in the image, {listed}: the list of its files {expect} (this works on any image, `scratch` too):\n\n\
                     ```sh\ndocker create --name {id}-files {id} none\n\
                     docker export {id}-files | tar -tf - | grep -E '^({pattern})(/|$)' | head\n\
                     docker rm {id}-files\n```\n"
                );
            }
            Check::Metadata(config) => {
                let mut fields = Vec::new();
                if let Some(user) = &config.user {
                    let want = if user == "non-root" {
                        "any user but root or 0 (empty means root)".to_string()
                    } else {
                        format!("`{user}`")
                    };
                    fields.push(("User", want));
                }
                if let Some(ports) = &config.exposed_ports {
                    let ports: Vec<String> = ports.iter().map(|p| format!("{p}/tcp")).collect();
                    fields.push(("ExposedPorts", ports.join(", ")));
                }
                if let Some(entrypoint) = &config.entrypoint {
                    fields.push(("Entrypoint", format!("`{entrypoint:?}`")));
                }
                if let Some(cmd) = &config.cmd {
                    fields.push(("Cmd", format!("`{cmd:?}`")));
                }
                if let Some(workdir) = &config.workdir {
                    fields.push(("WorkingDir", format!("`{workdir}`")));
                }
                if !config.env.is_empty() {
                    let vars: Vec<String> = config
                        .env
                        .iter()
                        .map(|(name, value)| {
                            if value == "*" {
                                format!("`{name}`")
                            } else {
                                format!("`{name}={value}`")
                            }
                        })
                        .collect();
                    fields.push(("Env", vars.join(", ")));
                }
                let mut text = String::from("The image's configuration:\n\n");
                for (field, want) in &fields {
                    let _ = writeln!(text, "- `{field}`: {want}");
                }
                let _ = writeln!(text, "\n```sh");
                for (field, _) in &fields {
                    let _ = writeln!(
                        text,
                        "docker image inspect --format '{field}: {{{{json .Config.{field}}}}}' {id}"
                    );
                }
                let _ = writeln!(text, "```\n");
                out.push_str(&text);
            }
            Check::ContextExcludes(paths) => {
                let _ = writeln!(
                    out,
                    "The build context leaves out {}: list what `docker build` sends, with a \
                     throwaway Dockerfile that copies the whole context (none of them may appear):\n\n\
                     ```sh\nprintf 'FROM busybox:1.36\\nCOPY . /context\\nRUN cd /context && find . | sort\\n' \\\n  \
                     | docker build --no-cache --progress=plain -f - .\n```\n",
                    paths
                        .iter()
                        .map(|p| format!("`{p}`"))
                        .collect::<Vec<_>>()
                        .join(", ")
                );
            }
            Check::Run(config) => match &config.http {
                Some(http) => {
                    let expect = match &http.contains {
                        Some(text) => format!("status {} and `{text}` in the body", http.status),
                        None => format!("status {}", http.status),
                    };
                    let _ = writeln!(
                        out,
                        "The app answers on port {port}, published on 127.0.0.1 only: {expect}.\n\n\
                         ```sh\ndocker run -d --rm --name {id}-run -p 127.0.0.1:{HOST_PORT}:{port} {id}\n\
                         curl -si http://127.0.0.1:{HOST_PORT}{path}\n\
                         docker rm -f {id}-run\n```\n",
                        port = http.port,
                        path = http.path,
                    );
                }
                None => {
                    let args = config
                        .args
                        .as_ref()
                        .map(|args| format!(" {}", args.join(" ")))
                        .unwrap_or_default();
                    let mut expect = Vec::new();
                    if let Some(code) = config.exit_code {
                        expect.push(format!("exit code {code}"));
                    }
                    if let Some(text) = &config.stdout_contains {
                        expect.push(format!("`{text}` in the output"));
                    }
                    let _ = writeln!(
                        out,
                        "The container runs: {}.\n\n```sh\ndocker run --rm {id}{args}; echo \"exit code: $?\"\n```\n",
                        expect.join(", ")
                    );
                }
            },
            Check::Cache(config) => {
                let _ = writeln!(
                    out,
                    "A code change reuses the slow step: add a comment line to `{}`, build again, \
                     and the step with `{}` shows `CACHED` (or `Using cache`):\n\n\
                     ```sh\ndocker build{file_flag} --progress=plain -t {id} . 2>&1 | grep -i -A1 '{}'\n```\n",
                    config.edit, config.reused, config.reused
                );
            }
            _ => {}
        }
    }
    let _ = writeln!(
        out,
        "Remove the image when you are done:\n\n```sh\ndocker rmi {id}\n```\n"
    );
    out
}

/// `0.05` as `5`, `0.025` as `2.5`.
fn percent(ratio: f64) -> String {
    let value = ratio * 100.0;
    if (value - value.round()).abs() < 1e-9 {
        format!("{value:.0}")
    } else {
        format!("{value:.1}")
    }
}

/// `path` as a literal in an extended regular expression.
fn regex_escape(path: &str) -> String {
    let mut out = String::new();
    for c in path.chars() {
        if ".[]()*+?{}|^$\\".contains(c) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}
