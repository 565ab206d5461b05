//! `dockerlings workshop pack|load`: the course's images in one file, made once before a
//! workshop and loaded on each laptop from a USB stick or a file share, with no registry.

use std::path::Path;

use anyhow::{Result, bail};
use console::style;
use indicatif::{MultiProgress, ProgressBar, ProgressStyle};

use super::{Exit, Top, connect_or_fail};
use crate::course::Course;
use crate::docker::{
    self,
    bundle::{self, Bundle, CourseRef, LoadOutcome, PackError, PackRequest},
};
use crate::report::CourseFacts;
use crate::values::size::Size;

fn bar_style() -> ProgressStyle {
    ProgressStyle::with_template("{prefix:<45} {bar:24} {msg}")
        .expect("a valid template")
        .progress_chars("=> ")
}

pub fn pack(
    config: &docker::Config,
    course: &Course,
    file: &Path,
    platform: Option<&str>,
    top: &Top,
) -> Result<Exit> {
    let images = course.images();
    if images.is_empty() {
        println!("The course names no images: there is nothing to pack.");
        return Ok(Exit::Pass);
    }
    let facts = CourseFacts::of(course);
    let request = PackRequest {
        tags: images,
        platform: platform.map(str::to_string),
        course: CourseRef {
            id: facts.id,
            version: facts.version,
            title: facts.title,
        },
        dockerlings: env!("CARGO_PKG_VERSION").to_string(),
    };
    let cancel = top.interrupt.token();
    let work = async {
        let engine = connect_or_fail(config, "workshop pack").await?;
        let bar = ProgressBar::new(0);
        bar.set_style(bar_style());
        bar.set_prefix(format!("{} images", request.tags.len()));
        let mut show = |done: u64, total: u64| {
            bar.set_length(total);
            bar.set_position(done);
            bar.set_message(format!("{} exported", Size(done)));
        };
        let packed = docker::bundle::pack(&engine, &request, file, cancel, &mut show).await;
        match &packed {
            Ok(_) => bar.finish_with_message(style("packed").green().to_string()),
            Err(_) => bar.abandon(),
        }
        anyhow::Ok(packed)
    };
    let outcome = top.runtime.block_on(top.interrupt.run(work));
    if let Some(signal) = top.interrupt.signal() {
        eprintln!("Interrupted: {} was not written.", file.display());
        return Ok(Exit::Signal(signal));
    }
    let Some(packed) = outcome else {
        return Ok(Exit::Fail);
    };
    let manifest = match packed? {
        Ok(manifest) => manifest,
        Err(PackError::Missing(tags)) => bail!(
            "the course names images that are not on the engine: {}\n  fix: run `dockerlings pull` where the network works (or `docker pull IMAGE`), then pack again",
            tags.join(", ")
        ),
        Err(PackError::Platform { tag, has, wanted }) => bail!(
            "{tag} on the engine is for {has}, and the bundle is asked for {wanted}\n  fix: `docker pull --platform {wanted} {tag}` for each image of the course (`dockerlings dev images` lists them), or pack without --platform"
        ),
        Err(PackError::Cancelled) => {
            bail!("cancelled: {} was not written", file.display())
        }
        Err(err) => bail!("packing {} failed: {err}", file.display()),
    };
    println!();
    let total: u64 = manifest.images.iter().map(|i| i.size).sum();
    for image in &manifest.images {
        println!(
            "{} {:<45} {:>10}  {}",
            style("✓").green(),
            image.tag,
            Size(image.size).to_string(),
            image.platform
        );
    }
    println!(
        "{} images ({}; {} in the file, shared layers once) in {}, for {} version {}.",
        manifest.images.len(),
        Size(total),
        Size(manifest.stored_size()),
        file.display(),
        manifest.course.id,
        manifest.course.version
    );
    println!(
        "On each laptop, with the same dockerlings ({}): `dockerlings workshop load {}`",
        manifest.dockerlings,
        file.display()
    );
    Ok(Exit::Pass)
}

pub fn load(config: &docker::Config, course: &Course, file: &Path, top: &Top) -> Result<Exit> {
    let bundle = Bundle::open(file)?;
    check_course(&bundle, course)?;
    let cancel = top.interrupt.token();
    let work = async {
        let engine = connect_or_fail(config, "workshop load").await?;
        let bars = MultiProgress::new();
        let images = &bundle.manifest.images;
        let mut outcomes: Vec<Option<LoadOutcome>> = vec![None; images.len()];
        let mut progress = Vec::new();
        for (i, image) in images.iter().enumerate() {
            let bar = bars.add(ProgressBar::new(image.size));
            bar.set_style(bar_style());
            bar.set_prefix(image.tag.clone());
            match bundle::present(&engine, image).await {
                Ok(true) => outcomes[i] = Some(LoadOutcome::Present),
                Ok(false) => {}
                Err(error) => outcomes[i] = Some(LoadOutcome::Failed(error)),
            }
            if let Some(outcome) = &outcomes[i] {
                finish(&bar, outcome);
            }
            progress.push(bar);
        }
        // The images to load go in one archive, so that shared layers are sent once.
        let wanted: Vec<usize> = (0..images.len())
            .filter(|&i| outcomes[i].is_none())
            .collect();
        let chosen: Vec<&bundle::ImageEntry> = wanted.iter().map(|&i| &images[i]).collect();
        let mut show = |k: usize, done: u64| {
            let i = wanted[k];
            progress[i].set_position(done);
            progress[i].set_message(format!("{} / {}", Size(done), Size(images[i].size)));
        };
        let loaded = bundle::load(&engine, &bundle, &chosen, cancel, &mut show).await;
        for (k, outcome) in loaded.into_iter().enumerate() {
            let i = wanted[k];
            finish(&progress[i], &outcome);
            outcomes[i] = Some(outcome);
        }
        let outcomes: Vec<_> = images
            .iter()
            .zip(outcomes)
            .filter_map(|(image, outcome)| outcome.map(|o| (image, o)))
            .filter(|(_, o)| *o != LoadOutcome::Cancelled)
            .collect();
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
    println!();
    let mut bad = 0;
    for (image, outcome) in &outcomes {
        match outcome {
            LoadOutcome::Damaged { digest } => {
                bad += 1;
                println!(
                    "{} {}: the bundle is damaged: its file {digest} does not hold the bytes the manifest gives, so {} was not loaded (and not tagged). Copy {} again from the instructor's copy, or ask for a new one (`dockerlings workshop pack`).",
                    style("✗").red(),
                    image.tag,
                    image.tag,
                    file.display()
                );
            }
            LoadOutcome::Failed(error) => {
                bad += 1;
                println!("{} {}: {error}", style("✗").red(), image.tag);
            }
            _ => {}
        }
    }
    let loaded = outcomes
        .iter()
        .filter(|(_, o)| *o == LoadOutcome::Loaded)
        .count();
    let present = outcomes
        .iter()
        .filter(|(_, o)| *o == LoadOutcome::Present)
        .count();
    println!(
        "{loaded} of {} images loaded, {present} already on the engine.",
        outcomes.len()
    );
    Ok(Exit::passed(bad == 0))
}

fn finish(bar: &ProgressBar, outcome: &LoadOutcome) {
    let last = match outcome {
        LoadOutcome::Loaded => style("loaded").green(),
        LoadOutcome::Present => style("already on the engine").green(),
        LoadOutcome::Damaged { .. } => style("damaged: not loaded").red(),
        LoadOutcome::Failed(_) => style("failed").red(),
        LoadOutcome::Cancelled => style("cancelled").yellow(),
    };
    bar.finish_with_message(last.to_string());
}

/// A bundle of another course, or of another version of it, is refused: its images may not be
/// the ones this course builds on. The version decides (the built-in course's is dockerlings'
/// version, a course folder's a digest of its lessons); the id is a folder's name, which a
/// copy of the same course may not share.
fn check_course(bundle: &Bundle, course: &Course) -> Result<()> {
    let packed = &bundle.manifest.course;
    let file = bundle.path.display();
    let this = CourseFacts::of(course);
    if packed.version == this.version {
        return Ok(());
    }
    if packed.title != this.title {
        bail!(
            "{file} holds the images of the course \"{}\" ({}), and this is \"{}\" ({})\n  fix: load it with the course it was packed for (--course DIR), or pack one for this course with `dockerlings workshop pack FILE`",
            packed.title,
            packed.id,
            this.title,
            course.source.describe()
        );
    }
    let fix = match course.source.root() {
        None => format!(
            "install the dockerlings the bundle was packed with ({}), as the instructor did, or ask for a bundle packed with this one ({}): `dockerlings workshop pack FILE`",
            bundle.manifest.dockerlings,
            env!("CARGO_PKG_VERSION")
        ),
        Some(_) => "use the same version of the course folder as the instructor (--course DIR), or pack a bundle from this one: `dockerlings workshop pack FILE`".into(),
    };
    bail!(
        "{file} was packed for version {} of the course \"{}\" (with dockerlings {}), and this is version {} ({}): its images may not be the ones this version uses\n  fix: {fix}",
        packed.version,
        packed.title,
        bundle.manifest.dockerlings,
        this.version,
        course.source.describe()
    );
}
