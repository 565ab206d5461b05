//! What the kinds list in `checks/mod.rs` expands to, and the config types several kinds share.
//!
//! A kind is a file under `checks/dockerfile/` (static) or `checks/image/` (needs the engine)
//! that defines `Config` (what the lesson file says after the kind's name), `title(&Config)` and
//! `run(.., &Config) -> CheckResult`. The `kinds!` list turns those files into the `CheckKind`
//! enum (the one spelling of every kind name), the `Check` enum that lesson files deserialize
//! into, and the dispatch. Config types reject meaningless settings while deserializing, so
//! serde reports them with the lesson file's line and column.

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A check that has no settings: written `- stages_named: true`. `false` is refused rather
/// than read as "off": a check a lesson does not want is left out of the list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Flag;

impl<'de> Deserialize<'de> for Flag {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        match bool::deserialize(deserializer)? {
            true => Ok(Flag),
            false => Err(serde::de::Error::custom(
                "`false` does not turn a check off: remove the entry instead (a check is on when it is listed)",
            )),
        }
    }
}

impl Serialize for Flag {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_bool(true)
    }
}

/// A list that must name at least one thing: `absent: []` would check nothing and pass.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(transparent)]
pub struct NonEmpty<T>(Vec<T>);

impl<T> NonEmpty<T> {
    pub fn new(items: Vec<T>) -> Option<Self> {
        (!items.is_empty()).then_some(NonEmpty(items))
    }
}

impl<T> std::ops::Deref for NonEmpty<T> {
    type Target = [T];
    fn deref(&self) -> &[T] {
        &self.0
    }
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for NonEmpty<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let items = Vec::<T>::deserialize(deserializer)?;
        NonEmpty::new(items).ok_or_else(|| {
            serde::de::Error::custom(
                "an empty list checks nothing and always passes: name at least one entry",
            )
        })
    }
}

/// A setting that makes no sense, found after parsing; `key` is the lesson file's key to point at.
#[derive(Debug, Clone, PartialEq)]
pub struct Invalid {
    pub key: &'static str,
    pub message: String,
}

impl Invalid {
    pub fn at(key: &'static str, message: impl Into<String>) -> Self {
        Invalid {
            key,
            message: message.into(),
        }
    }
}

/// Rules about a kind's settings that serde's types cannot say (`min` ≤ `max`, one of two
/// keys). Checked when the course loads.
pub trait Validate {
    fn validate(&self) -> Result<(), Invalid> {
        Ok(())
    }
}

impl Validate for Flag {}

impl<T> Validate for NonEmpty<T> {}

/// Expands the kinds list; see the module docs.
macro_rules! kinds {
    (
        dockerfile { $( $s:ident => $SVariant:ident = $scode:literal ),* $(,)? }
        image { $( $i:ident => $IVariant:ident = $icode:literal ),* $(,)? }
    ) => {
        /// The static kinds, one file each.
        pub mod dockerfile {
            $( pub mod $s; )*
        }

        /// The engine kinds, one file each.
        pub mod image {
            $( pub mod $i; )*
        }

        /// Every check kind, spelled as lesson files and `--json` spell it.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize)]
        #[serde(rename_all = "snake_case")]
        pub enum CheckKind {
            /// Not a lesson's check: the Dockerfile could not be read or parsed.
            #[serde(skip_deserializing)]
            Dockerfile,
            $( $SVariant, )*
            $( $IVariant, )*
        }

        impl CheckKind {
            pub fn name(self) -> &'static str {
                match self {
                    CheckKind::Dockerfile => "dockerfile",
                    $( CheckKind::$SVariant => stringify!($s), )*
                    $( CheckKind::$IVariant => stringify!($i), )*
                }
            }

            /// The stable rule code (`DL-STAGE-NAMED`): what reports, SARIF rule ids and
            /// `# dockerlings ignore=CODE` name. A code never changes once released.
            pub fn code(self) -> &'static str {
                match self {
                    CheckKind::Dockerfile => "DL-PARSE",
                    $( CheckKind::$SVariant => $scode, )*
                    $( CheckKind::$IVariant => $icode, )*
                }
            }

            /// Every kind, `dockerfile` (the parse) first, then the kinds list's order.
            pub const ALL: &'static [CheckKind] = &[
                CheckKind::Dockerfile,
                $( CheckKind::$SVariant, )*
                $( CheckKind::$IVariant, )*
            ];

            /// The kind a rule code names.
            pub fn from_code(code: &str) -> Option<CheckKind> {
                CheckKind::ALL.iter().copied().find(|kind| kind.code() == code)
            }

            /// Static kinds read the Dockerfile; the others need the engine.
            pub fn is_static(self) -> bool {
                !matches!(self, $( CheckKind::$IVariant )|*)
            }
        }

        impl std::fmt::Display for CheckKind {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.name())
            }
        }

        /// One entry of an exercise's `checks:` list.
        #[derive(Debug, Clone, PartialEq)]
        pub enum Check {
            $( $SVariant(dockerfile::$s::Config), )*
            $( $IVariant(image::$i::Config), )*
        }

        impl Check {
            pub fn kind(&self) -> CheckKind {
                match self {
                    $( Check::$SVariant(_) => CheckKind::$SVariant, )*
                    $( Check::$IVariant(_) => CheckKind::$IVariant, )*
                }
            }

            pub fn is_static(&self) -> bool {
                self.kind().is_static()
            }

            /// Rejects settings that parse but make no sense.
            pub fn validate(&self) -> Result<(), Invalid> {
                match self {
                    $( Check::$SVariant(config) => Validate::validate(config), )*
                    $( Check::$IVariant(config) => Validate::validate(config), )*
                }
            }

            /// The title its result has: "Every stage has a name".
            pub fn title(&self) -> String {
                match self {
                    $( Check::$SVariant(config) => dockerfile::$s::title(config), )*
                    $( Check::$IVariant(config) => image::$i::title(config), )*
                }
            }
        }

        /// The YAML shape of a check: a map whose one key is the kind. A struct, so that serde
        /// names the known kinds, with a line and column, when it meets an unknown one.
        #[derive(serde::Deserialize)]
        #[serde(deny_unknown_fields)]
        struct CheckEntry {
            $( $s: Option<dockerfile::$s::Config>, )*
            $( $i: Option<image::$i::Config>, )*
        }

        impl<'de> serde::Deserialize<'de> for Check {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let entry = CheckEntry::deserialize(deserializer)?;
                let mut found = Vec::new();
                $( if let Some(config) = entry.$s { found.push(Check::$SVariant(config)); } )*
                $( if let Some(config) = entry.$i { found.push(Check::$IVariant(config)); } )*
                match found.len() {
                    1 => Ok(found.remove(0)),
                    n => Err(serde::de::Error::custom(format!(
                        "each entry of `checks:` is one check kind (`- stages_named: true`), this one has {n}"
                    ))),
                }
            }
        }

        impl serde::Serialize for Check {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                use serde::ser::SerializeMap;
                let mut map = serializer.serialize_map(Some(1))?;
                match self {
                    $( Check::$SVariant(config) => map.serialize_entry(stringify!($s), config)?, )*
                    $( Check::$IVariant(config) => map.serialize_entry(stringify!($i), config)?, )*
                }
                map.end()
            }
        }

        /// Runs a static check; `None` for one that needs the engine.
        fn run_dockerfile_check(ctx: &Ctx<'_>, check: &Check) -> Option<CheckResult> {
            match check {
                $( Check::$SVariant(config) => Some(dockerfile::$s::run(ctx, config)), )*
                _ => None,
            }
        }

        /// Runs an engine check; `None` for a static one.
        async fn run_image_check(session: &mut Session<'_>, check: &Check) -> Option<CheckResult> {
            match check {
                $( Check::$IVariant(config) => Some(image::$i::run(session, config).await), )*
                _ => None,
            }
        }
    };
}

pub(crate) use kinds;
