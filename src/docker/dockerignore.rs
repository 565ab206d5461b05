//! `.dockerignore` with the Docker CLI's own semantics (moby `patternmatcher` and
//! `ignorefile`): patterns anchored at the context root, cleaned like Go's `filepath.Clean`,
//! `*` and `?` within one path segment, `[...]` classes, `**` across segments, `!` exceptions,
//! the last matching pattern wins, and a pattern that matches a directory matches what is
//! under it.
//!
//! Every pattern becomes the same regular expression moby builds, so corner cases (a `!` in a
//! class, `**` in the middle of a segment) behave as they do for `docker build`.

use std::fmt;

use regex::Regex;

/// A `.dockerignore` that cannot be used, with the pattern and what is wrong with it.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(".dockerignore: `{pattern}` is not a valid pattern: {reason}")]
pub struct PatternError {
    pub pattern: String,
    pub reason: String,
}

/// The lines of a `.dockerignore` as Docker reads them (`ignorefile.ReadAll`): a BOM and
/// comment lines (`#` in the first column) dropped, whitespace trimmed, paths cleaned, a
/// leading `/` removed (patterns are relative to the context anyway).
pub fn read_patterns(text: &str) -> Vec<String> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut patterns = Vec::new();
    for line in text.lines() {
        if line.starts_with('#') {
            continue;
        }
        let mut pattern = line.trim();
        if pattern.is_empty() {
            continue;
        }
        let invert = pattern.starts_with('!');
        if invert {
            pattern = pattern[1..].trim();
        }
        let mut cleaned = String::new();
        if !pattern.is_empty() {
            cleaned = clean(pattern);
            if cleaned.len() > 1 && cleaned.starts_with('/') {
                cleaned.remove(0);
            }
        }
        patterns.push(if invert {
            format!("!{cleaned}")
        } else {
            cleaned
        });
    }
    patterns
}

/// Go's `filepath.Clean` on a slash-separated path.
pub fn clean(path: &str) -> String {
    if path.is_empty() {
        return ".".into();
    }
    let rooted = path.starts_with('/');
    let mut parts: Vec<&str> = Vec::new();
    for part in path.split('/') {
        match part {
            "" | "." => {}
            ".." => match parts.last() {
                Some(&last) if last != ".." => {
                    parts.pop();
                }
                _ if rooted => {}
                _ => parts.push(".."),
            },
            part => parts.push(part),
        }
    }
    let joined = parts.join("/");
    match (rooted, joined.is_empty()) {
        (true, _) => format!("/{joined}"),
        (false, true) => ".".into(),
        (false, false) => joined,
    }
}

#[derive(Debug, Clone)]
enum Kind {
    /// The whole path equals the pattern.
    Exact,
    /// `dir/**`: the path starts with `dir/`.
    Prefix(String),
    /// `**/name`: the path ends with `/name` (or is `name`).
    Suffix(String),
    Regex(Regex),
}

#[derive(Debug, Clone)]
pub struct Pattern {
    /// Cleaned, without the leading `!`.
    text: String,
    exclusion: bool,
    kind: Kind,
}

impl Pattern {
    fn new(text: String, exclusion: bool) -> Result<Self, PatternError> {
        let error = |reason: &str| PatternError {
            pattern: if exclusion {
                format!("!{text}")
            } else {
                text.clone()
            },
            reason: reason.to_string(),
        };
        validate_glob(&text).map_err(error)?;
        let kind = compile(&text).map_err(|reason| error(&reason))?;
        Ok(Pattern {
            text,
            exclusion,
            kind,
        })
    }

    fn matches(&self, path: &str) -> bool {
        match &self.kind {
            Kind::Exact => path == self.text,
            Kind::Prefix(prefix) => path.starts_with(prefix.as_str()),
            Kind::Suffix(suffix) => {
                path.ends_with(suffix.as_str())
                    || suffix.strip_prefix('/').is_some_and(|rest| path == rest)
            }
            Kind::Regex(regex) => regex.is_match(path),
        }
    }

    /// This pattern, or any of `path`'s parent directories, matches.
    fn matches_self_or_parent(&self, path: &str) -> bool {
        if self.matches(path) {
            return true;
        }
        let Some((parent, _)) = path.rsplit_once('/') else {
            return false;
        };
        let mut end = 0;
        for segment in parent.split('/') {
            end += segment.len();
            if self.matches(&parent[..end]) {
                return true;
            }
            end += 1;
        }
        false
    }
}

impl fmt::Display for Pattern {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.exclusion {
            f.write_str("!")?;
        }
        f.write_str(&self.text)
    }
}

/// What matched a directory, so its children need not test its parents again
/// (moby's `MatchInfo`).
#[derive(Debug, Clone, Default)]
pub struct MatchInfo {
    parent_matched: Vec<bool>,
}

/// The compiled patterns of one `.dockerignore`.
#[derive(Debug, Clone, Default)]
pub struct Dockerignore {
    patterns: Vec<Pattern>,
    has_exclusions: bool,
}

impl Dockerignore {
    /// Compiles patterns as `patternmatcher.New` does.
    pub fn new<S: AsRef<str>>(patterns: &[S]) -> Result<Self, PatternError> {
        let mut compiled = Vec::new();
        let mut has_exclusions = false;
        for pattern in patterns {
            let pattern = pattern.as_ref().trim();
            if pattern.is_empty() {
                continue;
            }
            let pattern = clean(pattern);
            let (text, exclusion) = match pattern.strip_prefix('!') {
                Some("") => {
                    return Err(PatternError {
                        pattern,
                        reason: "a `!` needs a pattern after it".into(),
                    });
                }
                Some(rest) => (rest.to_string(), true),
                None => (pattern, false),
            };
            has_exclusions |= exclusion;
            compiled.push(Pattern::new(text, exclusion)?);
        }
        Ok(Dockerignore {
            patterns: compiled,
            has_exclusions,
        })
    }

    /// The patterns Docker applies to a build context: the `.dockerignore` text, with
    /// exceptions added so that the Dockerfile and the `.dockerignore` itself are always sent
    /// (the CLI's `TrimBuildFilesFromExcludes`).
    pub fn for_context(text: Option<&str>, dockerfile: &str) -> Result<Self, PatternError> {
        let mut patterns = text.map(read_patterns).unwrap_or_default();
        let dockerfile = dockerfile.replace('\\', "/");
        for keep in [".dockerignore", dockerfile.as_str()] {
            // The CLI asks the older `Matches`, which checks only one parent level.
            if Self::new(&patterns)?.matches_legacy(&clean(keep)) {
                patterns.push(format!("!{keep}"));
            }
        }
        Self::new(&patterns)
    }

    pub fn has_exclusions(&self) -> bool {
        self.has_exclusions
    }

    /// Is `path` (relative, slash-separated) excluded, by a pattern on it or on one of its
    /// parent directories? (`MatchesOrParentMatches`.)
    pub fn excludes(&self, path: &str) -> bool {
        let path = clean(path);
        if path == "." {
            return false;
        }
        let mut matched = false;
        for pattern in &self.patterns {
            // An inclusion cannot change a match, nor an exclusion a non-match.
            if pattern.exclusion != matched {
                continue;
            }
            if pattern.matches_self_or_parent(&path) {
                matched = !pattern.exclusion;
            }
        }
        matched
    }

    /// The walk-time test (`MatchesUsingParentResults`): `parent` is what the containing
    /// directory's test returned, `None` at the context root.
    pub fn excludes_in_walk(&self, path: &str, parent: Option<&MatchInfo>) -> (bool, MatchInfo) {
        let parent = parent.filter(|info| !info.parent_matched.is_empty());
        let mut info = MatchInfo {
            parent_matched: vec![false; self.patterns.len()],
        };
        let mut matched = false;
        for (index, pattern) in self.patterns.iter().enumerate() {
            let mut hit = parent.is_some_and(|p| p.parent_matched[index]);
            if !hit {
                if pattern.exclusion != matched {
                    continue;
                }
                hit = match parent {
                    Some(_) => pattern.matches(path),
                    None => pattern.matches_self_or_parent(path),
                };
            }
            info.parent_matched[index] = hit;
            if hit {
                matched = !pattern.exclusion;
            }
        }
        (matched, info)
    }

    /// An excluded directory must still be walked when an exception pattern starts with it
    /// (`!dir/keep.txt` re-includes a file under an excluded `dir`).
    pub fn exception_under(&self, dir: &str) -> bool {
        let dir_slash = format!("{dir}/");
        self.patterns
            .iter()
            .filter(|p| p.exclusion)
            .any(|p| format!("{}/", p.text).starts_with(&dir_slash))
    }

    /// The deprecated `Matches`: a parent directory is only tested at the pattern's own depth.
    fn matches_legacy(&self, path: &str) -> bool {
        let parent_dirs: Vec<&str> = match path.rsplit_once('/') {
            Some((parent, _)) => parent.split('/').collect(),
            None => Vec::new(),
        };
        let mut matched = false;
        for pattern in &self.patterns {
            if pattern.exclusion != matched {
                continue;
            }
            let mut hit = pattern.matches(path);
            let depth = pattern.text.split('/').count();
            if !hit && !parent_dirs.is_empty() && depth <= parent_dirs.len() {
                hit = pattern.matches(&parent_dirs[..depth].join("/"));
            }
            if hit {
                matched = !pattern.exclusion;
            }
        }
        matched
    }
}

/// moby's pattern compiler: which kind of test, and the regular expression for the general
/// case. Only `.+()|{}$` are escaped; `[`, `]` and `\x` pass through to the regex engine.
fn compile(pattern: &str) -> Result<Kind, String> {
    #[derive(PartialEq, Clone, Copy)]
    enum Detected {
        Exact,
        Prefix,
        Suffix,
        Regex,
    }
    let mut regex = String::from("^");
    let mut detected = Detected::Exact;
    let chars: Vec<char> = pattern.chars().collect();
    let mut at = 0;
    let mut iteration = 0;
    while at < chars.len() {
        let ch = chars[at];
        at += 1;
        match ch {
            '*' if chars.get(at) == Some(&'*') => {
                at += 1;
                // `**/` is the same as `**`.
                if chars.get(at) == Some(&'/') {
                    at += 1;
                }
                if at == chars.len() {
                    if detected == Detected::Exact {
                        detected = Detected::Prefix;
                    } else {
                        regex.push_str(".*");
                        detected = Detected::Regex;
                    }
                } else {
                    regex.push_str("(.*/)?");
                    detected = Detected::Regex;
                }
                if iteration == 0 {
                    detected = Detected::Suffix;
                }
            }
            '*' => {
                regex.push_str("[^/]*");
                detected = Detected::Regex;
            }
            '?' => {
                regex.push_str("[^/]");
                detected = Detected::Regex;
            }
            '.' | '+' | '(' | ')' | '|' | '{' | '}' | '$' => {
                regex.push('\\');
                regex.push(ch);
            }
            '\\' => match chars.get(at) {
                Some(&next) => {
                    at += 1;
                    regex.push('\\');
                    regex.push(next);
                    detected = Detected::Regex;
                }
                None => regex.push('\\'),
            },
            '[' | ']' => {
                regex.push(ch);
                detected = Detected::Regex;
            }
            _ => regex.push(ch),
        }
        iteration += 1;
    }
    Ok(match detected {
        Detected::Exact => Kind::Exact,
        Detected::Prefix => Kind::Prefix(pattern[..pattern.len() - 2].to_string()),
        Detected::Suffix => Kind::Suffix(pattern[2..].to_string()),
        Detected::Regex => {
            regex.push('$');
            let regex = go_class_syntax(&regex);
            Kind::Regex(Regex::new(&regex).map_err(|err| err.to_string())?)
        }
    })
}

/// Go's regexp reads `[` inside a class as a literal and has no class set operations; Rust's
/// reads `[` as a nested class and `&&`/`~~`/`--` as operations. Escaping them inside classes
/// keeps Go's meaning.
fn go_class_syntax(regex: &str) -> String {
    let mut out = String::with_capacity(regex.len());
    let chars: Vec<char> = regex.chars().collect();
    let mut in_class = false;
    let mut class_start = 0;
    let mut at = 0;
    while at < chars.len() {
        let ch = chars[at];
        if ch == '\\' && at + 1 < chars.len() {
            out.push(ch);
            out.push(chars[at + 1]);
            at += 2;
            continue;
        }
        if !in_class {
            if ch == '[' {
                in_class = true;
                class_start = at;
            }
            out.push(ch);
        } else {
            let first =
                at == class_start + 1 || (at == class_start + 2 && chars[class_start + 1] == '^');
            match ch {
                // A POSIX class like `[:alpha:]` is the same in both.
                '[' if chars.get(at + 1) == Some(&':') => {
                    let close = chars[at..]
                        .windows(2)
                        .position(|w| w == [':', ']'])
                        .map(|p| at + p + 2);
                    if let Some(close) = close {
                        out.extend(&chars[at..close]);
                        at = close;
                        continue;
                    }
                    out.push_str("\\[");
                }
                '[' | '&' | '~' => {
                    out.push('\\');
                    out.push(ch);
                }
                '-' if chars.get(at + 1) == Some(&'-') => out.push_str("\\-"),
                ']' if !first => {
                    in_class = false;
                    out.push(ch);
                }
                _ => out.push(ch),
            }
        }
        at += 1;
    }
    out
}

/// The syntax check `patternmatcher.New` makes with `filepath.Match(pattern, ".")`: a
/// trailing `\`, an unclosed `[`, or a class with a bare `-` or `]` is a bad pattern.
fn validate_glob(pattern: &str) -> Result<(), &'static str> {
    let chars: Vec<char> = pattern.chars().collect();
    let mut at = 0;
    while at < chars.len() {
        match chars[at] {
            '\\' => {
                if at + 1 == chars.len() {
                    return Err("it ends with a `\\` that escapes nothing");
                }
                at += 2;
            }
            '[' => {
                at += 1;
                if chars.get(at) == Some(&'^') {
                    at += 1;
                }
                let mut ranges = 0;
                loop {
                    if chars.get(at) == Some(&']') && ranges > 0 {
                        at += 1;
                        break;
                    }
                    at = class_char(&chars, at)?;
                    if chars.get(at) == Some(&'-') {
                        at = class_char(&chars, at + 1)?;
                    }
                    ranges += 1;
                }
            }
            _ => at += 1,
        }
    }
    Ok(())
}

/// One character of a class (Go's `getEsc`); returns the position after it.
fn class_char(chars: &[char], mut at: usize) -> Result<usize, &'static str> {
    const BAD: &str = "a `[...]` class is not closed, or has a bare `-` or `]` in it";
    match chars.get(at) {
        None | Some('-') | Some(']') => return Err(BAD),
        Some('\\') => {
            at += 1;
            if at == chars.len() {
                return Err(BAD);
            }
        }
        Some(_) => {}
    }
    at += 1;
    if at == chars.len() {
        return Err(BAD);
    }
    Ok(at)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn excludes(patterns: &[&str], path: &str) -> bool {
        Dockerignore::new(patterns).unwrap().excludes(path)
    }

    #[test]
    fn reads_the_file_like_docker() {
        let text = "\u{feff}# comment\n  node_modules  \n\n/build/\n!  /build/keep \n ./a/../b\n #not a comment\n";
        assert_eq!(
            read_patterns(text),
            vec![
                "node_modules",
                "build",
                "!build/keep",
                "b",
                "#not a comment"
            ]
        );
    }

    #[test]
    fn cleans_paths_like_go() {
        for (path, cleaned) in [
            ("", "."),
            ("a//b/", "a/b"),
            ("./a/./b", "a/b"),
            ("a/../..", ".."),
            ("../a", "../a"),
            ("/../a", "/a"),
            ("/", "/"),
            ("a/b/../../c", "c"),
        ] {
            assert_eq!(clean(path), cleaned, "{path}");
        }
    }

    /// Cases from moby's patternmatcher tests and the Dockerfile reference.
    #[test]
    fn matches_like_moby() {
        let table: &[(&str, &str, bool)] = &[
            ("**", "file", true),
            ("**", "file/", true),
            ("**/", "file", true),
            ("**/", "file/", true),
            ("**", "/", true),
            ("**/", "/", true),
            ("**", "dir/file", true),
            ("**/", "dir/file", true),
            ("**", "dir/file/", true),
            ("**/", "dir/file/", true),
            ("**/**", "dir/file", true),
            ("**/**", "dir/file/", true),
            ("dir/**", "dir/file", true),
            ("dir/**", "dir/file/", true),
            ("dir/**", "dir/dir2/file", true),
            ("dir/**", "dir/dir2/file/", true),
            ("**/dir", "dir", true),
            ("**/dir", "dir/file", true),
            ("**/dir2/*", "dir/dir2/file", true),
            ("**/dir2/*", "dir/dir2/file/", true),
            ("**/dir2/**", "dir/dir2/dir3/file", true),
            ("**/dir2/**", "dir/dir2/dir3/file/", true),
            ("**file", "file", true),
            ("**file", "dir/file", true),
            ("**/file", "dir/file", true),
            ("**file", "dir/dir/file", true),
            ("**/file", "dir/dir/file", true),
            ("**/file*", "dir/dir/file", true),
            ("**/file*", "dir/dir/file.txt", true),
            ("**/file*txt", "dir/dir/file.txt", true),
            ("**/file*.txt", "dir/dir/file.txt", true),
            ("**/file*.txt*", "dir/dir/file.txt", true),
            ("**/**/*.txt", "dir/dir/file.txt", true),
            ("**/**/*.txt2", "dir/dir/file.txt", false),
            ("**/*.txt", "file.txt", true),
            ("**/**/*.txt", "file.txt", true),
            ("a**/*.txt", "a/file.txt", true),
            ("a**/*.txt", "a/dir/file.txt", true),
            ("a**/*.txt", "a/dir/dir/file.txt", true),
            ("a/*.txt", "a/dir/file.txt", false),
            ("a/*.txt", "a/file.txt", true),
            ("a/*.txt**", "a/file.txt", true),
            ("a[b-d]e", "ae", false),
            ("a[b-d]e", "ace", true),
            ("a[b-d]e", "aae", false),
            ("a[^b-d]e", "aze", true),
            (".*", ".foo", true),
            (".*", "foo", false),
            ("abc.def", "abcdef", false),
            ("abc.def", "abc.def", true),
            ("abc.def", "abcZdef", false),
            ("abc?def", "abcZdef", true),
            ("abc?def", "abcdef", false),
            ("a\\\\", "a\\", true),
            ("**/foo/bar", "foo/bar", true),
            ("**/foo/bar", "dir/foo/bar", true),
            ("**/foo/bar", "dir/dir2/foo/bar", true),
            ("abc/**", "abc", false),
            ("abc/**", "abc/def", true),
            ("abc/**", "abc/def/ghi", true),
            ("**/.foo", ".foo", true),
            ("**/.foo", "bar.foo", false),
            ("a(b)c/def", "a(b)c/def", true),
            ("a(b)c/def", "a(b)c/xyz", false),
            ("a.|)$(}+{bc", "a.|)$(}+{bc", true),
            (
                "dist/proxy.py-2.4.0rc3.dev36+g08acad9-py3-none-any.whl",
                "dist/proxy.py-2.4.0rc3.dev36+g08acad9-py3-none-any.whl",
                true,
            ),
            (
                "dist/*.whl",
                "dist/proxy.py-2.4.0rc3.dev36+g08acad9-py3-none-any.whl",
                true,
            ),
            // `*` stays within one segment, but a directory match covers what is under it.
            ("*", "a/b", true),
            ("*.go", "cmd/main.go", false),
            ("*/*.go", "cmd/main.go", true),
            ("node_modules", "node_modules/x/y.js", true),
            ("node_modules", "src/node_modules", false),
            ("**/node_modules", "src/node_modules/x.js", true),
            // Go regexp reads `!` in a class literally (not as negation).
            ("[!a]x", "bx", false),
            ("[!a]x", "!x", true),
        ];
        for (pattern, path, expected) in table {
            assert_eq!(
                excludes(&[pattern], path),
                *expected,
                "pattern {pattern:?} on {path:?}"
            );
        }
    }

    #[test]
    fn last_match_wins_and_exceptions_reinclude() {
        let patterns = ["*.md", "!README.md", "README*.md"];
        assert!(excludes(&patterns, "CHANGES.md"));
        assert!(excludes(&patterns, "README-secret.md"));
        assert!(excludes(&patterns, "README.md"));
        let patterns = ["*.md", "!README.md"];
        assert!(!excludes(&patterns, "README.md"));
        assert!(!excludes(&patterns, "main.go"));
        let patterns = ["docs", "!docs/keep.md"];
        assert!(excludes(&patterns, "docs/other.md"));
        assert!(!excludes(&patterns, "docs/keep.md"));
    }

    #[test]
    fn walk_results_agree_with_the_direct_test() {
        let ignore = Dockerignore::new(&["a", "!a/b", "a/b/c"]).unwrap();
        let (a, a_info) = ignore.excludes_in_walk("a", None);
        assert!(a);
        assert!(ignore.exception_under("a"));
        let (ab, ab_info) = ignore.excludes_in_walk("a/b", Some(&a_info));
        assert!(!ab);
        let (abc, _) = ignore.excludes_in_walk("a/b/c", Some(&ab_info));
        assert!(abc);
        let (abd, _) = ignore.excludes_in_walk("a/b/d", Some(&ab_info));
        assert!(!abd);
        assert!(!ignore.exception_under("x"));
    }

    #[test]
    fn rejects_bad_patterns_like_docker() {
        for bad in ["[", "a[", "[]", "[-a]", "a\\", "!", "[a-]"] {
            assert!(
                Dockerignore::new(&[bad]).is_err(),
                "{bad} should be rejected"
            );
        }
        for good in ["[a-c]", "[\\]]", "\\[x", "[^a]b"] {
            assert!(
                Dockerignore::new(&[good]).is_ok(),
                "{good} should be accepted"
            );
        }
    }

    #[test]
    fn dockerfile_and_dockerignore_are_always_sent() {
        let ignore = Dockerignore::for_context(Some("*\n!src\n"), "Dockerfile").unwrap();
        assert!(!ignore.excludes("Dockerfile"));
        assert!(!ignore.excludes(".dockerignore"));
        assert!(ignore.excludes("secret.txt"));
        assert!(!ignore.excludes("src/main.go"));
        let ignore =
            Dockerignore::for_context(Some("Dockerfile\n.dockerignore\n"), "Dockerfile").unwrap();
        assert!(!ignore.excludes("Dockerfile"));
        assert!(!ignore.excludes(".dockerignore"));
    }
}
