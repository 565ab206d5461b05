//! What the learner sees.

pub mod explain;
pub mod list;
pub mod progress;
pub mod render;
pub mod watch;
