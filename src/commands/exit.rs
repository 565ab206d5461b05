//! How a command ends: the exit code, the same with and without `--json`.

use std::process::ExitCode;

/// The process's exit code; see the JSON chapter of the book.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exit {
    /// Everything checked passes (or the command did what it was asked).
    Pass,
    /// At least one check fails.
    Fail,
    /// A usage error, a course error or no workspace.
    Usage,
    /// The command needs a Docker engine and none answered.
    Engine,
    /// Ended by this signal (the code is 128 + its number).
    Signal(u8),
}

impl Exit {
    pub fn code(self) -> u8 {
        match self {
            Exit::Pass => 0,
            Exit::Fail => 1,
            Exit::Usage => 2,
            Exit::Engine => 3,
            Exit::Signal(number) => 128u8.saturating_add(number),
        }
    }

    pub fn passed(passed: bool) -> Exit {
        if passed { Exit::Pass } else { Exit::Fail }
    }
}

impl From<Exit> for ExitCode {
    fn from(exit: Exit) -> ExitCode {
        ExitCode::from(exit.code())
    }
}

/// An error that ends a command with [`Exit::Engine`] rather than [`Exit::Usage`].
#[derive(Debug, thiserror::Error)]
#[error("{what} needs a Docker engine: {why}")]
pub struct NoEngine {
    pub what: &'static str,
    pub why: crate::docker::Unavailable,
}

/// The exit code for an error a command returned.
pub fn for_error(err: &anyhow::Error) -> Exit {
    if err.downcast_ref::<NoEngine>().is_some() {
        Exit::Engine
    } else {
        Exit::Usage
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_the_documented_ones() {
        assert_eq!(Exit::Pass.code(), 0);
        assert_eq!(Exit::Fail.code(), 1);
        assert_eq!(Exit::Usage.code(), 2);
        assert_eq!(Exit::Engine.code(), 3);
        assert_eq!(Exit::Signal(2).code(), 130);
        assert_eq!(Exit::Signal(15).code(), 143);
        assert_eq!(Exit::passed(false), Exit::Fail);
    }

    #[test]
    fn the_book_has_the_one_table_of_codes() {
        let book = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/book/src/json.md"));
        for exit in [Exit::Pass, Exit::Fail, Exit::Usage, Exit::Engine] {
            let row = format!("| {} | ", exit.code());
            assert!(book.contains(&row), "book/src/json.md has no row {row}");
        }
        assert!(book.contains("| 128 + N | "));
    }

    #[test]
    fn a_missing_engine_is_told_apart_from_a_usage_error() {
        let why = crate::docker::Unavailable {
            problem: "no socket".into(),
            fix: "start it".into(),
        };
        let err = anyhow::Error::new(NoEngine { what: "pull", why });
        assert_eq!(for_error(&err), Exit::Engine);
        assert!(
            err.to_string()
                .starts_with("pull needs a Docker engine: no socket")
        );
        assert_eq!(for_error(&anyhow::anyhow!("no workspace")), Exit::Usage);
    }
}
