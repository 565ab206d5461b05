//! `writable: { paths, read_only }`: the image runs as a numeric user that is not root, can
//! write the folders it declares (`paths`) and nothing else under `read_only`: no file there is
//! owned by that user (an owner can always `chmod` it back) or writable through its group or by
//! everyone. Read from the owners and modes in the image, without running it.

use serde::{Deserialize, Serialize};

use crate::checks::{CheckKind, CheckResult, Invalid, NonEmpty, Session, Validate};
use crate::docker::image::{self, Entry};
use crate::docker::naming::ObjectKind;

#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// Folders the image's user must be able to write (a data or cache folder).
    #[serde(default)]
    pub paths: Vec<String>,
    /// Folders under which nothing else is the user's or writable by it (the app's files).
    pub read_only: NonEmpty<String>,
}

impl Validate for Config {
    fn validate(&self) -> Result<(), Invalid> {
        for path in self.paths.iter().chain(self.read_only.iter()) {
            if !path.starts_with('/') {
                return Err(Invalid::at(
                    "writable",
                    format!("`{path}` is not an absolute path in the image: write it from /"),
                ));
            }
        }
        Ok(())
    }
}

pub fn title(config: &Config) -> String {
    let read_only = config.read_only.join(", ");
    match config.paths.as_slice() {
        [] => format!("A numeric non-root user that can write nothing under {read_only}"),
        paths => format!(
            "A numeric non-root user that can write {} and nothing else under {read_only}",
            paths.join(", ")
        ),
    }
}

const WHY: &str = "An app that cannot change its own code cannot be made to run other code by whoever breaks into it; a numeric user lets the runtime prove it is not root (Kubernetes' runAsNonRoot refuses a user name it cannot resolve).";

/// How many offending files a failure lists.
const LISTED: usize = 5;

/// The image's user, as numbers.
#[derive(Debug, Clone, Copy, PartialEq)]
struct User {
    uid: u64,
    /// `None` when USER names no group: the primary group of the uid in /etc/passwd, or 0.
    gid: Option<u64>,
}

impl User {
    /// Whether this user can write `entry` (a file, or a folder: create and delete in it).
    fn can_write(&self, entry: &Entry) -> bool {
        if entry.uid == self.uid {
            return entry.mode & 0o200 != 0;
        }
        // An unknown group may be root's (0): count the group bits against it.
        let in_group = self.gid.is_none_or(|gid| gid == entry.gid);
        (in_group && entry.mode & 0o020 != 0) || entry.mode & 0o002 != 0
    }
}

/// `USER 10001:10001` → the numbers; a name, root or no USER → why not.
fn parse_user(user: &str) -> Result<User, String> {
    let (name, group) = match user.split_once(':') {
        Some((name, group)) => (name, Some(group)),
        None => (user, None),
    };
    if name.is_empty() || name == "root" || name == "0" {
        return Err(if name.is_empty() {
            "the image runs as root (no USER sets another): add `USER 10001:10001`, a number that is not 0, to the final stage".into()
        } else {
            format!(
                "the image runs as root (`USER {user}`): change it to a number that is not 0, like `USER 10001:10001`"
            )
        });
    }
    let Ok(uid) = name.parse::<u64>() else {
        return Err(format!(
            "`USER {user}` names the user: use its number (`USER 10001:10001`), which the runtime can check is not root without reading the image's /etc/passwd"
        ));
    };
    let gid = match group {
        None => None,
        Some(group) => Some(group.parse::<u64>().map_err(|_| {
            format!("`USER {user}` names the group: use its number too, like `USER {uid}:{uid}`")
        })?),
    };
    Ok(User { uid, gid })
}

/// `/app/data` is `/app/data` or under it.
fn within(path: &str, folder: &str) -> bool {
    let folder = folder.trim_end_matches('/');
    path == folder || path.starts_with(&format!("{folder}/"))
}

/// `drwxr-xr-x 10001:10001 /app/main.py`.
fn describe(entry: &Entry) -> String {
    let mut text = String::from(if entry.dir { "d" } else { "-" });
    for shift in [6, 3, 0] {
        let bits = (entry.mode >> shift) & 0o7;
        text.push(if bits & 4 != 0 { 'r' } else { '-' });
        text.push(if bits & 2 != 0 { 'w' } else { '-' });
        text.push(if bits & 1 != 0 { 'x' } else { '-' });
    }
    format!("{text} {}:{} {}", entry.uid, entry.gid, entry.path)
}

pub async fn run(session: &mut Session<'_>, config: &Config) -> CheckResult {
    let title = title(config);
    let tag = match session.image(CheckKind::Writable, &title).await {
        Ok(tag) => tag,
        Err(result) => return result,
    };
    let result = CheckResult::new(CheckKind::Writable, title, WHY);
    let docker = session.engine.docker();
    let user = match image::inspect(docker, &tag).await {
        Ok(Some(image)) => image.config.and_then(|c| c.user).unwrap_or_default(),
        Ok(None) => return result.fail(format!("the image {tag} is gone: build again")),
        Err(err) => return result.fail(format!("cannot inspect the image: {err}")),
    };
    let parsed = match parse_user(&user) {
        Ok(parsed) => parsed,
        Err(message) => {
            return result
                .fail(message)
                .found(if user.is_empty() {
                    "root (no USER)".to_string()
                } else {
                    format!("USER {user}")
                })
                .expected("a numeric user that is not root, like USER 10001:10001");
        }
    };
    let wanted: Vec<String> = config
        .paths
        .iter()
        .chain(config.read_only.iter())
        .cloned()
        .collect();
    let found = match image::entries(docker, &tag, &wanted, session.labels(ObjectKind::Probe)).await
    {
        Ok(found) => found,
        Err(err) => return result.fail(format!("cannot look inside the image: {err}")),
    };
    let listing = |path: &String| {
        found
            .iter()
            .find(|(p, _)| p == path)
            .and_then(|(_, entries)| entries.as_ref())
    };
    judge(config, &user, parsed, listing, result)
}

fn judge<'a>(
    config: &Config,
    user: &str,
    parsed: User,
    listing: impl Fn(&String) -> Option<&'a Vec<Entry>>,
    result: CheckResult,
) -> CheckResult {
    let mut problems = Vec::new();
    let mut details = Vec::new();
    for path in &config.paths {
        match listing(path).and_then(|entries| entries.first()) {
            None => problems.push(format!(
                "{path} is not in the image: create it (a COPY --chown of a folder, or a RUN mkdir in a stage with a shell)"
            )),
            Some(top) if !top.dir => problems.push(format!("{path} is a file, not a folder")),
            Some(top) if !parsed.can_write(top) => {
                problems.push(format!(
                    "user {user} cannot write {path} ({}): give it that folder with COPY --chown={user} or chown",
                    describe(top)
                ));
            }
            Some(_) => {}
        }
    }
    let mut checked = 0;
    let mut offending: Vec<&Entry> = Vec::new();
    for root in config.read_only.iter() {
        let Some(entries) = listing(root) else {
            problems.push(format!("{root} is not in the image"));
            continue;
        };
        for entry in entries {
            // A link's own mode says nothing; what it points to is checked where it lies.
            if entry.symlink || config.paths.iter().any(|w| within(&entry.path, w)) {
                continue;
            }
            checked += 1;
            if entry.uid == parsed.uid || parsed.can_write(entry) {
                offending.push(entry);
            }
        }
    }
    if !offending.is_empty() {
        let owned = offending.iter().filter(|e| e.uid == parsed.uid).count();
        let mut message = format!(
            "user {user} can change {} of the {checked} files and folders under {}",
            offending.len(),
            config.read_only.join(", ")
        );
        if owned > 0 {
            message.push_str(&format!(
                " ({owned} of them its own: a COPY --chown, or a chown, gave them to it; an owner can always chmod)"
            ));
        }
        message.push_str(": copy the app as root's, and --chown only the folder it writes");
        problems.push(message);
        details.push(format!("user {user} can change (mode, owner, path):"));
        details.extend(offending.iter().take(LISTED).map(|e| describe(e)));
        if offending.len() > LISTED {
            details.push(format!("… and {} more", offending.len() - LISTED));
        }
    }
    if problems.is_empty() {
        let writable = match config.paths.as_slice() {
            [] => "nothing".to_string(),
            paths => paths.join(", "),
        };
        return result.pass(format!(
            "runs as {user}, which can write {writable}; none of the other {checked} files and folders under {} is its own or writable by it",
            config.read_only.join(", ")
        ));
    }
    result
        .fail(problems.join("; "))
        .expected(format!(
            "user {user} writes {} only",
            if config.paths.is_empty() {
                "nothing".to_string()
            } else {
                config.paths.join(", ")
            }
        ))
        .details(details)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(path: &str, uid: u64, gid: u64, mode: u32, dir: bool) -> Entry {
        Entry {
            path: path.into(),
            uid,
            gid,
            mode,
            dir,
            symlink: false,
        }
    }

    fn config() -> Config {
        Config {
            paths: vec!["/app/data".into()],
            read_only: NonEmpty::new(vec!["/app".to_string()]).unwrap(),
        }
    }

    fn run_on(user: &str, app: Vec<Entry>, data: Option<Vec<Entry>>) -> CheckResult {
        let parsed = parse_user(user).unwrap();
        let result = CheckResult::new(CheckKind::Writable, "t", "w");
        let app_path = "/app".to_string();
        judge(
            &config(),
            user,
            parsed,
            |path: &String| {
                if *path == app_path {
                    Some(&app)
                } else {
                    data.as_ref()
                }
            },
            result,
        )
    }

    #[test]
    fn users_must_be_numbers_and_not_root() {
        assert_eq!(
            parse_user("10001:10001"),
            Ok(User {
                uid: 10001,
                gid: Some(10001)
            })
        );
        assert_eq!(
            parse_user("65532"),
            Ok(User {
                uid: 65532,
                gid: None
            })
        );
        for user in ["", "root", "0", "0:0"] {
            assert!(parse_user(user).unwrap_err().contains("root"), "{user}");
        }
        assert!(parse_user("app").unwrap_err().contains("names the user"));
        assert!(
            parse_user("10001:app")
                .unwrap_err()
                .contains("names the group")
        );
    }

    #[test]
    fn the_app_read_only_and_the_data_folder_writable_passes() {
        let data = vec![entry("/app/data", 10001, 10001, 0o755, true)];
        let mut app = vec![
            entry("/app", 0, 0, 0o755, true),
            entry("/app/main.py", 0, 0, 0o644, false),
        ];
        app.extend(data.clone());
        let result = run_on("10001:10001", app, Some(data));
        assert!(result.passed(), "{}", result.message);
        assert!(
            result.message.contains("other 2 files"),
            "{}",
            result.message
        );
    }

    #[test]
    fn files_given_to_the_user_or_open_to_all_fail() {
        let data = vec![entry("/app/data", 10001, 10001, 0o755, true)];
        let app = vec![
            entry("/app", 10001, 10001, 0o755, true),
            // Its own, even read-only: an owner can chmod it back.
            entry("/app/main.py", 10001, 10001, 0o444, false),
            entry("/app/config", 0, 0, 0o666, false),
            entry("/app/ok.py", 0, 0, 0o644, false),
        ];
        let result = run_on("10001:10001", app, Some(data));
        assert!(!result.passed());
        assert!(
            result.message.contains("can change 3 of the 4"),
            "{}",
            result.message
        );
        assert!(result.message.contains("2 of them its own"));
        assert!(
            result
                .details
                .iter()
                .any(|d| d == "-r--r--r-- 10001:10001 /app/main.py")
        );
    }

    #[test]
    fn a_missing_or_closed_data_folder_fails() {
        let app = vec![entry("/app", 0, 0, 0o755, true)];
        let result = run_on("10001:10001", app.clone(), None);
        assert!(result.message.contains("/app/data is not in the image"));
        let data = vec![entry("/app/data", 0, 0, 0o755, true)];
        let result = run_on("10001:10001", app, Some(data));
        assert!(result.message.contains("cannot write /app/data"));
    }

    #[test]
    fn without_a_group_the_group_bits_count_as_root_s() {
        let user = parse_user("10001").unwrap();
        assert!(user.can_write(&entry("/x", 0, 0, 0o775, true)));
        let user = parse_user("10001:10001").unwrap();
        assert!(!user.can_write(&entry("/x", 0, 0, 0o775, true)));
        assert!(user.can_write(&entry("/x", 0, 0, 0o777, true)));
    }
}
