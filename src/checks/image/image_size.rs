//! `image_size`: the final image against an absolute ceiling, against what the Dockerfile adds
//! on top of its final base, or against the "before" image of the same app; the largest layers
//! when it is too big.

use std::hash::Hasher;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::checks::{CheckKind, CheckResult, Invalid, Session, Validate};
use crate::docker::build::{self, BuildSpec};
use crate::docker::image;
use crate::docker::naming::{self, ObjectKind};
use crate::dockerfile::BaseTarget;
use crate::values::size::Size;

/// Size targets that stay true across engines, platforms and base image releases.
#[derive(Debug, Clone, Default, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// Absolute ceiling on the final image.
    #[serde(default)]
    pub max: Option<Size>,
    /// Ceiling on what the Dockerfile adds on top of its final base image.
    #[serde(default)]
    pub added: Option<Size>,
    /// Ceiling on final size ÷ size of the "before" image.
    #[serde(default)]
    pub ratio: Option<f64>,
    /// The exercise whose starting Dockerfile builds the "before" image (the same app in one
    /// stage); needed by `ratio` and shown as the before/after reduction.
    #[serde(default)]
    pub before: Option<String>,
    /// Why the target is what it is.
    #[serde(default)]
    pub why: Option<String>,
}

impl Validate for Config {
    fn validate(&self) -> Result<(), Invalid> {
        if self.max.is_none() && self.added.is_none() && self.ratio.is_none() {
            return Err(Invalid::at(
                "image_size",
                "`image_size` needs a target: `max: 20MB`, `added: 15MB` or `ratio: 0.05` with `before: <exercise>`",
            ));
        }
        if self.ratio.is_some() && self.before.is_none() {
            return Err(Invalid::at(
                "ratio",
                "`ratio` compares with a \"before\" image; name the exercise that builds it with `before:`",
            ));
        }
        if let Some(ratio) = self.ratio
            && !(ratio > 0.0 && ratio <= 1.0)
        {
            return Err(Invalid::at(
                "ratio",
                format!("`ratio` is a fraction between 0 and 1, not {ratio}"),
            ));
        }
        Ok(())
    }
}

const WHY: &str =
    "A smaller image pulls faster, starts faster and carries less for an attacker to use.";
/// Layers listed when the image is too big.
const LARGEST_LAYERS: usize = 5;

pub async fn run(session: &mut Session<'_>, target: &Config) -> CheckResult {
    let title = title(target);
    let why = target.why.clone().unwrap_or_else(|| WHY.to_string());
    let tag = match session.image(CheckKind::ImageSize, &title).await {
        Ok(tag) => tag,
        Err(result) => return result,
    };
    let result = CheckResult::new(CheckKind::ImageSize, title, why);
    match measure(session, target, &tag, result.clone()).await {
        Ok(result) => result,
        Err(message) => result.fail(message),
    }
}

pub fn title(target: &Config) -> String {
    let mut parts = Vec::new();
    if let Some(max) = target.max {
        parts.push(format!("at most {max}"));
    }
    if let Some(added) = target.added {
        parts.push(format!("at most {added} above its base"));
    }
    if let Some(ratio) = target.ratio {
        parts.push(format!(
            "at most {}% of the single-stage image",
            percent(ratio)
        ));
    }
    if parts.is_empty() {
        "The image size".into()
    } else {
        format!("The image is {}", parts.join(", "))
    }
}

fn percent(ratio: f64) -> String {
    let value = ratio * 100.0;
    if value >= 10.0 || value.fract() == 0.0 {
        format!("{value:.0}")
    } else {
        format!("{value:.1}")
    }
}

async fn measure(
    session: &mut Session<'_>,
    target: &Config,
    tag: &str,
    result: CheckResult,
) -> Result<CheckResult, String> {
    let docker = session.engine.docker();
    let size = match image::size(docker, tag).await {
        Ok(Some(size)) => size,
        Ok(None) => return Err(format!("the image {tag} is gone: build again")),
        Err(err) => {
            return Ok(session.engine_error(result, "cannot read the image's history", &err));
        }
    };

    let before = match &target.before {
        Some(exercise) => Some(before_size(session, exercise).await?),
        None => None,
    };
    let base = match target.added {
        Some(_) => Some(base_size(session).await?),
        None => None,
    };

    let mut failures = Vec::new();
    let mut found = vec![Size(size).to_string()];
    let mut expected = Vec::new();
    // Every target as a ceiling on the final size in bytes, so bars and before/after figures
    // compare like with like; the measure shows the tightest.
    let mut ceilings: Vec<u64> = Vec::new();

    if let Some(max) = target.max {
        expected.push(format!("≤ {max}"));
        ceilings.push(max.bytes());
        if size > max.bytes() {
            failures.push(format!("{} is more than {max}", Size(size)));
        }
    }
    if let (Some(added_max), Some((base_name, base_bytes))) = (target.added, &base) {
        let added = size.saturating_sub(*base_bytes);
        found.push(format!("{} above {base_name}", Size(added)));
        expected.push(format!("≤ {added_max} above {base_name}"));
        ceilings.push(base_bytes + added_max.bytes());
        if added > added_max.bytes() {
            failures.push(format!(
                "the Dockerfile adds {} on top of {base_name} ({}), more than {added_max}",
                Size(added),
                Size(*base_bytes)
            ));
        }
    }
    let ratio = before.map(|before| size as f64 / before.max(1) as f64);
    if let Some(ratio_max) = target.ratio {
        match ratio {
            Some(ratio) => {
                let ceiling = (before.unwrap_or(0) as f64 * ratio_max) as u64;
                found.push(format!("{}% of the single-stage image", percent(ratio)));
                expected.push(format!(
                    "≤ {}% of the single-stage image ({})",
                    percent(ratio_max),
                    Size(ceiling)
                ));
                ceilings.push(ceiling);
                if ratio > ratio_max {
                    failures.push(format!(
                        "it is {}% of the single-stage image, more than {}%",
                        percent(ratio),
                        percent(ratio_max)
                    ));
                }
            }
            None => failures.push("`ratio` needs `before`: the exercise whose starting Dockerfile is the single-stage image".into()),
        }
    }
    let comparison = before.map(|before| before_after(before, size));
    let found = found.join(", ");
    let expected = expected.join(" and ");

    let mut result = result.found(found.clone()).expected(expected);
    if let Some(ceiling) = ceilings.iter().min() {
        result = result.measure(size as f64, *ceiling as f64, "bytes");
    }
    if failures.is_empty() {
        return Ok(result.pass(comparison.unwrap_or(found)));
    }
    let mut message = failures.join("; ");
    if let Some(comparison) = comparison {
        message = format!("{message} ({comparison})");
    }
    Ok(result
        .fail(message)
        .details(largest_layers(session, tag).await))
}

/// "928MB → 14.9MB, 98% smaller".
fn before_after(before: u64, after: u64) -> String {
    let change = if after <= before {
        let smaller = 100.0 * (before - after) as f64 / before.max(1) as f64;
        format!("{}% smaller", smaller.floor() as u64)
    } else {
        let larger = 100.0 * (after - before) as f64 / before.max(1) as f64;
        format!("{}% larger", larger.ceil() as u64)
    };
    format!("{} → {}, {change}", Size(before), Size(after))
}

async fn largest_layers(session: &Session<'_>, tag: &str) -> Vec<String> {
    let docker = session.engine.docker();
    let Ok(layers) = image::layers(docker, tag).await else {
        return Vec::new();
    };
    // History lists the newest first: the last entries come from the final stage's base.
    let base = match final_base(session) {
        Ok(Some(reference)) => image::layers(docker, &reference)
            .await
            .ok()
            .map(|base_layers| (reference, base_layers.len())),
        _ => None,
    };
    let base_from = base
        .as_ref()
        .map(|(_, count)| layers.len().saturating_sub(*count))
        .unwrap_or(usize::MAX);
    let mut sized: Vec<(usize, &image::Layer)> = layers
        .iter()
        .enumerate()
        .filter(|(_, layer)| layer.size > 0)
        .collect();
    sized.sort_by_key(|(_, layer)| std::cmp::Reverse(layer.size));
    let mut lines = vec!["largest layers:".to_string()];
    for (index, layer) in sized.into_iter().take(LARGEST_LAYERS) {
        let mut instruction = match &base {
            Some((reference, _)) if index >= base_from => {
                format!("(from the base image {reference})")
            }
            _ => layer.instruction.clone(),
        };
        if instruction.chars().count() > 100 {
            instruction = instruction.chars().take(99).collect::<String>() + "…";
        }
        lines.push(format!(
            "{:>9}  {instruction}",
            Size(layer.size).to_string()
        ));
    }
    // A step that deletes files adds a layer of its own, of next to nothing: the files stay
    // in the layers below, which the image still ships.
    let deleting: Vec<&image::Layer> = layers[..base_from.min(layers.len())]
        .iter()
        .filter(|layer| deletes_files(&layer.instruction))
        .collect();
    if !deleting.is_empty() {
        lines.push(
            "steps that delete files (each adds a layer; it hides what the layers below hold, and they still ship, so the size does not go down):"
                .to_string(),
        );
        for layer in deleting {
            let mut instruction = layer.instruction.clone();
            if instruction.chars().count() > 100 {
                instruction = instruction.chars().take(99).collect::<String>() + "…";
            }
            lines.push(format!(
                "{:>9}  {instruction}",
                format!("+{}", Size(layer.size))
            ));
        }
    }
    lines
}

/// Whether a history entry's command removes files or packages.
fn deletes_files(instruction: &str) -> bool {
    let words: Vec<&str> = instruction.split_whitespace().collect();
    words.windows(2).any(|pair| match pair {
        ["rm", flag] => flag.starts_with('-') && flag.contains(['r', 'R']),
        ["apt-get" | "apt", "purge" | "remove" | "autoremove"] => true,
        ["apk", "del"] | ["pip" | "pip3", "uninstall"] => true,
        _ => false,
    })
}

/// The image the final stage starts from, following `FROM stage`; `None` for `scratch`.
fn final_base(session: &Session<'_>) -> Result<Option<String>, String> {
    let dockerfile = match &session.job.snapshot.parsed {
        Some(Ok(dockerfile)) => dockerfile,
        Some(Err(err)) => return Err(format!("the Dockerfile does not parse: {err}")),
        None => return Err("cannot read the Dockerfile".to_string()),
    };
    let base = dockerfile.root_base(dockerfile.final_stage().index);
    Ok(match base.target {
        BaseTarget::Scratch => None,
        _ => Some(base.resolved.clone()),
    })
}

/// The size of the final stage's base image (`scratch` is 0), with its name.
async fn base_size(session: &Session<'_>) -> Result<(String, u64), String> {
    let Some(reference) = final_base(session)? else {
        return Ok(("scratch".into(), 0));
    };
    let size = image::size(session.engine.docker(), &reference)
        .await
        .map_err(|err| format!("cannot read the history of the base image {reference}: {err}"))?
        .ok_or_else(|| {
            format!("the base image {reference} is not on the engine: run `dockerlings pull`")
        })?;
    Ok((reference, size))
}

/// The size of the "before" image: the starting files of another exercise, built from the
/// course (never from the learner's files), cached by a tag made from its contents.
async fn before_size(session: &mut Session<'_>, exercise_id: &str) -> Result<u64, String> {
    let Some(before) = session.job.before.as_ref() else {
        return Err(format!(
            "`before: {exercise_id}` names an exercise whose starting files were not given"
        ));
    };
    let mut hasher = Fnv::default();
    for (path, contents) in &before.files {
        hasher.write(path.to_string_lossy().as_bytes());
        hasher.write(&[0]);
        hasher.write(contents);
        hasher.write(&[0]);
    }
    let tag = naming::image_tag(
        &session.job.workspace_id,
        exercise_id,
        &format!("before-{:016x}", hasher.finish()),
    );
    let docker = session.engine.docker();
    if let Ok(Some(size)) = image::size(docker, &tag).await {
        return Ok(size);
    }
    let dir = tempfile::Builder::new()
        .prefix("dockerlings-before-")
        .tempdir()
        .map_err(|err| format!("cannot make a scratch folder: {err}"))?;
    write_files(dir.path(), &before.files)
        .map_err(|err| format!("cannot write the starting files of `{exercise_id}`: {err}"))?;
    let spec = BuildSpec {
        context: dir.path().to_path_buf(),
        dockerfile: before.dockerfile.clone(),
        tag: tag.clone(),
        target: None,
        labels: naming::labels(&session.job.workspace_id, exercise_id, ObjectKind::Build),
        // Course files, written just now: nothing to pin.
        pinned: Default::default(),
        build_args: session.build_args(),
        platform: None,
    };
    build::build(
        session.engine,
        session.engine.builder,
        &spec,
        &build::ignore,
        session.cancel,
    )
    .await
    .map_err(|err| format!("the single-stage image of `{exercise_id}` does not build: {err}"))?;
    image::size(docker, &tag)
        .await
        .map_err(|err| format!("cannot read the history of {tag}: {err}"))?
        .ok_or_else(|| format!("{tag} was built but is not there"))
}

/// Lays relative `files` under `dir`.
fn write_files(dir: &Path, files: &[(PathBuf, Vec<u8>)]) -> std::io::Result<()> {
    for (path, contents) in files {
        let target = dir.join(path);
        if let Some(parent) = target.parent() {
            std::fs::create_dir_all(parent)?;
        }
        std::fs::write(target, contents)?;
    }
    Ok(())
}

/// FNV-1a: stable across builds and platforms, unlike the standard library's hasher.
struct Fnv(u64);

impl Default for Fnv {
    fn default() -> Self {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
}

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for byte in bytes {
            self.0 ^= u64::from(*byte);
            self.0 = self.0.wrapping_mul(0x0000_0100_0000_01b3);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn steps_that_delete_are_recognised() {
        for text in [
            "RUN rm -rf /usr/local/go /root/.cache/go-build",
            "RUN go build -o /app/main . && rm -fr /usr/local/go",
            "RUN apt-get purge -y gcc && rm -f x",
            "|1 V=1 /bin/sh -c apk del build-deps",
            "RUN pip uninstall -y setuptools",
        ] {
            assert!(deletes_files(text), "{text}");
        }
        for text in [
            "RUN rm -f /tmp/one-file",
            "COPY /app/main . # buildkit",
            "RUN go build -o main .",
            "RUN echo rm",
        ] {
            assert!(!deletes_files(text), "{text}");
        }
    }

    #[test]
    fn before_and_after_reads_well() {
        assert_eq!(
            before_after(928_000_000, 14_900_000),
            "928MB → 14.9MB, 98% smaller"
        );
        assert_eq!(
            before_after(100_000_000, 150_000_000),
            "100MB → 150MB, 50% larger"
        );
        assert_eq!(percent(0.05), "5");
        assert_eq!(percent(0.025), "2.5");
    }
}
