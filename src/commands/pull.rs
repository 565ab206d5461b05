//! `dockerlings pull`: every image the course uses, with a progress bar each, so a workshop
//! does not depend on the room's Wi-Fi.

use anyhow::Result;
use console::style;
use indicatif::{MultiProgress, ProgressBar, ProgressStyle};

use super::{Exit, Top, connect_or_fail};
use crate::docker::{self, pull::Outcome, pull::Progress};
use crate::values::size::Size;

pub fn run(config: &docker::Config, images: &[String], top: &Top) -> Result<Exit> {
    if images.is_empty() {
        println!("The course names no images.");
        return Ok(Exit::Pass);
    }
    let cancel = top.interrupt.token();
    let work = async {
        let engine = connect_or_fail(config, "pull").await?;
        let bars = MultiProgress::new();
        let bar_style = ProgressStyle::with_template("{prefix:<45} {bar:24} {msg}")
            .expect("a valid template")
            .progress_chars("=> ");
        let mut outcomes = Vec::new();
        for name in images {
            let bar = bars.add(ProgressBar::new(0));
            bar.set_style(bar_style.clone());
            bar.set_prefix(name.clone());
            let mut show = |progress: Progress| match progress {
                Progress::Bytes { done, total } => {
                    bar.set_length(total);
                    bar.set_position(done);
                    bar.set_message(format!("{} / {}", Size(done), Size(total)));
                }
                Progress::Status(status) => bar.set_message(status),
            };
            let outcome = docker::pull::pull(&engine, name, cancel, &mut show).await;
            let last = match &outcome {
                Outcome::Pulled => style("pulled").green(),
                Outcome::Failed { local: true, .. } => {
                    style("not pulled; the local copy stays").yellow()
                }
                Outcome::Failed { local: false, .. } => style("failed").red(),
                Outcome::Cancelled => style("cancelled").yellow(),
            };
            bar.finish_with_message(last.to_string());
            if outcome == Outcome::Cancelled {
                break;
            }
            outcomes.push((name, outcome));
        }
        anyhow::Ok(outcomes)
    };
    let outcome = top.runtime.block_on(top.interrupt.run(work));
    if let Some(signal) = top.interrupt.signal() {
        return Ok(Exit::Signal(signal));
    }
    let Some(outcomes) = outcome else {
        return Ok(Exit::Fail);
    };
    let outcomes = outcomes?;
    let mut missing = 0;
    println!();
    for (name, outcome) in &outcomes {
        if let Outcome::Failed { error, local } = outcome {
            if !*local {
                missing += 1;
            }
            let mark = match local {
                true => style("!").yellow(),
                false => style("✗").red(),
            };
            println!("{mark} {name}: {error}");
        }
    }
    let pulled = outcomes
        .iter()
        .filter(|(_, o)| *o == Outcome::Pulled)
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
        return Ok(Exit::Fail);
    }
    Ok(Exit::Pass)
}
