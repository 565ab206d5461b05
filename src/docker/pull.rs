//! `dockerlings pull`: every image the course uses, with a progress bar each, so a workshop
//! does not depend on the room's Wi-Fi. An image that cannot be pulled but is already on the
//! engine is kept and reported.

use std::collections::HashMap;
use std::process::ExitCode;

use bollard::query_parameters::CreateImageOptionsBuilder;
use console::style;
use futures_util::StreamExt;
use indicatif::{MultiProgress, ProgressBar, ProgressStyle};

use super::{Engine, image};
use crate::values::size::Size;

enum Outcome {
    Pulled,
    /// The pull failed; the local copy (if any) is kept.
    Failed {
        error: String,
        local: bool,
    },
}

pub async fn run(engine: &Engine, images: &[String]) -> anyhow::Result<ExitCode> {
    if images.is_empty() {
        println!("The course names no images.");
        return Ok(ExitCode::SUCCESS);
    }
    let bars = MultiProgress::new();
    let bar_style = ProgressStyle::with_template("{prefix:<45} {bar:24} {msg}")
        .expect("a valid template")
        .progress_chars("=> ");
    let mut outcomes = Vec::new();
    for name in images {
        let bar = bars.add(ProgressBar::new(0));
        bar.set_style(bar_style.clone());
        bar.set_prefix(name.clone());
        let outcome = pull_one(engine, name, &bar).await;
        match &outcome {
            Outcome::Pulled => bar.finish_with_message(style_ok("pulled")),
            Outcome::Failed { local: true, .. } => {
                bar.finish_with_message(style_warn("not pulled; the local copy stays"))
            }
            Outcome::Failed { local: false, .. } => bar.finish_with_message(style_bad("failed")),
        }
        outcomes.push((name, outcome));
    }
    let mut missing = 0;
    println!();
    for (name, outcome) in &outcomes {
        if let Outcome::Failed { error, local } = outcome {
            if !*local {
                missing += 1;
            }
            println!(
                "{} {name}: {error}",
                if *local {
                    style("!").yellow()
                } else {
                    style("✗").red()
                }
            );
        }
    }
    let pulled = outcomes
        .iter()
        .filter(|(_, o)| matches!(o, Outcome::Pulled))
        .count();
    println!(
        "{pulled} of {} images pulled; {} on the engine.",
        outcomes.len(),
        outcomes.len() - missing
    );
    if missing > 0 {
        println!(
            "Images that are missing make builds fail. Check the network (`docker pull IMAGE` shows the engine's own error), or load them from a file made elsewhere with `docker save` (`docker load -i FILE`)."
        );
        return Ok(ExitCode::from(1));
    }
    Ok(ExitCode::SUCCESS)
}

fn style_ok(text: &str) -> String {
    style(text).green().to_string()
}

fn style_warn(text: &str) -> String {
    style(text).yellow().to_string()
}

fn style_bad(text: &str) -> String {
    style(text).red().to_string()
}

async fn pull_one(engine: &Engine, name: &str, bar: &ProgressBar) -> Outcome {
    let docker = engine.docker();
    let options = CreateImageOptionsBuilder::default()
        .from_image(name)
        .build();
    let mut stream = docker.create_image(Some(options), None, None);
    // Bytes per layer, so the bar shows the whole image.
    let mut layers: HashMap<String, (i64, i64)> = HashMap::new();
    let mut error = None;
    while let Some(item) = stream.next().await {
        match item {
            Ok(info) => {
                if let (Some(id), Some(detail)) = (&info.id, &info.progress_detail)
                    && let (Some(current), Some(total)) = (detail.current, detail.total)
                {
                    layers.insert(id.clone(), (current, total));
                    let (done, all) = layers
                        .values()
                        .fold((0, 0), |(d, a), (c, t)| (d + c, a + t));
                    bar.set_length(all.max(0) as u64);
                    bar.set_position(done.max(0) as u64);
                    bar.set_message(format!(
                        "{} / {}",
                        Size(done.max(0) as u64),
                        Size(all.max(0) as u64)
                    ));
                } else if let Some(status) = info.status {
                    bar.set_message(status);
                }
            }
            Err(err) => {
                error = Some(match err {
                    bollard::errors::Error::DockerStreamError { error } => error,
                    bollard::errors::Error::DockerResponseServerError { message, .. } => message,
                    other => other.to_string(),
                });
                break;
            }
        }
    }
    match error {
        None => Outcome::Pulled,
        Some(error) => {
            let local = matches!(image::inspect(docker, name).await, Ok(Some(_)));
            Outcome::Failed { error, local }
        }
    }
}
