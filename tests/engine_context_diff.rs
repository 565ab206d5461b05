//! The build context dockerlings sends, compared case by case with what the docker CLI sends:
//! for every `.dockerignore` case below, one folder is built three times with
//! `FROM scratch` + `COPY . /ctx` — by `docker build` with the classic builder, and by
//! `dockerlings verify` with each builder — and the files that arrived in the image (path,
//! type, mode, size, symlink target, hard link) must be the same.
//!
//! The docker CLI can only use BuildKit through its buildx plugin, which not every machine
//! has; where `docker build` uses BuildKit it leaves out what `.dockerignore` excludes,
//! the Dockerfile and `.dockerignore` included, which is what the classic builder's engine
//! does too. So both of dockerlings' builds are held to the CLI's classic build.
//!
//! With BuildKit dockerlings serves the context over a session (file sync) as the CLI does, so
//! a Dockerfile or `.dockerignore` that `.dockerignore` lists stays out of `COPY .` there too.
//! Every path must agree.
//!
//! `dockerlings dev context DIR` (the listing a course author can print) is held to the same
//! images: every file and link it lists arrived, and nothing else did.

#[path = "engine/support.rs"]
mod support;

use std::collections::BTreeMap;
use std::ffi::OsStr;
use std::fs;
use std::os::unix::ffi::OsStrExt;
use std::os::unix::fs::{PermissionsExt, symlink};
use std::path::Path;
use std::process::Command;
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

use support::{BIN, LABEL, Workspace, docker, docker_ok, is_podman};

/// The Dockerfile, with a line unique to the run: BuildKit reuses a cached `COPY` whose
/// files have the same contents whatever their links, so every build must copy something new.
fn dockerfile(nonce: &str) -> String {
    format!("# {nonce}\nFROM scratch\nCOPY . /ctx\n")
}

/// What a case puts at `.dockerignore`.
#[derive(Clone, Copy)]
enum Ignore {
    Absent,
    Text(&'static str),
    Bytes(&'static [u8]),
    /// A folder named `.dockerignore`.
    Folder,
}

struct Case {
    name: &'static str,
    ignore: Ignore,
    /// Extra files (raw names, `/`-separated) beside the common tree.
    extra: &'static [&'static [u8]],
}

const fn case(name: &'static str, text: &'static str) -> Case {
    Case {
        name,
        ignore: Ignore::Text(text),
        extra: &[],
    }
}

const CASES: &[Case] = &[
    Case {
        name: "no .dockerignore",
        ignore: Ignore::Absent,
        extra: &[],
    },
    case("empty file", ""),
    case("comments and blank lines", "# comment\n\n   \n#README.md\n"),
    case("a comment needs # in the first column", " #README.md\n"),
    case("star", "*\n"),
    case("star, re-include a folder", "*\n!src\n"),
    case("star, re-include a deep file", "*\n!src/vendor/lib.go\n"),
    case("double star", "**\n"),
    case("double star, re-include a file", "**\n!docs/keep.md\n"),
    case("extension, except one", "*.md\n!README.md\n"),
    case("double star extension", "**/*.md\n"),
    case("double star extension, re-include", "**/*.md\n!docs/*.md\n"),
    case("node_modules", "node_modules\n"),
    case("node_modules/", "node_modules/\n"),
    case("node_modules/*", "node_modules/*\n"),
    case("node_modules/**", "node_modules/**\n"),
    case("**/node_modules", "**/node_modules\n"),
    case("**/node_modules/*", "**/node_modules/*\n"),
    case("**/node_modules/**", "**/node_modules/**\n"),
    case("leading slash", "/build\n/src/vendor\n"),
    case("dot slash and dot dot", "./build\n./docs/../a\n"),
    case("trailing slash on a file", "README.md/\n"),
    case(
        "excluded folder, re-included subfolder",
        "build\n!build/keep\n",
    ),
    case("excluded folder, re-included file", "docs\n!docs/keep.md\n"),
    case(
        "re-included folder, excluded again inside",
        "docs\n!docs\ndocs/img\n",
    ),
    case("the last match wins", "!README.md\n*.md\n"),
    case("dotfiles", ".*\n"),
    case("dotfiles, one re-included", ".*\n!.env\n"),
    case("prefix with star", ".env*\n"),
    case(".git", ".git\n"),
    case("character class", "[a-c]*\n"),
    case("negated class", "[^a-m]*\n"),
    case("! in a class is a character", "[!a]*.txt\n"),
    case("question marks", "?.log\napp.???\n"),
    case("escaped brackets", "\\[brackets\\].txt\n"),
    case("escaped star", "star\\*name.txt\n"),
    case("escaped question mark", "q\\?mark.txt\n"),
    case("escaped backslash", "back\\\\slash.txt\n"),
    case("\\d is an ASCII digit", "file\\d.txt\n"),
    case("\\d in a class", "file[\\d].txt\n"),
    case("\\D", "file\\D.txt\n"),
    case("\\w", "\\w*.md\n"),
    case("\\s", "weird\\sname.txt\n"),
    case("\\Q...\\E quotes", "\\Q[brackets]\\E.txt\n"),
    case("escaped space", "weird\\ name.txt\n"),
    case("escaped #", "\\#hash.txt\n"),
    case("escaped !", "\\!bang.txt\n"),
    case("escaped <", "\\<angle>.txt\n"),
    case("posix class", "[[:digit:]]*\n"),
    case(
        "regex characters are literal",
        "paren(1).txt\nparen(?).md\n",
    ),
    case("unicode name", "ünïcode.txt\n"),
    case("unicode under a class", "[ü]n*\n"),
    case("CRLF line ends", "README.md\r\ndocs\r\n!docs/keep.md\r\n"),
    case("byte order mark", "\u{feff}README.md\n"),
    case("surrounding whitespace", "  README.md  \n\t docs\t\n"),
    case("space after !", "docs\n! docs/keep.md\n"),
    case("Dockerfile excluded", "Dockerfile\n"),
    case(".dockerignore excluded", ".dockerignore\n"),
    case("both excluded", "Dockerfile\n.dockerignore\n"),
    case("both excluded by a star", "*\n!src\n!docs\n"),
    case(
        "nested Dockerfile and .dockerignore",
        "src/Dockerfile\n**/.dockerignore\n",
    ),
    case("symlinks excluded", "link-*\n"),
    case("pattern through a symlinked folder", "link-dir/*\n"),
    case("dangling symlink excluded", "dangling\n"),
    case("first hard link excluded", "hard1.txt\n"),
    case("folder with a hard link excluded", "src\n"),
    case("empty folders", "empty\nnested/file.txt\n"),
    case(
        "excluded folder, re-included empty folder",
        "nested\n!nested/empty\n",
    ),
    case("deep re-include", "a\n!a/b/c/deep.txt\n"),
    case("double star in the middle", "a/**/skip.log\n"),
    case(
        "double star suffix, one re-included",
        "**/*.log\n!a/b/c/skip.log\n",
    ),
    case("folder/**", "a/**\n"),
    case("*/*", "*/*\n"),
    case("folder/*, one re-included", "src/*\n!src/vendor\n"),
    case("*/name", "*/main.go\n"),
    case("dot", ".\n"),
    case("dot dot", "../x\n"),
    case("root", "/\n"),
    case("modes", "run.sh\n"),
    Case {
        name: ".dockerignore that is not UTF-8",
        ignore: Ignore::Bytes(b"README.md\n\xff\xfe\ndocs\n!docs/keep.md\n"),
        extra: &[],
    },
    Case {
        name: "name that is not UTF-8, excluded by a star",
        ignore: Ignore::Text("bad*\n"),
        extra: &[b"bad\xffname.txt", b"deep/bad\xfe/file.txt"],
    },
    Case {
        name: "name that is not UTF-8, excluded exactly",
        ignore: Ignore::Bytes(b"bad\xffname.txt\ndeep\n"),
        extra: &[b"bad\xffname.txt", b"deep/bad\xfe/file.txt"],
    },
    Case {
        name: "name that is not UTF-8, sent",
        ignore: Ignore::Text("*.md\n"),
        extra: &[b"bad\xffname.txt", b"deep/bad\xfe/file.txt"],
    },
    Case {
        name: "name that is not UTF-8, matched by ?",
        ignore: Ignore::Text("bad?name.txt\n"),
        extra: &[b"bad\xffname.txt"],
    },
    Case {
        name: ".dockerignore that is a folder",
        ignore: Ignore::Folder,
        extra: &[],
    },
    case("unclosed class", "[unclosed\n"),
    case("trailing backslash", "README.md\\\n"),
    case("an escape Go's regexp refuses", "a\\i\n"),
    case("a lone !", "!\n"),
];

/// The common tree of every case: files named after their path, folders, links.
fn make_tree(dir: &Path, extra: &[&[u8]], nonce: &str) {
    let files = [
        "README.md",
        "CHANGES.md",
        "notes.txt",
        "app.log",
        ".env",
        ".env.local",
        ".hidden/secret.txt",
        ".git/HEAD",
        ".git/objects/ab/cd",
        "docs/guide.md",
        "docs/keep.md",
        "docs/img/logo.png",
        "src/main.go",
        "src/main_test.go",
        "src/vendor/lib.go",
        "src/node_modules/x.js",
        "src/.dockerignore",
        "src/Dockerfile",
        "node_modules/pkg/index.js",
        "node_modules/pkg/lib/util.js",
        "node_modules/top.js",
        "build/out.bin",
        "build/keep/this.txt",
        "a/b/c/deep.txt",
        "a/b/c/skip.log",
        "a/x.log",
        "weird name.txt",
        "[brackets].txt",
        "star*name.txt",
        "q?mark.txt",
        "back\\slash.txt",
        "file1.txt",
        "file\u{663}.txt",
        "filex.txt",
        "9lives.txt",
        "ünïcode.txt",
        "#hash.txt",
        "!bang.txt",
        "<angle>.txt",
        "paren(1).txt",
        "paren(2).md",
        "nested/file.txt",
        "hard1.txt",
        "run.sh",
        "private.key",
    ];
    for file in files {
        write(dir, file.as_bytes());
    }
    for file in extra {
        write(dir, file);
    }
    fs::create_dir_all(dir.join("empty")).unwrap();
    fs::create_dir_all(dir.join("nested/empty")).unwrap();
    fs::set_permissions(dir.join("run.sh"), fs::Permissions::from_mode(0o755)).unwrap();
    fs::set_permissions(dir.join("private.key"), fs::Permissions::from_mode(0o600)).unwrap();
    fs::set_permissions(dir.join("docs/img"), fs::Permissions::from_mode(0o700)).unwrap();
    symlink("src/main.go", dir.join("link-inside")).unwrap();
    symlink("/etc", dir.join("link-outside")).unwrap();
    symlink("docs", dir.join("link-dir")).unwrap();
    symlink("nowhere/at/all", dir.join("dangling")).unwrap();
    fs::hard_link(dir.join("hard1.txt"), dir.join("hard2.txt")).unwrap();
    fs::hard_link(dir.join("hard1.txt"), dir.join("src/hard3.txt")).unwrap();
    fs::write(dir.join("Dockerfile"), dockerfile(nonce)).unwrap();
}

fn write(dir: &Path, name: &[u8]) {
    let path = dir.join(OsStr::from_bytes(name));
    fs::create_dir_all(path.parent().unwrap()).unwrap();
    let mut contents = b"contents of ".to_vec();
    contents.extend_from_slice(name);
    contents.push(b'\n');
    fs::write(path, contents).unwrap();
}

fn prepare(dir: &Path, case: &Case, nonce: &str) {
    if dir.exists() {
        fs::remove_dir_all(dir).unwrap();
    }
    fs::create_dir_all(dir).unwrap();
    make_tree(dir, case.extra, nonce);
    let ignore = dir.join(".dockerignore");
    match case.ignore {
        Ignore::Absent => {}
        Ignore::Text(text) => fs::write(ignore, text).unwrap(),
        Ignore::Bytes(bytes) => fs::write(ignore, bytes).unwrap(),
        Ignore::Folder => {
            fs::create_dir(&ignore).unwrap();
            fs::write(ignore.join("x"), "x").unwrap();
        }
    }
}

/// A path as text, bytes that are not UTF-8 as `\xNN`.
fn show(bytes: &[u8]) -> String {
    let mut out = String::new();
    for chunk in bytes.utf8_chunks() {
        out.push_str(chunk.valid());
        for byte in chunk.invalid() {
            out.push_str(&format!("\\x{byte:02x}"));
        }
    }
    out
}

/// Every entry under /ctx of an image built `FROM scratch`, by path: its type, mode, size,
/// link target or the path it is a hard link of.
fn image_listing(image: &str) -> BTreeMap<String, String> {
    let save = docker(&["save", image]);
    assert!(
        save.status.success(),
        "docker save {image}: {}",
        String::from_utf8_lossy(&save.stderr)
    );
    let mut layers: BTreeMap<String, Vec<u8>> = BTreeMap::new();
    let mut manifest = None;
    let mut archive = tar::Archive::new(save.stdout.as_slice());
    for entry in archive.entries().unwrap() {
        let mut entry = entry.unwrap();
        let path = entry.path().unwrap().display().to_string();
        let mut data = Vec::new();
        std::io::Read::read_to_end(&mut entry, &mut data).unwrap();
        // Layers are named by the manifest: `<id>/layer.tar`, `blobs/sha256/<digest>` or, from
        // Podman, `<digest>.tar`.
        if path == "manifest.json" {
            manifest = Some(data);
        } else {
            layers.insert(path, data);
        }
    }
    let manifest: serde_json::Value = serde_json::from_slice(&manifest.unwrap()).unwrap();
    let names = manifest[0]["Layers"].as_array().unwrap();
    assert_eq!(names.len(), 1, "{image}: FROM scratch + COPY is one layer");
    let mut layer = layers[names[0].as_str().unwrap()].clone();
    // The containerd image store saves layers gzip-compressed, as they are in a registry.
    if layer.starts_with(&[0x1f, 0x8b]) {
        let mut plain = Vec::new();
        std::io::Read::read_to_end(
            &mut flate2::read::GzDecoder::new(layer.as_slice()),
            &mut plain,
        )
        .unwrap();
        layer = plain;
    }
    let mut found = BTreeMap::new();
    let mut archive = tar::Archive::new(layer.as_slice());
    for entry in archive.entries().unwrap() {
        let entry = entry.unwrap();
        let raw = entry.path_bytes().into_owned();
        let Some(rest) = raw.strip_prefix(b"ctx/") else {
            continue;
        };
        let rest = rest.strip_suffix(b"/").unwrap_or(rest);
        if rest.is_empty() {
            continue;
        }
        let header = entry.header();
        let mode = header.mode().unwrap() & 0o7777;
        let kind = header.entry_type();
        let what = if kind.is_dir() {
            format!("dir {mode:o}")
        } else if kind.is_symlink() {
            format!("symlink -> {}", show(&entry.link_name_bytes().unwrap()))
        } else if kind.is_hard_link() {
            let target = entry.link_name_bytes().unwrap();
            let target = target.strip_prefix(b"ctx/").unwrap_or(&target);
            format!("hard link of {}", show(target))
        } else {
            format!("file {mode:o} {} bytes", header.size().unwrap())
        };
        found.insert(show(rest), what);
    }
    found
}

/// What one build gave: the listing, or that it failed and why.
type Outcome = Result<BTreeMap<String, String>, String>;

/// Builds once more when the engine lost an image in the middle of a build (something else
/// on the engine removed images meanwhile): that says nothing about the context.
/// The classic builder of Docker 20.10 says so in two ways: "unable to find image", or "failed
/// to get digest" of a cached step whose image was removed while the build used it.
fn retried(build: impl Fn() -> Outcome) -> Outcome {
    let lost =
        |why: &str| why.contains("unable to find image") || why.contains("failed to get digest");
    for _ in 0..2 {
        match build() {
            Err(why) if lost(&why) => continue,
            outcome => return outcome,
        }
    }
    build()
}

fn cli_build(dir: &Path, tag: &str, id: &str) -> Outcome {
    let output = Command::new("docker")
        .args([
            "build",
            "-q",
            "--label",
            &format!("{LABEL}={id}"),
            "-t",
            tag,
            ".",
        ])
        .env("DOCKER_BUILDKIT", "0")
        .current_dir(dir)
        .output()
        .unwrap();
    if !output.status.success() {
        return Err(String::from_utf8_lossy(&output.stderr).into_owned());
    }
    Ok(image_listing(tag))
}

fn dockerlings_build(ws: &Workspace, builder: &str) -> Outcome {
    let verdict = ws.verify("ctx", &["--builder", builder]);
    let build = verdict.result("build");
    if build["status"] != "pass" {
        return Err(format!("{build:#}"));
    }
    Ok(image_listing(&ws.tag("ctx")))
}

/// `dockerlings dev context DIR`: path → what it sends.
fn dev_context(dir: &Path) -> Result<Vec<(String, String)>, String> {
    let output = Command::new(BIN)
        .args(["dev", "context"])
        .arg(dir)
        .output()
        .unwrap();
    if !output.status.success() {
        return Err(String::from_utf8_lossy(&output.stderr).into_owned());
    }
    Ok(String::from_utf8_lossy(&output.stdout)
        .lines()
        .map(|line| {
            let (kind, rest) = line.split_once(' ').expect("KIND PATH…");
            (kind.to_string(), rest.to_string())
        })
        .collect())
}

/// What differs between two listings, one line each.
fn diff(ours: &BTreeMap<String, String>, cli: &BTreeMap<String, String>) -> Vec<String> {
    let mut lines = Vec::new();
    for (path, what) in cli {
        match ours.get(path) {
            None => lines.push(format!("  missing {path} ({what})")),
            Some(mine) if mine != what => {
                lines.push(format!("  {path}: the CLI's is {what}, ours is {mine}"))
            }
            Some(_) => {}
        }
    }
    for (path, what) in ours {
        if !cli.contains_key(path) {
            lines.push(format!("  extra {path} ({what})"));
        }
    }
    lines
}

/// Cases where Podman's image lacks a file that the docker CLI and dockerlings both send:
/// buildah applies `.dockerignore` again on the engine's side, and reads `! pattern` (a space
/// after the `!`) its own way. The CLI's image and dockerlings' still agree there.
const PODMAN_REFILTERS: [&str; 1] = ["space after !"];

fn compare(case: &Case, builder: &str, cli: &Outcome, ours: &Outcome) -> Option<String> {
    match (cli, ours) {
        (Ok(cli), Ok(ours)) => {
            let lines = diff(ours, cli);
            (!lines.is_empty()).then(|| {
                format!(
                    "[{}] {builder}: the images differ\n{}",
                    case.name,
                    lines.join("\n")
                )
            })
        }
        (Err(_), Err(why)) => {
            // Both refuse: ours must say which file.
            (!why.contains(".dockerignore")).then(|| {
                format!(
                    "[{}] {builder}: the failure does not name .dockerignore: {why}",
                    case.name
                )
            })
        }
        (Err(why), Ok(_)) => Some(format!(
            "[{}] {builder}: the CLI failed but dockerlings built: {why}",
            case.name
        )),
        (Ok(_), Err(why)) => Some(format!(
            "[{}] {builder}: the CLI built but dockerlings failed: {why}",
            case.name
        )),
    }
}

/// The listing of `dev context` names exactly the files and links of the classic image,
/// apart from the Dockerfile and `.dockerignore`, which it always lists (the CLI sends them;
/// the engine drops them when `.dockerignore` excludes them).
fn compare_listing(case: &Case, listed: &[(String, String)], image: &Outcome) -> Option<String> {
    let Ok(image) = image else { return None };
    let listed: BTreeMap<&str, &str> = listed
        .iter()
        .filter(|(kind, _)| kind != "dir")
        .map(|(kind, rest)| {
            let path = rest
                .split(" -> ")
                .next()
                .unwrap()
                .split(" => ")
                .next()
                .unwrap();
            (path.trim_end_matches('/'), kind.as_str())
        })
        .filter(|(path, _)| *path != "Dockerfile" && *path != ".dockerignore")
        .collect();
    let in_image: BTreeMap<&str, &str> = image
        .iter()
        .filter(|(path, what)| {
            !what.starts_with("dir") && *path != "Dockerfile" && *path != ".dockerignore"
        })
        .map(|(path, what)| (path.as_str(), what.as_str()))
        .collect();
    let listed_paths: Vec<_> = listed.keys().collect();
    let image_paths: Vec<_> = in_image.keys().collect();
    (listed_paths != image_paths).then(|| {
        format!(
            "[{}] dev context lists {listed_paths:?}\n  but the image has {image_paths:?}",
            case.name
        )
    })
}

#[test]
fn the_context_matches_the_docker_cli_for_every_dockerignore_case() {
    assert!(CASES.len() >= 60, "{} cases", CASES.len());
    let next = AtomicUsize::new(0);
    let problems = Mutex::new(Vec::new());
    let compared = AtomicUsize::new(0);
    // Podman's Docker API has no BuildKit: every build there is buildah's, by the classic path.
    let builders: &[&str] = if is_podman() {
        &["classic"]
    } else {
        &["classic", "buildkit"]
    };
    std::thread::scope(|scope| {
        for _ in 0..2 {
            scope.spawn(|| {
                let ws = Workspace::new();
                let dir = ws.exercise("ctx");
                let cli_tag = format!("dockerlings-{}/cli:latest", ws.id);
                loop {
                    let index = next.fetch_add(1, Ordering::SeqCst);
                    let Some(case) = CASES.get(index) else { break };
                    let nonce = format!("{} {index} {:?}", ws.id, std::time::SystemTime::now());
                    prepare(&dir, case, &nonce);
                    let cli = retried(|| cli_build(&dir, &cli_tag, &ws.id));
                    let mut found = Vec::new();
                    for &builder in builders {
                        let ours = retried(|| dockerlings_build(&ws, builder));
                        found.extend(compare(case, builder, &cli, &ours));
                        if builder == "classic"
                            && !(is_podman() && PODMAN_REFILTERS.contains(&case.name))
                        {
                            match dev_context(&dir) {
                                Ok(listed) => found.extend(compare_listing(case, &listed, &ours)),
                                Err(why) if cli.is_ok() => {
                                    found.push(format!("[{}] dev context failed: {why}", case.name))
                                }
                                Err(_) => {}
                            }
                        }
                    }
                    compared.fetch_add(1, Ordering::SeqCst);
                    problems.lock().unwrap().extend(found);
                }
                docker(&["rmi", "-f", &cli_tag]);
            });
        }
    });
    let problems = problems.into_inner().unwrap();
    assert_eq!(compared.load(Ordering::SeqCst), CASES.len());
    assert!(
        problems.is_empty(),
        "{} of {} cases differ from the docker CLI:\n{}",
        problems.len(),
        CASES.len(),
        problems.join("\n")
    );
}

/// The comparison means something: the CLI's images differ between cases as the patterns
/// say, so a harness that saw nothing would fail here.
#[test]
fn the_cli_reference_excludes_and_re_includes() {
    let ws = Workspace::new();
    let dir = ws.exercise("ctx");
    let tag = format!("dockerlings-{}/cli:latest", ws.id);
    let case = &CASES
        .iter()
        .find(|c| c.name == "excluded folder, re-included file")
        .unwrap();
    prepare(&dir, case, &ws.id);
    let listing = cli_build(&dir, &tag, &ws.id).unwrap();
    assert!(listing.contains_key("docs/keep.md"));
    assert!(!listing.contains_key("docs/guide.md"));
    assert_eq!(listing["hard2.txt"], "hard link of hard1.txt");
    assert_eq!(listing["link-outside"], "symlink -> /etc");
    assert_eq!(
        listing["run.sh"],
        format!("file 755 {} bytes", "contents of run.sh\n".len())
    );
    assert_eq!(listing["empty"], "dir 755");
    docker_ok(&["rmi", "-f", &tag]);
}

/// `COPY` sources with wildcards (`*.go`, `file?.txt`, `[0-9]*`) and folders: BuildKit asks
/// the session for exactly these, and what arrives must be what the docker CLI sends.
#[test]
fn copy_sources_with_wildcards_bring_what_they_bring_with_the_docker_cli() {
    let ws = Workspace::new();
    let dir = ws.exercise("ctx");
    let tag = format!("dockerlings-{}/cli:latest", ws.id);
    let case = Case {
        name: "wildcard sources",
        ignore: Ignore::Text("**/*.log\n"),
        extra: &[],
    };
    prepare(&dir, &case, &ws.id);
    fs::write(
        dir.join("Dockerfile"),
        format!(
            "# {}\nFROM scratch\nCOPY *.md file?.txt [0-9]*.txt src/*.go a/b/c/* nested /ctx/\n",
            ws.id
        ),
    )
    .unwrap();
    let cli = retried(|| cli_build(&dir, &tag, &ws.id)).unwrap();
    for (path, there) in [
        ("README.md", true),
        ("file1.txt", true),
        ("9lives.txt", true),
        ("main.go", true),
        ("main_test.go", true),
        ("deep.txt", true),
        ("skip.log", false),
        ("file.txt", true),
        ("notes.txt", false),
        ("lib.go", false),
    ] {
        assert_eq!(
            cli.contains_key(path),
            there,
            "{path} in the CLI's image: {cli:#?}"
        );
    }
    let builders: &[&str] = if is_podman() {
        &["classic"]
    } else {
        &["classic", "buildkit"]
    };
    let mut problems = Vec::new();
    for &builder in builders {
        match retried(|| dockerlings_build(&ws, builder)) {
            Ok(ours) => {
                let lines = diff(&ours, &cli);
                if !lines.is_empty() {
                    problems.push(format!("{builder}:\n{}", lines.join("\n")));
                }
            }
            Err(why) => problems.push(format!("{builder}: the build failed: {why}")),
        }
    }
    docker(&["rmi", "-f", &tag]);
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
