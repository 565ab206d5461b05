//! `absent` and `present`: paths in the final image's file system (works on `scratch` images,
//! which have no shell to look with).

use super::Session;
use crate::checks::CheckResult;
use crate::docker::image;
use crate::docker::naming::ObjectKind;

pub async fn check(session: &mut Session<'_>, paths: &[String], want_present: bool) -> CheckResult {
    let (kind, title, why) = if want_present {
        (
            "present",
            format!("The image has {}", paths.join(", ")),
            "The app needs these at run time.",
        )
    } else {
        (
            "absent",
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
            format!("all {} there", paths.len())
        } else {
            format!("none of the {} is there", paths.len())
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
