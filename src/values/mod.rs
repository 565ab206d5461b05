//! The values lesson files write, parsed strictly: sizes (`20MB`), durations (`20s`) and
//! paths that cannot leave the course folder. Leaves: used by the course, the checks and
//! the driver, they use nothing of the crate.

pub mod duration;
pub mod path;
pub mod size;
