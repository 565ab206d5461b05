//! The report files against the schemas their readers use (tests/fixtures/schemas/README.md).

use std::path::{Path, PathBuf};
use std::process::Command;

fn schema(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/schemas")
        .join(name)
}

/// Validates a JUnit file against the Jenkins xUnit `junit-10.xsd` with libxml2's `xmllint`.
/// Fails (never skips) without xmllint: CI installs it (Debian's libxml2-utils).
pub fn assert_valid_junit(file: &Path) {
    if let Err(errors) = junit_errors(file) {
        panic!(
            "{} is not valid against junit-10.xsd:\n{errors}\n{}",
            file.display(),
            std::fs::read_to_string(file).unwrap_or_default()
        );
    }
}

/// What `xmllint --schema junit-10.xsd` says of a file.
pub fn junit_errors(file: &Path) -> Result<(), String> {
    let output = Command::new("xmllint")
        .arg("--noout")
        .arg("--schema")
        .arg(schema("junit-10.xsd"))
        .arg(file)
        .output()
        .unwrap_or_else(|err| {
            panic!(
                "xmllint validates the JUnit reports and could not run ({err}); install it: apt-get install libxml2-utils"
            )
        });
    match output.status.success() {
        true => Ok(()),
        false => Err(String::from_utf8_lossy(&output.stderr).into_owned()),
    }
}

/// Validates a SARIF log against the SARIF 2.1.0 JSON schema.
#[allow(dead_code)]
pub fn assert_valid_sarif(log: &serde_json::Value) {
    let errors = sarif_errors(log);
    assert!(
        errors.is_empty(),
        "not valid SARIF 2.1.0:\n{}\n{log:#}",
        errors.join("\n")
    );
}

/// What the SARIF 2.1.0 schema says of a log.
#[allow(dead_code)]
pub fn sarif_errors(log: &serde_json::Value) -> Vec<String> {
    let schema: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(schema("sarif-schema-2.1.0.json")).unwrap())
            .unwrap();
    let validator = jsonschema::validator_for(&schema).expect("the SARIF schema compiles");
    validator
        .iter_errors(log)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect()
}
