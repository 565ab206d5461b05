//! `exec_form`: `CMD` and `ENTRYPOINT` in exec (JSON) form (BuildKit's JSONArgsRecommended).

use crate::checks::{CheckKind, CheckResult, Flag};
use crate::checks::{Ctx, short};
use crate::dockerfile::{Body, CommandForm, Instruction, Kind};

pub const TITLE: &str = "CMD and ENTRYPOINT use the exec (JSON) form";
const WHY: &str = "In shell form the app runs under `/bin/sh -c`, which does not pass on SIGTERM, \
                   so `docker stop` waits 10 seconds and then kills the app without a clean \
                   shutdown.";

/// `exec_form: true`.
pub type Config = Flag;

pub fn title(_: &Config) -> String {
    TITLE.into()
}

pub fn run(ctx: &Ctx<'_>, _: &Config) -> CheckResult {
    let commands: Vec<(&Instruction, &CommandForm)> = ctx
        .dockerfile
        .stages
        .iter()
        .flat_map(|stage| &stage.instructions)
        .filter_map(|instruction| match &instruction.body {
            Body::Command(form) => Some((instruction, form)),
            _ => None,
        })
        .collect();
    let shell: Vec<(&Instruction, &str)> = commands
        .iter()
        .filter_map(|&(instruction, form)| match form {
            CommandForm::Shell(text) => Some((instruction, text.as_str())),
            CommandForm::Exec(_) => None,
        })
        .collect();
    let result = CheckResult::new(CheckKind::ExecForm, TITLE, WHY);
    let Some(&(first, text)) = shell.first() else {
        let message = match commands.last() {
            None => "no CMD or ENTRYPOINT (the base image's are used)".to_string(),
            Some(_) => {
                let lines: Vec<String> = commands
                    .iter()
                    .map(|(i, _)| format!("{} (line {})", i.kind, i.line))
                    .collect();
                format!("exec form: {}", lines.join(", "))
            }
        };
        return result.pass(message);
    };
    let message = if text.trim_start().starts_with('[') {
        format!(
            "`{}` is not valid JSON (it needs double quotes), so Docker runs it in shell form",
            short(&first.text())
        )
    } else {
        format!("`{}` is in shell form", short(&first.text()))
    };
    let mut result = result
        .fail(message)
        .found(short(&first.text()))
        .expected(suggest(first.kind, text));
    if shell.len() > 1 {
        result = result.details(
            shell
                .iter()
                .map(|(i, _)| format!("line {}: {}", i.line, short(&i.text())))
                .collect(),
        );
    }
    ctx.at(result, first.line)
}

/// The exec form of a shell-form command, when it is a plain list of words.
fn suggest(kind: Kind, text: &str) -> String {
    let text = text.trim();
    if text.starts_with('[') {
        return format!("{kind} {}", text.replace('\'', "\""));
    }
    let plain = !text.contains(|c: char| "|&;<>()$`\\\"'*?{}~#=".contains(c));
    if plain && !text.is_empty() {
        let words: Vec<String> = text
            .split_whitespace()
            .map(|w| format!("\"{w}\""))
            .collect();
        format!("{kind} [{}]", words.join(", "))
    } else {
        format!(
            "{kind} [\"executable\", \"arg\"] (shell logic goes into a script that ends with `exec`)"
        )
    }
}

#[cfg(test)]
mod tests {
    use crate::checks::test_util::{fails_at, passes};
    use crate::checks::{Check, Flag};

    const CHECK: Check = Check::ExecForm(Flag);

    #[test]
    fn json_form_passes() {
        let result = passes(
            "FROM alpine:3.20\nENTRYPOINT [\"/app\"]\nCMD [\"--port\", \"8080\"]\n",
            &CHECK,
        );
        assert_eq!(
            result.message,
            "exec form: ENTRYPOINT (line 2), CMD (line 3)"
        );
        let result = passes("FROM alpine:3.20\n", &CHECK);
        assert!(result.message.starts_with("no CMD or ENTRYPOINT"));
    }

    #[test]
    fn shell_form_fails_with_the_exec_form() {
        let result = fails_at(
            "FROM alpine:3.20\nCMD ./server \\\n    --port 8080\n",
            &CHECK,
            2,
        );
        assert_eq!(
            result.message,
            "`CMD ./server --port 8080` is in shell form"
        );
        assert_eq!(
            result.expected.as_deref(),
            Some(r#"CMD ["./server", "--port", "8080"]"#)
        );
    }

    #[test]
    fn single_quotes_are_not_json() {
        let result = fails_at("FROM alpine:3.20\nentrypoint ['/app']\n", &CHECK, 2);
        assert!(
            result.message.contains("not valid JSON"),
            "{}",
            result.message
        );
        assert_eq!(result.expected.as_deref(), Some(r#"ENTRYPOINT ["/app"]"#));
    }

    #[test]
    fn shell_features_get_a_script_hint() {
        let result = fails_at(
            "FROM alpine:3.20\nRUN true\nCMD [\"a\"]\nCMD ./migrate && ./server\n",
            &CHECK,
            4,
        );
        assert!(result.expected.unwrap().contains("script"));
    }

    #[test]
    fn escape_directive_continuations() {
        fails_at(
            "# escape=`\nFROM alpine:3.20\nCMD echo `\n  hi\n",
            &CHECK,
            3,
        );
    }
}
