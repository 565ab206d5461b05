//! "Did you mean": the closest known name to a misspelt one.

/// The candidate closest to `name` (ignoring case), if it is close enough to be a typo:
/// at most one edit for short names, a third of the length for longer ones.
pub fn closest<'a>(name: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let name = name.to_lowercase();
    let allowed = (name.chars().count() / 3).max(1);
    candidates
        .into_iter()
        // Optimal string alignment: Levenshtein plus an adjacent swap as one edit (the commonest typo).
        .map(|candidate| {
            (
                strsim::osa_distance(&name, &candidate.to_lowercase()),
                candidate,
            )
        })
        .filter(|&(d, _)| d <= allowed)
        .min_by_key(|&(d, _)| d)
        .map(|(_, candidate)| candidate)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typos_are_close() {
        assert_eq!(closest("buidler", ["builder", "runtime"]), Some("builder"));
        assert_eq!(closest("Bulder", ["builder"]), Some("builder"));
        assert_eq!(closest("nginx", ["builder", "runtime"]), None);
        assert_eq!(closest("b", ["a", "builder"]), Some("a"));
        // A swap is one edit, so a seven-letter name with two swaps is still close.
        assert_eq!(closest("ubidler", ["builder"]), Some("builder"));
        assert_eq!(closest("ubidlre", ["builder"]), None);
    }
}
