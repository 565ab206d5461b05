//! The class server an instructor runs (`classroom serve`): learners join with a code and post
//! their events; the instructor's dashboard shows the class live. It returns what to print
//! and runs until told to stop; it prints nothing itself.

mod auth;
mod grid;
mod routes;
mod store;

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use anyhow::{Context as _, Result};
use tokio::sync::{Notify, watch};

pub use grid::Column;
pub use store::Location;

use auth::Buckets;
use grid::Grid;
use store::{Class, Store};

/// What `classroom serve` was asked for.
pub struct Config {
    /// The class's name: a new class's, or a new name for the stored one.
    pub name: Option<String>,
    pub bind: SocketAddr,
    pub store: Location,
    /// The course learners must have made their workspace from, and its exercises.
    pub course_id: String,
    pub exercises: Vec<Column>,
    /// Where the instructor token is kept for this store, so that a restart can show it again
    /// (the store keeps only its hash).
    pub token_file: PathBuf,
    /// Replace the stored class's instructor token with a new one.
    pub new_token: bool,
    pub limits: Limits,
    /// Load balancers in front of this server, whose `X-Forwarded-For` names the client.
    pub trusted_proxies: Vec<std::net::IpAddr>,
}

/// What one client may hold of the server: a place among its connections, and time.
#[derive(Clone, Copy, Debug)]
pub struct Limits {
    /// Connections served at once; the next waits, unaccepted, for a free place. A class of
    /// 300, each with its status page and a few dashboards, needs a few hundred.
    pub connections: usize,
    /// How long a client may take to send a request's headers, and an idle connection may
    /// stay open, before it is closed (so that slow or silent clients cannot keep the places).
    pub headers: Duration,
    /// How long a request may take to send its body and be answered (a dashboard stream's
    /// answer is its first bytes; the stream itself goes on).
    pub request: Duration,
}

impl Default for Limits {
    fn default() -> Limits {
        Limits {
            connections: 1024,
            headers: Duration::from_secs(10),
            request: Duration::from_secs(15),
        }
    }
}

/// Joins: wrong codes or tokens per address (a few, then one per 6 s), all joins per address.
const FAILURES: (f64, f64) = (10.0, 1.0 / 6.0);
const JOINS: (f64, f64) = (400.0, 5.0);
/// Events per learner: a catch-up burst after time offline, then 20 a second.
const EVENTS: (f64, f64) = (2000.0, 20.0);

/// How often each server looks at the store for what other servers stored.
const POLL: Duration = Duration::from_secs(1);

/// A server, listening, not yet answering.
pub struct Server {
    listener: tokio::net::TcpListener,
    limits: Limits,
    trusted_proxies: Arc<[std::net::IpAddr]>,
    app: Arc<App>,
    pub address: SocketAddr,
    pub class_name: String,
    pub join_code: String,
    /// The instructor token, when known: just made, or read back from the token file.
    pub instructor_token: Option<String>,
    /// Whether this start made the class.
    pub new_class: bool,
    /// Whether this start replaced the instructor token of a stored class.
    pub new_token: bool,
    pub store_description: String,
}

/// The views every dashboard stream sends, serialized once per change.
#[derive(Default)]
struct Published {
    grid: String,
    projector: String,
}

pub(crate) struct App {
    store: Store,
    class: Class,
    /// The instructor token's hash as the store has it now (another server may change it).
    instructor_hash: std::sync::RwLock<String>,
    course_id: String,
    exercises: Vec<Column>,
    failures: Buckets<std::net::IpAddr>,
    joins: Buckets<std::net::IpAddr>,
    events: Buckets<String>,
    /// A write on this server: refresh the dashboards now rather than at the next poll.
    changed: Notify,
    published: watch::Sender<Arc<Published>>,
}

impl App {
    fn instructor_hash(&self) -> String {
        self.instructor_hash
            .read()
            .map(|hash| hash.clone())
            .unwrap_or_default()
    }

    async fn grid(&self) -> Result<Grid> {
        let snapshot = self.store.snapshot().await?;
        Ok(Grid::build(snapshot, &self.exercises, now_ms()))
    }
}

pub fn now_ms() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_millis() as i64)
        .unwrap_or(0)
}

impl Server {
    /// Opens the store (making the class the first time) and starts listening.
    pub async fn start(config: Config) -> Result<Server> {
        let store = Store::open(&config.store).await?;
        let mut made_token = None;
        let fresh = || -> Class {
            let token = auth::new_token("di_").unwrap_or_default();
            let class = Class {
                name: config
                    .name
                    .clone()
                    .unwrap_or_else(|| "Docker multistage workshop".into()),
                join_code: auth::new_join_code().unwrap_or_default(),
                instructor_hash: auth::hash(&token),
            };
            made_token = Some(token);
            class
        };
        let (mut class, new_class) = store.class(fresh, config.name.as_deref(), now_ms()).await?;
        anyhow::ensure!(
            class.join_code.len() == 9 && class.instructor_hash.len() == 64,
            "the system's random source failed: no join code or token could be made"
        );
        let instructor_token = match (new_class, made_token) {
            (true, Some(token)) => {
                keep_token(&config.token_file, &token)?;
                Some(token)
            }
            _ if config.new_token => {
                let token = auth::new_token("di_")?;
                class.instructor_hash = auth::hash(&token);
                store.set_instructor_hash(&class.instructor_hash).await?;
                keep_token(&config.token_file, &token)?;
                Some(token)
            }
            _ => read_token(&config.token_file)
                .filter(|token| auth::token_matches(token, &class.instructor_hash)),
        };
        let listener = tokio::net::TcpListener::bind(config.bind)
            .await
            .with_context(|| {
                format!(
                    "cannot listen on {}: is another server using that port? Pick another with --bind ADDR:PORT",
                    config.bind
                )
            })?;
        let address = listener.local_addr()?;
        let (published, _) = watch::channel(Arc::new(Published::default()));
        let app = Arc::new(App {
            store,
            course_id: config.course_id,
            exercises: config.exercises,
            failures: Buckets::new(FAILURES.0, FAILURES.1),
            joins: Buckets::new(JOINS.0, JOINS.1),
            events: Buckets::new(EVENTS.0, EVENTS.1),
            changed: Notify::new(),
            published,
            instructor_hash: std::sync::RwLock::new(class.instructor_hash.clone()),
            class: class.clone(),
        });
        Ok(Server {
            listener,
            limits: config.limits,
            trusted_proxies: config.trusted_proxies.into(),
            address,
            class_name: class.name,
            join_code: class.join_code,
            instructor_token,
            new_class,
            new_token: config.new_token && !new_class,
            store_description: config.store.describe(),
            app,
        })
    }

    /// Answers until `stop` completes; then stops taking requests and closes the store.
    pub async fn run(self, stop: impl Future<Output = ()> + Send + 'static) -> Result<()> {
        let app = self.app.clone();
        let publisher = tokio::spawn(publish(app.clone()));
        let router = routes::router(app.clone(), self.limits.request);
        let mut http = hyper::server::conn::http1::Builder::new();
        http.timer(hyper_util::rt::TokioTimer::new())
            .header_read_timeout(self.limits.headers);
        let graceful = hyper_util::server::graceful::GracefulShutdown::new();
        let places = Arc::new(tokio::sync::Semaphore::new(self.limits.connections));
        let mut connections = tokio::task::JoinSet::new();
        tokio::pin!(stop);
        loop {
            let place = tokio::select! {
                () = &mut stop => break,
                place = places.clone().acquire_owned() => place?,
            };
            let (stream, peer) = tokio::select! {
                () = &mut stop => break,
                accepted = self.listener.accept() => match accepted {
                    Ok(accepted) => accepted,
                    // Out of file descriptors, or a client gone before it was accepted.
                    Err(_) => {
                        tokio::time::sleep(Duration::from_millis(50)).await;
                        continue;
                    }
                },
            };
            let router = router.clone();
            let trusted = self.trusted_proxies.clone();
            let service = hyper::service::service_fn(
                move |mut request: hyper::Request<hyper::body::Incoming>| {
                    let client = routes::Client::of(peer.ip(), request.headers(), &trusted);
                    request.extensions_mut().insert(client);
                    tower::ServiceExt::oneshot(router.clone(), request)
                },
            );
            let connection = graceful
                .watch(http.serve_connection(hyper_util::rt::TokioIo::new(stream), service));
            connections.spawn(async move {
                let _ = connection.await;
                drop(place);
            });
            while connections.try_join_next().is_some() {}
        }
        drop(self.listener);
        // Dashboard streams never end by themselves: give requests in flight a moment, then go.
        let _ = tokio::time::timeout(Duration::from_secs(2), graceful.shutdown()).await;
        connections.shutdown().await;
        publisher.abort();
        app.store.close().await;
        Ok(())
    }
}

/// Keeps each dashboard stream's views current: soon after a write here, and each second for
/// what other servers sharing the store wrote; at most once a second (a class of 300 makes a
/// grid of a few hundred KiB, and a burst of events is one update).
async fn publish(app: Arc<App>) {
    let mut seen = None;
    let mut last = tokio::time::Instant::now();
    loop {
        tokio::select! {
            () = tokio::time::sleep(POLL) => {}
            () = app.changed.notified() => {
                tokio::time::sleep_until((last + POLL).max(tokio::time::Instant::now() + Duration::from_millis(100))).await;
            }
        }
        last = tokio::time::Instant::now();
        let Ok(revision) = app.store.revision().await else {
            continue;
        };
        // Also every 30 s: the "stuck for" times move on.
        let stale = seen.is_some_and(|(_, at): (i64, i64)| now_ms() - at > 30_000);
        if seen.map(|(r, _)| r) == Some(revision) && !stale {
            continue;
        }
        if let Ok(Some(class)) = app.store.read_class().await
            && let Ok(mut hash) = app.instructor_hash.write()
        {
            *hash = class.instructor_hash;
        }
        let Ok(grid) = app.grid().await else {
            continue;
        };
        let published = Published {
            grid: serde_json::to_string(&grid).unwrap_or_default(),
            projector: serde_json::to_string(&grid.projector()).unwrap_or_default(),
        };
        app.published.send_replace(Arc::new(published));
        seen = Some((revision, now_ms()));
    }
}

/// Written readable by its owner only.
fn keep_token(path: &Path, token: &str) -> Result<()> {
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir)?;
    }
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    use std::io::Write;
    options
        .open(path)
        .and_then(|mut file| file.write_all(format!("{token}\n").as_bytes()))
        .with_context(|| format!("cannot keep the instructor token in {}", path.display()))
}

fn read_token(path: &Path) -> Option<String> {
    std::fs::read_to_string(path)
        .ok()
        .map(|text| text.trim().to_string())
}
