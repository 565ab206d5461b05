//! Workshops: the class server an instructor runs and the learner's side that reports to it.

pub mod client;
pub mod learner;
pub mod protocol;
pub mod queue;
pub mod server;
