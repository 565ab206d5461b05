//! `.dockerignore` with the Docker CLI's own semantics (moby `patternmatcher` and
//! `ignorefile`): patterns anchored at the context root, cleaned like Go's `filepath.Clean`,
//! `*` and `?` within one path segment, `[...]` classes, `**` across segments, `!` exceptions,
//! the last matching pattern wins, and a pattern that matches a directory matches what is
//! under it.
//!
//! Every pattern becomes the same regular expression moby builds, read with Go's regexp
//! syntax (`\d` is an ASCII digit, `\Q...\E` quotes), so corner cases (a `!` in a class, `**`
//! in the middle of a segment) behave as they do for `docker build`. Like Go strings, patterns
//! and paths are bytes: a `.dockerignore` or a file name that is not UTF-8 works as it does
//! for the CLI (each stray byte reads as U+FFFD where a regular expression looks at it).

use std::borrow::Cow;
use std::fmt;

use regex::Regex;

/// A `.dockerignore` that cannot be used: a pattern that is not valid, or a file that cannot
/// be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum IgnoreError {
    #[error(".dockerignore: `{pattern}` is not a valid pattern: {reason}")]
    Pattern { pattern: String, reason: String },
    #[error("{0}")]
    Read(String),
}

impl IgnoreError {
    fn pattern(pattern: &[u8], exclusion: bool, reason: impl Into<String>) -> Self {
        IgnoreError::Pattern {
            pattern: format!("{}{}", if exclusion { "!" } else { "" }, show(pattern)),
            reason: reason.into(),
        }
    }
}

/// Bytes as text, the ones that are not UTF-8 as `\xNN`.
pub fn show(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len());
    for chunk in bytes.utf8_chunks() {
        out.push_str(chunk.valid());
        for byte in chunk.invalid() {
            out.push_str(&format!("\\x{byte:02x}"));
        }
    }
    out
}

/// Bytes as Go's regexp reads them: each byte that is not part of valid UTF-8 is U+FFFD.
fn go_text(bytes: &[u8]) -> Cow<'_, str> {
    match std::str::from_utf8(bytes) {
        Ok(text) => Cow::Borrowed(text),
        Err(_) => {
            let mut out = String::with_capacity(bytes.len() + 8);
            for chunk in bytes.utf8_chunks() {
                out.push_str(chunk.valid());
                for _ in chunk.invalid() {
                    out.push(char::REPLACEMENT_CHARACTER);
                }
            }
            Cow::Owned(out)
        }
    }
}

/// The lines of a `.dockerignore` as Docker reads them (`ignorefile.ReadAll`): lines split at
/// `\n` with a `\r` before it dropped, a BOM on the first line dropped, comment lines (`#` in
/// the first column) skipped, whitespace trimmed, paths cleaned, a leading `/` removed
/// (patterns are relative to the context anyway). Bytes, not text: the CLI reads any file.
pub fn read_patterns(text: &[u8]) -> Vec<Vec<u8>> {
    let mut patterns = Vec::new();
    let mut lines: Vec<&[u8]> = text.split(|&b| b == b'\n').collect();
    if text.ends_with(b"\n") {
        lines.pop();
    }
    for (index, line) in lines.into_iter().enumerate() {
        let mut line = line.strip_suffix(b"\r").unwrap_or(line);
        if index == 0 {
            line = line.strip_prefix("\u{feff}".as_bytes()).unwrap_or(line);
        }
        if line.starts_with(b"#") {
            continue;
        }
        let mut pattern = trim_space(line);
        if pattern.is_empty() {
            continue;
        }
        let invert = pattern[0] == b'!';
        if invert {
            pattern = trim_space(&pattern[1..]);
        }
        let mut cleaned = Vec::new();
        if !pattern.is_empty() {
            cleaned = clean_bytes(pattern);
            if cleaned.len() > 1 && cleaned[0] == b'/' {
                cleaned.remove(0);
            }
        }
        if invert {
            cleaned.insert(0, b'!');
        }
        patterns.push(cleaned);
    }
    patterns
}

/// Go's `strings.TrimSpace`: Unicode white space at both ends; stray bytes are not space.
fn trim_space(mut bytes: &[u8]) -> &[u8] {
    while let Some(ch) = bytes
        .utf8_chunks()
        .next()
        .and_then(|c| c.valid().chars().next())
    {
        if !ch.is_whitespace() {
            break;
        }
        bytes = &bytes[ch.len_utf8()..];
    }
    'end: while !bytes.is_empty() {
        for width in 1..=4.min(bytes.len()) {
            if let Ok(tail) = std::str::from_utf8(&bytes[bytes.len() - width..]) {
                if tail.chars().next().is_some_and(char::is_whitespace) {
                    bytes = &bytes[..bytes.len() - width];
                    continue 'end;
                }
                break 'end;
            }
        }
        break;
    }
    bytes
}

/// Go's `filepath.Clean` on a slash-separated path.
pub fn clean(path: &str) -> String {
    String::from_utf8(clean_bytes(path.as_bytes())).expect("cleaning keeps UTF-8")
}

/// Go's `filepath.Clean` on a slash-separated path of bytes.
pub fn clean_bytes(path: &[u8]) -> Vec<u8> {
    if path.is_empty() {
        return b".".to_vec();
    }
    let rooted = path[0] == b'/';
    let mut parts: Vec<&[u8]> = Vec::new();
    for part in path.split(|&b| b == b'/') {
        match part {
            b"" | b"." => {}
            b".." => match parts.last() {
                Some(&last) if last != b".." => {
                    parts.pop();
                }
                _ if rooted => {}
                _ => parts.push(b".."),
            },
            part => parts.push(part),
        }
    }
    let joined = parts.join(&b'/');
    match (rooted, joined.is_empty()) {
        (true, _) => [b"/".as_slice(), &joined].concat(),
        (false, true) => b".".to_vec(),
        (false, false) => joined,
    }
}

#[derive(Debug, Clone)]
enum Kind {
    /// The whole path equals the pattern.
    Exact,
    /// `dir/**`: the path starts with `dir/`.
    Prefix(Vec<u8>),
    /// `**/name`: the path ends with `/name` (or is `name`).
    Suffix(Vec<u8>),
    Regex(Regex),
    /// A regular expression Go's regexp refuses. Like moby, that is an error only once the
    /// pattern is used.
    Invalid(String),
}

#[derive(Debug, Clone)]
pub struct Pattern {
    /// Cleaned, without the leading `!`.
    text: Vec<u8>,
    exclusion: bool,
    kind: Kind,
}

impl Pattern {
    fn new(text: Vec<u8>, exclusion: bool) -> Result<Self, IgnoreError> {
        validate_glob(&go_text(&text))
            .map_err(|reason| IgnoreError::pattern(&text, exclusion, reason))?;
        let kind = compile(&text);
        Ok(Pattern {
            text,
            exclusion,
            kind,
        })
    }

    fn matches(&self, path: &[u8]) -> Result<bool, IgnoreError> {
        Ok(match &self.kind {
            Kind::Exact => path == self.text,
            Kind::Prefix(prefix) => path.starts_with(prefix),
            Kind::Suffix(suffix) => {
                path.ends_with(suffix) || suffix.strip_prefix(b"/").is_some_and(|rest| path == rest)
            }
            Kind::Regex(regex) => regex.is_match(&go_text(path)),
            Kind::Invalid(reason) => {
                return Err(IgnoreError::pattern(
                    &self.text,
                    self.exclusion,
                    reason.clone(),
                ));
            }
        })
    }

    /// One of `path`'s parent directories matches (errors count as no match, as in moby).
    fn matches_parent(&self, path: &[u8]) -> bool {
        let Some(slash) = path.iter().rposition(|&b| b == b'/') else {
            return false;
        };
        let parent = &path[..slash];
        let mut end = 0;
        for segment in parent.split(|&b| b == b'/') {
            end += segment.len();
            if self.matches(&parent[..end]).unwrap_or(false) {
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
        f.write_str(&show(&self.text))
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
    pub fn new<S: AsRef<[u8]>>(patterns: &[S]) -> Result<Self, IgnoreError> {
        let mut compiled = Vec::new();
        let mut has_exclusions = false;
        for pattern in patterns {
            let pattern = trim_space(pattern.as_ref());
            if pattern.is_empty() {
                continue;
            }
            let pattern = clean_bytes(pattern);
            let (text, exclusion) = match pattern.strip_prefix(b"!") {
                Some(b"") => {
                    return Err(IgnoreError::Pattern {
                        pattern: "!".into(),
                        reason: "a `!` needs a pattern after it".into(),
                    });
                }
                Some(rest) => (rest.to_vec(), true),
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

    /// The patterns Docker applies to a build context: the `.dockerignore` contents, with
    /// exceptions added so that the Dockerfile and the `.dockerignore` itself are always sent
    /// (the CLI's `TrimBuildFilesFromExcludes`).
    pub fn for_context(text: Option<&[u8]>, dockerfile: &str) -> Result<Self, IgnoreError> {
        let mut patterns = text.map(read_patterns).unwrap_or_default();
        let dockerfile = dockerfile.replace('\\', "/");
        for keep in [".dockerignore", dockerfile.as_str()] {
            // The CLI asks the older `Matches`, which checks only one parent level.
            if Self::new(&patterns)?.matches_legacy(clean(keep).as_bytes()) {
                patterns.push(format!("!{keep}").into_bytes());
            }
        }
        Self::new(&patterns)
    }

    pub fn has_exclusions(&self) -> bool {
        self.has_exclusions
    }

    /// Is `path` (relative, slash-separated) excluded, by a pattern on it or on one of its
    /// parent directories? (`MatchesOrParentMatches`; a pattern Go's regexp refuses counts
    /// as no match here, the walk reports it.)
    pub fn excludes(&self, path: impl AsRef<[u8]>) -> bool {
        let path = clean_bytes(path.as_ref());
        if path == b"." {
            return false;
        }
        let mut matched = false;
        for pattern in &self.patterns {
            // An inclusion cannot change a match, nor an exclusion a non-match.
            if pattern.exclusion != matched {
                continue;
            }
            if pattern.matches(&path).unwrap_or(false) || pattern.matches_parent(&path) {
                matched = !pattern.exclusion;
            }
        }
        matched
    }

    /// The walk-time test (`MatchesUsingParentResults`): `parent` is what the containing
    /// directory's test returned, `None` at the context root.
    pub fn excludes_in_walk(
        &self,
        path: &[u8],
        parent: Option<&MatchInfo>,
    ) -> Result<(bool, MatchInfo), IgnoreError> {
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
                hit = pattern.matches(path)?;
                if !hit && parent.is_none() {
                    hit = pattern.matches_parent(path);
                }
            }
            info.parent_matched[index] = hit;
            if hit {
                matched = !pattern.exclusion;
            }
        }
        Ok((matched, info))
    }

    /// An excluded directory must still be walked when an exception pattern starts with it
    /// (`!dir/keep.txt` re-includes a file under an excluded `dir`).
    pub fn exception_under(&self, dir: &[u8]) -> bool {
        self.patterns.iter().filter(|p| p.exclusion).any(|p| {
            p.text.len() >= dir.len()
                && p.text.starts_with(dir)
                && (p.text.len() == dir.len() || p.text[dir.len()] == b'/')
        })
    }

    /// The deprecated `Matches`: a parent directory is only tested at the pattern's own depth.
    fn matches_legacy(&self, path: &[u8]) -> bool {
        let parent_dirs: Vec<&[u8]> = match path.iter().rposition(|&b| b == b'/') {
            Some(slash) => path[..slash].split(|&b| b == b'/').collect(),
            None => Vec::new(),
        };
        let mut matched = false;
        for pattern in &self.patterns {
            if pattern.exclusion != matched {
                continue;
            }
            let Ok(mut hit) = pattern.matches(path) else {
                return false;
            };
            let depth = pattern.text.split(|&b| b == b'/').count();
            if !hit && !parent_dirs.is_empty() && depth <= parent_dirs.len() {
                hit = pattern
                    .matches(&parent_dirs[..depth].join(&b'/'))
                    .unwrap_or(false);
            }
            if hit {
                matched = !pattern.exclusion;
            }
        }
        matched
    }
}

/// moby's pattern compiler: which kind of test, and for the general case the regular
/// expression in Go's syntax, turned into the same expression in Rust's. Only `.+()|{}$` are
/// escaped; `[`, `]` and `\x` pass through to the regex engine. The pattern is read as Go's
/// text scanner reads it: a stray byte is U+FFFD, a BOM at the start is skipped.
fn compile(pattern: &[u8]) -> Kind {
    #[derive(PartialEq, Clone, Copy)]
    enum Detected {
        Exact,
        Prefix,
        Suffix,
        Regex,
    }
    let text = go_text(pattern);
    let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
    let mut regex = String::from("^");
    let mut detected = Detected::Exact;
    let chars: Vec<char> = text.chars().collect();
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
    match detected {
        Detected::Exact => Kind::Exact,
        Detected::Prefix => Kind::Prefix(pattern[..pattern.len() - 2].to_vec()),
        Detected::Suffix => Kind::Suffix(pattern[2..].to_vec()),
        Detected::Regex => {
            regex.push('$');
            match go_regex(&regex).and_then(|r| Regex::new(&r).map_err(|err| err.to_string())) {
                Ok(regex) => Kind::Regex(regex),
                Err(reason) => Kind::Invalid(reason),
            }
        }
    }
}

/// A character matched as itself, in or out of a class.
fn push_literal(out: &mut String, ch: char) {
    out.push_str(&format!("\\x{{{:X}}}", ch as u32));
}

/// A Go regular expression (as moby builds them) in Rust's syntax, with Go's meaning:
/// `\d`, `\s`, `\w` and `\b` are ASCII; `\Q...\E` quotes; an escaped punctuation character
/// is itself (`\<` is not a word boundary); octal escapes; inside a class `[` is a
/// character and `&&`, `~~`, `--` are not set operations.
fn go_regex(go: &str) -> Result<String, String> {
    let chars: Vec<char> = go.chars().collect();
    let mut out = String::with_capacity(go.len() + 16);
    // Where the class being read opened.
    let mut class: Option<usize> = None;
    let mut at = 0;
    while at < chars.len() {
        let ch = chars[at];
        if ch == '\\' {
            let Some(&next) = chars.get(at + 1) else {
                return Err("it ends with a `\\` that escapes nothing".into());
            };
            at += 2;
            let inside = class.is_some();
            match next {
                'Q' if !inside => {
                    while at < chars.len() {
                        if chars[at] == '\\' && chars.get(at + 1) == Some(&'E') {
                            at += 2;
                            break;
                        }
                        push_literal(&mut out, chars[at]);
                        at += 1;
                    }
                }
                c if c.is_ascii() && !c.is_ascii_alphanumeric() => push_literal(&mut out, c),
                'd' | 'D' | 's' | 'S' | 'w' | 'W' => {
                    let set = match next.to_ascii_lowercase() {
                        'd' => "0-9",
                        's' => "\\t\\n\\x0C\\r ",
                        _ => "0-9A-Za-z_",
                    };
                    match (inside, next.is_ascii_uppercase()) {
                        (true, false) => out.push_str(set),
                        (_, true) => out.push_str(&format!("[^{set}]")),
                        (false, false) => out.push_str(&format!("[{set}]")),
                    }
                }
                'b' if !inside => out.push_str("(?-u:\\b)"),
                'B' if !inside => out.push_str("(?-u:\\B)"),
                'A' | 'z' if !inside => {
                    out.push('\\');
                    out.push(next);
                }
                'a' | 'f' | 'n' | 'r' | 't' | 'v' | 'x' | 'p' | 'P' => {
                    out.push('\\');
                    out.push(next);
                }
                '0'..='7' => {
                    // Go: up to three octal digits; a lone `\1`..`\7` would be a backreference.
                    let mut value = next as u32 - '0' as u32;
                    let mut digits = 1;
                    while digits < 3 && matches!(chars.get(at), Some('0'..='7')) {
                        value = value * 8 + (chars[at] as u32 - '0' as u32);
                        at += 1;
                        digits += 1;
                    }
                    if next != '0' && digits == 1 {
                        return Err(format!(
                            "`\\{next}` is a backreference, which Go's regexp does not have"
                        ));
                    }
                    push_literal(&mut out, char::from_u32(value).expect("octal below 512"));
                }
                _ => return Err(format!("`\\{next}` is not an escape Go's regexp knows")),
            }
            continue;
        }
        match class {
            None => {
                if ch == '[' {
                    class = Some(at);
                }
                out.push(ch);
            }
            Some(start) => {
                let first = at == start + 1 || (at == start + 2 && chars[start + 1] == '^');
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
                        class = None;
                        out.push(ch);
                    }
                    _ => out.push(ch),
                }
            }
        }
        at += 1;
    }
    Ok(out)
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
            read_patterns(text.as_bytes())
                .iter()
                .map(|p| String::from_utf8_lossy(p))
                .collect::<Vec<_>>(),
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
    fn reads_lines_like_go_scanner() {
        let shown =
            |text: &[u8]| -> Vec<String> { read_patterns(text).iter().map(|p| show(p)).collect() };
        // CRLF and a last line without a newline; a BOM only on the first line counts.
        assert_eq!(shown(b"a\r\nb\r\n!c\r"), ["a", "b", "!c"]);
        assert_eq!(shown("x\n\u{feff}y".as_bytes()), ["x", "\u{feff}y"]);
        // Not UTF-8: read as bytes, stray bytes kept (and not taken for space).
        assert_eq!(shown(b"\xff\xfe\n a\xff \n"), ["\\xff\\xfe", "a\\xff"]);
        // Unicode spaces are trimmed, as by Go's TrimSpace.
        assert_eq!(shown("\u{a0}a\u{3000}\n".as_bytes()), ["a"]);
    }

    #[test]
    fn escapes_follow_go_regexp() {
        let table: &[(&str, &str, bool)] = &[
            // `\d`, `\w`, `\s` are ASCII in Go.
            ("file\\d.txt", "file1.txt", true),
            ("file\\d.txt", "file\u{663}.txt", false),
            ("file[\\d].txt", "file\u{663}.txt", false),
            ("file[\\d].txt", "file7.txt", true),
            ("file\\D.txt", "file\u{663}.txt", true),
            ("\\w*", "\u{e9}t\u{e9}", false),
            ("\\w*", "abc_1", true),
            ("a\\sb", "a b", true),
            ("a\\sb", "a\u{a0}b", false),
            // `\Q...\E` quotes what moby wrote, escapes included.
            ("\\Q[x]\\E.txt", "[x].txt", true),
            ("\\Q[x]\\E.txt", "x.txt", false),
            ("\\Qa.b\\E", "a\\.b", true),
            // Escaped punctuation is itself; `\<` is not a word boundary.
            ("\\<a\\>", "<a>", true),
            ("\\#x", "#x", true),
            ("\\_x", "_x", true),
            // Octal.
            ("\\101b", "Ab", true),
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
    fn a_regex_go_refuses_is_an_error_when_used() {
        for bad in ["a\\i", "x\\1", "\\E"] {
            let ignore = Dockerignore::new(&[bad]).expect("only the glob syntax is checked first");
            let err = ignore.excludes_in_walk(b"x", None).unwrap_err();
            assert!(err.to_string().contains(bad), "{err}");
        }
        // Never reached: an exception after nothing matched.
        let ignore = Dockerignore::new(&["!a\\i"]).unwrap();
        assert!(!ignore.excludes_in_walk(b"x", None).unwrap().0);
    }

    #[test]
    fn names_that_are_not_utf8_match_like_go() {
        let ignore = |p: &[u8]| Dockerignore::new(&[p]).unwrap();
        // Exact, prefix and suffix patterns compare bytes.
        assert!(ignore(b"bad\xffname").excludes(b"bad\xffname"));
        assert!(!ignore(b"bad\xffname").excludes(b"bad\xfename"));
        assert!(ignore(b"d\xff/**").excludes(b"d\xff/x"));
        assert!(ignore(b"**/\xff").excludes(b"a/\xff"));
        // In a regular expression a stray byte is one U+FFFD, on both sides.
        assert!(ignore(b"bad?name").excludes(b"bad\xffname"));
        assert!(!ignore(b"bad?name").excludes(b"bad\xff\xfename"));
        assert!(ignore(b"bad*").excludes(b"bad\xff\xfe"));
        assert!(ignore(b"[\xff]x").excludes(b"\xfex"));
        assert!(ignore(b"a/*").excludes(b"a/\xff/b"));
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
        let (a, a_info) = ignore.excludes_in_walk(b"a", None).unwrap();
        assert!(a);
        assert!(ignore.exception_under(b"a"));
        let (ab, ab_info) = ignore.excludes_in_walk(b"a/b", Some(&a_info)).unwrap();
        assert!(!ab);
        let (abc, _) = ignore.excludes_in_walk(b"a/b/c", Some(&ab_info)).unwrap();
        assert!(abc);
        let (abd, _) = ignore.excludes_in_walk(b"a/b/d", Some(&ab_info)).unwrap();
        assert!(!abd);
        assert!(!ignore.exception_under(b"x"));
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
        let ignore = Dockerignore::for_context(Some(b"*\n!src\n"), "Dockerfile").unwrap();
        assert!(!ignore.excludes("Dockerfile"));
        assert!(!ignore.excludes(".dockerignore"));
        assert!(ignore.excludes("secret.txt"));
        assert!(!ignore.excludes("src/main.go"));
        let ignore =
            Dockerignore::for_context(Some(b"Dockerfile\n.dockerignore\n"), "Dockerfile").unwrap();
        assert!(!ignore.excludes("Dockerfile"));
        assert!(!ignore.excludes(".dockerignore"));
    }
}
