//! Every engine check kind, passing and failing, through the real binary on the engine fixture
//! course (busybox and scratch images), with both builders where they differ.

#[path = "engine/support.rs"]
mod support;

use std::process::Command;
use std::time::Duration;

use serde_json::Value;
use support::{BIN, Workspace, course_dir};

fn text(value: &Value) -> String {
    value.as_str().unwrap_or_default().to_string()
}

fn details(result: &Value) -> String {
    result["details"]
        .as_array()
        .map(|lines| {
            lines
                .iter()
                .map(|l| l.as_str().unwrap_or_default())
                .collect::<Vec<_>>()
                .join("\n")
        })
        .unwrap_or_default()
}

fn build_failure_points_at_the_instruction(builder: &str) {
    let ws = Workspace::new();
    let verdict = ws.verify("build", &["--builder", builder]);
    if builder == "buildkit" && support::is_podman() {
        support::assert_buildkit_refused(verdict.code, &verdict.json.to_string());
        return;
    }
    assert_eq!(verdict.code, Some(1));
    let build = verdict.expect("build", "fail");
    assert_eq!(build["location"]["file"], "Dockerfile", "{build:#}");
    assert_eq!(build["location"]["line"], 6, "{build:#}");
    let message = text(&build["message"]);
    assert!(
        message.contains("`RUN echo \"about to fail\" && exit 3` failed: exit code 3"),
        "{message}"
    );
    assert!(details(build).contains("about to fail"), "{build:#}");
    // `--target builder` only builds the first stage, which works.
    verdict.expect("target", "pass");

    ws.solve("build");
    let verdict = ws.verify("build", &["--builder", builder]);
    assert_eq!(verdict.code, Some(0), "{:#}", verdict.json);
    verdict.expect("build", "pass");
    assert!(
        ws.containers().is_empty(),
        "containers left: {:?}",
        ws.containers()
    );
}

#[test]
fn build_with_buildkit() {
    build_failure_points_at_the_instruction("buildkit");
}

#[test]
fn build_with_the_classic_builder() {
    build_failure_points_at_the_instruction("classic");
}

#[test]
fn target_fails_for_a_missing_or_broken_stage() {
    let ws = Workspace::new();
    ws.write(
        "build",
        "Dockerfile",
        "FROM busybox:1.36 AS base\nRUN true\n",
    );
    let verdict = ws.verify("build", &[]);
    verdict.expect("build", "pass");
    let target = verdict.expect("target", "fail");
    assert!(text(&target["message"]).contains("builder"), "{target:#}");

    ws.write(
        "build",
        "Dockerfile",
        "FROM busybox:1.36 AS builder\nRUN echo broken && exit 4\n\nFROM busybox:1.36\n",
    );
    let verdict = ws.verify("build", &[]);
    let target = verdict.expect("target", "fail");
    assert_eq!(target["location"]["line"], 2, "{target:#}");
}

#[test]
fn image_size_against_max_added_and_before() {
    let ws = Workspace::new();
    let verdict = ws.verify("size", &[]);
    let sizes = verdict.results("image_size");
    assert_eq!(sizes.len(), 2);
    let (absolute, added) = (sizes[0], sizes[1]);
    assert_eq!(absolute["status"], "fail", "{absolute:#}");
    // The starting state is its own "before" image: no change.
    assert!(
        text(&absolute["message"]).contains("0% smaller"),
        "{absolute:#}"
    );
    assert!(details(absolute).contains("largest layers"), "{absolute:#}");
    assert!(details(absolute).contains("RUN dd"), "{absolute:#}");
    assert_eq!(absolute["measure"]["unit"], "bytes");
    assert!(absolute["measure"]["value"].as_f64().unwrap() > 8e6);
    assert_eq!(added["status"], "fail", "{added:#}");
    assert!(
        text(&added["found"]).contains("above busybox:1.36"),
        "{added:#}"
    );

    ws.solve("size");
    let verdict = ws.verify("size", &[]);
    for result in verdict.results("image_size") {
        assert_eq!(result["status"], "pass", "{result:#}");
    }
    let message = text(&verdict.results("image_size")[0]["message"]);
    assert!(
        message.contains(" → ") && message.contains("% smaller"),
        "{message}"
    );
}

#[test]
fn absent_and_present_paths_even_on_scratch() {
    let ws = Workspace::new();
    let verdict = ws.verify("files", &[]);
    let absent = verdict.expect("absent", "fail");
    assert_eq!(absent["found"], "/bin/sh", "{absent:#}");
    verdict.expect("present", "pass");

    ws.solve("files");
    let verdict = ws.verify("files", &[]);
    verdict.expect("absent", "pass");
    verdict.expect("present", "pass");

    ws.write(
        "files",
        "Dockerfile",
        "FROM scratch\nCOPY Dockerfile /Dockerfile\n",
    );
    let verdict = ws.verify("files", &[]);
    let present = verdict.expect("present", "fail");
    assert!(text(&present["message"]).contains("/ok"), "{present:#}");
    assert!(
        ws.containers().is_empty(),
        "probe containers left: {:?}",
        ws.containers()
    );
}

#[test]
fn metadata_user_ports_commands_workdir_env() {
    let ws = Workspace::new();
    let verdict = ws.verify("meta", &[]);
    let meta = verdict.expect("metadata", "fail");
    let message = text(&meta["message"]);
    for part in ["root", "8080", "ENTRYPOINT", "WORKDIR", "MODE"] {
        assert!(message.contains(part), "`{part}` missing from: {message}");
    }
    ws.solve("meta");
    ws.verify("meta", &[]).expect("metadata", "pass");
}

#[test]
fn context_excludes_present_and_future_paths() {
    let ws = Workspace::new();
    let verdict = ws.verify("ignore", &[]);
    let result = verdict.expect("context_excludes", "fail");
    let message = text(&result["message"]);
    assert!(message.contains("secrets is sent"), "{message}");
    assert!(
        message.contains("node_modules is not there now"),
        "{message}"
    );
    ws.solve("ignore");
    let verdict = ws.verify("ignore", &[]);
    let result = verdict.expect("context_excludes", "pass");
    assert!(text(&result["found"]).contains("file"), "{result:#}");
}

#[test]
fn run_exit_code_and_output() {
    let ws = Workspace::new();
    let verdict = ws.verify("runs", &[]);
    let run = verdict.expect("run", "fail");
    assert_eq!(run["found"], "exit code 3", "{run:#}");
    assert!(details(run).contains("goodbye"), "{run:#}");
    ws.solve("runs");
    let run = ws.verify("runs", &[]).expect("run", "pass").clone();
    assert!(text(&run["message"]).contains("hello"), "{run:#}");
    assert!(
        ws.containers().is_empty(),
        "run containers left: {:?}",
        ws.containers()
    );
}

#[test]
fn run_http_probe_on_localhost() {
    let ws = Workspace::new();
    let verdict = ws.verify("serves", &[]);
    let run = verdict.expect("run", "fail");
    assert!(text(&run["message"]).contains("GET /index.html"), "{run:#}");
    ws.solve("serves");
    let verdict = ws.verify("serves", &[]);
    let run = verdict.expect("run", "pass");
    assert!(text(&run["message"]).contains("answered 200"), "{run:#}");
    assert!(
        ws.containers().is_empty(),
        "run containers left: {:?}",
        ws.containers()
    );
}

/// Prints what a container sees of its confinement, and `hello` when it is as intended.
const CONFINEMENT_PROBE: &str = r#"m=$(cat /sys/fs/cgroup/memory.max 2>/dev/null || cat /sys/fs/cgroup/memory/memory.limit_in_bytes)
p=$(cat /sys/fs/cgroup/pids.max 2>/dev/null || cat /sys/fs/cgroup/pids/pids.max)
cap=$(awk '/^CapEff/ { print $2 }' /proc/self/status)
nnp=$(awk '/^NoNewPrivs/ { print $2 }' /proc/self/status)
nets=$(ls /sys/class/net | tr '\n' ' ')
echo "memory=$m pids=$p caps=$cap no_new_privs=$nnp interfaces=$nets"
# 13 is CAP_NET_RAW.
[ "$m" = 268435456 ] && [ "$p" = 128 ] && [ "$nnp" = 1 ] && [ "$nets" = "lo " ] &&
  [ $(( 0x$cap & (1 << 13) )) = 0 ] && echo hello
"#;

#[test]
fn run_containers_are_confined() {
    let ws = Workspace::new();
    ws.write("runs", "probe.sh", CONFINEMENT_PROBE);
    ws.write(
        "runs",
        "Dockerfile",
        "FROM busybox:1.36\nCOPY probe.sh /probe.sh\nCMD [\"sh\", \"/probe.sh\"]\n",
    );
    let verdict = ws.verify("runs", &[]);
    verdict.expect("run", "pass");

    // A probe that never gets the right answer keeps the container up long enough to look at
    // it from outside: published on 127.0.0.1 only, unprivileged, no mounts.
    ws.solve("serves");
    ws.write(
        "serves",
        "Dockerfile",
        "FROM busybox:1.36\nRUN mkdir /www && echo nope > /www/index.html\nCMD [\"httpd\", \"-f\", \"-p\", \"8080\", \"-h\", \"/www\"]\n",
    );
    let child = ws
        .command(&["verify", "serves", "--json"])
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let filter = format!("label={}={}", support::LABEL, ws.id);
    let mut container = String::new();
    support::wait_for(std::time::Duration::from_secs(60), || {
        container = support::docker_ok(&["ps", "-q", "--filter", &filter])
            .trim()
            .to_string();
        !container.is_empty()
    });
    assert!(!container.is_empty(), "the run never started");
    let inspected = support::docker_ok(&[
        "inspect",
        "--format",
        "{{json .HostConfig.PortBindings}} {{.HostConfig.Privileged}} {{.HostConfig.Memory}} {{.HostConfig.PidsLimit}} {{json .HostConfig.Binds}} {{len .Mounts}} {{json .HostConfig.CapDrop}}",
        &container,
    ]);
    let output = child.wait_with_output().unwrap();
    let ports = inspected.split_whitespace().next().unwrap();
    assert!(ports.contains("\"HostIp\":\"127.0.0.1\""), "{inspected}");
    assert!(!ports.contains("0.0.0.0"), "{inspected}");
    // No host folders: Docker says `null`, Podman `[]`.
    assert!(
        inspected.contains(" false 268435456 128 null 0 ")
            || inspected.contains(" false 268435456 128 [] 0 "),
        "{inspected}"
    );
    // Podman lists only the drops from its own defaults, which never had NET_RAW; the probe
    // above saw it is not effective either way.
    assert!(
        inspected.contains("NET_RAW") || support::is_podman(),
        "{inspected}"
    );
    let verdict: Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(verdict["verdict"]["results"][0]["status"], "fail");
    assert!(
        ws.containers().is_empty(),
        "run containers left: {:?}",
        ws.containers()
    );
}

fn cache_reuse(builder: &str) {
    let ws = Workspace::new();
    let verdict = ws.verify("cache", &["--builder", builder]);
    if builder == "buildkit" && support::is_podman() {
        support::assert_buildkit_refused(verdict.code, &verdict.json.to_string());
        return;
    }
    let cache = verdict.expect("cache", "fail");
    assert!(text(&cache["message"]).contains("ran again"), "{cache:#}");
    assert!(
        details(cache).contains("rebuilt  RUN cp /src/deps.txt /installed"),
        "{cache:#}"
    );
    let original = std::fs::read_to_string(ws.exercise("cache").join("app.txt")).unwrap();
    assert_eq!(original, "the app\n", "the learner's file was edited");

    ws.solve("cache");
    let verdict = ws.verify("cache", &["--builder", builder]);
    let cache = verdict.expect("cache", "pass");
    assert!(
        details(cache).contains("cached   RUN cp /src/deps.txt /installed"),
        "{cache:#}"
    );
    assert!(details(cache).contains("rebuilt  COPY . /src"), "{cache:#}");
}

#[test]
fn cache_with_buildkit() {
    cache_reuse("buildkit");
}

#[test]
fn cache_with_the_classic_builder() {
    cache_reuse("classic");
}

#[test]
fn clean_removes_what_the_workspace_made() {
    let ws = Workspace::new();
    ws.solve("files");
    ws.verify("files", &[]).expect("absent", "pass");
    let images = support::docker_ok(&[
        "images",
        "-q",
        "--filter",
        &format!("label={}={}", support::LABEL, ws.id),
    ]);
    assert!(
        !images.trim().is_empty(),
        "the build should leave a labelled image"
    );
    let output = ws.command(&["clean"]).output().unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(String::from_utf8_lossy(&output.stdout).contains("Removed"));
    let images = support::docker_ok(&[
        "images",
        "-q",
        "--filter",
        &format!("label={}={}", support::LABEL, ws.id),
    ]);
    assert!(
        images.trim().is_empty(),
        "images left after clean: {images}"
    );
}

#[test]
fn doctor_reports_the_engine_and_the_course_images() {
    support::require_engine();
    let output = Command::new(BIN)
        .arg("--course")
        .arg(course_dir())
        .args(["doctor", "--json"])
        .output()
        .unwrap();
    let report: Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(output.status.code(), Some(0), "{report:#}");
    assert_eq!(report["ok"], true);
    assert!(report["endpoint"]["host"].as_str().unwrap().contains("://"));
    assert!(report["engine"]["api_version"].as_str().is_some());
    assert!(report["builder"]["note"].as_str().is_some());
    assert_eq!(report["images"][0]["image"], "busybox:1.36");
    assert_eq!(report["images"][0]["present"], true);
    assert!(report["search"].as_array().unwrap().len() >= 8);
}

/// A copy of the fixture course whose lesson also names an image the engine lacks.
fn course_with_a_missing_image(dir: &std::path::Path) -> std::path::PathBuf {
    let course = dir.join("course");
    let status = Command::new("cp")
        .arg("-r")
        .arg(course_dir())
        .arg(&course)
        .status()
        .unwrap();
    assert!(status.success());
    let lesson = course.join("lessons/engine.yaml");
    let text = std::fs::read_to_string(&lesson).unwrap().replace(
        "images: [busybox:1.36]",
        "images: [busybox:1.36, dockerlings.invalid/missing:1]",
    );
    std::fs::write(&lesson, text).unwrap();
    course
}

#[test]
fn doctor_and_pull_say_what_to_do_about_a_missing_image() {
    support::require_engine();
    let dir = tempfile::tempdir().unwrap();
    let course = course_with_a_missing_image(dir.path());
    let output = Command::new(BIN)
        .arg("--course")
        .arg(&course)
        .args(["doctor", "--json"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let report: Value = serde_json::from_slice(&output.stdout).unwrap();
    let problem = &report["problems"][0];
    assert!(
        text(&problem["problem"]).contains("dockerlings.invalid/missing:1"),
        "{report:#}"
    );
    assert!(
        text(&problem["fix"]).contains("dockerlings pull"),
        "{report:#}"
    );
    assert_eq!(report["images"][1]["present"], false);

    // Pulling keeps what is there and fails for what is missing.
    let output = Command::new(BIN)
        .arg("--course")
        .arg(&course)
        .arg("pull")
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert_eq!(output.status.code(), Some(1), "{stdout}");
    assert!(stdout.contains("1 on the engine"), "{stdout}");
    let output = Command::new(BIN)
        .arg("--course")
        .arg(course_dir())
        .arg("pull")
        .output()
        .unwrap();
    assert_eq!(
        output.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&output.stdout)
    );
}

#[test]
fn without_an_engine_checks_are_skipped_with_the_fix() {
    let ws = Workspace::new();
    let verdict = ws.verify("runs", &["--host", "unix:///nonexistent/docker.sock"]);
    // Nothing failed: the engine checks could not run, which has its own exit code.
    assert_eq!(verdict.code, Some(3));
    let run = verdict.expect("run", "skipped");
    let message = text(&run["message"]);
    assert!(
        message.contains("no socket at unix:///nonexistent/docker.sock"),
        "{message}"
    );
    assert!(message.contains("start"), "{message}");

    let output = Command::new(BIN)
        .args([
            "doctor",
            "--json",
            "--host",
            "unix:///nonexistent/docker.sock",
        ])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(3));
    let report: Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(report["ok"], false);
    assert!(
        report["problems"][0]["fix"]
            .as_str()
            .unwrap()
            .contains("start")
    );
    // An explicit address is the only one tried.
    assert!(
        report["search"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|line| line["decision"] == "try")
            .count()
            == 1
    );
}

/// A socket in front of the engine's that passes everything through until the client sends a
/// request matching `cut_after` then `cut_at`, and from then on drops every connection: an
/// engine lost in the middle of a run. With `heal`, the connections pass again that long after
/// the cut (an engine service that crashed and was started again), and nothing is cut again.
struct CuttingProxy {
    path: std::path::PathBuf,
    _dir: tempfile::TempDir,
}

impl CuttingProxy {
    fn start(cut_after: &'static str, cut_at: &'static str) -> CuttingProxy {
        Self::start_healing(cut_after, cut_at, None)
    }

    fn start_healing(
        cut_after: &'static str,
        cut_at: &'static str,
        heal: Option<Duration>,
    ) -> CuttingProxy {
        use std::io::{Read, Write};
        use std::os::unix::net::{UnixListener, UnixStream};
        use std::sync::Arc;
        use std::sync::atomic::{AtomicU8, Ordering};

        let upstream = std::env::var("DOCKER_HOST")
            .ok()
            .and_then(|host| host.strip_prefix("unix://").map(str::to_string))
            .unwrap_or_else(|| "/var/run/docker.sock".to_string());
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("engine.sock");
        let listener = UnixListener::bind(&path).unwrap();
        // 0: before `cut_after`, 1: after it, 2: cut, 3: healed.
        let stage = Arc::new(AtomicU8::new(0));
        std::thread::spawn(move || {
            for client in listener.incoming() {
                let Ok(mut client) = client else { return };
                if stage.load(Ordering::SeqCst) == 2 {
                    continue;
                }
                let Ok(mut server) = UnixStream::connect(&upstream) else {
                    return;
                };
                let (mut client_out, mut server_in) =
                    (client.try_clone().unwrap(), server.try_clone().unwrap());
                std::thread::spawn(move || {
                    let mut buf = [0u8; 64 * 1024];
                    while let Ok(n) = server_in.read(&mut buf) {
                        if n == 0 || client_out.write_all(&buf[..n]).is_err() {
                            break;
                        }
                    }
                    let _ = client_out.shutdown(std::net::Shutdown::Both);
                });
                let stage = Arc::clone(&stage);
                std::thread::spawn(move || {
                    let mut buf = [0u8; 64 * 1024];
                    while let Ok(n) = client.read(&mut buf) {
                        if n == 0 {
                            break;
                        }
                        let text = String::from_utf8_lossy(&buf[..n]);
                        if stage.load(Ordering::SeqCst) == 0 && text.contains(cut_after) {
                            stage.store(1, Ordering::SeqCst);
                        } else if stage.load(Ordering::SeqCst) == 1 && text.contains(cut_at) {
                            stage.store(2, Ordering::SeqCst);
                            if let Some(heal) = heal {
                                let stage = Arc::clone(&stage);
                                std::thread::spawn(move || {
                                    std::thread::sleep(heal);
                                    stage.store(3, Ordering::SeqCst);
                                });
                            }
                        }
                        if stage.load(Ordering::SeqCst) == 2 {
                            break;
                        }
                        if server.write_all(&buf[..n]).is_err() {
                            break;
                        }
                    }
                    let _ = server.shutdown(std::net::Shutdown::Both);
                    let _ = client.shutdown(std::net::Shutdown::Both);
                });
            }
        });
        CuttingProxy { path, _dir: dir }
    }

    fn host(&self) -> String {
        format!("unix://{}", self.path.display())
    }
}

#[test]
fn an_engine_that_comes_back_is_waited_for_and_what_it_dropped_checked_again() {
    let ws = Workspace::new();
    ws.solve("meta");
    // The engine goes away when the metadata check inspects the built image, and answers
    // again three seconds later: a crashed service its socket started again.
    let proxy = CuttingProxy::start_healing("/build?", "/json", Some(Duration::from_secs(3)));
    let output = ws
        .command(&[
            "check-all",
            "--json",
            "--jobs",
            "1",
            "--host",
            &proxy.host(),
        ])
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&output.stdout);
    let json: serde_json::Value = serde_json::from_str(&stdout).unwrap_or_else(|err| {
        panic!(
            "check-all printed no JSON ({err}):\n{stdout}\n{}",
            String::from_utf8_lossy(&output.stderr)
        )
    });
    // The other exercises are not solved: a plain failure, not the engine's exit code.
    assert_eq!(output.status.code(), Some(1), "{json:#}");
    let meta = json["verdicts"]
        .as_array()
        .expect("verdicts")
        .iter()
        .find(|verdict| verdict["exercise"] == "meta")
        .expect("a verdict for meta");
    assert_eq!(meta["passed"], true, "{meta:#}");
    let dropped: Vec<_> = json["verdicts"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|verdict| verdict["results"].as_array().unwrap())
        .filter(|result| text(&result["message"]).contains("not run: "))
        .collect();
    assert!(dropped.is_empty(), "checks left unrun: {dropped:#?}");
}

#[test]
fn an_engine_lost_after_the_build_is_the_engines_problem_not_the_learners() {
    let ws = Workspace::new();
    ws.solve("meta");
    // The build passes; the connection drops when the metadata check inspects the image.
    let proxy = CuttingProxy::start("/build?", "/json");
    let verdict = ws.verify("meta", &["--host", &proxy.host()]);
    assert_eq!(verdict.code, Some(3), "{:#}", verdict.json);
    let meta = verdict.expect("metadata", "skipped");
    let message = text(&meta["message"]);
    assert!(message.contains("not run"), "{message}");
}
