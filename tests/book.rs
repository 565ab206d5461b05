//! The companion book stays in step with the course: every chapter it lists exists, every
//! `{{#include}}` names a real file, every lesson's prose is included somewhere, and the Rust
//! version it asks for is Cargo.toml's. (The built book, with its generated exercise pages, is
//! checked by scripts/book.sh.)

use std::fs;
use std::path::Path;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn every_chapter_and_include_exists_and_every_lesson_is_in_the_book() {
    let src = root().join("book/src");
    let summary = fs::read_to_string(src.join("SUMMARY.md")).unwrap();
    let mut included = Vec::new();
    for chapter in summary
        .split("](")
        .skip(1)
        .filter_map(|rest| rest.split(')').next())
    {
        let path = src.join(chapter);
        let text = fs::read_to_string(&path)
            .unwrap_or_else(|err| panic!("SUMMARY.md lists {chapter}, which is missing: {err}"));
        let pieces: Vec<&str> = text.split("{{#include ").collect();
        for (before, include) in pieces.iter().zip(&pieces[1..]) {
            // `\{{#include ...}}` is an example that mdBook prints as written.
            if before.ends_with('\\') {
                continue;
            }
            let target = include.split("}}").next().unwrap().trim();
            let resolved = path.parent().unwrap().join(target);
            assert!(
                resolved.is_file(),
                "{chapter} includes {target}, which is missing"
            );
            included.push(resolved.canonicalize().unwrap());
        }
    }
    for entry in fs::read_dir(root().join("lessons")).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|ext| ext == "md") {
            assert!(
                included.contains(&path.canonicalize().unwrap()),
                "the lesson prose {} is in no chapter of the book",
                path.display()
            );
        }
    }
}

#[test]
fn the_rust_version_the_book_asks_for_is_the_one_cargo_toml_says() {
    let manifest = fs::read_to_string(root().join("Cargo.toml")).unwrap();
    let version = manifest
        .lines()
        .find_map(|line| line.strip_prefix("rust-version = "))
        .expect("Cargo.toml has a rust-version")
        .trim_matches('"');
    let running = fs::read_to_string(root().join("book/src/running.md")).unwrap();
    let said: Vec<&str> = running
        .split("Rust ")
        .skip(1)
        .filter_map(|rest| rest.split_whitespace().next())
        .filter(|word| word.starts_with(|c: char| c.is_ascii_digit()))
        .collect();
    assert!(
        !said.is_empty(),
        "book/src/running.md names no Rust version; it should say `Rust {version} or newer`"
    );
    for word in said {
        assert_eq!(
            word, version,
            "book/src/running.md asks for Rust {word}, Cargo.toml's rust-version is {version}"
        );
    }
}

#[test]
fn an_escaped_include_is_an_example_not_an_include() {
    let authoring = fs::read_to_string(root().join("book/src/authoring.md")).unwrap();
    assert!(
        authoring.contains("\\{{#include ../../lessons/go.md}}"),
        "the authoring chapter shows the include syntax, escaped so that mdBook prints it"
    );
    assert!(
        !authoring.replace("\\{{#include", "").contains("{{#include"),
        "the authoring chapter includes a file; it only means to show the syntax"
    );
}
