//! The exercise list as a table.

use console::style;

use crate::course::Course;
use crate::workspace::State;

pub fn table(course: &Course, state: &State) -> String {
    let mut out = String::new();
    let mut lesson = "";
    for exercise in course.exercises() {
        if exercise.lesson.file.id != lesson {
            lesson = &exercise.lesson.file.id;
            out.push_str(&format!("{}\n", style(&exercise.lesson.file.title).bold()));
        }
        let mark = if state.done.contains(exercise.id()) {
            style("✓").green().to_string()
        } else {
            style("·").dim().to_string()
        };
        let pointer = if state.current == exercise.id() {
            "▶"
        } else {
            " "
        };
        out.push_str(&format!(
            "{pointer} {mark} {:<26} {}\n",
            exercise.id(),
            exercise.def.title
        ));
    }
    out.push_str(&format!(
        "\n{} of {} done\n",
        state.done.len(),
        course.len()
    ));
    out
}
