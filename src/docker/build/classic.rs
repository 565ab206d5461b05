//! The classic builder's progress, and the output of each step in between. Docker's prints
//! `Step 2/5 : RUN ...` (numbered through the whole file) and ` ---> Using cache`; Podman's
//! (buildah) prints `[2/2] STEP 3/5: RUN ...` (numbered in each stage, the `[stage/stages]`
//! only when there are several) and `--> Using cache <id>`.

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
    /// Buildah's current stage, as `step_line` finds it: its `AS` name, else `stage-N`.
    stage: Option<String>,
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
        let docker = parse_step(&line)
            .map(|(position, total, instruction)| (None, position, total, instruction));
        if let Some((stage, position, total, instruction)) =
            docker.or_else(|| self.buildah_step(&line))
        {
            self.step_done();
            self.steps.push(Step {
                stage,
                position: Some(position),
                instruction: instruction.clone(),
                cached: false,
                millis: None,
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
        if trimmed.starts_with("Removing intermediate container")
            || trimmed.starts_with("---> Removed intermediate container")
        {
            self.step_done();
            return;
        }
        if trimmed == "---> Using cache" || trimmed.starts_with("--> Using cache ") {
            if let Some(step) = self.steps.last_mut() {
                step.cached = true;
            }
            return;
        }
        // The builder's own bookkeeping is no help to a learner.
        if trimmed.starts_with("---> ")
            || trimmed.starts_with("--> ")
            || trimmed.starts_with("Removing intermediate container")
            || trimmed.starts_with("Successfully built")
            || trimmed.starts_with("Successfully tagged")
            || trimmed.starts_with("Sending build context")
            || is_buildah_bookkeeping(trimmed)
        {
            return;
        }
        self.step_output.push(&format!("{line}\n"));
        send_lines(vec![line], events);
    }
}

impl ClassicTracker {
    /// A buildah step line, with the stage it belongs to: the first step of a stage is its
    /// `FROM`, whose `AS` name (or else the `[stage/stages]` number) names the stage.
    fn buildah_step(&mut self, line: &str) -> Option<(Option<String>, usize, usize, String)> {
        let (stage_number, position, total, instruction) = parse_buildah_step(line)?;
        if position == 1 || self.stage.is_none() {
            let named = stage_name(&instruction);
            self.stage = Some(named.unwrap_or_else(|| {
                format!("stage-{}", stage_number.unwrap_or(1).saturating_sub(1))
            }));
        }
        Some((self.stage.clone(), position, total, instruction))
    }
}

/// The classic builders add the build's labels as `LABEL` steps of their own: Docker's as
/// `LABEL org.dockerlings.x=y`, buildah's as `LABEL "org.dockerlings.x"="y"`.
fn is_build_label(instruction: &str) -> bool {
    instruction.starts_with("LABEL org.dockerlings.")
        || instruction.starts_with("LABEL \"org.dockerlings.")
}

/// Buildah's lines about committing and naming the image.
fn is_buildah_bookkeeping(line: &str) -> bool {
    // `[2/2] COMMIT app:latest` in a multi-stage build.
    let line = match line
        .strip_prefix('[')
        .and_then(|rest| rest.split_once("] "))
    {
        Some((_, rest)) => rest,
        None => line,
    };
    line.starts_with("COMMIT")
        || line == "Getting image source signatures"
        || line.starts_with("Copying blob ")
        || line.starts_with("Copying config ")
        || line == "Writing manifest to image destination"
        // The new image's id, alone on its line.
        || (line.len() == 64 && line.bytes().all(|b| b.is_ascii_hexdigit()))
}

/// `[2/2] STEP 3/5: RUN go build` → (Some(2), 3, 5, "RUN go build"); `STEP 1/3: FROM x` →
/// (None, 1, 3, "FROM x").
fn parse_buildah_step(line: &str) -> Option<(Option<usize>, usize, usize, String)> {
    let (stage, rest) = match line.strip_prefix('[') {
        Some(rest) => {
            let (numbers, rest) = rest.split_once("] ")?;
            let (stage, _) = numbers.split_once('/')?;
            (Some(stage.trim().parse().ok()?), rest)
        }
        None => (None, line),
    };
    let rest = rest.strip_prefix("STEP ")?;
    let (numbers, instruction) = rest.split_once(": ")?;
    let (step, total) = numbers.split_once('/')?;
    Some((
        stage,
        step.trim().parse().ok()?,
        total.trim().parse().ok()?,
        instruction.trim().to_string(),
    ))
}

/// `FROM golang:1.23 AS builder` → `builder`.
fn stage_name(from: &str) -> Option<String> {
    let words: Vec<&str> = from.split_whitespace().collect();
    match words.as_slice() {
        [from, .., as_, name]
            if from.eq_ignore_ascii_case("FROM") && as_.eq_ignore_ascii_case("AS") =>
        {
            Some(name.to_string())
        }
        _ => None,
    }
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

    /// A build stream as the engine sent it (tests/fixtures/build-streams/, one JSON object a
    /// line), fed to a tracker; the error the stream ended with, if any.
    fn replay(stream: &str) -> (ClassicTracker, Vec<BuildEvent>, Option<String>) {
        let events = Mutex::new(Vec::new());
        let sink = |event: BuildEvent| events.lock().unwrap().push(event);
        let mut tracker = ClassicTracker::default();
        let mut error = None;
        for line in stream.lines().filter(|l| !l.trim().is_empty()) {
            let info: BuildInfo = serde_json::from_str(line).unwrap();
            if let Some(message) = info.error_detail.as_ref().and_then(|d| d.message.as_ref()) {
                error = Some(message.trim().to_string());
                break;
            }
            tracker.feed(info, &sink);
        }
        (tracker, events.into_inner().unwrap(), error)
    }

    fn fixture(name: &str) -> String {
        let path = format!(
            "{}/tests/fixtures/build-streams/{name}.jsonl",
            env!("CARGO_MANIFEST_DIR")
        );
        std::fs::read_to_string(&path).unwrap_or_else(|err| panic!("{path}: {err}"))
    }

    fn summary(steps: &[Step]) -> Vec<(Option<&str>, Option<usize>, &str, bool)> {
        steps
            .iter()
            .map(|s| {
                (
                    s.stage.as_deref(),
                    s.position,
                    s.instruction.as_str(),
                    s.cached,
                )
            })
            .collect()
    }

    #[test]
    fn buildah_steps_and_the_failing_one() {
        let (tracker, events, error) = replay(&fixture("podman-fail"));
        assert_eq!(
            summary(&tracker.steps()),
            vec![
                (
                    Some("builder"),
                    Some(1),
                    "FROM busybox:1.36 AS builder",
                    false
                ),
                (Some("builder"), Some(2), "RUN echo built > /out.txt", false),
                (Some("stage-1"), Some(1), "FROM busybox:1.36", false),
                (
                    Some("stage-1"),
                    Some(2),
                    "COPY --from=builder /out.txt /out.txt",
                    true
                ),
                (
                    Some("stage-1"),
                    Some(3),
                    "RUN echo \"about to fail\" &&     exit 3",
                    false
                ),
            ]
        );
        let error = error.unwrap();
        assert!(
            error.ends_with("while running runtime: exit status 3"),
            "{error}"
        );
        let (step, output) = tracker.failure(&error);
        assert_eq!(step.unwrap().position, Some(3));
        assert_eq!(output, vec!["about to fail"]);
        // Bookkeeping (`--> b1ad26d901fc`) is not output; the step's own output is.
        let logs: Vec<&str> = events
            .iter()
            .filter_map(|e| match e {
                BuildEvent::Log(line) => Some(line.as_str()),
                _ => None,
            })
            .collect();
        assert_eq!(logs, vec!["about to fail"]);
        assert!(events.contains(&BuildEvent::Step {
            step: 3,
            total: 5,
            instruction: "RUN echo \"about to fail\" &&     exit 3".into()
        }));
    }

    #[test]
    fn buildah_cache_hits_and_no_bookkeeping() {
        let (first, first_events, _) = replay(&fixture("podman-first"));
        assert!(first.steps().iter().all(|s| !s.cached));
        // The build's own LABEL step is not the learner's.
        assert_eq!(first.steps().len(), 6);
        assert!(
            !first_events.iter().any(
                |e| matches!(e, BuildEvent::Log(l) if l.starts_with("COMMIT") || l.len() == 64)
            ),
            "{first_events:?}"
        );
        let (again, _, _) = replay(&fixture("podman-cache"));
        let steps = again.steps();
        let cached: Vec<(&str, bool)> = steps
            .iter()
            .map(|s| (s.instruction.as_str(), s.cached))
            .collect();
        assert_eq!(
            cached,
            vec![
                ("FROM busybox:1.36", false),
                ("WORKDIR /app", true),
                ("COPY deps.txt .", true),
                ("RUN cat deps.txt > /installed && echo installing", true),
                ("COPY app.txt .", false),
                ("CMD [\"cat\", \"/app/app.txt\"]", false),
            ]
        );
        assert!(
            again
                .steps()
                .iter()
                .all(|s| s.stage.as_deref() == Some("stage-0"))
        );
    }

    #[test]
    fn buildah_multistage_cache_hits_by_stage() {
        let (tracker, events, _) = replay(&fixture("podman-multistage-cache"));
        let steps = tracker.steps();
        assert_eq!(steps.len(), 9);
        let install = &steps[3];
        assert_eq!(install.stage.as_deref(), Some("build"));
        assert_eq!(
            install.instruction,
            "RUN cat deps.txt > /installed && echo installing"
        );
        assert!(install.cached);
        assert!(!steps[5].cached);
        assert_eq!(steps[6].stage.as_deref(), Some("stage-1"));
        // `[2/2] COMMIT …` is bookkeeping too.
        assert!(
            !events.iter().any(|e| matches!(e, BuildEvent::Log(_))),
            "{events:?}"
        );
    }

    #[test]
    fn buildah_target_build_names_its_stage() {
        let (tracker, _, error) = replay(&fixture("podman-target-fail"));
        let (step, output) = tracker.failure(&error.unwrap());
        let step = step.unwrap();
        assert_eq!(step.stage.as_deref(), Some("builder"));
        assert_eq!(step.position, Some(2));
        assert_eq!(step.instruction, "RUN echo broken && exit 4");
        assert_eq!(output, vec!["broken"]);
    }

    #[test]
    fn buildah_copy_of_a_missing_file_fails_at_its_step() {
        let (tracker, _, error) = replay(&fixture("podman-copy-missing"));
        let error = error.unwrap();
        assert!(error.contains("no such file or directory"), "{error}");
        let (step, _) = tracker.failure(&error);
        assert_eq!(step.unwrap().instruction, "COPY nothere.txt /x");
    }

    #[test]
    fn docker_classic_multistage_cache_hits() {
        let (tracker, events, _) = replay(&fixture("docker-multistage-cache"));
        let steps = tracker.steps();
        assert_eq!(steps.len(), 9);
        assert!(steps.iter().all(|s| s.stage.is_none()));
        assert_eq!(steps[3].position, Some(4));
        assert!(steps[3].cached);
        assert!(!steps[5].cached);
        assert!(
            !events.iter().any(|e| matches!(e, BuildEvent::Log(_))),
            "{events:?}"
        );
    }

    #[test]
    fn buildah_step_lines() {
        assert_eq!(
            parse_buildah_step("[2/3] STEP 4/7: RUN go build"),
            Some((Some(2), 4, 7, "RUN go build".into()))
        );
        assert_eq!(
            parse_buildah_step("STEP 1/3: FROM x AS b"),
            Some((None, 1, 3, "FROM x AS b".into()))
        );
        assert_eq!(parse_buildah_step("Step 1/3 : FROM x"), None);
        assert_eq!(parse_buildah_step("STEP on it"), None);
        assert_eq!(
            stage_name("FROM golang:1.23 as Build"),
            Some("Build".into())
        );
        assert_eq!(
            stage_name("FROM --platform=$BUILDPLATFORM golang AS b"),
            Some("b".into())
        );
        assert_eq!(stage_name("FROM golang:1.23"), None);
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
