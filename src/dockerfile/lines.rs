//! Byte offsets to 1-based line numbers: the parser gives spans, learners read lines.

/// The start of every line of a text, for turning byte offsets into line numbers.
#[derive(Debug, Clone)]
pub struct LineIndex {
    /// Byte offset of each `\n`.
    newlines: Vec<usize>,
}

impl LineIndex {
    pub fn new(text: &str) -> Self {
        LineIndex {
            newlines: text
                .bytes()
                .enumerate()
                .filter(|&(_, b)| b == b'\n')
                .map(|(i, _)| i)
                .collect(),
        }
    }

    /// The 1-based line holding byte `offset`.
    pub fn line(&self, offset: usize) -> usize {
        self.newlines.partition_point(|&nl| nl < offset) + 1
    }
}

#[cfg(test)]
mod tests {
    use super::LineIndex;

    #[test]
    fn offsets_map_to_lines() {
        let index = LineIndex::new("ab\ncd\r\n\nx");
        assert_eq!(index.line(0), 1);
        assert_eq!(index.line(2), 1, "the newline belongs to its line");
        assert_eq!(index.line(3), 2);
        assert_eq!(index.line(7), 3);
        assert_eq!(index.line(8), 4);
    }
}
