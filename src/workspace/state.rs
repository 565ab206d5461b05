//! Progress: what it holds, how it is read from JSON, and how two copies of it merge.

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

use serde::{Deserialize, Serialize};

pub const STATE_VERSION: u32 = 1;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct State {
    pub version: u32,
    /// Random, made at init: names this workspace's images and labels on a shared engine.
    pub workspace_id: String,
    /// The course folder the workspace was made from; `None` for the built-in course.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub course: Option<PathBuf>,
    /// The exercise watch mode and `verify` work on.
    pub current: String,
    /// Exercises that have passed once.
    #[serde(default)]
    pub done: BTreeSet<String>,
    /// How many hints of each exercise have been shown.
    #[serde(default)]
    pub hints_shown: BTreeMap<String, usize>,
    /// Exercises whose solution was shown (`solution --force`) before they passed: what a
    /// gradebook asks. Left out while empty, so older versions still read the file.
    #[serde(default, skip_serializing_if = "BTreeSet::is_empty")]
    pub solution_before_pass: BTreeSet<String>,
}

/// Why a progress file's text is not a state this dockerlings can use.
#[derive(Debug)]
pub enum Unusable {
    /// Written by a newer dockerlings: never overwritten, never "repaired".
    Newer(u64),
    /// Not a state file (truncated, edited by hand, not JSON...).
    Damaged(String),
}

impl State {
    pub fn parse(text: &[u8]) -> Result<State, Unusable> {
        let text = text.strip_prefix(b"\xef\xbb\xbf").unwrap_or(text);
        let value: serde_json::Value =
            serde_json::from_slice(text).map_err(|err| Unusable::Damaged(err.to_string()))?;
        // The version is looked at before the fields, so that a newer file with fields this
        // version does not know is refused as newer instead of taken for damage.
        match value.get("version").and_then(|v| v.as_u64()) {
            Some(version) if version > u64::from(STATE_VERSION) => {
                return Err(Unusable::Newer(version));
            }
            Some(version) if version == u64::from(STATE_VERSION) => {}
            Some(version) => return Err(Unusable::Damaged(format!("unknown version {version}"))),
            None => return Err(Unusable::Damaged("no `version` number".into())),
        }
        let state: State =
            serde_json::from_value(value).map_err(|err| Unusable::Damaged(err.to_string()))?;
        if state.workspace_id.is_empty() || state.current.is_empty() {
            return Err(Unusable::Damaged(
                "empty `workspace_id` or `current`".into(),
            ));
        }
        Ok(state)
    }

    pub fn to_json(&self) -> Vec<u8> {
        let mut json = serde_json::to_vec_pretty(self).expect("a State always serializes");
        json.push(b'\n');
        json
    }

    /// Three-way merge: `mine` is `base` plus this process's changes, `disk` is what other
    /// processes saved meanwhile. Passes only accumulate and hint counts only rise, unless
    /// this process removed or lowered them on purpose; a changed `current` or `course` wins.
    pub fn merge(disk: &State, base: &State, mine: &State) -> State {
        let mut done = disk.done.clone();
        done.extend(mine.done.difference(&base.done).cloned());
        for removed in base.done.difference(&mine.done) {
            done.remove(removed);
        }
        let mut hints_shown = disk.hints_shown.clone();
        let keys: BTreeSet<&String> = mine
            .hints_shown
            .keys()
            .chain(base.hints_shown.keys())
            .collect();
        for key in keys {
            let had = base.hints_shown.get(key).copied().unwrap_or(0);
            let has = mine.hints_shown.get(key).copied().unwrap_or(0);
            let theirs = disk.hints_shown.get(key).copied().unwrap_or(0);
            let merged = if has < had { has } else { has.max(theirs) };
            if merged == 0 {
                hints_shown.remove(key);
            } else {
                hints_shown.insert(key.clone(), merged);
            }
        }
        // Once seen, a solution stays seen.
        let mut solution_before_pass = disk.solution_before_pass.clone();
        solution_before_pass.extend(mine.solution_before_pass.iter().cloned());
        State {
            version: STATE_VERSION,
            workspace_id: disk.workspace_id.clone(),
            course: if mine.course != base.course {
                mine.course.clone()
            } else {
                disk.course.clone()
            },
            current: if mine.current != base.current {
                mine.current.clone()
            } else {
                disk.current.clone()
            },
            done,
            hints_shown,
            solution_before_pass,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_early_look_at_a_solution_is_kept_through_a_merge_and_old_files_read() {
        let base = State::parse(
            br#"{"version":1,"workspace_id":"w","current":"a","done":[],"hints_shown":{}}"#,
        )
        .expect("a state file without the field, as older versions wrote it");
        assert!(base.solution_before_pass.is_empty());
        assert!(
            !String::from_utf8(base.to_json())
                .unwrap()
                .contains("solution_before_pass")
        );
        let mut disk = base.clone();
        disk.solution_before_pass.insert("a".into());
        let mut mine = base.clone();
        mine.solution_before_pass.insert("b".into());
        let merged = State::merge(&disk, &base, &mine);
        assert_eq!(
            merged.solution_before_pass,
            BTreeSet::from(["a".to_string(), "b".to_string()])
        );
    }

    fn sample() -> State {
        State {
            version: STATE_VERSION,
            workspace_id: "abc123".into(),
            course: None,
            current: "go-single".into(),
            done: BTreeSet::from(["intro".to_string()]),
            hints_shown: BTreeMap::from([("go-single".to_string(), 2)]),
            solution_before_pass: Default::default(),
        }
    }

    #[test]
    fn round_trips() {
        assert_eq!(State::parse(&sample().to_json()).unwrap(), sample());
    }

    #[test]
    fn a_newer_version_is_told_apart_from_damage() {
        let newer = br#"{"version": 2, "workspace_id": "x", "current": "a", "badges": []}"#;
        assert!(matches!(State::parse(newer), Err(Unusable::Newer(2))));
        let truncated = &sample().to_json()[..40];
        assert!(matches!(State::parse(truncated), Err(Unusable::Damaged(_))));
        let older = br#"{"version": 0, "workspace_id": "x", "current": "a"}"#;
        assert!(matches!(State::parse(older), Err(Unusable::Damaged(_))));
        let blank = br#"{"version": 1, "workspace_id": "", "current": "a"}"#;
        assert!(matches!(State::parse(blank), Err(Unusable::Damaged(_))));
    }

    #[test]
    fn a_stale_copy_adds_its_changes_and_keeps_the_others() {
        let base = sample();
        let mut disk = base.clone();
        disk.done.insert("theirs".into());
        disk.hints_shown.insert("go-single".into(), 4);
        disk.current = "moved-on".into();
        let mut mine = base.clone();
        mine.done.insert("mine".into());
        mine.hints_shown.insert("go-single".into(), 3);
        mine.hints_shown.insert("other".into(), 1);
        let merged = State::merge(&disk, &base, &mine);
        assert_eq!(
            merged.done,
            BTreeSet::from(["intro".into(), "theirs".into(), "mine".into()])
        );
        assert_eq!(merged.hints_shown["go-single"], 4);
        assert_eq!(merged.hints_shown["other"], 1);
        // This copy did not move, so the other's move stands.
        assert_eq!(merged.current, "moved-on");
    }

    #[test]
    fn removals_and_moves_made_here_win() {
        let base = sample();
        let mut disk = base.clone();
        disk.hints_shown.insert("go-single".into(), 5);
        let mut mine = base.clone();
        mine.done.remove("intro");
        mine.hints_shown.insert("go-single".into(), 0);
        mine.current = "next-one".into();
        let merged = State::merge(&disk, &base, &mine);
        assert!(merged.done.is_empty());
        assert!(!merged.hints_shown.contains_key("go-single"));
        assert_eq!(merged.current, "next-one");
    }
}
