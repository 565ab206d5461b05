//! The text of an instruction as Docker reads it: continuation lines joined, comment lines
//! inside dropped.

/// Joins the raw text after an instruction's keyword (up to the next instruction) into its
/// arguments: a line ending in the escape character continues on the next one, comment and
/// empty lines after the first are dropped (Docker ignores them, even inside continuations),
/// and other lines (here-document bodies) stay separate lines.
pub fn join_arguments(raw: &str, escape: char) -> String {
    let mut out = String::new();
    for (i, line) in raw.split('\n').enumerate() {
        let line = line.strip_suffix('\r').unwrap_or(line);
        let trimmed = line.trim();
        if i > 0 && (trimmed.is_empty() || trimmed.starts_with('#')) {
            continue;
        }
        match trimmed.strip_suffix(escape) {
            Some(continued) => {
                out.push_str(continued.trim_end());
                out.push(' ');
            }
            None => {
                out.push_str(trimmed);
                out.push('\n');
            }
        }
    }
    out.trim().to_string()
}

/// Lowercase with runs of whitespace as one space: how texts of lessons are compared with
/// instructions, so `npm  ci` and `NPM CI` match `npm ci`.
pub fn normalize(text: &str) -> String {
    text.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// Whether `needle` occurs in `haystack`, ignoring case and the amount of whitespace.
pub fn contains_normalized(haystack: &str, needle: &str) -> bool {
    normalize(haystack).contains(&normalize(needle))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn continuations_join_and_inner_comments_drop() {
        let raw = "apt-get update \\\n    # install curl\n    && apt-get install curl\n\n# next\n";
        assert_eq!(
            join_arguments(raw, '\\'),
            "apt-get update && apt-get install curl"
        );
    }

    #[test]
    fn backtick_escape() {
        assert_eq!(join_arguments("echo a `\r\n  b\r\n", '`'), "echo a b");
    }

    #[test]
    fn here_document_lines_stay_lines() {
        assert_eq!(
            join_arguments("<<EOF\nnpm ci\nnpm run build\nEOF\n", '\\'),
            "<<EOF\nnpm ci\nnpm run build\nEOF"
        );
    }

    #[test]
    fn normalized_matching() {
        assert!(contains_normalized("RUN  NPM   ci --omit=dev", "npm ci"));
        assert!(!contains_normalized("RUN npm install", "npm ci"));
    }
}
