//! BuildKit's client session, as the docker CLI runs it: the engine reads the context and the
//! Dockerfile's folder from us over gRPC file sync (`moby.filesync.v1.FileSync/DiffCopy`)
//! instead of from an uploaded tar. BuildKit reads the Dockerfile and `.dockerignore` from an
//! uploaded tar and then copies them too; over a session the context leaves them out when
//! `.dockerignore` lists them, like `docker build` does.
//!
//! The protocol is fsutil's: a `STAT` packet per entry in walk order, an empty `STAT` to end;
//! the engine then asks for files by their position (`REQ`), each answered with `DATA`
//! chunks and an empty `DATA`; a `FIN` from the engine is answered with a `FIN`.

use std::collections::HashSet;
use std::io;
use std::os::unix::fs::MetadataExt;
use std::path::{Path, PathBuf};
use std::pin::Pin;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use bollard::fsutil::types::packet::PacketType;
use bollard::fsutil::types::{Packet, Stat};
use bollard::health::health_check_response::ServingStatus;
use bollard::health::health_server::{Health, HealthServer};
use bollard::health::{
    HealthCheckRequest, HealthCheckResponse, HealthListRequest, HealthListResponse,
};
use bollard::moby::filesync::packet::file_sync_server::{FileSync, FileSyncServer};
use futures_util::Stream;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::UnixStream;
use tokio::sync::mpsc;
use tonic::{Request, Response, Status, Streaming};

use crate::docker::context::{self, ContextStats, EntryKind, Pinned, Source};
use crate::docker::dockerignore::{Dockerignore, read_patterns};

/// fsutil's chunk size for file contents.
const CHUNK: usize = 32 * 1024;

/// How long the engine may take to accept the session.
const HANDSHAKE: Duration = Duration::from_secs(10);

/// The methods the session offers; the engine calls nothing else.
const METHODS: [&str; 3] = [
    "/moby.filesync.v1.FileSync/DiffCopy",
    "/grpc.health.v1.Health/Check",
    "/grpc.health.v1.Health/List",
];

/// Go's `os.FileMode` bits, which fsutil sends instead of Unix ones.
const GO_DIR: u32 = 1 << 31;
const GO_SYMLINK: u32 = 1 << 27;
const GO_SETUID: u32 = 1 << 23;
const GO_SETGID: u32 = 1 << 22;
const GO_STICKY: u32 = 1 << 20;

/// One entry a folder sends.
#[derive(Debug, Clone)]
struct Item {
    stat: Stat,
    data: Option<Data>,
}

/// Where a regular file's contents come from.
#[derive(Debug, Clone)]
enum Data {
    Disk { path: PathBuf, size: u64 },
    Memory(Arc<[u8]>),
}

/// The two folders a BuildKit build reads, listed before it starts.
#[derive(Debug, Clone)]
pub struct Folders {
    context: Arc<Vec<Item>>,
    dockerfile: Arc<Vec<Item>>,
    /// The Dockerfile's name in its folder, what the build's `dockerfile` option names.
    pub dockerfile_name: String,
    pub stats: ContextStats,
    /// The root of the context, whose path keys the engine's cache of earlier transfers.
    root: PathBuf,
}

/// Lists the context as BuildKit reads it through the CLI: `.dockerignore` applies to
/// everything, the Dockerfile and `.dockerignore` included. `Ok(None)` when the session
/// cannot carry it: a name that is not UTF-8 (gRPC strings must be), a Dockerfile outside
/// the context.
pub fn list(root: &Path, dockerfile: &Path, pinned: &Pinned) -> Result<Option<Folders>, String> {
    let text = context::dockerignore_bytes(root, pinned).map_err(|err| err.to_string())?;
    let ignore = Dockerignore::new(&text.as_deref().map(read_patterns).unwrap_or_default())
        .map_err(|err| err.to_string())?;
    // A pinned file that `.dockerignore` excludes is not sent, like any other.
    let pinned_here = pinned.dropping(|path| ignore.excludes(path));
    let Some((context, stats)) = walk(root, &ignore, &pinned_here).map_err(|e| e.to_string())?
    else {
        return Ok(None);
    };

    let full = root.join(dockerfile);
    let (Some(folder), Some(name)) = (full.parent(), full.file_name().and_then(|n| n.to_str()))
    else {
        return Ok(None);
    };
    let rel = dockerfile.to_string_lossy().replace('\\', "/");
    let in_root = !rel.trim_start_matches("./").contains('/');
    // The Dockerfile's folder as the engine sees it: the Dockerfile (and beside it at the
    // root, `.dockerignore`) as the checks read them.
    let mut folder_pinned = Pinned::default();
    let mut wanted = vec![name.to_string()];
    if let Some(contents) = pinned.bytes(&rel) {
        folder_pinned = folder_pinned.with(name, contents);
    }
    if in_root {
        wanted.push(".dockerignore".into());
        if let Some(contents) = pinned.bytes(".dockerignore") {
            folder_pinned = folder_pinned.with(".dockerignore", contents);
        }
    }
    let mut items = Vec::new();
    for file in &wanted {
        let path = folder.join(file);
        if let Some(contents) = folder_pinned.bytes(file) {
            let Some(contents) = contents else { continue };
            let on_disk = std::fs::metadata(&path).ok();
            items.push(Item {
                stat: Stat {
                    path: file.clone(),
                    mode: go_mode(on_disk.as_ref().map_or(0o644, |m| m.mode()), false, false),
                    size: contents.len() as i64,
                    mod_time: on_disk.as_ref().map_or(0, mtime_nanos),
                    ..Stat::default()
                },
                data: Some(Data::Memory(Arc::from(contents))),
            });
        } else if let Ok(metadata) = std::fs::metadata(&path)
            && metadata.is_file()
        {
            items.push(Item {
                stat: Stat {
                    path: file.clone(),
                    mode: go_mode(metadata.mode(), false, false),
                    size: metadata.len() as i64,
                    mod_time: mtime_nanos(&metadata),
                    ..Stat::default()
                },
                data: Some(Data::Disk {
                    path,
                    size: metadata.len(),
                }),
            });
        }
    }
    items.sort_by(|a, b| a.stat.path.cmp(&b.stat.path));
    Ok(Some(Folders {
        context: Arc::new(context),
        dockerfile: Arc::new(items),
        dockerfile_name: name.to_string(),
        stats,
        root: root.to_path_buf(),
    }))
}

fn mtime_nanos(metadata: &std::fs::Metadata) -> i64 {
    metadata
        .mtime()
        .saturating_mul(1_000_000_000)
        .saturating_add(metadata.mtime_nsec())
}

fn go_mode(unix: u32, dir: bool, symlink: bool) -> u32 {
    let mut mode = unix & 0o777;
    for (unix_bit, go_bit) in [
        (0o4000, GO_SETUID),
        (0o2000, GO_SETGID),
        (0o1000, GO_STICKY),
    ] {
        if unix & unix_bit != 0 {
            mode |= go_bit;
        }
    }
    if dir {
        mode |= GO_DIR;
    }
    if symlink {
        mode |= GO_SYMLINK;
    }
    mode
}

/// The context's entries as stats, in walk order; `None` when a name is not UTF-8.
fn walk(
    root: &Path,
    ignore: &Dockerignore,
    pinned: &Pinned,
) -> io::Result<Option<(Vec<Item>, ContextStats)>> {
    let mut items = Vec::new();
    let mut stats = ContextStats::default();
    let mut not_utf8 = false;
    let mut dirs = HashSet::new();
    context::walk(root, ignore, pinned, &mut |entry, source| {
        let Ok(path) = String::from_utf8(entry.raw.clone()) else {
            not_utf8 = true;
            return Ok(());
        };
        let (unix_mode, mod_time) = match &source {
            Source::Disk { metadata, .. } => (metadata.mode(), mtime_nanos(metadata)),
            Source::Memory { mode, mtime, .. } => {
                (*mode, (*mtime as i64).saturating_mul(1_000_000_000))
            }
        };
        let mut stat = Stat {
            path,
            mod_time,
            ..Stat::default()
        };
        // fsutil's receiver wants every folder before what it holds: an excluded folder that
        // an exception re-enters is sent too, as the CLI's walk does.
        let parents = stat
            .path
            .rsplit_once('/')
            .map_or("", |(parents, _)| parents);
        let mut above = String::new();
        for part in parents.split('/').filter(|p| !p.is_empty()) {
            if !above.is_empty() {
                above.push('/');
            }
            above.push_str(part);
            if dirs.insert(above.clone()) {
                let metadata = std::fs::symlink_metadata(root.join(&above))?;
                items.push(Item {
                    stat: Stat {
                        path: above.clone(),
                        mode: go_mode(metadata.mode(), true, false),
                        mod_time: mtime_nanos(&metadata),
                        ..Stat::default()
                    },
                    data: None,
                });
            }
        }
        let mut data = None;
        match &entry.kind {
            EntryKind::Dir => {
                dirs.insert(stat.path.clone());
                stat.mode = go_mode(unix_mode, true, false)
            }
            EntryKind::Symlink { target } => {
                let Some(target) = target.to_str() else {
                    not_utf8 = true;
                    return Ok(());
                };
                stat.mode = go_mode(0o777, false, true);
                stat.size = target.len() as i64;
                stat.linkname = target.to_string();
            }
            EntryKind::HardLink { first } => {
                let Ok(first) = String::from_utf8(first.clone()) else {
                    not_utf8 = true;
                    return Ok(());
                };
                stat.mode = go_mode(unix_mode, false, false);
                stat.linkname = first;
                stats.files += 1;
            }
            EntryKind::File { size } => {
                stat.mode = go_mode(unix_mode, false, false);
                stat.size = *size as i64;
                stats.files += 1;
                stats.bytes += size;
                data = Some(match &source {
                    Source::Memory { contents, .. } => Data::Memory(Arc::from(*contents)),
                    Source::Disk { path, .. } => Data::Disk {
                        path: path.to_path_buf(),
                        size: *size,
                    },
                });
            }
        }
        items.push(Item { stat, data });
        Ok(())
    })?;
    Ok((!not_utf8).then_some((items, stats)))
}

/// The entries a request asks for, as fsutil's walker picks them: its follow paths (the
/// sources of `COPY` and `ADD`, which may hold wildcards: `COPY *.go ./`) join its include
/// patterns, and an entry is sent if one of them matches it or a folder above it, with the
/// folders that hold it. The engine's exclude patterns are the `.dockerignore` it read from
/// us, applied already.
fn select(items: &[Item], includes: &[String], follow: &[String]) -> Result<Vec<usize>, Status> {
    let mut patterns: Vec<String> = includes.to_vec();
    for path in follow {
        let path = path.trim_start_matches("./").trim_matches('/');
        if path.is_empty() || path == "." {
            return Ok((0..items.len()).collect());
        }
        patterns.push(path.to_string());
    }
    if patterns.is_empty() {
        return Ok((0..items.len()).collect());
    }
    let matcher = Dockerignore::new(&patterns)
        .map_err(|err| Status::invalid_argument(format!("include patterns: {err}")))?;
    let mut keep = HashSet::new();
    for item in items {
        let path = item.stat.path.as_str();
        if matcher.excludes(path) {
            keep.insert(path.to_string());
            let mut parent = path;
            while let Some((up, _)) = parent.rsplit_once('/') {
                keep.insert(up.to_string());
                parent = up;
            }
        }
    }
    Ok(items
        .iter()
        .enumerate()
        .filter(|(_, item)| keep.contains(&item.stat.path))
        .map(|(i, _)| i)
        .collect())
}

type PacketStream = Pin<Box<dyn Stream<Item = Result<Packet, Status>> + Send>>;

struct Files {
    folders: Folders,
    /// A file that could not be read: the build's error is then about the context.
    failure: Arc<Mutex<Option<String>>>,
}

fn packet(kind: PacketType, id: u32, data: Vec<u8>) -> Packet {
    Packet {
        r#type: kind as i32,
        stat: None,
        id,
        data,
    }
}

#[tonic::async_trait]
impl FileSync for Files {
    type DiffCopyStream = PacketStream;
    type TarStreamStream = PacketStream;

    async fn diff_copy(
        &self,
        request: Request<Streaming<Packet>>,
    ) -> Result<Response<PacketStream>, Status> {
        let values = |key: &str| -> Vec<String> {
            request
                .metadata()
                .get_all(key)
                .iter()
                .filter_map(|v| v.to_str().ok())
                .map(str::to_string)
                .collect()
        };
        let dir = values("dir-name").into_iter().next().unwrap_or_default();
        let items = match dir.as_str() {
            "context" => self.folders.context.clone(),
            "dockerfile" => self.folders.dockerfile.clone(),
            other => {
                return Err(Status::invalid_argument(format!(
                    "no access allowed to dir {other:?}"
                )));
            }
        };
        let chosen = select(&items, &values("include-patterns"), &values("followpaths"))?;
        let mut inbound = request.into_inner();
        let failure = self.failure.clone();
        let (tx, rx) = mpsc::channel::<Result<Packet, Status>>(64);
        tokio::spawn(async move {
            for &index in &chosen {
                let mut stat = packet(PacketType::PacketStat, 0, Vec::new());
                stat.stat = Some(items[index].stat.clone());
                if tx.send(Ok(stat)).await.is_err() {
                    return;
                }
            }
            let end = packet(PacketType::PacketStat, 0, Vec::new());
            if tx.send(Ok(end)).await.is_err() {
                return;
            }
            while let Ok(Some(asked)) = inbound.message().await {
                match PacketType::try_from(asked.r#type) {
                    Ok(PacketType::PacketReq) => {
                        let Some(&index) = chosen.get(asked.id as usize) else {
                            let _ = tx
                                .send(Err(Status::invalid_argument(format!(
                                    "no file with id {}",
                                    asked.id
                                ))))
                                .await;
                            return;
                        };
                        if let Err(err) = send_file(&tx, asked.id, &items[index]).await {
                            let message = err.to_string();
                            *failure.lock().unwrap_or_else(|e| e.into_inner()) =
                                Some(message.clone());
                            let _ = tx.send(Err(Status::internal(message))).await;
                            return;
                        }
                    }
                    Ok(PacketType::PacketFin) => {
                        let _ = tx
                            .send(Ok(packet(PacketType::PacketFin, 0, Vec::new())))
                            .await;
                        return;
                    }
                    Ok(PacketType::PacketErr) => return,
                    _ => {}
                }
            }
        });
        let stream = futures_util::stream::unfold(rx, |mut rx| async move {
            rx.recv().await.map(|item| (item, rx))
        });
        Ok(Response::new(Box::pin(stream)))
    }

    async fn tar_stream(
        &self,
        _request: Request<Streaming<Packet>>,
    ) -> Result<Response<PacketStream>, Status> {
        Err(Status::unimplemented("only DiffCopy is offered"))
    }
}

/// Sends a file's contents as `DATA` chunks then an empty `DATA`. A file that changed since
/// it was listed is sent at its listed size (cut or padded with zeros), like the tar.
async fn send_file(
    tx: &mpsc::Sender<Result<Packet, Status>>,
    id: u32,
    item: &Item,
) -> io::Result<()> {
    match &item.data {
        Some(Data::Memory(contents)) => {
            for chunk in contents.chunks(CHUNK) {
                if tx
                    .send(Ok(packet(PacketType::PacketData, id, chunk.to_vec())))
                    .await
                    .is_err()
                {
                    return Ok(());
                }
            }
        }
        Some(Data::Disk { path, size }) => {
            let mut file = tokio::fs::File::open(path).await.map_err(|err| {
                io::Error::new(
                    err.kind(),
                    format!(
                        "{}: {err}; make it readable, or list it in .dockerignore",
                        path.display()
                    ),
                )
            })?;
            let mut left = *size;
            while left > 0 {
                let want = CHUNK.min(left as usize);
                let mut chunk = vec![0u8; want];
                let got = file.read(&mut chunk).await?;
                // A file that shrank is padded: `want` zeros.
                if got > 0 {
                    chunk.truncate(got);
                }
                left -= chunk.len() as u64;
                if tx
                    .send(Ok(packet(PacketType::PacketData, id, chunk)))
                    .await
                    .is_err()
                {
                    return Ok(());
                }
            }
        }
        None => {}
    }
    let _ = tx
        .send(Ok(packet(PacketType::PacketData, id, Vec::new())))
        .await;
    Ok(())
}

/// The engine checks that the session is alive.
struct Alive;

#[tonic::async_trait]
impl Health for Alive {
    async fn check(
        &self,
        _request: Request<HealthCheckRequest>,
    ) -> Result<Response<HealthCheckResponse>, Status> {
        Ok(Response::new(HealthCheckResponse {
            status: ServingStatus::Serving as i32,
        }))
    }

    async fn list(
        &self,
        _request: Request<HealthListRequest>,
    ) -> Result<Response<HealthListResponse>, Status> {
        Ok(Response::new(HealthListResponse::default()))
    }

    type WatchStream =
        Pin<Box<dyn Stream<Item = Result<HealthCheckResponse, Status>> + Send + 'static>>;

    async fn watch(
        &self,
        _request: Request<HealthCheckRequest>,
    ) -> Result<Response<Self::WatchStream>, Status> {
        Err(Status::unimplemented("watch is not offered"))
    }
}

/// A running session; dropping it ends it.
pub struct Session {
    pub id: String,
    server: tokio::task::JoinHandle<()>,
    failure: Arc<Mutex<Option<String>>>,
}

impl Session {
    /// Why a file of the context could not be sent, if one could not.
    pub fn failure(&self) -> Option<String> {
        self.failure
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .clone()
    }
}

impl Drop for Session {
    fn drop(&mut self) {
        self.server.abort();
    }
}

/// Opens a session on the engine at `socket` (`POST /session`, upgraded to HTTP/2 with
/// the engine as the gRPC client) and serves `folders` on it.
pub async fn start(socket: &Path, id: &str, folders: Folders) -> io::Result<Session> {
    tokio::time::timeout(HANDSHAKE, start_now(socket, id, folders))
        .await
        .map_err(|_| io::Error::new(io::ErrorKind::TimedOut, "the engine did not answer"))?
}

async fn start_now(socket: &Path, id: &str, folders: Folders) -> io::Result<Session> {
    let mut stream = UnixStream::connect(socket).await?;
    // The same key for the same folder lets the engine send only what changed since.
    let shared_key = {
        use std::hash::{Hash, Hasher};
        let mut hasher = std::collections::hash_map::DefaultHasher::new();
        folders.root.hash(&mut hasher);
        format!("{:016x}", hasher.finish())
    };
    let mut head = format!(
        "POST /session HTTP/1.1\r\nHost: docker\r\nUser-Agent: dockerlings\r\n\
         Connection: Upgrade\r\nUpgrade: h2c\r\nContent-Length: 0\r\n\
         X-Docker-Expose-Session-Uuid: {id}\r\nX-Docker-Expose-Session-Name: dockerlings\r\n\
         X-Docker-Expose-Session-Sharedkey: {shared_key}\r\n"
    );
    for method in METHODS {
        head.push_str(&format!(
            "X-Docker-Expose-Session-Grpc-Method: {method}\r\n"
        ));
    }
    head.push_str("\r\n");
    stream.write_all(head.as_bytes()).await?;
    // Byte by byte: what follows the answer's head is HTTP/2, for the server below.
    let mut answer = Vec::new();
    while !answer.ends_with(b"\r\n\r\n") {
        answer.push(stream.read_u8().await?);
        if answer.len() > 16 * 1024 {
            return Err(io::Error::other(
                "the engine's answer to /session is too long",
            ));
        }
    }
    let answer = String::from_utf8_lossy(&answer);
    let status = answer.lines().next().unwrap_or("").to_string();
    if status.split_whitespace().nth(1) != Some("101") {
        return Err(io::Error::other(format!(
            "the engine offers no BuildKit session: {status}"
        )));
    }
    let failure = Arc::new(Mutex::new(None));
    let files = Files {
        folders,
        failure: failure.clone(),
    };
    let router = tonic::transport::Server::builder()
        .add_service(FileSyncServer::new(files))
        .add_service(HealthServer::new(Alive));
    let server = tokio::spawn(async move {
        let incoming = futures_util::stream::iter([Ok::<_, io::Error>(stream)]);
        // The session ends with the build; how it ends is the build's to report.
        let _ = router.serve_with_incoming(incoming).await;
    });
    Ok(Session {
        id: id.to_string(),
        server,
        failure,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn item(path: &str) -> Item {
        Item {
            stat: Stat {
                path: path.into(),
                ..Stat::default()
            },
            data: None,
        }
    }

    fn chosen(items: &[Item], includes: &[&str], follow: &[&str]) -> Vec<String> {
        let includes: Vec<String> = includes.iter().map(|s| s.to_string()).collect();
        let follow: Vec<String> = follow.iter().map(|s| s.to_string()).collect();
        select(items, &includes, &follow)
            .unwrap()
            .into_iter()
            .map(|i| items[i].stat.path.clone())
            .collect()
    }

    #[test]
    fn requests_get_what_they_name_and_the_folders_above() {
        let items: Vec<Item> = [
            ".dockerignore",
            "Dockerfile",
            "src",
            "src/a",
            "src/a/x.go",
            "src/b.go",
            "main.go",
        ]
        .into_iter()
        .map(item)
        .collect();
        assert_eq!(chosen(&items, &[], &[]).len(), items.len());
        assert_eq!(
            chosen(&items, &[], &[".dockerignore"]),
            vec![".dockerignore"]
        );
        assert_eq!(
            chosen(&items, &[], &["src/a/x.go"]),
            vec!["src", "src/a", "src/a/x.go"]
        );
        assert_eq!(
            chosen(&items, &["src/a"], &[]),
            vec!["src", "src/a", "src/a/x.go"]
        );
        assert_eq!(
            chosen(&items, &["*.go"], &[]),
            vec!["main.go"],
            "not src/b.go"
        );
        assert_eq!(chosen(&items, &["Docker*"], &[]), vec!["Dockerfile"]);
        // `COPY *.go ./` and `COPY src/*.go ./`: follow paths with wildcards.
        assert_eq!(chosen(&items, &[], &["*.go"]), vec!["main.go"]);
        assert_eq!(chosen(&items, &[], &["src/*.go"]), vec!["src", "src/b.go"]);
        assert_eq!(chosen(&items, &[], &["./src/"]).len(), 4);
        assert_eq!(chosen(&items, &[], &["."]).len(), items.len());
        // Both given: what either names (fsutil adds the follow paths to the includes).
        assert_eq!(
            chosen(&items, &["Dockerfile"], &["*.go"]),
            vec!["Dockerfile", "main.go"]
        );
    }

    fn paths(items: &[Item]) -> Vec<&str> {
        items.iter().map(|i| i.stat.path.as_str()).collect()
    }

    #[test]
    fn the_context_leaves_out_what_dockerignore_lists_and_the_dockerfile_folder_has_it() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        std::fs::write(
            root.join(".dockerignore"),
            "Dockerfile\n.dockerignore\ndocs\n!docs/keep.md\n",
        )
        .unwrap();
        std::fs::write(root.join("Dockerfile"), "FROM scratch\n# on disk\n").unwrap();
        std::fs::write(root.join("a.txt"), "a").unwrap();
        std::fs::create_dir(root.join("docs")).unwrap();
        std::fs::write(root.join("docs/keep.md"), "keep").unwrap();
        std::fs::write(root.join("docs/other.md"), "other").unwrap();
        let pinned = Pinned::default().with("Dockerfile", Some(b"FROM scratch\n"));
        let folders = list(root, Path::new("Dockerfile"), &pinned)
            .unwrap()
            .unwrap();
        // `docs` itself is excluded, but fsutil wants the folder before the file it keeps.
        assert_eq!(
            paths(&folders.context),
            vec!["a.txt", "docs", "docs/keep.md"]
        );
        assert_eq!(folders.context[1].stat.mode & GO_DIR, GO_DIR);
        assert_eq!(folders.stats.files, 2);
        assert_eq!(
            paths(&folders.dockerfile),
            vec![".dockerignore", "Dockerfile"]
        );
        match &folders.dockerfile[1].data {
            Some(Data::Memory(contents)) => assert_eq!(&contents[..], b"FROM scratch\n"),
            other => panic!("the Dockerfile is not the pinned one: {other:?}"),
        }
        assert_eq!(folders.dockerfile_name, "Dockerfile");
    }

    #[test]
    fn a_name_that_is_not_utf8_keeps_the_tar() {
        use std::os::unix::ffi::OsStrExt;
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("Dockerfile"), "FROM scratch\n").unwrap();
        let bad = dir.path().join(std::ffi::OsStr::from_bytes(b"bad\xffname"));
        std::fs::write(bad, "x").unwrap();
        let listed = list(dir.path(), Path::new("Dockerfile"), &Pinned::default()).unwrap();
        assert!(listed.is_none());
    }

    #[test]
    fn modes_are_gos() {
        assert_eq!(go_mode(0o100755, false, false), 0o755);
        assert_eq!(go_mode(0o40700, true, false), GO_DIR | 0o700);
        assert_eq!(go_mode(0o104755, false, false), GO_SETUID | 0o755);
        assert_eq!(go_mode(0o777, false, true), GO_SYMLINK | 0o777);
    }
}
