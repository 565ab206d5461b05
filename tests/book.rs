//! The companion book stays in step with the course: every chapter it lists exists, every
//! `{{#include}}` names a real file, and every lesson's prose is included somewhere.

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
        for include in text.split("{{#include ").skip(1) {
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
