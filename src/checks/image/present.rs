//! `present: [paths]`: these paths exist in the final image's file system (works on `scratch`
//! images, which have no shell to look with). `absent` is the same look, the other way.

use crate::checks::{CheckKind, CheckResult, NonEmpty, Session};
use crate::docker::image;
use crate::docker::naming::ObjectKind;

pub type Config = NonEmpty<String>;

pub fn title(paths: &Config) -> String {
    format!("The image has {}", paths.join(", "))
}

pub async fn run(session: &mut Session<'_>, paths: &Config) -> CheckResult {
    look(session, paths, true).await
}

/// Looks for `paths` in the image; `want_present` says which way passes.
pub(super) async fn look(
    session: &mut Session<'_>,
    paths: &[String],
    want_present: bool,
) -> CheckResult {
    let (kind, title, why) = if want_present {
        (
            CheckKind::Present,
            format!("The image has {}", paths.join(", ")),
            "The app needs these at run time.",
        )
    } else {
        (
            CheckKind::Absent,
            format!("The image has no {}", paths.join(", ")),
            "Build tools and sources left in the final image make it bigger and hand an attacker tools.",
        )
    };
    let tag = match session.image(kind, &title).await {
        Ok(tag) => tag,
        Err(result) => return result,
    };
    let result = CheckResult::new(kind, title, why);
    let found = match image::paths_exist(
        session.engine.docker(),
        &tag,
        paths,
        session.labels(ObjectKind::Probe),
    )
    .await
    {
        Ok(found) => found,
        Err(err) => return result.fail(format!("cannot look inside the image: {err}")),
    };
    let wrong: Vec<&str> = found
        .iter()
        .filter(|(_, exists)| *exists != want_present)
        .map(|(path, _)| path.as_str())
        .collect();
    if wrong.is_empty() {
        return result.pass(if want_present {
            match paths {
                [only] => format!("{only} is there"),
                all => format!("all {} are there", all.len()),
            }
        } else {
            match paths {
                [only] => format!("{only} is not there"),
                all => format!("none of the {} is there", all.len()),
            }
        });
    }
    if want_present {
        result
            .fail(format!(
                "missing from the final image: {}",
                wrong.join(", ")
            ))
            .found(format!("no {}", wrong.join(", ")))
            .expected(paths.join(", "))
    } else {
        result
            .fail(format!(
                "still in the final image: {} (copy only the built artifact into the last stage)",
                wrong.join(", ")
            ))
            .found(wrong.join(", "))
            .expected(format!("none of {}", paths.join(", ")))
    }
}
