//! The cache probe: rebuild after a one-line edit to a source file, in a scratch copy of the
//! exercise (the learner's files are never touched), and see which steps came from the cache.

use std::fs;
use std::io;
use std::path::Path;

/// The line appended to a file of this name: a comment in its language where it has them.
pub fn probe_line(file: &Path, nonce: &str) -> String {
    let name = file
        .file_name()
        .map(|n| n.to_string_lossy().to_lowercase())
        .unwrap_or_default();
    let extension = file
        .extension()
        .map(|e| e.to_string_lossy().to_lowercase())
        .unwrap_or_default();
    let text = format!("cache probe {nonce}");
    match extension.as_str() {
        "go" | "js" | "mjs" | "cjs" | "ts" | "tsx" | "jsx" | "rs" | "java" | "kt" | "c" | "h"
        | "cc" | "cpp" | "hpp" | "cs" | "swift" | "scala" | "dart" | "php" => format!("// {text}"),
        "css" | "scss" => format!("/* {text} */"),
        "html" | "htm" | "xml" | "svg" | "md" | "vue" => format!("<!-- {text} -->"),
        "sql" | "lua" | "hs" => format!("-- {text}"),
        // JSON has no comments: a trailing newline is still an edit.
        "json" | "lock" => String::new(),
        _ if name == "go.mod" || name == "go.sum" => format!("// {text}"),
        _ => format!("# {text}"),
    }
}

/// Copies a folder (files, folders and symlinks as they are) to `to`.
pub fn copy_tree(from: &Path, to: &Path) -> io::Result<()> {
    fs::create_dir_all(to)?;
    for entry in fs::read_dir(from)? {
        let entry = entry?;
        let source = entry.path();
        let target = to.join(entry.file_name());
        let kind = entry.file_type()?;
        if kind.is_dir() {
            copy_tree(&source, &target)?;
        } else if kind.is_symlink() {
            std::os::unix::fs::symlink(fs::read_link(&source)?, &target)?;
        } else if kind.is_file() {
            fs::copy(&source, &target)?;
        }
    }
    Ok(())
}

/// Appends the probe line to `file`, on a line of its own.
pub fn edit(file: &Path, nonce: &str) -> io::Result<()> {
    let mut text = fs::read(file)?;
    if !text.is_empty() && !text.ends_with(b"\n") {
        text.push(b'\n');
    }
    text.extend_from_slice(probe_line(file, nonce).as_bytes());
    text.push(b'\n');
    fs::write(file, text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn comments_fit_the_file_type() {
        assert_eq!(probe_line(Path::new("main.go"), "1"), "// cache probe 1");
        assert_eq!(probe_line(Path::new("src/app.py"), "1"), "# cache probe 1");
        assert_eq!(
            probe_line(Path::new("requirements.txt"), "1"),
            "# cache probe 1"
        );
        assert_eq!(probe_line(Path::new("server.js"), "1"), "// cache probe 1");
        assert_eq!(
            probe_line(Path::new("index.html"), "1"),
            "<!-- cache probe 1 -->"
        );
        assert_eq!(probe_line(Path::new("package.json"), "1"), "");
    }

    #[test]
    fn edits_a_copy_only() {
        let from = tempfile::tempdir().unwrap();
        fs::create_dir(from.path().join("src")).unwrap();
        fs::write(from.path().join("src/main.go"), "package main").unwrap();
        std::os::unix::fs::symlink("src/main.go", from.path().join("link")).unwrap();
        let to = tempfile::tempdir().unwrap();
        copy_tree(from.path(), to.path()).unwrap();
        edit(&to.path().join("src/main.go"), "7").unwrap();
        assert_eq!(
            fs::read_to_string(to.path().join("src/main.go")).unwrap(),
            "package main\n// cache probe 7\n"
        );
        assert_eq!(
            fs::read_to_string(from.path().join("src/main.go")).unwrap(),
            "package main"
        );
        assert!(
            fs::symlink_metadata(to.path().join("link"))
                .unwrap()
                .file_type()
                .is_symlink()
        );
    }
}
