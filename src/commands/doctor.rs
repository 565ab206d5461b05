//! `dockerlings doctor`: where the engine was looked for, what answered, its builder, its free
//! disk, the course's images, and one fix per problem. Exit 0 when all is well, 1 when something
//! needs fixing, 3 when no engine answered.

use anyhow::Result;
use console::style;
use serde::Serialize;

use super::{Exit, Top, json};
use crate::course::Course;
use crate::docker::{self, doctor::Problem, doctor::Report};
use crate::values::size::Size;

/// Below this much free space where the engine keeps images, builds start failing.
const LOW_DISK: u64 = 2_000_000_000;

#[derive(Serialize)]
struct Body<'a> {
    ok: bool,
    #[serde(flatten)]
    report: &'a Report,
}

pub fn run(
    config: &docker::Config,
    course: Option<&Course>,
    as_json: bool,
    top: &Top,
) -> Result<Exit> {
    let images = course.map(Course::images).unwrap_or_default();
    let Some(mut report) = top
        .runtime
        .block_on(top.interrupt.run(docker::doctor::run(config, &images)))
    else {
        return Ok(Exit::Signal(top.interrupt.signal().unwrap_or(2)));
    };
    judge(&mut report);
    let ok = report.problems.is_empty();
    if as_json {
        json::print(&Body {
            ok,
            report: &report,
        })?;
    } else {
        print!("{}", render(&report, course.is_some()));
    }
    Ok(match (ok, report.engine.is_some()) {
        (true, _) => Exit::Pass,
        (false, true) => Exit::Fail,
        (false, false) => Exit::Engine,
    })
}

/// The problems of what the engine has: too little disk, images the course needs.
fn judge(report: &mut Report) {
    if let Some(disk) = &report.disk
        && disk.free_bytes < LOW_DISK
    {
        report.problems.push(Problem {
            problem: format!(
                "little space left where the engine keeps images: {} free in {}",
                Size(disk.free_bytes),
                disk.path
            ),
            fix: "free space: `docker system prune` (unused containers, networks, images) and `docker builder prune` (build cache)".into(),
        });
    }
    for image in report.images.iter().filter(|i| !i.present) {
        report.problems.push(Problem {
            problem: format!("the image {} is not on the engine", image.image),
            fix: "run `dockerlings pull` while online (before a workshop: on good Wi-Fi)".into(),
        });
    }
}

fn render(report: &Report, has_course: bool) -> String {
    let mut out = String::new();
    let heading = |text: &str| format!("{}\n", style(text).bold());
    out.push_str(&heading("Where the engine was looked for"));
    let width = report
        .search
        .iter()
        .map(|l| l.source.chars().count())
        .max()
        .unwrap_or(0);
    for line in &report.search {
        out.push_str(&format!(
            "  {:<width$}  {}\n",
            line.source,
            line.outcome,
            width = width
        ));
    }
    out.push('\n');
    let field =
        |name: &str, value: String| format!("{} {value}\n", style(format!("{name:<9}")).bold());
    if let Some(chosen) = &report.endpoint {
        out.push_str(&field(
            "Endpoint",
            format!("{} ({})", chosen.host, chosen.source),
        ));
        out.push_str(&field("", chosen.why.clone()));
    }
    if let Some(engine) = &report.engine {
        out.push_str(&field(
            "Engine",
            format!(
                "{} {} (API {}), {}/{}",
                engine.name, engine.version, engine.api_version, engine.os, engine.arch
            ),
        ));
    }
    if let Some(builder) = &report.builder {
        let buildkit = if builder.buildkit_available {
            "available"
        } else {
            "not available"
        };
        out.push_str(&field("BuildKit", buildkit.to_string()));
        out.push_str(&field("Builder", builder.note.clone()));
    }
    if let Some(disk) = &report.disk {
        out.push_str(&field(
            "Disk",
            format!("{} free in {}", Size(disk.free_bytes), disk.path),
        ));
    }
    if report.engine.is_some() {
        if has_course {
            out.push('\n');
            out.push_str(&heading(&format!(
                "Images the course uses ({})",
                report.images.len()
            )));
            for image in &report.images {
                let (mark, size) = if image.present {
                    (
                        style("✓").green(),
                        image.size.map(|s| Size(s).to_string()).unwrap_or_default(),
                    )
                } else {
                    (style("✗").red(), "missing".to_string())
                };
                out.push_str(&format!("  {mark} {:<45} {size}\n", image.image));
            }
        } else {
            out.push_str("\n(no course loaded: its images were not checked)\n");
        }
    }
    out.push('\n');
    if report.problems.is_empty() {
        out.push_str(&format!(
            "{} the engine is ready for dockerlings.\n",
            style("All good:").green().bold()
        ));
    } else {
        out.push_str(&heading(&format!("Problems ({})", report.problems.len())));
        for (n, problem) in report.problems.iter().enumerate() {
            out.push_str(&format!(
                "  {}. {}\n     {} {}\n",
                n + 1,
                problem.problem,
                style("fix:").yellow().bold(),
                problem.fix
            ));
        }
    }
    out
}
