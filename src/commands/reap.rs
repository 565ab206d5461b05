//! `dockerlings reap-containers --owner PID` (hidden): the engine-side deadline. A command
//! that runs containers starts one in its own process group (so a Ctrl-C meant for the
//! command does not reach it) with a pipe as its stdin. Every second it removes the owner's
//! containers whose deadline passed; when the pipe closes (the owner ended, even by SIGKILL)
//! it removes all of the owner's containers and exits.

use std::process::{Command, Stdio};
use std::sync::Mutex;
use std::time::Duration;

use anyhow::Result;

use super::Exit;
use crate::docker::{self, Engine};

/// The write end of the reaper's stdin: held until this process ends, then closed by the
/// system whatever ends it.
static PIPE: Mutex<Option<std::process::ChildStdin>> = Mutex::new(None);

/// Starts the reaper for this process's containers.
pub fn spawn(engine: &docker::Config) -> std::io::Result<()> {
    let mut command = Command::new(std::env::current_exe()?);
    command
        .arg("reap-containers")
        .arg("--owner")
        .arg(std::process::id().to_string());
    if let Some(host) = &engine.host {
        command.arg("--host").arg(host);
    }
    command
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::null());
    #[cfg(unix)]
    std::os::unix::process::CommandExt::process_group(&mut command, 0);
    let mut child = command.spawn()?;
    if let Ok(mut pipe) = PIPE.lock() {
        *pipe = child.stdin.take();
    }
    // Not waited for: it outlives this process on purpose.
    drop(child);
    Ok(())
}

pub fn run(engine: &docker::Config, owner: u32) -> Result<Exit> {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()?;
    let (gone_tx, gone) = tokio::sync::oneshot::channel::<()>();
    std::thread::spawn(move || {
        // Nothing is ever written: this returns when the owner's end closes.
        let _ = std::io::copy(&mut std::io::stdin().lock(), &mut std::io::sink());
        let _ = gone_tx.send(());
    });
    runtime.block_on(async {
        #[cfg(unix)]
        let (mut int, mut hup) = {
            use tokio::signal::unix::{SignalKind, signal};
            (
                signal(SignalKind::interrupt())?,
                signal(SignalKind::hangup())?,
            )
        };
        let mut connected: Option<Engine> = None;
        let mut tick = tokio::time::interval(Duration::from_secs(1));
        tokio::pin!(gone);
        loop {
            #[cfg(unix)]
            tokio::select! {
                _ = &mut gone => break,
                _ = tick.tick() => round(engine, &mut connected, owner, false).await,
                // The owner's Ctrl-C or a closed terminal is not for this process.
                _ = int.recv() => {}
                _ = hup.recv() => {}
            }
            #[cfg(not(unix))]
            tokio::select! {
                _ = &mut gone => break,
                _ = tick.tick() => round(engine, &mut connected, owner, false).await,
            }
        }
        // A create the owner sent just before it ended can still land: look once more.
        round(engine, &mut connected, owner, true).await;
        tokio::time::sleep(Duration::from_secs(2)).await;
        round(engine, &mut connected, owner, true).await;
        anyhow::Ok(())
    })?;
    Ok(Exit::Pass)
}

async fn round(config: &docker::Config, connected: &mut Option<Engine>, owner: u32, gone: bool) {
    if connected.is_none() {
        *connected = Engine::connect(config).await.ok();
    }
    if let Some(engine) = connected
        && docker::reap(engine, owner, gone).await.is_err()
    {
        // Reconnect next time: the engine may have restarted.
        *connected = None;
    }
}
