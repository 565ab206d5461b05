//! Workshop bundles: the images a course names, in one file that a room of laptops loads from
//! a USB stick or a file share, with no registry.
//!
//! A bundle is a tar. Every file the images need (configurations and layers) is in it once,
//! named by its SHA-256 (`blobs/sha256/<hex>`), so images that share base layers share their
//! entries; the last entry is `dockerlings-bundle.json`, the [`Manifest`]. Packing streams the
//! engine's export (either layout `docker save` writes: `<id>/layer.tar` or OCI `blobs/`) into
//! it. Loading streams one `docker save` archive per image out of it into the engine, checking
//! every file's digest on the way; the archive's `manifest.json` goes last, so an image whose
//! file is damaged never reaches its tag. Memory stays at a few chunks whatever the sizes.

use std::collections::{HashMap, HashSet};
use std::fs::File;
use std::io::{self, BufWriter, Read, Seek, SeekFrom, Write};
use std::path::{Component, Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

use bollard::query_parameters::ImportImageOptionsBuilder;
use bytes::Bytes;
use futures_util::StreamExt;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use tokio_util::sync::CancellationToken;

use super::{Engine, describe_error, export, image};

/// The name of the manifest entry.
pub const MANIFEST_NAME: &str = "dockerlings-bundle.json";
/// The bundle format this dockerlings writes and reads.
pub const FORMAT: u32 = 1;
const BLOB_DIR: &str = "blobs/sha256/";
const CHUNK: usize = 256 * 1024;
/// Files of an export up to this size wait in memory until its `manifest.json` says which
/// are needed (the legacy layout's per-layer `json` and `VERSION` are not); larger files go
/// to the bundle as they come.
const SMALL: u64 = 1 << 20;
/// The manifest is read whole; a larger one is not a bundle's.
const MAX_MANIFEST: u64 = 16 << 20;

/// What a bundle holds: `dockerlings-bundle.json`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Manifest {
    pub format: u32,
    pub course: CourseRef,
    /// The dockerlings version that packed it.
    pub dockerlings: String,
    pub images: Vec<ImageEntry>,
}

/// The course a bundle was packed for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CourseRef {
    pub id: String,
    pub version: String,
    pub title: String,
}

/// One image of a bundle.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ImageEntry {
    /// The tag the course names, which loading sets.
    pub tag: String,
    /// The image id on the engine that packed it.
    pub id: String,
    /// `linux/amd64`, `linux/arm64/v8`.
    pub platform: String,
    /// Bytes of its files in the bundle (files shared with other images counted here too).
    pub size: u64,
    /// Its configuration (whose digest is the image id on Docker's classic store).
    pub config: Blob,
    /// Its layers, bottom first, as the bundle stores them (a tar, or a compressed tar).
    pub layers: Vec<Blob>,
    /// The digests of its uncompressed layers (the configuration's `rootfs.diff_ids`): the same
    /// image on any store has the same.
    pub diff_ids: Vec<String>,
}

/// A file of the bundle.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Blob {
    /// `sha256:<64 hex digits>`.
    pub digest: String,
    pub size: u64,
}

/// Why a file is not a bundle this dockerlings can load.
#[derive(Debug, thiserror::Error)]
pub enum OpenError {
    #[error("cannot read {path}: {err}")]
    Io { path: PathBuf, err: io::Error },
    #[error("{path} is not a dockerlings workshop bundle: {why}")]
    NotABundle { path: PathBuf, why: String },
    #[error(
        "{path} is a bundle of format {found}, and this dockerlings reads format {FORMAT}; load it with the dockerlings that packed it ({dockerlings})"
    )]
    Format {
        path: PathBuf,
        found: u32,
        dockerlings: String,
    },
}

impl Manifest {
    /// Checks that the manifest is whole and that every file it names is in the bundle with
    /// its size (`stored`: digest → size of the entries). The digests themselves are checked
    /// as the files are read.
    pub fn validate(&self, stored: &HashMap<String, u64>) -> Result<(), String> {
        if self.course.id.is_empty() || self.course.version.is_empty() {
            return Err("its manifest names no course id or version".into());
        }
        let mut tags = HashSet::new();
        for image in &self.images {
            if image.tag.is_empty() {
                return Err("an image of its manifest has no tag".into());
            }
            if !tags.insert(image.tag.as_str()) {
                return Err(format!("its manifest lists {} twice", image.tag));
            }
            let mut size = 0;
            for blob in std::iter::once(&image.config).chain(&image.layers) {
                if !is_digest(&blob.digest) {
                    return Err(format!(
                        "the manifest's entry for {} names `{}`, which is not a sha256 digest",
                        image.tag, blob.digest
                    ));
                }
                match stored.get(&blob.digest) {
                    None => {
                        return Err(format!(
                            "{} needs the file {}, which is not in the bundle (the copy was cut short?)",
                            image.tag, blob.digest
                        ));
                    }
                    Some(&found) if found != blob.size => {
                        return Err(format!(
                            "{}'s file {} has {found} bytes in the bundle, and the manifest says {}",
                            image.tag, blob.digest, blob.size
                        ));
                    }
                    Some(_) => size += blob.size,
                }
            }
            if image.diff_ids.len() != image.layers.len() {
                return Err(format!(
                    "the manifest gives {} {} layers and {} layer digests",
                    image.tag,
                    image.layers.len(),
                    image.diff_ids.len()
                ));
            }
            if size != image.size {
                return Err(format!(
                    "the manifest gives {} a size of {} bytes, and its files add up to {size}",
                    image.tag, image.size
                ));
            }
        }
        Ok(())
    }

    /// Every byte the bundle's files take, shared files once.
    pub fn stored_size(&self) -> u64 {
        let mut seen = HashSet::new();
        self.images
            .iter()
            .flat_map(|image| std::iter::once(&image.config).chain(&image.layers))
            .filter(|blob| seen.insert(&blob.digest))
            .map(|blob| blob.size)
            .sum()
    }
}

/// `sha256:` and 64 lower-case hex digits.
pub fn is_digest(text: &str) -> bool {
    text.strip_prefix("sha256:").is_some_and(|hex| {
        hex.len() == 64
            && hex
                .bytes()
                .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
    })
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn digest_of(hash: Sha256) -> String {
    format!("sha256:{}", hex(&hash.finalize()))
}

/// An opened bundle: its manifest, and where each file is.
#[derive(Debug)]
pub struct Bundle {
    pub path: PathBuf,
    pub manifest: Manifest,
    /// digest → (offset of its bytes in the file, size).
    blobs: HashMap<String, (u64, u64)>,
}

impl Bundle {
    /// Reads the manifest and the bundle's table of files (headers only: it seeks over the
    /// files), and checks the manifest against it. Blocking.
    pub fn open(path: &Path) -> Result<Bundle, OpenError> {
        let io_err = |err| OpenError::Io {
            path: path.to_path_buf(),
            err,
        };
        let not = |why: String| OpenError::NotABundle {
            path: path.to_path_buf(),
            why,
        };
        let file = File::open(path).map_err(io_err)?;
        let mut archive = tar::Archive::new(file);
        let mut blobs = HashMap::new();
        let mut manifest = None;
        let entries = archive
            .entries_with_seek()
            .map_err(|err| not(format!("it is not a tar archive ({err})")))?;
        for entry in entries {
            let mut entry =
                entry.map_err(|err| not(format!("its tar archive is damaged ({err})")))?;
            let name = entry
                .path()
                .map_err(|err| not(err.to_string()))?
                .to_string_lossy()
                .into_owned();
            let size = entry.size();
            if name == MANIFEST_NAME {
                if size > MAX_MANIFEST {
                    return Err(not(format!("its manifest has {size} bytes")));
                }
                let mut text = Vec::new();
                entry.read_to_end(&mut text).map_err(io_err)?;
                manifest = Some(text);
            } else if let Some(hex) = name.strip_prefix(BLOB_DIR) {
                blobs.insert(format!("sha256:{hex}"), (entry.raw_file_position(), size));
            }
        }
        let Some(text) = manifest else {
            return Err(not(format!(
                "it has no {MANIFEST_NAME} (a file made by `docker save` is loaded with `docker load -i FILE`; a bundle cut short has lost its manifest, which comes last)"
            )));
        };
        #[derive(Deserialize)]
        struct Head {
            format: u32,
            #[serde(default)]
            dockerlings: String,
        }
        let head: Head = serde_json::from_slice(&text)
            .map_err(|err| not(format!("its manifest is not valid ({err})")))?;
        if head.format != FORMAT {
            return Err(OpenError::Format {
                path: path.to_path_buf(),
                found: head.format,
                dockerlings: head.dockerlings,
            });
        }
        let manifest: Manifest = serde_json::from_slice(&text)
            .map_err(|err| not(format!("its manifest is not valid ({err})")))?;
        let sizes = blobs.iter().map(|(d, (_, s))| (d.clone(), *s)).collect();
        manifest.validate(&sizes).map_err(not)?;
        Ok(Bundle {
            path: path.to_path_buf(),
            manifest,
            blobs,
        })
    }
}

// ---------------------------------------------------------------------------------------------
// Packing

/// What to pack.
#[derive(Debug, Clone)]
pub struct PackRequest {
    pub tags: Vec<String>,
    /// `os/arch[/variant]`: every image must be for it (the engine's own when `None`).
    pub platform: Option<String>,
    pub course: CourseRef,
    pub dockerlings: String,
}

#[derive(Debug, thiserror::Error)]
pub enum PackError {
    #[error("not on the engine: {}", .0.join(", "))]
    Missing(Vec<String>),
    #[error("{tag} on the engine is for {has}, not {wanted}")]
    Platform {
        tag: String,
        has: String,
        wanted: String,
    },
    #[error("{0}")]
    Engine(String),
    #[error("the engine's export {0}")]
    Export(String),
    #[error("cannot write {path}: {err}")]
    Write { path: PathBuf, err: io::Error },
    #[error("cancelled")]
    Cancelled,
}

/// The platform of an inspected image, as `os/arch[/variant]`.
fn platform_of(inspect: &bollard::models::ImageInspect) -> String {
    let mut platform = format!(
        "{}/{}",
        inspect.os.as_deref().unwrap_or("linux"),
        inspect.architecture.as_deref().unwrap_or("unknown")
    );
    if let Some(variant) = inspect.variant.as_deref().filter(|v| !v.is_empty()) {
        platform.push('/');
        platform.push_str(variant);
    }
    platform
}

/// Whether an image's platform is the one asked for: `linux/arm64` is `linux/arm64/v8`.
pub fn platform_matches(has: &str, wanted: &str) -> bool {
    let norm = |p: &str| {
        let p = p.to_ascii_lowercase();
        match p.as_str() {
            "linux/arm64/v8" => "linux/arm64".to_string(),
            "linux/amd64/v1" => "linux/amd64".to_string(),
            _ => p,
        }
    };
    norm(has) == norm(wanted)
}

/// Writes the bundle of `request` to `dest`: into a temporary file beside it, renamed at the
/// end, so that an interruption leaves no half-written bundle. `progress` gets the bytes
/// exported so far and an estimate of the total.
pub async fn pack(
    engine: &Engine,
    request: &PackRequest,
    dest: &Path,
    cancel: &CancellationToken,
    progress: &mut dyn FnMut(u64, u64),
) -> Result<Manifest, PackError> {
    let docker = engine.docker();
    let mut found = Vec::new();
    let mut missing = Vec::new();
    for tag in &request.tags {
        match image::inspect(docker, tag).await {
            Ok(Some(inspect)) => found.push((tag.clone(), inspect)),
            Ok(None) => missing.push(tag.clone()),
            Err(err) => return Err(PackError::Engine(describe_error(&err))),
        }
    }
    if !missing.is_empty() {
        return Err(PackError::Missing(missing));
    }
    if let Some(wanted) = &request.platform {
        for (tag, inspect) in &found {
            let has = platform_of(inspect);
            if !platform_matches(&has, wanted) {
                return Err(PackError::Platform {
                    tag: tag.clone(),
                    has,
                    wanted: wanted.clone(),
                });
            }
        }
    }
    // Inspect's sizes count shared layers in each image: an estimate for the bar.
    let estimate: u64 = found
        .iter()
        .map(|(_, i)| i.size.unwrap_or(0).max(0) as u64)
        .sum();

    let write_err = |err| PackError::Write {
        path: dest.to_path_buf(),
        err,
    };
    let dir = match dest.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let name = dest
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "bundle".into());
    let temp = tempfile::Builder::new()
        .prefix(&format!(".{name}."))
        .suffix(".partial")
        .tempfile_in(&dir)
        .map_err(write_err)?;

    let refs: Vec<&str> = request.tags.iter().map(String::as_str).collect();
    let mut done = 0u64;
    let stream = docker
        .export_images(&refs)
        .take_until(cancel.cancelled())
        .inspect(|item| {
            if let Ok(chunk) = item {
                done += chunk.len() as u64;
                progress(done, estimate.max(done));
            }
        });
    let written = export::read_stream(stream, move |reader| {
        let mut writer = Writer::new(temp)?;
        writer.copy_export(reader)?;
        Ok(writer)
    })
    .await;
    if cancel.is_cancelled() {
        return Err(PackError::Cancelled);
    }
    let mut writer = match written {
        Ok(writer) => writer,
        Err(export::ExportError::Engine(err)) => {
            return Err(PackError::Engine(describe_error(&err)));
        }
        Err(export::ExportError::Read(err)) => return Err(PackError::Export(err)),
    };

    let save_manifest = writer.save_manifest()?;
    let mut images = Vec::new();
    for (tag, inspect) in &found {
        let entry = find_entry(&save_manifest, tag, found.len())
            .ok_or_else(|| PackError::Export(format!("does not name {tag}")))?;
        let config = writer.resolve(&entry.config).ok_or_else(|| {
            PackError::Export(format!(
                "names {} for {tag} and does not hold it",
                entry.config
            ))
        })?;
        let diff_ids = inspect
            .root_fs
            .as_ref()
            .and_then(|r| r.layers.clone())
            .unwrap_or_default();
        if diff_ids.len() != entry.layers.len() {
            return Err(PackError::Export(format!(
                "gives {tag} {} layers, and the engine's inspect {}",
                entry.layers.len(),
                diff_ids.len()
            )));
        }
        let layers = entry
            .layers
            .iter()
            .zip(&diff_ids)
            .map(|(path, diff_id)| {
                writer.name_layer(path, diff_id).ok_or_else(|| {
                    PackError::Export(format!(
                        "names {path} for {tag} and does not hold it (or holds it for another layer too)"
                    ))
                })
            })
            .collect::<Result<Vec<_>, _>>()?;
        let size = config.size + layers.iter().map(|l| l.size).sum::<u64>();
        images.push(ImageEntry {
            tag: tag.clone(),
            id: inspect.id.clone().unwrap_or_default(),
            platform: platform_of(inspect),
            size,
            config,
            layers,
            diff_ids,
        });
    }
    let manifest = Manifest {
        format: FORMAT,
        course: request.course.clone(),
        dockerlings: request.dockerlings.clone(),
        images,
    };
    let dest = dest.to_path_buf();
    let finished = manifest.clone();
    tokio::task::spawn_blocking(move || writer.finish(&finished, &dest))
        .await
        .map_err(|err| PackError::Export(err.to_string()))?
        .map_err(write_err)?;
    Ok(manifest)
}

/// An entry of `docker save`'s `manifest.json` (both layouts write one).
#[derive(Debug, Deserialize)]
#[serde(rename_all = "PascalCase")]
struct SaveEntry {
    config: String,
    #[serde(default)]
    repo_tags: Option<Vec<String>>,
    layers: Vec<String>,
}

/// `busybox` and `docker.io/library/busybox:latest` are the same.
fn normalize_tag(tag: &str) -> String {
    let tag = tag.strip_prefix("docker.io/").unwrap_or(tag);
    let tag = tag.strip_prefix("library/").unwrap_or(tag);
    let last = tag.rsplit('/').next().unwrap_or(tag);
    if last.contains(':') || last.contains('@') {
        tag.to_string()
    } else {
        format!("{tag}:latest")
    }
}

fn find_entry<'a>(entries: &'a [SaveEntry], tag: &str, asked: usize) -> Option<&'a SaveEntry> {
    let wanted = normalize_tag(tag);
    entries
        .iter()
        .find(|e| {
            e.repo_tags
                .iter()
                .flatten()
                .any(|t| normalize_tag(t) == wanted)
        })
        .or_else(|| (asked == 1 && entries.len() == 1).then(|| &entries[0]))
}

/// Lexically resolves `..` and `.` in an archive path.
fn clean(path: &Path) -> String {
    let mut parts: Vec<String> = Vec::new();
    for part in path.components() {
        match part {
            Component::Normal(p) => parts.push(p.to_string_lossy().into_owned()),
            Component::ParentDir => {
                parts.pop();
            }
            _ => {}
        }
    }
    parts.join("/")
}

/// A tar header for a regular file of the bundle or of a load archive.
fn file_header(name: &str, size: u64) -> io::Result<tar::Header> {
    let mut header = tar::Header::new_gnu();
    header.set_path(name)?;
    header.set_size(size);
    header.set_mode(0o644);
    header.set_mtime(0);
    header.set_entry_type(tar::EntryType::Regular);
    header.set_cksum();
    Ok(header)
}

fn padding(size: u64) -> usize {
    ((512 - size % 512) % 512) as usize
}

/// Writes a bundle as the export streams in.
struct Writer {
    path: tempfile::TempPath,
    out: BufWriter<File>,
    /// The end of what is written.
    pos: u64,
    /// Digests written.
    stored: HashSet<String>,
    /// Export path → its blob.
    files: HashMap<String, Blob>,
    /// Uncompressed layers the export did not name by digest, written under a stand-in name:
    /// their header's offset → (size, the digest once known). A layer's digest is its diff
    /// id, which the engine's inspect gives: hashing 2 GB to learn it again would make
    /// packing slower than `docker save`, and loading checks every digest anyway.
    unnamed: HashMap<u64, (u64, Option<String>)>,
    /// Export path → the offset of its entry in `unnamed`.
    unnamed_paths: HashMap<String, u64>,
    /// Small export files, waiting: path → (blob, contents).
    small: HashMap<String, (Blob, Vec<u8>)>,
    /// Export path → the path it links to.
    links: HashMap<String, String>,
}

impl Writer {
    fn new(temp: tempfile::NamedTempFile) -> io::Result<Writer> {
        let (file, path) = temp.into_parts();
        Ok(Writer {
            path,
            out: BufWriter::with_capacity(CHUNK, file),
            pos: 0,
            stored: HashSet::new(),
            files: HashMap::new(),
            unnamed: HashMap::new(),
            unnamed_paths: HashMap::new(),
            small: HashMap::new(),
            links: HashMap::new(),
        })
    }

    fn copy_export(&mut self, reader: impl Read) -> io::Result<()> {
        let mut archive = tar::Archive::new(reader);
        for entry in archive.entries()? {
            let mut entry = entry?;
            let path = clean(&entry.path()?);
            let kind = entry.header().entry_type();
            if kind.is_symlink() || kind.is_hard_link() {
                let Some(target) = entry.link_name()? else {
                    continue;
                };
                let target = if kind.is_symlink() {
                    clean(
                        &Path::new(&path)
                            .parent()
                            .unwrap_or(Path::new(""))
                            .join(target),
                    )
                } else {
                    clean(&target)
                };
                self.links.insert(path, target);
            } else if kind.is_file() {
                let size = entry.size();
                if size <= SMALL {
                    let mut contents = Vec::with_capacity(size as usize);
                    entry.read_to_end(&mut contents)?;
                    let digest = digest_of(Sha256::new_with_prefix(&contents));
                    self.small.insert(path, (Blob { digest, size }, contents));
                } else {
                    let known = path
                        .strip_prefix(BLOB_DIR)
                        .map(|hex| format!("sha256:{hex}"))
                        .filter(|d| is_digest(d));
                    match self.write_blob(&mut entry, size, known)? {
                        Written::Blob(blob) => {
                            self.files.insert(path, blob);
                        }
                        Written::Unnamed(at) => {
                            self.unnamed_paths.insert(path, at);
                        }
                    }
                }
            }
        }
        Ok(())
    }

    /// Writes one file as `blobs/sha256/<its digest>`, unless that is already written. A file
    /// the export names by its digest is trusted to have it (loading checks). An uncompressed
    /// tar is written under a stand-in name, named when [`Writer::name_layer`] learns which
    /// layer it is. Any other file is hashed, and its header mended once the bytes are (a copy
    /// already written is cut off again).
    fn write_blob(
        &mut self,
        data: &mut dyn Read,
        size: u64,
        known: Option<String>,
    ) -> io::Result<Written> {
        if let Some(digest) = &known
            && self.stored.contains(digest)
        {
            io::copy(data, &mut io::sink())?;
            return Ok(Written::Blob(Blob {
                digest: digest.clone(),
                size,
            }));
        }
        let mut buf = vec![0; CHUNK];
        let first = read_full(data, &mut buf)?;
        let is_tar = first >= 512 && buf[257..262] == *b"ustar";
        let start = self.pos;
        let placeholder = format!("sha256:{}", "0".repeat(64));
        let stand_in = known.is_none();
        let header = file_header(&blob_name(known.as_deref().unwrap_or(&placeholder)), size)?;
        self.out.write_all(header.as_bytes())?;
        let mut hash = (known.is_none() && !is_tar).then(Sha256::new);
        let mut copied = 0u64;
        let mut n = first;
        while n > 0 {
            if let Some(hash) = &mut hash {
                hash.update(&buf[..n]);
            }
            self.out.write_all(&buf[..n])?;
            copied += n as u64;
            n = data.read(&mut buf)?;
        }
        if copied != size {
            return Err(io::Error::new(
                io::ErrorKind::UnexpectedEof,
                format!("ended inside a file ({copied} of {size} bytes)"),
            ));
        }
        self.out.write_all(&[0; 512][..padding(size)])?;
        self.pos = start + 512 + size + padding(size) as u64;
        let digest = match (known, hash) {
            (Some(known), _) => known,
            (None, Some(hash)) => digest_of(hash),
            (None, None) => {
                self.unnamed.insert(start, (size, None));
                return Ok(Written::Unnamed(start));
            }
        };
        if self.stored.contains(&digest) {
            self.out.flush()?;
            self.out.get_ref().set_len(start)?;
            self.out.seek(SeekFrom::Start(start))?;
            self.pos = start;
        } else if stand_in {
            self.rename(start, &blob_name(&digest), size)?;
        }
        self.stored.insert(digest.clone());
        Ok(Written::Blob(Blob { digest, size }))
    }

    /// Writes the header at `at` again with another name.
    fn rename(&mut self, at: u64, name: &str, size: u64) -> io::Result<()> {
        let header = file_header(name, size)?;
        self.out.seek(SeekFrom::Start(at))?;
        self.out.write_all(header.as_bytes())?;
        self.out.seek(SeekFrom::Start(self.pos))?;
        Ok(())
    }

    /// The blob of the layer at export path `path`, whose diff id is `diff_id`.
    fn name_layer(&mut self, path: &str, diff_id: &str) -> Option<Blob> {
        let path = self.follow(path);
        let Some(at) = self.unnamed_paths.get(&path) else {
            return self.resolve(&path);
        };
        let (size, named) = self.unnamed.get_mut(at)?;
        // Another image's layer from the same file: the same diff id, or a broken export.
        if named.as_deref().is_some_and(|named| named != diff_id) || !is_digest(diff_id) {
            return None;
        }
        *named = Some(diff_id.to_string());
        Some(Blob {
            digest: diff_id.to_string(),
            size: *size,
        })
    }

    /// The export's `manifest.json`.
    fn save_manifest(&self) -> Result<Vec<SaveEntry>, PackError> {
        let path = self.follow("manifest.json");
        let (_, text) = self.small.get(&path).ok_or_else(|| {
            PackError::Export("has no manifest.json (is the engine older than Docker 1.10?)".into())
        })?;
        serde_json::from_slice(text).map_err(|err| {
            PackError::Export(format!("has a manifest.json that is not valid: {err}"))
        })
    }

    fn follow(&self, path: &str) -> String {
        let mut path = clean(Path::new(path));
        for _ in 0..16 {
            match self.links.get(&path) {
                Some(target) => path = target.clone(),
                None => break,
            }
        }
        path
    }

    /// The blob an export path names.
    fn resolve(&self, path: &str) -> Option<Blob> {
        let path = self.follow(path);
        self.files
            .get(&path)
            .or_else(|| self.small.get(&path).map(|(blob, _)| blob))
            .cloned()
    }

    /// Writes the small files the manifest needs and the manifest, ends the archive, and
    /// renames it to `dest`.
    fn finish(mut self, manifest: &Manifest, dest: &Path) -> io::Result<()> {
        let needed: HashSet<&str> = manifest
            .images
            .iter()
            .flat_map(|i| std::iter::once(&i.config).chain(&i.layers))
            .map(|b| b.digest.as_str())
            .collect();
        // A layer no image names (none, with the engines known) keeps out of the blobs, and
        // one exported under two layer ids (rare) is stored twice and named once.
        let mut unnamed: Vec<_> = std::mem::take(&mut self.unnamed).into_iter().collect();
        unnamed.sort_unstable_by_key(|(at, _)| *at);
        for (at, (size, digest)) in unnamed {
            let name = match digest {
                Some(digest) if self.stored.insert(digest.clone()) => blob_name(&digest),
                _ => format!("unused/{at}"),
            };
            self.rename(at, &name, size)?;
        }
        let small = std::mem::take(&mut self.small);
        for (blob, contents) in small.values() {
            if needed.contains(blob.digest.as_str()) && self.stored.insert(blob.digest.clone()) {
                self.append(&blob_name(&blob.digest), contents)?;
            }
        }
        let text = serde_json::to_vec_pretty(manifest).map_err(io::Error::other)?;
        self.append(MANIFEST_NAME, &text)?;
        self.out.write_all(&[0; 1024])?;
        self.out.flush()?;
        self.out.get_ref().sync_all()?;
        // A temporary file is private; a bundle is for a file share.
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            self.out
                .get_ref()
                .set_permissions(std::fs::Permissions::from_mode(0o644))?;
        }
        self.path.persist(dest).map_err(|err| err.error)?;
        Ok(())
    }

    fn append(&mut self, name: &str, contents: &[u8]) -> io::Result<()> {
        let size = contents.len() as u64;
        self.out.write_all(file_header(name, size)?.as_bytes())?;
        self.out.write_all(contents)?;
        self.out.write_all(&[0; 512][..padding(size)])?;
        self.pos += 512 + size + padding(size) as u64;
        Ok(())
    }
}

/// What [`Writer::write_blob`] wrote.
enum Written {
    Blob(Blob),
    /// An uncompressed layer at this offset, not yet named.
    Unnamed(u64),
}

/// Reads until `buf` is full or the data ends; how much it read.
fn read_full(data: &mut dyn Read, buf: &mut [u8]) -> io::Result<usize> {
    let mut filled = 0;
    while filled < buf.len() {
        match data.read(&mut buf[filled..]) {
            Ok(0) => break,
            Ok(n) => filled += n,
            Err(err) if err.kind() == io::ErrorKind::Interrupted => {}
            Err(err) => return Err(err),
        }
    }
    Ok(filled)
}

/// `blobs/sha256/<hex>` for `sha256:<hex>`.
fn blob_name(digest: &str) -> String {
    format!(
        "{BLOB_DIR}{}",
        digest.strip_prefix("sha256:").unwrap_or(digest)
    )
}

// ---------------------------------------------------------------------------------------------
// Loading

/// How loading one image ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LoadOutcome {
    Loaded,
    /// The engine has it already (the same id, or the same layers under the tag).
    Present,
    /// A file's bytes do not have the digest the manifest gives: nothing was tagged.
    Damaged {
        digest: String,
    },
    Failed(String),
    Cancelled,
}

/// Whether the engine has `image` under its tag already.
pub async fn present(engine: &Engine, image: &ImageEntry) -> Result<bool, String> {
    match image::inspect(engine.docker(), &image.tag).await {
        Ok(Some(found)) => {
            let id = found.id.unwrap_or_default();
            let layers = found.root_fs.and_then(|r| r.layers).unwrap_or_default();
            Ok(id == image.id
                || id == image.config.digest
                || (!layers.is_empty() && layers == image.diff_ids))
        }
        Ok(None) => Ok(false),
        Err(err) => Err(describe_error(&err)),
    }
}

/// Why the stream of an archive stopped.
enum Fault {
    Damaged(String),
    Io(io::Error),
    /// The engine stopped reading (it says why).
    Stopped,
}

/// The files of one load archive, each once, in the order they are sent.
struct Plan {
    /// (digest, offset in the bundle, size).
    files: Vec<(String, u64, u64)>,
    /// For each image of the batch, the indices of its files.
    images: Vec<Vec<usize>>,
    /// `manifest.json`: one entry per image.
    save_manifest: Vec<u8>,
}

impl Plan {
    fn new(bundle: &Bundle, images: &[&ImageEntry]) -> Result<Plan, String> {
        let mut files = Vec::new();
        let mut index: HashMap<&str, usize> = HashMap::new();
        let mut per_image = Vec::new();
        let mut entries = Vec::new();
        for image in images {
            let mut own = Vec::new();
            for blob in std::iter::once(&image.config).chain(&image.layers) {
                let at = match index.get(blob.digest.as_str()) {
                    Some(&at) => at,
                    None => {
                        let &(offset, size) = bundle
                            .blobs
                            .get(&blob.digest)
                            .ok_or_else(|| blob.digest.clone())?;
                        files.push((blob.digest.clone(), offset, size));
                        index.insert(&blob.digest, files.len() - 1);
                        files.len() - 1
                    }
                };
                own.push(at);
            }
            per_image.push(own);
            entries.push(serde_json::json!({
                "Config": blob_name(&image.config.digest),
                "RepoTags": [image.tag],
                "Layers": image.layers.iter().map(|l| blob_name(&l.digest)).collect::<Vec<_>>(),
            }));
        }
        Ok(Plan {
            files,
            images: per_image,
            save_manifest: serde_json::to_vec(&entries).unwrap_or_default(),
        })
    }
}

/// Loads `images` of `bundle` into the engine, in one `docker save` archive made from the
/// bundle's files as they are read (shared files sent once), digests checked on the way.
/// `progress(i, bytes)` tells how much of `images[i]` (of its `size`) the engine has. A
/// damaged file stops the archive before any tag: the images that need it are
/// [`LoadOutcome::Damaged`], and the others are sent again without it.
pub async fn load(
    engine: &Engine,
    bundle: &Bundle,
    images: &[&ImageEntry],
    cancel: &CancellationToken,
    progress: &mut dyn FnMut(usize, u64),
) -> Vec<LoadOutcome> {
    let mut outcomes: Vec<Option<LoadOutcome>> = vec![None; images.len()];
    loop {
        let batch: Vec<usize> = (0..images.len())
            .filter(|&i| outcomes[i].is_none())
            .collect();
        if batch.is_empty() {
            break;
        }
        let chosen: Vec<&ImageEntry> = batch.iter().map(|&i| images[i]).collect();
        let mut report = |k: usize, done: u64| progress(batch[k], done);
        match load_batch(engine, bundle, &chosen, cancel, &mut report).await {
            Batch::Damaged(digest) => {
                for &i in &batch {
                    let image = images[i];
                    if std::iter::once(&image.config)
                        .chain(&image.layers)
                        .any(|b| b.digest == digest)
                    {
                        outcomes[i] = Some(LoadOutcome::Damaged {
                            digest: digest.clone(),
                        });
                    }
                }
            }
            Batch::Sent(engine_error) => {
                for &i in &batch {
                    outcomes[i] = Some(match present(engine, images[i]).await {
                        Ok(true) => LoadOutcome::Loaded,
                        Ok(false) => {
                            LoadOutcome::Failed(engine_error.clone().unwrap_or_else(|| {
                                "the engine loaded the archive and did not tag this image".into()
                            }))
                        }
                        Err(err) => LoadOutcome::Failed(err),
                    });
                }
            }
            Batch::Failed(error) => {
                for &i in &batch {
                    outcomes[i] = Some(LoadOutcome::Failed(error.clone()));
                }
            }
            Batch::Cancelled => {
                for &i in &batch {
                    outcomes[i] = Some(LoadOutcome::Cancelled);
                }
            }
        }
    }
    outcomes
        .into_iter()
        .map(|o| o.unwrap_or(LoadOutcome::Cancelled))
        .collect()
}

/// How one archive went.
enum Batch {
    /// Every byte was sent; the engine's error, if it gave one.
    Sent(Option<String>),
    Damaged(String),
    Failed(String),
    Cancelled,
}

async fn load_batch(
    engine: &Engine,
    bundle: &Bundle,
    images: &[&ImageEntry],
    cancel: &CancellationToken,
    progress: &mut dyn FnMut(usize, u64),
) -> Batch {
    let plan = match Plan::new(bundle, images) {
        Ok(plan) => plan,
        Err(digest) => return Batch::Damaged(digest),
    };
    let sent: Arc<Vec<AtomicU64>> =
        Arc::new(plan.files.iter().map(|_| AtomicU64::new(0)).collect());
    let report = |progress: &mut dyn FnMut(usize, u64)| {
        for (k, own) in plan.images.iter().enumerate() {
            let done = own.iter().map(|&f| sent[f].load(Ordering::Relaxed)).sum();
            progress(k, done);
        }
    };
    let (tx, rx) = tokio::sync::mpsc::channel::<io::Result<Bytes>>(4);
    let producer = {
        let path = bundle.path.clone();
        let files = plan.files.clone();
        let save_manifest = plan.save_manifest.clone();
        let sent = sent.clone();
        tokio::task::spawn_blocking(move || produce(&path, &files, &save_manifest, &tx, &sent))
    };
    let body = futures_util::stream::unfold(rx, |mut rx| async move {
        rx.recv().await.map(|item| (item, rx))
    });
    let options = ImportImageOptionsBuilder::default().quiet(true).build();
    let mut answers = engine.docker().import_image_stream(options, body, None);
    let mut tick = tokio::time::interval(std::time::Duration::from_millis(100));
    let mut engine_error = None;
    let mut cancelled = false;
    loop {
        tokio::select! {
            () = cancel.cancelled() => {
                cancelled = true;
                break;
            }
            _ = tick.tick() => report(progress),
            answer = answers.next() => match answer {
                None => break,
                Some(Ok(_)) => {}
                Some(Err(err)) => {
                    engine_error = Some(match err {
                        bollard::errors::Error::DockerStreamError { error } => error,
                        bollard::errors::Error::DockerResponseServerError { message, .. } => message,
                        other => describe_error(&other),
                    });
                    break;
                }
            },
        }
    }
    // Dropping the request stops a producer still sending.
    drop(answers);
    let produced = producer
        .await
        .unwrap_or_else(|err| Err(Fault::Io(io::Error::other(err.to_string()))));
    report(progress);
    match produced {
        Err(Fault::Damaged(digest)) => Batch::Damaged(digest),
        _ if cancelled => Batch::Cancelled,
        Err(Fault::Io(err)) => Batch::Failed(format!("reading {}: {err}", bundle.path.display())),
        Err(Fault::Stopped) => Batch::Failed(
            engine_error.unwrap_or_else(|| "the engine stopped reading the archive".into()),
        ),
        Ok(()) => Batch::Sent(engine_error),
    }
}

/// Sends the archive: each file's header, bytes and padding, then `manifest.json` and the
/// end of the archive; `sent[i]` counts the bytes of file `i` sent. A file whose digest is
/// wrong ends the stream with an error instead, before `manifest.json`.
fn produce(
    path: &Path,
    files: &[(String, u64, u64)],
    save_manifest: &[u8],
    tx: &tokio::sync::mpsc::Sender<io::Result<Bytes>>,
    sent: &[AtomicU64],
) -> Result<(), Fault> {
    let send = |bytes: Vec<u8>| -> Result<(), Fault> {
        tx.blocking_send(Ok(Bytes::from(bytes)))
            .map_err(|_| Fault::Stopped)
    };
    let mut file = File::open(path).map_err(Fault::Io)?;
    for (i, (digest, offset, size)) in files.iter().enumerate() {
        file.seek(SeekFrom::Start(*offset)).map_err(Fault::Io)?;
        let header = file_header(&blob_name(digest), *size).map_err(Fault::Io)?;
        send(header.as_bytes().to_vec())?;
        let mut hash = Sha256::new();
        let mut left = *size;
        while left > 0 {
            let mut chunk = vec![0; (CHUNK as u64).min(left) as usize];
            file.read_exact(&mut chunk).map_err(Fault::Io)?;
            hash.update(&chunk);
            left -= chunk.len() as u64;
            let n = chunk.len() as u64;
            send(chunk)?;
            sent[i].fetch_add(n, Ordering::Relaxed);
        }
        if digest_of(hash) != *digest {
            let _ = tx.blocking_send(Err(io::Error::other(format!("{digest} is damaged"))));
            return Err(Fault::Damaged(digest.clone()));
        }
        send(vec![0; padding(*size)])?;
    }
    let header = file_header("manifest.json", save_manifest.len() as u64).map_err(Fault::Io)?;
    let mut tail = header.as_bytes().to_vec();
    tail.extend_from_slice(save_manifest);
    tail.resize(tail.len() + padding(save_manifest.len() as u64), 0);
    tail.resize(tail.len() + 1024, 0);
    send(tail)
}

#[cfg(test)]
mod tests;
