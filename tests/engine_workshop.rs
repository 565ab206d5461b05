//! `workshop pack` and `workshop load` against the real engine: a fixture course whose two
//! images are made here (each a stand-in with a file of its own on top, so removing them
//! removes layers the engine then has to load back), under tags no one else uses.

#[path = "engine/support.rs"]
mod support;

use std::fs;
use std::io::{Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use support::{BIN, docker, docker_ok};

/// The images of one test, removed when it ends however it ends.
struct Images {
    tags: Vec<String>,
}

impl Images {
    /// Builds `<unique>-a:1` on busybox:1.36 and `<unique>-b:1` on alpine:3.20.
    fn build(name: &str) -> Images {
        support::require_engine();
        let alpine = docker(&["image", "inspect", "alpine:3.20"]);
        assert!(
            alpine.status.success(),
            "this test builds on alpine:3.20, which is not on the engine: `docker pull alpine:3.20`, or `bash scripts/standins.sh alpine:3.20` without a registry"
        );
        let unique = format!(
            "dockerlings-test-workshop-{name}-{}-{}",
            std::process::id(),
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .unwrap()
                .subsec_nanos()
        );
        let images = Images {
            tags: vec![format!("{unique}-a:1"), format!("{unique}-b:1")],
        };
        for (tag, base) in images.tags.iter().zip(["busybox:1.36", "alpine:3.20"]) {
            let dir = tempfile::tempdir().unwrap();
            fs::write(
                dir.path().join("Dockerfile"),
                format!("FROM {base}\nCOPY id /id\n"),
            )
            .unwrap();
            fs::write(dir.path().join("id"), tag).unwrap();
            docker_ok(&["build", "-q", "-t", tag, &dir.path().to_string_lossy()]);
        }
        images
    }

    fn remove(&self) {
        for tag in &self.tags {
            let _ = docker(&["rmi", tag]);
        }
    }
}

impl Drop for Images {
    fn drop(&mut self) {
        self.remove();
    }
}

fn exists(tag: &str) -> bool {
    docker(&["image", "inspect", tag]).status.success()
}

/// What identifies an image on any store: its layers. On Docker's classic store also its id
/// (the containerd store's id is its manifest's digest, which an archive load writes anew).
fn identity(tag: &str) -> String {
    let format = if containerd_store() {
        "{{json .RootFS.Layers}}"
    } else {
        "{{.Id}} {{json .RootFS.Layers}}"
    };
    docker_ok(&["image", "inspect", "--format", format, tag])
}

fn containerd_store() -> bool {
    docker_ok(&["info", "--format", "{{json .DriverStatus}}"]).contains("containerd")
}

/// The fixture course with its images replaced by `tags`.
fn course_with(tags: &[String]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let source = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/course");
    copy_dir(&source, dir.path());
    let list = format!("images: [{}]", tags.join(", "));
    for lesson in ["basics", "images"] {
        let path = dir.path().join(format!("lessons/{lesson}.yaml"));
        let text = fs::read_to_string(&path).unwrap();
        assert!(text.contains("images: [busybox:1.36]"), "{text}");
        fs::write(&path, text.replace("images: [busybox:1.36]", &list)).unwrap();
    }
    dir
}

fn copy_dir(from: &Path, to: &Path) {
    fs::create_dir_all(to).unwrap();
    for entry in fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            fs::copy(entry.path(), target).unwrap();
        }
    }
}

fn dockerlings(course: &Path, args: &[&str]) -> Output {
    Command::new(BIN)
        .arg("--course")
        .arg(course)
        .args(args)
        .env("NO_COLOR", "1")
        .output()
        .expect("dockerlings runs")
}

fn said(output: &Output) -> String {
    format!(
        "exit {:?}\n{}{}",
        output.status.code(),
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    )
}

fn pack(course: &Path, file: &Path) {
    let out = dockerlings(course, &["workshop", "pack", &file.to_string_lossy()]);
    assert_eq!(out.status.code(), Some(0), "{}", said(&out));
    assert!(file.is_file(), "{}", said(&out));
    let dir = file.parent().unwrap();
    let left: Vec<_> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".partial"))
        .collect();
    assert!(left.is_empty(), "temporary files left: {left:?}");
}

fn load(course: &Path, file: &Path) -> Output {
    dockerlings(course, &["workshop", "load", &file.to_string_lossy()])
}

/// Offset and size of each file of the bundle, by name.
fn entries(file: &Path) -> Vec<(String, u64, u64)> {
    let mut archive = tar::Archive::new(fs::File::open(file).unwrap());
    archive
        .entries_with_seek()
        .unwrap()
        .map(|e| {
            let e = e.unwrap();
            let name = e.path().unwrap().to_string_lossy().into_owned();
            (name, e.raw_file_position(), e.size())
        })
        .collect()
}

/// Offset and size of the file of the bundle with this digest.
fn entry_of(file: &Path, digest: &str) -> (u64, u64) {
    let name = format!("blobs/sha256/{}", digest.trim_start_matches("sha256:"));
    entries(file)
        .into_iter()
        .find(|(n, _, _)| *n == name)
        .map(|(_, offset, size)| (offset, size))
        .unwrap_or_else(|| panic!("{name} is not in the bundle"))
}

/// The bundle's manifest.
fn manifest_of(file: &Path) -> serde_json::Value {
    let mut archive = tar::Archive::new(fs::File::open(file).unwrap());
    for entry in archive.entries().unwrap() {
        let mut entry = entry.unwrap();
        if entry.path().unwrap().to_string_lossy() == "dockerlings-bundle.json" {
            let mut text = String::new();
            entry.read_to_string(&mut text).unwrap();
            return serde_json::from_str(&text).unwrap();
        }
    }
    panic!("the bundle has no manifest")
}

fn flip_byte(file: &Path, offset: u64) {
    let mut f = fs::OpenOptions::new()
        .read(true)
        .write(true)
        .open(file)
        .unwrap();
    let mut byte = [0u8];
    f.seek(SeekFrom::Start(offset)).unwrap();
    f.read_exact(&mut byte).unwrap();
    f.seek(SeekFrom::Start(offset)).unwrap();
    f.write_all(&[byte[0] ^ 0xff]).unwrap();
}

#[test]
fn a_packed_course_loads_back_with_the_same_images_and_a_second_load_skips_them() {
    let images = Images::build("roundtrip");
    let course = course_with(&images.tags);
    let out_dir = tempfile::tempdir().unwrap();
    let file = out_dir.path().join("workshop.tar");
    let before: Vec<String> = images.tags.iter().map(|t| identity(t)).collect();

    pack(course.path(), &file);
    images.remove();
    for tag in &images.tags {
        assert!(!exists(tag), "{tag} is still there");
    }

    let out = load(course.path(), &file);
    assert_eq!(out.status.code(), Some(0), "{}", said(&out));
    assert!(
        said(&out).contains("2 of 2 images loaded, 0 already on the engine"),
        "{}",
        said(&out)
    );
    let after: Vec<String> = images.tags.iter().map(|t| identity(t)).collect();
    assert_eq!(after, before);
    for tag in &images.tags {
        let id = docker_ok(&["run", "--rm", tag, "cat", "/id"]);
        assert_eq!(id.trim(), tag, "the loaded image has its own file");
    }

    let out = load(course.path(), &file);
    assert_eq!(out.status.code(), Some(0), "{}", said(&out));
    assert!(
        said(&out).contains("0 of 2 images loaded, 2 already on the engine"),
        "{}",
        said(&out)
    );
}

#[test]
fn a_damaged_bundle_is_refused_naming_the_image_and_leaves_no_tag() {
    let images = Images::build("damaged");
    let course = course_with(&images.tags);
    let out_dir = tempfile::tempdir().unwrap();
    let file = out_dir.path().join("workshop.tar");
    pack(course.path(), &file);
    images.remove();

    // A byte of the top layer of the first image only: the second one loads all the same.
    let manifest = manifest_of(&file);
    let own = manifest["images"][0]["layers"]
        .as_array()
        .unwrap()
        .last()
        .unwrap()["digest"]
        .as_str()
        .unwrap()
        .to_string();
    let damaged_one = out_dir.path().join("one.tar");
    fs::copy(&file, &damaged_one).unwrap();
    let (offset, size) = entry_of(&damaged_one, &own);
    flip_byte(&damaged_one, offset + size / 2);
    let out = load(course.path(), &damaged_one);
    let text = said(&out);
    assert_eq!(out.status.code(), Some(1), "{text}");
    let (first, second) = (&images.tags[0], &images.tags[1]);
    assert!(
        text.contains(&format!("{first}: the bundle is damaged")) && text.contains(&own),
        "{text}"
    );
    assert!(!exists(first), "{first} was tagged from a damaged file");
    assert!(exists(second), "{second} did not load: {text}");
    assert!(text.contains("1 of 2 images loaded"), "{text}");
    images.remove();

    // A byte of the largest layer (the base both images share) flipped: neither loads.
    let (_, offset, size) = entries(&file)
        .into_iter()
        .max_by_key(|(_, _, size)| *size)
        .unwrap();
    flip_byte(&file, offset + size / 2);
    let out = load(course.path(), &file);
    let text = said(&out);
    assert_eq!(out.status.code(), Some(1), "{text}");
    for tag in &images.tags {
        assert!(
            text.contains(&format!("{tag}: the bundle is damaged")),
            "{text}"
        );
        assert!(!exists(tag), "{tag} was tagged from a damaged bundle");
    }
    assert!(text.contains("0 of 2 images loaded"), "{text}");
}

#[test]
fn a_bundle_of_another_course_version_is_refused_with_what_to_do() {
    let images = Images::build("version");
    let course = course_with(&images.tags);
    let out_dir = tempfile::tempdir().unwrap();
    let file = out_dir.path().join("workshop.tar");
    pack(course.path(), &file);
    images.remove();

    // The course moved on: a hint changed.
    let lesson = course.path().join("lessons/images.yaml");
    let text = fs::read_to_string(&lesson).unwrap();
    let hint = "Exec form is a JSON array of strings.";
    assert!(text.contains(hint), "{text}");
    fs::write(&lesson, text.replace(hint, "Exec form is a JSON array.")).unwrap();
    let out = load(course.path(), &file);
    let text = said(&out);
    assert_eq!(out.status.code(), Some(2), "{text}");
    assert!(
        text.contains("was packed for version") && text.contains("fix:"),
        "{text}"
    );
    for tag in &images.tags {
        assert!(
            !exists(tag),
            "{tag} was loaded from another version's bundle"
        );
    }
}

#[test]
fn packing_refuses_a_course_whose_images_are_missing_and_writes_nothing() {
    support::require_engine();
    let tags = vec![format!(
        "dockerlings-test-workshop-missing-{}:1",
        std::process::id()
    )];
    let course = course_with(&tags);
    let out_dir = tempfile::tempdir().unwrap();
    let file: PathBuf = out_dir.path().join("workshop.tar");
    let out = dockerlings(
        course.path(),
        &["workshop", "pack", &file.to_string_lossy()],
    );
    let text = said(&out);
    assert_eq!(out.status.code(), Some(2), "{text}");
    assert!(
        text.contains(&tags[0]) && text.contains("dockerlings pull"),
        "{text}"
    );
    assert_eq!(fs::read_dir(out_dir.path()).unwrap().count(), 0, "{text}");
}

#[test]
fn an_interrupted_pack_leaves_no_file_behind() {
    support::require_engine();
    // A large image, so that the export is still streaming when the signal comes.
    let tag = format!(
        "dockerlings-test-workshop-interrupt-{}:1",
        std::process::id()
    );
    let golang = docker(&["image", "inspect", "golang:1.23"]);
    assert!(
        golang.status.success(),
        "this test packs golang:1.23, which is not on the engine: `docker pull golang:1.23`, or `bash scripts/standins.sh golang:1.23` without a registry"
    );
    docker_ok(&["tag", "golang:1.23", &tag]);
    let images = Images {
        tags: vec![tag.clone()],
    };
    let course = course_with(&images.tags);
    let out_dir = tempfile::tempdir().unwrap();
    let file = out_dir.path().join("workshop.tar");
    let mut child = Command::new(BIN)
        .arg("--course")
        .arg(course.path())
        .args(["workshop", "pack"])
        .arg(&file)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let partial = || {
        fs::read_dir(out_dir.path())
            .unwrap()
            .filter_map(|e| {
                let name = e.unwrap().file_name().to_string_lossy().into_owned();
                name.ends_with(".partial").then_some(name)
            })
            .collect::<Vec<_>>()
    };
    let start = std::time::Instant::now();
    while partial().is_empty() {
        assert!(
            start.elapsed() < std::time::Duration::from_secs(30),
            "no temporary file appeared"
        );
        assert!(child.try_wait().unwrap().is_none(), "pack ended too early");
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    std::thread::sleep(std::time::Duration::from_millis(200));
    let killed = Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(killed.success());
    let output = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(130), "{stderr}");
    assert!(stderr.contains("was not written"), "{stderr}");
    assert!(!file.exists(), "the bundle was written");
    assert!(partial().is_empty(), "left behind: {:?}", partial());
}
