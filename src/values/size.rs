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

const UNITS: &[(&str, u64)] = &[
    ("b", 1),
    ("kb", 1_000),
    ("mb", 1_000_000),
    ("gb", 1_000_000_000),
    ("kib", 1 << 10),
    ("mib", 1 << 20),
    ("gib", 1 << 30),
];

#[derive(Debug, thiserror::Error, PartialEq)]
#[error(
    "`{0}` is not a size: write a number and a unit, like `20MB`, `20 MB`, `19.5MiB` or `1GB` (kB/MB/GB are powers of 1000 as `docker images` shows them; KiB/MiB/GiB are powers of 1024)"
)]
pub struct SizeError(String);

impl FromStr for Size {
    type Err = SizeError;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let err = || SizeError(text.to_string());
        let trimmed = text.trim();
        let split = trimmed
            .find(|c: char| !(c.is_ascii_digit() || c == '.'))
            .unwrap_or(trimmed.len());
        let (number, unit) = trimmed.split_at(split);
        let number: f64 = number.parse().map_err(|_| err())?;
        let unit = unit.trim().to_ascii_lowercase();
        let factor = if unit.is_empty() {
            1
        } else {
            UNITS
                .iter()
                .find(|(name, _)| *name == unit)
                .ok_or_else(err)?
                .1
        };
        let bytes = number * factor as f64;
        if !bytes.is_finite() || bytes < 0.0 || bytes > u64::MAX as f64 {
            return Err(err());
        }
        Ok(Size(bytes.round() as u64))
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
        ];
        for (text, bytes) in cases {
            assert_eq!(text.parse::<Size>(), Ok(Size(bytes)), "{text}");
        }
    }

    #[test]
    fn rejects_what_is_not_a_size() {
        for text in ["", "MB", "20 XB", "twenty MB", "-5MB", "1.2.3MB", "20 M B"] {
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
