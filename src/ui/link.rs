//! Clickable file paths: OSC 8 hyperlinks, where the terminal is likely to understand them.

use std::path::Path;
use std::sync::OnceLock;

/// Whether to write OSC 8 links: only to a terminal known to show them (as
/// `supports-hyperlinks` tells from the environment) and not under NO_COLOR.
/// `DOCKERLINGS_HYPERLINKS=0` or `=1` overrides it; `FORCE_HYPERLINK=1` counts as such a terminal.
pub fn supported() -> bool {
    static SUPPORTED: OnceLock<bool> = OnceLock::new();
    *SUPPORTED.get_or_init(|| {
        let var = |name: &str| std::env::var(name).ok().filter(|v| !v.is_empty());
        decide(
            var("DOCKERLINGS_HYPERLINKS").as_deref(),
            var("NO_COLOR").is_some(),
            supports_hyperlinks::on(supports_hyperlinks::Stream::Stdout),
        )
    })
}

fn decide(overridden: Option<&str>, no_color: bool, terminal_links: bool) -> bool {
    match overridden {
        Some("0" | "false" | "no") => false,
        Some(_) => true,
        None => !no_color && terminal_links,
    }
}

/// `text`, linked to the file at `path` (which should be absolute) when links are supported.
pub fn file(path: &Path, text: &str) -> String {
    if supported() {
        wrap(path, text)
    } else {
        text.to_string()
    }
}

fn wrap(path: &Path, text: &str) -> String {
    format!("\x1b]8;;file://{}\x1b\\{text}\x1b]8;;\x1b\\", encode(path))
}

/// Percent-encodes what a URL path cannot hold as is (spaces, `#`, `?`, non-ASCII).
fn encode(path: &Path) -> String {
    let mut out = String::new();
    for byte in path.to_string_lossy().bytes() {
        if byte.is_ascii_alphanumeric() || b"/-_.~:+,@=".contains(&byte) {
            out.push(byte as char);
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_where_the_terminal_shows_them_unless_told_otherwise() {
        assert!(decide(None, false, true));
        assert!(!decide(None, true, true));
        assert!(!decide(None, false, false));
        assert!(decide(Some("1"), true, false));
        assert!(!decide(Some("0"), false, true));
        assert!(!decide(Some("no"), false, true));
    }

    #[test]
    fn encodes_the_path_and_keeps_the_text_visible() {
        let link = wrap(Path::new("/work/my ws/Dockerfile"), "Dockerfile:3");
        assert_eq!(
            link,
            "\x1b]8;;file:///work/my%20ws/Dockerfile\x1b\\Dockerfile:3\x1b]8;;\x1b\\"
        );
        assert_eq!(console::measure_text_width(&link), "Dockerfile:3".len());
    }
}
