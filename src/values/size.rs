//! Image sizes as people write them: `20MB`, `20 MB`, `19.5MiB`, `1GB`, `800kB`, `1234` (bytes).
//!
//! Decimal units (kB, MB, GB) are powers of 1000, as `docker images` prints them; binary units
//! (KiB, MiB, GiB) are powers of 1024. The engine reports bytes, so a target of `15MB` is
//! 15 000 000 bytes and reads the same as the SIZE column of `docker images`.

use std::fmt;
use std::str::FromStr;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Size(pub u64);

impl Size {
    pub fn bytes(self) -> u64 {
        self.0
    }
}

#[derive(Debug, thiserror::Error, PartialEq)]
#[error(
    "`{0}` is not a size: write a number and a unit, like `20MB`, `20 MB`, `19.5MiB` or `1GB` (kB/MB/GB are powers of 1000 as `docker images` shows them; KiB/MiB/GiB are powers of 1024)"
)]
pub struct SizeError(String);

impl FromStr for Size {
    type Err = SizeError;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        // bytesize reads `20MB`, `20 MB`, `19.5MiB` and a bare byte count, any case; it takes
        // `20M` as `20MB` too. It truncates a fraction to whole bytes, so `4.1MB` may read as
        // 4 099 999: a byte is far below what a size target can tell apart. Its own error says
        // less than ours about what to write.
        text.trim()
            .parse::<bytesize::ByteSize>()
            .map(|size| Size(size.as_u64()))
            .map_err(|_| SizeError(text.to_string()))
    }
}

impl fmt::Display for Size {
    /// Decimal units with three significant figures, the way `docker images` shows sizes.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let bytes = self.0 as f64;
        let (value, unit) = if bytes >= 1e9 {
            (bytes / 1e9, "GB")
        } else if bytes >= 1e6 {
            (bytes / 1e6, "MB")
        } else if bytes >= 1e3 {
            (bytes / 1e3, "kB")
        } else {
            return write!(f, "{}B", self.0);
        };
        let decimals = if value >= 100.0 {
            0
        } else if value >= 10.0 {
            1
        } else {
            2
        };
        write!(f, "{value:.decimals$}{unit}")
    }
}

impl<'de> serde::Deserialize<'de> for Size {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        #[derive(serde::Deserialize)]
        #[serde(untagged)]
        enum Raw {
            Bytes(u64),
            Text(String),
        }
        match Raw::deserialize(deserializer)? {
            Raw::Bytes(bytes) => Ok(Size(bytes)),
            Raw::Text(text) => text.parse().map_err(serde::de::Error::custom),
        }
    }
}

impl serde::Serialize for Size {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_u64(self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_the_forms_people_write() {
        let cases = [
            ("20MB", 20_000_000),
            ("20 MB", 20_000_000),
            ("20mb", 20_000_000),
            ("19.5MiB", 20_447_232),
            ("1GB", 1_000_000_000),
            ("0.5GB", 500_000_000),
            ("800kB", 800_000),
            ("2KiB", 2048),
            ("1234", 1234),
            ("1234 B", 1234),
            (" 1.5GB ", 1_500_000_000),
            ("2GiB", 2 << 30),
            ("2.3MB", 2_300_000),
        ];
        for (text, bytes) in cases {
            assert_eq!(text.parse::<Size>(), Ok(Size(bytes)), "{text}");
        }
    }

    #[test]
    fn a_fraction_is_at_most_a_byte_off() {
        for (text, bytes) in [
            ("4.1MB", 4_100_000u64),
            ("2.01MB", 2_010_000),
            ("65.6MB", 65_600_000),
        ] {
            let read = text.parse::<Size>().unwrap().bytes();
            assert!(read.abs_diff(bytes) <= 1, "{text} read as {read}");
        }
    }

    #[test]
    fn rejects_what_is_not_a_size() {
        for text in [
            "",
            "MB",
            "20 XB",
            "twenty MB",
            "-5MB",
            "1.2.3MB",
            "20 M B",
            "20 MiBs",
        ] {
            assert!(text.parse::<Size>().is_err(), "{text} should be rejected");
        }
    }

    #[test]
    fn displays_like_docker_images() {
        assert_eq!(Size(928_000_000).to_string(), "928MB");
        assert_eq!(Size(14_900_000).to_string(), "14.9MB");
        assert_eq!(Size(8_450_000).to_string(), "8.45MB");
        assert_eq!(Size(1_200_000_000).to_string(), "1.20GB");
        assert_eq!(Size(512).to_string(), "512B");
    }
}
