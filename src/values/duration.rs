//! Deadlines written as `10s`, `500ms`, `2m` or a plain number of seconds.

use std::time::Duration;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Seconds(pub Duration);

impl Seconds {
    pub fn parse(text: &str) -> Option<Duration> {
        let text = text.trim();
        let split = text
            .find(|c: char| !(c.is_ascii_digit() || c == '.'))
            .unwrap_or(text.len());
        let (number, unit) = text.split_at(split);
        let number: f64 = number.parse().ok()?;
        let seconds = match unit.trim() {
            "" | "s" => number,
            "ms" => number / 1000.0,
            "m" | "min" => number * 60.0,
            _ => return None,
        };
        (seconds.is_finite() && seconds >= 0.0).then(|| Duration::from_secs_f64(seconds))
    }
}

impl<'de> serde::Deserialize<'de> for Seconds {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        #[derive(serde::Deserialize)]
        #[serde(untagged)]
        enum Raw {
            Number(f64),
            Text(String),
        }
        let text = match Raw::deserialize(deserializer)? {
            Raw::Number(n) => n.to_string(),
            Raw::Text(text) => text,
        };
        Seconds::parse(&text).map(Seconds).ok_or_else(|| {
            serde::de::Error::custom(format!(
                "`{text}` is not a duration: write `10s`, `500ms` or `2m`"
            ))
        })
    }
}

impl serde::Serialize for Seconds {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&format!("{}s", self.0.as_secs_f64()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_durations() {
        assert_eq!(Seconds::parse("10s"), Some(Duration::from_secs(10)));
        assert_eq!(Seconds::parse("500ms"), Some(Duration::from_millis(500)));
        assert_eq!(Seconds::parse("2m"), Some(Duration::from_secs(120)));
        assert_eq!(Seconds::parse("3"), Some(Duration::from_secs(3)));
        assert_eq!(Seconds::parse("ten"), None);
        assert_eq!(Seconds::parse("5h"), None);
    }
}
