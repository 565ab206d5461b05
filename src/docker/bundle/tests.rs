use super::*;

fn sha(bytes: &[u8]) -> String {
    digest_of(Sha256::new_with_prefix(bytes))
}

fn blob(bytes: &[u8]) -> Blob {
    Blob {
        digest: sha(bytes),
        size: bytes.len() as u64,
    }
}

/// A manifest of one image with a config and one layer, and the table of its files.
fn one_image() -> (Manifest, HashMap<String, u64>) {
    let config = blob(b"{}");
    let layer = blob(b"layer");
    let stored = [
        (config.digest.clone(), config.size),
        (layer.digest.clone(), layer.size),
    ]
    .into_iter()
    .collect();
    let manifest = manifest_of(vec![ImageEntry {
        tag: "busybox:1.36".into(),
        id: config.digest.clone(),
        platform: "linux/amd64".into(),
        size: config.size + layer.size,
        config,
        layers: vec![layer.clone()],
        diff_ids: vec![layer.digest],
    }]);
    (manifest, stored)
}

/// A manifest of course `c` version 1 holding `images`.
fn manifest_of(images: Vec<ImageEntry>) -> Manifest {
    Manifest {
        format: FORMAT,
        course: CourseRef {
            id: "c".into(),
            version: "1".into(),
            title: "C".into(),
        },
        dockerlings: "0.1.0".into(),
        images,
    }
}

#[test]
fn digests_are_sha256_and_64_lower_hex_digits() {
    assert!(is_digest(&sha(b"x")));
    assert!(!is_digest("sha256:abc"));
    assert!(!is_digest(&sha(b"x").to_uppercase()));
    assert!(!is_digest(&sha(b"x").replace("sha256", "sha512")));
    assert!(!is_digest(&format!("sha256:{}", "g".repeat(64))));
}

#[test]
fn a_whole_manifest_validates_and_each_flaw_is_named() {
    let (manifest, stored) = one_image();
    assert_eq!(manifest.validate(&stored), Ok(()));

    let mut missing = stored.clone();
    missing.remove(&manifest.images[0].layers[0].digest);
    let err = manifest.validate(&missing).unwrap_err();
    assert!(
        err.contains("busybox:1.36") && err.contains("not in the bundle"),
        "{err}"
    );

    let mut resized = stored.clone();
    resized.insert(manifest.images[0].layers[0].digest.clone(), 4);
    let err = manifest.validate(&resized).unwrap_err();
    assert!(err.contains("has 4 bytes in the bundle"), "{err}");

    let mut twice = manifest.clone();
    twice.images.push(twice.images[0].clone());
    let err = twice.validate(&stored).unwrap_err();
    assert!(err.contains("lists busybox:1.36 twice"), "{err}");

    let mut bad = manifest.clone();
    bad.images[0].config.digest = "sha256:nope".into();
    let err = bad.validate(&stored).unwrap_err();
    assert!(err.contains("not a sha256 digest"), "{err}");

    let mut uneven = manifest.clone();
    uneven.images[0].diff_ids.clear();
    let err = uneven.validate(&stored).unwrap_err();
    assert!(err.contains("1 layers and 0 layer digests"), "{err}");

    let mut sized = manifest.clone();
    sized.images[0].size += 1;
    let err = sized.validate(&stored).unwrap_err();
    assert!(err.contains("add up to"), "{err}");

    let mut anonymous = manifest;
    anonymous.course.version.clear();
    let err = anonymous.validate(&stored).unwrap_err();
    assert!(err.contains("no course id or version"), "{err}");
}

#[test]
fn the_manifest_reads_back_as_written() {
    let (manifest, _) = one_image();
    let text = serde_json::to_string(&manifest).unwrap();
    let read: Manifest = serde_json::from_str(&text).unwrap();
    assert_eq!(read, manifest);
}

#[test]
fn tags_platforms_and_paths_compare_as_docker_does() {
    assert_eq!(
        normalize_tag("docker.io/library/busybox"),
        normalize_tag("busybox:latest")
    );
    assert_eq!(
        normalize_tag("localhost:5000/app"),
        "localhost:5000/app:latest"
    );
    assert_ne!(normalize_tag("busybox:1.36"), normalize_tag("busybox"));
    assert!(platform_matches("linux/arm64/v8", "linux/arm64"));
    assert!(platform_matches("linux/amd64", "LINUX/AMD64"));
    assert!(!platform_matches("linux/amd64", "linux/arm64"));
    assert_eq!(clean(Path::new("abc/../def/layer.tar")), "def/layer.tar");
    assert_eq!(clean(Path::new("./manifest.json")), "manifest.json");
}

/// A tar as `docker save` writes it: (path, contents) files and (path, target) symlinks.
fn save_tar(files: &[(&str, &[u8])], links: &[(&str, &str)]) -> Vec<u8> {
    let mut builder = tar::Builder::new(Vec::new());
    for (path, contents) in files {
        let mut header = tar::Header::new_gnu();
        header.set_size(contents.len() as u64);
        header.set_mode(0o644);
        header.set_cksum();
        builder.append_data(&mut header, path, *contents).unwrap();
    }
    for (path, target) in links {
        let mut header = tar::Header::new_gnu();
        header.set_entry_type(tar::EntryType::Symlink);
        header.set_size(0);
        builder.append_link(&mut header, path, target).unwrap();
    }
    builder.into_inner().unwrap()
}

/// Bytes larger than [`SMALL`], so that they go to the bundle as they come.
fn big(seed: u8) -> Vec<u8> {
    (0..(SMALL as usize + 4096))
        .map(|i| (i as u8).wrapping_mul(31).wrapping_add(seed))
        .collect()
}

fn names_in(path: &Path) -> Vec<String> {
    let mut archive = tar::Archive::new(File::open(path).unwrap());
    archive
        .entries()
        .unwrap()
        .map(|e| e.unwrap().path().unwrap().to_string_lossy().into_owned())
        .collect()
}

/// Packs an export into a bundle in `dir`, as `pack` does after the engine's stream. The
/// engine's diff ids are the digests of the layers' bytes, or those of `diff_ids` (export
/// path → diff id) where given.
fn pack_export(dir: &Path, export: &[u8], tags: &[&str]) -> io::Result<(PathBuf, Manifest)> {
    pack_export_with(dir, export, tags, &HashMap::new())
}

fn pack_export_with(
    dir: &Path,
    export: &[u8],
    tags: &[&str],
    diff_ids: &HashMap<&str, String>,
) -> io::Result<(PathBuf, Manifest)> {
    let mut writer = Writer::new(tempfile::NamedTempFile::new_in(dir)?)?;
    writer.copy_export(export)?;
    let entries = writer.save_manifest().map_err(io::Error::other)?;
    let mut archive = tar::Archive::new(export);
    let mut bytes_of = HashMap::new();
    for entry in archive.entries()? {
        let mut entry = entry?;
        let path = entry.path()?.to_string_lossy().into_owned();
        let mut contents = Vec::new();
        entry.read_to_end(&mut contents)?;
        bytes_of.insert(path, contents);
    }
    let mut images = Vec::new();
    for tag in tags {
        let entry = find_entry(&entries, tag, tags.len()).expect("the tag is in manifest.json");
        let config = writer.resolve(&entry.config).expect("config");
        let layers: Vec<Blob> = entry
            .layers
            .iter()
            .map(|l| {
                let path = writer.follow(l);
                let diff_id = diff_ids
                    .get(l.as_str())
                    .cloned()
                    .unwrap_or_else(|| sha(&bytes_of[&path]));
                writer.name_layer(l, &diff_id).expect("layer")
            })
            .collect();
        images.push(ImageEntry {
            tag: tag.to_string(),
            id: config.digest.clone(),
            platform: "linux/amd64".into(),
            size: config.size + layers.iter().map(|l| l.size).sum::<u64>(),
            diff_ids: layers.iter().map(|l| l.digest.clone()).collect(),
            config,
            layers,
        });
    }
    let manifest = manifest_of(images);
    let dest = dir.join("bundle.tar");
    writer.finish(&manifest, &dest)?;
    Ok((dest, manifest))
}

#[test]
fn a_legacy_export_is_stored_once_per_file_and_opens_again() {
    let dir = tempfile::tempdir().unwrap();
    let base = big(1);
    let top = big(2);
    let config_a = br#"{"rootfs":{"diff_ids":[]}}"#.as_slice();
    let config_b = br#"{"rootfs":{"diff_ids":[1]}}"#.as_slice();
    let hex_a = sha(config_a)[7..].to_string();
    let hex_b = sha(config_b)[7..].to_string();
    let manifest_json = format!(
        r#"[{{"Config":"{hex_a}.json","RepoTags":["a:1"],"Layers":["base/layer.tar"]}},
            {{"Config":"{hex_b}.json","RepoTags":["b:1"],"Layers":["other/layer.tar","same/layer.tar","top/layer.tar"]}}]"#
    );
    let export = save_tar(
        &[
            ("base/VERSION", b"1.0"),
            ("base/json", b"{}"),
            ("base/layer.tar", &base),
            // The same bytes under another layer id: stored once, its header written then cut.
            ("same/layer.tar", &base),
            ("top/layer.tar", &top),
            (&format!("{hex_a}.json"), config_a),
            (&format!("{hex_b}.json"), config_b),
            ("manifest.json", manifest_json.as_bytes()),
            ("repositories", b"{}"),
        ],
        &[("other/layer.tar", "../base/layer.tar")],
    );
    let (path, manifest) = pack_export(dir.path(), &export, &["a:1", "b:1"]).unwrap();
    let b = &manifest.images[1];
    assert_eq!(b.layers[0], blob(&base));
    assert_eq!(b.layers[1], blob(&base));
    assert_eq!(b.layers[2], blob(&top));
    assert_eq!(b.config, blob(config_b));

    let mut names = names_in(&path);
    assert_eq!(names.pop().as_deref(), Some(MANIFEST_NAME));
    names.sort();
    let mut expected: Vec<String> = [&base, &top, &config_a.to_vec(), &config_b.to_vec()]
        .iter()
        .map(|bytes| blob_name(&sha(bytes)))
        .collect();
    expected.sort();
    assert_eq!(names, expected, "each file once, nothing else");

    let bundle = Bundle::open(&path).unwrap();
    assert_eq!(bundle.manifest, manifest);
    assert_eq!(
        manifest.stored_size(),
        (base.len() + top.len() + config_a.len() + config_b.len()) as u64
    );
}

#[test]
fn an_oci_export_keeps_its_blob_names_and_a_wrong_one_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let layer = big(3);
    let config = br#"{"os":"linux"}"#.as_slice();
    let layer_path = blob_name(&sha(&layer));
    let config_path = blob_name(&sha(config));
    let manifest_json = format!(
        r#"[{{"Config":"{config_path}","RepoTags":["docker.io/library/c:1"],"Layers":["{layer_path}"]}}]"#
    );
    let export = save_tar(
        &[
            ("oci-layout", br#"{"imageLayoutVersion":"1.0.0"}"#),
            (&layer_path, &layer),
            (&config_path, config),
            ("index.json", b"{}"),
            ("manifest.json", manifest_json.as_bytes()),
        ],
        &[],
    );
    let (path, manifest) = pack_export(dir.path(), &export, &["c:1"]).unwrap();
    assert_eq!(manifest.images[0].layers, vec![blob(&layer)]);
    let bundle = Bundle::open(&path).unwrap();
    assert!(produced(&bundle).1.is_ok());

    // The export's names are trusted when packing (hashing them again would make packing
    // slower than `docker save`); a wrong one is refused when the bundle is loaded.
    let wrong = sha(b"something else");
    let manifest_json = format!(
        r#"[{{"Config":"{config_path}","RepoTags":["c:1"],"Layers":["{}"]}}]"#,
        blob_name(&wrong)
    );
    let export = save_tar(
        &[
            (&blob_name(&wrong), &layer),
            (&config_path, config),
            ("manifest.json", manifest_json.as_bytes()),
        ],
        &[],
    );
    let (path, _) = pack_export(dir.path(), &export, &["c:1"]).unwrap();
    let (_, result) = produced(&Bundle::open(&path).unwrap());
    assert!(matches!(result, Err(Fault::Damaged(ref d)) if *d == wrong));
}

/// An uncompressed layer as an engine exports it: a tar (of one file of `big(seed)`).
fn layer_tar(seed: u8) -> Vec<u8> {
    save_tar(&[("usr/lib/file", &big(seed))], &[])
}

#[test]
fn legacy_layers_are_named_by_their_diff_ids_unhashed_and_a_wrong_one_is_caught_on_load() {
    let dir = tempfile::tempdir().unwrap();
    let base = layer_tar(5);
    let top = layer_tar(6);
    let config = br#"{"rootfs":{"diff_ids":[]}}"#.as_slice();
    let hex = sha(config)[7..].to_string();
    let manifest_json = format!(
        r#"[{{"Config":"{hex}.json","RepoTags":["a:1"],"Layers":["base/layer.tar","other/layer.tar","same/layer.tar","top/layer.tar"]}}]"#
    );
    let files = [
        ("base/layer.tar", base.as_slice()),
        // The same layer under another layer id: named once, the copy kept out of the blobs.
        ("same/layer.tar", &base),
        ("top/layer.tar", &top),
        (&format!("{hex}.json"), config),
        ("manifest.json", manifest_json.as_bytes()),
    ];
    let export = save_tar(&files, &[("other/layer.tar", "../base/layer.tar")]);
    let (path, manifest) = pack_export(dir.path(), &export, &["a:1"]).unwrap();
    let layers = &manifest.images[0].layers;
    assert_eq!(layers, &[blob(&base), blob(&base), blob(&base), blob(&top)]);
    let mut names = names_in(&path);
    names.sort();
    let mut expected = vec![
        blob_name(&sha(&base)),
        blob_name(&sha(&top)),
        blob_name(&sha(config)),
        MANIFEST_NAME.to_string(),
    ];
    expected.sort();
    let (unused, names): (Vec<String>, Vec<String>) =
        names.into_iter().partition(|n| n.starts_with("unused/"));
    assert_eq!(names, expected, "each blob once, under its digest");
    assert_eq!(unused.len(), 1, "the second copy: {unused:?}");
    let bundle = Bundle::open(&path).unwrap();
    assert!(produced(&bundle).1.is_ok());

    // An engine whose inspect names the top layer wrongly: the bundle names it so, and
    // loading refuses it.
    let wrong = sha(b"not this layer");
    let given = HashMap::from([("top/layer.tar", wrong.clone())]);
    let (path, _) = pack_export_with(dir.path(), &export, &["a:1"], &given).unwrap();
    let (_, result) = produced(&Bundle::open(&path).unwrap());
    assert!(matches!(result, Err(Fault::Damaged(ref d)) if *d == wrong));
}

#[test]
fn a_file_that_is_not_a_bundle_or_of_another_format_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let plain = dir.path().join("save.tar");
    std::fs::write(&plain, save_tar(&[("manifest.json", b"[]")], &[])).unwrap();
    let err = Bundle::open(&plain).unwrap_err().to_string();
    assert!(err.contains("docker load -i FILE"), "{err}");

    let future = dir.path().join("future.tar");
    std::fs::write(
        &future,
        save_tar(
            &[(MANIFEST_NAME, br#"{"format":9,"dockerlings":"9.0.0"}"#)],
            &[],
        ),
    )
    .unwrap();
    let err = Bundle::open(&future).unwrap_err().to_string();
    assert!(err.contains("format 9") && err.contains("(9.0.0)"), "{err}");
}

/// Runs [`produce`] for the first image of a bundle and collects what it sends.
fn produced(bundle: &Bundle) -> (Vec<io::Result<Bytes>>, Result<(), Fault>) {
    let plan = Plan::new(bundle, &[&bundle.manifest.images[0]]).unwrap();
    let (tx, mut rx) = tokio::sync::mpsc::channel(1024);
    let sent: Vec<AtomicU64> = plan.files.iter().map(|_| AtomicU64::new(0)).collect();
    let result = produce(&bundle.path, &plan.files, &plan.save_manifest, &tx, &sent);
    drop(tx);
    let mut items = Vec::new();
    while let Ok(item) = rx.try_recv() {
        items.push(item);
    }
    (items, result)
}

#[test]
fn a_load_archive_sends_each_shared_file_once() {
    let (mut manifest, stored) = one_image();
    let mut second = manifest.images[0].clone();
    second.tag = "other:1".into();
    manifest.images.push(second);
    let bundle = Bundle {
        path: PathBuf::from("unused"),
        blobs: stored.iter().map(|(d, s)| (d.clone(), (0, *s))).collect(),
        manifest,
    };
    let images: Vec<&ImageEntry> = bundle.manifest.images.iter().collect();
    let plan = Plan::new(&bundle, &images).unwrap();
    assert_eq!(plan.files.len(), 2, "the config and the layer, once");
    assert_eq!(plan.images, vec![vec![0, 1], vec![0, 1]]);
    let entries: serde_json::Value = serde_json::from_slice(&plan.save_manifest).unwrap();
    assert_eq!(entries[1]["RepoTags"][0], "other:1");
}

#[test]
fn loading_streams_a_save_archive_with_its_manifest_last_and_stops_at_a_damaged_file() {
    let dir = tempfile::tempdir().unwrap();
    let layer = big(4);
    let config = br#"{"os":"linux"}"#.as_slice();
    let layer_path = blob_name(&sha(&layer));
    let config_path = blob_name(&sha(config));
    let manifest_json =
        format!(r#"[{{"Config":"{config_path}","RepoTags":["c:1"],"Layers":["{layer_path}"]}}]"#);
    let export = save_tar(
        &[
            (&layer_path, &layer),
            (&config_path, config),
            ("manifest.json", manifest_json.as_bytes()),
        ],
        &[],
    );
    let (path, _) = pack_export(dir.path(), &export, &["c:1"]).unwrap();
    let bundle = Bundle::open(&path).unwrap();

    let (items, result) = produced(&bundle);
    assert!(result.is_ok());
    let stream: Vec<u8> = items
        .into_iter()
        .flat_map(|item| item.unwrap().to_vec())
        .collect();
    let mut archive = tar::Archive::new(stream.as_slice());
    let names: Vec<String> = archive
        .entries()
        .unwrap()
        .map(|e| e.unwrap().path().unwrap().to_string_lossy().into_owned())
        .collect();
    assert_eq!(
        names,
        [config_path, layer_path.clone(), "manifest.json".into()]
    );

    // One byte flipped in the middle of the layer.
    let (offset, size) = bundle.blobs[&sha(&layer)];
    let mut bytes = std::fs::read(&path).unwrap();
    bytes[(offset + size / 2) as usize] ^= 0xff;
    std::fs::write(&path, bytes).unwrap();
    let (items, result) = produced(&bundle);
    assert!(matches!(result, Err(Fault::Damaged(ref d)) if *d == sha(&layer)));
    assert!(
        items.last().unwrap().is_err(),
        "the stream ends in an error"
    );
    let sent: Vec<u8> = items
        .into_iter()
        .filter_map(Result::ok)
        .flat_map(|b| b.to_vec())
        .collect();
    assert!(
        !sent.windows(13).any(|w| w == b"manifest.json"),
        "manifest.json is never sent"
    );
}
