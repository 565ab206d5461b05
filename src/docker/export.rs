//! An image read as `docker save` writes it, streamed to a reader on a blocking thread: memory
//! stays bounded by a small channel whatever the image's size.

use std::io::{self, Read};

use bollard::Docker;
use futures_util::StreamExt;

#[derive(Debug)]
pub enum ExportError {
    /// The engine could not export the image.
    Engine(bollard::errors::Error),
    /// The archive could not be read as one.
    Read(String),
}

/// Streams the export of `reference` into `read`, which runs on a blocking thread.
pub async fn read<T, F>(docker: &Docker, reference: &str, read: F) -> Result<T, ExportError>
where
    T: Send + 'static,
    F: FnOnce(ChannelReader) -> io::Result<T> + Send + 'static,
{
    read_stream(docker.export_image(reference), read).await
}

/// Streams `stream` (an export, as the engine sends it) into `read`, which runs on a blocking
/// thread.
pub async fn read_stream<T, F>(
    stream: impl futures_util::Stream<Item = Result<bytes::Bytes, bollard::errors::Error>>,
    read: F,
) -> Result<T, ExportError>
where
    T: Send + 'static,
    F: FnOnce(ChannelReader) -> io::Result<T> + Send + 'static,
{
    let (tx, rx) = tokio::sync::mpsc::channel::<bytes::Bytes>(16);
    let reader = tokio::task::spawn_blocking(move || {
        read(ChannelReader {
            rx,
            chunk: bytes::Bytes::new(),
        })
    });
    let mut stream = std::pin::pin!(stream);
    let mut failed = None;
    while let Some(item) = stream.next().await {
        match item {
            Ok(chunk) => {
                if tx.send(chunk).await.is_err() {
                    break; // The reader stopped: it says why.
                }
            }
            Err(err) => {
                failed = Some(err);
                break;
            }
        }
    }
    drop(tx);
    let read = reader
        .await
        .map_err(|err| ExportError::Read(err.to_string()))?;
    if let Some(err) = failed {
        return Err(ExportError::Engine(err));
    }
    read.map_err(|err| ExportError::Read(err.to_string()))
}

/// The export's bytes, as the engine sends them.
pub struct ChannelReader {
    rx: tokio::sync::mpsc::Receiver<bytes::Bytes>,
    chunk: bytes::Bytes,
}

impl Read for ChannelReader {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        while self.chunk.is_empty() {
            match self.rx.blocking_recv() {
                Some(chunk) => self.chunk = chunk,
                None => return Ok(0),
            }
        }
        let n = buf.len().min(self.chunk.len());
        buf[..n].copy_from_slice(&self.chunk[..n]);
        self.chunk = self.chunk.slice(n..);
        Ok(n)
    }
}

/// A file of an image archive.
pub enum File<'a> {
    /// A layer: its tar, uncompressed (the containerd image store saves layers gzipped).
    Layer(&'a mut dyn Read),
    /// Anything else (manifest, configuration).
    Other(&'a mut dyn Read),
}

/// Calls `visit` with the name, size and contents of every file of an image archive, in the
/// archive's order (either layout: `<id>/layer.tar` or `blobs/sha256/<digest>`).
pub fn each_file(
    reader: impl Read,
    mut visit: impl FnMut(&str, u64, File<'_>) -> io::Result<()>,
) -> io::Result<()> {
    let mut archive = tar::Archive::new(reader);
    for entry in archive.entries()? {
        let mut entry = entry?;
        if !entry.header().entry_type().is_file() {
            continue;
        }
        let name = entry.path()?.to_string_lossy().to_string();
        let size = entry.header().size()?;
        let mut head = Vec::with_capacity(512);
        (&mut entry).take(512).read_to_end(&mut head)?;
        let mut rest = io::Cursor::new(head.clone()).chain(&mut entry);
        if head.starts_with(&[0x1f, 0x8b]) {
            visit(
                &name,
                size,
                File::Layer(&mut flate2::read::GzDecoder::new(rest)),
            )?;
        } else if is_tar(&head) {
            visit(&name, size, File::Layer(&mut rest))?;
        } else {
            visit(&name, size, File::Other(&mut rest))?;
        }
    }
    Ok(())
}

fn is_tar(head: &[u8]) -> bool {
    head.len() >= 262 && &head[257..262] == b"ustar"
}
