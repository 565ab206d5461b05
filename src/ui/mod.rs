//! What the learner sees.

pub mod bar;
pub mod explain;
pub mod link;
pub mod list;
pub mod progress;
pub mod render;
pub mod watch;
pub mod wrap;
