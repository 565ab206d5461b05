//! SARIF 2.1.0 for `explain`: what GitHub code scanning and other SARIF readers show on the
//! Dockerfile's lines. Rule ids are the stable codes (`DL-PINNED-BASE`); each failing finding is
//! a result at its line; a finding silenced by `# dockerlings ignore=` is a result with an
//! in-source suppression, as SARIF records them.

use serde_json::{Value, json};

use crate::checks::{CheckKind, Explanation, Status, default_lints};

/// The SARIF log of one explanation.
pub fn render(explanation: &Explanation) -> Value {
    // The rules: the parse, then the default lints, in the order `explain` runs them.
    let mut rules: Vec<(CheckKind, String, String)> = vec![(
        CheckKind::Dockerfile,
        "The Dockerfile parses".into(),
        "Docker stops at the first line it cannot read.".into(),
    )];
    for check in default_lints() {
        let why = explanation
            .findings
            .iter()
            .find(|f| f.check == check.kind())
            .map(|f| f.why.clone())
            .unwrap_or_default();
        rules.push((check.kind(), check.title(), why));
    }
    let rule_index = |kind: CheckKind| rules.iter().position(|(k, ..)| *k == kind);
    let uri = uri(&explanation.file);
    let location = |line: usize| {
        json!([{
            "physicalLocation": {
                "artifactLocation": { "uri": uri },
                "region": { "startLine": line.max(1) }
            }
        }])
    };
    let mut results = Vec::new();
    for finding in explanation
        .findings
        .iter()
        .filter(|f| f.status == Status::Fail)
    {
        let mut text = finding.message.clone();
        if let Some(expected) = &finding.expected {
            text.push_str(&format!(" (expected: {expected})"));
        }
        let mut result = json!({
            "ruleId": finding.code,
            "level": if finding.check == CheckKind::Dockerfile { "error" } else { "warning" },
            "message": { "text": text },
            "locations": location(finding.location.as_ref().map_or(1, |l| l.line)),
        });
        if let Some(index) = rule_index(finding.check) {
            result["ruleIndex"] = json!(index);
        }
        results.push(result);
    }
    for quiet in &explanation.silenced {
        let mut result = json!({
            "ruleId": quiet.code,
            "level": "warning",
            "message": { "text": format!("{} (silenced on line {})", quiet.title, quiet.pragma_line) },
            "locations": location(quiet.line),
            "suppressions": [{
                "kind": "inSource",
                "justification": format!("# dockerlings ignore={} on line {}", quiet.code, quiet.pragma_line)
            }],
        });
        if let Some(index) = CheckKind::from_code(quiet.code).and_then(rule_index) {
            result["ruleIndex"] = json!(index);
        }
        results.push(result);
    }
    let rules: Vec<Value> = rules
        .iter()
        .map(|(kind, title, why)| {
            let mut rule = json!({
                "id": kind.code(),
                "name": kind.name(),
                "shortDescription": { "text": title },
                "defaultConfiguration": {
                    "level": if *kind == CheckKind::Dockerfile { "error" } else { "warning" }
                },
            });
            if !why.is_empty() {
                rule["fullDescription"] = json!({ "text": why });
            }
            rule
        })
        .collect();
    json!({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": {
                "driver": {
                    "name": "dockerlings",
                    "version": env!("CARGO_PKG_VERSION"),
                    "semanticVersion": env!("CARGO_PKG_VERSION"),
                    "rules": rules,
                }
            },
            "results": results,
        }]
    })
}

/// A path as a relative URI reference: `/` between parts, and what a URI cannot hold
/// percent-encoded.
fn uri(path: &str) -> String {
    let mut out = String::new();
    for byte in path.replace('\\', "/").bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' | b'/' => {
                out.push(byte as char)
            }
            _ => out.push_str(&format!("%{byte:02X}")),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;
    use crate::checks::{PragmaUse, explain};

    #[test]
    fn failing_findings_are_results_on_their_line() {
        let text = "FROM golang AS build\n# dockerlings ignore=DL-NON-ROOT-USER\nFROM alpine:3.20\nCMD run\n";
        let log = render(&explain(
            text,
            Path::new("app dir/Dockerfile"),
            PragmaUse::Honour,
        ));
        let run = &log["runs"][0];
        let results = run["results"].as_array().unwrap();
        let ids: Vec<&str> = results
            .iter()
            .map(|r| r["ruleId"].as_str().unwrap())
            .collect();
        assert_eq!(ids, ["DL-PINNED-BASE", "DL-EXEC-FORM", "DL-NON-ROOT-USER"]);
        let first = &results[0]["locations"][0]["physicalLocation"];
        assert_eq!(first["artifactLocation"]["uri"], "app%20dir/Dockerfile");
        assert_eq!(first["region"]["startLine"], 1);
        assert_eq!(
            results[1]["locations"][0]["physicalLocation"]["region"]["startLine"],
            4
        );
        assert_eq!(results[2]["suppressions"][0]["kind"], "inSource");
        let rules = run["tool"]["driver"]["rules"].as_array().unwrap();
        let index = results[0]["ruleIndex"].as_u64().unwrap() as usize;
        assert_eq!(rules[index]["id"], "DL-PINNED-BASE");
    }
}
