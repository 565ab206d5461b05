//! The commands a `RUN` runs: a shell script split on `&&`, `||`, `;`, `|`, `&` and newlines
//! into simple commands, each as its words with quotes removed, so a check can ask whether some
//! `RUN` runs `go test` however it is written.

use serde::Serialize;

/// One simple command, e.g. `go test ./...`, without the `NAME=value` assignments before it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ShellCommand {
    pub words: Vec<String>,
}

impl ShellCommand {
    /// Whether this command is `command` or starts with its words: `go test -v ./...` runs
    /// `go test`. The program compares by file name, so `/usr/local/go/bin/go` is `go`.
    #[allow(dead_code)] // through `Dockerfile::stage_runs`
    pub fn runs(&self, command: &str) -> bool {
        let wanted: Vec<&str> = command.split_whitespace().collect();
        let Some((program, rest)) = wanted.split_first() else {
            return false;
        };
        let Some((first, args)) = self.words.split_first() else {
            return false;
        };
        let name = |word: &str| word.rsplit('/').next().unwrap_or(word).to_string();
        name(first) == name(program)
            && args.len() >= rest.len()
            && args.iter().zip(rest).all(|(have, want)| have == want)
    }

    /// The words joined by spaces: `go test ./...`.
    pub fn text(&self) -> String {
        self.words.join(" ")
    }
}

/// Words of shell syntax that start a compound command or a pipeline: the command is after them.
const PREFIX_WORDS: [&str; 12] = [
    "if", "then", "else", "elif", "while", "until", "do", "!", "time", "exec", "{", "(",
];

/// Splits a shell script into its simple commands.
pub fn split_script(script: &str) -> Vec<ShellCommand> {
    let mut commands = Vec::new();
    for words in split_words(script) {
        push_command(words, &mut commands);
    }
    commands
}

/// The commands of an exec-form `RUN ["go", "test", "./..."]`: the words as one command, or the
/// script of `["sh", "-c", "..."]`.
pub fn exec_commands(words: &[String]) -> Vec<ShellCommand> {
    let mut commands = Vec::new();
    push_command(words.to_vec(), &mut commands);
    commands
}

/// Adds a command's words, dropping shell keywords and assignments in front, and reading the
/// script of `sh -c '...'` as commands of its own.
fn push_command(mut words: Vec<String>, out: &mut Vec<ShellCommand>) {
    loop {
        let Some(first) = words.first() else { return };
        let keyword = PREFIX_WORDS.contains(&first.as_str()) || first == "env";
        let assignment = first.split_once('=').is_some_and(|(name, _)| is_name(name));
        if !(keyword || assignment) {
            break;
        }
        words.remove(0);
    }
    while words
        .last()
        .is_some_and(|w| matches!(w.as_str(), "}" | ")"))
    {
        words.pop();
    }
    let Some(first) = words.first() else { return };
    let program = first.rsplit('/').next().unwrap_or(first);
    if matches!(program, "sh" | "bash" | "ash" | "dash" | "zsh")
        && let Some(c) = words
            .iter()
            .position(|w| w.starts_with('-') && w.contains('c'))
        && let Some(script) = words.get(c + 1)
    {
        out.extend(split_script(script));
        return;
    }
    if matches!(first.as_str(), "fi" | "done" | "esac" | ";;") {
        return;
    }
    out.push(ShellCommand { words });
}

fn is_name(name: &str) -> bool {
    let mut chars = name.chars();
    chars
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_')
}

/// The words of each simple command, quotes and escapes removed. `$(...)` and backquotes stay
/// inside their word, so their `;` do not split.
fn split_words(script: &str) -> Vec<Vec<String>> {
    let mut commands = Vec::new();
    let mut words: Vec<String> = Vec::new();
    let mut word = String::new();
    // Whether `word` holds something, even an empty quoted string.
    let mut in_word = false;
    let mut chars = script.chars().peekable();
    let end_word = |word: &mut String, in_word: &mut bool, words: &mut Vec<String>| {
        if *in_word {
            words.push(std::mem::take(word));
            *in_word = false;
        }
    };
    while let Some(c) = chars.next() {
        match c {
            '\'' => {
                in_word = true;
                for c in chars.by_ref() {
                    if c == '\'' {
                        break;
                    }
                    word.push(c);
                }
            }
            '"' => {
                in_word = true;
                while let Some(c) = chars.next() {
                    match c {
                        '"' => break,
                        '\\' => match chars.next() {
                            Some('\n') | None => {}
                            Some(next @ ('"' | '\\' | '$' | '`')) => word.push(next),
                            Some(next) => {
                                word.push('\\');
                                word.push(next);
                            }
                        },
                        c => word.push(c),
                    }
                }
            }
            '\\' => match chars.next() {
                Some('\n') | None => {}
                Some(next) => {
                    in_word = true;
                    word.push(next);
                }
            },
            '$' if chars.peek() == Some(&'(') => {
                in_word = true;
                word.push('$');
                let mut depth = 0;
                for c in chars.by_ref() {
                    word.push(c);
                    match c {
                        '(' => depth += 1,
                        ')' => {
                            depth -= 1;
                            if depth == 0 {
                                break;
                            }
                        }
                        _ => {}
                    }
                }
            }
            '`' => {
                in_word = true;
                word.push('`');
                for c in chars.by_ref() {
                    word.push(c);
                    if c == '`' {
                        break;
                    }
                }
            }
            '#' if !in_word => {
                // A comment runs to the end of the line.
                while chars.peek().is_some_and(|&c| c != '\n') {
                    chars.next();
                }
            }
            '&' | '|' | ';' | '\n' => {
                end_word(&mut word, &mut in_word, &mut words);
                // `&&`, `||` and `;;` are one operator; `2>&1` never reaches here mid-word.
                if matches!(c, '&' | '|' | ';') && chars.peek() == Some(&c) {
                    chars.next();
                }
                if !words.is_empty() {
                    commands.push(std::mem::take(&mut words));
                }
            }
            c if c.is_whitespace() => end_word(&mut word, &mut in_word, &mut words),
            '>' | '<' => {
                // A redirection: skip it and its target (`> /dev/null`, `2>&1`, `<<EOF`).
                if in_word && !word.is_empty() && word.chars().all(|c| c.is_ascii_digit()) {
                    word.clear();
                    in_word = false;
                }
                end_word(&mut word, &mut in_word, &mut words);
                while chars
                    .peek()
                    .is_some_and(|&c| matches!(c, '>' | '<' | '&' | '-'))
                {
                    chars.next();
                }
                while chars.peek().is_some_and(|&c| c == ' ' || c == '\t') {
                    chars.next();
                }
                while chars
                    .peek()
                    .is_some_and(|&c| !c.is_whitespace() && !matches!(c, ';' | '&' | '|'))
                {
                    chars.next();
                }
            }
            c => {
                in_word = true;
                word.push(c);
            }
        }
    }
    end_word(&mut word, &mut in_word, &mut words);
    if !words.is_empty() {
        commands.push(words);
    }
    commands
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(commands: &[ShellCommand]) -> Vec<String> {
        commands.iter().map(ShellCommand::text).collect()
    }

    #[test]
    fn chains_split() {
        let commands = split_script(
            "cd /src && CGO_ENABLED=0 go test ./... || exit 1; echo done | tee log & wait",
        );
        assert_eq!(
            texts(&commands),
            vec![
                "cd /src",
                "go test ./...",
                "exit 1",
                "echo done",
                "tee log",
                "wait"
            ]
        );
        assert!(commands[1].runs("go test"));
        assert!(!commands[1].runs("go build"));
        assert!(!commands[1].runs("go test ./... -v"));
    }

    #[test]
    fn quotes_and_escapes_are_removed() {
        let commands = split_script(r#"echo "a; b" 'c && d' e\ f "" && npm "ci""#);
        assert_eq!(commands.len(), 2);
        assert_eq!(commands[0].words, vec!["echo", "a; b", "c && d", "e f", ""]);
        assert_eq!(commands[1].words, vec!["npm", "ci"]);
    }

    #[test]
    fn continuations_comments_and_scripts() {
        let commands = split_script(
            "set -e \\\n  && apt-get update\n# install\nif [ -f go.mod ]; then go test ./...; fi\n",
        );
        assert_eq!(
            texts(&commands),
            vec!["set -e", "apt-get update", "[ -f go.mod ]", "go test ./..."]
        );
    }

    #[test]
    fn redirections_and_substitutions_do_not_split() {
        let commands = split_script("go test ./... 2>&1 > /tmp/log && echo $(date; id) `uname`<in");
        assert_eq!(
            texts(&commands),
            vec!["go test ./...", "echo $(date; id) `uname`"]
        );
    }

    #[test]
    fn sh_dash_c_is_read_as_a_script() {
        let words: Vec<String> = ["/bin/sh", "-c", "go vet ./... && go test ./..."]
            .map(String::from)
            .to_vec();
        assert_eq!(
            texts(&exec_commands(&words)),
            vec!["go vet ./...", "go test ./..."]
        );
        let commands = exec_commands(&["go", "test", "./..."].map(String::from));
        assert!(commands[0].runs("go test"));
        assert!(split_script("/usr/local/go/bin/go test")[0].runs("go test"));
        assert!(split_script("bash -ec 'npm ci && npm test'")[1].runs("npm test"));
    }
}
