//! The build context dockerlings sends is the one the docker CLI sends: the same folder and
//! `.dockerignore` built both ways, and the files that arrived compared.

#[path = "engine/support.rs"]
mod support;

use std::collections::BTreeSet;
use std::fs;
use std::os::unix::fs::symlink;
use std::process::Command;

use support::{LABEL, Workspace, docker_ok};

const DOCKERIGNORE: &str = "\
# comments and blank lines are skipped

*.md
!README.md
docs
!docs/keep.md
**/node_modules
build/
!build/keep
.git
  .env
secrets/*.pem
**/*.log
!a/b/c/skip.log
/src/vendor
weird?name.txt
\\[brackets\\].txt
./tmp/../cache
Dockerfile
.dockerignore
[a-c]lpha*
!beta
";

const FILES: &[&str] = &[
    "README.md",
    "CHANGES.md",
    "docs/guide.md",
    "docs/keep.md",
    "docs/img/logo.png",
    "src/main.go",
    "src/main_test.go",
    "src/vendor/lib.go",
    "src/node_modules/x.js",
    "node_modules/pkg/index.js",
    "build/out.bin",
    "build/keep/this.txt",
    ".git/HEAD",
    ".env",
    "secrets/a.pem",
    "secrets/b.txt",
    "a/b/c/deep.txt",
    "a/b/c/skip.log",
    "a/x.log",
    "weird name.txt",
    "weird/name.txt",
    "[brackets].txt",
    "cache/c.bin",
    "alpha.txt",
    "clpha/x.txt",
    "beta",
    "dpha.txt",
];

/// The entries under /ctx of an image: path, and the target of symlinks.
fn context_in_image(image: &str, id: &str) -> BTreeSet<String> {
    let container = docker_ok(&["create", "--label", &format!("{LABEL}={id}"), image])
        .trim()
        .to_string();
    let export = Command::new("docker")
        .args(["export", &container])
        .output()
        .unwrap();
    docker_ok(&["rm", "-f", &container]);
    assert!(export.status.success());
    let mut archive = tar::Archive::new(export.stdout.as_slice());
    let mut found = BTreeSet::new();
    for entry in archive.entries().unwrap() {
        let entry = entry.unwrap();
        let path = entry.path().unwrap().display().to_string();
        let Some(rest) = path.strip_prefix("ctx/") else {
            continue;
        };
        if rest.is_empty() {
            continue;
        }
        let rest = rest.trim_end_matches('/');
        match entry.link_name().unwrap() {
            Some(target) if entry.header().entry_type().is_symlink() => {
                found.insert(format!("{rest} -> {}", target.display()));
            }
            _ => {
                found.insert(rest.to_string());
            }
        }
    }
    found
}

fn prepare(ws: &Workspace) -> std::path::PathBuf {
    let dir = ws.exercise("ctx");
    for file in FILES {
        ws.write("ctx", file, &format!("contents of {file}\n"));
    }
    fs::create_dir_all(dir.join("empty")).unwrap();
    ws.write("ctx", ".dockerignore", DOCKERIGNORE);
    ws.write("ctx", "Dockerfile", "FROM busybox:1.36\nCOPY . /ctx\n");
    // Symlinks travel as symlinks; the one pointing out of the folder brings nothing along.
    symlink("/etc", dir.join("link-outside")).unwrap();
    symlink("src/main.go", dir.join("link-inside")).unwrap();
    dir
}

#[test]
fn the_context_matches_what_the_docker_cli_sends() {
    let ws = Workspace::new();
    let dir = prepare(&ws);

    let cli_tag = format!("dockerlings-{}/ctx-cli:latest", ws.id);
    let cli = Command::new("docker")
        .args(["build", "-q", "--label"])
        .arg(format!("{LABEL}={}", ws.id))
        .args(["-t", &cli_tag, "."])
        .env("DOCKER_BUILDKIT", "0")
        .current_dir(&dir)
        .output()
        .unwrap();
    assert!(
        cli.status.success(),
        "docker build failed: {}",
        String::from_utf8_lossy(&cli.stderr)
    );
    let expected = context_in_image(&cli_tag, &ws.id);

    // The classic builder takes the context as sent; BuildKit filters it again on the engine
    // side, so the classic build is the real comparison.
    let verdict = ws.verify("ctx", &["--builder", "classic"]);
    verdict.expect("build", "pass");
    let sent = context_in_image(&ws.tag("ctx"), &ws.id);
    assert_eq!(
        sent, expected,
        "left is what dockerlings sent, right what the docker CLI sent"
    );

    // With BuildKit the same context arrives; only the engine's handling of the always-sent
    // Dockerfile and .dockerignore differs: the classic engine hides them from `COPY .` when
    // .dockerignore lists them, BuildKit does not.
    let verdict = ws.verify("ctx", &["--builder", "auto"]);
    verdict.expect("build", "pass");
    let mut sent = context_in_image(&ws.tag("ctx"), &ws.id);
    sent.remove("Dockerfile");
    sent.remove(".dockerignore");
    assert_eq!(sent, expected, "with BuildKit");

    // The comparison means something: the ignore file did exclude and re-include.
    assert!(expected.contains("README.md"));
    assert!(expected.contains("docs/keep.md"));
    assert!(!expected.contains("docs/guide.md"));
    assert!(expected.contains("link-outside -> /etc"));
    assert!(!expected.iter().any(|p| p.starts_with("link-outside/")));
}

#[test]
fn a_bad_dockerignore_pattern_fails_the_build_with_its_text() {
    let ws = Workspace::new();
    ws.write("ctx", "Dockerfile", "FROM busybox:1.36\nCOPY . /ctx\n");
    ws.write("ctx", ".dockerignore", "ok\n[unclosed\n");
    let verdict = ws.verify("ctx", &[]);
    let build = verdict.expect("build", "fail");
    let message = build["message"].as_str().unwrap();
    assert!(message.contains("[unclosed"), "{message}");
    assert_eq!(build["location"]["file"], ".dockerignore");
}
