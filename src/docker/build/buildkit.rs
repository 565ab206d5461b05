//! BuildKit's progress: a graph of vertices named like `[builder 2/4] RUN go build`, each
//! started, completed, cached or failed, with its own log lines.

use std::collections::HashMap;

use bollard::moby::buildkit::v1::StatusResponse;
use bollard::models::{BuildInfo, BuildInfoAux};

use super::{BuildEvent, BuildSink};
use super::{OUTPUT_TAIL, Step, Tail, Tracker, send_lines};

#[derive(Debug, Default)]
struct Vertex {
    name: String,
    cached: bool,
    started: bool,
    /// Seconds since the epoch, as BuildKit reports them.
    began: Option<f64>,
    ended: Option<f64>,
    error: String,
    output: Tail,
}

#[derive(Debug, Default)]
pub struct BuildKitTracker {
    vertices: HashMap<String, Vertex>,
    /// Digests in the order they first appeared.
    order: Vec<String>,
    all: Tail,
}

impl Tracker for BuildKitTracker {
    fn feed(&mut self, info: BuildInfo, events: &dyn BuildSink) {
        let Some(BuildInfoAux::BuildKit(status)) = info.aux else {
            return;
        };
        self.status(status, events);
    }

    fn steps(&self) -> Vec<Step> {
        self.order
            .iter()
            .filter_map(|digest| {
                let vertex = &self.vertices[digest];
                let mut step = parse_name(&vertex.name)?;
                step.cached = vertex.cached;
                step.millis = vertex
                    .began
                    .zip(vertex.ended)
                    .map(|(began, ended)| ((ended - began).max(0.0) * 1000.0) as u64);
                Some(step)
            })
            .collect()
    }

    fn failure(&self, _message: &str) -> (Option<Step>, Vec<String>) {
        // Siblings of the failed vertex are cancelled: the one with a real error failed.
        let failed = self
            .order
            .iter()
            .map(|digest| &self.vertices[digest])
            .filter(|v| !v.error.is_empty())
            .min_by_key(|v| v.error.contains("context canceled"));
        match failed {
            Some(vertex) => (parse_name(&vertex.name), vertex.output.last(OUTPUT_TAIL)),
            None => (None, self.all.last(OUTPUT_TAIL)),
        }
    }
}

impl BuildKitTracker {
    fn status(&mut self, status: StatusResponse, events: &dyn BuildSink) {
        for update in status.vertexes {
            if !self.vertices.contains_key(&update.digest) {
                self.order.push(update.digest.clone());
            }
            let vertex = self.vertices.entry(update.digest).or_default();
            if !update.name.is_empty() {
                vertex.name = update.name;
            }
            vertex.cached |= update.cached;
            if let Some(t) = &update.started {
                vertex.began = Some(t.seconds as f64 + f64::from(t.nanos) / 1e9);
            }
            if let Some(t) = &update.completed {
                vertex.ended = Some(t.seconds as f64 + f64::from(t.nanos) / 1e9);
            }
            if !update.error.is_empty() {
                vertex.error = update.error;
            }
            if update.started.is_some() && !vertex.started {
                vertex.started = true;
                if let Some(step) = parse_name(&vertex.name) {
                    let (position, total) = step_numbers(&vertex.name).unwrap_or((0, 0));
                    events.send(BuildEvent::Step {
                        step: position,
                        total,
                        instruction: step.instruction,
                    });
                }
            }
        }
        for log in status.logs {
            let text = String::from_utf8_lossy(&log.msg).into_owned();
            let vertex = self.vertices.entry(log.vertex).or_default();
            let lines = vertex.output.push(&text);
            for line in &lines {
                self.all.push(&format!("{line}\n"));
            }
            send_lines(lines, events);
        }
    }
}

/// `[builder 2/4] RUN go build` → stage `builder`, position 2, `RUN go build`;
/// `[2/3] COPY . .` (a single stage) has no stage name. Internal vertices are not steps.
fn parse_name(name: &str) -> Option<Step> {
    let rest = name.strip_prefix('[')?;
    let (label, instruction) = rest.split_once("] ")?;
    let (stage, numbers) = match label.rsplit_once(' ') {
        Some((stage, numbers)) => (Some(stage.to_string()), numbers),
        None => (None, label),
    };
    let (position, _) = numbers.split_once('/')?;
    let position = position.parse().ok()?;
    Some(Step {
        stage,
        position: Some(position),
        instruction: instruction.trim().to_string(),
        cached: false,
        millis: None,
    })
}

fn step_numbers(name: &str) -> Option<(usize, usize)> {
    let label = name.strip_prefix('[')?.split_once(']')?.0;
    let numbers = label.rsplit(' ').next()?;
    let (step, total) = numbers.split_once('/')?;
    Some((step.parse().ok()?, total.parse().ok()?))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_become_steps() {
        let step = parse_name("[builder 2/4] RUN go build -o /app").unwrap();
        assert_eq!(step.stage.as_deref(), Some("builder"));
        assert_eq!(step.position, Some(2));
        assert_eq!(step.instruction, "RUN go build -o /app");
        let step = parse_name("[2/3] COPY . .").unwrap();
        assert_eq!(step.stage, None);
        assert!(parse_name("[internal] load build definition from Dockerfile").is_none());
        assert!(parse_name("exporting to image").is_none());
        assert_eq!(step_numbers("[stage-1 3/5] RUN x"), Some((3, 5)));
    }
}
