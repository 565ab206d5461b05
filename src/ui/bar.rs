//! Text bars: a value against a target, and progress through a total.

/// A bar `width` cells wide, filled to `fraction` (clamped to 0..=1).
pub fn bar(fraction: f64, width: usize) -> String {
    let fraction = if fraction.is_finite() {
        fraction.clamp(0.0, 1.0)
    } else {
        1.0
    };
    let filled = (fraction * width as f64).round() as usize;
    format!("{}{}", "█".repeat(filled), "░".repeat(width - filled))
}

/// A bar for `done` of `total` (empty when the total is 0).
pub fn progress(done: usize, total: usize, width: usize) -> String {
    let fraction = if total == 0 {
        0.0
    } else {
        done as f64 / total as f64
    };
    bar(fraction, width)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fills_in_proportion_and_clamps() {
        assert_eq!(bar(0.5, 4), "██░░");
        assert_eq!(bar(2.0, 4), "████");
        assert_eq!(bar(-1.0, 4), "░░░░");
        assert_eq!(bar(f64::NAN, 2), "██");
        assert_eq!(progress(1, 4, 8), "██░░░░░░");
        assert_eq!(progress(0, 0, 3), "░░░");
    }
}
