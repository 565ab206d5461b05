//! `dockerlings list`: the exercises and the learner's progress.

use std::path::Path;

use anyhow::Result;
use serde::Serialize;

use super::{Context, Exit, json};
use crate::ui;

#[derive(Serialize)]
struct Body<'a> {
    course: &'a str,
    current: &'a str,
    done: usize,
    total: usize,
    exercises: Vec<Line<'a>>,
}

#[derive(Serialize)]
struct Line<'a> {
    id: &'a str,
    lesson: &'a str,
    title: &'a str,
    /// Relative to the workspace root.
    dir: &'a Path,
    done: bool,
    current: bool,
}

pub fn run(ctx: &Context, as_json: bool) -> Result<Exit> {
    let state = &ctx.workspace.state;
    if as_json {
        let exercises = ctx
            .course
            .exercises()
            .map(|e| Line {
                id: e.id(),
                lesson: &e.lesson.file.id,
                title: &e.def.title,
                dir: e.workspace_dir(),
                done: state.done.contains(e.id()),
                current: state.current == e.id(),
            })
            .collect();
        json::print(&Body {
            course: &ctx.course.title,
            current: &state.current,
            done: state.done.len(),
            total: ctx.course.len(),
            exercises,
        })?;
    } else {
        print!("{}", ui::list::table(&ctx.course, state));
    }
    Ok(Exit::Pass)
}
