//! Image references: `golang:1.23`, `docker.io/library/alpine`, `gcr.io/x/y@sha256:...`.

use std::fmt;
use std::sync::OnceLock;

use regex::Regex;

/// An image reference split into name, tag and digest, with Docker Hub's implicit prefixes
/// removed, so `docker.io/library/alpine:3.20` and `alpine:3.20` are the same reference.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImageRef {
    /// The repository, e.g. `golang` or `gcr.io/distroless/static-debian12`.
    pub name: String,
    pub tag: Option<String>,
    /// `sha256:...` when pinned by digest.
    pub digest: Option<String>,
}

impl ImageRef {
    pub fn parse(reference: &str) -> Self {
        let (rest, digest) = match reference.split_once('@') {
            Some((rest, digest)) => (rest, Some(digest.to_string())),
            None => (reference, None),
        };
        // A colon after the last slash is a tag; before it, a registry port.
        let slash = rest.rfind('/').map_or(0, |i| i + 1);
        let (name, tag) = match rest[slash..].rfind(':') {
            Some(colon) => (
                &rest[..slash + colon],
                Some(rest[slash + colon + 1..].to_string()),
            ),
            None => (rest, None),
        };
        ImageRef {
            name: normalize_name(name),
            tag,
            digest,
        }
    }

    /// Why Docker refuses `reference`, if it does: the grammar of image references, in which
    /// repository names are lowercase (`FROM SCRATCH` fails, `FROM scratch` is the empty image).
    pub fn invalid(reference: &str) -> Option<&'static str> {
        static GRAMMAR: OnceLock<Regex> = OnceLock::new();
        let grammar = GRAMMAR.get_or_init(|| {
            let path = r"[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*";
            let domain_part = r"(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])";
            let domain =
                format!(r"(?:{domain_part}(?:\.{domain_part})*|\[[a-fA-F0-9:]+\])(?::[0-9]+)?");
            let tag = r"[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}";
            let digest = r"[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}";
            Regex::new(&format!(
                r"^(?:{domain}/)?{path}(?:/{path})*(?::{tag})?(?:@{digest})?$"
            ))
            .expect("the reference grammar compiles")
        });
        if reference.is_empty() {
            Some("the reference is empty")
        } else if grammar.is_match(reference) {
            None
        } else if grammar.is_match(&reference.to_lowercase()) {
            Some("repository names must be lowercase")
        } else {
            Some("it is no valid image reference")
        }
    }

    /// The user the image's configuration runs as, for images known to set one: distroless
    /// `nonroot` tags run as 65532. `None` when unknown (most images run as root).
    pub fn known_user(&self) -> Option<&'static str> {
        let tag = self.tag.as_deref().unwrap_or("latest");
        (self.name.starts_with("gcr.io/distroless/") && tag.split('-').any(|t| t == "nonroot"))
            .then_some("65532")
    }

    /// `scratch`: the empty image, which needs no tag.
    pub fn is_scratch(&self) -> bool {
        self.name.eq_ignore_ascii_case("scratch") && self.tag.is_none() && self.digest.is_none()
    }

    /// Whether this image is what `pattern` allows: a bare repository allows any tag of it,
    /// a tag or digest only that one.
    pub fn matches(&self, pattern: &ImageRef) -> bool {
        self.name == pattern.name
            && pattern
                .tag
                .as_ref()
                .is_none_or(|tag| self.tag.as_ref() == Some(tag))
            && pattern
                .digest
                .as_ref()
                .is_none_or(|digest| self.digest.as_ref() == Some(digest))
    }
}

impl fmt::Display for ImageRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.name)?;
        if let Some(tag) = &self.tag {
            write!(f, ":{tag}")?;
        }
        if let Some(digest) = &self.digest {
            write!(f, "@{digest}")?;
        }
        Ok(())
    }
}

/// Drops Docker Hub's default registry and `library/` namespace.
fn normalize_name(name: &str) -> String {
    let mut name = name;
    for registry in ["docker.io/", "index.docker.io/", "registry-1.docker.io/"] {
        if let Some(rest) = name.strip_prefix(registry) {
            name = rest;
            break;
        }
    }
    name.strip_prefix("library/").unwrap_or(name).to_string()
}

#[cfg(test)]
mod tests {
    use super::ImageRef;

    #[test]
    fn splits_tag_and_digest() {
        let image = ImageRef::parse("golang:1.23@sha256:abc");
        assert_eq!(image.name, "golang");
        assert_eq!(image.tag.as_deref(), Some("1.23"));
        assert_eq!(image.digest.as_deref(), Some("sha256:abc"));
        assert_eq!(image.to_string(), "golang:1.23@sha256:abc");
    }

    #[test]
    fn registry_port_is_not_a_tag() {
        let image = ImageRef::parse("localhost:5000/app");
        assert_eq!(image.name, "localhost:5000/app");
        assert_eq!(image.tag, None);
        assert_eq!(
            ImageRef::parse("localhost:5000/app:v1").tag.as_deref(),
            Some("v1")
        );
    }

    #[test]
    fn docker_hub_prefixes_are_dropped() {
        assert_eq!(
            ImageRef::parse("docker.io/library/alpine:3.20"),
            ImageRef::parse("alpine:3.20")
        );
        assert_eq!(ImageRef::parse("library/alpine").name, "alpine");
        assert_eq!(
            ImageRef::parse("docker.io/bitnami/redis").name,
            "bitnami/redis"
        );
    }

    #[test]
    fn references_follow_docker_grammar() {
        for good in [
            "scratch",
            "golang:1.23",
            "docker.io/library/golang:1.23-alpine",
            "localhost:5000/a/b_c__d-e:V1.0",
            "Registry.Example.com/app",
            "gcr.io/distroless/static-debian12:nonroot@sha256:0123456789abcdef0123456789abcdef",
        ] {
            assert_eq!(ImageRef::invalid(good), None, "{good}");
        }
        assert_eq!(
            ImageRef::invalid("SCRATCH"),
            Some("repository names must be lowercase")
        );
        assert_eq!(
            ImageRef::invalid("Builder"),
            Some("repository names must be lowercase")
        );
        assert_eq!(
            ImageRef::invalid("$S"),
            Some("it is no valid image reference")
        );
        assert!(ImageRef::invalid("golang:").is_some());
        assert!(ImageRef::invalid("a//b").is_some());
    }

    #[test]
    fn distroless_nonroot_runs_as_65532() {
        let user = |r: &str| ImageRef::parse(r).known_user();
        assert_eq!(
            user("gcr.io/distroless/static-debian12:nonroot"),
            Some("65532")
        );
        assert_eq!(user("gcr.io/distroless/base:debug-nonroot"), Some("65532"));
        assert_eq!(user("gcr.io/distroless/static-debian12"), None);
        assert_eq!(user("gcr.io/distroless/static-debian12:latest"), None);
        assert_eq!(user("alpine:3.20"), None);
    }

    #[test]
    fn patterns() {
        let alpine = ImageRef::parse("alpine:3.20");
        assert!(alpine.matches(&ImageRef::parse("alpine")));
        assert!(alpine.matches(&ImageRef::parse("docker.io/library/alpine:3.20")));
        assert!(!alpine.matches(&ImageRef::parse("alpine:3.19")));
        assert!(!ImageRef::parse("alpine").matches(&alpine));
        assert!(ImageRef::parse("scratch").is_scratch());
    }
}
