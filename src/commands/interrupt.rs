//! The process's one signal policy. SIGINT, SIGTERM and SIGHUP cancel a token that every run
//! below is given: builds stop, running containers are removed, watch mode gives the terminal
//! back, and the command ends with 128 + the signal's number. A second signal means "now":
//! whoever waits for the clean-up stops waiting.

use std::sync::Arc;
use std::sync::atomic::{AtomicU8, Ordering};

use tokio_util::sync::CancellationToken;

/// The signal handler's side that commands hold.
#[derive(Clone)]
pub struct Interrupt {
    first: CancellationToken,
    second: CancellationToken,
    signal: Arc<AtomicU8>,
}

impl Interrupt {
    /// Installs the handler; call inside the runtime, before any work that must be cleaned up.
    /// The signals are caught from the moment this returns.
    pub fn install() -> std::io::Result<Interrupt> {
        let interrupt = Interrupt {
            first: CancellationToken::new(),
            second: CancellationToken::new(),
            signal: Arc::new(AtomicU8::new(0)),
        };
        #[cfg(unix)]
        {
            use tokio::signal::unix::{SignalKind, signal};
            let mut int = signal(SignalKind::interrupt())?;
            let mut term = signal(SignalKind::terminate())?;
            let mut hup = signal(SignalKind::hangup())?;
            let handler = interrupt.clone();
            tokio::spawn(async move {
                loop {
                    let number = tokio::select! {
                        _ = int.recv() => 2,
                        _ = term.recv() => 15,
                        _ = hup.recv() => 1,
                    };
                    handler.arrived(number);
                }
            });
        }
        #[cfg(not(unix))]
        {
            let handler = interrupt.clone();
            tokio::spawn(async move {
                while tokio::signal::ctrl_c().await.is_ok() {
                    handler.arrived(2);
                }
            });
        }
        Ok(interrupt)
    }

    fn arrived(&self, number: u8) {
        if self.first.is_cancelled() {
            self.second.cancel();
        } else {
            self.signal.store(number, Ordering::SeqCst);
            self.first.cancel();
        }
    }

    /// Cancelled by the first signal: what runs below stops and cleans up.
    pub fn token(&self) -> &CancellationToken {
        &self.first
    }

    /// Cancelled by a second signal: stop waiting for the clean-up.
    pub fn hurry(&self) -> &CancellationToken {
        &self.second
    }

    /// The number of the signal that arrived, if one did.
    pub fn signal(&self) -> Option<u8> {
        match self.signal.load(Ordering::SeqCst) {
            0 => None,
            number => Some(number),
        }
    }

    /// Runs `work`, which stops by itself once the token is cancelled; a second signal drops
    /// it (its guards still remove what it made). `None` when it was dropped.
    pub async fn run<F: std::future::Future>(&self, work: F) -> Option<F::Output> {
        tokio::select! {
            biased;
            out = work => Some(out),
            () = self.second.cancelled() => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn the_first_signal_cancels_and_a_second_hurries() {
        let interrupt = Interrupt::install().unwrap();
        assert_eq!(interrupt.signal(), None);
        interrupt.arrived(15);
        assert!(interrupt.token().is_cancelled());
        assert!(!interrupt.hurry().is_cancelled());
        assert_eq!(interrupt.signal(), Some(15));
        // Work that stops by itself once cancelled finishes with its own result.
        assert_eq!(interrupt.run(async { 7 }).await, Some(7));
        interrupt.arrived(2);
        assert!(interrupt.hurry().is_cancelled());
        // The first signal decides the exit code.
        assert_eq!(interrupt.signal(), Some(15));
        assert_eq!(interrupt.run(std::future::pending::<()>()).await, None);
    }
}
