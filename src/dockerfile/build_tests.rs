use super::parse;
use crate::dockerfile::{
    BaseTarget, Body, CommandForm, Dockerfile, FromTarget, ImageRef, Kind, ResolvedBase, UserSource,
};

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
fn duplicate_names_resolve_as_buildkit_does() {
    // FROM takes the last stage of that name above it; --from and --target the last in the file.
    let df = parse(
        "FROM busybox:1.36 AS x\n\
         FROM x AS x\n\
         COPY --from=x /a /a\n\
         FROM x AS y\n\
         COPY --from=x /b /b\n\
         FROM busybox:1.36 AS x\n",
    )
    .unwrap();
    assert_eq!(df.stages[1].base.target, BaseTarget::Stage(0));
    assert_eq!(df.stages[2].base.target, BaseTarget::Stage(1));
    let from = |stage: usize| {
        df.stages[stage]
            .copies_from()
            .next()
            .unwrap()
            .2
            .target
            .clone()
    };
    assert_eq!(from(1), FromTarget::LaterStage(3));
    assert_eq!(from(2), FromTarget::LaterStage(3));
    assert_eq!(df.stage_named("X").unwrap().index, 3);
    let df = parse("FROM a:1 AS x\nFROM b:1 AS x\nFROM c:1\nCOPY --from=x /a /a\n").unwrap();
    assert_eq!(
        df.stages[2].copies_from().next().unwrap().2.target,
        FromTarget::Stage(1)
    );
}

#[test]
fn a_stage_sees_a_global_arg_only_when_it_declares_it() {
    let df = parse(
        "ARG UID=10001\n\
         FROM busybox:1.36 AS forgot\n\
         USER $UID\n\
         FROM busybox:1.36 AS declared\n\
         ARG UID\n\
         USER ${UID}:${GID:-10001}\n\
         FROM busybox:1.36 AS env\n\
         ENV APP_UID=4242\n\
         FROM env AS child\n\
         USER $APP_UID\n",
    )
    .unwrap();
    let forgot = df.runs_as(0);
    assert_eq!(forgot.user, "");
    assert!(
        forgot.is_root(),
        "`USER $UID` without `ARG UID` is `USER `: root"
    );
    assert!(matches!(forgot.source, UserSource::Instruction(i) if i.line == 3));
    assert_eq!(df.runs_as(1).user, "10001:10001");
    assert!(!df.runs_as(1).is_root());
    assert!(df.runs_as(2).is_root());
    assert!(matches!(df.runs_as(2).source, UserSource::Default));
    assert_eq!(
        df.runs_as(3).user,
        "4242",
        "ENV passes to a stage built on it"
    );
}

#[test]
fn users_inherit_through_stages_and_from_known_bases() {
    let df = parse(
        "FROM gcr.io/distroless/static-debian12:nonroot AS base\n\
         FROM base AS app\n\
         FROM app\n\
         FROM base AS admin\n\
         USER root\n\
         FROM admin\n\
         FROM busybox:1.36 AS tools\n\
         USER nobody\n\
         FROM tools\n",
    )
    .unwrap();
    let runs_as = df.runs_as(2);
    assert_eq!(runs_as.user, "65532");
    assert!(!runs_as.is_root(), "distroless :nonroot is not root");
    assert!(
        matches!(runs_as.source, UserSource::BaseImage(image) if image.tag.as_deref() == Some("nonroot"))
    );
    assert!(df.runs_as(4).is_root());
    assert!(matches!(df.runs_as(4).source, UserSource::Instruction(i) if i.line == 5));
    assert_eq!(df.runs_as(6).user, "nobody");
}

fn refused(text: &str) -> (usize, String) {
    let err = parse(text).expect_err("Docker refuses this");
    (err.line, err.message)
}

#[test]
fn flags_are_case_sensitive_and_known() {
    let (line, message) =
        refused("FROM busybox:1.36 AS x\nFROM busybox:1.36\nCOPY --FROM=x /a /a\n");
    assert_eq!(line, 3);
    assert_eq!(
        message,
        "unknown flag `--FROM`: Docker reads flags with their case, write `--from`"
    );
    assert_eq!(
        refused("FROM --PLATFORM=linux/amd64 busybox:1.36\n").1,
        "unknown flag `--PLATFORM`: Docker reads flags with their case, write `--platform`"
    );
    let (line, message) =
        refused("FROM busybox:1.36\nRUN \\\n  --mount=type=cache,target=/c --net=host true\n");
    assert_eq!(line, 3);
    assert!(
        message.starts_with("unknown flag `--net` for RUN (its flags: --mount, --network"),
        "{message}"
    );
    parse(
        "FROM --platform=$BUILDPLATFORM busybox:1.36\n\
         COPY --chown=1:1 --chmod=755 --link a /a\n\
         RUN --mount=type=cache,target=/root/.cache --network=none true\n\
         HEALTHCHECK --interval=5s --retries=3 CMD true\n",
    )
    .unwrap();
}

#[test]
fn from_with_a_variable_is_refused() {
    let (line, message) = refused(
        "ARG SRC=builder\nFROM busybox:1.36 AS builder\nFROM busybox:1.36\nARG SRC\nCOPY --from=$SRC /a /a\n",
    );
    assert_eq!(line, 5);
    assert!(
        message.starts_with("`--from=$SRC`: Docker does not expand variables in --from"),
        "{message}"
    );
}

#[test]
fn invalid_references_are_refused() {
    let (line, message) = refused("FROM busybox:1.36 AS b\nFROM SCRATCH\n");
    assert_eq!(line, 2);
    assert_eq!(
        message,
        "`FROM SCRATCH`: Docker refuses the image reference `SCRATCH`: repository names must be \
         lowercase, write `scratch` for the empty image"
    );
    let (_, message) = refused("FROM busybox:1.36 AS builder\nFROM Builder\n");
    assert!(
        message.ends_with("write `FROM builder` to build on the stage above"),
        "{message}"
    );
    let (_, message) = refused("ARG V=Latest\nFROM busybox:$V\nFROM Busybox:$V\n");
    assert!(message.contains("`Busybox:Latest`"), "{message}");
    let (line, message) = refused("FROM busybox:1.36\nCOPY --from=Some/Image:1 /a /a\n");
    assert_eq!(line, 2);
    assert!(
        message.contains("repository names must be lowercase"),
        "{message}"
    );
    assert_eq!(
        parse("FROM scratch\n").unwrap().stages[0].base.target,
        BaseTarget::Scratch
    );
}

#[test]
fn uppercase_stage_names_are_lowercased() {
    let df = parse(
        "FROM busybox:1.36 AS Builder\nFROM builder AS test\nFROM busybox:1.36\nCOPY --from=BUILDER /a /a\n",
    )
    .unwrap();
    assert_eq!(df.stages[0].name.as_deref(), Some("Builder"));
    assert_eq!(df.stages[1].base.target, BaseTarget::Stage(0));
    assert_eq!(
        df.stages[2].copies_from().next().unwrap().2.target,
        FromTarget::Stage(0)
    );
}

#[test]
fn resolved_bases_are_normalised() {
    let df = parse(
        "ARG GO=1.23\n\
         ARG REGISTRY=docker.io/library\n\
         FROM --platform=$BUILDPLATFORM ${REGISTRY}/golang:${GO} AS builder\n\
         FROM builder AS test\n\
         FROM golang:${MISSING} AS unknown\n\
         FROM scratch\n",
    )
    .unwrap();
    let base = df.resolved_base(1);
    assert_eq!(base.image(), Some(&ImageRef::parse("golang:1.23")));
    assert!(base.is("golang:1.23"));
    assert!(base.is("golang"));
    assert!(base.is("docker.io/library/golang:1.23"));
    assert!(!base.is("golang:1.22"));
    assert!(
        matches!(df.resolved_base(2), ResolvedBase::Unresolved(b) if b.missing_args == ["MISSING"])
    );
    assert!(df.resolved_base(3).is("scratch"));
    assert!(!df.resolved_base(0).is("scratch"));
}

fn commands(df: &Dockerfile, stage: usize) -> Vec<Vec<String>> {
    df.runs(stage)
        .map(|step| step.run.commands.iter().map(|c| c.text()).collect())
        .collect()
}

#[test]
fn runs_are_read_into_commands() {
    let df = parse(
        "FROM golang:1.23 AS test\n\
         RUN [\"go\", \"test\", \"./...\"]\n\
         RUN go vet ./... \\\n\
         \x20   && CGO_ENABLED=0 go build -o /out/app . ; echo ok\n\
         RUN <<EOF\n\
         set -e\n\
         go test -run Unit ./...\n\
         EOF\n\
         RUN <<EOF\n\
         #!/usr/bin/env python3\n\
         print('go test')\n\
         EOF\n\
         RUN [\"/bin/sh\", \"-c\", \"npm ci && npm test\"]\n\
         FROM test AS other\n\
         RUN true\n",
    )
    .unwrap();
    assert_eq!(
        commands(&df, 0),
        vec![
            vec!["go test ./..."],
            vec!["go vet ./...", "go build -o /out/app .", "echo ok"],
            vec!["set -e", "go test -run Unit ./..."],
            Vec::<&str>::new(),
            vec!["npm ci", "npm test"],
        ]
    );
    assert_eq!(df.stage_runs(0, "go test").map(|i| i.line), Some(2));
    assert_eq!(df.stage_runs(0, "go build").map(|i| i.line), Some(3));
    assert_eq!(df.stage_runs(0, "npm test").map(|i| i.line), Some(13));
    assert!(
        df.stage_runs(1, "go test").is_none(),
        "only the stage's own RUNs"
    );
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

#[test]
fn run_mounts() {
    let df = parse(
        "FROM golang:1.23\n\
         RUN --mount=type=cache,target=/root/.cache/go-build \\\n\
         \x20   --mount=type=secret,id=token,dst=/run/secrets/token \\\n\
         \x20   --mount=src=.,target=/src,ro go build\n",
    )
    .unwrap();
    let Body::Run(run) = &df.stages[0].instructions[0].body else {
        panic!("not a RUN");
    };
    let mounts = run.mounts();
    let read: Vec<_> = mounts
        .iter()
        .map(|m| (m.kind.as_str(), m.target.as_deref(), m.line))
        .collect();
    assert_eq!(
        read,
        vec![
            ("cache", Some("/root/.cache/go-build"), 2),
            ("secret", Some("/run/secrets/token"), 3),
            ("bind", Some("/src"), 4),
        ]
    );
    assert!(mounts[2].options.contains(&("ro".into(), "true".into())));
}
