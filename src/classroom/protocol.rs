//! What a learner's dockerlings and the class server say to each other over HTTP (JSON).
//! Both sides use these types, so the contract lives in one place.
//!
//! | Method and path        | Auth                | Body → answer                         |
//! |------------------------|---------------------|---------------------------------------|
//! | `POST /api/join`       | none (join code)    | [`JoinRequest`] → [`Joined`]          |
//! | `POST /api/events`     | learner token       | [`EventBatch`] → [`Accepted`]         |
//! | `POST /api/leave`      | learner token       | nothing → 204                         |
//! | `GET  /api/me`         | learner token       | → the learner's own progress          |
//! | `GET  /api/class`      | instructor token    | → the grid: learners × exercises      |
//! | `GET  /api/stream`     | instructor token    | server-sent events: the grid changed  |
//!
//! Tokens go in `Authorization: Bearer TOKEN`. Errors answer with a status code and an
//! [`ApiError`] body. Events carry an id the learner's side chose, so a batch sent twice (a
//! retry after a lost answer) is stored once.

use serde::{Deserialize, Serialize};

/// The most events one batch may hold; a learner's queue sends older events first.
pub const MAX_BATCH: usize = 100;
/// The largest request body the server reads.
pub const MAX_BODY_BYTES: usize = 64 * 1024;
/// The longest name, exercise id, check code or event id the server stores.
pub const MAX_TEXT: usize = 120;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct JoinRequest {
    /// The code the instructor's `classroom serve` printed.
    pub code: String,
    /// What the dashboard calls this learner (the learner chooses it at join).
    pub name: String,
    /// The workspace's id (`.dockerlings/state.json`), so joining again from it is the same learner.
    pub workspace_id: String,
    pub course_id: String,
    pub course_version: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Joined {
    pub learner_id: String,
    /// Lets this learner post their own events and read their own status, nothing else.
    pub learner_token: String,
    pub class_name: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EventBatch {
    pub events: Vec<Event>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Accepted {
    /// Events newly stored; duplicates of stored ones are acknowledged but not counted.
    pub stored: usize,
}

/// One thing that happened in a learner's workspace. Never file contents.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Event {
    /// Chosen by the learner's side, unique per learner (retries reuse it).
    pub id: String,
    /// When it happened, in milliseconds since the Unix epoch (the learner's clock).
    pub at_ms: u64,
    /// The exercise id, as in the course.
    pub exercise: String,
    #[serde(flatten)]
    pub what: What,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum What {
    /// The learner moved to this exercise.
    Started,
    /// A run of the checks ended without passing: which checks fail, by rule code
    /// (`DL-STAGE-NAMED`) and title, the first failing one first.
    Failed { failing: Vec<FailingCheck> },
    /// Every check passed; `seconds` since the exercise was started.
    Passed { seconds: u64 },
    /// The learner asked for hint number `number` (1-based).
    Hint { number: u32 },
    /// The learner looked at the solution.
    Solution,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FailingCheck {
    pub code: String,
    pub title: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ApiError {
    pub error: String,
}
