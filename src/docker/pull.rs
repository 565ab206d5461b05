//! Pulling an image, reporting progress as it goes. An image that cannot be pulled but is
//! already on the engine is kept, and the outcome says so.

use std::collections::HashMap;

use bollard::query_parameters::CreateImageOptionsBuilder;
use futures_util::StreamExt;
use tokio_util::sync::CancellationToken;

use super::{Engine, image};

/// How a pull is going.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Progress {
    /// Bytes of every layer seen so far, so a bar can show the whole image.
    Bytes { done: u64, total: u64 },
    /// What the engine says it is doing (`Pulling fs layer`, `Verifying Checksum`, ...).
    Status(String),
}

/// How a pull ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    Pulled,
    /// The pull failed; `local` is true when a copy was on the engine already and stays.
    Failed {
        error: String,
        local: bool,
    },
    Cancelled,
}

/// Pulls `name`, calling `progress` as the engine reports.
pub async fn pull(
    engine: &Engine,
    name: &str,
    cancel: &CancellationToken,
    progress: &mut dyn FnMut(Progress),
) -> Outcome {
    let docker = engine.docker();
    let options = CreateImageOptionsBuilder::default()
        .from_image(name)
        .build();
    let mut stream = docker.create_image(Some(options), None, None);
    let mut layers: HashMap<String, (i64, i64)> = HashMap::new();
    let mut error = None;
    loop {
        let item = tokio::select! {
            () = cancel.cancelled() => return Outcome::Cancelled,
            item = stream.next() => item,
        };
        match item {
            None => break,
            Some(Ok(info)) => {
                if let (Some(id), Some(detail)) = (&info.id, &info.progress_detail)
                    && let (Some(current), Some(total)) = (detail.current, detail.total)
                {
                    layers.insert(id.clone(), (current, total));
                    let (done, total) = layers
                        .values()
                        .fold((0, 0), |(d, a), (c, t)| (d + c, a + t));
                    progress(Progress::Bytes {
                        done: done.max(0) as u64,
                        total: total.max(0) as u64,
                    });
                } else if let Some(status) = info.status {
                    progress(Progress::Status(status));
                }
            }
            Some(Err(err)) => {
                error = Some(match err {
                    bollard::errors::Error::DockerStreamError { error } => error,
                    bollard::errors::Error::DockerResponseServerError { message, .. } => message,
                    other => other.to_string(),
                });
                break;
            }
        }
    }
    match error {
        None => Outcome::Pulled,
        Some(error) => {
            let local = matches!(image::inspect(docker, name).await, Ok(Some(_)));
            Outcome::Failed { error, local }
        }
    }
}
