//! `# dockerlings ignore=CODE[,CODE…]`: silences a rule on one line of a learner's own
//! Dockerfile, for `dockerlings explain`. Graded exercises never read it (a pragma would
//! let a learner pass an exercise by silencing what it teaches).
//!
//! A pragma on a comment line applies to the next line that is neither blank nor a comment
//! (the instruction below it); at the end of an instruction's line (where Docker reads the
//! rest as a shell comment, as in shell-form `RUN`) it applies to that line.

use std::collections::{BTreeMap, BTreeSet};

use serde::Serialize;

use super::{CheckKind, CheckResult, Status};

const MARK: &str = "dockerlings ignore=";

/// The pragmas of one Dockerfile.
#[derive(Debug, Default)]
pub struct Pragmas {
    /// The line silenced → the codes silenced on it and the pragma's own line.
    by_line: BTreeMap<usize, Vec<(CheckKind, usize)>>,
    /// `Dockerfile:3: no rule has the code DL-NOPE (...)`: what could not be read.
    pub problems: Vec<String>,
}

/// A finding a pragma silenced.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Silenced {
    pub code: &'static str,
    pub title: String,
    /// The line whose finding was silenced.
    pub line: usize,
    /// The line of the pragma that silenced it.
    pub pragma_line: usize,
}

impl Pragmas {
    /// Reads the pragmas of a Dockerfile's text; `file` names it in problems.
    pub fn read(text: &str, file: &str) -> Pragmas {
        let lines: Vec<&str> = text.lines().collect();
        let mut pragmas = Pragmas::default();
        for (at, line) in lines.iter().enumerate() {
            let Some(found) = line.find(MARK) else {
                continue;
            };
            let before = &line[..found];
            // Only inside a comment: `# dockerlings ignore=` with nothing but `#` and spaces
            // between the `#` and the mark.
            let Some(hash) = before.rfind('#') else {
                continue;
            };
            if !before[hash + 1..].trim().is_empty() {
                continue;
            }
            let own = at + 1;
            let target = if line[..hash].trim().is_empty() {
                // A comment line: the instruction below it.
                lines
                    .iter()
                    .enumerate()
                    .skip(at + 1)
                    .find(|(_, l)| !l.trim().is_empty() && !l.trim_start().starts_with('#'))
                    .map(|(i, _)| i + 1)
            } else {
                Some(own)
            };
            let Some(target) = target else {
                pragmas.problems.push(format!(
                    "{file}:{own}: `# {MARK}…` has no instruction below it to apply to"
                ));
                continue;
            };
            let codes = line[found + MARK.len()..]
                .split_whitespace()
                .next()
                .unwrap_or("");
            for code in codes.split(',').filter(|c| !c.is_empty()) {
                match CheckKind::from_code(&code.to_ascii_uppercase()) {
                    Some(kind) => pragmas.by_line.entry(target).or_default().push((kind, own)),
                    None => pragmas.problems.push(format!(
                        "{file}:{own}: no rule has the code `{code}`; the codes are in the \
                         findings (e.g. DL-PINNED-BASE) and in the book's grading chapter"
                    )),
                }
            }
            if codes.is_empty() {
                pragmas.problems.push(format!(
                    "{file}:{own}: `# {MARK}` names no code; write e.g. `# {MARK}DL-PINNED-BASE`"
                ));
            }
        }
        pragmas
    }

    /// The pragma line that silences `kind` on `line`, if one does.
    fn silencing(&self, kind: CheckKind, line: usize) -> Option<usize> {
        self.by_line
            .get(&line)?
            .iter()
            .find(|(k, _)| *k == kind)
            .map(|(_, pragma)| *pragma)
    }

    /// Applies the pragmas to a finding, returning what is left of it and what was silenced.
    /// A failure is reported on its first line and, when it has several, lists each as a
    /// `line N: …` detail: a failure all of whose lines are silenced is gone; one with some
    /// lines silenced keeps the others (pointing at the first of them).
    pub fn apply(&self, result: CheckResult) -> (Option<CheckResult>, Vec<Silenced>) {
        match self.split(result) {
            Ok((kept, silenced)) => (Some(kept), silenced),
            Err(silenced) => (None, silenced),
        }
    }

    fn split(
        &self,
        mut result: CheckResult,
    ) -> Result<(CheckResult, Vec<Silenced>), Vec<Silenced>> {
        let Some(location) = result.location.clone() else {
            return Ok((result, Vec::new()));
        };
        if result.status != Status::Fail {
            return Ok((result, Vec::new()));
        }
        let detail_line = |detail: &str| -> Option<usize> {
            detail
                .strip_prefix("line ")?
                .split(':')
                .next()?
                .parse()
                .ok()
        };
        let per_line =
            !result.details.is_empty() && result.details.iter().all(|d| detail_line(d).is_some());
        let lines: BTreeSet<usize> = if per_line {
            result
                .details
                .iter()
                .filter_map(|d| detail_line(d))
                .collect()
        } else {
            BTreeSet::from([location.line])
        };
        let silenced: Vec<Silenced> = lines
            .iter()
            .filter_map(|&line| {
                Some(Silenced {
                    code: result.code,
                    title: result.title.clone(),
                    line,
                    pragma_line: self.silencing(result.check, line)?,
                })
            })
            .collect();
        if silenced.is_empty() {
            return Ok((result, silenced));
        }
        if silenced.len() == lines.len() {
            return Err(silenced);
        }
        let quiet: BTreeSet<usize> = silenced.iter().map(|s| s.line).collect();
        result
            .details
            .retain(|d| detail_line(d).is_some_and(|line| !quiet.contains(&line)));
        if quiet.contains(&location.line) {
            // The message, found and expected were about the silenced line: the first
            // remaining detail says what is left.
            let first = result.details[0].clone();
            let line = detail_line(&first).unwrap_or(location.line);
            result.message = first
                .split_once(": ")
                .map_or(first.clone(), |(_, rest)| rest.to_string());
            result.found = None;
            result.expected = None;
            result = result.at(location.file, line);
        }
        if result.details.len() == 1 {
            result.details.clear();
        }
        Ok((result, silenced))
    }
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;
    use crate::checks::{Check, Flag};

    fn finding(text: &str, check: Check) -> CheckResult {
        crate::checks::test_util::run_one(text, &check)
    }

    #[test]
    fn a_comment_above_silences_the_instruction_below() {
        let text = "# dockerlings ignore=DL-PINNED-BASE\n\nFROM golang\nCMD [\"x\"]\n";
        let pragmas = Pragmas::read(text, "Dockerfile");
        assert!(pragmas.problems.is_empty(), "{:?}", pragmas.problems);
        let (kept, silenced) = pragmas.apply(finding(text, Check::PinnedBases(Flag)));
        assert!(kept.is_none());
        assert_eq!(silenced.len(), 1);
        assert_eq!((silenced[0].line, silenced[0].pragma_line), (3, 1));
        assert_eq!(silenced[0].code, "DL-PINNED-BASE");
    }

    #[test]
    fn another_code_or_line_is_not_silenced() {
        let text = "# dockerlings ignore=DL-EXEC-FORM\nFROM golang\n";
        let pragmas = Pragmas::read(text, "Dockerfile");
        let (kept, silenced) = pragmas.apply(finding(text, Check::PinnedBases(Flag)));
        assert!(kept.is_some() && silenced.is_empty());
        // A trailing pragma on the RUN line applies to that line only.
        let text = "FROM alpine:3.20\nCMD x # dockerlings ignore=dl-exec-form\n";
        let pragmas = Pragmas::read(text, "Dockerfile");
        assert!(
            pragmas
                .apply(finding(text, Check::ExecForm(Flag)))
                .0
                .is_none()
        );
    }

    #[test]
    fn silencing_one_of_several_lines_keeps_the_others() {
        let text =
            "FROM golang AS a\n# dockerlings ignore=DL-PINNED-BASE\nFROM node AS b\nFROM python\n";
        let pragmas = Pragmas::read(text, "Dockerfile");
        let all = finding(text, Check::PinnedBases(Flag));
        assert_eq!(all.details.len(), 3);
        let (kept, silenced) = pragmas.apply(all);
        let kept = kept.unwrap();
        assert_eq!(silenced.len(), 1);
        assert_eq!(kept.location.as_ref().unwrap().line, 1);
        assert_eq!(kept.details.len(), 2);
        // Silencing the first moves the finding to the next line.
        let text = "# dockerlings ignore=DL-PINNED-BASE\nFROM golang AS a\nFROM node\n";
        let pragmas = Pragmas::read(text, "Dockerfile");
        let kept = pragmas
            .apply(finding(text, Check::PinnedBases(Flag)))
            .0
            .unwrap();
        assert_eq!(kept.location.as_ref().unwrap().line, 3);
        assert!(kept.message.contains("node"), "{}", kept.message);
        assert!(kept.details.is_empty());
        assert_eq!(kept.location.unwrap().file, Path::new("Dockerfile"));
    }

    #[test]
    fn unknown_and_missing_codes_are_problems() {
        let pragmas = Pragmas::read(
            "# dockerlings ignore=DL-NOPE\nFROM a:1\n# dockerlings ignore=\nFROM b:1\n# dockerlings ignore=DL-RUN\n",
            "Dockerfile",
        );
        assert_eq!(pragmas.problems.len(), 3, "{:?}", pragmas.problems);
        assert!(pragmas.problems[0].starts_with("Dockerfile:1: no rule has the code `DL-NOPE`"));
        assert!(pragmas.problems[1].starts_with("Dockerfile:3:"));
        assert!(pragmas.problems[2].contains("no instruction below it"));
    }
}
