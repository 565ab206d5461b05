//! `dockerlings explain` as text: the stages as a small graph, then the lint findings.
//!
//! ```text
//! Dockerfile: 2 stages
//!
//!   0 builder          FROM golang:1.23   (line 1)
//!   1 (final)          FROM alpine:3.20   (line 9)
//!       ← /app/main from builder   (line 12)
//! ```

use std::path::Path;

use console::style;

use crate::checks::{CopySummary, Explanation, StageSummary};
use crate::ui::render;

pub fn render(explanation: &Explanation) -> String {
    let mut out = String::new();
    let count = explanation.stages.len();
    let stages = if count == 1 { "stage" } else { "stages" };
    if count > 0 {
        out.push_str(&format!(
            "{}: {count} {stages}\n\n",
            style(&explanation.file).bold()
        ));
    } else {
        out.push_str(&format!("{}\n\n", style(&explanation.file).bold()));
    }
    let labels: Vec<String> = explanation.stages.iter().map(label).collect();
    let width = labels.iter().map(|l| l.chars().count()).max().unwrap_or(0);
    let froms: Vec<String> = explanation
        .stages
        .iter()
        .map(|s| format!("FROM {}", s.base))
        .collect();
    let from_width = froms.iter().map(|f| f.chars().count()).max().unwrap_or(0);
    for ((stage, label), from) in explanation.stages.iter().zip(&labels).zip(&froms) {
        let label = format!("{label:<width$}");
        let label = if stage.is_final {
            style(label).green().bold()
        } else {
            style(label).bold()
        };
        let mut line = format!(
            "  {label}  {from:<from_width$}  {}",
            style(format!("(line {})", stage.line)).dim()
        );
        if let Some(platform) = &stage.platform {
            line.push_str(&format!(
                "  {}",
                style(format!("--platform={platform}")).dim()
            ));
        }
        out.push_str(line.trim_end());
        out.push('\n');
        if let Some(runs_as) = &stage.runs_as {
            let who = match (&runs_as.base_image, runs_as.line) {
                (Some(image), _) => format!("{} (set by the base image {image})", runs_as.user),
                (None, Some(line)) if runs_as.user.is_empty() => {
                    format!("root (USER on line {line} is empty)")
                }
                (None, Some(line)) => format!("{} (USER on line {line})", runs_as.user),
                (None, None) => "root (no USER)".to_string(),
            };
            out.push_str(&format!(
                "  {:indent$}{}\n",
                "",
                style(format!("runs as {who}")).dim(),
                indent = stage.index.to_string().len() + 2,
            ));
        }
        for copy in &stage.copies {
            out.push_str(&format!(
                "  {:indent$}← {}  {}\n",
                "",
                copy_text(explanation, copy),
                style(format!("(line {})", copy.line)).dim(),
                indent = stage.index.to_string().len() + 2,
            ));
        }
    }
    if !explanation.findings.is_empty() {
        out.push_str(&format!("\n{}\n", style("Findings").bold()));
        for finding in &explanation.findings {
            // Locations already hold the path as given, so nothing is joined in front.
            out.push_str(&render::check(finding, Path::new("")));
            out.push('\n');
        }
    }
    for quiet in &explanation.silenced {
        out.push_str(&format!(
            "{}\n",
            style(format!(
                "~ {} ({}) on line {}: silenced by the pragma on line {}",
                quiet.title, quiet.code, quiet.line, quiet.pragma_line
            ))
            .dim()
        ));
    }
    for warning in &explanation.warnings {
        out.push_str(&format!("{} {warning}\n", style("note:").yellow().bold()));
    }
    out
}

/// `0 builder`, `1 runtime (final)`, `2 (final)`.
fn label(stage: &StageSummary) -> String {
    let mut label = stage.index.to_string();
    if let Some(name) = &stage.name {
        label.push(' ');
        label.push_str(name);
    }
    if stage.is_final {
        label.push_str(" (final)");
    }
    label
}

/// `/app/main from builder`, `/bin/wget from image busybox:1.36`.
fn copy_text(explanation: &Explanation, copy: &CopySummary) -> String {
    let stage_label = |index: usize| match explanation
        .stages
        .get(index)
        .and_then(|s| s.name.as_deref())
    {
        Some(name) => name.to_string(),
        None => format!("stage {index}"),
    };
    let origin = match (copy.stage, &copy.image) {
        (Some(index), _) => stage_label(index),
        // The same stage the JSON names in `later_stage`; copy_from_resolves says why it fails.
        (None, _) if let Some(index) = copy.later_stage => {
            let line = explanation.stages.get(index).map_or(0, |s| s.line);
            format!(
                "{} (stage {index}, defined further down on line {line})",
                stage_label(index)
            )
        }
        // A bare word is most likely a misspelt stage; copy_from_resolves says so below.
        (None, Some(image)) if !image.contains(['/', ':', '.', '@']) => {
            format!("{image} (no such stage: Docker would pull it as an image)")
        }
        (None, Some(image)) => format!("image {image}"),
        (None, None) => format!("{} (no such stage)", copy.from),
    };
    let mut text = format!("{} from {origin} → {}", copy.sources.join(" "), copy.dest);
    for flag in &copy.flags {
        text.push(' ');
        text.push_str(flag);
    }
    text
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::render;
    use crate::checks::explain;

    #[test]
    fn renders_the_graph_and_findings() {
        console::set_colors_enabled(false);
        let text = render(&explain(
            "FROM golang:1.23 AS builder\nRUN go build -o /app/main .\nFROM alpine:3.20\nCOPY --from=0 /app/main /app/main\nUSER app\nCMD [\"/app/main\"]\n",
            Path::new("Dockerfile"),
            crate::checks::PragmaUse::Honour,
        ));
        assert!(text.starts_with("Dockerfile: 2 stages\n"), "{text}");
        assert!(
            text.contains("  0 builder  FROM golang:1.23  (line 1)\n"),
            "{text}"
        );
        assert!(
            text.contains("  1 (final)  FROM alpine:3.20  (line 3)\n"),
            "{text}"
        );
        assert!(
            text.contains("← /app/main from builder → /app/main  (line 4)"),
            "{text}"
        );
        assert!(text.contains("Findings\n"), "{text}");
        assert!(
            text.contains(
                "✗ Build stages are named and referred to by name (DL-STAGE-NAMED)  Dockerfile:4"
            ),
            "{text}"
        );
    }
}
