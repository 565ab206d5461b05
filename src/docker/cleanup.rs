//! Nothing left behind: every container dockerlings creates is registered while it lives and
//! removed on success, on failure, when its guard is dropped, and on Ctrl-C or SIGTERM; `clean`
//! removes whatever a workspace's labels still find.

use std::collections::BTreeSet;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Mutex, OnceLock};
use std::time::Duration;

use bollard::Docker;
use bollard::query_parameters::{
    ListContainersOptionsBuilder, ListImagesOptionsBuilder, RemoveContainerOptionsBuilder,
    RemoveImageOptionsBuilder,
};

use super::connect;
use super::endpoint::Endpoint;
use super::naming;

/// Containers that exist right now because of this process.
fn live() -> &'static Mutex<BTreeSet<String>> {
    static LIVE: OnceLock<Mutex<BTreeSet<String>>> = OnceLock::new();
    LIVE.get_or_init(|| Mutex::new(BTreeSet::new()))
}

/// Tracks a container this process is responsible for until `unregister`.
pub fn register(id: &str) {
    if let Ok(mut live) = live().lock() {
        live.insert(id.to_string());
    }
}

pub fn unregister(id: &str) {
    if let Ok(mut live) = live().lock() {
        live.remove(id);
    }
}

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
        register(&id);
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
        unregister(&self.id);
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
        // A guard dropped by an early return or a cancelled future: remove the container
        // before going on, when the runtime allows waiting here; otherwise in the background
        // (the interrupt handler still knows it until then).
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
            unregister(&id);
        } else {
            handle.spawn(async move {
                let _ = remove_container(&docker, &id).await;
                unregister(&id);
            });
        }
    }
}

static INTERRUPTED: AtomicBool = AtomicBool::new(false);

type Hooks = Mutex<Vec<fn()>>;

/// What must happen before an interrupted process exits, like giving the terminal back.
fn interrupt_hooks() -> &'static Hooks {
    static HOOKS: OnceLock<Hooks> = OnceLock::new();
    HOOKS.get_or_init(|| Mutex::new(Vec::new()))
}

/// Runs `hook` when a SIGINT or SIGTERM ends the process, before the handler removes the
/// containers and exits: watch mode gives the terminal back first, so the message and the
/// shell prompt land on a usable screen. Registering the same hook twice runs it once.
pub fn on_interrupt(hook: fn()) {
    if let Ok(mut hooks) = interrupt_hooks().lock()
        && !hooks.contains(&hook)
    {
        hooks.push(hook);
    }
}

/// A SIGINT or SIGTERM arrived: the process is about to exit, and what fails now failed
/// because its containers were removed.
pub fn interrupted() -> bool {
    INTERRUPTED.load(Ordering::SeqCst)
}

/// Never returns once interrupted: the handler's exit code (130) must win over a result that
/// failed only because the handler removed its container.
pub async fn hold_if_interrupted() {
    if interrupted() {
        std::future::pending::<()>().await;
    }
}

/// Installs, once per process, a handler for SIGINT and SIGTERM that removes the live
/// containers and exits (130 for SIGINT, 143 for SIGTERM). It runs on its own thread with its
/// own runtime and client, so it works whatever runtime the commands use.
pub fn install_interrupt_handler(endpoint: &Endpoint) {
    static INSTALLED: OnceLock<()> = OnceLock::new();
    let endpoint = endpoint.clone();
    INSTALLED.get_or_init(move || {
        let (ready_tx, ready_rx) = std::sync::mpsc::channel();
        let spawned = std::thread::Builder::new()
            .name("dockerlings-signals".into())
            .spawn(move || {
                let Ok(runtime) = tokio::runtime::Builder::new_current_thread()
                    .enable_all()
                    .build()
                else {
                    let _ = ready_tx.send(());
                    return;
                };
                runtime.block_on(async move {
                    use tokio::signal::unix::{SignalKind, signal};
                    let streams = (
                        signal(SignalKind::interrupt()),
                        signal(SignalKind::terminate()),
                    );
                    let _ = ready_tx.send(());
                    let (Ok(mut interrupt), Ok(mut terminate)) = streams else {
                        return;
                    };
                    let code = tokio::select! {
                        _ = interrupt.recv() => 130,
                        _ = terminate.recv() => 143,
                    };
                    INTERRUPTED.store(true, Ordering::SeqCst);
                    let hooks = interrupt_hooks()
                        .lock()
                        .map(|hooks| hooks.clone())
                        .unwrap_or_default();
                    for hook in hooks {
                        hook();
                    }
                    let removed = remove_live_containers(&endpoint).await;
                    if removed > 0 {
                        eprintln!(
                            "\ninterrupted: removed {removed} container{} dockerlings had started",
                            if removed == 1 { "" } else { "s" }
                        );
                    }
                    exit_now(code);
                });
            });
        // Wait until the handlers are registered, so no signal slips through in between.
        if spawned.is_ok() {
            let _ = ready_rx.recv_timeout(Duration::from_secs(2));
        }
    });
}

/// Ends the process from the signal thread: the commands' own code is blocked elsewhere, and
/// an interrupted run has no result to return.
#[allow(clippy::disallowed_methods)]
fn exit_now(code: i32) -> ! {
    std::process::exit(code)
}

/// Removes every container still registered; returns how many.
pub async fn remove_live_containers(endpoint: &Endpoint) -> usize {
    let ids: Vec<String> = live()
        .lock()
        .map(|live| live.iter().cloned().collect())
        .unwrap_or_default();
    if ids.is_empty() {
        return 0;
    }
    let Ok(docker) = connect::client(endpoint) else {
        return 0;
    };
    let docker = docker.negotiate_version().await.unwrap_or_else(|_| {
        connect::client(endpoint).expect("the same endpoint made a client a moment ago")
    });
    let mut removed = 0;
    for id in ids {
        let outcome =
            tokio::time::timeout(Duration::from_secs(10), remove_container(&docker, &id)).await;
        if matches!(outcome, Ok(Ok(()))) {
            removed += 1;
            unregister(&id);
        }
    }
    removed
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
