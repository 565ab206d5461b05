//! The static checks: read the Dockerfile, need no engine, run in milliseconds.

use std::path::Path;

use crate::course::Check;
use crate::verdict::CheckResult;

/// Runs the static checks among `checks` on a Dockerfile's text, in order. `file` is the
/// Dockerfile's path relative to the exercise folder, for locations.
pub fn run_static(_text: &str, _file: &Path, _checks: &[&Check]) -> Vec<CheckResult> {
    Vec::new()
}
