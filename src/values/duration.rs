//! Deadlines written as `10s`, `500ms`, `2m`, `1m 30s` or a plain number of seconds.

use std::time::Duration;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Seconds(pub Duration);

impl Seconds {
    pub fn parse(text: &str) -> Option<Duration> {
        let text = text.trim();
        // A bare number is seconds, as YAML authors write `timeout: 20`.
        if !text.is_empty() && text.bytes().all(|b| b.is_ascii_digit() || b == b'.') {
            return text
                .parse::<f64>()
                .ok()
                .and_then(|seconds| Duration::try_from_secs_f64(seconds).ok());
        }
        humantime::parse_duration(text).ok()
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
        serializer.serialize_str(&humantime::format_duration(self.0).to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_durations() {
        assert_eq!(Seconds::parse("10s"), Some(Duration::from_secs(10)));
        assert_eq!(Seconds::parse(" 10 s "), Some(Duration::from_secs(10)));
        assert_eq!(Seconds::parse("500ms"), Some(Duration::from_millis(500)));
        assert_eq!(Seconds::parse("2m"), Some(Duration::from_secs(120)));
        assert_eq!(Seconds::parse("2min"), Some(Duration::from_secs(120)));
        assert_eq!(Seconds::parse("1.5s"), Some(Duration::from_millis(1500)));
        assert_eq!(Seconds::parse("1m 30s"), Some(Duration::from_secs(90)));
        assert_eq!(Seconds::parse("3"), Some(Duration::from_secs(3)));
        assert_eq!(Seconds::parse("2.5"), Some(Duration::from_millis(2500)));
        for bad in ["", "ten", "-5s", "-5", "5 parsecs", "1.2.3", "s"] {
            assert_eq!(Seconds::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn reads_yaml_numbers_and_text_and_writes_what_it_reads() {
        let read = |yaml: &str| serde_yaml::from_str::<Seconds>(yaml).map(|s| s.0);
        assert_eq!(read("20").unwrap(), Duration::from_secs(20));
        assert_eq!(read("0.5").unwrap(), Duration::from_millis(500));
        assert_eq!(read("20s").unwrap(), Duration::from_secs(20));
        let err = read("soon").unwrap_err().to_string();
        assert!(err.contains("`soon` is not a duration"), "{err}");
        let written = serde_json::to_string(&Seconds(Duration::from_millis(1500))).unwrap();
        assert_eq!(written, "\"1s 500ms\"");
        assert_eq!(
            Seconds::parse("1s 500ms"),
            Some(Duration::from_millis(1500))
        );
    }
}
