//! The check runs the loop owns: the current one, and cancelled ones still cleaning up.

use futures_util::StreamExt;
use futures_util::future::LocalBoxFuture;
use futures_util::stream::FuturesUnordered;
use tokio_util::sync::CancellationToken;

use super::runner::{Outcome, RunId};

struct Active<'c> {
    id: RunId,
    cancel: CancellationToken,
    future: LocalBoxFuture<'c, Outcome>,
}

/// What `wait` saw.
pub enum Done {
    /// The current run ended.
    Finished(RunId, Outcome),
    /// A cancelled run finished removing what it made.
    Drained,
}

#[derive(Default)]
pub struct Runs<'c> {
    last_id: RunId,
    active: Option<Active<'c>>,
    /// Cancelled runs are awaited to the end, never dropped: dropping one mid-build would
    /// leave its containers behind.
    draining: FuturesUnordered<LocalBoxFuture<'c, Outcome>>,
}

impl<'c> Runs<'c> {
    /// A number and a cancel token for the next run.
    pub fn next_run(&mut self) -> (RunId, CancellationToken) {
        self.last_id += 1;
        (self.last_id, CancellationToken::new())
    }

    /// Makes `future` the current run, cancelling the one before.
    pub fn start(
        &mut self,
        id: RunId,
        cancel: CancellationToken,
        future: LocalBoxFuture<'c, Outcome>,
    ) {
        self.stop();
        self.active = Some(Active { id, cancel, future });
    }

    /// Cancels the current run; it goes on until it has cleaned up.
    pub fn stop(&mut self) {
        if let Some(active) = self.active.take() {
            active.cancel.cancel();
            self.draining.push(active.future);
        }
    }

    pub fn is_active(&self) -> bool {
        self.active.is_some()
    }

    pub fn is_draining(&self) -> bool {
        !self.draining.is_empty()
    }

    /// Drives every run; returns when the current one ends or a cancelled one is done.
    /// Pending forever when there is nothing to drive.
    pub async fn wait(&mut self) -> Done {
        let draining = !self.draining.is_empty();
        let active = &mut self.active;
        let cancelled = &mut self.draining;
        tokio::select! {
            (id, outcome) = async {
                match active.as_mut() {
                    Some(run) => (run.id, run.future.as_mut().await),
                    None => std::future::pending().await,
                }
            } => {
                *active = None;
                Done::Finished(id, outcome)
            }
            Some(_) = cancelled.next(), if draining => Done::Drained,
        }
    }
}

#[cfg(test)]
mod tests {
    use futures_util::FutureExt;

    use super::*;

    #[tokio::test]
    async fn a_replaced_run_is_cancelled_and_still_awaited() {
        let mut runs = Runs::default();
        let (first, cancel) = runs.next_run();
        let token = cancel.clone();
        let cleaned_up = std::rc::Rc::new(std::cell::Cell::new(false));
        let flag = cleaned_up.clone();
        runs.start(
            first,
            cancel,
            async move {
                token.cancelled().await;
                tokio::task::yield_now().await;
                flag.set(true);
                Outcome::Cancelled
            }
            .boxed_local(),
        );
        let (second, cancel) = runs.next_run();
        runs.start(
            second,
            cancel,
            async { Outcome::All(Vec::new()) }.boxed_local(),
        );
        assert!(runs.is_draining());
        let mut finished = None;
        while runs.is_active() || runs.is_draining() {
            if let Done::Finished(id, _) = runs.wait().await {
                finished = Some(id);
            }
        }
        assert_eq!(finished, Some(second));
        assert!(cleaned_up.get());
    }
}
