//! Where the Docker engine is, found the way Docker users expect: `--host`, then
//! `DOCKER_HOST`, then the current context (`DOCKER_CONTEXT` or `currentContext` in
//! `$DOCKER_CONFIG/config.json`), then the sockets that Docker Engine, Docker Desktop,
//! rootless Docker, Colima, OrbStack and Podman create.
//!
//! The search is a pure function of the flag, the environment and the files it can read, so
//! every rule is unit-tested; connecting and pinging happen in `connect`.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::Serialize;

/// What the search reads from the outside world.
pub trait Files {
    fn read_to_string(&self, path: &Path) -> Option<String>;
    fn exists(&self, path: &Path) -> bool;
    /// File names in a directory (empty when it does not exist).
    fn list_dir(&self, path: &Path) -> Vec<String>;
}

/// The real file system.
pub struct RealFiles;

impl Files for RealFiles {
    fn read_to_string(&self, path: &Path) -> Option<String> {
        std::fs::read_to_string(path).ok()
    }

    fn exists(&self, path: &Path) -> bool {
        path.exists()
    }

    fn list_dir(&self, path: &Path) -> Vec<String> {
        std::fs::read_dir(path)
            .map(|entries| {
                entries
                    .filter_map(|e| e.ok())
                    .filter_map(|e| e.file_name().into_string().ok())
                    .collect()
            })
            .unwrap_or_default()
    }
}

/// The environment variables the search reads.
pub const ENV_VARS: &[&str] = &[
    "DOCKER_HOST",
    "DOCKER_CONTEXT",
    "DOCKER_CONFIG",
    "DOCKER_TLS_VERIFY",
    "DOCKER_CERT_PATH",
    "XDG_RUNTIME_DIR",
    "HOME",
];

pub fn real_env() -> BTreeMap<String, String> {
    ENV_VARS
        .iter()
        .filter_map(|name| {
            std::env::var(name)
                .ok()
                .map(|value| (name.to_string(), value))
        })
        .collect()
}

/// TLS client files for a `tcp://` endpoint.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Tls {
    pub ca: PathBuf,
    pub cert: PathBuf,
    pub key: PathBuf,
}

/// An address to try.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Endpoint {
    /// `unix:///path`, `tcp://host:port` or `ssh://user@host`.
    pub host: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tls: Option<Tls>,
}

impl Endpoint {
    pub fn socket_path(&self) -> Option<&Path> {
        self.host.strip_prefix("unix://").map(Path::new)
    }
}

/// What the search decided about one place.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "decision", rename_all = "snake_case")]
pub enum Decision {
    /// Connect here (and, for an explicit setting, nowhere else).
    Try { endpoint: Endpoint },
    /// Not set, or not there.
    Absent { why: String },
    /// Set but unusable, e.g. a context that does not exist.
    Invalid { why: String, fix: String },
    /// Not looked at, because an earlier explicit setting wins.
    Shadowed { by: String },
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Candidate {
    /// Where the address comes from: `--host`, `DOCKER_HOST`, `context "colima"`, `Colima`...
    pub source: String,
    pub decision: Decision,
    /// An explicit choice is the only one tried: falling back to another engine behind the
    /// user's back would build with the wrong one.
    pub explicit: bool,
}

/// The result of the search, in order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Search {
    pub candidates: Vec<Candidate>,
}

impl Search {
    /// The endpoints to try, in order.
    pub fn to_try(&self) -> impl Iterator<Item = (&Candidate, &Endpoint)> {
        self.candidates.iter().filter_map(|c| match &c.decision {
            Decision::Try { endpoint } => Some((c, endpoint)),
            _ => None,
        })
    }

    /// The explicit setting that could not be used, if that is what stopped the search.
    pub fn invalid(&self) -> Option<(&Candidate, &str, &str)> {
        self.candidates.iter().find_map(|c| match &c.decision {
            Decision::Invalid { why, fix } => Some((c, why.as_str(), fix.as_str())),
            _ => None,
        })
    }
}

/// Runs the search. `flag` is `--host`, `env` the variables of `ENV_VARS`.
pub fn search(flag: Option<&str>, env: &BTreeMap<String, String>, files: &dyn Files) -> Search {
    let var = |name: &str| env.get(name).map(String::as_str).filter(|v| !v.is_empty());
    let home = var("HOME").map(PathBuf::from);
    let mut candidates = Vec::new();
    let mut chosen: Option<String> = None;

    let mut explicit = |source: &str, value: Option<Decision>, not_set: &str| {
        let decision = match (&chosen, value) {
            (Some(by), Some(_)) => Decision::Shadowed { by: by.clone() },
            (_, None) => Decision::Absent {
                why: not_set.to_string(),
            },
            (None, Some(decision)) => {
                chosen = Some(source.to_string());
                decision
            }
        };
        candidates.push(Candidate {
            source: source.to_string(),
            decision,
            explicit: true,
        });
    };

    explicit(
        "--host",
        flag.filter(|f| !f.is_empty())
            .map(|host| host_decision(host, env, home.as_deref())),
        "not given",
    );
    explicit(
        "DOCKER_HOST",
        var("DOCKER_HOST").map(|host| host_decision(host, env, home.as_deref())),
        "not set",
    );

    let config_dir = var("DOCKER_CONFIG")
        .map(PathBuf::from)
        .or_else(|| home.as_ref().map(|h| h.join(".docker")));
    let (context_name, context_source) = match var("DOCKER_CONTEXT") {
        Some(name) => (Some(name.to_string()), "DOCKER_CONTEXT".to_string()),
        None => {
            let current = config_dir
                .as_ref()
                .and_then(|dir| files.read_to_string(&dir.join("config.json")))
                .and_then(|text| serde_json::from_str::<serde_json::Value>(&text).ok())
                .and_then(|config| {
                    config
                        .get("currentContext")
                        .and_then(|v| v.as_str())
                        .map(str::to_string)
                })
                .filter(|name| !name.is_empty());
            (current, "currentContext in config.json".to_string())
        }
    };
    let context_decision = match context_name.as_deref() {
        // `default` is the engine of DOCKER_HOST or the standard socket: the rest of the search.
        None | Some("default") => None,
        Some(name) => Some(context_decision(name, config_dir.as_deref(), files)),
    };
    let context_label = match &context_name {
        Some(name) => format!("{context_source} (\"{name}\")"),
        None => "DOCKER_CONTEXT / currentContext".to_string(),
    };
    let not_set = match &context_name {
        Some(_) => "the default context: the sockets below",
        None => "no context chosen",
    };
    explicit(&context_label, context_decision, not_set);

    let runtime_dir = var("XDG_RUNTIME_DIR").map(PathBuf::from);
    let known: Vec<(&str, Option<PathBuf>)> = vec![
        ("Docker Engine", Some(PathBuf::from("/var/run/docker.sock"))),
        (
            "Docker Desktop",
            home.as_ref().map(|h| h.join(".docker/run/docker.sock")),
        ),
        (
            "rootless Docker",
            runtime_dir.as_ref().map(|d| d.join("docker.sock")),
        ),
        (
            "Colima",
            home.as_ref().map(|h| h.join(".colima/default/docker.sock")),
        ),
        (
            "OrbStack",
            home.as_ref().map(|h| h.join(".orbstack/run/docker.sock")),
        ),
        (
            "Podman",
            runtime_dir.as_ref().map(|d| d.join("podman/podman.sock")),
        ),
    ];
    for (name, path) in known {
        let decision = match (&chosen, path) {
            (Some(by), _) => Decision::Shadowed { by: by.clone() },
            (None, None) => Decision::Absent {
                why: format!(
                    "{} is not set, so its socket cannot be placed",
                    if name == "rootless Docker" || name == "Podman" {
                        "XDG_RUNTIME_DIR"
                    } else {
                        "HOME"
                    }
                ),
            },
            (None, Some(path)) if files.exists(&path) => Decision::Try {
                endpoint: Endpoint {
                    host: format!("unix://{}", path.display()),
                    tls: None,
                },
            },
            (None, Some(path)) => Decision::Absent {
                why: format!("no socket at {}", path.display()),
            },
        };
        candidates.push(Candidate {
            source: name.to_string(),
            decision,
            explicit: false,
        });
    }
    Search { candidates }
}

/// A host URL from `--host`, `DOCKER_HOST` or a context, with TLS files when asked for.
fn host_decision(host: &str, env: &BTreeMap<String, String>, home: Option<&Path>) -> Decision {
    let host = host.trim();
    let (scheme, rest) = match host.split_once("://") {
        Some(parts) => parts,
        // `docker -H /path.sock` and `-H host:2375` are accepted by the CLI too.
        None if host.starts_with('/') => ("unix", host),
        None => ("tcp", host),
    };
    let tls_verify = env
        .get("DOCKER_TLS_VERIFY")
        .is_some_and(|v| !v.is_empty() && v != "0");
    match scheme {
        "unix" => Decision::Try {
            endpoint: Endpoint {
                host: format!("unix://{rest}"),
                tls: None,
            },
        },
        "tcp" | "http" | "https" => {
            let tls = tls_verify || scheme == "https";
            let address = if has_port(rest) {
                rest.trim_end_matches('/').to_string()
            } else {
                // The CLI's defaults: 2376 with TLS, 2375 without.
                format!(
                    "{}:{}",
                    rest.trim_end_matches('/'),
                    if tls { 2376 } else { 2375 }
                )
            };
            let tls = tls.then(|| {
                let dir = env
                    .get("DOCKER_CERT_PATH")
                    .filter(|v| !v.is_empty())
                    .map(PathBuf::from)
                    .or_else(|| home.map(|h| h.join(".docker")))
                    .unwrap_or_else(|| PathBuf::from(".docker"));
                Tls {
                    ca: dir.join("ca.pem"),
                    cert: dir.join("cert.pem"),
                    key: dir.join("key.pem"),
                }
            });
            Decision::Try {
                endpoint: Endpoint {
                    host: format!("tcp://{address}"),
                    tls,
                },
            }
        }
        "ssh" => Decision::Try {
            endpoint: Endpoint {
                host: format!("ssh://{rest}"),
                tls: None,
            },
        },
        "npipe" => Decision::Invalid {
            why: format!("{host} is a Windows named pipe"),
            fix: "run dockerlings on Windows for named pipes, or point --host at a tcp:// or unix:// engine".into(),
        },
        other => Decision::Invalid {
            why: format!("`{other}://` is not a Docker address scheme"),
            fix: "use unix:///path/docker.sock, tcp://host:2375 (or :2376 with DOCKER_TLS_VERIFY=1) or ssh://user@host".into(),
        },
    }
}

fn has_port(address: &str) -> bool {
    let address = address.trim_end_matches('/');
    match address.rsplit_once(':') {
        // `[::1]:2375` has a port, `[::1]` does not.
        Some((_, port)) => !port.is_empty() && port.chars().all(|c| c.is_ascii_digit()),
        None => false,
    }
}

/// A named context: `contexts/meta/<sha256 of the name>/meta.json` holds its docker endpoint,
/// and `contexts/tls/<same>/docker/` its TLS files.
fn context_decision(name: &str, config_dir: Option<&Path>, files: &dyn Files) -> Decision {
    let Some(config_dir) = config_dir else {
        return Decision::Invalid {
            why: format!(
                "context \"{name}\" is chosen but there is no Docker config folder (HOME and DOCKER_CONFIG are unset)"
            ),
            fix: "set DOCKER_CONFIG to the folder with contexts/, or pass --host".into(),
        };
    };
    let meta_root = config_dir.join("contexts/meta");
    for dir in files.list_dir(&meta_root) {
        let Some(meta) = files
            .read_to_string(&meta_root.join(&dir).join("meta.json"))
            .and_then(|text| serde_json::from_str::<serde_json::Value>(&text).ok())
        else {
            continue;
        };
        if meta.get("Name").and_then(|v| v.as_str()) != Some(name) {
            continue;
        }
        let docker = meta.get("Endpoints").and_then(|e| e.get("docker"));
        let Some(host) = docker.and_then(|d| d.get("Host")).and_then(|h| h.as_str()) else {
            return Decision::Invalid {
                why: format!("context \"{name}\" has no Docker endpoint"),
                fix: format!(
                    "`docker context inspect {name}` shows it; choose another with `docker context use NAME`"
                ),
            };
        };
        let skip_verify = docker
            .and_then(|d| d.get("SkipTLSVerify"))
            .and_then(|v| v.as_bool())
            .unwrap_or(false);
        let tls_dir = config_dir.join("contexts/tls").join(&dir).join("docker");
        let mut decision = host_decision(host, &BTreeMap::new(), None);
        if let Decision::Try { endpoint } = &mut decision
            && endpoint.host.starts_with("tcp://")
            && !skip_verify
            && files.exists(&tls_dir.join("ca.pem"))
        {
            endpoint.tls = Some(Tls {
                ca: tls_dir.join("ca.pem"),
                cert: tls_dir.join("cert.pem"),
                key: tls_dir.join("key.pem"),
            });
        }
        return decision;
    }
    Decision::Invalid {
        why: format!(
            "context \"{name}\" does not exist in {}",
            meta_root.display()
        ),
        fix: "`docker context ls` lists the contexts; `docker context use default` goes back to the local engine".into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::{BTreeMap, BTreeSet};

    #[derive(Default)]
    struct FakeFiles {
        files: BTreeMap<PathBuf, String>,
        sockets: BTreeSet<PathBuf>,
    }

    impl FakeFiles {
        fn file(mut self, path: &str, text: &str) -> Self {
            self.files.insert(PathBuf::from(path), text.to_string());
            self
        }

        fn socket(mut self, path: &str) -> Self {
            self.sockets.insert(PathBuf::from(path));
            self
        }
    }

    impl Files for FakeFiles {
        fn read_to_string(&self, path: &Path) -> Option<String> {
            self.files.get(path).cloned()
        }

        fn exists(&self, path: &Path) -> bool {
            self.sockets.contains(path) || self.files.contains_key(path)
        }

        fn list_dir(&self, path: &Path) -> Vec<String> {
            let mut names: BTreeSet<String> = BTreeSet::new();
            for file in self.files.keys() {
                if let Ok(rest) = file.strip_prefix(path)
                    && let Some(first) = rest.components().next()
                {
                    names.insert(first.as_os_str().to_string_lossy().into_owned());
                }
            }
            names.into_iter().collect()
        }
    }

    fn env(pairs: &[(&str, &str)]) -> BTreeMap<String, String> {
        let mut env: BTreeMap<String, String> = pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        env.entry("HOME".into()).or_insert_with(|| "/home/u".into());
        env
    }

    fn tried(search: &Search) -> Vec<String> {
        search
            .to_try()
            .map(|(c, e)| format!("{}={}", c.source, e.host))
            .collect()
    }

    #[test]
    fn the_flag_wins_over_everything() {
        let files = FakeFiles::default().socket("/var/run/docker.sock");
        let s = search(
            Some("unix:///tmp/d.sock"),
            &env(&[("DOCKER_HOST", "tcp://x:1")]),
            &files,
        );
        assert_eq!(tried(&s), vec!["--host=unix:///tmp/d.sock"]);
        assert!(matches!(
            s.candidates[1].decision,
            Decision::Shadowed { ref by } if by == "--host"
        ));
        assert!(matches!(s.candidates[2].decision, Decision::Absent { .. }));
        assert!(
            s.candidates
                .iter()
                .filter(|c| !c.explicit)
                .all(|c| matches!(c.decision, Decision::Shadowed { .. }))
        );
    }

    #[test]
    fn docker_host_with_tls_and_default_ports() {
        let files = FakeFiles::default();
        let s = search(
            None,
            &env(&[("DOCKER_HOST", "tcp://build.example")]),
            &files,
        );
        assert_eq!(tried(&s), vec!["DOCKER_HOST=tcp://build.example:2375"]);
        let s = search(
            None,
            &env(&[
                ("DOCKER_HOST", "tcp://build.example:2376"),
                ("DOCKER_TLS_VERIFY", "1"),
                ("DOCKER_CERT_PATH", "/certs"),
            ]),
            &files,
        );
        let (_, endpoint) = s.to_try().next().unwrap();
        assert_eq!(
            endpoint.tls,
            Some(Tls {
                ca: "/certs/ca.pem".into(),
                cert: "/certs/cert.pem".into(),
                key: "/certs/key.pem".into()
            })
        );
        let s = search(
            None,
            &env(&[("DOCKER_HOST", "tcp://h"), ("DOCKER_TLS_VERIFY", "1")]),
            &files,
        );
        let (_, endpoint) = s.to_try().next().unwrap();
        assert_eq!(endpoint.host, "tcp://h:2376");
        assert_eq!(
            endpoint.tls.as_ref().unwrap().ca,
            PathBuf::from("/home/u/.docker/ca.pem")
        );
    }

    #[test]
    fn ssh_and_bad_schemes() {
        let files = FakeFiles::default();
        let s = search(None, &env(&[("DOCKER_HOST", "ssh://me@box")]), &files);
        assert_eq!(tried(&s), vec!["DOCKER_HOST=ssh://me@box"]);
        let s = search(Some("ftp://x"), &env(&[]), &files);
        assert!(s.invalid().is_some());
        assert_eq!(tried(&s), Vec::<String>::new());
    }

    const META: &str = r#"{"Name":"colima","Metadata":{},"Endpoints":{"docker":{"Host":"unix:///home/u/.colima/default/docker.sock","SkipTLSVerify":false}}}"#;

    #[test]
    fn the_current_context_of_config_json() {
        let files = FakeFiles::default()
            .file(
                "/home/u/.docker/config.json",
                r#"{"currentContext":"colima"}"#,
            )
            .file("/home/u/.docker/contexts/meta/abc123/meta.json", META)
            .socket("/var/run/docker.sock");
        let s = search(None, &env(&[]), &files);
        assert_eq!(
            tried(&s),
            vec![
                "currentContext in config.json (\"colima\")=unix:///home/u/.colima/default/docker.sock"
            ]
        );
    }

    #[test]
    fn docker_context_and_docker_config_override_the_file() {
        let files = FakeFiles::default()
            .file("/cfg/config.json", r#"{"currentContext":"other"}"#)
            .file("/cfg/contexts/meta/abc123/meta.json", META);
        let s = search(
            None,
            &env(&[("DOCKER_CONFIG", "/cfg"), ("DOCKER_CONTEXT", "colima")]),
            &files,
        );
        assert_eq!(s.to_try().count(), 1);
        assert!(s.candidates[2].source.starts_with("DOCKER_CONTEXT"));
    }

    #[test]
    fn a_missing_context_is_an_error_with_a_fix() {
        let files = FakeFiles::default()
            .file(
                "/home/u/.docker/config.json",
                r#"{"currentContext":"gone"}"#,
            )
            .socket("/var/run/docker.sock");
        let s = search(None, &env(&[]), &files);
        let (_, why, fix) = s.invalid().unwrap();
        assert!(why.contains("\"gone\" does not exist"), "{why}");
        assert!(fix.contains("docker context"), "{fix}");
        assert_eq!(
            s.to_try().count(),
            0,
            "no silent fallback to another engine"
        );
    }

    #[test]
    fn the_default_context_falls_through_to_the_sockets() {
        let files = FakeFiles::default()
            .file(
                "/home/u/.docker/config.json",
                r#"{"currentContext":"default"}"#,
            )
            .socket("/var/run/docker.sock");
        let s = search(None, &env(&[]), &files);
        assert_eq!(tried(&s), vec!["Docker Engine=unix:///var/run/docker.sock"]);
    }

    #[test]
    fn known_sockets_in_order() {
        let files = FakeFiles::default()
            .socket("/run/user/1000/docker.sock")
            .socket("/home/u/.orbstack/run/docker.sock")
            .socket("/run/user/1000/podman/podman.sock");
        let s = search(None, &env(&[("XDG_RUNTIME_DIR", "/run/user/1000")]), &files);
        assert_eq!(
            tried(&s),
            vec![
                "rootless Docker=unix:///run/user/1000/docker.sock",
                "OrbStack=unix:///home/u/.orbstack/run/docker.sock",
                "Podman=unix:///run/user/1000/podman/podman.sock",
            ]
        );
        let absent = s
            .candidates
            .iter()
            .find(|c| c.source == "Docker Engine")
            .unwrap();
        assert!(
            matches!(absent.decision, Decision::Absent { ref why } if why.contains("/var/run/docker.sock"))
        );
    }

    #[test]
    fn nothing_found() {
        let s = search(None, &env(&[]), &FakeFiles::default());
        assert_eq!(s.to_try().count(), 0);
        assert!(s.invalid().is_none());
    }

    #[test]
    fn context_tls_files() {
        let meta = r#"{"Name":"remote","Endpoints":{"docker":{"Host":"tcp://10.0.0.5:2376"}}}"#;
        let files = FakeFiles::default()
            .file("/home/u/.docker/contexts/meta/h1/meta.json", meta)
            .file("/home/u/.docker/contexts/tls/h1/docker/ca.pem", "x");
        let s = search(None, &env(&[("DOCKER_CONTEXT", "remote")]), &files);
        let (_, endpoint) = s.to_try().next().unwrap();
        assert_eq!(endpoint.host, "tcp://10.0.0.5:2376");
        assert_eq!(
            endpoint.tls.as_ref().unwrap().ca,
            PathBuf::from("/home/u/.docker/contexts/tls/h1/docker/ca.pem")
        );
    }
}
