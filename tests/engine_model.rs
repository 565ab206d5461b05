//! `explain` against what the engine builds: for each class of Dockerfile the model reads in a
//! way of its own (ARG scope, inherited and base-image users, duplicate and uppercase stage
//! names, case of flags, `--from=$VAR`, invalid references, forward `--from`, resolved bases,
//! the commands of RUN), the same text is built by the engine and the image compared with what
//! `dockerlings explain --json` says.

#[path = "engine/support.rs"]
mod support;

use std::cell::RefCell;
use std::collections::BTreeSet;
use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};

use bollard::Docker;
use bollard::query_parameters::{BuildImageOptionsBuilder, BuilderVersion};
use futures_util::StreamExt;
use serde_json::Value;

use support::{BIN, docker, docker_ok, is_podman, require_engine};

const NONROOT: &str = "gcr.io/distroless/static-debian12:nonroot";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Builder {
    BuildKit,
    Classic,
}

static NEXT: AtomicUsize = AtomicUsize::new(0);

/// The images one test built; dropping it removes them, also when an assertion fails.
#[derive(Default)]
struct Images {
    tags: RefCell<Vec<String>>,
}

impl Drop for Images {
    fn drop(&mut self) {
        for tag in self.tags.take() {
            let _ = docker(&["image", "rm", "-f", &tag]);
        }
    }
}

impl Images {
    fn new() -> Images {
        require_engine();
        Images::default()
    }

    /// Builds `dockerfile` (with a file `f.txt` beside it) and returns the tag, or the
    /// engine's error.
    fn build(&self, builder: Builder, dockerfile: &str) -> Result<String, String> {
        let tag = format!(
            "dockerlings-model-test-{}-{}",
            std::process::id(),
            NEXT.fetch_add(1, Ordering::SeqCst)
        );
        self.tags.borrow_mut().push(tag.clone());
        build(builder, dockerfile, &tag).map(|()| tag)
    }

    fn build_ok(&self, builder: Builder, dockerfile: &str) -> String {
        self.build(builder, dockerfile)
            .unwrap_or_else(|err| panic!("{builder:?} refused:\n{dockerfile}\n{err}"))
    }
}

fn build(builder: Builder, dockerfile: &str, tag: &str) -> Result<(), String> {
    let mut archive = tar::Builder::new(Vec::new());
    for (name, data) in [("Dockerfile", dockerfile.as_bytes()), ("f.txt", b"hi\n")] {
        let mut header = tar::Header::new_gnu();
        header.set_size(data.len() as u64);
        header.set_mode(0o644);
        header.set_cksum();
        archive.append_data(&mut header, name, data).unwrap();
    }
    let body = archive.into_inner().unwrap();
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    runtime.block_on(async {
        let docker = Docker::connect_with_local_defaults().map_err(|e| e.to_string())?;
        let mut options = BuildImageOptionsBuilder::default()
            .dockerfile("Dockerfile")
            .t(tag)
            .rm(true)
            .forcerm(true);
        options = match builder {
            Builder::BuildKit => options
                .version(BuilderVersion::BuilderBuildKit)
                .session(tag),
            Builder::Classic => options.version(BuilderVersion::BuilderV1),
        };
        let mut stream =
            docker.build_image(options.build(), None, Some(bollard::body_full(body.into())));
        while let Some(item) = stream.next().await {
            match item {
                Err(err) => return Err(err.to_string()),
                Ok(info) => {
                    if let Some(detail) = info.error_detail {
                        return Err(detail.message.unwrap_or_default());
                    }
                }
            }
        }
        Ok(())
    })
}

/// `dockerlings explain --json` of a Dockerfile's text.
fn explain(dockerfile: &str) -> Value {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("Dockerfile");
    std::fs::write(&path, dockerfile).unwrap();
    let output = Command::new(BIN)
        .args(["explain", "--json"])
        .arg(&path)
        .output()
        .unwrap();
    serde_json::from_slice(&output.stdout).unwrap_or_else(|err| {
        panic!(
            "explain printed no JSON ({err}): {}",
            String::from_utf8_lossy(&output.stderr)
        )
    })
}

/// The finding of a check in an explanation.
fn finding<'a>(explanation: &'a Value, check: &str) -> &'a Value {
    explanation["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["check"] == check)
        .unwrap_or_else(|| panic!("no {check} finding in {explanation:#}"))
}

/// Whether `explain` says Docker refuses the file: the one finding is a failing `dockerfile`.
fn model_refuses(explanation: &Value) -> Option<String> {
    let first = &explanation["findings"][0];
    (first["check"] == "dockerfile" && first["status"] == "fail")
        .then(|| first["message"].as_str().unwrap().to_string())
}

fn final_stage(explanation: &Value) -> &Value {
    explanation["stages"].as_array().unwrap().last().unwrap()
}

fn config_user(tag: &str) -> String {
    docker_ok(&["image", "inspect", "--format", "{{.Config.User}}", tag])
        .trim()
        .to_string()
}

fn is_root(user: &str) -> bool {
    matches!(user.split(':').next().unwrap_or(""), "" | "root" | "0")
}

/// Runs a command in a built image (busybox-based ones have a shell) and returns its output.
fn run_in(tag: &str, script: &str) -> String {
    docker_ok(&["run", "--rm", "--network", "none", tag, "sh", "-c", script])
}

#[test]
fn users_match_the_image_config() {
    let images = Images::new();
    assert!(
        docker(&["image", "inspect", NONROOT]).status.success(),
        "this test builds on {NONROOT}, which is not on the engine: `docker pull {NONROOT}`, or `bash scripts/standins.sh` without a registry"
    );
    let cases = [
        // A global ARG is not seen in a stage that does not declare it again: `USER ` is root.
        "ARG UID=1234\nFROM busybox:1.36\nUSER $UID\n",
        "ARG UID=1234\nFROM busybox:1.36\nARG UID\nUSER $UID\n",
        "ARG UID=1234\nFROM busybox:1.36\nARG UID=99\nUSER ${UID}:${GID:-7}\n",
        "FROM busybox:1.36 AS base\nENV APP_UID=4242\nFROM base\nUSER $APP_UID\n",
        "FROM busybox:1.36 AS base\nUSER nobody\nFROM base AS mid\nFROM mid\n",
        "FROM busybox:1.36\nUSER app\nUSER root\n",
        "FROM busybox:1.36\nUSER 0:0\n",
        // distroless :nonroot runs as 65532 through its config, also through a stage.
        "FROM gcr.io/distroless/static-debian12:nonroot\n",
        "FROM gcr.io/distroless/static-debian12:nonroot AS base\nFROM base\n",
        "FROM gcr.io/distroless/static-debian12:nonroot AS base\nUSER root\nFROM base\n",
    ];
    for dockerfile in cases {
        let explanation = explain(dockerfile);
        assert_eq!(model_refuses(&explanation), None, "{dockerfile}");
        let runs_as = &final_stage(&explanation)["runs_as"];
        for builder in [Builder::BuildKit, Builder::Classic] {
            let tag = images.build_ok(builder, dockerfile);
            let engine = config_user(&tag);
            assert_eq!(
                runs_as["root"].as_bool().unwrap(),
                is_root(&engine),
                "{builder:?}: the engine runs as `{engine}`, explain says {runs_as} for\n{dockerfile}"
            );
            let model = runs_as["user"].as_str().unwrap();
            assert_eq!(
                model.split(':').next(),
                engine.split(':').next(),
                "{builder:?}: user of\n{dockerfile}"
            );
        }
        let non_root = finding(&explanation, "non_root_user");
        assert_eq!(
            non_root["status"] == "pass",
            !runs_as["root"].as_bool().unwrap(),
            "non_root_user agrees with runs_as: {non_root}"
        );
    }
}

/// Each stage writes its index to /which; the final stage copies or builds on a name.
#[test]
fn duplicate_stage_names_resolve_as_the_engine_does() {
    let images = Images::new();
    let stage =
        |i: usize, name: &str| format!("FROM busybox:1.36 AS {name}\nRUN echo {i} > /which\n");
    // Two earlier stages named x: --from takes the last.
    let earlier = format!(
        "{}{}FROM busybox:1.36\nCOPY --from=x /which /which\n",
        stage(0, "x"),
        stage(1, "x")
    );
    let explanation = explain(&earlier);
    let copy = &final_stage(&explanation)["copies"][0];
    assert_eq!(copy["stage"], 1, "{copy}");
    let tag = images.build_ok(Builder::BuildKit, &earlier);
    assert_eq!(run_in(&tag, "cat /which").trim(), "1");
    assert_eq!(finding(&explanation, "stage_names_valid")["status"], "fail");
    // The classic builder refuses the file, which is why the check fails. Podman (buildah)
    // builds it as BuildKit does.
    if is_podman() {
        let tag = images.build_ok(Builder::Classic, &earlier);
        assert_eq!(run_in(&tag, "cat /which").trim(), "1");
    } else {
        let err = images
            .build(Builder::Classic, &earlier)
            .expect_err("classic refuses duplicate names");
        assert!(err.contains("stage name already used"), "{err}");
    }

    // FROM takes the last stage of the name above it; the final FROM x takes stage 1.
    let chain =
        "FROM busybox:1.36 AS x\nRUN echo 0 > /which\nFROM x AS x\nRUN echo 1 >> /which\nFROM x\n";
    let explanation = explain(chain);
    assert_eq!(explanation["stages"][1]["base_stage"], 0);
    assert_eq!(final_stage(&explanation)["base_stage"], 1);
    let tag = images.build_ok(Builder::BuildKit, chain);
    // Podman (buildah) takes the first stage of the name for the last FROM: only Docker's
    // answer is the model's.
    let expected = if is_podman() { "0\n" } else { "0\n1\n" };
    assert_eq!(run_in(&tag, "cat /which"), expected);

    // A name also used further down: --from means that later stage, in text and in JSON.
    let later = format!(
        "{}FROM busybox:1.36 AS app\nCOPY --from=x /which /which\n{}",
        stage(0, "x"),
        stage(2, "x")
    );
    let explanation = explain(&later);
    let copy = &explanation["stages"][1]["copies"][0];
    assert_eq!(copy["later_stage"], 2, "{copy}");
    assert!(copy.get("stage").is_none(), "{copy}");
    assert_eq!(
        finding(&explanation, "copy_from_resolves")["status"],
        "fail"
    );
    let text = explain_text(&later);
    assert!(
        text.contains("← /which from x (stage 2, defined further down on line 5)"),
        "{text}"
    );
    // BuildKit before Dockerfile 1.7 may copy from the later stage (or from it unbuilt, which
    // fails on the missing file); newer ones refuse. Never does it copy from stage 0. Podman
    // (buildah) copies from the stage above, stage 0: the engines disagree, which is why the
    // model fails `copy_from_resolves` here.
    if let Ok(tag) = images.build(Builder::BuildKit, &format!("{later}FROM app\n")) {
        let expected = if is_podman() { "0" } else { "2" };
        assert_eq!(run_in(&tag, "cat /which").trim(), expected);
    }
}

fn explain_text(dockerfile: &str) -> String {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("Dockerfile");
    std::fs::write(&path, dockerfile).unwrap();
    let output = Command::new(BIN)
        .args(["--color", "never", "explain"])
        .arg(&path)
        .output()
        .unwrap();
    String::from_utf8_lossy(&output.stdout).into_owned()
}

#[test]
fn what_the_engine_refuses_the_model_refuses() {
    let images = Images::new();
    // (Dockerfile, the builders that refuse it, what the model's message says)
    let refused: &[(&str, &[Builder], &str)] = &[
        (
            "FROM busybox:1.36 AS x\nFROM busybox:1.36\nCOPY --FROM=x /etc/hostname /h\n",
            &[Builder::BuildKit, Builder::Classic],
            "write `--from`",
        ),
        (
            "FROM busybox:1.36\nCOPY --Chown=1:1 f.txt /f\n",
            &[Builder::BuildKit, Builder::Classic],
            "write `--chown`",
        ),
        (
            "FROM --PLATFORM=linux/amd64 busybox:1.36\n",
            &[Builder::BuildKit, Builder::Classic],
            "write `--platform`",
        ),
        (
            "ARG S=x\nFROM busybox:1.36 AS x\nFROM busybox:1.36\nARG S\nCOPY --from=$S /etc/hostname /h\n",
            &[Builder::BuildKit, Builder::Classic],
            "Docker does not expand variables in --from",
        ),
        (
            "FROM SCRATCH\nCOPY f.txt /f\n",
            &[Builder::BuildKit, Builder::Classic],
            "write `scratch` for the empty image",
        ),
        (
            "FROM busybox:1.36\nCOPY --from=Some/Image:1 /a /a\n",
            &[Builder::BuildKit, Builder::Classic],
            "repository names must be lowercase",
        ),
        // BuildKit looks FROM names up as written (the classic builder ignores case here).
        (
            "FROM busybox:1.36 AS builder\nFROM Builder\n",
            &[Builder::BuildKit],
            "write `FROM builder` to build on the stage above",
        ),
    ];
    for (dockerfile, builders, says) in refused {
        let message = model_refuses(&explain(dockerfile))
            .unwrap_or_else(|| panic!("explain accepts what Docker refuses:\n{dockerfile}"));
        assert!(message.contains(says), "{message}");
        for builder in *builders {
            assert!(
                images.build(*builder, dockerfile).is_err(),
                "{builder:?} builds what explain refuses:\n{dockerfile}"
            );
        }
    }
    // And what it builds, the model reads: capitals in a stage name are a note. Docker
    // lowercases stage names; Podman (buildah) does not, so a name written in two cases is
    // refused there, and the note says so.
    let accepted = [
        "FROM scratch\nCOPY f.txt /f\n",
        "FROM busybox:1.36 AS Builder\nRUN echo a > /which\nFROM busybox:1.36\nCOPY --from=BUILDER /which /which\n",
        "FROM busybox:1.36 AS Builder\nFROM builder\n",
    ];
    for (index, dockerfile) in accepted.into_iter().enumerate() {
        let explanation = explain(dockerfile);
        assert_eq!(model_refuses(&explanation), None, "{dockerfile}");
        assert_eq!(
            finding(&explanation, "stage_names_valid")["status"],
            "pass",
            "{dockerfile}"
        );
        for builder in [Builder::BuildKit, Builder::Classic] {
            if is_podman() && index > 0 {
                assert!(
                    images.build(builder, dockerfile).is_err(),
                    "Podman matches stage names case-sensitively, yet built:\n{dockerfile}"
                );
            } else {
                images.build_ok(builder, dockerfile);
            }
        }
    }
    let explanation = explain(accepted[1]);
    let note = finding(&explanation, "stage_names_valid")["message"]
        .as_str()
        .unwrap()
        .to_string();
    assert!(
        note.contains("Docker reads `Builder` as `builder`, Podman does not"),
        "{note}"
    );
    assert_eq!(final_stage(&explanation)["copies"][0]["stage"], 0);
}

/// A FROM-only build has exactly the layers of its base: the base explain names must be the
/// image the engine used.
#[test]
fn resolved_bases_are_the_images_the_engine_uses() {
    let images = Images::new();
    let layers = |reference: &str| {
        docker_ok(&[
            "image",
            "inspect",
            "--format",
            "{{json .RootFS.Layers}}",
            reference,
        ])
    };
    let cases = [
        "FROM busybox:1.36\n",
        "FROM docker.io/library/busybox:1.36\n",
        "ARG REGISTRY=docker.io/library\nARG V=1.36\nFROM --platform=$BUILDPLATFORM ${REGISTRY}/busybox:${V} AS base\nFROM base\n",
        "ARG BASE=busybox:1.36\nFROM ${BASE} AS a\nFROM a AS b\nFROM b\n",
    ];
    for dockerfile in cases {
        let explanation = explain(dockerfile);
        // The classic builder has no BUILDPLATFORM, so it refuses `--platform=$BUILDPLATFORM`.
        let builders: &[Builder] = if dockerfile.contains("--platform") {
            &[Builder::BuildKit]
        } else {
            &[Builder::BuildKit, Builder::Classic]
        };
        let image = final_stage(&explanation)["image"]
            .as_str()
            .unwrap()
            .to_string();
        assert_eq!(image, "busybox:1.36", "{dockerfile}");
        for &builder in builders {
            let tag = images.build_ok(builder, dockerfile);
            assert_eq!(layers(&tag), layers(&image), "{builder:?}: {dockerfile}");
        }
    }
}

/// Every command explain lists for a RUN touches one marker file: the image must hold exactly
/// the markers of the commands explain lists.
#[test]
fn run_commands_are_the_ones_the_engine_runs() {
    let images = Images::new();
    let dockerfile = "FROM busybox:1.36\n\
                      RUN [\"touch\", \"/m0\"]\n\
                      RUN touch /m1 && touch /m2 ; touch /m3 \\\n\
                      \x20   # a comment inside\n\
                      \x20   || touch /never\n\
                      RUN [\"/bin/sh\", \"-c\", \"touch /m4 && CGO=0 touch /m5\"]\n\
                      RUN if [ -d / ]; then touch /m6; fi\n";
    let explanation = explain(dockerfile);
    let listed: BTreeSet<String> = final_stage(&explanation)["runs"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|run| run["commands"].as_array().unwrap().clone())
        .filter_map(|command| {
            command
                .as_str()
                .unwrap()
                .strip_prefix("touch ")
                .map(str::to_string)
        })
        .collect();
    let expected: BTreeSet<String> = (0..7)
        .map(|i| format!("/m{i}"))
        .chain(["/never".to_string()])
        .collect();
    assert_eq!(listed, expected, "{explanation:#}");
    for builder in [Builder::BuildKit, Builder::Classic] {
        let tag = images.build_ok(builder, dockerfile);
        let made: BTreeSet<String> = run_in(&tag, "ls -d /m* /never 2>/dev/null; true")
            .lines()
            .map(str::to_string)
            .collect();
        // `|| touch /never` is listed but does not run, as its left side succeeds.
        let ran: BTreeSet<String> = expected
            .iter()
            .filter(|m| *m != "/never")
            .cloned()
            .collect();
        assert_eq!(made, ran, "{builder:?}");
    }
}
