//! Nothing left behind: every container dockerlings creates is owned by a guard and removed
//! on success, on failure, when the run is cancelled (a Ctrl-C cancels it) and when the guard
//! is dropped; `clean` removes whatever a workspace's labels still find.

use std::time::Duration;

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
