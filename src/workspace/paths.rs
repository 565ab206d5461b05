//! Nothing dockerlings reads or builds lies outside the workspace: a symbolic link on the way
//! to an exercise's folder or Dockerfile could send any folder of the machine as a build
//! context, so every link there is refused, wherever it points.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};

/// Refuses a link among the folders of `dir` (relative to `root`); with `including_dir`
/// false, `dir` itself may be a link (reset moves a link away without following it).
pub fn check_dir(root: &Path, id: &str, dir: &Path, including_dir: bool) -> Result<()> {
    let mut at = root.to_path_buf();
    let count = dir.components().count();
    for (n, part) in dir.components().enumerate() {
        at.push(part);
        let last = n + 1 == count;
        if last && !including_dir {
            break;
        }
        if !is_link(&at)? {
            continue;
        }
        let target = link_target(&at);
        if last {
            bail!(
                "{} is a symbolic link (to {}); dockerlings only builds folders inside the workspace {}. `dockerlings reset {id}` puts the exercise's own folder there (the link is kept in .dockerlings/backups/)",
                at.display(),
                target.display(),
                root.display()
            );
        }
        bail!(
            "{} is a symbolic link (to {}); dockerlings only builds folders inside the workspace {}. Replace the link with a copy of its folder: `rm {} && cp -r {} {}`",
            at.display(),
            target.display(),
            root.display(),
            at.display(),
            target.display(),
            at.display()
        );
    }
    Ok(())
}

/// Refuses a link on the way from the exercise folder `dir` to its Dockerfile.
pub fn check_file(root: &Path, id: &str, dir: &Path, file: &Path) -> Result<()> {
    let mut at = root.join(dir);
    for part in file.components() {
        at.push(part);
        if is_link(&at)? {
            bail!(
                "{} is a symbolic link (to {}); dockerlings only reads files inside the workspace {}. Replace it with a copy of the file: `cp --remove-destination {} {}`, or get the starting one with `dockerlings reset {id}`",
                at.display(),
                link_target(&at).display(),
                root.display(),
                link_target(&at).display(),
                at.display()
            );
        }
    }
    Ok(())
}

fn is_link(path: &Path) -> Result<bool> {
    match fs::symlink_metadata(path) {
        Ok(meta) => Ok(meta.file_type().is_symlink()),
        // What is missing is reported by whoever reads it, with the fix for a missing file.
        Err(err) if err.kind() == io::ErrorKind::NotFound => Ok(false),
        Err(err) if err.raw_os_error() == Some(rustix::io::Errno::NOTDIR.raw_os_error()) => {
            Ok(false)
        }
        Err(err) => Err(err).with_context(|| format!("cannot look at {}", path.display())),
    }
}

/// Where a link points, as the kernel resolves it, for the message.
fn link_target(path: &Path) -> PathBuf {
    fs::canonicalize(path)
        .or_else(|_| fs::read_link(path))
        .unwrap_or_else(|_| PathBuf::from("?"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::os::unix::fs::symlink;

    #[test]
    fn links_on_the_way_are_refused_with_the_path_and_the_fix() {
        let outside = tempfile::tempdir().unwrap();
        fs::write(outside.path().join("Dockerfile"), "FROM scratch\n").unwrap();
        let ws = tempfile::tempdir().unwrap();
        let root = ws.path();
        fs::create_dir_all(root.join("go/real")).unwrap();
        fs::write(root.join("go/real/Dockerfile"), "FROM scratch\n").unwrap();
        check_dir(root, "real", Path::new("go/real"), true).unwrap();
        check_file(root, "real", Path::new("go/real"), Path::new("Dockerfile")).unwrap();
        // Missing parts are not this check's business.
        check_dir(root, "gone", Path::new("go/gone"), true).unwrap();

        symlink(outside.path(), root.join("go/linked")).unwrap();
        let err = check_dir(root, "linked", Path::new("go/linked"), true)
            .unwrap_err()
            .to_string();
        assert!(
            err.contains(&root.join("go/linked").display().to_string()),
            "{err}"
        );
        assert!(err.contains("dockerlings reset linked"), "{err}");
        // Reset may move the link itself away.
        check_dir(root, "linked", Path::new("go/linked"), false).unwrap();

        symlink(outside.path(), root.join("py")).unwrap();
        let err = check_dir(root, "app", Path::new("py/app"), false)
            .unwrap_err()
            .to_string();
        assert!(
            err.contains(&format!("rm {}", root.join("py").display())),
            "{err}"
        );

        symlink(
            outside.path().join("Dockerfile"),
            root.join("go/real/Dockerfile.prod"),
        )
        .unwrap();
        let err = check_file(
            root,
            "real",
            Path::new("go/real"),
            Path::new("Dockerfile.prod"),
        )
        .unwrap_err()
        .to_string();
        assert!(err.contains("Dockerfile.prod is a symbolic link"), "{err}");
        assert!(err.contains("cp --remove-destination"), "{err}");
    }
}
