//! `metadata`: the image's configuration (user, exposed ports, entrypoint, cmd, workdir, env)
//! as `docker inspect` shows it.

use std::collections::BTreeMap;

use bollard::models::ImageConfig;

use serde::{Deserialize, Serialize};

use crate::checks::{CheckKind, CheckResult, Invalid, Session, Validate};
use crate::docker::image;

#[derive(Debug, Clone, Default, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// Exact user, or `non-root` for any user other than root/0.
    #[serde(default)]
    pub user: Option<String>,
    /// Ports the image must expose, e.g. `[8080]`.
    #[serde(default)]
    pub exposed_ports: Option<Vec<u16>>,
    #[serde(default)]
    pub entrypoint: Option<Vec<String>>,
    #[serde(default)]
    pub cmd: Option<Vec<String>>,
    #[serde(default)]
    pub workdir: Option<String>,
    /// Variables the image must set, with their values (`"*"` for any value).
    #[serde(default)]
    pub env: BTreeMap<String, String>,
}

impl Validate for Config {
    fn validate(&self) -> Result<(), Invalid> {
        let Config {
            user,
            exposed_ports,
            entrypoint,
            cmd,
            workdir,
            env,
        } = self;
        if user.is_none()
            && exposed_ports.is_none()
            && entrypoint.is_none()
            && cmd.is_none()
            && workdir.is_none()
            && env.is_empty()
        {
            return Err(Invalid::at(
                "metadata",
                "`metadata` checks nothing as written: set `user`, `exposed_ports`, `entrypoint`, `cmd`, `workdir` or `env`",
            ));
        }
        Ok(())
    }
}

pub fn title(_: &Config) -> String {
    "The image's configuration".into()
}

const WHY: &str = "The image's configuration is how it runs everywhere: as which user, on which port, with which command.";

pub async fn run(session: &mut Session<'_>, expected: &Config) -> CheckResult {
    let title = title(expected);
    let tag = match session.image(CheckKind::Metadata, &title).await {
        Ok(tag) => tag,
        Err(result) => return result,
    };
    let result = CheckResult::new(CheckKind::Metadata, title, WHY);
    let config = match image::inspect(session.engine.docker(), &tag).await {
        Ok(Some(image)) => image.config.unwrap_or_default(),
        Ok(None) => return result.fail(format!("the image {tag} is gone: build again")),
        Err(err) => return session.engine_error(result, "cannot inspect the image", &err),
    };
    let mismatches = compare(&config, expected);
    if mismatches.is_empty() {
        return result.pass(summary(&config));
    }
    let (found, wanted): (Vec<String>, Vec<String>) = mismatches
        .iter()
        .map(|m| {
            (
                format!("{}: {}", m.field, m.found),
                format!("{}: {}", m.field, m.expected),
            )
        })
        .unzip();
    result
        .fail(
            mismatches
                .iter()
                .map(|m| m.message.clone())
                .collect::<Vec<_>>()
                .join("; "),
        )
        .found(found.join("; "))
        .expected(wanted.join("; "))
}

#[derive(Debug, PartialEq)]
pub struct Mismatch {
    pub field: &'static str,
    pub found: String,
    pub expected: String,
    pub message: String,
}

fn shown(value: &str) -> String {
    if value.is_empty() {
        "(not set)".into()
    } else {
        format!("`{value}`")
    }
}

fn json_list(list: &[String]) -> String {
    serde_json::to_string(list).unwrap_or_default()
}

pub fn is_root(user: &str) -> bool {
    let name = user.split(':').next().unwrap_or("");
    name.is_empty() || name == "root" || name == "0"
}

pub fn compare(config: &ImageConfig, expected: &Config) -> Vec<Mismatch> {
    let mut mismatches = Vec::new();
    let user = config.user.clone().unwrap_or_default();
    match expected.user.as_deref() {
        Some("non-root") if is_root(&user) => mismatches.push(Mismatch {
            field: "user",
            found: if user.is_empty() {
                "root (no USER)".into()
            } else {
                user.clone()
            },
            expected: "a user other than root".into(),
            message: if user.is_empty() {
                "the image runs as root (no USER sets another): add `USER` with a non-root user to the final stage".into()
            } else {
                format!("the image runs as root (`USER {user}`): change that USER line to a non-root user")
            },
        }),
        Some("non-root") | None => {}
        Some(wanted) if wanted != user => mismatches.push(Mismatch {
            field: "user",
            found: shown(&user),
            expected: format!("`{wanted}`"),
            message: format!("the image runs as {} instead of `{wanted}`", shown(&user)),
        }),
        Some(_) => {}
    }
    if let Some(ports) = &expected.exposed_ports {
        let exposed = config.exposed_ports.clone().unwrap_or_default();
        let missing: Vec<String> = ports
            .iter()
            .filter(|port| {
                !exposed
                    .iter()
                    .any(|e| e == &format!("{port}/tcp") || e == &port.to_string())
            })
            .map(|port| port.to_string())
            .collect();
        if !missing.is_empty() {
            mismatches.push(Mismatch {
                field: "exposed ports",
                found: if exposed.is_empty() {
                    "none".into()
                } else {
                    exposed.join(", ")
                },
                expected: ports
                    .iter()
                    .map(|p| p.to_string())
                    .collect::<Vec<_>>()
                    .join(", "),
                message: format!(
                    "port {} is not exposed: add `EXPOSE {}`",
                    missing.join(", "),
                    missing.join(" ")
                ),
            });
        }
    }
    for (field, wanted, actual) in [
        ("entrypoint", &expected.entrypoint, &config.entrypoint),
        ("cmd", &expected.cmd, &config.cmd),
    ] {
        let Some(wanted) = wanted else { continue };
        let actual = actual.clone().unwrap_or_default();
        if &actual != wanted {
            mismatches.push(Mismatch {
                field,
                found: json_list(&actual),
                expected: json_list(wanted),
                message: format!(
                    "{} is {} instead of {}",
                    field.to_uppercase(),
                    json_list(&actual),
                    json_list(wanted)
                ),
            });
        }
    }
    if let Some(wanted) = &expected.workdir {
        let actual = config.working_dir.clone().unwrap_or_default();
        let trim = |p: &str| {
            let t = p.trim_end_matches('/');
            if t.is_empty() {
                "/".to_string()
            } else {
                t.to_string()
            }
        };
        if trim(&actual) != trim(wanted) {
            mismatches.push(Mismatch {
                field: "workdir",
                found: shown(&actual),
                expected: format!("`{wanted}`"),
                message: format!("WORKDIR is {} instead of `{wanted}`", shown(&actual)),
            });
        }
    }
    let env: BTreeMap<&str, &str> = config
        .env
        .iter()
        .flatten()
        .filter_map(|pair| pair.split_once('='))
        .collect();
    for (name, wanted) in &expected.env {
        match env.get(name.as_str()) {
            None => mismatches.push(Mismatch {
                field: "env",
                found: format!("{name} not set"),
                expected: format!("{name}={wanted}"),
                message: format!("{name} is not set: add `ENV {name}=...`"),
            }),
            Some(value) if wanted != "*" && value != wanted => mismatches.push(Mismatch {
                field: "env",
                found: format!("{name}={value}"),
                expected: format!("{name}={wanted}"),
                message: format!("{name} is `{value}` instead of `{wanted}`"),
            }),
            Some(_) => {}
        }
    }
    mismatches
}

fn summary(config: &ImageConfig) -> String {
    let user = config.user.clone().unwrap_or_default();
    let mut parts = vec![format!(
        "user {}",
        if user.is_empty() {
            "root".to_string()
        } else {
            user
        }
    )];
    if let Some(ports) = config.exposed_ports.as_ref().filter(|p| !p.is_empty()) {
        parts.push(format!("ports {}", ports.join(", ")));
    }
    if let Some(entrypoint) = config.entrypoint.as_ref().filter(|e| !e.is_empty()) {
        parts.push(format!("entrypoint {}", json_list(entrypoint)));
    }
    if let Some(cmd) = config.cmd.as_ref().filter(|c| !c.is_empty()) {
        parts.push(format!("cmd {}", json_list(cmd)));
    }
    parts.join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn config(user: &str) -> ImageConfig {
        ImageConfig {
            user: Some(user.into()),
            exposed_ports: Some(vec!["8080/tcp".into()]),
            cmd: Some(vec!["/app".into()]),
            env: Some(vec!["PATH=/bin".into(), "PORT=8080".into()]),
            working_dir: Some("/srv/".into()),
            ..Default::default()
        }
    }

    #[test]
    fn non_root_and_exact_users() {
        let want = Config {
            user: Some("non-root".into()),
            ..Default::default()
        };
        assert_eq!(compare(&config(""), &want).len(), 1);
        assert_eq!(compare(&config("0:0"), &want).len(), 1);
        assert_eq!(compare(&config("root"), &want).len(), 1);
        assert!(compare(&config("65532:65532"), &want).is_empty());
        let want = Config {
            user: Some("app".into()),
            ..Default::default()
        };
        assert!(compare(&config("app"), &want).is_empty());
        assert_eq!(compare(&config("nobody"), &want)[0].field, "user");
    }

    #[test]
    fn ports_commands_workdir_and_env() {
        let want = Config {
            exposed_ports: Some(vec![8080]),
            cmd: Some(vec!["/app".into()]),
            workdir: Some("/srv".into()),
            env: BTreeMap::from([("PORT".into(), "8080".into()), ("PATH".into(), "*".into())]),
            ..Default::default()
        };
        assert!(compare(&config("app"), &want).is_empty());
        let want = Config {
            exposed_ports: Some(vec![80]),
            entrypoint: Some(vec!["/app".into()]),
            env: BTreeMap::from([("PORT".into(), "80".into()), ("HOME".into(), "*".into())]),
            ..Default::default()
        };
        let fields: Vec<_> = compare(&config("app"), &want)
            .iter()
            .map(|m| m.field)
            .collect();
        assert_eq!(fields, vec!["exposed ports", "entrypoint", "env", "env"]);
    }
}
