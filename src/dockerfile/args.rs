//! `ARG` and `ENV` declarations and `$VAR` / `${VAR}` substitution from their values, so that
//! `ARG GO=1.23` / `FROM golang:${GO}` reads as `golang:1.23`.
//!
//! Scopes follow Docker: a global `ARG` (before the first `FROM`) is seen by `FROM` lines only;
//! inside a stage it is seen only after `ARG NAME` declares it again. `ENV` values override
//! `ARG`s of the same name and are inherited by a stage built `FROM` this one; `ARG`s are not.

use std::collections::HashMap;

/// One name of an `ARG` instruction, with its default value if it has one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ArgDef {
    pub name: String,
    pub default: Option<String>,
}

/// Splits the arguments of `ARG` (`A=1 B "C=x y"`) into names and defaults.
pub fn parse_arg_defs(arguments: &str) -> Vec<ArgDef> {
    split_words(arguments)
        .into_iter()
        .map(|word| match word.split_once('=') {
            Some((name, value)) => ArgDef {
                name: name.to_string(),
                default: Some(unquote(value)),
            },
            None => ArgDef {
                name: word,
                default: None,
            },
        })
        .collect()
}

/// Words separated by whitespace, where quotes keep whitespace inside a word.
fn split_words(text: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut word = String::new();
    let mut quote = None;
    for c in text.chars() {
        match (quote, c) {
            (None, '"' | '\'') => {
                quote = Some(c);
                word.push(c);
            }
            (Some(q), c) if c == q => {
                quote = None;
                word.push(c);
            }
            (None, c) if c.is_whitespace() => {
                if !word.is_empty() {
                    words.push(std::mem::take(&mut word));
                }
            }
            _ => word.push(c),
        }
    }
    if !word.is_empty() {
        words.push(word);
    }
    words
}

fn unquote(value: &str) -> String {
    for q in ['"', '\''] {
        if let Some(inner) = value.strip_prefix(q).and_then(|v| v.strip_suffix(q)) {
            return inner.to_string();
        }
    }
    value.to_string()
}

/// Splits the arguments of `ENV` into names and values: `A=1 B="x y"`, or the older
/// `NAME the whole rest` form.
pub fn parse_env_pairs(arguments: &str) -> Vec<(String, String)> {
    let words = split_words(arguments);
    match words.first() {
        Some(first) if !first.contains('=') => {
            let rest = arguments.trim_start()[first.len()..].trim();
            vec![(first.clone(), unquote(rest))]
        }
        _ => words
            .into_iter()
            .filter_map(|word| {
                let (name, value) = word.split_once('=')?;
                Some((name.to_string(), unquote(value)))
            })
            .collect(),
    }
}

/// The values known while reading a Dockerfile: `None` for an ARG declared without default.
#[derive(Debug, Clone, Default)]
pub struct Scope {
    values: HashMap<String, Option<String>>,
    /// `ENV` values: they win over `ARG`s and pass on to stages built on this one.
    env: HashMap<String, String>,
}

impl Scope {
    /// The scope a stage starts with: nothing of the global ARGs, the ENV of the stage it is
    /// built on (if any).
    pub fn for_stage(parent: Option<&Scope>) -> Scope {
        Scope {
            values: HashMap::new(),
            env: parent.map(|p| p.env.clone()).unwrap_or_default(),
        }
    }

    /// Sets `ENV` values, each substituted with what is in scope before it.
    pub fn set_env(&mut self, pairs: &[(String, String)]) {
        for (name, value) in pairs {
            let value = self.substitute(value).text;
            self.env.insert(name.clone(), value);
        }
    }

    fn value(&self, name: &str) -> Option<String> {
        self.env
            .get(name)
            .cloned()
            .or_else(|| self.values.get(name).cloned().flatten())
    }

    /// Declares the names of an `ARG`. Inside a stage, `ARG X` without a value takes the
    /// default of the global `ARG X`, as Docker does.
    pub fn declare(&mut self, defs: &[ArgDef], global: Option<&Scope>) {
        for def in defs {
            let value = match &def.default {
                Some(value) => Some(self.substitute(value).text),
                None => global.and_then(|g| g.values.get(&def.name).cloned().flatten()),
            };
            self.values.insert(def.name.clone(), value);
        }
    }

    /// Replaces `$VAR`, `${VAR}`, `${VAR:-word}` and `${VAR:+word}` with the values in scope.
    /// A variable without a value becomes empty, and is listed in `missing`.
    pub fn substitute(&self, text: &str) -> Substituted {
        let mut out = Substituted::default();
        let mut rest = text;
        while let Some(dollar) = rest.find('$') {
            out.text.push_str(&rest[..dollar]);
            rest = &rest[dollar + 1..];
            if let Some(braced) = rest.strip_prefix('{') {
                let Some(close) = braced.find('}') else {
                    out.text.push('$');
                    continue;
                };
                self.expand(&braced[..close], &mut out);
                rest = &braced[close + 1..];
            } else {
                let len = rest
                    .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
                    .unwrap_or(rest.len());
                if len == 0 {
                    out.text.push('$');
                    continue;
                }
                self.expand(&rest[..len], &mut out);
                rest = &rest[len..];
            }
        }
        out.text.push_str(rest);
        out
    }

    /// One `${...}` body: a name, optionally with `:-`, `-`, `:+` or `+` and a word.
    fn expand(&self, body: &str, out: &mut Substituted) {
        let split = body.find([':', '-', '+']).unwrap_or(body.len());
        let (name, modifier) = body.split_at(split);
        let value = self.value(name);
        let (op, word) = match modifier.strip_prefix(':') {
            Some(m) => (m.chars().next(), m.get(1..).unwrap_or("")),
            None => (modifier.chars().next(), modifier.get(1..).unwrap_or("")),
        };
        match (op, value) {
            (Some('-'), Some(v)) if !v.is_empty() => out.text.push_str(&v),
            (Some('-'), _) => out.text.push_str(word),
            (Some('+'), Some(v)) if !v.is_empty() => out.text.push_str(word),
            (Some('+'), _) => {}
            (_, Some(v)) => out.text.push_str(&v),
            (_, None) => out.missing.push(name.to_string()),
        }
    }
}

/// A text after substitution.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Substituted {
    pub text: String,
    /// Variables used without a value (no ARG, or an ARG without default).
    pub missing: Vec<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scope(args: &str) -> Scope {
        let mut scope = Scope::default();
        scope.declare(&parse_arg_defs(args), None);
        scope
    }

    #[test]
    fn parses_names_and_defaults() {
        assert_eq!(
            parse_arg_defs(r#"GO=1.23 NAME BASE="alpine:3.20""#),
            vec![
                ArgDef {
                    name: "GO".into(),
                    default: Some("1.23".into())
                },
                ArgDef {
                    name: "NAME".into(),
                    default: None
                },
                ArgDef {
                    name: "BASE".into(),
                    default: Some("alpine:3.20".into())
                },
            ]
        );
    }

    #[test]
    fn substitutes_both_forms() {
        let s = scope("GO=1.23 OS=alpine");
        assert_eq!(s.substitute("golang:${GO}-$OS").text, "golang:1.23-alpine");
        assert!(s.substitute("golang:${GO}").missing.is_empty());
    }

    #[test]
    fn missing_values_are_reported() {
        let s = scope("GO");
        let out = s.substitute("golang:${GO}");
        assert_eq!(out.text, "golang:");
        assert_eq!(out.missing, vec!["GO".to_string()]);
        assert_eq!(s.substitute("golang:${GO:-1.22}").text, "golang:1.22");
        assert_eq!(s.substitute("x${GO:+y}").text, "x");
    }

    #[test]
    fn defaults_can_use_earlier_args() {
        let s = scope("V=1.23 IMAGE=golang:${V}");
        assert_eq!(s.substitute("$IMAGE").text, "golang:1.23");
    }

    #[test]
    fn stage_arg_inherits_global_default() {
        let global = scope("GO=1.23");
        let mut stage = Scope::default();
        stage.declare(&parse_arg_defs("GO"), Some(&global));
        assert_eq!(stage.substitute("$GO").text, "1.23");
    }

    #[test]
    fn a_stage_does_not_see_global_args_it_does_not_declare() {
        let global = scope("UID=1000");
        let mut stage = Scope::for_stage(None);
        stage.declare(&parse_arg_defs("OTHER"), Some(&global));
        let out = stage.substitute("$UID");
        assert_eq!(out.text, "");
        assert_eq!(out.missing, vec!["UID".to_string()]);
        stage.declare(&parse_arg_defs("UID"), Some(&global));
        assert_eq!(stage.substitute("$UID").text, "1000");
    }

    #[test]
    fn env_wins_over_arg_and_passes_to_child_stages() {
        let mut stage = scope("USER_ID=1");
        stage.set_env(&parse_env_pairs("USER_ID=2 HOME_DIR=/home/${USER_ID}"));
        assert_eq!(stage.substitute("$USER_ID:$HOME_DIR").text, "2:/home/2");
        let mut stage = scope("A=arg");
        stage.set_env(&parse_env_pairs("B=env"));
        let child = Scope::for_stage(Some(&stage));
        assert_eq!(child.substitute("[$A][$B]").text, "[][env]");
    }

    #[test]
    fn env_forms() {
        assert_eq!(
            parse_env_pairs(r#"A=1 B="x y""#),
            vec![("A".into(), "1".into()), ("B".into(), "x y".into())]
        );
        assert_eq!(
            parse_env_pairs("PATH /usr/local/bin:/usr/bin"),
            vec![("PATH".into(), "/usr/local/bin:/usr/bin".into())]
        );
    }

    #[test]
    fn lone_dollar_stays() {
        assert_eq!(scope("").substitute("a$ b$").text, "a$ b$");
    }
}
