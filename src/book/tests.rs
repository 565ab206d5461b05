//! The preprocessor on the shipped course: where the pages go, what they hold, and the errors.

use std::path::Path;

use serde_json::{Value, json};

use super::*;

fn repo() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn course() -> Course {
    Course::from_dir(repo()).unwrap()
}

/// A chapter as mdBook 0.5 sends it.
fn chapter(name: &str, content: &str, path: &str, number: Value) -> Value {
    json!({"Chapter": {
        "name": name, "content": content, "number": number, "sub_items": [],
        "path": path, "source_path": path, "parent_names": [],
    }})
}

/// `[context, book]` with an introduction, a separator, and a chapter per lesson of `lessons`
/// that includes its prose, as book/src does.
fn request(lessons: &[&str]) -> Request {
    let mut items = vec![
        chapter(
            "Introduction",
            "# Introduction\n",
            "introduction.md",
            Value::Null,
        ),
        json!("Separator"),
        json!({"PartTitle": "Lessons"}),
    ];
    for (index, lesson) in lessons.iter().enumerate() {
        items.push(chapter(
            lesson,
            &format!("{{{{#include ../../lessons/{lesson}.md}}}}\n"),
            &format!("{lesson}.md"),
            json!([index + 1]),
        ));
    }
    let context = json!({
        "root": repo().join("book"),
        "config": {"book": {"title": "t", "src": "src"}, "preprocessor": {"dockerlings": {"command": "x"}}},
        "renderer": "html",
        "mdbook_version": "0.5.4",
    });
    let text = serde_json::to_string(&json!([context, {"items": items}])).unwrap();
    Request::parse(&text).unwrap()
}

const LESSONS: [&str; 7] = [
    "go",
    "practices",
    "minimal",
    "node",
    "python",
    "buildkit",
    "capstone",
];

fn lesson_chapter_of(book: &Value, name: &str) -> Value {
    book["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|item| item["Chapter"]["name"] == name)
        .unwrap()["Chapter"]
        .clone()
}

#[test]
fn every_exercise_gets_a_numbered_page_under_its_lesson_chapter() {
    let course = course();
    let book: Value =
        serde_json::from_str(&preprocess(request(&LESSONS), &course).unwrap()).unwrap();
    let go = lesson_chapter_of(&book, "go");
    let pages = go["sub_items"].as_array().unwrap();
    let ids: Vec<&str> = pages
        .iter()
        .map(|page| page["Chapter"]["path"].as_str().unwrap())
        .collect();
    assert_eq!(
        ids,
        [
            "exercises/go-single.md",
            "exercises/go-multistage.md",
            "exercises/go-modules.md",
            "exercises/go-cleanup.md"
        ]
    );
    let second = &pages[1]["Chapter"];
    assert_eq!(second["number"], json!([1, 2]));
    assert_eq!(second["name"], "Two stages, only the binary");
    assert_eq!(second["parent_names"], json!(["go"]));
    // The lesson chapter keeps its include and lists its exercises at the end.
    let content = go["content"].as_str().unwrap();
    assert!(content.starts_with("{{#include ../../lessons/go.md}}"));
    assert!(content.contains("2. [Two stages, only the binary](exercises/go-multistage.md)"));
    let total: usize = LESSONS
        .iter()
        .map(|lesson| {
            lesson_chapter_of(&book, lesson)["sub_items"]
                .as_array()
                .unwrap()
                .len()
        })
        .sum();
    assert_eq!(total, course.len(), "one page per exercise");
    // What mdBook sent and this preprocessor does not use passes through.
    assert_eq!(book["items"][1], "Separator");
    assert_eq!(book["items"][2], json!({"PartTitle": "Lessons"}));
}

fn page(id: &str) -> String {
    let course = course();
    let book: Value =
        serde_json::from_str(&preprocess(request(&LESSONS), &course).unwrap()).unwrap();
    let mut found = None;
    walk(
        book["items"].as_array().unwrap(),
        &mut Vec::new(),
        &mut |_, chapter| {
            if chapter["path"] == format!("exercises/{id}.md") {
                found = chapter["content"].as_str().map(str::to_string);
            }
        },
    );
    found.unwrap_or_else(|| panic!("no page for {id}"))
}

#[test]
fn a_page_has_the_task_the_starting_files_the_checks_the_hints_and_then_the_solution() {
    let text = page("node-dockerignore");
    let course = course();
    let def = course.exercise("node-dockerignore").unwrap().def;
    let at = |needle: &str| {
        text.find(needle)
            .unwrap_or_else(|| panic!("the page has no {needle:?}:\n{text}"))
    };
    assert!(text.starts_with("# A .dockerignore that keeps the context small\n"));
    at(def.task.lines().next().unwrap());
    // The starting Dockerfile and .dockerignore in full, the app's other files by name.
    let starting = fs_text("exercises/4-node/3-dockerignore/.dockerignore");
    at(&format!("`.dockerignore`:\n\n```text\n{starting}"));
    at("```dockerfile\n");
    at("`node_modules/`");
    // Each check with its target.
    at("(`context_excludes`, the image)");
    // Every hint collapsed, in order, then the solution collapsed after them.
    let hints: Vec<usize> = (1..=def.hints.len())
        .map(|n| {
            at(&format!(
                "<details class=\"hint\">\n<summary>Hint {n}</summary>"
            ))
        })
        .collect();
    assert!(hints.windows(2).all(|w| w[0] < w[1]));
    let solution = at("<details class=\"solution\">");
    assert!(hints.iter().all(|&hint| hint < solution));
    assert!(!text.contains("<details open"), "nothing starts open");
    assert!(
        text[solution..].contains("node_modules\n"),
        "the solution's .dockerignore"
    );
}

fn fs_text(path: &str) -> String {
    std::fs::read_to_string(repo().join(path)).unwrap()
}

#[test]
fn a_page_says_how_to_check_the_result_with_docker_alone() {
    let text = page("go-multistage");
    for needle in [
        "docker build -t go-multistage .",
        "docker images go-multistage",
        "docker run -d --rm --name go-multistage-run -p 127.0.0.1:8080:8080 go-multistage",
        "curl -si http://127.0.0.1:8080/",
        "grep -E '^(usr/local/go)(/|$)'",
        // The size target, its why, and the "before" exercise linked.
        "at most 5% of the image the starting files of [go-single](go-single.md) build",
        "Why: At run time the app needs its binary",
    ] {
        assert!(text.contains(needle), "no {needle:?} in:\n{text}");
    }
    // Port 80 in the container is published on a free-for-users port of the host.
    assert!(page("node-nginx").contains("-p 127.0.0.1:8080:80 node-nginx"));
    // An exercise whose "before" is itself says so instead of linking to itself.
    let capstone = page("capstone");
    assert!(capstone.contains("docker build -t capstone-start ."));
    assert!(!capstone.contains("[capstone](capstone.md)"));
}

#[test]
fn a_lesson_whose_prose_is_in_no_chapter_is_an_error_naming_its_file() {
    let err = preprocess(request(&LESSONS[..LESSONS.len() - 1]), &course())
        .unwrap_err()
        .to_string();
    assert!(err.contains("lessons/capstone.yaml"), "{err}");
    assert!(
        err.contains("{{#include ../../lessons/capstone.md}}"),
        "{err}"
    );
}

#[test]
fn an_escaped_include_is_an_example_and_an_anchor_is_not_part_of_the_path() {
    assert_eq!(
        includes("a \\{{#include x.md}} b {{#include  y.md:intro }} {{#include z.md:2:5}}"),
        ["y.md", "z.md"]
    );
}

#[test]
fn generated_text_holds_no_directive_for_mdbook_to_expand() {
    assert_eq!(
        escape_directives("see {{#include a.md}}"),
        "see \\{{#include a.md}}"
    );
}

#[test]
fn links_between_pages_are_relative() {
    assert_eq!(
        relative("go.md", "exercises/go-single.md"),
        "exercises/go-single.md"
    );
    assert_eq!(relative("exercises/go-single.md", "go.md"), "../go.md");
    assert_eq!(relative("exercises/a.md", "exercises/b.md"), "b.md");
    assert_eq!(
        relative("lessons/go.md", "exercises/a.md"),
        "../exercises/a.md"
    );
}

#[test]
fn a_new_lesson_goes_after_the_last_lesson_chapter() {
    let summary = "# Summary\n\n[Intro](intro.md)\n\n# Lessons\n\n- [Go](go.md)\n- [Node](node.md)\n\n# Reference\n\n- [Authoring](authoring.md)\n";
    let with = summary_with_lesson(summary, &["go.md", "node.md"], "TODO", "rust.md");
    assert_eq!(
        with,
        "# Summary\n\n[Intro](intro.md)\n\n# Lessons\n\n- [Go](go.md)\n- [Node](node.md)\n- [TODO](rust.md)\n\n# Reference\n\n- [Authoring](authoring.md)\n"
    );
    let none = summary_with_lesson("# Summary\n\n", &[], "TODO", "rust.md");
    assert_eq!(none, "# Summary\n\n- [TODO](rust.md)\n");
    let part = summary_with_lesson(
        "# Summary\n\n# Lessons\n\n# Reference\n",
        &[],
        "T",
        "rust.md",
    );
    assert_eq!(
        part,
        "# Summary\n\n# Lessons\n\n- [T](rust.md)\n\n# Reference\n"
    );
    assert_eq!(
        lesson_chapter("rust.md"),
        "{{#include ../../lessons/rust.md}}\n"
    );
}

#[test]
fn input_that_is_not_mdbook_0_5s_is_refused_with_what_was_expected() {
    let old = r#"[{"root": "/b"}, {"sections": [], "__non_exhaustive": null}]"#;
    let err = Request::parse(old).err().unwrap().to_string();
    assert!(err.contains("mdBook 0.5"), "{err}");
    assert!(Request::parse("{}").is_err());
}
