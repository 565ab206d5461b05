//! The course is embedded with include_dir, which only sees files that exist at compile time.
//! Cargo reruns a build script when a watched folder's entries change, so an added or removed
//! lesson file triggers a rebuild (and an edited one too).

use std::path::Path;

fn watch(dir: &Path) {
    println!("cargo:rerun-if-changed={}", dir.display());
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            watch(&path);
        } else {
            println!("cargo:rerun-if-changed={}", path.display());
        }
    }
}

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    watch(Path::new("lessons"));
    watch(Path::new("exercises"));
}
