//! Word wrapping of plain text for a terminal of a given width.

use console::measure_text_width;

/// Wraps `text` to `width` columns, each line prefixed by `indent`. Lines of a paragraph are
/// joined and filled again (as Markdown does); blank lines, list items and indented lines keep
/// their own line; a word longer than a line is cut.
pub fn wrap(text: &str, width: usize, indent: &str) -> Vec<String> {
    let room = width.saturating_sub(measure_text_width(indent)).max(10);
    let mut lines = Vec::new();
    for paragraph in paragraphs(text) {
        if paragraph.trim().is_empty() {
            lines.push(String::new());
            continue;
        }
        // Keep the paragraph's own indentation (lists, code) on its first line and after.
        let own_indent: String = paragraph.chars().take_while(|c| *c == ' ').collect();
        let mut line = own_indent.clone();
        for word in paragraph.split_whitespace() {
            let mut word = word.to_string();
            let used = measure_text_width(&line);
            let needed = measure_text_width(&word) + usize::from(used > own_indent.len());
            if used > own_indent.len() && used + needed > room {
                lines.push(format!("{indent}{line}"));
                line = own_indent.clone();
            }
            while measure_text_width(&line) + measure_text_width(&word) > room {
                let fits = room.saturating_sub(measure_text_width(&line)).max(1);
                let cut: String = word.chars().take(fits).collect();
                word = word.chars().skip(fits).collect();
                lines.push(format!("{indent}{line}{cut}"));
                line = own_indent.clone();
            }
            if measure_text_width(&line) > own_indent.len() {
                line.push(' ');
            }
            line.push_str(&word);
        }
        lines.push(format!("{indent}{line}"));
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
    fn refills_the_lines_of_a_paragraph_and_keeps_lists() {
        assert_eq!(
            wrap("one two\nthree four\n\n- item\n- item two\n  code", 40, ""),
            vec!["one two three four", "", "- item", "- item two", "  code"]
        );
    }
}
