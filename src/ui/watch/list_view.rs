//! The exercise list inside watch mode: move, filter by done or pending, search, jump, reset.

use console::style;

use super::keys::{Action, Filter};
use crate::course::{Course, Exercise};
use crate::workspace::State;

#[derive(Debug)]
pub struct ListView {
    pub filter: Filter,
    /// The exercise under the cursor, by id: it stays put when the filter changes.
    cursor: Option<String>,
    /// First visible row, kept so the cursor stays on screen.
    top: usize,
    /// Only exercises whose id or title contains this (any case).
    query: String,
    /// The search is being typed.
    searching: bool,
}

/// What a key did in the list.
#[derive(Debug, PartialEq, Eq)]
pub enum Outcome {
    Stay,
    Jump(String),
    /// Reset this exercise (once the learner confirms).
    Reset(String),
    /// Typing a search began, or ended.
    Searching(bool),
    /// Leave the list.
    Back,
}

impl ListView {
    pub fn open(current: &str) -> Self {
        ListView {
            filter: Filter::All,
            cursor: Some(current.to_string()),
            top: 0,
            query: String::new(),
            searching: false,
        }
    }

    fn visible<'c>(&self, course: &'c Course, state: &State) -> Vec<Exercise<'c>> {
        course
            .exercises()
            .filter(|e| match self.filter {
                Filter::All => true,
                Filter::Done => state.done.contains(e.id()),
                Filter::Pending => !state.done.contains(e.id()),
            })
            .filter(|e| {
                let query = self.query.to_lowercase();
                e.id().to_lowercase().contains(&query)
                    || e.def.title.to_lowercase().contains(&query)
            })
            .collect()
    }

    fn position(&self, visible: &[Exercise<'_>]) -> usize {
        self.cursor
            .as_deref()
            .and_then(|id| visible.iter().position(|e| e.id() == id))
            .unwrap_or(0)
    }

    pub fn handle(
        &mut self,
        action: Action,
        course: &Course,
        state: &State,
        page: usize,
    ) -> Outcome {
        match action {
            Action::Filter(filter) => self.filter = filter,
            Action::Search => {
                self.searching = true;
                return Outcome::Searching(true);
            }
            Action::Type(c) if self.searching => self.query.push(c),
            Action::Erase if self.searching => {
                self.query.pop();
            }
            // Enter keeps the search and goes back to moving; Esc drops it.
            Action::Choose if self.searching => {
                self.searching = false;
                return Outcome::Searching(false);
            }
            Action::Back if self.searching || !self.query.is_empty() => {
                let was_searching = self.searching;
                self.searching = false;
                self.query.clear();
                if was_searching {
                    return Outcome::Searching(false);
                }
                return Outcome::Stay;
            }
            Action::Back => return Outcome::Back,
            _ => {}
        }
        let visible = self.visible(course, state);
        if visible.is_empty() {
            self.cursor = None;
            return Outcome::Stay;
        }
        let at = self.position(&visible);
        let last = visible.len() - 1;
        let page = page.max(1);
        let moved = match action {
            Action::Up => at.saturating_sub(1),
            Action::Down => (at + 1).min(last),
            Action::PageUp => at.saturating_sub(page),
            Action::PageDown => (at + page).min(last),
            Action::Top => 0,
            Action::Bottom => last,
            Action::Choose => return Outcome::Jump(visible[at].id().to_string()),
            Action::Reset => return Outcome::Reset(visible[at].id().to_string()),
            _ => at,
        };
        self.cursor = Some(visible[moved].id().to_string());
        Outcome::Stay
    }

    /// The list in `height` rows, with lesson titles between groups.
    pub fn lines(&mut self, course: &Course, state: &State, height: usize) -> Vec<String> {
        let filters = [
            (Filter::All, "a all"),
            (Filter::Done, "d done"),
            (Filter::Pending, "p pending"),
        ]
        .iter()
        .map(|(filter, label)| {
            if *filter == self.filter {
                style(format!("[{label}]")).bold().to_string()
            } else {
                style(format!(" {label} ")).dim().to_string()
            }
        })
        .collect::<Vec<_>>()
        .join(" ");
        let search = match (self.searching, self.query.is_empty()) {
            (true, _) => format!("   search: {}{}", self.query, style("▏").bold()),
            (false, false) => format!("   search: {}", style(&self.query).bold()),
            (false, true) => String::new(),
        };
        let mut head = vec![
            format!("{}   {filters}{search}", style("Exercises").bold()),
            String::new(),
        ];
        let visible = self.visible(course, state);
        if visible.is_empty() {
            let what = match (self.query.is_empty(), self.filter) {
                (false, _) => format!(
                    "No exercise matches `{}`. Esc clears the search.",
                    self.query
                ),
                (true, Filter::Done) => {
                    "No exercise has passed yet. Press a to see them all.".into()
                }
                (true, _) => {
                    "Every exercise has passed: well done! Press a to see them all.".into()
                }
            };
            head.push(format!("  {what}"));
            return head;
        }
        let at = self.position(&visible);
        let mut rows = Vec::new();
        let mut cursor_row = 0;
        let mut lesson = "";
        for (index, exercise) in visible.iter().enumerate() {
            if exercise.lesson.file.id != lesson {
                lesson = &exercise.lesson.file.id;
                rows.push(format!(
                    "  {}",
                    style(&exercise.lesson.file.title).underlined()
                ));
            }
            let done = state.done.contains(exercise.id());
            let mark = if done {
                style("✓").green().to_string()
            } else {
                style("·").dim().to_string()
            };
            let current = if state.current == exercise.id() {
                style("  ◀ current").cyan().to_string()
            } else {
                String::new()
            };
            let text = format!("{:<26} {}", exercise.id(), exercise.def.title);
            let row = if index == at {
                cursor_row = rows.len();
                format!(
                    "{} {mark} {}{current}",
                    style("›").bold(),
                    style(text).reverse()
                )
            } else {
                format!("  {mark} {text}{current}")
            };
            rows.push(row);
        }
        let room = height.saturating_sub(head.len()).max(1);
        // Scroll just enough to keep the cursor (and its lesson title, when it fits) in view.
        if cursor_row < self.top {
            self.top = cursor_row.saturating_sub(1);
        } else if cursor_row >= self.top + room {
            self.top = cursor_row + 1 - room;
        }
        self.top = self.top.min(rows.len().saturating_sub(room));
        head.extend(rows.into_iter().skip(self.top).take(room));
        head
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;
    use std::path::Path;

    use super::*;
    use crate::workspace::STATE_VERSION;

    fn course() -> Course {
        Course::from_dir(&Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/course"))
            .unwrap()
    }

    fn state(done: &[&str]) -> State {
        State {
            version: STATE_VERSION,
            workspace_id: "test".into(),
            course: None,
            current: "two-stages".into(),
            done: done
                .iter()
                .map(|id| id.to_string())
                .collect::<BTreeSet<_>>(),
            hints_shown: Default::default(),
            solution_before_pass: Default::default(),
        }
    }

    fn jump(view: &mut ListView, course: &Course, state: &State) -> Option<String> {
        match view.handle(Action::Choose, course, state, 5) {
            Outcome::Jump(id) => Some(id),
            _ => None,
        }
    }

    #[test]
    fn moves_and_jumps() {
        let (course, state) = (course(), state(&[]));
        let mut view = ListView::open("two-stages");
        view.handle(Action::Down, &course, &state, 5);
        assert_eq!(jump(&mut view, &course, &state).as_deref(), Some("pinned"));
        view.handle(Action::Bottom, &course, &state, 5);
        view.handle(Action::Down, &course, &state, 5);
        let last = course.exercises().last().unwrap().id().to_string();
        assert_eq!(jump(&mut view, &course, &state), Some(last));
        view.handle(Action::Top, &course, &state, 5);
        view.handle(Action::Up, &course, &state, 5);
        assert_eq!(
            jump(&mut view, &course, &state).as_deref(),
            Some("two-stages")
        );
    }

    #[test]
    fn filters_show_done_or_pending_exercises() {
        console::set_colors_enabled(false);
        let (course, state) = (course(), state(&["pinned"]));
        let mut view = ListView::open("two-stages");
        view.handle(Action::Filter(Filter::Done), &course, &state, 5);
        let text = view.lines(&course, &state, 20).join("\n");
        assert!(text.contains("pinned"), "{text}");
        assert!(!text.contains("two-stages"), "{text}");
        // The cursor moved to what is visible.
        assert_eq!(jump(&mut view, &course, &state).as_deref(), Some("pinned"));

        view.handle(Action::Filter(Filter::Pending), &course, &state, 5);
        let text = view.lines(&course, &state, 20).join("\n");
        assert!(!text.contains("pinned"), "{text}");
        assert!(text.contains("two-stages"), "{text}");
    }

    #[test]
    fn says_so_when_a_filter_matches_nothing() {
        console::set_colors_enabled(false);
        let (course, state) = (course(), state(&[]));
        let mut view = ListView::open("two-stages");
        view.handle(Action::Filter(Filter::Done), &course, &state, 5);
        let text = view.lines(&course, &state, 20).join("\n");
        assert!(text.contains("No exercise has passed yet"), "{text}");
        assert_eq!(jump(&mut view, &course, &state), None);
    }

    #[test]
    fn a_search_shows_matching_ids_and_titles() {
        console::set_colors_enabled(false);
        let (course, state) = (course(), state(&[]));
        let mut view = ListView::open("two-stages");
        assert_eq!(
            view.handle(Action::Search, &course, &state, 5),
            Outcome::Searching(true)
        );
        for c in "PIN".chars() {
            view.handle(Action::Type(c), &course, &state, 5);
        }
        let text = view.lines(&course, &state, 20).join("\n");
        assert!(text.contains("search: PIN"), "{text}");
        assert!(text.contains("pinned"), "{text}");
        assert!(!text.contains("two-stages"), "{text}");
        // Enter keeps the search; the cursor is on what is visible.
        assert_eq!(
            view.handle(Action::Choose, &course, &state, 5),
            Outcome::Searching(false)
        );
        assert_eq!(jump(&mut view, &course, &state).as_deref(), Some("pinned"));
        // A title matches too (the id has a dash where the title has a space).
        view.handle(Action::Search, &course, &state, 5);
        for _ in 0..3 {
            view.handle(Action::Erase, &course, &state, 5);
        }
        for c in "exec form".chars() {
            view.handle(Action::Type(c), &course, &state, 5);
        }
        let text = view.lines(&course, &state, 20).join("\n");
        assert!(text.contains("exec-form"), "{text}");
        assert!(!text.contains("pinned"), "{text}");
        // A search with no match says how to clear it.
        for c in "zzz".chars() {
            view.handle(Action::Type(c), &course, &state, 5);
        }
        let text = view.lines(&course, &state, 20).join("\n");
        assert!(
            text.contains("No exercise matches `exec formzzz`"),
            "{text}"
        );
        // Esc drops the search; a second Esc leaves the list.
        view.handle(Action::Back, &course, &state, 5);
        let text = view.lines(&course, &state, 20).join("\n");
        assert!(
            text.contains("two-stages") && text.contains("pinned"),
            "{text}"
        );
        assert_eq!(view.handle(Action::Back, &course, &state, 5), Outcome::Back);
    }

    #[test]
    fn reset_names_the_exercise_under_the_cursor() {
        let (course, state) = (course(), state(&[]));
        let mut view = ListView::open("two-stages");
        view.handle(Action::Down, &course, &state, 5);
        assert_eq!(
            view.handle(Action::Reset, &course, &state, 5),
            Outcome::Reset("pinned".into())
        );
    }

    #[test]
    fn keeps_the_cursor_on_screen() {
        console::set_colors_enabled(false);
        let (course, state) = (course(), state(&[]));
        let mut view = ListView::open("two-stages");
        view.handle(Action::Bottom, &course, &state, 5);
        let last = course.exercises().last().unwrap().id().to_string();
        let lines = view.lines(&course, &state, 4);
        assert_eq!(lines.len(), 4);
        assert!(lines.iter().any(|l| l.contains(&last)), "{lines:?}");
    }
}
