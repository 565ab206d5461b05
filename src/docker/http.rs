//! An HTTP/1.1 GET to 127.0.0.1 on hyper, enough to probe an app in a container: the status
//! and the start of the body, within a deadline.

use std::fmt;
use std::io;
use std::time::Duration;

use bytes::{Bytes, BytesMut};
use http_body_util::{BodyExt, Empty};
use hyper::Request;
use hyper::header::{ACCEPT, CONNECTION, HOST, USER_AGENT};
use hyper_util::rt::TokioIo;
use tokio::net::TcpStream;

/// Bodies are cut here: a probe only looks for a piece of text.
const BODY_LIMIT: usize = 1024 * 1024;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Response {
    pub status: u16,
    pub body: String,
}

#[derive(Debug)]
pub enum ProbeError {
    Connect(io::Error),
    Timeout,
    /// The connection closed before an answer came.
    Closed,
    /// The answer began but its body did not come whole.
    CutShort(String),
    Malformed(String),
    Other(String),
}

impl fmt::Display for ProbeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ProbeError::Connect(err) if err.kind() == io::ErrorKind::ConnectionRefused => {
                f.write_str("connection refused: nothing listens on the port yet")
            }
            ProbeError::Connect(err) => write!(f, "cannot connect: {err}"),
            ProbeError::Timeout => f.write_str("no answer in time"),
            // Docker's proxy accepts the connection and closes it when the app does not listen.
            ProbeError::Closed => f.write_str(
                "the connection closed without an answer: nothing listens on the port yet",
            ),
            ProbeError::CutShort(why) => write!(f, "the answer stopped before its end: {why}"),
            ProbeError::Malformed(why) => write!(f, "not an HTTP answer: {why}"),
            ProbeError::Other(why) => f.write_str(why),
        }
    }
}

impl From<hyper::Error> for ProbeError {
    fn from(err: hyper::Error) -> Self {
        if err.is_incomplete_message() || err.is_canceled() {
            ProbeError::Closed
        } else if err.is_parse() || err.is_parse_status() || err.is_parse_too_large() {
            ProbeError::Malformed(err.to_string())
        } else {
            ProbeError::Other(err.to_string())
        }
    }
}

/// `GET path` on `127.0.0.1:port`, within `timeout`.
pub async fn get(port: u16, path: &str, timeout: Duration) -> Result<Response, ProbeError> {
    tokio::time::timeout(timeout, exchange(port, path))
        .await
        .map_err(|_| ProbeError::Timeout)?
}

/// Ends the connection's task when the exchange ends, answered or not (the deadline drops it).
struct AbortOnDrop(tokio::task::JoinHandle<()>);

impl Drop for AbortOnDrop {
    fn drop(&mut self) {
        self.0.abort();
    }
}

async fn exchange(port: u16, path: &str) -> Result<Response, ProbeError> {
    let stream = TcpStream::connect(("127.0.0.1", port))
        .await
        .map_err(ProbeError::Connect)?;
    let (mut sender, connection) = hyper::client::conn::http1::handshake(TokioIo::new(stream))
        .await
        .map_err(ProbeError::from)?;
    let _connection = AbortOnDrop(tokio::spawn(async move {
        // Its errors reach the request below as well.
        let _ = connection.await;
    }));
    let path = if path.starts_with('/') {
        path.to_string()
    } else {
        format!("/{path}")
    };
    let request = Request::get(path.as_str())
        .header(HOST, format!("127.0.0.1:{port}"))
        .header(USER_AGENT, "dockerlings")
        .header(ACCEPT, "*/*")
        .header(CONNECTION, "close")
        .body(Empty::<Bytes>::new())
        .map_err(|err| ProbeError::Other(format!("cannot ask for `{path}`: {err}")))?;
    let response = sender.send_request(request).await?;
    let status = response.status().as_u16();
    // Stop at the limit rather than fail: the text looked for is usually near the start.
    let read = read_limited(response.into_body(), BODY_LIMIT)
        .await
        .map_err(|err| ProbeError::CutShort(cause(&err)))?;
    Ok(Response {
        status,
        body: String::from_utf8_lossy(&read).into_owned(),
    })
}

/// At most `limit` bytes of a response's body; the rest is not read.
pub async fn read_limited(
    mut body: hyper::body::Incoming,
    limit: usize,
) -> Result<Bytes, hyper::Error> {
    let mut read = BytesMut::new();
    while read.len() < limit {
        let Some(frame) = body.frame().await else {
            break;
        };
        if let Ok(data) = frame?.into_data() {
            read.extend_from_slice(&data[..data.len().min(limit - read.len())]);
        }
    }
    Ok(read.freeze())
}

/// The error and what caused it, as hyper's own message is only the outer part.
pub fn cause(err: &hyper::Error) -> String {
    let mut text = err.to_string();
    let mut source = std::error::Error::source(err);
    while let Some(inner) = source {
        text.push_str(&format!(": {inner}"));
        source = inner.source();
    }
    text
}

#[cfg(test)]
mod tests {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};

    use super::*;

    /// A server on a free port that answers one connection with `answer` and then keeps it
    /// open for `linger`.
    async fn serve(answer: Vec<u8>, linger: Duration) -> u16 {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let port = listener.local_addr().unwrap().port();
        tokio::spawn(async move {
            let (mut socket, _) = listener.accept().await.unwrap();
            let mut buf = [0u8; 1024];
            let read = socket.read(&mut buf).await.unwrap();
            let request = String::from_utf8_lossy(&buf[..read]).into_owned();
            assert!(request.starts_with("GET /health HTTP/1.1\r\n"), "{request}");
            socket.write_all(&answer).await.unwrap();
            tokio::time::sleep(linger).await;
        });
        port
    }

    async fn get_health(answer: &[u8]) -> Result<Response, ProbeError> {
        let port = serve(answer.to_vec(), Duration::from_millis(0)).await;
        get(port, "health", Duration::from_secs(2)).await
    }

    #[tokio::test]
    async fn reads_length_chunked_and_close_delimited_bodies() {
        let r = get_health(b"HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nHello")
            .await
            .unwrap();
        assert_eq!((r.status, r.body.as_str()), (200, "Hello"));
        let r = get_health(
            b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nHel\r\n2\r\nlo\r\n0\r\n\r\n",
        )
        .await
        .unwrap();
        assert_eq!(r.body, "Hello");
        let r = get_health(b"HTTP/1.0 404 Not Found\r\n\r\nnope")
            .await
            .unwrap();
        assert_eq!((r.status, r.body.as_str()), (404, "nope"));
    }

    #[tokio::test]
    async fn says_what_went_wrong() {
        let err = get_health(b"SSH-2.0-OpenSSH_9.2\r\n").await.unwrap_err();
        assert!(matches!(err, ProbeError::Malformed(_)), "{err:?}");
        let err = get_health(b"").await.unwrap_err();
        assert!(matches!(err, ProbeError::Closed), "{err:?}");
        assert!(err.to_string().contains("nothing listens"), "{err}");
        let err = get_health(b"HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nHel")
            .await
            .unwrap_err();
        assert!(matches!(err, ProbeError::CutShort(_)), "{err:?}");
        assert!(err.to_string().contains("before its end"), "{err}");

        // A free port: bind one, note it, let it go.
        let port = {
            let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
            listener.local_addr().unwrap().port()
        };
        let err = get(port, "/", Duration::from_secs(2)).await.unwrap_err();
        assert!(err.to_string().contains("connection refused"), "{err}");
    }

    #[tokio::test]
    async fn answers_without_waiting_for_the_server_to_close() {
        let port = serve(
            b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok".to_vec(),
            Duration::from_secs(5),
        )
        .await;
        let started = std::time::Instant::now();
        let response = get(port, "/health", Duration::from_secs(2)).await.unwrap();
        assert_eq!((response.status, response.body.as_str()), (200, "ok"));
        assert!(started.elapsed() < Duration::from_secs(1));
    }

    #[tokio::test]
    async fn gives_up_at_the_deadline_and_cuts_long_bodies() {
        // Headers that never end.
        let port = serve(b"HTTP/1.1 200 OK\r\n".to_vec(), Duration::from_secs(5)).await;
        let started = std::time::Instant::now();
        let err = get(port, "/health", Duration::from_millis(300))
            .await
            .unwrap_err();
        assert!(matches!(err, ProbeError::Timeout), "{err:?}");
        assert!(started.elapsed() < Duration::from_secs(2));

        let mut answer = b"HTTP/1.1 200 OK\r\n\r\n".to_vec();
        answer.extend(std::iter::repeat_n(b'a', BODY_LIMIT + 4096));
        let r = get_health(&answer).await.unwrap();
        assert_eq!(r.body.len(), BODY_LIMIT);
    }
}
