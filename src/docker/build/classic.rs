//! The classic builder's progress: `Step 2/5 : RUN ...` lines, ` ---> Using cache`, and the
//! output of each step in between.

use super::{BuildEvent, BuildSink};
use super::{OUTPUT_TAIL, Step, Tail, Tracker, send_lines};

#[derive(Debug, Default)]
pub struct ClassicTracker {
    steps: Vec<Step>,
    /// The container the builder runs the current step in, so that a cancelled build removes
    /// it at once instead of leaving it to the engine.
    running: Option<String>,
    /// Output since the current step started.
    step_output: Tail,
    /// Everything, for failures before the first step.
    all: Tail,
}

impl Tracker for ClassicTracker {
    fn feed(&mut self, info: bollard::models::BuildInfo, events: &dyn BuildSink) {
        let Some(text) = info.stream else { return };
        for line in self.all.push(&text) {
            self.line(line, events);
        }
    }

    fn steps(&self) -> Vec<Step> {
        self.steps
            .iter()
            .filter(|step| !is_build_label(&step.instruction))
            .cloned()
            .collect()
    }

    fn failure(&self, _message: &str) -> (Option<Step>, Vec<String>) {
        match self.steps.last() {
            Some(step) => (Some(step.clone()), self.step_output.last(OUTPUT_TAIL)),
            None => (None, self.all.last(OUTPUT_TAIL)),
        }
    }

    fn running_container(&self) -> Option<String> {
        self.running.clone()
    }
}

impl ClassicTracker {
    fn step_done(&mut self) {
        self.running = None;
    }

    fn line(&mut self, line: String, events: &dyn BuildSink) {
        if let Some((position, total, instruction)) = parse_step(&line) {
            self.step_done();
            self.steps.push(Step {
                stage: None,
                position: Some(position),
                instruction: instruction.clone(),
                cached: false,
            });
            self.step_output = Tail::default();
            if !is_build_label(&instruction) {
                events.send(BuildEvent::Step {
                    step: position,
                    total,
                    instruction,
                });
            }
            return;
        }
        let trimmed = line.trim();
        if let Some(id) = trimmed.strip_prefix("---> Running in ") {
            self.running = Some(id.trim().to_string());
            return;
        }
        if trimmed.starts_with("Removing intermediate container") {
            self.step_done();
            return;
        }
        if trimmed == "---> Using cache" {
            if let Some(step) = self.steps.last_mut() {
                step.cached = true;
            }
            return;
        }
        // The builder's own bookkeeping is no help to a learner.
        if trimmed.starts_with("---> ")
            || trimmed.starts_with("Removing intermediate container")
            || trimmed.starts_with("Successfully built")
            || trimmed.starts_with("Successfully tagged")
            || trimmed.starts_with("Sending build context")
        {
            return;
        }
        self.step_output.push(&format!("{line}\n"));
        send_lines(vec![line], events);
    }
}

/// The classic builder adds the build's labels as `LABEL` steps of its own.
fn is_build_label(instruction: &str) -> bool {
    instruction.starts_with("LABEL org.dockerlings.")
}

/// `Step 2/5 : RUN go build` → (2, 5, "RUN go build").
fn parse_step(line: &str) -> Option<(usize, usize, String)> {
    let rest = line.strip_prefix("Step ")?;
    let (numbers, instruction) = rest.split_once(" : ")?;
    let (step, total) = numbers.split_once('/')?;
    Some((
        step.trim().parse().ok()?,
        total.trim().parse().ok()?,
        instruction.trim().to_string(),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use bollard::models::BuildInfo;
    use std::sync::Mutex;

    fn feed(lines: &[&str]) -> (ClassicTracker, Vec<BuildEvent>) {
        let events = Mutex::new(Vec::new());
        let sink = |event: BuildEvent| events.lock().unwrap().push(event);
        let mut tracker = ClassicTracker::default();
        for line in lines {
            tracker.feed(
                BuildInfo {
                    stream: Some(format!("{line}\n")),
                    ..Default::default()
                },
                &sink,
            );
        }
        (tracker, events.into_inner().unwrap())
    }

    #[test]
    fn steps_cache_hits_and_output() {
        let (tracker, events) = feed(&[
            "Step 1/3 : FROM busybox:1.36",
            " ---> 2ade95838be0",
            "Step 2/3 : COPY go.mod .",
            " ---> Using cache",
            " ---> 1234",
            "Step 3/3 : RUN false",
            " ---> Running in abc",
            "oops: something broke",
        ]);
        let steps = tracker.steps();
        assert_eq!(steps.len(), 3);
        assert!(!steps[0].cached);
        assert!(steps[1].cached);
        assert_eq!(steps[2].instruction, "RUN false");
        let (step, output) =
            tracker.failure("The command '/bin/sh -c false' returned a non-zero code: 1");
        assert_eq!(step.unwrap().position, Some(3));
        assert_eq!(output, vec!["oops: something broke"]);
        assert!(events.iter().any(|e| matches!(
            e,
            BuildEvent::Step {
                step: 2,
                total: 3,
                ..
            }
        )));
        assert!(
            events
                .iter()
                .any(|e| matches!(e, BuildEvent::Log(l) if l == "oops: something broke"))
        );
    }
}
