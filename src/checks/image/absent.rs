//! `absent: [paths]`: these paths (the toolchain, the sources) are not in the final image.

use crate::checks::{CheckResult, NonEmpty, Session};

pub type Config = NonEmpty<String>;

pub fn title(paths: &Config) -> String {
    format!("The image has no {}", paths.join(", "))
}

pub async fn run(session: &mut Session<'_>, paths: &Config) -> CheckResult {
    super::present::look(session, paths, false).await
}
