//! `dockerlings book`: the book's preprocessor. mdBook writes `[context, book]` on stdin and
//! reads the book, with a page per exercise, from stdout.

use std::io::Read;
use std::path::Path;

use anyhow::{Context, Result};

use super::Exit;
use crate::book::{self, Request};
use crate::course::Course;

pub fn run(course_flag: Option<&Path>) -> Result<Exit> {
    let mut input = String::new();
    std::io::stdin()
        .read_to_string(&mut input)
        .context("cannot read mdBook's input on stdin")?;
    let request = Request::parse(&input)?;
    let dir = match course_flag {
        Some(dir) => dir.to_path_buf(),
        None => request.course_dir()?,
    };
    let course = Course::from_dir(&dir)?;
    println!("{}", book::preprocess(request, &course)?);
    Ok(Exit::Pass)
}
