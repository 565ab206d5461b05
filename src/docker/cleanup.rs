//! Nothing left behind: every container dockerlings creates is owned by a guard and removed
//! on success, on failure, when the run is cancelled (a Ctrl-C cancels it) and when the guard
//! is dropped; `clean` removes whatever a workspace's labels still find. Each container is
//! named before it is created and labelled with its owner process and a deadline, so a
//! sweep at the start of the next run and a reaper process remove it even when dockerlings
//! was killed.

use std::collections::HashMap;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use bollard::Docker;
use bollard::query_parameters::{
    ListContainersOptionsBuilder, ListImagesOptionsBuilder, RemoveContainerOptionsBuilder,
    RemoveImageOptionsBuilder,
};

use super::naming;

/// Force-removes a container (stopping it if it runs) and its anonymous volumes.
pub async fn remove_container(docker: &Docker, id: &str) -> Result<(), bollard::errors::Error> {
    let options = RemoveContainerOptionsBuilder::default()
        .force(true)
        .v(true)
        .build();
    match docker.remove_container(id, Some(options)).await {
        // Already gone is what we wanted.
        Err(bollard::errors::Error::DockerResponseServerError {
            status_code: 404, ..
        }) => Ok(()),
        other => other,
    }
}

/// Owns a container: `remove` it when done; dropping the guard removes it too.
pub struct ContainerGuard {
    docker: Docker,
    id: String,
    removed: bool,
}

impl ContainerGuard {
    pub fn new(docker: &Docker, id: String) -> Self {
        ContainerGuard {
            docker: docker.clone(),
            id,
            removed: false,
        }
    }

    pub fn id(&self) -> &str {
        &self.id
    }

    pub async fn remove(mut self) {
        let _ = remove_container(&self.docker, &self.id).await;
        self.removed = true;
    }
}

impl Drop for ContainerGuard {
    fn drop(&mut self) {
        if self.removed {
            return;
        }
        let docker = self.docker.clone();
        let id = std::mem::take(&mut self.id);
        let Ok(handle) = tokio::runtime::Handle::try_current() else {
            return;
        };
        // A guard dropped by an early return or a dropped future: remove the container before
        // going on, when the runtime allows waiting here; otherwise in the background.
        if handle.runtime_flavor() == tokio::runtime::RuntimeFlavor::MultiThread {
            tokio::task::block_in_place(|| {
                handle.block_on(async {
                    let _ = tokio::time::timeout(
                        Duration::from_secs(15),
                        remove_container(&docker, &id),
                    )
                    .await;
                });
            });
        } else {
            handle.spawn(async move {
                let _ = remove_container(&docker, &id).await;
            });
        }
    }
}

/// What `clean` removed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Removed {
    pub containers: usize,
    pub images: usize,
}

/// Removes the containers (first) and images labelled with `workspace_id`.
pub async fn remove_workspace_objects(
    docker: &Docker,
    workspace_id: &str,
) -> Result<Removed, bollard::errors::Error> {
    let filters = naming::workspace_filter(workspace_id);
    let containers = docker
        .list_containers(Some(
            ListContainersOptionsBuilder::default()
                .all(true)
                .filters(&filters)
                .build(),
        ))
        .await?;
    let mut removed = Removed::default();
    for container in containers {
        if let Some(id) = container.id {
            remove_container(docker, &id).await?;
            removed.containers += 1;
        }
    }
    let images = docker
        .list_images(Some(
            ListImagesOptionsBuilder::default()
                .all(true)
                .filters(&filters)
                .build(),
        ))
        .await?;
    for image in images {
        let options = RemoveImageOptionsBuilder::default().force(true).build();
        match docker.remove_image(&image.id, Some(options), None).await {
            Ok(_) => removed.images += 1,
            // Removing a child can remove its labelled parent too.
            Err(bollard::errors::Error::DockerResponseServerError {
                status_code: 404, ..
            }) => {}
            Err(err) => return Err(err),
        }
    }
    Ok(removed)
}

/// Whether a container labelled by a process is a leftover: its deadline passed, or it was
/// made on this machine by a process that is gone. Containers without owner labels were made
/// by an older dockerlings and count as leftovers.
pub fn is_leftover(labels: &HashMap<String, String>, now: SystemTime, host: &str) -> bool {
    let expires = labels
        .get(naming::LABEL_EXPIRES)
        .and_then(|t| t.parse::<u64>().ok());
    let pid = labels
        .get(naming::LABEL_PID)
        .and_then(|p| p.parse::<i32>().ok());
    let (Some(expires), Some(pid)) = (expires, pid) else {
        return true;
    };
    if UNIX_EPOCH + Duration::from_secs(expires) <= now {
        return true;
    }
    if pid as u32 == std::process::id() {
        return false;
    }
    labels.get(naming::LABEL_HOST).map(String::as_str) == Some(host) && !process_alive(pid)
}

/// Whether a process of this machine still runs (a zombie counts as gone).
fn process_alive(pid: i32) -> bool {
    let Some(pid) = rustix::process::Pid::from_raw(pid) else {
        return false;
    };
    match rustix::process::test_kill_process(pid) {
        Ok(()) => !is_zombie(pid.as_raw_nonzero().get()),
        Err(err) => err == rustix::io::Errno::PERM,
    }
}

/// A process that exited but was not waited for: on Linux, its state letter says so.
fn is_zombie(pid: i32) -> bool {
    std::fs::read_to_string(format!("/proc/{pid}/stat"))
        .ok()
        .and_then(|stat| {
            let state = stat.rsplit_once(')')?.1.trim_start().chars().next()?;
            Some(state == 'Z')
        })
        .unwrap_or(false)
}

/// Removes the containers `filters` finds that `leftover` picks; returns how many.
async fn remove_containers_where(
    docker: &Docker,
    filters: &HashMap<String, Vec<String>>,
    leftover: impl Fn(&HashMap<String, String>) -> bool,
) -> Result<usize, bollard::errors::Error> {
    let containers = docker
        .list_containers(Some(
            ListContainersOptionsBuilder::default()
                .all(true)
                .filters(filters)
                .build(),
        ))
        .await?;
    let mut removed = 0;
    for container in containers {
        let labels = container.labels.unwrap_or_default();
        if let Some(id) = container.id
            && leftover(&labels)
        {
            remove_container(docker, &id).await?;
            removed += 1;
        }
    }
    Ok(removed)
}

/// Before a run: removes what earlier runs of this workspace left behind (containers whose
/// owner is gone or whose deadline passed, and images a newer build superseded).
pub async fn sweep(docker: &Docker, workspace_id: &str) -> Result<Removed, bollard::errors::Error> {
    let host = naming::host();
    let now = SystemTime::now();
    let filters = naming::workspace_filter(workspace_id);
    let containers =
        remove_containers_where(docker, &filters, |labels| is_leftover(labels, now, &host)).await?;
    let images = remove_superseded_images(docker, workspace_id).await?;
    Ok(Removed { containers, images })
}

/// Untagged images of this workspace: builds that a newer build of the same tag replaced.
/// Images a container still uses are kept (the engine refuses), and so are parents.
pub async fn remove_superseded_images(
    docker: &Docker,
    workspace_id: &str,
) -> Result<usize, bollard::errors::Error> {
    let mut filters = naming::workspace_filter(workspace_id);
    filters.insert("dangling".into(), vec!["true".into()]);
    let images = docker
        .list_images(Some(
            ListImagesOptionsBuilder::default()
                .filters(&filters)
                .build(),
        ))
        .await?;
    let mut removed = 0;
    for image in images {
        if remove_image_if_unused(docker, &image.id).await? {
            removed += 1;
        }
    }
    Ok(removed)
}

/// Removes an image unless something still needs it; `Ok(false)` when it stays.
pub async fn remove_image_if_unused(
    docker: &Docker,
    id: &str,
) -> Result<bool, bollard::errors::Error> {
    match docker
        .remove_image(
            id,
            None::<bollard::query_parameters::RemoveImageOptions>,
            None,
        )
        .await
    {
        Ok(_) => Ok(true),
        // Gone already, or in use by a container or as a parent.
        Err(bollard::errors::Error::DockerResponseServerError {
            status_code: 404 | 409,
            ..
        }) => Ok(false),
        Err(err) => Err(err),
    }
}

/// The reaper's round: removes the containers `owner` made on this machine whose deadline
/// passed, or all of them once `owner` is gone.
pub async fn reap(
    docker: &Docker,
    owner: u32,
    owner_gone: bool,
) -> Result<usize, bollard::errors::Error> {
    let filters = HashMap::from([(
        "label".to_string(),
        vec![
            format!("{}={owner}", naming::LABEL_PID),
            format!("{}={}", naming::LABEL_HOST, naming::host()),
        ],
    )]);
    let now = SystemTime::now();
    remove_containers_where(docker, &filters, |labels| {
        owner_gone
            || labels
                .get(naming::LABEL_EXPIRES)
                .and_then(|t| t.parse::<u64>().ok())
                .is_none_or(|t| UNIX_EPOCH + Duration::from_secs(t) <= now)
    })
    .await
}

#[cfg(test)]
mod tests {
    use super::*;

    fn labels(pid: &str, host: &str, expires: u64) -> HashMap<String, String> {
        HashMap::from([
            (naming::LABEL_PID.to_string(), pid.to_string()),
            (naming::LABEL_HOST.to_string(), host.to_string()),
            (naming::LABEL_EXPIRES.to_string(), expires.to_string()),
        ])
    }

    #[test]
    fn leftovers_are_expired_or_orphaned_containers() {
        let now = UNIX_EPOCH + Duration::from_secs(1_000);
        let me = std::process::id().to_string();
        // Ours, before its deadline: kept; after it: a leftover.
        assert!(!is_leftover(&labels(&me, "h", 2_000), now, "h"));
        assert!(is_leftover(&labels(&me, "h", 999), now, "h"));
        // A process that cannot exist: a leftover on this machine only.
        assert!(is_leftover(&labels("2147483646", "h", 2_000), now, "h"));
        assert!(!is_leftover(
            &labels("2147483646", "other", 2_000),
            now,
            "h"
        ));
        // A live process (pid 1 always runs) keeps its container.
        assert!(!is_leftover(&labels("1", "h", 2_000), now, "h"));
        // No owner labels: made by an older version.
        assert!(is_leftover(&HashMap::new(), now, "h"));
    }
}
