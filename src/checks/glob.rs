//! The file patterns of `COPY` sources: `*`, `?` and `[...]` within one path segment.

/// Whether `name` matches `pattern`.
pub fn matches(pattern: &str, name: &str) -> bool {
    let pattern: Vec<char> = pattern.chars().collect();
    let name: Vec<char> = name.chars().collect();
    match_from(&pattern, &name)
}

fn match_from(pattern: &[char], name: &[char]) -> bool {
    match pattern.first() {
        None => name.is_empty(),
        Some('*') => (0..=name.len())
            .take_while(|&i| i == 0 || name[i - 1] != '/')
            .any(|i| match_from(&pattern[1..], &name[i..])),
        Some('?') => {
            name.first().is_some_and(|&c| c != '/') && match_from(&pattern[1..], &name[1..])
        }
        Some('[') => match (class(&pattern[1..]), name.first()) {
            (Some((set, rest)), Some(&c)) => set(c) && match_from(rest, &name[1..]),
            (None, Some(&'[')) => match_from(&pattern[1..], &name[1..]),
            _ => false,
        },
        Some(&p) => name.first() == Some(&p) && match_from(&pattern[1..], &name[1..]),
    }
}

/// A `[...]` class (after the `[`): a membership test and the pattern after the `]`.
#[allow(clippy::type_complexity)]
fn class(pattern: &[char]) -> Option<(Box<dyn Fn(char) -> bool + '_>, &[char])> {
    let close = pattern.iter().skip(1).position(|&c| c == ']')? + 1;
    let (body, rest) = (&pattern[..close], &pattern[close + 1..]);
    let (negated, body) = match body.first() {
        Some('!' | '^') => (true, &body[1..]),
        _ => (false, body),
    };
    let test = move |c: char| {
        let mut i = 0;
        let mut found = false;
        while i < body.len() {
            if i + 2 < body.len() && body[i + 1] == '-' {
                found |= (body[i]..=body[i + 2]).contains(&c);
                i += 3;
            } else {
                found |= body[i] == c;
                i += 1;
            }
        }
        found != negated
    };
    Some((Box::new(test), rest))
}

#[cfg(test)]
mod tests {
    use super::matches;

    #[test]
    fn patterns() {
        assert!(matches("package*.json", "package.json"));
        assert!(matches("package*.json", "package-lock.json"));
        assert!(!matches("package*.json", "src/package.json"));
        assert!(matches("go.???", "go.mod"));
        assert!(matches("requirements[.-]txt", "requirements.txt"));
        assert!(!matches("[!r]*", "requirements.txt"));
        assert!(matches("go.mod", "go.mod"));
        assert!(!matches("go.mod", "go.sum"));
    }
}
