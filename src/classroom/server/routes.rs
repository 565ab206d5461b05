//! The HTTP side: the API of protocol.rs, the instructor's login, the pages and the stream.

use std::convert::Infallible;
use std::net::IpAddr;
use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use axum::body::Body;
use axum::extract::State;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::sse::{Event as SseEvent, KeepAlive, Sse};
use axum::response::{Html, IntoResponse, Response};
use axum::routing::{get, post};
use futures_util::Stream;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

use super::App;
use super::auth;
use super::grid::{Check, Column, State as CellState};
use super::store::{Joining, Learner};
use crate::classroom::protocol::{
    Accepted, ApiError, Event, EventBatch, JoinRequest, Joined, MAX_BATCH, MAX_BODY_BYTES,
    MAX_TEXT, What,
};

/// The address a request counts against in the rate limits: the peer's, or, when the peer is
/// a trusted proxy (a load balancer in front of several servers), the address the proxy put
/// last in `X-Forwarded-For` (earlier ones are the client's to forge).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Client(pub IpAddr);

impl Client {
    pub fn of(peer: IpAddr, headers: &HeaderMap, trusted: &[IpAddr]) -> Client {
        if !trusted.contains(&peer) {
            return Client(peer);
        }
        let forwarded = headers
            .get_all("x-forwarded-for")
            .iter()
            .filter_map(|value| value.to_str().ok())
            .flat_map(|value| value.split(','))
            .next_back()
            .and_then(|last| last.trim().parse().ok());
        Client(forwarded.unwrap_or(peer))
    }
}

/// The cookie the dashboard's pages and stream are read with, once the token was given.
const COOKIE: &str = "dockerlings_instructor";
/// Most failing checks one event may name.
const MAX_FAILING: usize = 64;
/// A title is cut to MAX_TEXT when stored; one much longer than that is not a title.
const MAX_TITLE: usize = 4 * MAX_TEXT;

pub fn router(app: Arc<App>, deadline: Duration) -> Router {
    Router::new()
        .route("/", get(index))
        .route("/dashboard", get(dashboard))
        .route("/projector", get(projector))
        .route("/me", get(me_page))
        .route("/assets/{file}", get(asset))
        .route("/api/join", post(join))
        .route("/api/events", post(events))
        .route("/api/leave", post(leave))
        .route("/api/me", get(me))
        .route("/api/class", get(class))
        .route("/api/projector", get(projector_counts))
        .route("/api/stream", get(stream))
        .route("/api/login", post(login))
        .route("/api/logout", post(logout))
        .fallback(|| async { failure(StatusCode::NOT_FOUND, "no such page or endpoint") })
        .layer(axum::middleware::map_response(headers))
        .layer(axum::middleware::from_fn(
            move |request: axum::extract::Request, next: axum::middleware::Next| async move {
                tokio::time::timeout(deadline, next.run(request))
                    .await
                    .unwrap_or_else(|_| {
                        failure(
                            StatusCode::REQUEST_TIMEOUT,
                            "the request took too long to arrive; send it again",
                        )
                        .into_response()
                    })
            },
        ))
        .with_state(app)
}

/// Pages load nothing from elsewhere and run only their own scripts; none is framed.
async fn headers(mut response: Response) -> Response {
    let set = response.headers_mut();
    set.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static("default-src 'self'; frame-ancestors 'none'; base-uri 'none'"),
    );
    set.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    set.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    set.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    set.entry(header::CACHE_CONTROL)
        .or_insert(HeaderValue::from_static("no-store"));
    response
}

/// An error answer: its status and an [`ApiError`] body.
#[derive(Debug)]
pub struct Failure(StatusCode, String);

fn failure(status: StatusCode, message: impl Into<String>) -> Failure {
    Failure(status, message.into())
}

impl IntoResponse for Failure {
    fn into_response(self) -> Response {
        (self.0, axum::Json(ApiError { error: self.1 })).into_response()
    }
}

impl From<anyhow::Error> for Failure {
    fn from(err: anyhow::Error) -> Failure {
        failure(
            StatusCode::SERVICE_UNAVAILABLE,
            format!("the class store failed: {err:#}; try again"),
        )
    }
}

type Answer<T> = Result<T, Failure>;

/// Reads a JSON body of at most MAX_BODY_BYTES.
async fn read_json<T: DeserializeOwned>(headers: &HeaderMap, body: Body) -> Answer<T> {
    let too_big = || {
        failure(
            StatusCode::PAYLOAD_TOO_LARGE,
            format!(
                "the request is over {} KiB; send fewer events at once",
                MAX_BODY_BYTES / 1024
            ),
        )
    };
    let declared = headers
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<usize>().ok());
    if declared.is_some_and(|n| n > MAX_BODY_BYTES) {
        return Err(too_big());
    }
    let bytes = axum::body::to_bytes(body, MAX_BODY_BYTES)
        .await
        .map_err(|_| too_big())?;
    serde_json::from_slice(&bytes).map_err(|err| {
        let status = match err.classify() {
            serde_json::error::Category::Data => StatusCode::UNPROCESSABLE_ENTITY,
            _ => StatusCode::BAD_REQUEST,
        };
        failure(
            status,
            format!("the body is not what this endpoint takes: {err}"),
        )
    })
}

fn bearer(headers: &HeaderMap) -> Option<&str> {
    headers
        .get(header::AUTHORIZATION)?
        .to_str()
        .ok()?
        .strip_prefix("Bearer ")
        .map(str::trim)
}

fn cookie(headers: &HeaderMap) -> Option<&str> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(name, _)| *name == COOKIE)
        .map(|(_, value)| value)
}

fn too_many(what: &str) -> Failure {
    failure(
        StatusCode::TOO_MANY_REQUESTS,
        format!("too many {what}; wait a minute and try again"),
    )
}

/// The instructor's token, from the Authorization header or the dashboard's cookie.
/// Tokens are 256 random bits: guessing one is hopeless, so a wrong one is not rate-limited
/// (the join code, which is short, is).
async fn instructor(app: &App, headers: &HeaderMap) -> Answer<()> {
    let Some(token) = bearer(headers).or_else(|| cookie(headers)) else {
        return Err(failure(
            StatusCode::UNAUTHORIZED,
            "the instructor token is needed: open the dashboard address `classroom serve` printed",
        ));
    };
    if auth::token_matches(token, &app.instructor_hash()) {
        return Ok(());
    }
    if app
        .store
        .learner_by_token(&auth::hash(token))
        .await?
        .is_some()
    {
        return Err(failure(
            StatusCode::FORBIDDEN,
            "a learner's token reads only that learner's own progress (/api/me)",
        ));
    }
    Err(failure(
        StatusCode::UNAUTHORIZED,
        "wrong instructor token: use the one `classroom serve` printed",
    ))
}

async fn learner(app: &App, headers: &HeaderMap) -> Answer<Learner> {
    let Some(token) = bearer(headers) else {
        return Err(failure(
            StatusCode::UNAUTHORIZED,
            "a learner token is needed (Authorization: Bearer TOKEN): join with `dockerlings classroom join URL CODE`",
        ));
    };
    match app.store.learner_by_token(&auth::hash(token)).await? {
        Some(learner) => Ok(learner),
        None => Err(failure(
            StatusCode::UNAUTHORIZED,
            "unknown learner token (left the class, or joined again elsewhere): join again with `dockerlings classroom join URL CODE`",
        )),
    }
}

/// Plain text on one line, 1 to `max` characters.
fn check_text(field: &str, value: &str, max: usize) -> Result<(), String> {
    let n = value.chars().count();
    if n == 0 || n > max {
        return Err(format!(
            "`{field}` must have 1 to {max} characters, not {n}"
        ));
    }
    if value.chars().any(char::is_control) {
        return Err(format!("`{field}` must be one line of text"));
    }
    Ok(())
}

fn check_id(field: &str, value: &str) -> Result<(), String> {
    check_text(field, value, MAX_TEXT)?;
    if !value
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
    {
        return Err(format!(
            "`{field}` `{value}` may hold only letters, digits, `-`, `_` and `.`"
        ));
    }
    Ok(())
}

fn unprocessable(why: String) -> Failure {
    failure(StatusCode::UNPROCESSABLE_ENTITY, why)
}

async fn join(
    State(app): State<Arc<App>>,
    axum::Extension(Client(ip)): axum::Extension<Client>,
    headers: HeaderMap,
    body: Body,
) -> Answer<axum::Json<Joined>> {
    if app.failures.is_empty(&ip) {
        return Err(too_many("wrong join codes from this address"));
    }
    if !app.joins.take(&ip, 1.0) {
        return Err(too_many("joins from this address"));
    }
    let request: JoinRequest = read_json(&headers, body).await?;
    if !auth::code_matches(&request.code, &app.class.join_code) {
        app.failures.take(&ip, 1.0);
        return Err(failure(
            StatusCode::FORBIDDEN,
            "wrong join code: use the one the instructor shows",
        ));
    }
    let name = request.name.trim();
    check_text("name", name, MAX_TEXT).map_err(unprocessable)?;
    check_text("workspace_id", &request.workspace_id, MAX_TEXT).map_err(unprocessable)?;
    check_text("course_id", &request.course_id, MAX_TEXT).map_err(unprocessable)?;
    check_text("course_version", &request.course_version, MAX_TEXT).map_err(unprocessable)?;
    if request.course_id != app.course_id {
        return Err(failure(
            StatusCode::CONFLICT,
            format!(
                "this class follows the course `{}`, and this workspace was made from `{}`: make a workspace of the class's course (`dockerlings init`) and join from it",
                app.course_id, request.course_id
            ),
        ));
    }
    let token = auth::new_token("dl_")?;
    let id = auth::new_id()?;
    let learner_id = app
        .store
        .join(Joining {
            id: &id,
            workspace_id: &request.workspace_id,
            name,
            token_hash: &auth::hash(&token),
            course_version: &request.course_version,
            now_ms: super::now_ms(),
        })
        .await?;
    app.changed.notify_one();
    Ok(axum::Json(Joined {
        learner_id,
        learner_token: token,
        class_name: app.class.name.clone(),
    }))
}

fn check_event(app: &App, event: &Event) -> Result<(), String> {
    check_text("id", &event.id, MAX_TEXT)?;
    check_id("exercise", &event.exercise)?;
    if !app.exercises.is_empty() && !app.exercises.iter().any(|c| c.id == event.exercise) {
        return Err(format!(
            "there is no exercise `{}` in the class's course",
            event.exercise
        ));
    }
    match &event.what {
        What::Failed { failing } => {
            if failing.len() > MAX_FAILING {
                return Err(format!("at most {MAX_FAILING} failing checks per event"));
            }
            for check in failing {
                check_id("code", &check.code)?;
                if check.title.chars().count() > MAX_TITLE {
                    return Err(format!(
                        "a check's title has at most {MAX_TITLE} characters"
                    ));
                }
            }
        }
        What::Passed { seconds } if *seconds > 366 * 24 * 3600 => {
            return Err("`seconds` is over a year".into());
        }
        What::Hint { number } if *number == 0 || *number > 1000 => {
            return Err("`number` is a hint number, 1 to 1000".into());
        }
        _ => {}
    }
    Ok(())
}

async fn events(
    State(app): State<Arc<App>>,
    headers: HeaderMap,
    body: Body,
) -> Answer<axum::Json<Accepted>> {
    let learner = learner(&app, &headers).await?;
    let batch: EventBatch = read_json(&headers, body).await?;
    if batch.events.len() > MAX_BATCH {
        return Err(failure(
            StatusCode::PAYLOAD_TOO_LARGE,
            format!(
                "{} events in one batch; send at most {MAX_BATCH}",
                batch.events.len()
            ),
        ));
    }
    if !app
        .events
        .take(&learner.id, batch.events.len().max(1) as f64)
    {
        return Err(too_many("events from this learner"));
    }
    for (n, event) in batch.events.iter().enumerate() {
        check_event(&app, event).map_err(|why| unprocessable(format!("event {n}: {why}")))?;
    }
    let stored = app
        .store
        .add_events(&learner.id, &batch.events, super::now_ms())
        .await?;
    if stored > 0 {
        app.changed.notify_one();
    }
    Ok(axum::Json(Accepted { stored }))
}

async fn leave(State(app): State<Arc<App>>, headers: HeaderMap) -> Answer<StatusCode> {
    let learner = learner(&app, &headers).await?;
    app.store.leave(&learner.id, super::now_ms()).await?;
    app.changed.notify_one();
    Ok(StatusCode::NO_CONTENT)
}

/// A learner's own page: their exercises, nobody else's.
#[derive(Serialize)]
struct Mine {
    class_name: String,
    name: String,
    exercises: Vec<MyExercise>,
}

#[derive(Serialize)]
struct MyExercise {
    id: String,
    title: String,
    state: Option<CellState>,
    check: Option<Check>,
    hints: i64,
    solution: bool,
    passed_seconds: Option<i64>,
}

async fn me(State(app): State<Arc<App>>, headers: HeaderMap) -> Answer<axum::Json<Mine>> {
    let learner = learner(&app, &headers).await?;
    let progress = app.store.progress_of(&learner.id).await?;
    let mut columns: Vec<Column> = app.exercises.clone();
    for (id, _) in &progress {
        if !columns.iter().any(|c| &c.id == id) {
            columns.push(Column {
                id: id.clone(),
                title: id.clone(),
            });
        }
    }
    let exercises = columns
        .into_iter()
        .map(|column| {
            let p = progress
                .iter()
                .find(|(id, _)| *id == column.id)
                .map(|(_, p)| p);
            MyExercise {
                state: p.map(|p| p.state),
                check: p.and_then(|p| p.check.clone()),
                hints: p.map_or(0, |p| p.hints),
                solution: p.is_some_and(|p| p.solution),
                passed_seconds: p.and_then(|p| p.passed_seconds),
                id: column.id,
                title: column.title,
            }
        })
        .collect();
    Ok(axum::Json(Mine {
        class_name: app.class.name.clone(),
        name: learner.name,
        exercises,
    }))
}

fn json_response(text: String) -> Response {
    ([(header::CONTENT_TYPE, "application/json")], text).into_response()
}

async fn class(State(app): State<Arc<App>>, headers: HeaderMap) -> Answer<Response> {
    instructor(&app, &headers).await?;
    let grid = app.grid().await?;
    Ok(json_response(
        serde_json::to_string(&grid).unwrap_or_default(),
    ))
}

async fn projector_counts(State(app): State<Arc<App>>, headers: HeaderMap) -> Answer<Response> {
    instructor(&app, &headers).await?;
    let grid = app.grid().await?;
    Ok(json_response(
        serde_json::to_string(&grid.projector()).unwrap_or_default(),
    ))
}

#[derive(Deserialize)]
struct StreamQuery {
    view: Option<String>,
}

/// Server-sent events: `grid` (or, with `?view=projector`, `counts`) with the whole view,
/// now and whenever it changes, on this server or another sharing the store.
async fn stream(
    State(app): State<Arc<App>>,
    headers: HeaderMap,
    axum::extract::Query(query): axum::extract::Query<StreamQuery>,
) -> Answer<Sse<impl Stream<Item = Result<SseEvent, Infallible>>>> {
    instructor(&app, &headers).await?;
    let token = bearer(&headers)
        .or_else(|| cookie(&headers))
        .unwrap_or_default()
        .to_string();
    let projector = query.view.as_deref() == Some("projector");
    let mut published = app.published.subscribe();
    published.mark_changed();
    let stream = futures_util::stream::unfold(published, move |mut published| {
        let app = app.clone();
        let token = token.clone();
        async move {
            let view = loop {
                published.changed().await.ok()?;
                // A new instructor token ends the streams opened with the old one.
                if !auth::token_matches(&token, &app.instructor_hash()) {
                    return None;
                }
                let view = published.borrow_and_update().clone();
                // Nothing is published before the first look at the store.
                if !view.grid.is_empty() {
                    break view;
                }
            };
            let event = match projector {
                true => SseEvent::default().event("counts").data(&*view.projector),
                false => SseEvent::default().event("grid").data(&*view.grid),
            };
            Some((Ok(event), published))
        }
    });
    Ok(Sse::new(stream).keep_alive(KeepAlive::new().interval(Duration::from_secs(15))))
}

#[derive(Deserialize)]
struct Login {
    token: String,
}

/// Trades the instructor token for an HttpOnly cookie, so the pages and EventSource (which
/// cannot set headers) are let in, and the token leaves the address bar.
async fn login(
    State(app): State<Arc<App>>,
    axum::Extension(Client(ip)): axum::Extension<Client>,
    headers: HeaderMap,
    body: Body,
) -> Answer<Response> {
    if app.failures.is_empty(&ip) {
        return Err(too_many("wrong tokens from this address"));
    }
    let login: Login = read_json(&headers, body).await?;
    let token = login.token.trim();
    if !auth::token_matches(token, &app.instructor_hash()) {
        app.failures.take(&ip, 1.0);
        return Err(failure(
            StatusCode::UNAUTHORIZED,
            "wrong instructor token: use the one `classroom serve` printed",
        ));
    }
    if !token.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
        return Err(failure(StatusCode::BAD_REQUEST, "malformed token"));
    }
    let cookie = format!(
        "{COOKIE}={token}; HttpOnly; SameSite=Strict; Path=/; Max-Age={}",
        7 * 24 * 3600
    );
    Ok((StatusCode::NO_CONTENT, [(header::SET_COOKIE, cookie)]).into_response())
}

async fn logout() -> Response {
    (
        StatusCode::NO_CONTENT,
        [(
            header::SET_COOKIE,
            format!("{COOKIE}=; HttpOnly; SameSite=Strict; Path=/; Max-Age=0"),
        )],
    )
        .into_response()
}

const INDEX: &str = include_str!("assets/index.html");
const LOGIN: &str = include_str!("assets/login.html");
const DASHBOARD: &str = include_str!("assets/dashboard.html");
const PROJECTOR: &str = include_str!("assets/projector.html");
const ME: &str = include_str!("assets/me.html");

async fn index() -> Html<&'static str> {
    Html(INDEX)
}

/// An instructor's page, or the login form (answered 401) without a valid token.
async fn instructor_page(app: &App, headers: &HeaderMap, page: &'static str) -> Response {
    match instructor(app, headers).await {
        Ok(()) => Html(page).into_response(),
        Err(Failure(status, _)) if status == StatusCode::TOO_MANY_REQUESTS => {
            (status, Html(LOGIN)).into_response()
        }
        Err(_) => (StatusCode::UNAUTHORIZED, Html(LOGIN)).into_response(),
    }
}

async fn dashboard(State(app): State<Arc<App>>, headers: HeaderMap) -> Response {
    instructor_page(&app, &headers, DASHBOARD).await
}

async fn projector(State(app): State<Arc<App>>, headers: HeaderMap) -> Response {
    instructor_page(&app, &headers, PROJECTOR).await
}

async fn me_page() -> Html<&'static str> {
    Html(ME)
}

async fn asset(axum::extract::Path(file): axum::extract::Path<String>) -> Response {
    let (body, kind) = match file.as_str() {
        "style.css" => (include_str!("assets/style.css"), "text/css; charset=utf-8"),
        "dashboard.js" => (
            include_str!("assets/dashboard.js"),
            "text/javascript; charset=utf-8",
        ),
        "projector.js" => (
            include_str!("assets/projector.js"),
            "text/javascript; charset=utf-8",
        ),
        "login.js" => (
            include_str!("assets/login.js"),
            "text/javascript; charset=utf-8",
        ),
        "me.js" => (
            include_str!("assets/me.js"),
            "text/javascript; charset=utf-8",
        ),
        _ => return failure(StatusCode::NOT_FOUND, "no such file").into_response(),
    };
    ([(header::CONTENT_TYPE, kind)], body).into_response()
}
