//! `cross_build: { platform: linux/arm64, binary: /quotes, run: go build }`: the image builds
//! for another CPU (`docker build --platform`) without emulating it, and the program in it is
//! for that CPU. The stage that runs `run` must run on the build machine
//! (`FROM --platform=$BUILDPLATFORM`) and compile for the target (`$TARGETOS`/`$TARGETARCH`).

use std::io::Read;

use serde::{Deserialize, Serialize};

use super::build::failed;
use super::cache::runs_command;
use crate::checks::{CheckKind, CheckResult, Invalid, Session, Validate};
use crate::docker::build::{self, BuildError, BuildSpec};
use crate::docker::export::{self, ExportError, File};
use crate::docker::naming::ObjectKind;
use crate::dockerfile::{Dockerfile, Stage, normalize};

#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// The platform to build for, e.g. `linux/arm64`.
    pub platform: String,
    /// The program in the image, an absolute path.
    pub binary: String,
    /// A text of the command that compiles it, e.g. `go build`.
    pub run: String,
}

impl Validate for Config {
    fn validate(&self) -> Result<(), Invalid> {
        if arch_of(&self.platform).is_none() {
            return Err(Invalid::at(
                "platform",
                "`platform` is OS/ARCH, e.g. linux/arm64",
            ));
        }
        if !self.binary.starts_with('/') {
            return Err(Invalid::at(
                "binary",
                "`binary` is the absolute path of the program in the image, e.g. /app",
            ));
        }
        if self.run.trim().is_empty() {
            return Err(Invalid::at("run", "`run` names the command, e.g. go build"));
        }
        Ok(())
    }
}

pub fn title(spec: &Config) -> String {
    format!(
        "The image builds for {} without emulation, with {} compiled for it",
        spec.platform, spec.binary
    )
}

const WHY: &str = "An image for another CPU (an ARM server, a Raspberry Pi, a Mac) built by running the build stage on that CPU needs an emulator and is many times slower. Go (like Rust, Zig or .NET) cross-compiles: run the build stage on the build machine and tell the compiler the target.";

fn arch_of(platform: &str) -> Option<&str> {
    let mut parts = platform.split('/');
    let os = parts.next()?;
    let arch = parts.next()?;
    (!os.is_empty() && !arch.is_empty()).then_some(arch)
}

pub async fn run(session: &mut Session<'_>, spec: &Config) -> CheckResult {
    let title = title(spec);
    let result = CheckResult::new(CheckKind::CrossBuild, &title, WHY);
    let parsed = session.dockerfile();
    let dockerfile = session.dockerfile_path().to_path_buf();
    let wanted_arch = arch_of(&spec.platform).unwrap_or_default().to_string();
    let stage = parsed.and_then(|df| compile_stage(df, &spec.run));
    let build_spec = BuildSpec {
        context: session.job.context.clone(),
        dockerfile: dockerfile.clone(),
        tag: session.tag(&format!("platform-{wanted_arch}")),
        target: None,
        labels: session.labels(ObjectKind::Build),
        pinned: session.pinned(),
        build_args: session.build_args(),
        platform: Some(spec.platform.clone()),
    };
    let built = build::build(
        session.engine,
        session.engine.builder,
        &build_spec,
        &session.build_events(),
        session.cancel,
    )
    .await;
    if let Err(err) = &built {
        if let BuildError::Engine(why) = err {
            session.engine_lost(why);
        }
        if let (BuildError::Failed(failure), Some(stage)) = (err, stage)
            && !on_build_platform(stage)
        {
            return result
                .fail(format!(
                    "`docker build --platform {}` fails: the stage `{}` (line {}) runs `{}` on {} itself, so it needs a {} image for that CPU and an emulator to run it ({})",
                    spec.platform,
                    stage.label(),
                    stage.line,
                    spec.run,
                    spec.platform,
                    stage.base.resolved,
                    first_line(&failure.message)
                ))
                .found(stage.from.text())
                .expected(format!(
                    "FROM --platform=$BUILDPLATFORM {}{}",
                    stage.base.resolved,
                    stage
                        .name
                        .as_ref()
                        .map(|n| format!(" AS {n}"))
                        .unwrap_or_default()
                ))
                .at(dockerfile, stage.line);
        }
        return failed(result, err, parsed, &dockerfile);
    }
    let tag = build_spec.tag.clone();
    let docker = session.engine.docker();
    let image_arch = match crate::docker::image::inspect(docker, &tag).await {
        Ok(Some(image)) => image.architecture.unwrap_or_default(),
        Ok(None) => return result.fail("the build made no image".to_string()),
        Err(err) => return session.engine_error(result, "cannot inspect the image", &err),
    };
    let machine = match program_machine(session, &tag, &spec.binary).await {
        Ok(machine) => machine,
        Err(Err(err)) => return session.engine_error(result, "cannot export the image", &err),
        Err(Ok(why)) => return result.fail(format!("cannot read the image's export: {why}")),
    };
    let _ = crate::docker::cleanup::remove_image_if_unused(docker, &tag).await;
    let program = match machine {
        Probe::Missing => {
            return result
                .fail(format!(
                    "the {} image has no {}",
                    spec.platform, spec.binary
                ))
                .expected(format!("{} in the final image", spec.binary));
        }
        Probe::NotElf => {
            return result
                .fail(format!("{} is not a compiled program (ELF)", spec.binary))
                .expected(format!("a program compiled for {}", spec.platform));
        }
        Probe::Elf(arch) => arch,
    };
    let run_line = parsed.and_then(|df| {
        df.instructions()
            .filter(|i| runs_command(i, &normalize(&spec.run)))
            .map(|i| i.line)
            .last()
    });
    if program != wanted_arch {
        let result = result
            .fail(format!(
                "the image says {} ({image_arch}), but {} in it is a program for {}: `{}` compiles for the machine it runs on unless it is told the target; the build stage runs on the build machine, so pass GOOS=$TARGETOS GOARCH=$TARGETARCH (after ARG TARGETOS TARGETARCH in that stage)",
                spec.platform,
                spec.binary,
                program_name(&program),
                spec.run
            ))
            .found(format!("{} for {}", spec.binary, program_name(&program)))
            .expected(format!("{} for {}", spec.binary, program_name(&wanted_arch)));
        return match run_line {
            Some(line) => result.at(dockerfile, line),
            None => result,
        };
    }
    if image_arch != wanted_arch {
        return result
            .fail(format!(
                "{} is a program for {}, but the image says {image_arch}",
                spec.binary,
                program_name(&program)
            ))
            .expected(format!("an image for {}", spec.platform));
    }
    if let Some(stage) = stage.filter(|s| !on_build_platform(s)) {
        // Right, but only thanks to an emulator: every build for the target pays for it.
        return result
            .fail(format!(
                "{} is for {}, but the stage `{}` (line {}) ran `{}` under emulation as a {} stage; run it on the build machine with --platform=$BUILDPLATFORM",
                spec.binary,
                program_name(&program),
                stage.label(),
                stage.line,
                spec.run,
                spec.platform
            ))
            .found(stage.from.text())
            .expected(format!("FROM --platform=$BUILDPLATFORM {}", stage.base.resolved))
            .at(dockerfile, stage.line);
    }
    result
        .pass(format!(
            "`docker build --platform {}` made an image for {image_arch} with {} compiled for {}, the build stage running on the build machine",
            spec.platform,
            spec.binary,
            program_name(&program),
        ))
        .found(format!("{} for {}", spec.binary, program_name(&program)))
        .expected(format!("{} for {}", spec.binary, program_name(&wanted_arch)))
}

fn first_line(text: &str) -> &str {
    text.lines().next().unwrap_or(text).trim()
}

/// The stage whose RUN runs `run`.
fn compile_stage<'d>(df: &'d Dockerfile, run: &str) -> Option<&'d Stage> {
    let wanted = normalize(run);
    df.stages
        .iter()
        .rev()
        .find(|stage| stage.instructions.iter().any(|i| runs_command(i, &wanted)))
}

/// Whether a stage runs on the build machine whatever the target.
fn on_build_platform(stage: &Stage) -> bool {
    stage
        .platform
        .as_deref()
        .is_some_and(|p| p.contains("BUILDPLATFORM"))
}

fn program_name(arch: &str) -> String {
    match arch {
        "amd64" => "amd64 (x86-64)".into(),
        "arm64" => "arm64 (AArch64)".into(),
        other => other.into(),
    }
}

#[derive(Debug, PartialEq)]
enum Probe {
    Missing,
    NotElf,
    /// The GOARCH-style name of the CPU the program is for.
    Elf(String),
}

/// The CPU of the program at `path` in the image, from its ELF header, read from an export
/// of the image (the last layer that has the file wins): no container, so no emulator.
async fn program_machine(
    session: &Session<'_>,
    tag: &str,
    path: &str,
) -> Result<Probe, Result<String, bollard::errors::Error>> {
    let wanted = path.trim_start_matches('/').to_string();
    export::read(session.engine.docker(), tag, move |reader| {
        find_program(reader, &wanted)
    })
    .await
    .map_err(|err| match err {
        ExportError::Engine(err) => Err(err),
        ExportError::Read(why) => Ok(why),
    })
}

/// Reads an image archive and the ELF header of `wanted` (relative) in its layers. Layers come
/// in the archive's order, which is not always the image's: the manifest is not needed as
/// long as only one layer has the file, which is the case for a `COPY --from` of a program.
fn find_program(reader: impl Read, wanted: &str) -> std::io::Result<Probe> {
    let mut found = Probe::Missing;
    export::each_file(reader, |_, _, file| {
        if let File::Layer(layer) = file
            && let Some(probe) = in_layer(layer, wanted)?
        {
            found = probe;
        }
        Ok(())
    })?;
    Ok(found)
}

fn in_layer(reader: impl Read, wanted: &str) -> std::io::Result<Option<Probe>> {
    let mut archive = tar::Archive::new(reader);
    for entry in archive.entries()? {
        let entry = entry?;
        let path = entry.path()?.to_string_lossy().to_string();
        if path.trim_start_matches("./").trim_start_matches('/') != wanted
            || !entry.header().entry_type().is_file()
        {
            continue;
        }
        let mut head = Vec::with_capacity(20);
        entry.take(20).read_to_end(&mut head)?;
        return Ok(Some(elf_machine(&head)));
    }
    Ok(None)
}

fn elf_machine(head: &[u8]) -> Probe {
    if head.len() < 20 || !head.starts_with(b"\x7fELF") {
        return Probe::NotElf;
    }
    let machine = if head[5] == 2 {
        u16::from_be_bytes([head[18], head[19]])
    } else {
        u16::from_le_bytes([head[18], head[19]])
    };
    Probe::Elf(
        match machine {
            0x03 => "386",
            0x28 => "arm",
            0x3e => "amd64",
            0xb7 => "arm64",
            0xf3 => "riscv64",
            0x15 => "ppc64le",
            0x16 => "s390x",
            _ => return Probe::Elf(format!("machine {machine:#x}")),
        }
        .to_string(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn elf(machine: u16) -> Vec<u8> {
        let mut head = b"\x7fELF\x02\x01\x01".to_vec();
        head.resize(18, 0);
        head.extend_from_slice(&machine.to_le_bytes());
        head.extend_from_slice(&[0; 44]);
        head
    }

    fn tar_of(files: &[(&str, &[u8])]) -> Vec<u8> {
        let mut builder = tar::Builder::new(Vec::new());
        for (path, data) in files {
            let mut header = tar::Header::new_ustar();
            header.set_size(data.len() as u64);
            header.set_mode(0o755);
            header.set_cksum();
            builder.append_data(&mut header, path, *data).unwrap();
        }
        builder.into_inner().unwrap()
    }

    #[test]
    fn the_program_is_found_in_its_layer_and_its_cpu_read() {
        let arm = elf(0xb7);
        let layer = tar_of(&[("quotes", &arm)]);
        let export = tar_of(&[("blobs/sha256/ab", &layer), ("manifest.json", b"[]")]);
        assert_eq!(
            find_program(export.as_slice(), "quotes").unwrap(),
            Probe::Elf("arm64".into())
        );
        assert_eq!(
            find_program(export.as_slice(), "other").unwrap(),
            Probe::Missing
        );
        assert_eq!(elf_machine(&elf(0x3e)), Probe::Elf("amd64".into()));
        assert_eq!(elf_machine(b"#!/bin/sh\necho hi\n\n\n"), Probe::NotElf);
    }

    #[test]
    fn the_stage_that_compiles_says_where_it_runs() {
        let df = Dockerfile::parse(
            "FROM --platform=$BUILDPLATFORM golang:1.23 AS build\nRUN go build -o /out/x .\nFROM scratch\nCOPY --from=build /out/x /x\n",
        )
        .unwrap();
        let stage = compile_stage(&df, "go build").unwrap();
        assert!(on_build_platform(stage));
        let df = Dockerfile::parse(
            "FROM golang:1.23 AS build\nRUN go build -o /out/x .\nFROM scratch\nCOPY --from=build /out/x /x\n",
        )
        .unwrap();
        assert!(!on_build_platform(compile_stage(&df, "go build").unwrap()));
        assert!(
            Config {
                platform: "arm64".into(),
                binary: "/x".into(),
                run: "go build".into()
            }
            .validate()
            .is_err()
        );
    }
}
