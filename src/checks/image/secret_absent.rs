//! `secret_absent: { arg: API_TOKEN }`: the build gets a random value as the build argument
//! `arg` (new on every run, never written to the workspace), and that value is nowhere in the
//! final image: not in its configuration (Env, Labels, Cmd, ...), not in its history (the
//! instructions and the build arguments their RUNs saw), not in any file of any layer (a file
//! a later layer deletes is still in the layer that added it).

use std::collections::{BTreeMap, HashMap};
use std::io::Read;

use serde::{Deserialize, Serialize};

use crate::checks::{CheckKind, CheckResult, Invalid, Session, Validate};
use crate::docker::export::{self, ExportError, File};
use crate::docker::image::readable_instruction;
use crate::dockerfile::Dockerfile;

#[derive(Debug, Clone, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// The build argument that carries the secret, e.g. `API_TOKEN`.
    pub arg: String,
}

impl Validate for Config {
    fn validate(&self) -> Result<(), Invalid> {
        let mut chars = self.arg.chars();
        let valid = chars
            .next()
            .is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
            && chars.all(|c| c.is_ascii_alphanumeric() || c == '_');
        if !valid {
            return Err(Invalid::at(
                "arg",
                "`arg` is the name of a build argument, e.g. API_TOKEN",
            ));
        }
        Ok(())
    }
}

pub fn title(spec: &Config) -> String {
    format!(
        "The secret in build argument {} stays out of the image",
        spec.arg
    )
}

const WHY: &str = "Anyone who can pull an image can read its configuration, its history and every file of every layer, including files a later step deleted. A secret the build needs must stay in a stage that does not ship (or in a BuildKit secret mount).";

/// Where the value turned up.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Place {
    /// A key of the image's configuration, e.g. `Env[3]`, and its text.
    Config(String, String),
    /// A history entry (oldest first), as the image records it.
    History(usize, String),
    /// A file of a layer (0-based, oldest first).
    Layer(usize, String),
}

/// What an export of the image holds, as far as this check needs it.
#[derive(Debug, Default)]
struct Scanned {
    /// The image's config file (the last one met, matched to the manifest afterwards).
    small_files: HashMap<String, Vec<u8>>,
    /// Files that hold the value, by the export's entry name of their layer.
    hits: BTreeMap<String, Vec<String>>,
}

/// Small JSON files of the export kept in memory (the manifest, the config).
const SMALL: u64 = 4 << 20;
/// How many files with the value to name per layer.
const MAX_HITS: usize = 5;

pub async fn run(session: &mut Session<'_>, spec: &Config) -> CheckResult {
    let title = title(spec);
    let tag = match session.image(CheckKind::SecretAbsent, &title).await {
        Ok(tag) => tag,
        Err(result) => return result,
    };
    let result = CheckResult::new(CheckKind::SecretAbsent, &title, WHY);
    let Some(value) = session.build_arg(&spec.arg).map(str::to_string) else {
        return result.skipped("not run: the build got no value for the argument");
    };
    let scanned = match scan_export(session, &tag, &value).await {
        Ok(scanned) => scanned,
        Err(ExportError::Engine(err)) => {
            return session.engine_error(result, "cannot export the image", &err);
        }
        Err(ExportError::Read(why)) => {
            return result.fail(format!("cannot read the image's export: {why}"));
        }
    };
    let (config, layers) = match image_config(&scanned) {
        Ok(found) => found,
        Err(why) => return result.fail(format!("cannot read the image's export: {why}")),
    };
    let history = history_of(&config);
    let mut places = Vec::new();
    if let Some(cfg) = config.get("config") {
        find_in_json(cfg, &value, String::new(), &mut places);
    }
    for (index, (created_by, _)) in history.iter().enumerate() {
        if created_by.contains(&value) {
            places.push(Place::History(index, created_by.clone()));
        }
    }
    // Layers in order, each to the history entry that made it.
    let with_layer: Vec<usize> = history
        .iter()
        .enumerate()
        .filter(|(_, (_, empty))| !empty)
        .map(|(i, _)| i)
        .collect();
    for (layer, name) in layers.iter().enumerate() {
        for path in scanned.hits.get(name).into_iter().flatten() {
            places.push(Place::Layer(layer, path.clone()));
        }
    }
    let dockerfile = session.dockerfile();
    let lines = dockerfile
        .map(|df| align(df, &history))
        .unwrap_or_else(|| vec![None; history.len()]);
    if places.is_empty() {
        return result
            .pass(format!(
                "the value passed as {} is in none of the configuration, the {} history entries or the {} layers",
                spec.arg,
                history.len(),
                layers.len()
            ))
            .found("no trace of the secret".to_string())
            .expected("no trace of the secret".to_string());
    }
    let arg_line = dockerfile.and_then(|df| {
        df.final_stage()
            .instructions
            .iter()
            .find(|i| match &i.body {
                crate::dockerfile::Body::Arg(defs) => defs.iter().any(|d| d.name == spec.arg),
                _ => false,
            })
            .map(|i| i.line)
    });
    let mask = |text: &str| text.replace(&value, &format!("<{}>", spec.arg));
    let mut first_line = None;
    let details: Vec<String> = places
        .iter()
        .map(|place| {
            let (what, entry) = match place {
                Place::Config(key, text) => (
                    format!("the image's configuration: {key} = `{}`", mask(text)),
                    None,
                ),
                Place::History(index, created_by) => (
                    format!("the history: `{}`", mask(&readable(created_by))),
                    Some(*index),
                ),
                Place::Layer(layer, path) => {
                    let entry = with_layer.get(*layer).copied();
                    (
                        format!(
                            "layer {} of {}{}: the file /{path}",
                            layer + 1,
                            layers.len(),
                            entry
                                .map(|i| format!(", made by `{}`", mask(&readable(&history[i].0))))
                                .unwrap_or_default()
                        ),
                        entry,
                    )
                }
            };
            let line = match place {
                Place::Config(key, _) => dockerfile.and_then(|df| config_line(df, key, &spec.arg)),
                // A RUN saw the value (and newer BuildKit records the ARG with it) because the
                // last stage declares the argument: that declaration is what to move.
                Place::History(_, created_by)
                    if matches!(
                        readable(created_by).split_whitespace().next(),
                        Some("RUN" | "ARG")
                    ) =>
                {
                    arg_line.or_else(|| entry.and_then(|i| lines.get(i).copied().flatten()))
                }
                _ => entry.and_then(|i| lines.get(i).copied().flatten()),
            };
            if first_line.is_none() {
                first_line = line;
            }
            match line {
                Some(line) => format!("{what} (Dockerfile line {line})"),
                None => what,
            }
        })
        .collect();
    let kinds: Vec<&str> = [
        places
            .iter()
            .any(|p| matches!(p, Place::Config(..)))
            .then_some("its configuration"),
        places
            .iter()
            .any(|p| matches!(p, Place::History(..)))
            .then_some("its history"),
        places
            .iter()
            .any(|p| matches!(p, Place::Layer(..)))
            .then_some("a layer's files"),
    ]
    .into_iter()
    .flatten()
    .collect();
    let result = result
        .fail(format!(
            "the value passed as {} is in the final image, in {}: {}. Use it only in a build stage and copy just the artifact into the last stage",
            spec.arg,
            kinds.join(", "),
            details[0]
        ))
        .found(format!("the secret in {}", kinds.join(", ")))
        .expected("no trace of the secret".to_string())
        .details(details);
    match first_line {
        Some(line) => result.at(session.dockerfile_path().to_path_buf(), line),
        None => result,
    }
}

fn readable(created_by: &str) -> String {
    let text = created_by.trim();
    let text = text.strip_suffix("# buildkit").unwrap_or(text).trim_end();
    // Keep the build arguments a RUN saw: they are where the value is.
    if let Some(rest) = text.strip_prefix("RUN ") {
        return format!("RUN {}", rest.replace("/bin/sh -c ", ""));
    }
    if text.starts_with('|') {
        return format!("RUN {}", text.replace("/bin/sh -c ", ""));
    }
    readable_instruction(text)
}

/// The line of the last stage's ENV/LABEL/... that set a configuration key with the value.
fn config_line(df: &Dockerfile, key: &str, arg: &str) -> Option<usize> {
    let keyword = match key.split(['[', '.']).next()? {
        "Env" => "ENV",
        "Labels" => "LABEL",
        "Cmd" => "CMD",
        "Entrypoint" => "ENTRYPOINT",
        "WorkingDir" => "WORKDIR",
        "User" => "USER",
        _ => return None,
    };
    let stage = df.final_stage();
    stage
        .instructions
        .iter()
        .rev()
        .find(|i| i.kind.as_str() == keyword && i.args.contains(arg))
        .or_else(|| {
            stage
                .instructions
                .iter()
                .rev()
                .find(|i| i.kind.as_str() == keyword)
        })
        .map(|i| i.line)
}

/// The Dockerfile line of each history entry (oldest first): the last stage's instructions,
/// matched from the newest entry backwards by keyword; the entries older than the stage's
/// first match came with its base image.
fn align(df: &Dockerfile, history: &[(String, bool)]) -> Vec<Option<usize>> {
    let instructions = &df.final_stage().instructions;
    let mut lines = vec![None; history.len()];
    let mut next = instructions.len();
    for (index, (created_by, _)) in history.iter().enumerate().rev() {
        let text = readable(created_by);
        let keyword = text
            .split_whitespace()
            .next()
            .unwrap_or("")
            .to_ascii_uppercase();
        match instructions[..next]
            .iter()
            .rposition(|i| i.kind.as_str() == keyword)
        {
            Some(at) => {
                lines[index] = Some(instructions[at].line);
                next = at;
            }
            // Podman adds the build's --label as a last entry of its own.
            None if next == instructions.len() && keyword == "LABEL" => continue,
            None => break,
        }
    }
    lines
}

/// Every key under `value` (a JSON configuration) whose text holds `secret`.
fn find_in_json(value: &serde_json::Value, secret: &str, key: String, out: &mut Vec<Place>) {
    match value {
        serde_json::Value::String(text) if text.contains(secret) => {
            out.push(Place::Config(key, text.clone()));
        }
        serde_json::Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                find_in_json(item, secret, format!("{key}[{i}]"), out);
            }
        }
        serde_json::Value::Object(map) => {
            for (name, item) in map {
                let inner = if key.is_empty() {
                    name.clone()
                } else {
                    format!("{key}.{name}")
                };
                if name.contains(secret) {
                    out.push(Place::Config(inner.clone(), name.clone()));
                }
                find_in_json(item, secret, inner, out);
            }
        }
        _ => {}
    }
}

/// The history of an image config (oldest first): `created_by` and whether it made no layer.
fn history_of(config: &serde_json::Value) -> Vec<(String, bool)> {
    config
        .get("history")
        .and_then(|h| h.as_array())
        .map(|items| {
            items
                .iter()
                .map(|item| {
                    (
                        item.get("created_by")
                            .and_then(|c| c.as_str())
                            .unwrap_or("")
                            .to_string(),
                        item.get("empty_layer")
                            .and_then(|e| e.as_bool())
                            .unwrap_or(false),
                    )
                })
                .collect()
        })
        .unwrap_or_default()
}

/// The image's config and its layers' entry names, oldest first, from the export's manifest.
fn image_config(scanned: &Scanned) -> Result<(serde_json::Value, Vec<String>), String> {
    let manifest = scanned
        .small_files
        .get("manifest.json")
        .ok_or("it has no manifest.json")?;
    let manifest: serde_json::Value =
        serde_json::from_slice(manifest).map_err(|err| format!("manifest.json: {err}"))?;
    let first = manifest
        .as_array()
        .and_then(|m| m.first())
        .ok_or("manifest.json lists no image")?;
    let config_name = first
        .get("Config")
        .and_then(|c| c.as_str())
        .ok_or("manifest.json names no config")?;
    let config = scanned
        .small_files
        .get(config_name)
        .ok_or_else(|| format!("it has no {config_name}"))?;
    let config: serde_json::Value =
        serde_json::from_slice(config).map_err(|err| format!("{config_name}: {err}"))?;
    let layers = first
        .get("Layers")
        .and_then(|l| l.as_array())
        .map(|l| {
            l.iter()
                .filter_map(|n| n.as_str().map(str::to_string))
                .collect()
        })
        .unwrap_or_default();
    Ok((config, layers))
}

/// Streams `docker save` of `tag` through the scan: memory stays bounded by the driver's
/// channel and the small JSON files.
async fn scan_export(
    session: &Session<'_>,
    tag: &str,
    value: &str,
) -> Result<Scanned, ExportError> {
    let secret = value.as_bytes().to_vec();
    export::read(session.engine.docker(), tag, move |reader| {
        scan_archive(reader, &secret)
    })
    .await
}

/// Reads an image archive: keeps the small JSON files and scans every layer for `secret`.
fn scan_archive(reader: impl Read, secret: &[u8]) -> std::io::Result<Scanned> {
    let mut scanned = Scanned::default();
    export::each_file(reader, |name, size, file| {
        match file {
            File::Layer(layer) => {
                let hits = scan_layer(layer, secret)?;
                if !hits.is_empty() {
                    scanned.hits.insert(name.to_string(), hits);
                }
            }
            File::Other(rest) if size <= SMALL => {
                let mut data = Vec::new();
                rest.read_to_end(&mut data)?;
                scanned.small_files.insert(name.to_string(), data);
            }
            File::Other(_) => {}
        }
        Ok(())
    })?;
    Ok(scanned)
}

/// The paths of the files in a layer's tar whose name or contents hold `secret`.
fn scan_layer(reader: impl Read, secret: &[u8]) -> std::io::Result<Vec<String>> {
    let mut hits = Vec::new();
    let mut archive = tar::Archive::new(reader);
    for entry in archive.entries()? {
        let mut entry = entry?;
        let path = entry.path()?.to_string_lossy().to_string();
        let in_name = contains(path.as_bytes(), secret);
        let in_link = entry
            .link_name_bytes()
            .is_some_and(|link| contains(&link, secret));
        if (in_name || in_link || stream_contains(&mut entry, secret)?) && hits.len() < MAX_HITS {
            hits.push(path.trim_start_matches("./").to_string());
        }
    }
    Ok(hits)
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    !needle.is_empty() && haystack.windows(needle.len()).any(|w| w == needle)
}

/// Whether `reader` holds `needle`, reading it in pieces that overlap by the needle's length.
fn stream_contains(reader: &mut impl Read, needle: &[u8]) -> std::io::Result<bool> {
    let keep = needle.len().saturating_sub(1);
    let mut buf = vec![0u8; 64 * 1024 + keep];
    let mut filled = 0;
    let mut found = false;
    loop {
        let n = reader.read(&mut buf[filled..])?;
        if n == 0 {
            break;
        }
        filled += n;
        if !found && contains(&buf[..filled], needle) {
            found = true;
        }
        if filled > keep {
            buf.copy_within(filled - keep..filled, 0);
            filled = keep;
        }
    }
    Ok(found)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checks::session::secret_value;

    fn layer(files: &[(&str, &[u8])]) -> Vec<u8> {
        let mut builder = tar::Builder::new(Vec::new());
        for (path, data) in files {
            let mut header = tar::Header::new_ustar();
            header.set_size(data.len() as u64);
            header.set_mode(0o644);
            header.set_cksum();
            builder.append_data(&mut header, path, *data).unwrap();
        }
        builder.into_inner().unwrap()
    }

    #[test]
    fn a_value_split_across_reads_is_found() {
        let secret = b"dlsecret0123456789";
        let mut data = vec![b'x'; 64 * 1024 - 5];
        data.extend_from_slice(secret);
        data.extend_from_slice(b"tail");
        assert!(stream_contains(&mut data.as_slice(), secret).unwrap());
        assert!(!stream_contains(&mut &data[..64 * 1024], secret).unwrap());
    }

    #[test]
    fn an_export_names_the_layer_files_and_keeps_the_config() {
        let secret = b"dlsecretabc";
        let first = layer(&[("etc/os-release", b"ID=test\n")]);
        let second = layer(&[
            ("root/.config/fetch/credentials", b"token=dlsecretabc\n"),
            ("src/main.go", b"package main\n"),
        ]);
        let manifest = br#"[{"Config":"cfg.json","Layers":["a/layer.tar","b/layer.tar"]}]"#;
        let export = layer(&[
            ("a/layer.tar", &first),
            ("b/layer.tar", &second),
            ("cfg.json", b"{}"),
            ("manifest.json", manifest),
        ]);
        let scanned = scan_archive(export.as_slice(), secret).unwrap();
        assert_eq!(
            scanned.hits.get("b/layer.tar"),
            Some(&vec!["root/.config/fetch/credentials".to_string()])
        );
        assert!(!scanned.hits.contains_key("a/layer.tar"));
        let (_, layers) = image_config(&scanned).unwrap();
        assert_eq!(layers, ["a/layer.tar", "b/layer.tar"]);
    }

    #[test]
    fn config_keys_and_history_lines_are_found() {
        let config = serde_json::json!({
            "Env": ["PATH=/bin", "API_TOKEN=dlsecretabc"],
            "Labels": { "build": "token dlsecretabc" },
            "Cmd": ["quotes"],
        });
        let mut places = Vec::new();
        find_in_json(&config, "dlsecretabc", String::new(), &mut places);
        assert_eq!(
            places,
            [
                Place::Config("Env[1]".into(), "API_TOKEN=dlsecretabc".into()),
                Place::Config("Labels.build".into(), "token dlsecretabc".into())
            ]
        );
        let df = Dockerfile::parse(
            "FROM golang:1.23\nWORKDIR /src\nARG API_TOKEN\nENV API_TOKEN=$API_TOKEN\nCOPY . .\nRUN sh fetch.sh\nCMD [\"quotes\"]\n",
        )
        .unwrap();
        let history: Vec<(String, bool)> = [
            ("/bin/sh -c #(nop) ADD file:abc in / ", false),
            ("/bin/sh -c #(nop)  CMD [\"bash\"]", true),
            ("WORKDIR /src", false),
            ("ARG API_TOKEN", true),
            ("ENV API_TOKEN=dlsecretabc", true),
            ("COPY . . # buildkit", false),
            (
                "RUN |1 API_TOKEN=dlsecretabc /bin/sh -c sh fetch.sh # buildkit",
                false,
            ),
            ("CMD [\"quotes\"]", true),
            ("/bin/sh -c #(nop) LABEL org.example=1", true),
        ]
        .iter()
        .map(|(c, e)| (c.to_string(), *e))
        .collect();
        assert_eq!(
            align(&df, &history),
            [
                None,
                None,
                Some(2),
                Some(3),
                Some(4),
                Some(5),
                Some(6),
                Some(7),
                None
            ]
        );
        assert_eq!(config_line(&df, "Env[1]", "API_TOKEN"), Some(4));
        assert_eq!(
            readable("|1 API_TOKEN=x /bin/sh -c sh fetch.sh"),
            "RUN |1 API_TOKEN=x sh fetch.sh"
        );
    }

    #[test]
    fn values_are_fresh_and_names_must_be_arguments() {
        assert_ne!(secret_value(), secret_value());
        assert_eq!(secret_value().len(), 8 + 32);
        assert!(
            Config {
                arg: "API_TOKEN".into()
            }
            .validate()
            .is_ok()
        );
        assert!(
            Config {
                arg: "api-token".into()
            }
            .validate()
            .is_err()
        );
    }
}
