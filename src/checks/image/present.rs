//! `present: [paths]`: these paths exist in the final image's file system (works on `scratch`
//! images, which have no shell to look with). `absent` is the same look, the other way.

use crate::checks::{CheckKind, CheckResult, NonEmpty, Session};
use crate::docker::image;
use crate::docker::naming::ObjectKind;
use crate::dockerfile::BaseTarget;

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
        let result = result
            .found(wrong.join(", "))
            .expected(format!("none of {}", paths.join(", ")));
        match absent_cause(session, &wrong).await {
            Some((message, line)) => result
                .fail(format!("still in the final image: {message}"))
                .at(session.dockerfile_path().to_path_buf(), line),
            None => result.fail(format!(
                "still in the final image: {} (copy only the built artifact into the last stage)",
                wrong.join(", ")
            )),
        }
    }
}

/// Reads why `wrong` are in the image: looks into the last stage's base image and the build
/// context for them, then lets the Dockerfile tell.
async fn absent_cause(session: &Session<'_>, wrong: &[&str]) -> Option<(String, usize)> {
    let df = session.dockerfile()?;
    let last = df.final_stage();
    let mut in_base = Vec::new();
    if matches!(last.base.target, BaseTarget::Image(_)) {
        let owned: Vec<String> = wrong.iter().map(|p| p.to_string()).collect();
        if let Ok(found) = image::paths_exist(
            session.engine.docker(),
            &last.base.resolved,
            &owned,
            session.labels(ObjectKind::Probe),
        )
        .await
        {
            in_base = wrong
                .iter()
                .copied()
                .filter(|p| found.iter().any(|(f, exists)| *exists && f == p))
                .collect();
        }
    }
    let rules = session.ignore_rules().ok();
    let context = &session.job.context;
    let in_context = |file: &str| {
        context.join(file).exists() && !rules.as_ref().is_some_and(|r| r.excludes(file))
    };
    super::absent::cause(df, wrong, &in_base, &in_context)
}
