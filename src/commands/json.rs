//! The one envelope of every `--json` output: `"schema": "dockerlings/v1"` and the command's
//! own fields beside it (documented in the book's JSON chapter).

use serde::Serialize;

/// Version of every `--json` output. Within it fields may be added, none removed or changed.
pub const SCHEMA: &str = "dockerlings/v1";

#[derive(Debug, Serialize)]
pub struct Envelope<'a, T: Serialize> {
    schema: &'static str,
    #[serde(flatten)]
    body: &'a T,
}

impl<'a, T: Serialize> Envelope<'a, T> {
    pub fn new(body: &'a T) -> Self {
        Envelope {
            schema: SCHEMA,
            body,
        }
    }
}

/// Prints `body` in the envelope on standard output, as one document.
pub fn print<T: Serialize>(body: &T) -> anyhow::Result<()> {
    println!("{}", serde_json::to_string_pretty(&Envelope::new(body))?);
    Ok(())
}

/// What `--json` prints when the command could not run: the message, the exit code and
/// what kind of failure it was (`engine`: no engine; `usage`: usage, course or workspace).
pub fn error_document(err: &anyhow::Error, exit: super::Exit) -> serde_json::Value {
    serde_json::json!({
        "schema": SCHEMA,
        "error": {
            "kind": match exit {
                super::Exit::Engine => "engine",
                _ => "usage",
            },
            "message": format!("{err:#}"),
            "exit_code": exit.code(),
        }
    })
}

/// `body` in the envelope as the bytes of a report file.
pub fn to_vec<T: Serialize>(body: &T) -> anyhow::Result<Vec<u8>> {
    let mut bytes = serde_json::to_vec_pretty(&Envelope::new(body))?;
    bytes.push(b'\n');
    Ok(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Serialize)]
    struct Body {
        passed: usize,
        total: usize,
    }

    #[test]
    fn the_schema_comes_first_beside_the_body() {
        let text = serde_json::to_string(&Envelope::new(&Body {
            passed: 1,
            total: 2,
        }))
        .unwrap();
        assert_eq!(text, r#"{"schema":"dockerlings/v1","passed":1,"total":2}"#);
    }
}
