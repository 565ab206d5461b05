//! `cache`: after a one-line edit to a source file, the dependency step comes from the cache.
//! The edit happens in a scratch copy of the exercise; the learner's files are not touched.

use serde::{Deserialize, Serialize};

use crate::checks::session::nonce;
use crate::checks::{CheckKind, CheckResult, Session, Validate};
use crate::docker::build::{self, BuildError, BuildSpec, Step};
use crate::docker::cache;
use crate::docker::naming::ObjectKind;
use crate::dockerfile::{Kind, normalize};
use crate::values::path::CoursePath;

#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// The source file that gets a one-line edit, relative to the exercise folder.
    pub edit: CoursePath,
    /// A text of the instruction that must come from the cache, e.g. `go mod download`.
    pub reused: String,
}

impl Validate for Config {}

pub fn title(spec: &Config) -> String {
    format!("`{}` is reused after an edit to {}", spec.reused, spec.edit)
}

const WHY: &str = "Copying the dependency manifests and installing them before the sources lets a code change reuse the slow install step from the cache.";

pub async fn run(session: &mut Session<'_>, spec: &Config) -> CheckResult {
    let edited = spec.edit.to_string();
    let title = title(spec);
    // The first build fills the cache with the learner's files as they are.
    if let Err(result) = session.image(CheckKind::Cache, &title).await {
        return result;
    }
    let result = CheckResult::new(CheckKind::Cache, title, WHY);
    let job = session.job;
    let ignore = match session.ignore_rules() {
        Ok(ignore) => ignore,
        Err(err) => return result.fail(err.to_string()),
    };
    if !spec.edit.under(&job.context).is_file() {
        return result
            .fail(format!("there is no file {edited} in the exercise to edit"))
            .expected(format!("a file {edited}"));
    }
    let edit_sent = !ignore.excludes(edited.replace('\\', "/"));
    let scratch = match tempfile::Builder::new()
        .prefix("dockerlings-cache-")
        .tempdir()
    {
        Ok(dir) => dir,
        Err(err) => return result.fail(format!("cannot make a scratch folder: {err}")),
    };
    let copy = cache::copy_tree(&job.context, scratch.path())
        .and_then(|_| cache::edit(&spec.edit.under(scratch.path()), &nonce()));
    if let Err(err) = copy {
        return result.fail(format!("cannot prepare the edited copy: {err}"));
    }
    let build_spec = BuildSpec {
        context: scratch.path().to_path_buf(),
        dockerfile: job.dockerfile.clone(),
        tag: session.tag("cache-probe"),
        target: None,
        labels: session.labels(ObjectKind::Build),
        // The copy is of the folder now; the Dockerfile is the one this run read.
        pinned: session.pinned(),
    };
    let built = build::build(
        session.engine.docker(),
        session.engine.builder,
        &build_spec,
        &session.build_events(),
        session.cancel,
    )
    .await;
    let built = match built {
        Ok(built) => built,
        Err(BuildError::Cancelled) => return result.skipped("cancelled"),
        Err(err) => {
            return result.fail(format!(
                "the build after a one-line edit to {edited} failed: {err}"
            ));
        }
    };
    let details: Vec<String> = built
        .steps
        .iter()
        .map(|step| {
            format!(
                "{}  {}",
                if step.cached { "cached " } else { "rebuilt" },
                step.instruction
            )
        })
        .collect();
    // Only RUN steps do work worth caching; FROM and metadata steps say nothing. Every RUN
    // that runs the wanted command must come from the cache, so a harmless extra step
    // elsewhere cannot stand in for the real one.
    let wanted = normalize(&spec.reused);
    let runs: Vec<&Step> = built
        .steps
        .iter()
        .filter(|s| {
            let text = as_words(&s.instruction);
            text.starts_with("run ") && text.contains(&wanted)
        })
        .collect();
    let Some(step) = runs.iter().find(|s| !s.cached).or(runs.first()).copied() else {
        return result
            .fail(format!("no RUN instruction runs `{}`", spec.reused))
            .expected(format!("a RUN instruction with `{}`", spec.reused))
            .details(details);
    };
    if !step.cached {
        let result = result
            .fail(format!(
                "`{}` ran again after a one-line edit to {edited}: a step comes from the cache only while every step before it in its stage is unchanged, so put it before the COPY that brings in {edited}",
                step.instruction
            ))
            .found("rebuilt")
            .expected("from the cache")
            .details(details);
        return match line_of(session, &spec.reused) {
            Some(line) => result.at(session.dockerfile_path().to_path_buf(), line),
            None => result,
        };
    }
    let rebuilt = built.steps.iter().filter(|s| !s.cached).count();
    let mut message = format!(
        "`{}` came from the cache after editing {edited}; {rebuilt} step{} rebuilt",
        step.instruction,
        if rebuilt == 1 { "" } else { "s" }
    );
    if !edit_sent {
        message.push_str(&format!(" ({edited} is not in the build context)"));
    }
    result
        .pass(message)
        .found("from the cache")
        .details(details)
}

/// The line of the first RUN instruction in the Dockerfile that runs `reused`.
fn line_of(session: &Session<'_>, reused: &str) -> Option<usize> {
    let wanted = normalize(reused);
    session
        .dockerfile()?
        .instructions()
        .find(|i| i.kind == Kind::Run && as_words(&i.text()).contains(&wanted))
        .map(|i| i.line)
}

/// An instruction's text, normalised, with an exec-form array read as the words it runs:
/// `RUN ["npm", "ci"]` reads `run npm ci`, as `RUN npm ci` does.
fn as_words(instruction: &str) -> String {
    let text = normalize(instruction);
    if let Some(open) = text.find('[')
        && let Ok(words) = serde_json::from_str::<Vec<String>>(&text[open..])
    {
        return format!("{}{}", &text[..open], words.join(" "));
    }
    text
}

#[cfg(test)]
mod tests {
    use super::as_words;

    #[test]
    fn exec_form_reads_as_the_command_it_runs() {
        assert_eq!(
            as_words(r#"RUN ["npm", "ci", "--no-audit"]"#),
            "run npm ci --no-audit"
        );
        assert_eq!(
            as_words(r#"RUN --mount=type=cache,target=/root/.npm ["npm","ci"]"#),
            "run --mount=type=cache,target=/root/.npm npm ci"
        );
        assert_eq!(as_words("RUN  npm   ci"), "run npm ci");
        // Not an array: left as written.
        assert_eq!(as_words("RUN test [ -f x ]"), "run test [ -f x ]");
    }
}
