use super::parse;
use crate::dockerfile::{BaseTarget, Body, CommandForm, FromTarget, ImageRef, Kind};

fn lines_of(df: &crate::dockerfile::Dockerfile, stage: usize) -> Vec<(Kind, usize)> {
    df.stages[stage]
        .instructions
        .iter()
        .map(|i| (i.kind, i.line))
        .collect()
}

#[test]
fn stages_names_bases_and_lines() {
    let df = parse(
        "FROM golang:1.23 AS builder\n\
         WORKDIR /src\n\
         RUN go build -o /out/app .\n\
         \n\
         FROM alpine:3.20\n\
         COPY --from=builder /out/app /app\n",
    )
    .unwrap();
    assert_eq!(df.stages.len(), 2);
    let builder = &df.stages[0];
    assert_eq!(builder.name.as_deref(), Some("builder"));
    assert_eq!(builder.line, 1);
    assert_eq!(
        builder.base.target,
        BaseTarget::Image(ImageRef::parse("golang:1.23"))
    );
    assert_eq!(lines_of(&df, 0), vec![(Kind::Workdir, 2), (Kind::Run, 3)]);
    let last = df.final_stage();
    assert_eq!(last.index, 1);
    assert_eq!(last.line, 5);
    assert!(df.is_final(last));
    let (instruction, copy, from) = last.copies_from().next().unwrap();
    assert_eq!(instruction.line, 6);
    assert_eq!(from.target, FromTarget::Stage(0));
    assert_eq!(copy.sources[0].path, "/out/app");
    assert_eq!(copy.dest, "/app");
    assert_eq!(df.workdir(0).as_deref(), Some("/src"));
}

#[test]
fn escape_directive_and_continuations_with_comments() {
    let df = parse(
        "# escape=`\n\
         FROM mcr.microsoft.com/windows/servercore:ltsc2022 AS build\n\
         RUN echo one `\n\
         \x20 # a comment inside\n\
         \x20 && echo two\n\
         COPY a.txt `\n\
         \x20 c:\\app\\\n\
         USER app\n",
    )
    .unwrap();
    let stage = &df.stages[0];
    assert_eq!(stage.line, 2);
    assert_eq!(
        lines_of(&df, 0),
        vec![(Kind::Run, 3), (Kind::Copy, 6), (Kind::User, 8)]
    );
    assert_eq!(stage.instructions[0].args, "echo one && echo two");
    let copy = stage.instructions[1].copy().unwrap();
    assert_eq!(copy.sources[0].path, "a.txt");
    assert_eq!(copy.dest, "c:\\app\\");
}

#[test]
fn backslash_continuations_with_comments() {
    let df = parse(
        "FROM debian:12\n\
         RUN apt-get update \\\n\
         # keep the image small\n\
         \x20   && apt-get install -y --no-install-recommends curl \\\n\
         \x20   && rm -rf /var/lib/apt/lists/*\n\
         CMD [\"curl\"]\n",
    )
    .unwrap();
    assert_eq!(lines_of(&df, 0), vec![(Kind::Run, 2), (Kind::Cmd, 6)]);
    assert_eq!(
        df.stages[0].instructions[0].args,
        "apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*"
    );
}

#[test]
fn lowercase_instructions_keep_the_name_as_written() {
    let df = parse(
        "from node:22 as Build\nrun npm ci\nfrom node:22-slim\ncopy --from=build /app /app\n",
    )
    .unwrap();
    assert_eq!(df.stages[0].name.as_deref(), Some("Build"));
    assert_eq!(df.stages[0].instructions[0].kind, Kind::Run);
    let (_, _, from) = df.stages[1].copies_from().next().unwrap();
    assert_eq!(
        from.target,
        FromTarget::Stage(0),
        "names compare without case"
    );
    assert_eq!(df.stage_named("BUILD").unwrap().index, 0);
}

#[test]
fn arg_before_from_is_substituted() {
    let df = parse(
        "ARG GO=1.23\n\
         ARG BASE\n\
         FROM golang:${GO} AS builder\n\
         FROM ${BASE}\n",
    )
    .unwrap();
    assert_eq!(df.global_args.len(), 2);
    assert_eq!(df.global_args[0].line, 1);
    let base = &df.stages[0].base;
    assert_eq!(base.written, "golang:${GO}");
    assert_eq!(base.resolved, "golang:1.23");
    assert!(base.missing_args.is_empty());
    assert_eq!(df.stages[0].line, 3);
    assert_eq!(df.stages[1].base.missing_args, vec!["BASE".to_string()]);
}

#[test]
fn copy_from_index_image_later_and_missing() {
    let df = parse(
        "FROM golang:1.23 AS builder\n\
         COPY --from=tools /bin/x /x\n\
         FROM alpine:3.20 AS tools\n\
         COPY --from=0 /a /a\n\
         COPY --from=some/image:tag /b /b\n\
         COPY --from=1 /c /c\n\
         COPY --from=7 /d /d\n",
    )
    .unwrap();
    let (_, _, later) = df.stages[0].copies_from().next().unwrap();
    assert_eq!(later.target, FromTarget::LaterStage(1));
    assert_eq!(later.line, 2);
    let targets: Vec<_> = df.stages[1]
        .copies_from()
        .map(|(i, _, from)| (i.line, from.target.clone()))
        .collect();
    assert_eq!(
        targets,
        vec![
            (4, FromTarget::Stage(0)),
            (5, FromTarget::Image(ImageRef::parse("some/image:tag"))),
            (6, FromTarget::LaterStage(1)),
            (7, FromTarget::NoSuchIndex(7)),
        ]
    );
}

#[test]
fn here_documents_keep_the_following_lines_right() {
    let df = parse(
        "FROM node:22\n\
         RUN <<EOF\n\
         npm ci\n\
         npm run build\n\
         EOF\n\
         COPY <<EOF /etc/motd\n\
         hello\n\
         EOF\n\
         CMD [\"node\", \"server.js\"]\n",
    )
    .unwrap();
    assert_eq!(
        lines_of(&df, 0),
        vec![(Kind::Run, 2), (Kind::Copy, 6), (Kind::Cmd, 9)]
    );
    let Body::Run(run) = &df.stages[0].instructions[0].body else {
        panic!("a RUN");
    };
    assert!(run.command.contains("npm ci"));
    assert!(df.stages[0].instructions[1].copy().unwrap().sources[0].here_doc);
}

#[test]
fn copy_flags() {
    let df = parse(
        "FROM alpine:3.20\n\
         COPY --chown=app:app --link \\\n\
         \x20    --chmod=755 bin/ /usr/local/bin/\n",
    )
    .unwrap();
    let copy = df.stages[0].instructions[0].copy().unwrap();
    let flags: Vec<_> = copy
        .flags
        .iter()
        .map(|f| (f.name.as_str(), f.value.as_deref(), f.line))
        .collect();
    assert_eq!(
        flags,
        vec![
            ("chown", Some("app:app"), 2),
            ("link", None, 2),
            ("chmod", Some("755"), 3)
        ]
    );
    assert!(copy.from.is_none());
    assert_eq!(copy.sources[0].line, 3);
}

#[test]
fn command_forms() {
    let df =
        parse("FROM alpine:3.20\nCMD [\"./app\", \"-v\"]\nENTRYPOINT ./app -v\nCMD ['./app']\n")
            .unwrap();
    let forms: Vec<_> = df.stages[0]
        .instructions
        .iter()
        .map(|i| match &i.body {
            Body::Command(form) => form.clone(),
            _ => panic!("CMD or ENTRYPOINT"),
        })
        .collect();
    assert_eq!(
        forms,
        vec![
            CommandForm::Exec(vec!["./app".into(), "-v".into()]),
            CommandForm::Shell("./app -v".into()),
            CommandForm::Shell("['./app']".into()),
        ]
    );
}

#[test]
fn stage_bases_user_and_workdir_inherit() {
    let df = parse(
        "FROM --platform=$BUILDPLATFORM golang:1.23 AS builder\n\
         WORKDIR /src\n\
         USER nobody\n\
         FROM builder AS test\n\
         WORKDIR app\n\
         FROM scratch\n",
    )
    .unwrap();
    assert_eq!(df.stages[0].platform.as_deref(), Some("$BUILDPLATFORM"));
    assert_eq!(df.stages[1].base.target, BaseTarget::Stage(0));
    assert_eq!(df.stages[2].base.target, BaseTarget::Scratch);
    assert_eq!(df.root_base(1).resolved, "golang:1.23");
    assert_eq!(df.workdir(1).as_deref(), Some("/src/app"));
    assert_eq!(
        df.effective_user(1).map(|(u, i)| (u, i.line)),
        Some(("nobody", 3))
    );
    assert!(df.effective_user(2).is_none());
}

#[test]
fn a_base_named_like_a_later_stage_is_an_image() {
    let df = parse("FROM app AS base\nFROM alpine:3.20 AS app\n").unwrap();
    assert_eq!(
        df.stages[0].base.target,
        BaseTarget::Image(ImageRef::parse("app"))
    );
}

#[test]
fn duplicate_names_still_parse() {
    let df = parse("FROM a:1 AS x\nFROM b:1 AS x\n").unwrap();
    assert_eq!(df.stages.len(), 2);
}

#[test]
fn parse_errors_carry_line_and_message() {
    let err = parse("FROM alpine:3.20\nCOPPY . .\n").unwrap_err();
    assert_eq!(err.line, 2);
    assert_eq!(err.message, "unknown instruction 'COPPY'");
    let err = parse("# nothing\n").unwrap_err();
    assert_eq!(err.line, 1);
    assert!(err.message.contains("FROM"), "{}", err.message);
    let err = parse("ARG X=1\nRUN true\n").unwrap_err();
    assert_eq!(err.line, 2);
}

#[test]
fn byte_order_mark_and_crlf() {
    let df = parse("\u{feff}FROM alpine:3.20\r\n\r\nUSER app\r\n").unwrap();
    assert_eq!(lines_of(&df, 0), vec![(Kind::User, 3)]);
    assert_eq!(df.effective_user(0).unwrap().0, "app");
}

#[test]
fn instructions_in_file_order() {
    let df = parse("ARG V=1\nFROM a:${V} AS x\nRUN true\nFROM b:1\n").unwrap();
    let all: Vec<_> = df.instructions().map(|i| (i.kind, i.line)).collect();
    assert_eq!(
        all,
        vec![
            (Kind::Arg, 1),
            (Kind::From, 2),
            (Kind::Run, 3),
            (Kind::From, 4)
        ]
    );
    assert_eq!(df.stages[0].from.text(), "FROM a:${V} AS x");
}
