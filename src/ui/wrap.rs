//! Word wrapping of plain text for a terminal of a given width.

use textwrap::{Options, WordSeparator, WordSplitter, WrapAlgorithm};

/// Wraps `text` to `width` columns, each line prefixed by `indent`. Lines of a paragraph are
/// joined and filled again (as Markdown does); blank lines, list items and indented lines keep
/// their own line; a word longer than a line is cut.
pub fn wrap(text: &str, width: usize, indent: &str) -> Vec<String> {
    let room = width
        .saturating_sub(textwrap::core::display_width(indent))
        .max(10);
    let mut lines = Vec::new();
    for paragraph in paragraphs(text) {
        if paragraph.trim().is_empty() {
            lines.push(String::new());
            continue;
        }
        // Keep the paragraph's own indentation (lists, code) on its first line and after.
        let own_indent = &paragraph[..paragraph.len() - paragraph.trim_start_matches(' ').len()];
        let options = Options::new(room)
            .initial_indent(own_indent)
            .subsequent_indent(own_indent)
            // Fill each line as full as it goes, as a terminal reader expects, and break only
            // at spaces: paths and URLs with hyphens stay whole where they fit.
            .wrap_algorithm(WrapAlgorithm::FirstFit)
            .word_separator(WordSeparator::AsciiSpace)
            .word_splitter(WordSplitter::NoHyphenation);
        let words = paragraph.split_whitespace().collect::<Vec<_>>().join(" ");
        lines.extend(
            textwrap::wrap(&words, options)
                .into_iter()
                .map(|line| format!("{indent}{line}")),
        );
    }
    lines
}

/// Joins the lines of each paragraph; a blank line, a list item or an indented line starts a
/// new one.
fn paragraphs(text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut open = false;
    for line in text.trim_end().lines() {
        let trimmed = line.trim_start();
        let own_line = line.starts_with(' ')
            || trimmed.starts_with("- ")
            || trimmed.starts_with("* ")
            || trimmed
                .split_once(". ")
                .is_some_and(|(n, _)| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()));
        if trimmed.is_empty() {
            out.push(String::new());
            open = false;
        } else if open && !own_line {
            let last = out.last_mut().expect("an open paragraph");
            last.push(' ');
            last.push_str(trimmed);
        } else {
            out.push(line.to_string());
            open = true;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wraps_words_with_an_indent() {
        assert_eq!(
            wrap("one two three four five six", 16, "  "),
            vec!["  one two three", "  four five six"]
        );
    }

    #[test]
    fn keeps_paragraphs_and_cuts_long_words() {
        assert_eq!(
            wrap("a\n\nabcdefghijklmnopqrstuvwxyz", 12, ""),
            vec!["a", "", "abcdefghijkl", "mnopqrstuvwx", "yz"]
        );
    }

    #[test]
    fn measures_styled_and_linked_text_by_what_shows() {
        let linked = "\x1b]8;;file:///ws/Dockerfile\x1b\\Dockerfile:3\x1b]8;;\x1b\\";
        let text = format!("Edit {linked} \x1b[36mnow\x1b[0m please");
        let lines = wrap(&text, 22, "");
        assert_eq!(lines.len(), 2, "{lines:?}");
        assert_eq!(lines[1], "please");
        assert_eq!(
            console::measure_text_width(&lines[0]),
            "Edit Dockerfile:3 now".len()
        );
    }

    #[test]
    fn refills_the_lines_of_a_paragraph_and_keeps_lists() {
        assert_eq!(
            wrap("one two\nthree four\n\n- item\n- item two\n  code", 40, ""),
            vec!["one two three four", "", "- item", "- item two", "  code"]
        );
    }
}
