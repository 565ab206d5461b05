//! Relative paths from lesson files. They are checked when the file is read, so a path that
//! would leave the course folder (absolute, `..`, a drive prefix) is an error with its line.

use std::fmt;
use std::path::{Component, Path, PathBuf};

#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct CoursePath(PathBuf);

impl CoursePath {
    pub fn new(path: &str) -> Self {
        Self::parse(path).expect("a built-in course path is relative")
    }

    pub fn parse(text: &str) -> Result<Self, String> {
        let path = Path::new(text);
        if text.trim().is_empty() {
            return Err("a path must not be empty".into());
        }
        for component in path.components() {
            match component {
                Component::Normal(_) | Component::CurDir => {}
                Component::ParentDir => {
                    return Err(format!(
                        "`{text}` leaves the course folder through `..`: paths in lesson files are relative to the course and stay inside it"
                    ));
                }
                Component::RootDir | Component::Prefix(_) => {
                    return Err(format!(
                        "`{text}` is absolute: paths in lesson files are relative to the course folder"
                    ));
                }
            }
        }
        Ok(CoursePath(path.components().collect()))
    }

    pub fn as_path(&self) -> &Path {
        &self.0
    }

    /// This path under `root`; it cannot escape because `..` and absolute forms were rejected.
    pub fn under(&self, root: &Path) -> PathBuf {
        root.join(&self.0)
    }
}

impl fmt::Display for CoursePath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0.display())
    }
}

impl<'de> serde::Deserialize<'de> for CoursePath {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        CoursePath::parse(&text).map_err(serde::de::Error::custom)
    }
}

impl serde::Serialize for CoursePath {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_paths_inside_the_course() {
        assert!(CoursePath::parse("go/01-single").is_ok());
        assert!(CoursePath::parse("./go").is_ok());
        assert!(CoursePath::parse("../secrets").is_err());
        assert!(CoursePath::parse("go/../../x").is_err());
        assert!(CoursePath::parse("/etc/passwd").is_err());
        assert!(CoursePath::parse("").is_err());
    }
}
