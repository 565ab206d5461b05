//! The screen of the session: header (where am I), body (task, hints, checks, or the list, or
//! check all), footer (notices, progress, keys).

use anyhow::Result;
use console::style;

use super::{Notice, Session, Tone};
use crate::ui::relative_to_cwd;
use crate::ui::watch::keys::Mode;
use crate::ui::watch::screen::{Frame, spread};
use crate::ui::watch::terminal::Terminal;
use crate::ui::{bar, link, wrap::wrap};

impl Session<'_> {
    pub(super) fn draw(&mut self, terminal: &mut Terminal) -> Result<()> {
        let (columns, rows) = terminal.size();
        let lines = self.frame_lines(usize::from(columns), usize::from(rows));
        terminal.draw(&lines)?;
        Ok(())
    }

    /// The whole screen as lines, `width` columns by `height` rows.
    pub(super) fn frame_lines(&mut self, width: usize, height: usize) -> Vec<String> {
        let header = self.header(width);
        let footer = self.footer(width);
        self.page = Frame::body_room(header.len(), footer.len(), height).max(1);
        let body = match self.mode {
            Mode::ConfirmReset if self.reset_from == Mode::List => {
                self.list
                    .lines(self.course, &self.workspace.state, self.page)
            }
            Mode::Exercise | Mode::ConfirmReset => self.exercise_body(width),
            Mode::List | Mode::Search => {
                self.list
                    .lines(self.course, &self.workspace.state, self.page)
            }
            Mode::CheckAll => self.all.lines(self.course, self.frame),
        };
        let exercise_shown = self.mode == Mode::Exercise
            || (self.mode == Mode::ConfirmReset && self.reset_from == Mode::Exercise);
        let mut scroll = if exercise_shown { self.scroll } else { 0 };
        let lines = Frame {
            header,
            body,
            footer,
        }
        .fit(width, height, &mut scroll);
        if exercise_shown {
            self.scroll = scroll;
        }
        lines
    }

    pub(super) fn header(&self, width: usize) -> Vec<String> {
        let exercise = self.current();
        let title = format!(
            "{} · {}",
            style("dockerlings").cyan().bold(),
            self.course.title
        );
        let position = style(format!(
            "exercise {} of {}",
            exercise.index + 1,
            self.course.len()
        ))
        .dim()
        .to_string();
        let dockerfile = self.workspace.dockerfile(exercise);
        let shown = relative_to_cwd(&dockerfile).display().to_string();
        let watching = if self.manual_run {
            style("manual: press r after saving").yellow().to_string()
        } else if self.watcher.is_some() {
            style("watching for saves").dim().to_string()
        } else {
            style("not watching: press r after saving")
                .yellow()
                .to_string()
        };
        vec![
            spread(&title, &position, width),
            format!(
                "{}  {}",
                style(&exercise.def.title).bold(),
                style(format!(
                    "{} · {}",
                    exercise.id(),
                    exercise.lesson.file.title
                ))
                .dim()
            ),
            spread(
                &format!("Edit {}", style(link::file(&dockerfile, &shown)).cyan()),
                &watching,
                width,
            ),
            String::new(),
        ]
    }

    pub(super) fn exercise_body(&self, width: usize) -> Vec<String> {
        let exercise = self.current();
        let mut out = wrap(&exercise.def.task, width, "  ");
        let shown = self
            .workspace
            .state
            .hints_shown
            .get(exercise.id())
            .copied()
            .unwrap_or(0);
        let total = exercise.def.hints.len();
        for (n, hint) in exercise.def.hints.iter().take(shown).enumerate() {
            out.push(String::new());
            out.push(format!(
                "  {}",
                style(format!("Hint {}/{total}", n + 1)).yellow().bold()
            ));
            out.extend(wrap(hint.trim(), width, "  "));
        }
        out.push(String::new());
        out.push(style("Checks").bold().underlined().to_string());
        let dir = self.exercise_dir();
        let shown_dir = relative_to_cwd(&dir);
        out.extend(self.checklist.lines(&dir, &shown_dir, width, self.frame));
        match self.checklist.passed() {
            Some(true) => {
                out.push(String::new());
                let next = self.what_next();
                out.push(format!(
                    "{} {next}",
                    style("✓ Passed: every check is green.").green().bold()
                ));
            }
            Some(false) => {
                out.push(String::new());
                let (failed, skipped) = self.checklist.counts();
                out.push(if failed > 0 {
                    "Not yet: fix the first ✗ above and save; the checks run again by themselves."
                        .to_string()
                } else {
                    format!("Not yet: {skipped} checks did not run (see above).")
                });
            }
            None => {}
        }
        out
    }

    pub(super) fn footer(&self, width: usize) -> Vec<String> {
        let mut out = Vec::new();
        if let Some(problem) = &self.watch_problem {
            out.extend(
                wrap(problem, width, "")
                    .into_iter()
                    .take(3)
                    .map(|l| style(l).yellow().to_string()),
            );
        }
        let notice = if self.mode == Mode::ConfirmReset {
            style(format!(
                "Reset `{}`? Its starting files come back; your version is kept as a backup. y resets, any other key keeps your files.",
                self.reset_target
            ))
            .yellow()
            .bold()
            .to_string()
        } else {
            match &self.notice {
                Some(Notice { text, tone }) => match tone {
                    Tone::Info => text.clone(),
                    Tone::Good => style(text).green().to_string(),
                    Tone::Warn => style(text).yellow().to_string(),
                    Tone::Bad => style(text).red().to_string(),
                },
                None => String::new(),
            }
        };
        out.push(notice);
        let done = self.workspace.state.done.len();
        let total = self.course.len();
        let progress = format!(
            "Progress {} {done} of {total} done",
            style(bar::progress(done, total, 20)).green()
        );
        out.push(spread(
            &progress,
            &style(self.checklist.timing()).dim().to_string(),
            width,
        ));
        out.push(self.keys_help());
        out
    }

    pub(super) fn keys_help(&self) -> String {
        let key = |k: &str, what: &str| format!("{} {}", style(k).bold(), style(what).dim());
        let keys: Vec<String> = match self.mode {
            Mode::Exercise => {
                let mut keys = Vec::new();
                if self.workspace.is_done(self.current().id()) {
                    keys.push(format!(
                        "{} {}",
                        style("n").green().bold(),
                        style("next").green()
                    ));
                }
                keys.extend([
                    key("h", "hint"),
                    key("r", "re-run"),
                    key("l", "list"),
                    key("x", "reset"),
                    key("c", "check all"),
                    key("q", "quit"),
                ]);
                keys
            }
            Mode::List => vec![
                key("↑↓", "move"),
                key("Enter", "go to"),
                key("a", "all"),
                key("d", "done"),
                key("p", "pending"),
                key("/", "search"),
                key("r", "reset"),
                key("Esc", "back"),
                key("q", "quit"),
            ],
            Mode::ConfirmReset => vec![key("y", "reset"), key("any other key", "keep")],
            Mode::Search => vec![
                key("type", "to search"),
                key("Enter", "keep"),
                key("Esc", "clear"),
            ],
            Mode::CheckAll => vec![
                key("Esc", "back"),
                key("c", "check all again"),
                key("q", "quit"),
            ],
        };
        keys.join("  ")
    }
}
