//! The learner's HTTP client for the class server: one JSON request per connection, plain
//! HTTP/1.1 on hyper, within a connect timeout and an overall deadline.
//!
//! Plain `http://` only: the class server runs on the instructor's laptop on the room's network
//! (or loopback), where there is no certificate to check against.

use std::fmt;
use std::io;
use std::time::Duration;

use bytes::Bytes;
use http_body_util::Full;
use hyper::header::{AUTHORIZATION, CONNECTION, CONTENT_TYPE, HOST, USER_AGENT};
use hyper::{Method, Request, Uri};
use hyper_util::rt::TokioIo;
use tokio::net::TcpStream;

use super::protocol::ApiError;
use crate::docker::http::{cause, read_limited};

/// Answers are small JSON documents; anything longer is cut.
const ANSWER_LIMIT: usize = 64 * 1024;

/// Where the class server listens: `http://HOST[:PORT][/PREFIX]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Server {
    host: String,
    port: u16,
    /// Without a trailing slash; empty at the root.
    prefix: String,
}

impl Server {
    pub fn parse(text: &str) -> Result<Server, String> {
        let text = text.trim();
        let uri: Uri = text.parse().map_err(|err| {
            format!("`{text}` is not a URL ({err}); write it as the instructor shows it, e.g. http://192.168.1.20:8080")
        })?;
        match uri.scheme_str() {
            Some("http") => {}
            Some("https") => {
                return Err(format!(
                    "`{text}`: the class server speaks plain HTTP on the room's network; use http://{} as `classroom serve` prints it",
                    uri.authority().map(|a| a.as_str()).unwrap_or("HOST:PORT")
                ));
            }
            Some(other) => {
                return Err(format!(
                    "`{text}`: `{other}://` is not a class server address; use http://HOST:PORT as `classroom serve` prints it"
                ));
            }
            None => {
                return Err(format!(
                    "`{text}` has no scheme; write http://{text} (as `classroom serve` prints it)"
                ));
            }
        }
        let host = uri.host().filter(|h| !h.is_empty()).ok_or_else(|| {
            format!("`{text}` names no host; write e.g. http://192.168.1.20:8080")
        })?;
        if uri.query().is_some() {
            return Err(format!(
                "`{text}` has a query (`?…`); give only http://HOST:PORT"
            ));
        }
        let host = host
            .trim_start_matches('[')
            .trim_end_matches(']')
            .to_string();
        Ok(Server {
            host,
            port: uri.port_u16().unwrap_or(80),
            prefix: uri.path().trim_end_matches('/').to_string(),
        })
    }

    fn authority(&self) -> String {
        match self.host.contains(':') {
            true => format!("[{}]:{}", self.host, self.port),
            false => format!("{}:{}", self.host, self.port),
        }
    }

    /// The URL as stored and shown: `http://HOST:PORT[/PREFIX]`.
    pub fn url(&self) -> String {
        format!("http://{}{}", self.authority(), self.prefix)
    }
}

impl fmt::Display for Server {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.url())
    }
}

/// How long a request may take.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    pub connect: Duration,
    pub total: Duration,
}

#[derive(Debug)]
pub struct Answer {
    pub status: u16,
    pub body: Bytes,
}

impl Answer {
    pub fn is_success(&self) -> bool {
        (200..300).contains(&self.status)
    }

    /// The server's error message, or the start of whatever it answered.
    pub fn error_text(&self) -> String {
        match serde_json::from_slice::<ApiError>(&self.body) {
            Ok(err) => err.error,
            Err(_) => {
                let text = String::from_utf8_lossy(&self.body);
                let text: String = text.trim().chars().take(200).collect();
                match text.is_empty() {
                    true => format!("HTTP {}", self.status),
                    false => text,
                }
            }
        }
    }
}

#[derive(Debug)]
pub enum SendError {
    Connect(io::Error),
    ConnectTimeout,
    /// No (whole) answer before the deadline.
    Timeout,
    /// The connection broke before an answer came.
    Broken(String),
}

impl fmt::Display for SendError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SendError::Connect(err) if err.kind() == io::ErrorKind::ConnectionRefused => {
                f.write_str("connection refused: is `dockerlings classroom serve` running there?")
            }
            SendError::Connect(err) => write!(f, "cannot connect: {err}"),
            SendError::ConnectTimeout => {
                f.write_str("no answer to the connection: is this laptop on the same network?")
            }
            SendError::Timeout => f.write_str("the server did not answer in time"),
            SendError::Broken(why) => write!(f, "the connection broke: {why}"),
        }
    }
}

/// `POST PREFIX/path` with a JSON body, and the bearer `token` if any.
pub async fn post(
    server: &Server,
    path: &str,
    token: Option<&str>,
    body: Vec<u8>,
    limits: Limits,
) -> Result<Answer, SendError> {
    tokio::time::timeout(
        limits.total,
        exchange(server, path, token, body, limits.connect),
    )
    .await
    .map_err(|_| SendError::Timeout)?
}

/// Ends the connection's task when the exchange ends, answered or not.
struct AbortOnDrop(tokio::task::JoinHandle<()>);

impl Drop for AbortOnDrop {
    fn drop(&mut self) {
        self.0.abort();
    }
}

async fn exchange(
    server: &Server,
    path: &str,
    token: Option<&str>,
    body: Vec<u8>,
    connect: Duration,
) -> Result<Answer, SendError> {
    let stream = tokio::time::timeout(
        connect,
        TcpStream::connect((server.host.as_str(), server.port)),
    )
    .await
    .map_err(|_| SendError::ConnectTimeout)?
    .map_err(SendError::Connect)?;
    let _ = stream.set_nodelay(true);
    let (mut sender, connection) = hyper::client::conn::http1::handshake(TokioIo::new(stream))
        .await
        .map_err(|err| SendError::Broken(cause(&err)))?;
    let _connection = AbortOnDrop(tokio::spawn(async move {
        let _ = connection.await;
    }));
    let mut request = Request::builder()
        .method(Method::POST)
        .uri(format!("{}{path}", server.prefix))
        .header(HOST, server.authority())
        .header(
            USER_AGENT,
            concat!("dockerlings/", env!("CARGO_PKG_VERSION")),
        )
        .header(CONTENT_TYPE, "application/json")
        .header(CONNECTION, "close");
    if let Some(token) = token {
        request = request.header(AUTHORIZATION, format!("Bearer {token}"));
    }
    let request = request
        .body(Full::new(Bytes::from(body)))
        .map_err(|err| SendError::Broken(err.to_string()))?;
    let response = sender
        .send_request(request)
        .await
        .map_err(|err| SendError::Broken(cause(&err)))?;
    let status = response.status().as_u16();
    let body = read_limited(response.into_body(), ANSWER_LIMIT)
        .await
        .map_err(|err| SendError::Broken(cause(&err)))?;
    Ok(Answer { status, body })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_plain_http_urls_are_servers() {
        let server = Server::parse("http://192.168.1.20:8080/").unwrap();
        assert_eq!(server.url(), "http://192.168.1.20:8080");
        assert_eq!(
            Server::parse("http://class.local").unwrap().url(),
            "http://class.local:80"
        );
        assert_eq!(
            Server::parse("http://[::1]:9000/room2").unwrap().url(),
            "http://[::1]:9000/room2"
        );
        let err = Server::parse("https://class.local:8443").unwrap_err();
        assert!(
            err.contains("plain HTTP") && err.contains("http://class.local:8443"),
            "{err}"
        );
        let err = Server::parse("ftp://class.local").unwrap_err();
        assert!(err.contains("`ftp://`"), "{err}");
        let err = Server::parse("192.168.1.20:8080").unwrap_err();
        assert!(err.contains("http://192.168.1.20:8080"), "{err}");
        assert!(Server::parse("http://x:1/?a=b").is_err());
    }
}
