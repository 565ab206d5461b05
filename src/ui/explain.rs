//! `dockerlings explain` as text.

use crate::dockerfile::Explanation;

pub fn render(explanation: &Explanation) -> String {
    format!("{}\n", explanation.file)
}
