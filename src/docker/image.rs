//! Facts about an image: its size and configuration (inspect), its layers and the
//! instructions that made them (history), whether paths exist in its file system, and the
//! owners and modes of the files under a path.

use std::collections::HashMap;

use bollard::Docker;
use bollard::models::{ContainerCreateBody, ImageInspect};
use bollard::query_parameters::{
    ContainerArchiveInfoOptionsBuilder, CreateContainerOptionsBuilder,
    DownloadFromContainerOptionsBuilder,
};
use futures_util::StreamExt;

use super::cleanup::ContainerGuard;

/// `Ok(None)` when there is no such image.
pub async fn inspect(
    docker: &Docker,
    reference: &str,
) -> Result<Option<ImageInspect>, bollard::errors::Error> {
    match docker.inspect_image(reference).await {
        Ok(image) => Ok(Some(image)),
        Err(bollard::errors::Error::DockerResponseServerError {
            status_code: 404, ..
        }) => Ok(None),
        Err(err) => Err(err),
    }
}

/// An image's size: the sum of its layers' sizes as `docker history` lists them. Inspect's
/// `Size` is the unpacked size on Docker's overlay2 store but the compressed content size on
/// the containerd store; history's layer sizes are unpacked on every engine and store, and the
/// learner can add them up. `Ok(None)` when there is no such image.
pub async fn size(docker: &Docker, reference: &str) -> Result<Option<u64>, bollard::errors::Error> {
    match docker.image_history(reference).await {
        Ok(history) => Ok(Some(history_size(history.iter().map(|item| item.size)))),
        Err(bollard::errors::Error::DockerResponseServerError {
            status_code: 404, ..
        }) => Ok(None),
        Err(err) => Err(err),
    }
}

/// Layer sizes added up; a negative one (never seen, but the API's type allows it) counts 0.
fn history_size(sizes: impl Iterator<Item = i64>) -> u64 {
    sizes.map(|size| size.max(0) as u64).sum()
}

/// One layer (or metadata-only step) of an image, newest first as history lists them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Layer {
    pub size: u64,
    /// The instruction as a learner wrote it, e.g. `RUN go build -o /app .`.
    pub instruction: String,
}

pub async fn layers(
    docker: &Docker,
    reference: &str,
) -> Result<Vec<Layer>, bollard::errors::Error> {
    let history = docker.image_history(reference).await?;
    Ok(history
        .into_iter()
        .map(|item| Layer {
            size: item.size.max(0) as u64,
            instruction: readable_instruction(&item.created_by),
        })
        .collect())
}

/// History's `created_by` in Dockerfile words: the classic builder writes
/// `/bin/sh -c #(nop)  CMD ["x"]` and `/bin/sh -c go build`, BuildKit `RUN /bin/sh -c go build
/// # buildkit`.
pub fn readable_instruction(created_by: &str) -> String {
    let text = created_by.trim();
    let text = text.strip_suffix("# buildkit").unwrap_or(text).trim_end();
    if let Some(rest) = text.strip_prefix("/bin/sh -c #(nop)") {
        return rest.trim().to_string();
    }
    if let Some(rest) = text.strip_prefix("/bin/sh -c ") {
        return format!("RUN {}", rest.trim());
    }
    if let Some(rest) = text.strip_prefix("RUN /bin/sh -c ") {
        return format!("RUN {}", rest.trim());
    }
    if let Some(rest) = text.strip_prefix("|") {
        // Build args first: `|1 GO=1.23 /bin/sh -c go build`.
        if let Some(at) = rest.find("/bin/sh -c ") {
            return format!("RUN {}", rest[at + "/bin/sh -c ".len()..].trim());
        }
    }
    text.to_string()
}

/// Whether each path exists in the image. A container is created (never started) so the
/// engine can look inside images without a shell, like `scratch` ones.
pub async fn paths_exist(
    docker: &Docker,
    image: &str,
    paths: &[String],
    labels: HashMap<String, String>,
) -> Result<Vec<(String, bool)>, bollard::errors::Error> {
    let body = ContainerCreateBody {
        image: Some(image.to_string()),
        // Never run; an image without CMD still needs one to be created.
        cmd: Some(vec!["dockerlings-probe".to_string()]),
        entrypoint: Some(vec![]),
        labels: Some(owner(labels)),
        network_disabled: Some(true),
        ..Default::default()
    };
    // Named and owned before the create call, so an interrupted create is removed too.
    let name = super::naming::container_name_for(&body.labels.clone().unwrap_or_default());
    let guard = ContainerGuard::new(docker, name.clone());
    docker
        .create_container(
            Some(CreateContainerOptionsBuilder::default().name(&name).build()),
            body,
        )
        .await?;
    let mut found = Vec::new();
    let mut failure = None;
    for path in paths {
        let absolute = if path.starts_with('/') {
            path.clone()
        } else {
            format!("/{path}")
        };
        let options = ContainerArchiveInfoOptionsBuilder::default()
            .path(&absolute)
            .build();
        match docker
            .get_container_archive_info(guard.id(), Some(options))
            .await
        {
            Ok(_) => found.push((path.clone(), true)),
            Err(bollard::errors::Error::DockerResponseServerError {
                status_code: 404, ..
            }) => found.push((path.clone(), false)),
            Err(err) => {
                failure = Some(err);
                break;
            }
        }
    }
    guard.remove().await;
    match failure {
        Some(err) => Err(err),
        None => Ok(found),
    }
}

/// A probe container is never started: a minute is plenty.
fn owner(mut labels: HashMap<String, String>) -> HashMap<String, String> {
    labels.extend(super::naming::owner_labels(
        std::time::SystemTime::now() + std::time::Duration::from_secs(60),
    ));
    labels
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_size_adds_up_the_layers() {
        assert_eq!(
            history_size([3_000_000, 0, 4096, -1].into_iter()),
            3_004_096
        );
        assert_eq!(history_size(std::iter::empty()), 0);
    }

    #[test]
    fn history_reads_like_the_dockerfile() {
        assert_eq!(
            readable_instruction("/bin/sh -c #(nop)  CMD [\"/app\"]"),
            "CMD [\"/app\"]"
        );
        assert_eq!(
            readable_instruction("/bin/sh -c go build -o /app ."),
            "RUN go build -o /app ."
        );
        assert_eq!(
            readable_instruction("RUN /bin/sh -c go build -o /app . # buildkit"),
            "RUN go build -o /app ."
        );
        assert_eq!(
            readable_instruction("COPY /out/app /app # buildkit"),
            "COPY /out/app /app"
        );
        assert_eq!(
            readable_instruction("|1 GO=1.23 /bin/sh -c go build"),
            "RUN go build"
        );
    }
}

/// A file, folder or link in an image, as the engine's archive of it says.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    /// Absolute, without a trailing slash.
    pub path: String,
    pub uid: u64,
    pub gid: u64,
    /// The permission bits (0o7777).
    pub mode: u32,
    pub dir: bool,
    pub symlink: bool,
}

/// Everything under each of `paths` in the image (the path itself first), or `None` for a
/// path that is not there. Like [`paths_exist`], a container is created and never started.
pub async fn entries(
    docker: &Docker,
    image: &str,
    paths: &[String],
    labels: HashMap<String, String>,
) -> Result<Vec<(String, Option<Vec<Entry>>)>, bollard::errors::Error> {
    let body = ContainerCreateBody {
        image: Some(image.to_string()),
        cmd: Some(vec!["dockerlings-probe".to_string()]),
        entrypoint: Some(vec![]),
        labels: Some(owner(labels)),
        network_disabled: Some(true),
        ..Default::default()
    };
    let name = super::naming::container_name_for(&body.labels.clone().unwrap_or_default());
    let guard = ContainerGuard::new(docker, name.clone());
    docker
        .create_container(
            Some(CreateContainerOptionsBuilder::default().name(&name).build()),
            body,
        )
        .await?;
    let mut found = Vec::new();
    let mut failure = None;
    'paths: for path in paths {
        let absolute = format!("/{}", path.trim_matches('/'));
        let options = DownloadFromContainerOptionsBuilder::default()
            .path(&absolute)
            .build();
        let mut stream = docker.download_from_container(guard.id(), Some(options));
        let mut archive = Vec::new();
        while let Some(chunk) = stream.next().await {
            match chunk {
                Ok(bytes) => archive.extend_from_slice(&bytes),
                Err(bollard::errors::Error::DockerResponseServerError {
                    status_code: 404, ..
                }) => {
                    found.push((path.clone(), None));
                    continue 'paths;
                }
                Err(err) => {
                    failure = Some(err);
                    break 'paths;
                }
            }
        }
        match read_archive(&archive, &absolute) {
            Ok(list) => found.push((path.clone(), Some(list))),
            Err(err) => {
                failure = Some(bollard::errors::Error::IOError { err });
                break;
            }
        }
    }
    guard.remove().await;
    match failure {
        Some(err) => Err(err),
        None => Ok(found),
    }
}

/// The entries of the engine's tar of `absolute`, whose names start with its last component.
fn read_archive(archive: &[u8], absolute: &str) -> std::io::Result<Vec<Entry>> {
    let parent = match absolute.rsplit_once('/') {
        Some((parent, _)) => parent.to_string(),
        None => String::new(),
    };
    let mut entries = Vec::new();
    for entry in tar::Archive::new(archive).entries()? {
        let entry = entry?;
        let header = entry.header();
        let name = entry
            .path()?
            .to_string_lossy()
            .trim_end_matches('/')
            .to_string();
        let kind = header.entry_type();
        entries.push(Entry {
            path: format!("{parent}/{name}"),
            uid: header.uid()?,
            gid: header.gid()?,
            mode: header.mode()? & 0o7777,
            dir: kind.is_dir(),
            symlink: kind.is_symlink(),
        });
    }
    Ok(entries)
}
