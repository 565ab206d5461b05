//! JUnit XML, as Jenkins, GitLab, GitHub test reporters and Classroom graders read it: one
//! `<testsuite>` per exercise, one `<testcase>` per check (`name` its title, `classname` its
//! rule code), a `<failure>` whose message starts with `file:line`, and the gradebook as the
//! suite's `<properties>`. Valid against the Jenkins xUnit plugin's `junit-10.xsd`.

use std::fmt::Write;
use std::path::Path;

use crate::checks::{CheckResult, Status, Verdict};

use super::{ExerciseFacts, Gradebook};

/// One `<testsuite>`.
#[derive(Debug, Clone)]
pub struct Suite {
    pub name: String,
    pub properties: Vec<(String, String)>,
    pub cases: Vec<Case>,
}

/// One `<testcase>`.
#[derive(Debug, Clone)]
pub struct Case {
    pub name: String,
    pub classname: String,
    pub seconds: Option<f64>,
    pub outcome: Outcome,
}

#[derive(Debug, Clone)]
pub enum Outcome {
    Pass,
    /// `message` is one line (`go/Dockerfile:3: stage 2 has no name`); `text` the rest.
    Fail {
        message: String,
        text: String,
    },
    Skipped {
        message: String,
    },
}

impl Suite {
    /// An exercise's verdict: `dir` is the exercise folder as the report shows it (relative to
    /// the workspace), put in front of each location.
    pub fn of_verdict(
        verdict: &Verdict,
        dir: &Path,
        gradebook: &Gradebook,
        facts: Option<&ExerciseFacts>,
    ) -> Suite {
        let mut properties = gradebook.properties();
        if let Some(facts) = facts {
            properties.push(("exercise.passed".into(), facts.passed.to_string()));
            properties.push(("hints.shown".into(), facts.hints_shown.to_string()));
            properties.push(("hints.total".into(), facts.hints.to_string()));
            properties.push((
                "solution.viewed_before_pass".into(),
                facts.solution_viewed_before_pass.to_string(),
            ));
        }
        Suite {
            name: verdict.exercise.clone(),
            properties,
            cases: verdict
                .results
                .iter()
                .map(|result| Case::of_result(result, dir))
                .collect(),
        }
    }
}

impl Case {
    pub fn of_result(result: &CheckResult, dir: &Path) -> Case {
        let location = result
            .location
            .as_ref()
            .map(|l| format!("{}:{}", dir.join(&l.file).display(), l.line));
        let outcome = match result.status {
            Status::Pass => Outcome::Pass,
            Status::Skipped => Outcome::Skipped {
                message: result.message.clone(),
            },
            Status::Fail => {
                let message = match &location {
                    Some(at) => format!("{at}: {}", result.message),
                    None => result.message.clone(),
                };
                let mut text = String::new();
                if let Some(at) = &location {
                    let _ = writeln!(text, "at:       {at}");
                }
                let _ = writeln!(text, "what:     {}", result.message);
                if let Some(found) = &result.found {
                    let _ = writeln!(text, "found:    {found}");
                }
                if let Some(expected) = &result.expected {
                    let _ = writeln!(text, "expected: {expected}");
                }
                if !result.why.is_empty() {
                    let _ = writeln!(text, "why:      {}", result.why);
                }
                for detail in &result.details {
                    let _ = writeln!(text, "  {detail}");
                }
                Outcome::Fail { message, text }
            }
        };
        Case {
            name: result.title.clone(),
            classname: result.code.to_string(),
            seconds: result.seconds,
            outcome,
        }
    }
}

/// The whole document: `<testsuites>` holding every suite.
pub fn render(name: &str, suites: &[Suite]) -> String {
    let count = |suite: &Suite, pick: fn(&Outcome) -> bool| {
        suite.cases.iter().filter(|c| pick(&c.outcome)).count()
    };
    let failed = |o: &Outcome| matches!(o, Outcome::Fail { .. });
    let skipped = |o: &Outcome| matches!(o, Outcome::Skipped { .. });
    // A fold from +0.0: an empty `sum` of floats is -0.0, which the schema's time refuses.
    let seconds = |suite: &Suite| {
        suite
            .cases
            .iter()
            .filter_map(|c| c.seconds)
            .fold(0.0, |total, s| total + s.max(0.0))
    };
    let tests: usize = suites.iter().map(|s| s.cases.len()).sum();
    let failures: usize = suites.iter().map(|s| count(s, failed)).sum();
    let total: f64 = suites.iter().map(seconds).fold(0.0, |total, s| total + s);
    let mut out = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    let _ = writeln!(
        out,
        "<testsuites name=\"{}\" tests=\"{tests}\" failures=\"{failures}\" errors=\"0\" time=\"{total:.3}\">",
        escape(name)
    );
    for suite in suites {
        let _ = writeln!(
            out,
            "  <testsuite name=\"{}\" tests=\"{}\" failures=\"{}\" errors=\"0\" skipped=\"{}\" time=\"{:.3}\">",
            escape(&suite.name),
            suite.cases.len(),
            count(suite, failed),
            count(suite, skipped),
            seconds(suite)
        );
        if !suite.properties.is_empty() {
            out.push_str("    <properties>\n");
            for (key, value) in &suite.properties {
                let _ = writeln!(
                    out,
                    "      <property name=\"{}\" value=\"{}\"/>",
                    escape(key),
                    escape(value)
                );
            }
            out.push_str("    </properties>\n");
        }
        for case in &suite.cases {
            let time = case
                .seconds
                .map(|s| format!(" time=\"{s:.3}\""))
                .unwrap_or_default();
            let open = format!(
                "    <testcase name=\"{}\" classname=\"{}\"{time}",
                escape(&case.name),
                escape(&case.classname)
            );
            match &case.outcome {
                Outcome::Pass => {
                    let _ = writeln!(out, "{open}/>");
                }
                Outcome::Skipped { message } => {
                    let _ = writeln!(
                        out,
                        "{open}>\n      <skipped message=\"{}\"/>\n    </testcase>",
                        escape(message)
                    );
                }
                Outcome::Fail { message, text } => {
                    let _ = writeln!(
                        out,
                        "{open}>\n      <failure type=\"{}\" message=\"{}\">{}</failure>\n    </testcase>",
                        escape(&case.classname),
                        escape(message),
                        escape_text(text)
                    );
                }
            }
        }
        out.push_str("  </testsuite>\n");
    }
    out.push_str("</testsuites>\n");
    out
}

/// The document of a run that could not check anything: one suite whose one test errored.
pub fn render_error(name: &str, message: &str) -> String {
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"{name}\" tests=\"1\" failures=\"0\" errors=\"1\">\n  <testsuite name=\"{name}\" tests=\"1\" failures=\"0\" errors=\"1\">\n    <testcase name=\"dockerlings runs\" classname=\"dockerlings\">\n      <error type=\"error\" message=\"{}\">{}</error>\n    </testcase>\n  </testsuite>\n</testsuites>\n",
        escape(message.lines().next().unwrap_or("")),
        escape_text(message),
        name = escape(name)
    )
}

/// Text for an attribute, as XML 1.0 allows it: the special characters as entities, line
/// breaks and tabs as character references (an attribute's own would read as spaces), and
/// the control characters XML cannot hold (a build log's escape codes) left out.
fn escape(text: &str) -> String {
    escape_as(text, true)
}

/// Text for an element's content: line breaks stay as they are.
fn escape_text(text: &str) -> String {
    escape_as(text, false)
}

fn escape_as(text: &str, attribute: bool) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\n' | '\t' if !attribute => out.push(c),
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\n' => out.push_str("&#10;"),
            '\t' => out.push_str("&#9;"),
            '\r' => out.push_str("&#13;"),
            c if (c as u32) < 0x20 || c == '\u{FFFE}' || c == '\u{FFFF}' => {}
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checks::CheckKind;

    #[test]
    fn a_failure_names_the_file_line_code_and_what_was_found() {
        let result = CheckResult::new(CheckKind::PinnedBases, "Bases are pinned", "Pins <last>.")
            .fail("`FROM golang` has no tag")
            .at("Dockerfile", 1)
            .found("FROM golang")
            .expected("golang:<version>");
        let suite = Suite {
            name: "go-single".into(),
            properties: vec![("k".into(), "a\"b".into())],
            cases: vec![
                Case::of_result(&result, Path::new("go-single")),
                Case::of_result(
                    &CheckResult::new(CheckKind::Build, "Builds", "").skipped("no \x1b[1mengine"),
                    Path::new("go-single"),
                ),
            ],
        };
        let xml = render("dockerlings", &[suite]);
        assert!(
            xml.contains(r#"<testcase name="Bases are pinned" classname="DL-PINNED-BASE""#),
            "{xml}"
        );
        assert!(
            xml.contains(r#"message="go-single/Dockerfile:1: `FROM golang` has no tag""#),
            "{xml}"
        );
        assert!(xml.contains("found:    FROM golang\n"), "{xml}");
        assert!(xml.contains("expected: golang:&lt;version&gt;"), "{xml}");
        assert!(
            xml.contains(r#"<property name="k" value="a&quot;b"/>"#),
            "{xml}"
        );
        assert!(
            xml.contains(r#"<skipped message="no [1mengine"/>"#),
            "{xml}"
        );
        assert!(
            xml.contains(r#"tests="2" failures="1" errors="0" skipped="1" time="0.000""#),
            "{xml}"
        );
        // No time at all is 0, not -0 (which the schema refuses).
        let empty = render(
            "x",
            &[Suite {
                name: "e".into(),
                properties: Vec::new(),
                cases: Vec::new(),
            }],
        );
        assert!(empty.contains(r#"errors="0" time="0.000">"#), "{empty}");
    }
}
