//! One run's view of an exercise folder: the Dockerfile and `.dockerignore` read once, the
//! Dockerfile parsed once. Static checks, image checks and the build context all use it, so a
//! save in the middle of a run cannot give results about two different texts.

use std::path::{Path, PathBuf};

use super::{Dockerfile, ParseError};

#[derive(Debug)]
pub struct Snapshot {
    /// The exercise folder: the build context.
    pub dir: PathBuf,
    /// The Dockerfile, relative to `dir`.
    pub path: PathBuf,
    /// The Dockerfile's text, or why it could not be read.
    pub text: Result<String, String>,
    /// The parsed Dockerfile; `None` when there is no text.
    pub parsed: Option<Result<Dockerfile, ParseError>>,
    /// The `.dockerignore`'s bytes, if the folder has one (Docker reads any bytes); `Err` when
    /// a `.dockerignore` is there but cannot be read (a folder): the build context reports it.
    pub dockerignore: Result<Option<Vec<u8>>, String>,
}

impl Snapshot {
    /// Reads `dockerfile` (relative to `dir`) and `dir/.dockerignore`, and parses the first.
    pub fn read(dir: &Path, dockerfile: &Path) -> Snapshot {
        let text = std::fs::read_to_string(dir.join(dockerfile)).map_err(|err| err.to_string());
        let dockerignore = match std::fs::read(dir.join(".dockerignore")) {
            Ok(bytes) => Ok(Some(bytes)),
            Err(err) if err.kind() == std::io::ErrorKind::NotFound => Ok(None),
            Err(err) => Err(err.to_string()),
        };
        Snapshot::new(dir, dockerfile, text, dockerignore)
    }

    pub fn new(
        dir: &Path,
        dockerfile: &Path,
        text: Result<String, String>,
        dockerignore: Result<Option<Vec<u8>>, String>,
    ) -> Snapshot {
        let parsed = text.as_ref().ok().map(|text| Dockerfile::parse(text));
        Snapshot {
            dir: dir.to_path_buf(),
            path: dockerfile.to_path_buf(),
            text,
            parsed,
            dockerignore,
        }
    }

    pub fn text(&self) -> Option<&str> {
        self.text.as_deref().ok()
    }

    /// The parsed Dockerfile, when it was read and parses.
    pub fn dockerfile(&self) -> Option<&Dockerfile> {
        self.parsed.as_ref().and_then(|parsed| parsed.as_ref().ok())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_and_parses_once_and_keeps_what_it_read() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("Dockerfile"), "FROM alpine:3.20 AS app\n").unwrap();
        let snapshot = Snapshot::read(dir.path(), Path::new("Dockerfile"));
        std::fs::write(dir.path().join("Dockerfile"), "FROM busybox\n").unwrap();
        std::fs::write(dir.path().join(".dockerignore"), "secret\n").unwrap();
        assert_eq!(snapshot.text(), Some("FROM alpine:3.20 AS app\n"));
        let parsed = snapshot.dockerfile().expect("parses");
        assert_eq!(parsed.stages[0].name.as_deref(), Some("app"));
        // There was no .dockerignore when it was read: the one saved since is not used.
        assert_eq!(snapshot.dockerignore, Ok(None));
    }

    #[test]
    fn a_missing_dockerfile_is_an_error_and_nothing_parsed() {
        let dir = tempfile::tempdir().unwrap();
        let snapshot = Snapshot::read(dir.path(), Path::new("Dockerfile"));
        assert!(snapshot.text.is_err());
        assert!(snapshot.parsed.is_none());
        assert!(snapshot.dockerfile().is_none());
    }
}
