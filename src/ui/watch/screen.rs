//! Laying a screen out in the terminal: the header on top, the footer at the bottom, the body
//! between them, scrolled when it does not fit.

use console::{measure_text_width, style, truncate_str};

pub struct Frame {
    pub header: Vec<String>,
    pub body: Vec<String>,
    pub footer: Vec<String>,
}

impl Frame {
    /// Rows left for the body in a terminal `height` rows high.
    pub fn body_room(header: usize, footer: usize, height: usize) -> usize {
        height.saturating_sub(header + footer)
    }

    /// Exactly `height` lines of at most `width` columns. `scroll` is the first body line shown;
    /// it is clamped to what exists.
    pub fn fit(self, width: usize, height: usize, scroll: &mut usize) -> Vec<String> {
        let room = Self::body_room(self.header.len(), self.footer.len(), height);
        let mut lines = self.header;
        if room == 0 {
            // A tiny terminal: the footer (keys, progress) matters most.
            lines.extend(self.footer);
            let skip = lines.len().saturating_sub(height);
            return lines
                .into_iter()
                .skip(skip)
                .map(|l| cut(&l, width))
                .collect();
        }
        let body = self.body;
        if body.len() <= room {
            *scroll = 0;
            let blank = room - body.len();
            lines.extend(body);
            lines.extend(std::iter::repeat_n(String::new(), blank));
        } else {
            *scroll = (*scroll).min(body.len() - room);
            let mut window: Vec<String> = body[*scroll..*scroll + room].to_vec();
            let below = body.len() - room - *scroll;
            if *scroll > 0 {
                window[0] = style(format!("  ↑ {} more above", *scroll))
                    .dim()
                    .to_string();
            }
            if below > 0 && room > 1 {
                let last = window.len() - 1;
                window[last] = style(format!(
                    "  ↓ {} more below (↑ ↓ PgUp PgDn scroll)",
                    below + 1
                ))
                .dim()
                .to_string();
            }
            lines.extend(window);
        }
        lines.extend(self.footer);
        lines.into_iter().map(|l| cut(&l, width)).collect()
    }
}

fn cut(line: &str, width: usize) -> String {
    truncate_str(line, width, "…").into_owned()
}

/// `left` and `right` on one line, `right` flush with the right edge when both fit.
pub fn spread(left: &str, right: &str, width: usize) -> String {
    let used = measure_text_width(left) + measure_text_width(right);
    if right.is_empty() || used + 2 > width {
        return left.to_string();
    }
    format!("{left}{}{right}", " ".repeat(width - used))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn frame(body: usize) -> Frame {
        Frame {
            header: vec!["head".into()],
            body: (0..body).map(|n| format!("line {n}")).collect(),
            footer: vec!["keys".into()],
        }
    }

    #[test]
    fn pads_a_short_body_so_the_footer_sits_at_the_bottom() {
        let mut scroll = 5;
        let lines = frame(2).fit(20, 6, &mut scroll);
        assert_eq!(lines, vec!["head", "line 0", "line 1", "", "", "keys"]);
        assert_eq!(scroll, 0);
    }

    #[test]
    fn scrolls_a_long_body_and_says_what_is_hidden() {
        console::set_colors_enabled(false);
        let mut scroll = 3;
        let lines = frame(20).fit(60, 6, &mut scroll);
        assert_eq!(lines.len(), 6);
        assert_eq!(lines[1], "  ↑ 3 more above");
        assert_eq!(lines[2], "line 4");
        assert!(lines[4].contains("more below"), "{lines:?}");
        assert_eq!(lines[5], "keys");
        let mut scroll = 100;
        let lines = frame(20).fit(60, 6, &mut scroll);
        assert_eq!(scroll, 16);
        assert_eq!(lines[4], "line 19");
    }

    #[test]
    fn cuts_lines_to_the_width() {
        let mut scroll = 0;
        let lines = Frame {
            header: vec!["a very long header line".into()],
            body: vec![],
            footer: vec![],
        }
        .fit(10, 1, &mut scroll);
        assert_eq!(lines, vec!["a very lo…"]);
        assert_eq!(spread("ab", "cd", 8), "ab    cd");
        assert_eq!(spread("abcd", "efgh", 8), "abcd");
    }
}
