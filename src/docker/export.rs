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

/// How much of the export the reading thread is handed at once: the engine sends it in
/// pieces of about 32 KiB, and waking the thread for each costs more than the copying.
const BATCH: usize = 1 << 20;

/// Streams `stream` (an export, as the engine sends it) into `read`, which runs on a blocking
/// thread, in batches of [`BATCH`] (at most a few batches wait in memory).
pub async fn read_stream<T, F>(
    stream: impl futures_util::Stream<Item = Result<bytes::Bytes, bollard::errors::Error>>,
    read: F,
) -> Result<T, ExportError>
where
    T: Send + 'static,
    F: FnOnce(ChannelReader) -> io::Result<T> + Send + 'static,
{
    let (tx, rx) = tokio::sync::mpsc::channel::<Vec<bytes::Bytes>>(4);
    let reader = tokio::task::spawn_blocking(move || {
        read(ChannelReader {
            rx,
            batch: std::collections::VecDeque::new(),
            chunk: bytes::Bytes::new(),
        })
    });
    let mut stream = std::pin::pin!(stream);
    let mut failed = None;
    let mut batch = Vec::new();
    let mut size = 0;
    loop {
        let item = stream.next().await;
        let end = match item {
            Some(Ok(chunk)) => {
                size += chunk.len();
                batch.push(chunk);
                false
            }
            Some(Err(err)) => {
                failed = Some(err);
                true
            }
            None => true,
        };
        if (end || size >= BATCH) && !batch.is_empty() {
            size = 0;
            if tx.send(std::mem::take(&mut batch)).await.is_err() {
                break; // The reader stopped: it says why.
            }
        }
        if end {
            break;
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
    rx: tokio::sync::mpsc::Receiver<Vec<bytes::Bytes>>,
    batch: std::collections::VecDeque<bytes::Bytes>,
    chunk: bytes::Bytes,
}

impl Read for ChannelReader {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        while self.chunk.is_empty() {
            if let Some(chunk) = self.batch.pop_front() {
                self.chunk = chunk;
                continue;
            }
            match self.rx.blocking_recv() {
                Some(batch) => self.batch = batch.into(),
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
