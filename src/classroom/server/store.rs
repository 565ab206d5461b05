//! The class server's store: SQLite (a file, the default) or PostgreSQL (several servers
//! share it), through one query layer (sqlx's `Any` driver). The SQL is written once: both
//! take `$1` parameters, `ON CONFLICT`, `RETURNING` and `CAST(… AS BIGINT)`; the only
//! difference is the type of an auto-numbered key, in the migrations.

use std::path::{Path, PathBuf};

use anyhow::{Context as _, Result};
use sqlx::any::{AnyPoolOptions, AnyRow};
use sqlx::{Any, AnyPool, Executor, Row, Transaction};

use super::grid::{self, Progress, State};
use crate::classroom::protocol::{Event, What};

/// Where the store is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Location {
    Sqlite(PathBuf),
    Postgres(String),
}

impl Location {
    /// `postgres://…` or `postgresql://…` is a PostgreSQL server, anything else a SQLite file.
    pub fn parse(text: &str) -> Location {
        if text.starts_with("postgres://") || text.starts_with("postgresql://") {
            Location::Postgres(text.to_string())
        } else {
            Location::Sqlite(PathBuf::from(
                text.strip_prefix("sqlite://").unwrap_or(text),
            ))
        }
    }

    /// For people: the file, or the server without its password.
    pub fn describe(&self) -> String {
        match self {
            Location::Sqlite(path) => format!("SQLite {}", path.display()),
            Location::Postgres(url) => format!("PostgreSQL {}", without_password(url)),
        }
    }
}

fn without_password(url: &str) -> String {
    let Some((scheme, rest)) = url.split_once("://") else {
        return url.to_string();
    };
    match rest.split_once('@') {
        Some((user, host)) => {
            let user = user.split(':').next().unwrap_or("");
            format!("{scheme}://{user}@{host}")
        }
        None => url.to_string(),
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Dialect {
    Sqlite,
    Postgres,
}

#[derive(Clone)]
pub struct Store {
    pool: AnyPool,
    dialect: Dialect,
}

/// The class as stored: one per store.
#[derive(Debug, Clone)]
pub struct Class {
    pub name: String,
    pub join_code: String,
    /// SHA-256 of the instructor token, hex.
    pub instructor_hash: String,
}

#[derive(Debug, Clone)]
pub struct Learner {
    pub id: String,
    pub name: String,
    pub joined_ms: i64,
    pub left_ms: Option<i64>,
    pub last_seen_ms: i64,
    pub current_exercise: Option<String>,
}

/// How often a check failed on an exercise, over the class.
#[derive(Debug, Clone)]
pub struct Hits {
    pub exercise: String,
    pub code: String,
    pub title: String,
    pub learners: i64,
    pub failures: i64,
}

/// Everything the dashboard shows, read at once.
pub struct Snapshot {
    pub class_name: String,
    pub events: i64,
    pub learners: Vec<Learner>,
    pub progress: Vec<(String, Progress)>,
    pub hits: Vec<Hits>,
}

/// A new learner, or one joining again from the same workspace.
pub struct Joining<'a> {
    pub id: &'a str,
    pub workspace_id: &'a str,
    pub name: &'a str,
    pub token_hash: &'a str,
    pub course_version: &'a str,
    pub now_ms: i64,
}

/// The schema, in order; each runs once. `{SERIAL}` is the auto-numbered key's type.
const MIGRATIONS: &[&str] = &["CREATE TABLE class (
        id BIGINT PRIMARY KEY,
        name TEXT NOT NULL,
        join_code TEXT NOT NULL,
        instructor_hash TEXT NOT NULL,
        created_ms BIGINT NOT NULL,
        revision BIGINT NOT NULL DEFAULT 0,
        events BIGINT NOT NULL DEFAULT 0
    );
    CREATE TABLE learners (
        id TEXT PRIMARY KEY,
        workspace_id TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        token_hash TEXT UNIQUE,
        course_version TEXT NOT NULL,
        joined_ms BIGINT NOT NULL,
        left_ms BIGINT,
        last_seen_ms BIGINT NOT NULL,
        current_exercise TEXT,
        current_at_ms BIGINT NOT NULL DEFAULT 0
    );
    CREATE TABLE events (
        seq {SERIAL},
        learner_id TEXT NOT NULL REFERENCES learners(id),
        event_id TEXT NOT NULL,
        at_ms BIGINT NOT NULL,
        received_ms BIGINT NOT NULL,
        exercise TEXT NOT NULL,
        kind TEXT NOT NULL,
        detail TEXT NOT NULL,
        UNIQUE (learner_id, event_id)
    );
    CREATE TABLE progress (
        learner_id TEXT NOT NULL REFERENCES learners(id),
        exercise TEXT NOT NULL,
        state TEXT NOT NULL,
        check_code TEXT,
        check_title TEXT,
        started_ms BIGINT NOT NULL,
        failing_since_ms BIGINT,
        last_at_ms BIGINT NOT NULL,
        hints BIGINT NOT NULL,
        solution BIGINT NOT NULL,
        passed_seconds BIGINT,
        failures BIGINT NOT NULL,
        PRIMARY KEY (learner_id, exercise)
    );
    CREATE TABLE hits (
        learner_id TEXT NOT NULL REFERENCES learners(id),
        exercise TEXT NOT NULL,
        code TEXT NOT NULL,
        title TEXT NOT NULL,
        failures BIGINT NOT NULL,
        PRIMARY KEY (learner_id, exercise, code)
    )"];

/// Two servers starting at once on one PostgreSQL take turns at the migrations.
const PG_MIGRATION_LOCK: i64 = 0x646f_636b_6c67;

impl Store {
    pub async fn open(location: &Location) -> Result<Store> {
        sqlx::any::install_default_drivers();
        let (url, dialect, connections) = match location {
            Location::Sqlite(path) => (sqlite_url(path)?, Dialect::Sqlite, 4),
            Location::Postgres(url) => (url.clone(), Dialect::Postgres, 8),
        };
        let pool = AnyPoolOptions::new()
            .max_connections(connections)
            .after_connect(move |conn, _| {
                Box::pin(async move {
                    if dialect == Dialect::Sqlite {
                        // WAL: readers do not wait for the writer. NORMAL: a commit survives
                        // the process being killed (the OS has it), though not a power cut.
                        conn.execute("PRAGMA journal_mode = WAL").await?;
                        conn.execute("PRAGMA synchronous = NORMAL").await?;
                        conn.execute("PRAGMA busy_timeout = 10000").await?;
                        conn.execute("PRAGMA foreign_keys = ON").await?;
                    }
                    Ok(())
                })
            })
            .connect(&url)
            .await
            .with_context(|| match location {
                Location::Sqlite(path) => format!(
                    "cannot open the class store {}; pass another file with --db FILE",
                    path.display()
                ),
                Location::Postgres(_) => format!(
                    "cannot connect to {}; is the server running, and do the user, password and database exist?",
                    location.describe()
                ),
            })?;
        let store = Store { pool, dialect };
        store.migrate().await?;
        Ok(store)
    }

    async fn migrate(&self) -> Result<()> {
        let mut conn = self.pool.acquire().await?;
        if self.dialect == Dialect::Postgres {
            sqlx::query("SELECT pg_advisory_lock($1)")
                .bind(PG_MIGRATION_LOCK)
                .execute(&mut *conn)
                .await?;
        }
        let result = async {
            conn.execute("CREATE TABLE IF NOT EXISTS schema_version (version BIGINT NOT NULL)")
                .await?;
            let version: Option<i64> = sqlx::query("SELECT MAX(version) FROM schema_version")
                .fetch_one(&mut *conn)
                .await?
                .try_get(0)?;
            let version = version.unwrap_or(0);
            if version > MIGRATIONS.len() as i64 {
                anyhow::bail!(
                    "the class store was made by a newer dockerlings (schema {version}, this one knows {}); update dockerlings or use another --db",
                    MIGRATIONS.len()
                );
            }
            let serial = match self.dialect {
                Dialect::Sqlite => "INTEGER PRIMARY KEY AUTOINCREMENT",
                Dialect::Postgres => "BIGSERIAL PRIMARY KEY",
            };
            for (n, migration) in MIGRATIONS.iter().enumerate().skip(version as usize) {
                let mut tx = conn.begin_tx().await?;
                for statement in migration.split(';').filter(|s| !s.trim().is_empty()) {
                    tx.execute(statement.replace("{SERIAL}", serial).as_str())
                        .await?;
                }
                sqlx::query("INSERT INTO schema_version (version) VALUES ($1)")
                    .bind(n as i64 + 1)
                    .execute(&mut *tx)
                    .await?;
                tx.commit().await?;
            }
            Ok(())
        }
        .await;
        if self.dialect == Dialect::Postgres {
            sqlx::query("SELECT pg_advisory_unlock($1)")
                .bind(PG_MIGRATION_LOCK)
                .execute(&mut *conn)
                .await?;
        }
        result.context("cannot set up the class store's tables")
    }

    /// The class, made with `fresh` (name, join code, instructor token hash) the first time.
    /// `Ok((class, true))` when this call made it. A name given on a later start renames it.
    pub async fn class(
        &self,
        fresh: impl FnOnce() -> Class,
        rename: Option<&str>,
        now_ms: i64,
    ) -> Result<(Class, bool)> {
        if let Some(class) = self.read_class().await? {
            if let Some(name) = rename.filter(|name| *name != class.name) {
                sqlx::query("UPDATE class SET name = $1, revision = revision + 1 WHERE id = 1")
                    .bind(name)
                    .execute(&self.pool)
                    .await?;
                return Ok((
                    Class {
                        name: name.to_string(),
                        ..class
                    },
                    false,
                ));
            }
            return Ok((class, false));
        }
        let class = fresh();
        let made = sqlx::query(
            "INSERT INTO class (id, name, join_code, instructor_hash, created_ms) VALUES (1, $1, $2, $3, $4)
             ON CONFLICT (id) DO NOTHING",
        )
        .bind(&class.name)
        .bind(&class.join_code)
        .bind(&class.instructor_hash)
        .bind(now_ms)
        .execute(&self.pool)
        .await?
        .rows_affected()
            == 1;
        // Another server made it first: theirs is the class.
        let stored = self.read_class().await?.context("the class vanished")?;
        Ok((stored, made))
    }

    /// A new instructor token's hash: the old token stops working on every server sharing
    /// the store (they read it again with the next revision).
    pub async fn set_instructor_hash(&self, hash: &str) -> Result<()> {
        sqlx::query("UPDATE class SET instructor_hash = $1, revision = revision + 1 WHERE id = 1")
            .bind(hash)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    pub async fn read_class(&self) -> Result<Option<Class>> {
        let row = sqlx::query("SELECT name, join_code, instructor_hash FROM class WHERE id = 1")
            .fetch_optional(&self.pool)
            .await?;
        Ok(match row {
            Some(row) => Some(Class {
                name: row.try_get(0)?,
                join_code: row.try_get(1)?,
                instructor_hash: row.try_get(2)?,
            }),
            None => None,
        })
    }

    /// Stores the learner (or takes them back, from the same workspace, with a new token);
    /// their id.
    pub async fn join(&self, joining: Joining<'_>) -> Result<String> {
        let mut tx = self.pool.begin().await?;
        let row = sqlx::query(
            "INSERT INTO learners (id, workspace_id, name, token_hash, course_version, joined_ms, last_seen_ms)
             VALUES ($1, $2, $3, $4, $5, $6, $6)
             ON CONFLICT (workspace_id) DO UPDATE SET name = excluded.name,
                token_hash = excluded.token_hash, course_version = excluded.course_version,
                left_ms = NULL, last_seen_ms = excluded.last_seen_ms
             RETURNING id",
        )
        .bind(joining.id)
        .bind(joining.workspace_id)
        .bind(joining.name)
        .bind(joining.token_hash)
        .bind(joining.course_version)
        .bind(joining.now_ms)
        .fetch_one(&mut *tx)
        .await?;
        bump(&mut tx, 0).await?;
        tx.commit().await?;
        Ok(row.try_get(0)?)
    }

    /// The learner holding this token (its hash), if they have not left.
    pub async fn learner_by_token(&self, token_hash: &str) -> Result<Option<Learner>> {
        let row = sqlx::query(&format!(
            "SELECT {LEARNER_COLUMNS} FROM learners WHERE token_hash = $1 AND left_ms IS NULL"
        ))
        .bind(token_hash)
        .fetch_optional(&self.pool)
        .await?;
        row.map(|row| learner(&row)).transpose()
    }

    /// The learner leaves: their token stops working; what they did stays on the dashboard.
    pub async fn leave(&self, learner_id: &str, now_ms: i64) -> Result<()> {
        let mut tx = self.pool.begin().await?;
        sqlx::query("UPDATE learners SET left_ms = $1, token_hash = NULL WHERE id = $2")
            .bind(now_ms)
            .bind(learner_id)
            .execute(&mut *tx)
            .await?;
        bump(&mut tx, 0).await?;
        tx.commit().await?;
        Ok(())
    }

    /// Stores the events not stored yet (by their id, per learner) and what they change on the
    /// dashboard, in one transaction; how many were new.
    pub async fn add_events(
        &self,
        learner_id: &str,
        events: &[Event],
        received_ms: i64,
    ) -> Result<usize> {
        let mut ordered: Vec<&Event> = events.iter().collect();
        ordered.sort_by_key(|e| e.at_ms);
        let mut tx = self.pool.begin().await?;
        let mut fresh = Vec::new();
        for event in ordered {
            let (kind, detail) = kind_and_detail(&event.what);
            let at_ms = at_ms(event, received_ms);
            let stored = sqlx::query(
                "INSERT INTO events (learner_id, event_id, at_ms, received_ms, exercise, kind, detail)
                 VALUES ($1, $2, $3, $4, $5, $6, $7)
                 ON CONFLICT (learner_id, event_id) DO NOTHING",
            )
            .bind(learner_id)
            .bind(&event.id)
            .bind(at_ms)
            .bind(received_ms)
            .bind(&event.exercise)
            .bind(kind)
            .bind(detail)
            .execute(&mut *tx)
            .await?
            .rows_affected();
            if stored == 1 {
                fresh.push(event);
            }
        }
        sqlx::query("UPDATE learners SET last_seen_ms = $1 WHERE id = $2")
            .bind(received_ms)
            .bind(learner_id)
            .execute(&mut *tx)
            .await?;
        if !fresh.is_empty() {
            apply(&mut tx, learner_id, &fresh, received_ms).await?;
            bump(&mut tx, fresh.len() as i64).await?;
        }
        tx.commit().await?;
        Ok(fresh.len())
    }

    /// Changes with every join, leave and stored event, on whichever server: the servers
    /// sharing a store look at it to know when to refresh their dashboards.
    pub async fn revision(&self) -> Result<i64> {
        let row = sqlx::query("SELECT revision FROM class WHERE id = 1")
            .fetch_optional(&self.pool)
            .await?;
        Ok(match row {
            Some(row) => row.try_get(0)?,
            None => 0,
        })
    }

    pub async fn snapshot(&self) -> Result<Snapshot> {
        let class = sqlx::query("SELECT name, events FROM class WHERE id = 1")
            .fetch_one(&self.pool)
            .await?;
        let learners = sqlx::query(&format!(
            "SELECT {LEARNER_COLUMNS} FROM learners ORDER BY joined_ms, id"
        ))
        .fetch_all(&self.pool)
        .await?
        .iter()
        .map(learner)
        .collect::<Result<Vec<_>>>()?;
        let progress = sqlx::query(&format!("SELECT {PROGRESS_COLUMNS} FROM progress"))
            .fetch_all(&self.pool)
            .await?
            .iter()
            .map(|row| Ok((row.try_get(0)?, progress(row)?)))
            .collect::<Result<Vec<_>>>()?;
        let hits = sqlx::query(
            "SELECT exercise, code, MAX(title), COUNT(*), CAST(SUM(failures) AS BIGINT)
             FROM hits GROUP BY exercise, code",
        )
        .fetch_all(&self.pool)
        .await?
        .iter()
        .map(|row| {
            Ok(Hits {
                exercise: row.try_get(0)?,
                code: row.try_get(1)?,
                title: row.try_get(2)?,
                learners: row.try_get(3)?,
                failures: row.try_get(4)?,
            })
        })
        .collect::<Result<Vec<_>>>()?;
        Ok(Snapshot {
            class_name: class.try_get(0)?,
            events: class.try_get(1)?,
            learners,
            progress,
            hits,
        })
    }

    /// One learner's progress, exercise by exercise.
    pub async fn progress_of(&self, learner_id: &str) -> Result<Vec<(String, Progress)>> {
        sqlx::query(&format!(
            "SELECT {PROGRESS_COLUMNS} FROM progress WHERE learner_id = $1"
        ))
        .bind(learner_id)
        .fetch_all(&self.pool)
        .await?
        .iter()
        .map(|row| {
            let progress = progress(row)?;
            Ok((progress.exercise.clone(), progress))
        })
        .collect()
    }

    pub async fn close(&self) {
        self.pool.close().await;
    }
}

/// A learner's clock may be ahead: an event is never later than when it arrived.
fn at_ms(event: &Event, received_ms: i64) -> i64 {
    i64::try_from(event.at_ms)
        .unwrap_or(i64::MAX)
        .min(received_ms)
}

fn sqlite_url(path: &Path) -> Result<String> {
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).with_context(|| {
            format!(
                "cannot make the folder {} for the class store; pass another file with --db FILE",
                dir.display()
            )
        })?;
    }
    let text = path.to_str().with_context(|| {
        format!(
            "the class store's path {} is not UTF-8; pass another with --db FILE",
            path.display()
        )
    })?;
    // The URL's path is percent-decoded, and `?` starts its options.
    let text = text
        .replace('%', "%25")
        .replace('?', "%3F")
        .replace('#', "%23");
    Ok(format!("sqlite://{text}?mode=rwc"))
}

async fn bump(tx: &mut Transaction<'_, Any>, events: i64) -> Result<()> {
    sqlx::query("UPDATE class SET revision = revision + 1, events = events + $1 WHERE id = 1")
        .bind(events)
        .execute(&mut **tx)
        .await?;
    Ok(())
}

const LEARNER_COLUMNS: &str =
    "id, name, joined_ms, left_ms, last_seen_ms, current_exercise, current_at_ms";

fn learner(row: &AnyRow) -> Result<Learner> {
    Ok(Learner {
        id: row.try_get(0)?,
        name: row.try_get(1)?,
        joined_ms: row.try_get(2)?,
        left_ms: row.try_get(3)?,
        last_seen_ms: row.try_get(4)?,
        current_exercise: row.try_get(5)?,
    })
}

const PROGRESS_COLUMNS: &str = "learner_id, exercise, state, check_code, check_title, started_ms, \
    failing_since_ms, last_at_ms, hints, solution, passed_seconds, failures";

fn progress(row: &AnyRow) -> Result<Progress> {
    let state: String = row.try_get(2)?;
    let code: Option<String> = row.try_get(3)?;
    let title: Option<String> = row.try_get(4)?;
    let solution: i64 = row.try_get(9)?;
    Ok(Progress {
        exercise: row.try_get(1)?,
        state: State::parse(&state),
        check: code.map(|code| grid::Check {
            code,
            title: title.unwrap_or_default(),
        }),
        started_ms: row.try_get(5)?,
        failing_since_ms: row.try_get(6)?,
        last_at_ms: row.try_get(7)?,
        hints: row.try_get(8)?,
        solution: solution != 0,
        passed_seconds: row.try_get(10)?,
        failures: row.try_get(11)?,
    })
}

fn kind_and_detail(what: &What) -> (&'static str, String) {
    let detail = serde_json::to_string(what).unwrap_or_default();
    let kind = match what {
        What::Started => "started",
        What::Failed { .. } => "failed",
        What::Passed { .. } => "passed",
        What::Hint { .. } => "hint",
        What::Solution => "solution",
    };
    (kind, detail)
}

/// Folds new events into the learner's progress rows, their failing-check counts and their
/// current exercise.
async fn apply(
    tx: &mut Transaction<'_, Any>,
    learner_id: &str,
    events: &[&Event],
    received_ms: i64,
) -> Result<()> {
    let mut rows: Vec<Progress> = Vec::new();
    for event in events {
        let at = at_ms(event, received_ms);
        let index = match rows.iter().position(|p| p.exercise == event.exercise) {
            Some(index) => index,
            None => {
                let row = sqlx::query(&format!(
                    "SELECT {PROGRESS_COLUMNS} FROM progress WHERE learner_id = $1 AND exercise = $2"
                ))
                .bind(learner_id)
                .bind(&event.exercise)
                .fetch_optional(&mut **tx)
                .await?;
                rows.push(match row {
                    Some(row) => progress(&row)?,
                    None => Progress::new(&event.exercise, at),
                });
                rows.len() - 1
            }
        };
        rows[index].apply(&event.what, at);
        if let What::Failed { failing } = &event.what {
            for check in failing {
                sqlx::query(
                    "INSERT INTO hits (learner_id, exercise, code, title, failures) VALUES ($1, $2, $3, $4, 1)
                     ON CONFLICT (learner_id, exercise, code) DO UPDATE SET failures = hits.failures + 1, title = excluded.title",
                )
                .bind(learner_id)
                .bind(&event.exercise)
                .bind(&check.code)
                .bind(grid::clip(&check.title))
                .execute(&mut **tx)
                .await?;
            }
        }
        sqlx::query(
            "UPDATE learners SET current_exercise = $1, current_at_ms = $2 WHERE id = $3 AND current_at_ms <= $2",
        )
        .bind(&event.exercise)
        .bind(at)
        .bind(learner_id)
        .execute(&mut **tx)
        .await?;
    }
    for row in rows {
        let (code, title) = match &row.check {
            Some(check) => (Some(check.code.clone()), Some(check.title.clone())),
            None => (None, None),
        };
        sqlx::query(
            "INSERT INTO progress (learner_id, exercise, state, check_code, check_title, started_ms,
                failing_since_ms, last_at_ms, hints, solution, passed_seconds, failures)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
             ON CONFLICT (learner_id, exercise) DO UPDATE SET state = excluded.state,
                check_code = excluded.check_code, check_title = excluded.check_title,
                started_ms = excluded.started_ms, failing_since_ms = excluded.failing_since_ms,
                last_at_ms = excluded.last_at_ms, hints = excluded.hints,
                solution = excluded.solution, passed_seconds = excluded.passed_seconds,
                failures = excluded.failures",
        )
        .bind(learner_id)
        .bind(&row.exercise)
        .bind(row.state.name())
        .bind(code)
        .bind(title)
        .bind(row.started_ms)
        .bind(row.failing_since_ms)
        .bind(row.last_at_ms)
        .bind(row.hints)
        .bind(i64::from(row.solution))
        .bind(row.passed_seconds)
        .bind(row.failures)
        .execute(&mut **tx)
        .await?;
    }
    Ok(())
}

trait BeginTx {
    async fn begin_tx(&mut self) -> Result<Transaction<'_, Any>>;
}

impl BeginTx for sqlx::pool::PoolConnection<Any> {
    async fn begin_tx(&mut self) -> Result<Transaction<'_, Any>> {
        use sqlx::Connection;
        Ok((**self).begin().await?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_store_is_a_file_unless_it_is_a_postgres_url() {
        assert_eq!(
            Location::parse("class.db"),
            Location::Sqlite(PathBuf::from("class.db"))
        );
        assert_eq!(
            Location::parse("sqlite:///tmp/x.db"),
            Location::Sqlite(PathBuf::from("/tmp/x.db"))
        );
        assert!(matches!(
            Location::parse("postgresql://u@h/db"),
            Location::Postgres(_)
        ));
        assert_eq!(
            Location::parse("postgres://ann:secret@db:5432/class").describe(),
            "PostgreSQL postgres://ann@db:5432/class"
        );
    }

    #[test]
    fn odd_file_names_survive_the_url() {
        assert_eq!(
            sqlite_url(Path::new("a%b?c#d.db")).unwrap(),
            "sqlite://a%25b%3Fc%23d.db?mode=rwc"
        );
    }
}
