//! Facts about an image: its size and configuration (inspect), its layers and the
//! instructions that made them (history), whether paths exist in its file system, and the
//! owners and modes of the files under a path.

use std::collections::HashMap;

use bollard::Docker;
use bollard::models::{ContainerCreateBody, ImageInspect};
use bollard::query_parameters::{
    ContainerArchiveInfoOptionsBuilder, CreateContainerOptionsBuilder,
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
/// path that is not there. A container is created (never started) and exported: the export
/// keeps every file's owner, where Podman's archive of a path gives them all to the
/// container's user.
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
    let exported = export_to_file(docker, guard.id()).await;
    guard.remove().await;
    let mut file = exported?;
    let io = |err| bollard::errors::Error::IOError { err };
    std::io::Seek::rewind(&mut file).map_err(io)?;
    read_archive(file, paths).map_err(io)
}

/// The container's file system as a tar, in a temporary file (it can be hundreds of MB).
async fn export_to_file(
    docker: &Docker,
    container: &str,
) -> Result<std::fs::File, bollard::errors::Error> {
    use std::io::Write;
    let io = |err| bollard::errors::Error::IOError { err };
    let mut file = tempfile::tempfile().map_err(io)?;
    let mut stream = docker.export_container(container);
    while let Some(chunk) = stream.next().await {
        file.write_all(&chunk?).map_err(io)?;
    }
    Ok(file)
}

/// The entries of a file system's tar under each of `paths`.
fn read_archive(
    archive: impl std::io::Read,
    paths: &[String],
) -> std::io::Result<Vec<(String, Option<Vec<Entry>>)>> {
    let wanted: Vec<String> = paths
        .iter()
        .map(|p| format!("/{}", p.trim_matches('/')))
        .collect();
    let mut found: Vec<Vec<Entry>> = vec![Vec::new(); paths.len()];
    for entry in tar::Archive::new(archive).entries()? {
        let entry = entry?;
        let header = entry.header();
        let name = entry.path()?.to_string_lossy().into_owned();
        let path = format!("/{}", name.trim_start_matches("./").trim_matches('/'));
        for (index, folder) in wanted.iter().enumerate() {
            if path == *folder || path.starts_with(&format!("{folder}/")) {
                let kind = header.entry_type();
                found[index].push(Entry {
                    path: path.clone(),
                    uid: header.uid()?,
                    gid: header.gid()?,
                    mode: header.mode()? & 0o7777,
                    dir: kind.is_dir(),
                    symlink: kind.is_symlink(),
                });
            }
        }
    }
    Ok(paths
        .iter()
        .zip(wanted)
        .zip(found)
        .map(|((path, absolute), mut entries)| {
            // The path itself first; none means it is not there.
            let top = entries.iter().position(|e| e.path == absolute);
            let listing = top.map(|top| {
                let first = entries.remove(top);
                entries.insert(0, first);
                entries
            });
            (path.clone(), listing)
        })
        .collect())
}

#[cfg(test)]
mod entries_tests {
    use super::*;

    fn tar_of(files: &[(&str, u64, u32, bool)]) -> Vec<u8> {
        let mut builder = tar::Builder::new(Vec::new());
        for (path, uid, mode, dir) in files {
            let mut header = tar::Header::new_gnu();
            header.set_entry_type(if *dir {
                tar::EntryType::Directory
            } else {
                tar::EntryType::Regular
            });
            header.set_uid(*uid);
            header.set_gid(*uid);
            header.set_mode(*mode);
            header.set_size(0);
            header.set_cksum();
            builder.append_data(&mut header, path, &[][..]).unwrap();
        }
        builder.into_inner().unwrap()
    }

    #[test]
    fn an_export_gives_owners_and_modes_under_each_path() {
        let archive = tar_of(&[
            ("app/data/", 10001, 0o755, true),
            ("app/", 0, 0o755, true),
            ("app/app.py", 0, 0o644, false),
            ("apple/x", 0, 0o644, false),
            ("app/data/visits.txt", 10001, 0o644, false),
        ]);
        let found = read_archive(
            &archive[..],
            &[
                "/app".to_string(),
                "/app/data/".to_string(),
                "/srv".to_string(),
            ],
        )
        .unwrap();
        let app = found[0].1.as_ref().unwrap();
        assert_eq!(app[0].path, "/app", "the path itself first");
        assert_eq!(app.len(), 4, "not /apple: {app:?}");
        let data = found[1].1.as_ref().unwrap();
        assert_eq!((data[0].path.as_str(), data[0].uid), ("/app/data", 10001));
        assert!(data[0].dir);
        assert_eq!(data[1].mode, 0o644);
        assert!(found[2].1.is_none(), "/srv is not there");
    }
}
