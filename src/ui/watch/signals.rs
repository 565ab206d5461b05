//! Signals that end watch mode the same way `q` does: SIGTERM (a service manager, `kill`),
//! SIGHUP (the terminal closed), SIGINT (sent by another process; a typed Ctrl-C arrives as a
//! key in raw mode).

use std::io;

pub struct Signals {
    #[cfg(unix)]
    unix: [tokio::signal::unix::Signal; 3],
}

impl Signals {
    pub fn listen() -> io::Result<Signals> {
        #[cfg(unix)]
        {
            use tokio::signal::unix::{SignalKind, signal};
            Ok(Signals {
                unix: [
                    signal(SignalKind::terminate())?,
                    signal(SignalKind::hangup())?,
                    signal(SignalKind::interrupt())?,
                ],
            })
        }
        #[cfg(not(unix))]
        {
            Ok(Signals {})
        }
    }

    /// Waits for the next signal; returns the exit code that reports it (128 + its number).
    pub async fn next(&mut self) -> u8 {
        #[cfg(unix)]
        {
            let [term, hup, int] = &mut self.unix;
            tokio::select! {
                _ = term.recv() => 128 + 15,
                _ = hup.recv() => 128 + 1,
                _ = int.recv() => 128 + 2,
            }
        }
        #[cfg(not(unix))]
        {
            let _ = tokio::signal::ctrl_c().await;
            128 + 2
        }
    }
}
