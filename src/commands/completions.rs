//! `dockerlings completions SHELL`: a completion script that also completes the course's
//! exercise ids (those of the built-in course, or of `--course DIR`, when it is written) in
//! bash, zsh, fish and nushell; elvish and PowerShell complete commands and flags.

use anyhow::Result;
use clap::CommandFactory;
use clap::builder::PossibleValuesParser;
use clap_complete::Shell as Builtin;

use super::Exit;
use crate::cli::{Cli, Shell};
use crate::course::Course;

pub fn run(shell: Shell, course: Option<&Course>) -> Result<Exit> {
    let ids: Vec<String> = course
        .map(|course| course.exercises().map(|e| e.id().to_string()).collect())
        .unwrap_or_default();
    let mut command = command(&ids);
    let out = &mut std::io::stdout();
    let name = "dockerlings";
    match shell {
        Shell::Bash => clap_complete::generate(Builtin::Bash, &mut command, name, out),
        Shell::Elvish => clap_complete::generate(Builtin::Elvish, &mut command, name, out),
        Shell::Fish => {
            clap_complete::generate(Builtin::Fish, &mut command, name, out);
            // clap's fish script completes no positional values: offer the ids after the
            // commands that take one.
            if !ids.is_empty() {
                println!(
                    "complete -c {name} -n \"__fish_seen_subcommand_from verify hint reset solution check\" -f -a \"{}\"",
                    ids.join(" ")
                );
            }
        }
        Shell::Nushell => {
            clap_complete::generate(clap_complete_nushell::Nushell, &mut command, name, out)
        }
        Shell::Powershell => clap_complete::generate(Builtin::PowerShell, &mut command, name, out),
        Shell::Zsh => clap_complete::generate(Builtin::Zsh, &mut command, name, out),
    }
    Ok(Exit::Pass)
}

/// The command line as clap knows it, with `ids` offered wherever an exercise id goes.
/// Only the script is made from it: parsing still takes any id and says which one was meant.
fn command(ids: &[String]) -> clap::Command {
    let command = Cli::command();
    if ids.is_empty() {
        return command;
    }
    let exercise_ids = |arg: clap::Arg| arg.value_parser(PossibleValuesParser::new(ids.to_vec()));
    command
        .mut_subcommand("verify", |c| c.mut_arg("name", exercise_ids))
        .mut_subcommand("hint", |c| c.mut_arg("name", exercise_ids))
        .mut_subcommand("reset", |c| c.mut_arg("name", exercise_ids))
        .mut_subcommand("solution", |c| c.mut_arg("name", exercise_ids))
        .mut_subcommand("dev", |dev| {
            dev.mut_subcommand("check", |c| c.mut_arg("names", exercise_ids))
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exercise_ids_are_offered_where_an_id_goes() {
        let ids = vec!["go-single".to_string(), "go-multistage".to_string()];
        let mut command = command(&ids);
        let mut script = Vec::new();
        clap_complete::generate(Builtin::Bash, &mut command, "dockerlings", &mut script);
        let script = String::from_utf8(script).unwrap();
        assert!(script.contains("go-single go-multistage"), "{script}");
        let verify = command.find_subcommand("verify").unwrap();
        let name = verify
            .get_arguments()
            .find(|a| a.get_id() == "name")
            .unwrap();
        let offered: Vec<_> = name
            .get_possible_values()
            .iter()
            .map(|v| v.get_name().to_string())
            .collect();
        assert_eq!(offered, ids);
    }
}
