//! `present: [paths]`: these paths exist in the final image's file system (works on `scratch`
//! images, which have no shell to look with). The look itself is `absent`'s, the other way.

use crate::checks::{CheckResult, NonEmpty, Session};

pub type Config = NonEmpty<String>;

pub fn title(paths: &Config) -> String {
    format!("The image has {}", paths.join(", "))
}

pub async fn run(session: &mut Session<'_>, paths: &Config) -> CheckResult {
    super::absent::look(session, paths, true).await
}
